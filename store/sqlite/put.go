package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/store"
)

// stmts are the statements of one write transaction.
type stmts struct {
	tx                                                  *sql.Tx
	exists, insArticle, nearDup, insLSH                 *sql.Stmt
	insSentence, insFTS, insTimex, insActor, insPlace   *sql.Stmt
	candidates, insEvent, updEvent, insMention, recount *sql.Stmt
	insMentionFTS, repack, getPacked, setJSON           *sql.Stmt
	sum                                                 *summaryStmts
	batch                                               *summaryBatch
}

func (s *DB) prepare(ctx context.Context, tx *sql.Tx) (*stmts, error) {
	st := &stmts{tx: tx}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&st.exists, `SELECT id FROM articles WHERE hash = ?`},
		{&st.insArticle, `INSERT INTO articles (hash, ext_id, title, url, source, date, body, minhash, shingles, dup_of, dup_similarity, added)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.insLSH, `INSERT INTO article_lsh (lsh_key, article_id) VALUES (?, ?)`},
		{&st.nearDup, `SELECT a.id, a.minhash, a.date, a.dup_of, COALESCE(o.date, '') FROM articles a LEFT JOIN articles o ON o.id = a.dup_of
			WHERE a.id IN (SELECT article_id FROM article_lsh WHERE lsh_key IN (` + placeholders(store.NumBands) + `))
			AND a.date BETWEEN ? AND ? LIMIT 1000`},
		{&st.insSentence, `INSERT INTO sentences (article_id, idx, start_off, end_off) VALUES (?, ?, ?, ?)`},
		{&st.insTimex, `INSERT INTO timexes (article_id, idx, start_off, end_off, type, value, mod, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.insActor, `INSERT INTO actor_mentions (article_id, idx, sentence, start_off, end_off, first_token, end_token, entity_id, name, code, country, kind, rule)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.insPlace, `INSERT INTO place_mentions (article_id, idx, sentence, start_off, end_off, first_token, end_token, name, country, lat, lon, geonameid, feature, resolved, rule)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.candidates, `SELECT id, code, date, place_name, place_country, lat, lon, geonameid, place_feature, place_resolved, num_mentions FROM events
			WHERE source_key = ? AND target_key = ? AND root = ? AND date_lo <= ? AND date_hi >= ?
			ORDER BY id DESC LIMIT 500`},
		{&st.insEvent, `INSERT INTO events (source_key, target_key, source_id, source_name, source_code, source_country,
			target_id, target_name, target_code, target_country, code, root, quad, goldstein, plover_type, plover_mode, plover_context,
			date, date_lo, date_hi, place_name, place_country, lat, lon, geonameid, place_feature, place_resolved, url, added)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.updEvent, `UPDATE events SET code = ?, quad = ?, goldstein = ?, plover_type = ?, plover_mode = ?, plover_context = ?,
			date = ?, date_lo = ?, date_hi = ?, place_name = ?, place_country = ?, lat = ?, lon = ?, geonameid = ?, place_feature = ?, place_resolved = ?
			WHERE id = ?`},
		{&st.insMention, `INSERT INTO mentions (event_id, article_id, sentence, sentence_id, trigger_start, trigger_end, code, goldstein,
			date, date_source, timex, source_mention, target_mention, place_mention, rule, article_date, canon_article, report_source)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.recount, `UPDATE events SET
			num_mentions = (SELECT COUNT(*) FROM mentions m WHERE m.event_id = events.id),
			num_articles = (SELECT COUNT(DISTINCT m.canon_article) FROM mentions m WHERE m.event_id = events.id),
			num_sources = (SELECT COUNT(DISTINCT m.report_source) FROM mentions m WHERE m.event_id = events.id),
			first_report = (SELECT MIN(m.article_date) FROM mentions m WHERE m.event_id = events.id),
			last_report = (SELECT MAX(m.article_date) FROM mentions m WHERE m.event_id = events.id),
			is_root = (SELECT MAX(CASE WHEN m.sentence = 0 THEN 1 ELSE 0 END) FROM mentions m WHERE m.event_id = events.id)
			WHERE id = ?`},
		{&st.repack, `UPDATE events AS e SET packed = ` + eventPacked + ` WHERE id = ?`},
		{&st.getPacked, `SELECT packed FROM events WHERE id = ?`},
		{&st.setJSON, `UPDATE events SET json = ? WHERE id = ?`},
	} {
		q := p.sql
		if p.dst == &st.insFTS {
			continue
		}
		stmt, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*p.dst = stmt
	}
	q := `INSERT INTO sentence_fts (rowid, text) VALUES (?, ?)`
	if s.fts {
		stmt, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("prepare: %w", err)
		}
		st.insFTS = stmt
		if st.insMentionFTS, err = tx.PrepareContext(ctx, `INSERT INTO mention_fts (rowid, text) VALUES (?, ?)`); err != nil {
			return nil, fmt.Errorf("prepare: %w", err)
		}
	}
	sum, err := s.prepareSummaries(ctx, tx)
	if err != nil {
		return nil, err
	}
	st.sum, st.batch = sum, newSummaryBatch()
	return st, nil
}

