package coder

import (
	"strings"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/ontology"
)

// hit is one pattern match at a trigger, before actors are assigned.
type hit struct {
	p        *Pattern
	trig     int // trigger token (sentence-relative)
	tgtPos   int // token where the target slot starts, or -1
	srcPos   int // token where the source slot starts, or -1
	end      int // token after the last matched item
	gi       int // verb group of a verb trigger, or -1
	noun     bool
	code     string
	modality string // "", "intent", "threat"
	compound bool   // the source slot is a compound actor ("%")
}

// maxGap is how many tokens may stand between two pattern items.
const maxGap = 3

// matchItems matches p's items from token `from` up to `hi`; it returns the
// slot positions and the end, or ok=false.
func (s *sentence) matchItems(p *Pattern, from, hi int) (tgt, src, end int, ok bool) {
	return s.matchSeq(p.items, from, hi, false)
}

// matchPassive matches a pattern on a passive verb: its object words stand
// in the subject, and what follows them in the pattern may stand after the
// verb ("tents were flown to Tajikistan by Iran" for "fly ... tents ... to
// +").
func (s *sentence) matchPassive(p *Pattern, g vgroup, hi int) (tgt, src, end int, ok bool) {
	lo := s.clauseStart(g.first)
	for k := len(p.items); k >= 1; k-- {
		words := false
		for _, it := range p.items[:k] {
			words = words || len(it.words) > 0
		}
		if !words {
			break
		}
		if _, _, _, ok := s.matchSeq(p.items[:k], lo, g.first, false); !ok {
			continue
		}
		if k == len(p.items) {
			return -1, -1, g.head + 1, true
		}
		tail := append(preSkip[:1:1], p.items[k:]...)
		if tgt, src, end, ok := s.matchSeq(tail, g.head+1, hi, false); ok {
			return tgt, src, end, true
		}
	}
	return -1, -1, 0, false
}

// preSkip starts the pre-items of a pattern: they may begin anywhere in the
// clause.
var preSkip = []item{{skip: true}}

// matchPre matches p's pre-items between the start of the sentence and the
// trigger, as PETRARCH does ("NOTED + *" in "X noted that Y regretted");
// slots there stand for the subject.
func (s *sentence) matchPre(p *Pattern, g vgroup) (tgt, src int, ok bool) {
	if len(p.pre) == 0 {
		return -1, -1, true
	}
	items := append(preSkip[:1:1], p.pre...)
	tgt, src, end, ok := s.matchSeq(items, 0, g.head, true)
	if ok && p.preAdjacent && end != g.head {
		return -1, -1, false
	}
	return tgt, src, ok
}

// matchSubject reports whether a word of it stands before verb group gi in
// its clause with at most maxGap tokens between ("two car bombs exploded"),
// or, for a role alternative ("@mil"), whether an actor there or the
// group's subject actor has that role ("US forces, including advisors,
// have entered Syria").
func (c *Coder) matchSubject(s *sentence, it *item, gi int) bool {
	g := s.groups[gi]
	lo := s.clauseStart(g.first)
	for k := g.first - 1; k >= lo && k >= g.first-1-maxGap; k-- {
		if s.matchWords(*it, k, g.first) > 0 {
			return true
		}
		if m := s.ment[k]; m >= 0 && isNounTag(s.tag(k)) {
			// A mention read as a noun ("force" to abandon is no army).
			for _, w := range it.words {
				if len(w) == 4 && w[0] == '@' && hasRole(s.d.Actors[m].Actor.Code, w[1:]) {
					return true
				}
			}
			// An actor mention counts as one token; its words may still
			// be the subject words ("a suicide bomber struck").
			for k > lo && s.ment[k-1] == m {
				k--
			}
			if s.matchWords(*it, k, g.first) > 0 {
				return true
			}
		}
	}
	if gi > 0 && s.coordinatedVerb(gi) && s.groups[gi-1].head < g.first {
		// "tanks crossed the border and entered": the first verb's
		// subject.
		return c.matchSubject(s, it, gi-1)
	}
	roles := false
	for _, w := range it.words {
		roles = roles || len(w) == 4 && w[0] == '@'
	}
	if !roles {
		return false
	}
	for _, m := range c.subjectActors(s, gi) {
		if m == nil {
			continue
		}
		if last := m.TokenSpan.End - 1 - s.first; last < 0 || last >= len(s.toks) || !isNounTag(s.tag(last)) {
			continue // a mention read as a verb ("to force airlines")
		}
		for _, w := range it.words {
			if len(w) == 4 && w[0] == '@' && hasRole(m.Actor.Code, w[1:]) {
				return true
			}
		}
	}
	return false
}

// possessorsCountry gives a target role whose country came only from the
// story's focus the country of the person its "his" or "her" refers to,
// when that person is not the source ("The opposition Congress party
// accused his government" after "Prime Minister Atal Bihari Vajpayee
// said": India's government).
func (c *Coder) possessorsCountry(s *sentence, srcs, tgts []*doc.ActorMention) {
	for _, t := range tgts {
		if t == nil || t.Kind != "agent" || t.Actor.ID != "" || !strings.Contains(t.Rule, "+focus") || len(t.Actor.Code) < len(t.Actor.Country) {
			continue
		}
		k := s.d.TokenAt(t.Start) - s.first - 1
		if k < 0 || k >= len(s.toks) || s.lemmas[k] != "his" && s.lemmas[k] != "her" {
			continue
		}
		if o := c.resolvePronoun(s, k); o != nil && o.Actor.Country != "" && o.Actor.Country != t.Actor.Country && !ownPossessor(srcs, o) {
			t.Actor.Code = o.Actor.Country + t.Actor.Code[len(t.Actor.Country):]
			t.Actor.Country = o.Actor.Country
			t.Rule = strings.Replace(t.Rule, "+focus", "+possessor", 1)
		}
	}
}

// ownPossessor reports whether person o is one of srcs.
func ownPossessor(srcs []*doc.ActorMention, o *doc.ActorMention) bool {
	for _, a := range srcs {
		if a != nil && actorKey(a) == actorKey(o) {
			return true
		}
	}
	return false
}

// slotPronoun returns the antecedent of a pronoun standing in verb hit h's
// target slot after the verb group ("called on him"), or nil.
func (c *Coder) slotPronoun(s *sentence, h hit, srcs []*doc.ActorMention) *doc.ActorMention {
	if h.tgtPos <= s.groups[h.gi].end {
		return nil
	}
	return c.objectPronoun(s, h.tgtPos, srcs)
}

// verbSense returns the code of verb hit h given its actors, and why it
// changed, for verbs whose sense the actors or the tense decide; "" drops
// the hit:
//   - "Senegal, which surrounds Gambia on three sides": where a country
//     lies in the present tense, not a blockade;
//   - "seize +" takes people as the direct object of an active verb, not
//     "the mayor's office", "the compound of Ambassador Aoki" or a
//     country's land; state forces seizing someone arrest him (173);
//   - armed men storming a building assault it (190), a crowd riots (145).
func (s *sentence) verbSense(h hit, srcs, tgts []*doc.ActorMention) (code, why string) {
	if h.noun || h.gi < 0 {
		return h.code, ""
	}
	src := (*doc.ActorMention)(nil)
	if len(srcs) == 1 {
		src = srcs[0]
	}
	switch l := s.lemmas[h.trig]; {
	case (l == "surround" || l == "encircle" || l == "border") && h.code[:2] == "19":
		if t := s.tag(h.trig); (t == "VBZ" || t == "VBP") && s.groups[h.gi].first == h.trig {
			return "", "geography in the present tense"
		}
	case (l == "seize" || l == "grab") && len(h.p.items) == 1:
		if len(tgts) != 1 || tgts[0] == nil || tgts[0].Actor.Code == "" || tgts[0].Actor.Code == tgts[0].Actor.Country || s.modifier(tgts[0]) ||
			s.groups[h.gi].passive || s.d.TokenAt(tgts[0].Start)-s.first > s.groups[h.gi].end+2 {
			return "", "what was seized is no person or group"
		}
		if h.code == "181" && src != nil && stateAgents(src.Actor.Code) {
			return "173", "seized by state forces: 173"
		}
	case l == "storm" && h.code == "145":
		if src != nil && s.armed(src) {
			return "190", "armed men storming: 190"
		}
	}
	return h.code, ""
}

// stateAgents reports whether code names a state's police, military,
// intelligence, judiciary or government, with or without its country ("COP"
// for "Police"), and no armed group.
func stateAgents(code string) bool {
	return hasAnyRole(code, "cop", "mil", "spy", "jud", "gov") && !hasAnyRole(code, "reb", "ins", "uaf", "img")
}

// armed reports whether mention m is an armed force: its code has a role of
// state forces or armed groups, or the words just before it say so ("Armed
// members of the Jamaat al Muslimeen", "gunmen from").
func (s *sentence) armed(m *doc.ActorMention) bool {
	if hasAnyRole(m.Actor.Code, "mil", "cop", "spy", "reb", "ins", "uaf", "img") {
		return true
	}
	k := s.d.TokenAt(m.Start) - s.first - 1
	for j := k; j >= 0 && j >= k-4; j-- {
		switch s.lemmas[j] {
		case "armed", "gunman", "gunmen", "militant", "fighter":
			return true
		}
	}
	return false
}

// hasAnyRole reports whether code has one of the three-letter roles (lower
// case) among its parts.
func hasAnyRole(code string, roles ...string) bool {
	for _, r := range roles {
		if hasRole(code, r) {
			return true
		}
	}
	return false
}

// hasRole reports whether an actor code ("SYRMIL", "IMGMOSISI") has the
// three-letter role (lower case: "mil") among its three-letter parts.
func hasRole(code, role string) bool {
	for i := 0; i+3 <= len(code); i += 3 {
		c := code[i : i+3]
		if c[0]|0x20 == role[0] && c[1]|0x20 == role[1] && c[2]|0x20 == role[2] {
			return true
		}
	}
	return false
}

