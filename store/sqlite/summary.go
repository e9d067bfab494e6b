package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/annals-dev/annals/store"
)

// Summary tables. The aggregate endpoints (Counts, Dyads, TopActors,
// TopPlaces) read these small tables instead of grouping every event when
// the query's filters are ones they are keyed by; any other filter falls
// back to the query over events, which gives the same answer.
//
// Every summary row has a country column: '' sums all events, and each of
// an event's distinct non-empty countries (source, target, place: what
// Filter.Country matches) sums the events of that country, so that a
// country filter reads its own rows.
//
//   - agg_series: event counts per (country, interval, bucket, root, quad);
//     bucket is the first day of the day, week (Monday) or month, '' for an
//     event dated more coarsely than the interval.
//   - agg_dyads: per (country, source key, target key) the count, the sum of
//     the Goldstein scores in thousandths (exact integers, so that a mean is
//     the same however the sum is taken) and the max() of the actor columns
//     as the events query takes them.
//   - agg_actors: per (country, actor key) the events as source and as
//     target, and the max() of the actor columns over both roles.
//   - agg_places: per (country, place name, place country, geonameid) the
//     count per quad class and the max() of the other place columns.
//
// PutArticles keeps them exact in its transaction (see summaries): the rows
// of the events it creates are added; an existing event it refines (a new
// date, code or place) is subtracted from agg_series before the change and
// added back after it, and the dyad, actor and place rows of its keys
// (before and after) are rebuilt from the events, since a max() cannot be
// subtracted.

// summarySchema creates the summary tables (migration 3; the migration
// then fills them with summaryFill).
const summarySchema = `CREATE TABLE agg_series (
	country TEXT NOT NULL, interval TEXT NOT NULL, bucket TEXT NOT NULL,
	root TEXT NOT NULL, quad INTEGER NOT NULL, n INTEGER NOT NULL,
	packed TEXT, -- the row as the aggregates read it (pack.go), NULL until summaryPack
	PRIMARY KEY (country, interval, bucket, root, quad)
) WITHOUT ROWID;
CREATE INDEX agg_series_zero ON agg_series(country) WHERE n = 0;
CREATE TABLE agg_dyads (
	country TEXT NOT NULL, source_key TEXT NOT NULL, target_key TEXT NOT NULL,
	source_id TEXT NOT NULL, source_name TEXT NOT NULL, source_code TEXT NOT NULL, source_country TEXT NOT NULL,
	target_id TEXT NOT NULL, target_name TEXT NOT NULL, target_code TEXT NOT NULL, target_country TEXT NOT NULL,
	n INTEGER NOT NULL, goldstein_milli INTEGER NOT NULL,
	packed TEXT, -- the row as the aggregates read it (pack.go), NULL until summaryPack
	PRIMARY KEY (country, source_key, target_key)
) WITHOUT ROWID;
CREATE INDEX agg_dyads_key ON agg_dyads(source_key, target_key);
-- The top-N indexes cover the columns read, so that a list reads the
-- index only.
CREATE INDEX agg_dyads_top ON agg_dyads(country, n DESC, source_key, target_key,
	source_id, source_name, source_code, source_country, target_id, target_name, target_code, target_country, goldstein_milli, packed);
CREATE TABLE agg_actors (
	country TEXT NOT NULL, actor_key TEXT NOT NULL,
	id TEXT NOT NULL, name TEXT NOT NULL, code TEXT NOT NULL, actor_country TEXT NOT NULL,
	n INTEGER NOT NULL, as_source INTEGER NOT NULL, as_target INTEGER NOT NULL,
	packed TEXT, -- the row as the aggregates read it (pack.go), NULL until summaryPack
	PRIMARY KEY (country, actor_key)
) WITHOUT ROWID;
CREATE INDEX agg_actors_key ON agg_actors(actor_key);
CREATE INDEX agg_actors_top ON agg_actors(country, n DESC, actor_key, id, name, code, actor_country, as_source, as_target, packed);
CREATE TABLE agg_places (
	country TEXT NOT NULL, place_name TEXT NOT NULL, place_country TEXT NOT NULL, geonameid INTEGER NOT NULL,
	lat REAL, lon REAL, feature TEXT NOT NULL, resolved INTEGER NOT NULL,
	n INTEGER NOT NULL, q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
	packed TEXT, -- the row as the aggregates read it (pack.go), NULL until summaryPack
	PRIMARY KEY (country, place_name, place_country, geonameid)
) WITHOUT ROWID;
CREATE INDEX agg_places_key ON agg_places(place_name, place_country, geonameid);
CREATE INDEX agg_places_top ON agg_places(country, n DESC, place_name, place_country, geonameid, lat, lon, feature, resolved, q1, q2, q3, q4, packed);
CREATE INDEX events_target_key ON events(target_key);
CREATE INDEX events_place ON events(place_name, place_country, geonameid);
CREATE INDEX agg_series_unpacked ON agg_series(country) WHERE packed IS NULL;
CREATE INDEX agg_dyads_unpacked ON agg_dyads(country) WHERE packed IS NULL;
CREATE INDEX agg_actors_unpacked ON agg_actors(country) WHERE packed IS NULL;
CREATE INDEX agg_places_unpacked ON agg_places(country) WHERE packed IS NULL;
`

