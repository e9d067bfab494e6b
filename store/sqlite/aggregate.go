package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/annals-dev/annals/store"
)

// This file implements store.Aggregator. Every query is a fixed SQL text
// with ? parameters: request values only ever travel as arguments, and the
// sort column comes from the aggSortCols whitelist.

var _ store.Aggregator = (*DB)(nil)

// aggSortCols maps store.Query.Sort values to their column.
var aggSortCols = map[string]string{
	store.SortID:        "e.id",
	store.SortDate:      "e.date_lo",
	store.SortGoldstein: "e.goldstein",
	store.SortMentions:  "e.num_mentions",
	store.SortArticles:  "e.num_articles",
}

// aggWhere turns q's filters into a WHERE clause over events e (without the
// keyword; "1=1" when nothing filters) and its arguments. The Filter part is
// the one Events uses (where), so that the API filters exactly like
// `annals events`; the bounding box is added here.
func (s *DB) aggWhere(q *store.Query) (string, []any, error) {
	w, args := s.where(q.Filter)
	w = strings.TrimPrefix(w, " WHERE ")
	if w == "" {
		w = "1=1"
	}
	// LIKE patterns use backslash escapes (as in Events).
	w = strings.ReplaceAll(w, "LIKE ?", `LIKE ? ESCAPE '\'`)
	if b := q.BBox; b != nil {
		w += " AND place_resolved = 1 AND lat BETWEEN ? AND ?"
		args = append(args, b.South, b.North)
		if b.West <= b.East {
			w += " AND lon BETWEEN ? AND ?"
		} else {
			w += " AND (lon >= ? OR lon <= ?)"
		}
		args = append(args, b.West, b.East)
	}
	return w, args, nil
}

