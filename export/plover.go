package export

import (
	"bufio"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/annals-dev/annals/store"
)

// PloverRecord is one event in a PLOVER JSON layout: the PLOVER ontology's
// event type, mode and context with the actor/recipient and location
// fields of PLOVER-coded data sets (POLECAT-style names). Events without a
// PLOVER type (CAMEO categories PLOVER has none for, such as public
// statements) are not written. Sectors are the CAMEO role codes of the
// actor code; fields Annals cannot fill (actor titles, Wikipedia ids,
// admin divisions, fatalities) are left out.
type PloverRecord struct {
	ID            string        `json:"id"`
	EventDate     string        `json:"event_date"`
	EventType     string        `json:"event_type"`
	EventMode     string        `json:"event_mode"`
	Context       []string      `json:"context"`
	Actor         *PloverActor  `json:"actor"`
	Recipient     *PloverActor  `json:"recipient"`
	Location      *PloverPlace  `json:"location"`
	StoryDate     string        `json:"story_date"`
	LastReport    string        `json:"last_report"`
	NumMentions   int           `json:"num_mentions"`
	NumArticles   int           `json:"num_articles"`
	NumSources    int           `json:"num_sources"`
	CAMEO         string        `json:"cameo"`
	URL           string        `json:"url"`
	Version       string        `json:"version"`
	Mentions      []PloverQuote `json:"mentions,omitempty"`
	AnnalsEvent   int64         `json:"annals_event"`
	DatePrecision string        `json:"date_precision"`
}

// PloverActor is a PLOVER actor or recipient.
type PloverActor struct {
	Name    string   `json:"name"`
	Country string   `json:"country"`
	Sectors []string `json:"sectors"`
	Code    string   `json:"code"`
	ID      string   `json:"id,omitempty"`
}

// PloverPlace is a PLOVER event location.
type PloverPlace struct {
	Placename string   `json:"placename"`
	Country   string   `json:"country"`
	Lat       *float64 `json:"lat"`
	Lon       *float64 `json:"lon"`
	GeonameID int      `json:"geonameid,omitempty"`
	Feature   string   `json:"feature_type,omitempty"`
}

// PloverQuote is a mention's sentence, when mentions were loaded.
type PloverQuote struct {
	Article string `json:"article"`
	Date    string `json:"story_date"`
	Text    string `json:"text"`
}

func ploverActor(a *store.EventActor) *PloverActor {
	if a == nil {
		return nil
	}
	_, types := actorTypes(a)
	if types == nil {
		types = []string{}
	}
	return &PloverActor{Name: a.Name, Country: a.Country, Sectors: types, Code: a.Code, ID: a.ID}
}

// Plover returns the PLOVER record of an event, ok false when it has no
// PLOVER type.
func Plover(e *store.Event) (PloverRecord, bool) {
	if e.Plover.Type == "" {
		return PloverRecord{}, false
	}
	ctx := []string{}
	for _, c := range strings.FieldsFunc(e.Plover.Context, func(r rune) bool { return r == ',' || r == ';' || r == ' ' }) {
		ctx = append(ctx, c)
	}
	prec := "day"
	if r, ok := store.ParseDateRange(e.Date); ok {
		prec = [...]string{"", "year", "month", "day"}[r.Gran]
	}
	r := PloverRecord{ID: "annals-" + strconv.FormatInt(e.ID, 10), EventDate: e.Date, EventType: e.Plover.Type, EventMode: e.Plover.Mode,
		Context: ctx, Actor: ploverActor(e.Source), Recipient: ploverActor(e.Target), StoryDate: e.FirstReport, LastReport: e.LastReport,
		NumMentions: e.NumMentions, NumArticles: e.NumArticles, NumSources: e.NumSources, CAMEO: e.CAMEO, URL: e.URL,
		Version: "PLOVER 1.0 (Annals)", AnnalsEvent: e.ID, DatePrecision: prec}
	if l := e.Location; l != nil {
		p := &PloverPlace{Placename: l.Name, Country: l.Country, GeonameID: l.GeonameID, Feature: l.Feature}
		if l.Resolved {
			lat, lon := l.Lat, l.Lon
			p.Lat, p.Lon = &lat, &lon
		}
		r.Location = p
	}
	for _, m := range e.Mentions {
		r.Mentions = append(r.Mentions, PloverQuote{Article: m.Article, Date: m.ArticleDate, Text: m.Text})
	}
	return r, true
}

type ploverWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

func newPloverWriter(w io.Writer) *ploverWriter {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &ploverWriter{bw: bw, enc: enc}
}

func (p *ploverWriter) Write(e *store.Event) error {
	r, ok := Plover(e)
	if !ok {
		return nil
	}
	return p.enc.Encode(r)
}

func (p *ploverWriter) Close() error { return p.bw.Flush() }
