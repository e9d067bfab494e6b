package coder_test

import (
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/pipeline"
)

// TestUnknownSourceEvents checks events whose perpetrator the sentence does
// not name (kept with Coder.UnknownSource, as the event-location evaluation
// does): the trigger, its code and its place.
func TestUnknownSourceEvents(t *testing.T) {
	a, err := pipeline.New(pipeline.Options{UnknownSource: true})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, trigger, code, place string // place: a prefix of the place name, "" for none
	}{
		{"A car bomb exploded outside a market in Kirkuk on Thursday.", "exploded", "1832", "Kirkuk"},
		{"Two bombs exploded in a vegetable market in Tuz Khurmatu, wounding nine shoppers.", "exploded", "183", "Ţūz"},
		{"A roadside bomb struck a minibus near Samarra on Friday.", "struck", "1833", "Sāmarrā"},
		{"Three rockets hit a residential district in eastern Baghdad on Tuesday.", "hit", "194", "Baghdad"},
		{"Heavy fighting erupted in Raga on Monday.", "erupted", "190", "Raga"},
		{"The gunbattle occurred in the coastal town of Zgharta in northern Lebanon.", "gunbattle occurred", "193", "Zghart"},
		{"The attack took place in Sonpura village, 40 miles from Vadodara.", "attack took place", "190", "Sonpura"},
		{"Gunmen opened fire in a market in Jacobabad on Monday.", "opened", "190", "Jacobabad"},
		{"Huge protests took place in Hama on Friday.", "protests took place", "141", "Hama"},
		{"A suicide bombing struck Kunduz province on Monday.", "struck", "1831", "Kunduz"},
		{"Riots broke out in Gagnoa on Monday.", "broke", "145", "Gagnoa"},
		{"The bomb went off in Baidoa on Monday.", "went", "183", "Baidoa"},
		{"Mortar rounds fell on Baqubah on Sunday.", "fell", "194", "Ba"},
		{"Communal clashes rocked Kaduna on Friday.", "rocked", "190", "Kaduna"},
		{"A US-led coalition airstrike hit a Syrian army checkpoint outside Deir Ezzor.", "hit", "195", "Deir"},
	}
	for _, c := range cases {
		d := &doc.Document{ID: "t", Date: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), Text: c.text}
		if err := a.Process(d); err != nil {
			t.Fatal(err)
		}
		found := false
		var got []string
		for _, e := range d.Events {
			trig := d.Text[e.Trigger.Start:e.Trigger.End]
			place := ""
			if e.Location != nil {
				place = e.Location.Place.Name
			}
			got = append(got, trig+" "+e.Code+" @"+place)
			if strings.HasPrefix(trig, c.trigger) && e.Code == c.code && (c.place == "" && place == "" || c.place != "" && strings.HasPrefix(place, c.place)) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want %q %s @%s, got %q", c.text, c.trigger, c.code, c.place, got)
		}
	}
	// Without a bomb, a weapon or an armed force as subject these are no events.
	for _, text := range []string{
		"Cotton production exploded in the Deep South after 1820.",
		"Twelve relief lorries tried to enter western Mosul on Sunday.",
		"The pile-up occurred late Friday on a motorway in northern Italy.",
		"The company executed the plan in Texas.",
		"Pilots working for the national airline are striking for four hours.",
		"Marine Midland agreed to advance it an additional loan.",
		"India's first intercontinental-range rocket fell into the Bay of Bengal.",
		"The sales would be executed by individual exporting companies.",
		"The Commission wants to force EC airlines to abandon the arrangements.",
		"England's pressure continued, and a wave of attacks saw Noon dragged down.",
		"The evidence of people's senses demonstrates that it is no wasted vote.",
		"Foxx was beaten to the best actor title by Owen in The Life and Death of Peter Sellers.",
	} {
		d := &doc.Document{ID: "t", Date: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), Text: text}
		if err := a.Process(d); err != nil {
			t.Fatal(err)
		}
		for _, e := range d.Events {
			t.Errorf("%q: unexpected event %s at %q", text, e.Code, d.Text[e.Trigger.Start:e.Trigger.End])
		}
	}
}
