package coder

import (
	"fmt"
	"strings"
	"time"

	"github.com/annals-dev/annals/doc"
)

// mentions converts actor indices to mention pointers (copies).
func (s *sentence) mentions(idx []int) []*doc.ActorMention {
	out := make([]*doc.ActorMention, 0, len(idx))
	for _, i := range idx {
		m := s.d.Actors[i]
		if m.Actor.Code == "" && m.Kind == "guess" {
			s.possessorCountry(&m)
		}
		if m.Actor.Code == "" && m.Kind == "guess" && strings.HasPrefix(m.Rule, "guess-person") {
			// "European Fisheries Commissioner Emma Bonino": a name
			// right after an organization's office is that office's.
			if k := s.d.TokenAt(m.Start) - s.first - 1; k >= 0 && k < len(s.toks) && s.ment[k] >= 0 && s.ment[k] != i {
				if o := s.d.Actors[s.ment[k]].Actor; len(o.Code) > 3 && o.Code != o.Country {
					m.Actor.Code, m.Actor.Country = o.Code, o.Country
					m.Rule += " +office"
				}
			}
		}
		if m.Actor.Country == "" && m.Kind == "agent" {
			s.loyalCountry(&m)
		}
		out = append(out, &m)
	}
	return out
}

// loyalCountry gives an armed group with no country the country of the
// one it is loyal to, as a militia of that side: "militiamen loyal to
// Ivorian President Laurent Gbagbo" (CIVUAF).
func (s *sentence) loyalCountry(m *doc.ActorMention) {
	e := m.TokenSpan.End - s.first
	if e+2 >= len(s.toks) || s.lemmas[e] != "loyal" || s.lemmas[e+1] != "to" {
		return
	}
	for k := e + 2; k < len(s.toks) && k <= e+4; k++ {
		if mi := s.ment[k]; mi >= 0 {
			a := s.d.Actors[mi].Actor
			if a.Country == "" || strings.HasPrefix(a.Code, "IGO") {
				return
			}
			m.Actor.Country = a.Country
			m.Actor.Code = a.Country + "UAF"
			m.Rule += " +loyal"
			return
		}
		if t := s.tag(k); t != "DT" && t != "JJ" && t != "NNP" && t != "NN" {
			return
		}
	}
}

// possessorCountry gives an unknown organization the country that
// possesses it, and the opposition role when it is called so:
// "Indonesia's National Human Rights Commission" (IDN), "Cameroon's
// opposition Social Democratic Front" (CMROPP).
func (s *sentence) possessorCountry(m *doc.ActorMention) {
	k := s.d.TokenAt(m.Start) - s.first - 1
	role := ""
	if k >= 0 && k < len(s.toks) && (s.lemmas[k] == "opposition" || s.lemmas[k] == "main" || s.lemmas[k] == "ruling") {
		if s.lemmas[k] == "opposition" {
			role = "OPP"
		}
		k--
	}
	if k < 1 || k >= len(s.toks) || s.tag(k) != "POS" || s.ment[k-1] < 0 {
		return
	}
	c := s.d.Actors[s.ment[k-1]].Actor.Country
	if c == "" || strings.HasPrefix(s.d.Actors[s.ment[k-1]].Actor.Code, "IGO") {
		return
	}
	m.Actor.Code, m.Actor.Country = c+role, c
	m.Rule += " +possessor"
}

// possessedRole returns, for a role of no known country after "his" or "her"
// ("Nasrallah said his fighters would respect the truce"), a copy coded as
// the people of the person the pronoun refers to: a group leader's fighters
// are the group, a statesman's troops his country's; else nil.
func (c *Coder) possessedRole(s *sentence, m *doc.ActorMention) *doc.ActorMention {
	if m == nil || m.Kind != "agent" || m.Actor.ID != "" || m.Actor.Country != "" || m.Actor.Code == "" {
		return nil
	}
	k := s.d.TokenAt(m.Start) - s.first - 1
	if k < 0 || k >= len(s.toks) || s.lemmas[k] != "his" && s.lemmas[k] != "her" {
		return nil
	}
	o := c.resolvePronoun(s, k)
	if o == nil || o.Actor.Country == "" || len(o.Actor.Code) <= 3 {
		return nil
	}
	cp := *m
	if hasAnyRole(o.Actor.Code, "reb", "opp", "pty", "img", "uaf") {
		cp.Actor.Code = o.Actor.Code // the group's own
	} else {
		cp.Actor.Code = o.Actor.Country + m.Actor.Code
	}
	cp.Actor.Country = o.Actor.Country
	cp.Rule += " +his"
	return &cp
}

// resolvePronoun resolves a subject pronoun at token j: "we"/"I" inside a
// quote to the quote's speaker, "he"/"she" to the last person mentioned,
// "they"/"it" to nothing.
func (c *Coder) resolvePronoun(s *sentence, j int) *doc.ActorMention {
	l := s.lemmas[j]
	switch l {
	case "we", "i", "us":
		if s.quote[j] {
			return c.speaker(s, j)
		}
		return nil
	case "he", "she", "his", "her":
		// The last person in subject position (before the first verb of
		// its sentence), else the last person mentioned.
		last, subj := s.antecedents(j, func(m *doc.ActorMention) bool { return c.IsPerson != nil && c.IsPerson(*m) })
		if subj != nil {
			last = subj
		}
		if last != nil {
			return asPronoun(last, s.toks[j].Span)
		}
	case "they", "their", "it", "its":
		// The last group, country or role in subject position in this
		// sentence or the one before ("Boko Haram fighters stormed the
		// village. They abducted 20 girls.", "The foreign ministry called
		// the accusations absurd. It summoned the ambassador."); persons
		// are "he" and "she"; "it" is no plural role.
		singular := l == "it" || l == "its"
		_, subj := s.antecedents(j, func(m *doc.ActorMention) bool {
			if m.Sentence < s.idx-1 || m.Actor.Code == "" || c.IsPerson != nil && c.IsPerson(*m) {
				return false
			}
			return !singular || m.Kind != "agent" || s.d.Tokens[m.TokenSpan.End-1].Tag != "NNS"
		})
		if subj != nil {
			return asPronoun(subj, s.toks[j].Span)
		}
	}
	return nil
}

// speaker finds who says the quote containing token j: the subject of a
// speech verb outside the quotation marks in the same sentence, else the
// last person mentioned before the sentence.
func (c *Coder) speaker(s *sentence, j int) *doc.ActorMention {
	for gi, g := range s.groups {
		if s.quote[g.head] {
			continue
		}
		if _, ok := c.Cues.speech[s.lemmas[g.head]]; !ok {
			continue
		}
		ments, pron := s.subject(gi)
		if len(ments) > 0 {
			return s.mentions(ments[:1])[0]
		}
		// `"...," Stoltenberg said`: the subject follows the verb.
		if g.end < len(s.toks) && s.ment[g.end] >= 0 {
			return s.mentions([]int{s.ment[g.end]})[0]
		}
		if pron >= 0 {
			return c.resolvePronoun(s, pron)
		}
		// `"...," said Stoltenberg` or `Stoltenberg said` after the quote.
		for k := g.first - 1; k >= 0 && !s.quote[k]; k-- {
			if s.ment[k] >= 0 {
				return s.mentions([]int{s.ment[k]})[0]
			}
			if s.tag(k) == "PRP" {
				return c.resolvePronoun(s, k)
			}
		}
	}
	return nil
}

// subjectActors returns the subject of verb group gi as mentions.
func (c *Coder) subjectActors(s *sentence, gi int) []*doc.ActorMention {
	// Gerunds hand their subject on to a neighbouring clause; a chain of
	// them ("After meeting X, saying ...") must not hand it round forever.
	if s.subjDepth > 4 {
		return nil
	}
	s.subjDepth++
	defer func() { s.subjDepth-- }()
	// A participle clause after a comma takes the subject of the verb it
	// follows: "gunmen attacked the town, killing 26 people".
	if g := s.groups[gi]; gi > 0 && s.tag(g.head) == "VBG" && g.first == g.head && g.first > 0 && s.lemmas[g.first-1] == "," {
		// Over a relative clause's verb: "fired on three vehicles that
		// approached at high speed, killing two Indian nationals".
		gj := gi - 1
		for gj > 0 {
			if f := s.groups[gj].first; f > 0 && (s.lemmas[f-1] == "that" || s.lemmas[f-1] == "which" || s.lemmas[f-1] == "who") {
				gj--
				continue
			}
			if h := s.groups[gj]; h.infinitive || h.first > 0 && h.first == h.head && s.tag(h.head) == "VBG" && s.tag(h.first-1) == "IN" {
				// "warned its citizens against travelling to Uganda,
				// accusing Kampala", "advised its citizens not to travel
				// to Uganda, accusing": not the gerund's or infinitive's.
				gj--
				continue
			}
			break
		}
		// "Caldera told Congress that Venezuelans could not be asked to die
		// for a democracy that failed to feed them, blaming Perez": when
		// that verb has no actor for a subject, the one of an earlier verb.
		for ; gj >= 0; gj-- {
			if ms := c.subjectActors(s, gj); len(ms) > 0 || gj == 0 {
				return ms
			}
		}
		return nil
	}
	// "Chavez closed his embassy in Bogota, withdrew all diplomats and
	// ordered troops to the border": a finite verb after a comma that
	// follows the previous verb's object is that verb's partner in a list.
	// Not when the comma closes a relative clause or apposition after the
	// subject: "Mexico, whose relations had soured over a vote, recalled".
	if g := s.groups[gi]; gi > 0 && g.first > 0 && s.lemmas[g.first-1] == "," && !g.passive && g.modal == "" && s.parentheticalStart(g.first-1) < 0 {
		p := s.groups[gi-1]
		if t, pt := s.tag(g.first), s.tag(p.first); (t == "VBD" || t == "VBZ" || t == "VBP") && t == pt && !p.passive && p.end < g.first-1 {
			between := false
			for k := p.end; k < g.first-1; k++ {
				if s.ingrp[k] >= 0 || s.isBoundary(k) || s.lemmas[k] == "which" || s.lemmas[k] == "who" || s.lemmas[k] == "that" {
					between = true
					break
				}
			}
			if !between {
				return c.subjectActors(s, gi-1)
			}
		}
	}
	// "Yielding to a key demand of Albanian parties, the Macedonian
	// parliament approved amendments": a participle opening the sentence
	// has the subject of the clause after its comma.
	if g := s.groups[gi]; g.first == 0 && g.first == g.head && s.tag(g.head) == "VBG" {
		for gj := gi + 1; gj < len(s.groups); gj++ {
			if f := s.groups[gj].first; f > 0 && finiteTag(s.tag(f)) {
				for k := g.end; k < f; k++ {
					if s.lemmas[k] == "," {
						return c.subjectActors(s, gj)
					}
				}
				break
			}
		}
	}
	// "Bahrain responded by recalling its ambassador", "While visiting
	// Kabul, Blair said": a gerund after "by", "while" or "upon" has the
	// subject of the clause it hangs on (not after "without": no act;
	// nor "after"/"before", background acts that coders leave uncoded).
	if g := s.groups[gi]; s.tag(g.head) == "VBG" && g.first == g.head && g.first > 0 {
		switch s.lemmas[g.first-1] {
		case "by", "while", "upon":
			if gi > 0 {
				return c.subjectActors(s, gi-1)
			}
			if g.first == 1 && gi+1 < len(s.groups) {
				return c.subjectActors(s, gi+1)
			}
		}
	}
	if ms, ok := c.infinitiveSubject(s, gi); ok {
		return ms
	}
	ments, pron := s.subject(gi)
	if len(ments) == 1 {
		// "a spokesman for the Bosnian Serb leadership, Dragan Vukovic,
		// condemned": an unknown name set off after a role is that role.
		if m := &s.d.Actors[ments[0]]; m.Actor.Code == "" {
			if k := s.mentionStart(ments[0]) - 1; k > 0 && s.lemmas[k] == "," && s.ment[k-1] >= 0 && s.d.Actors[s.ment[k-1]].Actor.Code != "" {
				return s.mentions([]int{s.ment[k-1]})
			}
		}
		// "The Nigerian military said its jets had bombed", "Chavez said
		// his government would not": a role whose country came only from
		// the focus is the possessor's.
		if m := &s.d.Actors[ments[0]]; m.Kind == "agent" && m.Actor.ID == "" && strings.Contains(m.Rule, "+focus") {
			if k := s.mentionStart(ments[0]) - 1; k >= 0 && (s.lower[k] == "its" || s.lower[k] == "their" || s.lower[k] == "his" || s.lower[k] == "her") {
				if o := c.resolvePronoun(s, k); o != nil && o.Actor.Country != "" && o.Actor.Country != m.Actor.Country && len(o.Actor.Code) >= 3 {
					cp := *m
					cp.Actor.Code = o.Actor.Country + m.Actor.Code[len(m.Actor.Country):]
					cp.Actor.Country = o.Actor.Country
					cp.Rule = strings.Replace(m.Rule, "+focus", "+possessor", 1)
					return []*doc.ActorMention{&cp}
				}
			}
		}
	}
	if len(ments) == 1 {
		// "Indian military officials said the armed forces remained on
		// alert": a role whose country came only from the focus, in what
		// a national speaker says, is the speaker's country's.
		if m := &s.d.Actors[ments[0]]; m.Kind == "agent" && m.Actor.ID == "" && strings.Contains(m.Rule, "+focus") && !s.countedPlural(ments[0]) {
			if sp := c.speakerBefore(s, gi); sp != nil && sp.Actor.Country != "" && sp.Actor.Country != m.Actor.Country && len(m.Actor.Code) >= len(m.Actor.Country) {
				cp := *m
				cp.Actor.Code = sp.Actor.Country + m.Actor.Code[len(m.Actor.Country):]
				cp.Actor.Country = sp.Actor.Country
				cp.Rule = strings.Replace(m.Rule, "+focus", "+speaker", 1)
				return []*doc.ActorMention{&cp}
			}
		}
	}
	if len(ments) > 0 {
		ms := s.mentions(ments)
		for i, m := range ms {
			if o := c.possessedRole(s, m); o != nil {
				ms[i] = o
			}
		}
		return ms
	}
	if g := s.groups[gi]; len(ments) == 0 && g.first >= 2 && (s.lemmas[g.first-1] == "country" || s.lemmas[g.first-1] == "nation") && s.tag(g.first-2) == "PRP$" {
		// "Isaias Afwerki said that his country would not withdraw": the
		// state of the one "his" refers to.
		if o := c.resolvePronoun(s, g.first-2); o != nil && o.Actor.Country != "" {
			st := *o
			st.Actor = doc.Actor{Name: o.Actor.Country, Code: o.Actor.Country, Country: o.Actor.Country}
			st.Span = doc.Span{Start: s.toks[g.first-2].Start, End: s.toks[g.first-1].End}
			st.Kind, st.Rule = "coreference", o.Rule+" +his country"
			return []*doc.ActorMention{&st}
		}
	}
	if pron < 0 {
		// "The attack killed more than 80 people": the attacker told of
		// earlier.
		if g := s.groups[gi]; g.first > 0 {
			if _, ok := c.Cues.refers[s.lemmas[g.first-1]]; ok {
				k := g.first - 2
				for k >= 0 && k > g.first-5 && (s.tag(k) == "JJ" || s.tag(k) == "NN" || s.tag(k) == "NNP" || s.tag(k) == "VBN") {
					k--
				}
				if k >= 0 && (k == 0 || s.isBoundary(k-1) || s.lemmas[k-1] == "," || s.lemmas[k-1] == "and") {
					if a := c.referredSource(s, k, nil, true); a != nil {
						return []*doc.ActorMention{a}
					}
				}
			}
			// "Hours later both sides accused each other": the two
			// parties of the story.
			for _, k := range [...]int{g.first - 2, g.first - 3} {
				if k >= 0 {
					if ms := s.bothSides(k, nil); len(ms) > 0 {
						return ms
					}
				}
			}
		}
	}
	if pron >= 0 {
		// "Iran said it would retaliate", "Ethiopia indicated (that) it
		// would act": "it"/"they" opening the complement of a verb is
		// that verb's subject, before any other antecedent.
		if l := s.lower[pron]; l == "it" || l == "they" || l == "its" || l == "their" || l == "he" || l == "she" {
			// Over "that" and time expressions: "Switzerland said
			// today it had expelled", "announced Wednesday that it",
			// "Museveni said he had met".
			k := pron - 1
			for k >= 0 && pron-k <= 5 && (s.lemmas[k] == "that" || s.inTimex(k) || (s.lemmas[k] == "on" || s.lemmas[k] == "late" || s.lemmas[k] == "early") && s.inTimex(k+1)) {
				k--
			}
			if k >= 0 && s.ingrp[k] >= 0 && s.ingrp[k] < gi && s.groups[s.ingrp[k]].head == k {
				if ms := c.subjectActors(s, s.ingrp[k]); len(ms) > 0 {
					person := c.IsPerson != nil && ms[0] != nil && c.IsPerson(*ms[0])
					if l != "he" && l != "she" || person {
						return ms
					}
				}
			}
		}
		if m := c.resolvePronoun(s, pron); m != nil {
			return []*doc.ActorMention{m}
		}
		return nil
	}
	g := s.groups[gi]
	// A gerund right after a verb is its complement and shares its
	// subject: "prepared to resume shelling", "began firing"; so is a bare
	// infinitive after "help": "to help support".
	if gi > 0 && g.first == g.head && g.first > 0 && s.ingrp[g.first-1] == gi-1 &&
		(s.tag(g.head) == "VBG" || s.tag(g.head) == "VB" && s.lemmas[s.groups[gi-1].head] == "help") {
		return c.subjectActors(s, gi-1)
	}
	// "X are guilty of violating", "X was responsible for killing": the
	// act is X's.
	if gi > 0 && g.first == g.head && s.tag(g.head) == "VBG" && g.first >= 2 {
		if p, adj := s.lemmas[g.first-1], s.lemmas[g.first-2]; (p == "of" && adj == "guilty" || p == "for" && adj == "responsible") && g.first-2 == s.groups[gi-1].end {
			return c.subjectActors(s, gi-1)
		}
	}
	// A participle after a document the previous verb made is that
	// verb's subject's act: "parliament approved a law recognizing ...",
	// "the ministry issued a statement condemning ...".
	if gi > 0 && g.first == g.head && s.tag(g.head) == "VBG" {
		k := g.first - 1
		for k > s.groups[gi-1].end && (s.lemmas[k] == "''" || s.lemmas[k] == `"` || s.lemmas[k] == "'") {
			k--
		}
		if k >= s.groups[gi-1].end && k-s.groups[gi-1].end <= 4 && documentNoun[s.lemmas[k]] {
			return c.subjectActors(s, gi-1)
		}
	}
	// A coordinated verb shares the previous verb's subject: "was detained
	// ... and later released".
	k := g.first - 1
	for k >= 0 && s.tag(k) == "RB" {
		k--
	}
	if k >= 0 && (s.lemmas[k] == "and" || s.lemmas[k] == "or" || s.lemmas[k] == "but") && gi > 0 {
		// "... but was still refusing" too. After a comma the verb may
		// pair with an earlier verb than the last one ("Benin opened
		// its borders to West Africans ordered out ..., but was still
		// refusing"): the nearest with a coded subject.
		if k > 0 && s.lemmas[k-1] == "," {
			for gj := gi - 1; gj >= 0; gj-- {
				if ms := c.subjectActors(s, gj); len(ms) > 0 && ms[0].Actor.Code != "" {
					return ms
				}
			}
		}
		if ms := c.subjectActors(s, gi-1); len(ms) > 0 {
			return ms
		}
		// "Biden said the releases were 'a start' and praised Qatar": the
		// verb before has no actor for subject (it is in a reported
		// clause); the one that reported it has.
		for gj := gi - 2; gj >= 0; gj-- {
			if s.cues.speech[s.lemmas[s.groups[gj].head]] == "" {
				continue
			}
			if ms := c.subjectActors(s, gj); len(ms) > 0 && ms[0].Actor.Code != "" {
				return ms
			}
		}
		return nil
	}
	return nil
}

