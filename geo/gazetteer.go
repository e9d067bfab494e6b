// Package geo finds place names in documents and resolves them to
// coordinates with an embedded gazetteer.
//
// The gazetteer (data/places.tsv.gz) is generated from GeoNames' cities500
// table, GeoNames' division names and the world-countries package (see
// data/ATTRIBUTION.md and internal/gen); data/regions.tsv,
// data/features.tsv and data/aliases.tsv add hand-written regions,
// physical features and short forms.
package geo

import (
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

//go:embed data/places.tsv.gz data/regions.tsv data/features.tsv data/aliases.tsv data/stopwords.txt
var dataFS embed.FS

// MatchKind says how a name matched a gazetteer entry.
type MatchKind uint8

const (
	// MatchName: the entry's name or ASCII name.
	MatchName MatchKind = iota
	// MatchAlternate: one of the entry's alternate names only.
	MatchAlternate
	// MatchAbbrev: an abbreviation from aliases.tsv ("Ky.", "TX").
	MatchAbbrev
	// MatchDemonym: a demonym or adjective ("Serbian", "Texan"); never a
	// place mention in running text.
	MatchDemonym
)

type entry struct {
	name    string
	fcode   string
	country string
	admin1  string
	admin2  string
	pop     int64
	id      int32
	lat     float32
	lon     float32
	ext     [4]float32 // latlo, lathi, lonlo, lonhi; all zero when unknown
	minor   bool       // a place of the supplementary extract (see minor)
}

// Gazetteer is an in-memory table of places indexed by folded name. It is
// safe for concurrent use.
type Gazetteer struct {
	entries []entry
	index   *nameIndex // folded name → entry<<2 | MatchKind
	// minor indexes the populated places without a GeoNames id, from the
	// supplementary extract (internal/gen readExtraCities): hamlets,
	// camps and districts of unknown size whose names no other entry
	// has. They are not looked up in running text (nor by Lookup), only
	// for a name already taken for a place that has no other entry
	// (lookupMinor).
	minor     *nameIndex
	admin1    map[string]int32 // "USA.LA" → ADM1 entry
	admin2    map[string]int32 // "USA.LA.079" → ADM2 entry
	countries map[string]int32 // alpha-3 → country entry
	maxWords  int
	dirCache  sync.Map // direction key → [2]float64
	// largest is the population of each country's largest populated
	// place (see largestPop), computed on first use.
	largest     map[string]int64
	largestOnce sync.Once
	// centres is the population-weighted centre of each first-level
	// division's populated places (see popCentre), computed on first use.
	centres     map[string][2]float64
	centresOnce sync.Once
	// countryKeys are the folded names and name aliases of the
	// countries, for misspellings (see countryTypo), built on first use.
	countryKeys     []countryKey
	countryKeysOnce sync.Once
	grid            grid
}

// Candidate is one gazetteer entry matching a name.
type Candidate struct {
	// Index identifies the entry within this Gazetteer.
	Index int
	// ID is the GeoNames id, 0 for countries, divisions and regions.
	ID   int
	Name string
	Lat  float64
	Lon  float64
	// Feature is the GeoNames feature code: PCLI, ADM1, ADM2, PPLC, PPL,
	// or CONT/RGN/AREA for hand-written regions.
	Feature string
	// Country is the ISO 3166-1 alpha-3 code, empty for multinational regions.
	Country string
	// Admin1 is the GeoNames admin1 code within Country.
	Admin1     string
	Population int64
	Match      MatchKind
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the embedded gazetteer, loading it on first use.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() { defaultGaz, defaultErr = Load() })
	return defaultGaz, defaultErr
}

// Load reads the embedded gazetteer files into a new Gazetteer.
func Load() (*Gazetteer, error) {
	g := &Gazetteer{
		index:     newNameIndex(1 << 20),
		minor:     newNameIndex(1 << 16),
		admin1:    map[string]int32{},
		admin2:    map[string]int32{},
		countries: map[string]int32{},
		entries:   make([]entry, 0, 262144),
	}
	if err := g.loadPlacesGzip("data/places.tsv.gz"); err != nil {
		return nil, err
	}
	b, err := dataFS.ReadFile("data/regions.tsv")
	if err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	if err := g.loadRegions("data/regions.tsv", string(b)); err != nil {
		return nil, err
	}
	b, err = dataFS.ReadFile("data/features.tsv")
	if err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	if err := g.loadRegions("data/features.tsv", string(b)); err != nil {
		return nil, err
	}
	b, err = dataFS.ReadFile("data/aliases.tsv")
	if err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	if err := g.loadAliases("data/aliases.tsv", string(b)); err != nil {
		return nil, err
	}
	return g, nil
}

