package geo

import (
	"math"
	"sort"
	"strconv"
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
	if len(m.cands) == 0 {
		m.cands = g.lookupLoose(m.key)
	}
	if len(m.cands) == 0 {
		m.cands = g.lookupMinor([]byte(m.key), nil)
	}
	ms := []*mention{m}
	// The context becomes pseudo-mentions that are already resolved.
	for _, c := range ctx.Countries {
		if i, ok := g.countries[c]; ok {
			ms = append(ms, fixedMention(g, int(i), "\x00country "+c))
		}
	}
	for _, a := range ctx.Admin1 {
		if i, ok := g.admin1[a]; ok {
			ms = append(ms, fixedMention(g, int(i), "\x00admin1 "+a))
		}
	}
	for k, p := range ctx.Near {
		c := Candidate{Index: -1, Name: p.Name, Lat: p.Lat, Lon: p.Lon, Feature: "PPL", Country: p.Country}
		ms = append(ms, &mention{key: "\x00near " + strconv.Itoa(k), cands: []Candidate{c}, container: -1})
	}
	if ctx.Within != nil {
		if c, ok := g.match(*ctx.Within); ok {
			m.container = len(ms)
			ms = append(ms, &mention{key: "\x00within", cands: []Candidate{c}, container: -1})
		}
	}
	g.resolveAll(ms, nil)
	if m.pick < 0 {
		return doc.Place{}, false
	}
	return g.place(m.cands[m.pick], name), true
}

// match finds the gazetteer entry for an already resolved place: the entry
// of that name and country nearest to its coordinates.
func (g *Gazetteer) match(p doc.Place) (Candidate, bool) {
	best, bestD := Candidate{}, math.Inf(1)
	for _, c := range g.Lookup(p.Name) {
		if c.Country != p.Country || c.Match == MatchDemonym {
			continue
		}
		if d := haversine(c.Lat, c.Lon, p.Lat, p.Lon); d < bestD {
			best, bestD = c, d
		}
	}
	if bestD > 500 {
		c := Candidate{Index: -1, Name: p.Name, Lat: p.Lat, Lon: p.Lon, Feature: "PPL", Country: p.Country}
		if i, ok := g.countries[p.Country]; ok && p.Feature == "country" {
			c = g.candidate(int(i), MatchName)
		}
		return c, true
	}
	return best, true
}

func fixedMention(g *Gazetteer, i int, key string) *mention {
	return &mention{key: key, cands: []Candidate{g.candidate(i, MatchName)}, container: -1}
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
	span       doc.Span
	tokens     doc.TokenSpan
	dirWord    string // the direction word as written
	text       string
	key        string
	sent       int
	hint       string
	dir        string     // "north", "southeast", ... from "northern Kosovo"
	container  int        // index of the mention that contains this one, or -1
	inLink     bool       // the container follows "in" (not a comma): it rules out other countries
	unknown    bool       // a name the gazetteer lacks, marked as a place by the text
	local      bool       // a town's institution follows: "Lebanon Police Department" (see localAfter)
	visiting   bool       // being converted by toMention, which may follow other mentions of its name
	demonym    *Candidate // the country or region a demonym in its cue or name gives ("the Kurdish village of X")
	demonymDir string     // the part of the demonym's country the name gives ("the American South")
	listNb     []*mention // the names next to it in a list (see listGap)
	cands      []Candidate
	pick       int // index in cands, -1 when unresolved
	score      float64
	margin     float64
}

// group is the set of mentions sharing a folded name: they share candidates
// and, within one document, usually a referent.
type group struct {
	key    string
	ms     []*mention
	cands  []Candidate
	prior  []float64
	score  []float64
	q      []float64 // plausibility of each candidate, 1 for the best
	active []int     // candidates with q >= minQ
	sent   int       // sentence of the first mention
	sents  []int     // sentences of its mentions, ascending
	famous int64     // the largest population of a city or country candidate known by this very name
	fixed  bool      // context pseudo-mention
}

const maxCands = 60

