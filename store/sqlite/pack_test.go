package sqlite

import (
	"context"
	"database/sql"
	"math"
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/annals-dev/annals/store"
)

// TestPackRoundTrip packs values through SQL and reads them back: texts
// holding the separators, NULL, and reals whose shortest text has 17
// digits.
func TestPackRoundTrip(t *testing.T) {
	db := open(t)
	for _, tc := range []struct {
		name string
		text string
		null bool
		f    float64
		i    int64
	}{
		{name: "plain", text: "Kyiv", f: 1.5, i: 7},
		{name: "separators", text: "12:ab-:-3:", f: 0.1 + 0.2, i: -42},
		{name: "empty", text: "", f: -10, i: 0},
		{name: "null", null: true, f: 1e-7, i: math.MaxInt64},
		{name: "unicode", text: "Zürich — 北京", f: 40.71427, i: 1 << 40},
		{name: "large real", text: "-", f: 1.2345678901234567e+300, i: math.MinInt64},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var text any = tc.text
			if tc.null {
				text = nil
			}
			var row string
			if err := db.rd.QueryRow(`SELECT `+pack("null:?1", "num:?2", "num:?3", "coalesce(?1, '')", "nullnum:NULL"), text, tc.f, tc.i).Scan(&row); err != nil {
				t.Fatal(err)
			}
			u := unpacker{s: row}
			s, ok := u.nullStr()
			f, fok := u.float()
			i := u.int()
			s2 := u.str()
			_, nok := u.float()
			if err := u.done(); err != nil {
				t.Fatalf("%q: %v", row, err)
			}
			if ok == tc.null || s != tc.text || s2 != tc.text || !fok || f != tc.f || i != tc.i || nok {
				t.Errorf("%q read back as %q/%v %v %d %q %v", row, s, ok, f, i, s2, nok)
			}
		})
	}
	for _, bad := range []string{"3:ab", "x:abc", "2:abc", ":", "7", "x;"} {
		u := unpacker{s: bad}
		u.str()
		u.int()
		if u.done() == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// scanEventColumns reads every event of db column by column, as the store
// did before packing: the reference of unpackEvent.
func scanEventColumns(t *testing.T, db *DB) []store.Event {
	t.Helper()
	rows, err := db.rd.Query(`SELECT ` + aggEventCols + ` FROM events e ORDER BY e.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []store.Event
	for rows.Next() {
		e, _, err := aggScanEvent(rows)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestPackedEventsEqualColumns compares the events as listed (from the
// packed rows stored with them, which every event must have, as its JSON)
// with the
// columns read one by one, on the test store and on a larger database when
// ANNALS_BENCH_DB names one (opened as it is: copy it first, opening
// migrates it).
func TestPackedEventsEqualColumns(t *testing.T) {
	dbs := testDBs(t)
	for _, db := range dbs {
		var unpacked int
		if err := db.rd.QueryRow(`SELECT COUNT(*) FROM events WHERE packed IS NULL OR json IS NULL`).Scan(&unpacked); err != nil || unpacked != 0 {
			t.Fatalf("%d events without their packed row or JSON (%v)", unpacked, err)
		}
		want := scanEventColumns(t, db)
		got := events(t, db, store.Filter{})
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Fatalf("%d packed events differ from the %d read by column", len(got), len(want))
		}
	}
}

const aggEventCols = `e.id, e.source_key, e.source_id, e.source_name, e.source_code, e.source_country,
	e.target_key, e.target_id, e.target_name, e.target_code, e.target_country,
	e.code, e.root, e.quad, e.goldstein, e.plover_type, e.plover_mode, e.plover_context, e.date,
	e.place_name, e.place_country, e.lat, e.lon, e.geonameid, e.place_feature, e.place_resolved,
	e.num_mentions, e.num_articles, e.num_sources, e.first_report, e.last_report, e.is_root, e.url, e.added, e.date_lo`

// aggScanEvent reads one row of aggEventCols; it returns the date_lo too.
func aggScanEvent(rows *sql.Rows) (store.Event, string, error) {
	var e store.Event
	var src, tgt store.EventActor
	var pname sql.NullString
	var pcountry, pfeature, added, dateLo string
	var lat, lon sql.NullFloat64
	var gid, presolved, isRoot int
	err := rows.Scan(&e.ID, &src.Key, &src.ID, &src.Name, &src.Code, &src.Country,
		&tgt.Key, &tgt.ID, &tgt.Name, &tgt.Code, &tgt.Country,
		&e.CAMEO, &e.Root, &e.QuadClass, &e.Goldstein, &e.Plover.Type, &e.Plover.Mode, &e.Plover.Context, &e.Date,
		&pname, &pcountry, &lat, &lon, &gid, &pfeature, &presolved,
		&e.NumMentions, &e.NumArticles, &e.NumSources, &e.FirstReport, &e.LastReport, &isRoot, &e.URL, &added, &dateLo)
	if err != nil {
		return e, "", err
	}
	if src.Key != "" || src.Code != "" {
		e.Source = &src
	}
	if tgt.Key != "" || tgt.Code != "" {
		e.Target = &tgt
	}
	if pname.Valid {
		e.Location = &store.Place{Name: pname.String, Country: pcountry, Lat: lat.Float64, Lon: lon.Float64,
			GeonameID: gid, Feature: pfeature, Resolved: presolved != 0}
	}
	e.IsRoot = isRoot != 0
	e.Added, _ = time.Parse(time.RFC3339, added)
	return e, dateLo, nil
}

// TestEventPageJSONEqualsEventPage pages through the events in every sort
// order, both ways: the pages written from the stored JSON are the
// AppendJSON of EventPage's events, with the same cursors.
func TestEventPageJSONEqualsEventPage(t *testing.T) {
	dbs := testDBs(t)
	ctx := context.Background()
	for _, db := range dbs {
		for _, sortKey := range store.SortKeys {
			for _, desc := range []bool{false, true} {
				for _, f := range []store.Filter{{}, {Country: "UKR"}, {Text: "shelled OR oil"}} {
					q := store.Query{Filter: f, Sort: sortKey, Desc: desc}
					q.Limit = 2
					pages := 0
					for {
						evs, next, err := db.EventPage(ctx, q)
						if err != nil {
							t.Fatal(err)
						}
						var want []byte
						for i := range evs {
							if i > 0 {
								want = append(want, ',')
							}
							if want, err = evs[i].AppendJSON(want); err != nil {
								t.Fatal(err)
							}
						}
						got, n, gotNext, ok, err := db.EventPageJSON(ctx, q, nil)
						if err != nil || !ok {
							t.Fatalf("%+v: ok %v, %v", q, ok, err)
						}
						if string(got) != string(want) || n != len(evs) || !reflect.DeepEqual(gotNext, next) {
							t.Fatalf("%+v:\ngot  %d %s %+v\nwant %d %s %+v", q, n, got, gotNext, len(evs), want, next)
						}
						pages++
						if next == nil || pages > 3 {
							break
						}
						q.After = next
					}
				}
			}
		}
	}
}

// testDBs returns the test store and, when ANNALS_BENCH_DB names one, a
// larger database opened as it is (copy it first: opening migrates it),
// closed when the test ends.
func testDBs(t *testing.T) []*DB {
	t.Helper()
	dbs := []*DB{summaryFixture(t)}
	p := os.Getenv("ANNALS_BENCH_DB")
	if p == "" {
		t.Log("ANNALS_BENCH_DB unset: the test store only")
		return dbs
	}
	db, err := Open(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return append(dbs, db)
}
