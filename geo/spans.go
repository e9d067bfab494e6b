package geo

import (
	"sort"
	"strings"

	"github.com/annals-dev/annals/doc"
)

// ResolveSpans resolves the given place-name spans of d (toponyms already
// recognised, for example gold annotations) in the document's context: the
// other spans, the places the stage finds itself when d has tokens, and the
// countries of d's actors. The result has one PlaceMention per span, in the
// order given.
func (s *Stage) ResolveSpans(d *doc.Document, spans []doc.Span) []doc.PlaceMention {
	var ms []*mention
	var extra []*mention
	for _, sp := range spans {
		m := s.newMention(d, sp)
		m.dir, m.dirWord = "", "" // a given span names the whole place
		if len(m.cands) == 0 {
			m.cands = s.g.lookupLoose(m.key)
		}
		if len(m.cands) == 0 {
			// A known place name the gazetteer lacks: fall back to the
			// place named nearest to it.
			m.unknown = true
			if m.hint == "" {
				m.hint = "place"
			}
		}
		ms = append(ms, m)
	}
	if len(d.Tokens) > 0 {
		for _, f := range s.find(d) {
			overlap := false
			for _, sp := range spans {
				if sp.Overlaps(f.span) {
					overlap = true
					break
				}
			}
			if !overlap {
				extra = append(extra, f)
			}
		}
	}
	all := append(append([]*mention(nil), ms...), extra...)
	s.link(d, all)
	s.g.resolveAll(all, actorCountries(d))
	out := make([]doc.PlaceMention, len(ms))
	sm := summarize(all)
	for i, m := range ms {
		out[i] = s.toMention(d, m, sm)
	}
	return out
}

func actorCountries(d *doc.Document) []string {
	var cs []string
	for _, a := range d.Actors {
		if a.Actor.Country != "" {
			cs = append(cs, a.Actor.Country)
		}
	}
	return cs
}

// newMention builds a mention for span sp of d with its cues read from the
// surrounding text.
func (s *Stage) newMention(d *doc.Document, sp doc.Span) *mention {
	text := d.Text[sp.Start:sp.End]
	m := &mention{text: text, span: sp, container: -1, sent: d.SentenceOf(sp.Start)}
	m.key = string(appendFold(nil, text))
	m.cands = s.g.lookupKey([]byte(m.key), nil)
	m.hint = cueBefore(d.Text[:sp.Start])
	if h := cueAfter(d.Text[sp.End:]); h != "" && m.hint == "" {
		m.hint = h
	}
	m.dir, m.dirWord = directionBefore(d.Text[:sp.Start])
	m.local = localAfter(d.Text[sp.End:])
	if len(m.cands) == 0 && m.hint != "" {
		if c, ok := s.g.demonymCue(d.Text[:sp.Start]); ok {
			m.demonym = &c
		}
	}
	if len(m.cands) == 0 && m.demonym == nil {
		// "the American South", "the Indian Northeast": a part of the
		// demonym's country.
		if first, second, ok := strings.Cut(text, " "); ok && directionWord(second) != "" && capitalized(first) {
			var buf [64]byte
			s.g.index.postings(appendFold(buf[:0], first), func(v uint32) {
				if MatchKind(v&3) == MatchDemonym && s.g.entries[v>>2].fcode == "PCLI" &&
					(m.demonym == nil || s.g.entries[v>>2].pop > m.demonym.Population) {
					c := s.g.candidate(int(v>>2), MatchDemonym) // the most populous: "Indian" is India's
					m.demonym, m.demonymDir = &c, directionWord(second)
				}
			})
		}
	}
	return m
}

// localAfter reports a capitalized word or phrase right after a name that
// opens the name of a town's institution, never a country's: a school
// ("Palestine High School", "Jordan Junior Olympics", "the Lebanon
// Independent School District"), a township or borough, a city council or
// police department.
func localAfter(after string) bool {
	a := strings.TrimPrefix(after, " ")
	if a == after || a == "" {
		return false
	}
	i := strings.IndexAny(a, " ,.;:\n\t)\"'’")
	if i < 0 {
		i = len(a)
	}
	switch a[:i] {
	case "High", "Middle", "Elementary", "Junior", "Township", "Borough", "Independent", "Village", "Rotary", "Kiwanis":
		return true
	case "City", "Police", "Fire", "Public":
		rest := strings.TrimPrefix(a[i:], " ")
		j := strings.IndexAny(rest, " ,.;:\n\t)\"'’")
		if j < 0 {
			j = len(rest)
		}
		switch rest[:j] {
		case "Council", "Hall", "Department", "Dept", "Library", "Schools", "Commission":
			return true
		}
	}
	return false
}