// countedPlural reports whether mention mi is counted or paired ("the two
// governments", "both armies"): parties told before, not one country's.
func (s *sentence) countedPlural(mi int) bool {
	k := s.mentionStart(mi) - 1
	return k >= 0 && (s.lemmas[k] == "both" || s.tag(k) == "CD")
}

// speakerBefore returns the subject of the verb of saying whose complement
// holds verb group gi ("Indian officials said (that) ...", or a pronoun's
// antecedent), or nil.
func (c *Coder) speakerBefore(s *sentence, gi int) *doc.ActorMention {
	for gj := gi - 1; gj >= 0; gj-- {
		g := s.groups[gj]
		if _, ok := c.Cues.speech[s.lemmas[g.head]]; !ok {
			continue
		}
		for k := g.end; k < s.groups[gi].first; k++ {
			if s.lemmas[k] == ";" || s.isBoundary(k) && s.lemmas[k] != "that" {
				return nil
			}
		}
		ms, pron := s.subject(gj)
		if len(ms) == 1 {
			return &s.d.Actors[ms[0]]
		}
		if pron >= 0 {
			return c.resolvePronoun(s, pron) // "She said 259 people had been arrested"
		}
		return nil
	}
	return nil
}

// detainer returns the state that holds t, arrested with no agent named in
// verb group gi, and why: the state body that reports it ("Tehran's
// prosecutor said about 40 people had been arrested"), else the
// authorities of t's country named before in the story ("Seven opposition
// candidates were arrested"), or its police; nil when there is none.
func (c *Coder) detainer(s *sentence, gi int, t *doc.ActorMention) (*doc.ActorMention, string) {
	if a := c.reportingState(s, gi, t); a != nil {
		return a, "the state body that reports the agentless arrest"
	}
	if a := stateOf(s.d, s.idx, t); a != nil {
		return a, "the authorities of the detainees' country (agentless passive)"
	}
	if c, ok := peopleCountry(s.d, s.idx, t); ok {
		if a := lastMention(s.d, s.idx, c+"COP", ""); a != nil {
			return a, "the police of the detainees' country, named before (agentless passive)"
		}
	}
	if t.Actor.Country == "" && c.IsPerson != nil && c.IsPerson(*t) {
		// "Her husband, the blogger Sergei Tikhanovsky, was arrested in
		// May" in a story on Belarus: a person of no known country is
		// held by the state the story is about.
		if m := storyState(s.d, s.idx); m != nil {
			return m, "the state the story is about (agentless passive)"
		}
	}
	return nil, ""
}

// reportingState returns who reports the clause of verb group gi ("the
// Interior Ministry said", before or after it) when that is a state body
// (police, government, judiciary, military or intelligence) of the country
// of t, or of no country t is known to belong to; else nil.
func (c *Coder) reportingState(s *sentence, gi int, t *doc.ActorMention) *doc.ActorMention {
	sp := c.speakerBefore(s, gi)
	if sp == nil {
		// "..., the Interior Ministry said on Tuesday."
		for gj := gi + 1; gj < len(s.groups); gj++ {
			g := s.groups[gj]
			if _, ok := c.Cues.speech[s.lemmas[g.head]]; !ok || s.quote[g.head] {
				continue
			}
			if g.first > 0 && s.ment[g.first-1] >= 0 {
				if k := s.mentionStart(s.ment[g.first-1]) - 1; k >= 0 && (s.lemmas[k] == "," || s.tag(k) == "DT" && k > 0 && s.lemmas[k-1] == ",") {
					sp = &s.d.Actors[s.ment[g.first-1]]
				}
			} else if g.end < len(s.toks) && g.first > 0 && s.lemmas[g.first-1] == "," && s.ment[g.end] >= 0 {
				sp = &s.d.Actors[s.ment[g.end]] // ", said the Interior Ministry"
			}
			break
		}
	}
	if sp == nil || sp.Actor.Country == "" || !stateForce(sp.Actor.Code) || sp.Actor.Code == t.Actor.Code || t.Actor.Country != "" && t.Actor.Country != sp.Actor.Country {
		return nil
	}
	return sp
}

// infinitiveSubject finds the subject of an infinitive from the verb it
// depends on: "X threatened to attack", "X is ready to cooperate", "Egypt's
// president met Sudan's president to discuss" (X's own act); after a verb
// of object control, its object: "urged Iran to release", "asked the UN to
// send". ok is false when gi is no such infinitive.
func (c *Coder) infinitiveSubject(s *sentence, gi int) ([]*doc.ActorMention, bool) {
	g := s.groups[gi]
	if !g.infinitive || gi == 0 {
		return nil, false
	}
	prev := s.groups[gi-1]
	if g.first-prev.end > 12 {
		return nil, false // "agreed at an emergency summit in Brussels on Thursday to impose"
	}
	if c.Cues.objControl[s.lemmas[prev.head]] {
		for k := g.first - 1; k >= prev.end; k-- {
			if mi := s.ment[k]; mi >= 0 {
				if p, ok := s.inPP(s.mentionStart(mi)); ok && (p == "in" || p == "at" || p == "near" || p == "inside" || p == "into" || p == "to") {
					// "mobilized groups in the United States to
					// help", "sent an envoy into rebel-held territory
					// to negotiate": a place, not the one urged.
					k = s.mentionStart(mi)
					continue
				}
				return s.mentions([]int{mi}), true
			}
		}
	}
	return c.subjectActors(s, gi-1), true
}

// referredSource resolves a noun phrase at token k that refers back to an
// event ("the attack", "this week's strikes"; "the U.S. action" has its own
// actor and is not one): the source of an earlier event of a root the noun
// names (cues.txt "refers") that is not on the side of srcs. A reaction
// ("Russia condemned the attack") points back to the story's first such
// event, the one it leads with; a subject ("The attack killed 80 people",
// recent) to the one told in the sentence before or its own. It returns
// nil when there is none.
func (c *Coder) referredSource(s *sentence, k int, srcs []*doc.ActorMention, recent bool) *doc.ActorMention {
	if k >= len(s.toks) {
		return nil
	}
	switch s.lemmas[k] {
	case "the", "this", "that", "these", "those", "last", "latest", "recent", "deadly", "weekend", "overnight", "friday", "saturday", "sunday", "monday", "tuesday", "wednesday", "thursday":
	default:
		if s.ment[k] < 0 {
			return nil
		}
		k-- // "condemned Biti's arrest": the possessor opens the phrase
	}
	var roots []string
	patient := -1 // "Biti's arrest": the possessor suffered the act
	for j := k + 1; j < len(s.toks) && j <= k+7; j++ {
		if s.ment[j] >= 0 {
			if e := s.mentionEnd(s.ment[j]); e+1 < len(s.toks) && s.tag(e) == "POS" && patientNoun[s.lemmas[e+1]] {
				patient = s.ment[j]
				j = e
				continue
			}
			return nil // "the U.S. action": its own actor says whose
		}
		if r, ok := c.Cues.refers[s.lemmas[j]]; ok && (isNounTag(s.tag(j)) || (s.tag(j) == "VBZ" || s.tag(j) == "VBP") && j > k+1) {
			// (a verb tag after "the" or an adjective is the tagger's slip:
			// "condemned the air strikes as aggression")
			roots = r
			break
		}
		if t := s.tag(j); !(t == "JJ" || t == "DT" || t == "POS" || t == "NN" || t == "NNP" || t == "CD" || t == "VBN" || t == "CC" || t == "``" || t == "''" || s.lemmas[j] == `"`) {
			return nil
		}
	}
	if roots == nil {
		return nil
	}
	match := func(e *doc.Event) bool {
		if e.Source == nil || e.Sentence > s.idx || s.sameSide(srcs, e.Source) || sameState(srcs, e.Source) {
			return false
		}
		if patient >= 0 && (e.Target == nil || actorKey(e.Target) != actorKey(&s.d.Actors[patient])) {
			return false
		}
		for _, r := range roots {
			if e.Root == r {
				return true
			}
		}
		return false
	}
	if recent {
		for i := len(s.d.Events) - 1; i >= 0 && s.d.Events[i].Sentence >= s.idx-1; i-- {
			if e := &s.d.Events[i]; match(e) {
				return e.Source
			}
		}
		return nil
	}
	for i := range s.d.Events {
		if e := &s.d.Events[i]; match(e) {
			return e.Source
		}
	}
	return nil
}

// victimsDoer returns, for an object mention mi that is the victim in "the
// killing of X" (a refers noun of roots 18-20 before "of"), the source of
// the earlier event of such a root that targeted X and is not on the side
// of srcs, or nil.
func (c *Coder) victimsDoer(s *sentence, mi int, srcs []*doc.ActorMention) *doc.ActorMention {
	k := s.mentionStart(mi) - 1
	if k >= 0 && isArticle(s.lemmas[k]) {
		k--
	}
	if k < 1 || s.lemmas[k] != "of" {
		return nil
	}
	roots, ok := c.Cues.refers[s.lemmas[k-1]]
	if !ok {
		return nil
	}
	violent := roots[:0:0]
	for _, r := range roots {
		if r == "18" || r == "19" || r == "20" {
			violent = append(violent, r)
		}
	}
	if len(violent) == 0 {
		return nil
	}
	v := &s.d.Actors[mi]
	same := func(t *doc.ActorMention) bool {
		if t == nil {
			return false
		}
		if v.Actor.ID != "" || t.Actor.ID != "" {
			return v.Actor.ID == t.Actor.ID
		}
		return v.Actor.Code != "" && v.Actor.Code == t.Actor.Code
	}
	violentBy := func(e *doc.Event) bool {
		if e.Source == nil || s.sameSide(srcs, e.Source) || sameState(srcs, e.Source) || same(e.Source) {
			return false
		}
		for _, r := range violent {
			if e.Root == r {
				return true
			}
		}
		return false
	}
	for i := len(s.d.Events) - 1; i >= 0; i-- {
		if e := &s.d.Events[i]; violentBy(e) && same(e.Target) {
			return e.Source
		}
	}
	// A victim the events told of only in passing ("killing nine people
	// including a Japanese journalist"): the story's first such act, the
	// one it leads with; not a state ("the bombing of Serbia").
	if v.Actor.Code == v.Actor.Country {
		return nil
	}
	for i := range s.d.Events {
		if e := &s.d.Events[i]; e.Sentence < s.idx && violentBy(e) {
			return e.Source
		}
	}
	return nil
}

// endOf returns the token after "an end to", "a halt to", "the cessation
// of" ... in the object that starts at token k ("demanded an immediate end
// to the military operations"), or -1.
func (s *sentence) endOf(k int) int {
	for j := k; j < len(s.toks) && j < k+4; j++ {
		switch s.lemmas[j] {
		case "end", "halt", "stop", "cessation", "suspension":
			if j+1 < len(s.toks) && (s.lemmas[j+1] == "to" || s.lemmas[j+1] == "of") {
				return j + 2
			}
			return -1
		}
		if t := s.tag(j); t != "DT" && t != "JJ" && t != "RB" {
			return -1
		}
	}
	return -1
}