// lines calls f with each non-comment, non-blank line and its number.
func lines(text string, f func(n int, line string) error) error {
	n := 0
	for len(text) > 0 {
		n++
		i := strings.IndexByte(text, '\n')
		var line string
		if i < 0 {
			line, text = text, ""
		} else {
			line, text = text[:i], text[i+1:]
		}
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		if err := f(n, line); err != nil {
			return err
		}
	}
	return nil
}

// splitTabs splits line into exactly n tab-separated fields without allocating
// beyond dst.
func splitTabs(dst []string, line string, n int) ([]string, bool) {
	dst = dst[:0]
	for i := 0; i < n-1; i++ {
		j := strings.IndexByte(line, '\t')
		if j < 0 {
			return dst, false
		}
		dst = append(dst, line[:j])
		line = line[j+1:]
	}
	if strings.IndexByte(line, '\t') >= 0 {
		return dst, false
	}
	return append(dst, line), true
}

func parseCoord(s string, lim float64) (float32, bool) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v < -lim || v > lim {
		return 0, false
	}
	return float32(v), true
}

// loadPlacesGzip reads the generated table, decompressing on one goroutine
// while parsing on another. The decompressed text is one buffer that the
// entries' strings point into.
func (g *Gazetteer) loadPlacesGzip(file string) error {
	raw, err := dataFS.ReadFile(file)
	if err != nil {
		return fmt.Errorf("geo: %w", err)
	}
	if len(raw) < 18 {
		return fmt.Errorf("geo: %s: truncated", file)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return fmt.Errorf("geo: %s: %w", file, err)
	}
	// The gzip trailer holds the uncompressed size (mod 2^32).
	size := int(binary.LittleEndian.Uint32(raw[len(raw)-4:]))
	buf := make([]byte, size+1)
	progress := make(chan int, 64)
	errc := make(chan error, 1)
	go func() {
		defer close(progress)
		n := 0
		for n < len(buf) {
			k, err := zr.Read(buf[n:])
			n += k
			if k > 0 {
				progress <- n
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				errc <- err
				return
			}
		}
		if n != size {
			errc <- fmt.Errorf("size %d, trailer says %d", n, size)
		}
	}()
	var f []string
	var key []byte
	pos, avail, n := 0, 0, 0
	var perr error
	for {
		i := bytes.IndexByte(buf[pos:avail], '\n')
		if i < 0 {
			a, ok := <-progress
			if ok {
				avail = a
				continue
			}
			if pos < avail { // a last line without a newline
				i = avail - pos
			} else {
				break
			}
		}
		n++
		if i > 0 && buf[pos] != '#' && perr == nil {
			// The bytes of a complete line are never written again: a
			// string can share them.
			line := unsafe.String(&buf[pos], i)
			f, key, perr = g.placeLine(file, n, line, f, key)
		}
		pos += i + 1
		if pos >= avail && avail == size {
			for range progress {
			}
			break
		}
	}
	select {
	case err := <-errc:
		return fmt.Errorf("geo: %s: %w", file, err)
	default:
	}
	return perr
}

// loadPlaces parses the generated table from text.
func (g *Gazetteer) loadPlaces(file, text string) error {
	var f []string
	var key []byte
	return lines(text, func(n int, line string) (err error) {
		f, key, err = g.placeLine(file, n, line, f, key)
		return err
	})
}