// matchSeq matches items from token `from` up to `hi`; with cross, items may
// lie in other verb groups (pre-items: "SAID WOULD *").
func (s *sentence) matchSeq(items []item, from, hi int, cross bool) (tgt, src, end int, ok bool) {
	tgt, src = -1, -1
	pos := from
	skip := false
	for _, it := range items {
		switch {
		case it.target:
			tgt = pos
			continue
		case it.source || it.compound:
			src = pos
			continue
		case it.skip:
			skip = true
			continue
		case it.skipNP:
			pos = s.npEnd(pos, hi)
			continue
		}
		found := -1
		first := from // the first token, which may open a verb group
		limit := pos + maxGap + 1
		if skip || limit > hi {
			limit = hi
		}
		for k := pos; k < limit; k++ {
			if n := s.matchWords(it, k, hi); n > 0 {
				found = k
				pos = k + n
				break
			}
			// An actor mention counts as one token of the gap; its head
			// word may still be a pattern word: the last ("its KFOR
			// force") or the one before "of" ("separatist rebels of the
			// Movement of Democratic Forces").
			if mi := s.ment[k]; mi >= 0 && s.mentionStart(mi) == k {
				e := s.mentionEnd(mi)
				if e-1 > k && s.matchWords(it, e-1, hi) > 0 {
					found = e - 1
					pos = e
					break
				}
				if h := s.headBeforeOf(k, e); h > k && s.matchWords(it, h, hi) > 0 {
					found = h
					pos = e
					break
				}
				if !skip {
					limit = min(hi, limit+e-k-1)
				}
				k = e - 1
				continue
			}
			// A place name of several words counts as one token of the
			// gap ("negotiations in Dar es Salaam with the government")
			// unless the item is one of its words ("targeting the Bustan
			// Al-Basha District").
			if e := s.placeEnd[k]; e > k+1 && s.ment[k] < 0 && !s.matchesWithin(it, k, e, hi) {
				if !skip {
					limit = min(hi, limit+e-k-1)
				}
				k = e - 1
				continue
			}
			// A date or time does not count in the gap: "warned Taiwan on
			// Wednesday that", "refused on Sunday to".
			if e := s.dateEnd[k]; e > k && s.matchWords(it, k, hi) == 0 {
				if !skip {
					limit = min(hi, limit+e-k)
				}
				if k == first {
					first = e // "agreed on Sunday to join": the verb's own "to" still follows it
				}
				k = e - 1
				continue
			}
			// Items do not reach across another verb's clause.
			if s.ingrp[k] >= 0 && k > first && !cross {
				break
			}
			// Determiners, numbers and adjectives do not count in the
			// gap: "signed an 800 million ducat trade protocol".
			if !skip && s.ment[k] < 0 && (isModifier(s.tag(k)) || s.tag(k) == "CD") {
				limit = min(hi, limit+1)
			}
		}
		if found < 0 {
			return -1, -1, 0, false
		}
		skip = false
	}
	return tgt, src, pos, true
}

// npEnd returns the end of the noun phrase at token k (with a preposition
// before it): "with the leaders of" stops before "of"; an actor mention and
// the nouns after it count as one phrase ("their Ent populations").
func (s *sentence) npEnd(k, hi int) int {
	for k < hi && (s.tag(k) == "IN" || s.tag(k) == "TO") && s.ment[k] < 0 {
		k++
	}
	for k < hi && s.ment[k] < 0 && (isModifier(s.tag(k)) || s.tag(k) == "CD" || s.tag(k) == "POS") {
		k++
	}
	for k < hi {
		if mi := s.ment[k]; mi >= 0 {
			k = max(k+1, s.mentionEnd(mi))
			continue
		}
		if !isNounTag(s.tag(k)) {
			break
		}
		k++
	}
	return k
}

// headBeforeOf returns the word before the first "of" inside the mention
// [k, e) ("rebels" in "separatist rebels of the Movement of ..."), or -1.
func (s *sentence) headBeforeOf(k, e int) int {
	for j := k + 1; j < e; j++ {
		if s.lemmas[j] == "of" {
			return j - 1
		}
	}
	return -1
}

// matchesWithin reports whether the item matches at any token in [k, e).
func (s *sentence) matchesWithin(it item, k, e, hi int) bool {
	for ; k < e; k++ {
		if s.matchWords(it, k, hi) > 0 {
			return true
		}
	}
	return false
}