// aggErr wraps a query error, marking full-text syntax errors as bad
// queries.
func aggErr(what string, err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if strings.Contains(msg, "fts5") || strings.Contains(msg, "syntax error") || strings.Contains(msg, "unterminated string") {
		return fmt.Errorf("%s: %w: full-text query: %v", what, store.ErrBadQuery, err)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// eventPageQuery is the query of a page of events: the columns cols of
// the events passing q in q's order, one more than the page (the limit
// returned) to tell whether another page follows.
func (s *DB) eventPageQuery(q store.Query, cols string) (query string, args []any, sortKey string, limit int, err error) {
	sortKey = q.Sort
	if sortKey == "" {
		sortKey = store.SortID
	}
	col, ok := aggSortCols[sortKey]
	if !ok {
		return "", nil, "", 0, fmt.Errorf("%w: unknown sort %q", store.ErrBadQuery, q.Sort)
	}
	where, args, err := s.aggWhere(&q)
	if err != nil {
		return "", nil, "", 0, err
	}
	dir, cmp := "ASC", ">"
	if q.Desc {
		dir, cmp = "DESC", "<"
	}
	if c := q.After; c != nil {
		if c.Sort != sortKey || c.Desc != q.Desc {
			return "", nil, "", 0, fmt.Errorf("%w: the cursor belongs to another sort order", store.ErrBadQuery)
		}
		var v any = c.Num
		if sortKey == store.SortDate {
			v = c.Str
		}
		if sortKey == store.SortID {
			where += " AND e.id " + cmp + " ?"
			args = append(args, c.ID)
		} else {
			where += " AND (" + col + " " + cmp + " ? OR (" + col + " = ? AND e.id " + cmp + " ?))"
			args = append(args, v, v, c.ID)
		}
	}
	limit = q.Limit
	if limit <= 0 {
		limit = 100
	}
	order := col + " " + dir
	if sortKey != store.SortID {
		order += ", e.id " + dir
	}
	query = "SELECT " + cols + " FROM events e WHERE " + where + " ORDER BY " + order + " LIMIT ?"
	args = append(args, limit+1)
	return query, args, sortKey, limit, nil
}

// EventPage implements store.Aggregator.
func (s *DB) EventPage(ctx context.Context, q store.Query) ([]store.Event, *store.Cursor, error) {
	query, args, sortKey, limit, err := s.eventPageQuery(q, eventStored)
	if err != nil {
		return nil, nil, err
	}
	rows, err := s.query(ctx, query, args...)
	if err != nil {
		return nil, nil, aggErr("events", err)
	}
	defer rows.Close()
	var out []store.Event
	var last string
	var next *store.Cursor
	var row string
	for rows.Next() {
		if err := rows.Scan(&row); err != nil {
			return nil, nil, fmt.Errorf("events: %w", err)
		}
		e, dlo, err := unpackEvent(row)
		if err != nil {
			return nil, nil, fmt.Errorf("events: %w", err)
		}
		if len(out) == limit {
			// One more row than asked: there is a next page.
			le := out[len(out)-1]
			c := &store.Cursor{Sort: sortKey, Desc: q.Desc, ID: le.ID}
			switch sortKey {
			case store.SortDate:
				c.Str = last
			case store.SortGoldstein:
				c.Num = le.Goldstein
			case store.SortMentions:
				c.Num = float64(le.NumMentions)
			case store.SortArticles:
				c.Num = float64(le.NumArticles)
			}
			next = c
			break
		}
		out = append(out, e)
		last = dlo
	}
	if err := rows.Err(); err != nil {
		return nil, nil, aggErr("events", err)
	}
	rows.Close()
	if q.WithMentions {
		for i := range out {
			ms, err := s.EventMentions(ctx, out[i].ID)
			if err != nil {
				return nil, nil, err
			}
			for _, m := range ms {
				out[i].Mentions = append(out[i].Mentions, store.Mention{ID: m.ID, ArticleID: m.ArticleID,
					ArticleDate: m.ArticleDate, Sentence: m.Sentence, Text: m.SentenceText,
					TriggerStart: m.Trigger.Start, TriggerEnd: m.Trigger.End, CAMEO: m.CAMEO, Date: m.Date,
					DateSource: m.DateSource, Rule: m.Rule, Goldstein: m.Goldstein})
			}
		}
	}
	return out, next, nil
}

// Counts implements store.Aggregator.
func (s *DB) Counts(ctx context.Context, q store.Query, interval store.Interval, split store.Split) (*store.Series, error) {
	var bucket string
	minLen := 10
	switch interval {
	case store.ByDay:
		bucket = "e.date_lo"
	case store.ByWeek:
		bucket = "date(e.date_lo, '-6 days', 'weekday 1')"
	case store.ByMonth:
		bucket = "substr(e.date_lo, 1, 7) || '-01'"
		minLen = 7
	default:
		return nil, fmt.Errorf("%w: unknown interval %q", store.ErrBadQuery, interval)
	}
	var by string
	switch split {
	case store.SplitQuad:
		by = "CAST(e.quad AS TEXT)"
	case store.SplitRoot:
		by = "e.root"
	default:
		return nil, fmt.Errorf("%w: unknown split %q", store.ErrBadQuery, split)
	}
	if c, ok := s.summaryCountry(&q, true); ok {
		return s.summaryCounts(ctx, c, q, interval, split)
	}
	where, args, err := s.aggWhere(&q)
	if err != nil {
		return nil, err
	}
	query := "SELECT CASE WHEN length(e.date) >= ? THEN " + bucket + " ELSE '' END AS b, " + by +
		", COUNT(*) FROM events e WHERE " + where + " GROUP BY 1, 2 ORDER BY 1, 2"
	rows, err := s.query(ctx, query, append([]any{minLen}, args...)...)
	if err != nil {
		return nil, aggErr("counts", err)
	}
	defer rows.Close()
	out := &store.Series{Interval: interval, Split: split, Buckets: []store.Bucket{}}
	for rows.Next() {
		var b, k string
		var n int64
		if err := rows.Scan(&b, &k, &n); err != nil {
			return nil, fmt.Errorf("counts: %w", err)
		}
		if b == "" {
			out.Coarser += n
			continue
		}
		if len(out.Buckets) == 0 || out.Buckets[len(out.Buckets)-1].Start != b {
			out.Buckets = append(out.Buckets, store.Bucket{Start: b, Counts: map[string]int64{}})
		}
		bk := &out.Buckets[len(out.Buckets)-1]
		bk.Counts[k] += n
		bk.Total += n
	}
	return out, aggErr("counts", rows.Err())
}

// Dyads implements store.Aggregator.
func (s *DB) Dyads(ctx context.Context, q store.Query, limit int) ([]store.Dyad, error) {
	var query string
	var args []any
	if c, ok := s.summaryCountry(&q, false); ok {
		query = `SELECT coalesce(packed, ` + dyadsPacked + `) AS p
			FROM agg_dyads WHERE country = ? ORDER BY n DESC, source_key, target_key LIMIT ?`
		args = []any{c, limit}
	} else {
		where, wargs, err := s.aggWhere(&q)
		if err != nil {
			return nil, err
		}
		// The mean is taken from the sum in thousandths (as agg_dyads
		// keeps it), exact whatever the order of the events.
		query = `SELECT ` + pack("e.source_key", "max(e.source_id)", "max(e.source_name)", "max(e.source_code)", "max(e.source_country)",
			"e.target_key", "max(e.target_id)", "max(e.target_name)", "max(e.target_code)", "max(e.target_country)",
			"num:COUNT(*)", "num:SUM("+goldsteinMilli+")") + ` AS p
			FROM events e WHERE ` + where + ` AND e.source_key <> '' AND e.target_key <> ''
			GROUP BY e.source_key, e.target_key ORDER BY COUNT(*) DESC, e.source_key, e.target_key LIMIT ?`
		args = append(wargs, limit)
	}
	out := []store.Dyad{}
	err := s.eachPacked(ctx, "dyads", query, args, func(u *unpacker) {
		var d store.Dyad
		d.Source = store.EventActor{Key: u.str(), ID: u.str(), Name: u.str(), Code: u.str(), Country: u.str()}
		d.Target = store.EventActor{Key: u.str(), ID: u.str(), Name: u.str(), Code: u.str(), Country: u.str()}
		d.Count = u.int()
		d.MeanGoldstein = float64(u.int()) / (1000 * float64(d.Count))
		out = append(out, d)
	})
	// The order of the SQL: count descending, then the keys (BINARY
	// collation: byte order, as Go compares strings).
	slices.SortFunc(out, func(a, b store.Dyad) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Source.Key, b.Source.Key), strings.Compare(a.Target.Key, b.Target.Key))
	})
	return out, err
}