// The countries of an event e: joined with countryK, countryOf is the
// country of row k.i and countryIn keeps the empty string and each distinct non-empty
// country once. p is the prefix of the country columns.
const countryK = `(SELECT 0 AS i UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3) k`

func countryOf(p string) string {
	return `CASE k.i WHEN 0 THEN '' WHEN 1 THEN ` + p + `source_country WHEN 2 THEN ` + p + `target_country ELSE ` + p + `place_country END`
}

func countryIn(p string) string {
	return `(k.i = 0 OR k.i = 1 AND ` + p + `source_country <> '' OR k.i = 2 AND ` + p + `target_country NOT IN ('', ` + p + `source_country)
		OR k.i = 3 AND ` + p + `place_country NOT IN ('', ` + p + `source_country, ` + p + `target_country))`
}

// bucketSQL is the bucket of event e per interval iv.name, as Counts
// computes it over events.
const bucketSQL = `CASE iv.name
	WHEN 'day' THEN CASE WHEN length(e.date) >= 10 THEN e.date_lo ELSE '' END
	WHEN 'week' THEN CASE WHEN length(e.date) >= 10 THEN date(e.date_lo, '-6 days', 'weekday 1') ELSE '' END
	ELSE CASE WHEN length(e.date) >= 7 THEN substr(e.date_lo, 1, 7) || '-01' ELSE '' END END`

// seriesAdd adds sign times the events of set (a condition on e) to
// agg_series.
func seriesAdd(set, sign string) string {
	return `INSERT INTO agg_series (country, interval, bucket, root, quad, n)
	SELECT ` + countryOf("e.") + `, iv.name, ` + bucketSQL + `, e.root, e.quad, ` + sign + ` * COUNT(*)
	FROM events e, ` + countryK + `, (SELECT 'day' AS name UNION ALL SELECT 'week' UNION ALL SELECT 'month') iv
	WHERE ` + set + ` AND ` + countryIn("e.") + ` GROUP BY 1, 2, 3, 4, 5
	ON CONFLICT (country, interval, bucket, root, quad) DO UPDATE SET n = n + excluded.n, packed = NULL`
}

// goldsteinMilli is an event's Goldstein score in thousandths.
const goldsteinMilli = `CAST(round(e.goldstein * 1000) AS INTEGER)`

// maxNull is the max of a nullable summary column and its new value.
func maxNull(c string) string {
	return c + ` = CASE WHEN ` + c + ` IS NULL THEN excluded.` + c + ` WHEN excluded.` + c + ` IS NULL THEN ` + c +
		` ELSE max(` + c + `, excluded.` + c + `) END`
}

func maxOf(cols ...string) string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c + " = max(" + c + ", excluded." + c + ")"
	}
	return strings.Join(out, ", ")
}

// dyadsAdd adds the events of set to agg_dyads.
func dyadsAdd(set string) string {
	return `INSERT INTO agg_dyads (country, source_key, target_key, source_id, source_name, source_code, source_country,
		target_id, target_name, target_code, target_country, n, goldstein_milli)
	SELECT ` + countryOf("e.") + `, e.source_key, e.target_key, max(e.source_id), max(e.source_name), max(e.source_code), max(e.source_country),
		max(e.target_id), max(e.target_name), max(e.target_code), max(e.target_country), COUNT(*), SUM(` + goldsteinMilli + `)
	FROM events e, ` + countryK + `
	WHERE ` + set + ` AND e.source_key <> '' AND e.target_key <> '' AND ` + countryIn("e.") + ` GROUP BY 1, 2, 3
	ON CONFLICT (country, source_key, target_key) DO UPDATE SET packed = NULL, n = n + excluded.n, goldstein_milli = goldstein_milli + excluded.goldstein_milli, ` +
		maxOf("source_id", "source_name", "source_code", "source_country", "target_id", "target_name", "target_code", "target_country")
}