// sideNoun reports whether lemma w names a party to a dispute after "both"
// or "the two" ("both governments", "the two neighbours"; not "all states").
func sideNoun(w string) bool {
	switch w {
	case "side", "country", "party", "nation", "government", "state", "neighbour", "neighbor":
		return true
	}
	return false
}

// bothSides resolves "both sides", "both countries", "the two sides", "all
// sides" or "the warring parties" at token k to the two countries the
// story has named most often so far (not those of srcs), each by its latest
// mention, or returns nil.
func (s *sentence) bothSides(k int, srcs []*doc.ActorMention) []*doc.ActorMention {
	if k+1 >= len(s.toks) {
		return nil
	}
	w0, w1 := s.lemmas[k], s.lemmas[k+1]
	if n := smallNumber(w1); w0 == "the" && n > 2 {
		// "the four countries", "the three Gulf states": the list of
		// that many states the story gave last.
		j := k + 2
		for j < len(s.toks) && j < k+4 && (s.tag(j) == "JJ" || s.tag(j) == "NNP") {
			j++
		}
		if j < len(s.toks) && sideNoun(s.lemmas[j]) && s.lemmas[j] != "side" && s.lemmas[j] != "party" {
			return s.countryList(n, k)
		}
		return nil
	}
	switch {
	case w0 == "both" && sideNoun(w1), w0 == "all" && (w1 == "side" || w1 == "country" || w1 == "party" || w1 == "nation"):
	case w0 == "the" && k+2 < len(s.toks) && (w1 == "two" || w1 == "warring") && sideNoun(s.lemmas[k+2]):
	default:
		return nil
	}
	n := map[string]int{}
	last := map[string]*doc.ActorMention{}
	for i := range s.d.Actors {
		a := &s.d.Actors[i]
		if a.Sentence > s.idx {
			break
		}
		c := a.Actor.Country
		if c == "" || !strings.HasPrefix(a.Actor.Code, c) {
			continue
		}
		skip := false
		for _, x := range srcs {
			if x != nil && x.Actor.Country == c {
				skip = true
			}
		}
		if !skip {
			// Every mention of a country's state or people counts; the
			// country's own name stands for it when there is one.
			n[c]++
			if a.Actor.Code == c || last[c] == nil || last[c].Actor.Code != c {
				last[c] = a
			}
		}
	}
	var best [2]string
	for c, v := range n {
		switch {
		case best[0] == "" || v > n[best[0]] || v == n[best[0]] && c < best[0]:
			best[1], best[0] = best[0], c
		case best[1] == "" || v > n[best[1]] || v == n[best[1]] && c < best[1]:
			best[1] = c
		}
	}
	if best[1] == "" || n[best[0]] < 2 || n[best[1]] < 2 && len(n) > 2 {
		// (a country named once among others is no side: "Mexico urged
		// both sides" in a story on Madrid and Catalonia that names
		// Germany and France in passing)
		return nil
	}
	return []*doc.ActorMention{last[best[0]], last[best[1]]}
}

// smallNumber returns the value of a number word from three to ten, or 0.
func smallNumber(w string) int {
	switch w {
	case "three", "3":
		return 3
	case "four", "4":
		return 4
	case "five", "5":
		return 5
	case "six", "6":
		return 6
	case "seven", "7":
		return 7
	case "eight", "8":
		return 8
	case "nine", "9":
		return 9
	case "ten", "10":
		return 10
	}
	return 0
}

// countryList returns the mentions of the latest list of exactly n states
// named one after another ("Saudi Arabia, the United Arab Emirates, Bahrain
// and Egypt") before token k, or nil.
func (s *sentence) countryList(n, k int) []*doc.ActorMention {
	limit := s.first + k
	var run []*doc.ActorMention
	var best []*doc.ActorMention
	distinct := func(ms []*doc.ActorMention) bool {
		for i, a := range ms {
			for _, b := range ms[:i] {
				if a.Actor.Country == b.Actor.Country {
					return false
				}
			}
		}
		return true
	}
	prevEnd := -1
	for i := range s.d.Actors {
		a := &s.d.Actors[i]
		if a.TokenSpan.End > limit {
			break
		}
		if c := a.Actor.Country; c == "" || a.Actor.Code != c && a.Actor.Code != c+"GOV" {
			if len(run) == n && distinct(run) {
				best = run
			}
			run, prevEnd = nil, -1
			continue
		}
		joined := prevEnd >= 0
		for t := prevEnd; joined && t < a.TokenSpan.First; t++ {
			switch s.d.Tokens[t].Text {
			case ",", "and", "the", "The":
			default:
				joined = false
			}
		}
		if !joined {
			if len(run) == n && distinct(run) {
				best = run
			}
			run = nil
		}
		run = append(run, a)
		prevEnd = a.TokenSpan.End
	}
	if len(run) == n && distinct(run) {
		best = run
	}
	return best
}

// captorAfter returns the actor holding mention t captive, named right
// after it ("the hostages held by Hamas"), or -1.
func (s *sentence) captorAfter(t *doc.ActorMention) int {
	k := t.TokenSpan.End - s.first
	if k < 0 || k+2 >= len(s.toks) || t.Sentence != s.idx {
		return -1
	}
	switch s.lemmas[k] {
	case "hold", "held", "kidnap", "kidnapped", "abduct", "abducted", "seize", "seized", "detain", "detained", "capture", "captured", "take", "taken":
	default:
		return -1
	}
	j := k + 1
	if s.lemmas[j] == "hostage" || s.lemmas[j] == "captive" || s.lemmas[j] == "prisoner" {
		j++
	}
	if j+1 >= len(s.toks) || s.lemmas[j] != "by" {
		return -1
	}
	return s.firstActorFrom(j+1, min(len(s.toks), j+4), nil)
}

// vowsRevenge reports whether the hit's words speak of revenge or
// retaliation.
func (s *sentence) vowsRevenge(h hit) bool {
	for k := h.trig; k < len(s.toks) && k <= h.end; k++ {
		switch s.lemmas[k] {
		case "revenge", "retaliation", "retaliate", "reprisal", "reprisals", "avenge", "response", "respond":
			return true
		}
	}
	return false
}

// possessesAct reports whether mention t is the possessor of an act it
// suffered: "Biti's arrest".
func (s *sentence) possessesAct(t *doc.ActorMention) bool {
	e := t.TokenSpan.End - s.first
	return e >= 0 && e+1 < len(s.toks) && s.tag(e) == "POS" && patientNoun[s.lemmas[e+1]]
}

// patientNoun lists acts whose possessor suffered them: "Biti's arrest",
// "the journalist's killing"; for others ("Israel's attack") the possessor
// did them.
var patientNoun = map[string]bool{"arrest": true, "detention": true, "killing": true, "murder": true, "assassination": true,
	"abduction": true, "kidnapping": true, "expulsion": true, "deportation": true, "execution": true, "imprisonment": true, "jailing": true}

// documentNoun lists what an actor issues or passes, whose participle
// ("a statement condemning") is the actor's own act.
var documentNoun = map[string]bool{"statement": true, "law": true, "resolution": true, "decree": true,
	"bill": true, "declaration": true, "communique": true, "communiqué": true, "letter": true,
	"motion": true, "order": true, "document": true, "note": true, "message": true}

// firstActorFrom returns the first mention starting at or after token from
// and before hi, skipping mentions for which skip returns true.
func (s *sentence) firstActorFrom(from, hi int, skip func(mi, start int) bool) int {
	for k := from; k < hi; k++ {
		if mi := s.ment[k]; mi >= 0 && s.mentionStart(mi) == k {
			if skip != nil && skip(mi, k) {
				k = s.mentionEnd(mi) - 1
				continue
			}
			return mi
		}
	}
	return -1
}

// sameSide reports whether target t is the source's own country or entity:
// "Rama praised Albania's ties with the EU" does not target Albania.
// A country named as a noun is a target even when it is the source's own
// ("French farmers would blockade Paris"); as a modifier (a possessor, a
// nationality adjective, a name before a noun) it is the source's side.
func (s *sentence) sameSide(src []*doc.ActorMention, t *doc.ActorMention) bool {
	for _, a := range src {
		if a == nil {
			continue
		}
		// The same entity, or the same coded actor ("Vucic will ask his
		// government": SRBGOV and SRBGOV), unless the target is another
		// person ("officials accused the ousted president").
		// A role whose country is only the story's focus may be anyone's
		// ("President Alarcon met the ambassadors").
		if actorKey(a) == actorKey(t) || a.Actor.Code != "" && a.Actor.Code == t.Actor.Code && (s.isPerson == nil || !s.isPerson(*t)) && !strings.Contains(t.Rule, "+focus") {
			return true
		}
		if t.Actor.Country != "" && t.Actor.Code == t.Actor.Country && a.Actor.Country == t.Actor.Country && s.modifier(t) {
			return true
		}
		// "recalled its ambassador", "their forces": the source's own,
		// also when the role names no country ("a call for its
		// peacekeeping forces").
		// A bare role whose country is only the story's focus or a
		// place after it ("its ambassador in Tehran") is the
		// source's too; not its adversaries ("accused his opponents").
		bare := t.Kind == "agent" && t.Actor.ID == "" && (t.Actor.Country == "" || strings.Contains(t.Rule, "+focus") || strings.Contains(t.Rule, "+place") || strings.Contains(t.Rule, "+in"))
		foe := adversaryRole(bareRole(t))
		k := t.TokenSpan.First - 1
		if k > s.first && lower(s.d.Tokens[k].Text) == "own" {
			k-- // "its own ambassador"
		}
		if k >= s.first && !foe && (bare || t.Actor.Country != "" && a.Actor.Country == t.Actor.Country) {
			switch lower(s.d.Tokens[k].Text) {
			case "its", "their", "our":
				return true
			case "his", "her":
				// "The opposition Congress party accused his government":
				// a party or a country has no "his"; the person it refers
				// to may still be of the source's side ("South Sudan began
				// withdrawing its troops ... after his forces captured the
				// area": President Kiir's), a state's or not like it.
				if s.isPerson == nil || s.isPerson(*a) {
					return true
				}
				last, subj := s.antecedents(k-s.first, func(m *doc.ActorMention) bool { return s.isPerson(*m) })
				if subj != nil {
					last = subj
				}
				if last != nil && last.Actor.Country == a.Actor.Country && stateActor(last) == stateActor(a) {
					return true
				}
			}
		}
	}
	return false
}

// possessorObject resolves a possessive pronoun opening the object of a
// verb group ending at token from ("demanded his resignation", "froze their
// assets") to the nearest earlier actor of its sentence that fits it (a
// person for "his"/"her", a group, country or role for "their") and is not
// on the source's side.
func (c *Coder) possessorObject(s *sentence, from, hi int, srcs []*doc.ActorMention) *doc.ActorMention {
	for k := from; k < hi && k < from+3; k++ {
		l := s.lower[k]
		if s.tag(k) != "PRP$" || l != "his" && l != "her" && l != "their" {
			continue
		}
		person := l != "their"
		last, subj := s.antecedents(k, func(m *doc.ActorMention) bool {
			return m.Sentence == s.idx && m.Actor.Code != "" && (c.IsPerson != nil && c.IsPerson(*m)) == person && !s.sameSide(srcs, m)
		})
		if ditransitive(s.lemmas[from-1]) && subj != nil {
			// "Tikhanovskaya has fled to Lithuania after clashes over
			// Lukashenko's re-election, and Lithuania has given her
			// shelter": the receiver is the one the sentence is about.
			last = subj
		}
		if last == nil {
			return nil
		}
		return asPronoun(last, s.toks[k].Span)
	}
	return nil
}

// pronounObject reports whether token k is a personal pronoun standing as
// a direct object: "him", "them", "her" (not before a noun), or "it" before
// "of" ("accusing it of").
func (s *sentence) pronounObject(k int) bool {
	if k >= len(s.toks) || s.tag(k) != "PRP" {
		return false
	}
	switch s.lower[k] {
	case "him", "them":
		return true
	case "her":
		return k+1 >= len(s.toks) || !isNounTag(s.tag(k+1)) && s.tag(k+1) != "JJ"
	case "it":
		return k+1 < len(s.toks) && s.lemmas[k+1] == "of"
	}
	return false
}

// objectPronoun resolves "him", "her" or "them" as the object of a verb
// group ending at token from ("Russia granted them asylum", "police
// arrested him") to the last fitting actor before it that is not on the
// source's side: a person for "him"/"her", a group, country or role for
// "them", in this sentence or the one before.
// ditransitive reports whether a verb lemma takes the receiver before the
// thing given: "gave her shelter", "granted her asylum".
func ditransitive(lemma string) bool {
	switch lemma {
	case "give", "grant", "offer", "deny", "award", "send", "lend", "promise", "refuse":
		return true
	}
	return false
}

func (c *Coder) objectPronoun(s *sentence, from int, srcs []*doc.ActorMention) *doc.ActorMention {
	if from >= len(s.toks) || s.tag(from) != "PRP" && !(s.lower[from] == "her" && from > 0 && ditransitive(s.lemmas[from-1])) {
		return nil // ("has given her shelter": "her" read as a possessive is the one given it)
	}
	l := s.lower[from]
	if l == "it" && from+1 < len(s.toks) && s.lemmas[from+1] == "of" {
		// "accusing it of backing terrorism": "it" as the accused
		// stands for a country or organization named before.
		l = "them"
	}
	if l != "him" && l != "her" && l != "them" {
		return nil
	}
	person := l != "them"
	best, subj := s.antecedents(from, func(m *doc.ActorMention) bool {
		if m.Sentence < s.idx-1 || m.Actor.Code == "" || (c.IsPerson != nil && c.IsPerson(*m)) != person || s.sameSide(srcs, m) {
			return false
		}
		// "in Niamey": a town standing for its country is no "them".
		return person || m.Kind != "alias" || m.Actor.Code != m.Actor.Country
	})
	if subj != nil {
		best = subj // "supporters rallied outside the embassy before soldiers dispersed them"
	}
	if best == nil {
		return nil
	}
	if !person {
		// "Assad and his family ... granted them asylum": a list's
		// first member stands for it.
		k := best.TokenSpan.First - 1
		if k >= 0 && s.d.Tokens[k].Tag == "PRP$" {
			k--
		}
		if k > 0 && strings.EqualFold(s.d.Tokens[k].Text, "and") {
			for i := range s.d.Actors {
				if m := &s.d.Actors[i]; m.TokenSpan.End == k && m.Actor.Code != "" && !s.sameSide(srcs, m) {
					best = m
					break
				}
			}
		}
	}
	return asPronoun(best, s.toks[from].Span)
}

// antecedents scans the actor mentions before sentence token j that ok
// accepts, and returns the last of them and the last in subject position
// (nil when there is none).
func (s *sentence) antecedents(j int, ok func(*doc.ActorMention) bool) (last, subj *doc.ActorMention) {
	abs := s.first + j
	for i := range s.d.Actors {
		m := &s.d.Actors[i]
		if m.TokenSpan.First >= abs {
			break
		}
		if !ok(m) {
			continue
		}
		last = m
		if isSubjectPosition(s.d, m) {
			subj = m
		}
	}
	return last, subj
}

