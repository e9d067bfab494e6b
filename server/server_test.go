package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/pipeline"
	"github.com/annals-dev/annals/store"
	"github.com/annals-dev/annals/store/sqlite"
)

// testArticles are small articles written for these tests; the pipeline
// codes them into events.
var testArticles = []struct{ id, date, text string }{
	{"kharkiv", "2024-03-05", "Russian forces shelled the Ukrainian city of Kharkiv on Monday, killing three civilians. Ukrainian President Volodymyr Zelensky condemned the attack on Tuesday."},
	{"paris", "2024-03-06", "French police arrested dozens of protesters in Paris on Tuesday. President Emmanuel Macron called for calm."},
	{"beijing", "2024-04-10", "China and Brazil signed a trade agreement in Beijing on Wednesday. Brazilian President Luiz Inacio Lula da Silva praised China."},
	{"script", "2024-04-12", "<script>alert('x')</script> Israeli troops raided a refugee camp in Jenin on Thursday. The Palestinian Authority condemned Israel."},
}

const testToken = "test-token-0123456789"

var (
	fixtureOnce sync.Once
	fixtureDB   *sqlite.DB
	fixtureErr  error
)

// fixture returns a store filled through the real pipeline (shared by the
// tests of this package; they only read it, except TestPost which uses its
// own).
func fixture(t *testing.T) *sqlite.DB {
	t.Helper()
	fixtureOnce.Do(func() {
		dir, err := osMkdirTemp()
		if err != nil {
			fixtureErr = err
			return
		}
		fixtureDB, fixtureErr = newStore(filepath.Join(dir, "test.db"))
		if fixtureErr == nil {
			fixtureErr = fill(fixtureDB)
		}
	})
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	return fixtureDB
}

func newStore(path string) (*sqlite.DB, error) {
	return sqlite.Open(context.Background(), path)
}

func fill(db *sqlite.DB) error {
	a, err := pipeline.Default()
	if err != nil {
		return err
	}
	var docs []*doc.Document
	for _, ta := range testArticles {
		dt, _ := time.Parse("2006-01-02", ta.date)
		d := &doc.Document{ID: ta.id, Date: dt, Text: ta.text, Title: "Title of " + ta.id, Source: "test"}
		if err := a.Process(d); err != nil {
			return err
		}
		docs = append(docs, d)
	}
	_, err = db.PutArticles(context.Background(), docs)
	return err
}

func get(t *testing.T, h http.Handler, url string) (int, []byte, http.Header) {
	t.Helper()
	req := httptest.NewRequest("GET", url, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code, rec.Body.Bytes(), rec.Header()
}

func decode[T any](t *testing.T, b []byte) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("decoding %s: %v", b, err)
	}
	return v
}