// resolveAll resolves every mention jointly. Each candidate's score is a
// prior (population, feature type, kind of name match) plus its coherence
// with the other names of the document: for every other name, the best
// compatibility (same division, same country, nearby) with one of that
// name's candidates, weighted by how plausible that candidate is (less for
// a candidate known only by an alternate name). An area also gains for
// containing the name written before it after a comma (containBonus) and
// for being of the kind of the names listed next to it (listBonus). Three
// rounds let the plausibilities settle.
func (g *Gazetteer) resolveAll(ms []*mention, actorCountries []string) {
	byKey := map[string]*group{}
	var groups []*group
	for _, m := range ms {
		m.pick = -1
		if len(m.cands) == 0 && !strings.HasPrefix(m.key, "\x00") {
			// A name taken for a place that no entry has may be one of
			// the lesser places indexed apart ("Cacuaco", "Dadaab"), or a
			// facility named after its place ("Da Nang International
			// Airport").
			m.cands = g.lookupMinor([]byte(m.key), nil)
			if len(m.cands) == 0 {
				m.cands = g.lookupFacility(m.key)
			}
		}
		gr := byKey[m.key]
		if gr == nil {
			gr = &group{key: m.key, cands: m.cands, fixed: strings.HasPrefix(m.key, "\x00"), sent: m.sent}
			if genericName(m.key) && !strings.HasSuffix(m.key, " province") && !strings.HasSuffix(m.key, " region") {
				gr.cands = g.genericDivisions(m.key, m.cands)
			}
			byKey[m.key] = gr
			groups = append(groups, gr)
		}
		gr.ms = append(gr.ms, m)
		gr.sents = append(gr.sents, m.sent)
	}
	for _, gr := range groups {
		sort.Ints(gr.sents)
	}
	for _, c := range actorCountries {
		k := "\x00actor " + c
		if byKey[k] != nil {
			continue
		}
		if i, ok := g.countries[c]; ok {
			gr := &group{key: k, cands: []Candidate{g.candidate(int(i), MatchName)}, fixed: true}
			byKey[k] = gr
			groups = append(groups, gr)
		}
	}
	actorIn := map[string]bool{}
	for _, c := range actorCountries {
		actorIn[c] = true
	}
	for _, gr := range groups {
		gr.prior = make([]float64, len(gr.cands))
		for i := range gr.cands {
			c := &gr.cands[i]
			gr.prior[i] = prior(c)
			if bareDivision(gr.key, c) {
				gr.prior[i] -= barePenalty
			}
			if c.Match == MatchAlternate && c.Population >= 10000 && actorIn[c.Country] {
				// A town of a country the story's actors belong to,
				// known abroad by another name ("Palmyra" for Tadmur
				// in a story of the Syrian army): the exonym is the
				// name the story uses, no weaker than a native one.
				gr.prior[i] = prior(&Candidate{Population: c.Population, Feature: c.Feature, Match: MatchName})
			}
		}
		if len(gr.cands) > maxCands {
			sortByPrior(gr)
			gr.cands, gr.prior = gr.cands[:maxCands], gr.prior[:maxCands]
		}
		gr.score = append([]float64(nil), gr.prior...)
		for i := range gr.cands {
			if c := &gr.cands[i]; c.Match == MatchName && (c.Feature == "PCLI" || strings.HasPrefix(c.Feature, "PPL")) && c.Population > gr.famous {
				gr.famous = c.Population
			}
		}
		gr.q = make([]float64, len(gr.cands))
		setQ(gr)
	}
	// The groups of the names each group's mentions contain: "Atlanta" for
	// "Georgia" in "Atlanta, Georgia".
	inner := map[*group][]*group{}
	for _, m := range ms {
		if m.container < 0 || m.container >= len(ms) {
			continue
		}
		outer, in := byKey[ms[m.container].key], byKey[m.key]
		if outer != nil && in != nil && outer != in && !outer.fixed {
			inner[outer] = append(inner[outer], in)
		}
	}
	// The names written next to each other in a list ("Texas and
	// Georgia"), found on the mentions in text order.
	order := make([]*mention, 0, len(ms))
	for _, m := range ms {
		m.listNb = m.listNb[:0]
		if m.span.End > 0 {
			order = append(order, m)
		}
	}
	sort.Slice(order, func(a, b int) bool { return order[a].span.Start < order[b].span.Start })
	listed := map[*group][]*group{}
	for k, m := range order {
		for _, o := range order[k+1:] {
			if o.span.Start-m.span.End > listGap {
				break
			}
			if o.span.Start < m.span.End || o.key == m.key {
				continue
			}
			m.listNb = append(m.listNb, o)
			o.listNb = append(o.listNb, m)
			a, b := byKey[m.key], byKey[o.key]
			if a != nil && b != nil && !a.fixed && !b.fixed {
				listed[a] = append(listed[a], b)
				listed[b] = append(listed[b], a)
			}
		}
	}
	// Each group's plausibilities are updated as soon as its scores are
	// (in text order), so that two names that support each other settle
	// together: updated all at once, "Paris" and "Henry County" can swap
	// between Tennessee and Illinois every round and end in different
	// states.
	for round := 0; round < 3; round++ {
		for _, gr := range groups {
			if gr.fixed {
				continue
			}
			for i := range gr.cands {
				gr.score[i] = gr.prior[i] + coherence(g, &gr.cands[i], gr, groups) + containBonus(g, &gr.cands[i], inner[gr]) + listBonus(&gr.cands[i], listed[gr])
			}
			setQ(gr)
		}
	}
	// The mentions each mention holds after a comma or "in" ("Buffalo" for
	// "New York" in "Buffalo, New York").
	held := map[*mention][]*mention{}
	for _, m := range ms {
		if m.container >= 0 && m.container < len(ms) {
			held[ms[m.container]] = append(held[ms[m.container]], m)
		}
	}
	// Per-mention picks: add the cues of each mention.
	for _, gr := range groups {
		// One name of a document names one place: a town's institution
		// after any of its mentions makes them all the town's.
		groupLocal := false
		for _, m := range gr.ms {
			groupLocal = groupLocal || m.local
		}
		groupLocal = groupLocal && hasTown(gr)
		for _, m := range gr.ms {
			m.pick, m.score = -1, math.Inf(-1)
			var within *Candidate
			if m.container >= 0 && m.container < len(ms) {
				if c := ms[m.container]; c.pick >= 0 {
					within = &c.cands[c.pick]
				} else if cg := byKey[ms[m.container].key]; cg != nil && len(cg.cands) > 0 {
					within = &cg.cands[argmax(cg.score)]
				}
			}
			m.cands = gr.cands
			for i := range gr.cands {
				c := &gr.cands[i]
				if ruledOut(c, gr, groups) {
					continue
				}
				if groupLocal && c.Feature == "PCLI" {
					continue // "the Jordan Junior Olympic volleyball program": a town's, not a country's
				}
				if m.inLink && within != nil && (within.Feature == "PCLI" || within.Feature == "ADM1") && c.Country != within.Country &&
					c.Feature != "CONT" && c.Feature != "PCLI" && c.Country != "" {
					// "Banjska in northern Kosovo" is not in Bulgaria; but
					// "the Atlantic coast of Africa in Senegal" does not
					// put a continent inside a state, nor "the Indian Ocean
					// in Seychelles" a sea or a region of several countries.
					continue
				}
				if within != nil && (within.Feature == "ADM1" || within.Feature == "ADM2") && within.Admin1 != "" &&
					c.Country == within.Country && c.Admin1 != within.Admin1 && !isArea(c.Feature) {
					// "the Cedar Pond area of Lane County located in
					// Oregon" is no town of Ohio, nor "Granby,
					// Quebec" one of Ontario.
					continue
				}
				if !m.inLink && within != nil && (within.Feature == "PCLI" || within.Feature == "ADM1") && c.Country != within.Country &&
					(!isArea(c.Feature) || c.Feature == "ADM2") && !namesCapital(byKey[ms[m.container].key]) {
					// "Stroud, Ontario, Canada" is not the English town,
					// even when the gazetteer lacks the Ontario one; but
					// "Moscow, Kiev, Minsk" is a list of capitals.
					continue
				}
				s := gr.score[i] + cueBonus(g, m, c, within)
				if s > m.score {
					m.pick, m.score = i, s
				}
			}
			// A place named inside a town ("the Adhamiyah district of
			// Baghdad", "Sadr City in Baghdad") lies near it: a namesake
			// far away is something the gazetteer lacks, and the town's
			// point stands in for it.
			if m.pick >= 0 && m.inLink && within != nil && (strings.HasPrefix(within.Feature, "PPL") || within.Feature == "ADM1") {
				c := &gr.cands[m.pick]
				far := approxKm(c.Lat, c.Lon, within.Lat, within.Lon) > 60
				if within.Feature == "ADM1" {
					far = c.Country == within.Country && c.Admin1 != "" && within.Admin1 != "" && c.Admin1 != within.Admin1
				}
				if far && c.Feature != "PCLI" && c.Feature != "ADM1" && c.Feature != "CONT" && c.Feature != "RGN" {
					m.pick = -1
				}
			}
			// A small place abroad that nothing else in a document about
			// other countries points to is more likely something the
			// gazetteer lacks ("Victoria Park" in Hong Kong is not the
			// Australian suburb). So is any place found only by a looser
			// form of the name, however large ("Central Plateau" is not
			// Nigeria's Plateau State in an article about Haiti).
			if m.pick >= 0 && lonely(g, &gr.cands[m.pick], gr, groups, looseMatch(gr.key, &gr.cands[m.pick]) || genericName(gr.key) || !gr.fixed && !g.known([]byte(gr.key))) {
				m.pick = -1
			}
			// A town found only by a looser form of the name ("Fraser"
			// for "Fraser Valley", "Plum" for "Plum Island") is named
			// after a feature that may lie anywhere: it needs a name of
			// the document in its division or near it, unless it is a
			// notable city ("Sacramento River" flows through Sacramento).
			if m.pick >= 0 && !gr.fixed && !isArea(gr.cands[m.pick].Feature) && gr.cands[m.pick].Population < notablePop && !g.known([]byte(gr.key)) && !locallySupported(g, &gr.cands[m.pick], gr, groups) {
				m.pick = -1
			}
			// A lesser place (see Gazetteer.minor) needs another name of
			// the document, or an actor, in its country: "Dadaab" in an
			// article about Kenya, but not the Iranian "Khyber" in one about
			// the Afghan border.
			if m.pick >= 0 && gr.cands[m.pick].Index >= 0 && g.entries[gr.cands[m.pick].Index].minor && !countrySupported(&gr.cands[m.pick], gr, groups) {
				m.pick = -1
			}
			// A place abroad, however large, that nothing else in the
			// document supports while the other names lie in one country
			// is that country's namesake: a local paper's "Paris" among
			// Texas towns.
			if m.pick >= 0 {
				if k := homeNamesake(g, gr, m.pick, groups); k >= 0 {
					m.pick = k
				}
			}
			// News names a division with a cue ("Washington state", "the
			// Kharkiv region"); without one, the same-named seat is meant.
			// A division in a list of divisions stays one ("Washington,
			// Pennsylvania and California").
			if m.pick >= 0 && !inDivisionList(m, &gr.cands[m.pick], byKey) {
				switch m.hint {
				case "province", "state", "region", "governorate", "oblast", "county", "parish", "district":
				default:
					if k := seatOf(g, gr, m.pick); k >= 0 && !holdsPlaceOf(g, m, &gr.cands[m.pick], held, byKey) {
						m.pick = k
					} else if k := metroOf(g, gr, m.pick); k >= 0 && !divisionMeant(g, gr, k, held, byKey) {
						m.pick = k
					}
				}
			}
		}
	}
}