// otherPerson re-resolves the personal pronoun subject of verb group gi,
// m, when it was resolved to the source itself ("Hun Sen said that he would be arrested if he returned")
// to the last other person named before it, or returns nil.
func (c *Coder) otherPerson(s *sentence, gi int, m *doc.ActorMention, srcs []*doc.ActorMention) *doc.ActorMention {
	if m == nil || m.Actor.ID == "" || len(srcs) != 1 || srcs[0] == nil || srcs[0].Actor.ID != m.Actor.ID {
		return nil
	}
	ments, j := s.subject(gi)
	if len(ments) > 0 || j < 0 || s.lower[j] != "he" && s.lower[j] != "she" {
		return nil
	}
	last, _ := s.antecedents(j, func(a *doc.ActorMention) bool {
		return a.Actor.ID != m.Actor.ID && c.IsPerson != nil && c.IsPerson(*a)
	})
	if last == nil {
		return nil
	}
	return asPronoun(last, s.toks[j].Span)
}

// asPronoun returns a copy of antecedent m standing at a pronoun's span.
func asPronoun(m *doc.ActorMention, sp doc.Span) *doc.ActorMention {
	cp := *m
	cp.Kind = "pronoun"
	cp.Span = sp
	return &cp
}

// sameState reports whether t and one of srcs are the same state: its
// country, government or armed forces ("Pakistan" and Prime Minister Imran
// Khan): a state does not condemn its own move.
func sameState(srcs []*doc.ActorMention, t *doc.ActorMention) bool {
	state := func(a *doc.ActorMention) bool {
		c := a.Actor.Country
		if c == "" || !strings.HasPrefix(a.Actor.Code, c) {
			return false
		}
		switch a.Actor.Code[len(c):] {
		case "", "GOV", "MIL", "GOVMIL":
			return true
		}
		return false
	}
	if !state(t) {
		return false
	}
	for _, a := range srcs {
		if a != nil && a.Actor.Country == t.Actor.Country && state(a) {
			return true
		}
	}
	return false
}

// inByPhrase reports whether the mention starting at token k is the object
// of "by" (a passive verb's agent).
func (s *sentence) inByPhrase(k int) bool {
	p, ok := s.inPP(k)
	return ok && p == "by"
}

// bareRole returns a mention's code without its country ("MIL" of
// "SYRMIL", all of "REB" when no country is known).
func bareRole(m *doc.ActorMention) string {
	return m.Actor.Code[min(len(m.Actor.Country), len(m.Actor.Code)):]
}

// adversaryRole reports whether a role code (without its country) names
// those who stand against a government: opposition, rebels, insurgents.
func adversaryRole(role string) bool {
	for _, r := range []string{"OPP", "REB", "INS", "UAF"} {
		if strings.HasPrefix(role, r) {
			return true
		}
	}
	return false
}

// modifier reports whether mention t modifies a noun rather than naming its
// actor as a noun phrase: "Serbia's cooperation", "a Lebanese politician",
// "the Kenya Anti-Corruption Commission".
func (s *sentence) modifier(t *doc.ActorMention) bool {
	toks := s.d.Tokens
	last, next := t.TokenSpan.End-1, t.TokenSpan.End
	if last >= 0 && last < len(toks) && toks[last].Tag == "JJ" {
		return true
	}
	if next >= len(toks) || next >= s.first+len(s.toks) {
		return false
	}
	tg := toks[next].Tag
	return tg == "POS" || isNounTag(tg) || toks[next].Text == "'s" || toks[next].Text == "’s"
}

// byAgents collects the agents of a passive verb: the mentions after "by"
// in the clause from token `from`, with their coordinated and "including"
// partners, leaving out those under "not by" and stopping at an apposition
// ("by Petra Lindgren, the former deputy mayor of ...").
func (s *sentence) byAgents(from, hi int) (agents []int, found bool) {
	k := from
	for k < hi && s.lemmas[k] != "by" {
		if gi := s.ingrp[k]; gi >= 0 && s.groups[gi].first == k && k > 0 && isNounTag(s.tag(k-1)) && s.ment[k-1] < 0 {
			// "will be charged under a law passed by Parliament": the
			// agent of a participle after a noun is that participle's.
			return nil, false
		}
		k++
	}
	if k >= hi {
		return nil, false
	}
	neg := false
	gap := 0
	for j := k + 1; j < len(s.toks); j++ {
		l := lower(s.toks[j].Text)
		if mi := s.ment[j]; mi >= 0 && s.mentionStart(mi) == j {
			if !neg {
				agents = append(agents, mi)
			}
			j = s.mentionEnd(mi) - 1
			gap = 0
			continue
		}
		switch l {
		case "not", "n't":
			neg = true
			continue
		case "by", "and", "or", "including", "as", "well", "most", "of", "the", "some", "many", "all", "much", "several", "but", "also", "both", "either", "neither", "nor":
			gap = 0
			continue
		case ",":
			// An apposition after an agent ends the list: ", the former ...".
			if len(agents) > 0 && j+1 < len(s.toks) && (s.tag(j+1) == "DT" || s.tag(j+1) == "JJ") &&
				!(j+2 < len(s.toks) && s.ment[j+2] >= 0) {
				return agents, true
			}
			continue
		}
		if s.isBoundary(j) || l == "." || (s.ingrp[j] >= 0 && l != "including") {
			break
		}
		if len(agents) > 0 && (s.tag(j) == "IN" || s.tag(j) == "TO") {
			// "arrested by Egyptian police in Cairo": a place or time
			// after the agents ends them.
			break
		}
		gap++
		if gap > 4 && len(agents) > 0 || gap > 8 {
			break
		}
	}
	return agents, true
}

// allEquipment reports whether every mention ends in a word for arms or
// vehicles ("tanks", "artillery", "helicopter gunships").
func (s *sentence) allEquipment(ms []int) bool {
	for _, mi := range ms {
		if !equipment[s.lemmas[s.mentionEnd(mi)-1]] {
			return false
		}
	}
	return len(ms) > 0
}

// threatener returns, for a hit under threat modality, the subject of the
// threat verb ("warn", "threaten") whose complement holds its verb group, or
// nil.
func (c *Coder) threatener(s *sentence, h hit) *doc.ActorMention {
	if h.modality != "threat" {
		return nil
	}
	for gj := h.gi - 1; gj >= 0; gj-- {
		if c.Cues.threatVerb(s.lemmas[s.groups[gj].head]) {
			if ms := c.subjectActors(s, gj); len(ms) == 1 {
				return ms[0]
			}
			return nil
		}
	}
	// "Hun Sen said Ranariddh would be arrested if he returned": a
	// hostile act promised on a condition, by whoever says so.
	for gj := h.gi - 1; gj >= 0 && h.gi-gj <= 3; gj-- {
		if _, ok := c.Cues.speech[s.lemmas[s.groups[gj].head]]; ok && !s.groups[gj].negated && !s.groups[gj].passive {
			if ms := c.subjectActors(s, gj); len(ms) == 1 {
				return ms[0]
			}
			return nil
		}
	}
	return nil
}

// attributes reports whether mention mi is the subject of a verb of saying
// right after it that attributes the report: "..., Indian media reported",
// "..., the ministry said", "..., officials in New Delhi said". Such a
// source is no party to the act.
func (s *sentence) attributes(mi int) bool {
	e := s.mentionEnd(mi)
	if e < len(s.toks) && s.ingrp[e] < 0 && (s.lemmas[e] == "in" || s.lemmas[e] == "at" || s.lemmas[e] == "from") {
		// "..., officials in New Delhi said": past where they spoke.
		for k := e + 1; k < len(s.toks) && k <= e+5; k++ {
			if s.ingrp[k] >= 0 {
				e = k
				break
			}
			if s.lemmas[k] == "," {
				break
			}
		}
	}
	if e >= len(s.toks) || s.ingrp[e] < 0 {
		return false
	}
	k := s.mentionStart(mi) - 1
	for k >= 0 && (s.tag(k) == "DT" || s.tag(k) == "JJ") {
		k--
	}
	return k >= 0 && s.lemmas[k] == "," && s.cues.speech[s.lemmas[s.groups[s.ingrp[e]].head]] != ""
}

// fightPartner returns, for a hit of root 18 or 19, the actor named after a
// fight noun and "with" or "by" in tokens [from, hi): "in a clash with
// Chinese troops", "in fighting with the rebels", "in an ambush by Taliban
// fighters"; or -1.
func (s *sentence) fightPartner(h hit, from, hi int) int {
	if r := h.code[:2]; r != "18" && r != "19" {
		return -1
	}
	for k := from; k+2 < hi; k++ {
		switch s.lemmas[k] {
		case "clash", "fighting", "battle", "gunbattle", "firefight", "skirmish", "ambush", "attack", "raid", "fight", "exchange":
		default:
			continue
		}
		if p := s.lemmas[k+1]; p != "with" && p != "by" {
			continue
		}
		for j := k + 2; j < hi && j <= k+4; j++ {
			if mi := s.ment[j]; mi >= 0 {
				return mi
			}
			if t := s.tag(j); t != "DT" && t != "JJ" && t != "CD" {
				break
			}
		}
	}
	return -1
}

