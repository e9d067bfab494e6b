package coder_test

import (
	"testing"
	"time"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/pipeline"
)

// TestPlaceActors checks the countries that places next to bare roles give
// them (placeActors): a place right before the role, also before a guessed
// person's title ("New York Governor Andrew Cuomo"), or after "based in" or
// a subject's "in".
func TestPlaceActors(t *testing.T) {
	a, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, actor, code string
	}{
		{"Darfur rebels attacked a convoy on Monday.", "rebels", "SDNREB"},
		{"Protesters in Lagos clashed with police.", "Protesters", "NGAOPP"},
		{"A terror group based in Trinidad claimed the attack.", "terror group", "TTOREB"},
		{"Ohio Governor Mary Jones visited Dayton on Monday.", "Governor Mary Jones", "USAGOV"},
		// No place before the title: no country.
		{"Governor Mary Jones visited Dayton on Monday.", "Governor Mary Jones", "GOV"},
	}
	for _, c := range cases {
		d := &doc.Document{ID: "t", Date: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), Text: c.text}
		if err := a.Process(d); err != nil {
			t.Fatal(err)
		}
		var got []string
		found := false
		for _, m := range d.Actors {
			text := d.Text[m.Span.Start:m.Span.End]
			got = append(got, text+"="+m.Actor.Code)
			if text == c.actor && m.Actor.Code == c.code {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want %s=%s, got %v", c.text, c.actor, c.code, got)
		}
	}
}