// hasTown reports a populated place among gr's candidates.
func hasTown(gr *group) bool {
	for i := range gr.cands {
		if strings.HasPrefix(gr.cands[i].Feature, "PPL") {
			return true
		}
	}
	return false
}

// holdsPlaceOf reports whether mention m holds, after a comma or "in", a
// place that division c contains ("Spokane, Washington"): the division is
// meant, not a seat named like it.
func holdsPlaceOf(g *Gazetteer, m *mention, c *Candidate, held map[*mention][]*mention, byKey map[string]*group) bool {
	for _, h := range held[m] {
		hg := byKey[h.key]
		if hg == nil || len(hg.cands) == 0 {
			continue
		}
		if contains(g, c, &hg.cands[argmax(hg.score)]) {
			return true
		}
	}
	return false
}

// metroOf returns the candidate of gr that is its country's largest city,
// inside division candidate j and named like it (or like it and "City"):
// the bare name means the city ("New York", "Lagos"), not the division; but
// "Oklahoma" is the state, Oklahoma City not being the largest US city. It
// returns -1 when there is none.
func metroOf(g *Gazetteer, gr *group, j int) int {
	cj := &gr.cands[j]
	if cj.Feature != "ADM1" || cj.Index < 0 {
		return -1
	}
	best := -1
	for i := range gr.cands {
		ci := &gr.cands[i]
		if ci.Index < 0 || ci.Country != cj.Country || ci.Admin1 != cj.Admin1 || !strings.HasPrefix(ci.Feature, "PPL") ||
			ci.Population < famousPop || ci.Population < g.largestPop(ci.Country) {
			continue
		}
		if ci.Match != MatchName && !cityOf(gr.key, ci.Name) {
			continue
		}
		if best < 0 || ci.Population > gr.cands[best].Population {
			best = i
		}
	}
	return best
}

