package actors

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestLoadErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"country SRB\n", "u.txt:1: header needs KIND ID CODE"},
		{"planet SRB SRB Serbia\n", "u.txt:1: unknown kind \"planet\""},
		{"# c\ncountry S!B SRB Serbia\n", "u.txt:2: bad ID"},
		{"country SRB Srb Serbia\n", "u.txt:1: bad code \"Srb\""},
		{"country SRB SRBG Serbia\n", "u.txt:1: bad code \"SRBG\""},
		{"    name: Serbia\n", "u.txt:1: attribute before any entry header"},
		{"country SRB SRB Serbia\n    name Serbia\n", "u.txt:2: attribute needs \"key: value\""},
		{"country SRB SRB Serbia\n    colour: red\n", "u.txt:2: unknown attribute \"colour\""},
		{"country SRB SRB Serbia\n    name: Serbia | | Srbija\n", "u.txt:2: empty phrase"},
		{"country SRB SRB Serbia\ncountry SRB SRB Serbia\n", "u.txt:2: duplicate ID \"SRB\""},
		{"person X SRB X\n    office: SRBGOV president 2017-05-31 President\n", "u.txt:2: office dates must be FROM..TO"},
		{"person X SRB X\n    office: SRBGOV president 2017-13-31.. President\n", "u.txt:2: bad office start date"},
		{"person X SRB X\n    office: SRBGOV president 2017-05-31..2016-01-01\n", "u.txt:2: office ends"},
		{"country SRB SRB Serbia\n    office: SRBGOV president ..\n", "u.txt:2: office: only for person entries"},
		{"agent police COP\n    inherit: maybe\n", "u.txt:2: inherit must be yes or no"},
		{"extend NOWHERE\n    name: Nowhere\n", "u.txt:1: extend: unknown ID \"NOWHERE\""},
	}
	for _, tt := range tests {
		err := New().Load(strings.NewReader(tt.in), "u.txt")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: got %v, want error containing %q", tt.in, err, tt.want)
		}
	}
}

func TestLoadFileUserDictionary(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "mine.txt")
	const user = `# a user dictionary
person ZORAN_PETROVIC SRB Zoran Petrovic
    name: Zoran Petrović
    surname: Petrović
    office: SRBGOVMIL defence-minister 2030-01-01.. Defence Minister of Serbia
extend SRB
    name: Srbijaland
country XKX XKX Dardania
    name: Dardania
`
	if err := os.WriteFile(p, []byte(user), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if err := d.LoadFile(p); err != nil {
		t.Fatal(err)
	}
	m := NewMatcher(d)
	doc := segment(t, "Zoran Petrovic met Serbian officials.", "2031-01-01")
	if err := m.Process(doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Actors) != 2 || doc.Actors[0].Actor.Code != "SRBGOVMIL" || doc.Actors[0].Rule != "mine.txt:3" {
		t.Errorf("user entry: got %s", dump(doc))
	}
	if e, _ := d.Entry("XKX"); e.Name != "Dardania" {
		t.Errorf("a user entry with an existing ID should replace it, got %q", e.Name)
	}
	// The shared default dictionary is unaffected.
	d2, _ := Default()
	if _, ok := d2.Entry("ZORAN_PETROVIC"); ok {
		t.Errorf("LoadFile on one Default() copy leaked into another")
	}
	for _, e := range d2.Entries() {
		if e.Name == "Dardania" {
			t.Errorf("a replaced entry leaked into another Default() copy")
		}
	}
	if a, ok := d2.Lookup("Kosovo", time.Time{}); !ok || a.Code != "XKX" {
		t.Errorf("default copy lost Kosovo: %+v %v", a, ok)
	}
	if err := d.LoadFile(filepath.Join(dir, "missing.txt")); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("missing file: got %v", err)
	}
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("country XYZ XYZ Xland\n    nmae: Xland\n"), 0o644)
	if err := d.LoadFile(bad); err == nil || !strings.Contains(err.Error(), "bad.txt:2") {
		t.Errorf("bad user file: got %v, want an error naming bad.txt:2", err)
	}
}

// TestDefaultDictionary checks the embedded data's coverage and reports
// entry counts, load time and memory.
func TestDefaultDictionary(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	d := New()
	for _, f := range dataFiles {
		b, err := dataFS.ReadFile("data/" + f)
		if err != nil {
			t.Fatal(err)
		}
		if err := d.Load(strings.NewReader(string(b)), f); err != nil {
			t.Fatal(err)
		}
	}
	d.compile()
	elapsed := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	byKind, phrases := d.Stats()
	t.Logf("entries %v, %d phrases; load %v, retained heap %.1f MiB, allocated %.1f MiB",
		byKind, phrases, elapsed, float64(after.HeapAlloc-before.HeapAlloc)/(1<<20),
		float64(after.TotalAlloc-before.TotalAlloc)/(1<<20))
	if byKind[KindCountry] < 245 {
		t.Errorf("only %d countries", byKind[KindCountry])
	}
	for _, id := range []string{"XKX", "PSE", "TWN", "NATO", "KFOR", "EU", "UN", "HAMAS", "ALEKSANDAR_VUCIC", "JENS_STOLTENBERG"} {
		if _, ok := d.Entry(id); !ok {
			t.Errorf("missing entry %s", id)
		}
	}
	// Every office code must start with a known country or an
	// international prefix.
	for _, e := range d.Entries() {
		for _, o := range e.Offices {
			p := o.Code[:3]
			if _, ok := d.countries[p]; !ok && p != "IGO" && p != "NGO" && p != "IMG" {
				t.Errorf("%s: office code %s has unknown prefix", e.Rule, o.Code)
			}
		}
	}
}

func TestWordListErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"party=PTY\n", "w.txt:1: words before any @list"},
		{"@colours\nred\n", "w.txt:1: unknown list \"colours\""},
		{"@org-heads\nparty=Pty\n", "w.txt:2: bad role code \"Pty\""},
		{"@not-names\nthe=X\n", "w.txt:2: \"the=X\": codes only in @org-heads"},
		{"@org-heads\nparty\n", "list @"},
		{"@kind-nouns\ngroup\n", "w.txt:2: \"group\": want noun=kind,kind"},
		{"@kind-nouns\ngroup=group,country\n", "\"country\" is not an organization kind"},
		{"@kind-nouns\ngroup=band\n", "\"band\" is not an organization kind"},
	}
	for _, tt := range tests {
		_, err := parseWords([]byte(tt.in), "w.txt")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: got %v, want error containing %q", tt.in, err, tt.want)
		}
	}
	if len(words.orgHeads) == 0 || words.orgHeads["party"] != "PTY" || !words.notNames["monday"] ||
		len(words.kindNouns[KindGroup]) == 0 {
		t.Errorf("embedded words.txt not loaded as expected")
	}
}

func TestLookup(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time { x, _ := time.Parse("2006-01-02", s); return x }
	tests := []struct {
		phrase, date, id, code string
		ok                     bool
	}{
		{"Serbia", "2023-01-01", "SRB", "SRB", true},
		{"the Kremlin", "2023-01-01", "RUS", "RUSGOV", true},
		{"Aleksandar Vučić", "2015-01-01", "ALEKSANDAR_VUCIC", "SRBGOV", true},
		{"Jens Stoltenberg", "2013-01-01", "JENS_STOLTENBERG", "NORGOV", true},
		{"Jens Stoltenberg", "2023-01-01", "JENS_STOLTENBERG", "IGOWSTNAT", true},
		{"police", "2023-01-01", "", "COP", true},
		{"Atlantis", "2023-01-01", "", "", false},
	}
	for _, tt := range tests {
		a, ok := d.Lookup(tt.phrase, day(tt.date))
		if ok != tt.ok || a.ID != tt.id || a.Code != tt.code {
			t.Errorf("Lookup(%q, %s) = %+v, %v; want %s %s %v", tt.phrase, tt.date, a, ok, tt.id, tt.code, tt.ok)
		}
	}
}

// TestOfficeOverlaps checks the people data: two people may not hold the
// same single-holder office (a country's president, prime minister, foreign
// or defence minister; an organization's head) on the same day.
func TestOfficeOverlaps(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	unique := map[string]bool{"president": true, "prime-minister": true, "foreign-minister": true,
		"defence-minister": true, "head": true, "king": true, "supreme-leader": true}
	type held struct {
		e *Entry
		o Office
	}
	by := map[string][]held{}
	for _, e := range d.Entries() {
		for _, o := range e.Offices {
			if !unique[o.Key] || o.Title == "PETRARCH date restriction" {
				continue
			}
			k := o.Code + "/" + o.Org + "/" + o.Key
			by[k] = append(by[k], held{e, o})
		}
	}
	far := time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
	for k, hs := range by {
		for i := range hs {
			for j := i + 1; j < len(hs); j++ {
				a, b := hs[i], hs[j]
				if a.e == b.e {
					continue
				}
				aTo, bTo := a.o.To, b.o.To
				if aTo.IsZero() {
					aTo = far
				}
				if bTo.IsZero() {
					bTo = far
				}
				if a.o.From.Before(bTo) && b.o.From.Before(aTo) {
					t.Errorf("%s: %s (%s) and %s (%s) overlap", k, a.e.ID, a.e.Rule, b.e.ID, b.e.Rule)
				}
			}
		}
	}
}

// TestSplitWords checks that dictionary phrases split into the tokens the
// tokenizer makes of them, possessives included.
func TestSplitWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Kurdistan Workers' Party", []string{"Kurdistan", "Workers", "'", "Party"}},
		{"Lions’ Den", []string{"Lions", "’", "Den"}},
		{"Russia's foreign ministry", []string{"Russia", "'s", "foreign", "ministry"}},
		{"Asa'ib Ahl al-Haq", []string{"Asa'ib", "Ahl", "al-Haq"}},
		{"(UN)", []string{"(", "UN", ")"}},
	}
	for _, tt := range tests {
		if got := splitWords(tt.in); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("splitWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
