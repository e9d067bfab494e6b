// Package server serves a store of coded events over HTTP: a versioned JSON
// API under /api/v1 (described by the OpenAPI 3 document at
// /api/v1/openapi.json), /healthz, Prometheus metrics at /metrics, and an
// offline web UI embedded in the binary (timeline, map, actor network, event
// table and article view).
//
// Every request parameter is validated (a 400 JSON error names the
// parameter), page sizes and query time are bounded, and SQL is never built
// from request strings (the store takes them as arguments). Writes are off
// unless Options.IngestToken is set: then POST /api/v1/articles codes an
// article with the pipeline and stores it, for clients that send the token
// as a bearer token.
//
// Wiring it up:
//
//	db, _ := sqlite.Open(ctx, "annals.db")
//	h := server.New(db, server.Options{})
//	http.ListenAndServe("127.0.0.1:8080", h)
package server

import (
	"bytes"
	"context"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/pipeline"
	"github.com/annals-dev/annals/store"
)

//go:embed openapi.json
var openapiJSON []byte

//go:embed ui
var uiFS embed.FS

// Defaults of Options.
const (
	DefaultQueryTimeout = 5 * time.Second
	DefaultMaxBody      = 1 << 20
	DefaultCacheTTL     = 5 * time.Second
	// MaxLimit bounds every page size and top-N list.
	MaxLimit = 1000
	// DefaultLimit is the page size when none is asked for.
	DefaultLimit = 100
)

// Options configure the server. The zero value serves read-only with the
// defaults.
type Options struct {
	// IngestToken enables POST /api/v1/articles for clients sending
	// "Authorization: Bearer <IngestToken>"; empty disables writes.
	IngestToken string
	// Annotator codes posted articles; nil uses pipeline.Default (loaded
	// on the first post).
	Annotator func() (*pipeline.Annotator, error)
	// QueryTimeout bounds each request's store queries (default
	// DefaultQueryTimeout).
	QueryTimeout time.Duration
	// MaxBody bounds a posted article's JSON size in bytes (default
	// DefaultMaxBody).
	MaxBody int64
	// CacheTTL is how long GET API responses are cached (default
	// DefaultCacheTTL); negative disables the cache. A successful post
	// clears it.
	CacheTTL time.Duration
	// Logger receives internal errors; nil uses log.Default().
	Logger *log.Logger
	// MaxConcurrent bounds the GET API requests served at once (0: one per
	// core, GOMAXPROCS, at least 2; negative: no bound). The others wait their turn in
	// arrival order, at most QueryTimeout (then 503): with more requests
	// than cores in flight, each would take longer and the slowest much
	// longer, for no more answers per second.
	MaxConcurrent int
}

// Server is the HTTP handler returned by New.
type Server struct {
	st      store.Store
	agg     store.Aggregator // nil when the store does not aggregate
	opts    Options
	mux     *http.ServeMux
	metrics *metrics
	cache   *cache
	ui      http.Handler
	gate    chan struct{} // MaxConcurrent tokens; nil for no bound

	annOnce sync.Once
	ann     *pipeline.Annotator
	annErr  error
}

// route is one registered endpoint; the OpenAPI test checks that every API
// route is documented.
type route struct {
	method, path string
	h            func(http.ResponseWriter, *http.Request)
	// params are the query parameters it takes.
	params []string
}

