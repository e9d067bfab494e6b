package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/annals-dev/annals/store"
)

// Packed rows. The driver takes a lock and several calls per column value,
// which for a page of events (35 columns) costs more than the query: the
// list queries select one TEXT value per row (or one for the whole answer)
// instead, in which SQL packs the columns, and unpacker reads them back.
// A text is packed as its length in bytes, ':' and the text, so that any
// text, separators included, packs safely; a number as its text (integers
// in decimal, reals with enough digits to read back the same float64) and
// ';'. NULL is '-' (then ';' for a number).

// pack is the SQL expression packing exprs into one TEXT value. An
// expression is a text unless prefixed with "num:" (a number), "null:" (a
// text that may be NULL) or "nullnum:". One concat() call builds the value
// (a chain of || would copy it once per operator).
func pack(exprs ...string) string {
	parts := make([]string, len(exprs))
	for i, e := range exprs {
		if c, ok := strings.CutPrefix(e, "num:"); ok {
			parts[i] = c + ", ';'"
		} else if c, ok := strings.CutPrefix(e, "nullnum:"); ok {
			parts[i] = "coalesce(" + c + ", '-'), ';'"
		} else if c, ok := strings.CutPrefix(e, "null:"); ok {
			parts[i] = "coalesce(octet_length(" + c + ") || ':', '-'), " + c
		} else {
			parts[i] = "octet_length(" + e + "), ':', " + e
		}
	}
	return "concat(" + strings.Join(parts, ", ") + ")"
}

var errPacked = errors.New("malformed packed row")

// unpacker reads the values of a packed row in order; the first error
// sticks and later reads return zero values.
type unpacker struct {
	s   string
	err error
}

// text returns the next text; null is true for NULL.
func (u *unpacker) text() (v string, null bool) {
	if u.err != nil {
		return "", true
	}
	if strings.HasPrefix(u.s, "-") {
		u.s = u.s[1:]
		return "", true
	}
	i := strings.IndexByte(u.s, ':')
	if i <= 0 {
		u.err = errPacked
		return "", true
	}
	n, err := strconv.Atoi(u.s[:i])
	if err != nil || n < 0 || i+1+n > len(u.s) {
		u.err = errPacked
		return "", true
	}
	v, u.s = u.s[i+1:i+1+n], u.s[i+1+n:]
	return v, false
}

// num returns the next number's text; null is true for NULL.
func (u *unpacker) num() (v string, null bool) {
	if u.err != nil {
		return "", true
	}
	i := strings.IndexByte(u.s, ';')
	if i <= 0 {
		u.err = errPacked
		return "", true
	}
	v, u.s = u.s[:i], u.s[i+1:]
	if v == "-" {
		return "", true
	}
	return v, false
}

// str reads a text (NULL reads as "").
func (u *unpacker) str() string {
	v, _ := u.text()
	return v
}

// nullStr reads a nullable text.
func (u *unpacker) nullStr() (string, bool) {
	v, null := u.text()
	return v, !null
}