// actorsFor assigns source and target actors to a hit. rule describes how.
func (c *Coder) actorsFor(s *sentence, h hit) (srcs, tgts []*doc.ActorMention, rule string) {
	hi := s.clauseEnd(h.trig)
	ownObject := false // the target is of the source's own side, yet the one acted on (see its two uses)
	if h.srcPos >= 0 {
		if mi := s.firstActorFrom(h.srcPos, hi, nil); mi >= 0 {
			srcs = s.mentions(s.coordinatedRight(mi))
			rule += "; source: $ slot"
		}
	} else if h.tgtPos >= 0 && h.tgtPos < h.trig && !h.noun {
		// "NOTED + *": the target is the verb's subject; the source is
		// the actor before it ("X noted that Y regretted").
		for k := h.tgtPos - 1; k >= 0; k-- {
			if mi := s.ment[k]; mi >= 0 {
				srcs = s.mentions(s.coordinatedLeft(mi))
				rule += "; source: the actor before the + slot"
				break
			}
		}
	}
	if h.noun {
		srcs, rule = c.nounSource(s, h, srcs, rule)
	} else if len(srcs) == 0 {
		g := s.groups[h.gi]
		if g.passive {
			if ag, ok := s.byAgents(g.end, hi); ok {
				srcs = s.mentions(ag)
				rule += "; source: passive agent"
				if len(ag) == 0 {
					// Agents exist but none is a known actor, or all are negated.
					return nil, nil, rule
				}
				if s.cues.lead[s.lemmas[h.trig]] && s.allEquipment(ag) {
					// "troops backed by tanks and artillery": the
					// troops' own arms, no act of support.
					return nil, nil, rule
				}
			} else if th := c.threatener(s, h); th != nil {
				// "Eritrean commanders warned that any Ethiopian aircraft
				// entering its airspace would be shot down": the one who
				// warns would do it.
				srcs = []*doc.ActorMention{th}
				rule += "; source: who threatens the agentless act"
			} else if fp := s.fightPartner(h, g.end, hi); fp >= 0 {
				// "Twenty Indian soldiers were killed in a clash with
				// Chinese troops": who they fought.
				srcs = s.mentions(s.coordinatedRight(fp))
				rule += "; source: whom the victims fought (agentless passive)"
			} else if h.code[:2] == "15" {
				// "Some 20,000 Turkish troops were massed along the Iraqi
				// border": the forces shown are the actor.
				if ms := c.subjectActors(s, h.gi); len(ms) > 0 {
					if k := s.d.TokenAt(ms[0].Start) - s.first - 1; k >= 0 && k < len(s.toks) && s.lemmas[k] == "no" {
						return nil, nil, rule // "no troops had been deployed"
					}
					srcs = ms
					rule += "; source: the forces moved (agentless passive)"
					if mi := s.firstActorFrom(g.end, hi, func(mi, _ int) bool { return s.sameSide(srcs, &s.d.Actors[mi]) }); mi >= 0 {
						return srcs, s.mentions([]int{mi}), rule + "; target: after the verb"
					}
					return srcs, nil, rule
				}
			} else if h.code == "161" {
				// "Twenty-three Russian diplomats were expelled (from
				// Britain)", "the ambassador was declared persona non
				// grata": the state that hosted them, named after the
				// verb or else the story's counterpart of their country.
				if ms := c.subjectActors(s, h.gi); len(ms) == 1 && ms[0] != nil && ms[0].Actor.Country != "" {
					own := ms[0].Actor.Country
					if mi := s.firstActorFrom(g.end, hi, func(mi, start int) bool {
						p, ok := s.inPP(start)
						m := &s.d.Actors[mi]
						return !ok || p != "from" && p != "by" || m.Actor.Code != m.Actor.Country || m.Actor.Country == own
					}); mi >= 0 {
						srcs = s.mentions([]int{mi})
						rule += "; source: the state they were expelled from (agentless passive)"
					} else if m, n := counterpart(s.d, s.idx, own); m != nil {
						srcs = []*doc.ActorMention{coreferent(m, " +counterpart")}
						rule += fmt.Sprintf("; source: the story's counterpart, %s (named %d times so far; agentless passive)", m.Actor.Country, n)
					}
				}
			} else if h.code[:2] == "17" {
				// Agentless passive of a state act: "was detained in Serbia".
				if mi := s.firstActorFrom(g.end, hi, func(mi, start int) bool {
					p, ok := s.inPP(start)
					return !ok || p != "in"
				}); mi >= 0 && s.d.Actors[mi].Actor.Code == s.d.Actors[mi].Actor.Country {
					srcs = s.mentions([]int{mi})
					rule += "; source: authority of the place (agentless passive)"
				} else if ms := c.subjectActors(s, h.gi); len(ms) == 1 && ms[0] != nil {
					// "Seven opposition candidates were arrested": their own
					// state's authorities, named before in the story.
					if k := s.d.TokenAt(ms[0].Start) - s.first - 1; k >= 0 && k < len(s.toks) && s.lemmas[k] == "no" {
						return nil, nil, rule // "no soldiers had been detained"
					}
					if a, why := c.detainer(s, h.gi, ms[0]); a != nil {
						srcs, rule = []*doc.ActorMention{a}, rule+"; source: "+why
					}
				}
			}
		} else {
			srcs = c.subjectActors(s, h.gi)
			if len(srcs) > 0 {
				rule += "; source: subject"
			}
		}
	}
	// Target.
	if h.tgtPos >= 0 {
		if mi := s.firstActorFrom(h.tgtPos, hi, func(mi, _ int) bool {
			return s.sameSide(srcs, &s.d.Actors[mi]) && !appealToOwnPeople(h, &s.d.Actors[mi]) || !h.noun && s.groups[h.gi].passive && s.inByPhrase(s.mentionStart(mi)) || s.attributes(mi)
		}); mi >= 0 {
			tgts = s.mentions(s.coordinatedRight(mi))
			ownObject = appealToOwnPeople(h, &s.d.Actors[mi])
			rule += "; target: + slot"
		} else if !h.noun && s.groups[h.gi].passive {
			// "Rwanda's envoy was summoned by the Ugandan ministry": the
			// slot's actor stands before a passive verb.
			if ms := c.subjectActors(s, h.gi); len(ms) > 0 && !s.sameSide(srcs, ms[0]) {
				tgts = ms
				rule += "; target: passive subject"
			}
		}
	} else if !h.noun && s.groups[h.gi].passive {
		if ms := c.subjectActors(s, h.gi); len(ms) > 0 {
			tgts = ms
			rule += "; target: passive subject"
			if m := c.otherPerson(s, h.gi, ms[0], srcs); m != nil {
				// "Hun Sen said ... that he would be arrested": not
				// the one who says so.
				tgts = []*doc.ActorMention{m}
				rule += " (not the source)"
			}
		} else if g := s.groups[h.gi]; g.first > 0 && s.ment[g.first-1] >= 0 {
			// "A shelter for Sudanese migrants was raided": the
			// subject's head is no actor; the actor it is of or for is
			// the one hit.
			mi := s.ment[g.first-1]
			if p, ok := s.inPP(s.mentionStart(mi)); ok && (p == "of" || p == "for" || p == "to" || p == "on" || p == "against" || p == "with") && !s.sameSide(srcs, &s.d.Actors[mi]) {
				// ("a cut in gas supplies to Belarus was threatened by
				// Gazprom", "sanctions on Iran were imposed", "a treaty
				// with Ukraine was signed by Romania")
				tgts = s.mentions([]int{mi})
				rule += "; target: whom the passive subject is of, for or aimed at"
			}
		}
		if len(tgts) == 0 {
			// "A bus carrying Hindu pilgrims was attacked": those it
			// carried.
			g := s.groups[h.gi]
			for k := max(0, s.clauseStart(g.first)); k+1 < g.first; k++ {
				if l := s.lemmas[k]; (l == "carry" || l == "transport") && s.tag(k) == "VBG" {
					if mi := s.firstActorFrom(k+1, min(g.first, k+5), func(mi, _ int) bool { return s.sameSide(srcs, &s.d.Actors[mi]) }); mi >= 0 {
						tgts = s.mentions([]int{mi})
						rule += "; target: whom the passive subject carried"
					}
					break
				}
			}
		}
		if len(tgts) == 0 {
			// "A loan was promised to Bangladesh by Japan", "tents were
			// flown to Tajikistan by Iran": the thing's recipient.
			g := s.groups[h.gi]
			if mi := s.firstActorFrom(g.end, hi, func(mi, start int) bool {
				p, ok := s.inPP(start)
				return !ok || p != "to" || s.sameSide(srcs, &s.d.Actors[mi])
			}); mi >= 0 {
				tgts = s.mentions(s.coordinatedRight(mi))
				rule += "; target: to whom the passive subject went"
			}
		}
	} else if !h.noun {
		from := s.groups[h.gi].end
		hi := s.objectEnd(from, hi)
		if mi := s.afterPatternPrep(h, hi, srcs); mi >= 0 {
			// "provide ... intelligence ... to Macedonia": a pattern
			// ending in a preposition names its target right after
			// it; the nouns it went over are the thing given.
			tgts = s.mentions(s.coordinatedRight(mi))
			ownObject = appealToOwnPeople(h, &s.d.Actors[mi])
			rule += "; target: after the pattern's preposition"
		} else if mi := s.firstActorFrom(from, hi, func(mi, start int) bool {
			if start > from && s.pronounObject(from) {
				// "accusing it of backing terrorism and of being too
				// close to Iran": the pronoun is the one acted on, not a
				// name further on (its antecedent is found below).
				return true
			}
			if s.sameSide(srcs, &s.d.Actors[mi]) {
				// The direct object's possessor is a target even of
				// the same country when the source's country was only
				// inferred: "the party will boycott Algeria's elections".
				if start <= from+1 && focusOnly(srcs) && s.modifier(&s.d.Actors[mi]) {
					ownObject = true
					return false
				}
				if start <= from+1 && appealToOwnPeople(h, &s.d.Actors[mi]) {
					// "urged her supporters not to resist the police":
					// an appeal to one's own people is addressed to them.
					ownObject = true
					return false
				}
				return true
			}
			if s.d.Actors[mi].Actor.Code == "" && !c.PrepTargets {
				// An unknown name with no code whose name goes on
				// with a coded actor ("National Union for the Total
				// Independence of Angola"): that actor says more.
				e := s.mentionEnd(mi)
				if s.firstActorFrom(e, min(hi, e+6), func(mj, _ int) bool { return s.d.Actors[mj].Actor.Code == "" }) >= 0 {
					return true
				}
			}
			if start > 0 && s.lemmas[start-1] == "what" {
				return true // "bombed what New Delhi called a training camp": the one who calls it so
			}
			if s.attributes(mi) {
				return true // "..., Indian media reported": who tells of it
			}
			if e := s.mentionEnd(mi); h.p.Code[:min(2, len(h.p.Code))] == "07" {
				if e == h.end {
					switch s.lemmas[e-1] {
					case "worker", "rescuer", "doctor", "nurse", "medic", "expert", "specialist", "team":
						return true // "Portugal flew in a team of 35 rescue workers": the helpers sent, not the helped
					}
				}
				if s.teamMember(start) {
					return true // "sent a team of diplomats and police officers to Manila": the team's members
				}
			}
			if m := &s.d.Actors[mi]; m.Actor.Code == m.Actor.Country && (m.Kind == "name" || m.Kind == "alias") && !strings.Contains(m.Rule, "+") && sameState(srcs, m) && !focusOnly(srcs) {
				return true // "Clinton suspended charter flights from the United States to Cuba": his own state
			}
			p, ok := s.inPP(start)
			if ok && p == "from" && fromTarget(actRoot(h.p.Code, h.code[:2]), s, from, start) {
				return false
			}
			if ok && p == "to" && strings.HasPrefix(h.p.Code, "115") && hasRole(s.d.Actors[mi].Actor.Code, "jud") {
				return true // "take the case to the International Court of Justice": the court hears it
			}
			if ok && p == "by" && actRoot(h.p.Code, h.code[:2]) <= "08" {
				// "signed an agreement brokered by Russia": the agent of a
				// participle, a third party (but "shelled villages held
				// by rebels" hits the rebels).
				for b := start - 1; b > from && b >= start-4; b-- {
					if s.lemmas[b] == "by" {
						switch s.lemmas[b-1] {
						case "broker", "mediate", "host", "facilitate", "sponsor", "arrange", "chair", "guarantee", "oversee", "organize", "organise", "witness":
							return s.tag(b-1) == "VBN" // not "memos sent by Bree"
						}
						break
					}
				}
			}
			// "during Lula's visit", "after talks with Iran": a time or
			// circumstance, not the one acted on.
			return ok && !c.PrepTargets && (p == "in" || p == "at" || p == "near" || p == "from" || p == "since" || p == "during" || p == "amid" || p == "despite" || p == "following" || p == "through" || p == "throughout" || p == "across" || p == "around")
		}); mi >= 0 {
			if mj := s.complaintTarget(h, mi, hi, srcs); mj >= 0 {
				// "complained to the United Nations over Israeli
				// raids": the addressee hears it, Israel is blamed.
				tgts = s.mentions([]int{mj})
				rule += "; target: whom the complaint is about"
			} else if a := c.victimsDoer(s, mi, srcs); a != nil && !hostileRoot(actRoot(h.p.Code, h.code[:2])) {
				// "demanded an explanation for the death of the
				// journalist": of whoever killed him.
				tgts = []*doc.ActorMention{a}
				rule += "; target: who did it to the victim named"
			} else {
				tgts = s.mentions(s.coordinatedRight(mi))
				rule += "; target: object"
			}
		} else if r := h.code[:2]; r <= "05" || r == "10" || r == "11" || r == "12" || r == "13" {
			// "welcome the fact that Serbia ...", "demanded that Iran ...":
			// the subject of the complement clause.
			for k := s.groups[h.gi].end; k < hi+1 && k < len(s.toks) && k <= s.groups[h.gi].end+4; k++ {
				if s.lemmas[k] == "that" && s.tag(k) != "DT" {
					if mi := s.firstActorFrom(k+1, min(len(s.toks), k+4), func(mi, _ int) bool { return s.sameSide(srcs, &s.d.Actors[mi]) }); mi >= 0 {
						tgts = s.mentions([]int{mi})
						rule += "; target: subject of the complement clause"
					}
					break
				}
			}
		}
	} else {
		// Noun: "of"/"on"/"against"/"with"/"to" + actor right after.
		if mi := s.firstActorFrom(h.trig+1, min(hi, h.end+4), func(mi, start int) bool {
			p, ok := s.inPP(start)
			return !ok || !(p == "of" || p == "on" || p == "against" || p == "with" || p == "to" || p == "toward" || p == "towards") || s.sameSide(srcs, &s.d.Actors[mi])
		}); mi >= 0 {
			tgts = s.mentions([]int{mi})
			rule += "; target: prepositional object"
		} else if actRoot(h.p.Code, h.code[:2]) == "08" {
			// "the withdrawal of its forces from Panama": the country
			// left is the target.
			if mi := s.firstActorFrom(h.trig+1, min(hi, h.end+7), func(mi, start int) bool {
				p, ok := s.inPP(start)
				return !ok || p != "from" || s.sameSide(srcs, &s.d.Actors[mi])
			}); mi >= 0 {
				tgts = s.mentions([]int{mi})
				rule += "; target: the place left"
			}
		}
	}
	// Consultation and cooperation without a target: the partner named
	// with "with" elsewhere in the sentence ("said at a news conference
	// with Vucic").
	if len(tgts) == 0 && len(srcs) == 1 && (h.code[:2] == "04" || h.code[:2] == "03" || h.code[:2] == "06") {
		for k := 0; k < len(s.toks); k++ {
			if s.lemmas[k] != "with" {
				continue
			}
			if mi := s.firstActorFrom(k+1, min(len(s.toks), k+5), nil); mi >= 0 && !s.sameSide(srcs, &s.d.Actors[mi]) {
				tgts = s.mentions([]int{mi})
				rule += "; target: 'with' partner in the sentence"
				break
			}
		}
	}
	if len(tgts) == 0 && !c.PrepTargets {
		if m := s.placeCountryTarget(h, hi, srcs); m != nil {
			// "British marines seized the al-Faw peninsula", "Israeli
			// troops entered Rafah": force used on a place abroad is
			// used on its country.
			return srcs, []*doc.ActorMention{m}, rule + "; target: the country of the place attacked"
		}
		if mi := s.placeTarget(h, hi, srcs); mi >= 0 {
			tgts = s.mentions([]int{mi})
			// Kind "place" lets pairUp keep a country acting on itself
			// ("Kenya banned ... in Nairobi").
			tgts[0].Kind = "place"
			rule += "; target: the country where the act is done"
			// A role of no known country that applies a measure to a
			// territory ("President X threatened to institute a
			// curfew in Algiers", "opposition leaders agreed to
			// postpone the demonstration in Baku") is that country's.
			for i, a := range srcs {
				if a != nil && a.Actor.Country == "" && a.Actor.Code != "" && len(a.Actor.Code) <= 6 && !strings.HasPrefix(a.Actor.Code, "IGO") && !strings.HasPrefix(a.Actor.Code, "NGO") && a.Actor.Code != "UAF" {
					cp := *a
					cp.Actor.Country = tgts[0].Actor.Country
					cp.Actor.Code = cp.Actor.Country + cp.Actor.Code
					srcs[i] = &cp
					rule += "; source's country: the place's"
				}
			}
			return srcs, tgts, rule
		}
	}
	if h.gi >= 0 && !h.noun {
		// "Russia condemned the attack": the attacker told of earlier;
		// "Britain condemned Biti's arrest": whoever arrested Biti.
		if r := h.code[:2]; r == "11" || r == "12" || r == "05" || r == "10" || r == "13" || r == "16" || r == "01" {
			if a := c.referredSource(s, s.groups[h.gi].end, srcs, false); a != nil {
				tgts = []*doc.ActorMention{a}
				rule += "; target: the doer of the event referred to"
			} else if k := s.endOf(s.groups[h.gi].end); k >= 0 {
				// "demanded an immediate end to the military
				// operations": of whoever carries them out.
				if a := c.referredSource(s, k, srcs, false); a != nil {
					tgts = []*doc.ActorMention{a}
					rule += "; target: the doer of the act to be ended"
				}
			}
		}
	}
	if ownObject && len(tgts) > 0 {
		return srcs, tgts, rule
	}
	if len(srcs) >= 2 && reciprocal(actRoot(h.p.Code, h.code[:2])) {
		// "The Turkish and Greek sides agreed to share information on
		// missing people": partners acting together; a role known only
		// by the focus is what they act on, not a party (pairUp pairs
		// the partners).
		out := tgts[:0]
		for _, t := range tgts {
			if !(t.Kind == "agent" && t.Actor.ID == "" && (t.Actor.Country == "" || strings.Contains(t.Rule, "+focus"))) {
				out = append(out, t)
			}
		}
		tgts = out
	}
	if len(tgts) == 0 && h.gi > 0 && s.groups[h.gi].infinitive && !h.noun {
		// "telephoned Musharraf to offer condolences": the purpose is
		// aimed at the one the first verb reached.
		prev := s.groups[h.gi-1]
		if k := prev.end; k < s.groups[h.gi].first && s.ment[k] >= 0 && !s.sameSide(srcs, &s.d.Actors[s.ment[k]]) && !c.Cues.objControl[s.lemmas[prev.head]] {
			tgts = s.mentions([]int{s.ment[k]})
			rule += "; target: the first verb's object"
		}
	}
	if len(tgts) == 0 && h.code[:2] == "13" && s.vowsRevenge(h) {
		// "Khamenei vowed severe revenge": on whoever struck first in the
		// story.
		for i := range s.d.Events {
			e := &s.d.Events[i]
			if e.Sentence > s.idx {
				break
			}
			if (e.Root == "18" || e.Root == "19" || e.Root == "20") && e.Source != nil && !s.sameSide(srcs, e.Source) {
				tgts = []*doc.ActorMention{e.Source}
				rule += "; target: the doer of the story's first attack"
				break
			}
		}
	}
	if len(tgts) == 0 && h.gi >= 0 {
		// "urged both sides to show restraint": the two parties the story
		// is about.
		if ms := s.bothSides(s.groups[h.gi].end, srcs); len(ms) > 0 {
			tgts = ms
			rule += "; target: the two sides the story names"
		}
	}
	// "demanded the release of the hostages held by Hamas": a demand for
	// captives is made of their captor.
	if r := h.code[:2]; (r == "10" || r == "02" || r == "03") && len(tgts) == 1 && tgts[0] != nil {
		if mi := s.captorAfter(tgts[0]); mi >= 0 {
			tgts = s.mentions([]int{mi})
			rule += "; target: the captor"
		}
	}
	// Drop a target identical to the source.
	out := tgts[:0]
	for _, t := range tgts {
		if !s.sameSide(srcs, t) {
			out = append(out, t)
		}
	}
	return srcs, out, rule
}

// complaintTarget returns, for a disapproval (root 11) whose object mi is an
// addressee after "to" ("complained to the United Nations"), the actor the
// complaint is about, named later in the clause after "over", "about" or
// "against"; else -1.
func (s *sentence) complaintTarget(h hit, mi, hi int, srcs []*doc.ActorMention) int {
	if h.code[:2] != "11" {
		return -1
	}
	if p, ok := s.inPP(s.mentionStart(mi)); !ok || p != "to" {
		return -1
	}
	return s.firstActorFrom(s.mentionEnd(mi), hi, func(mj, start int) bool {
		p, ok := s.inPP(start)
		return !ok || p != "over" && p != "about" && p != "against" || s.sameSide(srcs, &s.d.Actors[mj])
	})
}

// focusOnly reports whether every source's country was inferred (from the
// country in focus, a place next to a role, or where an ethnic group lives),
// not named with it.
func focusOnly(srcs []*doc.ActorMention) bool {
	for _, a := range srcs {
		if a == nil || !strings.Contains(a.Rule, "+focus") && !strings.Contains(a.Rule, "+ethnic") && !strings.Contains(a.Rule, "+place") {
			return false
		}
	}
	return len(srcs) > 0
}

