package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/ingest"
	"github.com/annals-dev/annals/pipeline"
	"github.com/annals-dev/annals/store"
	"github.com/annals-dev/annals/store/sqlite"
)

func init() {
	register(command{name: "ingest", usage: "PATH|URL...   code articles into a store (SQLite), merging event mentions", run: runIngest})
}

// ingestCounts is what an ingest run did.
type ingestCounts struct {
	read, skipped, nearDups, failed, stored int64
	mentions, newEvents, merged             int64
}

func runIngest(args []string, stdout, stderr io.Writer) int {
	fs := commandFlags("ingest", "usage: annals ingest [flags] PATH|URL...\n\nCodes articles (dated plain text, JSON Lines, RSS/Atom feeds, HTML pages; files,\ndirectories, http(s) URLs or - for stdin) into a database, merging the mentions of\none event. Articles already stored are skipped; a re-run after a crash completes the job.", stderr)
	var cf commonFlags
	cf.register(fs)
	dbPath := fs.String("db", "annals.db", "database `file` (SQLite)")
	batch := fs.Int("batch", 200, "articles committed per transaction")
	quiet := fs.Bool("q", false, "no progress and no summary")
	if !parsePaths(fs, args) {
		return 2
	}
	if *batch < 1 {
		*batch = 1
	}
	opts, err := cf.options()
	if err != nil {
		fmt.Fprintf(stderr, "annals ingest: %v\n", err)
		return 2
	}
	stopProfile, err := cf.startProfile()
	if err != nil {
		fmt.Fprintf(stderr, "annals ingest: --cpuprofile: %v\n", err)
		return 1
	}
	defer stopProfile()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	db, err := sqlite.Open(ctx, *dbPath)
	if err != nil {
		fmt.Fprintf(stderr, "annals ingest: %v\n", err)
		return 1
	}
	defer db.Close()
	// The pipeline loads when the first article not yet stored arrives,
	// so that a re-run over stored inputs is quick.
	var once sync.Once
	var ann *pipeline.Annotator
	var annErr error
	annotator := func() (*pipeline.Annotator, error) {
		once.Do(func() { ann, annErr = cf.annotator() })
		return ann, annErr
	}
	total := int64(-1)
	tty := isTerminal(stderr) && !*quiet
	if tty && !hasURL(fs.Args()) && !hasStdin(fs.Args()) {
		total = countArticles(fs.Args(), opts)
	}
	// Progress, errors and the summary come from several goroutines.
	stderr = &syncWriter{w: stderr}
	var c ingestCounts
	start := time.Now()
	prog := startProgress(stderr, tty, *quiet, total, &c, start)
	err = ingestAll(ctx, db, annotator, fs.Args(), opts, cf.workers, *batch, stderr, &c)
	prog()
	elapsed := time.Since(start)
	if err != nil {
		fmt.Fprintf(stderr, "annals ingest: %v\n", err)
	}
	if !*quiet {
		st, serr := db.Stats(context.Background())
		rate := float64(c.read) / elapsed.Seconds()
		fmt.Fprintf(stderr, "annals ingest: %d articles read: %d stored, %d skipped (already stored), %d near-duplicates, %d failed; %d mentions: %d new events, %d merged into existing events; %.1fs, %.1f articles/s\n",
			c.read, c.stored, c.skipped, c.nearDups, c.failed, c.mentions, c.newEvents, c.merged, elapsed.Seconds(), rate)
		if serr == nil {
			fmt.Fprintf(stderr, "annals ingest: %s now holds %d articles (%d near-duplicates), %d mentions, %d events (%d with several mentions)\n",
				*dbPath, st.Articles, st.NearDuplicates, st.Mentions, st.Events, st.MergedEvents)
		}
	}
	if err != nil {
		return 1
	}
	if c.failed > 0 {
		return 1
	}
	return 0
}

func hasURL(paths []string) bool {
	for _, p := range paths {
		if ingest.IsURL(p) {
			return true
		}
	}
	return false
}

func hasStdin(paths []string) bool {
	for _, p := range paths {
		if p == "-" {
			return true
		}
	}
	return false
}

// countArticles counts the articles of the inputs for the progress bar.
func countArticles(paths []string, opts ingest.Options) int64 {
	var n int64
	ingest.Walk(paths, opts, func(d *doc.Document, err error) error {
		n++
		return nil
	})
	return n
}

