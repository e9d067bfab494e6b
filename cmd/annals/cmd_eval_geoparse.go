package main

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/annals-dev/annals/doc"
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

// geoToponym is one gold toponym: rune offsets and coordinates.
type geoToponym struct {
	Start, End int
	Text       string
	Lat, Lon   float64
	HasCoord   bool
	Country    string // gold country name, when the file gives one
}

type geoArticle struct {
	ID       string
	Text     string
	Toponyms []geoToponym
}

// readGeoparseXML reads the LGL or GeoVirus layout.
func readGeoparseXML(r io.Reader) ([]geoArticle, string, error) {
	var raw struct {
		Articles []struct {
			DocID    string `xml:"docid,attr"`
			Text     string `xml:"text"`
			Toponyms []struct {
				Start  int    `xml:"start"`
				End    int    `xml:"end"`
				Phrase string `xml:"phrase"`
				Gaztag *struct {
					Lat     string `xml:"lat"`
					Lon     string `xml:"lon"`
					Country string `xml:"country"`
				} `xml:"gaztag"`
			} `xml:"toponyms>toponym"`
			Locations []struct {
				Name  string `xml:"name"`
				Start int    `xml:"start"`
				End   int    `xml:"end"`
				Lat   string `xml:"lat"`
				Lon   string `xml:"lon"`
			} `xml:"locations>location"`
		} `xml:"article"`
	}
	if err := xml.NewDecoder(r).Decode(&raw); err != nil {
		return nil, "", fmt.Errorf("parse XML: %w", err)
	}
	layout := ""
	var out []geoArticle
	for i, a := range raw.Articles {
		ga := geoArticle{ID: a.DocID, Text: a.Text}
		if ga.ID == "" {
			ga.ID = strconv.Itoa(i)
		}
		for _, t := range a.Toponyms {
			layout = "lgl"
			gt := geoToponym{Start: t.Start, End: t.End, Text: t.Phrase}
			if t.Gaztag != nil {
				lat, err1 := strconv.ParseFloat(strings.TrimSpace(t.Gaztag.Lat), 64)
				lon, err2 := strconv.ParseFloat(strings.TrimSpace(t.Gaztag.Lon), 64)
				if err1 == nil && err2 == nil {
					gt.Lat, gt.Lon, gt.HasCoord = lat, lon, true
				}
				gt.Country = strings.TrimSpace(t.Gaztag.Country)
			}
			ga.Toponyms = append(ga.Toponyms, gt)
		}
		for _, l := range a.Locations {
			layout = "geovirus"
			gt := geoToponym{Start: l.Start, End: l.End, Text: l.Name}
			lat, err1 := strconv.ParseFloat(strings.TrimSpace(l.Lat), 64)
			lon, err2 := strconv.ParseFloat(strings.TrimSpace(l.Lon), 64)
			if err1 == nil && err2 == nil {
				gt.Lat, gt.Lon, gt.HasCoord = lat, lon, true
			}
			ga.Toponyms = append(ga.Toponyms, gt)
		}
		out = append(out, ga)
	}
	if layout == "" {
		return nil, "", fmt.Errorf("no <toponym> or <location> elements: neither the LGL nor the GeoVirus layout")
	}
	return out, layout, nil
}

// runeToByte returns a function converting rune offsets of s to byte offsets.
func runeToByte(s string) func(int) int {
	idx := make([]int, 0, len(s)+1)
	for i := range s {
		idx = append(idx, i)
	}
	idx = append(idx, len(s))
	return func(r int) int {
		if r < 0 {
			return 0
		}
		if r >= len(idx) {
			return len(s)
		}
		return idx[r]
	}
}