// cityOf reports whether name is key followed by the word "City" ("New
// York City" for "new york").
func cityOf(key, name string) bool {
	var buf [64]byte
	n := appendFold(buf[:0], name)
	return len(n) == len(key)+5 && string(n[:len(key)]) == key && string(n[len(key):]) == " city"
}

// metroKm is how far from a city a place it holds after a comma may lie
// and still be in the city ("Queens, New York") rather than in the
// division of its name ("Buffalo, New York").
const metroKm = 40

// divisionMeant reports whether the document means the division of gr's
// name, not its city cands[k]: a mention has a division cue ("New York
// state"), stands in a list of divisions ("Missouri, New York and
// Virginia") or holds a place of the division away from the city
// ("Buffalo, New York"). A mention that holds a place of the city
// ("Queens, New York") means the city; otherwise the bare name means the
// city in a document about other countries ("a man who had been in New
// York", says Moscow) and the division in one about the city's own country,
// whose local news names the state so.
func divisionMeant(g *Gazetteer, gr *group, k int, held map[*mention][]*mention, byKey map[string]*group) bool {
	city := &gr.cands[k]
	cityHeld := false
	for _, m := range gr.ms {
		switch m.hint {
		case "province", "state", "region", "governorate", "oblast":
			return true
		}
		for _, o := range m.listNb {
			og := byKey[o.key]
			if og == nil || og.fixed || len(og.cands) == 0 {
				continue
			}
			if b := &og.cands[argmax(og.score)]; b.Feature == "ADM1" && b.Country == city.Country {
				return true
			}
		}
		for _, h := range held[m] {
			hg := byKey[h.key]
			if hg == nil || len(hg.cands) == 0 {
				continue
			}
			if b := &hg.cands[argmax(hg.score)]; b.Country == city.Country {
				if approxKm(b.Lat, b.Lon, city.Lat, city.Lon) > metroKm {
					return true
				}
				cityHeld = true
			}
		}
	}
	if cityHeld {
		return false
	}
	home, all := 0, 0
	for _, o := range byKey {
		if o == gr || o.fixed || len(o.cands) == 0 {
			continue
		}
		b := &o.cands[argmax(o.score)]
		if b.Country == "" {
			continue
		}
		all++
		if b.Country == city.Country {
			home++
		}
	}
	return 2*home >= all
}

// namesCapital reports whether a name may be read as a capital (a
// national or first-level seat), as in a list of cities: "Kiev, Minsk".
func namesCapital(gr *group) bool {
	if gr == nil {
		return true
	}
	for i := range gr.cands {
		if f := gr.cands[i].Feature; f == "PPLC" || f == "PPLA" {
			return true
		}
	}
	return false
}

// listGap is the most bytes between two names of a list: a separator and a
// few words (", ", " and ", ", and one in ").
const listGap = 16

// inDivisionList reports whether mention m, picked as division c, has a
// neighbour in a list whose best candidate is a division of the same level
// and country.
func inDivisionList(m *mention, c *Candidate, byKey map[string]*group) bool {
	if c.Feature != "ADM1" && c.Feature != "ADM2" {
		return false
	}
	for _, o := range m.listNb {
		og := byKey[o.key]
		if og == nil || og.fixed || len(og.cands) == 0 {
			continue
		}
		if b := &og.cands[argmax(og.score)]; b.Feature == c.Feature && b.Country == c.Country {
			return true
		}
	}
	return false
}

// lonely reports a small populated place or second-level division (under lonelyPop) that no other
// name of the document supports, not even by country, while at least two
// other names resolve elsewhere.
//
// A place found only by a looser form of the name ("Islington" for
// "Islington Bay", see lookupLoose) or by a generic name ("North Side",
// see genericName) needs that support whatever its size.
func lonely(g *Gazetteer, c *Candidate, self *group, groups []*group, loose bool) bool {
	if !loose && (isArea(c.Feature) && c.Feature != "ADM2" || c.Population >= lonelyPop) {
		return false
	}
	others := 0
	for _, o := range groups {
		if o == self || o.fixed || len(o.cands) == 0 {
			continue
		}
		if loose && genericName(o.key) {
			continue // "Western" and "North Eastern" do not vouch for each other
		}
		b := &o.cands[argmax(o.score)]
		if b.Country == c.Country {
			return false
		}
		if v, _ := compat(g, c, b); v > 0 {
			return false
		}
		others++
	}
	return others >= 2
}