// link sets each mention's container: the mention that follows it after a
// comma ("Paris, Texas"), after "in" ("Banjska in northern Kosovo") or after
// a division word and "of" ("the Rice Lake area of Fulton County").
func (s *Stage) link(d *doc.Document, ms []*mention) {
	order := make([]int, len(ms))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return ms[order[a]].span.Start < ms[order[b]].span.Start })
	for k := 0; k+1 < len(order); k++ {
		a, b := ms[order[k]], ms[order[k+1]]
		if b.span.Start < a.span.End {
			continue // overlapping spans given by a caller: no link
		}
		gap := d.Text[a.span.End:b.span.Start]
		if b.dir != "" {
			gap = strings.TrimSpace(gap)
			gap = strings.TrimSuffix(gap, b.dirWord)
		}
		g := strings.TrimSpace(gap)
		switch strings.ToLower(g) {
		case ",":
			a.container = order[k+1]
		case "in", ", in", "in the", "province of", "in the province of", "region of", "in the region of",
			"area of", "district of", "county of", "governorate of", "municipality of", "neighborhood of",
			"neighbourhood of", "suburb of", "section of", "part of":
			a.container = order[k+1]
			a.inLink = true
		}
	}
}

var cueWords = map[string]string{
	"village": "village", "villages": "village", "hamlet": "village", "hamlets": "village", "town": "town", "towns": "town",
	"city": "city", "cities": "city", "suburb": "suburb", "municipality": "municipality",
	"capital": "city", "port": "city", "county": "county", "parish": "parish", "district": "district",
	"province": "province", "provinces": "province", "state": "state", "region": "region",
	"governorate": "governorate", "oblast": "oblast", "country": "country", "nation": "country",
	"island": "region", "kingdom": "country", "republic": "country",
}

// openQuotes are spaces and the quotation marks that may open a name ("the
// town of ‘Ibta").
const openQuotes = " ‘'`\"“"

// cueBefore returns the hint of a cue like "the village of" or "the town
// of" ending just before a name.
func cueBefore(before string) string {
	_, hint := splitCue(before)
	return hint
}

// splitCue splits a cue "... WORD of" ending just before a name ("the
// Syrian town of ‘Ibta") into the text before its settlement word, up to and
// with the space before it, and the word's hint; hint is "" when there is
// no such cue. Only the "X of" form counts: "the West Bank city Nablus" is
// rare.
func splitCue(before string) (rest, hint string) {
	b, found := strings.CutSuffix(strings.TrimRight(before, openQuotes), " of")
	if !found {
		return "", ""
	}
	i := strings.LastIndexAny(b, " \n\t(\"")
	return b[:i+1], cueWords[lowerASCII(b[i+1:])]
}

// demonymCue returns the entry of the demonym that qualifies the settlement
// word of a cue ending just before a name ("the northern Kurdish village of
// X", "the Syrian town of X", "the southern Afghan province of X"): the
// country or region the settlement lies in. ok is false when there is none.
func (g *Gazetteer) demonymCue(before string) (c Candidate, ok bool) {
	rest, hint := splitCue(before)
	if hint == "" || rest == "" {
		return c, false
	}
	b := strings.TrimRight(rest[:len(rest)-1], " ")
	j := strings.LastIndexAny(b, " \n\t(\"")
	w := b[j+1:]
	if w == "" || !capitalized(w) {
		return c, false
	}
	var buf [64]byte
	found := false
	g.index.postings(appendFold(buf[:0], w), func(v uint32) {
		if MatchKind(v&3) == MatchDemonym && (!found || g.entries[v>>2].pop > c.Population) {
			c, found = g.candidate(int(v>>2), MatchDemonym), true // the most populous: "Indian" is India's
		}
	})
	return c, found
}

