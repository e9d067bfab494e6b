package geo

import (
	"math"
	"strings"

	"github.com/annals-dev/annals/doc"
)

// Context is what the text around a name tells about where it is.
type Context struct {
	// Countries are ISO alpha-3 codes of the countries the document names
	// (or its actors belong to); repeated codes count more.
	Countries []string
	// Admin1 are first-level divisions the document names, as
	// "ALPHA3.ADMIN1CODE" keys (see Candidate.Admin1).
	Admin1 []string
	// Near are places already resolved in the document.
	Near []doc.Place
	// Within is the place the text puts the name in ("Paris, Texas",
	// "Banjska in northern Kosovo"), if any.
	Within *doc.Place
	// Hint is a cue word before or after the name: "village", "town",
	// "city", "county", "province", "state", "region", "country", ...
	Hint string
}

// Resolve picks the entry that name most likely denotes in ctx. ok is false
// when no entry fits well enough (for example a small namesake abroad known
// only by an alternate name).
func (g *Gazetteer) Resolve(name string, ctx Context) (doc.Place, bool) {
	m := &mention{text: name, hint: ctx.Hint, container: -1}
	m.key = string(appendFold(nil, name))
	m.cands = g.lookupKey([]byte(m.key), nil)
	r := g.newResolution([]*mention{m}, ctx.Countries)
	for _, a := range ctx.Admin1 {
		r.admin1[a]++
	}
	for _, p := range ctx.Near {
		if p.Feature == "city" || p.Feature == "place" {
			r.points = append(r.points, point{lat: p.Lat, lon: p.Lon, key: "\x00"})
		}
		if p.Country != "" {
			r.countries[p.Country]++
		}
	}
	if ctx.Within != nil {
		r.within = ctx.Within
	}
	r.pick(m)
	if m.pick < 0 {
		return doc.Place{}, false
	}
	return g.place(m.cands[m.pick], name), true
}

// Feature names used in doc.Place.Feature.
func coarseFeature(fcode string) string {
	switch {
	case fcode == "PCLI":
		return "country"
	case fcode == "CONT":
		return "continent"
	case fcode == "ADM1" || fcode == "ADM2" || fcode == "RGN" || fcode == "AREA":
		return "region"
	default:
		return "city"
	}
}

func (g *Gazetteer) place(c Candidate, text string) doc.Place {
	return doc.Place{Name: c.Name, Country: c.Country, Lat: round4(c.Lat), Lon: round4(c.Lon), GeonameID: c.ID, Feature: coarseFeature(c.Feature)}
}

func round4(v float64) float64 { return math.Round(v*1e4) / 1e4 }

// mention is one name to resolve within a document.
type mention struct {
	span      doc.Span
	tokens    doc.TokenSpan
	dirWord   string // the direction word as written
	text      string
	key       string
	sent      int
	hint      string
	dir       string // "north", "southeast", ... from "northern Kosovo"
	container int    // index of the mention that contains this one, or -1
	cands     []Candidate
	pick      int // index in cands, -1 when unresolved
	score     float64
	margin    float64
}

type point struct {
	lat, lon float64
	key      string
}

// resolution holds the document context while its mentions are resolved.
type resolution struct {
	g         *Gazetteer
	ms        []*mention
	countries map[string]float64 // country → weight of evidence
	admin1    map[string]float64 // "USA.TX" → weight
	admin2    map[string]float64
	points    []point
	within    *doc.Place
	major     string // the document's majority country
}

func (g *Gazetteer) newResolution(ms []*mention, countries []string) *resolution {
	r := &resolution{g: g, ms: ms, countries: map[string]float64{}, admin1: map[string]float64{}, admin2: map[string]float64{}}
	for _, c := range countries {
		r.countries[c] += 0.5
	}
	return r
}

// resolveAll resolves every mention jointly: a first pass with only the
// unambiguous evidence (countries and divisions named), then passes that
// use the other mentions' current picks.
func (g *Gazetteer) resolveAll(ms []*mention, actorCountries []string) {
	base := g.newResolution(ms, actorCountries)
	for _, m := range ms {
		m.pick = -1
	}
	// Evidence that needs no disambiguation: names of countries and of
	// first-level divisions.
	for _, m := range ms {
		for _, c := range m.cands {
			if c.Match == MatchAbbrev {
				continue
			}
			switch c.Feature {
			case "PCLI":
				base.countries[c.Country] += 1
			}
		}
	}
	r := base
	for pass := 0; pass < 3; pass++ {
		for _, m := range ms {
			r.pick(m)
		}
		// Rebuild the context from the picks.
		next := g.newResolution(ms, actorCountries)
		counts := map[string]int{}
		for _, m := range ms {
			if m.pick < 0 {
				continue
			}
			c := m.cands[m.pick]
			w := 1.0
			if m.margin < 1 {
				w = 0.5
			}
			if c.Country != "" {
				next.countries[c.Country] += w
				counts[c.Country]++
			}
			switch c.Feature {
			case "PCLI", "CONT", "RGN", "AREA":
			case "ADM1":
				next.admin1[c.Country+"."+c.Admin1] += w
			case "ADM2":
				next.admin1[c.Country+"."+c.Admin1] += w / 2
				next.admin2[c.Country+"."+c.Admin1+"."+g.entries[c.Index].admin2] += w
			default:
				next.admin1[c.Country+"."+c.Admin1] += w / 2
				next.points = append(next.points, point{lat: c.Lat, lon: c.Lon, key: m.key})
			}
		}
		best := 0
		for k, n := range counts {
			if n > best || (n == best && k < next.major) {
				best, next.major = n, k
			}
		}
		if best < 2 {
			next.major = ""
		}
		r = next
	}
}