// matchWords reports how many tokens from k match one of the alternatives
// of it (multi-word alternatives match consecutive words), or 0. Words match
// a token's lemma or its lower-case form.
func (s *sentence) matchWords(it item, k, hi int) int {
	// A participle before a noun ("a planned march", "armed men") is an
	// adjective: it matches by its own form, not its verb's lemma ("plan").
	lem := s.lemmas[k]
	if t := s.tag(k); (t == "VBN" || t == "VBD" || t == "JJ") && lem != s.lower[k] && k+1 < hi && isNounTag(s.tag(k+1)) && s.ment[k+1] < 0 {
		lem = s.lower[k]
	}
	for i, a := range it.words {
		var ws []string
		if i < len(it.multi) {
			ws = it.multi[i]
		} else if strings.IndexByte(a, ' ') >= 0 {
			ws = strings.Fields(a) // an item built without its split form
		}
		if len(ws) <= 1 {
			if lem == a || s.lower[k] == a {
				return 1
			}
			continue
		}
		if k+len(ws) > hi {
			continue
		}
		ok := true
		for j, w := range ws {
			l := s.lemmas[k+j]
			if j == 0 {
				l = lem
			}
			if l != w && s.lower[k+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return len(ws)
		}
	}
	return 0
}

// findHits matches the dictionary at every trigger of the sentence.
func (c *Coder) findHits(s *sentence) []hit {
	var hits []hit
	for gi, g := range s.groups {
		lem := s.lemmas[g.head]
		ps := c.Dict.verbs[lem]
		hi := s.clauseEnd(g.head)
		if hi < len(s.toks) && s.lemmas[hi] == "that" && g.end < hi && s.ment[g.end] >= 0 {
			// A pattern may name the "that" opening the next clause after
			// the verb's object ("warned Taiwan that": "warn + that");
			// nothing beyond it.
			hi++
		}
		for _, p := range ps {
			if len(p.forms) > 0 && !hasForm(p.forms, s.toks[g.head].Text) {
				continue
			}
			if p.negOnly && !g.negated {
				continue
			}
			tgt, src, end, ok := s.matchItems(p, g.head+1, hi)
			if !ok && g.passive && p.words > 0 {
				tgt, src, end, ok = s.matchPassive(p, g, hi)
			}
			if !ok {
				continue
			}
			ptgt, psrc, pok := s.matchPre(p, g)
			if !pok || p.subject != nil && !c.matchSubject(s, p.subject, gi) {
				continue
			}
			if tgt < 0 {
				tgt = ptgt
			}
			if src < 0 {
				src = psrc
			}
			c.tracef("pattern %s matched at %q", p.Rule, s.toks[g.head].Text)
			hits = append(hits, hit{p: p, trig: g.head, tgtPos: tgt, srcPos: src, end: end, gi: gi, code: p.Code, compound: hasCompound(p.pre)})
			break
		}
		if len(ps) > 0 && (len(hits) == 0 || hits[len(hits)-1].trig != g.head) {
			c.tracef("verb %q: %d patterns tried, none matched", lem, len(ps))
		}
	}
	for i, t := range s.toks {
		if !(isNounTag(t.Tag) || t.Tag == "VBG" || t.Tag == "") || s.ment[i] >= 0 {
			continue
		}
		if t.Tag == "VBG" && s.ingrp[i] >= 0 && s.groups[s.ingrp[i]].first != i {
			continue // progressive "are looking"
		}
		ps := c.Dict.nouns[s.lemmas[i]]
		if len(ps) == 0 {
			// A gerund used as a noun keeps its -ing form: "bombing".
			ps = c.Dict.nouns[s.lower[i]]
		}
		if len(ps) == 0 {
			continue
		}
		hi := s.clauseEnd(i)
		matched := false
		for _, p := range ps {
			tgt, src, end, ok := s.matchItems(p, i+1, hi)
			if !ok {
				continue
			}
			c.tracef("pattern %s matched at %q", p.Rule, t.Text)
			hits = append(hits, hit{p: p, trig: i, tgtPos: tgt, srcPos: src, end: end, gi: -1, noun: true, code: p.Code})
			matched = true
			break
		}
		if !matched {
			c.tracef("noun %q: %d patterns tried, none matched", s.lemmas[i], len(ps))
		}
	}
	return hits
}

// codeSentence codes one sentence and appends its events to the document.
func (c *Coder) codeSentence(s *sentence) {
	if c.Trace != nil {
		c.tracef("sentence %d: %s", s.idx, s.d.Text[s.d.Sentences[s.idx].Start:s.d.Sentences[s.idx].End])
	}
	hits := c.findHits(s)
	seen := map[string]bool{}
	n0 := len(s.d.Events)
	hits = c.obligations(s, hits, seen)
	c.accusations(s, hits, seen)
	type actorsOf struct{ srcs, tgts []*doc.ActorMention }
	byGroup := map[int]actorsOf{}
	for _, h := range hits {
		if h.code == "" {
			c.tracef("%s at %q: null pattern, no event", h.p.Rule, s.toks[h.trig].Text)
			continue
		}
		if !h.p.negOK && c.negated(s, h) {
			c.tracef("%s at %q: negated, no event", h.p.Rule, s.toks[h.trig].Text)
			continue
		}
		if s.conditional(h) {
			c.tracef("%s at %q: in an 'if' clause, no event", h.p.Rule, s.toks[h.trig].Text)
			continue
		}
		stateProtest := strings.HasPrefix(h.code, "14") && s.lemmas[h.trig] == "protest"
		placeTaken := h.code == "173" && !h.noun && s.placeObject(h)
		if placeTaken {
			// "The rebels captured Aleppo": a place taken, not a person.
			h.code = "192"
		}
		h.code, h.modality = c.applyModality(s, h)
		srcs, tgts, rule := c.actorsFor(s, h)
		if r := h.code[:2]; len(tgts) == 0 && len(srcs) > 0 && (r == "18" || r == "19") {
			if m := c.victimBefore(s, h); m != nil {
				// "A Spanish army colonel died when a car bomb planted by
				// ETA exploded": who died.
				tgts = []*doc.ActorMention{m}
				rule += "; target: who died when it happened"
			}
		}
		s.heldByOwnState(h, srcs, tgts)
		if h.modality == "threat" && len(tgts) == 0 && h.gi > 0 {
			// "warned Congress that he would veto any bill": the one
			// warned is the threat's target.
			for gi := h.gi - 1; gi >= 0 && s.groups[h.gi].first-s.groups[gi].end <= 8; gi-- {
				if g := s.groups[gi]; c.Cues.threatVerb(s.lemmas[g.head]) && g.end < len(s.toks) && s.ment[g.end] >= 0 && !s.sameSide(srcs, &s.d.Actors[s.ment[g.end]]) {
					tgts = s.mentions([]int{s.ment[g.end]})
					rule += "; target: the one warned"
					break
				}
			}
		}
		if h.code == "130" && len(h.p.items) == 0 && !h.noun && h.gi >= 0 && s.lemmas[h.trig] == "warn" {
			t, ok := s.warnedParty(srcs, h.gi)
			if !ok {
				c.tracef("%s at %q: a warning that threatens no one named, no event", h.p.Rule, s.toks[h.trig].Text)
				continue
			}
			if t != nil {
				tgts = []*doc.ActorMention{t}
				rule += "; target: the one the warning is about"
			}
		}
		if placeTaken {
			rule += "; its object is a place: 192"
		}
		if code, why := s.verbSense(h, srcs, tgts); code == "" {
			c.tracef("%s at %q: %s, no event", h.p.Rule, s.toks[h.trig].Text, why)
			continue
		} else if code != h.code {
			h.code, rule = code, rule+"; "+why
		}
		if h.code == "144" && len(srcs) == 1 && srcs[0] != nil && (hasRole(srcs[0].Actor.Code, "mil") || hasRole(srcs[0].Actor.Code, "cop")) {
			// "troops blocked the roads": forces restricting movement
			// (191), not protesters obstructing.
			h.code = "191"
			rule += "; forces blocking: 191"
		}
		if h.code == "190" && len(srcs) == 1 && srcs[0] != nil && protestCrowd(s.d, srcs[0]) {
			// "Protesters attacked the embassies": a riot, not a
			// military attack.
			h.code = "145"
			rule += "; a crowd's attack is a riot: 145"
		}
		if stateProtest && len(srcs) > 0 && srcs[0] != nil && stateActor(srcs[0]) && !crowdOf(s.d, srcs[0]) {
			// "The White House summoned the ambassador to protest
			// against the drills": a government complains officially; it
			// does not take to the streets.
			h.code = "114"
			rule += "; a state protests officially: 114"
		}
		if pg := s.coordPartner(h.gi); pg >= 0 {
			// "was detained ... and later released": the second verb
			// shares the first one's actors.
			if prev, ok := byGroup[pg]; ok {
				if s.groups[h.gi].passive && !s.groups[pg].passive && len(prev.srcs) == 1 && prev.srcs[0] != nil && h.code[:2] == "17" {
					// "a journalist who had called for demonstrations and
					// was arrested": the first verb's subject is the one
					// arrested, by the state that holds him.
					tgts, rule = prev.srcs, rule+"; target: the subject of the coordinated verb"
					if len(srcs) == 0 {
						if a, why := c.detainer(s, h.gi, tgts[0]); a != nil {
							srcs, rule = []*doc.ActorMention{a}, rule+"; source: "+why
						}
					}
				} else if s.groups[h.gi].passive || s.groups[pg].passive || len(tgts) == 0 && !s.ownObject(h.gi) {
					srcs, tgts, rule = prev.srcs, prev.tgts, "; actors: shared with the coordinated verb"
				} else if len(prev.srcs) > 0 {
					// "condemned the attack ... and promised aid to
					// Ithilen": the subject is shared, the object is
					// the verb's own.
					srcs, rule = prev.srcs, rule+"; source: shared with the coordinated verb"
				}
			} else if pgr := s.groups[pg]; pgr.passive && pgr.first != pgr.head && (s.groups[h.gi].passive && len(srcs) == 0 || s.elidedPassive(h.gi)) {
				// (a passive with its auxiliary, not a participle after a
				// noun: "in a vehicle provided by the Taliban and were
				// given ten hours")
				// "were beaten by soldiers and briefly detained": an
				// uncoded first passive lends its agents, and its subject
				// to a participle whose "were" is left out.
				if ag, ok := s.byAgents(s.groups[pg].end, s.groups[h.gi].first); ok && len(ag) > 0 {
					srcs, rule = s.mentions(ag), rule+"; source: the agent of the coordinated passive"
					if !s.groups[h.gi].passive {
						tgts, rule = c.subjectActors(s, pg), rule+"; target: its subject"
					}
				}
			} else if h.srcPos < 0 && !s.groups[h.gi].passive && !s.groups[pg].passive {
				// "armoured columns crossed the frontier and entered X": an
				// uncoded first verb still lends its subject.
				if prev := c.subjectActors(s, pg); len(prev) > 0 {
					srcs, rule = prev, rule+"; source: subject of the coordinated verb"
				}
			}
		}
		if len(tgts) == 0 && len(srcs) > 0 && !h.noun && h.gi >= 0 && !s.groups[h.gi].passive {
			if m := c.possessorObject(s, s.groups[h.gi].end, s.clauseEnd(h.trig), srcs); m != nil {
				// "demanding his resignation": whose resignation.
				tgts = []*doc.ActorMention{m}
				rule += "; target: the object's possessor"
			} else if m := c.objectPronoun(s, s.groups[h.gi].end, srcs); m != nil {
				// "Russia had granted them asylum": whom "them" stands for.
				tgts = []*doc.ActorMention{m}
				rule += "; target: the object pronoun's antecedent"
			} else if m := c.slotPronoun(s, h, srcs); m != nil {
				// "The White House called on him to hand over power": the
				// pronoun in the pattern's target slot.
				tgts = []*doc.ActorMention{m}
				rule += "; target: the pronoun in the target slot"
			} else if mi := s.imposedOn(h.gi); mi >= 0 && !s.sameSide(srcs, &s.d.Actors[mi]) {
				// "lift the arms embargo and asset freezes imposed on
				// Eritrea": whom the measures lifted were on.
				tgts = s.mentions([]int{mi})
				rule += "; target: whom the object was imposed on"
			}
		}
		if len(tgts) == 0 && len(srcs) > 0 && (s.lemmas[h.trig] == "respond" || s.lemmas[h.trig] == "retaliate" || s.interception(h)) {
			// "Israel responded with an air and ground offensive": against
			// the last one who attacked.
			for i := len(s.d.Events) - 1; i >= 0 && s.d.Events[i].Sentence >= s.idx-3; i-- {
				if e := &s.d.Events[i]; e.Source != nil && (e.Root == "18" || e.Root == "19" || e.Root == "20") && !s.sameSide(srcs, e.Source) && !sameState(srcs, e.Source) {
					tgts = []*doc.ActorMention{e.Source}
					rule += "; target: the last attacker"
					break
				}
			}
		}
		if g := h.gi; g > 0 && len(tgts) == 1 && tgts[0] != nil && s.tag(s.groups[g].head) == "VBG" && s.groups[g].first > 0 && s.lemmas[s.groups[g].first-1] == "," {
			// "attacked Israel on Saturday, killing hundreds of
			// civilians": the victims are the attacked country's, whatever
			// country the story dwelt on.
			if prev, ok := byGroup[g-1]; ok && len(prev.tgts) > 0 && prev.tgts[0] != nil {
				if t, p := tgts[0], prev.tgts[0]; strings.Contains(t.Rule, "+focus") && t.Actor.ID == "" && p.Actor.Country != "" && p.Actor.Country != t.Actor.Country {
					cp := *t
					cp.Actor.Code = p.Actor.Country + t.Actor.Code[len(t.Actor.Country):]
					cp.Actor.Country = p.Actor.Country
					cp.Rule = strings.Replace(t.Rule, "+focus", "+scene", 1)
					tgts = []*doc.ActorMention{&cp}
					rule += "; target: of the country the main clause acts on"
				}
			}
		}
		if (h.code == "0253" || h.code == "1053") && len(tgts) > 0 && ownPeople(srcs, tgts) {
			// "Britain demanded the release of its sailors": the demand
			// is on whoever holds them, not on the sailors.
			tgts, rule = nil, rule+"; the released are the source's own, no target"
		}
		if strings.HasPrefix(h.code, "161") && len(tgts) > 0 && ownPeople(srcs, tgts) {
			// "Moscow recalled its ambassador, Vyacheslav Kovalenko": the
			// envoy recalled is the source's own, not the one relations
			// are cut with.
			tgts, rule = nil, rule+"; the envoy recalled is the source's own, no target"
		}
		if strings.HasPrefix(h.code, "15") && len(tgts) > 0 && ownForces(srcs, tgts) {
			// "Iran deployed Revolutionary Guards": a show of force is
			// not aimed at the source's own forces.
			tgts, rule = nil, rule+"; own forces are no target"
		}
		if h.gi >= 0 {
			byGroup[h.gi] = actorsOf{srcs, tgts}
		}
		if h.code == "030" && h.p.words <= 1 && fallbackAct(h.code, s.lemmas[h.trig]) && !namedParties(srcs) {
			// "Marine Midland agreed to advance it a loan": a bare
			// agreement counts only from a named party.
			c.tracef("%s at %q: no named source, no event", h.p.Rule, s.toks[h.trig].Text)
			continue
		}
		c.possessorsCountry(s, srcs, tgts)
		if len(srcs) == 0 {
			if !c.UnknownSource {
				c.tracef("%s at %q: no source actor, no event", h.p.Rule, s.toks[h.trig].Text)
				continue
			}
			srcs = []*doc.ActorMention{nil}
			rule += "; source unknown"
		}
		c.emit(s, h, srcs, tgts, rule, seen)
	}
	s.d.Events = append(s.d.Events[:n0], spelledOut(s.d.Text, s.d.Events[n0:])...)
	s.d.Events = append(s.d.Events[:n0], targetlessTwins(s.d.Events[n0:])...)
	parallelTargets(s.d.Events[n0:])
	rebelCountries(s.d, s.places, s.actors, s.d.Events[n0:])
	counterpartTargets(s.d, s.idx, s.d.Events[n0:])
	if len(s.d.Events) == n0 {
		c.statements(s, seen)
	}
}

// fallbackAct reports whether code at a trigger beginning with word is a
// generic act that a more specific one may spell out: a warning or threat
// (130) or an agreement, offer or promise to act (030).
func fallbackAct(code, word string) bool {
	return code == "130" && (strings.HasPrefix(word, "warn") || strings.HasPrefix(word, "threat")) ||
		code == "030" && (strings.HasPrefix(word, "agree") || strings.HasPrefix(word, "offer") || strings.HasPrefix(word, "pledg") || strings.HasPrefix(word, "promis"))
}

// namedParties reports whether there are sources and each is a named
// actor (a country, organization or person) or a role of a known country,
// not a bare role word ("Marine" in "Marine Midland").
func namedParties(srcs []*doc.ActorMention) bool {
	for _, a := range srcs {
		if a == nil || a.Kind == "agent" && a.Actor.Country == "" {
			return false
		}
	}
	return len(srcs) > 0
}

// spelledOut drops from a sentence's events a generic act (fallbackAct: a
// warning or threat, 130, or an agreement, offer or promise to act, 030)
// that an act of the same root coded later in the sentence spells out:
// "warned South Korea that it would strike again" is the threat to strike
// (1384), not that and a warning too; "agreed to free the hostages" is the
// intent to free them. The later event takes the dropped one's target when
// it has none and the same side acts ("warned India that Pakistan would
// retaliate"). It filters evs in place.
func spelledOut(text string, evs []doc.Event) []doc.Event {
	out := evs[:0]
	for i, e := range evs {
		drop := false
		if fallbackAct(e.Code, strings.ToLower(text[e.Trigger.Start:e.Trigger.End])) {
			for j, f := range evs {
				if j != i && f.Root == e.Root && f.Trigger.Start > e.Trigger.End {
					drop = true
					if f.Target == nil && e.Target != nil && sameSide(e.Source, f.Source) {
						// "warned India that Pakistan would retaliate":
						// the warned is the threatened.
						evs[j].Target = e.Target
					}
					break
				}
			}
		}
		if !drop {
			out = append(out, e)
		}
	}
	return out
}

// targetlessTwins drops from a sentence's events one with no target when
// another has the same code and source and a target: "protesters gathered
// outside the Japanese embassy, chanting slogans" is one protest against
// Japan, not that and a protest against no one. An act at another place is
// another event ("launched an offensive in X, targeting Y"); a place told
// with the dropped one passes to the kept one. It filters evs in place.
func targetlessTwins(evs []doc.Event) []doc.Event {
	drop := make([]bool, len(evs))
	for i := range evs {
		e := &evs[i]
		if e.Target != nil {
			continue
		}
		for j := range evs {
			f := &evs[j]
			if j != i && !drop[j] && f.Target != nil && f.Code == e.Code && actorKey(f.Source) == actorKey(e.Source) && samePlace(e.Location, f.Location) {
				drop[i] = true
				if f.Location == nil && e.Location != nil {
					f.Location = e.Location // the act's place, told with its twin
				}
				break
			}
		}
	}
	out := evs[:0]
	for i, e := range evs {
		if !drop[i] {
			out = append(out, e)
		}
	}
	return out
}

// parallelTargets gives a cut in relations (16) or a criticism (11) with
// no target the target of an earlier event of the sentence with the same
// root and another source: "Argentina
// withdrew its ambassador from Asuncion and Brazil recalled its envoy" -
// Brazil's envoy left Paraguay too. The target is never the event's own
// source's country.
func parallelTargets(evs []doc.Event) {
	for i := range evs {
		e := &evs[i]
		if e.Target != nil || e.Source == nil || e.Root != "16" && e.Root != "11" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			f := &evs[j]
			if f.Root != e.Root || f.Target == nil || f.Source == nil || sameSide(f.Source, e.Source) {
				continue
			}
			if c := f.Target.Actor.Country; c != "" && c == e.Source.Actor.Country {
				break
			}
			e.Target = f.Target
			e.Rule += "; target: shared with the parallel act"
			break
		}
	}
}

