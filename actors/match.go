package actors

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/annals-dev/annals/doc"
)

// Matcher is the actor-mention stage. It reads d.Sentences and d.Tokens (and
// the tokens' Tag when a tagger ran) and fills d.Actors with non-overlapping
// mentions in text order.
//
// Within a sentence it scans left to right and, at each token, takes the
// longest of these constructions:
//
//   - a name, alias, capital or government metonym ("Serbia", "the Kremlin");
//   - a nationality, country or organization followed by agent roles, with an
//     optional possessive ("Serbian police", "Kosovo's government",
//     "alliance chief") → country code + role codes ("SRBCOP", "XKXGOV");
//   - agent roles followed by "of"/"from" and a country ("an official of
//     Kosovo's government" → XKXGOV, "the president of Serbia" → SRBGOV);
//   - titles followed by a person's name ("Serbian President Aleksandar
//     Vucic"): one mention of the person, coded by the document's date;
//   - a title alone ("the Serbian president") → the office's code, and the
//     person holding it on the date when the dictionary knows one;
//   - a bare agent ("police", "gunmen"): its role code, prefixed with the
//     country named right after it with "in" ("police in Kiev" → UKRCOP),
//     else the country in focus (the most-mentioned country so far), unless
//     the agent entry says "inherit: no";
//   - a leader's name before a word for a government ("the Bush
//     administration" → USAGOV), on any date;
//   - back-references: surnames of people named earlier ("Stoltenberg") and
//     nouns of organizations named earlier ("the alliance" → NATO);
//   - unknown capitalized names (NNP runs, or capitalized runs when untagged)
//     guessed as a person (two or three words) or an organization (ending in
//     a word such as "Party" or "Army"), keeping their text; a title or a
//     nationality in front gives them a code.
//
// Once a sentence is read, its ethnic groups ("ethnic Albanians", "the
// Albanians of southern Serbia") take the country they live in (see
// placeEthnic), and agents met before any country take the sentence's (see
// settle).
//
// Hyphenated modifiers ("Belgrade-backed", "alliance-led") are not mentions:
// they name a sponsor, not a participant. The exception is "X-led" followed
// by agents ("U.S.-led forces" → USAMIL), where the agents are X's.
//
// Each mention's Kind says how it was found: "name" (a name of the entry, or
// a person's full name with any titles before it), "alias" (an adjective,
// capital, metonym or a person's surname), "coreference" (a noun referring
// back, "the alliance"; the surname of a guessed person), "title" (a title
// alone, resolved to the person holding it on the date), "agent" (roles,
// with or without a country), "guess" (an unknown name). Rule is the
// dictionary entry's "file:line", with " +focus" when the country came from
// the focus, " +in" from a place after "in", " +ethnic" from where an ethnic
// group lives, " +leader" for a leader's government and " +led" for
// "X-led"; guesses have "guess-person" or "guess-org". Actor.ID is empty for
// agents of a country, ethnic groups and guesses.
type Matcher struct {
	d *Dictionary
}

// NewMatcher returns a matcher over d. d must not change afterwards.
func NewMatcher(d *Dictionary) *Matcher {
	d.ensure()
	return &Matcher{d: d}
}

// Name implements doc.Stage.
func (m *Matcher) Name() string { return "actors" }

// Process implements doc.Stage: it fills d.Actors.
func (m *Matcher) Process(d *doc.Document) error {
	st := docState{m: m, d: d, date: d.Date, buf: make([]byte, 0, 64)}
	d.Actors = d.Actors[:0]
	for si, s := range d.Sentences {
		st.sent = si
		st.sentFirst = s.FirstToken
		firstActor := len(d.Actors)
		st.ethnic = st.ethnic[:0]
		for i := s.FirstToken; i < s.EndToken; {
			st.late = false
			if am, next, ok := st.compose(i, s.EndToken); ok {
				if am.Actor.Code != "" && am.Actor.Code == am.Actor.Country && next < s.EndToken && featureWords[d.Tokens[next].Text] {
					// "the Moscow River", "the Red Sea", "Tehran Street": a
					// place's name, not the country acting.
					i = next
					continue
				}
				if st.late && am.Actor.Country == "" && am.Actor.Code != "" {
					st.pending = append(st.pending, len(d.Actors))
				}
				if st.ethnicGroup(am) {
					st.ethnic = append(st.ethnic, len(d.Actors))
				} else if st.crowdOfNationals(am) {
					// "thousands of Cubans": people, not the state.
					am.Actor.Code += "CVL"
					am.Actor.ID = ""
					am.Rule += " +crowd"
				}
				st.emit(am)
				i = next
				continue
			}
			i++
		}
		st.placeEthnic(firstActor)
		st.shareRoles(firstActor)
		st.envoysToIGOs(firstActor)
		st.settle(firstActor)
		st.rolesNamed(firstActor)
	}
	return nil
}

// envoysToIGOs recodes a country's envoy to an international organization
// ("North Korea's UN envoy", "Iran's U.N. ambassador") as that country's
// government: the organization names where the envoy serves, not whom.
func (st *docState) envoysToIGOs(first int) {
	as := st.d.Actors
	for i := first + 1; i < len(as); i++ {
		a, b := &as[i-1], &as[i]
		if a.Actor.Country == "" || a.Actor.Code != a.Actor.Country || !strings.HasPrefix(b.Actor.Code, "IGO") {
			continue
		}
		k := a.TokenSpan.End
		if k+1 != b.TokenSpan.First || (st.tok(k) != "'s" && st.tok(k) != "’s") {
			continue
		}
		switch st.key(b.TokenSpan.End - 1) {
		case "envoy", "ambassador", "representative", "delegate", "delegation", "mission", "envoys", "ambassadors":
			b.Actor = doc.Actor{Name: st.d.Text[b.Span.Start:b.Span.End], Code: a.Actor.Country + "GOV", Country: a.Actor.Country}
			b.Rule += " +envoy"
		}
	}
}

// featureWords are the capitalized heads of geographic names that a town's
// or country's name may open ("Moscow River", "Kabul Valley").
var featureWords = map[string]bool{"River": true, "Sea": true, "Lake": true, "Bay": true, "Gulf": true, "Strait": true,
	"Mountains": true, "Valley": true, "Bridge": true, "Street": true, "Avenue": true, "Square": true, "Canal": true,
	"Basin": true, "Delta": true, "Plateau": true, "Desert": true, "Island": true, "Islands": true, "Peninsula": true,
	"Road": true, "Highway": true, "Corridor": true, "Dam": true}

// shareRoles gives coordinated nationality adjectives the role of the
// agent that ends their list: in "Pakistani and Indian troops" or "Russian,
// Ukrainian and Turkish officials" each country's troops or officials are
// meant, not the countries.
func (st *docState) shareRoles(first int) {
	as := st.d.Actors
	for i := len(as) - 1; i > first; i-- {
		b := &as[i]
		if b.Kind != "agent" || b.Actor.Country == "" || len(b.Actor.Code) <= len(b.Actor.Country) || b.Actor.ID != "" {
			continue
		}
		role := b.Actor.Code[len(b.Actor.Country):]
		for j := i - 1; j >= first; j-- {
			a := &as[j]
			k := a.TokenSpan.End
			next := as[j+1].TokenSpan.First
			if k+1 != next || a.TokenSpan.End-a.TokenSpan.First != 1 || a.Actor.Code != a.Actor.Country || a.Actor.Country == "" {
				break
			}
			if w := st.key(k); w != "and" && w != "or" && w != "," {
				break
			}
			if mt, ok := st.lookup(a.TokenSpan.First, a.TokenSpan.End); !ok || mt.p.kind != pAdj {
				break // a nationality adjective ("Pakistani"), not a country's name ("Iran and Iraqi officials")
			}
			a.Actor.Code = a.Actor.Country + role
			a.Kind = "agent"
			a.Rule += " +shared role"
		}
	}
}