func TestEndpoints(t *testing.T) {
	db := fixture(t)
	h := New(db, Options{CacheTTL: -1})
	// Every event the store has comes back through paging, in id order.
	code, body, hdr := get(t, h, "/api/v1/events?limit=2")
	if code != 200 {
		t.Fatalf("events: %d %s", code, body)
	}
	if csp := hdr.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("CSP header = %q", csp)
	}
	page := decode[eventsPage](t, body)
	all := page.Events
	for page.NextCursor != "" {
		code, body, _ = get(t, h, "/api/v1/events?limit=2&cursor="+page.NextCursor)
		if code != 200 {
			t.Fatalf("events page: %d %s", code, body)
		}
		page = decode[eventsPage](t, body)
		all = append(all, page.Events...)
	}
	st, _ := db.Stats(context.Background())
	if int64(len(all)) != st.Events || st.Events < 3 {
		t.Fatalf("paged %d events, store has %d (want >= 3)", len(all), st.Events)
	}
	for i := 1; i < len(all); i++ {
		if all[i].ID <= all[i-1].ID {
			t.Errorf("ids not increasing: %d after %d", all[i].ID, all[i-1].ID)
		}
	}
	// Each sort, paged one event at a time: the same events, in order.
	for _, sc := range []struct {
		sort    string
		inOrder func(a, b store.Event) bool
	}{
		{"-date", func(a, b store.Event) bool { return a.Date[:7] >= b.Date[:7] }},
		{"date", func(a, b store.Event) bool { return a.Date[:7] <= b.Date[:7] }},
		{"goldstein", func(a, b store.Event) bool { return a.Goldstein <= b.Goldstein }},
		{"-goldstein", func(a, b store.Event) bool { return a.Goldstein >= b.Goldstein }},
		{"-mentions", func(a, b store.Event) bool { return a.NumMentions >= b.NumMentions }},
		{"articles", func(a, b store.Event) bool { return a.NumArticles <= b.NumArticles }},
		{"-id", func(a, b store.Event) bool { return a.ID > b.ID }},
	} {
		var got []store.Event
		seen := map[int64]bool{}
		cursor := ""
		for n := 0; n <= len(all); n++ {
			code, body, _ = get(t, h, "/api/v1/events?sort="+sc.sort+"&limit=1&cursor="+cursor)
			if code != 200 {
				t.Fatalf("sort=%s: %d %s", sc.sort, code, body)
			}
			p := decode[eventsPage](t, body)
			for _, e := range p.Events {
				if seen[e.ID] {
					t.Errorf("sort=%s: event %d twice", sc.sort, e.ID)
				}
				seen[e.ID] = true
			}
			got = append(got, p.Events...)
			if cursor = p.NextCursor; cursor == "" {
				break
			}
		}
		if len(got) != len(all) {
			t.Errorf("sort=%s: paging gave %d events, want %d", sc.sort, len(got), len(all))
		}
		for i := 1; i < len(got); i++ {
			if !sc.inOrder(got[i-1], got[i]) {
				t.Errorf("sort=%s: event %d before %d is out of order", sc.sort, got[i-1].ID, got[i].ID)
			}
		}
	}

	tests := []struct {
		url  string
		want string // a substring of the body
	}{
		{"/healthz", `"ok"`},
		{"/api/v1/stats", `"events"`},
		{"/api/v1/openapi.json", `"openapi"`},
		{"/api/v1/aggregates/timeline?interval=month&split=quad", `"2024-03-01"`},
		{"/api/v1/aggregates/timeline?interval=day&split=root", `"2024-03-`},
		{"/api/v1/aggregates/timeline?interval=week", `"buckets"`},
		{"/api/v1/aggregates/dyads?limit=10", `"mean_goldstein"`},
		{"/api/v1/aggregates/actors?limit=5", `"as_source"`},
		{"/api/v1/aggregates/places", `"by_quad"`},
		{"/api/v1/events?country=RUS", `"RUS"`},
		{"/api/v1/events?from=2024-04&to=2024-04-30", `"2024-04`},
		{"/api/v1/events?bbox=-180,-90,180,90", `"resolved":true`},
		{"/api/v1/events?mentions=1&limit=5", `"trigger_start"`},
		{"/", `<title>Annals`},
		{"/app.js", `import`},
		{"/world.geojson", `Natural Earth`},
		{"/metrics", `annals_http_requests_total`},
	}
	for _, tc := range tests {
		code, body, _ := get(t, h, tc.url)
		if code != 200 || !strings.Contains(string(body), tc.want) {
			t.Errorf("GET %s: %d %.300s; want 200 with %q", tc.url, code, body, tc.want)
		}
	}
	// Filters narrow: a quad filter keeps only that class, a date range
	// only those dates.
	for _, tc := range []struct {
		url  string
		keep func(store.Event) bool
	}{
		{"/api/v1/events?quad=4", func(e store.Event) bool { return e.QuadClass == 4 }},
		{"/api/v1/events?from=2024-04-01", func(e store.Event) bool { return e.Date >= "2024-04" }},
		{"/api/v1/events?to=2024-03-31", func(e store.Event) bool { return e.Date < "2024-04" }},
		{"/api/v1/events?place=kharkiv", func(e store.Event) bool { return e.Location != nil && e.Location.Name == "Kharkiv" }},
		{"/api/v1/events?country=fra", func(e store.Event) bool {
			return e.Source != nil && e.Source.Country == "FRA" || e.Target != nil && e.Target.Country == "FRA" || e.Location != nil && e.Location.Country == "FRA"
		}},
		{"/api/v1/events?bbox=30,40,45,60", func(e store.Event) bool {
			return e.Location != nil && e.Location.Lon >= 30 && e.Location.Lon <= 45 && e.Location.Lat >= 40 && e.Location.Lat <= 60
		}},
	} {
		_, body, _ := get(t, h, tc.url)
		p := decode[eventsPage](t, body)
		n := 0
		for _, e := range all {
			if tc.keep(e) {
				n++
			}
		}
		if n == 0 {
			t.Errorf("GET %s: the test articles give no event that should pass", tc.url)
		}
		if len(p.Events) != n {
			t.Errorf("GET %s: %d events, want %d", tc.url, len(p.Events), n)
		}
		for _, e := range p.Events {
			if !tc.keep(e) {
				t.Errorf("GET %s: event %d should not pass: %+v", tc.url, e.ID, e)
			}
		}
	}
	// Full text: every event returned has a mention whose sentence has
	// the word.
	_, body, _ = get(t, h, "/api/v1/events?text=shelled&mentions=1")
	if p := decode[eventsPage](t, body); len(p.Events) == 0 {
		t.Error("text=shelled: no events")
	} else {
		for _, e := range p.Events {
			ok := false
			for _, m := range e.Mentions {
				ok = ok || strings.Contains(m.Text, "shelled")
			}
			if !ok {
				t.Errorf("text=shelled: event %d has no such sentence: %+v", e.ID, e.Mentions)
			}
		}
	}
	// One event, with mentions and spans inside their sentence.
	code, body, _ = get(t, h, "/api/v1/events/"+itoa(all[0].ID))
	if code != 200 {
		t.Fatalf("event: %d %s", code, body)
	}
	ev := decode[eventDetail](t, body)
	if ev.Event.ID != all[0].ID || len(ev.Mentions) == 0 {
		t.Fatalf("event detail = %+v", ev)
	}
	for _, m := range ev.Mentions {
		rel := m.Trigger.Start - m.SentenceStart
		if rel < 0 || m.Trigger.End-m.SentenceStart > len(m.SentenceText) {
			t.Errorf("trigger %v outside sentence at %d %q", m.Trigger, m.SentenceStart, m.SentenceText)
		}
	}
	if code, _, _ := get(t, h, "/api/v1/events/999999"); code != 404 {
		t.Errorf("missing event: %d, want 404", code)
	}
	if code, _, _ := get(t, h, "/api/v1/articles/999999"); code != 404 {
		t.Errorf("missing article: %d, want 404", code)
	}
	if code, _, _ := get(t, h, "/api/v1/nothing"); code != 404 {
		t.Errorf("unknown endpoint: %d, want 404", code)
	}
}