// rebelCountries gives rebels or insurgents of no known country who fight a
// state's armed forces or police, or are fought by them, that state's
// country: rebels take arms against their own government ("Rebels loyal to
// Laurent Nkunda routed Congolese army troops" are Congolese rebels) -
// unless the sentence sets the scene in another country (foreign troops).
// It edits the mentions, so every event of the sentence sees the same
// rebels.
func rebelCountries(d *doc.Document, places, actors []int, evs []doc.Event) {
	scene, _ := sceneCountry(d, places, actors)
	for i := range evs {
		e := &evs[i]
		for _, pr := range [2][2]*doc.ActorMention{{e.Source, e.Target}, {e.Target, e.Source}} {
			r, st := pr[0], pr[1]
			if r == nil || st == nil || r.Kind != "agent" || r.Actor.ID != "" || r.Actor.Country != "" {
				continue
			}
			if !strings.HasPrefix(r.Actor.Code, "REB") && !strings.HasPrefix(r.Actor.Code, "INS") {
				continue
			}
			c, role, ok := roleOf(st)
			if !ok {
				continue
			}
			switch {
			case strings.HasPrefix(role, "MIL"), strings.HasPrefix(role, "COP"), strings.HasPrefix(role, "GOVMIL"):
			default:
				continue // a government's diplomats are taken hostage abroad too
			}
			if scene != "" && scene != c {
				continue // "Troops from Ghana shelled rebel bases near Freetown": foreign troops
			}
			r.Actor.Code = c + r.Actor.Code
			r.Actor.Country = c
			r.Rule += " +opponent"
		}
	}
}

// samePlace reports whether event places a and b may be one: either is
// unknown or both name the same place.
func samePlace(a, b *doc.PlaceMention) bool {
	return a == nil || b == nil || a.Place.Name == b.Place.Name
}

// sameSide reports whether two sources are one actor or of one country
// ("Pakistan's foreign minister warned ... that Pakistan would").
func sameSide(a, b *doc.ActorMention) bool {
	if a == nil || b == nil {
		return a == b
	}
	return actorKey(a) == actorKey(b) || a.Actor.Country != "" && a.Actor.Country == b.Actor.Country
}

// ownPeople reports whether every target is of a source's own country.
func ownPeople(srcs, tgts []*doc.ActorMention) bool {
	for _, t := range tgts {
		if t == nil || t.Actor.Country == "" || !ofSourceCountry(srcs, t.Actor.Country) {
			return false
		}
	}
	return true
}

// ownForces reports whether every target is an armed, police or
// government body of a source's own country.
func ownForces(srcs, tgts []*doc.ActorMention) bool {
	for _, t := range tgts {
		if t == nil {
			return false
		}
		c, role, ok := roleOf(t)
		if !ok || !strings.HasPrefix(role, "MIL") && !strings.HasPrefix(role, "COP") && !strings.HasPrefix(role, "GOVMIL") && !strings.HasPrefix(role, "SPY") {
			return false
		}
		if !ofSourceCountry(srcs, c) {
			return false
		}
	}
	return true
}

// soleScene returns the one town or region a sentence names after "in",
// "at" or "near", when it names exactly one place (a country, named as an
// actor as often as a scene, does not count).
func soleScene(s *sentence) *doc.PlaceMention {
	var one *doc.PlaceMention
	for _, pi := range s.places {
		p := &s.d.Places[pi]
		if !p.Resolved {
			continue
		}
		if one != nil {
			return nil
		}
		one = p
	}
	if one == nil || one.Place.Feature == "country" || one.Place.Feature == "continent" {
		return nil
	}
	k := one.TokenSpan.First - s.first - 1
	for k >= 0 && (s.tag(k) == "DT" || s.tag(k) == "JJ" || s.tag(k) == "NNP" && s.ment[k] < 0) {
		k--
	}
	if k < 0 || (s.lemmas[k] != "in" && s.lemmas[k] != "at" && s.lemmas[k] != "near") {
		return nil
	}
	return one
}

// reportedAt reports whether place p says where a report of the act at
// token trig was made ("the defence ministry in Colombo said troops had
// killed"), when the Locator can tell (an optional ReportedAt method).
func (c *Coder) reportedAt(s *sentence, p *doc.PlaceMention, trig int) bool {
	r, ok := c.Locator.(interface {
		ReportedAt(d *doc.Document, sentence int, place doc.TokenSpan, trigger doc.Span) bool
	})
	return ok && r.ReportedAt(s.d, s.idx, p.TokenSpan, doc.Span{Start: s.toks[trig].Start, End: s.toks[trig].End})
}