// settle gives the bare agents met before any country was named ("President
// Dos Santos conceded to demands from UNITA ...", then "Angola") the country
// named most often in the rest of their sentence as a modifier or with an
// agent ("Chilean officials", "Burundi's government", "Algerian President
// Ahmed Ben Bella"), as later bare agents get
// the country in focus. A country named only as a place ("was detained in
// Turkey") says where, not whose, and is not counted, except right after the
// agent: "demonstrators in Baghdad" are Iraqi.
func (st *docState) settle(first int) {
	if len(st.pending) == 0 {
		return
	}
	best, bn := "", 0
	n := map[string]int{}
	for i := first; i < len(st.d.Actors); i++ {
		a := st.d.Actors[i]
		c := a.Actor.Country
		if c == "" {
			continue
		}
		if k := a.TokenSpan.First; k > 0 {
			switch st.key(k - 1) {
			case "in", "at", "near", "into", "inside", "across", "from", "to", "throughout":
				continue
			}
		}
		if a.Kind != "agent" && !st.modifier(a.TokenSpan.End) && !st.nationalityTitled(a) {
			// "Colonel X warned Italy", "X imposed sanctions on the
			// Taliban": a country or organization that is only a party
			// to the act says nothing of X's nationality.
			continue
		}
		n[c]++
		if n[c] > bn {
			best, bn = c, n[c]
		}
	}
	left := st.pending[:0]
	for _, i := range st.pending {
		a := &st.d.Actors[i]
		c := best
		// "Demonstrators in Baghdad", "opposition groups in Zimbabwe":
		// a country named right after the agent is its own.
		if i+1 < len(st.d.Actors) {
			b := st.d.Actors[i+1]
			if k := a.TokenSpan.End; b.Actor.Country != "" && b.Actor.Code == b.Actor.Country && b.TokenSpan.First == k+1 && st.key(k) == "in" {
				c = b.Actor.Country
			}
		}
		if c == "" {
			left = append(left, i) // a later sentence may name one
			continue
		}
		a.Actor.Code = c + a.Actor.Code
		a.Actor.Country = c
		a.Rule += " +focus"
	}
	st.pending = left
}

// outsiders reports whether the word before token i is one of words.txt
// @outsiders: the role that starts there is from elsewhere ("foreign
// governments", "Western diplomats").
func (st *docState) outsiders(i int) bool {
	return i > 0 && words.outsiders[st.key(i-1)]
}

// nationalityTitled reports whether mention a (a person) opens with a
// nationality adjective ("Algerian President Ahmed Ben Bella"): it says the
// country as an agent with a nationality does.
func (st *docState) nationalityTitled(a doc.ActorMention) bool {
	if a.Kind != "name" && a.Kind != "guess" || a.TokenSpan.End-a.TokenSpan.First < 2 {
		return false
	}
	mt, ok := st.lookup(a.TokenSpan.First, a.TokenSpan.End)
	return ok && mt.p.kind == pAdj && mt.e.Kind == KindCountry && mt.end < a.TokenSpan.End
}

// departing reports whether a word of leaving (words.txt @departures) stands
// up to four words before token i, in its sentence.
func (st *docState) departing(i int) bool {
	for k := i - 1; k >= st.sentFirst && k >= i-4; k-- {
		if words.departures[st.key(k)] {
			return true
		}
	}
	return false
}

// modifier reports whether the country mention ending before token end
// modifies what follows: an adjective ("Chilean officials"), a possessor
// ("Burundi's government") or a noun modifier ("the Kenya Anti-Corruption
// Commission").
func (st *docState) modifier(end int) bool {
	t := st.d.Tokens
	if end > 0 && t[end-1].Tag == "JJ" {
		return true
	}
	if end >= len(t) {
		return false
	}
	if x := t[end].Text; x == "'s" || x == "’s" {
		return true
	}
	tg := t[end].Tag
	return tg == "POS" || strings.HasPrefix(tg, "NN")
}

// LastPerson returns the most recent mention of a person (a dictionary person
// or a guessed one) that ends at or before token beforeToken, for resolving
// pronoun speakers ("he said").
func (m *Matcher) LastPerson(d *doc.Document, beforeToken int) (doc.ActorMention, bool) {
	for i := len(d.Actors) - 1; i >= 0; i-- {
		a := d.Actors[i]
		if a.TokenSpan.End > beforeToken {
			continue
		}
		if m.IsPerson(a) {
			return a, true
		}
	}
	return doc.ActorMention{}, false
}

// IsPerson reports whether a mention names a person (a dictionary person or
// a guessed one), as opposed to a country, organization or role.
func (m *Matcher) IsPerson(a doc.ActorMention) bool {
	if strings.HasPrefix(a.Rule, "guess-person") {
		return true
	}
	if a.Actor.ID == "" {
		return false
	}
	e, ok := m.d.byID[a.Actor.ID]
	return ok && e.Kind == KindPerson && (a.Kind == "name" || a.Kind == "alias" || a.Kind == "coreference" || a.Kind == "pronoun")
}

// docState is the per-document matching state.
type docState struct {
	m         *Matcher
	d         *doc.Document
	date      time.Time
	sent      int
	sentFirst int
	buf       []byte

	seen     map[*Entry]int // entry → order of its last mention
	order    int
	countryN map[string]int
	lastCtry string
	guessed  map[string]doc.Actor // folded surname → guessed person
	late     bool                 // the last bare agent found no country in focus
	pending  []int                // indices of such agents, for settle
	weakOK   bool                 // accept surnames regardless of date (after a title)
	ethnic   []int                // indices of ethnic-group mentions in the sentence, for placeEthnic
}

// ethnicGroup reports whether mention am names an ethnic group by a
// nationality word rather than that nation's state or citizens: "ethnic
// Albanians", "ethnic Albanian guerrillas", or a people "of" a place ("the
// Albanians of southern Serbia", "the Kurds of Iraq").
func (st *docState) ethnicGroup(am doc.ActorMention) bool {
	if am.Actor.Country == "" || am.Kind != "alias" && am.Kind != "agent" || am.Actor.ID != "" && am.Kind == "agent" {
		return false
	}
	if k := am.TokenSpan.First - 1; k >= st.sentFirst && strings.EqualFold(st.tok(k), "ethnic") {
		return true
	}
	k := am.TokenSpan.End
	return am.Kind == "alias" && k+1 < len(st.d.Tokens) && st.d.Tokens[k].Sentence == st.sent &&
		st.tok(k) == "of" && strings.HasSuffix(st.tok(k-1), "s")
}

// crowdOfNationals reports whether mention am is a country's plural
// demonym counted as a crowd ("thousands of Cubans", "2,000 Kenyans",
// "dozens of Iraqis"): its citizens, not the state.
func (st *docState) crowdOfNationals(am doc.ActorMention) bool {
	if am.Kind != "alias" || am.Actor.Code == "" || am.Actor.Code != am.Actor.Country || am.TokenSpan.End-am.TokenSpan.First != 1 {
		return false
	}
	w := st.tok(am.TokenSpan.First)
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	k := am.TokenSpan.First - 1
	if k < st.sentFirst {
		return false
	}
	if t := st.d.Tokens[k]; t.Tag == "CD" || t.Text != "" && t.Text[0] >= '0' && t.Text[0] <= '9' {
		return true // "2,000 Kenyans"
	}
	if st.key(k) != "of" || k-1 < st.sentFirst {
		return false
	}
	switch st.key(k - 1) {
	case "thousands", "hundreds", "dozens", "millions", "scores", "tens":
		return true
	}
	return false
}