// looseMatch reports whether c, matched by its very name, was found for
// key only by a looser form of it: its folded name is key without some
// leading or trailing words ("islington" for "islington bay").
func looseMatch(key string, c *Candidate) bool {
	if c.Match != MatchName || len(c.Name) >= len(key) {
		return false
	}
	var buf [64]byte
	name := string(appendFold(buf[:0], c.Name))
	if name == key || len(name) == 0 {
		return false
	}
	return strings.HasPrefix(key, name+" ") || strings.HasSuffix(key, " "+name)
}

// homeNamesake returns the candidate of gr to take instead of candidate
// pick when pick has no support from the document (no other name in its
// country or compatible with it, not even the actors' countries) while at
// least one other name resolves (two for a notable city named once), most
// of them in one country that has a candidate of gr known by its very name
// and supported by another name nearby or in its division: the best such
// candidate. It returns -1 otherwise.
func homeNamesake(g *Gazetteer, gr *group, pick int, groups []*group) int {
	c := &gr.cands[pick]
	if c.Country == "" || len(gr.ms) == 1 && c.Population >= famousPop {
		return -1 // a world city named once keeps its name (see farWeight)
	}
	count := map[string]int{}
	others := 0
	for _, o := range groups {
		if o == gr || len(o.cands) == 0 {
			continue
		}
		b := &o.cands[argmax(o.score)]
		if b.Country == c.Country {
			return -1
		}
		if v, _ := compat(g, c, b); v > 0 {
			return -1
		}
		if o.fixed || b.Country == "" {
			continue
		}
		count[b.Country]++
		others++
	}
	home, n := "", 0
	for k, v := range count {
		if v > n || v == n && k < home {
			home, n = k, v
		}
	}
	if n < 1 || 2*n <= others {
		return -1
	}
	if n == 1 && len(gr.ms) == 1 && c.Population >= notablePop {
		return -1 // one other name does not outweigh a notable city named once
	}
	best := -1
	for i := range gr.cands {
		ci := &gr.cands[i]
		if ci.Country == home && ci.Match == MatchName && (best < 0 || gr.score[i] > gr.score[best]) && locallySupported(g, ci, gr, groups) {
			best = i
		}
	}
	return best
}

// facilityWords end the names of facilities that news names after the
// place they serve or stand in: "Da Nang International Airport", "Bagram
// Air Base", "Dadaab refugee camp", "Kandahar airfield".
var facilityWords = []string{" international airport", " airport", " air base", " airbase", " airfield",
	" refugee camp", " camp", " military base", " naval base", " base"}

// lookupFacility returns the entries (or lesser places) named by key
// without a trailing facility word, or nil. Such a place was found by a
// looser form of the name (see looseMatch): it needs support from the
// document.
func (g *Gazetteer) lookupFacility(key string) []Candidate {
	for _, w := range facilityWords {
		rest, ok := strings.CutSuffix(key, w)
		if !ok || rest == "" {
			continue
		}
		if cs := g.lookupKey([]byte(rest), nil); len(cs) > 0 {
			return onlyAreasOrPlaces(cs)
		}
		if cs := g.lookupMinor([]byte(rest), nil); len(cs) > 0 {
			return cs
		}
	}
	return nil
}

// countrySupported reports whether another name of the document (or an
// actor's country), at its most plausible reading, lies in c's country.
func countrySupported(c *Candidate, self *group, groups []*group) bool {
	for _, o := range groups {
		if o == self || len(o.cands) == 0 {
			continue
		}
		if o.cands[argmax(o.score)].Country == c.Country {
			return true
		}
	}
	return false
}

// locallySupported reports whether another name of the document, at its
// most plausible reading, lies in the same division as c or near it (not
// merely in its country).
func locallySupported(g *Gazetteer, c *Candidate, self *group, groups []*group) bool {
	for _, o := range groups {
		if o == self || o.fixed || len(o.cands) == 0 {
			continue
		}
		if v, countryOnly := compat(g, c, &o.cands[argmax(o.score)]); v > 0 && !countryOnly {
			return true
		}
	}
	return false
}

// genericWords make up names that many countries give to a part of a
// city or a division ("North Side", "Western Province", "Central").
var genericWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "centre": true, "center": true, "middle": true,
	"upper": true, "lower": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"side": true, "shore": true, "end": true, "coast": true, "province": true, "region": true,
	"district": true, "department": true,
}

// genericDivisions adds to the candidates of a generic name the divisions
// named by it with a division word: "Western" and "North Eastern" in "the
// provinces of Coast, Central, North Eastern and Western" are Kenya's
// Western Province and North Eastern Province. Like any generic name, they
// need support from the document (see lonely).
func (g *Gazetteer) genericDivisions(key string, cands []Candidate) []Candidate {
	out := cands
	var buf [64]byte
	for _, suffix := range [...]string{" province", " region"} {
		k := append(append(buf[:0], key...), suffix...)
		g.index.postings(k, func(v uint32) {
			c := g.candidate(int(v>>2), MatchKind(v&3))
			if c.Feature != "ADM1" && c.Feature != "ADM2" {
				return
			}
			for i := range out {
				if out[i].Index == c.Index {
					return
				}
			}
			if len(out) == len(cands) {
				out = append([]Candidate(nil), cands...) // the mention's slice is shared
			}
			out = append(out, c)
		})
	}
	return out
}

// genericName reports whether key is made of genericWords only: such a
// name needs support from the document wherever it is (see lonely).
func genericName(key string) bool {
	for _, w := range strings.Fields(key) {
		if !genericWords[w] {
			return false
		}
	}
	return key != ""
}