// PutArticles stores a batch of coded documents in one transaction.
func (s *DB) PutArticles(ctx context.Context, docs []*doc.Document) ([]store.PutResult, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	st, err := s.prepare(ctx, tx)
	if err != nil {
		return nil, err
	}
	now := time.Now().UTC().Format(time.RFC3339)
	touched := map[int64]bool{}
	res := make([]store.PutResult, len(docs))
	for i, d := range docs {
		r, err := s.put(ctx, st, d, now, touched)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", d.ID, err)
		}
		res[i] = r
	}
	ids := make([]int64, 0, len(touched))
	for id := range touched {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		if _, err := st.recount.ExecContext(ctx, id); err != nil {
			return nil, fmt.Errorf("recount event %d: %w", id, err)
		}
		if _, err := st.repack.ExecContext(ctx, id); err != nil {
			return nil, fmt.Errorf("event %d: %w", id, err)
		}
		if err := setJSON(ctx, st.getPacked, st.setJSON, id); err != nil {
			return nil, err
		}
	}
	if err := st.batch.commit(ctx, st.sum); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	return res, nil
}

func (s *DB) put(ctx context.Context, st *stmts, d *doc.Document, now string, touched map[int64]bool) (store.PutResult, error) {
	r := store.PutResult{Hash: store.Hash(d)}
	err := st.exists.QueryRowContext(ctx, r.Hash).Scan(&r.ArticleID)
	if err == nil {
		return r, nil // already stored
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return r, err
	}
	r.New = true
	date := d.Date.Format("2006-01-02")
	sig, shingles := store.MinHash(d.Text)
	keys := store.LSHKeys(&sig)
	var dupOf sql.NullInt64
	var dupSim sql.NullFloat64
	if shingles >= store.NearDupMinShingles {
		id, sim, err := nearDuplicate(ctx, st, &sig, keys, d.Date)
		if err != nil {
			return r, fmt.Errorf("near-duplicates: %w", err)
		}
		if id != 0 {
			dupOf = sql.NullInt64{Int64: id, Valid: true}
			dupSim = sql.NullFloat64{Float64: sim, Valid: true}
			r.NearDuplicateOf = id
		}
	}
	if r.ArticleID, err = insertID(ctx, st.insArticle, r.Hash, d.ID, d.Title, d.URL, d.Source, date, d.Text, sig.Bytes(),
		shingles, dupOf, dupSim, now); err != nil {
		return r, fmt.Errorf("insert: %w", err)
	}
	aid := r.ArticleID
	if shingles >= store.NearDupMinShingles {
		for _, k := range keys {
			if _, err := st.insLSH.ExecContext(ctx, k, aid); err != nil {
				return r, fmt.Errorf("near-duplicate index: %w", err)
			}
		}
	}
	sentIDs := make([]int64, len(d.Sentences))
	for i, sn := range d.Sentences {
		if sentIDs[i], err = insertID(ctx, st.insSentence, aid, i, sn.Start, sn.End); err != nil {
			return r, fmt.Errorf("sentence %d: %w", i, err)
		}
		if st.insFTS != nil {
			if _, err := st.insFTS.ExecContext(ctx, sentIDs[i], d.Text[sn.Start:sn.End]); err != nil {
				return r, fmt.Errorf("sentence %d full text: %w", i, err)
			}
		}
	}
	for i, t := range d.Timexes {
		if _, err := st.insTimex.ExecContext(ctx, aid, i, t.Start, t.End, t.Type, t.Value, t.Mod, t.Rule); err != nil {
			return r, fmt.Errorf("timex %d: %w", i, err)
		}
	}
	for i, m := range d.Actors {
		if _, err := st.insActor.ExecContext(ctx, aid, i, m.Sentence, m.Span.Start, m.Span.End, m.First, m.TokenSpan.End,
			m.Actor.ID, m.Actor.Name, m.Actor.Code, m.Actor.Country, m.Kind, m.Rule); err != nil {
			return r, fmt.Errorf("actor mention %d: %w", i, err)
		}
	}
	for i, p := range d.Places {
		if _, err := st.insPlace.ExecContext(ctx, aid, i, p.Sentence, p.Span.Start, p.Span.End, p.First, p.TokenSpan.End,
			p.Place.Name, p.Place.Country, p.Place.Lat, p.Place.Lon, p.Place.GeonameID, p.Place.Feature, boolInt(p.Resolved), p.Rule); err != nil {
			return r, fmt.Errorf("place mention %d: %w", i, err)
		}
	}
	canon := aid
	if dupOf.Valid {
		canon = dupOf.Int64
	}
	src := reportSource(d, canon)
	for i := range d.Events {
		e := &d.Events[i]
		if e.Sentence < 0 || e.Sentence >= len(d.Sentences) {
			return r, fmt.Errorf("event %d: sentence %d out of range", i, e.Sentence)
		}
		eid, merged, err := s.mergeEvent(ctx, st, d, e, now)
		if err != nil {
			return r, fmt.Errorf("event %d: %w", i, err)
		}
		touched[eid] = true
		if merged {
			r.Merged++
		} else {
			r.NewEvents++
		}
		mid, err := insertID(ctx, st.insMention, eid, aid, e.Sentence, sentIDs[e.Sentence], e.Trigger.Start, e.Trigger.End,
			e.Code, e.Goldstein, eventDate(d, e), e.DateSource, e.Timex, actorIndex(d, e.Source), actorIndex(d, e.Target),
			placeIndex(d, e.Location), e.Rule, date, canon, src)
		if err != nil {
			return r, fmt.Errorf("mention %d: %w", i, err)
		}
		if st.insMentionFTS != nil {
			sn := d.Sentences[e.Sentence]
			if _, err := st.insMentionFTS.ExecContext(ctx, mid, d.Text[sn.Start:sn.End]); err != nil {
				return r, fmt.Errorf("mention %d full text: %w", i, err)
			}
		}
		r.Mentions++
	}
	return r, nil
}

