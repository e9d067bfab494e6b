package coder

import (
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/annals-dev/annals/ontology"
)

// render writes a pattern as "trigger[/form] pre-items * items => code[:rev]".
func render(p *Pattern) string {
	it := func(items []item) string {
		var out []string
		for _, x := range items {
			switch {
			case x.target:
				out = append(out, "+")
			case x.source:
				out = append(out, "$")
			case x.compound:
				out = append(out, "%")
			case x.skip:
				out = append(out, "...")
			case x.skipNP:
				out = append(out, "^")
			default:
				out = append(out, strings.ReplaceAll(strings.Join(x.words, "|"), " ", "_"))
			}
		}
		return strings.Join(out, " ")
	}
	var b strings.Builder
	b.WriteString(strings.Join(p.Trigger, "|"))
	if len(p.forms) > 0 {
		b.WriteString("/" + strings.Join(p.forms, "|"))
	}
	if len(p.pre) > 0 {
		b.WriteString(" " + it(p.pre) + " *")
	}
	if len(p.items) > 0 {
		b.WriteString(" " + it(p.items))
	}
	code := p.Code
	if code == "" {
		code = "null"
	}
	if p.Reverse != "" {
		code += ":" + p.Reverse
	}
	b.WriteString(" => " + code)
	if p.negOK {
		b.WriteString(" negOK")
	}
	if p.preAdjacent {
		b.WriteString(" adjacent")
	}
	return b.String()
}

func allPatterns(d *Dictionary) []string {
	seen := map[*Pattern]bool{}
	var out []string
	for _, ps := range d.verbs {
		for _, p := range ps {
			if !seen[p] {
				seen[p] = true
				out = append(out, render(p))
			}
		}
	}
	sort.Strings(out)
	return out
}

func TestLoadPetrarchVerbs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // rendered patterns, sorted
		skip map[string]int
	}{
		{
			name: "block code, synonyms and patterns",
			in: `--- RESTORE [064] ---
RESTORE  # comment
REINSTATE
- * DIPLOMATIC  [064]
- * THE_FULL TIES [065]
- $ * + IN DETENTION [173]
- * TIES IN ^ + [066]
`,
			want: []string{
				"reinstate => 064",
				"reinstate diplomatic => 064",
				"reinstate the_full ties => 065",
				"reinstate $ * + in detention => 173",
				"reinstate ties in ^ + => 066",
				"restore => 064",
				"restore diplomatic => 064",
				"restore the_full ties => 065",
				"restore $ * + in detention => 173",
				"restore ties in ^ + => 066",
			},
		},
		{
			name: "null block code, paired and null pattern codes",
			in: `--- MEET  [---]  ---
MEET
- * TALKS [031:032]
- * CARD  [---]
- % HAVE * [191]
- * WITH % [031]
`,
			want: []string{"meet % have * => 191", "meet card => null", "meet talks => 031:032", "meet with + => 031"},
		},
		{
			name: "synonym sets, nested, inside joined words",
			in: `&TIES
# a comment does not end the set

+MILITARY
+ECONOMIC TIES

&MORE
+&TIES
+CLOSER

--- ABANDON [345] ---
ABANDON
- * NEW_&TIES_RELATIONS [903]
- * &MORE [904]
`,
			want: []string{
				"abandon => 345",
				"abandon military|economic_ties|closer => 904",
				"abandon new_military_relations|new_economic_ties_relations => 903",
			},
		},
		{
			name: "inflected headword, phrasal verb, verb code, irregular forms",
			in: `--- SAID [023] ---
SAID
- * WAS_UNSATISFACTORY [131]
--- CANCEL [---] ---
+CALL_OFF [160]
+SHUT_DOWN {+SHUTS_DOWN +SHUTTING_DOWN}
--- BREAK [1717] ---
BREAK { BROKE BROKEN }
--- CONFISCATE [1711] ---
CONFISCATE
WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
- WILL NOT * [081]
`,
			want: []string{
				"break => 1717",
				"confiscate => 1711",
				"confiscate will not * => 081 negOK",
				"tap wire * => 1711 adjacent",
				"tap will not wire * => 081 negOK adjacent",
				"call off => 160",
				"say/said => 023",
				"say/said was_unsatisfactory => 131",
			},
		},
		{
			name: "negation before the verb",
			in: `--- ALLOW [080] ---
ALLOW
- NOT * [112]
- SAID_WOULD * NOW [024]
- RECENTLY_* [025]
- * {REALLY  PLEASANT} (FOR +) [025]
`,
			want: []string{"allow => 080", "allow not * => 112 negOK", "allow said_would * now => 024", "allow recently * => 025 adjacent",
				"allow really_pleasant for + => 025"},
		},
		{
			name: "comments, odd lines and codes are counted, not fatal",
			in: `<!-- a comment
over two lines -->
+ORPHAN
--- ARM_ [182] ---
ARM   # jw
- * OUR FRIENDS [def]
- * THE WOGS [###]  # ### stays inside the code
- * THE_BEST [182]
- IN_AND_OUT [182]
- * &NOSUCH [182]
- * PEOPLE
`,
			want: []string{"arm => 182", "arm the_best => 182"},
			skip: map[string]int{
				"line outside any verb block": 1,
				"malformed code":              2,
				"pattern without a verb (*)":  1,
				"unknown synonym set &NOSUCH": 1,
				"pattern without a code":      1,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := NewDictionary()
			rep, err := d.LoadPetrarchVerbsReport(strings.NewReader(tt.in), "x/t.verbs", nil)
			if err != nil {
				t.Fatal(err)
			}
			got := allPatterns(d)
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("patterns:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if rep.Patterns != len(got) || d.Len() != len(got) {
				t.Errorf("report says %d patterns, dictionary %d, listed %d", rep.Patterns, d.Len(), len(got))
			}
			skip := tt.skip
			if skip == nil {
				skip = map[string]int{}
			}
			if len(rep.Skipped) != len(skip) {
				t.Errorf("skipped %v, want %v", rep.Skipped, skip)
			}
			for k, n := range skip {
				if rep.Skipped[k] != n {
					t.Errorf("skipped %q: %d, want %d (all: %v)", k, rep.Skipped[k], n, rep.Skipped)
				}
			}
			for _, w := range rep.Warnings {
				if !strings.HasPrefix(w, "x/t.verbs:") {
					t.Errorf("warning %q does not name file:line", w)
				}
			}
		})
	}
}