// placeEthnic codes the ethnic groups of the sentence starting at actor first
// by the country they live in, as CAMEO codes a minority by its state:
// "ethnic Albanians in south Serbia" and "the Albanians of southern Serbia"
// are SRB, "ethnic Turks" protesting "Sweden's decision" SWE. The country is
// the one named within four words after "in" or "of" right after the group;
// else, for "ethnic" groups, the other country named nearest to the group in
// the sentence (a country's name, capital or adjective before a role of that
// country; the one before on a tie; no guessed names); else the country in
// focus. A group with no other country in sight keeps its nation's code.
func (st *docState) placeEthnic(first int) {
	acts := st.d.Actors
	for _, i := range st.ethnic {
		a := &acts[i]
		x := a.Actor.Country
		c := ""
		if k := a.TokenSpan.End; k < len(st.d.Tokens) && (st.tok(k) == "in" || st.tok(k) == "of") {
			for j := i + 1; j < len(acts) && acts[j].TokenSpan.First <= k+4; j++ {
				if b := acts[j].Actor; b.Country != "" && b.Country != x && b.Code == b.Country {
					c = b.Country
					break
				}
			}
		}
		if c == "" && a.TokenSpan.First > st.sentFirst && strings.EqualFold(st.tok(a.TokenSpan.First-1), "ethnic") {
			best := 1 << 30
			for j := first; j < len(acts); j++ {
				if b := acts[j].Actor; j == i || b.Country == "" || b.Country == x || acts[j].Kind == "guess" || st.ethnicAt(j) {
					continue
				}
				d := acts[j].TokenSpan.First - a.TokenSpan.End
				if j < i {
					d = a.TokenSpan.First - acts[j].TokenSpan.End
				}
				if b := acts[j].Actor; b.Code != b.Country {
					d += 2 // a role says a little less of the place than a name
				}
				if d < best {
					c, best = acts[j].Actor.Country, d
				}
			}
			if c == "" {
				if f := st.focus(); f != x {
					c = f
				}
			}
		}
		if c == "" {
			continue
		}
		if strings.HasPrefix(a.Actor.Code, x) {
			a.Actor.Code = c + a.Actor.Code[len(x):]
		}
		a.Actor.Country = c
		a.Actor.ID, a.Actor.Name = "", st.d.Text[a.Span.Start:a.Span.End]
		a.Rule += " +ethnic"
	}
}

// ethnicAt reports whether actor j is one of the sentence's ethnic groups.
func (st *docState) ethnicAt(j int) bool {
	for _, i := range st.ethnic {
		if i == j {
			return true
		}
	}
	return false
}

// key returns the folded form of token i's text.
func (st *docState) key(i int) string {
	t := st.d.Tokens[i].Text
	if isFolded(t) {
		return t
	}
	st.buf = fold(st.buf[:0], t)
	return string(st.buf)
}

// match is one dictionary match: a phrase over tokens [first, end).
type match struct {
	first, end int
	p          *phrase
	e          *Entry // resolved entry (differs from p.e for nothing now)
}

// lookup walks the trie from token i and returns the best valid match,
// longest first.
func (st *docState) lookup(i, end int) (match, bool) {
	var ends [8]int
	var nodes [8]*node
	n := 0
	cur := st.m.d.root
	for j := i; j < end && n < len(ends); j++ {
		if cur.next == nil && cur.stems == nil {
			break
		}
		tk := st.d.Tokens[j].Text
		var c *node
		if isFolded(tk) {
			c = cur.next[tk]
		} else {
			st.buf = fold(st.buf[:0], tk)
			c = cur.next[string(st.buf)]
		}
		if cur.stems != nil {
			// The longest stem that begins the word ends a phrase here.
			st.buf = fold(st.buf[:0], tk)
			var sn *node
			for l := len(st.buf); l >= 2 && sn == nil; l-- {
				sn = cur.stems[string(st.buf[:l])]
			}
			if sn != nil && len(sn.terms) > 0 && n < len(ends) {
				ends[n], nodes[n] = j+1, sn
				n++
			}
		}
		if c == nil || n >= len(ends) {
			break
		}
		cur = c
		if len(c.terms) > 0 {
			ends[n], nodes[n] = j+1, c
			n++
		}
	}
	for k := n - 1; k >= 0; k-- {
		if p := st.choose(nodes[k].terms, i, ends[k], end); p != nil {
			return match{first: i, end: ends[k], p: p, e: p.e}, true
		}
	}
	return match{}, false
}

var kindRank = [...]int{pName: 0, pGov: 1, pCapital: 2, pAdj: 3, pAgent: 4, pNoun: 5, pSurname: 6}

// choose picks the best valid phrase among terms matched at token i.
func (st *docState) choose(terms []*phrase, i, mend, end int) *phrase {
	var best *phrase
	bestScore := 1 << 30
	for _, p := range terms {
		if !st.caseOK(p, i) || p.common && !lowerWord(st.d.Tokens[i+len(p.words)-1].Text) {
			continue
		}
		if p.local && st.countryN[p.e.Country] == 0 && st.countryN[st.countryOf(p.e.Code)] == 0 {
			continue // "the ruling Republican Party" in a story about Armenia
		}
		if !st.date.IsZero() && (!p.from.IsZero() && st.date.Before(p.from) || !p.to.IsZero() && st.date.After(p.to)) {
			continue // a name the entry did not bear on the document's date
		}
		score := kindRank[p.kind] * 1000000
		switch p.kind {
		case pNoun:
			o, ok := st.seen[p.e]
			if !ok {
				continue
			}
			score -= o // most recent antecedent
		case pSurname:
			if mend < end && st.nameToken(mend) {
				continue // "Marcos Silva": a given name, not the surname
			}
			_, seen := st.seen[p.e]
			active := false
			if p.docOnly && !seen {
				// A derived surname: a person the story named, or after a
				// title the one in office on the date.
				_, off := p.e.CodeOn(st.date)
				if !st.weakOK || off == nil || !st.date.IsZero() && !off.Active(st.date) {
					continue
				}
			}
			if !seen && !st.weakOK {
				_, off := p.e.CodeOn(st.date)
				active = off != nil && (st.date.IsZero() || off.Active(st.date))
				if !active {
					continue
				}
				score += 10
			}
		case pName:
			if p.e.Kind == KindPerson {
				if _, seen := st.seen[p.e]; seen {
					score -= 20
				} else if _, off := p.e.CodeOn(st.date); off != nil {
					score -= 10
				}
			}
		}
		if score < bestScore {
			best, bestScore = p, score
		}
	}
	return best
}

func (st *docState) caseOK(p *phrase, i int) bool {
	for k, w := range p.words {
		if !caseOK(w, st.d.Tokens[i+k].Text) {
			return false
		}
	}
	return true
}

// beforeVerb reports whether token i comes before the first verb of its
// sentence, where a sentence's subject stands.
func (st *docState) beforeVerb(i int) bool {
	for k := st.sentFirst; k < i; k++ {
		if strings.HasPrefix(st.d.Tokens[k].Tag, "VB") {
			return false
		}
	}
	return true
}

// emit records a mention and updates the document state.
func (st *docState) emit(am doc.ActorMention) {
	am.Sentence = st.sent
	st.d.Actors = append(st.d.Actors, am)
	if c := am.Actor.Country; c != "" {
		if st.countryN == nil {
			st.countryN = map[string]int{}
		}
		if len(st.countryN) == 0 && st.beforeVerb(am.TokenSpan.First) {
			// The first country a story names as its lead's subject wins
			// a tie with the others named once: "Ecuador ordered the
			// expulsion of a Peruvian attache. Foreign Minister X said".
			st.countryN[c]++
		}
		st.countryN[c]++
		st.lastCtry = c
	}
}

func (st *docState) markSeen(e *Entry) {
	if st.seen == nil {
		st.seen = map[*Entry]int{}
	}
	st.order++
	st.seen[e] = st.order
}

// focus returns the country in focus: the most-mentioned one so far, the
// latest on a tie.
func (st *docState) focus() string {
	best, bn := st.lastCtry, st.countryN[st.lastCtry]
	for c, n := range st.countryN {
		if n > bn || n == bn && c < best && c != st.lastCtry && best != st.lastCtry {
			best, bn = c, n
		}
	}
	return best
}

