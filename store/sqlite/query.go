package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/store"
)

// where builds the WHERE clause of an event filter.
func (s *DB) where(f store.Filter) (string, []any) {
	var conds []string
	var args []any
	add := func(c string, a ...any) { conds = append(conds, c); args = append(args, a...) }
	if f.AfterID > 0 {
		add("id > ?", f.AfterID)
	}
	if f.From != "" {
		add("date_hi >= ?", f.From)
	}
	if f.To != "" {
		add("date_lo <= ?", f.To)
	}
	if f.Actor != "" {
		a := strings.ToLower(f.Actor)
		add(`(lower(source_id) = ? OR lower(target_id) = ? OR lower(source_code) LIKE ? OR lower(target_code) LIKE ?
			OR lower(source_name) LIKE ? OR lower(target_name) LIKE ?)`, a, a, likePrefix(a), likePrefix(a), likeAny(a), likeAny(a))
	}
	if f.Country != "" {
		c := strings.ToUpper(f.Country)
		add("(source_country = ? OR target_country = ? OR place_country = ?)", c, c, c)
	}
	if f.Role != "" {
		r := strings.ToUpper(f.Role)
		var or []string
		for _, col := range []string{"source_code", "target_code"} {
			for _, p := range []string{"", "___", "______"} {
				or = append(or, col+" LIKE ?")
				args = append(args, p+r+"%")
			}
		}
		conds = append(conds, "("+strings.Join(or, " OR ")+")")
	}
	if f.CAMEO != "" {
		add("code LIKE ?", likePrefix(f.CAMEO))
	}
	if f.Root != "" {
		add("root = ?", f.Root)
	}
	if f.Quad != 0 {
		add("quad = ?", f.Quad)
	}
	if f.Plover != "" {
		add("plover_type = ?", strings.ToUpper(f.Plover))
	}
	if f.Place != "" {
		add("lower(place_name) LIKE ?", likeAny(strings.ToLower(f.Place)))
	}
	if f.Text != "" {
		if s.fts {
			// mention_fts holds the sentence of every mention: the
			// same matches as sentence_fts joined to the mentions.
			add(`id IN (SELECT m.event_id FROM mentions m WHERE m.id IN
				(SELECT rowid FROM mention_fts WHERE mention_fts MATCH ?))`, f.Text)
		} else {
			add(`id IN (SELECT m.event_id FROM mentions m JOIN articles a ON a.id = m.article_id WHERE lower(a.body) LIKE ?)`, likeAny(strings.ToLower(f.Text)))
		}
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

func likePrefix(s string) string { return escapeLike(s) + "%" }
func likeAny(s string) string    { return "%" + escapeLike(s) + "%" }

// Events returns the events passing f in id order.
func (s *DB) Events(ctx context.Context, f store.Filter) ([]store.Event, error) {
	w, args := s.where(f)
	// LIKE patterns use backslash escapes.
	w = strings.ReplaceAll(w, "LIKE ?", `LIKE ? ESCAPE '\'`)
	q := "SELECT " + eventStored + " FROM events e" + w + " ORDER BY e.id"
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		if f.Text != "" && s.fts {
			return nil, fmt.Errorf("events (full-text query %q, FTS5 syntax): %w", f.Text, err)
		}
		return nil, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	var out []store.Event
	var row string
	for rows.Next() {
		if err := rows.Scan(&row); err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		e, _, err := unpackEvent(row)
		if err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	if f.WithMentions && len(out) > 0 {
		if err := s.loadMentions(ctx, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// EachEvent calls fn for every event passing f (see store.Each).
func (s *DB) EachEvent(ctx context.Context, f store.Filter, fn func(*store.Event) error) error {
	return store.Each(ctx, s, f, fn)
}

type scanner interface{ Scan(...any) error }

// loadMentions fills the mentions of evs.
func (s *DB) loadMentions(ctx context.Context, evs []store.Event) error {
	idx := make(map[int64]int, len(evs))
	ph := make([]string, len(evs))
	args := make([]any, len(evs))
	for i := range evs {
		idx[evs[i].ID] = i
		ph[i] = "?"
		args[i] = evs[i].ID
	}
	q := `SELECT m.id, m.event_id, m.article_id, a.ext_id, m.article_date, a.source, m.sentence, s.start_off, s.end_off,
		m.trigger_start, m.trigger_end, m.code, m.date, m.date_source, m.rule, COALESCE(a.dup_of, 0), m.goldstein,
		COALESCE(sa.start_off, -1), COALESCE(sa.end_off, -1), COALESCE(ta.start_off, -1), COALESCE(ta.end_off, -1),
		COALESCE(pm.start_off, -1), COALESCE(pm.end_off, -1), a.body
		FROM mentions m JOIN articles a ON a.id = m.article_id JOIN sentences s ON s.id = m.sentence_id
		LEFT JOIN actor_mentions sa ON sa.article_id = m.article_id AND sa.idx = m.source_mention
		LEFT JOIN actor_mentions ta ON ta.article_id = m.article_id AND ta.idx = m.target_mention
		LEFT JOIN place_mentions pm ON pm.article_id = m.article_id AND pm.idx = m.place_mention
		WHERE m.event_id IN (` + strings.Join(ph, ",") + `) ORDER BY m.event_id, m.id`
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("mentions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var m store.Mention
		var eid int64
		var ss, se, s1, e1, s2, e2, s3, e3 int
		var body string
		if err := rows.Scan(&m.ID, &eid, &m.ArticleID, &m.Article, &m.ArticleDate, &m.Source, &m.Sentence, &ss, &se,
			&m.TriggerStart, &m.TriggerEnd, &m.CAMEO, &m.Date, &m.DateSource, &m.Rule, &m.NearDupOf, &m.Goldstein,
			&s1, &e1, &s2, &e2, &s3, &e3, &body); err != nil {
			return fmt.Errorf("mentions: %w", err)
		}
		m.Text = slice(body, ss, se)
		m.Trigger = slice(body, m.TriggerStart, m.TriggerEnd)
		m.SourceText = slice(body, s1, e1)
		m.TargetText = slice(body, s2, e2)
		m.PlaceText = slice(body, s3, e3)
		i := idx[eid]
		evs[i].Mentions = append(evs[i].Mentions, m)
	}
	return rows.Err()
}

func slice(s string, a, b int) string {
	if a < 0 || b > len(s) || a > b {
		return ""
	}
	return s[a:b]
}

// Article returns a stored article with its sentences, timexes, actor and
// place mentions and its coded events (rebuilt from its mentions).
func (s *DB) Article(ctx context.Context, id int64) (*store.Article, error) {
	a := &store.Article{ID: id, Doc: &doc.Document{}}
	var date, added string
	var dup sql.NullInt64
	d := a.Doc
	err := s.rd.QueryRowContext(ctx, `SELECT hash, ext_id, title, url, source, date, body, dup_of, added FROM articles WHERE id = ?`, id).
		Scan(&a.Hash, &d.ID, &d.Title, &d.URL, &d.Source, &date, &d.Text, &dup, &added)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	d.Date, _ = time.Parse("2006-01-02", date)
	a.Added, _ = time.Parse(time.RFC3339, added)
	a.NearDuplicateOf = dup.Int64
	each := func(q string, fn func(scanner) error) error {
		rows, err := s.query(ctx, q, id)
		if err != nil {
			return fmt.Errorf("article %d: %w", id, err)
		}
		defer rows.Close()
		for rows.Next() {
			if err := fn(rows); err != nil {
				return fmt.Errorf("article %d: %w", id, err)
			}
		}
		return rows.Err()
	}
	if err := each(`SELECT start_off, end_off FROM sentences WHERE article_id = ? ORDER BY idx`, func(r scanner) error {
		var sn doc.Sentence
		err := r.Scan(&sn.Start, &sn.End)
		d.Sentences = append(d.Sentences, sn)
		return err
	}); err != nil {
		return nil, err
	}
	if err := each(`SELECT start_off, end_off, type, value, mod, rule FROM timexes WHERE article_id = ? ORDER BY idx`, func(r scanner) error {
		var t doc.Timex
		err := r.Scan(&t.Start, &t.End, &t.Type, &t.Value, &t.Mod, &t.Rule)
		d.Timexes = append(d.Timexes, t)
		return err
	}); err != nil {
		return nil, err
	}
	if err := each(`SELECT sentence, start_off, end_off, first_token, end_token, entity_id, name, code, country, kind, rule FROM actor_mentions WHERE article_id = ? ORDER BY idx`, func(r scanner) error {
		var m doc.ActorMention
		err := r.Scan(&m.Sentence, &m.Span.Start, &m.Span.End, &m.First, &m.TokenSpan.End, &m.Actor.ID, &m.Actor.Name, &m.Actor.Code, &m.Actor.Country, &m.Kind, &m.Rule)
		d.Actors = append(d.Actors, m)
		return err
	}); err != nil {
		return nil, err
	}
	if err := each(`SELECT sentence, start_off, end_off, first_token, end_token, name, country, lat, lon, geonameid, feature, resolved, rule FROM place_mentions WHERE article_id = ? ORDER BY idx`, func(r scanner) error {
		var m doc.PlaceMention
		var res int
		err := r.Scan(&m.Sentence, &m.Span.Start, &m.Span.End, &m.First, &m.TokenSpan.End, &m.Place.Name, &m.Place.Country, &m.Place.Lat, &m.Place.Lon, &m.Place.GeonameID, &m.Place.Feature, &res, &m.Rule)
		m.Resolved = res != 0
		d.Places = append(d.Places, m)
		return err
	}); err != nil {
		return nil, err
	}
	if err := each(`SELECT m.sentence, m.trigger_start, m.trigger_end, m.code, m.goldstein, m.date, m.date_source, m.timex,
		m.source_mention, m.target_mention, m.place_mention, m.rule, e.quad, e.plover_type, e.plover_mode, e.plover_context
		FROM mentions m JOIN events e ON e.id = m.event_id WHERE m.article_id = ? ORDER BY m.id`, func(r scanner) error {
		var e doc.Event
		var si, ti, pi int
		err := r.Scan(&e.Sentence, &e.Trigger.Start, &e.Trigger.End, &e.Code, &e.Goldstein, &e.Date, &e.DateSource, &e.Timex,
			&si, &ti, &pi, &e.Rule, &e.QuadClass, &e.Plover.Type, &e.Plover.Mode, &e.Plover.Context)
		e.Root = store.RootCode(e.Code)
		if si >= 0 && si < len(d.Actors) {
			e.Source = &d.Actors[si]
		}
		if ti >= 0 && ti < len(d.Actors) {
			e.Target = &d.Actors[ti]
		}
		if pi >= 0 && pi < len(d.Places) {
			e.Location = &d.Places[pi]
		}
		d.Events = append(d.Events, e)
		return err
	}); err != nil {
		return nil, err
	}
	return a, nil
}
