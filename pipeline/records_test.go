package pipeline

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/ingest"
)

// A record file (testdata/records/*.test) holds validation records, one
// sentence or short text each, in the spirit of PETRARCH's validation
// records and PromQL's test scripts:
//
//	# comment
//	record  NAME              starts a record
//	date    YYYY-MM-DD        the article date
//	text    SENTENCE...       the text (several text lines are joined by a space;
//	                          a text line "¶" starts a new paragraph)
//	event   SRC -> TGT CODE [date=D] [place=P]
//	no event                  the record must produce no event
//	not     SRC -> TGT CODE   no event may match this (with "partial": "not
//	                          the wrong pair", while other events are allowed)
//	partial                   other events than those listed are allowed
//
// SRC and TGT match an event's actor by its ID, code or country (a code
// matches by prefix: "SRB" matches "SRBGOV"), "-" for no actor, or "*" for
// any actor. CODE
// matches the CAMEO code by prefix. date= matches the event date exactly and
// place= the location's name by prefix (case-insensitive), place=- no location.
type record struct {
	file    string
	line    int
	name    string
	date    string
	text    []string
	events  []expect
	absent  []expect
	none    bool
	partial bool
}

type expect struct {
	src, tgt, code, date, place string
	line                        int
}

func readRecords(t *testing.T, path string) []*record {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []*record
	var cur *record
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		kw, rest, _ := strings.Cut(l, " ")
		rest = strings.TrimSpace(rest)
		if kw != "record" && cur == nil {
			t.Fatalf("%s:%d: %q before the first record line", path, n, kw)
		}
		switch kw {
		case "record":
			cur = &record{file: path, line: n, name: rest}
			recs = append(recs, cur)
		case "date":
			cur.date = rest
		case "text":
			cur.text = append(cur.text, rest)
		case "partial":
			cur.partial = true
		case "no":
			if rest != "event" {
				t.Fatalf("%s:%d: want 'no event'", path, n)
			}
			cur.none = true
		case "event", "not":
			f := strings.Fields(rest)
			if len(f) < 4 || f[1] != "->" {
				t.Fatalf("%s:%d: want '%s SRC -> TGT CODE', got %q", path, n, kw, rest)
			}
			e := expect{src: f[0], tgt: f[2], code: f[3], line: n}
			for _, kv := range f[4:] {
				k, v, _ := strings.Cut(kv, "=")
				switch k {
				case "date":
					e.date = v
				case "place":
					e.place = strings.ReplaceAll(v, "_", " ")
				default:
					t.Fatalf("%s:%d: unknown attribute %q", path, n, k)
				}
			}
			if kw == "not" {
				cur.absent = append(cur.absent, e)
			} else {
				cur.events = append(cur.events, e)
			}
		default:
			t.Fatalf("%s:%d: unknown keyword %q", path, n, kw)
		}
	}
	return recs
}

func actorMatches(want string, m *doc.ActorMention) bool {
	if want == "-" {
		return m == nil
	}
	if want == "*" {
		return m != nil
	}
	if m == nil {
		return false
	}
	w := strings.ToUpper(want)
	return strings.EqualFold(m.Actor.ID, want) || strings.HasPrefix(m.Actor.Code, w) || m.Actor.Country == w
}

func eventMatches(e expect, ev doc.Event) bool {
	if !actorMatches(e.src, ev.Source) || !actorMatches(e.tgt, ev.Target) || !strings.HasPrefix(ev.Code, e.code) {
		return false
	}
	if e.date != "" && ev.Date != e.date {
		return false
	}
	if e.place == "-" {
		if ev.Location != nil {
			return false
		}
	} else if e.place != "" && (ev.Location == nil || !strings.HasPrefix(strings.ToLower(ev.Location.Place.Name), strings.ToLower(e.place))) {
		return false
	}
	return true
}

func describe(d *doc.Document) string {
	var b strings.Builder
	for _, ev := range d.Events {
		name := func(m *doc.ActorMention) string {
			if m == nil {
				return "-"
			}
			return m.Actor.Code + "(" + m.Actor.ID + ")"
		}
		place := ""
		if ev.Location != nil {
			place = " place=" + ev.Location.Place.Name
		}
		fmt.Fprintf(&b, "\n    got %s -> %s %s date=%s%s  [%s]", name(ev.Source), name(ev.Target), ev.Code, ev.Date, place, ev.Rule)
	}
	if len(d.Events) == 0 {
		b.WriteString("\n    got no event")
	}
	return b.String()
}

// runRecord codes one record and returns a failure message, or "".
func runRecord(a *Annotator, r *record) string {
	date, err := ingest.ParseDate(r.date)
	if err != nil {
		return fmt.Sprintf("bad date: %v", err)
	}
	d := &doc.Document{ID: r.name, Date: date, Text: strings.ReplaceAll(strings.Join(r.text, " "), " ¶ ", "\n\n")}
	if err := a.Process(d); err != nil {
		return err.Error()
	}
	used := make([]bool, len(d.Events))
	var msgs []string
	for _, e := range r.events {
		found := false
		for i, ev := range d.Events {
			if !used[i] && eventMatches(e, ev) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			msgs = append(msgs, fmt.Sprintf("line %d: missing event %s -> %s %s", e.line, e.src, e.tgt, e.code))
		}
	}
	for _, e := range r.absent {
		for _, ev := range d.Events {
			if eventMatches(e, ev) {
				msgs = append(msgs, fmt.Sprintf("line %d: unwanted event %s -> %s %s", e.line, e.src, e.tgt, e.code))
				break
			}
		}
	}
	if !r.partial {
		for i, u := range used {
			if !u {
				msgs = append(msgs, fmt.Sprintf("unexpected event %s", d.Events[i].Code))
			}
		}
	}
	if len(msgs) == 0 {
		return ""
	}
	return strings.Join(msgs, "; ") + describe(d)
}

// TestRecords runs every validation record in testdata/records.
func TestRecords(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../testdata/records/*.test")
	if len(files) == 0 {
		t.Fatal("no record files in testdata/records")
	}
	for _, f := range files {
		for _, r := range readRecords(t, f) {
			r := r
			t.Run(filepath.Base(f)+"/"+r.name, func(t *testing.T) {
				if msg := runRecord(a, r); msg != "" {
					t.Errorf("%s:%d: %s: %s\n    text: %s", r.file, r.line, r.name, msg, strings.Join(r.text, " "))
				}
			})
		}
	}
}
