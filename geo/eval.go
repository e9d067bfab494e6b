package geo

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/annals-dev/annals/doc"
)

// GoldToponym is one gold toponym: offsets in Unicode code points, text and
// coordinates.
type GoldToponym struct {
	Start, End int
	Text       string
	Lat, Lon   float64
	HasCoord   bool
	Country    string // gold country name, when the file gives one
}

// GoldArticle is one article of a geoparsing gold file.
type GoldArticle struct {
	ID       string
	Text     string
	Toponyms []GoldToponym
}

// ReadGoldXML reads a geoparsing gold file in the LGL layout (<toponyms>
// with <gaztag> coordinates) or the GeoVirus layout (<locations>), and
// reports which ("lgl" or "geovirus").
func ReadGoldXML(r io.Reader) ([]GoldArticle, string, error) {
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
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, "", fmt.Errorf("read XML: %w", err)
	}
	if err := xml.NewDecoder(bytes.NewReader(data)).Decode(&raw); err != nil {
		return nil, "", fmt.Errorf("parse XML: %w", err)
	}
	layout := ""
	var out []GoldArticle
	for i, a := range raw.Articles {
		ga := GoldArticle{ID: a.DocID, Text: a.Text}
		if ga.ID == "" {
			ga.ID = strconv.Itoa(i)
		}
		for _, t := range a.Toponyms {
			layout = "lgl"
			gt := GoldToponym{Start: t.Start, End: t.End, Text: t.Phrase}
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
			gt := GoldToponym{Start: l.Start, End: l.End, Text: l.Name}
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
	if layout == "geovirus" {
		// Read the locations again field by field: some GeoVirus
		// <location> elements are nested in others or lack their start
		// tag, and a strict reading drops them.
		locs, err := geoVirusLocations(data)
		if err != nil {
			return nil, "", err
		}
		if len(locs) == len(out) {
			for i := range out {
				out[i].Toponyms = locs[i]
			}
		}
	}
	return out, layout, nil
}

// geoVirusLocations reads the locations of each <article> of a GeoVirus
// file: a location starts at each <name> element inside <locations> and
// takes the <start>, <end>, <lat> and <lon> that follow it.
func geoVirusLocations(data []byte) ([][]GoldToponym, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var out [][]GoldToponym
	var cur *GoldToponym
	var lat, lon string
	inLocs := false
	field := ""
	flush := func() {
		if cur == nil || len(out) == 0 {
			return
		}
		la, err1 := strconv.ParseFloat(strings.TrimSpace(lat), 64)
		lo, err2 := strconv.ParseFloat(strings.TrimSpace(lon), 64)
		if err1 == nil && err2 == nil {
			cur.Lat, cur.Lon, cur.HasCoord = la, lo, true
		}
		out[len(out)-1] = append(out[len(out)-1], *cur)
		cur, lat, lon = nil, "", ""
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("parse XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch n := t.Name.Local; {
			case n == "article":
				flush()
				out = append(out, nil)
				inLocs = false
			case n == "locations":
				inLocs = true
			case inLocs && n == "name":
				flush()
				cur = &GoldToponym{}
				field = n
			case inLocs && (n == "start" || n == "end" || n == "lat" || n == "lon"):
				field = n
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "location":
				flush()
			case "locations":
				flush()
				inLocs = false
			}
			field = ""
		case xml.CharData:
			if cur == nil || field == "" {
				continue
			}
			v := string(t)
			switch field {
			case "name":
				cur.Text += v
			case "start":
				cur.Start, _ = strconv.Atoi(strings.TrimSpace(v))
			case "end":
				cur.End, _ = strconv.Atoi(strings.TrimSpace(v))
			case "lat":
				lat += v
			case "lon":
				lon += v
			}
		}
	}
	flush()
	return out, nil
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

// EvalResult summarises a geoparsing evaluation.
type EvalResult struct {
	Articles, Toponyms, Unresolved int
	// Within161 counts toponyms resolved within 161 km (100 miles) of gold.
	Within161 int
	// CountryN counts toponyms whose gold country is known; CountryOK those
	// resolved in it.
	CountryN, CountryOK int
	// MeanKm and MedianKm are errors in km; unresolved toponyms count as
	// UnresolvedKm.
	MeanKm, MedianKm float64
	// Misses lists toponyms resolved more than 161 km away, one line each.
	Misses []string
}

// UnresolvedKm is the error charged for an unresolved toponym: half the
// Earth's circumference.
const UnresolvedKm = 20038.0

// Acc161 returns the percentage of toponyms resolved within 161 km.
func (r EvalResult) Acc161() float64 {
	if r.Toponyms == 0 {
		return 0
	}
	return 100 * float64(r.Within161) / float64(r.Toponyms)
}

type prediction struct {
	Doc       string   `json:"doc"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Text      string   `json:"text"`
	Lat       *float64 `json:"lat"`
	Lon       *float64 `json:"lon"`
	Country   *string  `json:"country"`
	GeonameID *int     `json:"geonameid"`
}

// Evaluate resolves every gold toponym of arts in its article's context and
// scores the result. tokenize, when not nil, fills a Document's sentences
// and tokens so that the stage can find the article's other places as
// context. When pred is not nil, one JSON line per gold toponym is written
// to it: doc, start, end, text, lat, lon, country, geonameid (nulls when
// unresolved).
func Evaluate(s *Stage, arts []GoldArticle, tokenize func(*doc.Document) error, pred io.Writer) (EvalResult, error) {
	var res EvalResult
	res.Articles = len(arts)
	var bw *bufio.Writer
	var enc *json.Encoder
	if pred != nil {
		bw = bufio.NewWriter(pred)
		enc = json.NewEncoder(bw)
	}
	var errs []float64
	var sum float64
	for _, a := range arts {
		d := &doc.Document{ID: a.ID, Text: a.Text}
		if tokenize != nil {
			if err := tokenize(d); err != nil {
				return res, fmt.Errorf("article %s: %w", a.ID, err)
			}
		}
		conv := runeToByte(a.Text)
		spans := make([]doc.Span, len(a.Toponyms))
		for i, t := range a.Toponyms {
			spans[i] = alignSpan(a.Text, doc.Span{Start: conv(t.Start), End: conv(t.End)}, t.Text)
		}
		out := s.ResolveSpans(d, spans)
		for i, t := range a.Toponyms {
			pm := out[i]
			if enc != nil {
				p := prediction{Doc: a.ID, Start: t.Start, End: t.End, Text: t.Text}
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
					return res, fmt.Errorf("write predictions: %w", err)
				}
			}
			if !t.HasCoord {
				continue
			}
			res.Toponyms++
			gold := ""
			if t.Country != "" {
				gold = s.g.countryCode(t.Country)
			} else {
				gold = s.g.CountryAt(t.Lat, t.Lon)
			}
			if gold != "" {
				res.CountryN++
			}
			if !pm.Resolved {
				res.Unresolved++
				sum += UnresolvedKm
				errs = append(errs, UnresolvedKm)
				res.Misses = append(res.Misses, fmt.Sprintf("%s\t%q\tunresolved\tgold %.2f,%.2f %s", a.ID, t.Text, t.Lat, t.Lon, gold))
				continue
			}
			e := Distance(pm.Place, doc.Place{Lat: t.Lat, Lon: t.Lon})
			sum += e
			errs = append(errs, e)
			if e <= 161 {
				res.Within161++
			} else {
				res.Misses = append(res.Misses, fmt.Sprintf("%s\t%q\t%s %s %s %.2f,%.2f\tgold %.2f,%.2f %s\t%.0f km", a.ID, t.Text, pm.Place.Name, pm.Place.Country, pm.Place.Feature, pm.Place.Lat, pm.Place.Lon, t.Lat, t.Lon, gold, e))
			}
			if gold != "" && pm.Place.Country == gold {
				res.CountryOK++
			}
		}
	}
	if bw != nil {
		if err := bw.Flush(); err != nil {
			return res, fmt.Errorf("write predictions: %w", err)
		}
	}
	if res.Toponyms > 0 {
		sort.Float64s(errs)
		res.MeanKm = sum / float64(res.Toponyms)
		res.MedianKm = errs[len(errs)/2]
	}
	return res, nil
}

// countryCode maps a country name to its alpha-3 code.
func (g *Gazetteer) countryCode(name string) string {
	for _, c := range g.Lookup(name) {
		if c.Feature == "PCLI" && c.Match != MatchDemonym {
			return c.Country
		}
	}
	return ""
}

// alignSpan returns sp, or the nearest occurrence of name within a few bytes
// of it when the file's offsets are shifted (GeoVirus counts from 1).
func alignSpan(text string, sp doc.Span, name string) doc.Span {
	if sp.End < sp.Start {
		sp.End = sp.Start
	}
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
