package geo

import (
	"bytes"
	"fmt"
	"sort"
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
	sm := summarize(ms)
	for _, m := range ms {
		d.Places = append(d.Places, s.toMention(d, m, sm))
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
	"captured": true, "seized": true, "attacked": true, "shelled": true, "bombed": true, "raided": true,
	"stormed": true, "besieged": true, "liberated": true, "recaptured": true, "overran": true, "struck": true,
	"targeted": true, "evacuated": true, "surrounded": true, "encircled": true, "occupied": true,
	"capture": true, "seize": true, "attack": true, "enter": true, "leave": true, "reach": true,
	"patrolled": true, "patrolling": true, "patrol": true, "storm": true, "storming": true, "entering": true,
	"shelling": true, "raiding": true, "attacking": true, "besieging": true,
	"above": true, "along": true, "within": true, "beyond": true, "off": true,
}

// connectors may appear inside a multi-word place name.
var connectors = map[string]bool{"of": true, "and": true, "the": true, "de": true, "del": true, "la": true,
	"al": true, "el": true, "upon": true, "on": true, "du": true, "des": true, "di": true, "es": true, "da": true,
	"do": true, "dos": true, "das": true, "ul": true, "-": true, "&": true}

func capitalized(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.IsUpper(r) {
		return true
	}
	// Arabic article prefixes: "al-Azraggiya", "el-Arish", "ad-Dawr".
	if len(t) > 4 && (t[2] == '-' || t[2] == '\'') && (t[0] == 'a' || t[0] == 'e') {
		r, _ = utf8.DecodeRuneInString(t[3:])
		return unicode.IsUpper(r)
	}
	return false
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
	known := map[string]bool{} // unknown names introduced by a cue ("the village of Banjska")
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
				inWord := j > i && apostropheJoin(d.Tokens, j, sent.EndToken)
				if j > i && !inWord && (!capitalized(tj) && !connectors[lowerASCII(tj)] && tj != "." || calendarWords[lowerASCII(tj)]) {
					break
				}
				n := len(key)
				if n > 0 && !inWord {
					key = append(key, ' ')
				}
				key = appendFold(key, tj)
				if len(key) == n+1 { // the token folded to nothing
					key = key[:n]
				}
				words++
				if (capitalized(tj) || inWord && !apostrophe(tj)) && s.g.has(key) {
					best = j + 1
				}
			}
			if best >= 0 && best < sent.EndToken && splitJoint(d.Tokens, best, sent.EndToken) {
				best = -1 // "Al" of "Al-‘Alqamiyah": the name goes on past the joint
			}
			if best < 0 {
				if m, end := s.unknown(d, sent, i, key, known); m != nil {
					m.sent = si
					ms = append(ms, m)
					lastEnd = end
					i = end - 1
				} else if !s.isStop(t) && !hyphenAdjective(t) && directionWord(t) == "" {
					// ("Eastern Slavonia": the name after a direction word is
					// read on its own.)
					// The rest of an unknown capitalized name ("Jens
					// Stoltenberg"), but not after "In", "The", "Indian-held", ...
					for i+1 < sent.EndToken && capitalized(d.Tokens[i+1].Text) && !calendarWords[lowerASCII(d.Tokens[i+1].Text)] {
						i++
					}
				}
				continue
			}
			m := s.accept(d, sent, i, best, lastEnd, known)
			if m == nil {
				// Perhaps a longer name the gazetteer lacks ("Abu Chir
				// district" where "Abu" is a namesake), or a rare spelling
				// the text marks as a place ("a crowded Baquba street"; not
				// a bare "in the Turkish bombardment").
				if um, end := s.unknown(d, sent, i, key, known); um != nil && (end > best || end == best && um.hint != "" && !demonymLike(s.g.lookupKey([]byte(um.key), nil))) {
					um.sent = si
					ms = append(ms, um)
					lastEnd = end
					i = end - 1
					continue
				}
				// A longer capitalized sequence that is no place: skip its
				// tokens so that its parts are not taken for places (but
				// "In Egypt", "The Hague" go on).
				if !s.isStop(t) {
					for i+1 < sent.EndToken && capitalized(d.Tokens[i+1].Text) {
						i++
					}
				}
				continue
			}
			m.sent = si
			ms = append(ms, m)
			lastEnd = best
			i = best - 1
		}
	}
	if len(ms) > 0 {
		ms = s.coordinated(d, ms)
	}
	return ms
}

// apostropheJoin reports whether token j continues the word before it
// across an apostrophe the tokenizer split off: "Ma‘an" read as "Ma", "‘",
// "an" (the apostrophe, then the rest, each written against the token
// before it and followed by a letter).
func apostropheJoin(toks []doc.Token, j, end int) bool {
	if apostrophe(toks[j].Text) {
		return j+1 < end && toks[j-1].End == toks[j].Start && toks[j].End == toks[j+1].Start &&
			unicode.IsLetter(firstRune(toks[j+1].Text))
	}
	return j >= 2 && apostrophe(toks[j-1].Text) && toks[j-2].End == toks[j-1].Start && toks[j-1].End == toks[j].Start &&
		unicode.IsLetter(firstRune(toks[j].Text))
}

// knownName reports whether the capitalized words among tokens [from, to)
// (direction words left out) are a name the gazetteer has.
func (s *Stage) knownName(toks []doc.Token, from, to int) bool {
	var buf [96]byte
	key := buf[:0]
	for k := from; k < to; k++ {
		if directionWord(toks[k].Text) != "" && !capitalized(toks[k].Text) {
			continue
		}
		if len(key) > 0 {
			key = append(key, ' ')
		}
		key = appendFold(key, toks[k].Text)
	}
	return len(key) > 0 && s.g.has(key)
}

// splitJoint reports a hyphen or apostrophe at token j written against the
// tokens on both sides, the next one starting with a letter: a joint inside
// a name the tokenizer split ("Al-‘Alqamiyah" read as "Al", "-", "‘",
// "Alqamiyah").
func splitJoint(toks []doc.Token, j, end int) bool {
	if j == 0 || toks[j-1].End != toks[j].Start {
		return false
	}
	for ; j < end; j++ {
		if t := toks[j].Text; t != "-" && !apostrophe(t) {
			return false
		}
		if j+1 >= end || toks[j].End != toks[j+1].Start {
			return false
		}
		if unicode.IsLetter(firstRune(toks[j+1].Text)) {
			return true
		}
	}
	return false
}

// apostrophe reports a token that is a lone apostrophe or ayin mark.
func apostrophe(t string) bool {
	switch t {
	case "'", "’", "‘", "`", "ʻ", "ʼ", "ʿ", "ʾ":
		return true
	}
	return false
}

// coordinated adds the unknown names coordinated with a place ("Tal Maksour
// and Hazarah", "Fuah and Kafraya", "Angyom, Tse-Usenda and Tse-Torkula
// villages"): up to three capitalized words joined to a place by "and", "or"
// or a comma, that no actor reads as a name. ms is in text order, and so is
// the result.
func (s *Stage) coordinated(d *doc.Document, ms []*mention) []*mention {
	var out []*mention
	// Each mention, then each name it adds in turn ("A, B and C").
	for q := 0; q < len(ms)+len(out) && len(out) < 64; q++ {
		m := ms[q%len(ms)]
		if q >= len(ms) {
			m = out[q-len(ms)]
		}
		if m.tokens.End == 0 || m.sent < 0 || m.sent >= len(d.Sentences) {
			continue
		}
		sent := d.Sentences[m.sent]
		// After: "X and NAME".
		if j := m.tokens.End; j+1 < sent.EndToken && joiner(d.Tokens[j].Text) {
			e := s.coordName(d, sent, j+1)
			if d.Tokens[j].Text == "," && (e >= sent.EndToken || !joiner(d.Tokens[e].Text)) {
				e = j + 1 // "from Burkina Faso, Zongo was shot": a list goes on after a comma
			}
			if e > j+1 && !overlapsAny(ms, j+1, e) && !overlapsAny(out, j+1, e) {
				if c := s.coordMention(d, j+1, e, m.sent); c != nil {
					out = append(out, c)
				}
			}
		}
		// Before: "NAME and X".
		if i := m.tokens.First; i-2 >= sent.FirstToken && (d.Tokens[i-1].Text == "and" || d.Tokens[i-1].Text == "or") {
			b := i - 1
			for b > sent.FirstToken && b > i-4 && capitalized(d.Tokens[b-1].Text) {
				b--
			}
			if b < i-1 && (b == sent.FirstToken || !capitalized(d.Tokens[b-1].Text)) && s.coordName(d, sent, b) == i-1 &&
				!overlapsAny(ms, b, i-1) && !overlapsAny(out, b, i-1) {
				if c := s.coordMention(d, b, i-1, m.sent); c != nil {
					out = append(out, c)
				}
			}
		}
	}
	if len(out) == 0 {
		return ms
	}
	ms = append(ms, out...)
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].span.Start < ms[b].span.Start })
	return ms
}

// overlapsAny reports whether a mention of ms covers a token of [a, b).
func overlapsAny(ms []*mention, a, b int) bool {
	for _, m := range ms {
		if m.tokens.First < b && m.tokens.End > a {
			return true
		}
	}
	return false
}

// joiner reports a token that joins the items of a list.
func joiner(t string) bool { return t == "and" || t == "or" || t == "," }

// coordName returns the end of a capitalized name of up to three words
// starting at token i that may be coordinated with a place, or i.
func (s *Stage) coordName(d *doc.Document, sent doc.Sentence, i int) int {
	j := i
	for j < sent.EndToken && j-i < 3 && capitalized(d.Tokens[j].Text) && !acronym(d.Tokens[j].Text) &&
		!calendarWords[lowerASCII(d.Tokens[j].Text)] && !s.isStop(d.Tokens[j].Text) && !hyphenAdjective(d.Tokens[j].Text) {
		j++
	}
	if j == i || j < sent.EndToken && capitalized(d.Tokens[j].Text) {
		return i
	}
	return j
}

// coordMention returns an unknown mention for tokens [i, j) of sentence si,
// or nil when an actor reads them as a name.
func (s *Stage) coordMention(d *doc.Document, i, j, si int) *mention {
	sp := doc.Span{Start: d.Tokens[i].Start, End: d.Tokens[j-1].End}
	if actorName(d, sp) || guessedPerson(d, sp) {
		return nil
	}
	m := s.newMention(d, sp)
	m.tokens = doc.TokenSpan{First: i, End: j}
	m.sent = si
	if demonymOnly(m.cands) {
		return nil
	}
	if len(m.cands) > 0 {
		return m // a place name the gazetteer knows, skipped as uncued
	}
	m.unknown = true
	if m.hint == "" {
		m.hint = "village"
	}
	return m
}

// unknown returns a mention for a capitalized name the gazetteer lacks,
// starting at token i, when the text marks it as a place: a settlement cue
// before it ("the village of Banjska"), a division or area word after it
// ("Alishir district", "Jabalia camp"), a locative preposition before it
// ("near Batrah"), or an earlier cued mention of the same name. end is the
// token after the name.
func (s *Stage) unknown(d *doc.Document, sent doc.Sentence, i int, key []byte, known map[string]bool) (*mention, int) {
	toks := d.Tokens
	j := i + 1
	for j < sent.EndToken && j-i < 4 && (capitalized(toks[j].Text) && !acronym(toks[j].Text) && !calendarWords[lowerASCII(toks[j].Text)] &&
		localGovernmentAt(toks, j, sent.EndToken) == 0 || splitJoint(toks, j, sent.EndToken)) {
		if splitJoint(toks, j, sent.EndToken) {
			for j < sent.EndToken && splitJoint(toks, j, sent.EndToken) {
				j++ // "Al", "-", "‘", "Alqamiyah": one name the tokenizer split
			}
			if j < sent.EndToken {
				j++ // the rest of the word
			}
			continue
		}
		j++
	}
	t := toks[i].Text
	if acronym(t) {
		return nil, 0
	}
	if i-1 > sent.FirstToken && capitalized(toks[i-1].Text) && !calendarWords[lowerASCII(toks[i-1].Text)] {
		var buf [64]byte
		n, dem := 0, 0
		s.g.index.postings(appendFold(buf[:0], toks[i-1].Text), func(v uint32) {
			n++
			if MatchKind(v&3) == MatchDemonym {
				dem++
			}
		})
		if n > 0 && dem == n {
			return nil, 0 // "the French Hill neighborhood": the name began with a demonym, no place
		}
	}
	key = key[:0]
	for k := i; k < j; k++ {
		if len(key) > 0 {
			key = append(key, ' ')
		}
		key = appendFold(key, toks[k].Text)
	}
	if len(key) < 3 {
		return nil, 0
	}
	var buf [64]byte
	for k := i; k < nameEnd(toks, i, j); k++ { // a trailing area word may be a stopword: "the Heart Hospital"
		if k == i && j > i+1 && directionWord(toks[k].Text) != "" {
			continue // "Eastern Slavonia", "Western Bahr el Ghazal"
		}
		if never, stop := s.stop[string(appendFold(buf[:0], toks[k].Text))]; stop && (never || j == i+1) {
			return nil, 0
		}
	}
	if s.stop[string(key)] {
		return nil, 0 // a listed phrase: "Islamic State"
	}
	sp := doc.Span{Start: toks[i].Start, End: toks[j-1].End}
	for k := i; k < j; k++ {
		if hyphenAdjective(toks[k].Text) {
			return nil, 0 // "ISIS-led", "Kurdish-held": an adjective
		}
	}
	if actorName(d, doc.Span{Start: sp.Start, End: toks[nameEnd(toks, i, j)-1].End}) && !(nameEnd(toks, i, j) < j && !agentAt(d, toks[i].Start)) {
		// "the Islamic State", "Revolutionary Guards"; but an agent word
		// inside a name with an area word ("the Deir Ezzor Military Airport",
		// "the Handarat Refugee Camp") does not make it an actor's.
		return nil, 0
	}
	cued := known[string(key)]
	if !cued {
		switch cueBefore(d.Text[:sp.Start]) {
		case "village", "town", "city", "suburb", "municipality", "district", "province", "region", "county":
			cued = strings.HasSuffix(strings.TrimRight(d.Text[:sp.Start], openQuotes), " of")
		}
	}
	if !cued && i-2 >= sent.FirstToken && lowerASCII(toks[i-1].Text) == "of" && (areaNouns[lowerASCII(toks[i-2].Text)] || directionWord(toks[i-2].Text) != "") {
		cued = true // "the populated localities of Mardes", "the districts of Al-Arfi", "east of Furqlus"
	}
	if !cued && i > sent.FirstToken && j < sent.EndToken && siteNouns[lowerASCII(toks[j].Text)] {
		switch lowerASCII(toks[i-1].Text) {
		case "his", "her", "their", "its":
			cued = true // "murdered at her Reshimbagh residence"
		}
	}
	if !cued && i-2 >= sent.FirstToken && toks[i-1].Text == ":" && areaNouns[lowerASCII(toks[i-2].Text)] {
		cued = true // "searched three hamlets: Korava, Melidu and Tansi"
	}
	if !cued && namedAfter(d, sent, i) >= 0 {
		cued = true // "an area known as El Tablazo", "a village called Jibu"
	}
	if !cued && j-i >= 2 && j-i <= 3 && directionWord(toks[i].Text) != "" && !directionAdjective(toks[i+1].Text) &&
		(i == sent.FirstToken || !capitalized(toks[i-1].Text)) {
		cued = true // "Eastern Slavonia was captured", "in Western Beqaa": a region named by its part
	}
	if !cued && j-i >= 2 && toponymPrefixes[lowerASCII(toks[i].Text)] {
		cued = true // "Wadi Barada", "Kafr Nabuda", "Tal Al-Bardah"
	}
	if !cued && appositivePlace(d, sent, j) {
		cued = true // "Qabasin, a highly embattled town"
	}
	if !cued && j < sent.EndToken && toks[j].Text == "," && openingLocative(d, sent, i) {
		cued = true // "In Hilla, ...", "In neighboring South Waziristan, ...", "Around Saqlawiya, ..."
	}
	if !cued && (unknownCueAfter(d.Text[sp.End:]) != "" || j-i >= 2 && unknownCueAfter(toks[j-1].Text) != "" || localGovernmentAt(toks, j, sent.EndToken) > 0) {
		cued = true // "Alishir district", "the Al-Balad District"
	}
	bare := false
	k := i - 1
	for k > sent.FirstToken && (lowerASCII(toks[k].Text) == "the" || lowerASCII(toks[k].Text) == "nearby" || lowerASCII(toks[k].Text) == "strategic" || directionWord(toks[k].Text) != "") {
		k--
	}
	if !cued && k-1 > sent.FirstToken && (toks[k].Text == "'s" || toks[k].Text == "’s") {
		// "in north Delhi's Ashok Vihar": a part of a place after a locative
		p := k - 1
		for p > sent.FirstToken && (capitalized(toks[p].Text) || directionWord(toks[p].Text) != "") {
			p--
		}
		switch lowerASCII(toks[p].Text) {
		case "in", "at", "near", "outside", "inside":
			// (the owner a place: not "at Joseph's Tomb")
			bare = p < k-1 && j-i <= 3 && s.knownName(toks, p+1, k)
		}
	}
	if !cued && k-1 > sent.FirstToken && (lowerASCII(toks[k].Text) == "for" || lowerASCII(toks[k].Text) == "of") && battleAt(d, sent, k) {
		bare = j-i <= 3 && (j >= sent.EndToken || !capitalized(toks[j].Text) || calendarWords[lowerASCII(toks[j].Text)]) &&
			!guessedPerson(d, sp)
	}
	if !cued && k-1 > sent.FirstToken && lowerASCII(toks[k].Text) == "on" && attackNouns[lowerASCII(toks[k-1].Text)] {
		bare = j-i <= 3 && (j >= sent.EndToken || !capitalized(toks[j].Text) || calendarWords[lowerASCII(toks[j].Text)])
	}
	if !cued && !bare && k > sent.FirstToken {
		switch lowerASCII(toks[k].Text) {
		case "near", "outside", "in", "at", "inside", "around", "into", "toward", "towards",
			"entered", "enter", "entering", "stormed", "storm", "storming", "patrolled", "patrolling", "patrol",
			"shelled", "besieged", "recaptured", "liberated", "overran":
			bare = j-i <= 3 && (j >= sent.EndToken || !capitalized(toks[j].Text) || calendarWords[lowerASCII(toks[j].Text)])
		case "invaded", "shelling", "bombed", "bombing", "retook", "retake", "recapture", "recapturing",
			"liberate", "liberating", "besiege", "besieging", "overrunning", "overrun",
			"capture", "capturing", "seized", "seize", "seizing", "conquer", "conquered", "surrounding":
			// Verbs that take persons as well: not a name the actors read as a person's.
			bare = j-i <= 3 && (j >= sent.EndToken || !capitalized(toks[j].Text) || calendarWords[lowerASCII(toks[j].Text)]) &&
				!guessedPerson(d, sp)
		}
	}
	if bare && !cued && j+1 < sent.EndToken && (toks[j].Text == "'s" || toks[j].Text == "’s") &&
		(capitalized(toks[j+1].Text) || personalNouns[lowerASCII(toks[j+1].Text)]) {
		bare = false // "at Joseph's Tomb", "at Jesse's Shortstop Inn", "at Chalabi's convoy": an owner, a person's
	}
	if !cued && !bare {
		return nil, 0
	}
	m := s.newMention(d, sp)
	m.tokens = doc.TokenSpan{First: i, End: j}
	m.cands = nil
	m.unknown = true
	if cued {
		known[m.key] = true
		if m.hint == "" {
			m.hint = "village"
		}
	}
	return m, j
}