// actorsAdd adds the events of set to agg_actors; keep is a condition on
// the actor key a.k (TRUE for every actor of the events).
func actorsAdd(set, keep string) string {
	return `INSERT INTO agg_actors (country, actor_key, id, name, code, actor_country, n, as_source, as_target)
	SELECT ` + countryOf("a.") + `, a.k, max(a.id), max(a.name), max(a.code), max(a.country), COUNT(*), SUM(a.src), SUM(1 - a.src)
	FROM (SELECT e.source_key AS k, e.source_id AS id, e.source_name AS name, e.source_code AS code, e.source_country AS country, 1 AS src,
			e.source_country, e.target_country, e.place_country
		FROM events e WHERE ` + set + ` AND e.source_key <> ''
		UNION ALL
		SELECT e.target_key, e.target_id, e.target_name, e.target_code, e.target_country, 0, e.source_country, e.target_country, e.place_country
		FROM events e WHERE ` + set + ` AND e.target_key <> '') a, ` + countryK + `
	WHERE ` + keep + ` AND ` + countryIn("a.") + ` GROUP BY 1, 2
	ON CONFLICT (country, actor_key) DO UPDATE SET packed = NULL, n = n + excluded.n, as_source = as_source + excluded.as_source,
		as_target = as_target + excluded.as_target, ` + maxOf("id", "name", "code", "actor_country")
}

// placesAdd adds the events of set to agg_places.
func placesAdd(set string) string {
	return `INSERT INTO agg_places (country, place_name, place_country, geonameid, lat, lon, feature, resolved, n, q1, q2, q3, q4)
	SELECT ` + countryOf("e.") + `, e.place_name, e.place_country, e.geonameid, max(e.lat), max(e.lon), max(e.place_feature), max(e.place_resolved),
		COUNT(*), SUM(e.quad = 1), SUM(e.quad = 2), SUM(e.quad = 3), SUM(e.quad = 4)
	FROM events e, ` + countryK + `
	WHERE ` + set + ` AND e.place_name IS NOT NULL AND ` + countryIn("e.") + ` GROUP BY 1, 2, 3, 4
	ON CONFLICT (country, place_name, place_country, geonameid) DO UPDATE SET packed = NULL, n = n + excluded.n,
		q1 = q1 + excluded.q1, q2 = q2 + excluded.q2, q3 = q3 + excluded.q3, q4 = q4 + excluded.q4, ` +
		maxNull("lat") + ", " + maxNull("lon") + ", " + maxOf("feature", "resolved")
}

// The packed rows of the summaries, as the aggregates read them.
var (
	seriesPacked = pack("bucket", "root", "num:quad", "num:n")
	dyadsPacked  = pack("source_key", "source_id", "source_name", "source_code", "source_country",
		"target_key", "target_id", "target_name", "target_code", "target_country", "num:n", "num:goldstein_milli")
	actorsPacked = pack("actor_key", "id", "name", "code", "actor_country", "num:n", "num:as_source", "num:as_target")
	placesPacked = pack("place_name", "place_country", "num:geonameid", "nullnum:lat", "nullnum:lon", "feature", "num:resolved",
		"num:n", "num:q1", "num:q2", "num:q3", "num:q4")
)

// summaryPack stores the packed rows of the summary rows written since the
// last time (their packed is NULL).
func summaryPack() []string {
	return []string{
		`UPDATE agg_series SET packed = ` + seriesPacked + ` WHERE packed IS NULL`,
		`UPDATE agg_dyads SET packed = ` + dyadsPacked + ` WHERE packed IS NULL`,
		`UPDATE agg_actors SET packed = ` + actorsPacked + ` WHERE packed IS NULL`,
		`UPDATE agg_places SET packed = ` + placesPacked + ` WHERE packed IS NULL`,
	}
}

// summaryFill fills the summaries from every event (migration 3).
func summaryFill() string {
	return strings.Join(append([]string{seriesAdd("1=1", "1"), dyadsAdd("1=1"), actorsAdd("1=1", "1=1"), placesAdd("1=1")},
		summaryPack()...), ";\n") + ";"
}

// idSet is the condition on e of the events whose ids are the JSON array
// bound to it.
const idSet = `e.id IN (SELECT value FROM json_each(?))`

// summaryStmts are the summary statements of a write transaction.
type summaryStmts struct {
	seriesAdd, seriesSub, dyadsAdd, actorsAdd, placesAdd *sql.Stmt
	dyadsDel, dyadsKey, actorsDel, actorsKey, placesDel  *sql.Stmt
	placesKey, seriesZero, oldKeys                       *sql.Stmt
	pack                                                 []*sql.Stmt
}