func (st *docState) countryOf(code string) string {
	if len(code) >= 3 {
		if _, ok := st.m.d.countries[code[:3]]; ok {
			return code[:3]
		}
	}
	return ""
}

func (st *docState) mention(first, end int, a doc.Actor, kind, rule string) doc.ActorMention {
	t := st.d.Tokens
	if end-first > 1 && st.key(first) == "the" {
		first++ // "the Kremlin" matches, "Kremlin" is the mention
	}
	return doc.ActorMention{
		Span:      doc.Span{Start: t[first].Start, End: t[end-1].End},
		TokenSpan: doc.TokenSpan{First: first, End: end},
		Actor:     a,
		Kind:      kind,
		Rule:      rule,
	}
}

// entityActor returns the actor for entry e with the given code.
func (st *docState) entityActor(e *Entry, code string) doc.Actor {
	return doc.Actor{ID: e.ID, Name: e.Name, Code: code, Country: st.countryOf(code)}
}

// personActor resolves a person on the document's date.
func (st *docState) personActor(e *Entry) doc.Actor {
	code, _ := e.CodeOn(st.date)
	a := st.entityActor(e, code)
	a.Person = true
	return a
}

func (st *docState) tok(i int) string { return st.d.Tokens[i].Text }

// agents collects a chain of up to two agent matches starting at j (allowing
// title modifiers before them). It returns the agent entries, their last
// match, and the end token; n == 0 when there is none.
func (st *docState) agents(j, end int) (es [2]*Entry, n int, last match, next int) {
	return st.agentsSkip(j, end, 0)
}

// agentsSkip is agents allowing up to skip unknown words before the first
// agent, as after a country ("Dagolath's first Deputy Prime Minister",
// "Iran's nuclear chief").
func (st *docState) agentsSkip(j, end, skip int) (es [2]*Entry, n int, last match, next int) {
	next = j
	for k := j; k < end && n < 2; {
		if words.titleModifiers[st.key(k)] && n == 0 {
			k++
			continue
		}
		mt, ok := st.lookup(k, end)
		if !ok && n == 0 && skip > 0 && st.skippable(k) {
			skip--
			k++
			continue
		}
		if !ok || mt.p.kind != pAgent {
			break
		}
		es[n] = mt.e
		n++
		last = mt
		k = mt.end
		next = k
	}
	return
}

// skippable reports whether token k is a word that may stand between a
// country and its agent: alphabetic, tagged (when tagged) as an adjective,
// noun or participle, not a function word or common verb.
func (st *docState) skippable(k int) bool {
	t := st.tok(k)
	for i, r := range t {
		// Letters, and hyphens inside a compound: "right-wing".
		if !unicode.IsLetter(r) && (r != '-' || i == 0 || i == len(t)-1) {
			return false
		}
	}
	switch st.d.Tokens[k].Tag {
	case "", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN":
		// Untagged text, or a modifier or noun: "Iran's nuclear chief".
		// A verb, preposition or determiner is no part of the mention:
		// "Russia deployed troops", "Baghdad between insurgents".
	default:
		return false
	}
	return t != "" && !words.notNouns[st.key(k)] && !words.notNames[st.key(k)]
}

// former reports whether a "former" precedes token k within the mention
// starting at i, and returns code turned into an elite code (country + ELI)
// for a former office holder.
func (st *docState) former(i, k int, code string) string {
	if i > st.sentFirst {
		i-- // "the former [vice president of ...]"
	}
	for j := i; j < k; j++ {
		if kk := st.key(j); kk == "former" || kk == "ex" {
			if c := st.countryOf(code); c != "" {
				return c + "ELI"
			}
			return code
		}
	}
	return code
}

// occupiedNouns are buildings, posts and vehicles that stand for the body
// that holds or rides them: "the parliament building", "an army convoy".
var occupiedNouns = map[string]bool{"building": true, "buildings": true, "headquarters": true, "compound": true,
	"post": true, "posts": true, "outpost": true, "outposts": true, "barracks": true, "checkpoint": true,
	"checkpoints": true, "convoy": true, "convoys": true, "camp": true, "camps": true, "hideout": true, "hideouts": true,
	"base": true, "bases": true, "position": true, "positions": true, "stronghold": true, "strongholds": true,
	"station": true, "stations": true, "studio": true, "studios": true, "offices": true}