// demonymOnly reports candidates that are all demonyms ("Syrian", "Iraqi"):
// "a Syrian town" names no place.
func demonymOnly(cs []Candidate) bool {
	for _, c := range cs {
		if c.Match != MatchDemonym {
			return false
		}
	}
	return len(cs) > 0
}

// demonymLike reports candidates with a demonym and no name match ("German":
// Germany's demonym and another spelling of San Germán).
func demonymLike(cs []Candidate) bool {
	if hasNameMatch(cs) {
		return false
	}
	for _, c := range cs {
		if c.Match == MatchDemonym {
			return true
		}
	}
	return false
}

// nameEnd returns the end of the name in tokens [i, j) without a trailing
// area word ("Hasakah Governorate": an actor found for "Governorate" alone
// does not make the name an actor's).
func nameEnd(toks []doc.Token, i, j int) int {
	if j-i >= 2 && unknownCueAfter(toks[j-1].Text) != "" {
		return j - 1
	}
	return j
}

// toponymPrefixes open place names ("Wadi Barada", "Kafr Nabuda", "Tal
// Rifaat", "Jabal al-Zawiya", "Beit Hanoun", "Mount Hermon").
var toponymPrefixes = map[string]bool{"wadi": true, "kafr": true, "kfar": true, "tal": true, "tell": true,
	"jabal": true, "jebel": true, "deir": true, "ain": true, "ayn": true, "‘ayn": true, "beit": true,
	"bir": true, "khirbet": true, "mount": true, "lake": true, "cape": true, "fort": true, "port": true,
	"san": true, "santa": true, "saint": true, "st.": true, "bab": true, "ras": true, "qasr": true,
	"tel": true, "nahr": true, "sheikh": false}

// appositiveNouns after ", a ..." describe the name before as a place.
var appositiveNouns = map[string]bool{"town": true, "village": true, "city": true, "district": true,
	"suburb": true, "enclave": true, "valley": true, "base": true, "region": true, "province": true,
	"neighborhood": true, "neighbourhood": true, "hamlet": true, "settlement": true, "area": true,
	"county": true, "port": true, "island": true, "municipality": true, "camp": true, "stronghold": true,
	"crossing": true, "hill": true, "airbase": true, "locality": true, "township": true}

// appositivePlace reports ", a small village", ", the provincial capital", ...
// from token j: a description of the name before it as a place.
func appositivePlace(d *doc.Document, sent doc.Sentence, j int) bool {
	if j+2 >= sent.EndToken || d.Tokens[j].Text != "," {
		return false
	}
	switch lowerASCII(d.Tokens[j+1].Text) {
	case "a", "an", "the":
	default:
		return false
	}
	for k := j + 2; k < sent.EndToken && k < j+7; k++ {
		w := lowerASCII(d.Tokens[k].Text)
		if appositiveNouns[w] {
			return true
		}
		if w == "," || w == "of" || w == "and" || capitalized(d.Tokens[k].Text) {
			return false
		}
	}
	return false
}

// insideName reports whether span sp lies inside a longer actor name found
// in the dictionary (an organization named after a place).
//
// A place after "of" that follows an organization's name goes on with it
// ("the Islamic State of Iraq", "the Bank of England").
func insideName(d *doc.Document, sp doc.Span) bool {
	before := strings.TrimRight(d.Text[:sp.Start], " ")
	of := strings.HasSuffix(before, " of")
	ofAt := len(before) - 3
	for k := range d.Actors {
		a := &d.Actors[k]
		if a.Kind != "name" {
			continue
		}
		if a.Span.Start <= sp.Start && a.Span.End >= sp.End && a.Span.End-a.Span.Start > sp.End-sp.Start {
			return true
		}
		if of && a.Span.End == ofAt && a.Actor.Country == "" {
			return true
		}
	}
	return false
}

// guessedPerson reports whether span sp overlaps a name the actors stage
// guessed to be a person's.
func guessedPerson(d *doc.Document, sp doc.Span) bool {
	for k := range d.Actors {
		a := &d.Actors[k]
		if a.Span.Start < sp.End && a.Span.End > sp.Start && a.Rule == "guess-person" {
			return true
		}
	}
	return false
}

// knownPerson reports whether span sp overlaps the name of a person the
// actors' dictionaries know ("President Fernando Lugo", then "Lugo"). Names
// guessed to be persons do not count: the gazetteer knows towns better than
// the guess does.
func knownPerson(d *doc.Document, sp doc.Span) bool {
	for k := range d.Actors {
		a := &d.Actors[k]
		if a.Span.Start < sp.End && a.Span.End > sp.Start && a.Actor.Person && a.Actor.ID != "" && a.Kind != "title" {
			return true
		}
	}
	return false
}

// hyphenAdjective reports a capitalized compound adjective ("ISIS-led",
// "Indian-controlled").
func hyphenAdjective(t string) bool {
	h := strings.IndexByte(t, '-')
	if h <= 0 || h+1 >= len(t) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[h+1:])
	return unicode.IsLower(r) // "T-4", "M-5" are names

}

// actorName reports whether span sp overlaps an actor mention found by name
// or title (not a guess).
func actorName(d *doc.Document, sp doc.Span) bool {
	for k := range d.Actors {
		a := &d.Actors[k]
		if a.Span.Start < sp.End && a.Span.End > sp.Start && a.Kind != "guess" && a.Kind != "pronoun" && a.Kind != "coreference" {
			return true
		}
	}
	return false
}

// agentAt reports an actor mention other than an agent word found inside
// a name ("Military", "Refugee") that starts at byte offset start or covers
// it.
func agentAt(d *doc.Document, start int) bool {
	for k := range d.Actors {
		a := &d.Actors[k]
		if a.Span.Start <= start && a.Span.End > start && a.Kind != "guess" && a.Kind != "pronoun" && a.Kind != "coreference" {
			return true
		}
	}
	return false
}

// openingLocative reports a locative preposition that opens the sentence
// before the name at token i, with at most an article, "neighboring" or
// "nearby" and direction words between ("In neighboring South Waziristan").
func openingLocative(d *doc.Document, sent doc.Sentence, i int) bool {
	k := i - 1
	for k > sent.FirstToken && i-k <= 3 {
		w := lowerASCII(d.Tokens[k].Text)
		if w != "the" && w != "neighboring" && w != "neighbouring" && w != "nearby" && directionWord(w) == "" {
			break
		}
		k--
	}
	if k != sent.FirstToken || k >= i {
		return false
	}
	switch lowerASCII(d.Tokens[k].Text) {
	case "in", "around", "near", "outside", "inside":
		return true
	}
	return false
}

// namedAfter returns the token of the area noun that a name at token i is
// given to by "known as", "called" or "named" ("two areas known as
// Al-Karra'a", "a place called Teiba", "a strategic peak, called Tiger
// Hill"), or -1. An article may open the name ("a security strip, known as
// the Philadelphi Road").
func namedAfter(d *doc.Document, sent doc.Sentence, i int) int {
	k := i - 1
	if k >= sent.FirstToken && lowerASCII(d.Tokens[k].Text) == "the" {
		k--
	}
	if k-1 < sent.FirstToken {
		return -1
	}
	switch w := lowerASCII(d.Tokens[k].Text); {
	case w == "called" || w == "named":
		k--
	case w == "as" && lowerASCII(d.Tokens[k-1].Text) == "known":
		k -= 2
	default:
		return -1
	}
	if k >= sent.FirstToken && d.Tokens[k].Text == "," {
		k--
	}
	if k < sent.FirstToken {
		return -1
	}
	if w := lowerASCII(d.Tokens[k].Text); areaNouns[w] || cueWords[w] != "" || namedNouns[w] {
		return k
	}
	return -1
}

// countWords count the area nouns of an object ("captured two villages").
var countWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "several": true, "some": true}

// namedNouns are nouns besides the area nouns that a name may be given to
// ("a place called Teiba").
var namedNouns = map[string]bool{"place": true, "places": true, "spot": true, "peak": true, "strip": true,
	"region": true, "zone": true, "mountain": true, "valley": true, "island": true, "islands": true}

// attackNouns before "on" mark the name after it as a place ("the assault
// on Kulbus").
var attackNouns = map[string]bool{"assault": true, "attack": true, "attacks": true, "offensive": true,
	"raid": true, "raids": true, "advance": true, "push": true, "march": true, "airstrikes": true,
	"airstrike": true, "shelling": true, "bombardment": true}

// battleNouns before "for" or "of" mark the name after it as the place
// fought over ("the battle for Sharqat").
var battleNouns = map[string]bool{"battle": true, "fight": true, "fighting": true, "struggle": true, "siege": true}

// battleAt reports whether "for" or "of" at token k follows a battle noun
// after a locative ("in the fight for Sharqat", "at the battle of
// Rityan"); not "during the battle for Mosul", which dates an event.
func battleAt(d *doc.Document, sent doc.Sentence, k int) bool {
	if k-3 < sent.FirstToken || !battleNouns[lowerASCII(d.Tokens[k-1].Text)] || lowerASCII(d.Tokens[k-2].Text) != "the" {
		return false
	}
	w := lowerASCII(d.Tokens[k-3].Text)
	return w == "in" || w == "at"
}

// areaNouns before "of" mark an unknown name as a place ("the localities of
// Mardes").
var areaNouns = map[string]bool{"localities": true, "locality": true, "districts": true, "areas": true,
	"area": true, "neighborhoods": true, "neighbourhoods": true, "neighborhood": true, "neighbourhood": true,
	"villages": true, "towns": true, "outskirts": true, "countryside": true, "settlement": true,
	"settlements": true, "hamlet": true, "commune": true, "suburbs": true, "streets": true, "outskirt": true,
	"village": true, "town": true, "hilltop": true, "hill": true, "farms": true, "heights": true,
	"position": true, "suburb": true, "quarter": true, "district": true, "center": true, "centre": true,
	"heart": true, "edge": true, "perimeter": true, "entrance": true, "gates": true, "township": true,
	"townships": true, "colony": true, "camp": true, "enclave": true, "stronghold": true, "bastion": true,
	"vicinity": true, "market": true, "hills": true, "slopes": true, "foothills": true, "fringes": true,
	"flank": true, "flanks": true, "axis": true, "troublespot": true}

// unknownCueAfter returns the area word following a name ("district",
// "camp", "neighbourhood"), or "".
func unknownCueAfter(after string) string {
	a := strings.TrimLeft(after, " ")
	i := strings.IndexAny(a, " ,.;:\n\t)\"'")
	if i < 0 {
		i = len(a)
	}
	switch w := strings.ToLower(a[:i]); w {
	case "county", "parish", "province", "governorate", "oblast", "region", "district", "town", "village",
		"neighborhood", "neighbourhood", "camp", "area", "sector", "quarter", "suburb", "township", "municipality",
		// landmarks: "the Shebaa Farms", "Haifa Street", "Utah Beach"
		"street", "road", "avenue", "square", "highway", "bridge", "hill", "hills", "mountain", "mountains",
		"valley", "peak", "farms", "airport", "beach", "bay", "coast", "coastline", "river", "lake", "heights",
		"plain", "plains", "desert", "market", "crossing", "commune", "locality", "countryside", "outskirts",
		"city", "hospital", "university", "base", "airbase", "dam", "complex", "castle", "prison", "stadium",
		"lga", "prefecture", "gorge", "pass", "ridge", "island", "islands", "peninsula", "palace", "roundabout",
		"plaza", "harbor", "harbour", "oasis", "enclave", "junction", "checkpoint",
		"fields", "plant", "college", "tower", "springs", "orchards", "plateau", "strip", "range", "shantytown",
		"waterway", "jail", "fort", "canal", "refinery", "mine", "mines", "station",
		// plurals after a coordination: "X and Y villages", "the A and B districts"
		"villages", "hamlets", "towns", "districts", "neighborhoods", "neighbourhoods", "quarters", "camps", "provinces",
		"regions", "cities", "suburbs", "localities", "counties", "governorates":
		return w
	}
	return ""
}

