package sqlite

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/store"
)

var (
	washington = &doc.Place{Name: "Washington", Country: "USA", Lat: 38.9, Lon: -77.04, GeonameID: 4140963, Feature: "city"}
	// kharkivOld is Kharkiv with other coordinates: the max() of a place's
	// columns must be recomputed when an event leaves it.
	kharkivOld = &doc.Place{Name: "Kharkiv", Country: "UKR", Lat: 50.1, Lon: 36.3, GeonameID: 706483, Feature: "city"}
	ukraineAlt = &doc.Place{Name: "Ukraine", Country: "UKR", Lat: 48.5, Lon: 31, GeonameID: 690791, Feature: "country"}
)

func talks(date string, place *doc.Place, plc string) ev {
	return ev{sent: 0, src: "Russian forces", srcCode: "RUSMIL", srcID: "ru-mil", trig: "shelled", tgt: "Ukrainian troops", tgtCode: "UKRMIL",
		code: "036", date: date, quad: 1, plover: "CONSULT", plc: plc, place: place}
}

// summarySteps are batches stored in turn; after each the summary-backed
// aggregates must equal the ones computed from the events.
var summarySteps = []struct {
	name string
	docs func(t *testing.T) []*doc.Document
	// merged is how many mentions of the batch must merge.
	merged int
}{
	{"ingest", func(t *testing.T) []*doc.Document {
		return []*doc.Document{
			// A month-dated event in a country, later refined.
			article(t, "c", "2022-03-20", textC, shelling(0, "2022-03", "19", ukraine, "Ukraine")),
			article(t, "d", "2022-02-07", textD, shelling(0, "2022-02-07", "194", lviv, "Lviv")),
			// Another event in Ukraine, with other coordinates: when the
			// month event moves to Kharkiv, the place's max(lat) is its own.
			article(t, "u", "2022-03-21", "Ukrainian troops shelled Russian forces in Ukraine.", ev{sent: 0, src: "Ukrainian troops", srcCode: "UKRMIL",
				trig: "shelled", tgt: "Russian forces", tgtCode: "RUSMIL", code: "190", date: "2022-03-21", quad: 4, plover: "FIGHT",
				plc: "Ukraine", place: ukraineAlt}),
			article(t, "e", "2022-04-10", textE, shelling(0, "2022-04-10", "194", kharkivOld, "Kharkiv")),
			article(t, "w", "2022-05-02", "Russian forces shelled Ukrainian troops as officials met in Washington.",
				talks("2022", washington, "Washington")),
			article(t, "n", "2022-03-07", textA, ev{sent: 0, trig: "shelled", code: "190", date: "2022-03-07", quad: 4}),
		}
	}, 0},
	{"merge refining events", func(t *testing.T) []*doc.Document {
		b := article(t, "b", "2022-03-08", textB, shelling(0, "2022-03-07", "194", kharkiv, "Kharkiv"))
		b.Source = "Other Wire"
		return []*doc.Document{
			// A day, a specific code and a city for the month event.
			article(t, "a", "2022-03-07", "Russian forces shelled Ukrainian troops near Kharkiv at dawn.",
				shelling(0, "2022-03-07", "194", kharkiv, "Kharkiv")),
			b,
			// A day for the year-dated event.
			article(t, "w2", "2022-05-03", "Russian forces shelled Ukrainian troops in Washington talks.",
				talks("2022-05-02", washington, "Washington")),
		}
	}, 3},
	{"merge in the batch creating the event", func(t *testing.T) []*doc.Document {
		return []*doc.Document{
			article(t, "f", "2022-06-20", textC, shelling(0, "2022-06", "19", ukraine, "Ukraine")),
			article(t, "g", "2022-06-07", textA, shelling(0, "2022-06-07", "194", kharkiv, "Kharkiv")),
		}
	}, 1},
	{"re-ingest", nil, 0},
}

// docs are the documents of step i; the re-ingest step (nil docs) stores
// every earlier one again.
func stepDocs(t *testing.T, i int) []*doc.Document {
	if summarySteps[i].docs != nil {
		return summarySteps[i].docs(t)
	}
	var all []*doc.Document
	for j := 0; j < i; j++ {
		all = append(all, stepDocs(t, j)...)
	}
	return all
}

