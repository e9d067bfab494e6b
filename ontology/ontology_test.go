package ontology

import (
	"fmt"
	"strings"
	"testing"
)

func TestDefaultRootsAndParents(t *testing.T) {
	o := Default()
	for r := 1; r <= 20; r++ {
		root := fmt.Sprintf("%02d", r)
		ec, ok := o.Event(root)
		if !ok {
			t.Errorf("root %s missing", root)
			continue
		}
		if ec.Root != root || ec.QuadClass != QuadClassOf(root) {
			t.Errorf("root %s: got Root %q QuadClass %d", root, ec.Root, ec.QuadClass)
		}
		if _, ok := o.Event(root + "0"); !ok {
			t.Errorf("%s0 (not specified below) missing", root)
		}
	}
	codes := o.Codes()
	if len(codes) < 280 {
		t.Errorf("only %d codes, want the full CAMEO list (~300)", len(codes))
	}
	for _, ec := range codes {
		if len(ec.Code) > 2 {
			if _, ok := o.Event(ec.Code[:len(ec.Code)-1]); !ok {
				t.Errorf("%s: parent missing", ec.Code)
			}
		}
		if ec.Goldstein < -10 || ec.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v out of range", ec.Code, ec.Goldstein)
		}
		if ec.Name == "" {
			t.Errorf("%s: empty name", ec.Code)
		}
		if ec.Root >= "02" && ec.Plover.Type == "" {
			t.Errorf("%s: no PLOVER type", ec.Code)
		}
	}
}

func TestKnownCodes(t *testing.T) {
	o := Default()
	tests := []struct {
		code      string
		quad      int
		goldstein float64
		plover    string
		plover21  string
		name      string
	}{
		{"010", 1, 0, "", "", "Make statement"},
		{"036", 1, 4, "AGREE", "AGREE", "meet or negotiate"},
		{"042", 1, 1.9, "CONSULT", "CONSULT", "visit"},
		{"051", 1, 3.4, "SUPPORT", "SUPPORT", "Praise"},
		{"057", 1, 8, "SUPPORT", "SUPPORT", "agreement"},
		{"064", 2, 7, "COOPERATE", "COOPERATE", "intelligence"},
		{"0841", 2, 7, "RETREAT", "RETREAT", "release person"},
		{"0813", 2, 5, "CONCEDE", "CONCEDE", "curfew"},
		{"1041", 3, -5, "DEMAND", "REQUEST", "leadership"},
		{"112", 3, -2, "DISAPPROVE", "ACCUSE", "Accuse"},
		{"129", 3, -5, "REJECT", "REJECT", "Veto"},
		{"138", 3, -7, "THREATEN", "THREATEN", "military force"},
		{"145", 4, -7.5, "PROTEST", "PROTEST", "riot"},
		{"154", 4, -7.2, "MOBILIZE", "MOBILIZE", "armed forces"},
		{"163", 4, -8, "SANCTION", "SANCTION", "sanctions"},
		{"173", 4, -5, "COERCE", "COERCE", "Arrest"},
		{"1823", 4, -10, "ASSAULT", "ASSAULT", "Kill"},
		{"195", 4, -10, "FIGHT", "ASSAULT", "aerial"},
		{"2042", 4, -10, "ASSAULT", "ASSAULT", "nuclear"},
	}
	for _, tt := range tests {
		ec, ok := o.Event(tt.code)
		if !ok {
			t.Errorf("%s missing", tt.code)
			continue
		}
		if ec.QuadClass != tt.quad || ec.Goldstein != tt.goldstein || ec.Plover.Type != tt.plover || ec.Plover2021 != tt.plover21 {
			t.Errorf("%s: got quad %d goldstein %v plover %q/%q; want %d %v %q/%q",
				tt.code, ec.QuadClass, ec.Goldstein, ec.Plover.Type, ec.Plover2021, tt.quad, tt.goldstein, tt.plover, tt.plover21)
		}
		if !strings.Contains(ec.Name, tt.name) {
			t.Errorf("%s: name %q lacks %q", tt.code, ec.Name, tt.name)
		}
	}
	for _, bad := range []string{"", "21", "999", "abc", "0"} {
		if _, ok := o.Event(bad); ok {
			t.Errorf("Event(%q) found, want unknown", bad)
		}
	}
}