// accept decides whether tokens [i, j) of sentence sent name a place, and
// returns the mention if so.
func (s *Stage) accept(d *doc.Document, sent doc.Sentence, i, j, lastEnd int, known map[string]bool) *mention {
	toks := d.Tokens
	sp := doc.Span{Start: toks[i].Start, End: toks[j-1].End}
	m := s.newMention(d, sp)
	m.tokens = doc.TokenSpan{First: i, End: j}
	settlement := false
	switch cueBefore(d.Text[:sp.Start]) { // (not a hint after the name: "the resignation of Caracas Mayor X")
	case "village", "town", "city", "suburb", "municipality":
		settlement = true
	}
	if settlement {
		if never := s.stop[m.key]; never {
			return nil
		}
		if j < sent.EndToken && capitalized(toks[j].Text) && !calendarWords[lowerASCII(toks[j].Text)] && !acronym(toks[j].Text) &&
			cueWords[lowerASCII(toks[j].Text)] == "" && unknownCueAfter(toks[j].Text) == "" {
			if um, end := s.unknown(d, sent, i, nil, known); um != nil && end > j {
				return nil // "the town of La Gabarra": a longer name the gazetteer lacks, not "La"
			}
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
	if insideName(d, sp) {
		return nil // "the People's Front of Nordland", "the Liberation Army of the Upper Sahel"
	}
	if knownPerson(d, sp) {
		return nil // "Lugo said", "Morales told": a known person's name, not the town
	}
	if i > sent.FirstToken && personTitles[lowerASCII(toks[i-1].Text)] {
		return nil // "U2 singer Bono", "rebel leader Jordan": a person's name after a title
	}
	if i > sent.FirstToken && shipWords[lowerASCII(toks[i-1].Text)] {
		return nil // "the warship Cheonan", "the tanker Limburg": a ship's name
	}
	if currencyAfter(toks, j, sent.EndToken) {
		return nil // "US$1,800", "HK$ 500", "Singapore dollars": a currency
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
	var hasName, hasAbbr, exonym, big, region, country bool
	for _, c := range m.cands {
		switch c.Match {
		case MatchName:
			hasName = true
		case MatchAbbrev:
			hasAbbr = true
		case MatchAlternate:
			if c.Population >= 500000 {
				exonym = true // a well-known exonym of a big city: "Beograd", "Moskva"
			}
		}
		if c.Match != MatchDemonym && c.Match != MatchAbbrev {
			switch c.Feature {
			case "PCLI", "CONT", "RGN", "AREA":
				region, country = true, true
			case "ADM1":
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
	// "the center of Fallujah", "the outskirts of Baquba": an area word and
	// "of" cue a place as surely as "in".
	areaOf := prevWord == "of" && k-1 >= sent.FirstToken && (areaNouns[lowerASCII(toks[k-1].Text)] ||
		possessedNouns[lowerASCII(toks[k-1].Text)] || directionWord(toks[k-1].Text) != "" ||
		eventNouns[lowerASCII(toks[k-1].Text)] || ofEventNouns[lowerASCII(toks[k-1].Text)]) // "the siege of Grozny"
	// "the assault on Azaz", "attacks on Daraya": "on" after an attack noun
	// cues a place as surely as "in".
	attackOn := prevWord == "on" && k-1 >= sent.FirstToken && attackNouns[lowerASCII(toks[k-1].Text)]
	cued := locatives[prevWord] || m.hint != "" || afterComma
	if !hasName && exonym && cued {
		hasName = true // "in Beograd", but not "Londono said"
	}
	if !hasName && j-i >= 2 && maxAltPop(m.cands) >= bigAltPop {
		hasName = true // a large city's name of several words: "a Gaza City mosque"
	}
	if !hasName && spellingOf(m.key, m.cands) {
		hasName = true // "Grozny" for GeoNames' Groznyy, "Fallujah" for Al Fallujah
	}
	if !hasName && ((placePreps[prevWord] || locatives[prevWord] || prevWord == "captures") && !weakCue[prevWord] || areaOf || attackOn || m.hint != "" || cueWords[prevWord] != "") && maxAltPop(m.cands) >= cuedAltMinPop {
		hasName = true // "near Fallujah" (GeoNames: Al Fallujah), "Zubair district"
	}
	if !hasName {
		if !(hasAbbr && afterComma) {
			return nil // demonyms, alternate names of small places, stray abbreviations
		}
	}
	if never, ok := s.stop[m.key]; ok {
		if never {
			return nil
		}
		// Words that are often names need a clear cue: "in Jackson",
		// not "called on Lam", "the Capella hotel".
		strong := cued && prevWord != "on" && prevWord != "of" && prevWord != "and" && prevWord != "between"
		// A town's own people or officials after it cue it too: "Milan
		// prosecutors" (a first name takes a surname, not a role).
		if j < sent.EndToken && (localNouns[lowerASCII(toks[j].Text)] || cityOfficials[lowerASCII(toks[j].Text)]) {
			strong = true
		}
		if !strong && !(j < sent.EndToken && toks[j].Text == ",") {
			return nil
		}
	}
	// "the Capella hotel", "the Victoria hospital": a name of a building.
	if j < sent.EndToken && i > sent.FirstToken && lowerASCII(toks[i-1].Text) == "the" && facilities[toks[j].Text] && !region {
		return nil
	}
	// A name inside a longer capitalized name: "Milan Radoicic", "Jens
	// Stoltenberg", "Kansas City Chiefs" (the gazetteer had no longer match).
	if j < sent.EndToken && capitalized(toks[j].Text) && !calendarWords[lowerASCII(toks[j].Text)] && !country && cueWords[lowerASCII(toks[j].Text)] == "" && unknownCueAfter(toks[j].Text) == "" &&
		officeWords[lowerASCII(toks[j].Text)] == "" {
		return nil
	}
	// A sea, ocean, continent or region of several countries that opens
	// an organisation's name ("the Atlantic Veterinary College", "the Gulf
	// Cooperation Council", "the Pacific Islands Forum") names no place: it
	// is no scene, and no region for an unknown name near it to fall back
	// to. A country's or division's name still tells whose the
	// organisation is ("Yorkshire Law Society", "China Southern Airlines").
	if country && !areaOfCountry(m.cands) && orgAfter(toks, j, sent.EndToken) {
		return nil
	}
	if !region && s.headOfName(toks, j, sent.EndToken) {
		return nil // "near the Temple of Heaven": the head of a longer name
	}
	if b := i - 1; !country && b > sent.FirstToken && (romanceOf[toks[b].Text] || romanceArticle[toks[b].Text] && b-1 > sent.FirstToken && romanceOf[toks[b-1].Text]) {
		if romanceArticle[toks[b].Text] {
			b--
		}
		if capitalized(toks[b-1].Text) {
			return nil // "the Plaza de Mayo": the tail of a longer name
		}
	}
	if k >= sent.FirstToken && k == i-1 && capitalized(toks[k].Text) && !region && lastEnd != i-1 && !locatives[prevWord] && !hyphenAdjective(toks[k].Text) {
		return nil
	}
	// A demonym that is also another spelling of a town's name is the
	// demonym ("in the southern German region": not San Germán).
	if demonymLike(m.cands) {
		return nil
	}
	// A demonym before a noun is an adjective even when a small town shares
	// the name ("near the Thai border", "a Somali elder").
	if j < sent.EndToken && !capitalized(toks[j].Text) && unicode.IsLetter(firstRune(toks[j].Text)) &&
		unknownCueAfter(toks[j].Text) == "" && cueWords[lowerASCII(toks[j].Text)] == "" {
		if !region && !big {
			for _, c := range m.cands {
				if c.Match == MatchDemonym {
					return nil
				}
			}
		}
		// Known only by another spelling and led by an article: "near the
		// Thai border". Not a name of several words that a large city
		// goes by ("a Gaza City mosque", "a Kuwait City hotel"): no
		// adjective is spelt so.
		if i > sent.FirstToken && !hasNameMatch(m.cands) && !(j-i >= 2 && maxAltPop(m.cands) >= bigAltPop) {
			switch lowerASCII(toks[i-1].Text) {
			case "the", "a", "an":
				return nil
			}
		}
	}
	// Sentence-initial or uncued small places are too often other words;
	// not the subject of a passive verb that takes places ("Vukovar was
	// stormed", "Kafr Naya has been shelled"), which no person is.
	if !cued && !region && !big && !passivePlace(toks, j, sent.EndToken) {
		if i == sent.FirstToken {
			return nil
		}
		if len(m.cands) > 0 && maxPop(m.cands) < uncuedMinPop {
			return nil // without "in", "near", ... a small place is more likely a surname
		}
	}
	return m
}

// passivePlace reports a passive verb that takes places as its object, not
// persons (see passivePlaceForms), at token j after its auxiliaries: "was
// stormed", "has been shelled".
func passivePlace(toks []doc.Token, j, end int) bool {
	n := 0
	for ; j < end && n < 3 && beAux[lowerASCII(toks[j].Text)]; j, n = j+1, n+1 {
	}
	if n == 0 || j >= end {
		return false
	}
	w := lowerASCII(toks[j].Text)
	return passivePlaceForms[w]
}

// passivePlaceForms are the past participles of the verbs that take places,
// not persons: not "captured", "surrounded" or "evacuated" ("Omar was
// captured").
var passivePlaceForms = map[string]bool{"shelled": true, "bombed": true, "besieged": true,
	"overrun": true, "stormed": true, "liberated": true, "retaken": true, "occupied": true,
	"annexed": true, "destroyed": true, "razed": true, "flooded": true, "devastated": true}

// hasNameMatch reports a candidate matched by its name.
func hasNameMatch(cs []Candidate) bool {
	for _, c := range cs {
		if c.Match == MatchName {
			return true
		}
	}
	return false
}

// isStop reports whether word t is in the stopword list.
func (s *Stage) isStop(t string) bool {
	var buf [64]byte
	_, ok := s.stop[string(appendFold(buf[:0], t))]
	return ok
}

// headOfName reports "of" at token j, an optional "the" and a capitalized
// name that is no country's, division's or region's: the name before j
// heads a longer name the gazetteer lacks ("the Temple of Heaven", "the
// Church of the Nativity"), unlike "Tripoli of Libya" or "Sidon of South
// Lebanon".
func (s *Stage) headOfName(toks []doc.Token, j, end int) bool {
	if j+1 < end && romanceOf[toks[j].Text] {
		// "Plaza de Mayo", "Paseo de la Reforma": the gazetteer had no
		// longer match, and such names are not "town, country".
		y := j + 1
		if y+1 < end && romanceArticle[toks[y].Text] {
			y++
		}
		return capitalized(toks[y].Text)
	}
	if j+1 >= end || toks[j].Text != "of" {
		return false
	}
	y := j + 1
	if lowerASCII(toks[y].Text) == "the" {
		y++
	}
	if y >= end || !capitalized(toks[y].Text) || calendarWords[lowerASCII(toks[y].Text)] {
		return false
	}
	var buf [64]byte
	key := appendFold(buf[:0], toks[y].Text)
	for y+1 < end && capitalized(toks[y+1].Text) && len(key) < 48 {
		y++
		key = appendFold(append(key, ' '), toks[y].Text)
	}
	found := false
	s.g.index.postings(key, func(v uint32) {
		if f := s.g.entries[v>>2].fcode; MatchKind(v&3) != MatchDemonym && isArea(f) {
			found = true
		}
	})
	return !found
}

// romanceOf and romanceArticle are the "of" and "the" of Spanish,
// Portuguese, French and Italian names ("Plaza de Mayo", "Praça dos Três
// Poderes", "Place de la Concorde").
var romanceOf = map[string]bool{"de": true, "del": true, "da": true, "do": true, "dos": true, "das": true, "des": true, "di": true, "du": true, "della": true}
var romanceArticle = map[string]bool{"la": true, "las": true, "los": true, "le": true, "les": true, "l'": true}

// personTitles are the lower-case nouns of persons that, written right
// before a name, make it a person's ("singer Bono", "army chief Kayani").
var personTitles = map[string]bool{"singer": true, "rapper": true, "actor": true, "actress": true,
	"star": true, "president": true, "minister": true, "leader": true, "chief": true, "commander": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "general": true, "colonel": true,
	"captain": true, "sergeant": true, "lieutenant": true, "senator": true, "coach": true,
	"striker": true, "midfielder": true, "defender": true, "goalkeeper": true, "manager": true,
	"director": true, "secretary": true, "ambassador": true, "envoy": true, "judge": true,
	"lawyer": true, "attorney": true, "bishop": true, "cleric": true, "imam": true, "sheikh": true,
	"king": true, "queen": true, "prince": true, "princess": true, "pope": true, "mr": true,
	"mrs": true, "ms": true, "dr": true, "mr.": true, "mrs.": true, "ms.": true, "dr.": true,
	"journalist": true, "reporter": true, "photographer": true, "writer": true, "author": true,
	"businessman": true, "businesswoman": true, "tycoon": true, "son": true, "daughter": true,
	"wife": true, "husband": true, "brother": true, "sister": true, "father": true, "mother": true,
	"player": true, "champion": true, "boxer": true, "guitarist": true, "drummer": true}

// currencyAfter reports a currency sign written against the name that ends
// before token j ("US$", "NZ$") or a word for a dollar after it ("Hong
// Kong dollars"): the name qualifies a currency and names no place.
func currencyAfter(toks []doc.Token, j, end int) bool {
	if j >= end {
		return false
	}
	switch toks[j].Text {
	case "$":
		return toks[j].Start == toks[j-1].End
	case "dollar", "dollars", "cents":
		return true
	}
	return false
}

// orgHeads are the capitalized words that end an organisation's name
// ("College", "Company", "Council", "Party").
var orgHeads = map[string]bool{"college": true, "colleges": true, "university": true, "hospital": true,
	"company": true, "co": true, "co.": true, "corporation": true, "corp": true, "corp.": true,
	"inc": true, "inc.": true, "ltd": true, "ltd.": true, "bank": true, "council": true, "party": true,
	"institute": true, "institution": true, "association": true, "society": true, "foundation": true,
	"club": true, "school": true, "academy": true, "airlines": true, "airways": true, "commission": true,
	"committee": true, "federation": true, "forum": true, "fund": true, "league": true, "network": true,
	"press": true, "times": true, "herald": true, "tribune": true, "journal": true, "gazette": true,
	"agency": true, "authority": true, "group": true, "trust": true, "clinic": true, "center": true,
	"centre": true, "laboratory": true, "laboratories": true, "museum": true, "orchestra": true,
	"organization": true, "organisation": true, "magazine": true, "broadcasting": true, "television": true}

// areaOfCountry reports a candidate, other than a demonym, that is a
// country, a first-level division or a region within one country.
func areaOfCountry(cs []Candidate) bool {
	for _, c := range cs {
		if c.Country != "" && c.Match != MatchDemonym && isArea(c.Feature) && c.Feature != "ADM2" {
			return true
		}
	}
	return false
}

// orgAfter reports whether the capitalized words from token j on (joined
// by "of", "and", "&" or "for", at most six) end in an organisation's head
// word: the name before j opens an organisation's name.
func orgAfter(toks []doc.Token, j, end int) bool {
	for k := j; k < end && k < j+6; k++ {
		t := toks[k].Text
		if !capitalized(t) {
			switch t {
			case "of", "and", "&", "for":
				continue
			}
			return false
		}
		if orgHeads[lowerASCII(t)] {
			return true
		}
	}
	return false
}

// facilities are nouns after which a capitalized name is a building's.
var facilities = map[string]bool{"hotel": true, "hospital": true, "stadium": true, "mall": true,
	"restaurant": true, "university": true, "school": true, "church": true, "mosque": true, "temple": true,
	"prison": true, "building": true, "tower": true, "company": true, "group": true, "party": true,
	"park": true, "club": true, "centre": true, "center": true, "theatre": true, "theater": true,
	"clinic": true}

// weakCue are locative words too common to vouch for an alternate spelling.
var weakCue = map[string]bool{"on": true, "of": true, "and": true, "from": true, "to": true, "between": true}

// cuedAltMinPop is the population from which a town known only by an
// alternate spelling is taken for a place after "in", "near", ...
const cuedAltMinPop = 1000

// spellingOf reports a town of at least cuedAltMinPop people, matched by
// an alternate name, whose own name is key but for a leading Arabic article
// ("al", "el", "ad", "ar", "as", "at", "an", "ash") or a doubled last
// letter: another transliteration of the same name, as good as the name.
func spellingOf(key string, cs []Candidate) bool {
	var buf [64]byte
	for i := range cs {
		c := &cs[i]
		if c.Match != MatchAlternate || c.Population < cuedAltMinPop || !strings.HasPrefix(c.Feature, "PPL") {
			continue
		}
		n := appendFold(buf[:0], c.Name)
		if a := bytes.IndexByte(n, ' '); a > 0 && a <= 3 && arabicArticles[string(n[:a])] {
			n = n[a+1:]
		}
		if string(n) == key {
			return true
		}
		if l := len(n); l == len(key)+1 && l >= 4 && n[l-1] == n[l-2] && string(n[:l-1]) == key {
			return true
		}
	}
	return false
}

// arabicArticles are the forms of the Arabic article that lead place names.
var arabicArticles = map[string]bool{"al": true, "el": true, "ad": true, "ar": true, "as": true, "at": true,
	"an": true, "ash": true, "az": true}

// bigAltPop is the population from which a city's alternate name of
// several words is taken for the city after an article.
const bigAltPop = 100000

func maxAltPop(cs []Candidate) int64 {
	var p int64
	for _, c := range cs {
		if c.Match == MatchAlternate && c.Population > p {
			p = c.Population
		}
	}
	return p
}

// calendarWords are capitalized words that follow a place name without
// being part of it ("in Hebron Friday").
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan.": true, "feb.": true, "aug.": true, "sept.": true,
	"oct.": true, "nov.": true, "dec.": true}

// uncuedMinPop is the population under which a town named without a
// locative cue is not taken for a place.
const uncuedMinPop = 20000

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

// placePreps introduce the place where something happens.
var placePreps = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true, "above": true,
	"into": true, "across": true, "throughout": true, "around": true, "on": true, "through": true,
	"along": true, "within": true, "toward": true, "towards": true, "onto": true, "over": true, "off": true}

// weakPreps introduce a place less surely than "in" or "at" ("war on Iraq",
// "flew over Lebanon").
var weakPreps = map[string]bool{"including": true, "on": true, "over": true, "above": true, "into": true, "toward": true, "towards": true,
	"through": true, "along": true, "across": true, "onto": true, "from": true, "to": true, "off": true}

// clauseBreaks end the clause of a trigger.
var clauseBreaks = map[string]bool{";": true, ":": true, "\"": true, "“": true, "”": true,
	"after": true, "before": true, "which": true, "who": true, "because": true, "since": true,
	"but": true, "whereas": true, "although": true, "said": true, "says": true}

// PlaceFor returns the place attached to an event's own clause: a place in
// a locative phrase close to the trigger ("killed in Nablus", "talks in
// Belgrade", "the village of Banjska"), the place a trigger takes as object
// ("captured Grahovo", "entered eastern Aleppo"), a sentence-initial
// locative ("In Dagestan, police shot ...", "Also in Ghazni, ..."), the
// subject of a passive trigger ("Kisangani was captured"), a locative in a
// verbless subject ("a blast in Baghdad killed 13", tagged text only), or,
// for a trailing participle (", killing 12"), the place of its main clause
// unless its own phrase names one. The object of a purpose or means clause
// ("launched an offensive to capture X") counts as the trigger's object; a
// town's own police or residents act in it ("Dallas police shot"); "it" as a
// passive subject and "this town" stand for the place named before them.
// Of two places of one phrase the narrower wins ("Orgun district of
// Paktika", "Tahrawa, a village near Mosul", "the West Bank town of Jenin").
// Places that only modify a noun ("U.S. forces", "the U.S.-led coalition",
// "a US base at Baquba", "Highland Hospital in Oakland") do not count. It returns nil when the clause names none: a place named as
// an actor ("Serbia said") does not count. d.Places must have been filled by
// Process.
func (s *Stage) PlaceFor(d *doc.Document, sentence int, trigger doc.Span) *doc.PlaceMention {
	if sentence < 0 || sentence >= len(d.Sentences) {
		return nil
	}
	sent := d.Sentences[sentence]
	tt := d.TokenAt(trigger.Start)
	if tt < 0 {
		return nil
	}
	te := d.TokenAt(trigger.End - 1)
	if te < tt {
		te = tt
	}
	var best *doc.PlaceMention
	bestCost := 1 << 30
	bestDivision := false
	for i := range d.Places {
		p := &d.Places[i]
		if p.Sentence != sentence || (!p.Resolved && p.Place.Name == "") {
			continue
		}
		first, end := p.TokenSpan.First, p.TokenSpan.End
		if end == 0 {
			first, end = d.TokenAt(p.Span.Start), d.TokenAt(p.Span.End-1)+1
		}
		if first < 0 || first <= te && end > tt {
			continue
		}
		// "Dallas police shot", "Basra protesters marched": a town's own people
		// act in it (a country's police or army may act anywhere).
		local := end < sent.EndToken && localNouns[lowerASCII(d.Tokens[end].Text)] && p.Place.Feature != "country" &&
			p.Place.Feature != "continent" && end < tt
		if end < sent.EndToken && modifiedNouns[lowerASCII(d.Tokens[end].Text)] && !local &&
			!(end+1 < sent.EndToken && venueNouns[lowerASCII(d.Tokens[end+1].Text)] && p.Place.Feature != "country") {
			continue // "handed over to U.S. forces", "in a US airstrike": a modifier, not the place
		}
		if end+1 < sent.EndToken && d.Tokens[end].Text == "-" && !capitalized(d.Tokens[end+1].Text) {
			continue // "the U.S.-led coalition"
		}
		if end+1 < sent.EndToken && officeAdjectives[lowerASCII(d.Tokens[end].Text)] && !capitalized(d.Tokens[end+1].Text) {
			continue // "ambushed Zamora provincial councillor Luis Ortega": an office's province
		}
		site := end < sent.EndToken && (siteNouns[lowerASCII(d.Tokens[end].Text)] ||
			// one noun before the site: "a Stockholm movie theater", "a Karachi coffee shop"
			end+1 < sent.EndToken && !capitalized(d.Tokens[end].Text) && d.Tokens[end].Tag == "NN" && siteNouns[lowerASCII(d.Tokens[end+1].Text)])
		if end < sent.EndToken && p.Place.Feature == "country" && (d.Tokens[end].Tag == "NN" || d.Tokens[end].Tag == "NNS") &&
			!capitalized(d.Tokens[end].Text) && !timeNouns[lowerASCII(d.Tokens[end].Text)] && !possessedNouns[lowerASCII(d.Tokens[end].Text)] &&
			!partWords[lowerASCII(d.Tokens[end].Text)] && !warNouns[lowerASCII(d.Tokens[end].Text)] {
			continue // "a US base at Baquba", "the US headquarters in Baghdad": a country as a modifier
		}
		if p.Place.Feature == "country" && embassyOwner(d, sent, first, end) {
			continue // "in front of the embassies of Italy and Japan in Quito": the country owns the building
		}
		if orgName(d, sent, first, end) {
			continue // "the Democratic Union of Savoy (DUS)": an organization's name
		}
		if first-2 >= sent.FirstToken && d.Tokens[first-1].Text == "(" && placeAt(d, first-2) {
			continue // "Palmyra (Tadmur)": another name of the place before
		}
		if end < sent.EndToken && buildingAfter(d, sent, end) && placeInAfter(d, sent, end+1, end+5) {
			continue // "at Highland Hospital in Oakland": the building's town counts
		}
		intro, object := introduction(d, sent, first, te, site)
		if end < sent.EndToken {
			if w := d.Tokens[end].Text; (w == "'s" || w == "’s" || w == "'" || w == "’") && !possessedArea(d, sent, end+1) {
				if !object && intro >= 0 && (w == "'s" || w == "’s") && placeInAfter(d, sent, end+1, end+7) {
					continue // "protest in front of Morocco's parliament in Rabat": the owner of a building
				}
				if end+1 < sent.EndToken && personalNouns[lowerASCII(d.Tokens[end+1].Text)] {
					continue // "as she sat in Blake's car": a person's belongings
				}
				object = false // "described Albania's cooperation": a possessive, not the object
				if intro >= 0 && lowerASCII(d.Tokens[intro].Text) == "including" {
					continue // "a dozen people, including Peru's finance minister"
				}
			}
		}
		if intro < 0 && !object && first > te {
			if k := eventModifier(d, sent, first, end); k > te && !broken(d, te+1, k) {
				intro = k // "were captured after the Riyadh shootout", "killed during Kafr Saghir's liberation"
			} else {
				continue
			}
		}
		if first > te && p.Place.Feature == "country" && verbalActs[d.Tokens[tt].Lemma] && actorName(d, p.Span) {
			continue // "India accused Pakistan", "imposed sanctions on North Korea": a party, not a scene
		}
		var cost int
		if first > te {
			// After the trigger: no clause break in between.
			from := te + 1
			if intro >= 0 && intro < from {
				continue
			}
			if broken(d, from, first) {
				continue
			}
			cost = first - te
			if object {
				cost = 1 // one object: "seized the eastern Chadian town of Abeche" ties, the later wins
			}
			if intro >= 0 {
				cost = intro - te
				if iw := lowerASCII(d.Tokens[intro].Text); weakPreps[iw] || (iw == "for" || iw == "of") && battleAt(d, sent, intro) {
					cost += 5 // "for" and "of" after a battle noun: "killed in the battle for X"
				}
			}
			if cost > 18 && !(cost <= 30 && intro >= 0 && scenePreps[lowerASCII(d.Tokens[intro].Text)] && (situationClause(d, te+1, intro) || cuedSettlement(d, first))) {
				continue // (but "was stabbed as he waited at a bus stop in northern Lima", "in the Kurdish town of Silopi")
			}
			if protestWords[lowerASCII(d.Tokens[tt].Text)] {
				if ag := againstAt(d, te+1, first); ag >= 0 {
					if topicPlace(d, ag+1, first, p.Place.Feature == "country" || p.Place.Feature == "continent") {
						continue // "demonstrated against France's air strikes on Libya": what the protest is about
					}
				}
			}
		} else {
			// Before the trigger: a sentence-initial locative ("In X, ...")
			// scopes over the clause; otherwise it must be close.
			if object {
				continue
			}
			if reporterPlace(d, sent, first, end, tt) {
				continue // "the defence ministry in Colombo said troops had killed": where it was said
			}
			if relativeBefore(d, sent, first, end, tt) && !participle(d, sent, tt) {
				continue // "Karimov, who studied in Egypt, was detained": the clause of "who"
			}
			if whereClause(d, sent, end, tt) {
				cost = 6 + (tt - end) // "in Tulkarm, where a guard was wounded"
			} else if intro >= 0 && subjectOf(d, sent, first, end, tt) {
				cost = 3 * (tt - end) // "a hospital in Basra, which is patrolled"
			} else if intro < 0 {
				switch {
				case subjectOf(d, sent, first, end, tt):
					cost = 3 * (tt - end) // "Kisangani was captured"
					if personOrPlace[lowerASCII(d.Tokens[tt].Text)] {
						cost += 12 // "Patino was captured in a hotel in Bogota": a place in the trigger's phrase wins
					}
				case participle(d, sent, tt) && mainObject(d, sent, first, end) && !broken(d, end, tt):
					cost = 25 + (tt - end) // "attacked Damboa town, killing 60"
				case local && tt-end <= 4 && verbless(d, end, tt):
					cost = 20 + (tt - end) // "Dallas police shot"
				case sceneBefore(d, sent, first) && !actorName(d, p.Span):
					cost = 60 + (tt - end) // "the city of Palmyra is hosting", "Chechnya's towns were destroyed"
				default:
					continue
				}
			} else if initial(d, sent, intro) {
				cost = 20 + (tt - end)
			} else if participle(d, sent, tt) && !broken(d, end, tt) {
				// "set off explosives at a market in Kano, killing six"; a place
				// in the participle's own phrase wins ("launched an offensive in
				// X, targeting positions at Y").
				cost = 25 + (tt - end)
			} else if tt-end <= 10 && !broken(d, end, tt) {
				cost = 2*(tt-end) + 4 // a place after the trigger in its own phrase wins
			} else if tt-end <= 16 && !broken(d, end, tt) && verbless(d, end, tt) && !placePreps[lowerASCII(d.Tokens[tt-1].Text)] {
				cost = 30 + (tt - end) // in the subject: "a car bomb blast in Baghdad killed 13"
			} else if sceneBefore(d, sent, first) && !actorName(d, p.Span) {
				cost = 60 + (tt - end) // the scene set earlier in the sentence
			} else {
				continue
			}
		}
		if originPlace(d, sent, first) || first < tt && personAppositive(d, sent, first, end, tt) {
			// "Samir Qasem, 31, of Deir Nidham near Ramallah, set off a
			// bomb at a bus station in Netanya": where a person comes from
			// yields to a place in the trigger's own phrase.
			cost += 20
		}
		// On a tie (one phrase, "in the West Bank town of Jenin"), the
		// later, more specific place wins, unless the earlier one names a
		// division of the later ("in Daychopan district of Zabul").
		if cost < bestCost || cost == bestCost && best != nil && p.Span.Start > best.Span.Start &&
			(!bestDivision || gazetteerPlace(best) && !gazetteerPlace(p)) { // "the Baghdad neighborhood of al-Adamiyah"
			best, bestCost = p, cost
			bestDivision = divisionOf(d, sent, end)
		}
	}
	if best != nil {
		if o := buildingOwner(d, sent, best); o != nil {
			return o // "patrolled outside Mecca's Al-Nur hospital": the town counts
		}
		for n := 0; n < 3; n++ { // "in the Gulbahar area in Jalalabad, capital of Nangarhar"
			nb := s.narrower(d, sent, best, tt)
			if nb == best {
				break
			}
			best = nb
		}
	} else {
		best = antecedent(d, sent, tt, te)
	}
	return best
}

// verbalActs are acts done to a country from afar: a country named after
// them is their target, not where they happened.
var verbalActs = map[string]bool{"accuse": true, "blame": true, "criticize": true, "criticise": true,
	"condemn": true, "denounce": true, "warn": true, "urge": true, "threaten": true, "praise": true,
	"thank": true, "congratulate": true, "recognize": true, "recognise": true, "ask": true, "call": true,
	"press": true, "pressure": true, "reject": true, "rebuke": true, "reprimand": true, "sanction": true,
	"impose": true, "expel": true, "recall": true, "summon": true, "demand": true, "appeal": true,
	"fault": true, "chide": true, "boycott": true, "lift": true, "ease": true}

// reportVerbs are the verbs that report what others did.
var reportVerbs = map[string]bool{"say": true, "tell": true, "announce": true, "report": true, "state": true,
	"claim": true, "confirm": true, "add": true, "allege": true, "speak": true}

// institutionWords are national bodies that speak from their seat: a place
// named with them says where they sit, not where what they report
// happened ("the defence ministry in Colombo said troops had killed"). A
// local source keeps its town ("a police source in Ramadi said the blast
// killed four").
var institutionWords = map[string]bool{"ministry": true, "department": true, "military": true, "army": true,
	"government": true, "embassy": true, "agency": true, "headquarters": true, "organization": true,
	"organisation": true, "command": true, "office": true}

// reporterPlace reports whether the place of tokens [first, end) says where
// a report was made rather than where the act at token tt, reported in it,
// happened:
//   - the place follows the reporting verb, with the report's "that" after
//     it ("the military said in Tel Aviv that militants had fired");
//   - it stands in a "speaking" phrase before the reporting verb ("Speaking
//     to reporters in Geneva, the envoy said both sides had violated");
//   - or it names the seat of a national body that reports ("the Russian
//     Defence Ministry in Moscow said", "an army spokeswoman in Tel Aviv
//     said", "Human Rights Watch, which is based in New York, said").
func reporterPlace(d *doc.Document, sent doc.Sentence, first, end, tt int) bool {
	if end > tt || first <= sent.FirstToken {
		return false
	}
	report := func(k int) bool {
		t := &d.Tokens[k]
		return strings.HasPrefix(t.Tag, "VB") && reportVerbs[t.Lemma]
	}
	verb := -1
	for k := end; k < tt; k++ {
		if report(k) {
			verb = k
			break
		}
		if lowerASCII(d.Tokens[k].Text) == "that" && d.Tokens[k].Tag != "DT" {
			for j := first - 1; j >= sent.FirstToken && j >= first-3; j-- {
				if report(j) {
					return true // "said in Tel Aviv that"
				}
			}
			return false
		}
	}
	if verb < 0 {
		return false
	}
	prep := first - 1
	for prep > sent.FirstToken && (d.Tokens[prep].Tag == "DT" || d.Tokens[prep].Tag == "JJ") {
		prep--
	}
	for k := prep - 1; k >= sent.FirstToken && k >= prep-3; k-- {
		w := lowerASCII(d.Tokens[k].Text)
		if institutionWords[w] || w == "based" || w == "headquartered" {
			return true
		}
	}
	for k := sent.FirstToken; k < first; k++ {
		if d.Tokens[k].Lemma == "speak" && d.Tokens[k].Tag == "VBG" {
			return true // "Speaking to reporters in Geneva, ..."
		}
	}
	return false
}

// ReportedAt reports whether the place of tokens place in sentence says
// where a report of the act at trigger was made, not where the act
// happened: "the defence ministry in Colombo said troops had killed",
// "said in Tel Aviv that militants had fired", "Speaking in Geneva, the
// envoy said". A sentence-initial scene ("In Kirkuk, police said a bomb
// exploded") is no report's place.
func (s *Stage) ReportedAt(d *doc.Document, sentence int, place doc.TokenSpan, trigger doc.Span) bool {
	if sentence < 0 || sentence >= len(d.Sentences) {
		return false
	}
	tt := d.TokenAt(trigger.Start)
	return tt >= 0 && reporterPlace(d, d.Sentences[sentence], place.First, place.End, tt)
}

// sceneBefore reports whether the place starting at token first sets the
// scene of what follows it in its sentence: it stands, after articles,
// adjectives and nouns ("the northern city of", "the district of"), after a
// locative preposition ("in", "at", "inside", "near", "outside"), after
// "of" ("the town of Rastan", "the countryside of Aleppo") or after a
// possessive ("Venezuela's central Guarico state"). With no nearer place, an event
// later in the sentence happened there: the place where the sentence
// began.
func sceneBefore(d *doc.Document, sent doc.Sentence, first int) bool {
	k := first - 1
	if k < sent.FirstToken || d.Tokens[k].Tag == "" {
		return false // tagged text only: the coder's triggers, read with their clauses
	}
	for ; k >= sent.FirstToken; k-- {
		switch d.Tokens[k].Tag {
		case "DT", "JJ", "NNP", "CD", "PRP$", "NN", "NNS":
			continue
		}
		break
	}
	if k < sent.FirstToken {
		return false
	}
	switch lowerASCII(d.Tokens[k].Text) {
	case "in", "at", "inside", "near", "outside":
		return true
	case "of":
		// "the town of Rastan", "outside of Nazran"; not "victims of the
		// Bhopal gas tragedy", "a resident of Tel Abyad".
		if k-1 < sent.FirstToken {
			return false
		}
		w := lowerASCII(d.Tokens[k-1].Text)
		return cueWords[w] != "" || areaNouns[w] || partWords[w] || placePreps[w]
	case "'s", "’s":
		return true // "Venezuela's central Guarico state"
	}
	return false
}

// antecedent returns the place a pronoun or "this town" stands for in the
// trigger's clause: the subject of a passive trigger ("Misrata, after it was
// shelled") or its object ("Hama, the army has entered this town"): the
// nearest place named before it in the sentence, at most 12 words back.
func antecedent(d *doc.Document, sent doc.Sentence, tt, te int) *doc.PlaceMention {
	ref := -1
	k := tt - 1
	aux := false
	for ; k > sent.FirstToken && tt-k <= 4; k-- {
		w := lowerASCII(d.Tokens[k].Text)
		if beAux[w] {
			aux = aux || w != "has" && w != "have" && w != "had"
			continue
		}
		if strings.HasSuffix(w, "ly") || w == "also" || w == "still" || w == "now" {
			continue
		}
		break
	}
	if aux && k >= sent.FirstToken && lowerASCII(d.Tokens[k].Text) == "it" {
		ref = k
	}
	if ref < 0 && te+2 < sent.EndToken {
		if w := lowerASCII(d.Tokens[te+1].Text); (w == "this" || w == "that") && partWords[lowerASCII(d.Tokens[te+2].Text)] {
			ref = tt
		}
	}
	if ref < 0 {
		return nil
	}
	var best *doc.PlaceMention
	for i := range d.Places {
		p := &d.Places[i]
		end := p.TokenSpan.End
		if p.Sentence != d.Tokens[tt].Sentence || end == 0 || end > ref || ref-end > 12 || (!p.Resolved && p.Place.Name == "") {
			continue
		}
		if best == nil || end > best.TokenSpan.End {
			best = p
		}
	}
	return best
}

// narrower returns the place named just before best as a part of it ("in
// Orgun district of Paktika province", "in Gradiska, northeast of Banja
// Luka", "al-Wafa west of Ramadi", "Delhi in India"), or best. A known
// place before an unknown one after an area word stays the modifier ("the
// Baghdad neighborhood of al-Adamiyah"), and a country or region before a
// town is not narrower than it. Where a victim after the trigger at token tt
// comes from is no part of the scene.
func (s *Stage) narrower(d *doc.Document, sent doc.Sentence, best *doc.PlaceMention, tt int) *doc.PlaceMention {
	first := best.TokenSpan.First
	if best.TokenSpan.End == 0 {
		first = d.TokenAt(best.Span.Start)
	}
	for i := range d.Places {
		p := &d.Places[i]
		if p == best || p.Sentence != best.Sentence || p.Span.End > best.Span.Start || (!p.Resolved && p.Place.Name == "") {
			continue
		}
		end := p.TokenSpan.End
		if end == 0 {
			end = d.TokenAt(p.Span.End-1) + 1
		}
		if end <= sent.FirstToken || first-end < 1 || first-end > 12 {
			continue
		}
		// "Tahrawa, a village near Mosul", "Mbuji Mayi, the main city in
		// Eastern Kasai": an appositive places the name before it.
		apposPlace := appositivePlace(d, sent, end)
		if first-end > 8 && !apposPlace {
			continue
		}
		// "X district of Y": X names the district when its own name ends
		// in the area word; after "the" ("the West Bank town of Jenin", "the
		// Basque city of Bilbao") the later name is the one of the town.
		areaOf := false
		settlement := false // "the Basque city of Bilbao", not "the Huriyah neighborhood of Baghdad"
		ok := true
		for k := end; k < first && ok && !apposPlace; k++ {
			w := lowerASCII(d.Tokens[k].Text)
			switch {
			case w == "of":
				if k > end && partWords[lowerASCII(d.Tokens[k-1].Text)] {
					areaOf = true
					settlement = settlement || settlementWords[lowerASCII(d.Tokens[k-1].Text)]
				}
			case w == "," || w == "in" || w == "the" || w == "near" || w == "just" || w == "outside" || w == "also" ||
				w == "upper" || w == "lower" || w == "neighboring" || w == "neighbouring": // "in Lucciana, in upper Corsica
			case partWords[w] || directionWord(w) != "" || distanceWords[w] || w[0] >= '0' && w[0] <= '9':
			case k > end && k+1 < first && !placeAt(d, k) && (d.Tokens[k].Tag == "JJ" ||
				capitalized(d.Tokens[k].Text) && demonymLike(s.g.lookupKey(appendFold(nil, d.Tokens[k].Text), nil))):
				// "Shigatse Prefecture in the remote Chinese region of Tibet"
			default:
				ok = false
			}
		}
		if f := p.TokenSpan.First; f > sent.FirstToken && (lowerASCII(d.Tokens[f-1].Text) == "a" || lowerASCII(d.Tokens[f-1].Text) == "an") {
			continue // "a hotel owned by a Kikuyu in Mtwapa": a person
		}
		if p.TokenSpan.End > 0 && p.TokenSpan.First > tt && originPlace(d, sent, p.TokenSpan.First) {
			continue // "killed a worker from Peshawar in the Orangi neighborhood": where the victim comes from
		}
		if !ok || landmarkWords[lowerASCII(d.Tokens[end-1].Text)] {
			continue // "on al-Qanat Street in eastern Baghdad": the city counts
		}
		wide := func(f string) bool { return f == "country" || f == "region" || f == "continent" }
		known := func(m *doc.PlaceMention) bool {
			return m.Rule != "unresolved" && !strings.HasPrefix(m.Rule, "fallback")
		}
		if wide(p.Place.Feature) && !wide(best.Place.Feature) {
			continue // "in Syria's Aleppo", "Iraq, Baghdad"
		}
		appos := true // "the Togolese capital Lome": only area words between
		for k := end; k < first; k++ {
			if !partWords[lowerASCII(d.Tokens[k].Text)] {
				appos = false
			}
		}
		if areaOf || appos {
			determined := determinedAt(d, sent, p.TokenSpan.First)
			// A region may name a division of a wider one ("Guma local
			// government area of Benue State", "Daychopan district of Zabul").
			if p.TokenSpan.End == 0 || wide(p.Place.Feature) && !(areaOf && p.Place.Feature == "region" && wide(best.Place.Feature)) {
				continue
			}
			// After "the": "the Basque city of Bilbao" names the city; "the
			// Huriyah neighborhood of Baghdad" names the neighborhood, but
			// not "the Baghdad neighborhood of al-Adamiyah".
			if determined && (settlement || appos || wide(p.Place.Feature) || known(p) && !known(best) || known(p) && known(best) && !wide(best.Place.Feature)) {
				continue
			}
		}
		return p
	}
	return best
}

// gazetteerPlace reports a mention resolved from a gazetteer entry of its
// own (not a fallback to a nearby place).
func gazetteerPlace(p *doc.PlaceMention) bool { return strings.HasPrefix(p.Rule, "gazetteer") }

// determinedAt reports an article or possessive before the name at token
// first, past direction words and adjectives ("the northern Baghdad
// neighborhood of X": Baghdad modifies the neighborhood's name).
func determinedAt(d *doc.Document, sent doc.Sentence, first int) bool {
	for k := first - 1; k >= sent.FirstToken; k-- {
		w := lowerASCII(d.Tokens[k].Text)
		if directionWord(w) != "" || objectAdjectives[w] || w == "central" || d.Tokens[k].Tag == "JJ" {
			continue
		}
		return w == "the" || w == "a" || w == "an" || w == "'s" || w == "’s"
	}
	return false
}

// settlementWords name a settlement: after "the X city of" the later name
// is the settlement's.
var settlementWords = map[string]bool{"city": true, "town": true, "village": true, "capital": true,
	"port": true, "hamlet": true, "settlement": true, "resort": true}

// landmarkWords end the name of a street or a building, narrower than any
// place the event data name.
var landmarkWords = map[string]bool{"street": true, "road": true, "avenue": true, "highway": true,
	"bridge": true, "square": true, "boulevard": true, "lane": true, "stadium": true, "hospital": true,
	"hotel": true, "university": true, "school": true, "river": true}

// partWords name a part or a division of a place between a narrower place
// and a wider one ("Ado and Oju local government areas of Ekiti State").
var partWords = map[string]bool{"district": true, "districts": true, "region": true, "province": true,
	"county": true, "area": true, "areas": true, "governorate": true, "prefecture": true, "neighborhood": true,
	"neighbourhood": true, "quarter": true, "township": true, "sector": true, "division": true,
	"department": true, "municipality": true, "suburb": true, "suburbs": true, "town": true, "village": true,
	"city": true, "camp": true, "local": true, "government": true, "lga": true, "countryside": true,
	"outskirts": true, "part": true, "parts": true, "state": true, "locality": true, "commune": true,
	"capital": true, "lgas": true}

// introduction walks back from a place's first token over modifiers ("the
// West Bank city of", "the northern", "the Iraqi town of") and returns the
// index of the locative preposition that introduces it, or -1; object
// reports a place right after the trigger ending at token te ("captured
// Grahovo", "entered eastern Aleppo").
//
// A place that names a site ("their Baghdad house", "an upscale Baghdad
// restaurant") may also follow "from" or stand after adjectives in the
// object.
func introduction(d *doc.Document, sent doc.Sentence, first, te int, site bool) (intro int, object bool) {
	plain := false // a word other than a modifier lies between: "arrested in Kenya and flown to France"
	for k, n := first-1, 0; k >= sent.FirstToken && n < 12; k, n = k-1, n+1 {
		if k == te {
			return -1, objectPath(d, te+1, first, site)
		}
		if k == te+2 && k+1 < first && (lowerASCII(d.Tokens[te+1].Text) == "and" || lowerASCII(d.Tokens[te+1].Text) == "or") &&
			(d.Tokens[k].Tag == "VBD" || d.Tokens[k].Tag == "VBN" || strings.HasSuffix(d.Tokens[k].Text, "ed")) &&
			(d.Tokens[te].Tag == "VBD" || d.Tokens[te].Tag == "VBN") {
			// "captured and annexed east Jerusalem": the coordinated verbs
			// share their object.
			return -1, objectPath(d, k+1, first, site)
		}
		t := d.Tokens[k].Text
		w := lowerASCII(t)
		if plain && capitalized(t) && placeAt(d, k) {
			return -1, false // the preposition belongs to that other place
		}
		if k > te && k-te <= 8 && placeVerbs[d.Tokens[k].Lemma] && strings.HasPrefix(d.Tokens[k].Tag, "VB") &&
			(lowerASCII(d.Tokens[k-1].Text) == "to" || lowerASCII(d.Tokens[k-1].Text) == "by") && !broken(d, te+1, k) {
			// "launched an offensive to capture the town of X", "began the
			// assault by storming X": the object of the purpose or means.
			return -1, objectPath(d, k+1, first, site)
		}
		if site && k > te && strings.HasPrefix(d.Tokens[k].Tag, "VB") && situationVerb(d, te, k) && objectPath(d, k+1, first, true) {
			return k, false // "was shot dead as he entered a Baghdad mosque", "after leaving his central Tehran office"
		}
		if !capitalized(t) && linkWord(d, k) {
			plain = true
		}
		if placePreps[w] || site && w == "from" {
			return k, false
		}
		if (w == "for" || w == "of") && battleAt(d, sent, k) {
			return k, false // "killed in the fight for Sharqat", "at the battle of Rityan"
		}
		if w == "including" && k > te && k-1 > te && d.Tokens[k-1].Text == "," {
			return k, false // "seized several towns, including Kunduz city"
		}
		if w == "to" && k-1 > te && nearTo[lowerASCII(d.Tokens[k-1].Text)] {
			return k, false // "close to the al-Yarmouk Hospital", "at the entrance to X"
		}
		if w == "to" && k-1 == te && moveVerbs[lowerASCII(d.Tokens[te].Text)] {
			return k, false // "marched to Bellary", "was deployed to Syria"
		}
		if w == "to" && k+2 < first && lowerASCII(d.Tokens[k+1].Text) == "the" && lowerASCII(d.Tokens[k+2].Text) == "streets" {
			return k, false // "took to the streets of Al-Qamishli"
		}
		if w == "to" && k-1 >= sent.FirstToken && takeForms[lowerASCII(d.Tokens[k-1].Text)] && streetsAfter(d, sent, first) {
			return k, false // "took to Sarajevo's streets to support independence"
		}
		if (w == "to" || w == "by") && k > te && k < first-1 {
			return -1, false // introduced by another preposition: "was evacuated to South Africa"
		}
		if w == "of" && k-1 >= sent.FirstToken && directionWord(d.Tokens[k-1].Text) != "" {
			if k-2 >= sent.FirstToken && distanceWords[lowerASCII(d.Tokens[k-2].Text)] {
				return -1, false // "260 kilometers south of Cairo" places another place
			}
			if k-3 >= sent.FirstToken && d.Tokens[k-2].Text == "," && capitalized(d.Tokens[k-3].Text) {
				return -1, false // "in Gradiska, northeast of Banja Luka": the place before is the scene
			}
			return k, false // "west of Baghdad"
		}
		if (w == "'s" || w == "’s") && k-1 >= sent.FirstToken && (capitalized(d.Tokens[k-1].Text) || partWords[lowerASCII(d.Tokens[k-1].Text)] ||
			cueWords[lowerASCII(d.Tokens[k-1].Text)] != "") {
			continue // "in Mogadishu's Yaqshid district", "in Sichuan province's Aba county", "in the country's second city of Manzini"
		}
		if w == "surrounding" && k-1 >= sent.FirstToken && areaNouns[lowerASCII(d.Tokens[k-1].Text)] {
			return k, false // "searched the hamlets surrounding Abeche"
		}
		if w == ":" && k == first-1 && listColon(d, k) {
			continue // "searched three hamlets: Korava, Melidu and Tansi"
		}
		if w == "," && k == first-1 && k-1 >= sent.FirstToken && cueWords[lowerASCII(d.Tokens[k-1].Text)] != "" {
			continue // "in the capital, Colombo"
		}
		if k == first-1 && strings.ContainsAny(w, "‘'`\"“") && d.Tokens[k].End == d.Tokens[first].Start {
			continue // "the town of ‘Ibta"
		}
		if (w == "(" || w == ")") && k > te {
			continue // "shelling the Popular Defence Forces (PDF) controlled villages of X"
		}
		r, _ := utf8.DecodeRuneInString(t)
		if unicode.IsDigit(r) && k > te && k+2 < first && lowerASCII(d.Tokens[k+2].Text) == "of" {
			continue // "captured 70 percent of Bosnia"
		}
		if !unicode.IsLetter(r) || clauseBreaks[w] {
			return -1, false
		}
	}
	return -1, false
}

// nearTo are words after which "to" introduces a place ("close to",
// "the entrance to").
var nearTo = map[string]bool{"close": true, "next": true, "entrance": true, "entrances": true,
	"approaches": true, "gates": true, "adjacent": true, "near": true}

// placeAt reports whether token k lies in a place mention.
func placeAt(d *doc.Document, k int) bool {
	for i := range d.Places {
		if ts := d.Places[i].TokenSpan; ts.First <= k && k < ts.End {
			return true
		}
	}
	return false
}

// linkWord reports a verb or a preposition other than "of": a word that
// links two phrases rather than two names of one phrase ("in Pakistan and
// extradited to the United States", but "the West Bank town of Jenin").
func linkWord(d *doc.Document, k int) bool {
	w := lowerASCII(d.Tokens[k].Text)
	if w == "of" {
		return false
	}
	if w == "following" || w == "concerning" || w == "regarding" {
		return true // prepositions tagged as participles: "in the city of Tiraspol following Moldova's vote"
	}
	switch tag := d.Tokens[k].Tag; {
	case tag == "":
		return placePreps[w] || weakPreps[w] || w == "to" || w == "from"
	case strings.HasPrefix(tag, "VB") && tag != "VBN" && tag != "VBG", tag == "IN", tag == "TO", tag == "MD":
		return true
	}
	return false
}

// objectPath reports whether tokens [from, to) may stand between a verb and
// its object place: articles, direction words, "town of"-style cues and
// capitalized words ("captured the northern town of X", "entered eastern
// Aleppo").
func objectPath(d *doc.Document, from, to int, site bool) bool {
	named := namedAfter(d, doc.Sentence{FirstToken: from, EndToken: to}, to)
	for k := from; k < to; k++ {
		t := d.Tokens[k].Text
		w := lowerASCII(t)
		switch {
		case w == "the" || w == "a" || w == "an" || w == "of" || w == "all" || w == "both" || w == "downtown" || objectAdjectives[w] ||
			strings.HasSuffix(w, "-held") || strings.HasSuffix(w, "-controlled"):
		case (w == "'s" || w == "’s") && k > from && (capitalized(d.Tokens[k-1].Text) || cueWords[lowerASCII(d.Tokens[k-1].Text)] != ""):
			// "took the country's third largest city, Kisumu"
		case w == "," && k == to-1 && k > from && cueWords[lowerASCII(d.Tokens[k-1].Text)] != "":
			// "guarded the streets of the capital, Apia"
		case w == "(" || w == ")" || d.Tokens[k].Tag == "VBN" && k+1 < to ||
			(d.Tokens[k].Tag == "VBD" || d.Tokens[k].Tag == "VBN") && k > from && (capitalized(d.Tokens[k-1].Text) || d.Tokens[k-1].Text == ")"):
			// "shelling the Popular Defence Forces (PDF) controlled villages of X",
			// "shelling the PDF controlled Al-Rawda District"
		case directionWord(w) != "" || cueWords[w] != "" || modifierTag(d.Tokens[k].Tag):
			// "patrolled bustling downtown Ulan Bator", "mostly rural Afghanistan"
		case capitalized(t):
		case named >= 0 && k >= named:
			// "captured two areas known as Al-Karra'a"
		case (d.Tokens[k].Tag == "CD" || countWords[w] || unicode.IsDigit(firstRune(t))) && k+1 < to:
			// "captured two villages", "captured two eastern towns, Rasai"
		case (w == ":" || w == ",") && k == to-1 && k > from && areaNouns[lowerASCII(d.Tokens[k-1].Text)]:
			// "searched three hamlets: Korava, Melidu and Tansi"
		case site && k == to-1 && (d.Tokens[k].Tag == "JJ" || d.Tokens[k].Tag == "VBN"):
			// "destroyed an upscale Baghdad restaurant"
		case site && k == from && (w == "his" || w == "her" || w == "their" || w == "its"):
			// "as he left his Tokyo apartment building"
		case ofWithin(d, k+1, min(k+5, to)) && (unicode.IsLetter(firstRune(t)) || unicode.IsDigit(firstRune(t))):
			// "captured the rebel stronghold of Jaffna", "captured 70
			// percent of Bosnia", "the vast majority of the Yarmouk Camp"
		default:
			return false
		}
	}
	return true
}

// relativeBefore reports a place at tokens [first, end) inside a relative
// clause that closes right before the trigger at token tt: "who" or "which"
// shortly before the place, a verb between them, and after the place a
// comma followed only by auxiliaries and adverbs ("Llamas, who commanded
// forces south of Manila, was captured").
func relativeBefore(d *doc.Document, sent doc.Sentence, first, end, tt int) bool {
	rel := -1
	for k := first - 1; k >= sent.FirstToken && first-k <= 14; k-- {
		if w := lowerASCII(d.Tokens[k].Text); w == "who" || w == "which" {
			rel = k
			break
		}
	}
	if rel < 0 {
		return false
	}
	verb := false
	for k := rel + 1; k < first; k++ {
		verb = verb || strings.HasPrefix(d.Tokens[k].Tag, "VB")
	}
	if !verb {
		return false
	}
	comma := -1
	for k := end; k < tt; k++ {
		if d.Tokens[k].Text == "," {
			comma = k
		}
	}
	if comma < 0 {
		return false
	}
	for k := comma + 1; k < tt; k++ {
		if !beAux[lowerASCII(d.Tokens[k].Text)] && d.Tokens[k].Tag != "RB" {
			return false
		}
	}
	return true
}

// orgName reports a place at tokens [first, end) that ends an
// organization's name abbreviated after it: "of" after a capitalized word
// before it and an acronym in parentheses after it ("the Democratic Union of
// Savoy (DUS)", "the National Liberation Army of Corsica (NLAC)").
func orgName(d *doc.Document, sent doc.Sentence, first, end int) bool {
	if first-2 < sent.FirstToken || end+2 >= sent.EndToken {
		return false
	}
	if lowerASCII(d.Tokens[first-1].Text) != "of" || !capitalized(d.Tokens[first-2].Text) ||
		d.Tokens[end].Text != "(" || d.Tokens[end+2].Text != ")" {
		return false
	}
	return acronym(d.Tokens[end+1].Text)
}

// ofWithin reports an "of" among tokens [from, to): a noun before it heads
// a phrase that names the place ("the streets of the southern port of
// Karachi", "almost all of eastern Zaire").
func ofWithin(d *doc.Document, from, to int) bool {
	for k := from; k < to; k++ {
		if lowerASCII(d.Tokens[k].Text) == "of" {
			return true
		}
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// leadWords may precede a sentence-initial locative phrase.
var leadWords = map[string]bool{"also": true, "but": true, "and": true, "meanwhile": true, "elsewhere": true,
	"earlier": true, "later": true, "separately": true, "on": true, "last": true, "this": true, "late": true,
	"early": true, "yesterday": true, "today": true, "in": true, "then": true, "however": true, "still": true,
	"may": true}

// modifiedNouns after a place name make it a modifier of an actor or a
// weapon rather than the place of an event ("U.S. forces", "a US airstrike").
var modifiedNouns = map[string]bool{"forces": true, "force": true, "troops": true, "soldiers": true,
	"soldier": true, "army": true, "military": true, "officials": true, "official": true, "government": true,
	"authorities": true, "embassy": true, "airstrike": true, "airstrikes": true, "warplanes": true,
	"jets": true, "drone": true, "drones": true, "police": true, "president": true, "marines": true,
	"navy": true, "diplomat": true, "diplomats": true, "officers": true, "attache": true, "envoy": true,
	"ambassador": true, "minister": true, "citizens": true, "nationals": true, "national": true,
	"citizen": true, "man": true, "woman": true, "men": true, "women": true, "-led": true, "-backed": true,
	"patrol": true, "patrols": true, "convoy": true, "convoys": true, "humvee": true, "vehicle": true,
	"vehicles": true, "warships": true, "warship": true, "aircraft": true, "planes": true, "helicopter": true,
	"embassies": true, "consulate": true, "coalition": true, "gang": true, "delegation": true,
	"tribe": true, "tribes": true, "tribesmen": true, "clan": true}

// placeVerbs take a place as object; after "to" or "by" following a
// trigger they name its target ("launched an offensive to capture X").
var placeVerbs = map[string]bool{"capture": true, "recapture": true, "enter": true, "seize": true,
	"storm": true, "retake": true, "take": true, "target": true, "liberate": true, "attack": true,
	"besiege": true, "shell": true, "strike": true, "hit": true, "overrun": true, "reach": true,
	"recover": true, "conquer": true, "encircle": true, "surround": true, "control": true}

// siteNouns after a place name make it the place of a site ("his Moscow
// apartment", "a Sarajevo corner").
var siteNouns = map[string]bool{"house": true, "home": true, "homes": true, "apartment": true,
	"residence": true, "restaurant": true, "hotel": true, "shop": true, "market": true, "marketplace": true,
	"mosque": true, "church": true, "school": true, "hospital": true, "clinic": true, "prison": true, "street": true,
	"corner": true, "cafe": true, "shrine": true, "office": true, "neighborhood": true, "neighbourhood": true,
	"suburb": true, "square": true, "hideout": true, "compound": true, "flat": true, "villa": true,
	"theater": true, "theatre": true, "cinema": true, "bar": true, "nightclub": true, "store": true,
	"supermarket": true, "bakery": true, "gym": true, "studio": true, "farm": true, "ranch": true}

// venueNouns after an actor noun make a place: "at Gamba police station",
// "the Kabul army barracks" (but "a US military base" is a country's).
var venueNouns = map[string]bool{"station": true, "stations": true, "headquarters": true, "base": true,
	"bases": true, "camp": true, "checkpoint": true, "checkpoints": true, "post": true, "posts": true,
	"barracks": true, "academy": true, "compound": true, "building": true, "office": true, "offices": true}

// modifierTag reports an adjective or adverb tag.
func modifierTag(tag string) bool {
	switch tag {
	case "JJ", "JJR", "JJS", "RB", "VBG":
		return true // VBG: "bustling downtown Ulan Bator"
	}
	return false
}

// localNouns name a town's own people, who act in it ("Dallas police",
// "Basra protesters", "Nangarhar residents").
var localNouns = map[string]bool{"police": true, "policemen": true, "residents": true, "protesters": true,
	"protestors": true, "demonstrators": true, "students": true, "villagers": true, "workers": true,
	"firefighters": true, "inhabitants": true, "shopkeepers": true, "traders": true}

// shipWords name vessels, whose names (often a town's) follow them.
var shipWords = map[string]bool{"warship": true, "ship": true, "vessel": true, "frigate": true, "corvette": true,
	"destroyer": true, "tanker": true, "ferry": true, "freighter": true, "submarine": true, "cruiser": true,
	"trawler": true, "yacht": true, "liner": true, "gunboat": true, "supertanker": true, "carrier": true}

// cityOfficials are a town's courts and officials, named after it ("Milan
// prosecutors", "Paris magistrates").
var cityOfficials = map[string]bool{"prosecutors": true, "prosecutor": true, "magistrates": true, "magistrate": true,
	"judges": true, "judge": true, "court": true, "authorities": true, "officials": true, "mayor": true, "council": true}

// possessedNouns are parts of a place that a possessive place name may own
// ("patrolled Bishkek's central streets", "Georgia's Black Sea coast").
// possessedSites are the buildings and works of a town that its possessive
// names ("Baghdad's main bridges", "Kabul's central mosque"); not an
// embassy or a parliament, which a country owns wherever it stands
// ("Spain's embassy in central Havana").
var possessedSites = map[string]bool{"bridge": true, "bridges": true, "square": true, "university": true,
	"hospital": true, "hospitals": true, "mosque": true, "mosques": true, "station": true, "prison": true,
	"stadium": true, "hotel": true, "hotels": true, "cathedral": true,
	"church": true, "churches": true, "shrine": true, "bazaar": true, "harbor": true, "harbour": true,
	"mall": true, "malls": true, "clinic": true, "clinics": true}

var possessedNouns = map[string]bool{"streets": true, "street": true, "outskirts": true, "capital": true,
	"facilities": true, "oilfields": true, "beaches": true, "campus": true,
	"city": true, "countryside": true, "neighborhood": true, "neighbourhood": true, "neighborhoods": true,
	"neighbourhoods": true, "district": true, "districts": true, "border": true, "coast": true,
	"coastline": true, "villages": true, "towns": true, "areas": true, "suburbs": true, "center": true,
	"centre": true, "province": true, "region": true, "territory": true, "airspace": true, "waters": true,
	"skies": true, "sky": true, "perimeter": true, "cities": true, "slum": true, "slums": true, "roads": true,
	"highways": true, "market": true, "markets": true, "port": true, "airport": true, "north": true,
	"south": true, "east": true, "west": true, "downtown": true, "heartland": true, "interior": true,
	"hills": true, "mountains": true, "frontier": true, "frontline": true, "shores": true, "seawaters": true,
	"soil": true, "camps": true, "suburb": true, "quarter": true, "old": true, "thoroughfare": true,
	"thoroughfares": true, "installations": true, "pipelines": true, "pipeline": true, "refineries": true, "alleys": true, "avenues": true, "squares": true,
	"neighbourhood's": true, "villages'": true, "towns'": true}

// possessedArea reports whether the words from token k (after a possessive
// "'s") name a part of the place: up to two modifiers, then an area noun or a
// capitalized name.
func possessedArea(d *doc.Document, sent doc.Sentence, k int) bool {
	for n := 0; k < sent.EndToken && n < 5; k, n = k+1, n+1 {
		t := d.Tokens[k].Text
		w := lowerASCII(t)
		if possessedNouns[w] || possessedSites[w] {
			return true
		}
		if n > 0 && capitalized(t) && (unknownCueAfter(w) != "" || possessedSites[w]) && w != "embassy" && w != "parliament" {
			return true // "Jerusalem's Hebrew University", "Grozny's Minutka Square"
		}
		if w == "and" && n > 0 {
			continue // "Hyderabad's rutted and chaotic streets"
		}
		if tg := d.Tokens[k].Tag; directionWord(w) == "" && !objectAdjectives[w] && w != "central" && w != "commercial" && w != "historic" && !capitalized(t) &&
			!modifierTag(tg) && tg != "RBR" && tg != "RBS" && tg != "VBN" && tg != "NN" { // "more populous", "rutted", "oil installations"

			return false // "Aleppo's densely populated residential areas"
		}
	}
	return false
}

// objectAdjectives may stand between a verb and its object place
// ("targeting the strategic Tariq al-Bab area").
var objectAdjectives = map[string]bool{"strategic": true, "key": true, "important": true, "imperative": true,
	"nearby": true, "besieged": true, "embattled": true, "contested": true, "restive": true, "ancient": true,
	"old": true, "small": true, "large": true, "main": true, "neighboring": true, "neighbouring": true,
	"remaining": true, "entire": true, "whole": true, "mountainous": true, "coastal": true, "historic": true,
	"border": true, "rebel": true, "militant": true, "jihadist": true, "government": true, "town": true}

// distanceWords before a direction word make "N km south of X" a
// description of another place.
var distanceWords = map[string]bool{"kilometers": true, "kilometres": true, "km": true, "kms": true,
	"miles": true, "mi": true, ")": true, "meters": true, "metres": true}

// divisionOf reports a place name ending before token end that is followed
// by a division word and "of" ("Alishir district of Khost", "the Findik
// region of Sirnak"): it is the more specific of the two.
func divisionOf(d *doc.Document, sent doc.Sentence, end int) bool {
	k := end
	if n := localGovernmentAt(d.Tokens, k, sent.EndToken); n > 0 {
		k += n // "Ado Local Government Area of Ekiti State"
	} else if k > 0 && divisionWords[lowerASCII(d.Tokens[k-1].Text)] {
		k = end // a name ending in its division word: "Gamboru Ngala Local Government Area"
	} else {
		k = -1
	}
	if k >= 0 {
		if k+3 < sent.EndToken && d.Tokens[k].Text == "(" && acronym(d.Tokens[k+1].Text) && d.Tokens[k+2].Text == ")" {
			k += 3 // "in Oyun Local Government Area (LGA) of Kwara State"
		}
		if k < sent.EndToken && lowerASCII(d.Tokens[k].Text) == "of" {
			return true
		}
	}
	if end+1 >= sent.EndToken || lowerASCII(d.Tokens[end+1].Text) != "of" {
		return false
	}
	return divisionWords[lowerASCII(d.Tokens[end].Text)]
}

// localGovernmentAt returns the length of "Local Government Area", "Local
// Government Council" or "Local Government" starting at token j (the name
// of a Nigerian district follows its name: "Gamboru Ngala Local Government
// Area"), or 0.
func localGovernmentAt(toks []doc.Token, j, end int) int {
	if j+1 >= end || lowerASCII(toks[j].Text) != "local" || lowerASCII(toks[j+1].Text) != "government" {
		return 0
	}
	if j+2 < end {
		switch lowerASCII(toks[j+2].Text) {
		case "area", "council":
			return 3
		}
	}
	return 2
}

// divisionWords name a division of a larger one ("district", "area").
var divisionWords = map[string]bool{"district": true, "region": true, "province": true, "county": true,
	"area": true, "governorate": true, "prefecture": true, "neighborhood": true, "neighbourhood": true,
	"quarter": true, "township": true, "sector": true, "division": true, "department": true,
	"municipality": true}

// beAux are forms of "be" that stand between a subject and its passive or
// progressive verb.
var beAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true,
	"being": true, "be": true, "has": true, "have": true, "had": true}

// quantifiers take a part of what "of" names ("many of Chechnya's towns").
var quantifiers = map[string]bool{"many": true, "most": true, "some": true, "all": true, "several": true,
	"much": true, "part": true, "parts": true, "one": true, "two": true, "three": true, "dozens": true,
	"hundreds": true, "thousands": true, "half": true}

// participlePreps may follow a passive participle said of the place before
// it ("X, captured by the Serbs", "X, seized in 1991").
var participlePreps = map[string]bool{"by": true, "from": true, "in": true, "during": true, "after": true,
	"on": true, "at": true, "last": true}

// subjectOf reports whether the place at tokens [first, end) is the subject
// of the passive verb at tt ("Kisangani was captured", "the towns of X and Y
// are being targeted").
func subjectOf(d *doc.Document, sent doc.Sentence, first, end, tt int) bool {
	if c := appositiveEnd(d, sent, first, end, tt); c > 0 {
		end = c + 1 // "Transnistria, the last rebel-held strip of Moldova, was seized"
		if end >= tt {
			return false
		}
	}
	if personVerbs[lowerASCII(d.Tokens[tt].Text)] && end < tt && d.Tokens[end].Text != "'s" && d.Tokens[end].Text != "’s" {
		return false // "Ortega was shot": a person, even when a town has the name (but "Spain's interior minister was shot")
	}
	if first > sent.FirstToken {
		// "Jan Novak and Eva Horakova from Brno were killed": a person's origin.
		switch lowerASCII(d.Tokens[first-1].Text) {
		case "from", "of":
			quantified := first-2 >= sent.FirstToken && quantifiers[lowerASCII(d.Tokens[first-2].Text)] &&
				end < tt && (d.Tokens[end].Text == "'s" || d.Tokens[end].Text == "’s")
			if cueBefore(d.Text[:d.Tokens[first].Start]) == "" && !quantified {
				return false // (but "Many of Darfur's villages have been burned")
			}
		}
	}
	if (tt == end || tt == end+1 && d.Tokens[end].Text == ",") && !personVerbs[lowerASCII(d.Tokens[tt].Text)] &&
		tt+1 < sent.EndToken && participlePreps[lowerASCII(d.Tokens[tt+1].Text)] &&
		(d.Tokens[tt].Tag == "VBN" || d.Tokens[tt].Tag == "VBD" && lowerASCII(d.Tokens[tt+1].Text) == "by") {
		// "the Aland Islands, seized by the Swedes in 1809, are due to
		// return", "the Falkland Islands seized by Argentina in 1982": a
		// participle after the place it is said of.
		return true
	}
	relative := end+1 < tt && d.Tokens[end].Text == "," && (lowerASCII(d.Tokens[end+1].Text) == "which" || lowerASCII(d.Tokens[end+1].Text) == "that")
	if tt-end < 1 || tt-end > 8 && !(relative && tt-end <= 30) || strings.HasSuffix(lowerASCII(d.Tokens[tt].Text), "ing") {
		return false // "Fiji is patrolling": an actor, not a place
	}
	aux := false
	k := end
	if k+2 < tt && d.Tokens[k].Text == "," && (lowerASCII(d.Tokens[k+1].Text) == "which" || lowerASCII(d.Tokens[k+1].Text) == "that") {
		k += 2 // "Herat, which is guarded by Italian troops"
		// "Mandera, which borders Somalia, was attacked": the
		// clause closes with a comma before the trigger's auxiliaries.
		for c := tt - 1; c > k; c-- {
			if d.Tokens[c].Text == "," {
				if tt-c <= 4 {
					k = c + 1
				}
				break
			}
		}
	} else if k+1 < tt && d.Tokens[k].Text == "," && beAux[lowerASCII(d.Tokens[k+1].Text)] && first > sent.FirstToken && d.Tokens[first-1].Text == "," {
		k++ // "The capital, Kabul, is patrolled"
	} else if w := lowerASCII(d.Tokens[k].Text); partWords[w] || unknownCueAfter(w) != "" {
		k++ // "The Kljuc region was captured", "Utah Beach was captured"
	} else if w == "'s" || w == "’s" {
		// "Japan's top police official was shot": the subject's place.
		n := 0
		for k++; k < tt && n < 5 && !beAux[lowerASCII(d.Tokens[k].Text)]; k, n = k+1, n+1 {
			if tg := d.Tokens[k].Tag; !modifierTag(tg) && tg != "NN" && tg != "NNS" && tg != "CD" {
				return false
			}
		}
	}
	for ; k < tt; k++ {
		w := lowerASCII(d.Tokens[k].Text)
		switch {
		case beAux[w]:
			aux = aux || w != "has" && w != "have" && w != "had"
		case strings.HasSuffix(w, "ly") || w == "also" || w == "now" || w == "still" || w == "reportedly" || w == "would" ||
			w == "will" || w == "could" || w == "might" || w == "may" || w == "can" || w == "not" || w == "never":
		default:
			return false
		}
	}
	return aux
}

// warNouns after a country keep it the place ("the Iraq war", "an
// Afghanistan battlefield", "the south Lebanon occupation zone").
var warNouns = map[string]bool{"war": true, "wars": true, "battlefield": true, "conflict": true,
	"occupation": true, "zone": true, "front": true, "frontline": true, "campaign": true, "invasion": true}

// timeNouns may follow a place name without it modifying them ("in Iraq
// today").
var timeNouns = map[string]bool{"today": true, "yesterday": true, "tonight": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "week": true, "month": true, "year": true,
	"overnight": true, "earlier": true, "later": true}

// personOrPlace verbs take persons as often as places as their passive
// subject ("Kisangani was captured", "Noriega was captured").
var personOrPlace = map[string]bool{"captured": true, "seized": true, "surrounded": true, "taken": true, "held": true}

// personalNouns after a possessive name a person's belongings or kin
// ("in Blake's car"), not a part of a place.
var personalNouns = map[string]bool{"car": true, "house": true, "home": true, "apartment": true, "office": true,
	"family": true, "wife": true, "husband": true, "son": true, "daughter": true, "room": true, "bedroom": true,
	"truck": true, "vehicle": true, "body": true, "head": true, "brother": true, "father": true, "mother": true,
	"convoy": true, "motorcade": true, "bodyguards": true}

// moveVerbs right before "to" make its object the place of the event
// ("marched to the White House", "was deployed to Syria"); not nouns such as
// "troops" ("send troops to Russia" is a decision made elsewhere).
var moveVerbs = map[string]bool{"march": true, "marched": true, "marching": true, "deployed": true, "deploy": true,
	"deploying": true}

// personVerbs take only persons as their passive subject.
var personVerbs = map[string]bool{"shot": true, "killed": true, "murdered": true, "wounded": true, "injured": true,
	"stabbed": true, "executed": true, "kidnapped": true, "arrested": true, "detained": true, "assassinated": true,
	"beaten": true, "abducted": true, "hanged": true, "tortured": true}

// appositiveEnd returns the closing comma of a verbless appositive after a
// place that opens its sentence, before the trigger at tt ("Belet Huen,
// about 200 miles northwest of Mogadishu, was captured"), or -1. Tagged
// text only.
func appositiveEnd(d *doc.Document, sent doc.Sentence, first, end, tt int) int {
	if first != sent.FirstToken && !(first-1 == sent.FirstToken && lowerASCII(d.Tokens[first-1].Text) == "the") {
		return -1
	}
	if end+2 >= tt || d.Tokens[end].Text != "," || unicode.IsDigit(firstRune(d.Tokens[end+1].Text)) {
		return -1 // "Jordan, 56, was shot": a person's age
	}
	for c := end + 2; c < tt && c-end <= 16; c++ {
		w := lowerASCII(d.Tokens[c].Text)
		if w == "," {
			if verbless(d, end+1, c) {
				return c
			}
			return -1
		}
		if clauseBreaks[w] || w == "and" || w == "where" || w == "when" || w == "that" {
			return -1
		}
	}
	return -1
}

// buildingOwner returns the town named in a possessive before a building
// ("Mecca's Al-Nur hospital", "Abuja's International Conference Centre"),
// or nil. A country or region does not count ("Turkey's Middle East
// Technical University" is placed by its own town).
func buildingOwner(d *doc.Document, sent doc.Sentence, b *doc.PlaceMention) *doc.PlaceMention {
	first, end := b.TokenSpan.First, b.TokenSpan.End
	if end == 0 || first-2 < sent.FirstToken {
		return nil
	}
	if w := d.Tokens[first-1].Text; w != "'s" && w != "’s" {
		return nil
	}
	last := lowerASCII(d.Tokens[end-1].Text)
	next := ""
	if end < sent.EndToken {
		next = lowerASCII(d.Tokens[end].Text)
	}
	if !facilities[last] && !facilities[next] || last == "prison" || next == "prison" {
		return nil // "Istanbul's Bayrampasa prison" is a place of its own
	}
	for i := range d.Places {
		p := &d.Places[i]
		if p.Sentence != b.Sentence || p.TokenSpan.End != first-1 || !p.Resolved && p.Place.Name == "" {
			continue
		}
		switch p.Place.Feature {
		case "country", "continent", "region":
			return nil
		}
		return p
	}
	return nil
}

// buildingAfter reports a building, event or landmark word right after a
// place name, or one word later ("Highland Hospital", "the Victoria Hotel",
// "the Queens Pride Parade").
func buildingAfter(d *doc.Document, sent doc.Sentence, end int) bool {
	for k := end; k < sent.EndToken && k < end+2; k++ {
		w := lowerASCII(d.Tokens[k].Text)
		if facilities[w] || landmarkWords[w] || siteNouns[w] || w == "parade" || w == "intersection" || w == "embassy" {
			return true
		}
		if !capitalized(d.Tokens[k].Text) {
			return false
		}
	}
	return false
}

// placeInAfter reports a place after "in" or "at" among tokens [from, to)
// of the sentence ("Morocco's parliament in Rabat").
func placeInAfter(d *doc.Document, sent doc.Sentence, from, to int) bool {
	if to > sent.EndToken {
		to = sent.EndToken
	}
	for k := from; k+1 < to; k++ {
		if w := lowerASCII(d.Tokens[k].Text); w != "in" && w != "at" {
			continue
		}
		for i := range d.Places {
			p := &d.Places[i]
			if f := p.TokenSpan.First; p.TokenSpan.End > 0 && f > k && f <= k+3 {
				return true
			}
		}
	}
	return false
}

// whereClause reports a trigger at tt in a relative clause on the place
// ending at token end ("in Tulkarm, where a guard was wounded").
func whereClause(d *doc.Document, sent doc.Sentence, end, tt int) bool {
	w := end // ", where" or "where", maybe after an area word ("Shawa village where")
	if w < tt && (partWords[lowerASCII(d.Tokens[w].Text)] || unknownCueAfter(d.Tokens[w].Text) != "") {
		w++
	}
	if w < tt && d.Tokens[w].Text == "," {
		w++
	}
	if w+1 > tt || tt-end > 16 || lowerASCII(d.Tokens[w].Text) != "where" {
		return false
	}
	for k := w + 1; k < tt; k++ {
		w := lowerASCII(d.Tokens[k].Text)
		if w == "," || clauseBreaks[w] {
			return false
		}
	}
	return true
}

// mainObject reports whether the place at tokens [first, end) is the object
// of a verb with a settlement or area word ("attacked Damboa town", "stormed
// the village of Mainok").
func mainObject(d *doc.Document, sent doc.Sentence, first, end int) bool {
	if end < sent.EndToken && (unknownCueAfter(d.Tokens[end].Text) != "" || siteNouns[lowerASCII(d.Tokens[end].Text)]) ||
		end-first >= 2 && unknownCueAfter(d.Tokens[end-1].Text) != "" {
		return true // "Damboa town", "an upscale Baghdad restaurant", "the Al-Arfi District"
	}
	return cueBefore(d.Text[:d.Tokens[first].Start]) != ""
}

// participle reports a trigger in a participle clause that follows its main
// clause (", killing 39 people", "killing 11 and wounding 24"): it happened
// where the main clause did.
func participle(d *doc.Document, sent doc.Sentence, tt int) bool {
	w := lowerASCII(d.Tokens[tt].Text)
	if !strings.HasSuffix(w, "ing") || tt-1 <= sent.FirstToken {
		return false
	}
	prev := d.Tokens[tt-1].Text
	if prev == "," {
		return true
	}
	if tt-2 > sent.FirstToken && d.Tokens[tt-2].Text == "," && participleAdverbs[lowerASCII(prev)] {
		return true // ", thus killing"
	}
	if prev == "and" {
		for k := tt - 2; k > sent.FirstToken && k > tt-8; k-- {
			if t := d.Tokens[k].Text; t == "," {
				return true
			} else if clauseBreaks[lowerASCII(t)] {
				return false
			}
		}
	}
	return false
}

// participleAdverbs may stand between the comma and a trailing participle.
var participleAdverbs = map[string]bool{"thus": true, "also": true, "reportedly": true, "allegedly": true,
	"apparently": true, "eventually": true, "finally": true, "instantly": true, "immediately": true}

// verbless reports whether tokens [from, to) hold no finite verb; it is
// false for untagged text.
func verbless(d *doc.Document, from, to int) bool {
	for k := from; k < to; k++ {
		switch d.Tokens[k].Tag {
		case "":
			return false
		case "VBD", "VBZ", "VBP", "MD":
			return false
		case ",":
			if k+1 < to && d.Tokens[k+1].Tag == "VBG" {
				return false // a participle clause
			}
		}
	}
	return true
}

// initial reports whether token k starts its sentence, possibly after a
// dateline ("FALLUJAH, Iraq --").
func initial(d *doc.Document, sent doc.Sentence, k int) bool {
	if k == sent.FirstToken {
		return true
	}
	// "Also in Ghazni, ...", "But on Sunday in the town of X, ..."
	lead := true
	for j := sent.FirstToken; j < k && lead; j++ {
		w := lowerASCII(d.Tokens[j].Text)
		lead = j-sent.FirstToken < 5 && (leadWords[w] || calendarWords[w] || timeNouns[w] || w == "," || w[0] >= '0' && w[0] <= '9')
	}
	if lead {
		return true
	}
	// "In another incident in Abu Qurqas, ...": a short opening phrase.
	if w := lowerASCII(d.Tokens[sent.FirstToken].Text); (w == "in" || w == "at") && k-sent.FirstToken <= 4 {
		short := true
		for j := sent.FirstToken + 1; j < k; j++ {
			if t := d.Tokens[j].Text; capitalized(t) || t == "," || clauseBreaks[lowerASCII(t)] {
				short = false
			}
		}
		if short {
			return true
		}
	}
	for j := sent.FirstToken; j < k; j++ {
		if t := d.Tokens[j].Text; t == "--" || t == "—" || t == "–" {
			return j == k-1
		}
	}
	return false
}

// broken reports a clause break among tokens [from, to).
func broken(d *doc.Document, from, to int) bool {
	for x := from; x < to; x++ {
		w := lowerASCII(d.Tokens[x].Text)
		if quotes[w] {
			// A short quoted phrase inside the clause ("bombed
			// "terrorist buildings" near Kirkuk") does not break it.
			y := x + 1
			for y < to && y-x <= 5 && !quotes[d.Tokens[y].Text] {
				y++
			}
			if y < to && y-x <= 5 && y > x+1 {
				x = y
				continue
			}
		}
		if w == "," && x+2 < to {
			// ", while more than 400,000 rallied in Chicago", ", while in
			// Baghdad two policemen were shot", ", and in Prijedor, the head
			// of the charity has been arrested": a new clause with its own
			// scene.
			n := lowerASCII(d.Tokens[x+1].Text)
			if (n == "while" || n == "whereas") && (finiteAfter(d, x+2, to) || lowerASCII(d.Tokens[x+2].Text) == "in" || lowerASCII(d.Tokens[x+2].Text) == "at") {
				return true
			}
			if (n == "and" || n == "but") && (lowerASCII(d.Tokens[x+2].Text) == "in" || lowerASCII(d.Tokens[x+2].Text) == "at") {
				return true
			}
		}
		if w == "who" && byAgent(d, from, x) {
			continue // "was shot by gunmen who opened fire on his car in Monterrey": the agent's act is the event
		}
		if clauseBreaks[w] && !(prepositional[w] && x+1 < to && (nounStart[lowerASCII(d.Tokens[x+1].Text)] || timeStart(d.Tokens[x+1].Text))) && !(w == ":" && listColon(d, x)) &&
			!(w == "after" && x+1 < to && d.Tokens[x+1].Tag == "VBG") {
			return true
		}
	}
	return false
}

// listColon reports a colon at token k that opens a list of the names of
// the area noun before it ("four villages: Demsare, Wunamokoh").
func listColon(d *doc.Document, k int) bool {
	return k > 0 && k+1 < len(d.Tokens) && areaNouns[lowerASCII(d.Tokens[k-1].Text)] && capitalized(d.Tokens[k+1].Text)
}

// quotes open or close a quotation.
var quotes = map[string]bool{"\"": true, "“": true, "”": true}

// prepositional clause breaks do not break a clause when a noun phrase
// follows them ("demonstrated after the Friday prayers in Diraz"), nor does
// "after" before a gerund, whose clause shares the trigger's subject and
// scene ("was shot to death after leaving a breakfast at a Mexico City
// hotel", "was killed after being shot in the city of Kirkuk").
var prepositional = map[string]bool{"after": true, "before": true, "since": true}

// timeStart reports a word that opens a time expression after "since",
// "after" or "before" ("since Friday", "after Friday prayers", "before
// 2011", "since last week"): a phrase of time, no clause.
func timeStart(t string) bool {
	w := lowerASCII(t)
	if calendarWords[w] || timeWords[w] {
		return true
	}
	if len(t) == 4 && (t[:2] == "19" || t[:2] == "20") && t[2] >= '0' && t[2] <= '9' && t[3] >= '0' && t[3] <= '9' {
		return true // a year
	}
	return false
}

// timeWords open a time expression besides the names of days and months.
var timeWords = map[string]bool{"last": true, "yesterday": true, "today": true, "tonight": true,
	"earlier": true, "mid": true, "late": true, "early": true, "sunset": true, "sunrise": true,
	"daybreak": true, "dusk": true}

// nounStart words open a noun phrase.
var nounStart = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true,
	"its": true, "midnight": true, "dawn": true, "noon": true, "nightfall": true}

// protestWords are the forms of protest triggers whose "against" phrase
// names what the protest opposes, not where it was held.
var protestWords = map[string]bool{"protest": true, "protests": true, "protested": true, "protesting": true,
	"demonstrate": true, "demonstrates": true, "demonstrated": true, "demonstrating": true,
	"demonstration": true, "demonstrations": true, "march": true, "marches": true, "marched": true,
	"marching": true, "rally": true, "rallies": true, "rallied": true, "rallying": true,
	"picketed": true, "picketing": true}

// againstAt returns the index of "against" among tokens [from, to), or -1.
func againstAt(d *doc.Document, from, to int) int {
	for k := from; k < to; k++ {
		if lowerASCII(d.Tokens[k].Text) == "against" {
			return k
		}
	}
	return -1
}

// topicNouns name an act or a policy that a protest opposes; a place
// right after them and a preposition is its object ("the war on Iraq",
// "NATO's bombing of Yugoslavia", "the blockade of the Gaza Strip").
var topicNouns = map[string]bool{"war": true, "wars": true, "attack": true, "attacks": true, "assault": true,
	"bombing": true, "bombings": true, "bombardment": true, "blockade": true, "sanctions": true,
	"invasion": true, "occupation": true, "offensive": true, "strike": true, "strikes": true,
	"conflict": true, "violence": true, "aggression": true, "airstrikes": true, "raids": true,
	"policy": true, "policies": true, "intervention": true, "embargo": true, "crackdown": true,
	"escalation": true, "massacre": true, "killings": true, "detention": true, "deportation": true}

// topicPlace reports whether the place starting at token first is the
// object of a topic noun among tokens [from, first): the noun, a
// preposition (of, on, against, toward, or for a country "in"), and only
// articles, modifiers or a participle ("imposed on") between them and the
// place ("the war in Iraq", but "against the war in Washington" names where
// the protest was).
func topicPlace(d *doc.Document, from, first int, country bool) bool {
	k := first - 1
	for ; k >= from; k-- {
		w := lowerASCII(d.Tokens[k].Text)
		if w == "the" || directionWord(w) != "" || modifierTag(d.Tokens[k].Tag) || d.Tokens[k].Tag == "VBN" ||
			w == "imposed" || w == "launched" || w == "waged" {
			continue
		}
		break
	}
	if k-1 < from {
		return false
	}
	switch lowerASCII(d.Tokens[k].Text) {
	case "of", "on", "against", "toward", "towards", "upon":
	case "in":
		if !country {
			return false
		}
	default:
		return false
	}
	for j := k - 1; j >= from && k-j <= 2; j-- {
		if topicNouns[lowerASCII(d.Tokens[j].Text)] {
			return true
		}
		if !(d.Tokens[j].Tag == "VBN" || lowerASCII(d.Tokens[j].Text) == "imposed") {
			break
		}
	}
	return false
}

// officeAdjectives after a place name make it the seat of an office or a
// body ("Diyala provincial councillor", "the Kandahar provincial
// governor"), not the place of the event.
var officeAdjectives = map[string]bool{"provincial": true, "regional": true, "municipal": true, "prefectural": true}

// directionAdjective reports a word that continues a direction ("North
// East", "South-West"), so that the name after it is not yet reached.
func directionAdjective(t string) bool { return directionWord(t) != "" }

// scenePreps introduce the scene of a situation clause.
var scenePreps = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true}

// situationClause reports an "as" or "when" among tokens [from, to) that
// opens a clause describing the situation in which the event happened: its
// place is the event's, however far ("was shot dead as he left a mosque in
// central Gaalkacyo", "detonated a bomb when the convoy passed through
// the town of X").
func situationClause(d *doc.Document, from, to int) bool {
	for k := from; k < to; k++ {
		switch lowerASCII(d.Tokens[k].Text) {
		case "as", "when":
			if k+1 < to && (lowerASCII(d.Tokens[k+1].Text) == "if" || lowerASCII(d.Tokens[k+1].Text) == "though") {
				continue // "as if a huge earthquake hit the area"
			}
			// A clause has its own finite verb soon after the conjunction
			// ("as she sat", "when the convoy passed"); "used as military
			// bases", "as well as", "as many as" have none.
			for v := k + 1; v < to && v-k <= 7; v++ {
				switch d.Tokens[v].Tag {
				case "VBD", "VBZ", "VBP":
					return true
				}
			}
		}
	}
	return false
}

// embassyNouns name a country's mission abroad.
var embassyNouns = map[string]bool{"embassy": true, "embassies": true, "consulate": true, "consulates": true,
	"legation": true, "chancery": true}

// embassyOwner reports a country at tokens [first, end) that owns an
// embassy named around it: "the US de facto embassy", "the embassies of
// the United States, Britain and Spain" (with the other owners listed
// between).
func embassyOwner(d *doc.Document, sent doc.Sentence, first, end int) bool {
	for k := end; k < sent.EndToken && k-end < 3; k++ {
		w := lowerASCII(d.Tokens[k].Text)
		if embassyNouns[w] {
			return true
		}
		if capitalized(d.Tokens[k].Text) || !unicode.IsLetter(firstRune(w)) {
			break
		}
	}
	k := first - 1
	for k >= sent.FirstToken && first-k <= 12 {
		w := lowerASCII(d.Tokens[k].Text)
		if w == "the" || w == "," || w == "and" || capitalized(d.Tokens[k].Text) {
			k--
			continue
		}
		break
	}
	return k-1 >= sent.FirstToken && lowerASCII(d.Tokens[k].Text) == "of" && embassyNouns[lowerASCII(d.Tokens[k-1].Text)]
}

// takeForms are the forms of "take" ("took to the streets").
var takeForms = map[string]bool{"take": true, "takes": true, "took": true, "taking": true, "taken": true}

// streetsAfter reports "'s streets" within a few words after token first
// ("Sarajevo's streets", "Addis Ababa's streets").
func streetsAfter(d *doc.Document, sent doc.Sentence, first int) bool {
	for j := first + 1; j+1 < sent.EndToken && j-first <= 4; j++ {
		if w := d.Tokens[j].Text; w == "'s" || w == "’s" {
			return lowerASCII(d.Tokens[j+1].Text) == "streets"
		}
	}
	return false
}

// finiteAfter reports a finite verb among the tokens from k, at most eight
// of them and before to: the words open a clause of their own ("while two
// members were injured", not "while on a reconnaissance mission").
func finiteAfter(d *doc.Document, k, to int) bool {
	for v := k; v < to && v-k < 8; v++ {
		switch d.Tokens[v].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// originNouns name a person whose home place may follow with "from" or
// "of" ("a youth from Kurar village").
var originNouns = map[string]bool{"man": true, "woman": true, "youth": true, "boy": true, "girl": true,
	"resident": true, "native": true, "farmer": true, "student": true, "teenager": true, "businessman": true,
	"worker": true, "doctor": true, "teacher": true, "cleric": true, "elder": true, "villager": true,
	"men": true, "women": true, "residents": true, "natives": true, "farmers": true, "students": true,
	"workers": true, "doctors": true, "teachers": true, "pilgrims": true, "tourists": true, "engineers": true,
	"commandos": true, "refugees": true, "migrants": true, "volunteers": true, "fighters": true, "journalist": true,
	"journalists": true, "engineer": true, "tourist": true, "pilgrim": true, "volunteer": true}

// personAppositive reports a place at tokens [first, end) inside a verbless
// appositive between commas after a person's name, the second comma
// followed only by auxiliaries and adverbs before the trigger at tt ("Tariq
// Mansour, another suspected organizer of the bombings in Spain,
// was arrested ... in Tangier"): it tells who the person is, and
// yields to a place in the trigger's own phrase. Tagged text only.
func personAppositive(d *doc.Document, sent doc.Sentence, first, end, tt int) bool {
	open := -1
	for k := first - 1; k > sent.FirstToken && first-k <= 12; k-- {
		t := d.Tokens[k]
		if t.Text == "," {
			open = k
			break
		}
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "" {
			return false
		}
	}
	if open < 0 || !capitalized(d.Tokens[open-1].Text) || placeAt(d, open-1) {
		return false
	}
	closing := -1
	for k := end; k < tt && k-end <= 8; k++ {
		t := d.Tokens[k]
		if t.Text == "," {
			closing = k
			break
		}
		if strings.HasPrefix(t.Tag, "VB") {
			return false
		}
	}
	if closing < 0 {
		return false
	}
	for k := closing + 1; k < tt; k++ {
		if !beAux[lowerASCII(d.Tokens[k].Text)] && d.Tokens[k].Tag != "RB" {
			return false
		}
	}
	return true
}

// originPlace reports a place starting at token first inside a phrase that
// says where a person comes from: "of" or "from" after a name, an age or a
// person noun, with only place words between ("Moussa Ranimat, 28, of Kafr
// Tsurif near Hebron", "a youth from Kurar village in Malad").
func originPlace(d *doc.Document, sent doc.Sentence, first int) bool {
	for k, n := first-1, 0; k > sent.FirstToken && n < 10; k, n = k-1, n+1 {
		t := d.Tokens[k].Text
		w := lowerASCII(t)
		switch {
		case w == "of" || w == "from":
			prev := d.Tokens[k-1].Text
			return prev == "," && k-2 >= sent.FirstToken && (unicode.IsDigit(firstRune(d.Tokens[k-2].Text)) || capitalized(d.Tokens[k-2].Text)) ||
				originNouns[lowerASCII(prev)]
		case w == "in" && capitalized(d.Tokens[k-1].Text):
			// "a worker from Peshawar in the Orangi neighborhood": "in"
			// after a whole name opens the scene ("from Kurar village in
			// Malad" goes on).
			return false
		case capitalized(t) || w == "the" || w == "near" || w == "in" || w == "," || partWords[w] || directionWord(w) != "":
		default:
			return false
		}
	}
	return false
}

// cuedSettlement reports a place after "city of", "town of", "village of"
// (and the other settlement words): the writer names the scene with its
// kind, so it counts farther from the trigger than a bare name ("killed
// and two others wounded in an attack ... on an army convoy in the Kurdish
// town of Cizre").
func cuedSettlement(d *doc.Document, first int) bool {
	return first >= 2 && lowerASCII(d.Tokens[first-1].Text) == "of" && settlementWords[lowerASCII(d.Tokens[first-2].Text)]
}

// situationVerb reports a verb at token k that opens a clause of the
// situation of the trigger ending at te: "as", "when", "while" or "after"
// stands at most three words before it ("as he entered", "while walking
// home from", "after leaving").
func situationVerb(d *doc.Document, te, k int) bool {
	for j := k - 1; j > te && k-j <= 3; j-- {
		switch lowerASCII(d.Tokens[j].Text) {
		case "as", "when", "while", "after":
			return true
		}
	}
	return false
}

// byAgent reports a passive agent ("by" and at most four words of a noun
// phrase) right before token x, after token from.
func byAgent(d *doc.Document, from, x int) bool {
	for k := x - 1; k >= from && x-k <= 5; k-- {
		w := lowerASCII(d.Tokens[k].Text)
		if w == "by" {
			return k < x-1
		}
		if w == "," || clauseBreaks[w] || !unicode.IsLetter(firstRune(w)) && !unicode.IsDigit(firstRune(w)) {
			return false
		}
	}
	return false
}

// eventModifier returns the index of "during", "after" or "in" before a
// place at tokens [first, end) that names the place of an event noun right
// after it ("after the Riyadh shootout", "during Kafr Saghir's
// liberation") or, after "of", before it ("during the 1989 US invasion of
// Panama", "during Israel's 1982 invasion of Lebanon"), or -1.
func eventModifier(d *doc.Document, sent doc.Sentence, first, end int) int {
	if k := eventOf(d, sent, first); k >= 0 {
		return k
	}
	e := end
	if e < sent.EndToken && (d.Tokens[e].Text == "'s" || d.Tokens[e].Text == "’s") {
		e++
	}
	if e >= sent.EndToken || !eventNouns[lowerASCII(d.Tokens[e].Text)] {
		return -1
	}
	k := first - 1
	if k > sent.FirstToken && lowerASCII(d.Tokens[k].Text) == "the" {
		k--
	}
	if k < sent.FirstToken {
		return -1
	}
	switch lowerASCII(d.Tokens[k].Text) {
	case "during", "after", "in":
		return k
	}
	return -1
}

// eventNouns name an attack or a fight whose place a name before them
// gives ("the Riyadh shootout").
// eventOf returns the index of "during", "after" or "in" before an event
// noun and "of" that end right before token first, with at most five
// modifiers between ("the", a year, a name, a possessive, an adjective:
// "during the 1989 US invasion of"), or -1.
func eventOf(d *doc.Document, sent doc.Sentence, first int) int {
	k := first - 1
	if k-2 < sent.FirstToken || lowerASCII(d.Tokens[k].Text) != "of" {
		return -1
	}
	k--
	if w := lowerASCII(d.Tokens[k].Text); !eventNouns[w] && !ofEventNouns[w] {
		return -1
	}
	for k, n := k-1, 0; k >= sent.FirstToken && n <= 5; k, n = k-1, n+1 {
		t := d.Tokens[k]
		switch lowerASCII(t.Text) {
		case "during", "after", "in":
			return k
		case "the", "'s", "’s", "its", "their":
			continue
		}
		if t.Tag == "CD" || t.Tag == "JJ" || t.Tag == "NNP" || capitalized(t.Text) || t.Text[0] >= '0' && t.Text[0] <= '9' {
			continue
		}
		return -1
	}
	return -1
}

// ofEventNouns are the event nouns that name their place after "of"
// only ("the invasion of Panama", "the occupation of Kuwait").
var ofEventNouns = map[string]bool{"invasion": true, "occupation": true, "capture": true, "bombardment": true,
	"fall": true, "battle": true}

var eventNouns = map[string]bool{"raid": true, "raids": true, "attack": true, "attacks": true, "clashes": true,
	"fighting": true, "bombing": true, "bombings": true, "blast": true, "explosion": true, "shelling": true,
	"assault": true, "offensive": true, "ambush": true, "shootout": true, "massacre": true, "gassing": true,
	"liberation": true, "siege": true, "uprising": true, "riots": true, "unrest": true}
