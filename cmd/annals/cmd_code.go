package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/export"
	"github.com/annals-dev/annals/ingest"
	"github.com/annals-dev/annals/pipeline"
)

func init() {
	register(command{name: "code", usage: "PATH... | -   code articles into event records (jsonl, tsv or a table)", run: runCode})
}

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// commonFlags are the flags shared by commands that run the pipeline.
type commonFlags struct {
	date      string
	dicts     stringList
	verbDicts stringList
	places    stringList
	workers   int
	unknown   bool
	profile   string
}

func (c *commonFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.date, "date", "", "article date (YYYY-MM-DD) for inputs without a usable one")
	fs.Var(&c.dicts, "dict", "extra actor dictionary `file` (repeatable)")
	fs.Var(&c.verbDicts, "verbs", "extra verb/noun pattern dictionary `file` (repeatable)")
	fs.Var(&c.places, "places", "extra gazetteer `file` in the format of geo/data/features.tsv (repeatable)")
	fs.IntVar(&c.workers, "workers", runtime.GOMAXPROCS(0), "articles coded in parallel")
	fs.BoolVar(&c.unknown, "unknown-source", false, "keep events whose source actor is unknown (source null)")
	fs.StringVar(&c.profile, "cpuprofile", "", "write a CPU profile to `file`")
}

func (c *commonFlags) options() (ingest.Options, error) {
	var o ingest.Options
	if c.date != "" {
		t, err := ingest.ParseDate(c.date)
		if err != nil {
			return o, fmt.Errorf("--date: %w", err)
		}
		o.DefaultDate = t
	}
	return o, nil
}

func (c *commonFlags) annotator() (*pipeline.Annotator, error) {
	if len(c.dicts) == 0 && len(c.verbDicts) == 0 && len(c.places) == 0 && !c.unknown {
		return pipeline.Default()
	}
	return pipeline.New(pipeline.Options{ActorDicts: c.dicts, VerbDicts: c.verbDicts, PlaceFiles: c.places, UnknownSource: c.unknown})
}

// startProfile starts the CPU profile asked for with --cpuprofile; the
// returned function stops it.
func (c *commonFlags) startProfile() (stop func(), err error) {
	if c.profile == "" {
		return func() {}, nil
	}
	f, err := os.Create(c.profile)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// commandFlags returns the flag set of a command whose -h prints usage (its
// synopsis and description) followed by its flags.
func commandFlags(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, usage+"\n\nFlags:")
		fs.PrintDefaults()
	}
	return fs
}

// parsePaths parses the flags of a command that needs at least one path; it
// reports false, after printing usage when no path is given, on bad input.
func parsePaths(fs *flag.FlagSet, args []string) bool {
	if err := fs.Parse(args); err != nil {
		return false
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return false
	}
	return true
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// processAll reads inputs, codes them with a pool of workers, and calls out
// for each coded document in input order. Input errors go to stderr; the
// result counts documents and failures.
func processAll(a *pipeline.Annotator, paths []string, opts ingest.Options, workers int, stderr io.Writer, out func(*doc.Document) error) (n, failed int, err error) {
	if workers < 1 {
		workers = 1
	}
	type job struct {
		seq int
		d   *doc.Document
		err error
	}
	jobs := make(chan job, workers*4)
	results := make(chan job, workers*4)
	done := make(chan struct{})
	go func() {
		seq := 0
		werr := ingest.Walk(paths, opts, func(d *doc.Document, err error) error {
			jobs <- job{seq: seq, d: d, err: err}
			seq++
			return nil
		})
		if werr != nil {
			jobs <- job{seq: seq, err: werr}
		}
		close(jobs)
	}()
	finished := make(chan struct{}, workers)
	for w := 0; w < workers; w++ {
		go func() {
			for j := range jobs {
				if j.err == nil {
					if perr := a.Process(j.d); perr != nil {
						j.err = perr
					}
				}
				results <- j
			}
			finished <- struct{}{}
		}()
	}
	go func() {
		for w := 0; w < workers; w++ {
			<-finished
		}
		close(results)
		close(done)
	}()
	pending := map[int]job{}
	next := 0
	var outErr error
	for j := range results {
		pending[j.seq] = j
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if r.err != nil {
				failed++
				fmt.Fprintf(stderr, "annals: %v\n", r.err)
				continue
			}
			n++
			if outErr == nil {
				outErr = out(r.d)
			}
		}
	}
	<-done
	return n, failed, outErr
}

func runCode(args []string, stdout, stderr io.Writer) int {
	fs := commandFlags("code", "usage: annals code [flags] PATH... | -\n\nCodes dated articles (plain text with a first line \"date YYYY-MM-DD\", or JSON Lines,\nplain or gzip) into event records. A directory is read recursively; - reads stdin.", stderr)
	var cf commonFlags
	cf.register(fs)
	format := fs.String("format", "", "output format: jsonl, tsv or table (default: table on a terminal, else jsonl)")
	quiet := fs.Bool("q", false, "no summary on stderr")
	if !parsePaths(fs, args) {
		return 2
	}
	if *format == "" {
		*format = "jsonl"
		if isTerminal(stdout) {
			*format = "table"
		}
	}
	w, err := export.NewWriter(stdout, *format)
	if err != nil {
		fmt.Fprintf(stderr, "annals code: --format: %v\n", err)
		return 2
	}
	opts, err := cf.options()
	if err != nil {
		fmt.Fprintf(stderr, "annals code: %v\n", err)
		return 2
	}
	a, err := cf.annotator()
	if err != nil {
		fmt.Fprintf(stderr, "annals code: %v\n", err)
		return 1
	}
	stopProfile, err := cf.startProfile()
	if err != nil {
		fmt.Fprintf(stderr, "annals code: --cpuprofile: %v\n", err)
		return 1
	}
	defer stopProfile()
	start := time.Now()
	events := 0
	n, failed, err := processAll(a, fs.Args(), opts, cf.workers, stderr, func(d *doc.Document) error {
		for _, r := range export.Records(d) {
			events++
			if err := w.Write(&r); err != nil {
				return err
			}
		}
		return nil
	})
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(stderr, "annals code: writing output: %v\n", err)
		return 1
	}
	if !*quiet && (isTerminal(stderr) || failed > 0) {
		fmt.Fprintf(stderr, "annals: %d articles coded, %d failed, %d events, %.1fs\n", n, failed, events, time.Since(start).Seconds())
	}
	if failed > 0 {
		return 1
	}
	return 0
}