func TestActorTypes(t *testing.T) {
	o := Default()
	for _, c := range []string{"GOV", "MIL", "COP", "REB", "OPP", "IGO", "NGO", "JUD", "MED", "BUS", "CVL", "REF", "SPY", "LEG", "UAF", "CRM", "ELI", "PTY", "EDU", "HLH", "LAB", "AGR", "IMG", "INS", "SEP", "HRI"} {
		if name, ok := o.ActorType(c); !ok || name == "" {
			t.Errorf("actor type %s missing", c)
		}
	}
	if _, ok := o.ActorType("XYZ"); ok {
		t.Error("XYZ found, want unknown")
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"short line", "01 0.0 Statement\n010 0.0\n", "bad.txt:2:"},
		{"orphan", "01 0.0 Statement\n\n# c\n0123 1 Orphan\n", "bad.txt:4: code 0123: parent"},
		{"goldstein", "01 11 Statement\n", "bad.txt:1: code 01: Goldstein"},
		{"not a number", "01 x Statement\n", "bad.txt:1:"},
		{"bad root", "21 0 Nothing\n", "bad.txt:1: code 21: root"},
		{"duplicate", "01 0 A\n01 0 B\n", "bad.txt:2: duplicate"},
		{"letters", "0A 0 A\n", "bad.txt:1: bad code"},
		{"empty", "# nothing\n", "no event codes"},
	}
	for _, tt := range tests {
		_, err := Load(strings.NewReader(tt.text), "bad.txt")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	if _, err := Load(strings.NewReader("01 0 A # comment\n010 -0.5 B\n"), "ok.txt"); err != nil {
		t.Errorf("valid file: %v", err)
	}
}

func TestLoadPloverErrors(t *testing.T) {
	base := "01 0 A\n010 0 B\n011 0 C\n"
	tests := []struct {
		name, text, want string
	}{
		{"uncovered", "010 AGREE - -\n", "no PLOVER rule covers code 01"},
		{"unknown prefix", "01 AGREE - -\n99 AGREE - -\n", "p.txt:2: prefix"},
		{"fields", "01 AGREE -\n", "p.txt:1: want PREFIX"},
		{"lower", "01 agree - -\n", "p.txt:1: type"},
		{"dup", "01 AGREE - -\n01 AGREE - -\n", "p.txt:2: duplicate"},
	}
	for _, tt := range tests {
		o, err := Load(strings.NewReader(base), "c.txt")
		if err != nil {
			t.Fatal(err)
		}
		err = o.LoadPlover(strings.NewReader(tt.text), "p.txt")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	o, _ := Load(strings.NewReader(base), "c.txt")
	if err := o.LoadPlover(strings.NewReader("= DEMAND REQUEST\n01 DEMAND - -\n011 SUPPORT x y\n"), "p.txt"); err != nil {
		t.Fatal(err)
	}
	if ec, _ := o.Event("010"); ec.Plover.Type != "DEMAND" || ec.Plover2021 != "REQUEST" {
		t.Errorf("010: got %+v, want prefix rule 01 DEMAND/REQUEST", ec)
	}
	if ec, _ := o.Event("011"); ec.Plover.Type != "SUPPORT" || ec.Plover.Mode != "x" || ec.Plover.Context != "y" {
		t.Errorf("011: got %+v, want the more specific rule", ec)
	}
}

func TestLoadActorTypeErrors(t *testing.T) {
	for _, text := range []string{"GOVT Government\n", "GOV\n", "gov Government\n", "GOV A\nGOV B\n"} {
		o, _ := Load(strings.NewReader("01 0 A\n"), "c.txt")
		err := o.LoadActorTypes(strings.NewReader(text), "a.txt")
		if err == nil || !strings.Contains(err.Error(), "a.txt:") {
			t.Errorf("%q: got error %v, want one naming a.txt:line", text, err)
		}
	}
}