func (s *DB) prepareSummaries(ctx context.Context, tx *sql.Tx) (*summaryStmts, error) {
	st := &summaryStmts{}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&st.seriesAdd, seriesAdd(idSet, "1")},
		{&st.seriesSub, seriesAdd(idSet, "-1")},
		{&st.dyadsAdd, dyadsAdd(idSet)},
		{&st.actorsAdd, actorsAdd(idSet, "1=1")},
		{&st.placesAdd, placesAdd(idSet)},
		{&st.dyadsDel, `DELETE FROM agg_dyads WHERE source_key = ? AND target_key = ?`},
		{&st.dyadsKey, dyadsAdd(`e.source_key = ? AND e.target_key = ?`)},
		{&st.actorsDel, `DELETE FROM agg_actors WHERE actor_key = ?`},
		{&st.actorsKey, actorsAdd(`(e.source_key = ?1 OR e.target_key = ?1)`, "a.k = ?1")},
		{&st.placesDel, `DELETE FROM agg_places WHERE place_name = ? AND place_country = ? AND geonameid = ?`},
		{&st.placesKey, placesAdd(`e.place_name = ? AND e.place_country = ? AND e.geonameid = ?`)},
		{&st.seriesZero, `DELETE FROM agg_series WHERE n = 0`},
		{&st.oldKeys, `SELECT source_key, target_key, place_name, place_country, geonameid FROM events WHERE id = ?`},
	} {
		stmt, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			return nil, fmt.Errorf("prepare summaries: %w", err)
		}
		*p.dst = stmt
	}
	for _, q := range summaryPack() {
		stmt, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("prepare summaries: %w", err)
		}
		st.pack = append(st.pack, stmt)
	}
	return st, nil
}

// summaryBatch tracks what a PutArticles batch changes in the summaries.
type summaryBatch struct {
	// created are the events inserted by the batch; refined the existing
	// events it changed (already subtracted from agg_series).
	created, refined map[int64]bool
	dyads            map[[2]string]bool
	actors           map[string]bool
	places           map[placeKey]bool
}

type placeKey struct {
	name, country string
	gid           int64
}

func newSummaryBatch() *summaryBatch {
	return &summaryBatch{created: map[int64]bool{}, refined: map[int64]bool{},
		dyads: map[[2]string]bool{}, actors: map[string]bool{}, places: map[placeKey]bool{}}
}

// keys records the dyad, actor and place keys of event id as it is now.
func (b *summaryBatch) keys(ctx context.Context, st *summaryStmts, id int64) error {
	var sk, tk, pc string
	var pn sql.NullString
	var gid int64
	if err := st.oldKeys.QueryRowContext(ctx, id).Scan(&sk, &tk, &pn, &pc, &gid); err != nil {
		return fmt.Errorf("summaries of event %d: %w", id, err)
	}
	if sk != "" && tk != "" {
		b.dyads[[2]string{sk, tk}] = true
	}
	for _, k := range []string{sk, tk} {
		if k != "" {
			b.actors[k] = true
		}
	}
	if pn.Valid {
		b.places[placeKey{pn.String, pc, gid}] = true
	}
	return nil
}

// beforeRefine is called before an existing event changes: the first time,
// it is subtracted from agg_series and its keys are recorded.
func (b *summaryBatch) beforeRefine(ctx context.Context, st *summaryStmts, id int64) error {
	if b.created[id] || b.refined[id] {
		return nil
	}
	b.refined[id] = true
	if _, err := st.seriesSub.ExecContext(ctx, idJSON([]int64{id})); err != nil {
		return fmt.Errorf("summaries of event %d: %w", id, err)
	}
	return b.keys(ctx, st, id)
}