// summaryQueries are the filters compared: the ones the summaries answer
// and one they do not.
var summaryQueries = []store.Query{
	{},
	{Filter: store.Filter{Country: "ukr"}},
	{Filter: store.Filter{Country: "USA"}},
	{Filter: store.Filter{Country: "RUS", Quad: 4}},
	{Filter: store.Filter{Root: "19"}},
	{Filter: store.Filter{Plover: "FIGHT"}},
}

// compareSummaries fails when a summary row lacks its packed row or an
// aggregate read from the summaries differs from the same aggregate over
// the events; it returns how many non-empty
// answers it compared.
func compareSummaries(t *testing.T, db *DB) int {
	t.Helper()
	ctx := context.Background()
	for _, tbl := range []string{"agg_series", "agg_dyads", "agg_actors", "agg_places"} {
		var unpacked int
		if err := db.rd.QueryRow(`SELECT COUNT(*) FROM ` + tbl + ` WHERE packed IS NULL`).Scan(&unpacked); err != nil || unpacked != 0 {
			t.Errorf("%s: %d rows without their packed row (%v)", tbl, unpacked, err)
		}
	}
	nonEmpty := 0
	both := func(what string, f func() (any, error)) {
		t.Helper()
		got, err := f()
		db.noSummaries = true
		want, err2 := f()
		db.noSummaries = false
		if err != nil || err2 != nil {
			t.Fatalf("%s: %v / %v", what, err, err2)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\nsummaries %+v\nevents    %+v", what, got, want)
		}
		if reflect.ValueOf(want).Elem().Len() > 0 {
			nonEmpty++
		}
	}
	for _, q := range summaryQueries {
		for _, iv := range []store.Interval{store.ByDay, store.ByWeek, store.ByMonth} {
			for _, sp := range []store.Split{store.SplitQuad, store.SplitRoot} {
				both(fmt.Sprintf("counts %+v %s %s", q.Filter, iv, sp), func() (any, error) {
					s, err := db.Counts(ctx, q, iv, sp)
					if err != nil {
						return nil, err
					}
					return &s.Buckets, nil
				})
				both(fmt.Sprintf("coarser %+v %s", q.Filter, iv), func() (any, error) {
					s, err := db.Counts(ctx, q, iv, sp)
					if err != nil {
						return nil, err
					}
					return &[]int64{s.Coarser}, nil
				})
			}
		}
		both(fmt.Sprintf("dyads %+v", q.Filter), func() (any, error) { d, err := db.Dyads(ctx, q, 100); return &d, err })
		both(fmt.Sprintf("actors %+v", q.Filter), func() (any, error) { a, err := db.TopActors(ctx, q, 100); return &a, err })
		both(fmt.Sprintf("places %+v", q.Filter), func() (any, error) { p, err := db.TopPlaces(ctx, q, 100); return &p, err })
	}
	return nonEmpty
}

func TestSummariesEqualEventQueries(t *testing.T) {
	db := open(t)
	for i, step := range summarySteps {
		t.Run(step.name, func(t *testing.T) {
			merged := 0
			for _, r := range put(t, db, stepDocs(t, i)...) {
				merged += r.Merged
			}
			if merged != step.merged {
				t.Errorf("%d mentions merged, want %d", merged, step.merged)
			}
			if n := compareSummaries(t, db); n < 50 {
				t.Errorf("only %d non-empty answers compared", n)
			}
		})
	}
}

// summaryFixture is a store after every summary step.
func summaryFixture(t *testing.T) *DB {
	db := open(t)
	for i := range summarySteps {
		put(t, db, stepDocs(t, i)...)
	}
	return db
}

// TestMigrationFillsSummaries empties the summaries and fills them again as
// the migration of an older database does.
func TestMigrationFillsSummaries(t *testing.T) {
	db := summaryFixture(t)
	for _, tbl := range []string{"agg_series", "agg_dyads", "agg_actors", "agg_places"} {
		if _, err := db.db.Exec(`DELETE FROM ` + tbl); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.db.Exec(summaryFill()); err != nil {
		t.Fatal(err)
	}
	if n := compareSummaries(t, db); n < 50 {
		t.Errorf("only %d non-empty answers compared", n)
	}
}