// cueAfter returns the hint of a following word like "County" or
// "province" ("Anbar province").
func cueAfter(after string) string {
	a := strings.TrimLeft(after, " ")
	i := strings.IndexAny(a, " ,.;:\n\t)\"'")
	if i < 0 {
		i = len(a)
	}
	switch w := strings.ToLower(a[:i]); w {
	case "county", "parish", "province", "governorate", "oblast", "region", "district", "state":
		return cueWords[w]
	default:
		return officeWords[w]
	}
}

// officeWords are titles of office that, written right after a place name,
// tell which of its namesakes the office is of: a governor, senator or
// legislature is a state's or province's ("New York Governor Eliot
// Spitzer", "the Ohio Legislature"), a mayor or councilman a city's ("New
// York Mayor Michael Bloomberg"). Keys are lower case, periods kept ("gov.").
var officeWords = map[string]string{
	"governor": "state", "gov": "state", "gov.": "state",
	"senator": "state", "sen": "state", "sen.": "state", "legislature": "state",
	"statehouse": "state", "assemblyman": "state", "assemblywoman": "state", "premier": "state",
	"governors": "state", "governorship": "state",
	"mayor": "city", "mayors": "city", "alderman": "city", "councilman": "city", "councilwoman": "city",
	"councilor": "city", "councillor": "city", "councilmember": "city",
}

// directionBefore returns the direction of a word like "northern" just
// before a name.
func directionBefore(before string) (dir, word string) {
	b := strings.TrimRight(before, " ")
	i := strings.LastIndexAny(b, " \n\t(\"")
	if dir = directionWord(b[i+1:]); dir != "" {
		word = b[i+1:]
	}
	return dir, word
}

// fallbackSentences is how many sentences back a name the gazetteer lacks
// may take its region from.
const fallbackSentences = 3

// fallbackPoint moves p, the point of division c that a name the
// gazetteer lacks falls back to, to the division's population-weighted
// centre (see Gazetteer.popCentre): an unknown town of a province most
// likely lies where its people do.
func (s *Stage) fallbackPoint(p *doc.Place, c *Candidate) {
	if c.Feature != "ADM1" || c.Index < 0 {
		return
	}
	if lat, lon, ok := s.g.popCentre(c.Country, c.Admin1); ok {
		p.Lat, p.Lon = round4(lat), round4(lon)
	}
}

// narrowerIn returns, for a name m the gazetteer lacks that falls back to
// the country of mention near, the nearest place or division of that
// country that m's sentence or the three before name: it says more of
// where m lies ("Floods hit Sindh. ... the village of X in Pakistan").
// Otherwise, or when near is no country or has a direction word, it
// returns near.
func narrowerIn(m, near *mention, all []*mention) *mention {
	if near.cands[near.pick].Feature != "PCLI" || near.dir != "" {
		return near
	}
	country := near.cands[near.pick].Country
	inner, innerGap := near, 1<<30
	for _, o := range all {
		if o == m || o.pick < 0 || o.sent > m.sent || o.sent < m.sent-fallbackSentences {
			continue
		}
		if c := &o.cands[o.pick]; c.Country != country || c.Feature == "PCLI" {
			continue
		}
		if gap := spanGap(m, o); gap < innerGap {
			inner, innerGap = o, gap
		}
	}
	return inner
}

// summary is what a document's resolved names say as a whole: the
// country most of them lie in and, in each country, the first-level
// division most of them lie in. It is computed once per document for the
// fallbacks of toMention.
type summary struct {
	all []*mention
	// main is the country that most resolved mentions lie in, when at
	// least two do and no other country has as many; else "".
	main string
	// divs counts the distinct names picked in each division
	// ("USA.MN"), and named marks the divisions the document names
	// itself.
	divs  map[string]int
	named map[string]bool
	// mainDiv is each country's main division, when at least strayMin
	// names lie in it, no other has as many and the document names it.
	mainDiv map[string]string
}