// TestPetrarchWarningLines checks that warnings name the line of the
// offending entry.
func TestPetrarchWarningLines(t *testing.T) {
	in := "--- ACT [100] ---\nACT\n- * RESOLUTION [1A1]\n- * PROGRAMS [103]\n"
	d := NewDictionary()
	valid := func(c string) bool { _, ok := ontology.Default().Event(c); return ok }
	rep, err := d.LoadPetrarchVerbsReport(strings.NewReader(in), "t.verbs", valid)
	if err != nil {
		t.Fatal(err)
	}
	// 100 and 103 are CAMEO codes; 1A1 (CAMEO 2.0) is not.
	if len(rep.Warnings) != 1 || !strings.HasPrefix(rep.Warnings[0], "t.verbs:3: code not in the ontology") {
		t.Errorf("warnings %q, want one for t.verbs:3", rep.Warnings)
	}
	if got := strings.Join(allPatterns(d), "; "); got != "act => 100; act programs => 103" {
		t.Errorf("patterns %q", got)
	}
}

// TestPetrarchCAMEO2 reads PETRARCH-2's production verb dictionary from
// ../shared (compatibility only; it does not ship) against Annals' ontology.
func TestPetrarchCAMEO2(t *testing.T) {
	f, err := os.Open("../../shared/peers/petrarch2/CAMEO.2.0.txt")
	if err != nil {
		t.Skip("../shared/peers/petrarch2 absent: skipping the CAMEO.2.0.txt test")
	}
	defer f.Close()
	ont := ontology.Default()
	d := NewDictionary()
	rep, err := d.LoadPetrarchVerbsReport(f, "CAMEO.2.0.txt", func(c string) bool { _, ok := ont.Event(c); return ok })
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("CAMEO.2.0.txt: %d blocks, %d patterns, skipped %v", rep.Blocks, rep.Patterns, rep.Skipped)
	if rep.Blocks < 300 || rep.Patterns < 5000 {
		t.Errorf("only %d blocks, %d patterns", rep.Blocks, rep.Patterns)
	}
	if rep.Skipped["code not in the ontology"] == 0 {
		t.Error("no CAMEO 2.0 code was rejected by the ontology; want the hex-like codes counted")
	}
	// A few patterns that must be there.
	for _, want := range []string{"deliver humanitarian_aid => 073", "burn effigy => 141"} {
		found := false
		for _, p := range allPatterns(d) {
			if p == want {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("pattern %q missing", want)
		}
	}
}
