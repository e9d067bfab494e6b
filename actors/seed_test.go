package actors

import (
	"encoding/json"
	"os"
	"regexp"
	"testing"
)

// TestSeedArticle checks the example article's actor mentions against
// gold.json: every gold actor is found (its pattern matches a mention's text,
// code or ID), and every gold person is found with a code the pattern of the
// person's gold actor accepts.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../../shared/data/seed/000_5472faff92c77e7c.txt")
	if err != nil {
		t.Skip("../shared absent: skipping the example-article test")
	}
	gb, err := os.ReadFile("../../shared/data/seed/gold.json")
	if err != nil {
		t.Skip("../shared/data/seed/gold.json absent: skipping")
	}
	var gold struct {
		DCT    string            `json:"dct"`
		Actors map[string]string `json:"actors"`
		People []struct {
			Text, Actor string
		} `json:"people"`
	}
	if err := json.Unmarshal(gb, &gold); err != nil {
		t.Fatal(err)
	}
	date := gold.DCT
	if len(date) > 10 {
		date = date[:10]
	}
	if date == "" {
		date = "2023-11-21"
	}
	d := segment(t, string(b), date)
	if err := matcher(t).Process(d); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + dump(d))
	for key, pat := range gold.Actors {
		re := regexp.MustCompile("(?i)" + pat)
		found := false
		for _, a := range d.Actors {
			if re.MatchString(d.SpanText(a.Span)) || re.MatchString(a.Actor.Code) || re.MatchString(a.Actor.ID) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("gold actor %s (%s): no mention", key, pat)
		}
	}
	for _, p := range gold.People {
		re := regexp.MustCompile("(?i)" + gold.Actors[p.Actor])
		found := false
		for _, a := range d.Actors {
			if txt := d.SpanText(a.Span); regexp.MustCompile(regexp.QuoteMeta(p.Text) + "$").MatchString(txt) {
				found = true
				if !re.MatchString(a.Actor.Code) && !re.MatchString(a.Actor.ID) && !re.MatchString(txt) {
					t.Errorf("person %q coded %s, want %s", p.Text, a.Actor.Code, gold.Actors[p.Actor])
				}
			}
		}
		if !found {
			t.Errorf("person %q: no mention", p.Text)
		}
	}
	// Mentions must be in text order and must not overlap.
	for i := 1; i < len(d.Actors); i++ {
		if d.Actors[i].Span.Start < d.Actors[i-1].Span.End {
			t.Errorf("mentions overlap or are out of order: %q, %q", d.SpanText(d.Actors[i-1].Span), d.SpanText(d.Actors[i].Span))
		}
	}
}
