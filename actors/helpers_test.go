package actors

import (
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/text"
)

var testSeg *text.Segmenter

func segment(t testing.TB, s string, date string) *doc.Document {
	t.Helper()
	if testSeg == nil {
		var err error
		if testSeg, err = text.New(); err != nil {
			t.Fatal(err)
		}
	}
	d := &doc.Document{Text: s}
	if date != "" {
		dt, err := time.Parse("2006-01-02", date)
		if err != nil {
			t.Fatal(err)
		}
		d.Date = dt
	}
	if err := testSeg.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

var testMatcher *Matcher

func matcher(t testing.TB) *Matcher {
	t.Helper()
	if testMatcher == nil {
		d, err := Default()
		if err != nil {
			t.Fatal(err)
		}
		testMatcher = NewMatcher(d)
	}
	return testMatcher
}

// mentions runs the matcher and returns "text=CODE" strings.
func mentions(t testing.TB, s, date string) []string {
	t.Helper()
	d := segment(t, s, date)
	if err := matcher(t).Process(d); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range d.Actors {
		out = append(out, d.SpanText(a.Span)+"="+a.Actor.Code)
	}
	return out
}

func dump(d *doc.Document) string {
	var b strings.Builder
	for _, a := range d.Actors {
		b.WriteString(d.SpanText(a.Span) + " → " + a.Actor.Code + " [" + a.Actor.ID + "/" + a.Kind + " " + a.Rule + "]\n")
	}
	return b.String()
}