// ownObject reports whether verb group gi has an object of its own right
// after it ("and ordered ten battalions"), actor or not.
func (s *sentence) ownObject(gi int) bool {
	k := s.groups[gi].end
	if k >= len(s.toks) || s.ment[k] >= 0 {
		return false
	}
	switch s.tag(k) {
	case "CD", "NN", "NNS":
		return true
	case "DT", "JJ", "PRP$":
		return k+1 < len(s.toks) && s.ment[k+1] < 0 && (isNounTag(s.tag(k+1)) || s.tag(k+1) == "CD" || s.tag(k+1) == "JJ")
	}
	return false
}

// considerCue is the intent cue whose act is an option weighed (014).
var considerCue = [][]string{{"consider"}}

// offerCue are the intent cues of a cooperative offer: troops offered are
// protection promised.
var offerCue = [][]string{{"offer"}, {"pledge"}, {"promise"}, {"volunteer"}, {"agree"}}

// protestCrowd reports whether actor mention m is a crowd of protesters,
// rioters or a mob, by its head word.
func protestCrowd(d *doc.Document, m *doc.ActorMention) bool {
	if m.Kind != "agent" || m.TokenSpan.End <= 0 || m.TokenSpan.End > len(d.Tokens) {
		return false
	}
	switch strings.ToLower(d.Tokens[m.TokenSpan.End-1].Text) {
	case "protesters", "protestors", "demonstrators", "rioters", "crowd", "crowds", "mob", "mobs", "marchers":
		return true
	}
	return false
}

// crowdOf reports whether mention m is counted as a crowd ("Thousands of
// Argentines", "hundreds of Kurds"): people, not their state.
func crowdOf(d *doc.Document, m *doc.ActorMention) bool {
	k := m.TokenSpan.First - 1
	if k < 1 || !strings.EqualFold(d.Tokens[k].Text, "of") {
		return false
	}
	if d.Tokens[k-1].Tag == "CD" {
		return true
	}
	switch strings.ToLower(d.Tokens[k-1].Text) {
	case "thousands", "hundreds", "dozens", "tens", "millions", "scores", "crowds", "groups":
		return true
	}
	return false
}

// negated reports whether the hit's clause negates or denies it.
func (c *Coder) negated(s *sentence, h hit) bool {
	if h.gi >= 0 && s.groups[h.gi].negated {
		return true
	}
	// "said the measures were not illegal": a negated copula inside the
	// words the pattern went over.
	if !h.noun {
		for k := h.trig + 1; k < h.end && k < len(s.toks); k++ {
			if l := s.lemmas[k]; (l == "not" || l == "n't" || l == "never") && s.lemmas[k-1] == "be" {
				return true // not "called on governments not to recognise"
			}
		}
	}
	// "Serbs in northern Kosovo, who reject the authority of Pristina,
	// blocked roads": a standing position told in passing in a relative
	// clause in the simple present, not an act.
	if !h.noun && h.gi >= 0 && s.groups[h.gi].first == h.trig && s.groups[h.gi].modal == "" {
		if t := s.tag(h.trig); t == "VBZ" || t == "VBP" {
			if r, _ := s.relativeAround(h.trig); r >= 0 && r == h.trig-1 {
				return true
			}
		}
	}
	// "barring members of the military from entering Australia",
	// "refrained from attacking": an act kept from happening.
	if !h.noun && h.trig > 0 && s.tag(h.trig) == "VBG" && s.lemmas[h.trig-1] == "from" {
		return true
	}
	// "on the anniversary of Japan's invasion of China": a past event
	// remembered, not one reported.
	if h.noun {
		for k := h.trig - 1; k >= 1 && k >= h.trig-4; k-- {
			if s.lemmas[k] == "of" && s.lemmas[k-1] == "anniversary" {
				return true
			}
			if s.ingrp[k] >= 0 || s.isBoundary(k) {
				break
			}
		}
	}
	// "no attack", "not ... any talks", "no plans to close"
	for k := h.trig - 1; k >= 0 && k >= h.trig-3; k-- {
		if s.lemmas[k] == "no" || s.lemmas[k] == "not" || s.lemmas[k] == "n't" || s.lemmas[k] == "never" {
			return true
		}
		if s.ingrp[k] >= 0 && (h.gi < 0 || s.ingrp[k] != h.gi) {
			if h.noun && s.groups[s.ingrp[k]].negated {
				return true // "had not held direct talks": the noun is the negated verb's object
			}
			break
		}
	}
	if h.noun {
		// "a planned meeting", "a possible summit": not held yet.
		for k := h.trig - 1; k >= 0 && k >= h.trig-3 && (s.tag(k) == "JJ" || s.tag(k) == "VBN" || s.tag(k) == "DT"); k-- {
			switch s.lemmas[k] {
			case "planned", "plan", "proposed", "propose", "possible", "upcoming", "scheduled", "schedule", "potential", "future", "expected", "expect":
				return true
			}
		}
	}
	// "Beijing could cancel a planned meeting": a possibility, not an
	// act (a threat when a threat verb governs it: see applyModality).
	if h.gi >= 0 {
		for k := s.groups[h.gi].first; k < s.groups[h.gi].head; k++ {
			if l := s.lemmas[k]; l == "could" || l == "might" || l == "may" {
				threat := false
				for j := k - 1; j >= 0 && j >= k-10; j-- {
					if s.lemmas[j] == "threaten" || s.lemmas[j] == "warn" {
						threat = true
					}
				}
				if !threat {
					return true
				}
			}
		}
	}
	// "had never intended to attack", "did not want to meet": a negated
	// verb the act hangs on by "to".
	if h.gi > 0 {
		g, p := s.groups[h.gi], s.groups[h.gi-1]
		if g.infinitive && p.negated && g.first-p.end <= 1 {
			return true
		}
	}
	// A denial verb governing the trigger: "denied attacking", "denied that".
	// An infinitive coordinated with an earlier one is as far from it as
	// that one: "urged the authorities to respect the right to peaceful
	// protest and to investigate any use of force".
	reach := h.trig
	for gj := h.gi; gj > 0 && s.groups[gj].infinitive; {
		f := s.groups[gj].first
		if f == 0 || s.lemmas[f-1] != "and" && s.lemmas[f-1] != "or" {
			break
		}
		gk := gj - 1 // the previous infinitive, over its object
		for gk >= 0 && !s.groups[gk].infinitive {
			gk--
		}
		if gk < 0 {
			break
		}
		reach, gj = s.groups[gk].head, gk
	}
	for gi := len(s.groups) - 1; gi >= 0; gi-- {
		g := s.groups[gi]
		if g.head >= h.trig || reach-g.head > 8 {
			continue
		}
		if c.Cues.denial[s.lemmas[g.head]] {
			newClause := false
			for k := g.end; k+1 < h.trig; k++ {
				if s.lemmas[k] == "," && (s.lemmas[k+1] == "and" || s.lemmas[k+1] == "but") {
					newClause = true // "to stop the killings, and thousands protested"
				}
			}
			if hg := h.gi; hg >= 0 && s.tag(s.groups[hg].first) == "VBG" && s.groups[hg].first > g.end && s.lemmas[s.groups[hg].first-1] == "," {
				// "a democracy that failed to feed them, blaming Perez's
				// austerity programme": a participle clause after a comma
				// hangs on the main clause, not on the denial verb.
				newClause = true
			}
			if newClause {
				continue
			}
			if s.lemmas[g.head] == "warn" && h.gi > gi && (s.groups[h.gi].modal == "will" || s.groups[h.gi].modal == "would") {
				// "warned that the United States would impose sanctions":
				// a threat (applyModality), not a warning against an act.
				continue
			}
			if h.gi == gi+1 && s.coordinatedVerb(h.gi) || h.gi >= 0 && s.coordPartner(h.gi) == gi {
				// "condemned the attack and promised aid", "denied
				// sending troops into Congo and blamed Kinshasa": a verb
				// coordinated with the denial verb is not under it.
				continue
			}
			if g.first == g.head && g.head > 0 && s.lemmas[g.head] == "call" && isNounTag(s.tag(g.head-1)) && s.ment[g.head-1] < 0 {
				// Naming, not appealing: "a township called Mabvuku".
				continue
			}
			if g.first == g.head && s.tag(g.head) == "VBN" && h.gi >= 0 && finite(s.tag(s.groups[h.gi].first)) {
				// A bare participle modifies a noun and governs no
				// finite verb after it: "a township called Mabvuku ...
				// soldiers patrolled", "a group blamed for murders has
				// killed".
				continue
			}
			return true
		}
	}
	return false
}

// occurrence reports whether a lemma is a verb of occurrence, the last item
// of noun patterns like "attack|clash occur|happen|take_place".
func occurrence(lemma string) bool {
	return lemma == "occur" || lemma == "happen" || lemma == "place" || lemma == "unfold" || lemma == "erupt"
}

// finite reports whether a verb tag carries tense (VBD, VBZ, VBP, MD).
func finite(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}

