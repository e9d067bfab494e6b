package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals/doc"
)

func sampleDoc() *doc.Document {
	text := "Vučić met Kurti.\tThen NATO attacked\nSerbia."
	d := &doc.Document{ID: "a1", Date: time.Date(2023, 11, 21, 0, 0, 0, 0, time.UTC), Text: text}
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: 18}}, {Span: doc.Span{Start: 19, End: len(text)}}}
	nato := &doc.ActorMention{Span: doc.Span{Start: 24, End: 28}, Actor: doc.Actor{ID: "NATO", Name: "NATO", Code: "IGOWSTNAT"}}
	srb := &doc.ActorMention{Span: doc.Span{Start: 38, End: 44}, Actor: doc.Actor{ID: "SRB", Name: "Serbia", Code: "SRB", Country: "SRB"}}
	d.Events = []doc.Event{{Sentence: 1, Trigger: doc.Span{Start: 29, End: 37}, Source: nato, Target: srb, Code: "190", Root: "19",
		QuadClass: 4, Goldstein: -10, Plover: doc.Plover{Type: "ASSAULT"}, Date: "2023-11-21", DateSource: "article", Rule: "verbs.txt:1"}}
	return d
}

func TestRecordsOffsetsInCodePoints(t *testing.T) {
	d := sampleDoc()
	rs := Records(d)
	if len(rs) != 1 {
		t.Fatalf("got %d records", len(rs))
	}
	r := rs[0]
	// "Vučić" has two 2-byte letters: byte 29 is code point 27.
	if r.Trigger.Text != "attacked" || r.Trigger.Start != 27 || r.Trigger.End != 35 {
		t.Errorf("trigger = %+v", r.Trigger)
	}
	if got := []rune(d.Text)[r.Trigger.Start:r.Trigger.End]; string(got) != "attacked" {
		t.Errorf("code-point offsets point at %q", string(got))
	}
	if r.Source.Country != nil || r.Target.Country == nil || *r.Target.Country != "SRB" || r.Location != nil {
		t.Errorf("actors/location wrong: %+v %+v %+v", r.Source, r.Target, r.Location)
	}
	if r.ArticleDate != "2023-11-21" || r.Text != "Then NATO attacked\nSerbia." {
		t.Errorf("record = %+v", r)
	}
}

func TestWriters(t *testing.T) {
	rs := Records(sampleDoc())
	var buf bytes.Buffer
	w, _ := NewWriter(&buf, "jsonl")
	w.Write(&rs[0])
	w.Close()
	var m map[string]any
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"article", "sentence", "text", "trigger", "date", "date_source", "source", "target", "cameo", "root", "quad_class", "goldstein", "plover", "location", "rule"} {
		if _, ok := m[k]; !ok {
			t.Errorf("jsonl record lacks %q", k)
		}
	}
	buf.Reset()
	w, _ = NewWriter(&buf, "tsv")
	w.Write(&rs[0])
	w.Close()
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("tsv has %d lines, want header + 1 (a newline in the text must not split a row)", len(lines))
	}
	if h, r := strings.Split(lines[0], "\t"), strings.Split(lines[1], "\t"); len(h) != len(r) || len(h) != len(TSVHeader) {
		t.Errorf("tsv header has %d cells, row %d", len(h), len(r))
	}
	if _, err := NewWriter(&buf, "xml"); err == nil {
		t.Error("unknown format accepted")
	}
}
