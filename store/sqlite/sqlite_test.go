package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/store"
)

// ev describes one coded event of a test article: the sentence (by index)
// and the words (which must occur in that sentence) of the source, the
// trigger, the target and the place.
type ev struct {
	sent                 int
	src, trig, tgt, plc  string
	srcCode, tgtCode     string
	code, date, plover   string
	quad                 int
	place                *doc.Place
	srcID, tgtID, source string
}

// article builds a coded document: sentences are split at ". ".
func article(t *testing.T, id, date, text string, evs ...ev) *doc.Document {
	t.Helper()
	dt, err := time.Parse("2006-01-02", date)
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{ID: id, Date: dt, Text: text}
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], ". ")
		if end < 0 {
			end = len(text)
		} else {
			end = start + end + 1
		}
		d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: start, End: end}})
		start = end
		for start < len(text) && text[start] == ' ' {
			start++
		}
	}
	find := func(sent int, w string) doc.Span {
		s := d.Sentences[sent]
		i := strings.Index(text[s.Start:s.End], w)
		if i < 0 {
			t.Fatalf("%s: %q not in sentence %d", id, w, sent)
		}
		return doc.Span{Start: s.Start + i, End: s.Start + i + len(w)}
	}
	for _, e := range evs {
		de := doc.Event{Sentence: e.sent, Trigger: find(e.sent, e.trig), Code: e.code, Root: store.RootCode(e.code),
			QuadClass: e.quad, Date: e.date, DateSource: "timex", Timex: -1, Plover: doc.Plover{Type: e.plover}, Rule: "test"}
		if e.src != "" {
			d.Actors = append(d.Actors, doc.ActorMention{Span: find(e.sent, e.src), Sentence: e.sent,
				Actor: doc.Actor{ID: e.srcID, Name: e.src, Code: e.srcCode, Country: e.srcCode[:3]}, Kind: "name"})
		}
		if e.tgt != "" {
			d.Actors = append(d.Actors, doc.ActorMention{Span: find(e.sent, e.tgt), Sentence: e.sent,
				Actor: doc.Actor{ID: e.tgtID, Name: e.tgt, Code: e.tgtCode, Country: e.tgtCode[:3]}, Kind: "name"})
		}
		if e.plc != "" {
			d.Places = append(d.Places, doc.PlaceMention{Span: find(e.sent, e.plc), Sentence: e.sent, Place: *e.place, Resolved: e.place.Lat != 0})
		}
		d.Events = append(d.Events, de)
	}
	// Point events at their actor and place mentions now that the slices
	// will not grow.
	ai, pi := 0, 0
	for i, e := range evs {
		if e.src != "" {
			d.Events[i].Source = &d.Actors[ai]
			ai++
		}
		if e.tgt != "" {
			d.Events[i].Target = &d.Actors[ai]
			ai++
		}
		if e.plc != "" {
			d.Events[i].Location = &d.Places[pi]
			pi++
		}
	}
	return d
}