// startProgress reports progress until the returned function is called: a
// bar on a terminal, else a log line every 10 seconds.
func startProgress(w io.Writer, tty, quiet bool, total int64, c *ingestCounts, start time.Time) func() {
	if quiet {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	every := 10 * time.Second
	if tty {
		every = 250 * time.Millisecond
	}
	log := slog.New(slog.NewTextHandler(w, nil))
	go func() {
		defer wg.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				if tty {
					fmt.Fprint(w, "\r\033[K")
				}
				return
			case <-t.C:
				n := atomic.LoadInt64(&c.read)
				el := time.Since(start).Seconds()
				rate := float64(n) / el
				if tty {
					fmt.Fprint(w, "\r\033[K"+progressLine(n, total, rate))
				} else {
					log.Info("ingest", "articles", n, "stored", atomic.LoadInt64(&c.stored), "skipped", atomic.LoadInt64(&c.skipped),
						"failed", atomic.LoadInt64(&c.failed), "per_s", fmt.Sprintf("%.1f", rate))
				}
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// progressLine renders a progress bar with the rate and the time left.
func progressLine(n, total int64, rate float64) string {
	if total <= 0 {
		return fmt.Sprintf("%d articles  %.1f/s", n, rate)
	}
	const width = 30
	frac := float64(n) / float64(total)
	if frac > 1 {
		frac = 1
	}
	fill := int(frac * width)
	eta := "?"
	if rate > 0 {
		eta = (time.Duration(float64(total-n)/rate) * time.Second).Round(time.Second).String()
	}
	return fmt.Sprintf("[%s%s] %d/%d articles  %.1f/s  ETA %s", strings.Repeat("=", fill), strings.Repeat(" ", width-fill), n, total, rate, eta)
}

// ingestAll reads, codes (in parallel, committing in input order) and stores
// the inputs. Articles already stored are skipped before coding. A batch
// that fails to store is retried article by article so that one bad article
// fails alone.
func ingestAll(ctx context.Context, db store.Store, annotator func() (*pipeline.Annotator, error), paths []string, opts ingest.Options, workers, batchSize int, stderr io.Writer, c *ingestCounts) error {
	if workers < 1 {
		workers = 1
	}
	type job struct {
		seq  int
		d    *doc.Document
		err  error
		skip bool
	}
	jobs := make(chan job, workers*4)
	results := make(chan job, workers*4)
	var stopped atomic.Bool
	var loadFailed atomic.Bool
	go func() {
		seq := 0
		werr := ingest.Walk(paths, opts, func(d *doc.Document, err error) error {
			if ctx.Err() != nil {
				stopped.Store(true)
				return ctx.Err()
			}
			j := job{seq: seq, d: d, err: err}
			if err == nil {
				has, herr := db.HasArticle(ctx, store.Hash(d))
				if herr != nil {
					j.err = herr
				}
				j.skip = has
			}
			jobs <- j
			seq++
			return nil
		})
		if werr != nil && !errors.Is(werr, context.Canceled) {
			jobs <- job{seq: seq, err: werr}
		}
		close(jobs)
	}()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.err == nil && !j.skip {
					a, err := annotator()
					if err != nil {
						loadFailed.Store(true)
						j.err = errNoPipeline
					} else if perr := a.Process(j.d); perr != nil {
						j.err = fmt.Errorf("%s: coding: %w", j.d.ID, perr)
					}
				}
				results <- j
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Batches are stored by their own goroutine, in order, so that coding
	// goes on while a batch commits.
	if _, ok := stderr.(*syncWriter); !ok {
		stderr = &syncWriter{w: stderr}
	}
	var storeErr error
	batches := make(chan []*doc.Document, 2)
	stored := make(chan struct{})
	go func() {
		defer close(stored)
		for b := range batches {
			if storeErr == nil {
				storeErr = storeBatch(db, b, stderr, c)
			}
		}
	}()
	batch := make([]*doc.Document, 0, batchSize)
	flush := func() {
		if len(batch) > 0 {
			batches <- batch
			batch = make([]*doc.Document, 0, batchSize)
		}
	}
	pending := map[int]job{}
	next := 0
	for j := range results {
		pending[j.seq] = j
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			atomic.AddInt64(&c.read, 1)
			switch {
			case r.err == errNoPipeline:
				atomic.AddInt64(&c.failed, 1)
			case r.err != nil:
				atomic.AddInt64(&c.failed, 1)
				fmt.Fprintf(stderr, "annals ingest: %v\n", r.err)
			case r.skip:
				atomic.AddInt64(&c.skipped, 1)
			default:
				batch = append(batch, r.d)
				if len(batch) >= batchSize {
					flush()
				}
			}
		}
	}
	flush()
	close(batches)
	<-stored
	if loadFailed.Load() {
		_, err := annotator() // the error of the one load
		return fmt.Errorf("loading the pipeline: %w", err)
	}
	if storeErr != nil {
		return fmt.Errorf("storing: %w", storeErr)
	}
	if stopped.Load() {
		return fmt.Errorf("interrupted: %w", ctx.Err())
	}
	return nil
}

// storeBatch stores a batch in one transaction; when that fails, it stores
// the articles one by one so that a bad article fails alone. It returns an
// error only when the database itself fails (locked, disk).
func storeBatch(db store.Store, batch []*doc.Document, stderr io.Writer, c *ingestCounts) error {
	res, err := db.PutArticles(context.Background(), batch)
	if err != nil {
		res = res[:0]
		for _, d := range batch {
			r, err := db.PutArticles(context.Background(), []*doc.Document{d})
			if err != nil {
				if strings.Contains(err.Error(), "database is locked") || strings.Contains(err.Error(), "disk") {
					return err
				}
				atomic.AddInt64(&c.failed, 1)
				fmt.Fprintf(stderr, "annals ingest: %s: storing: %v\n", d.ID, err)
				continue
			}
			res = append(res, r...)
		}
	}
	for _, r := range res {
		tally(c, r)
	}
	return nil
}

// syncWriter serializes writes from several goroutines.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// errNoPipeline marks articles not coded because the pipeline failed to load.
var errNoPipeline = errors.New("pipeline not loaded")

func tally(c *ingestCounts, r store.PutResult) {
	if !r.New {
		atomic.AddInt64(&c.skipped, 1)
		return
	}
	atomic.AddInt64(&c.stored, 1)
	if r.NearDuplicateOf != 0 {
		atomic.AddInt64(&c.nearDups, 1)
	}
	atomic.AddInt64(&c.mentions, int64(r.Mentions))
	atomic.AddInt64(&c.newEvents, int64(r.NewEvents))
	atomic.AddInt64(&c.merged, int64(r.Merged))
}