func itoa(n int64) string { return strings.TrimSpace(string(must(json.Marshal(n)))) }

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestArticleEscaping checks that an article's annotations come back with
// consistent offsets and that markup in its text is returned as JSON data,
// never as HTML a server template would render.
func TestArticleEscaping(t *testing.T) {
	db := fixture(t)
	h := New(db, Options{CacheTTL: -1})
	var found bool
	for id := int64(1); id <= int64(len(testArticles)); id++ {
		code, body, hdr := get(t, h, "/api/v1/articles/"+itoa(id))
		if code != 200 {
			t.Fatalf("article %d: %d %s", id, code, body)
		}
		if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("article content type %q", ct)
		}
		if bytes.Contains(body, []byte("<script>")) {
			t.Errorf("article %d: raw <script> in the JSON body (want \\u003c escapes)", id)
		}
		a := decode[articleJSON](t, body)
		if strings.Contains(a.Text, "<script>") {
			found = true
			if len(a.Events) == 0 || len(a.Actors) == 0 {
				t.Errorf("script article has no events or actors: %+v", a)
			}
		}
		for _, x := range a.Actors {
			if x.Start < 0 || x.End > len(a.Text) || x.Start >= x.End {
				t.Errorf("actor span %v outside text", x.Span)
			}
		}
		for _, m := range a.Events {
			if m.EventID <= 0 || m.Trigger.Start < 0 || m.Trigger.End > len(a.Text) {
				t.Errorf("event mention %+v", m)
			}
		}
	}
	if !found {
		t.Error("no article with <script> came back")
	}
	// The only HTML the server sends is the static UI: it must not
	// contain article text.
	_, body, _ := get(t, h, "/")
	if bytes.Contains(body, []byte("alert(")) {
		t.Error("index.html contains article text")
	}
}

