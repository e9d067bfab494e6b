package server

import (
	"fmt"
	"net/http"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// metrics keeps request counters and latency histograms per route and
// writes them in the Prometheus text exposition format (version 0.0.4).
type metrics struct {
	mu     sync.Mutex
	start  time.Time
	count  map[[2]string]uint64 // route, status code
	hist   map[string]*histogram
	bounds []float64
}

type histogram struct {
	buckets []uint64 // cumulative counts are computed on output
	sum     float64
	count   uint64
}

func newMetrics() *metrics {
	return &metrics{start: time.Now(), count: map[[2]string]uint64{}, hist: map[string]*histogram{},
		bounds: []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5}}
}

func (m *metrics) observe(route string, status int, d time.Duration) {
	sec := d.Seconds()
	m.mu.Lock()
	defer m.mu.Unlock()
	m.count[[2]string{route, strconv.Itoa(status)}]++
	h := m.hist[route]
	if h == nil {
		h = &histogram{buckets: make([]uint64, len(m.bounds))}
		m.hist[route] = h
	}
	for i, b := range m.bounds {
		if sec <= b {
			h.buckets[i]++
			break
		}
	}
	h.sum += sec
	h.count++
}

// escapeLabel escapes a label value for the text format.
func escapeLabel(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
}

func (m *metrics) serve(w http.ResponseWriter, r *http.Request) {
	var sb strings.Builder
	m.mu.Lock()
	sb.WriteString("# HELP annals_http_requests_total HTTP requests by route pattern and status code.\n")
	sb.WriteString("# TYPE annals_http_requests_total counter\n")
	keys := make([][2]string, 0, len(m.count))
	for k := range m.count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		fmt.Fprintf(&sb, "annals_http_requests_total{route=\"%s\",code=\"%s\"} %d\n", escapeLabel(k[0]), k[1], m.count[k])
	}
	sb.WriteString("# HELP annals_http_request_duration_seconds HTTP request latency by route pattern.\n")
	sb.WriteString("# TYPE annals_http_request_duration_seconds histogram\n")
	routes := make([]string, 0, len(m.hist))
	for r := range m.hist {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	for _, rt := range routes {
		h := m.hist[rt]
		l := escapeLabel(rt)
		var cum uint64
		for i, b := range m.bounds {
			cum += h.buckets[i]
			fmt.Fprintf(&sb, "annals_http_request_duration_seconds_bucket{route=\"%s\",le=\"%s\"} %d\n", l, strconv.FormatFloat(b, 'g', -1, 64), cum)
		}
		fmt.Fprintf(&sb, "annals_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %d\n", l, h.count)
		fmt.Fprintf(&sb, "annals_http_request_duration_seconds_sum{route=\"%s\"} %g\n", l, h.sum)
		fmt.Fprintf(&sb, "annals_http_request_duration_seconds_count{route=\"%s\"} %d\n", l, h.count)
	}
	uptime := time.Since(m.start).Seconds()
	m.mu.Unlock()
	fmt.Fprintf(&sb, "# HELP annals_uptime_seconds Seconds since the server started.\n# TYPE annals_uptime_seconds gauge\nannals_uptime_seconds %g\n", uptime)
	fmt.Fprintf(&sb, "# HELP go_goroutines Number of goroutines.\n# TYPE go_goroutines gauge\ngo_goroutines %d\n", runtime.NumGoroutine())
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	w.Write([]byte(sb.String()))
}
