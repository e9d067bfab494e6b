package samples

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

var dateLine = regexp.MustCompile(`^date (\d{4}-\d{2}-\d{2})(?:\s|$)`)

func TestArticles(t *testing.T) {
	names, err := fs.Glob(FS, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 12 {
		t.Fatalf("%d sample articles embedded, want at least 12", len(names))
	}
	for _, name := range names {
		b, err := FS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		m := dateLine.FindStringSubmatch(text)
		if m == nil {
			t.Errorf("%s: first line does not start with \"date YYYY-MM-DD\"", name)
			continue
		}
		d, err := time.Parse("2006-01-02", m[1])
		if err != nil || d.Year() < 2015 || d.Year() > 2025 {
			t.Errorf("%s: date %s not a valid date in 2015-2025", name, m[1])
		}
		if !strings.HasPrefix(name, m[1]) {
			t.Errorf("%s: file name does not start with its date %s", name, m[1])
		}
		if n := len(strings.Fields(text)); n < 150 || n > 420 {
			t.Errorf("%s: %d words, want 150-400", name, n)
		}
	}
}

type gold struct {
	Article string            `json:"article"`
	DCT     string            `json:"dct"`
	Actors  map[string]string `json:"actors"`
	Events  []goldEvent       `json:"events"`
	Forbid  []goldEvent       `json:"forbidden"`
}

type goldEvent struct {
	Anchor string   `json:"anchor"`
	Source *string  `json:"source"`
	Target *string  `json:"target"`
	Roots  []string `json:"roots"`
}

func TestGold(t *testing.T) {
	files, err := filepath.Glob("gold/*.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 5 {
		t.Fatalf("%d gold files, want 5", len(files))
	}
	root := regexp.MustCompile(`^(0[1-9]|1[0-9]|20)$`)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g gold
		if err := json.Unmarshal(b, &g); err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		art, err := FS.ReadFile(g.Article)
		if err != nil {
			t.Errorf("%s: article %q not embedded", f, g.Article)
			continue
		}
		if !strings.HasPrefix(string(art), "date "+g.DCT) {
			t.Errorf("%s: dct %s differs from the article's date line", f, g.DCT)
		}
		for name, re := range g.Actors {
			if _, err := regexp.Compile("(?i)" + re); err != nil {
				t.Errorf("%s: actor %s: %v", f, name, err)
			}
		}
		for _, ev := range append(append([]goldEvent{}, g.Events...), g.Forbid...) {
			if c := strings.Count(string(art), ev.Anchor); c != 1 {
				t.Errorf("%s: anchor %q occurs %d times, want once", f, ev.Anchor, c)
			}
			for _, a := range []*string{ev.Source, ev.Target} {
				if a != nil {
					if _, ok := g.Actors[*a]; !ok {
						t.Errorf("%s: %q: actor %s not defined", f, ev.Anchor, *a)
					}
				}
			}
			if len(ev.Roots) == 0 {
				t.Errorf("%s: %q: no roots", f, ev.Anchor)
			}
			for _, r := range ev.Roots {
				if !root.MatchString(r) {
					t.Errorf("%s: %q: bad root %q", f, ev.Anchor, r)
				}
			}
		}
	}
}