// applyModality turns acts under intent or threat cues into intent or threat
// codes.
func (c *Coder) applyModality(s *sentence, h hit) (string, string) {
	if c.Literal {
		return h.code, ""
	}
	root := h.code[:2]
	if root == "03" || root == "13" {
		return h.code, ""
	}
	lo := s.clauseStart(h.trig)
	if h.trig-lo > 10 {
		lo = h.trig - 10
	}
	if h.gi >= 0 && h.trig > 0 && s.lemmas[h.trig-1] == "," && s.tag(h.trig) == "VBG" && s.groups[h.gi].first == h.trig {
		// "warned its citizens against travelling to Uganda, accusing
		// Kampala of torture": a participle clause of its own, out of
		// the main clause's cues.
		lo = h.trig
	}
	for k := h.trig - 1; k > lo; k-- {
		if l := s.lemmas[k]; (l == "and" || l == "but") && s.lemmas[k-1] == "," {
			if t := s.tag(k + 1); t == "DT" || t == "NNP" || t == "NNPS" || t == "NN" || t == "NNS" || t == "PRP" {
				// "the alliance was considering further steps, and the
				// White House urged Russia": a new clause with its own
				// subject, out of the first one's cues.
				lo = k + 1
				break
			}
		}
	}
	matchFrom := func(phrases [][]string, lo int) bool {
		for _, ph := range phrases {
			for k := lo; k+len(ph) <= h.trig; k++ {
				ok := true
				j := k
				for i, w := range ph {
					for i > 0 && j < h.trig && s.dateEnd[j] > j {
						j = s.dateEnd[j] // "pledged on Friday to contribute"
					}
					if j >= h.trig || s.lemmas[j] != w {
						ok = false
						break
					}
					j++
				}
				if ok {
					return true
				}
			}
		}
		return false
	}
	match := func(phrases [][]string) bool { return matchFrom(phrases, lo) }
	if h.gi >= 0 {
		g := s.groups[h.gi]
		speculative := false
		for k := g.first; k < g.head; k++ {
			if l := s.lemmas[k]; l == "could" || l == "might" || l == "may" {
				speculative = true
			}
		}
		if g.modal == "will" || g.modal == "would" || g.modal == "shall" || speculative {
			if match(c.Cues.threat) {
				return modalCode(c.Cues.threatCode, h.code, "130"), "threat"
			}
			// "warned Congress that he would veto": the threat verb
			// governs the "that" clause the act stands in.
			for k := g.first - 1; k >= 0 && k >= g.first-14; k-- {
				if s.lemmas[k] == "that" && s.tag(k) != "DT" {
					if matchFrom(c.Cues.threat, max(0, k-6)) {
						return modalCode(c.Cues.threatCode, h.code, "130"), "threat"
					}
					break
				}
			}
			if root == "16" && !s.conditionAfter(h.trig) && c.announced(s, h) {
				// "Japan said it would freeze new loans", "Fourteen EU
				// countries said they would expel Russian diplomats": a
				// cut in relations announced is made; only a warning or a
				// condition makes it a threat.
				return h.code, ""
			}
			if hostileRoot(root) && !g.negated && s.conditionAfter(h.trig) {
				// "Athens would veto the enlargement if Cyprus were not
				// admitted": a hostile act promised on a condition is a
				// threat.
				return modalCode(c.Cues.threatCode, h.code, "130"), "threat"
			}
			return modalCode(c.Cues.intentCode, h.code, "030"), "intent"
		}
	}
	if match(c.Cues.threat) {
		return modalCode(c.Cues.threatCode, h.code, "130"), "threat"
	}
	intent := c.Cues.intent
	if h.gi >= 0 && s.groups[h.gi].modal == "" && finiteTag(s.tag(s.groups[h.gi].first)) {
		intent = c.Cues.intentNoModal
	}
	if match(intent) {
		if match(considerCue) {
			// "was considering whether to expel diplomats": weighing an
			// option (014), neither an act nor a declared intent.
			return "014", "intent"
		}
		if root == "15" && match(offerCue) {
			// "offered to send 1,500 soldiers to Liberia": troops
			// offered are military protection promised (0334), not a
			// show of force.
			return "0334", "intent"
		}
		return modalCode(c.Cues.intentCode, h.code, "030"), "intent"
	}
	return h.code, ""
}

// announced reports whether hit h stands in the complement of a verb of
// saying or announcing ("said it would", "announced that it would").
func (c *Coder) announced(s *sentence, h hit) bool {
	for gj := h.gi - 1; gj >= 0 && h.gi-gj <= 3; gj-- {
		if _, ok := c.Cues.speech[s.lemmas[s.groups[gj].head]]; ok {
			return true
		}
	}
	return false
}

// hostileRoot reports whether root is a conflictual act one can threaten:
// rejection, force posture, cuts, coercion or force.
func hostileRoot(root string) bool {
	switch root {
	case "12", "15", "16", "17", "18", "19", "20":
		return true
	}
	return false
}

// conditionAfter reports whether "if" or "unless" opens a condition after
// token trig in the sentence.
func (s *sentence) conditionAfter(trig int) bool {
	for k := trig + 1; k < len(s.toks); k++ {
		if l := s.lemmas[k]; (l == "if" || l == "unless") && s.lemmas[k-1] != "even" && s.lemmas[k-1] != "as" {
			return true
		}
	}
	return false
}

// emit appends one event per source-target pair.
func (c *Coder) emit(s *sentence, h hit, srcs, tgts []*doc.ActorMention, rule string, seen map[string]bool) {
	ev, ok := c.Ont.Event(h.code)
	if !ok && c.Literal && len(h.code) >= 2 {
		ev, ok = ontology.EventCode{Code: h.code, Root: h.code[:2]}, true
	}
	if !ok {
		c.tracef("%s: code %s not in the ontology", h.p.Rule, h.code)
		return
	}
	trig := doc.Span{Start: s.toks[h.trig].Start, End: s.toks[h.trig].End}
	// A multi-word verb trigger spans its particles ("take into custody").
	if !h.noun && h.end > h.trig+1 && h.end-h.trig <= 4 {
		trig.End = s.toks[h.end-1].End
	}
	var loc *doc.PlaceMention
	occ := -1
	if h.noun && h.end-1 > h.trig && h.end-h.trig <= 6 && occurrence(s.lemmas[h.end-1]) {
		// "the attack occurred in X": the event is the noun and the verb
		// of occurrence; its place is the verb's.
		occ = h.end - 1
		trig.End = s.toks[occ].End
	}
	if c.Locator != nil {
		if occ >= 0 {
			loc = c.Locator.PlaceFor(s.d, s.idx, doc.Span{Start: s.toks[occ].Start, End: s.toks[occ].End})
		}
		if loc == nil {
			loc = c.Locator.PlaceFor(s.d, s.idx, doc.Span{Start: s.toks[h.trig].Start, End: s.toks[h.trig].End})
		}
		if loc == nil {
			// "ended the search where the bombs blew apart buildings in
			// Algiers on Tuesday, and efforts turned to mourning": an act
			// whose own clause names no place happened in the one town the
			// sentence names as a scene.
			if p := soleScene(s); p != nil && !c.reportedAt(s, p, h.trig) {
				cp := *p
				cp.Rule = "sentence scene: " + p.Rule
				loc = &cp
			}
		}
	}
	// A truce or halt agreed by two sides binds both: "India and Pakistan
	// agreed to stop all military action".
	root := actRoot(h.p.Code, ev.Root)
	if root == "19" && s.thingObject(h) {
		// "Syrian armed groups and militias attacked the village": allies
		// acting on a thing, not fighting each other.
		root = ""
	}
	switch h.p.Code {
	case "051", "052", "053", "055", "056":
		// "Japan and China praised the outcome": praise, recognition or
		// an apology is directed, not mutual like signing a treaty.
		if root == "05" {
			root = ""
		}
	}
	if !h.noun && h.gi >= 0 && s.groups[h.gi].passive && len(tgts) == 0 {
		// "shot down by Israeli, U.S., British and Jordanian forces":
		// the agents acted together, not on each other.
		root = ""
	}
	pairs := pairUp(srcs, tgts, root, h.srcPos >= 0 || strings.HasPrefix(h.p.Code, "087") || s.eachOther(h))
	if h.compound && len(srcs) >= 2 {
		// "% * [030:030]": the members of a compound actor act on each
		// other ("Gondor and Osgiliath have delayed their meeting").
		pairs = allPairs(srcs)
	}
	if rev := h.p.Reverse; rev != "" && h.modality == "" {
		// "[032:033]": the target hosts the source.
		rv, ok := c.Ont.Event(rev)
		if !ok && c.Literal {
			rv, ok = ontology.EventCode{Code: rev, Root: rev[:2]}, true
		}
		n := len(pairs)
		for i := 0; ok && i < n; i++ {
			if pairs[i][1] != nil {
				pairs = append(pairs, [2]*doc.ActorMention{pairs[i][1], pairs[i][0]})
			}
		}
		evs := make([]ontology.EventCode, len(pairs))
		for i := range pairs {
			evs[i] = ev
			if i >= n {
				evs[i] = rv
			}
		}
		c.emitPairs(s, h, pairs, evs, trig, loc, rule, seen)
		return
	}
	evs := make([]ontology.EventCode, len(pairs))
	for i := range evs {
		evs[i] = ev
	}
	c.emitPairs(s, h, pairs, evs, trig, loc, rule, seen)
}