// afterPatternPrep returns the actor right after the preposition ending a
// verb pattern's match (the pattern's last matched word is a preposition
// after the verb: "provide ... intelligence ... to" + Macedonia), or -1.
func (s *sentence) afterPatternPrep(h hit, hi int, srcs []*doc.ActorMention) int {
	k := h.end - 1
	if k < s.groups[h.gi].end || k >= len(s.toks) || h.end >= hi {
		return -1
	}
	if t := s.tag(k); t != "IN" && t != "TO" {
		return -1
	}
	switch s.lemmas[k] {
	case "through", "throughout", "across", "around":
		return -1 // "marched through central Tehran": the scene, not the target
	}
	// The actor right after it, past a determiner and adjectives: "from
	// the northeastern Congolese town of Bunia".
	mi := -1
	for j := h.end; j < hi && j <= h.end+3; j++ {
		if mi = s.ment[j]; mi >= 0 || s.tag(j) != "DT" && s.tag(j) != "JJ" {
			break
		}
	}
	if mi < 0 || s.sameSide(srcs, &s.d.Actors[mi]) && !appealToOwnPeople(h, &s.d.Actors[mi]) {
		return -1
	}
	return mi
}

// teamMember reports whether the mention starting at token start names
// members of a team: "a team of diplomats and police officers".
func (s *sentence) teamMember(start int) bool {
	k := start - 1
	for k >= 1 && (s.lemmas[k] == "and" || s.lemmas[k] == "," || s.ment[k] >= 0 || s.tag(k) == "CD" || s.tag(k) == "JJ") {
		k--
	}
	return k >= 1 && s.lemmas[k] == "of" && (s.lemmas[k-1] == "team" || s.lemmas[k-1] == "teams")
}

// appealToOwnPeople reports whether hit h is an appeal (02) and m people of
// a country, not its state: "urged her supporters not to resist the
// police", "appealed to her supporters to stay away" are addressed to them
// even when they are the source's own.
func appealToOwnPeople(h hit, m *doc.ActorMention) bool {
	_, people := roleCountry(m, "CVL", "OPP", "LAB", "EDU", "REL", "REF", "PTY")
	return people && h.code[:2] == "02"
}

// nounSource finds the source of a noun trigger: a "by" phrase, a possessor
// ("Russia's invasion"), an actor premodifier ("NATO bombing campaign"), or
// the subject of the verb the noun depends on ("NATO announced an increase",
// "said after talks").
func (c *Coder) nounSource(s *sentence, h hit, srcs []*doc.ActorMention, rule string) ([]*doc.ActorMention, string) {
	if len(srcs) > 0 {
		return srcs, rule
	}
	hi := s.clauseEnd(h.trig)
	// "attack by an armed group on ..."
	for k := h.trig + 1; k < hi && k <= h.end+3; k++ {
		if s.ingrp[k] >= 0 {
			break // "annexation ... was condemned by the UN": the verb's agent
		}
		if s.lemmas[k] == "by" {
			if mi := s.firstActorFrom(k+1, min(hi, k+5), nil); mi >= 0 {
				return s.mentions(s.coordinatedRight(mi)), rule + "; source: 'by' phrase"
			}
		}
	}
	// Possessor or premodifier within the noun phrase.
	for k := h.trig - 1; k >= 0 && k >= h.trig-4; k-- {
		t := s.tag(k)
		if s.ment[k] >= 0 {
			// A possessor or modifier inside the trigger's noun phrase.
			return s.mentions([]int{s.ment[k]}), rule + "; source: possessor or modifier"
		}
		if t == "POS" || t == "JJ" || t == "VBN" || t == "CD" || t == "HYPH" || isNounTag(t) || t == "NNP" || t == "VBG" {
			continue
		}
		break
	}
	// The noun as object of a verb or of a circumstantial preposition:
	// the verb's subject takes part ("NATO announced an increase", "are
	// looking into the resumption of exercises", "said after talks").
	for k := h.trig - 1; k >= 0 && k >= h.trig-8; k-- {
		l := s.lemmas[k]
		if gi := s.ingrp[k]; gi >= 0 {
			// The verb's subject acts when the verb is a support verb
			// ("launched an attack", "held talks", "announced an
			// increase"); "France condemned the attack" does not make
			// France the attacker, nor does "X said the attack ...".
			head := s.lemmas[s.groups[gi].head]
			if !c.Cues.support[head] {
				break
			}
			if ms := c.subjectActors(s, gi); len(ms) > 0 {
				return ms, rule + "; source: subject of the governing verb"
			}
			break
		}
		if l == "after" || l == "before" || l == "during" || l == "following" || l == "at" || l == "for" {
			// the subject of the closest preceding verb group
			for gi := len(s.groups) - 1; gi >= 0; gi-- {
				if s.groups[gi].head < k {
					if !strings.HasPrefix(h.code, "0") {
						return nil, rule
					}
					if ms := c.subjectActors(s, gi); len(ms) > 0 {
						return ms, rule + "; source: subject of the clause"
					}
					break
				}
			}
			break
		}
		t := s.tag(k)
		if t == "DT" || t == "JJ" || t == "PRP$" || t == "CD" || t == "RB" || isNounTag(t) || t == "VBN" || l == "of" {
			continue
		}
		// A particle or preposition right after a verb: "look into".
		if (t == "IN" || t == "RP") && k > 0 && s.ingrp[k-1] >= 0 {
			continue
		}
		break
	}
	return nil, rule
}

// dateFor picks the temporal expression that governs the hit: the nearest
// date in the sentence, preferring the trigger's own clause; else the article
// date.
func (c *Coder) dateFor(s *sentence, h hit) (string, string, int) {
	if v, ti, ok := c.offsetDate(s, h); ok {
		return v, "timex", ti
	}
	if v, ti, ok := c.frontedOffset(s); ok {
		return v, "timex", ti
	}
	best, bestCost := -1, 1<<30
	intent := (strings.HasPrefix(h.code, "03") || strings.HasPrefix(h.code, "13")) && !s.d.Date.IsZero()
	for i := s.tx0; i < s.tx1; i++ {
		tx := s.d.Timexes[i]
		if tx.Type != "DATE" && tx.Type != "TIME" {
			continue
		}
		if c.DateOf == nil {
			break
		}
		v, ok := c.DateOf(tx.Value)
		if !ok {
			continue
		}
		if intent && afterArticleDay(tx.Value, v, s.d.Date) {
			// "Khan said on Thursday that Pakistan would release the
			// pilot on Friday": an intent or a threat is dated when it
			// is expressed, not when the act would come.
			continue
		}
		k := s.d.TokenAt(tx.Start) - s.first
		if k < 0 || s.dateline(k) || s.modifiesNoun(k, s.d.TokenAt(tx.End-1)-s.first, h.trig) {
			continue
		}
		cost := s.dateCost(k, h.trig, h.gi)
		if t := s.coordinatedHead(h.gi); t >= 0 {
			// "said on Friday that Doe would hand over power and
			// accused Burkina Faso": the verb it is coordinated with.
			cost = min(cost, s.dateCost(k, t, s.ingrp[t]))
		}
		if s.opensSentence(k, s.d.TokenAt(tx.End-1)-s.first) {
			// "On Thursday afternoon, police fired tear gas ..., and
			// mounted officers charged the crowd": the whole sentence.
			cost = min(cost, 20)
		}
		if cost < bestCost {
			best, bestCost = i, cost
		}
	}
	if best >= 0 && bestCost < 24 {
		v, _ := c.DateOf(s.d.Timexes[best].Value)
		return v, "timex", best
	}
	if ti := s.sameDayTimex(h); ti >= 0 && c.DateOf != nil {
		// "The court on Tuesday drew a new boundary ..., and Kenya
		// immediately rejected the ruling", "declared ..., hours after
		// gunmen stormed a studio on Tuesday": the same day, however long
		// the sentence.
		if v, ok := c.DateOf(s.d.Timexes[ti].Value); ok {
			return v, "timex", ti
		}
	}
	if v, ti, ok := c.spanFromNarrative(s, h); ok {
		return v, "timex", ti
	}
	if v, ti, ok := c.narrativeDate(s, h); ok {
		return v, "timex", ti
	}
	if v, ti, ok := c.ledeDate(s, h); ok {
		return v, "timex", ti
	}
	if s.goesOnSameDay() {
		// "Hours later police detained him": the day of the events just
		// told, when a temporal expression dated them.
		for i := len(s.d.Events) - 1; i >= 0 && s.d.Events[i].Sentence >= s.idx-2; i-- {
			if e := &s.d.Events[i]; e.Sentence < s.idx && e.DateSource == "timex" {
				return e.Date, "timex", e.Timex
			}
		}
	}
	if s.d.Date.IsZero() {
		return "", "article", -1
	}
	return s.d.Date.Format("2006-01-02"), "article", -1
}

// modifiesNoun reports whether the timex on tokens k..e modifies a noun
// phrase other than the trigger t's rather than dating a clause: a
// possessive ("in next January's election") or a date between a
// determiner and its noun ("the February 19 vote", "a 1974 agreement").
// "Monday's bombing" dates the bombing, and "during Wednesday's session"
// the clause.
func (s *sentence) modifiesNoun(k, e, t int) bool {
	if e+1 >= len(s.toks) || e < k {
		return false
	}
	if t > e && t <= e+4 {
		head := true
		for j := e + 1; j < t; j++ {
			if tg := s.tag(j); tg != "POS" && tg != "JJ" && !isNounTag(tg) {
				head = false
			}
		}
		if head {
			return false
		}
	}
	// The noun phrase must hang on a preposition or a verb: as a subject
	// ("Wednesday's attack killed 20") or after a temporal preposition
	// ("after the August vote") its date is the clause's.
	governed := func(j int) bool {
		switch {
		case j < 0:
			return false
		case s.lemmas[j] == "during" || s.lemmas[j] == "after" || s.lemmas[j] == "following" || s.lemmas[j] == "since":
			return false // "after the August vote": the clause's time
		}
		tg := s.tag(j)
		return tg == "IN" || tg == "TO" || s.ingrp[j] >= 0
	}
	if s.tag(e+1) == "POS" {
		return governed(k - 1)
	}
	if k == 0 || !isNounTag(s.tag(e+1)) || s.tag(e+1) == "NNP" {
		return false
	}
	switch s.lemmas[k-1] {
	case "the", "a", "an", "its", "their", "his", "her":
		return governed(k - 2)
	}
	if s.tag(k-1) == "POS" {
		// "on the anniversary of Japan's 1931 invasion": the year after a
		// possessor is the noun's.
		j := k - 2
		for j >= 0 && j >= k-5 && (s.tag(j) == "NNP" || s.tag(j) == "NNPS" || s.tag(j) == "NN" || s.tag(j) == "DT") {
			j--
		}
		return governed(j)
	}
	return false
}

// afterArticleDay reports whether a timex (its value, and date, the value
// as DateOf gives it) lies wholly after the article's day: "next week", "on
// Friday" told on a Thursday, "next month".
func afterArticleDay(value, date string, art time.Time) bool {
	if len(value) >= 8 && value[4] == '-' && value[5] == 'W' {
		y, w := art.ISOWeek()
		return value[:8] > fmt.Sprintf("%04d-W%02d", y, w)
	}
	a := art.Format("2006-01-02")
	return date > a[:min(len(date), len(a))]
}

// dateCost is how far the timex at token k is from governing the trigger
// at t (in verb group gi, or -1): the tokens between, and more for each
// clause boundary, quotation mark, verb of saying whose complement holds
// the date, coordinated clause (", and U.S. Marines were fighting"), or
// relative clause that holds the date but not the trigger.
func (s *sentence) dateCost(k, t, gi int) int {
	cost := k - t
	if cost < 0 {
		cost = -cost
	}
	lo, hi := min(k, t), max(k, t)
	for j := lo + 1; j < hi; j++ {
		if s.isBoundary(j) && s.lemmas[j] != "when" {
			cost += s.boundaryCost(j, k, t)
		}
		if s.quote[j] != s.quote[t] {
			cost += 12
		}
		if s.lemmas[j] == "," && j+1 < hi && (s.lemmas[j+1] == "and" || s.lemmas[j+1] == "but") {
			cost += 3 // enough to prefer the coordinated clause's own date
		}
		// "praised the leaders and said the sanctions imposed in 2009
		// might go": a date in what is said after the trigger is not the
		// trigger's.
		if g := s.ingrp[j]; k > t && g >= 0 && j == s.groups[g].head && g != gi && s.cues.speech[s.lemmas[j]] != "" && !s.datesSaying(j, k) {
			cost += 24
		}
	}
	if r, end := s.relativeAround(k); r >= 0 && (t < r || t >= end) {
		// "Kozyrev, who had visited Chisinau last month, telephoned
		// Snegur on Sunday": the relative clause's date is its own, unless
		// nothing else dates the sentence ("The militants, who attacked
		// the facility before dawn on Wednesday, took hostages").
		cost += 12
	}
	return cost
}

// datesSaying reports whether the timex at token k dates the verb of saying
// at j itself ("..., military sources said on Saturday", "said late
// Tuesday"): then it is the best date the story gives for what was said
// to have happened, not a date inside what was said.
func (s *sentence) datesSaying(j, k int) bool {
	for m := j + 1; m < k; m++ {
		switch s.lemmas[m] {
		case "on", "late", "early", "in", "last", "this":
		default:
			return false
		}
	}
	return k-j <= 3
}

// coordinatedHead returns the head of the verb that verb group gi is
// coordinated with by "and" or "or" and shares its subject with, or -1.
func (s *sentence) coordinatedHead(gi int) int {
	if gi <= 0 {
		return -1
	}
	if pg := s.coordPartner(gi); pg >= 0 {
		return s.groups[pg].head
	}
	// "Kenyatta said late on Tuesday that ..., and he accused the court":
	// a clause whose pronoun subject goes on with the same actor.
	if g := s.groups[gi]; g.first >= 2 && s.tag(g.first-1) == "PRP" && s.lemmas[g.first-2] == "and" {
		t := s.tag(g.first)
		for gj := gi - 1; gj >= 0; gj-- {
			if s.tag(s.groups[gj].first) == t && t != "" && finiteTag(t) {
				if _, ok := s.cues.speech[s.lemmas[s.groups[gj].head]]; ok || gj == gi-1 {
					return s.groups[gj].head
				}
			}
		}
	}
	return -1
}

// opensSentence reports whether the timex on tokens k..e opens the sentence
// (after at most a preposition or "early"/"late") and is set off by a comma
// ("On Thursday afternoon, police ..."), or opens it after a preposition
// with no comma ("On Sunday Sargsyan met Pashinyan ..."): a fronted
// adverbial that dates the whole sentence.
func (s *sentence) opensSentence(k, e int) bool {
	if k > 1 || k == 1 && s.tag(0) != "IN" && s.tag(0) != "RB" && s.tag(0) != "JJ" {
		return false
	}
	if e+1 >= len(s.toks) {
		return false
	}
	return s.lemmas[e+1] == "," || k == 1 && s.tag(0) == "IN"
}