// commit brings the summaries up to date at the end of the batch.
func (b *summaryBatch) commit(ctx context.Context, st *summaryStmts) error {
	created := sortedIDs(b.created)
	refined := sortedIDs(b.refined)
	for _, id := range refined {
		if err := b.keys(ctx, st, id); err != nil {
			return err
		}
	}
	if len(created)+len(refined) > 0 {
		if _, err := st.seriesAdd.ExecContext(ctx, idJSON(append(created, refined...))); err != nil {
			return fmt.Errorf("summaries: %w", err)
		}
	}
	if len(created) > 0 {
		ids := idJSON(created)
		for _, stmt := range []*sql.Stmt{st.dyadsAdd, st.placesAdd} {
			if _, err := stmt.ExecContext(ctx, ids); err != nil {
				return fmt.Errorf("summaries: %w", err)
			}
		}
		if _, err := st.actorsAdd.ExecContext(ctx, ids, ids); err != nil {
			return fmt.Errorf("summaries: %w", err)
		}
	}
	if len(refined) > 0 {
		if _, err := st.seriesZero.ExecContext(ctx); err != nil {
			return fmt.Errorf("summaries: %w", err)
		}
	}
	// Rebuild the rows of the keys of refined events: they replace what
	// the created events added to them.
	for k := range b.dyads {
		if _, err := st.dyadsDel.ExecContext(ctx, k[0], k[1]); err != nil {
			return fmt.Errorf("summaries: %w", err)
		}
		if _, err := st.dyadsKey.ExecContext(ctx, k[0], k[1]); err != nil {
			return fmt.Errorf("summaries: %w", err)
		}
	}
	for k := range b.actors {
		if _, err := st.actorsDel.ExecContext(ctx, k); err != nil {
			return fmt.Errorf("summaries: %w", err)
		}
		if _, err := st.actorsKey.ExecContext(ctx, k); err != nil {
			return fmt.Errorf("summaries: %w", err)
		}
	}
	for k := range b.places {
		if _, err := st.placesDel.ExecContext(ctx, k.name, k.country, k.gid); err != nil {
			return fmt.Errorf("summaries: %w", err)
		}
		if _, err := st.placesKey.ExecContext(ctx, k.name, k.country, k.gid); err != nil {
			return fmt.Errorf("summaries: %w", err)
		}
	}
	for _, stmt := range st.pack {
		if _, err := stmt.ExecContext(ctx); err != nil {
			return fmt.Errorf("summaries: %w", err)
		}
	}
	return nil
}

func sortedIDs(m map[int64]bool) []int64 {
	ids := make([]int64, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids
}

func idJSON(ids []int64) string {
	b, _ := json.Marshal(ids)
	return string(b)
}

// summaryCountry reports whether the summaries answer q, and then the
// country of the rows to read (” for all events): q may filter by country
// only, or also by root and quad when rootQuad is set (agg_series).
func (s *DB) summaryCountry(q *store.Query, rootQuad bool) (string, bool) {
	if s.noSummaries {
		return "", false
	}
	f := q.Filter
	f.Country, f.Limit, f.WithMentions = "", 0, false
	if rootQuad {
		f.Root, f.Quad = "", 0
	}
	if q.BBox != nil || f != (store.Filter{}) {
		return "", false
	}
	return strings.ToUpper(q.Country), true
}

// summaryCounts is Counts over agg_series.
func (s *DB) summaryCounts(ctx context.Context, country string, q store.Query, interval store.Interval, split store.Split) (*store.Series, error) {
	// The whole series is one packed value (see pack), in no particular
	// order (ordering it in SQL costs a sort): the buckets are sorted here.
	query := `SELECT group_concat(coalesce(packed, ` + seriesPacked + `), '')
		FROM agg_series WHERE country = ? AND interval = ?`
	args := []any{country, string(interval)}
	if q.Root != "" {
		query += ` AND root = ?`
		args = append(args, q.Root)
	}
	if q.Quad != 0 {
		query += ` AND quad = ?`
		args = append(args, q.Quad)
	}
	rows, err := s.query(ctx, query, args...)
	if err != nil {
		return nil, aggErr("counts", err)
	}
	defer rows.Close()
	var packed sql.NullString
	for rows.Next() {
		if err := rows.Scan(&packed); err != nil {
			return nil, fmt.Errorf("counts: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, aggErr("counts", err)
	}
	out := &store.Series{Interval: interval, Split: split, Buckets: []store.Bucket{}}
	index := map[string]int{}
	u := unpacker{s: packed.String}
	for u.more() {
		b, root, quad, n := u.str(), u.str(), int(u.int()), u.int()
		if n == 0 {
			continue
		}
		if b == "" {
			out.Coarser += n
			continue
		}
		k := root
		if split == store.SplitQuad {
			k = quadKey(quad)
		}
		i, ok := index[b]
		if !ok {
			i = len(out.Buckets)
			index[b] = i
			out.Buckets = append(out.Buckets, store.Bucket{Start: b, Counts: map[string]int64{}})
		}
		bk := &out.Buckets[i]
		bk.Counts[k] += n
		bk.Total += n
	}
	if err := u.done(); err != nil {
		return nil, fmt.Errorf("counts: %w", err)
	}
	slices.SortFunc(out.Buckets, func(a, b store.Bucket) int { return strings.Compare(a.Start, b.Start) })
	return out, nil
}

// quadKey is the split key of a quad class, as CAST(quad AS TEXT) gives it.
func quadKey(q int) string {
	if q >= 0 && q <= 9 {
		return string(rune('0' + q))
	}
	return strconv.Itoa(q)
}