// placeLine parses line n of the generated table; f and key are scratch
// buffers, returned for reuse.
func (g *Gazetteer) placeLine(file string, n int, line string, f []string, key []byte) ([]string, []byte, error) {
	err := func() error {
		var ok bool
		f, ok = splitTabs(f, line, 13)
		if !ok {
			return fmt.Errorf("geo: %s:%d: want 13 tab-separated columns", file, n)
		}
		e := entry{name: f[1], fcode: f[6], country: f[7], admin1: f[8], admin2: f[9]}
		if f[0] != "" {
			id, err := strconv.Atoi(f[0])
			if err != nil {
				return fmt.Errorf("geo: %s:%d: bad id %q", file, n, f[0])
			}
			e.id = int32(id)
		}
		var ok1, ok2 bool
		e.lat, ok1 = parseCoord(f[4], 90)
		e.lon, ok2 = parseCoord(f[5], 180)
		if !ok1 || !ok2 || e.name == "" || e.fcode == "" || len(e.country) != 3 {
			return fmt.Errorf("geo: %s:%d: bad name, coordinates, feature or country", file, n)
		}
		pop, err := strconv.ParseInt(f[10], 10, 64)
		if err != nil {
			return fmt.Errorf("geo: %s:%d: bad population %q", file, n, f[10])
		}
		e.pop = pop
		if f[11] != "" {
			parts := strings.Split(f[11], ",")
			if len(parts) != 4 {
				return fmt.Errorf("geo: %s:%d: bad extent %q", file, n, f[11])
			}
			for i, p := range parts {
				v, ok := parseCoord(p, 180)
				if !ok {
					return fmt.Errorf("geo: %s:%d: bad extent %q", file, n, f[11])
				}
				e.ext[i] = v
			}
		}
		idx := int32(len(g.entries))
		g.entries = append(g.entries, e)
		switch e.fcode {
		case "PCLI":
			g.countries[e.country] = idx
		case "ADM1":
			g.admin1[e.country+"."+e.admin1] = idx
		case "ADM2":
			g.admin2[e.country+"."+e.admin1+"."+e.admin2] = idx
		}
		if e.id == 0 && strings.HasPrefix(e.fcode, "PPL") {
			// A populated place without a GeoNames id comes from the
			// supplementary extract: indexed apart (see Gazetteer.minor).
			g.entries[idx].minor = true
			if g.minor == nil {
				g.minor = newNameIndex(1 << 16)
			}
			key = appendFold(key[:0], e.name)
			g.minor.add(key, uint32(idx)<<2|uint32(MatchName))
			if f[2] != "" {
				key = appendFold(key[:0], f[2])
				g.minor.add(key, uint32(idx)<<2|uint32(MatchName))
			}
			return nil
		}
		key = g.add(key, e.name, idx, MatchName)
		if f[2] != "" {
			key = g.add(key, f[2], idx, MatchName)
		}
		if e.fcode == "ADM1" || e.fcode == "ADM2" {
			key = g.addShortDirection(key, e.name, idx)
		}
		// A division's alternate is its name without the division word
		// ("Province of Bulacan" → "Bulacan"): as good as the name.
		altKind := MatchAlternate
		if e.fcode == "ADM1" || e.fcode == "ADM2" {
			altKind = MatchName
		}
		for alts := f[3]; alts != ""; {
			a, rest, _ := strings.Cut(alts, ";")
			alts = rest
			key = g.add(key, a, idx, altKind)
		}
		for dem := f[12]; dem != ""; {
			a, rest, _ := strings.Cut(dem, ";")
			dem = rest
			key = g.addDemonym(key, a, idx)
		}
		return nil
	}()
	return f, key, err
}

func (g *Gazetteer) loadRegions(file, text string) error {
	var f []string
	var key []byte
	return lines(text, func(n int, line string) error {
		var ok bool
		f, ok = splitTabs(f, line, 7)
		if !ok {
			return fmt.Errorf("geo: %s:%d: want 7 tab-separated columns", file, n)
		}
		e := entry{name: f[0], fcode: f[4], country: f[5]}
		var ok1, ok2 bool
		if f[2] == "mean" {
			// A region made of whole first-level divisions lies at the
			// mean of their points.
			e.lat, e.lon, ok1 = g.meanOfDivisions(f[3])
			ok2 = ok1
		} else {
			e.lat, ok1 = parseCoord(f[2], 90)
			e.lon, ok2 = parseCoord(f[3], 180)
		}
		if !ok1 || !ok2 || e.name == "" || e.fcode == "" || (e.country != "" && len(e.country) != 3) {
			return fmt.Errorf("geo: %s:%d: bad name, coordinates, feature or country", file, n)
		}
		pop, err := strconv.ParseInt(f[6], 10, 64)
		if err != nil {
			return fmt.Errorf("geo: %s:%d: bad importance %q", file, n, f[6])
		}
		e.pop = pop
		idx := int32(len(g.entries))
		g.entries = append(g.entries, e)
		key = g.add(key, e.name, idx, MatchName)
		for alts := f[1]; alts != ""; {
			a, rest, _ := strings.Cut(alts, ";")
			alts = rest
			if d, ok := strings.CutPrefix(a, "~"); ok {
				key = g.addDemonym(key, d, idx)
			} else {
				key = g.add(key, a, idx, MatchName)
			}
		}
		return nil
	})
}

