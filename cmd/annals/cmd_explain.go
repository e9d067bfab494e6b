package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/ingest"
)

func init() {
	register(command{name: "explain", usage: "[--date D] SENTENCE|FILE   show tokens, tags, actors, timexes, places, patterns and events", run: runExplain})
}

func runExplain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cf commonFlags
	cf.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: annals explain [--date YYYY-MM-DD] \"sentence\" | FILE\n\nShows why a text was or was not coded: tokens and tags, verb groups,\nactors, temporal expressions, places, the patterns tried, and the events.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	arg := fs.Arg(0)
	opts, err := cf.options()
	if err != nil {
		fmt.Fprintf(stderr, "annals explain: %v\n", err)
		return 2
	}
	var d *doc.Document
	if st, err := os.Stat(arg); err == nil && !st.IsDir() {
		b, err := os.ReadFile(arg)
		if err != nil {
			fmt.Fprintf(stderr, "annals explain: %v\n", err)
			return 1
		}
		d, err = ingest.ParseText(b, arg, opts)
		if err != nil {
			fmt.Fprintf(stderr, "annals explain: %s: %v\n", arg, err)
			return 1
		}
	} else {
		date := opts.DefaultDate
		if date.IsZero() {
			date = time.Now().UTC().Truncate(24 * time.Hour)
		}
		d = &doc.Document{ID: "sentence", Date: date, Text: arg}
	}
	a, err := cf.annotator()
	if err != nil {
		fmt.Fprintf(stderr, "annals explain: %v\n", err)
		return 1
	}
	// A private coder with a trace, sharing the loaded dictionaries.
	c := *a.Coder
	var trace strings.Builder
	c.Trace = coder.WriteTrace(&trace)
	for _, s := range a.Stages {
		st := doc.Stage(s)
		if s == doc.Stage(a.Coder) {
			st = &c
		}
		if err := st.Process(d); err != nil {
			fmt.Fprintf(stderr, "annals explain: %v\n", err)
			return 1
		}
	}
	explain(stdout, d, trace.String())
	return 0
}

func explain(w io.Writer, d *doc.Document, trace string) {
	fmt.Fprintf(w, "article %s, dated %s\n", d.ID, d.Date.Format("2006-01-02"))
	for si, s := range d.Sentences {
		fmt.Fprintf(w, "\n== sentence %d: %s\n", si, d.Text[s.Start:s.End])
		tw := tabwriter.NewWriter(w, 0, 2, 1, ' ', 0)
		fmt.Fprintln(tw, "  #\ttoken\ttag\tlemma\tbytes\t")
		for i := s.FirstToken; i < s.EndToken; i++ {
			t := d.Tokens[i]
			fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\t%d-%d\t\n", i, t.Text, t.Tag, t.Lemma, t.Start, t.End)
		}
		tw.Flush()
		for _, m := range d.Actors {
			if m.Sentence == si {
				fmt.Fprintf(w, "  actor   %-28q %s %s (%s) kind=%s [%s]\n", d.Text[m.Span.Start:m.Span.End], m.Actor.Code, m.Actor.Name, m.Actor.Country, m.Kind, m.Rule)
			}
		}
		for _, t := range d.Timexes {
			if t.Start >= s.Start && t.End <= s.End {
				fmt.Fprintf(w, "  timex   %-28q %s %s [%s]\n", d.Text[t.Start:t.End], t.Type, t.Value, t.Rule)
			}
		}
		for _, p := range d.Places {
			if p.Sentence == si {
				fmt.Fprintf(w, "  place   %-28q %s %s (%.3f, %.3f) [%s]\n", d.Text[p.Span.Start:p.Span.End], p.Place.Name, p.Place.Country, p.Place.Lat, p.Place.Lon, p.Rule)
			}
		}
	}
	fmt.Fprintf(w, "\n== coder trace\n%s", trace)
	fmt.Fprintf(w, "\n== events: %d\n", len(d.Events))
}