// summarize builds the summary of the mentions all after resolveAll.
func summarize(all []*mention) *summary {
	sm := &summary{all: all}
	var countries map[string]int
	var seen map[string]bool
	var key []byte
	for _, o := range all {
		if o.pick < 0 || strings.HasPrefix(o.key, "\x00") {
			continue
		}
		c := &o.cands[o.pick]
		if c.Country == "" {
			continue
		}
		if countries == nil {
			countries, seen = map[string]int{}, map[string]bool{}
		}
		countries[c.Country]++
		if c.Admin1 == "" {
			continue
		}
		key = append(append(append(key[:0], c.Country...), '.'), c.Admin1...)
		if sm.divs == nil {
			sm.divs, sm.named = map[string]int{}, map[string]bool{}
		}
		if c.Feature == "ADM1" {
			sm.named[string(key)] = true
		}
		div := string(key)
		key = append(append(key, '\x00'), o.key...)
		if !seen[string(key)] {
			seen[string(key)] = true
			sm.divs[div]++
		}
	}
	sm.main = mainOf(countries, 2)
	if len(sm.divs) > 0 {
		byCountry := map[string]map[string]int{}
		for div, n := range sm.divs {
			c, _, _ := strings.Cut(div, ".")
			if byCountry[c] == nil {
				byCountry[c] = map[string]int{}
			}
			byCountry[c][div] = n
		}
		sm.mainDiv = map[string]string{}
		for c, divs := range byCountry {
			if div := mainOf(divs, strayMin); div != "" && sm.named[div] {
				sm.mainDiv[c] = div
			}
		}
	}
	return sm
}

// mainOf returns the key with the largest count, when it is at least min
// and no other key has as much; else "".
func mainOf(counts map[string]int, min int) string {
	var best, second int
	main := ""
	for k, n := range counts {
		switch {
		case n > best:
			main, second, best = k, best, n
		case n > second:
			second = n
		}
	}
	if best < min || second == best {
		return ""
	}
	return main
}

// toMention converts a resolved mention to a PlaceMention, falling back to
// its container (or a direction of it) when it has no fitting entry.
func (s *Stage) toMention(d *doc.Document, m *mention, sm *summary) doc.PlaceMention {
	all := sm.all
	pm := doc.PlaceMention{Span: m.span, TokenSpan: m.tokens, Sentence: m.sent}
	pm.Place.Name = m.text
	if m.pick >= 0 {
		if o := sm.strayTarget(m); o != nil {
			pm.Place = s.fallbackOf(m, o)
			pm.Resolved = true
			pm.Rule = "fallback:division " + o.text
			return pm
		}
		c := m.cands[m.pick]
		pm.Place = s.g.place(c, m.text)
		pm.Resolved = true
		pm.Rule = "gazetteer"
		if m.dir != "" {
			if lat, lon, ok := s.g.directional(c.Index, m.dir); ok {
				pm.Place.Lat, pm.Place.Lon = round4(lat), round4(lon)
				pm.Rule = "gazetteer+" + m.dir
			}
		}
		return pm
	}
	if m.container >= 0 && m.container < len(all) {
		c := all[m.container]
		if c.pick >= 0 {
			c = narrowerIn(m, c, all)
			cc := c.cands[c.pick]
			p := s.g.place(cc, c.text)
			if c.dir != "" {
				if lat, lon, ok := s.g.directional(cc.Index, c.dir); ok {
					p.Lat, p.Lon = round4(lat), round4(lon)
				}
			} else {
				s.fallbackPoint(&p, &cc)
			}
			p.Name, p.GeonameID, p.Feature = m.text, 0, "place"
			pm.Place = p
			pm.Resolved = true
			pm.Rule = "fallback:within " + c.text
			if c.dir != "" {
				pm.Rule = "fallback:within " + c.dir + " " + c.text
			}
			return pm
		}
	}
	// A name the text marks as a settlement or area ("the village of X",
	// "X district") falls back to the nearest region or place the
	// sentence or the three before resolve; failing that, to the nearest
	// earlier place in the document's main country, however far back ("a
	// province seven sentences earlier"). A target must lie in one
	// country: a sea, continent or region of several countries says too
	// little of where a village is.
	if m.unknown && m.hint != "" {
		main := sm.main
		var near *mention
		bestGap := 1 << 30
		for _, o := range all {
			if o == m || o.pick < 0 || o.sent > m.sent {
				continue
			}
			c := &o.cands[o.pick]
			if c.Country == "" || m.demonym != nil && c.Country != m.demonym.Country {
				continue // (the Kurdish village of X lies in Iraq, not in the UK named before)
			}
			if o.sent < m.sent-fallbackSentences && (main == "" || c.Country != main) && m.demonym == nil {
				continue
			}
			gap := o.span.Start - m.span.End
			if gap < 0 {
				gap = m.span.Start - o.span.End + 50 // prefer what follows: "X district of Khost"
			}
			if o.sent != m.sent {
				gap += 1000 * (m.sent - o.sent)
			}
			if gap < bestGap {
				near, bestGap = o, gap
			}
		}
		if near != nil {
			near = narrowerIn(m, near, all)
			if m.demonym != nil && m.demonym.Feature != "PCLI" && near.cands[near.pick].Feature == "PCLI" {
				near = nil // the region of the demonym says more than its country ("the Kurdish village of X")
			}
		}
		if near != nil {
			pm.Place = s.fallbackOf(m, near)
			pm.Resolved = true
			pm.Rule = "fallback:near " + near.text
			return pm
		}
		if m.demonym != nil && m.demonym.Country != "" {
			// No place of the demonym's country is named: the country or
			// region itself ("the northern Kurdish village of X").
			c := *m.demonym
			p := s.g.place(c, c.Name)
			s.fallbackPoint(&p, &c)
			if m.demonymDir != "" {
				if lat, lon, ok := s.g.directional(c.Index, m.demonymDir); ok {
					p.Lat, p.Lon = round4(lat), round4(lon)
				}
			}
			p.Name, p.GeonameID, p.Feature = m.text, 0, "place"
			pm.Place = p
			pm.Resolved = true
			pm.Rule = "fallback:demonym " + c.Name
			return pm
		}
	}
	// Another mention of the same name that fell back to its region: one
	// put in a place ("X, Connecticut"), or one later in the text, whose
	// sentences may name what a headline does not ("Lamont visits X
	// supporters. X — ... the state of Connecticut's economy").
	m.visiting = true
	defer func() { m.visiting = false }()
	for _, o := range all {
		if o != m && !o.visiting && o.key == m.key && o.pick < 0 && (o.container >= 0 || m.unknown && o.unknown && o.span.Start > m.span.Start) {
			if om := s.toMention(d, o, sm); om.Resolved {
				om.Span, om.TokenSpan, om.Sentence = m.span, m.tokens, m.sent
				return om
			}
		}
	}
	pm.Rule = "unresolved"
	return pm
}

