package geo

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-dev/annals/doc"
)

// Stage finds place mentions in a document's tokens and resolves them with
// a Gazetteer. It fills Document.Places.
type Stage struct {
	g    *Gazetteer
	stop map[string]bool // folded word → true for "never", false for "cued"
}

// NewStage returns a place-finding stage using g.
func NewStage(g *Gazetteer) *Stage {
	s, err := newStage(g)
	if err != nil {
		panic(err) // the embedded stopword file is checked by the tests
	}
	return s
}

func newStage(g *Gazetteer) (*Stage, error) {
	s := &Stage{g: g, stop: map[string]bool{}}
	b, err := dataFS.ReadFile("data/stopwords.txt")
	if err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	err = lines(string(b), func(n int, line string) error {
		w, level, ok := strings.Cut(line, "\t")
		if !ok || (level != "never" && level != "cued") || w == "" {
			return fmt.Errorf("geo: data/stopwords.txt:%d: want word, tab, never|cued", n)
		}
		s.stop[string(appendFold(nil, w))] = level == "never"
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Name implements doc.Stage.
func (s *Stage) Name() string { return "geo" }

// Process implements doc.Stage: it finds and resolves the place mentions of
// d and stores them in d.Places.
func (s *Stage) Process(d *doc.Document) error {
	ms := s.find(d)
	s.link(d, ms)
	s.g.resolveAll(ms, actorCountries(d))
	d.Places = d.Places[:0]
	for _, m := range ms {
		d.Places = append(d.Places, s.toMention(d, m, ms))
	}
	return nil
}

// locatives are prepositions after which a capitalized name is most likely
// a place.
var locatives = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "to": true, "outside": true, "into": true,
	"across": true, "toward": true, "towards": true, "around": true, "throughout": true, "inside": true,
	"via": true, "through": true, "across from": true, "of": true, "between": true, "and": true, "on": true,
	"visited": true, "visit": true, "entered": true, "invaded": true, "left": true, "reached": true,
}

// connectors may appear inside a multi-word place name.
var connectors = map[string]bool{"of": true, "and": true, "the": true, "de": true, "del": true, "la": true,
	"al": true, "el": true, "upon": true, "on": true, "du": true, "des": true, "di": true, "-": true, "&": true}

func capitalized(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

func lowerASCII(t string) string {
	for i := 0; i < len(t); i++ {
		if t[i] >= 'A' && t[i] <= 'Z' {
			return strings.ToLower(t)
		}
	}
	return t
}

// find returns the place mentions of d's tokens, unresolved.
func (s *Stage) find(d *doc.Document) []*mention {
	var ms []*mention
	var key []byte
	maxW := s.g.maxWords
	if maxW > 6 {
		maxW = 6
	}
	var known map[string]bool // unknown names introduced by a cue ("the village of Banjska")
	for si, sent := range d.Sentences {
		lastEnd := -1 // token end of the last accepted mention
		for i := sent.FirstToken; i < sent.EndToken; i++ {
			t := d.Tokens[i].Text
			if !capitalized(t) {
				continue
			}
			// Longest match starting at i.
			best := -1
			key = key[:0]
			words := 0
			for j := i; j < sent.EndToken && words < maxW+2; j++ {
				tj := d.Tokens[j].Text
				if j > i && !capitalized(tj) && !connectors[lowerASCII(tj)] && tj != "." {
					break
				}
				n := len(key)
				if n > 0 {
					key = append(key, ' ')
				}
				key = appendFold(key, tj)
				if len(key) == n+1 { // the token folded to nothing
					key = key[:n]
				}
				words++
				if capitalized(tj) && s.g.has(key) {
					best = j + 1
				}
			}
			if best < 0 {
				// A name the gazetteer lacks, introduced as a settlement
				// ("the village of Banjska") or seen so introduced before.
				k := string(appendFold(key[:0], t))
				if s.stop[k] || len(k) < 3 {
					continue
				}
				if !known[k] {
					switch cueBefore(d.Text[:d.Tokens[i].Start]) {
					case "village", "town", "city", "suburb", "municipality":
					default:
						continue
					}
				}
				best = i + 1
			}
			if known == nil {
				known = map[string]bool{}
			}
			m := s.accept(d, sent, i, best, lastEnd, known)
			if m == nil {
				// A longer capitalized sequence that is no place: skip its
				// tokens so that its parts are not taken for places.
				for i+1 < sent.EndToken && capitalized(d.Tokens[i+1].Text) {
					i++
				}
				continue
			}
			m.sent = si
			ms = append(ms, m)
			lastEnd = best
			i = best - 1
		}
	}
	return ms
}

// accept decides whether tokens [i, j) of sentence sent name a place, and
// returns the mention if so.
func (s *Stage) accept(d *doc.Document, sent doc.Sentence, i, j, lastEnd int, known map[string]bool) *mention {
	toks := d.Tokens
	sp := doc.Span{Start: toks[i].Start, End: toks[j-1].End}
	m := s.newMention(d, sp)
	m.tokens = doc.TokenSpan{First: i, End: j}
	settlement := false
	switch m.hint {
	case "village", "town", "city", "suburb", "municipality":
		settlement = strings.HasSuffix(strings.TrimRight(d.Text[:sp.Start], " "), " of")
	}
	if settlement {
		if never := s.stop[m.key]; never {
			return nil
		}
		known[m.key] = true
		return m // "the village of X": a place even when the gazetteer lacks it
	}
	if known[m.key] && (i == sent.FirstToken || !capitalized(toks[i-1].Text)) {
		return m // a name introduced by such a cue earlier in the document
	}
	if len(m.cands) == 0 {
		return nil
	}
	// Acronyms ("NATO", "ICE") are places only when they abbreviate a
	// country or region ("US", "UAE", "DRC", "NSW").
	if acronym(m.text) {
		ok := false
		for _, c := range m.cands {
			if c.Match != MatchDemonym && (c.Feature == "PCLI" || c.Feature == "ADM1" || c.Feature == "AREA" || c.Feature == "RGN") {
				ok = true
			}
		}
		if !ok {
			return nil
		}
	}
	var hasName, hasAbbr, big, region bool
	for _, c := range m.cands {
		switch c.Match {
		case MatchName:
			hasName = true
		case MatchAbbrev:
			hasAbbr = true
		case MatchAlternate:
			if c.Population >= 100000 {
				hasName = true // a well-known exonym: "Beograd", "Moskva"
			}
		}
		if c.Match != MatchDemonym && c.Match != MatchAbbrev {
			switch c.Feature {
			case "PCLI", "ADM1", "CONT", "RGN", "AREA":
				region = true
			}
			if c.Population >= 100000 {
				big = true
			}
		}
	}
	// Left context: the previous word (skipping a direction word and "the").
	k := i - 1
	if k >= sent.FirstToken && directionWord(toks[k].Text) != "" {
		k--
	}
	if k >= sent.FirstToken && lowerASCII(toks[k].Text) == "the" {
		k--
	}
	prevWord := ""
	if k >= sent.FirstToken {
		prevWord = lowerASCII(toks[k].Text)
	}
	afterComma := prevWord == "," && lastEnd == k
	cued := locatives[prevWord] || m.hint != "" || afterComma
	if !hasName {
		if !(hasAbbr && afterComma) {
			return nil // demonyms, alternate names of small places, stray abbreviations
		}
	}
	if never, ok := s.stop[m.key]; ok {
		if never {
			return nil
		}
		if !cued && !(j < sent.EndToken && toks[j].Text == ",") {
			return nil
		}
	}
	// A name inside a longer capitalized name: "Milan Radoicic", "Jens
	// Stoltenberg", "Kansas City Chiefs" (the gazetteer had no longer match).
	if j < sent.EndToken && capitalized(toks[j].Text) && !region {
		return nil
	}
	if k >= sent.FirstToken && k == i-1 && capitalized(toks[k].Text) && !region && lastEnd != i-1 {
		return nil
	}
	// Sentence-initial or uncued small places are too often other words.
	if !cued && !region && !big {
		if i == sent.FirstToken {
			return nil
		}
		if len(m.cands) > 0 && maxPop(m.cands) < 1000 {
			return nil
		}
	}
	return m
}

// acronym reports an all-capitals word of 2 to 6 letters (periods allowed).
func acronym(t string) bool {
	n := 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= 'A' && c <= 'Z':
			n++
		case c == '.':
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}

func maxPop(cs []Candidate) int64 {
	var p int64
	for _, c := range cs {
		if c.Population > p {
			p = c.Population
		}
	}
	return p
}

// PlaceFor returns the place attached to an event's own clause: a place in
// a locative phrase ("in Nablus", "at the border near Rafah") close to the
// trigger in the same sentence. It returns nil when the clause names none.
// d.Places must have been filled by Process.
func (s *Stage) PlaceFor(d *doc.Document, sentence int, trigger doc.Span) *doc.PlaceMention {
	if sentence < 0 || sentence >= len(d.Sentences) {
		return nil
	}
	sent := d.Sentences[sentence]
	tt := d.TokenAt(trigger.Start)
	if tt < 0 {
		return nil
	}
	var best *doc.PlaceMention
	bestDist := 1 << 30
	for i := range d.Places {
		p := &d.Places[i]
		if p.Sentence != sentence || !p.Resolved {
			continue
		}
		first := p.TokenSpan.First
		if p.TokenSpan.End == 0 {
			first = d.TokenAt(p.Start)
		}
		if first < 0 {
			continue
		}
		// The preposition introducing the place, skipping "the", a
		// direction word and a "village of"-style cue.
		k := first - 1
		for k >= sent.FirstToken {
			w := lowerASCII(d.Tokens[k].Text)
			if w == "the" || w == "a" || directionWord(w) != "" || cueWords[w] != "" || w == "of" || capitalized(d.Tokens[k].Text) && k < first && k >= first-3 && isPlaceToken(d, k) {
				k--
				continue
			}
			break
		}
		if k < sent.FirstToken {
			continue
		}
		switch lowerASCII(d.Tokens[k].Text) {
		case "in", "at", "near", "outside", "inside", "into", "across", "throughout", "around", "on":
		default:
			continue
		}
		// No clause break between trigger and place.
		lo, hi := tt, k
		if lo > hi {
			lo, hi = first, tt
		}
		broken := false
		for x := lo; x < hi; x++ {
			w := d.Tokens[x].Text
			if w == ";" || w == ":" || w == "\"" || w == "“" || w == "”" || lowerASCII(w) == "when" || lowerASCII(w) == "while" || lowerASCII(w) == "after" || lowerASCII(w) == "before" || lowerASCII(w) == "which" || lowerASCII(w) == "who" {
				broken = true
				break
			}
		}
		if broken {
			continue
		}
		dist := k - tt
		if dist < 0 {
			dist = (tt - p.TokenSpan.End) * 2 // places before the trigger count less
		}
		if dist > 15 {
			continue
		}
		if dist < bestDist {
			best, bestDist = p, dist
		}
	}
	return best
}

// isPlaceToken reports whether token k lies inside one of d's places.
func isPlaceToken(d *doc.Document, k int) bool {
	for i := range d.Places {
		if d.Places[i].Span.Contains(d.Tokens[k].Span) {
			return true
		}
	}
	return false
}