func open(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

var (
	kharkiv = &doc.Place{Name: "Kharkiv", Country: "UKR", Lat: 49.99, Lon: 36.23, GeonameID: 706483, Feature: "city"}
	lviv    = &doc.Place{Name: "Lviv", Country: "UKR", Lat: 49.84, Lon: 24.03, GeonameID: 702550, Feature: "city"}
	ukraine = &doc.Place{Name: "Ukraine", Country: "UKR", Lat: 49, Lon: 32, GeonameID: 690791, Feature: "country"}
)

func shelling(sent int, date, code string, place *doc.Place, plc string) ev {
	return ev{sent: sent, src: "Russian forces", srcCode: "RUSMIL", trig: "shelled", tgt: "Ukrainian troops", tgtCode: "UKRMIL",
		code: code, date: date, quad: 4, plover: "FIGHT", plc: plc, place: place}
}

const (
	textA = "Russian forces shelled Ukrainian troops near Kharkiv on Monday. The governor said five soldiers were wounded."
	textB = "Officials said on Tuesday that Russian forces shelled Ukrainian troops outside Kharkiv. Residents fled."
	textC = "Russian forces shelled Ukrainian troops in Ukraine this month, a report said."
	textD = "Russian forces shelled Ukrainian troops near Lviv on Monday."
	textE = "Russian forces shelled Ukrainian troops near Kharkiv on Thursday."
)

func put(t *testing.T, db *DB, docs ...*doc.Document) []store.PutResult {
	t.Helper()
	res, err := db.PutArticles(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func events(t *testing.T, db *DB, f store.Filter) []store.Event {
	t.Helper()
	evs, err := db.Events(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

func TestMergeOneEventReportedSeveralTimes(t *testing.T) {
	db := open(t)
	a := article(t, "a", "2022-03-07", textA, shelling(0, "2022-03-07", "194", kharkiv, "Kharkiv"))
	b := article(t, "b", "2022-03-08", textB, shelling(0, "2022-03-07", "190", kharkiv, "Kharkiv"))
	b.Source = "Other Wire"
	// A month date in a country: contains the others.
	c := article(t, "c", "2022-03-20", textC, shelling(0, "2022-03", "19", ukraine, "Ukraine"))
	res := put(t, db, a)
	res = append(res, put(t, db, b, c)...)
	if res[0].NewEvents != 1 || res[1].Merged != 1 || res[2].Merged != 1 {
		t.Errorf("results %+v: want a new event then two merges", res)
	}
	evs := events(t, db, store.Filter{WithMentions: true})
	if len(evs) != 1 {
		t.Fatalf("%d events, want 1: %+v", len(evs), evs)
	}
	e := evs[0]
	if e.NumMentions != 3 || e.NumArticles != 3 || e.NumSources != 3 {
		t.Errorf("counts %d/%d/%d, want 3 mentions, 3 articles, 3 sources", e.NumMentions, e.NumArticles, e.NumSources)
	}
	if e.FirstReport != "2022-03-07" || e.LastReport != "2022-03-20" {
		t.Errorf("reports %s..%s", e.FirstReport, e.LastReport)
	}
	if e.Date != "2022-03-07" || e.CAMEO != "194" || e.Location == nil || e.Location.Name != "Kharkiv" {
		t.Errorf("event not the most specific: date %s code %s place %+v", e.Date, e.CAMEO, e.Location)
	}
	if !e.IsRoot {
		t.Error("a mention in a first sentence makes a root event")
	}
	if len(e.Mentions) != 3 || e.Mentions[1].Article != "b" || e.Mentions[1].Trigger != "shelled" ||
		!strings.HasPrefix(e.Mentions[1].Text, "Officials said") || e.Mentions[1].SourceText != "Russian forces" || e.Mentions[1].PlaceText != "Kharkiv" {
		t.Errorf("mentions: %+v", e.Mentions)
	}
}

func TestMergeKeepsDistinctEventsApart(t *testing.T) {
	tests := []struct {
		name  string
		other *doc.Document
	}{
		{"three days later", article(t, "e", "2022-03-10", textE, shelling(0, "2022-03-10", "194", kharkiv, "Kharkiv"))},
		{"another city", article(t, "d", "2022-03-07", textD, shelling(0, "2022-03-07", "194", lviv, "Lviv"))},
		{"another code family", article(t, "d", "2022-03-07", textD, shelling(0, "2022-03-07", "183", lviv, "Lviv"))},
		{"reversed dyad", article(t, "d", "2022-03-07", textD, ev{sent: 0, src: "Ukrainian troops", srcCode: "UKRMIL", trig: "shelled",
			tgt: "Russian forces", tgtCode: "RUSMIL", code: "194", date: "2022-03-07", quad: 4})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := open(t)
			a := article(t, "a", "2022-03-07", textA, shelling(0, "2022-03-07", "194", kharkiv, "Kharkiv"))
			put(t, db, a, tt.other)
			evs := events(t, db, store.Filter{})
			if len(evs) != 2 {
				t.Fatalf("%d events, want 2", len(evs))
			}
			for _, e := range evs {
				if e.NumMentions != 1 || e.NumArticles != 1 {
					t.Errorf("event %d: %d mentions, %d articles", e.ID, e.NumMentions, e.NumArticles)
				}
			}
		})
	}
}

func TestMentionsWithoutActorsAreNotMerged(t *testing.T) {
	db := open(t)
	e := ev{sent: 0, trig: "shelled", code: "190", date: "2022-03-07", quad: 4}
	put(t, db, article(t, "a", "2022-03-07", textA, e), article(t, "b", "2022-03-07", textB, e))
	if n := len(events(t, db, store.Filter{})); n != 2 {
		t.Errorf("%d events, want 2", n)
	}
}

func stats(t *testing.T, db *DB) store.Stats {
	t.Helper()
	st, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestReingestIsIdempotent(t *testing.T) {
	db := open(t)
	mk := func() []*doc.Document {
		return []*doc.Document{
			article(t, "a", "2022-03-07", textA, shelling(0, "2022-03-07", "194", kharkiv, "Kharkiv")),
			article(t, "b", "2022-03-08", textB, shelling(0, "2022-03-07", "190", kharkiv, "Kharkiv")),
			article(t, "d", "2022-03-07", textD, shelling(0, "2022-03-07", "194", lviv, "Lviv")),
		}
	}
	first := put(t, db, mk()...)
	before := stats(t, db)
	evBefore := events(t, db, store.Filter{})
	// The same articles again, in one batch with an in-batch duplicate.
	second := put(t, db, append(mk(), mk()[0])...)
	for i, r := range second {
		if r.New || r.Mentions != 0 {
			t.Errorf("second run, article %d stored again: %+v", i, r)
		}
		if r.ArticleID != first[i%3].ArticleID {
			t.Errorf("second run, article %d: id %d, want %d", i, r.ArticleID, first[i%3].ArticleID)
		}
	}
	if after := stats(t, db); after != before {
		t.Errorf("stats changed: %+v -> %+v", before, after)
	}
	evAfter := events(t, db, store.Filter{})
	if len(evAfter) != len(evBefore) || evAfter[0].NumMentions != evBefore[0].NumMentions {
		t.Errorf("events changed: %+v -> %+v", evBefore, evAfter)
	}
	if ok, err := db.HasArticle(context.Background(), store.Hash(mk()[0])); !ok || err != nil {
		t.Errorf("HasArticle = %v, %v", ok, err)
	}
	// Same text on another date is another article.
	other := mk()[0]
	other.Date = other.Date.AddDate(0, 0, 30)
	if ok, _ := db.HasArticle(context.Background(), store.Hash(other)); ok {
		t.Error("the date is part of the content hash")
	}
}

const wireText = `Government forces and rebels exchanged heavy fire on the outskirts of the northern town on Tuesday, residents said, a day after talks on a ceasefire broke down in the capital. The army said it had repelled an attack on a checkpoint and that several fighters were killed, while a rebel spokesman said the group had captured two armoured vehicles. Aid agencies warned that thousands of families had fled the fighting and were sheltering in schools and mosques without enough food or water.`

func TestNearDuplicatesDoNotInflateArticles(t *testing.T) {
	db := open(t)
	fight := ev{sent: 0, src: "Government forces", srcCode: "XYZMIL", trig: "exchanged", tgt: "rebels", tgtCode: "XYZREB", code: "190", date: "2022-05-03", quad: 4}
	a := article(t, "wire", "2022-05-03", wireText, fight)
	b := article(t, "copy", "2022-05-04", strings.Replace(wireText, "on Tuesday", "on Tuesday morning", 1), fight)
	b.Source = "Daily Paper"
	c := article(t, "unrelated", "2022-05-04", "Government forces clashed with rebels near the border. "+
		"The fighting lasted for hours and forced farmers from their fields, officials in the province said late in the day.",
		ev{sent: 0, src: "Government forces", srcCode: "XYZMIL", trig: "clashed", tgt: "rebels", tgtCode: "XYZREB", code: "190", date: "2022-05-03", quad: 4})
	res := put(t, db, a, b, c)
	if res[0].NearDuplicateOf != 0 || res[1].NearDuplicateOf != res[0].ArticleID || res[2].NearDuplicateOf != 0 {
		t.Fatalf("near-duplicate links %d %d %d, want 0 %d 0", res[0].NearDuplicateOf, res[1].NearDuplicateOf, res[2].NearDuplicateOf, res[0].ArticleID)
	}
	art, err := db.Article(context.Background(), res[1].ArticleID)
	if err != nil || art.NearDuplicateOf != res[0].ArticleID {
		t.Fatalf("Article: %v, %+v", err, art)
	}
	evs := events(t, db, store.Filter{})
	if len(evs) != 1 {
		t.Fatalf("%d events, want 1", len(evs))
	}
	// The copy counts as its original's article; it names its own outlet,
	// which counts as a source.
	if e := evs[0]; e.NumMentions != 3 || e.NumArticles != 2 || e.NumSources != 3 {
		t.Errorf("counts %d mentions %d articles %d sources, want 3, 2, 3", e.NumMentions, e.NumArticles, e.NumSources)
	}
	if st := stats(t, db); st.NearDuplicates != 1 || st.Articles != 3 {
		t.Errorf("stats %+v", st)
	}
}

func TestArticleRoundTrip(t *testing.T) {
	db := open(t)
	d := article(t, "a", "2022-03-07", textA, shelling(0, "2022-03-07", "194", kharkiv, "Kharkiv"))
	d.Title, d.URL, d.Source = "Shelling", "https://example.org/a", "Example"
	d.Timexes = []doc.Timex{{Span: doc.Span{Start: 56, End: 62}, Type: "DATE", Value: "2022-03-07", Rule: "weekday"}}
	res := put(t, db, d)
	got, err := db.Article(context.Background(), res[0].ArticleID)
	if err != nil {
		t.Fatal(err)
	}
	g := got.Doc
	if g.ID != "a" || g.Text != d.Text || g.Title != d.Title || g.URL != d.URL || g.Source != d.Source || !g.Date.Equal(d.Date) {
		t.Errorf("article fields: %+v", g)
	}
	if len(g.Sentences) != 2 || g.Sentences[1] != d.Sentences[1] || len(g.Timexes) != 1 || g.Timexes[0] != d.Timexes[0] {
		t.Errorf("layers: %+v %+v", g.Sentences, g.Timexes)
	}
	if len(g.Actors) != 2 || g.Actors[1].Actor != d.Actors[1].Actor || len(g.Places) != 1 || g.Places[0].Place != d.Places[0].Place {
		t.Errorf("mentions: %+v %+v", g.Actors, g.Places)
	}
	if len(g.Events) != 1 || g.Events[0].Code != "194" || g.Events[0].Source == nil || g.Events[0].Source.Actor.Code != "RUSMIL" ||
		g.Events[0].Location == nil || g.Events[0].Trigger != d.Events[0].Trigger {
		t.Errorf("events: %+v", g.Events)
	}
	if _, err := db.Article(context.Background(), 999); err == nil {
		t.Error("missing article: no error")
	}
}

func TestEventFilters(t *testing.T) {
	db := open(t)
	if !db.FullText() {
		t.Fatal("modernc.org/sqlite is expected to have FTS5")
	}
	put(t, db,
		article(t, "a", "2022-03-07", textA, shelling(0, "2022-03-07", "194", kharkiv, "Kharkiv")),
		article(t, "d", "2022-03-07", textD, shelling(0, "2022-03-07", "194", lviv, "Lviv")),
		article(t, "p", "2022-04-02", "Students protested against the government of Chile in Santiago. Police watched.",
			ev{sent: 0, src: "Students", srcCode: "CHLEDU", trig: "protested", tgt: "government", tgtCode: "CHLGOV", code: "141", date: "2022-04-02", quad: 3, plover: "PROTEST"}),
	)
	tests := []struct {
		name string
		f    store.Filter
		want int
	}{
		{"all", store.Filter{}, 3},
		{"from", store.Filter{From: "2022-04-01"}, 1},
		{"to", store.Filter{To: "2022-03-31"}, 2},
		{"actor name", store.Filter{Actor: "russian"}, 2},
		{"actor code", store.Filter{Actor: "CHL"}, 1},
		{"country", store.Filter{Country: "chl"}, 1},
		{"place country", store.Filter{Country: "UKR"}, 2},
		{"role", store.Filter{Role: "EDU"}, 1},
		{"role MIL", store.Filter{Role: "MIL"}, 2},
		{"cameo prefix", store.Filter{CAMEO: "19"}, 2},
		{"cameo none", store.Filter{CAMEO: "195"}, 0},
		{"root", store.Filter{Root: "14"}, 1},
		{"quad", store.Filter{Quad: 4}, 2},
		{"plover", store.Filter{Plover: "protest"}, 1},
		{"place", store.Filter{Place: "lviv"}, 1},
		{"text", store.Filter{Text: "Santiago"}, 1},
		{"text phrase", store.Filter{Text: `"near Lviv"`}, 1},
		{"text none", store.Filter{Text: "Tokyo"}, 0},
		{"combined", store.Filter{Quad: 4, Place: "Kharkiv", From: "2022-03-07", To: "2022-03-07"}, 1},
		{"limit", store.Filter{Limit: 2}, 2},
		{"after", store.Filter{AfterID: 2}, 1},
		{"like wildcard is literal", store.Filter{Actor: "%"}, 0},
	}
	for _, tt := range tests {
		if got := len(events(t, db, tt.f)); got != tt.want {
			t.Errorf("%s: %d events, want %d", tt.name, got, tt.want)
		}
	}
	var ids []int64
	err := db.EachEvent(context.Background(), store.Filter{}, func(e *store.Event) error { ids = append(ids, e.ID); return nil })
	if err != nil || len(ids) != 3 || ids[0] >= ids[1] || ids[1] >= ids[2] {
		t.Errorf("EachEvent: %v %v", ids, err)
	}
}

func TestBadArticleFailsItsBatch(t *testing.T) {
	db := open(t)
	bad := article(t, "bad", "2022-03-07", textA, shelling(0, "2022-03-07", "194", kharkiv, "Kharkiv"))
	bad.Events[0].Sentence = 7 // out of range
	good := article(t, "good", "2022-03-07", textD, shelling(0, "2022-03-07", "194", lviv, "Lviv"))
	if _, err := db.PutArticles(context.Background(), []*doc.Document{good, bad}); err == nil || !strings.Contains(err.Error(), "bad") {
		t.Fatalf("error %v, want one naming the bad article", err)
	}
	if st := stats(t, db); st.Articles != 0 || st.Events != 0 {
		t.Errorf("a failed batch left %+v", st)
	}
	put(t, db, good)
	if st := stats(t, db); st.Articles != 1 || st.Events != 1 {
		t.Errorf("after the good article alone: %+v", st)
	}
}

func TestReopenKeepsSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	put(t, db, article(t, "a", "2022-03-07", textA, shelling(0, "2022-03-07", "194", kharkiv, "Kharkiv")))
	db.Close()
	db, err = Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if st := stats(t, db); st.Articles != 1 || st.SchemaVersion != SchemaVersion() {
		t.Errorf("after reopening: %+v", st)
	}
	var n int
	if err := db.db.QueryRow(`SELECT COUNT(*) FROM schema_migrations`).Scan(&n); err != nil || n != SchemaVersion() {
		t.Errorf("%d migrations recorded (%v), want %d", n, err, SchemaVersion())
	}
}

func TestConcurrentOpenMigratesOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		go func() {
			db, err := Open(context.Background(), path)
			if err == nil {
				err = db.Close()
			}
			errs <- err
		}()
	}
	for i := 0; i < 4; i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.db.QueryRow(`SELECT COUNT(*) FROM schema_migrations`).Scan(&n); err != nil || n != SchemaVersion() {
		t.Errorf("%d migrations recorded (%v), want %d", n, err, SchemaVersion())
	}
}

func TestNearDuplicateChains(t *testing.T) {
	db := open(t)
	v := func(id, date, extra string) *doc.Document {
		return article(t, id, date, strings.Replace(wireText, "on Tuesday", "on Tuesday"+extra, 1))
	}
	res := put(t, db,
		v("a", "2022-05-01", ""),
		v("b", "2022-05-06", " morning"),
		v("c", "2022-05-12", " morning"),       // near b (6 days); a is 11 days away
		v("d", "2022-05-07", " early morning"), // near b and a
		v("e", "2022-06-30", ""),               // same text as a, too late
	)
	want := []int64{0, res[0].ArticleID, res[1].ArticleID, res[0].ArticleID, 0}
	for i, r := range res {
		if r.NearDuplicateOf != want[i] {
			t.Errorf("article %d: near-duplicate of %d, want %d", i, r.NearDuplicateOf, want[i])
		}
	}
}