// strayPop is the population under which a town picked in another
// division than the document's main one is taken for a namesake there.
const strayPop = 10000

// strayMin is how many distinct names a division must hold to be a
// document's main division.
const strayMin = 3

// strayTarget returns, for a small town m picked in a first-level division
// where no other name of the document lies, while the document names its
// country's main division (see summary), the nearest mention in that
// division, for m to fall back to; else nil. A local paper's "Star Lake"
// among Minnesota counties is not the New York village, but a place the
// gazetteer lacks.
func (sm *summary) strayTarget(m *mention) *mention {
	c := &m.cands[m.pick]
	if !strings.HasPrefix(c.Feature, "PPL") || c.Population >= strayPop || c.Admin1 == "" || m.container >= 0 {
		return nil
	}
	main := sm.mainDiv[c.Country]
	if main == "" {
		return nil
	}
	var buf [16]byte
	own := append(append(append(buf[:0], c.Country...), '.'), c.Admin1...)
	if string(own) == main || sm.divs[string(own)] > 1 {
		return nil // in the main division, or another name lies in its own
	}
	admin1 := main[len(c.Country)+1:]
	var near *mention
	bestGap := 1 << 30
	for _, o := range sm.all {
		if o.pick < 0 || o.key == m.key || o.span.End == 0 {
			continue
		}
		oc := &o.cands[o.pick]
		if oc.Country != c.Country || oc.Admin1 != admin1 {
			continue
		}
		if gap := spanGap(m, o); gap < bestGap {
			near, bestGap = o, gap
		}
	}
	return near
}

// fallbackOf is the place of mention m, which the gazetteer lacks, falling
// back to the place mention o resolved to: o's point (its fallback point when
// o has no direction word), under m's own name.
func (s *Stage) fallbackOf(m, o *mention) doc.Place {
	c := o.cands[o.pick]
	p := s.g.place(c, o.text)
	if o.dir == "" {
		s.fallbackPoint(&p, &c)
	}
	p.Name, p.GeonameID, p.Feature = m.text, 0, "place"
	return p
}

// spanGap is the number of bytes between the spans of mentions m and o,
// whichever comes first.
func spanGap(m, o *mention) int {
	if gap := o.span.Start - m.span.End; gap >= 0 {
		return gap
	}
	return m.span.Start - o.span.End
}