// lonelyPop is the population under which a place needs support.
const lonelyPop = 50000

// seatOf returns the candidate of gr that is the seat of division
// candidate j under the same name: the national capital for a division of
// its country ("Washington", "Moscow"), the division's capital for a
// division ("Kharkiv", "Yerevan"); -1 when there is none.
func seatOf(g *Gazetteer, gr *group, j int) int {
	cj := &gr.cands[j]
	if cj.Feature != "ADM1" && cj.Feature != "ADM2" || cj.Index < 0 {
		return -1
	}
	for i := range gr.cands {
		ci := &gr.cands[i]
		if ci.Match != MatchName || ci.Country != cj.Country || ci.Index < 0 {
			continue
		}
		switch {
		case cj.Feature == "ADM1" && (ci.Feature == "PPLC" || ci.Feature == "PPLA" && ci.Admin1 == cj.Admin1):
			return i
		case cj.Feature == "ADM2" && strings.HasPrefix(ci.Feature, "PPL") && ci.Admin1 == cj.Admin1 &&
			g.entries[ci.Index].admin2 == g.entries[cj.Index].admin2:
			return i // "Rawalpindi" the city, not Rawalpindi District
		}
	}
	return -1
}

func argmax(v []float64) int {
	b := 0
	for i := range v {
		if v[i] > v[b] {
			b = i
		}
	}
	return b
}

func sortByPrior(gr *group) {
	idx := make([]int, len(gr.cands))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return gr.prior[idx[a]] > gr.prior[idx[b]] })
	cs := make([]Candidate, len(idx))
	ps := make([]float64, len(idx))
	for k, i := range idx {
		cs[k], ps[k] = gr.cands[i], gr.prior[i]
	}
	gr.cands, gr.prior = cs, ps
}

// setQ turns scores into plausibilities: exp of the distance to the best
// score, flattened so that a runner-up still lends some support.
func setQ(gr *group) {
	if len(gr.cands) == 0 {
		return
	}
	best := gr.score[argmax(gr.score)]
	gr.active = gr.active[:0]
	for i, s := range gr.score {
		gr.q[i] = math.Exp((s - best) * qSlope)
		if gr.q[i] >= minQ {
			gr.active = append(gr.active, i)
		}
	}
}

// coherenceWindow is how many sentences apart two names may be and still
// support each other; it bounds the resolver's quadratic cost on very long
// documents and leaves ordinary articles alone.
const coherenceWindow = 40

// sameSentence scales the support a second-level division written in full
// ("Monroe County") gets from a first-level division that contains it named
// in the same sentence: "in Michigan ... near the game area in Monroe
// County" outweighs Iowa named with a town of that county two sentences
// later.
const sameSentence = 1.5

// sameEntry is the support a demonym's country gets from the country named
// elsewhere in the document by its name: "Canadian winters" in an article
// that names Canada is Canada's, not the Texas town of Canadian. It equals
// the support a first-level division gives a place inside it.
const sameEntry = 4.0

// minQ is the plausibility under which a candidate lends no support to
// others (it would add at most minQ × 4.5 to a score).
const minQ = 0.02

// Weights of the resolver, set by hand on the LGL and GeoVirus development
// sets (global weights only: no name-specific rule). Scores are in units of
// log10 population.
const (
	qSlope     = 0.6
	popWeight  = 0.8
	cohCap     = 12.0
	countryCap = 2.5
	sibling    = 1.5
	localScale = 1.2
)

// Feature priors: how much more often news means the country, the
// division or the capital than another place of the same name.
const (
	pcliPrior = 6.0
	adm1Prior = 3.0
	capPrior  = 2.5
)

func featurePrior(fcode string) float64 {
	switch fcode {
	case "PCLI":
		return pcliPrior
	case "CONT":
		return 5
	case "ADM1":
		return adm1Prior
	case "RGN", "AREA":
		return 3.5
	case "PPLC":
		return capPrior
	case "ADM2":
		return 0.5
	case "PPLA":
		return 1
	case "PPLA2":
		return 0.5
	}
	return 0
}

// prior rates a candidate without context.
func prior(c *Candidate) float64 {
	pop := float64(c.Population)
	s := popWeight*math.Log10(pop+10) + featurePrior(c.Feature)
	switch c.Match {
	case MatchAlternate:
		s -= 3
		if pop < 100000 {
			s -= 3
		}
	case MatchAbbrev:
		s -= 1
	}
	return s
}

// barePenalty is what a second-level division loses when the name is
// written without its division word: news writes "Monroe County"; a bare
// "Monroe" is more often the town (or a place of that name elsewhere). It
// ranks such a match between an abbreviation (MatchAbbrev, -1) and an
// alternate name (MatchAlternate, -3).
const barePenalty = 1.5

// bareDivision reports whether c is a second-level division whose name
// has a word more than key ("Oakland County" for "oakland").
func bareDivision(key string, c *Candidate) bool {
	if c.Feature != "ADM2" || c.Match != MatchName || len(c.Name) <= len(key) {
		return false
	}
	var buf [64]byte
	name := appendFold(buf[:0], c.Name)
	return len(name) > len(key)+1 && string(name[:len(key)]) == key && name[len(key)] == ' '
}

