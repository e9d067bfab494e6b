package server

import (
	"encoding/json"
	"testing"
)

// TestEventsPageBytes: the events page written with store.Event.AppendJSON
// is byte for byte what writeJSON writes with encoding/json.
func TestEventsPageBytes(t *testing.T) {
	db := fixture(t)
	h := New(db, Options{CacheTTL: -1})
	for _, path := range []string{
		"/api/v1/events?limit=2",
		"/api/v1/events?limit=1000",
		"/api/v1/events?sort=-goldstein&limit=3",
		"/api/v1/events?mentions=1&limit=5",
		"/api/v1/events?country=ZZZ",
	} {
		t.Run(path, func(t *testing.T) {
			code, body, _ := get(t, h, path)
			if code != 200 {
				t.Fatalf("%d %s", code, body)
			}
			page := decode[eventsPage](t, body)
			want, err := json.Marshal(page)
			if err != nil {
				t.Fatal(err)
			}
			if string(body) != string(want)+"\n" {
				t.Errorf("\ngot  %s\nwant %s", body, want)
			}
		})
	}
}
