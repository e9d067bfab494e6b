package store

import (
	"context"
	"errors"
	"testing"
)

// sliceStore serves Events from a slice of ids; other methods are unused.
type sliceStore struct {
	Store
	ids   []int64
	calls int
}

func (s *sliceStore) Events(ctx context.Context, f Filter) ([]Event, error) {
	s.calls++
	var out []Event
	for _, id := range s.ids {
		if id > f.AfterID && (f.Limit == 0 || len(out) < f.Limit) {
			out = append(out, Event{ID: id})
		}
	}
	return out, nil
}

func TestEachPages(t *testing.T) {
	ids := make([]int64, 2500)
	for i := range ids {
		ids[i] = int64(2*i + 1)
	}
	tests := []struct {
		limit, want, calls int
	}{
		{0, 2500, 3},
		{1500, 1500, 2},
		{1000, 1000, 1},
		{7, 7, 1},
	}
	for _, tt := range tests {
		s := &sliceStore{ids: ids}
		var got []int64
		err := Each(context.Background(), s, Filter{Limit: tt.limit}, func(e *Event) error { got = append(got, e.ID); return nil })
		if err != nil || len(got) != tt.want || s.calls != tt.calls {
			t.Errorf("limit %d: %d events in %d pages (%v), want %d in %d", tt.limit, len(got), s.calls, err, tt.want, tt.calls)
		}
		for i := 1; i < len(got); i++ {
			if got[i] <= got[i-1] {
				t.Fatalf("limit %d: ids out of order at %d", tt.limit, i)
			}
		}
	}
	stop := errors.New("stop")
	n := 0
	err := Each(context.Background(), &sliceStore{ids: ids}, Filter{}, func(e *Event) error { n++; return map[bool]error{true: stop}[n == 10] })
	if !errors.Is(err, stop) || n != 10 {
		t.Errorf("callback error: %v after %d events", err, n)
	}
}