// boundaryCost is what crossing the clause boundary at j costs a date at
// token k for the trigger at t: 12, or less across a relative pronoun. A
// relative clause with no date of its own happens when its main clause does
// ("On Wednesday, troops fired at supporters who tried to march": 6), and
// one closed by a comma before the date is an aside ("fired at supporters
// who had gathered outside Congress, ..., on Friday evening": 0).
func (s *sentence) boundaryCost(j, k, t int) int {
	switch s.lemmas[j] {
	case "who", "which", "whom", "whose", "where":
	default:
		return 12
	}
	if k < t {
		return 6
	}
	simple := true
	for m := j + 1; m < k; m++ {
		if s.lemmas[m] == "," {
			return 0
		}
		if s.isBoundary(m) {
			break
		}
		if s.lemmas[m] == "have" && s.tag(m) == "VBD" {
			simple = false // "who had attacked a bank in 2009": before the act
		}
	}
	if simple && j == t+1+s.objectLen(t) {
		// A relative clause on the act's object, in the simple past,
		// happens with it: "police beat back protesters who tried to
		// march on the embassy on Thursday".
		return 6
	}
	return 12
}

// objectLen returns how many tokens after the trigger t form a plain noun
// phrase (its object), or -1 when none follows.
func (s *sentence) objectLen(t int) int {
	n := 0
	for k := t + 1; k < len(s.toks); k++ {
		switch s.tag(k) {
		case "DT", "JJ", "CD", "NN", "NNS", "NNP", "NNPS", "PRP$", "RP", "IN":
			if s.tag(k) == "IN" && s.lemmas[k] != "of" {
				return n
			}
			n++
			continue
		}
		break
	}
	if n == 0 {
		return -1
	}
	return n
}

// relativeAround returns the span [r, end) of the relative clause set off
// by commas that holds token k ("X, who had visited Chisinau last month,
// ..."): r is its pronoun, end the comma or boundary closing it, or the
// sentence end. r is -1 when k is in no such clause.
func (s *sentence) relativeAround(k int) (r, end int) {
	r = -1
	for j := k - 1; j >= 0; j-- {
		l := s.lemmas[j]
		if l == "," || l == "(" || s.isBoundary(j) && l != "who" && l != "which" && l != "whose" && l != "whom" && l != "where" {
			return -1, -1
		}
		if l == "who" || l == "which" || l == "whose" || l == "whom" || l == "where" {
			if j == 0 || s.lemmas[j-1] != "," {
				return -1, -1
			}
			r = j
			break
		}
	}
	if r < 0 {
		return -1, -1
	}
	for end = k + 1; end < len(s.toks); end++ {
		if l := s.lemmas[end]; l == "," || l == ")" || s.isBoundary(end) {
			return r, end
		}
	}
	return r, end
}

// spanFromNarrative dates an act told with "a day earlier" or "three days
// later" (a duration and "earlier"/"later", TimeBank's extent) from the day
// of the events told just before, or, in the past perfect, from the day of
// the story's main event, or from the article's day: "NATO had paused its
// mission a day earlier".
func (c *Coder) spanFromNarrative(s *sentence, h hit) (string, int, bool) {
	for i := s.tx0; i < s.tx1; i++ {
		tx := s.d.Timexes[i]
		if tx.Type != "DURATION" {
			continue
		}
		k := s.d.TokenAt(tx.End-1) - s.first + 1
		if k <= 0 || k >= len(s.toks) || s.lower[k] != "earlier" && s.lower[k] != "later" {
			continue
		}
		n, unit, ok := simpleDuration(tx.Value)
		if !ok || unit != 'D' && unit != 'W' {
			continue
		}
		if unit == 'W' {
			n *= 7
		}
		if s.lower[k] == "earlier" {
			n = -n
		}
		base, err := s.d.Date, error(nil)
		found := false
		for j := len(s.d.Events) - 1; j >= 0 && s.d.Events[j].Sentence >= s.idx-1; j-- {
			if e := &s.d.Events[j]; e.Sentence < s.idx && e.DateSource == "timex" && len(e.Date) == 10 {
				base, err = time.Parse("2006-01-02", e.Date)
				found = true
				break
			}
		}
		if !found && h.gi >= 0 && s.lemmas[s.groups[h.gi].first] == "have" && s.tag(s.groups[h.gi].first) == "VBD" {
			// "Ottawa had warned the European Union two days earlier":
			// the past perfect counts back from the story's main event,
			// the first one a day was told for.
			for j := range s.d.Events {
				if e := &s.d.Events[j]; e.Sentence < s.idx && e.DateSource == "timex" && len(e.Date) == 10 {
					if t, err2 := time.Parse("2006-01-02", e.Date); err2 == nil && t.Before(s.d.Date) {
						base = t
					}
					break
				}
			}
		}
		if err != nil || base.IsZero() {
			return "", -1, false
		}
		return base.AddDate(0, 0, n).Format("2006-01-02"), i, true
	}
	return "", -1, false
}

// narrativeDate carries a past narrative on: a sentence with no temporal
// expression, told in the simple past in the same paragraph right after
// events a temporal expression dated before the article's day, happened
// then ("The crisis began on April 22, when gunmen killed 26 people. India
// blamed Pakistan for the attack."). ok is false otherwise.
func (c *Coder) narrativeDate(s *sentence, h hit) (string, int, bool) {
	if s.idx == 0 || h.gi < 0 || s.tag(s.groups[h.gi].first) != "VBD" || s.d.Date.IsZero() {
		return "", -1, false
	}
	st, prev := s.d.Sentences[s.idx], s.d.Sentences[s.idx-1]
	if strings.Contains(s.d.Text[prev.End:st.Start], "\n\n") {
		return "", -1, false
	}
	if s.dated {
		return "", -1, false
	}
	// The previous sentence's events must agree on the date: "Guterres
	// praised the leaders and said the sanctions imposed in 2009 might go"
	// sets no date for what follows.
	art := s.d.Date.Format("2006-01-02")
	date, ti := "", -1
	for i := len(s.d.Events) - 1; i >= 0 && s.d.Events[i].Sentence >= s.idx-1; i-- {
		e := &s.d.Events[i]
		if e.Sentence != s.idx-1 {
			continue
		}
		if e.DateSource != "timex" || date != "" && e.Date != date {
			return "", -1, false
		}
		date, ti = e.Date, e.Timex
	}
	if date == "" {
		// "Babis said on Saturday that ... . Hamacek gave the Russian
		// diplomats 48 hours to leave": a previous sentence with no
		// event still names the narrative's day with "on", when it names
		// one day only (coarser dates are background).
		for i := s.tx0 - 1; i >= 0 && s.d.Timexes[i].Start >= prev.Start; i-- { // (in text order: the previous sentence's lie just before this one's)
			tx := s.d.Timexes[i]
			if tx.End > prev.End || tx.Type != "DATE" && tx.Type != "TIME" {
				continue
			}
			v, ok := "", false
			if c.DateOf != nil {
				v, ok = c.DateOf(tx.Value)
			}
			if !ok || len(v) != 10 {
				continue // "the 2014 explosions": background, no day
			}
			if before := strings.TrimRight(s.d.Text[prev.Start:tx.Start], " \t\n"); !strings.HasSuffix(before, " on") && !strings.HasSuffix(before, " On") && before != "On" {
				continue // only "on Saturday": not "the August 8 election" or "was elected last Tuesday"
			}
			if date != "" && v != date {
				return "", -1, false
			}
			date, ti = v, i
		}
	}
	if date == "" || date >= art[:len(date)] {
		return "", -1, false
	}
	return date, ti, true
}

// ledeDate dates an act told in the simple past with no temporal expression
// in its sentence by the story's day: the day, one to three days before the
// article's, that dated the first event of the story's lead. A wire story
// filed on Friday names "Thursday" once, in its lead, and tells the rest of
// that day's events in the past tense ("Russian forces attacked Ukraine on
// Thursday ... Zelensky declared martial law").
func (c *Coder) ledeDate(s *sentence, h hit) (string, int, bool) {
	if h.gi < 0 || s.d.Date.IsZero() || len(s.d.Events) == 0 || s.quote[h.trig] {
		return "", -1, false
	}
	if g := s.groups[h.gi]; s.tag(g.first) != "VBD" || s.lemmas[g.first] == "have" {
		return "", -1, false
	}
	st := s.d.Sentences[s.idx]
	if s.dated {
		return "", -1, false
	}
	e := &s.d.Events[0]
	if e.Sentence > 2 || e.Sentence >= s.idx || e.DateSource != "timex" || len(e.Date) != 10 {
		return "", -1, false
	}
	d, err := time.Parse("2006-01-02", e.Date)
	if err != nil || !d.Before(s.d.Date) || d.Before(s.d.Date.AddDate(0, 0, -3)) {
		return "", -1, false
	}
	// The story stays on that day until an event is dated to another day
	// or a temporal expression names another day. A coarser background
	// date ("the soldiers who seized power last week") moves it nowhere,
	// nor does a look back counted from it ("A day earlier, the minister
	// had announced ...", dated by a length of time).
	for i := range s.d.Events { // (events and timexes are in text order)
		f := &s.d.Events[i]
		if f.DateSource != "timex" || len(f.Date) != 10 || f.Date == e.Date {
			continue
		}
		if f.Date < e.Date && f.Timex >= 0 && f.Timex < len(s.d.Timexes) && s.d.Timexes[f.Timex].Type == "DURATION" {
			continue
		}
		return "", -1, false
	}
	from := s.d.Sentences[e.Sentence].Start
	for _, tx := range s.d.Timexes {
		if tx.End > st.Start {
			break
		}
		if tx.Start >= from && (tx.Type == "DATE" || tx.Type == "TIME") && len(tx.Value) >= 10 && !strings.HasPrefix(tx.Value, e.Date) {
			return "", -1, false
		}
	}
	return e.Date, e.Timex, true
}

// offsetDate dates an act told in a clause after "two days after" or "a
// week before" ("The truce came two days after Azerbaijani troops captured
// Shusha"): the main clause's date (a date before the phrase in the
// sentence, else the article's) moved back or forward by the duration.
func (c *Coder) offsetDate(s *sentence, h hit) (string, int, bool) {
	trig := s.toks[h.trig].Start
	var base time.Time
	baseTi := -1
	for i := s.tx0; i < s.tx1; i++ {
		tx := s.d.Timexes[i]
		if tx.Type == "DATE" && tx.End <= trig && len(tx.Value) == 10 {
			if d, err := time.Parse("2006-01-02", tx.Value); err == nil {
				base, baseTi = d, i
			}
			continue
		}
		if tx.Type != "DURATION" || tx.End > trig {
			continue
		}
		k := s.d.TokenAt(tx.End-1) - s.first + 1
		if k <= 0 || k >= len(s.toks) || (s.lemmas[k] != "after" && s.lemmas[k] != "before") || k >= h.trig {
			continue
		}
		n, unit, ok := simpleDuration(tx.Value)
		if !ok || !s.clauseOf(k, h.trig) {
			continue // "Two days after the vote, rebels attacked": the main clause
		}
		b := base
		if baseTi < 0 {
			if s.d.Date.IsZero() {
				return "", -1, false
			}
			b = s.d.Date
		}
		if s.lemmas[k] == "after" {
			n = -n
		}
		var d time.Time
		switch unit {
		case 'D':
			d = b.AddDate(0, 0, n)
		case 'W':
			d = b.AddDate(0, 0, 7*n)
		case 'M':
			return b.AddDate(0, n, 0).Format("2006-01"), i, true
		case 'Y':
			return b.AddDate(n, 0, 0).Format("2006"), i, true
		default:
			continue
		}
		return d.Format("2006-01-02"), i, true
	}
	return "", -1, false
}

// frontedOffset dates a sentence that opens with a length of days or weeks
// and "earlier" or "later" ("A day earlier, Kuwait's foreign minister
// announced ...", "Two days later, police arrested him") and names no other
// date: the day the story last stood on, moved back or forward. That day
// is the latest event dated to a day by a temporal expression before the
// sentence, else the article's date.
func (c *Coder) frontedOffset(s *sentence) (string, int, bool) {
	if s.tx1-s.tx0 != 1 || s.d.Date.IsZero() {
		return "", -1, false
	}
	tx := s.d.Timexes[s.tx0]
	if tx.Type != "DURATION" || s.d.TokenAt(tx.Start) != s.first {
		return "", -1, false
	}
	k := s.d.TokenAt(tx.End-1) - s.first + 1
	if k <= 0 || k >= len(s.toks) || (s.lower[k] != "earlier" && s.lower[k] != "later") {
		return "", -1, false
	}
	n, unit, ok := simpleDuration(tx.Value)
	if !ok || unit != 'D' && unit != 'W' {
		return "", -1, false
	}
	if unit == 'W' {
		n *= 7
	}
	if s.lower[k] == "earlier" {
		n = -n
	}
	base := s.d.Date
	for i := len(s.d.Events) - 1; i >= 0; i-- {
		e := &s.d.Events[i]
		if e.Sentence >= s.idx || e.DateSource != "timex" || len(e.Date) != 10 {
			continue
		}
		if d, err := time.Parse("2006-01-02", e.Date); err == nil {
			base = d
		}
		break
	}
	return base.AddDate(0, 0, n).Format("2006-01-02"), s.tx0, true
}

// clauseOf reports whether the trigger at t is a verb of the clause the
// conjunction at k opens: no comma or boundary between, and any other verb
// between joined to the next by "and", "or" or "to" ("two days after police
// stormed the embassy and arrested him", "a day after Carter persuaded the
// generals to step down").
func (s *sentence) clauseOf(k, t int) bool {
	prev, joined := -1, false
	for j := k + 1; j <= t; j++ {
		if j < t && (s.lemmas[j] == "," || s.isBoundary(j)) {
			return false
		}
		switch s.lemmas[j] {
		case "and", "or", "to":
			joined = true
			continue
		}
		gi := s.ingrp[j]
		if gi < 0 || gi == prev {
			continue
		}
		if g := s.groups[gi]; prev >= 0 && !joined && gi != s.ingrp[t] && g.first == g.head && (s.tag(g.head) == "VBG" || s.tag(g.head) == "VBN") {
			continue // "shot dead four students during a protest demanding reforms"
		}
		if prev >= 0 && !joined && !(gi == s.ingrp[t] && s.tag(t) == "VBG" && s.groups[gi].first == t) {
			return false
		}
		prev, joined = gi, false
	}
	return true
}

// simpleDuration reads "P2D", "P1W", "P3M", "P10Y": a count and its unit.
func simpleDuration(v string) (n int, unit byte, ok bool) {
	if len(v) < 3 || v[0] != 'P' {
		return 0, 0, false
	}
	for i := 1; i < len(v)-1; i++ {
		if v[i] < '0' || v[i] > '9' {
			return 0, 0, false
		}
		n = n*10 + int(v[i]-'0')
	}
	unit = v[len(v)-1]
	return n, unit, n > 0
}

// goesOnSameDay reports whether the sentence carries the narrative on
// within the same day: it opens with "Hours later", "Minutes later",
// "Later", "Moments later", "Shortly afterwards" or "That night", or says
// "hours earlier" or "minutes later" further on.
func (s *sentence) goesOnSameDay() bool {
	n := len(s.toks)
	for k := 0; k < n && k < 3; k++ {
		switch s.lower[k] {
		case "later", "afterwards", "afterward":
			if k == 0 {
				return true
			}
			switch s.lower[k-1] {
			case "hour", "hours", "minute", "minutes", "moment", "moments", "shortly", "soon", "little":
				return true
			}
			return false
		case "that":
			return k == 0 && n > 1 && (s.lower[1] == "night" || s.lower[1] == "evening" || s.lower[1] == "afternoon")
		}
	}
	// "The Peronists had rejected his appeal hours earlier", "the gunmen
	// had set off a car bomb minutes before the assault".
	for k := 3; k < n; k++ {
		switch s.lower[k] {
		case "earlier", "later", "before", "after":
			if s.lower[k-1] == "hours" || s.lower[k-1] == "minutes" || s.lower[k-1] == "moments" {
				return true
			}
		}
	}
	return false
}

