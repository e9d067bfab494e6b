package sqlite

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/annals-dev/annals/store"
)

// Packed rows. The driver takes a lock and several calls per column value,
// which for a page of events (35 columns) costs more than the query: the
// list queries select one TEXT value per row instead, in which SQL packs
// the columns, and unpacker reads them back. A value is packed as its text
// (CAST AS TEXT: integers in decimal, reals with enough digits to read back
// the same float64) preceded by its length in bytes and ':', and NULL as
// '-'; so any text, separators included, packs safely.

// pack is the SQL expression packing exprs into one TEXT value.
func pack(exprs ...string) string {
	parts := make([]string, len(exprs))
	for i, e := range exprs {
		t := "CAST(" + e + " AS TEXT)"
		parts[i] = "CASE WHEN " + t + " IS NULL THEN '-' ELSE octet_length(" + t + ") || ':' || " + t + " END"
	}
	return strings.Join(parts, " || ")
}

var errPacked = errors.New("malformed packed row")

// unpacker reads the values of a packed row in order; the first error
// sticks and later reads return zero values.
type unpacker struct {
	s   string
	err error
}

// next returns the next value's text; null is true for NULL.
func (u *unpacker) next() (v string, null bool) {
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

// str reads a text value (NULL reads as "").
func (u *unpacker) str() string {
	v, _ := u.next()
	return v
}

// nullStr reads a nullable text value.
func (u *unpacker) nullStr() (string, bool) {
	v, null := u.next()
	return v, !null
}

// int reads an integer value (NULL reads as 0).
func (u *unpacker) int() int64 {
	v, null := u.next()
	if null {
		return 0
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil && u.err == nil {
		u.err = errPacked
	}
	return n
}

// float reads a real value; ok is false for NULL.
func (u *unpacker) float() (f float64, ok bool) {
	v, null := u.next()
	if null {
		return 0, false
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil && u.err == nil {
		u.err = errPacked
	}
	return f, true
}

// done reports the first error, or an error when values are left over.
func (u *unpacker) done() error {
	if u.err == nil && u.s != "" {
		u.err = errPacked
	}
	return u.err
}

// eventPacked packs the columns of an event e that unpackEvent reads.
var eventPacked = pack("e.id", "e.source_key", "e.source_id", "e.source_name", "e.source_code", "e.source_country",
	"e.target_key", "e.target_id", "e.target_name", "e.target_code", "e.target_country",
	"e.code", "e.root", "e.quad", "e.goldstein", "e.plover_type", "e.plover_mode", "e.plover_context", "e.date",
	"e.place_name", "e.place_country", "e.lat", "e.lon", "e.geonameid", "e.place_feature", "e.place_resolved",
	"e.num_mentions", "e.num_articles", "e.num_sources", "e.first_report", "e.last_report", "e.is_root", "e.url", "e.added", "e.date_lo")

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