func TestValidation(t *testing.T) {
	db := fixture(t)
	h := New(db, Options{CacheTTL: -1})
	tests := []struct{ url, param string }{
		{"/api/v1/events?limit=0", "limit"},
		{"/api/v1/events?limit=1001", "limit"},
		{"/api/v1/events?limit=abc", "limit"},
		{"/api/v1/events?from=2024-13-01", "from"},
		{"/api/v1/events?to=yesterday", "to"},
		{"/api/v1/events?from=2024-05-01&to=2024-04-01", "to"},
		{"/api/v1/events?country=FRANCE", "country"},
		{"/api/v1/events?country=F1A", "country"},
		{"/api/v1/events?role=GOVT", "role"},
		{"/api/v1/events?cameo=19x", "cameo"},
		{"/api/v1/events?root=21", "root"},
		{"/api/v1/events?root=1", "root"},
		{"/api/v1/events?quad=5", "quad"},
		{"/api/v1/events?plover=ASS%27AULT", "plover"},
		{"/api/v1/events?bbox=1,2,3", "bbox"},
		{"/api/v1/events?bbox=0,50,10,40", "bbox"},
		{"/api/v1/events?bbox=-200,0,10,10", "bbox"},
		{"/api/v1/events?bbox=a,b,c,d", "bbox"},
		{"/api/v1/events?sort=url", "sort"},
		{"/api/v1/events?sort=date%3BDROP%20TABLE%20events", "sort"},
		{"/api/v1/events?cursor=!!!", "cursor"},
		{"/api/v1/events?cursor=eyJzIjoiaWQiLCJpIjoxfQ&sort=date", "cursor"},
		{"/api/v1/events?mentions=2", "mentions"},
		{"/api/v1/events?mentions=1&limit=500", "limit"},
		{"/api/v1/events?actor=" + strings.Repeat("a", 201), "actor"},
		{"/api/v1/events?place=a%00b", "place"},
		{"/api/v1/events?text=%22unterminated", "text"},
		{"/api/v1/events?colour=red", "colour"},
		{"/api/v1/events?quad=1&quad=2", "quad"},
		{"/api/v1/aggregates/timeline?interval=year", "interval"},
		{"/api/v1/aggregates/timeline?split=actor", "split"},
		{"/api/v1/aggregates/timeline?limit=5", "limit"},
		{"/api/v1/aggregates/dyads?limit=100000", "limit"},
		{"/api/v1/aggregates/actors?limit=-1", "limit"},
		{"/api/v1/aggregates/places?quad=0", "quad"},
		{"/api/v1/events/abc", "id"},
		{"/api/v1/events/0", "id"},
		{"/api/v1/articles/-3", "id"},
		{"/api/v1/articles/1?x=1", "x"},
		{"/api/v1/stats?limit=1", "limit"},
	}
	for _, tc := range tests {
		code, body, _ := get(t, h, tc.url)
		if code != 400 {
			t.Errorf("GET %s: %d %s, want 400", tc.url, code, body)
			continue
		}
		e := decode[apiError](t, body)
		if e.Error.Parameter != tc.param || !strings.Contains(e.Error.Message, tc.param) {
			t.Errorf("GET %s: error %+v, want parameter %q named in the message", tc.url, e.Error, tc.param)
		}
	}
}

