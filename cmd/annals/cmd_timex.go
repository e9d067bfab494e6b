package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/ingest"
	"github.com/annals-dev/annals/text"
	"github.com/annals-dev/annals/text/postag"
	"github.com/annals-dev/annals/timex"
)

func init() {
	register(command{
		name:  "timex",
		usage: "[--date YYYY-MM-DD] TEXT|FILE, --timeml IN_DIR OUT_DIR, or --eval GOLD_DIR: temporal expressions (TIMEX3)",
		run:   runTimex,
	})
}

func runTimex(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("timex", flag.ContinueOnError)
	fl.SetOutput(stderr)
	timeml := fl.Bool("timeml", false, "tag every TempEval-3 .tml file under IN_DIR into OUT_DIR (same relative paths)")
	eval := fl.Bool("eval", false, "score the tagger on the gold .tml files under GOLD_DIR (TempEval-3 Task A figures)")
	verbose := fl.Bool("v", false, "with --eval: print every disagreement")
	dateFlag := fl.String("date", "", "document creation date YYYY-MM-DD (default: a dated article's own date, else today, UTC)")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: annals timex [--date YYYY-MM-DD] TEXT|FILE")
		fmt.Fprintln(stderr, "       annals timex --timeml IN_DIR OUT_DIR")
		fmt.Fprintln(stderr, "       annals timex --eval [-v] GOLD_DIR")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	tg, err := timex.New()
	if err != nil {
		fmt.Fprintln(stderr, "annals timex:", err)
		return 1
	}
	// Sentences and part-of-speech tags, as the pipeline provides them
	// before the timex stage: verb tenses steer the resolution of
	// underspecified dates, so every mode tags as the pipeline does.
	seg, err := text.New()
	if err != nil {
		fmt.Fprintln(stderr, "annals timex:", err)
		return 1
	}
	pos, err := postag.New()
	if err != nil {
		fmt.Fprintln(stderr, "annals timex:", err)
		return 1
	}
	analyze := func(d *doc.Document) error {
		if err := seg.Process(d); err != nil {
			return err
		}
		return pos.Process(d)
	}
	tg.SetAnalyzer(analyze)
	switch {
	case *timeml:
		if fl.NArg() != 2 {
			fl.Usage()
			return 2
		}
		return timexTimeML(tg, fl.Arg(0), fl.Arg(1), stderr)
	case *eval:
		if fl.NArg() != 1 {
			fl.Usage()
			return 2
		}
		return timexEval(tg, fl.Arg(0), *verbose, stdout, stderr)
	}
	if fl.NArg() != 1 {
		fl.Usage()
		return 2
	}
	dct := time.Now().UTC()
	if *dateFlag != "" {
		dct, err = time.Parse("2006-01-02", *dateFlag)
		if err != nil {
			fmt.Fprintf(stderr, "annals timex: bad --date %q: want YYYY-MM-DD\n", *dateFlag)
			return 2
		}
	}
	text := fl.Arg(0)
	if st, err := os.Stat(text); err == nil && !st.IsDir() {
		path := text
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(stderr, "annals timex:", err)
			return 1
		}
		text = string(data)
		if strings.HasPrefix(strings.TrimLeft(text, " \t\r\n\ufeff"), "date ") {
			// A dated article ("date YYYY-MM-DD" first): its body is
			// tagged, against its date unless --date says otherwise;
			// offsets count from the body's start.
			a, err := ingest.ParseText(data, path, ingest.Options{})
			if err != nil {
				fmt.Fprintf(stderr, "annals timex: %s: %v\n", path, err)
				return 1
			}
			text = a.Text
			if *dateFlag == "" {
				dct = a.Date
			}
		}
	}
	d := &doc.Document{Text: text, Date: dct}
	if err := analyze(d); err != nil {
		fmt.Fprintln(stderr, "annals timex:", err)
		return 1
	}
	if err := tg.Process(d); err != nil {
		fmt.Fprintln(stderr, "annals timex:", err)
		return 1
	}
	for _, x := range d.Timexes {
		fmt.Fprintf(stdout, "%d-%d\t%-8s\t%-12s\t%q", x.Start, x.End, x.Type, x.Value, text[x.Start:x.End])
		if x.Mod != "" {
			fmt.Fprintf(stdout, "\tmod=%s", x.Mod)
		}
		fmt.Fprintf(stdout, "\trule=%s\n", x.Rule)
	}
	return 0
}

// tmlFiles lists the .tml files under dir, as paths relative to it.
func tmlFiles(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".tml") {
			rel, err := filepath.Rel(dir, p)
			if err != nil {
				return err
			}
			out = append(out, rel)
		}
		return nil
	})
	return out, err
}

func timexTimeML(tg *timex.Tagger, in, out string, stderr io.Writer) int {
	files, err := tmlFiles(in)
	if err != nil {
		fmt.Fprintln(stderr, "annals timex:", err)
		return 1
	}
	if len(files) == 0 {
		fmt.Fprintf(stderr, "annals timex: no .tml files under %s\n", in)
		return 1
	}
	failed := 0
	for _, rel := range files {
		if err := timexFile(tg, filepath.Join(in, rel), filepath.Join(out, rel)); err != nil {
			fmt.Fprintf(stderr, "annals timex: %s: %v\n", filepath.Join(in, rel), err)
			failed++
		}
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "annals timex: %d of %d files failed\n", failed, len(files))
		return 1
	}
	return 0
}

func timexFile(tg *timex.Tagger, src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	terr := tg.TimeML(bytes.NewReader(data), &b)
	if terr != nil && !errors.Is(terr, timex.ErrNoDCT) {
		return terr
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(dst, b.Bytes(), 0o644); err != nil {
		return err
	}
	return terr // written, with undated values: still reported
}

func timexEval(tg *timex.Tagger, dir string, verbose bool, stdout, stderr io.Writer) int {
	files, err := tmlFiles(dir)
	if err != nil {
		fmt.Fprintln(stderr, "annals timex:", err)
		return 1
	}
	if len(files) == 0 {
		fmt.Fprintf(stderr, "annals timex: no .tml files under %s\n", dir)
		return 1
	}
	var total timex.Score
	failed := 0
	for _, rel := range files {
		data, err := os.ReadFile(filepath.Join(dir, rel))
		if err == nil {
			var sc timex.Score
			var diffs []timex.Diff
			sc, diffs, err = tg.Evaluate(data)
			if err == nil {
				total.Add(sc)
				if verbose {
					for _, d := range diffs {
						fmt.Fprintf(stdout, "%s\t%-8s\tgold=%s\tsys=%s\n", rel, d.Kind, d.Gold, d.System)
					}
				}
				continue
			}
		}
		fmt.Fprintf(stderr, "annals timex: %s: %v\n", filepath.Join(dir, rel), err)
		failed++
	}
	fmt.Fprintf(stdout, "documents=%d gold_timex=%d system_timex=%d relaxed_matches=%d strict_matches=%d\n",
		len(files)-failed, total.Gold, total.System, total.Relaxed, total.Strict)
	fmt.Fprintf(stdout, "strict_f1=%.2f relaxed_f1=%.2f type_f1=%.2f\nvalue_f1=%.2f\n",
		100*total.StrictF1(), 100*total.RelaxedF1(), 100*total.TypeF1(), 100*total.ValueF1())
	if failed > 0 {
		return 1
	}
	return 0
}