// meanOfDivisions returns the mean of the points of the first-level
// divisions listed in keys ("USA.WA USA.OR"); ok is false when the list is
// empty or names a division the table lacks.
func (g *Gazetteer) meanOfDivisions(keys string) (lat, lon float32, ok bool) {
	var sumLat, sumLon float64
	n := 0
	for _, k := range strings.Fields(keys) {
		i, found := g.admin1[k]
		if !found {
			return 0, 0, false
		}
		sumLat += float64(g.entries[i].lat)
		sumLon += float64(g.entries[i].lon)
		n++
	}
	if n == 0 {
		return 0, 0, false
	}
	return float32(sumLat / float64(n)), float32(sumLon / float64(n)), true
}

func (g *Gazetteer) loadAliases(file, text string) error {
	var f []string
	var key []byte
	return lines(text, func(n int, line string) error {
		var ok bool
		f, ok = splitTabs(f, line, 5)
		if !ok {
			return fmt.Errorf("geo: %s:%d: want 5 tab-separated columns", file, n)
		}
		var kind MatchKind
		switch f[4] {
		case "name":
			kind = MatchName
		case "abbr":
			kind = MatchAbbrev
		case "adj":
			kind = MatchDemonym
		default:
			return fmt.Errorf("geo: %s:%d: kind %q is not name, abbr or adj", file, n, f[4])
		}
		key = appendFold(key[:0], f[1])
		target := int32(-1)
		g.index.postings(key, func(v uint32) {
			e := &g.entries[v>>2]
			if MatchKind(v&3) == MatchName && e.country == f[2] && e.fcode == f[3] && (target < 0 || e.pop > g.entries[target].pop) {
				target = int32(v >> 2)
			}
		})
		if target < 0 {
			return fmt.Errorf("geo: %s:%d: no place %q (%s, %s) to alias", file, n, f[1], f[2], f[3])
		}
		if kind == MatchDemonym {
			key = g.addDemonym(key, f[0], target)
		} else {
			key = g.add(key, f[0], target, kind)
		}
		return nil
	})
}

// addDemonym indexes a demonym and its plural ("Russian", "Russians").
func (g *Gazetteer) addDemonym(key []byte, d string, idx int32) []byte {
	key = g.add(key, d, idx, MatchDemonym)
	if !strings.HasSuffix(d, "s") && !strings.HasSuffix(d, "h") && !strings.HasSuffix(d, "z") &&
		!strings.HasSuffix(d, "x") && !strings.HasSuffix(d, "ese") {
		key = g.add(key, d+"s", idx, MatchDemonym)
	}
	return key
}

// add indexes name for entry idx, with "saint"/"st", "mount"/"mt" and
// "fort"/"ft" variants, and a leading particle joined to the next word
// ("De Soto Parish" as "DeSoto Parish", "La Grange" as "LaGrange").
func (g *Gazetteer) add(key []byte, name string, idx int32, kind MatchKind) []byte {
	key = appendFold(key[:0], name)
	if len(key) == 0 {
		return key
	}
	g.addKey(key, idx, kind)
	for _, p := range [...][2]string{{"saint ", "st "}, {"st ", "saint "}, {"mount ", "mt "}, {"mt ", "mount "}, {"fort ", "ft "}, {"ft ", "fort "}} {
		if bytes.HasPrefix(key, []byte(p[0])) {
			v := append([]byte(p[1]), key[len(p[0]):]...)
			g.addKey(v, idx, kind)
		}
	}
	for _, p := range joinedParticles {
		if len(key) <= len(p)+2 || key[len(p)] != ' ' {
			continue
		}
		if string(key[:len(p)]) == p {
			var buf [64]byte
			v := append(append(buf[:0], p...), key[len(p)+1:]...)
			g.addKey(v, idx, kind)
			break
		}
	}
	return key
}

// addShortDirection indexes a division named with a direction adjective
// ("Southern Darfur", "Western Equatoria") under the short form news also
// writes ("South Darfur", "West Equatoria").
func (g *Gazetteer) addShortDirection(key []byte, name string, idx int32) []byte {
	key = appendFold(key[:0], name)
	for _, p := range [...][2]string{{"northern ", "north "}, {"southern ", "south "}, {"eastern ", "east "}, {"western ", "west "}} {
		if bytes.HasPrefix(key, []byte(p[0])) && len(key) > len(p[0]) {
			var buf [64]byte
			g.addKey(append(append(buf[:0], p[1]...), key[len(p[0]):]...), idx, MatchName)
			break
		}
	}
	return key
}

