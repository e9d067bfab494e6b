package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/annals-dev/annals/server"
	"github.com/annals-dev/annals/store/sqlite"
)

func init() {
	register(command{name: "serve", usage: "serve the event store: JSON API under /api/v1 and the web UI", run: runServe})
}

// serveGCPercent is the garbage collector's target of annals serve.
const serveGCPercent = 400

func runServe(args []string, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("serve", flag.ContinueOnError)
	fset.SetOutput(stderr)
	dbPath := fset.String("db", "annals.db", "SQLite database file")
	addr := fset.String("addr", "127.0.0.1:8080", "address to listen on")
	token := fset.String("ingest-token", "", "enable POST /api/v1/articles for clients sending this bearer token (or set ANNALS_INGEST_TOKEN)")
	timeout := fset.Duration("timeout", server.DefaultQueryTimeout, "time limit of one request's queries")
	cacheTTL := fset.Duration("cache-ttl", server.DefaultCacheTTL, "how long GET API responses are cached (0 disables)")
	maxConc := fset.Int("max-concurrent", 0, "GET API requests served at once, the others wait in turn (0: one per core, at least 2; -1: no bound)")
	fset.Usage = func() {
		fmt.Fprint(stderr, `usage: annals serve [flags]

Serves a database made by 'annals ingest': a JSON API under /api/v1 (OpenAPI
document at /api/v1/openapi.json), /healthz, Prometheus metrics at /metrics,
and the web UI at / (timeline, map, actor network, event table, articles).
Read-only unless --ingest-token is given: then POST /api/v1/articles codes
and stores an article for clients sending "Authorization: Bearer TOKEN".

Flags:
`)
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		return 2
	}
	if fset.NArg() > 0 {
		fmt.Fprintf(stderr, "annals serve: unexpected argument %q\n", fset.Arg(0))
		return 2
	}
	if *token == "" {
		*token = os.Getenv("ANNALS_INGEST_TOKEN")
	}
	if *token != "" && len(*token) < 16 {
		fmt.Fprintln(stderr, "annals serve: --ingest-token must be at least 16 characters")
		return 2
	}
	if *cacheTTL == 0 {
		*cacheTTL = -1
	}
	if _, err := os.Stat(*dbPath); err != nil {
		fmt.Fprintf(stderr, "annals serve: no database at %s (create one with 'annals ingest --db %s FILES'): %v\n", *dbPath, *dbPath, err)
		return 1
	}
	if os.Getenv("GOGC") == "" {
		// Requests allocate their answers (hundreds of KB a page) over a
		// small live heap: at the default 100 the collector runs every few
		// dozen requests. A larger heap target trades some memory for CPU
		// and latency; GOGC still overrides it.
		debug.SetGCPercent(serveGCPercent)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	db, err := sqlite.Open(ctx, *dbPath)
	if err != nil {
		fmt.Fprintf(stderr, "annals serve: %v\n", err)
		return 1
	}
	defer db.Close()
	logger := log.New(stderr, "", log.LstdFlags)
	h := server.New(db, server.Options{IngestToken: *token, QueryTimeout: *timeout, CacheTTL: *cacheTTL, Logger: logger,
		MaxConcurrent: *maxConc})
	writes := map[bool]string{true: "enabled", false: "disabled"}[*token != ""]
	err = server.ListenAndServe(ctx, *addr, h, logger, func(url string) {
		fmt.Fprintf(stdout, "annals: serving %s at %s (API at /api/v1, writes %s)\n", *dbPath, url, writes)
	})
	if err != nil {
		fmt.Fprintf(stderr, "annals serve: %v\n", err)
		return 1
	}
	return 0
}
