package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/annals-dev/annals/export"
	"github.com/annals-dev/annals/store"
	"github.com/annals-dev/annals/store/sqlite"
)

func init() {
	register(command{name: "events", usage: "--db PATH [filters]   list stored events (table, jsonl or csv)", run: runEvents})
	register(command{name: "export", usage: "--db PATH --format F   write stored events as gdelt, acled, plover, jsonl, csv or parquet", run: runExport})
}

// filterFlags are the event filters of annals events and annals export.
type filterFlags struct {
	f    store.Filter
	root string
}

func (ff *filterFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&ff.f.From, "from", "", "events on or after this `date` (YYYY-MM-DD)")
	fs.StringVar(&ff.f.To, "to", "", "events on or before this `date` (YYYY-MM-DD)")
	fs.StringVar(&ff.f.Actor, "actor", "", "either actor's id, code prefix or name (substring)")
	fs.StringVar(&ff.f.Country, "country", "", "ISO3 `code` of either actor or the place")
	fs.StringVar(&ff.f.Role, "role", "", "CAMEO role `code` of either actor (GOV, MIL, REB ...)")
	fs.StringVar(&ff.f.CAMEO, "cameo", "", "CAMEO event code `prefix` (19, 193 ...)")
	fs.StringVar(&ff.f.Root, "root", "", "CAMEO root `code` (two digits)")
	fs.IntVar(&ff.f.Quad, "quad", 0, "quad class 1-4")
	fs.StringVar(&ff.f.Plover, "plover", "", "PLOVER event `type` (ASSAULT, PROTEST ...)")
	fs.StringVar(&ff.f.Place, "place", "", "place `name` (substring)")
	fs.StringVar(&ff.f.Text, "text", "", "full-text `query` over the mentions' sentences (FTS5 syntax)")
	fs.IntVar(&ff.f.Limit, "limit", 0, "at most `N` events (0: all)")
}

func (ff *filterFlags) check() error {
	for _, d := range []struct{ name, v string }{{"--from", ff.f.From}, {"--to", ff.f.To}} {
		if d.v != "" {
			if _, ok := store.ParseDateRange(d.v); !ok || len(d.v) != 10 {
				return fmt.Errorf("%s: want YYYY-MM-DD, got %q", d.name, d.v)
			}
		}
	}
	if ff.f.Quad < 0 || ff.f.Quad > 4 {
		return fmt.Errorf("--quad: want 1-4, got %d", ff.f.Quad)
	}
	if r := ff.f.Root; r != "" && len(r) == 1 {
		ff.f.Root = "0" + r
	}
	return nil
}

// openStore opens an existing database for reading.
func openStore(path string) (*sqlite.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("--db: %w", err)
	}
	return sqlite.Open(context.Background(), path)
}

func runEvents(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("events", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var ff filterFlags
	ff.register(fs)
	dbPath := fs.String("db", "annals.db", "database `file`")
	format := fs.String("format", "", "table, jsonl or csv (default: table on a terminal, else jsonl)")
	mentions := fs.Bool("mentions", false, "include each event's mentions (jsonl)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: annals events [flags]\n\nLists the events of a database built by annals ingest, filtered.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "annals events: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if err := ff.check(); err != nil {
		fmt.Fprintf(stderr, "annals events: %v\n", err)
		return 2
	}
	if *format == "" {
		*format = "jsonl"
		if isTerminal(stdout) {
			*format = "table"
		}
	}
	switch *format {
	case "table", "jsonl", "csv":
	default:
		fmt.Fprintf(stderr, "annals events: --format: want table, jsonl or csv, got %q (see annals export)\n", *format)
		return 2
	}
	ff.f.WithMentions = *mentions
	return writeEvents("events", *dbPath, *format, ff.f, stdout, stderr)
}

func writeEvents(cmd, dbPath, format string, f store.Filter, out io.Writer, stderr io.Writer) int {
	db, err := openStore(dbPath)
	if err != nil {
		fmt.Fprintf(stderr, "annals %s: %v\n", cmd, err)
		return 1
	}
	defer db.Close()
	w, err := export.NewEventWriter(out, format)
	if err != nil {
		fmt.Fprintf(stderr, "annals %s: --format: %v\n", cmd, err)
		return 2
	}
	n := 0
	err = db.EachEvent(context.Background(), f, func(e *store.Event) error {
		n++
		return w.Write(e)
	})
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(stderr, "annals %s: %v\n", cmd, err)
		return 1
	}
	return 0
}

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var ff filterFlags
	ff.register(fs)
	dbPath := fs.String("db", "annals.db", "database `file`")
	format := fs.String("format", "", "gdelt, acled, plover, jsonl, csv or parquet (required)")
	outPath := fs.String("o", "", "output `file` (default: standard output)")
	mentions := fs.Bool("mentions", false, "include mentions (jsonl, plover)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: annals export --format F [flags]\n\nWrites the events of a database: gdelt (the 61 GDELT 2.0 event columns, tab-separated,\nno header), acled (ACLED's export columns, CSV with a header), plover (PLOVER JSON Lines),\njsonl, csv or parquet (Annals' event schema). The filters of annals events apply.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "annals export: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	switch *format {
	case "gdelt", "acled", "plover", "jsonl", "csv", "parquet":
	default:
		fmt.Fprintf(stderr, "annals export: --format: want gdelt, acled, plover, jsonl, csv or parquet, got %q\n", *format)
		return 2
	}
	if err := ff.check(); err != nil {
		fmt.Fprintf(stderr, "annals export: %v\n", err)
		return 2
	}
	if *format == "parquet" && *outPath == "" && isTerminal(stdout) {
		fmt.Fprintln(stderr, "annals export: parquet is binary: give -o FILE or redirect standard output")
		return 2
	}
	ff.f.WithMentions = *mentions
	out := stdout
	var f *os.File
	if *outPath != "" {
		var err error
		if f, err = os.Create(*outPath); err != nil {
			fmt.Fprintf(stderr, "annals export: %v\n", err)
			return 1
		}
		out = f
	}
	rc := writeEvents("export", *dbPath, *format, ff.f, out, stderr)
	if f != nil {
		if err := f.Close(); err != nil && rc == 0 {
			fmt.Fprintf(stderr, "annals export: %v\n", err)
			rc = 1
		}
	}
	return rc
}
