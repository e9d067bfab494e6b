package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/annals-dev/annals/geo"
	"github.com/annals-dev/annals/text"
)

// evalSubcommands holds the "annals eval" subcommands; other files add
// theirs from init functions.
var evalSubcommands = map[string]func(args []string, stdout, stderr io.Writer) int{}

func init() {
	evalSubcommands["geoparse"] = runEvalGeoparse
	register(command{
		name:  "eval",
		usage: "<what> ... : evaluate against gold data (geoparse FILE.xml)",
		run: func(args []string, stdout, stderr io.Writer) int {
			if len(args) == 0 || evalSubcommands[args[0]] == nil {
				names := make([]string, 0, len(evalSubcommands))
				for n := range evalSubcommands {
					names = append(names, n)
				}
				sort.Strings(names)
				fmt.Fprintf(stderr, "usage: annals eval <%s> [flags] [arguments]\n", strings.Join(names, "|"))
				return 2
			}
			return evalSubcommands[args[0]](args[1:], stdout, stderr)
		},
	})
}

// runEvalGeoparse implements "annals eval geoparse FILE.xml": it resolves
// every gold toponym of an LGL- or GeoVirus-layout file in its article's
// context and prints accuracy within 161 km, the share with the right
// country, the mean and median error, and a last line acc161=NN.NN.
func runEvalGeoparse(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval geoparse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	predPath := fs.String("predictions", "", "write one JSON line per gold toponym to this file")
	verbose := fs.Bool("v", false, "print each toponym resolved more than 161 km away or not at all")
	goldOnly := fs.Bool("gold-context-only", false, "use only the gold toponyms as context, not the places the stage finds in the text")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: annals eval geoparse [--predictions FILE] [-v] [--gold-context-only] FILE.xml")
		fs.PrintDefaults()
	}
	// Accept flags after the file name too.
	var files []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if len(files) != 1 {
		fs.Usage()
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintln(stderr, "annals eval geoparse:", err)
		return 1
	}
	f, err := os.Open(files[0])
	if err != nil {
		return fail(err)
	}
	arts, layout, err := geo.ReadGoldXML(f)
	f.Close()
	if err != nil {
		return fail(fmt.Errorf("%s: %w", files[0], err))
	}
	g, err := geo.Default()
	if err != nil {
		return fail(err)
	}
	seg, err := text.New()
	if err != nil {
		return fail(err)
	}
	tokenize := seg.Process
	if *goldOnly {
		tokenize = nil
	}
	var pred io.Writer
	if *predPath != "" {
		pf, err := os.Create(*predPath)
		if err != nil {
			return fail(err)
		}
		defer pf.Close()
		pred = pf
	}
	res, err := geo.Evaluate(geo.NewStage(g), arts, tokenize, pred)
	if err != nil {
		return fail(err)
	}
	if res.Toponyms == 0 {
		return fail(fmt.Errorf("%s: no toponyms with coordinates", files[0]))
	}
	if *verbose {
		for _, m := range res.Misses {
			fmt.Fprintln(stdout, "MISS\t"+m)
		}
	}
	fmt.Fprintf(stdout, "file: %s (%s layout), %d articles, %d toponyms with coordinates, %d unresolved\n", files[0], layout, res.Articles, res.Toponyms, res.Unresolved)
	fmt.Fprintf(stdout, "accuracy within 161 km: %.2f%% (%d/%d)\n", res.Acc161(), res.Within161, res.Toponyms)
	if res.CountryN > 0 {
		fmt.Fprintf(stdout, "right country: %.2f%% (%d/%d)\n", 100*float64(res.CountryOK)/float64(res.CountryN), res.CountryOK, res.CountryN)
	}
	fmt.Fprintf(stdout, "mean error: %.1f km, median error: %.1f km (unresolved count as %.0f km)\n", res.MeanKm, res.MedianKm, geo.UnresolvedKm)
	fmt.Fprintf(stdout, "acc161=%.2f\n", res.Acc161())
	return 0
}