// int reads an integer (NULL reads as 0).
func (u *unpacker) int() int64 {
	v, null := u.num()
	if null {
		return 0
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil && u.err == nil {
		u.err = errPacked
	}
	return n
}

// float reads a real; ok is false for NULL.
func (u *unpacker) float() (f float64, ok bool) {
	v, null := u.num()
	if null {
		return 0, false
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil && u.err == nil {
		u.err = errPacked
	}
	return f, true
}

// more reports whether values are left.
func (u *unpacker) more() bool { return u.err == nil && u.s != "" }

// done reports the first error, or an error when values are left over.
func (u *unpacker) done() error {
	if u.err == nil && u.s != "" {
		u.err = errPacked
	}
	return u.err
}

// eventStored is the packed event e as stored (eventPacked when it is not).
var eventStored = "coalesce(e.packed, " + eventPacked + ")"

// eventPacked packs the columns of an event e that unpackEvent reads.
var eventPacked = pack("num:e.id", "e.source_key", "e.source_id", "e.source_name", "e.source_code", "e.source_country",
	"e.target_key", "e.target_id", "e.target_name", "e.target_code", "e.target_country",
	"e.code", "e.root", "num:e.quad", "num:e.goldstein", "e.plover_type", "e.plover_mode", "e.plover_context", "e.date",
	"null:e.place_name", "e.place_country", "nullnum:e.lat", "nullnum:e.lon", "num:e.geonameid", "e.place_feature", "num:e.place_resolved",
	"num:e.num_mentions", "num:e.num_articles", "num:e.num_sources", "e.first_report", "e.last_report", "num:e.is_root", "e.url", "e.added", "e.date_lo")

// unpackEvent reads an eventPacked row; it returns the date_lo too.
func unpackEvent(row string) (store.Event, string, error) {
	u := unpacker{s: row}
	var e store.Event
	e.ID = u.int()
	src := store.EventActor{Key: u.str(), ID: u.str(), Name: u.str(), Code: u.str(), Country: u.str()}
	tgt := store.EventActor{Key: u.str(), ID: u.str(), Name: u.str(), Code: u.str(), Country: u.str()}
	e.CAMEO, e.Root, e.QuadClass = u.str(), u.str(), int(u.int())
	e.Goldstein, _ = u.float()
	e.Plover.Type, e.Plover.Mode, e.Plover.Context, e.Date = u.str(), u.str(), u.str(), u.str()
	pname, hasPlace := u.nullStr()
	pcountry := u.str()
	lat, _ := u.float()
	lon, _ := u.float()
	gid, feature, resolved := u.int(), u.str(), u.int()
	e.NumMentions, e.NumArticles, e.NumSources = int(u.int()), int(u.int()), int(u.int())
	e.FirstReport, e.LastReport, e.IsRoot, e.URL = u.str(), u.str(), u.int() != 0, u.str()
	added, dateLo := u.str(), u.str()
	if err := u.done(); err != nil {
		return e, "", err
	}
	if src.Key != "" || src.Code != "" {
		e.Source = &src
	}
	if tgt.Key != "" || tgt.Code != "" {
		e.Target = &tgt
	}
	if hasPlace {
		e.Location = &store.Place{Name: pname, Country: pcountry, Lat: lat, Lon: lon, GeonameID: int(gid), Feature: feature, Resolved: resolved != 0}
	}
	e.Added, _ = time.Parse(time.RFC3339, added)
	return e, dateLo, nil
}

// setJSON stores the JSON of event id (store.Event.AppendJSON, without
// mentions) from its packed row. A release that changes that JSON (a new
// field of store.Event) needs a migration setting events.json to NULL:
// fillJSON then writes it again on open.
func setJSON(ctx context.Context, get, set *sql.Stmt, id int64) error {
	var row string
	if err := get.QueryRowContext(ctx, id).Scan(&row); err != nil {
		return fmt.Errorf("event %d: %w", id, err)
	}
	e, _, err := unpackEvent(row)
	if err == nil {
		var b []byte
		if b, err = e.AppendJSON(make([]byte, 0, 1024)); err == nil {
			_, err = set.ExecContext(ctx, string(b), id)
		}
	}
	if err != nil {
		return fmt.Errorf("event %d json: %w", id, err)
	}
	return nil
}

// fillJSON stores the JSON of the events that have none (after the
// migration adding it), a thousand per transaction.
func (s *DB) fillJSON(ctx context.Context) error {
	// An up-to-date file takes no write lock.
	var missing bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM events WHERE json IS NULL)`).Scan(&missing); err != nil {
		return fmt.Errorf("event json: %w", err)
	}
	for missing {
		n, err := s.fillJSONBatch(ctx)
		if err != nil {
			return err
		}
		missing = n > 0
	}
	return nil
}

func (s *DB) fillJSONBatch(ctx context.Context) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("event json: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT id FROM events WHERE json IS NULL LIMIT 1000`)
	if err != nil {
		return 0, fmt.Errorf("event json: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return 0, fmt.Errorf("event json: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(ids) == 0 {
		return 0, err
	}
	get, err := tx.PrepareContext(ctx, `SELECT `+eventStored+` FROM events e WHERE id = ?`)
	if err != nil {
		return 0, fmt.Errorf("event json: %w", err)
	}
	set, err := tx.PrepareContext(ctx, `UPDATE events SET json = ? WHERE id = ?`)
	if err != nil {
		return 0, fmt.Errorf("event json: %w", err)
	}
	for _, id := range ids {
		if err := setJSON(ctx, get, set, id); err != nil {
			return 0, err
		}
	}
	return len(ids), tx.Commit()
}