// eachPacked runs a query selecting one packed row p per result, reading
// them all as one value (group_concat: one driver call instead of one per
// row, but in no particular order, so callers sort), and calls fn to read
// each.
func (s *DB) eachPacked(ctx context.Context, what, query string, args []any, fn func(*unpacker)) error {
	rows, err := s.query(ctx, "SELECT group_concat(p, '') FROM ("+query+")", args...)
	if err != nil {
		return aggErr(what, err)
	}
	defer rows.Close()
	var all sql.NullString
	for rows.Next() {
		if err := rows.Scan(&all); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
	}
	if err := rows.Err(); err != nil {
		return aggErr(what, err)
	}
	u := unpacker{s: all.String}
	for u.more() {
		fn(&u)
	}
	if err := u.done(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// TopActors implements store.Aggregator.
func (s *DB) TopActors(ctx context.Context, q store.Query, limit int) ([]store.ActorCount, error) {
	var query string
	var args []any
	if c, ok := s.summaryCountry(&q, false); ok {
		query = `SELECT coalesce(packed, ` + actorsPacked + `) AS p
			FROM agg_actors WHERE country = ? ORDER BY n DESC, actor_key LIMIT ?`
		args = []any{c, limit}
	} else {
		where, wargs, err := s.aggWhere(&q)
		if err != nil {
			return nil, err
		}
		query = `SELECT ` + pack("k", "max(id)", "max(name)", "max(code)", "max(country)", "num:COUNT(*)", "num:SUM(src)", "num:SUM(1 - src)") + ` AS p FROM (
			SELECT e.source_key AS k, e.source_id AS id, e.source_name AS name, e.source_code AS code, e.source_country AS country, 1 AS src
			FROM events e WHERE ` + where + ` AND e.source_key <> ''
			UNION ALL
			SELECT e.target_key, e.target_id, e.target_name, e.target_code, e.target_country, 0
			FROM events e WHERE ` + where + ` AND e.target_key <> ''
		) GROUP BY k ORDER BY COUNT(*) DESC, k LIMIT ?`
		args = append(append(append([]any{}, wargs...), wargs...), limit)
	}
	out := []store.ActorCount{}
	err := s.eachPacked(ctx, "actors", query, args, func(u *unpacker) {
		var a store.ActorCount
		a.Actor = store.EventActor{Key: u.str(), ID: u.str(), Name: u.str(), Code: u.str(), Country: u.str()}
		a.Count, a.AsSource, a.AsTarget = u.int(), u.int(), u.int()
		out = append(out, a)
	})
	slices.SortFunc(out, func(a, b store.ActorCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Actor.Key, b.Actor.Key))
	})
	return out, err
}