// pick chooses m's best candidate in r's context.
func (r *resolution) pick(m *mention) {
	m.pick, m.score, m.margin = -1, math.Inf(-1), 0
	second := math.Inf(-1)
	var within *Candidate
	if m.container >= 0 && m.container < len(r.ms) {
		if c := r.ms[m.container]; c.pick >= 0 {
			within = &c.cands[c.pick]
		}
	}
	for i := range m.cands {
		c := &m.cands[i]
		s, ok := r.score(m, c, within)
		if !ok {
			continue
		}
		if s > m.score {
			second = m.score
			m.pick, m.score = i, s
		} else if s > second {
			second = s
		}
	}
	if m.pick >= 0 {
		m.margin = m.score - second
	}
}

func featurePrior(fcode string) float64 {
	switch fcode {
	case "PCLI":
		return 6
	case "CONT":
		return 5
	case "ADM1":
		return 4
	case "RGN", "AREA":
		return 3.5
	case "PPLC":
		return 2.5
	case "ADM2":
		return 1
	case "PPLA":
		return 1
	case "PPLA2":
		return 0.5
	}
	return 0
}

// score rates candidate c for mention m; ok is false when c is ruled out.
func (r *resolution) score(m *mention, c *Candidate, within *Candidate) (float64, bool) {
	pop := float64(c.Population)
	s := math.Log10(pop + 10)
	s += featurePrior(c.Feature)
	inCountry := r.countries[c.Country] > 0
	switch c.Match {
	case MatchAlternate:
		s -= 2
		if pop < 100000 {
			s -= 3
			if !inCountry {
				return 0, false // a small namesake known by another name abroad
			}
		}
	case MatchAbbrev:
		s -= 1
	case MatchDemonym:
		if c.Feature != "PCLI" {
			return 0, false
		}
	}
	switch m.hint {
	case "village", "town", "city", "suburb", "municipality":
		if c.Feature == "PCLI" || c.Feature == "ADM1" || c.Feature == "CONT" || c.Feature == "RGN" {
			s -= 6
		}
	case "county", "parish", "district":
		if c.Feature == "ADM2" {
			s += 4
		}
	case "province", "state", "region", "governorate", "oblast":
		if c.Feature == "ADM1" || c.Feature == "RGN" || c.Feature == "AREA" {
			s += 4
		}
	case "country":
		if c.Feature == "PCLI" {
			s += 4
		}
	}
	if c.Country != "" {
		w := r.countries[c.Country]
		if c.Feature == "PCLI" {
			w = 0 // a country name is its own evidence
		}
		s += 2.5 * math.Min(w, 2) / 2 * 1.4
		if r.major == c.Country {
			s += 1.5
		}
	}
	if c.Admin1 != "" && c.Feature != "ADM1" {
		if w := r.admin1[c.Country+"."+c.Admin1]; w > 0 {
			s += 2 + math.Min(w, 2)
		}
		if c.Feature != "ADM2" {
			if w := r.admin2[c.Country+"."+c.Admin1+"."+r.g.entries[c.Index].admin2]; w > 0 {
				s += 2
			}
		}
	}
	if within != nil && c.Index != within.Index {
		switch {
		case within.Feature == "PCLI" && within.Country == c.Country:
			s += 5
		case within.Feature == "ADM1" && within.Country == c.Country && within.Admin1 == c.Admin1:
			s += 8
		case within.Feature != "PCLI" && within.Feature != "ADM1" && haversine(within.Lat, within.Lon, c.Lat, c.Lon) < 100:
			s += 5
		}
	}
	if r.within != nil {
		if r.within.Country == c.Country {
			s += 4
		}
	}
	if c.Feature != "PCLI" && c.Feature != "CONT" && c.Feature != "ADM1" && len(r.points) > 0 {
		d := math.Inf(1)
		for _, p := range r.points {
			if p.key == m.key {
				continue
			}
			if x := haversine(p.lat, p.lon, c.Lat, c.Lon); x < d {
				d = x
			}
		}
		switch {
		case d < 30:
			s += 3
		case d < 100:
			s += 2
		case d < 300:
			s += 1
		}
	}
	return s, true
}

// haversine returns the great-circle distance in km.
func haversine(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * 6371 * math.Asin(math.Sqrt(math.Min(1, a)))
}

// Distance returns the great-circle distance between two places in km.
func Distance(a, b doc.Place) float64 { return haversine(a.Lat, a.Lon, b.Lat, b.Lon) }

// directionWord maps "northern", "north-eastern", "southeast" ... to a
// compact direction ("north", "northeast"), or "".
func directionWord(w string) string {
	w = strings.ToLower(w)
	w = strings.ReplaceAll(w, "-", "")
	w = strings.TrimSuffix(w, "ern")
	switch w {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest":
		return w
	case "centr", "central":
		return "central"
	}
	return ""
}