// New returns the HTTP handler serving st. Aggregates and sorted paging
// need st to implement store.Aggregator (store/sqlite does); otherwise
// those endpoints answer 501.
func New(st store.Store, opts Options) *Server {
	if opts.QueryTimeout <= 0 {
		opts.QueryTimeout = DefaultQueryTimeout
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.CacheTTL == 0 {
		opts.CacheTTL = DefaultCacheTTL
	}
	if opts.Logger == nil {
		opts.Logger = log.Default()
	}
	if opts.MaxConcurrent == 0 {
		opts.MaxConcurrent = max(2, runtime.GOMAXPROCS(0))
	}
	s := &Server{st: st, opts: opts, mux: http.NewServeMux(), metrics: newMetrics()}
	if opts.MaxConcurrent > 0 {
		s.gate = make(chan struct{}, opts.MaxConcurrent)
	}
	s.agg, _ = st.(store.Aggregator)
	if opts.CacheTTL > 0 {
		s.cache = newCache(opts.CacheTTL, 512)
	}
	sub, err := fs.Sub(uiFS, "ui")
	if err != nil {
		panic(err) // the embedded tree always has ui/
	}
	s.ui = http.FileServerFS(sub)
	for _, r := range s.routes() {
		s.mux.HandleFunc(r.method+" "+r.path, r.h)
	}
	return s
}

func (s *Server) routes() []route {
	return []route{
		{"GET", "/healthz", s.healthz, nil},
		{"GET", "/metrics", s.metrics.serve, nil},
		{"GET", "/api/v1/openapi.json", s.openapi, nil},
		{"GET", "/api/v1/stats", s.cached(s.stats), nil},
		{"GET", "/api/v1/events", s.cached(s.events), join(filterParams, eventsParams)},
		{"GET", "/api/v1/events/{id}", s.cached(s.event), nil},
		{"GET", "/api/v1/aggregates/timeline", s.cached(s.timeline), join(filterParams, timelineParams)},
		{"GET", "/api/v1/aggregates/dyads", s.cached(s.dyads), join(filterParams, topParams)},
		{"GET", "/api/v1/aggregates/actors", s.cached(s.actors), join(filterParams, topParams)},
		{"GET", "/api/v1/aggregates/places", s.cached(s.places), join(filterParams, topParams)},
		{"GET", "/api/v1/articles/{id}", s.cached(s.article), nil},
		{"POST", "/api/v1/articles", s.postArticle, nil},
		{"GET", "/api/", s.apiNotFound, nil},
		{"GET", "/", s.static, nil},
	}
}

func join(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// securityHeaders are set on every response: the UI loads nothing but its
// own files and never runs inline script or style.
var securityHeaders = map[string][]string{
	"Content-Security-Policy": {"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
		"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"},
	"X-Content-Type-Options": {"nosniff"},
	"Referrer-Policy":        {"no-referrer"},
	"X-Frame-Options":        {"DENY"},
}

// ServeHTTP implements http.Handler: security headers, metrics, panics
// turned into 500s.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	hdr := w.Header()
	for k, v := range securityHeaders {
		hdr[k] = v // canonical keys; the slices are never modified
	}
	rec := &statusRecorder{ResponseWriter: w, status: 200}
	defer func() {
		if p := recover(); p != nil {
			s.opts.Logger.Printf("annals serve: panic on %s %s: %v", r.Method, r.URL.Path, p)
			if !rec.wrote {
				writeError(rec, http.StatusInternalServerError, "internal", "", "internal error")
			}
		}
		pattern := r.Pattern // set by the mux when a route matched
		if pattern == "" {
			pattern = "other"
		}
		s.metrics.observe(pattern, rec.status, time.Since(start))
	}()
	if s.gate != nil && r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/api/") {
		if !s.enter(rec, r) {
			return
		}
		defer func() { <-s.gate }()
	}
	s.mux.ServeHTTP(rec, r)
}

// enter waits for a turn to serve r (blocked senders on a channel are
// served in order); false when the client left or the wait outlasted
// QueryTimeout (answered 503).
func (s *Server) enter(w http.ResponseWriter, r *http.Request) bool {
	select {
	case s.gate <- struct{}{}:
		return true
	default:
	}
	t := time.NewTimer(s.opts.QueryTimeout)
	defer t.Stop()
	select {
	case s.gate <- struct{}{}:
		return true
	case <-r.Context().Done():
		return false
	case <-t.C:
		writeError(w, http.StatusServiceUnavailable, "busy", "", "too many requests in progress; retry later")
		return false
	}
}

type statusRecorder struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (r *statusRecorder) WriteHeader(code int) {
	if !r.wrote {
		r.status, r.wrote = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	r.wrote = true
	return r.ResponseWriter.Write(b)
}

// apiError is the body of every error response.
type apiError struct {
	Error struct {
		// Code is a stable machine-readable reason.
		Code string `json:"code"`
		// Parameter names the offending request parameter, if any.
		Parameter string `json:"parameter,omitempty"`
		Message   string `json:"message"`
	} `json:"error"`
}

func writeError(w http.ResponseWriter, status int, code, param, msg string) {
	var e apiError
	e.Error.Code, e.Error.Parameter, e.Error.Message = code, param, msg
	writeJSON(w, status, e)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, `{"error":{"code":"internal","message":"encoding failed"}}`, http.StatusInternalServerError)
		return
	}
	writeBody(w, status, append(b, '\n'))
}

