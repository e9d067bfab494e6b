package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals/doc"
)

func TestParseText(t *testing.T) {
	tests := []struct {
		name, in, title, body, date string
		wantErr                     bool
	}{
		{name: "body on date line", in: " date 2023-11-21 NATO and Serbia met.\n\nSecond paragraph.", body: "NATO and Serbia met.\n\nSecond paragraph.", date: "2023-11-21"},
		{name: "headline", in: "date 2019-01-04\n\nBuilding collapses\n\nAn apartment building collapsed.", title: "Building collapses", body: "An apartment building collapsed.", date: "2019-01-04"},
		{name: "body next line", in: "date 2020-05-01\nThe talks ended.\nThey resume soon.", body: "The talks ended.\nThey resume soon.", date: "2020-05-01"},
		{name: "no date", in: "NATO met.", wantErr: true},
		{name: "bad date", in: "date 2023-13-45 x", wantErr: true},
		{name: "blank lines first", in: "\n\n  date 2001-09-11 Planes hit towers.", body: "Planes hit towers.", date: "2001-09-11"},
	}
	for _, tt := range tests {
		d, err := ParseText([]byte(tt.in), "a.txt", Options{})
		if tt.wantErr {
			if err == nil || !errors.Is(err, ErrNoDate) {
				t.Errorf("%s: want ErrNoDate, got %v", tt.name, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if d.Title != tt.title || d.Text != tt.body || d.Date.Format("2006-01-02") != tt.date {
			t.Errorf("%s: got title %q body %q date %s", tt.name, d.Title, d.Text, d.Date.Format("2006-01-02"))
		}
	}
}

func TestDefaultDate(t *testing.T) {
	def := time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)
	d, err := ParseText([]byte("No date here."), "x", Options{DefaultDate: def})
	if err != nil || !d.Date.Equal(def) || d.Text != "No date here." {
		t.Fatalf("got %+v, %v", d, err)
	}
}

func collect(t *testing.T, paths []string) (docs []*doc.Document, errs []error) {
	t.Helper()
	err := Walk(paths, Options{}, func(d *doc.Document, err error) error {
		if err != nil {
			errs = append(errs, err)
		} else {
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return
}

func TestWalkJSONLAndErrors(t *testing.T) {
	dir := t.TempDir()
	jl := `{"id":"a1","date":"2023-01-02","text":"One.","title":"T","url":"http://x","source":"S"}
not json
{"id":"a2","text":"No date."}
{"id":7,"date":"2023-01-03T10:00:00Z","text":"Numeric id."}

{"id":"a4","date":"2023-01-04"}
`
	os.WriteFile(filepath.Join(dir, "b.jsonl"), []byte(jl), 0o644)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`{"id":"g1","date":"2022-02-24","text":"Gz."}` + "\n"))
	zw.Close()
	os.WriteFile(filepath.Join(dir, "c.jsonl.gz"), gz.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("date 2023-11-21 Text."), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("no date"), 0o644)
	os.WriteFile(filepath.Join(dir, "gold.json"), []byte("{}"), 0o644)

	docs, errs := collect(t, []string{dir, filepath.Join(dir, "missing.txt")})
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	if got := strings.Join(ids, ","); got != "a.txt,a1,7,g1" {
		t.Errorf("ids = %s", got)
	}
	want := []string{"b.jsonl:2", `b.jsonl:3: field "date"`, `b.jsonl:6: field "text"`, "bad.txt", "missing.txt"}
	if len(errs) != len(want) {
		t.Fatalf("errors = %v", errs)
	}
	for i, w := range want {
		if !strings.Contains(errs[i].Error(), w) {
			t.Errorf("error %d = %q, want it to name %q", i, errs[i], w)
		}
	}
	if docs[2].Date.Format("2006-01-02") != "2023-01-03" || docs[1].URL != "http://x" || docs[1].Title != "T" {
		t.Errorf("fields not read: %+v %+v", docs[1], docs[2])
	}
}