// ruledOut reports candidates that must not be picked whatever their score:
// small places known only by an alternate name in a country the document
// does not otherwise name (the Bansko trap).
func ruledOut(c *Candidate, self *group, groups []*group) bool {
	if c.Match != MatchAlternate || c.Population >= 100000 {
		return false
	}
	for _, o := range groups {
		if o == self {
			continue
		}
		for i := range o.cands {
			if o.cands[i].Country == c.Country && o.q[i] > 0.5 {
				return false
			}
		}
	}
	return true
}

func isArea(f string) bool {
	switch f {
	case "PCLI", "CONT", "RGN", "AREA", "ADM1", "ADM2":
		return true
	}
	return false
}

// compat rates how well two candidates fit in one document.
func compat(g *Gazetteer, c, o *Candidate) (v float64, countryOnly bool) {
	if c.Country == "" || o.Country == "" {
		if o.Feature == "CONT" || c.Feature == "CONT" || o.Feature == "RGN" || c.Feature == "RGN" {
			if approxKm(c.Lat, c.Lon, o.Lat, o.Lon) < 1500 {
				return 1, false
			}
		}
		return 0, false
	}
	if c.Country != o.Country {
		if c.Feature == "PCLI" && o.Feature == "PCLI" {
			return sibling, false // a list of countries
		}
		if !isArea(c.Feature) && !isArea(o.Feature) {
			if d := approxKm(c.Lat, c.Lon, o.Lat, o.Lon); d < 50 {
				return 2, false // across a border
			}
		}
		return 0, false
	}
	same1 := c.Admin1 != "" && c.Admin1 == o.Admin1
	same2 := same1 && c.Index >= 0 && o.Index >= 0 && g.entries[c.Index].admin2 != "" && g.entries[c.Index].admin2 == g.entries[o.Index].admin2
	switch {
	case o.Feature == "PCLI" || c.Feature == "PCLI":
		return 1.5, true
	case o.Feature == "ADM1":
		if c.Feature == "ADM1" {
			if approxKm(c.Lat, c.Lon, o.Lat, o.Lon) < 700 {
				return sibling + 0.5, false // neighbouring divisions
			}
			return sibling, false // a list of states or provinces
		}
		if same1 {
			return 4.5, false
		}
		return 0.5, true
	case c.Feature == "ADM1":
		if same1 {
			return 2.5, false
		}
		return 0.5, true
	case o.Feature == "ADM2" || c.Feature == "ADM2":
		if same2 {
			return 4, false
		}
		if same1 {
			return 2, false
		}
		return 0.5, true
	}
	d := approxKm(c.Lat, c.Lon, o.Lat, o.Lon)
	switch {
	case d < 25:
		v = 3 * localScale
	case d < 80:
		v = 2.5 * localScale
	case d < 200:
		v = 1.5 * localScale
	}
	if same1 && v < 2*localScale {
		v = 2 * localScale
	}
	if v == 0 {
		return 0.5, true
	}
	return v, false
}

// listWeight is the score a country or division gains when a name next to
// it in a list is most plausibly one of the same kind (in the same country,
// for divisions): "Texas and Georgia", "Georgia and Armenia".
const listWeight = 1.0

// listBonus rates c against the names listed next to it.
func listBonus(c *Candidate, listed []*group) float64 {
	switch c.Feature {
	case "PCLI", "ADM1", "ADM2":
	default:
		return 0
	}
	best := 0.0
	for _, o := range listed {
		for _, i := range o.active {
			oc := &o.cands[i]
			if oc.Feature == c.Feature && (c.Feature == "PCLI" || oc.Country == c.Country) && o.q[i] > best {
				best = o.q[i]
			}
		}
	}
	return listWeight * best
}

// containWeight is the score a division or country gains for containing
// the name written before it after a comma ("Atlanta, Georgia").
const containWeight = 4.0

// containBonus rates how well candidate c contains the names written just
// before it: for each, the plausibility of its most plausible candidate
// inside c.
func containBonus(g *Gazetteer, c *Candidate, inner []*group) float64 {
	s := 0.0
	for _, o := range inner {
		best := 0.0
		for _, i := range o.active {
			if oc := &o.cands[i]; o.q[i] > best && contains(g, c, oc) {
				best = o.q[i]
			}
		}
		s += best
	}
	return containWeight * math.Min(s, 1)
}

// contains reports whether area c holds the lower-level entry o: a country
// its divisions and places, a first-level division the places and
// second-level divisions of its code, a second-level division its places.
func contains(g *Gazetteer, c, o *Candidate) bool {
	if c.Country == "" || c.Country != o.Country || c.Index == o.Index && c.Index >= 0 {
		return false
	}
	switch c.Feature {
	case "PCLI":
		return o.Feature != "PCLI"
	case "ADM1":
		return c.Admin1 != "" && o.Admin1 == c.Admin1 && o.Feature != "ADM1" && o.Feature != "PCLI"
	case "ADM2":
		return c.Index >= 0 && o.Index >= 0 && o.Admin1 == c.Admin1 && !isArea(o.Feature) &&
			g.entries[c.Index].admin2 != "" && g.entries[c.Index].admin2 == g.entries[o.Index].admin2
	}
	return false
}

