package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"syscall"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/export"
	"github.com/annals-dev/annals/ingest"
	"github.com/annals-dev/annals/pipeline"
	"github.com/annals-dev/annals/samples"
	"github.com/annals-dev/annals/server"
	"github.com/annals-dev/annals/store/sqlite"
)

func init() {
	register(command{name: "demo", usage: "code the built-in sample articles, show the events, and serve the web UI on them", run: runDemo})
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
	serve := fset.Bool("serve", true, "after printing, store the events in a temporary database and serve the web UI")
	addr := fset.String("addr", "127.0.0.1:8080", "address for the web UI (loopback by default)")
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
	if !*serve {
		return 0
	}
	if err := serveDemo(docs, *addr, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "annals demo: %v\n", err)
		return 1
	}
	return 0
}

// serveDemo stores the coded sample documents in a temporary SQLite
// database and serves the web UI on it until interrupted.
func serveDemo(docs []*doc.Document, addr string, stdout, stderr io.Writer) error {
	dir, err := os.MkdirTemp("", "annals-demo")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	db, err := sqlite.Open(ctx, filepath.Join(dir, "demo.db"))
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.PutArticles(ctx, docs); err != nil {
		return fmt.Errorf("storing the samples: %w", err)
	}
	return server.ListenAndServe(ctx, addr, server.New(db, server.Options{}), log.New(stderr, "", log.LstdFlags), func(url string) {
		fmt.Fprintf(stdout, "\nThe web UI is at %s (Ctrl-C to stop)\n", url)
	})
}
