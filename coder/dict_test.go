package coder

import (
	"slices"
	"strings"
	"testing"

	"github.com/annals-dev/annals/ontology"
)

func TestDictionaryLoadErrors(t *testing.T) {
	ont := ontology.Default()
	valid := func(c string) bool { _, ok := ont.Event(c); return ok }
	tests := []struct{ in, want string }{
		{"V 173 arrest\nX 173 detain\n", "user.txt:2: kind must be V, V! or N"},
		{"V 1x3 arrest\n", "user.txt:1: \"1x3\" is not a CAMEO code"},
		{"V 9999 arrest\n", "user.txt:1: unknown CAMEO code"},
		{"V 173\n", "user.txt:1: want KIND CODE PATTERN"},
		{"N 190 + attack\n", "user.txt:1: a pattern must start with its trigger word"},
		{"V 190 attack on+\n", "user.txt:1: stray"},
	}
	for _, tt := range tests {
		err := NewDictionary().Load(strings.NewReader(tt.in), "user.txt", valid)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Load(%q) = %v, want an error containing %q", tt.in, err, tt.want)
		}
	}
}

func TestDictionaryLoad(t *testing.T) {
	d := NewDictionary()
	in := "# comment\nV 163 impose sanction|embargo on +   # sanctions\nV 173 take into custody\nN 190 attack by $ on +\nN 190 attack\n"
	if err := d.Load(strings.NewReader(in), "x/y/user.txt", nil); err != nil {
		t.Fatal(err)
	}
	if d.Len() != 4 {
		t.Errorf("Len = %d, want 4", d.Len())
	}
	p := d.verbs["impose"][0]
	if p.Code != "163" || len(p.items) != 3 || !p.items[2].target || p.items[0].words[1] != "embargo" {
		t.Errorf("impose pattern parsed wrong: %+v", p)
	}
	if !strings.HasPrefix(p.Rule, "y/user.txt:2: V 163") {
		t.Errorf("rule %q does not name file:line", p.Rule)
	}
	// More specific noun patterns are tried first.
	if ns := d.nouns["attack"]; len(ns) != 2 || ns[0].words != 2 || !ns[0].items[1].source {
		t.Errorf("noun patterns not ordered by specificity: %+v", ns)
	}
}

func TestEmbeddedDictionaries(t *testing.T) {
	c, err := New(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	roots := map[string]bool{}
	for _, idx := range []map[string][]*Pattern{c.Dict.verbs, c.Dict.nouns} {
		for _, ps := range idx {
			for _, p := range ps {
				if p.Code != "" { // null patterns code nothing
					roots[p.Code[:2]] = true
				}
			}
		}
	}
	for r := 1; r <= 20; r++ {
		root := string(rune('0'+r/10)) + string(rune('0'+r%10))
		if !roots[root] {
			t.Errorf("no pattern for CAMEO root %s", root)
		}
	}
}

func TestCuesLoad(t *testing.T) {
	c, err := DefaultCues()
	if err != nil {
		t.Fatal(err)
	}
	if modalCode(c.intentCode, "0621", "030") != "0312" || modalCode(c.intentCode, "042", "030") != "036" || !strings.HasPrefix(modalCode(c.threatCode, "190", "130"), "138") {
		t.Error("intent/threat code mapping is wrong")
	}
	if err := c.Load(strings.NewReader("intent plan to\nbogus x\n"), "cues.txt"); err == nil || !strings.Contains(err.Error(), "cues.txt:2") {
		t.Errorf("bad cue kind: %v", err)
	}
}

func TestNegatedOnlyPattern(t *testing.T) {
	d := NewDictionary()
	if err := d.Load(strings.NewReader("V! 120 accept ... refugees\nV 075 accept ... refugees\n"), "test.txt", nil); err != nil {
		t.Fatal(err)
	}
	ps := d.verbs["accept"]
	if len(ps) != 2 || !ps[0].negOnly || !ps[0].negOK || ps[1].negOnly {
		t.Fatalf("want the V! pattern first, negation-only; got %+v", ps)
	}
	if err := d.Load(strings.NewReader("X 120 accept\n"), "bad.txt", nil); err == nil || !strings.Contains(err.Error(), "bad.txt:1") {
		t.Errorf("want a load error naming bad.txt:1, got %v", err)
	}
}

// TestSubjectItem checks the "[a|b]" subject word written before a trigger.
func TestSubjectItem(t *testing.T) {
	d := NewDictionary()
	if err := d.Load(strings.NewReader("V 183 [bomb|car_bomb] explode\nV 183 explode ... bomb\n"), "s.txt", nil); err != nil {
		t.Fatal(err)
	}
	ps := d.verbs["explode"]
	if len(ps) != 2 || ps[0].subject == nil || len(ps[0].subject.words) != 2 || ps[0].subject.words[1] != "car bomb" || len(ps[0].items) != 0 {
		t.Fatalf("subject item parsed wrong: %+v", ps[0])
	}
	if !strings.Contains(ps[0].Rule, "[bomb|car_bomb] explode") {
		t.Errorf("rule %q lost the subject item", ps[0].Rule)
	}
	for _, bad := range []string{"N 183 [bomb] blast\n", "V 183 [bomb]\n", "V 183 [$] explode\n", "V 183 explode [bomb]\n"} {
		if err := d.Load(strings.NewReader(bad), "b.txt", nil); err == nil || !strings.Contains(err.Error(), "b.txt:1") {
			t.Errorf("%q: want a load error naming b.txt:1, got %v", bad, err)
		}
	}
	if !hasRole("SYRMIL", "mil") || !hasRole("IMGMOSISI", "img") || hasRole("SYRMIL", "yrm") || hasRole("MI", "mil") {
		t.Error("hasRole reads codes wrong")
	}
}

func TestBritishSpelling(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"recognize", "recognise"},
		{"recognized", "recognised"},
		{"mobilizing", "mobilising"},
		{"normalization", "normalisation"},
		{"paralyze", "paralyse"},
		{"size", "size"}, // too short a stem
		{"attack", "attack"},
	} {
		if got := britishSpelling(c.in); got != c.want {
			t.Errorf("britishSpelling(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	alts := splitAlts("recognize|recognise|legalize")
	if want := []string{"recognize", "recognise", "legalize", "legalise"}; !slices.Equal(alts, want) {
		t.Errorf("splitAlts = %q, want %q", alts, want)
	}
}