// TopPlaces implements store.Aggregator.
func (s *DB) TopPlaces(ctx context.Context, q store.Query, limit int) ([]store.PlaceCount, error) {
	var query string
	var args []any
	if c, ok := s.summaryCountry(&q, false); ok {
		query = `SELECT coalesce(packed, ` + placesPacked + `) AS p
			FROM agg_places WHERE country = ? ORDER BY n DESC, place_name, place_country, geonameid LIMIT ?`
		args = []any{c, limit}
	} else {
		where, wargs, err := s.aggWhere(&q)
		if err != nil {
			return nil, err
		}
		query = `SELECT ` + pack("e.place_name", "e.place_country", "num:e.geonameid", "nullnum:max(e.lat)", "nullnum:max(e.lon)",
			"max(e.place_feature)", "num:max(e.place_resolved)",
			"num:COUNT(*)", "num:SUM(e.quad = 1)", "num:SUM(e.quad = 2)", "num:SUM(e.quad = 3)", "num:SUM(e.quad = 4)") + ` AS p
			FROM events e WHERE ` + where + ` AND e.place_name IS NOT NULL
			GROUP BY e.place_name, e.place_country, e.geonameid ORDER BY COUNT(*) DESC, e.place_name, e.place_country, e.geonameid LIMIT ?`
		args = append(wargs, limit)
	}
	out := []store.PlaceCount{}
	err := s.eachPacked(ctx, "places", query, args, func(u *unpacker) {
		var p store.PlaceCount
		p.Place.Name, p.Place.Country, p.Place.GeonameID = u.str(), u.str(), int(u.int())
		p.Place.Lat, _ = u.float()
		p.Place.Lon, _ = u.float()
		p.Place.Feature, p.Place.Resolved = u.str(), u.int() != 0
		p.Count = u.int()
		for i := 1; i <= 4; i++ {
			p.ByQuad[i] = u.int()
		}
		out = append(out, p)
	})
	slices.SortFunc(out, func(a, b store.PlaceCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Place.Name, b.Place.Name),
			strings.Compare(a.Place.Country, b.Place.Country), cmp.Compare(a.Place.GeonameID, b.Place.GeonameID))
	})
	return out, err
}

const aggMentionSQL = `SELECT m.id, m.event_id, m.article_id, m.article_date, a.title, m.sentence, s.start_off,
	CAST(substr(CAST(a.body AS BLOB), s.start_off + 1, s.end_off - s.start_off) AS TEXT),
	m.code, m.goldstein, m.date, m.date_source, m.rule, m.trigger_start, m.trigger_end,
	COALESCE(sa.start_off, -1), COALESCE(sa.end_off, -1), COALESCE(ta.start_off, -1), COALESCE(ta.end_off, -1),
	COALESCE(pm.start_off, -1), COALESCE(pm.end_off, -1), COALESCE(tx.start_off, -1), COALESCE(tx.end_off, -1)
	FROM mentions m JOIN articles a ON a.id = m.article_id JOIN sentences s ON s.id = m.sentence_id
	LEFT JOIN actor_mentions sa ON sa.article_id = m.article_id AND sa.idx = m.source_mention
	LEFT JOIN actor_mentions ta ON ta.article_id = m.article_id AND ta.idx = m.target_mention
	LEFT JOIN place_mentions pm ON pm.article_id = m.article_id AND pm.idx = m.place_mention
	LEFT JOIN timexes tx ON tx.article_id = m.article_id AND tx.idx = m.timex `

