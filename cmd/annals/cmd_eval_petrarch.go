package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/annals-dev/annals/pipeline"
)

func init() {
	evalSubcommands["petrarch"] = runEvalPetrarch
}

// runEvalPetrarch implements "annals eval petrarch [-v] [PATH]": it runs
// PETRARCH's unit-test records from raw text through Annals with PETRARCH's
// validation dictionaries (see pipeline.PetrarchEval) and prints the number
// of records coded exactly right, per category, with a last line
// petrarch_exact=N/TOTAL. PATH is the directory holding
// PETR.UnitTest.records.xml and the PETR.Validate.* dictionaries, or the
// records file itself (default ../shared/peers/petrarch2).
func runEvalPetrarch(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval petrarch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	verbose := fs.Bool("v", false, "print each record not coded exactly right")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: annals eval petrarch [-v] [DIR | PETR.UnitTest.records.xml]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return 2
	}
	dir := "../shared/peers/petrarch2"
	if fs.NArg() == 1 {
		dir = fs.Arg(0)
		if st, err := os.Stat(dir); err == nil && !st.IsDir() {
			dir = filepath.Dir(dir)
		}
	}
	res, err := pipeline.PetrarchEval(dir)
	if err != nil {
		fmt.Fprintf(stderr, "annals eval petrarch: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "verb dictionary: %d blocks, %d patterns; skipped:", res.Verbs.Blocks, res.Verbs.Patterns)
	reasons := make([]string, 0, len(res.Verbs.Skipped))
	for r := range res.Verbs.Skipped {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		fmt.Fprintf(stdout, " %s %d;", r, res.Verbs.Skipped[r])
	}
	fmt.Fprintln(stdout)
	type tally struct{ ok, n int }
	byCat := map[string]*tally{}
	var cats []string
	for i, r := range res.Records {
		t := byCat[r.Category]
		if t == nil {
			t = &tally{}
			byCat[r.Category] = t
			cats = append(cats, r.Category)
		}
		t.n++
		if res.OK(i) {
			t.ok++
		} else if *verbose {
			fmt.Fprintf(stdout, "FAIL %s: %s\n  want %v\n  got  %v\n", r.ID, r.Text, r.Want, res.Got[i])
		}
	}
	sort.Strings(cats)
	for _, c := range cats {
		fmt.Fprintf(stdout, "%-10s %3d/%d\n", c, byCat[c].ok, byCat[c].n)
	}
	fmt.Fprintf(stdout, "PETRARCH unit records: %d/%d exactly right (PETRARCH2 with gold parses: 83/283)\n", res.Exact, len(res.Records))
	fmt.Fprintf(stdout, "petrarch_exact=%d/%d\n", res.Exact, len(res.Records))
	return 0
}
