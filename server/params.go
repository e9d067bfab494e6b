package server

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/annals-dev/annals/store"
)

// filterParams are the event filters every event and aggregate endpoint
// takes (those of `annals events`, plus bbox).
var filterParams = []string{"from", "to", "actor", "country", "role", "cameo", "root", "quad", "plover", "place", "bbox", "text"}

// The other query parameters of each endpoint (TestOpenAPI checks them
// against the OpenAPI document).
var (
	eventsParams   = []string{"sort", "limit", "cursor", "mentions"}
	timelineParams = []string{"interval", "split"}
	topParams      = []string{"limit"}
)

// maxText bounds free-text parameters.
const maxText = 200

// params reads and validates a request's query string.
type params struct {
	v url.Values
}

// newParams rejects parameters outside allowed and repeated parameters.
func newParams(u *url.URL, allowed ...[]string) (*params, *paramError) {
	v, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		return nil, &paramError{"query", "malformed query string"}
	}
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		ok := false
		for _, a := range allowed {
			if slices.Contains(a, k) {
				ok = true
			}
		}
		if !ok {
			return nil, &paramError{k, "unknown parameter"}
		}
		if len(v[k]) > 1 {
			return nil, &paramError{k, "given more than once"}
		}
	}
	return &params{v}, nil
}

func (p *params) str(name string) (string, *paramError) {
	s := strings.TrimSpace(p.v.Get(name))
	if len(s) > maxText {
		return "", &paramError{name, fmt.Sprintf("longer than %d bytes", maxText)}
	}
	if !utf8.ValidString(s) {
		return "", &paramError{name, "not valid UTF-8"}
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return "", &paramError{name, "contains control characters"}
		}
	}
	return s, nil
}

// intIn reads an integer in [lo, hi], def when absent.
func (p *params) intIn(name string, lo, hi, def int) (int, *paramError) {
	s := p.v.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, &paramError{name, fmt.Sprintf("must be an integer from %d to %d", lo, hi)}
	}
	return n, nil
}

// date reads YYYY, YYYY-MM or YYYY-MM-DD and returns its first (hi false)
// or last (hi true) day.
func (p *params) date(name string, hi bool) (string, *paramError) {
	s := p.v.Get(name)
	if s == "" {
		return "", nil
	}
	r, ok := store.ParseDateRange(s)
	if !ok {
		return "", &paramError{name, "must be a date YYYY-MM-DD (or YYYY-MM, YYYY)"}
	}
	if hi {
		return r.Hi.Format("2006-01-02"), nil
	}
	return r.Lo.Format("2006-01-02"), nil
}

// code reads a string of n1..n2 characters accepted by ok.
func (p *params) code(name string, n1, n2 int, ok func(rune) bool, what string) (string, *paramError) {
	s := p.v.Get(name)
	if s == "" {
		return "", nil
	}
	if len(s) < n1 || len(s) > n2 {
		return "", &paramError{name, what}
	}
	for _, r := range s {
		if !ok(r) {
			return "", &paramError{name, what}
		}
	}
	return s, nil
}

func isDigit(r rune) bool  { return r >= '0' && r <= '9' }
func isLetter(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }
func isPlover(r rune) bool { return isLetter(r) || r == '_' || r == '-' }

// query reads the event filters into a store.Query.
func (p *params) query() (store.Query, *paramError) {
	var q store.Query
	var e *paramError
	f := &q.Filter
	if f.From, e = p.date("from", false); e != nil {
		return q, e
	}
	if f.To, e = p.date("to", true); e != nil {
		return q, e
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return q, &paramError{"to", "is before from"}
	}
	if f.Actor, e = p.str("actor"); e != nil {
		return q, e
	}
	if f.Country, e = p.code("country", 3, 3, isLetter, "must be an ISO 3166-1 alpha-3 code (3 letters)"); e != nil {
		return q, e
	}
	if f.Role, e = p.code("role", 3, 3, isLetter, "must be a three-letter CAMEO role code (GOV, MIL, REB ...)"); e != nil {
		return q, e
	}
	if f.CAMEO, e = p.code("cameo", 2, 4, isDigit, "must be a CAMEO event code prefix of 2 to 4 digits"); e != nil {
		return q, e
	}
	if f.Root, e = p.code("root", 2, 2, isDigit, "must be a two-digit CAMEO root 01-20"); e != nil {
		return q, e
	}
	if f.Root != "" {
		if n, _ := strconv.Atoi(f.Root); n < 1 || n > 20 {
			return q, &paramError{"root", "must be a two-digit CAMEO root 01-20"}
		}
	}
	if f.Quad, e = p.intIn("quad", 1, 4, 0); e != nil {
		return q, e
	}
	if f.Plover, e = p.code("plover", 2, 40, isPlover, "must be a PLOVER event type (letters and _)"); e != nil {
		return q, e
	}
	if f.Place, e = p.str("place"); e != nil {
		return q, e
	}
	if f.Text, e = p.str("text"); e != nil {
		return q, e
	}
	if s := p.v.Get("bbox"); s != "" {
		parts := strings.Split(s, ",")
		if len(parts) != 4 {
			return q, &paramError{"bbox", "must be west,south,east,north in decimal degrees"}
		}
		var v [4]float64
		for i, ps := range parts {
			x, err := strconv.ParseFloat(strings.TrimSpace(ps), 64)
			if err != nil || x != x {
				return q, &paramError{"bbox", "must be west,south,east,north in decimal degrees"}
			}
			v[i] = x
		}
		b := &store.BBox{West: v[0], South: v[1], East: v[2], North: v[3]}
		if b.West < -180 || b.West > 180 || b.East < -180 || b.East > 180 {
			return q, &paramError{"bbox", "longitudes must be within -180..180"}
		}
		if b.South < -90 || b.North > 90 || b.South > b.North {
			return q, &paramError{"bbox", "latitudes must be within -90..90 with south <= north"}
		}
		q.BBox = b
	}
	return q, nil
}

// sortParam reads sort ("date", "-date" for descending ...).
func (p *params) sortParam(q *store.Query) *paramError {
	s := p.v.Get("sort")
	if s == "" {
		return nil
	}
	key, desc := strings.CutPrefix(s, "-")
	if !slices.Contains(store.SortKeys, key) {
		return &paramError{"sort", "must be one of " + strings.Join(store.SortKeys, ", ") + " (prefix - for descending)"}
	}
	q.Sort, q.Desc = key, desc
	return nil
}

// cursorParam reads an opaque cursor made by encodeCursor.
func (p *params) cursorParam(q *store.Query) *paramError {
	s := p.v.Get("cursor")
	if s == "" {
		return nil
	}
	bad := &paramError{"cursor", "invalid cursor; pass the next_cursor of a previous page unchanged"}
	if len(s) > 400 {
		return bad
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return bad
	}
	var c store.Cursor
	if err := json.Unmarshal(b, &c); err != nil || c.ID <= 0 {
		return bad
	}
	sortKey := q.Sort
	if sortKey == "" {
		sortKey = store.SortID
	}
	if c.Sort != sortKey || c.Desc != q.Desc {
		return &paramError{"cursor", "the cursor belongs to another sort order"}
	}
	if c.Sort == store.SortDate {
		if _, ok := store.ParseDateRange(c.Str); !ok {
			return bad
		}
	}
	q.After = &c
	return nil
}

func encodeCursor(c *store.Cursor) string {
	if c == nil {
		return ""
	}
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

// pathID reads a positive integer path value.
func pathID(s string) (int64, *paramError) {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return 0, &paramError{"id", "must be a positive integer"}
	}
	return n, nil
}
