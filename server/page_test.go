package server

import (
	"encoding/json"
	"strings"
	"testing"

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