// attributive reports whether the bare agent ending before token k is used
// as a modifier of the next word ("military exercises", "police station"),
// not as an actor: the next word is a common noun (by its tag when tagged;
// otherwise a lower-case word that is not a function word or a verb form).
func (st *docState) attributive(k, end int) bool {
	if k < end {
		switch st.d.Tokens[k].Text {
		case `"`, "”", "''", "'", "’":
			k++ // the "criminal" attack: a quoted adjective
		}
	}
	if k >= end {
		return false
	}
	t := st.d.Tokens[k]
	if occupiedNouns[st.key(k)] && k > 0 {
		switch st.key(k - 1) {
		case "military", "naval", "security":
			// "the abandoned military camp": an adjective, whose camp
			// it does not say
		default:
			return false // "shelled the parliament building", "attacked a police post": the occupants are hit
		}
	}
	if t.Tag != "" {
		return strings.HasPrefix(t.Tag, "NN") && t.Tag != "NNP" && t.Tag != "NNPS"
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	if !unicode.IsLower(r) {
		return false
	}
	kk := st.key(k)
	for _, c := range kk {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	if words.notNouns[kk] || strings.HasSuffix(kk, "ed") || strings.HasSuffix(kk, "ly") {
		return false
	}
	return true
}

// withAgents appends the role codes of agents to a base code, skipping roles
// the code already ends in.
func withAgents(base string, es [2]*Entry, n int, intl bool) string {
	code := base
	for i := 0; i < n; i++ {
		a := es[i].Code
		if strings.HasSuffix(code, a) {
			continue
		}
		if intl && a != "MIL" {
			continue // "alliance chief", "UN officials": the organization itself
		}
		if es[i].Prefix {
			code = a + code
			continue
		}
		code += a
	}
	return code
}

// personAt reports a person mention starting at j: a dictionary person or,
// when allowGuess, an unknown capitalized name of one to three words.
func (st *docState) personAt(j, end int) (match, bool) {
	if j < end && (st.tok(j) == "]" || st.tok(j) == ")") {
		j++
	}
	if j >= end {
		return match{}, false
	}
	st.weakOK = true // after a title, a surname alone is enough
	mt, ok := st.lookup(j, end)
	st.weakOK = false
	if ok && mt.e.Kind == KindPerson && (mt.p.kind == pName || mt.p.kind == pSurname) {
		return mt, true
	}
	return match{}, false
}

// led handles "X-led" followed by agents ("U.S.-led forces",
// "Vietnamese-led troops"): the agents are X's. Other hyphenated modifiers
// ("Belgrade-backed", "alliance-led KFOR") are not mentions.
func (st *docState) led(i, end int) (doc.ActorMention, int, bool) {
	t := st.tok(i)
	if !strings.HasSuffix(strings.ToLower(t), "-led") || len(t) <= 4 || st.m.d.root.next == nil {
		return doc.ActorMention{}, 0, false
	}
	n := st.m.d.root.next[string(fold(nil, t[:len(t)-4]))]
	if n == nil {
		return doc.ActorMention{}, 0, false
	}
	var e *Entry
	for _, p := range n.terms {
		if (p.kind == pName || p.kind == pAdj) && p.e.Kind != KindPerson && p.e.Kind != KindAgent && caseOK(p.words[0], t[:len(t)-4]) {
			e = p.e
			break
		}
	}
	if e == nil {
		return doc.ActorMention{}, 0, false
	}
	return st.ledAgents(i, i+1, end, e)
}

// ledAgents builds the mention of the agents from token j on, led by e, the
// mention starting at token i.
func (st *docState) ledAgents(i, j, end int, e *Entry) (doc.ActorMention, int, bool) {
	intl := e.Kind != KindCountry && len(e.Code) != 3
	if j < end && (st.key(j) == "coalition" || st.key(j) == "alliance") {
		// "the Saudi-led coalition [jets]", "the US-led alliance": a
		// military coalition under X, with any agents after it.
		k, rule := j+1, "coalition"
		if es, na, last, k2 := st.agents(k, end); na > 0 && strings.HasPrefix(es[0].Code, "MIL") {
			k, rule = k2, last.p.rule
		}
		code := e.Code + "MIL"
		if intl {
			code = e.Code
			if !strings.HasSuffix(code, "MIL") {
				code += "MIL"
			}
		}
		st.markSeen(e)
		a := doc.Actor{Name: st.d.Text[st.d.Tokens[i].Start:st.d.Tokens[k-1].End], Code: code, Country: st.countryOf(code)}
		if intl {
			a.ID, a.Name = e.ID, e.Name
		}
		return st.mention(i, k, a, "agent", rule+" +led"), k, true
	}
	es, na, last, k := st.agents(j, end)
	if na == 0 {
		return doc.ActorMention{}, 0, false
	}
	code := withAgents(e.Code, es, na, intl)
	st.markSeen(e)
	a := doc.Actor{Name: st.d.Text[st.d.Tokens[i].Start:st.d.Tokens[k-1].End], Code: code, Country: st.countryOf(code)}
	if intl {
		a.ID, a.Name = e.ID, e.Name
	}
	return st.mention(i, k, a, "agent", last.p.rule+" +led"), k, true
}

// titleStart is where a person mention with a title starts: at the title
// (token i), unless a bracket closes between title and name ("[Prime
// Minister] Albin Kurti": an editorial insertion), then at the name.
func titleStart(i, k int, pm match) int {
	if pm.first > k {
		return pm.first
	}
	return i
}

func (st *docState) personMention(first int, mt match, kind string) doc.ActorMention {
	st.markSeen(mt.e)
	k := kind
	if k == "" {
		k = "name"
		if mt.p.kind == pSurname {
			k = "alias"
		}
	}
	return st.mention(first, mt.end, st.personActor(mt.e), k, mt.p.rule)
}

// compose finds the longest mention starting at token i.
func (st *docState) compose(i, end int) (doc.ActorMention, int, bool) {
	// "the Bush administration", "the Sharon government": a leader's
	// surname before a word for a government names that government, on
	// any date (a surname alone otherwise needs the person in office).
	st.weakOK = i+1 < end && governmentWord(st.tok(i+1))
	mt, ok := st.lookup(i, end)
	st.weakOK = false
	if !ok {
		if strings.ContainsRune(st.tok(i), '-') {
			return st.led(i, end)
		}
		return st.guess(i, end, "", nil, -1, 1)
	}
	e := mt.e
	if j := mt.end; j+1 < end && st.tok(j) == "-" && st.d.Tokens[j].Start == st.d.Tokens[j-1].End &&
		st.d.Tokens[j+1].Start == st.d.Tokens[j].End {
		// "U.S.-led forces" split as "U.S." "-" "led": a compound modifier.
		if st.key(j+1) == "led" && e.Kind != KindPerson && mt.p.kind != pAgent {
			if am, next, ok := st.ledAgents(i, j+2, end, e); ok {
				return am, next, true
			}
		}
		return doc.ActorMention{}, 0, false
	}
	switch {
	case e.Kind == KindPerson:
		if mt.end < end && governmentWord(st.tok(mt.end)) && e.Country != "" {
			if es, n, last, k := st.agents(mt.end, end); n > 0 && strings.HasPrefix(es[0].Code, "GOV") {
				st.markSeen(e)
				a := doc.Actor{Name: st.d.Text[st.d.Tokens[i].Start:st.d.Tokens[k-1].End], Code: withAgents(e.Country, es, n, false), Country: e.Country}
				return st.mention(i, k, a, "agent", last.p.rule+" +leader"), k, true
			}
		}
		if mt.p.kind == pName || mt.p.kind == pSurname {
			am := st.personMention(i, mt, "")
			return am, mt.end, true
		}
	case mt.p.kind == pAgent:
		return st.fromAgent(i, end)
	}
	// A country in the name of a sea, gulf or strait ("the Sea of Japan",
	// "the Gulf of Mexico") is part of a place name, no actor.
	if e.Kind == KindCountry && mt.p.kind == pName && i >= 2 && st.key(i-1) == "of" && featureWord(st.tok(i-2)) {
		return doc.ActorMention{}, 0, false
	}
	// An entity (country, organization) by name, adjective, capital,
	// metonym or back-reference.
	base := e.Code
	kind := "alias"
	switch mt.p.kind {
	case pName:
		kind = "name"
	case pGov:
		base = e.Country + "GOV"
		if e.Country == "" {
			base = e.Code
		}
	case pNoun:
		kind = "coreference"
	}
	intl := e.Kind != KindCountry && len(e.Code) != 3
	j := mt.end
	if j < end && (st.tok(j) == "'s" || st.tok(j) == "'" || st.tok(j) == "’s") {
		j++
	}
	if j == mt.end && j < end {
		st.markSeen(e)
		if nm, ok := st.lookup(j, end); ok && nm.p.kind == pNoun && nm.e == e {
			st.markSeen(e)
			return st.mention(i, nm.end, st.entityActor(e, base), kind, mt.p.rule), nm.end, true
		}
	}
	if es, n, last, k := st.agentsSkip(j, end, 2); n > 0 {
		code := withAgents(base, es, n, intl)
		formerCode := st.former(i, k, code)
		st.markSeen(e)
		if pm, ok := st.personAt(k, end); ok {
			am := st.personMention(titleStart(i, k, pm), pm, "name")
			if cur, off := pm.e.CodeOn(st.date); formerCode == code && (off == nil || !st.date.IsZero() && !off.Active(st.date) ||
				st.countryOf(code) != "" && st.countryOf(cur) != st.countryOf(code)) {
				// "Soviet Foreign Minister Eduard Shevardnadze" in 1990:
				// the title says what the dictionary has no office for;
				// "French Foreign Minister Bernard Kouchner" is France's
				// whatever office the date gives him.
				am.Actor.Code, am.Actor.Country = code, st.countryOf(code)
				am.Rule += " +title"
			}
			return am, pm.end, true
		}
		wasFormer := formerCode != code
		code = formerCode // "the former Serbian president": no current holder
		if am, next, ok := st.guess(k, end, code, nil, i, guessLen(last.e)); ok {
			return am, next, true
		}
		if !wasFormer && isTitle(last.e) {
			if h, ok := st.holder(e, code, last.e.ID); ok {
				st.markSeen(h)
				a := st.personActor(h)
				a.Code = code
				a.Country = st.countryOf(code)
				return st.mention(i, k, a, "title", last.p.rule), k, true
			}
		}
		a := st.entityActor(e, code)
		if intl && !wasFormer {
			a.ID, a.Name = e.ID, e.Name
		} else {
			a.ID, a.Name = "", strings.TrimSpace(st.d.Text[st.d.Tokens[i].Start:st.d.Tokens[k-1].End])
		}
		return st.mention(i, k, a, "agent", last.p.rule), k, true
	}
	// "Kosovo Liberation Army": a country word heading an unknown
	// organization name.
	if e.Kind == KindCountry && mt.p.kind != pNoun {
		if am, next, ok := st.guess(mt.end, end, base, e, i, 1); ok && strings.HasPrefix(am.Rule, "guess-org") {
			return am, next, true
		}
	}
	st.markSeen(e)
	return st.mention(i, mt.end, st.entityActor(e, base), kind, mt.p.rule), mt.end, true
}

// placeAfter returns the country of a country or capital named right after
// token k by "in" ("police in Moscow" → RUS), or "". It only reads.
func (st *docState) placeAfter(k, end int) string {
	if k+1 < end && st.tok(k) == "from" {
		// "lawmakers from several Danish parties", "delegates from
		// Kenya": where they come from.
		j := k + 1
		for j < end && j <= k+3 && (st.key(j) == "the" || st.key(j) == "several" || st.key(j) == "various" || st.key(j) == "both" || st.key(j) == "all") {
			j++
		}
		if mt, ok := st.lookup(j, end); ok && mt.e.Kind == KindCountry && mt.e.Country != "" {
			switch mt.p.kind {
			case pName, pAdj:
				return mt.e.Country
			}
		}
		return ""
	}
	if k+1 >= end || st.tok(k) != "in" {
		return ""
	}
	j := k + 1
	if st.key(j) == "the" && j+1 < end {
		j++
	}
	mt, ok := st.lookup(j, end)
	if !ok || mt.e.Kind != KindCountry || mt.e.Country == "" {
		return ""
	}
	switch mt.p.kind {
	case pName, pCapital:
		// A country named with a possessive or as a modifier heads
		// something else: "in Iraq's north" is still Iraq.
		return mt.e.Country
	}
	return ""
}

// loyalAfter returns the country of the person, country or group named
// after "loyal to" at token k ("troops loyal to President Carlos Andres
// Perez"), looking past a title of up to two words, or "".
func (st *docState) loyalAfter(k, end int) string {
	if k+2 >= end || st.key(k) != "loyal" || st.key(k+1) != "to" {
		return ""
	}
	return st.countryNamedAt(k+2, end, func(mt match) bool { return mt.e.Kind != KindAgent })
}

// personOfAfter returns the country of a known person named after "of" at
// token k, past a title of up to two words ("the government of President
// Pierre Buyoya"), or "".
func (st *docState) personOfAfter(k, end int) string {
	if k+1 >= end || st.key(k) != "of" {
		return ""
	}
	return st.countryNamedAt(k+1, end, func(mt match) bool { return mt.e.Kind == KindPerson && mt.p.kind == pName })
}

// countryNamedAt returns the country of the first dictionary entry that
// ok accepts, named at token j or up to two words (a title) after it, or "".
func (st *docState) countryNamedAt(j, end int, ok func(match) bool) string {
	for k := j; k < end && k <= j+2; k++ {
		if mt, found := st.lookup(k, end); found && mt.e.Country != "" && ok(mt) {
			return mt.e.Country
		}
	}
	return ""
}

// featureWord reports whether t is the capitalized head of a geographic
// name that takes "of" and a country ("Sea", "Gulf", "Strait"), without
// allocating.
func featureWord(t string) bool {
	for _, w := range [...]string{"Sea", "Gulf", "Bay", "Strait", "Straits", "Cape", "Isle", "Sound"} {
		if t == w {
			return true
		}
	}
	return false
}

// coordCountry returns the country of an agent named with its own
// nationality right before token i and joined to it by "and" or "or"
// ("Israeli women and children", "Afghan soldiers and police"), or "".
func (st *docState) coordCountry(i int) string {
	if i < 2 || len(st.d.Actors) == 0 {
		return ""
	}
	switch st.key(i - 1) {
	case "and", "or":
	default:
		return ""
	}
	a := st.d.Actors[len(st.d.Actors)-1]
	if a.TokenSpan.End != i-1 || a.Kind != "agent" || a.Actor.Country == "" || a.Actor.ID != "" || strings.Contains(a.Rule, "+") {
		return ""
	}
	return a.Actor.Country
}

// adjacentCountry returns the country of an organization or state body
// mention that ends right before token i (a guessed organization, a named
// one or a role: "U.S. State Department spokesman"), or "".
func (st *docState) adjacentCountry(i int) string {
	if len(st.d.Actors) == 0 {
		return ""
	}
	a := &st.d.Actors[len(st.d.Actors)-1]
	if a.TokenSpan.End != i || a.Actor.Country == "" || a.Kind == "person" || a.Actor.Code == a.Actor.Country {
		return ""
	}
	if st.m.IsPerson(*a) {
		return ""
	}
	return a.Actor.Country
}

// namedBefore returns, for a bare role after "the" (tokens i to k), the
// country of the latest earlier mention of a role with the same last word
// whose country the text gave ("the Malian junta ... the junta", "Colombian
// police ... the police"), or "".
func (st *docState) namedBefore(i, k int) string {
	if i < 1 || k <= i || !strings.EqualFold(st.d.Tokens[i-1].Text, "the") {
		return ""
	}
	head := st.d.Tokens[k-1].Text
	for x := len(st.d.Actors) - 1; x >= 0; x-- {
		a := &st.d.Actors[x]
		if a.Kind != "agent" || a.Actor.ID != "" || a.Actor.Country == "" || a.TokenSpan.End < 1 {
			continue
		}
		if !strings.EqualFold(st.d.Tokens[a.TokenSpan.End-1].Text, head) {
			continue
		}
		if strings.Contains(a.Rule, "+") {
			return "" // the last one was itself inferred
		}
		return a.Actor.Country
	}
	return ""
}

// governmentWord reports whether t is a word for a leader's government
// ("administration", "government", "cabinet", "regime"), without
// allocating.
func governmentWord(t string) bool {
	for _, w := range [...]string{"administration", "government", "cabinet", "regime"} {
		if strings.EqualFold(t, w) {
			return true
		}
	}
	return false
}

// holder finds the person holding title key of entity e (with code) on the
// document's date: by organization for organizations, by code for
// countries ("SRBGOV"/president).
func (st *docState) holder(e *Entry, code, key string) (*Entry, bool) {
	if e.Kind != KindCountry {
		return st.m.d.HolderOf(e.ID, key, st.date)
	}
	return st.m.d.Holder(code, key, st.date)
}

// apposition returns the code an apposition after an unknown name gives
// it ("Ali Hassan, a Hamas commander," → PSEREBHMS; "X, the former
// Serbian defence minister," → SRBELI), or "". It only reads.
func (st *docState) apposition(k, end int) string {
	if k+2 >= end || st.tok(k) != "," {
		return ""
	}
	j := k + 1
	if kk := st.key(j); kk == "the" || kk == "a" || kk == "an" {
		j++
	}
	from := j
	for j < end && words.titleModifiers[st.key(j)] {
		j++
	}
	base := ""
	intl := false
	if mt, ok := st.lookup(j, end); ok && mt.e.Kind != KindPerson && mt.e.Kind != KindAgent &&
		(mt.p.kind == pName || mt.p.kind == pAdj) {
		base, intl = mt.e.Code, mt.e.Kind != KindCountry && len(mt.e.Code) != 3
		j = mt.end
		if j < end && (st.tok(j) == "'s" || st.tok(j) == "’s") {
			j++
		}
	}
	skip := 0
	if base != "" {
		skip = 2 // "the United Nations Special Envoy for Yemen"
	}
	es, n, _, a := st.agentsSkip(j, end, skip)
	if n == 0 {
		return ""
	}
	if base == "" {
		if a+1 >= end || st.key(a) != "of" && st.key(a) != "from" {
			return ""
		}
		b := a + 1
		if st.key(b) == "the" && b+1 < end {
			b++
		}
		for b+1 < end && strings.ContainsRune(st.tok(b), '-') {
			b++
		}
		mt, ok := st.lookup(b, end)
		if !ok || mt.e.Kind == KindPerson || mt.e.Kind == KindAgent || mt.p.kind == pSurname || mt.p.kind == pNoun {
			return ""
		}
		base, intl = mt.e.Code, mt.e.Kind != KindCountry && len(mt.e.Code) != 3
	}
	return st.former(from, a, withAgents(base, es, n, intl))
}

// rolesNamed gives each unknown name of the sentence that stands in
// apposition to a singular definite role the role's code: "the FARC's new
// leader, Alfonso Cano," is the FARC's; "Ecuador's ambassador, Jose Ayala,
// said" Ecuador's government. The name must close the apposition (a comma,
// the sentence's end or a speech verb follows), so a list of parties ("the
// police, John Smith and ...") gives nothing. It runs after the roles are
// settled, so a role recoded by then ("North Korea's UN envoy") passes on
// its final code.
func (st *docState) rolesNamed(first int) {
	as := st.d.Actors
	for n := first + 1; n < len(as); n++ {
		a, b := &as[n-1], &as[n]
		i, k := b.TokenSpan.First, b.TokenSpan.End
		if b.Kind != "guess" || b.Rule != "guess-person" || b.Actor.Code != "" || a.Kind != "agent" ||
			len(a.Actor.Code) <= 3 || a.TokenSpan.End != i-1 || st.tok(i-1) != "," || strings.HasSuffix(st.key(i-2), "s") {
			continue
		}
		if f := a.TokenSpan.First; f > st.sentFirst {
			switch p := st.key(f - 1); p {
			case "the", "its", "his", "her", "their", "'s", "’s":
			case "and", "or", ",":
				continue
			default:
				// "Ecuador's ambassador": a name opens the role.
				if r := st.tok(f)[0]; r < 'A' || r > 'Z' {
					continue
				}
			}
		}
		if k < len(st.d.Tokens) && st.d.Tokens[k].Sentence == st.sent {
			switch st.key(k) {
			case ",", ".", "said", "says", "told":
			default:
				continue
			}
		}
		b.Actor.Code, b.Actor.Country = a.Actor.Code, a.Actor.Country
		b.Rule += " +role"
		if g, ok := st.guessed[st.key(k-1)]; ok && g.Name == b.Actor.Name && g.Code == "" {
			st.guessed[st.key(k-1)] = b.Actor
		}
	}
}

// honorific reports whether t is a courtesy title that may stand before a
// person's name after an office ("Sheikh", "Prince", "Dr."), without
// allocating.
func honorific(t string) bool {
	for _, w := range [...]string{"Sheikh", "Sheik", "Shaikh", "Prince", "Princess", "Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Sir", "Dame", "Lord", "Mullah", "Maulana", "Emir", "Sultan"} {
		if t == w {
			return true
		}
	}
	return false
}

// hasWordSuffix reports whether name ends with the words of tail, on a word
// boundary ("Ivan Rojas Pardo" ends with "Rojas Pardo", not "jas Pardo").
func hasWordSuffix(name, tail string) bool {
	if len(tail) > len(name) || !strings.EqualFold(name[len(name)-len(tail):], tail) {
		return false
	}
	return len(tail) == len(name) || name[len(name)-len(tail)-1] == ' '
}

// isTitle reports whether an agent entry is a personal title whose holder
// can be looked up (it has an office key used by people).
func isTitle(e *Entry) bool { return words.titleKeys[e.ID] }

// guessLen is the least number of words of an unknown name after agent e
// for it to be taken as the agent's name: one after a title ("President
// Obama"), two after other agents ("officer Mohan Krishnan").
func guessLen(e *Entry) int {
	if isTitle(e) {
		return 1
	}
	return 2
}

// fromAgent handles mentions that start with an agent role.
func (st *docState) fromAgent(i, end int) (doc.ActorMention, int, bool) {
	es, n, last, k := st.agents(i, end)
	if n == 0 {
		return doc.ActorMention{}, 0, false
	}
	// title + name
	if pm, ok := st.personAt(k, end); ok {
		return st.personMention(titleStart(i, k, pm), pm, "name"), pm.end, true
	}
	// AGENT of/from [the] COUNTRY ['s AGENT]
	if k+1 < end && (st.key(k) == "of" || st.key(k) == "from" && !st.departing(i)) {
		j := k + 1
		if st.key(j) == "the" && j+1 < end {
			j++
		}
		for j+1 < end && strings.ContainsRune(st.tok(j), '-') {
			j++ // "of Belgrade-backed Serbian List"
		}
		if mt, ok := st.lookup(j, end); ok && mt.e.Kind != KindPerson && mt.e.Kind != KindAgent &&
			(mt.p.kind == pName || mt.p.kind == pCapital || mt.p.kind == pGov || mt.p.kind == pNoun) {
			e := mt.e
			base := e.Code
			if mt.p.kind == pGov && e.Country != "" {
				base = e.Country + "GOV"
			}
			intl := e.Kind != KindCountry && len(e.Code) != 3
			jj := mt.end
			var code string
			if jj+1 < end && (st.tok(jj) == "'s" || st.tok(jj) == "’s") {
				if es2, n2, _, k2 := st.agents(jj+1, end); n2 > 0 {
					code = withAgents(base, es2, n2, intl)
					jj = k2
				}
			}
			if code == "" {
				code = withAgents(base, es, n, intl)
			}
			code = st.former(i, k, code)
			st.markSeen(e)
			if isTitle(last.e) {
				if h, ok := st.holder(e, code, last.e.ID); ok {
					st.markSeen(h)
					a := st.personActor(h)
					a.Code, a.Country = code, st.countryOf(code)
					return st.mention(i, jj, a, "title", last.p.rule), jj, true
				}
			}
			a := doc.Actor{ID: "", Name: st.d.Text[st.d.Tokens[i].Start:st.d.Tokens[jj-1].End], Code: code, Country: st.countryOf(code)}
			if intl && !strings.HasSuffix(code, "ELI") {
				a.ID, a.Name = e.ID, e.Name // "the head of the IAEA"; not a former official of it
			}
			return st.mention(i, jj, a, "agent", last.p.rule), jj, true
		}
	}
	// bare agent: inherit the focus country
	if n == 1 && k == last.end && last.end-last.first == 1 && !strings.HasSuffix(st.key(k-1), "s") && st.attributive(k, end) {
		return doc.ActorMention{}, 0, false
	}
	code := ""
	for x := 0; x < n; x++ {
		if !strings.HasSuffix(code, es[x].Code) {
			code += es[x].Code
		}
	}
	inherit := es[0].Inherit && (n < 2 || es[1].Inherit)
	rule := last.p.rule
	if st.outsiders(i) {
		// "foreign governments", "Western diplomats in Phnom Penh": of
		// no country the story or the sentence names.
		rule += " +outsider"
	} else if c := st.placeAfter(k, end); inherit && c != "" {
		// "police in Moscow", "the embassy in Tehran": the place says
		// whose, more surely than the focus.
		code = c + code
		rule += " +in"
	} else if c := st.loyalAfter(k, end); inherit && c != "" {
		// "troops loyal to President Perez": his country's.
		code = c + code
		rule += " +loyal"
	} else if c := st.personOfAfter(k, end); inherit && c != "" {
		// "the government of President Pierre Buyoya": his country's.
		code = c + code
		rule += " +of"
	} else if c := st.coordCountry(i); inherit && c != "" {
		// "Israeli women and children": the children are Israeli too.
		code = c + code
		rule += " +coord"
	} else if c := st.adjacentCountry(i); inherit && c != "" {
		// "U.S. State Department spokesman Matthew Miller": the
		// body named right before the role is whose.
		code = c + code
		rule += " +body"
	} else if c := st.namedBefore(i, k); inherit && c != "" {
		// "the Malian junta ... the junta": the one named before.
		code = c + code
		rule += " +before"
	} else if f := st.focus(); inherit && f != "" {
		code = f + code
		rule += " +focus"
	} else if inherit {
		st.late = true
	}
	code = st.former(i, k, code)
	if am, next, ok := st.guess(k, end, code, nil, i, guessLen(last.e)); ok {
		if strings.HasSuffix(rule, "+focus") && isTitle(last.e) && len(code) > 3 {
			// "deposed President Ferdinand Marcos" in a story dated 1986
			// that dwells on the United States: the country in focus had
			// another president then, so the name is not its.
			if !st.mayHold(code, last.e.ID, am.Actor.Name) {
				am.Actor.Code, am.Actor.Country = code[3:], ""
				am.Rule += " +not the focus country's holder"
				if c := st.countryBefore(i, code[:3]); c != "" && st.mayHold(c+code[3:], last.e.ID, am.Actor.Name) {
					// "In Islamabad, Foreign Minister Gohar Ayub Khan": the
					// country the sentence names before him.
					am.Actor.Code, am.Actor.Country = c+code[3:], c
					am.Rule += " +sentence country"
				} else if c := st.otherHolderCountry(code[:3], code[3:], last.e.ID, am.Actor.Name); c != "" {
					// "Interim Prime Minister Choguel Kokalla Maiga" in a
					// story on France and Mali: the other country's.
					am.Actor.Code, am.Actor.Country = c+code[3:], c
					am.Rule += " +second country"
				}
				if g, ok := st.guessed[st.key(next-1)]; ok && g.Name == am.Actor.Name {
					st.guessed[st.key(next-1)] = am.Actor // "Marcos" later in the story
				}
			}
		}
		return am, next, true
	}
	if isTitle(last.e) {
		if h, ok := st.m.d.Holder(code, last.e.ID, st.date); ok && len(code) > 3 {
			st.markSeen(h)
			a := st.personActor(h)
			a.Code, a.Country = code, st.countryOf(code)
			return st.mention(i, k, a, "title", rule), k, true
		}
	}
	a := doc.Actor{Name: st.d.Text[st.d.Tokens[i].Start:st.d.Tokens[k-1].End], Code: code, Country: st.countryOf(code)}
	return st.mention(i, k, a, "agent", rule), k, true
}

// nameToken reports whether token j can be part of an unknown proper name.
func (st *docState) nameToken(j int) bool {
	t := st.d.Tokens[j]
	r, _ := utf8.DecodeRuneInString(t.Text)
	if t.Tag != "" {
		// The tagger calls unknown symbols NNP too ("<", "=x"): a name
		// starts with a letter or a digit.
		return (t.Tag == "NNP" || t.Tag == "NNPS") && (unicode.IsLetter(r) || unicode.IsDigit(r))
	}
	if !unicode.IsUpper(r) || strings.ContainsRune(t.Text, '-') {
		return false
	}
	for _, c := range t.Text {
		if !unicode.IsLetter(c) && c != '.' && c != '\'' {
			return false
		}
	}
	return !words.notNames[st.key(j)]
}

// guess recognizes an unknown capitalized name at i. code (possibly empty)
// comes from a title or nationality before it (starting at token from, or
// i when from is negative); country is the country entry heading an organization
// name ("Kosovo Liberation Army"), nil otherwise.
func (st *docState) guess(i, end int, code string, country *Entry, from, minLen int) (doc.ActorMention, int, bool) {
	if from < 0 || country == nil && code == "" {
		from = i
	}
	if code == "" && country == nil && i >= 2 && st.key(i-1) == "of" && words.placeCues[st.key(i-2)] {
		// "the village of Tal Sabha": a place, no person.
		return doc.ActorMention{}, 0, false
	}
	if i < end && words.notNames[st.key(i)] {
		// "On Sunday Sargsyan met ...": a day or month starts no name.
		return doc.ActorMention{}, 0, false
	}
	if code != "" && i+1 < end && honorific(st.tok(i)) && st.nameToken(i+1) {
		// "Foreign Minister Sheikh Khalid bin Ahmed": an honorific
		// between the title and the name.
		i++
	}
	k := i
	hasAgent, notPerson := false, false
	for k < end && k-i < 6 && st.nameToken(k) {
		if words.notPersonHeads[st.key(k)] {
			notPerson = true
		}
		if k > i {
			if mt, ok := st.lookup(k, end); ok {
				if mt.p.kind != pAgent {
					break
				}
				hasAgent = true
			}
		}
		k++
	}
	n := k - i
	if n == 0 || n < minLen {
		return doc.ActorMention{}, 0, false
	}
	lastKey := st.key(k - 1)
	if country == nil {
		// "Cano" or "Rojas Pardo" after "Ivan Rojas Pardo": the person
		// guessed before, with what was learnt of him.
		if a, ok := st.guessed[lastKey]; ok && (n == 1 || code == "" && n < 4 && hasWordSuffix(a.Name, st.d.Text[st.d.Tokens[i].Start:st.d.Tokens[k-1].End])) {
			return st.mention(from, k, a, "coreference", "guess-person surname"), k, true
		}
	}
	if n == 1 && i == st.sentFirst && st.d.Tokens[i].Tag == "" {
		// A lone capitalized first word is usually not a name.
		return doc.ActorMention{}, 0, false
	}
	text := st.d.Text[st.d.Tokens[i].Start:st.d.Tokens[k-1].End]
	if role, ok := words.orgHeads[lastKey]; ok && (n > 1 || country != nil) {
		c := code
		if c == "" && st.d.Tokens[i].Tag == "" {
			c = ""
		}
		if role != "" && !strings.HasSuffix(c, role) && c != "" {
			c += role
		}
		if country != nil {
			text = st.d.Text[st.d.Tokens[from].Start:st.d.Tokens[k-1].End]
		}
		return st.mention(from, k, doc.Actor{Name: text, Code: c, Country: st.countryOf(c)}, "guess", "guess-org"), k, true
	}
	if country != nil {
		return doc.ActorMention{}, 0, false
	}
	if n == 1 {
		if code == "" {
			return doc.ActorMention{}, 0, false
		}
	}
	if n > 3 || hasAgent || notPerson {
		return doc.ActorMention{}, 0, false // "Majority Leader", "Velliyar River"
	}
	if code == "" {
		code = st.apposition(k, end)
	}
	if c := st.countryOf(code); code != "" && (c == "" || c == st.focus()) && k+1 < end && st.key(k) == "of" {
		// "Prime Minister Kenny Anthony of Saint Lucia": the title's
		// country follows the name, and says more than the focus.
		j := k + 1
		if st.key(j) == "the" && j+1 < end {
			j++
		}
		if mt, ok := st.lookup(j, end); ok && mt.e.Kind == KindCountry && mt.e.Country != "" && (mt.p.kind == pName || mt.p.kind == pCapital) && !st.modifier(mt.end) {
			code = mt.e.Country + code[len(c):]
		}
	}
	a := doc.Actor{Name: text, Code: code, Country: st.countryOf(code), Person: true}
	if st.guessed == nil {
		st.guessed = map[string]doc.Actor{}
	}
	st.guessed[strings.Clone(lastKey)] = a
	return st.mention(from, k, a, "guess", "guess-person"), k, true
}

// countryBefore returns the first country other than not that the
// sentence names (by name or capital) before token i, or "".
func (st *docState) countryBefore(i int, not string) string {
	for j := st.sentFirst; j < i; j++ {
		if mt, ok := st.lookup(j, i); ok && mt.e.Kind == KindCountry && mt.e.Code != not {
			return mt.e.Code
		}
	}
	return ""
}

// mayHold reports whether the person called name may hold the office with
// role key and code on the document's date: the dictionary knows no other
// holder of it then.
func (st *docState) mayHold(code, key, name string) bool {
	h, ok := st.m.d.Holder(code, key, st.date)
	return !ok || strings.EqualFold(h.Name, name) || hasWordSuffix(name, lastWord(h.Name))
}

// otherHolderCountry returns the country the story names most often after
// not, whose office (role, key) the person called name may hold; "" when
// the story names no other country.
func (st *docState) otherHolderCountry(not, role, key, name string) string {
	best, bn := "", 0
	for c, n := range st.countryN {
		if c == not || n < bn || n == bn && c > best {
			continue
		}
		if st.mayHold(c+role, key, name) {
			best, bn = c, n
		}
	}
	return best
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}
