package server

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"sync"

	"github.com/annals-dev/annals/store"
)

func badParam(w http.ResponseWriter, e *paramError) {
	writeError(w, http.StatusBadRequest, "bad_parameter", e.param, e.param+": "+e.msg)
}

// needAgg answers 501 when the store cannot aggregate.
func (s *Server) needAgg(w http.ResponseWriter) bool {
	if s.agg == nil {
		writeError(w, http.StatusNotImplemented, "not_implemented", "", "this store does not support this query")
		return false
	}
	return true
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) {
	if _, e := newParams(r.URL); e != nil {
		badParam(w, e)
		return
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	st, err := s.st.Stats(ctx)
	if err != nil {
		s.fail(w, r, err, "")
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// eventsPage is the body of GET /api/v1/events.
type eventsPage struct {
	Events     []store.Event `json:"events"`
	Count      int           `json:"count"`
	NextCursor string        `json:"next_cursor,omitempty"`
}

func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	p, e := newParams(r.URL, filterParams, eventsParams)
	if e != nil {
		badParam(w, e)
		return
	}
	q, e := p.query()
	if e == nil {
		e = p.sortParam(&q)
	}
	if e == nil {
		e = p.cursorParam(&q)
	}
	if e == nil {
		q.Limit, e = p.intIn("limit", 1, MaxLimit, DefaultLimit)
	}
	var withMentions int
	if e == nil {
		withMentions, e = p.intIn("mentions", 0, 1, 0)
	}
	if e != nil {
		badParam(w, e)
		return
	}
	if withMentions == 1 && q.Limit > 100 {
		badParam(w, &paramError{"limit", "at most 100 with mentions=1"})
		return
	}
	q.WithMentions = withMentions == 1
	ctx, cancel := s.ctx(r)
	defer cancel()
	if pj, ok := s.agg.(eventPageJSONer); ok && !q.WithMentions {
		b := append(pagePool.get(), `{"events":[`...)
		b, n, next, ok, err := pj.EventPageJSON(ctx, q, b)
		if err != nil {
			pagePool.put(b)
			s.fail(w, r, err, "text")
			return
		}
		if ok {
			writeBody(w, http.StatusOK, appendPageEnd(b, n, encodeCursor(next)))
			pagePool.put(b)
			return
		}
		pagePool.put(b) // an event without stored JSON: the struct path
	}
	var evs []store.Event
	var next *store.Cursor
	var err error
	if s.agg != nil {
		evs, next, err = s.agg.EventPage(ctx, q)
	} else {
		// Plain stores page by id only.
		if q.Sort != "" && q.Sort != store.SortID || q.Desc || q.BBox != nil {
			writeError(w, http.StatusNotImplemented, "not_implemented", "sort", "this store only lists events in id order without bbox")
			return
		}
		f := q.Filter
		if q.After != nil {
			f.AfterID = q.After.ID
		}
		f.Limit = q.Limit + 1
		evs, err = s.st.Events(ctx, f)
		if len(evs) > q.Limit {
			evs = evs[:q.Limit]
			next = &store.Cursor{Sort: store.SortID, ID: evs[len(evs)-1].ID}
		}
	}
	if err != nil {
		s.fail(w, r, err, "text")
		return
	}
	if evs == nil {
		evs = []store.Event{}
	}
	writeEventsPage(w, eventsPage{Events: evs, Count: len(evs), NextCursor: encodeCursor(next)})
}

// writeEventsPage answers p as writeJSON would, writing the events with
// store.Event.AppendJSON (the same bytes, without reflection).
func writeEventsPage(w http.ResponseWriter, p eventsPage) {
	b := make([]byte, 0, 1024+700*len(p.Events))
	b = append(b, `{"events":[`...)
	var err error
	for i := range p.Events {
		if i > 0 {
			b = append(b, ',')
		}
		if b, err = p.Events[i].AppendJSON(b); err != nil {
			writeJSON(w, http.StatusOK, p) // fails as encoding/json does
			return
		}
	}
	writeBody(w, http.StatusOK, appendPageEnd(b, p.Count, p.NextCursor))
}

// appendPageEnd closes the events array of a page and appends its count
// and cursor, as encoding/json writes eventsPage.
func appendPageEnd(b []byte, count int, cursor string) []byte {
	b = append(b, `],"count":`...)
	b = strconv.AppendInt(b, int64(count), 10)
	if cursor != "" {
		// A cursor is base64url: nothing to escape.
		b = append(b, `,"next_cursor":"`...)
		b = append(b, cursor...)
		b = append(b, '"')
	}
	return append(b, "}\n"...)
}

// eventPageJSONer is implemented by stores that keep each event's JSON
// (store/sqlite): a page is then written from it. ok is false when the
// store cannot answer that way (EventPage then does).
type eventPageJSONer interface {
	EventPageJSON(ctx context.Context, q store.Query, b []byte) (out []byte, n int, next *store.Cursor, ok bool, err error)
}

// pagePool keeps the buffers of event pages between requests.
var pagePool bufPool

type bufPool struct{ p sync.Pool }

func (p *bufPool) get() []byte {
	if b, ok := p.p.Get().(*[]byte); ok {
		return (*b)[:0]
	}
	return make([]byte, 0, 64<<10)
}

// put returns b once it is written; very large buffers are dropped.
func (p *bufPool) put(b []byte) {
	if cap(b) <= 4<<20 {
		p.p.Put(&b)
	}
}

// eventDetail is the body of GET /api/v1/events/{id}.
type eventDetail struct {
	Event    store.Event          `json:"event"`
	Mentions []store.MentionSpans `json:"mentions"`
}

func (s *Server) event(w http.ResponseWriter, r *http.Request) {
	id, e := pathID(r.PathValue("id"))
	if e == nil {
		_, e = newParams(r.URL)
	}
	if e != nil {
		badParam(w, e)
		return
	}
	if !s.needAgg(w) {
		return
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	evs, _, err := s.agg.EventPage(ctx, store.Query{Filter: store.Filter{AfterID: id - 1, Limit: 1}})
	if err == nil && (len(evs) == 0 || evs[0].ID != id) {
		err = fmt.Errorf("event %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		s.fail(w, r, err, "")
		return
	}
	ms, err := s.agg.EventMentions(ctx, id)
	if err != nil {
		s.fail(w, r, err, "")
		return
	}
	writeJSON(w, http.StatusOK, eventDetail{Event: evs[0], Mentions: ms})
}

func (s *Server) timeline(w http.ResponseWriter, r *http.Request) {
	p, e := newParams(r.URL, filterParams, timelineParams)
	if e != nil {
		badParam(w, e)
		return
	}
	q, e := p.query()
	if e != nil {
		badParam(w, e)
		return
	}
	interval := store.Interval(p.v.Get("interval"))
	switch interval {
	case "":
		interval = store.ByMonth
	case store.ByDay, store.ByWeek, store.ByMonth:
	default:
		badParam(w, &paramError{"interval", "must be day, week or month"})
		return
	}
	split := store.Split(p.v.Get("split"))
	switch split {
	case "":
		split = store.SplitQuad
	case store.SplitQuad, store.SplitRoot:
	default:
		badParam(w, &paramError{"split", "must be quad or root"})
		return
	}
	if !s.needAgg(w) {
		return
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	series, err := s.agg.Counts(ctx, q, interval, split)
	if err != nil {
		s.fail(w, r, err, "text")
		return
	}
	// store.Series.AppendJSON writes what writeJSON would, without
	// reflection and sorting map keys by hand.
	b, err := series.AppendJSON(make([]byte, 0, 4096))
	if err != nil {
		writeJSON(w, http.StatusOK, series) // fails as encoding/json does
		return
	}
	writeBody(w, http.StatusOK, append(b, '\n'))
}

// topN reads the filters and limit of a top-N aggregate.
func (s *Server) topN(w http.ResponseWriter, r *http.Request, def int) (store.Query, int, bool) {
	p, e := newParams(r.URL, filterParams, topParams)
	if e != nil {
		badParam(w, e)
		return store.Query{}, 0, false
	}
	q, e := p.query()
	var limit int
	if e == nil {
		limit, e = p.intIn("limit", 1, MaxLimit, def)
	}
	if e != nil {
		badParam(w, e)
		return q, 0, false
	}
	return q, limit, s.needAgg(w)
}

// topList makes the handler of a top-N aggregate: it validates the filters
// and the limit (default def), runs query under the request's time limit,
// and answers {key: result}. query is called only once the store is known
// to aggregate.
func topList[T any](s *Server, def int, key string, query func(context.Context, store.Query, int) (T, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q, limit, ok := s.topN(w, r, def)
		if !ok {
			return
		}
		ctx, cancel := s.ctx(r)
		defer cancel()
		res, err := query(ctx, q, limit)
		if err != nil {
			s.fail(w, r, err, "text")
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{key: res})
	}
}

func (s *Server) dyads(w http.ResponseWriter, r *http.Request) {
	topList(s, 100, "dyads", func(ctx context.Context, q store.Query, n int) ([]store.Dyad, error) { return s.agg.Dyads(ctx, q, n) })(w, r)
}

func (s *Server) actors(w http.ResponseWriter, r *http.Request) {
	topList(s, 50, "actors", func(ctx context.Context, q store.Query, n int) ([]store.ActorCount, error) {
		return s.agg.TopActors(ctx, q, n)
	})(w, r)
}

func (s *Server) places(w http.ResponseWriter, r *http.Request) {
	q, limit, ok := s.topN(w, r, 50)
	if !ok {
		return
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	res, err := s.agg.TopPlaces(ctx, q, limit)
	if err != nil {
		s.fail(w, r, err, "text")
		return
	}
	// What writeJSON writes for {"places": res}, with
	// store.PlaceCount.AppendJSON (up to MaxLimit places).
	b := make([]byte, 0, 64+200*len(res))
	b = append(b, `{"places":`...)
	if res == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range res {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = res[i].AppendJSON(b); err != nil {
				writeJSON(w, http.StatusOK, map[string]any{"places": res}) // fails as encoding/json does
				return
			}
		}
		b = append(b, ']')
	}
	writeBody(w, http.StatusOK, append(b, "}\n"...))
}

// Article JSON: every offset is a UTF-8 byte offset into text.
type (
	articleJSON struct {
		ID              int64                `json:"id"`
		Hash            string               `json:"hash"`
		ExtID           string               `json:"ext_id"`
		Title           string               `json:"title"`
		URL             string               `json:"url"`
		Source          string               `json:"source"`
		Date            string               `json:"date"`
		Text            string               `json:"text"`
		NearDuplicateOf int64                `json:"near_duplicate_of,omitempty"`
		Sentences       []store.Span         `json:"sentences"`
		Timexes         []timexJSON          `json:"timexes"`
		Actors          []actorJSON          `json:"actors"`
		Places          []placeJSON          `json:"places"`
		Triggers        []store.Span         `json:"triggers"`
		Events          []store.MentionSpans `json:"events"`
	}
	timexJSON struct {
		store.Span
		Type  string `json:"type"`
		Value string `json:"value"`
		Mod   string `json:"mod,omitempty"`
	}
	actorJSON struct {
		store.Span
		Sentence int    `json:"sentence"`
		ID       string `json:"id,omitempty"`
		Name     string `json:"name"`
		Code     string `json:"code"`
		Country  string `json:"country,omitempty"`
		Kind     string `json:"kind"`
	}
	placeJSON struct {
		store.Span
		Sentence int         `json:"sentence"`
		Place    store.Place `json:"place"`
	}
)

func (s *Server) article(w http.ResponseWriter, r *http.Request) {
	id, e := pathID(r.PathValue("id"))
	if e == nil {
		_, e = newParams(r.URL)
	}
	if e != nil {
		badParam(w, e)
		return
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	a, err := s.st.Article(ctx, id)
	if err != nil {
		s.fail(w, r, err, "")
		return
	}
	d := a.Doc
	out := articleJSON{ID: a.ID, Hash: a.Hash, ExtID: d.ID, Title: d.Title, URL: d.URL, Source: d.Source,
		Date: d.Date.Format("2006-01-02"), Text: d.Text, NearDuplicateOf: a.NearDuplicateOf,
		Sentences: []store.Span{}, Timexes: []timexJSON{}, Actors: []actorJSON{}, Places: []placeJSON{},
		Triggers: []store.Span{}, Events: []store.MentionSpans{}}
	for _, x := range d.Sentences {
		out.Sentences = append(out.Sentences, store.Span{Start: x.Start, End: x.End})
	}
	for _, x := range d.Timexes {
		out.Timexes = append(out.Timexes, timexJSON{store.Span{Start: x.Start, End: x.End}, x.Type, x.Value, x.Mod})
	}
	for _, x := range d.Actors {
		out.Actors = append(out.Actors, actorJSON{store.Span{Start: x.Span.Start, End: x.Span.End}, x.Sentence,
			x.Actor.ID, x.Actor.Name, x.Actor.Code, x.Actor.Country, x.Kind})
	}
	for _, x := range d.Places {
		out.Places = append(out.Places, placeJSON{store.Span{Start: x.Span.Start, End: x.Span.End}, x.Sentence,
			store.Place{Name: x.Place.Name, Country: x.Place.Country, Lat: x.Place.Lat, Lon: x.Place.Lon,
				GeonameID: x.Place.GeonameID, Feature: x.Place.Feature, Resolved: x.Resolved}})
	}
	for _, x := range d.Events {
		out.Triggers = append(out.Triggers, store.Span{Start: x.Trigger.Start, End: x.Trigger.End})
	}
	if s.agg != nil {
		ms, err := s.agg.ArticleMentions(ctx, id)
		if err != nil {
			s.fail(w, r, err, "")
			return
		}
		for i := range ms {
			ms[i].SentenceText = "" // the text is in the article
			ms[i].Title = ""
		}
		out.Events = ms
		if len(out.Triggers) == 0 {
			for _, m := range ms {
				out.Triggers = append(out.Triggers, m.Trigger)
			}
		}
	}
	writeJSON(w, http.StatusOK, out)
}