// emitPairs appends the events of pairs, evs[i] coding pairs[i].
func (c *Coder) emitPairs(s *sentence, h hit, pairs [][2]*doc.ActorMention, evs []ontology.EventCode, trig doc.Span, loc *doc.PlaceMention, rule string, seen map[string]bool) {
	date, dsrc, ti := c.dateFor(s, h)
	for i, pr := range pairs {
		ev := evs[i]
		date, dsrc, ti := date, dsrc, ti
		if dsrc == "article" && pr[0] != nil && pr[0].Sentence < s.idx {
			// "The attack killed 80 people": the source is the doer of
			// an event told before; this is the same event, on its day.
			if e := referredEvent(s.d, pr[0]); e != nil && e.DateSource == "timex" {
				date, dsrc, ti = e.Date, e.DateSource, e.Timex
			}
		}
		key := ev.Code + "|" + actorKey(pr[0]) + "|" + actorKey(pr[1])
		// The same act at another place is another event ("launched an
		// offensive in X, targeting Y"), unless an earlier one had no
		// place.
		at := "|@"
		if loc != nil {
			at += loc.Place.Name
		}
		if seen[key] && (loc == nil || seen[key+"|@"] || seen[key+at]) {
			continue
		}
		seen[key], seen[key+at] = true, true
		e := doc.Event{
			Sentence: s.idx, Trigger: trig, Source: pr[0], Target: pr[1],
			Code: ev.Code, Root: ev.Root, QuadClass: ev.QuadClass, Goldstein: ev.Goldstein, Plover: ev.Plover,
			Date: date, DateSource: dsrc, Timex: ti, Location: loc, Rule: h.p.Rule + rule,
		}
		if h.modality != "" {
			e.Rule += "; " + h.modality + " cue → " + ev.Code
		}
		c.tracef("EVENT %s %s → %s (%s) date %s [%s]", ev.Code, name(pr[0]), name(pr[1]), ev.Name, date, e.Rule)
		s.d.Events = append(s.d.Events, e)
	}
}

// stateActor reports whether m is a state or its government: a bare
// country code or a government, foreign ministry or military role.
func stateActor(m *doc.ActorMention) bool {
	c, code := m.Actor.Country, m.Actor.Code
	if c == "" || !strings.HasPrefix(code, c) {
		return false
	}
	if code == c {
		// A country named, not an ethnic group placed in one ("ethnic
		// Turks" coded by where they live).
		return m.Kind != "agent" && !strings.Contains(m.Rule, "+ethnic")
	}
	return strings.HasPrefix(code[len(c):], "GOV") || strings.HasPrefix(code[len(c):], "MIL")
}

// referredEvent returns the event whose source is mention m, the first
// told, or nil.
func referredEvent(d *doc.Document, m *doc.ActorMention) *doc.Event {
	for i := range d.Events {
		if d.Events[i].Source == m {
			return &d.Events[i]
		}
	}
	return nil
}

func name(m *doc.ActorMention) string {
	if m == nil {
		return "-"
	}
	return m.Actor.Name + "/" + m.Actor.Code
}

func actorKey(m *doc.ActorMention) string {
	if m == nil {
		return ""
	}
	if m.Actor.ID != "" {
		return m.Actor.ID
	}
	return m.Actor.Code + ":" + m.Actor.Name
}

// victimBefore returns the subject of a death or wounding told just
// before the "when" clause that holds the hit ("A Spanish army colonel died
// when a car bomb exploded", "Two soldiers were killed when their vehicle
// hit a mine"), or nil.
func (c *Coder) victimBefore(s *sentence, h hit) *doc.ActorMention {
	w := -1
	for k := h.trig - 1; k >= 0 && k >= h.trig-12; k-- {
		if s.lemmas[k] == "when" {
			w = k
			break
		}
		if s.isBoundary(k) || s.lemmas[k] == ";" {
			return nil
		}
	}
	if w < 1 || s.ingrp[w-1] < 0 && s.tag(w-1) != "RB" && s.tag(w-1) != "RP" {
		return nil
	}
	gi := -1
	for k := w - 1; k >= 0 && k >= w-3; k-- {
		if s.ingrp[k] >= 0 {
			gi = s.ingrp[k]
			break
		}
	}
	if gi < 0 {
		return nil
	}
	g := s.groups[gi]
	switch s.lemmas[g.head] {
	case "die", "perish":
	case "kill", "wound", "injure", "hurt", "maim":
		if !g.passive {
			return nil
		}
	default:
		return nil
	}
	if ms := c.subjectActors(s, gi); len(ms) == 1 {
		return ms[0]
	}
	return nil
}

// heldByOwnState gives an unknown target of an arrest or attack by a
// state's own forces that state's country: an organization, or a
// dissident, activist, lawyer, journalist or candidate the dictionary does
// not know ("Vietnamese police arrested the dissident lawyer Le Cong Dinh",
// "Falun Gong followers were detained by Chinese police"). A person named
// with nothing before him may be anyone's.
func (s *sentence) heldByOwnState(h hit, srcs, tgts []*doc.ActorMention) {
	if r := h.code[:2]; r != "17" && r != "18" || len(srcs) != 1 || srcs[0] == nil || srcs[0].Actor.Country == "" || !stateForce(srcs[0].Actor.Code) {
		return
	}
	for _, t := range tgts {
		if t == nil || t.Actor.Country != "" || t.Actor.Code != "" || t.Kind != "guess" {
			continue
		}
		k := s.d.TokenAt(t.Start) - s.first - 1
		if k < 0 || k >= len(s.toks) {
			continue
		}
		switch s.lemmas[k] {
		case "dissident", "activist", "lawyer", "journalist", "blogger", "writer", "critic", "cleric", "monk", "editor", "reporter", "campaigner", "candidate", "politician":
		default:
			if !strings.HasPrefix(t.Rule, "guess-org") {
				continue
			}
		}
		t.Actor.Country, t.Actor.Code = srcs[0].Actor.Country, srcs[0].Actor.Country
		if s.lemmas[k] == "dissident" || s.lemmas[k] == "activist" || k > 0 && (s.lemmas[k-1] == "dissident" || s.lemmas[k-1] == "opposition") {
			t.Actor.Code += "OPP"
		}
		t.Rule += " +held by own state"
	}
}

// stateForce reports whether code names a state's own forces or
// government: police, military, government, judiciary or intelligence.
func stateForce(code string) bool {
	return len(code) > 3 && hasAnyRole(code, "cop", "mil", "gov", "jud", "spy")
}

// reciprocal roots: a compound subject with no target pairs its members.
func reciprocal(root string) bool {
	switch root {
	case "03", "04", "05", "06", "19":
		return true
	}
	return false
}

// pairUp makes the source-target pairs of an event. A compound source with
// no target pairs its members when the act is reciprocal by nature (talks,
// cooperation, fighting) or the pattern names them together ("clashes
// between $").
func pairUp(srcs, tgts []*doc.ActorMention, root string, mutual bool) [][2]*doc.ActorMention {
	var out [][2]*doc.ActorMention
	if len(tgts) == 0 && len(srcs) >= 2 && (reciprocal(root) || mutual) {
		for i := 1; i < len(srcs); i++ {
			if actorKey(srcs[0]) != actorKey(srcs[i]) {
				out = append(out, [2]*doc.ActorMention{srcs[0], srcs[i]})
			}
		}
		return out
	}
	for _, a := range srcs {
		if len(tgts) == 0 {
			out = append(out, [2]*doc.ActorMention{a, nil})
			continue
		}
		for _, b := range tgts {
			if actorKey(a) == actorKey(b) && b.Kind != "place" {
				continue
			}
			if a != nil && b != nil && a.Kind == "agent" && b.Kind == "agent" && a.Actor.Code != "" && a.Actor.Code == b.Actor.Code && root == "05" {
				// "Troops, backed by armoured cars": one force working
				// with itself is no cooperation between actors.
				continue
			}
			out = append(out, [2]*doc.ActorMention{a, b})
		}
	}
	return out
}

// thingObject reports whether the hit's verb has a direct object that is a
// noun and no actor ("attacked the village").
func (s *sentence) thingObject(h hit) bool {
	if h.noun || h.gi < 0 {
		return false
	}
	// "Israeli, U.S. and Jordanian forces shot down most of them": a
	// thing told before, not each other.
	o := s.groups[h.gi].end
	if o < len(s.toks) && (s.tag(o) == "RP" || s.lemmas[o] == "down" || s.lemmas[o] == "up") {
		o++ // past the particle
	}
	if o < len(s.toks) && s.ment[o] < 0 && (s.tag(o) == "PRP" && s.lemmas[o] != "each" || o+1 < len(s.toks) && s.lemmas[o+1] == "of" && (s.tag(o) == "JJS" || s.tag(o) == "DT" || s.tag(o) == "CD")) {
		return true
	}
	k := s.groups[h.gi].end
	for k < len(s.toks) && s.ment[k] < 0 && (s.tag(k) == "DT" || s.tag(k) == "JJ" || s.tag(k) == "CD" || s.tag(k) == "PRP$") {
		k++
	}
	// A noun the pattern names is the act itself: "exchanged artillery
	// fire" is mutual.
	return k < len(s.toks) && k >= h.end && s.ment[k] < 0 && isNounTag(s.tag(k))
}

// allPairs pairs every member of a compound actor with every other, both
// ways: "Gondor and Osgiliath have delayed their meeting".
func allPairs(ms []*doc.ActorMention) [][2]*doc.ActorMention {
	var out [][2]*doc.ActorMention
	for _, a := range ms {
		for _, b := range ms {
			if actorKey(a) != actorKey(b) {
				out = append(out, [2]*doc.ActorMention{a, b})
			}
		}
	}
	if len(out) == 0 && len(ms) > 0 {
		out = append(out, [2]*doc.ActorMention{ms[0], nil})
	}
	return out
}

func hasCompound(items []item) bool {
	for _, it := range items {
		if it.compound {
			return true
		}
	}
	return false
}

// hasForm reports whether word, lower-cased, is one of forms.
func hasForm(forms []string, word string) bool {
	w := lower(word)
	for _, f := range forms {
		if f == w {
			return true
		}
	}
	return false
}

// actRoot is the root of the act a pattern names, before modality turned it
// into an intent or threat: "will lift sanctions" pairs no compound subject.
func actRoot(patternCode, fallback string) string {
	if len(patternCode) >= 2 {
		return patternCode[:2]
	}
	return fallback
}