type geoPrediction struct {
	Doc       string   `json:"doc"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Text      string   `json:"text"`
	Lat       *float64 `json:"lat"`
	Lon       *float64 `json:"lon"`
	Country   *string  `json:"country"`
	GeonameID *int     `json:"geonameid"`
}

func runEvalGeoparse(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval geoparse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	predPath := fs.String("predictions", "", "write one JSON line per gold toponym to this file")
	verbose := fs.Bool("v", false, "print each toponym resolved more than 161 km away")
	noContext := fs.Bool("gold-context-only", false, "use only the gold toponyms as context, not the places the stage finds in the text")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: annals eval geoparse [--predictions FILE] [-v] FILE.xml")
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
	f, err := os.Open(files[0])
	if err != nil {
		fmt.Fprintln(stderr, "annals eval geoparse:", err)
		return 1
	}
	arts, layout, err := readGeoparseXML(f)
	f.Close()
	if err != nil {
		fmt.Fprintf(stderr, "annals eval geoparse: %s: %v\n", files[0], err)
		return 1
	}
	g, err := geo.Default()
	if err != nil {
		fmt.Fprintln(stderr, "annals eval geoparse:", err)
		return 1
	}
	stage := geo.NewStage(g)
	seg, err := text.New()
	if err != nil {
		fmt.Fprintln(stderr, "annals eval geoparse:", err)
		return 1
	}
	var pw *bufio.Writer
	if *predPath != "" {
		pf, err := os.Create(*predPath)
		if err != nil {
			fmt.Fprintln(stderr, "annals eval geoparse:", err)
			return 1
		}
		defer pf.Close()
		pw = bufio.NewWriter(pf)
		defer pw.Flush()
	}
	enc := json.NewEncoder(pw)
	var n, hit, countryN, countryOK, unresolved int
	var sumErr float64
	var errs []float64
	for _, a := range arts {
		d := &doc.Document{ID: a.ID, Text: a.Text}
		// Sentences and tokens let the stage find the article's other
		// places, which serve as context like a real geoparser's would.
		if !*noContext {
			if err := seg.Process(d); err != nil {
				fmt.Fprintf(stderr, "annals eval geoparse: %s: %v\n", a.ID, err)
				return 1
			}
		}
		conv := runeToByte(a.Text)
		spans := make([]doc.Span, len(a.Toponyms))
		for i, t := range a.Toponyms {
			spans[i] = alignSpan(a.Text, doc.Span{Start: conv(t.Start), End: conv(t.End)}, t.Text)
		}
		res := stage.ResolveSpans(d, spans)
		for i, t := range a.Toponyms {
			pm := res[i]
			if pw != nil {
				p := geoPrediction{Doc: a.ID, Start: t.Start, End: t.End, Text: t.Text}
				if pm.Resolved {
					lat, lon, c, id := pm.Place.Lat, pm.Place.Lon, pm.Place.Country, pm.Place.GeonameID
					p.Lat, p.Lon = &lat, &lon
					if c != "" {
						p.Country = &c
					}
					if id != 0 {
						p.GeonameID = &id
					}
				}
				if err := enc.Encode(p); err != nil {
					fmt.Fprintln(stderr, "annals eval geoparse:", err)
					return 1
				}
			}
			if !t.HasCoord {
				continue
			}
			n++
			goldCountry := ""
			if t.Country != "" {
				goldCountry = countryCode(g, t.Country)
			} else {
				goldCountry = g.CountryAt(t.Lat, t.Lon)
			}
			if !pm.Resolved {
				unresolved++
				e := 20038.0 // half the Earth's circumference: the worst error
				sumErr += e
				errs = append(errs, e)
				if goldCountry != "" {
					countryN++
				}
				if *verbose {
					fmt.Fprintf(stdout, "MISS\t%s\t%q\tunresolved\tgold %.2f,%.2f %s\n", a.ID, t.Text, t.Lat, t.Lon, goldCountry)
				}
				continue
			}
			e := geo.Distance(pm.Place, doc.Place{Lat: t.Lat, Lon: t.Lon})
			sumErr += e
			errs = append(errs, e)
			if e <= 161 {
				hit++
			} else if *verbose {
				fmt.Fprintf(stdout, "MISS\t%s\t%q\t%s %s %s %.2f,%.2f\tgold %.2f,%.2f %s\t%.0f km\n", a.ID, t.Text, pm.Place.Name, pm.Place.Country, pm.Place.Feature, pm.Place.Lat, pm.Place.Lon, t.Lat, t.Lon, goldCountry, e)
			}
			if goldCountry != "" {
				countryN++
				if pm.Place.Country == goldCountry {
					countryOK++
				}
			}
		}
	}
	if n == 0 {
		fmt.Fprintln(stderr, "annals eval geoparse: no toponyms with coordinates")
		return 1
	}
	sort.Float64s(errs)
	acc := 100 * float64(hit) / float64(n)
	fmt.Fprintf(stdout, "file: %s (%s layout), %d articles, %d toponyms with coordinates, %d unresolved\n", files[0], layout, len(arts), n, unresolved)
	fmt.Fprintf(stdout, "accuracy within 161 km: %.2f%% (%d/%d)\n", acc, hit, n)
	if countryN > 0 {
		fmt.Fprintf(stdout, "right country: %.2f%% (%d/%d)\n", 100*float64(countryOK)/float64(countryN), countryOK, countryN)
	}
	fmt.Fprintf(stdout, "mean error: %.1f km, median error: %.1f km (unresolved count as %.0f km)\n", sumErr/float64(n), errs[len(errs)/2], 20038.0)
	fmt.Fprintf(stdout, "acc161=%.2f\n", math.Round(acc*100)/100)
	return 0
}

// countryCode maps a gold country name to an alpha-3 code via the gazetteer.
func countryCode(g *geo.Gazetteer, name string) string {
	for _, c := range g.Lookup(name) {
		if c.Feature == "PCLI" && c.Match != geo.MatchDemonym {
			return c.Country
		}
	}
	return ""
}

// alignSpan returns sp, or the nearest occurrence of name within a few bytes
// of it when the file's offsets are shifted (GeoVirus counts from 1).
func alignSpan(text string, sp doc.Span, name string) doc.Span {
	if name == "" || text[sp.Start:sp.End] == name {
		return sp
	}
	for d := 1; d <= 4; d++ {
		for _, s := range []int{sp.Start - d, sp.Start + d} {
			if s >= 0 && s+len(name) <= len(text) && text[s:s+len(name)] == name {
				return doc.Span{Start: s, End: s + len(name)}
			}
		}
	}
	return sp
}
