package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/annals-dev/annals/store"
)

// TestEventsPageBytes: the events page, the time series and the places, written with
// the store's AppendJSON methods, are byte for byte what writeJSON writes
// with encoding/json.
func TestEventsPageBytes(t *testing.T) {
	db := fixture(t)
	h := New(db, Options{CacheTTL: -1})
	for _, path := range []string{
		"/api/v1/events?limit=2",
		"/api/v1/events?limit=1000",
		"/api/v1/events?sort=-goldstein&limit=3",
		"/api/v1/events?mentions=1&limit=5",
		"/api/v1/events?country=ZZZ",
		"/api/v1/aggregates/timeline?interval=day&split=root",
		"/api/v1/aggregates/timeline?interval=month&split=quad&country=ZZZ",
		"/api/v1/aggregates/places?limit=1000",
		"/api/v1/aggregates/places?country=ZZZ",
	} {
		t.Run(path, func(t *testing.T) {
			code, body, _ := get(t, h, path)
			if code != 200 {
				t.Fatalf("%d %s", code, body)
			}
			var want []byte
			var err error
			switch {
			case strings.Contains(path, "timeline"):
				want, err = json.Marshal(decode[store.Series](t, body))
			case strings.Contains(path, "places"):
				want, err = json.Marshal(decode[map[string][]store.PlaceCount](t, body))
			default:
				want, err = json.Marshal(decode[eventsPage](t, body))
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(body) != string(want)+"\n" {
				t.Errorf("\ngot  %s\nwant %s", body, want)
			}
		})
	}
}

// countingStore records how many Events calls run at once; each waits
// until release is closed.
type countingStore struct {
	nopStore
	mu        sync.Mutex
	now, most int
	entered   chan struct{}
	release   chan struct{}
}

func (c *countingStore) Events(ctx context.Context, _ store.Filter) ([]store.Event, error) {
	c.mu.Lock()
	c.now++
	c.most = max(c.most, c.now)
	c.mu.Unlock()
	c.entered <- struct{}{}
	<-c.release
	c.mu.Lock()
	c.now--
	c.mu.Unlock()
	return nil, nil
}

// TestMaxConcurrent: no more GET API requests run at once than the bound;
// the others wait their turn, and one that waits past the query time limit
// gets a 503.
func TestMaxConcurrent(t *testing.T) {
	for _, bound := range []int{1, 2} {
		t.Run(fmt.Sprint(bound), func(t *testing.T) {
			st := &countingStore{entered: make(chan struct{}, 10), release: make(chan struct{})}
			h := New(st, Options{CacheTTL: -1, MaxConcurrent: bound, QueryTimeout: time.Hour})
			const n = 5
			codes := make(chan int, n)
			for i := 0; i < n; i++ {
				go func() {
					code, _, _ := get(t, h, "/api/v1/events")
					codes <- code
				}()
			}
			for i := 0; i < bound; i++ {
				<-st.entered // the first ones are in
			}
			// The others cannot enter while these hold their turns.
			select {
			case <-st.entered:
				t.Fatal("a request entered past the bound")
			case <-time.After(50 * time.Millisecond):
			}
			close(st.release)
			for i := 0; i < n; i++ {
				if code := <-codes; code != http.StatusOK {
					t.Errorf("status %d", code)
				}
			}
			if st.most != bound {
				t.Errorf("%d requests ran at once, bound %d", st.most, bound)
			}
		})
	}
	t.Run("waits past the limit", func(t *testing.T) {
		st := &countingStore{entered: make(chan struct{}, 10), release: make(chan struct{})}
		h := New(st, Options{CacheTTL: -1, MaxConcurrent: 1, QueryTimeout: time.Millisecond})
		done := make(chan struct{})
		go func() { get(t, h, "/api/v1/events"); close(done) }()
		<-st.entered
		code, body, _ := get(t, h, "/api/v1/events")
		if code != http.StatusServiceUnavailable || decode[apiError](t, body).Error.Code != "busy" {
			t.Errorf("waiting request: %d %s, want 503 busy", code, body)
		}
		close(st.release)
		<-done
	})
}
