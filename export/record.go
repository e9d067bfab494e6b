// Package export turns coded documents into event records and writes them in
// Annals' own layouts (JSON Lines, TSV, a terminal table).
package export

import (
	"unicode/utf8"

	"github.com/annals-dev/annals/doc"
)

// Trigger is the event's trigger word with character offsets (Unicode code
// points) into the article body.
type Trigger struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Actor is an event participant as written and as resolved.
type Actor struct {
	Text    string  `json:"text"`
	Name    string  `json:"name"`
	Code    string  `json:"code"`
	Country *string `json:"country"`
	ID      string  `json:"id,omitempty"`
}

// Location is where an event happened.
type Location struct {
	Text      string  `json:"text"`
	Name      string  `json:"name"`
	Country   *string `json:"country"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid,omitempty"`
}

// Record is one event in Annals' output contract.
type Record struct {
	Article    string     `json:"article"`
	Sentence   int        `json:"sentence"`
	Text       string     `json:"text"`
	Trigger    Trigger    `json:"trigger"`
	Date       string     `json:"date"`
	DateSource string     `json:"date_source"`
	Source     *Actor     `json:"source"`
	Target     *Actor     `json:"target"`
	CAMEO      string     `json:"cameo"`
	Root       string     `json:"root"`
	QuadClass  int        `json:"quad_class"`
	Goldstein  float64    `json:"goldstein"`
	Plover     doc.Plover `json:"plover"`
	Location   *Location  `json:"location"`
	Rule       string     `json:"rule"`
	// ArticleDate is the article's own date (not part of the core contract
	// columns of TSV but kept in JSON).
	ArticleDate string `json:"article_date"`
}

func strp(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func actor(d *doc.Document, m *doc.ActorMention) *Actor {
	if m == nil {
		return nil
	}
	return &Actor{Text: d.Text[m.Span.Start:m.Span.End], Name: m.Actor.Name, Code: m.Actor.Code, Country: strp(m.Actor.Country), ID: m.Actor.ID}
}

// offsets converts byte offsets to code-point offsets incrementally.
type offsets struct {
	text     string
	lastByte int
	lastChar int
}

func (o *offsets) char(b int) int {
	if b < o.lastByte {
		o.lastByte, o.lastChar = 0, 0
	}
	o.lastChar += utf8.RuneCountInString(o.text[o.lastByte:b])
	o.lastByte = b
	return o.lastChar
}

// Records returns the event records of a coded document.
func Records(d *doc.Document) []Record {
	out := make([]Record, 0, len(d.Events))
	off := offsets{text: d.Text}
	date := ""
	if !d.Date.IsZero() {
		date = d.Date.Format("2006-01-02")
	}
	for _, e := range d.Events {
		st := d.Sentences[e.Sentence]
		r := Record{
			Article:  d.ID,
			Sentence: e.Sentence,
			Text:     d.Text[st.Start:st.End],
			Trigger: Trigger{
				Text:  d.Text[e.Trigger.Start:e.Trigger.End],
				Start: off.char(e.Trigger.Start),
			},
			Date: e.Date, DateSource: e.DateSource,
			Source: actor(d, e.Source), Target: actor(d, e.Target),
			CAMEO: e.Code, Root: e.Root, QuadClass: e.QuadClass, Goldstein: e.Goldstein,
			Plover: e.Plover, Rule: e.Rule, ArticleDate: date,
		}
		r.Trigger.End = off.char(e.Trigger.End)
		if l := e.Location; l != nil {
			r.Location = &Location{Text: d.Text[l.Span.Start:l.Span.End], Name: l.Place.Name, Country: strp(l.Place.Country),
				Lat: l.Place.Lat, Lon: l.Place.Lon, GeonameID: l.Place.GeonameID}
		}
		out = append(out, r)
	}
	return out
}