// writeBody answers status with the JSON body b (newline included) in one
// write: with its Content-Length, a large answer is not sent in chunks.
func writeBody(w http.ResponseWriter, status int, b []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	w.Write(b)
}

// fail answers a store error: a bad query is the client's fault (400), a
// missing record 404, a timeout 503, anything else 500.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error, param string) {
	switch {
	case errors.Is(err, store.ErrBadQuery):
		writeError(w, http.StatusBadRequest, "bad_parameter", param, err.Error())
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "not_found", "", "not found")
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusServiceUnavailable, "timeout", "", "the query took too long; narrow the filters")
	case errors.Is(err, context.Canceled):
		writeError(w, 499, "canceled", "", "request canceled")
	default:
		s.opts.Logger.Printf("annals serve: %s %s: %v", r.Method, r.URL.Path, err)
		writeError(w, http.StatusInternalServerError, "internal", "", "internal error")
	}
}

func (s *Server) ctx(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), s.opts.QueryTimeout)
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.ctx(r)
	defer cancel()
	if _, err := s.st.Stats(ctx); err != nil {
		s.opts.Logger.Printf("annals serve: healthz: %v", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openapiJSON)
}

func (s *Server) apiNotFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound, "not_found", "", "no such endpoint; see /api/v1/openapi.json")
}

// static serves the embedded UI. Every UI route is a hash route of
// index.html, so unknown paths are 404s.
func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-cache")
	s.ui.ServeHTTP(w, r)
}

// cached wraps a GET handler with the response cache, keyed by path and
// raw query.
func (s *Server) cached(h http.HandlerFunc) http.HandlerFunc {
	if s.cache == nil {
		return h
	}
	// compute runs h into a cache entry and ends the flight f.
	compute := func(key string, f *flight, r *http.Request) (e entry) {
		ok := false
		defer func() {
			if !ok { // h panicked: release the waiters
				s.cache.finish(key, f, entry{}, false)
			}
		}()
		bw := &bufferWriter{header: http.Header{}, status: 200}
		h(bw, r)
		e = entry{status: bw.status, body: bw.buf.Bytes(), header: bw.header}
		ok = true
		s.cache.finish(key, f, e, bw.status == http.StatusOK)
		return e
	}
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.Path + "?" + r.URL.RawQuery
		e, state := s.cache.lookup(key)
		switch state {
		case fresh:
			w.Header().Set("X-Cache", "hit")
		case stale:
			// Serve the stale copy at once; one request refreshes it in
			// the background, detached from this request's lifetime.
			w.Header().Set("X-Cache", "stale")
			if f, leader := s.cache.join(key); leader {
				r2 := r.Clone(context.WithoutCancel(r.Context()))
				go compute(key, f, r2)
			}
		default:
			f, leader := s.cache.join(key)
			if leader {
				e = compute(key, f, r)
				break
			}
			select {
			case <-f.done:
			case <-r.Context().Done():
				return
			}
			if !f.ok {
				h(w, r) // the leader failed: answer on our own
				return
			}
			e = f.e
			w.Header().Set("X-Cache", "shared")
		}
		for k, v := range e.header {
			w.Header()[k] = v
		}
		w.WriteHeader(e.status)
		w.Write(e.body)
	}
}

type bufferWriter struct {
	header http.Header
	status int
	buf    bytes.Buffer
}

func (b *bufferWriter) Header() http.Header         { return b.header }
func (b *bufferWriter) WriteHeader(code int)        { b.status = code }
func (b *bufferWriter) Write(p []byte) (int, error) { return b.buf.Write(p) }

// annotator returns the pipeline for posted articles, loading it once.
func (s *Server) annotator() (*pipeline.Annotator, error) {
	s.annOnce.Do(func() {
		f := s.opts.Annotator
		if f == nil {
			f = pipeline.Default
		}
		s.ann, s.annErr = f()
	})
	return s.ann, s.annErr
}

// postedArticle is the body of POST /api/v1/articles.
type postedArticle struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Text   string `json:"text"`
	Title  string `json:"title"`
	URL    string `json:"url"`
	Source string `json:"source"`
}