// insertID runs an INSERT and returns the new row's id. Exec and
// LastInsertId cost several times less than INSERT ... RETURNING with this
// driver; a PostgreSQL store would use RETURNING.
func insertID(ctx context.Context, stmt *sql.Stmt, args ...any) (int64, error) {
	res, err := stmt.ExecContext(ctx, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// nearDuplicate finds the original of an article nearly duplicating a stored
// one: the most similar signature of at least store.NearDupSimilarity within
// store.NearDupDays, then the oldest.
func nearDuplicate(ctx context.Context, st *stmts, sig *store.Signature, keys [store.NumBands]int64, date time.Time) (int64, float64, error) {
	args := make([]any, len(keys), len(keys)+2)
	for i, k := range keys {
		args[i] = k
	}
	args = append(args, date.AddDate(0, 0, -store.NearDupDays).Format("2006-01-02"), date.AddDate(0, 0, store.NearDupDays).Format("2006-01-02"))
	rows, err := st.nearDup.QueryContext(ctx, args...)
	if err != nil {
		return 0, 0, err
	}
	defer rows.Close()
	var best int64
	bestSim := 0.0
	for rows.Next() {
		var id int64
		var blob []byte
		var odate, origDate string
		var dup sql.NullInt64
		if err := rows.Scan(&id, &blob, &odate, &dup, &origDate); err != nil {
			return 0, 0, err
		}
		other, ok := store.SignatureFrom(blob)
		if !ok {
			continue
		}
		sim := store.Similarity(sig, &other)
		if sim < store.NearDupSimilarity {
			continue
		}
		if !withinDays(date, odate) {
			continue
		}
		if dup.Valid && withinDays(date, origDate) {
			id = dup.Int64 // link to the original when it is near in time too
		}
		if sim > bestSim || sim == bestSim && id < best {
			best, bestSim = id, sim
		}
	}
	return best, bestSim, rows.Err()
}

// withinDays reports whether the day ymd is at most store.NearDupDays from t.
func withinDays(t time.Time, ymd string) bool {
	o, err := time.Parse("2006-01-02", ymd)
	if err != nil {
		return false
	}
	gap := t.Sub(o)
	return gap <= store.NearDupDays*24*time.Hour && gap >= -store.NearDupDays*24*time.Hour
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func eventDate(d *doc.Document, e *doc.Event) string {
	if _, ok := store.ParseDateRange(e.Date); ok {
		return e.Date
	}
	return d.Date.Format("2006-01-02")
}

func actorIndex(d *doc.Document, m *doc.ActorMention) int {
	if m == nil {
		return -1
	}
	for i := range d.Actors {
		if &d.Actors[i] == m || d.Actors[i].Span == m.Span && d.Actors[i].Actor == m.Actor {
			return i
		}
	}
	return -1
}

func placeIndex(d *doc.Document, m *doc.PlaceMention) int {
	if m == nil {
		return -1
	}
	for i := range d.Places {
		if &d.Places[i] == m || d.Places[i].Span == m.Span {
			return i
		}
	}
	return -1
}

func place(m *doc.PlaceMention) *store.Place {
	if m == nil {
		return nil
	}
	return &store.Place{Name: m.Place.Name, Country: m.Place.Country, Lat: m.Place.Lat, Lon: m.Place.Lon,
		GeonameID: m.Place.GeonameID, Feature: m.Place.Feature, Resolved: m.Resolved}
}

func actorCols(m *doc.ActorMention) (id, name, code, country string) {
	if m == nil {
		return "", "", "", ""
	}
	return m.Actor.ID, m.Actor.Name, m.Actor.Code, m.Actor.Country
}

// placeArgs are the place columns of an event.
func placeArgs(p *store.Place) []any {
	if p == nil {
		return []any{nil, "", nil, nil, 0, "", 0}
	}
	return []any{p.Name, p.Country, p.Lat, p.Lon, p.GeonameID, p.Feature, boolInt(p.Resolved)}
}

// mergeEvent finds the event a coded event joins, or creates one; it
// returns the event id and whether it merged.
func (s *DB) mergeEvent(ctx context.Context, st *stmts, d *doc.Document, e *doc.Event, now string) (int64, bool, error) {
	dateStr := eventDate(d, e)
	dr, _ := store.ParseDateRange(dateStr)
	mk := store.MentionKey{SourceKey: store.ActorKey(e.Source), TargetKey: store.ActorKey(e.Target), Code: e.Code, Date: dr, Place: place(e.Location)}
	root := e.Root
	if root == "" {
		root = store.RootCode(e.Code)
	}
	if mk.Mergeable() {
		lo := dr.Lo.AddDate(0, 0, -1).Format("2006-01-02")
		hi := dr.Hi.AddDate(0, 0, 1).Format("2006-01-02")
		rows, err := st.candidates.QueryContext(ctx, mk.SourceKey, mk.TargetKey, root, hi, lo)
		if err != nil {
			return 0, false, fmt.Errorf("candidates: %w", err)
		}
		var cands []store.Candidate
		for rows.Next() {
			var c store.Candidate
			var date string
			var pname sql.NullString
			var pcountry, feature string
			var lat, lon sql.NullFloat64
			var gid, resolved int
			if err := rows.Scan(&c.ID, &c.Code, &date, &pname, &pcountry, &lat, &lon, &gid, &feature, &resolved, &c.Mentions); err != nil {
				rows.Close()
				return 0, false, err
			}
			c.Date, _ = store.ParseDateRange(date)
			if pname.Valid {
				c.Place = &store.Place{Name: pname.String, Country: pcountry, Lat: lat.Float64, Lon: lon.Float64, GeonameID: gid, Feature: feature, Resolved: resolved != 0}
			}
			cands = append(cands, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return 0, false, err
		}
		if b := store.Best(mk, cands); b >= 0 {
			c := cands[b]
			if err := refine(ctx, st, c, e, dateStr, dr, mk.Place); err != nil {
				return 0, false, err
			}
			return c.ID, true, nil
		}
	}
	sid, sname, scode, scountry := actorCols(e.Source)
	tid, tname, tcode, tcountry := actorCols(e.Target)
	u := d.URL
	if u == "" {
		u = d.ID
	}
	args := []any{mk.SourceKey, mk.TargetKey, sid, sname, scode, scountry, tid, tname, tcode, tcountry,
		e.Code, root, e.QuadClass, e.Goldstein, e.Plover.Type, e.Plover.Mode, e.Plover.Context,
		dateStr, dr.Lo.Format("2006-01-02"), dr.Hi.Format("2006-01-02")}
	args = append(args, placeArgs(mk.Place)...)
	args = append(args, u, now)
	id, err := insertID(ctx, st.insEvent, args...)
	if err != nil {
		return 0, false, fmt.Errorf("insert event: %w", err)
	}
	st.batch.created[id] = true
	return id, false, nil
}

// refine makes an event more specific with a merged mention: a finer date,
// a specific code for a generic one, a finer place. Only changed events are
// written.
func refine(ctx context.Context, st *stmts, c store.Candidate, e *doc.Event, dateStr string, dr store.DateRange, p *store.Place) error {
	changed := false
	code := c.Code
	if nc := store.MoreSpecificCode(c.Code, e.Code); nc != c.Code {
		code, changed = nc, true
	}
	date := c.Date
	if dr.Gran > c.Date.Gran {
		date, changed = dr, true
	}
	pl := c.Place
	if np := store.MoreSpecificPlace(c.Place, p); np != c.Place {
		pl, changed = np, true
	}
	if !changed {
		return nil
	}
	if err := st.batch.beforeRefine(ctx, st.sum, c.ID); err != nil {
		return err
	}
	ds := dateString(date)
	if date.Gran == dr.Gran && date.Lo.Equal(dr.Lo) {
		ds = dateStr
	}
	args := []any{code}
	if code != c.Code {
		args = append(args, e.QuadClass, e.Goldstein, e.Plover.Type, e.Plover.Mode, e.Plover.Context)
	} else {
		// Keep the event's own coding: read it back unchanged.
		var q int
		var g float64
		var pt, pm, pc string
		if err := st.tx.QueryRowContext(ctx, `SELECT quad, goldstein, plover_type, plover_mode, plover_context FROM events WHERE id = ?`, c.ID).Scan(&q, &g, &pt, &pm, &pc); err != nil {
			return err
		}
		args = append(args, q, g, pt, pm, pc)
	}
	args = append(args, ds, date.Lo.Format("2006-01-02"), date.Hi.Format("2006-01-02"))
	args = append(args, placeArgs(pl)...)
	args = append(args, c.ID)
	if _, err := st.updEvent.ExecContext(ctx, args...); err != nil {
		return fmt.Errorf("refine event %d: %w", c.ID, err)
	}
	return nil
}

func dateString(r store.DateRange) string {
	switch r.Gran {
	case store.Year:
		return r.Lo.Format("2006")
	case store.Month:
		return r.Lo.Format("2006-01")
	}
	return r.Lo.Format("2006-01-02")
}
