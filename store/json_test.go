package store

import (
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/annals-dev/annals/doc"
)

// TestAppendJSONEqualsEncodingJSON: AppendJSON writes the bytes
// encoding/json writes, including the escapes and float forms it has
// special cases for, and fails where it fails.
func TestAppendJSONEqualsEncodingJSON(t *testing.T) {
	full := Event{ID: 42, Date: "2022-03-07",
		Source: &EventActor{Key: "ru-mil", ID: "ru-mil", Name: "Russian forces", Code: "RUSMIL", Country: "RUS"},
		Target: &EventActor{Key: "UKRMIL", Name: "Ukrainian troops", Code: "UKRMIL"},
		CAMEO:  "194", Root: "19", QuadClass: 4, Goldstein: -10, Plover: doc.Plover{Type: "FIGHT", Mode: "artillery", Context: "military"},
		Location:    &Place{Name: "Kharkiv", Country: "UKR", Lat: 49.99, Lon: 36.23, GeonameID: 706483, Feature: "city", Resolved: true},
		NumMentions: 3, NumArticles: 2, NumSources: 1, FirstReport: "2022-03-07", LastReport: "2022-03-20", IsRoot: true,
		URL: "https://example.org/a?x=1&y=<2>", Added: time.Date(2024, 5, 6, 7, 8, 9, 123456789, time.UTC)}
	tests := []struct {
		name string
		edit func(e *Event)
	}{
		{"full", func(e *Event) {}},
		{"no actors or place", func(e *Event) { e.Source, e.Target, e.Location = nil, nil, nil }},
		{"place without optional fields", func(e *Event) { e.Location = &Place{Name: "Somewhere"} }},
		{"unicode and controls", func(e *Event) {
			e.Source.Name = "Zürich \u2028 \"quoted\" back\\slash \t\n\x01 bad\xff"
			e.Date = "北京"
		}},
		{"tiny float", func(e *Event) { e.Goldstein = 1e-7 }},
		{"huge float", func(e *Event) { e.Location.Lat = 1e21 }},
		{"exponent three digits", func(e *Event) { e.Location.Lon = -1.5e-300 }},
		{"negative zero", func(e *Event) { e.Goldstein = math.Copysign(0, -1) }},
		{"float digits", func(e *Event) { e.Goldstein = 0.1 + 0.2 }},
		{"zero time", func(e *Event) { e.Added = time.Time{} }},
		{"time zone", func(e *Event) { e.Added = time.Date(2024, 1, 2, 3, 4, 5, 0, time.FixedZone("", 5*3600+1800)) }},
		{"zone offset in seconds", func(e *Event) { e.Added = time.Date(2024, 1, 2, 3, 4, 5, 0, time.FixedZone("", 5*3600+7)) }},
		{"year 10000", func(e *Event) { e.Added = time.Date(10000, 1, 2, 3, 4, 5, 0, time.UTC) }},
		{"year before 0", func(e *Event) { e.Added = time.Date(-1, 1, 2, 3, 4, 5, 0, time.UTC) }},
		{"mentions", func(e *Event) {
			e.Mentions = []Mention{{ID: 1, ArticleID: 2, Article: "a<b>", Text: "Russian forces shelled.", Goldstein: -10}}
		}},
		{"NaN", func(e *Event) { e.Goldstein = math.NaN() }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := full
			src, tgt, loc := *full.Source, *full.Target, *full.Location
			e.Source, e.Target, e.Location = &src, &tgt, &loc
			tt.edit(&e)
			want, wantErr := json.Marshal(e)
			got, err := e.AppendJSON([]byte("prefix"))
			if (err != nil) != (wantErr != nil) {
				t.Fatalf("error %v, encoding/json %v", err, wantErr)
			}
			if err != nil {
				if string(got) != "prefix" {
					t.Errorf("on error the buffer is %q", got)
				}
				return
			}
			if string(got) != "prefix"+string(want) {
				t.Errorf("\ngot  %s\nwant prefix%s", got, want)
			}
		})
	}
}

func TestSeriesAppendJSONEqualsEncodingJSON(t *testing.T) {
	tests := []struct {
		name string
		s    Series
	}{
		{"empty", Series{Interval: ByMonth, Split: SplitQuad, Buckets: []Bucket{}}},
		{"nil buckets", Series{Interval: ByDay, Split: SplitRoot, Coarser: 3}},
		{"buckets", Series{Interval: ByWeek, Split: SplitRoot, Coarser: 7, Buckets: []Bucket{
			{Start: "2022-03-07", Total: 6, Counts: map[string]int64{"19": 2, "01": 1, "4": 3, "": 0}},
			{Start: "2022-03-14", Total: 0, Counts: map[string]int64{}},
			{Start: "<&>", Counts: nil},
			{Start: "2022-03-21", Total: 1, Counts: map[string]int64{"é": 1, "a\"b": -2}},
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := json.Marshal(tt.s)
			if err != nil {
				t.Fatal(err)
			}
			got, err := tt.s.AppendJSON(nil)
			if err != nil || string(got) != string(want) {
				t.Errorf("\ngot  %s (%v)\nwant %s", got, err, want)
			}
		})
	}
}

func TestPlaceCountAppendJSONEqualsEncodingJSON(t *testing.T) {
	for _, p := range []PlaceCount{
		{Place: Place{Name: "Kharkiv", Country: "UKR", Lat: 49.99, Lon: 36.23, GeonameID: 706483, Feature: "city", Resolved: true},
			Count: 9, ByQuad: [5]int64{0, 1, 2, 3, 3}},
		{Place: Place{Name: "<Somewhere> & \u00e9lsewhere"}},
		{Place: Place{Name: "x", Lat: math.Inf(1)}},
	} {
		want, wantErr := json.Marshal(p)
		got, err := p.AppendJSON(nil)
		if (err != nil) != (wantErr != nil) || err == nil && string(got) != string(want) {
			t.Errorf("\ngot  %s (%v)\nwant %s (%v)", got, err, want, wantErr)
		}
	}
}
