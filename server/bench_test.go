//go:build unix

package server

import (
	"net/http/httptest"
	"os"
	"syscall"
	"testing"
	"time"
)

// BenchmarkEndpoints serves the endpoints of server/load/run.sh without
// HTTP or the cache from the database ANNALS_BENCH_DB names (opening
// migrates it: give a copy) and reports the CPU time per request too
// (cpu-us/op, less sensitive than ns/op to other work on the machine):
//
//	cp /tmp/bench/bench.db /tmp/b.db
//	ANNALS_BENCH_DB=/tmp/b.db go test ./server -run X -bench Endpoints -benchtime 500x
func BenchmarkEndpoints(b *testing.B) {
	path := os.Getenv("ANNALS_BENCH_DB")
	if path == "" {
		b.Skip("ANNALS_BENCH_DB unset: no database to serve (see the doc comment)")
	}
	db, err := newStore(path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	h := New(db, Options{CacheTTL: -1})
	for _, p := range []string{
		"/api/v1/events?limit=100",
		"/api/v1/events?sort=-date&limit=100",
		"/api/v1/events?country=USA&quad=4&limit=100",
		"/api/v1/events?text=oil&limit=50",
		"/api/v1/aggregates/timeline?interval=month&split=quad",
		"/api/v1/aggregates/timeline?interval=week&split=root&country=USA",
		"/api/v1/aggregates/dyads?limit=100",
		"/api/v1/aggregates/actors?limit=50",
		"/api/v1/aggregates/places?limit=500",
	} {
		b.Run(p[8:], func(b *testing.B) {
			b.ReportAllocs()
			var r0, r1 syscall.Rusage
			syscall.Getrusage(syscall.RUSAGE_SELF, &r0)
			defer func() {
				syscall.Getrusage(syscall.RUSAGE_SELF, &r1)
				cpu := time.Duration(r1.Utime.Nano() + r1.Stime.Nano() - r0.Utime.Nano() - r0.Stime.Nano())
				b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-us/op")
			}()
			for i := 0; i < b.N; i++ {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, httptest.NewRequest("GET", p, nil))
				if w.Code != 200 {
					b.Fatal(w.Code, w.Body.String())
				}
			}
		})
	}
}