// coherence sums, over the other names of the document, the best
// compatibility of c with one of their candidates.
func coherence(g *Gazetteer, c *Candidate, self *group, groups []*group) float64 {
	var total, country float64
	decay := !self.fixed && len(self.ms) == 1 && self.famous >= notablePop && c.Population*10 < self.famous
	for _, o := range groups {
		if o == self || len(o.cands) == 0 {
			continue
		}
		if !o.fixed && !self.fixed && (o.sent-self.sent > coherenceWindow || self.sent-o.sent > coherenceWindow) {
			continue // far apart in a long document
		}
		best, bestCountry := 0.0, 0.0
		for _, i := range o.active {
			oc := &o.cands[i]
			if oc.Index == c.Index && c.Index >= 0 {
				if c.Match == MatchDemonym && oc.Match != MatchDemonym && o.q[i]*sameEntry > best {
					best = o.q[i] * sameEntry
				}
				continue
			}
			v, co := compat(g, c, oc)
			v *= o.q[i]
			if oc.Feature == "PPLC" && !co && c.Population < 100000 && !isArea(c.Feature) {
				v /= 2 // a capital is often named for its government ("Washington said")
			}
			if !co && !o.fixed && !self.fixed && c.Feature == "ADM2" && !bareDivision(self.key, c) && oc.Feature == "ADM1" && contains(g, oc, c) && sentGap(self.sents, o.sents) == 0 {
				v *= sameSentence
			}
			if co {
				if v > bestCountry {
					bestCountry = v
				}
			} else if v > best {
				best = v
			}
		}
		w := 1.0
		if len(o.ms) > 1 {
			w = 1.2
		}
		if decay && !o.fixed && sentGap(self.sents, o.sents) > nearSentences {
			w *= farWeight
		}
		total += best * w
		country += bestCountry * w
	}
	coh := math.Min(total, cohCap) + math.Min(country, countryCap)
	if c.Match == MatchAlternate {
		coh *= altCoherence
	}
	return coh
}

// nearSentences is how many sentences apart two names may be and still
// support each other fully; farther apart, their support is scaled by
// farWeight (for the namesakes of a notable city, see notablePop). A
// reader takes "Boston" for the famous city even when the
// article names New York state eight sentences later, but "Cairo" for the
// Illinois town in "Cairo and Carbondale, Illinois".
const (
	nearSentences = 1
	farWeight     = 0.5
)

// sentGap returns the least distance between a sentence of a and one of b
// (both ascending).
func sentGap(a, b []int) int {
	best := math.MaxInt
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		d := a[i] - b[j]
		if d < 0 {
			d = -d
		}
		if d < best {
			best = d
		}
		if a[i] < b[j] {
			i++
		} else {
			j++
		}
	}
	return best
}

// famousPop is the population from which a city or country is world-famous:
// named once, it keeps its name against namesakes (see homeNamesake).
const famousPop = 500000

// notablePop is the population from which a city is notable beyond its
// region (the usual threshold of a city proper in census practice): its
// namesakes of less than a tenth of its size get only farWeight of the
// support of names far from them in the text. "Lynchburg" is the Virginia
// city, not the Ohio village, though the article named an Ohio town five
// sentences earlier.
const notablePop = 50000

// altCoherence scales the support a candidate known only by an alternate
// name gets from the document: it may settle a tie between such names, but
// not outweigh an entry of the very name.
const altCoherence = 0.75

// cueBonus adds what the words around one mention say.
func cueBonus(g *Gazetteer, m *mention, c *Candidate, within *Candidate) float64 {
	s := 0.0
	switch m.hint {
	case "village", "town", "city", "suburb", "municipality":
		if c.Feature == "PCLI" || c.Feature == "ADM1" || c.Feature == "CONT" || c.Feature == "RGN" {
			s -= 6
		}
	case "county", "parish", "district":
		if c.Feature == "ADM2" {
			s += 4
		}
	case "province", "state", "governorate", "oblast":
		if c.Feature == "ADM1" || c.Feature == "AREA" {
			s += 4 // a division, not a sea or area of the same name ("Gulf province")
		}
	case "region":
		if c.Feature == "ADM1" || c.Feature == "RGN" || c.Feature == "AREA" {
			s += 4
		}
	case "country":
		if c.Feature == "PCLI" {
			s += 4
		}
	}
	if within != nil && (c.Index != within.Index || c.Index < 0) {
		switch {
		case within.Feature == "PCLI" && within.Country == c.Country:
			s += 5
		case within.Feature == "ADM1" && within.Country == c.Country && within.Admin1 == c.Admin1:
			s += 8
		case within.Feature == "ADM2" && within.Country == c.Country &&
			(contains(g, within, c) || approxKm(within.Lat, within.Lon, c.Lat, c.Lon) < 100):
			s += 8 // "Santa Maria, Davao del Sur"
		case !isArea(within.Feature) && haversine(within.Lat, within.Lon, c.Lat, c.Lon) < 100:
			s += 5
		}
	}
	return s
}

// haversine returns the great-circle distance in km.
func haversine(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * 6371 * math.Asin(math.Sqrt(math.Min(1, a)))
}

// approxKm is an equirectangular approximation of the distance in km, good
// to a few percent under 1,000 km: enough for the resolver's thresholds,
// and several times cheaper than haversine.
func approxKm(lat1, lon1, lat2, lon2 float64) float64 {
	dlat := lat2 - lat1
	dlon := lon2 - lon1
	if dlon > 180 {
		dlon -= 360
	} else if dlon < -180 {
		dlon += 360
	}
	x := dlon * cosDeg((lat1+lat2)/2)
	return 111.195 * math.Sqrt(dlat*dlat+x*x)
}

// cosDeg is the cosine of an angle in degrees, by a 5th-order polynomial
// (error under 0.1% for |a| <= 90).
func cosDeg(a float64) float64 {
	x := a * math.Pi / 180
	x2 := x * x
	return 1 - x2/2 + x2*x2/24 - x2*x2*x2/720 + x2*x2*x2*x2/40320
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