func TestPost(t *testing.T) {
	db, err := newStore(filepath.Join(t.TempDir(), "post.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	article := `{"id":"post1","date":"2024-05-01","title":"T","url":"https://example.org/a","source":"wire",
		"text":"Turkish warplanes bombed Kurdish militants in northern Iraq on Tuesday."}`
	post := func(h http.Handler, auth, body string) (int, []byte) {
		req := httptest.NewRequest("POST", "/api/v1/articles", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code, rec.Body.Bytes()
	}
	readOnly := New(db, Options{CacheTTL: -1})
	if code, body := post(readOnly, "Bearer "+testToken, article); code != 403 {
		t.Errorf("post without writes enabled: %d %s, want 403", code, body)
	}
	h := New(db, Options{IngestToken: testToken, MaxBody: 4096})
	tests := []struct {
		name, auth, body string
		code             int
		param            string
	}{
		{"no token", "", article, 401, "Authorization"},
		{"basic auth", "Basic dXNlcjpwYXNz", article, 401, "Authorization"},
		{"wrong token", "Bearer wrong-token-0123456789", article, 403, "Authorization"},
		{"prefix of token", "Bearer " + testToken[:10], article, 403, "Authorization"},
		{"bad json", "Bearer " + testToken, `{"date":`, 400, "body"},
		{"unknown field", "Bearer " + testToken, `{"date":"2024-05-01","text":"x","colour":1}`, 400, "body"},
		{"no text", "Bearer " + testToken, `{"date":"2024-05-01"}`, 400, "text"},
		{"no date", "Bearer " + testToken, `{"text":"Something happened."}`, 400, "date"},
		{"bad date", "Bearer " + testToken, `{"text":"Something happened.","date":"May 1"}`, 400, "date"},
		{"too large", "Bearer " + testToken, `{"date":"2024-05-01","text":"` + strings.Repeat("a", 5000) + `"}`, 413, "body"},
		{"ok", "Bearer " + testToken, article, 201, ""},
		{"again", "Bearer " + testToken, article, 200, ""},
	}
	for _, tc := range tests {
		code, body := post(h, tc.auth, tc.body)
		if code != tc.code {
			t.Errorf("%s: %d %s, want %d", tc.name, code, body, tc.code)
			continue
		}
		if tc.param != "" {
			e := decode[apiError](t, body)
			if e.Error.Parameter != tc.param {
				t.Errorf("%s: error %+v, want parameter %q", tc.name, e.Error, tc.param)
			}
		}
	}
	// The posted article is stored and served.
	code, body, _ := get(t, h, "/api/v1/articles/1")
	if code != 200 || !strings.Contains(string(body), "Turkish warplanes") {
		t.Errorf("posted article: %d %.200s", code, body)
	}
}

// TestOpenAPI checks that every route is documented with its method, and
// that every documented path is served.
func TestOpenAPI(t *testing.T) {
	type param struct {
		Ref  string `json:"$ref"`
		Name string `json:"name"`
		In   string `json:"in"`
	}
	var d struct {
		OpenAPI    string                                             `json:"openapi"`
		Paths      map[string]map[string]struct{ Parameters []param } `json:"paths"`
		Components struct {
			Parameters map[string]param `json:"parameters"`
		} `json:"components"`
	}
	if err := json.Unmarshal(openapiJSON, &d); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(d.OpenAPI, "3.") {
		t.Errorf("openapi version %q", d.OpenAPI)
	}
	s := New(nopStore{}, Options{})
	served := map[string]bool{}
	for _, r := range s.routes() {
		if r.path == "/" || r.path == "/api/" {
			continue // the UI and the API's 404
		}
		served[r.path] = true
		ops, ok := d.Paths[r.path]
		if !ok {
			t.Errorf("route %s %s is not documented", r.method, r.path)
			continue
		}
		op, ok := ops[strings.ToLower(r.method)]
		if !ok {
			t.Errorf("route %s %s: method not documented", r.method, r.path)
			continue
		}
		// The documented query parameters are exactly those accepted.
		var documented []string
		for _, p := range op.Parameters {
			if p.Ref != "" {
				p = d.Components.Parameters[strings.TrimPrefix(p.Ref, "#/components/parameters/")]
			}
			if p.Name == "" {
				t.Errorf("route %s %s: unresolved parameter", r.method, r.path)
			}
			if p.In == "query" {
				documented = append(documented, p.Name)
			}
		}
		slices.Sort(documented)
		accepted := slices.Clone(r.params)
		slices.Sort(accepted)
		if !slices.Equal(documented, accepted) {
			t.Errorf("route %s %s: documented query parameters %v, accepted %v", r.method, r.path, documented, accepted)
		}
	}
	for p := range d.Paths {
		if !served[p] {
			t.Errorf("documented path %s is not served", p)
		}
	}
}

// nopStore is a Store without data, for tests of routing.
type nopStore struct{}

func (nopStore) PutArticles(context.Context, []*doc.Document) ([]store.PutResult, error) {
	return nil, nil
}
func (nopStore) HasArticle(context.Context, string) (bool, error) { return false, nil }
func (nopStore) Article(context.Context, int64) (*store.Article, error) {
	return nil, store.ErrNotFound
}
func (nopStore) Events(context.Context, store.Filter) ([]store.Event, error) { return nil, nil }
func (nopStore) Stats(context.Context) (store.Stats, error)                  { return store.Stats{}, nil }
func (nopStore) Close() error                                                { return nil }

// TestPlainStore checks that a store without aggregates still lists events
// and answers 501 for aggregates.
func TestPlainStore(t *testing.T) {
	h := New(nopStore{}, Options{CacheTTL: -1})
	for _, tc := range []struct {
		url  string
		code int
	}{
		{"/api/v1/events", 200},
		{"/api/v1/events?sort=-date", 501},
		{"/api/v1/aggregates/dyads", 501},
		{"/api/v1/events/1", 501},
	} {
		if code, body, _ := get(t, h, tc.url); code != tc.code {
			t.Errorf("GET %s: %d %s, want %d", tc.url, code, body, tc.code)
		}
	}
}

// TestCache checks that cached responses are served and cleared by a post.
func TestCache(t *testing.T) {
	db := fixture(t)
	h := New(db, Options{CacheTTL: time.Minute})
	_, b1, h1 := get(t, h, "/api/v1/aggregates/actors")
	_, b2, h2 := get(t, h, "/api/v1/aggregates/actors")
	if h1.Get("X-Cache") != "" || h2.Get("X-Cache") != "hit" || !bytes.Equal(b1, b2) {
		t.Errorf("cache: first %q second %q, bodies equal %v", h1.Get("X-Cache"), h2.Get("X-Cache"), bytes.Equal(b1, b2))
	}
	// An expired entry is served stale while one request recomputes it.
	key := "/api/v1/aggregates/actors?"
	h.cache.mu.Lock()
	e := h.cache.m[key]
	e.expires = time.Now().Add(-time.Second)
	h.cache.m[key] = e
	h.cache.mu.Unlock()
	_, b4, h4 := get(t, h, "/api/v1/aggregates/actors")
	if h4.Get("X-Cache") != "stale" || !bytes.Equal(b4, b1) {
		t.Errorf("expired entry: X-Cache %q", h4.Get("X-Cache"))
	}
	h.cache.mu.Lock()
	f := h.cache.inflight[key]
	h.cache.mu.Unlock()
	if f != nil {
		<-f.done
	}
	if _, _, h5 := get(t, h, "/api/v1/aggregates/actors"); h5.Get("X-Cache") != "hit" {
		t.Errorf("after the refresh: X-Cache %q, want hit", h5.Get("X-Cache"))
	}
	// Too old an entry is not served.
	h.cache.mu.Lock()
	e = h.cache.m[key]
	e.expires = time.Now().Add(-staleFactor * time.Minute)
	h.cache.m[key] = e
	h.cache.mu.Unlock()
	if _, _, h6 := get(t, h, "/api/v1/aggregates/actors"); h6.Get("X-Cache") != "" {
		t.Errorf("entry older than the stale limit: X-Cache %q", h6.Get("X-Cache"))
	}
	h.cache.clear()
	if _, _, h3 := get(t, h, "/api/v1/aggregates/actors"); h3.Get("X-Cache") != "" {
		t.Error("cache not cleared")
	}
}

var _ = io.Discard

// TestCacheFlight checks that concurrent misses of one key share the first
// computation.
func TestCacheFlight(t *testing.T) {
	c := newCache(time.Minute, 4)
	f1, lead1 := c.join("k")
	f2, lead2 := c.join("k")
	if !lead1 || lead2 || f1 != f2 {
		t.Fatalf("join: leader %v %v, same flight %v", lead1, lead2, f1 == f2)
	}
	c.finish("k", f1, entry{status: 200, body: []byte("x")}, true)
	<-f2.done
	if !f2.ok || string(f2.e.body) != "x" {
		t.Errorf("waiter got %+v", f2)
	}
	if e, ok := c.get("k"); !ok || string(e.body) != "x" {
		t.Error("result not cached")
	}
	// A failed computation is not cached and ends the flight.
	f3, lead3 := c.join("bad")
	c.finish("bad", f3, entry{status: 500}, false)
	if _, ok := c.get("bad"); ok || !lead3 {
		t.Error("failed result cached")
	}
	if _, lead := c.join("bad"); !lead {
		t.Error("flight not ended")
	}
	// The cache stays bounded.
	for i := 0; i < 10; i++ {
		c.put(strings.Repeat("x", i+1), entry{status: 200})
	}
	if len(c.m) > 4 {
		t.Errorf("cache holds %d entries, max 4", len(c.m))
	}
	// And bounded in bytes.
	c.maxBytes = 80
	c.clear()
	for i := 0; i < 10; i++ {
		c.put(strings.Repeat("y", i+1), entry{status: 200, body: []byte("0123456789")})
		if c.size > c.maxBytes {
			t.Fatalf("cache holds %d bytes, max %d", c.size, c.maxBytes)
		}
	}
	c.put("big", entry{status: 200, body: make([]byte, 11)})
	if _, ok := c.get("big"); ok {
		t.Error("an entry over an eighth of the bound was kept")
	}
}

// slowStore never answers before its context ends.
type slowStore struct{ nopStore }

func (slowStore) Events(ctx context.Context, _ store.Filter) ([]store.Event, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

// TestTimeout checks that a query running past the limit ends with a 503.
func TestTimeout(t *testing.T) {
	h := New(slowStore{}, Options{QueryTimeout: time.Millisecond, CacheTTL: -1})
	code, body, _ := get(t, h, "/api/v1/events")
	if code != http.StatusServiceUnavailable || decode[apiError](t, body).Error.Code != "timeout" {
		t.Errorf("slow query: %d %s, want 503 timeout", code, body)
	}
}

// TestMetrics checks that requests are counted per route and status.
func TestMetrics(t *testing.T) {
	h := New(nopStore{}, Options{CacheTTL: -1})
	get(t, h, "/api/v1/events")
	get(t, h, "/api/v1/events?quad=9")
	_, body, hdr := get(t, h, "/metrics")
	for _, want := range []string{
		`annals_http_requests_total{route="GET /api/v1/events",code="200"} 1`,
		`annals_http_requests_total{route="GET /api/v1/events",code="400"} 1`,
		`annals_http_request_duration_seconds_count{route="GET /api/v1/events"} 2`,
		`annals_http_request_duration_seconds_bucket{route="GET /api/v1/events",le="+Inf"} 2`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
	if !strings.HasPrefix(hdr.Get("Content-Type"), "text/plain; version=0.0.4") {
		t.Errorf("metrics content type %q", hdr.Get("Content-Type"))
	}
}

// TestUINoHTMLInjection checks the UI's sources: no inline script or
// style (the CSP forbids them) and no HTML built from strings, so data is
// only ever inserted as text.
func TestUINoHTMLInjection(t *testing.T) {
	entries, err := uiFS.ReadDir("ui")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		b, err := uiFS.ReadFile("ui/" + name)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		switch {
		case strings.HasSuffix(name, ".js"):
			n++
			for _, bad := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"} {
				if strings.Contains(src, bad) {
					t.Errorf("%s uses %s", name, bad)
				}
			}
		case strings.HasSuffix(name, ".html"):
			for _, bad := range []string{"<script>", "style=", "onclick", "onload", "http://", "https://"} {
				if strings.Contains(src, bad) {
					t.Errorf("%s contains %q", name, bad)
				}
			}
		}
	}
	if n < 5 {
		t.Errorf("found %d UI scripts, want the views", n)
	}
}