// joinedParticles are the leading words that American usage often joins to
// the next ("DeKalb", "LaSalle", "DuPage", "McHenry").
var joinedParticles = [...]string{"de", "la", "le", "du", "da", "di", "del", "van", "mc"}

func (g *Gazetteer) addKey(key []byte, idx int32, kind MatchKind) {
	if g.index.add(key, uint32(idx)<<2|uint32(kind)) {
		if words := 1 + bytes.Count(key, []byte{' '}); words > g.maxWords {
			g.maxWords = words
		}
	}
}

// largestPop returns the population of the largest populated place of the
// country with the alpha-3 code.
func (g *Gazetteer) largestPop(country string) int64 {
	g.largestOnce.Do(func() {
		g.largest = map[string]int64{}
		for i := range g.entries {
			e := &g.entries[i]
			if strings.HasPrefix(e.fcode, "PPL") && e.pop > g.largest[e.country] {
				g.largest[e.country] = e.pop
			}
		}
	})
	return g.largest[country]
}

// popCentre returns the population-weighted centre of the populated places
// of the first-level division admin1 of country: the mean of their
// positions on the sphere, each weighted by its population. Computed alike
// for every division from the generated table (the lesser places of the
// supplementary extract, without population, left out), it is where a
// place of the division that the gazetteer lacks most likely lies, nearer
// than the division's own point when people crowd in one part of it
// (Ontario's south). ok is false when the division has no place with a
// population.
func (g *Gazetteer) popCentre(country, admin1 string) (lat, lon float64, ok bool) {
	g.centresOnce.Do(func() {
		type acc struct{ x, y, z float64 }
		sums := map[string]*acc{}
		var key []byte
		for i := range g.entries {
			e := &g.entries[i]
			if e.minor || e.pop <= 0 || e.admin1 == "" || !strings.HasPrefix(e.fcode, "PPL") {
				continue
			}
			key = append(append(append(key[:0], e.country...), '.'), e.admin1...)
			a := sums[string(key)]
			if a == nil {
				a = &acc{}
				sums[string(key)] = a
			}
			la, lo := float64(e.lat)*math.Pi/180, float64(e.lon)*math.Pi/180
			w := float64(e.pop)
			a.x += w * math.Cos(la) * math.Cos(lo)
			a.y += w * math.Cos(la) * math.Sin(lo)
			a.z += w * math.Sin(la)
		}
		g.centres = make(map[string][2]float64, len(sums))
		for k, a := range sums {
			h := math.Hypot(a.x, a.y)
			g.centres[k] = [2]float64{math.Atan2(a.z, h) * 180 / math.Pi, math.Atan2(a.y, a.x) * 180 / math.Pi}
		}
	})
	c, ok := g.centres[country+"."+admin1]
	return c[0], c[1], ok
}

// Len reports the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Lookup returns the entries whose name, alternate name, alias or demonym
// equals name after case, accent and punctuation folding.
func (g *Gazetteer) Lookup(name string) []Candidate {
	var buf [64]byte
	return g.lookupKey(appendFold(buf[:0], name), nil)
}

func (g *Gazetteer) lookupKey(key []byte, dst []Candidate) []Candidate {
	g.index.postings(key, func(v uint32) {
		dst = append(dst, g.candidate(int(v>>2), MatchKind(v&3)))
	})
	return dst
}

// lookupMinor returns the places of the supplementary extract named key
// (see Gazetteer.minor).
func (g *Gazetteer) lookupMinor(key []byte, dst []Candidate) []Candidate {
	if g.minor == nil {
		return dst
	}
	g.minor.postings(key, func(v uint32) {
		dst = append(dst, g.candidate(int(v>>2), MatchKind(v&3)))
	})
	return dst
}

// known reports whether key names an entry as written, in the main index
// or among the lesser places (not by a looser form of it).
func (g *Gazetteer) known(key []byte) bool {
	return g.index.has(key) || g.minor != nil && g.minor.has(key)
}

func (g *Gazetteer) has(key []byte) bool {
	return g.index.has(key)
}