// interception reports whether hit h shoots down or intercepts what was
// fired ("two of which were shot down by Kuwaiti forces", "shot down most
// of them"): force against the one who fired, told before.
func (s *sentence) interception(h hit) bool {
	if h.noun || h.gi < 0 || h.code[:2] != "19" {
		return false
	}
	switch s.lemmas[h.trig] {
	case "intercept":
		return true
	case "shoot":
		return h.trig+1 < len(s.toks) && s.lemmas[h.trig+1] == "down"
	}
	return false
}

// imposedOn returns the actor after "imposed on" (placed, levied, slapped)
// in a participle phrase after verb group gi's object, in its clause, or -1.
func (s *sentence) imposedOn(gi int) int {
	hi := s.clauseEnd(s.groups[gi].head)
	for k := s.groups[gi].end; k+2 < len(s.toks) && k < hi; k++ {
		if g := s.ingrp[k]; g >= 0 && g != gi && s.tag(k) != "VBN" {
			return -1 // another finite clause
		}
		switch s.lemmas[k] {
		case "impose", "place", "levy", "slap":
			if s.tag(k) == "VBN" && (s.lemmas[k+1] == "on" || s.lemmas[k+1] == "against") {
				return s.firstActorFrom(k+2, min(len(s.toks), k+5), nil)
			}
		}
	}
	return -1
}

// elidedPassive reports whether verb group gi, a bare past form after
// "and" with no object of its own, is a participle sharing a passive's
// "were" ("were beaten by soldiers and briefly detained").
func (s *sentence) elidedPassive(gi int) bool {
	g := s.groups[gi]
	if s.tag(g.head) != "VBD" && s.tag(g.head) != "VBN" {
		return false
	}
	for k := g.first; k < g.head; k++ {
		if s.tag(k) != "RB" {
			return false // "and had detained"
		}
	}
	if k := g.end; k < len(s.toks) {
		switch t := s.tag(k); {
		case t == "DT" || t == "PRP" || t == "PRP$" || t == "CD" || t == "JJ" || strings.HasPrefix(t, "NN"):
			return false // "and seized the town"
		}
	}
	return true
}

// noRight reports whether verb group gi is "have" with "no right",
// "no justification", "no legitimacy", "no mandate" or "no business" as
// its object.
func (s *sentence) noRight(gi int) bool {
	g := s.groups[gi]
	if s.lemmas[g.head] != "have" || g.end+1 >= len(s.toks) || s.lemmas[g.end] != "no" {
		return false
	}
	switch s.lemmas[g.end+1] {
	case "right", "justification", "legitimacy", "mandate", "business", "authority":
		return true
	}
	return false
}

// passiveCharge codes "X said the damage was caused by Y" (a charge verb in
// the passive, its agent named with "by", in the complement of the verb of
// saying just before it) as X accusing Y.
func (c *Coder) passiveCharge(s *sentence, gi int, code string, seen map[string]bool) {
	g, sj := s.groups[gi], gi-1
	sg := s.groups[sj]
	if _, ok := c.Cues.speech[s.lemmas[sg.head]]; !ok || sg.negated || sg.passive || g.first-sg.end > 8 || s.quoteBoundary(sg.head, g.head) {
		return
	}
	for k := sg.end; k < g.first; k++ {
		if l := s.lemmas[k]; l == ";" || l == ":" || l == "," {
			return
		}
	}
	// "by" right after the verb ("was caused by", "caused mainly by"),
	// not in a later clause.
	ag, ok := s.byAgents(g.end, min(s.clauseEnd(g.head), g.end+2))
	if !ok || len(ag) == 0 {
		return
	}
	srcs, tgts := c.subjectActors(s, sj), s.mentions(ag)
	if len(srcs) == 0 || s.sameSide(srcs, tgts[0]) || sameState(srcs, tgts[0]) {
		return
	}
	p := &Pattern{Kind: verbPattern, Code: code, Rule: "coder/data/cues.txt: charge " + s.lemmas[g.head] + " (passive)"}
	c.emit(s, hit{p: p, trig: sg.head, end: sg.end, gi: sj, code: code, tgtPos: -1, srcPos: -1}, srcs, tgts, "; source: the speaker; target: the agent said to have done wrong", seen)
}

// subjectAfterVerb returns the actor subject of verb group gi, the token
// where it starts, and the verb group that ends before it (-1 if none): the
// verb whose complement the clause may be ("said US and British forces
// must", "said Colombia had violated").
func (s *sentence) subjectAfterVerb(gi int) (subj []int, start, sj int) {
	subj, _ = s.subject(gi)
	if len(subj) == 0 {
		return nil, -1, -1
	}
	start = s.mentionStart(subj[0])
	for _, mi := range subj {
		start = min(start, s.mentionStart(mi))
	}
	for j := gi - 1; j >= 0; j-- {
		if s.groups[j].end <= start {
			return subj, start, j
		}
	}
	return subj, start, -1
}

// accusations codes "X said (that) Y had violated Z" as X accusing Y (the
// charge cues in data/cues.txt): the speaker tells of another party's
// wrongdoing. A charge verb that is itself coded (one of hits), negated, or
// whose subject is on the speaker's side is left alone.
func (c *Coder) accusations(s *sentence, hits []hit, seen map[string]bool) {
	if len(c.Cues.charge) == 0 || c.Literal {
		return
	}
	for gi, g := range s.groups {
		code, ok := c.Cues.charge[s.lemmas[g.head]]
		if !ok && s.noRight(gi) {
			// "Blair said Iran had no justification for holding the
			// sailors": criticism of Iran.
			code, ok = "111", true
		}
		if !ok || g.negated || gi == 0 {
			continue
		}
		coded := false
		for _, h := range hits {
			if h.gi == gi || h.trig >= g.first && h.trig < g.end {
				coded = true
			}
		}
		if coded {
			continue
		}
		if g.passive {
			c.passiveCharge(s, gi, code, seen)
			continue
		}
		subj, start, sj := s.subjectAfterVerb(gi)
		if len(subj) == 0 {
			continue
		}
		if sj >= 0 && start > 0 {
			if _, ok := c.Cues.speech[s.lemmas[s.groups[sj].head]]; !ok {
				switch s.lemmas[start-1] {
				case "that", "because":
					// "said that his government would not back down and
					// that Belgrade was sponsoring", "said it had acted
					// because Mexico had abused": a later clause of what
					// the speaker says.
					for j := sj - 1; j >= 0 && start-s.groups[j].end <= 20; j-- {
						if _, ok := c.Cues.speech[s.lemmas[s.groups[j].head]]; ok {
							sj = j
							break
						}
					}
				}
			}
		}
		if sj < 0 || start-s.groups[sj].end > 5 && !s.complementOf(sj, start) || s.quoteBoundary(s.groups[sj].head, g.head) {
			continue
		}
		sg := s.groups[sj]
		if _, ok := c.Cues.speech[s.lemmas[sg.head]]; !ok || sg.negated || sg.passive {
			continue
		}
		srcs := c.subjectActors(s, sj)
		tgts := s.mentions(subj)
		if len(srcs) == 0 || len(tgts) == 0 || s.sameSide(srcs, tgts[0]) || sameState(srcs, tgts[0]) {
			continue
		}
		p := &Pattern{Kind: verbPattern, Code: code, Rule: "coder/data/cues.txt: charge " + s.lemmas[g.head]}
		c.emit(s, hit{p: p, trig: sg.head, end: sg.end, gi: sj, code: code, tgtPos: -1, srcPos: -1}, srcs, tgts, "; source: the speaker; target: who is said to have done wrong", seen)
	}
}

// complementOf reports whether the clause starting at token k, after
// "that" or "because", goes on what verb group sj says: no sentence
// boundary (";", ":") stands between them.
func (s *sentence) complementOf(sj, k int) bool {
	if k < 1 || s.lemmas[k-1] != "that" && s.lemmas[k-1] != "because" {
		return false
	}
	for j := s.groups[sj].end; j < k; j++ {
		if l := s.lemmas[j]; l == ";" || l == ":" {
			return false
		}
	}
	return true
}

// obligations codes "X said (that) Y must Z" as X demanding of Y (the
// obligation cues in data/cues.txt), and returns the hits left once those
// inside the obligation's clause are removed: Z is asked for, not done.
func (c *Coder) obligations(s *sentence, hits []hit, seen map[string]bool) []hit {
	if len(c.Cues.obligation) == 0 || c.Literal {
		return hits
	}
	for gi, g := range s.groups {
		code, ok := c.Cues.obligation[g.modal]
		if !ok || g.negated || gi == 0 {
			continue
		}
		// The verb of saying right before the subject: "declared
		// Tuesday that China must", "said US and British forces must".
		subj, start, sj := s.subjectAfterVerb(gi)
		if len(subj) == 0 {
			continue
		}
		if sj < 0 || start-s.groups[sj].end > 5 || s.quoteBoundary(s.groups[sj].head, g.head) {
			continue
		}
		sg := s.groups[sj]
		if _, ok := c.Cues.speech[s.lemmas[sg.head]]; !ok || sg.negated {
			continue
		}
		srcs := c.subjectActors(s, sj)
		if len(srcs) == 0 {
			continue
		}
		hi := s.clauseEnd(g.head)
		kept := hits[:0]
		for _, h := range hits {
			if h.trig >= start && h.trig < hi {
				c.tracef("%s at %q: asked of the subject of %q, not done", h.p.Rule, s.toks[h.trig].Text, s.toks[g.first].Text)
				continue
			}
			kept = append(kept, h)
		}
		hits = kept
		p := &Pattern{Kind: verbPattern, Code: code, Rule: "coder/data/cues.txt: obligation " + g.modal}
		c.emit(s, hit{p: p, trig: sg.head, end: sg.end, gi: sj, code: code, tgtPos: -1, srcPos: -1}, srcs, s.mentions(subj), "; source: the speaker; target: who must act", seen)
	}
	return hits
}