func (s *DB) aggMentions(ctx context.Context, what, cond string, arg int64) ([]store.MentionSpans, error) {
	rows, err := s.query(ctx, aggMentionSQL+cond, arg)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	out := []store.MentionSpans{}
	for rows.Next() {
		var m store.MentionSpans
		if err := rows.Scan(&m.ID, &m.EventID, &m.ArticleID, &m.ArticleDate, &m.Title, &m.Sentence, &m.SentenceStart,
			&m.SentenceText, &m.CAMEO, &m.Goldstein, &m.Date, &m.DateSource, &m.Rule, &m.Trigger.Start, &m.Trigger.End,
			&m.Source.Start, &m.Source.End, &m.Target.Start, &m.Target.End,
			&m.Place.Start, &m.Place.End, &m.Timex.Start, &m.Timex.End); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// EventMentions implements store.Aggregator (at most 100 mentions, oldest
// first).
func (s *DB) EventMentions(ctx context.Context, eventID int64) ([]store.MentionSpans, error) {
	ms, err := s.aggMentions(ctx, "event mentions", "WHERE m.event_id = ? ORDER BY m.id LIMIT 100", eventID)
	if err != nil || len(ms) > 0 {
		return ms, err
	}
	var one int
	err = s.rd.QueryRowContext(ctx, "SELECT 1 FROM events WHERE id = ?", eventID).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("event %s: %w", strconv.FormatInt(eventID, 10), store.ErrNotFound)
	}
	return ms, err
}

// ArticleMentions implements store.Aggregator.
func (s *DB) ArticleMentions(ctx context.Context, articleID int64) ([]store.MentionSpans, error) {
	return s.aggMentions(ctx, "article mentions", "WHERE m.article_id = ? ORDER BY m.sentence, m.trigger_start", articleID)
}

// cursorPacked packs what a page's cursor needs of an event e: its id and
// its sort value.
var cursorPacked = map[string]string{
	store.SortID:        pack("num:e.id"),
	store.SortDate:      pack("num:e.id", "e.date_lo"),
	store.SortGoldstein: pack("num:e.id", "num:e.goldstein"),
	store.SortMentions:  pack("num:e.id", "num:e.num_mentions"),
	store.SortArticles:  pack("num:e.id", "num:e.num_articles"),
}

// EventPageJSON is EventPage answered in JSON: it appends to b the events
// of the page (without mentions; q.WithMentions is ignored) as
// store.Event.AppendJSON writes them, separated by commas, from the JSON
// stored with each event. It returns the extended buffer, the number of
// events and the next page's cursor; ok is false (and b unchanged) when an
// event has no stored JSON, which EventPage then answers.
func (s *DB) EventPageJSON(ctx context.Context, q store.Query, b []byte) (out []byte, n int, next *store.Cursor, ok bool, err error) {
	sortKey := q.Sort
	if sortKey == "" {
		sortKey = store.SortID
	}
	cur, found := cursorPacked[sortKey]
	if !found {
		cur = cursorPacked[store.SortID] // eventPageQuery rejects the sort
	}
	query, args, sortKey, limit, err := s.eventPageQuery(q, "e.json, "+cur)
	if err != nil {
		return b, 0, nil, false, err
	}
	rows, err := s.query(ctx, query, args...)
	if err != nil {
		return b, 0, nil, false, aggErr("events", err)
	}
	defer rows.Close()
	start := len(b)
	var js sql.RawBytes
	var last string
	for rows.Next() {
		if n == limit {
			// One more row than asked: there is a next page.
			u := unpacker{s: last}
			c := &store.Cursor{Sort: sortKey, Desc: q.Desc, ID: u.int()}
			switch sortKey {
			case store.SortDate:
				c.Str = u.str()
			case store.SortGoldstein:
				c.Num, _ = u.float()
			case store.SortMentions, store.SortArticles:
				c.Num = float64(u.int())
			}
			if err := u.done(); err != nil {
				return b[:start], 0, nil, false, fmt.Errorf("events: %w", err)
			}
			next = c
			break
		}
		if err := rows.Scan(&js, &last); err != nil {
			return b[:start], 0, nil, false, fmt.Errorf("events: %w", err)
		}
		if js == nil {
			return b[:start], 0, nil, false, nil
		}
		if n > 0 {
			b = append(b, ',')
		}
		b = append(b, js...)
		n++
	}
	if err := rows.Err(); err != nil {
		return b[:start], 0, nil, false, aggErr("events", err)
	}
	return b, n, next, true, nil
}
