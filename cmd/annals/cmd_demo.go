package main

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"sort"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/export"
	"github.com/annals-dev/annals/ingest"
	"github.com/annals-dev/annals/pipeline"
	"github.com/annals-dev/annals/samples"
)

func init() {
	register(command{name: "demo", usage: "code the built-in sample articles and show what was found", run: runDemo})
}

// sampleDocs reads the embedded sample articles.
func sampleDocs() ([]*doc.Document, error) {
	names, err := fs.Glob(samples.FS, "*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var docs []*doc.Document
	for _, n := range names {
		b, err := fs.ReadFile(samples.FS, n)
		if err != nil {
			return nil, err
		}
		d, err := ingest.ParseText(b, n, ingest.Options{})
		if err != nil {
			return nil, fmt.Errorf("sample %s: %w", n, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func runDemo(args []string, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("demo", flag.ContinueOnError)
	fset.SetOutput(stderr)
	format := fset.String("format", "table", "output format: table, jsonl or tsv")
	if err := fset.Parse(args); err != nil {
		return 2
	}
	docs, err := sampleDocs()
	if err != nil {
		fmt.Fprintf(stderr, "annals demo: %v\n", err)
		return 1
	}
	a, err := pipeline.Default()
	if err != nil {
		fmt.Fprintf(stderr, "annals demo: %v\n", err)
		return 1
	}
	w, err := export.NewWriter(stdout, *format)
	if err != nil {
		fmt.Fprintf(stderr, "annals demo: %v\n", err)
		return 2
	}
	events, roots := 0, map[string]int{}
	for _, d := range docs {
		if err := a.Process(d); err != nil {
			fmt.Fprintf(stderr, "annals demo: %v\n", err)
			return 1
		}
		for _, r := range export.Records(d) {
			events++
			roots[r.Root]++
			if err := w.Write(&r); err != nil {
				fmt.Fprintf(stderr, "annals demo: %v\n", err)
				return 1
			}
		}
	}
	w.Close()
	if *format == "table" {
		fmt.Fprintf(stdout, "\n%d sample articles, %d events", len(docs), events)
		keys := make([]string, 0, len(roots))
		for k := range roots {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Fprint(stdout, "; by CAMEO root:")
		for _, k := range keys {
			fmt.Fprintf(stdout, " %s:%d", k, roots[k])
		}
		fmt.Fprintln(stdout, "\nTry: annals code FILE.txt, annals explain \"a sentence\", annals help")
	}
	return 0
}