func (s *Server) authorized(w http.ResponseWriter, r *http.Request) bool {
	if s.opts.IngestToken == "" {
		writeError(w, http.StatusForbidden, "writes_disabled", "", "writes are disabled; start the server with --ingest-token")
		return false
	}
	auth := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(auth, "Bearer ")
	if !ok || tok == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="annals"`)
		writeError(w, http.StatusUnauthorized, "unauthorized", "Authorization", "a bearer token is required")
		return false
	}
	if subtle.ConstantTimeCompare([]byte(tok), []byte(s.opts.IngestToken)) != 1 {
		writeError(w, http.StatusForbidden, "forbidden", "Authorization", "wrong token")
		return false
	}
	return true
}

func (s *Server) postArticle(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(w, r) {
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		writeError(w, http.StatusUnsupportedMediaType, "bad_content_type", "Content-Type", "send application/json")
		return
	}
	body := http.MaxBytesReader(w, r.Body, s.opts.MaxBody)
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	var a postedArticle
	if err := dec.Decode(&a); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, http.StatusRequestEntityTooLarge, "too_large", "body", fmt.Sprintf("the body exceeds %d bytes", s.opts.MaxBody))
			return
		}
		writeError(w, http.StatusBadRequest, "bad_body", "body", "invalid JSON article: "+err.Error())
		return
	}
	if dec.More() {
		writeError(w, http.StatusBadRequest, "bad_body", "body", "one JSON article per request")
		return
	}
	d, perr := a.document()
	if perr != nil {
		writeError(w, http.StatusBadRequest, "bad_parameter", perr.param, perr.msg)
		return
	}
	ann, err := s.annotator()
	if err != nil {
		s.fail(w, r, fmt.Errorf("pipeline: %w", err), "")
		return
	}
	if err := ann.Process(d); err != nil {
		s.fail(w, r, fmt.Errorf("coding: %w", err), "")
		return
	}
	ctx, cancel := s.ctx(r)
	defer cancel()
	res, err := s.st.PutArticles(ctx, []*doc.Document{d})
	if err != nil {
		s.fail(w, r, err, "")
		return
	}
	if s.cache != nil {
		s.cache.clear()
	}
	status := http.StatusCreated
	if len(res) == 1 && !res[0].New {
		status = http.StatusOK
	}
	pr := res[0]
	w.Header().Set("Location", fmt.Sprintf("/api/v1/articles/%d", pr.ArticleID))
	writeJSON(w, status, postResult{ArticleID: pr.ArticleID, Hash: pr.Hash, New: pr.New, NearDuplicateOf: pr.NearDuplicateOf,
		Mentions: pr.Mentions, NewEvents: pr.NewEvents, Merged: pr.Merged})
}

// postResult is the body of a successful POST /api/v1/articles.
type postResult struct {
	ArticleID       int64  `json:"article_id"`
	Hash            string `json:"hash"`
	New             bool   `json:"new"`
	NearDuplicateOf int64  `json:"near_duplicate_of,omitempty"`
	Mentions        int    `json:"mentions"`
	NewEvents       int    `json:"new_events"`
	Merged          int    `json:"merged"`
}

// paramError is a validation failure of one parameter.
type paramError struct{ param, msg string }

func (e *paramError) Error() string { return e.param + ": " + e.msg }

func (a *postedArticle) document() (*doc.Document, *paramError) {
	if strings.TrimSpace(a.Text) == "" {
		return nil, &paramError{"text", "text is required"}
	}
	if a.Date == "" {
		return nil, &paramError{"date", "date is required (YYYY-MM-DD)"}
	}
	t, err := time.Parse("2006-01-02", a.Date)
	if err != nil {
		return nil, &paramError{"date", "date must be YYYY-MM-DD"}
	}
	for _, f := range []struct{ name, v string }{{"id", a.ID}, {"title", a.Title}, {"url", a.URL}, {"source", a.Source}} {
		if len(f.v) > 2000 {
			return nil, &paramError{f.name, "longer than 2000 bytes"}
		}
	}
	id := a.ID
	if id == "" {
		id = "post-" + a.Date
	}
	return &doc.Document{ID: id, Title: a.Title, URL: a.URL, Source: a.Source, Date: t, Text: a.Text}, nil
}