// sameDayTimex returns the sentence's only day-level date timex when the
// sentence ties hit h to it as the same day ("immediately" in h's clause,
// "hours after", "minutes before", "shortly after" in the sentence), or -1.
func (s *sentence) sameDayTimex(h hit) int {
	same := false
	for k := s.clauseStart(h.trig); k < h.trig && k >= 0; k++ {
		if s.lower[k] == "immediately" {
			same = true
		}
	}
	for k := 1; k < len(s.toks) && !same; k++ {
		switch s.lower[k] {
		case "after", "before", "later", "earlier":
			switch s.lower[k-1] {
			case "hours", "minutes", "moments", "shortly":
				same = true
			}
		}
	}
	if !same {
		return -1
	}
	found := -1
	for i := s.tx0; i < s.tx1; i++ {
		tx := s.d.Timexes[i]
		if tx.Type != "DATE" || len(tx.Value) != len("2006-01-02") || tx.Value[4] != '-' || tx.Value[7] != '-' {
			continue
		}
		if k := s.d.TokenAt(tx.Start) - s.first; k < 0 || s.dateline(k) {
			continue
		}
		if found >= 0 {
			return -1 // two days: the clauses say which
		}
		found = i
	}
	return found
}

// dateline reports whether the timex starting at token k is a story's
// dateline ("KYIV, Oct 5 (Reuters) -"): near the head of the sentence,
// followed by a news agency in parentheses or a dash. It dates the report,
// not the events told after it.
func (s *sentence) dateline(k int) bool {
	if k > 8 {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+8; j++ {
		switch s.lemmas[j] {
		case "(":
			continue
		case "-", "--", "—", "–", "_":
			return true
		}
		if s.ingrp[j] >= 0 {
			return false
		}
		if s.lemmas[j] == ")" {
			return j+1 < len(s.toks) && isDash(s.lemmas[j+1])
		}
	}
	return false
}

func isDash(l string) bool { return l == "-" || l == "--" || l == "—" || l == "–" || l == "_" }

// statements codes a reported statement with an explicit addressee when the
// sentence has nothing else codable: "X told Y ...".
func (c *Coder) statements(s *sentence, seen map[string]bool) {
	for gi, g := range s.groups {
		code, ok := c.Cues.address[s.lemmas[g.head]]
		if !ok || g.negated || g.passive {
			continue
		}
		hi := s.clauseEnd(g.head)
		if g.end >= hi || s.ment[g.end] < 0 {
			continue // only a direct addressee: "told reporters" is no event
		}
		tgts := s.mentions([]int{s.ment[g.end]})
		srcs := c.subjectActors(s, gi)
		if len(srcs) == 0 {
			continue
		}
		if t := tgts[0]; hasRole(t.Actor.Code, "med") || hasRole(t.Actor.Code, "leg") && ofSourceCountry(srcs, t.Actor.Country) {
			// "told reporters", "told parliament in Juba": an audience,
			// not a party the statement is addressed to.
			continue
		}
		p := &Pattern{Kind: verbPattern, Code: code, Rule: "coder/data/cues.txt: speech " + s.lemmas[g.head]}
		c.emit(s, hit{p: p, trig: g.head, end: g.end, gi: gi, code: code, tgtPos: -1, srcPos: -1}, srcs, tgts, "; statement with addressee", seen)
	}
}

// objectEnd limits the search for a verb's object: it ends at a comma that
// does not continue a list of actors ("welcomed the agreement, and China's
// minister ..." stops at the comma; "on Russia, Belarus and Iran" does not).
func (s *sentence) objectEnd(from, hi int) int {
	for k := from; k < hi; k++ {
		if s.lemmas[k] == "," && (!(k+1 < hi && s.ment[k+1] >= 0) || s.subjectAt(k+1)) && !s.nounListAfter(k, hi) {
			return k
		}
		// "froze aid to India and the United States imposed sanctions":
		// "and" before a new subject ends the object.
		if s.lemmas[k] == "and" && k+1 < hi && (s.subjectAt(k+1) || k+2 < hi && s.lemmas[k+1] == "the" && s.subjectAt(k+2)) {
			return k
		}
	}
	return hi
}

// nounListAfter reports whether the comma at token k goes on with a list of
// common nouns that "and" closes ("the arms embargo, travel bans and asset
// freezes on Eritrea"): the object goes on past it.
func (s *sentence) nounListAfter(k, hi int) bool {
	j := k + 1
	n := 0
	for j < hi && (isNounTag(s.tag(j)) && s.tag(j) != "NNP" && s.tag(j) != "NNPS" || s.tag(j) == "JJ") && s.ment[j] < 0 {
		j++
		n++
	}
	if n == 0 || j+1 >= hi || s.lemmas[j] != "and" && s.lemmas[j] != "," {
		return false
	}
	t := s.tag(j + 1)
	return (isNounTag(t) || t == "JJ") && t != "NNP" && t != "NNPS" && s.ment[j+1] < 0
}

// subjectAt reports whether the mention at token k is the subject of a new
// clause: a verb follows it, after at most two nouns ("..., Thai military
// sources said", "..., police said").
func (s *sentence) subjectAt(k int) bool {
	mi := s.ment[k]
	if mi < 0 {
		return false
	}
	j := s.mentionEnd(mi)
	for n := 0; n < 2 && j < len(s.toks) && isNounTag(s.tag(j)); n++ {
		j++
	}
	return j < len(s.toks) && s.ingrp[j] >= 0 && isVerbTag(s.tag(j)) && s.tag(j) != "VBG" && s.tag(j) != "VBN"
}

// isSubjectPosition reports whether no verb precedes mention m in its
// sentence, as for a subject.
func isSubjectPosition(d *doc.Document, m *doc.ActorMention) bool {
	first := d.Sentences[m.Sentence].FirstToken
	if k := m.TokenSpan.First - 1; k > first && d.Tokens[k].Text == "," && (d.Tokens[first].Tag == "VBG" || d.Tokens[first].Tag == "VBN") {
		// "Speaking to supporters in Tbilisi, Saakashvili said": an
		// opening participle phrase is no verb of the subject's.
		return true
	}
	for k := first; k < m.TokenSpan.First; k++ {
		if isVerbTag(d.Tokens[k].Tag) {
			return false
		}
	}
	return true
}

// placeTarget finds, for an act with no target that is done to a territory
// (a curfew in Abidjan, an organization banned in Northern Ireland, lines
// blown up leading into Kabul, settlements evacuated in Gaza), the country
// named as the place in the trigger's clause: the first mention of a country
// (or of its capital or region, coded as the country) after "in", "into",
// "inside" or "throughout", up to the clause end hi. The country may be the
// source's own: a government's curfew in its capital targets its country.
// Only measures a state applies to a territory count (aid 07, easing 08,
// refusals 12, cuts 16, coercion 17: curfews, bans, sieges, destruction):
// talks happen in a place, strikes hit targets in it and investigations look
// into acts done in it, without any of them being done to the place; but
// inspectors or investigators sent "to" a site in a country (09) target it.
func (s *sentence) placeTarget(h hit, hi int, srcs []*doc.ActorMention) int {
	dest := false    // only a place the act is sent to: "inspectors sent to a plant in Iran"
	foreign := false // only a country not the source's: "US missiles struck a base in Syria"
	switch h.p.Code[:min(2, len(h.p.Code))] {
	case "07", "08", "12", "16", "17":
	case "09":
		dest = true
	case "15", "18", "19", "20":
		// ("American troops began landing in Haiti": force shown abroad
		// is shown to that country.)
		foreign = true
	default:
		return -1
	}
	if h.p.Code == "075" {
		return -1 // asylum is granted to people, not to the country it is granted in
	}
	from := h.trig + 1
	if h.end > from && h.p.Code[:min(2, len(h.p.Code))] != "07" {
		from = h.end // (aid may land "in northern Afghanistan with 30 tonnes of blankets")
	}
	if hi-from > 14 {
		hi = from + 14
	}
	for k := from; k+1 < hi; k++ {
		if s.lemmas[k] == "," && s.subjectAt(k+1) {
			hi = k // not past ", officials in Vilnius said"
			break
		}
	}

	for k := from; k < hi; k++ {
		mi := s.ment[k]
		if mi < 0 || s.mentionStart(mi) != k {
			continue
		}
		a := s.d.Actors[mi].Actor
		if a.Country == "" || a.Code != a.Country {
			continue
		}
		if p, ok := s.inPP(k); ok && (p == "in" || p == "into" || p == "inside" || p == "throughout" || p == "across" || p == "from" && h.p.Code[:2] == "08") {
			if dest && !s.sentTo(from, k) {
				continue
			}
			if foreign && (len(srcs) == 0 || srcs[0] == nil || srcs[0].Actor.Country == "" || srcs[0].Actor.Country == a.Country) {
				continue
			}
			return mi
		}
	}
	return -1
}

// placeCountryTarget returns, for force (root 18, 19 or 20) with no actor
// target, the country of a geocoded place that is the verb's object or
// stands after "in"/"into"/"on" within its clause ("seized the al-Faw
// peninsula", "entered Rafah", "struck targets in Gaza"), when that
// country is not the source's own; nil otherwise. A named country itself
// is an actor, found by placeTarget.
func (s *sentence) placeCountryTarget(h hit, hi int, srcs []*doc.ActorMention) *doc.ActorMention {
	root := h.p.Code[:min(2, len(h.p.Code))]
	if h.code[:2] != root || root != "18" && root != "19" && root != "20" || h.noun || h.gi < 0 {
		return nil
	}
	if len(srcs) != 1 || srcs[0] == nil || srcs[0].Actor.Country == "" || s.eachOther(h) {
		return nil
	}
	home := srcs[0].Actor.Country
	from := s.groups[h.gi].end
	if hi-from > 12 {
		hi = from + 12
	}
	for i := range s.d.Places {
		p := &s.d.Places[i]
		if p.Sentence != s.idx || !p.Resolved || p.Place.Country == "" || p.Place.Country == home {
			continue
		}
		k := s.d.TokenAt(p.Start) - s.first
		if k < from || k >= hi || s.ment[k] >= 0 {
			continue
		}
		// The place must be the object (only determiners and modifiers
		// between verb and place) or stand after in/into/on, with no
		// clause boundary or comma between.
		object := true
		for j := from; j < k; j++ {
			if s.isBoundary(j) || s.lemmas[j] == "," {
				return nil
			}
			if t := s.tag(j); t != "DT" && t != "JJ" && t != "NNP" && t != "NN" && t != "CD" {
				object = false
			}
		}
		if prep, ok := s.inPP(k); !object && !(ok && (prep == "in" || prep == "into" || prep == "on" || prep == "inside")) {
			continue
		}
		if !s.countryInStory(p.Place.Country, p.Span) {
			// A place name shared by towns in several countries
			// ("Palmyra") is trusted only when the story names its
			// country elsewhere.
			return nil
		}
		return &doc.ActorMention{Span: p.Span, TokenSpan: p.TokenSpan, Sentence: s.idx,
			Actor: doc.Actor{Name: p.Place.Country, Code: p.Place.Country, Country: p.Place.Country}, Kind: "place", Rule: "place's country"}
	}
	return nil
}

// countryInStory reports whether an actor or a place of country cc, other
// than the one at span, is mentioned in the document.
func (s *sentence) countryInStory(cc string, span doc.Span) bool {
	for i := range s.d.Actors {
		if a := &s.d.Actors[i]; a.Actor.Country == cc && a.Span != span {
			return true
		}
	}
	for i := range s.d.Places {
		if p := &s.d.Places[i]; p.Resolved && p.Place.Country == cc && p.Span != span {
			return true
		}
	}
	return false
}

// sentTo reports whether a "to" stands between tokens from and k: the place
// at k is where something was sent ("dispatched inspectors to a plant in
// central Iran").
func (s *sentence) sentTo(from, k int) bool {
	for j := from; j < k; j++ {
		if s.lemmas[j] == "to" && j+1 < k && s.tag(j+1) != "VB" { // not an infinitive
			return true
		}
	}
	return false
}

// inTimex reports whether token k lies inside a temporal expression.
func (s *sentence) inTimex(k int) bool {
	t := s.toks[k]
	for _, x := range s.d.Timexes[s.tx0:s.tx1] {
		if x.Start <= t.Start && t.End <= x.End {
			return true
		}
	}
	return false
}

// fromTarget reports whether an actor after "from", at token start, is the
// target of a verb whose group ends at token from: after an object noun,
// "from" names whom a demand, refusal, withdrawal or recall is about
// ("demanded support from the assembly", "rejected an offer from
// Afghanistan", "recalled its ambassador from China", "withdrew its troops
// from Lebanon"). Right after the verb it is a place: "returned from China".
func fromTarget(code string, s *sentence, from, start int) bool {
	switch code[:2] {
	case "08", "10", "12", "16":
	default:
		return false
	}
	noun := false
	for k := from; k < start; k++ {
		if s.lemmas[k] == "from" {
			break
		}
		if isNounTag(s.tag(k)) {
			noun = true
		}
	}
	return noun
}

// warnedParty finds whom a bare warning (the verb group gi of "warn")
// concerns. An actor right after the verb is the one warned ("warned
// Washington"): ok, with t nil, keeps the usual object. After "that", the
// first actor of the complement named as a noun and not on the source's
// side is the one threatened ("warned that troops would hunt down the FARC
// leadership", "warned that Tehran's response to Israel would be
// crushing"); a nameless role ("troops", "refugees") is nobody's in
// particular and is passed over. Anything else ("warned of a famine", "warned that growth
// would slow", "warned that Greece's economy would shrink") is a warning,
// not a threat: ok is false.
func (s *sentence) warnedParty(srcs []*doc.ActorMention, gi int) (t *doc.ActorMention, ok bool) {
	j := s.groups[gi].end
	if k := j + 1; j < len(s.toks) && s.tag(j) == "DT" && k < len(s.toks) && s.ment[k] >= 0 {
		j = k // "warned the junta"
	}
	if j < len(s.toks) && s.ment[j] >= 0 {
		return nil, true
	}
	// "warned on Friday that", "warned in a statement that"
	for ; j < len(s.toks) && s.lemmas[j] != "that"; j++ {
		if j >= s.groups[gi].end+5 || s.ment[j] >= 0 || s.ingrp[j] >= 0 || s.lemmas[j] == "," {
			return nil, false
		}
	}
	if j >= len(s.toks) {
		return nil, false
	}
	for k := j + 1; k < len(s.toks); k++ {
		if l := s.lemmas[k]; l == ";" || l == ":" || s.quote[k] != s.quote[j] {
			break
		}
		m := s.ment[k]
		if m < 0 || k > 0 && s.ment[k-1] == m {
			continue
		}
		a := &s.d.Actors[m]
		foe := adversaryRole(bareRole(a))
		if a.Kind == "agent" && a.Actor.ID == "" && !foe {
			continue // "troops would", "refugees could": whose is not told
		}
		if p := s.lemmas[k-1]; p == "in" || p == "at" || p == "near" || p == "inside" {
			continue // "any intervention in Niger": a place
		}
		// Not the warner's own country ("warned that Ethiopia would take
		// all necessary measures"), unless it is its rebels.
		if !s.modifier(a) && !s.sameSide(srcs, a) && (foe || a.Actor.Country == "" || !ofSourceCountry(srcs, a.Actor.Country)) {
			return a, true
		}
	}
	return nil, false
}