func (g *Gazetteer) candidate(i int, k MatchKind) Candidate {
	e := &g.entries[i]
	return Candidate{Index: i, ID: int(e.id), Name: e.name, Lat: float64(e.lat), Lon: float64(e.lon),
		Feature: e.fcode, Country: e.country, Admin1: e.admin1, Population: e.pop, Match: k}
}

// Admin1Name returns the name of c's first-level division, or "".
func (g *Gazetteer) Admin1Name(c Candidate) string {
	if c.Admin1 == "" {
		return ""
	}
	if i, ok := g.admin1[c.Country+"."+c.Admin1]; ok {
		return g.entries[i].name
	}
	return ""
}

// CountryName returns the common English name of the country with the
// alpha-3 code, or "".
func (g *Gazetteer) CountryName(alpha3 string) string {
	if i, ok := g.countries[alpha3]; ok {
		return g.entries[i].name
	}
	return ""
}

// directional returns the centre of the places in the part of entry i that
// dir ("north", "southeast", ...) names: the mean of the places in that
// quarter of the entry's extent. ok is false when the entry has no extent.
func (g *Gazetteer) directional(i int, dir string) (lat, lon float64, ok bool) {
	e := &g.entries[i]
	if e.ext == [4]float32{} || (e.fcode != "PCLI" && e.fcode != "ADM1") {
		return 0, 0, false
	}
	ck := strconv.Itoa(i) + dir
	if v, hit := g.dirCache.Load(ck); hit {
		p := v.([2]float64)
		return p[0], p[1], true
	}
	latlo, lathi, lonlo, lonhi := float64(e.ext[0]), float64(e.ext[1]), float64(e.ext[2]), float64(e.ext[3])
	in := func(x *entry) bool {
		if x.fcode == "PCLI" || x.fcode == "ADM1" || x.fcode == "ADM2" || x.country != e.country || x.minor {
			return false
		}
		if e.fcode == "ADM1" && x.admin1 != e.admin1 {
			return false
		}
		la, lo := float64(x.lat), float64(x.lon)
		if strings.Contains(dir, "north") && la < lathi-(lathi-latlo)*0.3 {
			return false
		}
		if strings.Contains(dir, "south") && la > latlo+(lathi-latlo)*0.3 {
			return false
		}
		if strings.Contains(dir, "east") && lo < lonhi-(lonhi-lonlo)*0.3 {
			return false
		}
		if strings.Contains(dir, "west") && lo > lonlo+(lonhi-lonlo)*0.3 {
			return false
		}
		if strings.Contains(dir, "central") && (math.Abs(la-(latlo+lathi)/2) > (lathi-latlo)*0.2 || math.Abs(lo-(lonlo+lonhi)/2) > (lonhi-lonlo)*0.2) {
			return false
		}
		return true
	}
	var n int
	for j := range g.entries {
		x := &g.entries[j]
		if in(x) {
			n++
			lat += float64(x.lat)
			lon += float64(x.lon)
		}
	}
	if n == 0 {
		return 0, 0, false
	}
	lat, lon = lat/float64(n), lon/float64(n)
	g.dirCache.Store(ck, [2]float64{lat, lon})
	return lat, lon, true
}

// appendFold appends the lookup key of s to dst: lower case, common Latin
// diacritics removed, periods and apostrophes dropped, hyphens and other
// punctuation turned into single spaces.
func appendFold(dst []byte, s string) []byte {
	space := true // suppress leading spaces
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			switch {
			case c >= 'A' && c <= 'Z':
				dst = append(dst, c+'a'-'A')
				space = false
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				dst = append(dst, c)
				space = false
			case c == '.' || c == '\'' || c == '`':
			default:
				if !space {
					dst = append(dst, ' ')
					space = true
				}
			}
			continue
		}
		r, size := decodeRune(s[i:])
		i += size
		if r == '’' || r == 'ʻ' || r == 'ʼ' || r == '‘' || r == 'ʿ' || r == 'ʾ' {
			continue
		}
		if m, ok := foldTable[r]; ok {
			dst = append(dst, m...)
			space = false
			continue
		}
		if r >= 0x300 && r < 0x370 { // combining marks
			continue
		}
		if r == '–' || r == '—' || r == '\u00a0' {
			if !space {
				dst = append(dst, ' ')
				space = true
			}
			continue
		}
		dst = appendLowerRune(dst, r)
		space = false
	}
	for len(dst) > 0 && dst[len(dst)-1] == ' ' {
		dst = dst[:len(dst)-1]
	}
	return dst
}
