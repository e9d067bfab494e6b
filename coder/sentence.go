package coder

import (
	"sort"
	"strings"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/text/lemma"
)

// vgroup is a verb group: auxiliaries, modals, adverbs and the head verb.
type vgroup struct {
	first, end int // token range, sentence-relative
	head       int // the main verb
	passive    bool
	negated    bool
	modal      string // lemma of a modal or "will"/"would"
	infinitive bool   // "to" + verb
}

// sentence is the coder's working view of one sentence.
type sentence struct {
	d      *doc.Document
	idx    int
	first  int         // index of the first token in d.Tokens
	toks   []doc.Token // the sentence's tokens
	lemmas []string
	lower  []string // lower-case token texts
	ment   []int    // per token: index into d.Actors, or -1
	actors []int    // indices in d.Actors of the sentence's mentions
	places []int    // indices in d.Places of the sentence's place names
	quote  []bool   // per token: inside quotation marks
	// subjDepth bounds the recursion of Coder.subjectActors.
	subjDepth int
	groups    []vgroup
	ingrp     []int // per token: index into groups, or -1
	// dateEnd is, per token that opens a date or time expression (with
	// its "on", "in", "at" or "early"/"late" before it), the sentence-
	// relative end of that expression, else 0: "warned Taiwan on Wednesday
	// that" reads past "on Wednesday".
	dateEnd []int
	// tx0 and tx1 bound the indices in d.Timexes of the expressions that
	// lie in the sentence (they are in text order); dated says whether one
	// of them is a DATE or TIME.
	tx0, tx1 int
	dated    bool
	// placeEnd is, per token that opens a place name of several words,
	// the sentence-relative end of that name, else 0: a pattern's gap
	// counts "Dar es Salaam" as one word, as it counts an actor's name.
	placeEnd []int
	retag    []string // per token: a corrected tag, or "" (nil when none)
	// isPerson tells persons from other actors (Coder.IsPerson), or nil.
	isPerson func(doc.ActorMention) bool
	cues     *Cues
}

// grow returns b resized to n, reusing its array when it is large enough.
func grow[T any](b []T, n int) []T {
	if cap(b) >= n {
		return b[:n]
	}
	return make([]T, n)
}

// reset prepares s for sentence si of d, reusing its buffers; actors and
// places are the indices in d.Actors and d.Places of the sentence's
// mentions and place names.
func (s *sentence) reset(d *doc.Document, si int, actors, places []int, verbs map[string][]*Pattern) {
	st := d.Sentences[si]
	s.d, s.idx, s.first, s.toks = d, si, st.FirstToken, d.Tokens[st.FirstToken:st.EndToken]
	s.actors, s.places = actors, places
	n := len(s.toks)
	s.lemmas = grow(s.lemmas, n)
	s.lower = grow(s.lower, n)
	s.ment = grow(s.ment, n)
	s.quote = grow(s.quote, n)
	s.ingrp = grow(s.ingrp, n)
	s.dateEnd = grow(s.dateEnd, n)
	s.placeEnd = grow(s.placeEnd, n)
	s.groups = s.groups[:0]
	s.retag = nil
	in := false
	for i, t := range s.toks {
		s.ment[i] = -1
		s.ingrp[i] = -1
		s.dateEnd[i] = 0
		s.placeEnd[i] = 0
		s.lower[i] = lower(t.Text)
		if t.Lemma != "" {
			s.lemmas[i] = t.Lemma
		} else {
			s.lemmas[i] = s.lower[i]
		}
		switch t.Text {
		case `"`, "“", "”", "``", "''":
			in = !in
			if t.Text == "“" {
				in = true
			} else if t.Text == "”" {
				in = false
			}
		}
		s.quote[i] = in
	}
	for _, mi := range actors {
		m := d.Actors[mi]
		for j := m.TokenSpan.First - s.first; j < m.TokenSpan.End-s.first; j++ {
			if j >= 0 && j < n {
				s.ment[j] = mi
			}
		}
	}
	s.sentenceTimexes()
	s.markDates()
	s.markPlaces()
	s.mergeAdjacent()
	s.fixInfinitives(verbs)
	s.fixAdjectiveVerb(verbs)
	s.fixVerbAfterRelative(verbs)
	s.fixNounVerbs(verbs)
	s.fixModifiers()
	s.findGroups()
}

// sentenceTimexes finds the range of the document's temporal expressions
// that lie in the sentence.
func (s *sentence) sentenceTimexes() {
	st := s.d.Sentences[s.idx]
	ts := s.d.Timexes
	s.tx0 = sort.Search(len(ts), func(j int) bool { return ts[j].Start >= st.Start })
	s.tx1 = s.tx0
	s.dated = false
	for s.tx1 < len(ts) && ts[s.tx1].End <= st.End {
		if t := ts[s.tx1].Type; t == "DATE" || t == "TIME" {
			s.dated = true
		}
		s.tx1++
	}
}

// markDates fills dateEnd from the document's DATE and TIME expressions
// that lie in the sentence.
func (s *sentence) markDates() {
	n := len(s.toks)
	if n == 0 {
		return
	}
	i := 0
	for _, t := range s.d.Timexes[s.tx0:s.tx1] {
		if t.Type != "DATE" && t.Type != "TIME" {
			continue
		}
		for i < n && s.toks[i].Start < t.Start {
			i++
		}
		if i >= n || s.toks[i].Start != t.Start {
			continue
		}
		e := i
		for e < n && s.toks[e].End <= t.End {
			e++
		}
		if e == i || s.ment[i] >= 0 {
			continue
		}
		first := i
		if first > 0 {
			switch s.lower[first-1] {
			case "on", "in", "at", "early", "late", "earlier", "later":
				first--
			}
		}
		for k := first; k < e; k++ {
			s.dateEnd[k] = e
			if k > i && isVerbTag(s.toks[k].Tag) {
				// "on Monday evening/VBG": a word of the date, no verb.
				s.retagAs(k, "NN")
				s.lemmas[k] = s.lower[k]
			}
		}
	}
}

// markPlaces fills placeEnd from the document's place names of several
// words that lie in the sentence.
func (s *sentence) markPlaces() {
	for _, pi := range s.places {
		p := &s.d.Places[pi]
		f, e := p.TokenSpan.First-s.first, p.TokenSpan.End-s.first
		if f >= 0 && e <= len(s.toks) && e-f > 1 {
			s.placeEnd[f] = e
		}
	}
}

// sentenceIndex lists the actor mentions (or place mentions) of each
// sentence: those of sentence i are order[start[i]:start[i+1]], in document
// order.
type sentenceIndex struct{ start, order []int }

func (x sentenceIndex) of(si int) []int { return x.order[x.start[si]:x.start[si+1]] }

// actorsBySentence groups d.Actors by sentence, so that preparing each
// sentence does not scan every mention.
func actorsBySentence(d *doc.Document) sentenceIndex {
	return bySentence(len(d.Sentences), len(d.Actors), func(i int) int { return d.Actors[i].Sentence })
}

// placesBySentence groups d.Places by sentence.
func placesBySentence(d *doc.Document) sentenceIndex {
	return bySentence(len(d.Sentences), len(d.Places), func(i int) int { return d.Places[i].Sentence })
}

// bySentence groups n items, item i in sentence sentenceOf(i), by sentence
// in one pass (a counting sort).
func bySentence(ns, n int, sentenceOf func(i int) int) sentenceIndex {
	x := sentenceIndex{start: make([]int, ns+2), order: make([]int, n)}
	for i := 0; i < n; i++ {
		if si := sentenceOf(i); si >= 0 && si < ns {
			x.start[si+2]++
		}
	}
	for i := 2; i < len(x.start); i++ {
		x.start[i] += x.start[i-1]
	}
	for i := 0; i < n; i++ {
		if si := sentenceOf(i); si >= 0 && si < ns {
			x.order[x.start[si+1]] = i
			x.start[si+1]++
		}
	}
	x.start = x.start[:ns+1]
	return x
}

// mergeAdjacent lets the more specific of two adjacent mentions whose codes
// extend one another stand for both, as one noun phrase: "Bree Prime
// Minister" (BREGOV) + "Romendacil" (BRE), "Dagolath's Deputy Prime Minister"
// + "Telemar".
func (s *sentence) mergeAdjacent() {
	for j := 1; j < len(s.ment); j++ {
		a, b := s.ment[j-1], s.ment[j]
		if a < 0 || b < 0 || a == b {
			continue
		}
		ca, cb := s.d.Actors[a].Actor.Code, s.d.Actors[b].Actor.Code
		switch {
		case len(cb) >= 3 && len(ca) > len(cb) && strings.HasPrefix(ca, cb):
			for k := j; k < len(s.ment) && s.ment[k] == b; k++ {
				s.ment[k] = a
			}
		case len(ca) >= 3 && len(cb) > len(ca) && strings.HasPrefix(cb, ca):
			for k := j - 1; k >= 0 && s.ment[k] == a; k-- {
				s.ment[k] = b
			}
		}
	}
}

func isVerbTag(t string) bool { return strings.HasPrefix(t, "VB") }
func isNounTag(t string) bool { return strings.HasPrefix(t, "NN") }

func (s *sentence) tag(i int) string {
	if s.retag != nil && s.retag[i] != "" {
		return s.retag[i]
	}
	return s.toks[i].Tag
}

// fixInfinitives retags as a base verb a lower-case word the tagger took for
// a noun after "to" that follows a verb or an adjective, when the dictionary
// has verb patterns for it: "agreed to share information", "offered to hand
// over", "is willing to postpone". The document's tags are left alone.
func (s *sentence) fixInfinitives(verbs map[string][]*Pattern) {
	for i := 1; i+1 < len(s.toks); i++ {
		if s.toks[i].Tag != "TO" || s.ment[i+1] >= 0 {
			continue
		}
		if t := s.toks[i+1].Tag; t != "NN" && t != "VBP" {
			continue
		}
		if w := s.toks[i+1].Text; w == "" || w[0] < 'a' || w[0] > 'z' {
			continue
		}
		if p := s.toks[i-1].Tag; !isVerbTag(p) && p != "JJ" {
			continue
		}
		if len(verbs[s.lemmas[i+1]]) == 0 {
			continue
		}
		if s.retag == nil {
			s.retag = make([]string, len(s.toks))
		}
		s.retag[i+1] = "VB"
	}
}

// fixNounVerbs retags as a past tense a lower-case word the tagger took for
// a noun between a sentence-opening subject actor and an object ("Zimbabwean
// police beat/NN opposition leader X"), when the dictionary has verb
// patterns for it and no verb stands before it.
func (s *sentence) fixNounVerbs(verbs map[string][]*Pattern) {
	for i := 1; i+1 < len(s.toks); i++ {
		t := s.toks[i].Tag
		if isVerbTag(t) {
			return // a verb before: the word is not the first verb
		}
		if t != "NN" || s.ment[i] >= 0 || s.ment[i-1] < 0 || len(verbs[s.lemmas[i]]) == 0 {
			continue
		}
		if w := s.toks[i].Text; w == "" || w[0] < 'a' || w[0] > 'z' {
			continue
		}
		if n := s.toks[i+1].Tag; s.ment[i+1] < 0 && n != "DT" && n != "CD" && n != "PRP$" {
			continue
		}
		s.retagAs(i, "VBD")
		return
	}
}

// fixAdjectiveVerb retags as a past tense an -ed word the tagger took for an
// adjective or participle right after a subject actor, or after it and a
// date ("Myanmar's military seized/JJ power", "The United States on
// Thursday imposed/JJ", "India's foreign ministry called/VBN on Pakistan"),
// when no finite verb stands before it or after it in its clause (a
// relative clause's own verb does not count: "... who took part") and the
// dictionary has verb patterns for the word's verb lemma.
func (s *sentence) fixAdjectiveVerb(verbs map[string][]*Pattern) {
	for i := 1; i+1 < len(s.toks); i++ {
		if finiteTag(s.toks[i].Tag) {
			return // a verb before: the word is not the first verb
		}
		if t := s.toks[i].Tag; t != "JJ" && t != "VBN" || s.ment[i] >= 0 || !strings.HasSuffix(s.lower[i], "ed") || s.lower[i+1] == "by" || s.finiteInClause(i+1) {
			continue // ("units backed by armoured vehicles": a participle with its agent)
		}
		j := i - 1 // the subject's last token, before a date: "The United States on Thursday imposed/JJ"
		for j >= 0 && s.dateEnd[j] == i {
			j--
		}
		if j < 0 || s.ment[j] < 0 {
			continue
		}
		if st := s.coordinationStart(s.ment[j]); s.mentionEnd(s.ment[j]) != j+1 || st > 0 && s.lemmas[st-1] != "the" && s.toks[st-1].Tag != "DT" {
			continue // only a mention that opens the sentence (or "the ..."): its subject
		}
		if n := s.toks[i+1].Tag; s.ment[i+1] < 0 && !isNounTag(n) && n != "DT" && n != "CD" && n != "PRP$" && !(s.toks[i].Tag == "VBN" && (n == "IN" || n == "RP")) {
			continue
		}
		if s.retagPast(i, verbs) {
			return
		}
	}
}

// retagPast retags token i as a past tense when its verb lemma has
// patterns, and reports whether it did.
func (s *sentence) retagPast(i int, verbs map[string][]*Pattern) bool {
	lem := lemma.Lemma(s.toks[i].Text, "VBD")
	if len(verbs[lem]) == 0 {
		return false
	}
	s.retagAs(i, "VBD")
	s.lemmas[i] = lem
	return true
}

// fixVerbAfterRelative retags as a past tense a participle right after a
// relative clause or apposition set off by commas after the sentence's
// subject actor: "Israel, which had held the men for a decade, released/VBN
// 12 prisoners", "Ugandan and Rwandan troops, nominally allies in the Congo
// war, fought/VBN each other". Not before "by" (a participle with its
// agent), and only for a word whose verb lemma has patterns.
func (s *sentence) fixVerbAfterRelative(verbs map[string][]*Pattern) {
	for i := 2; i+1 < len(s.toks); i++ {
		if s.toks[i].Tag != "VBN" || s.lower[i-1] != "," || s.lower[i+1] == "by" || s.ment[i] >= 0 {
			continue
		}
		k := s.parentheticalStart(i - 1)
		if k < 1 {
			continue
		}
		mi := s.ment[k-1]
		if mi < 0 {
			continue
		}
		if st := s.coordinationStart(mi); st > 0 && s.lemmas[st-1] != "the" {
			continue // only the sentence's opening subject
		}
		if s.retagPast(i, verbs) {
			return
		}
	}
}

// coordinationStart returns where the mentions coordinated with mention mi
// by "and" or commas begin: "American and British troops" opens at
// "American".
func (s *sentence) coordinationStart(mi int) int {
	st := s.mentionStart(mi)
	for st >= 2 && (s.lemmas[st-1] == "and" || s.lemmas[st-1] == ",") && s.ment[st-2] >= 0 {
		st = s.mentionStart(s.ment[st-2])
	}
	return st
}

// finiteInClause reports whether a finite verb follows from token k before
// a comma, semicolon or relative pronoun ("Syrian armed groups attacked":
// "armed" is no verb).
func (s *sentence) finiteInClause(k int) bool {
	phrase := false // a word that cannot be inside a noun phrase went by
	for ; k < len(s.toks); k++ {
		switch s.lower[k] {
		case ",", ";", "who", "which", "that", "whose", "whom":
			return false
		case "and", "but":
			if phrase {
				return false // "called on Pakistan to review the steps and said": a coordinated verb
			}
		}
		if finiteTag(s.toks[k].Tag) {
			return true
		}
		if t := s.toks[k].Tag; t == "IN" || t == "TO" || t == "VB" || t == "RP" {
			phrase = true
		}
	}
	return false
}

// fixModifiers retags as an adjective a participle of control (cues.txt
// "modifier") between a noun phrase that opens with a determiner right
// after a verb that is not one of saying, and a noun: "targeting the Jaysh
// Al-Islam held/JJ village", "striking the Syrian Army held/JJ districts";
// "said the army held talks" keeps its verb.
func (s *sentence) fixModifiers() {
	n := len(s.toks)
	for i := 0; i < n; i++ {
		switch t := s.toks[i].Tag; {
		case !isVerbTag(t):
		case s.lower[i] == "dead":
			s.retagAs(i, "JJ") // "shot dead", never a verb
		case t == "VBN" && i > 0 && i+1 < n && s.toks[i-1].Tag == "IN" && isNounTag(s.toks[i+1].Tag) && s.ment[i+1] < 0:
			s.retagAs(i, "JJ") // "on heightened alert": a participle between a preposition and its noun
		case (t == "VBN" || t == "VBD") && i+1 < n && (s.ment[i+1] >= 0 || isNounTag(s.toks[i+1].Tag)) &&
			(i == 0 || isArticle(s.lower[i-1]) || s.toks[i-1].Tag == "IN" || s.toks[i-1].Tag == "CC" || s.lower[i-1] == ","):
			switch s.lower[i] {
			case "suspected", "alleged", "presumed", "purported", "reported":
				s.retagAs(i, "JJ") // "Suspected ETA gunmen shot", "by alleged rebels"
			}
		}
	}
	for i := 1; i+1 < n; i++ {
		t := s.toks[i].Tag
		if t != "VBN" && t != "VBD" && t != "VBG" || s.ment[i] >= 0 {
			continue
		}
		if next := s.toks[i+1].Tag; !isNounTag(next) && next != "JJ" {
			continue
		}
		// A participle between an article or a possessive (and at most
		// one adverb) and a noun is an adjective: "targeting the
		// abandoned/JJ military camp", "the remaining/JJ checkpoints",
		// "launched their highly anticipated/JJ offensive".
		d := i - 1
		if d > 0 && (s.toks[d].Tag == "RB" || s.toks[d].Tag == "JJ") {
			d-- // "their much needed counter-attack", "its long awaited assault"
		}
		if isArticle(s.lower[d]) || s.toks[d].Tag == "PRP$" {
			s.retagAs(i, "JJ")
			continue
		}
		if t == "VBG" || i < 2 || !s.cues.modifier[s.lemmas[i]] {
			continue
		}
		// A participle of control after a name or noun in an object.
		j := i - 1
		for j > 0 && j >= i-6 && (s.ment[j] >= 0 || isNounTag(s.toks[j].Tag) || s.toks[j].Tag == "JJ") {
			j--
		}
		if j == i-1 || s.toks[j].Tag != "DT" || j == 0 {
			continue
		}
		if v := s.toks[j-1].Tag; !isVerbTag(v) || s.cues.speech[s.lemmas[j-1]] != "" {
			continue
		}
		s.retagAs(i, "JJ")
	}
}

// retagAs records a corrected tag for token i.
func (s *sentence) retagAs(i int, tag string) {
	if s.retag == nil {
		s.retag = make([]string, len(s.toks))
	}
	s.retag[i] = tag
}

func isArticle(w string) bool { return w == "the" || w == "a" || w == "an" }

// adverbialPair reports whether two words form a fixed adverbial that may
// stand inside a verb group ("at first", "in turn", "at once", "at last").
func adverbialPair(a, b string) bool {
	switch a {
	case "at":
		return b == "first" || b == "once" || b == "last" || b == "least"
	case "in":
		return b == "turn" || b == "fact"
	case "of":
		return b == "course"
	}
	return false
}

// findGroups finds verb groups from the part-of-speech tags.
func (s *sentence) findGroups() {
	n := len(s.toks)
	for i := 0; i < n; i++ {
		t := s.tag(i)
		startsInf := t == "TO" && i+1 < n && s.tag(i+1) == "VB"
		if !(isVerbTag(t) || t == "MD" || startsInf) || s.ment[i] >= 0 {
			continue
		}
		g := vgroup{first: i, head: -1, infinitive: startsInf}
		j := i
		for ; j < n; j++ {
			if k := s.cues.negPhraseAt(s, j); k > 0 {
				// "will no longer accept": the phrase negates the group.
				g.negated = true
				j += k - 1
				continue
			}
			tj := s.tag(j)
			lj := s.lemmas[j]
			switch {
			case isVerbTag(tj) && s.ment[j] < 0:
				// A second main verb after a complete head starts a new
				// group unless the head is an auxiliary.
				if g.head >= 0 && !isAux(s.lemmas[g.head]) {
					goto done
				}
				g.head = j
			case tj == "MD":
				if g.head >= 0 {
					goto done
				}
				g.modal = lj
			case g.modal != "" && g.head < 0 && j == g.first+1 && (tj == "NN" || tj == "VBP") && s.ment[j] < 0 &&
				j+1 < n && !isNounTag(s.tag(j+1)) && s.toks[j].Text != "" && s.toks[j].Text[0] >= 'a' && s.toks[j].Text[0] <= 'z':
				// A word right after a modal is a verb the tagger
				// took for a noun: "Libya must hand over".
				g.head = j
			case tj == "TO" && j == i:
			case g.head >= 0 && isAux(s.lemmas[g.head]) && j+2 < n && adverbialPair(lj, s.lemmas[j+1]) && isVerbTag(s.tag(j+2)):
				// "had at first demanded", "has in turn asked": a fixed
				// adverbial between the auxiliary and its verb.
				j++
			case tj == "RB" || s.cues.negation[lj] || isLyAdverb(s.toks[j].Text, tj) && j+1 < n && isVerbTag(s.tag(j+1)):
				if s.cues.negation[lj] {
					g.negated = true
				}
			default:
				goto done
			}
		}
	done:
		// Trailing adverbs do not belong to the group.
		for j > i && g.head >= 0 && j-1 > g.head && !isVerbTag(s.tag(j-1)) {
			j--
		}
		if g.head < 0 {
			continue
		}
		g.end = g.head + 1
		if s.tag(g.head) == "VBN" {
			g.passive = true
			for k := g.first; k < g.head; k++ {
				if l := s.lemmas[k]; l == "have" {
					g.passive = false
				}
				if l := s.lemmas[k]; l == "be" || l == "get" {
					g.passive = true
				}
			}
			// "is committed to", "is determined to": a state of the
			// subject, not an act done to it.
			if g.head+1 < n && s.lemmas[g.head+1] == "to" {
				switch s.lemmas[g.head] {
				case "commit", "determine", "prepare", "dedicate", "devote", "resolve":
					g.passive = false
				}
			}
			// A bare participle right after a noun phrase is a reduced
			// passive ("police killed in the attack"); otherwise a bare
			// VBN is usually a mistagged past tense.
			if g.first == g.head && !(g.head+1 < n && s.lemmas[g.head+1] == "by") && !(g.head > 0 && s.tag(g.head-1) == ",") {
				if g.head == 0 || !isNounTag(s.tag(g.head-1)) || s.cues.intransitive[s.lemmas[g.head]] {
					g.passive = false
				}
				// A participle with its own object is a mistagged past
				// tense: "Colombian rebels released ten hostages".
				if g.head+1 < n {
					o := g.head + 1
					if s.tag(o) == "RP" && o+1 < n {
						o++ // "rebels handed over the last batch": a phrasal verb's object
					}
					switch s.tag(o) {
					case "DT", "CD", "PRP$", "PRP", "NN", "NNS", "NNP", "NNPS", "JJ":
						g.passive = false
					}
					if s.ment[o] >= 0 {
						g.passive = false // an actor as its object, whatever its tag
					}
					if g.head+2 < n && (s.lemmas[g.head+1] == "at" && (s.lemmas[g.head+2] == "least" || s.lemmas[g.head+2] == "most") ||
						(s.lemmas[g.head+1] == "more" || s.lemmas[g.head+1] == "over" || s.lemmas[g.head+1] == "about" || s.lemmas[g.head+1] == "nearly") && (s.lemmas[g.head+2] == "than" || s.tag(g.head+2) == "CD")) {
						g.passive = false // "destroyed at least 200 homes": a counted object
					}
				}
			}
		}
		if g.modal == "" {
			for k := g.first; k < g.head; k++ {
				if s.lemmas[k] == "will" || s.lemmas[k] == "would" || s.lemmas[k] == "shall" {
					g.modal = s.lemmas[k]
				}
			}
		}
		gi := len(s.groups)
		s.groups = append(s.groups, g)
		for k := g.first; k < g.end; k++ {
			s.ingrp[k] = gi
		}
		i = g.end - 1
	}
	// A sentence needs a finite verb: when none was found, its first bare
	// participle with a particle of a phrasal verb after it is a mistagged
	// past tense ("Many marchers called on Lam to resign"), not a reduced
	// passive. A headline's "Two police killed in blast" stays passive.
	for gi := range s.groups {
		g := &s.groups[gi]
		if g.modal != "" || !g.infinitive && g.head >= 0 && finiteTag(s.tag(g.first)) {
			return
		}
	}
	for gi := range s.groups {
		g := &s.groups[gi]
		if !g.passive || g.first != g.head || g.head+1 >= n {
			continue
		}
		switch s.lemmas[g.head+1] {
		case "on", "for", "off", "up", "out", "down", "back", "away":
			g.passive = false
		}
		return
	}
}

func isAux(l string) bool {
	switch l {
	case "be", "have", "do", "get", "will", "would", "shall", "should", "can", "could", "may", "might", "must":
		return true
	}
	return false
}

// isBoundary reports whether token i starts a new clause.
func (s *sentence) isBoundary(i int) bool {
	l := s.lemmas[i]
	if s.cues.boundary[l] {
		// "that" as a determiner ("that attack") is no boundary.
		if l == "that" && s.tag(i) == "DT" {
			return false
		}
		// "all but humanitarian aid", "nothing but": no new clause.
		if l == "but" && i > 0 && (s.lemmas[i-1] == "all" || s.lemmas[i-1] == "nothing" || s.lemmas[i-1] == "anything") {
			return false
		}
		return true
	}
	return false
}

// clauseEnd returns the end (exclusive) of the clause that continues after
// token i: the next boundary, quote change, or sentence end.
func (s *sentence) clauseEnd(i int) int {
	for j := i + 1; j < len(s.toks); j++ {
		if s.quote[j] != s.quote[i] && !s.isBoundary(j) {
			// A short quoted phrase with no verb stays in the clause:
			// vowed "severe revenge", called the raid "state terrorism".
			k := j
			for k < len(s.toks) && k-j <= 6 && s.quote[k] == s.quote[j] && s.ingrp[k] < 0 {
				k++
			}
			if k < len(s.toks) && k-j <= 6 && s.quote[k] == s.quote[i] {
				j = k
				continue
			}
			return j
		}
		if s.isBoundary(j) {
			return j
		}
	}
	return len(s.toks)
}

// clauseStart returns the start of the clause containing token i.
func (s *sentence) clauseStart(i int) int {
	for j := i; j > 0; j-- {
		if s.isBoundary(j) || s.quote[j-1] != s.quote[i] {
			return j
		}
	}
	return 0
}

// mentionStart returns the sentence-relative first token of actor mention mi.
func (s *sentence) mentionStart(mi int) int { return s.d.Actors[mi].TokenSpan.First - s.first }
func (s *sentence) mentionEnd(mi int) int   { return s.d.Actors[mi].TokenSpan.End - s.first }

// inPP reports whether the mention starting at token j is the object of a
// preposition (other than "by"): "talks in Belgrade", "between Kosovo and".
func (s *sentence) inPP(j int) (prep string, ok bool) {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		switch t := s.tag(k); {
		case t == "DT" || t == "JJ" || t == "CD" || t == "PRP$" || t == "POS" || t == "JJS" || t == "RBS":
			continue
		case t == "NN" && s.lower[k] == s.toks[k].Text && s.isPerson != nil && s.ment[j] >= 0 && s.isPerson(s.d.Actors[s.ment[j]]):
			continue // a title before a name: "of opposition candidate Mir Hossein Mousavi"
		case t == "IN" || t == "TO":
			if l := s.lemmas[k]; l == "at" && k+1 < len(s.toks) && (s.lemmas[k+1] == "least" || s.lemmas[k+1] == "most") {
				// "killing at least 156 people": no place phrase.
				return "", false
			}
			if l := s.lemmas[k]; l == "than" && k > 0 && (s.lemmas[k-1] == "more" || s.lemmas[k-1] == "fewer" || s.lemmas[k-1] == "less") && k+1 < len(s.toks) && s.tag(k+1) == "CD" {
				// "more than 200 protesters had been arrested": a
				// quantity, no comparison.
				return "", false
			}
			if l := s.lemmas[k]; l == "to" && k > 0 && s.lemmas[k-1] == "up" && k+1 < len(s.toks) && s.tag(k+1) == "CD" {
				// "Up to 1,000 ethnic Turks began": a quantity.
				return "", false
			}
			if l := s.lemmas[k]; (l == "about" || l == "around" || l == "over" || l == "nearly" || l == "some") && k+1 < len(s.toks) && s.tag(k+1) == "CD" &&
				(k == 0 || s.isBoundary(k-1) || s.lemmas[k-1] == "," || s.tag(k-1) == "CC" || s.cues.speech[s.lemmas[k-1]] != "") {
				// "About 200 people rallied", "said about 40 people had
				// been arrested": an approximate number opening the
				// subject, no preposition.
				return "", false
			}
			if l := s.lemmas[k]; l == "that" || l == "whether" || l == "if" || l == "because" || l == "although" || l == "though" {
				// A subordinating conjunction opens a clause whose
				// subject this is: "noted that Cirith Ungol regretted".
				return "", false
			}
			return s.lemmas[k], true
		case t == "CC" || t == ",":
			// Coordinated with an earlier PP object: "between Kosovo and
			// Serbia", "in Kosovo, Serbia and Albania". A comma after a
			// fronted phrase ("In Moscow, a spokeswoman praised") joins
			// nothing: a list goes on to "and" before any verb.
			if t == "," && !s.listGoesOn(j) {
				return "", false
			}
			if pm := s.mentionBefore(k); pm >= 0 {
				return s.inPP(s.mentionStart(pm))
			}
			return "", false
		default:
			return "", false
		}
	}
	return "", false
}

// mentionBefore returns the mention ending right before token k, or -1.
func (s *sentence) mentionBefore(k int) int {
	if k > 0 && s.ment[k-1] >= 0 {
		return s.ment[k-1]
	}
	return -1
}

// coordinated returns mention mi with the mentions coordinated with it to the
// left ("NATO and Serbia", "Serbia, Russia, or China").
func (s *sentence) coordinatedLeft(mi int) []int {
	out := []int{mi}
	j := s.mentionStart(mi)
	conj := false // a list is joined by a conjunction at its end
	for {
		// Modifiers between the conjunction and the mention: "Fornost
		// and the evil awful Gondor".
		k := j - 1
		for k >= 0 && s.ment[k] < 0 && isModifier(s.tag(k)) {
			k--
		}
		if k < 1 {
			break
		}
		c := s.lemmas[k]
		if c != "and" && c != "or" && c != "nor" && c != "," {
			break
		}
		if c == "," && !conj {
			break // "In Moscow, a spokeswoman praised": no list
		}
		conj = true
		k--
		comma := false
		if c != "," && s.lemmas[k] == "," {
			k-- // ", and"
			comma = true
		}
		if k < 0 || s.ment[k] < 0 {
			break
		}
		pm := s.ment[k]
		if comma {
			// "suspended aid to Niger, and the European Union halted":
			// ", and" after the object of another clause starts a new
			// clause, not a list.
			st := s.mentionStart(pm)
			if _, ok := s.inPP(st); ok {
				break
			}
			b := st - 1
			for b >= 0 && s.ment[b] < 0 && isModifier(s.tag(b)) {
				b--
			}
			if b >= 0 && s.ingrp[b] >= 0 {
				break
			}
		}
		out = append([]int{pm}, out...)
		j = s.mentionStart(pm)
	}
	return out
}

// isModifier reports whether tag t is a determiner or adjective that may
// stand before an actor name ("the evil Gondor").
func isModifier(t string) bool {
	return t == "DT" || t == "JJ" || t == "JJS" || t == "JJR" || t == "PRP$"
}

// coordinatedRight returns mention mi with the mentions coordinated after it.
func (s *sentence) coordinatedRight(mi int) []int {
	out := []int{mi}
	j := s.mentionEnd(mi)
	for j < len(s.toks)-1 {
		k := j
		if s.lemmas[k] == "'s" || s.lemmas[k] == "’s" {
			break
		}
		if s.lemmas[k] == "," {
			k++
		}
		and := false
		if k < len(s.toks) && (s.lemmas[k] == "and" || s.lemmas[k] == "or") {
			and = s.lemmas[k] == "and"
			k++
		}
		if k == j || k >= len(s.toks) {
			break
		}
		for k < len(s.toks) && s.ment[k] < 0 && isModifier(s.tag(k)) {
			k++
		}
		if k >= len(s.toks) || s.ment[k] < 0 {
			break
		}
		e := s.mentionEnd(s.ment[k])
		for e < len(s.toks) && s.ment[e] < 0 && isNounTag(s.tag(e)) {
			e++ // "the UN refugee agency reported"
		}
		if s.lemmas[j] == "," && s.lemmas[k-1] != "and" && s.lemmas[k-1] != "or" && e < len(s.toks) && s.ingrp[e] >= 0 {
			// ", the UN refugee agency reported": the subject of a
			// reporting clause, not a list member.
			break
		}
		f := e
		for f+1 < len(s.toks) && (s.lemmas[f] == "and" || s.lemmas[f] == ",") && s.ment[f+1] >= 0 {
			f = s.mentionEnd(s.ment[f+1]) // "to Manila, and France and Finland said"
		}
		if and && f < len(s.toks) && s.ingrp[f] >= 0 && finiteTag(s.tag(f)) && s.verbBefore(s.mentionStart(out[0])) && s.prepObject(out[0]) {
			// "froze aid to India and the United States imposed
			// sanctions": a list that opened as a preposition's object
			// ends before a new clause's subject ("believes A and B
			// can cope" keeps both).
			break
		}
		if s.lemmas[j] == "," && s.lemmas[k-1] != "and" && s.lemmas[k-1] != "or" && s.d.Actors[out[len(out)-1]].Kind == "agent" &&
			s.isPerson != nil && s.isPerson(s.d.Actors[s.ment[k]]) {
			break // "the Czech ambassador, Vitezslav Pivonka,": the role's name, not a second party
		}
		out = append(out, s.ment[k])
		j = s.mentionEnd(s.ment[k])
	}
	return out
}

// andJoined reports whether "and" stands right before token k, past
// determiners and adjectives ("to India and the United States imposed":
// after a verb and its object, "and" opens a new clause whose subject is
// the mention at k).
func (s *sentence) andJoined(k int) bool {
	j := k - 1
	for j >= 0 && s.ment[j] < 0 && isModifier(s.tag(j)) {
		j--
	}
	return j >= 0 && s.lemmas[j] == "and"
}

// prepObject reports whether mention mi is the object of a preposition
// other than "of".
func (s *sentence) prepObject(mi int) bool {
	p, ok := s.inPP(s.mentionStart(mi))
	return ok && p != "of"
}

// loyalTo returns the position of "loyal" when the mention starting at st
// follows "loyal to" and at most three modifiers or title words ("loyal to
// renegade Tutsi general Laurent Nkunda"), else -1.
func (s *sentence) loyalTo(st int) int {
	for k := st - 1; k >= 1 && k >= st-4; k-- {
		if s.lemmas[k] == "to" {
			if s.lemmas[k-1] == "loyal" {
				return k - 1
			}
			return -1
		}
		if mi := s.ment[k]; mi >= 0 {
			if e := s.mentionEnd(mi); e < st && (s.tag(e) == "NN" || s.tag(e) == "NNS") {
				k = s.mentionStart(mi) // "loyal to Mogadishu warlord Hussein Aidid": a modifier
				continue
			}
			return -1
		}
		if finiteTag(s.tag(k)) || s.lemmas[k] == "," {
			return -1 // ("renegade" may read as a verb after "to")
		}
	}
	return -1
}

// verbBefore reports whether a verb group starts before token k.
func (s *sentence) verbBefore(k int) bool {
	for j := 0; j < k; j++ {
		if s.ingrp[j] >= 0 {
			return true
		}
	}
	return false
}

// subject finds the subject of verb group gi: actor mentions (with their
// coordinated partners), or a pronoun token; ok is false when none is found.
// occupiedHeads are the buildings, posts and vehicles whose occupants a
// role before them names ("the parliament building", "an army base"); as
// the head of a subject they are the thing, not its occupants.
var occupiedHeads = map[string]bool{"building": true, "headquarters": true, "compound": true, "post": true,
	"outpost": true, "barracks": true, "checkpoint": true, "convoy": true, "camp": true, "hideout": true,
	"base": true, "position": true, "stronghold": true, "station": true, "studio": true, "office": true}

// equipment are the arms and vehicles a force fights with; named beside
// the force ("troops and tanks") they are no party of their own.
var equipment = map[string]bool{"tank": true, "armor": true, "armour": true, "artillery": true, "aircraft": true,
	"warplane": true, "jet": true, "helicopter": true, "warship": true, "vehicle": true, "gunboat": true, "drone": true,
	"bulldozer": true, "armored vehicle": true, "missile": true, "bomb": true, "rocket": true, "shell": true, "mortar": true}

func (s *sentence) subject(gi int) (ments []int, pronoun int) {
	g := s.groups[gi]
	pronoun = -1
	j := g.first - 1
	// The noun phrase right before the verb is its subject. When that
	// phrase is no actor ("the two sides fought"), the subject is unknown,
	// unless an actor possesses it ("Kosovo's independence has been").
	if j >= 0 && s.ment[j] < 0 && isNounTag(s.tag(j)) && !s.quoteBoundary(j, g.head) {
		inPP, coord := false, false
		lim := j - 5
		for k := j - 1; k >= 0 && k >= lim; k-- {
			if s.lemmas[k] == ")" {
				// An acronym or gloss in parentheses inside the phrase:
				// "Members of the Umid (Hope) opposition bloc".
				o := k - 1
				for o > 0 && o > k-5 && s.lemmas[o] != "(" {
					o--
				}
				if o >= 0 && s.lemmas[o] == "(" {
					lim -= k - o + 1
					k = o
					continue
				}
			}
			t := s.tag(k)
			if t == "POS" && k > 0 && s.ment[k-1] >= 0 {
				return []int{s.ment[k-1]}, -1
			}
			if t == "PRP$" && (s.lemmas[k] == "its" || s.lemmas[k] == "their") {
				// "said its jets had bombed": the possessor, a pronoun.
				return nil, k
			}
			if s.ment[k] >= 0 && k == j-1 && occupiedHeads[s.lemmas[j]] {
				continue // "Workers at the military base protested": the base is no actor
			}
			if s.ment[k] >= 0 {
				if coord {
					if equipment[s.lemmas[j]] {
						// "Iraqi troops and tanks invaded": the
						// troops' own arms, not another party.
						return s.coordinatedLeft(s.ment[k]), -1
					}
					break // "Iran and six major powers": unknown
				}
				// An actor inside the phrase, as modifier or title:
				// "Fornost President Umbardacil has appealed"; but a
				// phrase that is a preposition's object ("Police in
				// Moscow, St. Petersburg and other Russian cities
				// detained") leads further left.
				cl := s.coordinatedLeft(s.ment[k])
				if p, ok := s.inPP(s.mentionStart(cl[0])); ok && p != "by" && p != "of" {
					j = s.mentionStart(cl[0]) - 1
					inPP = true
					break
				}
				return cl, -1
			}
			if t == "IN" {
				if clauseOpener(s.lemmas[k]) && (finiteTag(s.tag(g.first)) || g.first == g.head && s.tag(g.head) == "VBN") && !g.passive {
					// "a week after a cyclone killed thousands": the
					// noun is the subject of the clause "after" opens,
					// and no actor (a bare participle there is a past
					// tense the tagger missed).
					return nil, -1
				}
				// "Arnor on Thursday signed": the noun ends a
				// prepositional phrase; look further back.
				inPP = true
				break
			}
			if t == "CC" && k > 0 && isNounTag(s.tag(k-1)) {
				// "Eriador's death and injury toll": the possessor
				// may stand before coordinated nouns.
				coord = true
				continue
			}
			if t == "VBG" && k > 0 && s.ment[k-1] >= 0 {
				// "Protesters wearing orange scarves blockaded": a
				// participle phrase after the subject.
				return s.coordinatedLeft(s.ment[k-1]), -1
			}
			if !(t == "DT" || t == "JJ" || t == "CD" || isNounTag(t) || t == "PRP$" || t == "VBN" || t == "JJS" || t == "POS") {
				break // ("the country's airspace": a possessive inside the phrase)
			}
		}
		if !inPP {
			return nil, -1
		}
	}
	for j >= 0 {
		l := s.lemmas[j]
		if s.quote[j] != s.quote[g.head] && s.toks[j].Text != `"` {
			break
		}
		switch {
		case l == ";" || l == ":":
			return nil, -1
		case l == "which" || l == "who" || l == "that" && s.tag(j) != "DT":
			// A relative clause: its subject is the antecedent.
			if j == g.first-1 || (j == g.first-2 && s.tag(j+1) == "RB") {
				k := j - 1
				if k >= 0 && s.lemmas[k] == "," {
					k--
				}
				if k >= 0 && s.ment[k] >= 0 {
					if p, ok := s.inPP(s.mentionStart(s.ment[k])); ok && l != "who" && (p == "in" || p == "at" || p == "near" || p == "on" || p == "outside") {
						// "an air strike on the embassy in Damascus that
						// killed seven officers": the strike, not the city.
						return nil, -1
					}
					return s.coordinatedLeft(s.ment[k]), -1
				}
			}
			if l == "that" {
				return nil, -1
			}
		case s.isBoundary(j):
			return nil, -1
		case l == ",":
			// Skip a parenthetical relative clause or apposition that
			// ends right here: ", which ... ," or ", the former ... ,".
			if k := s.parentheticalStart(j); k >= 0 {
				j = k - 1
				continue
			}
		}
		if s.ment[j] >= 0 {
			mi := s.ment[j]
			st := s.mentionStart(mi)
			newClause := s.mentionEnd(mi) == g.first && finiteTag(s.tag(g.first))
			if l := s.loyalTo(st); l > 0 {
				// "Rebels loyal to renegade general Laurent Nkunda
				// routed": the subject stands before "loyal".
				j = l - 1
				continue
			}
			if a := st - 1; a >= 2 && s.lemmas[a] == "as" && (s.tag(a-1) == "VBG" || s.tag(a-1) == "VBN") && s.ment[a-2] >= 0 {
				// "Colombian soldiers posing as aid workers freed": who
				// poses, not the guise.
				j = a - 2
				continue
			}
			b := st - 1
			for b > 2 && b >= st-4 && (s.lemmas[b] == "and" || s.lemmas[b] == "," || s.ment[b] < 0 && isNounTag(s.tag(b))) {
				b-- // "troops backed by tanks and artillery were massed"
			}
			if b >= 2 && s.lemmas[b] == "by" && (s.tag(b-1) == "VBN" || s.tag(b-1) == "VBD") && s.ment[b-2] >= 0 && newClause && s.cues.lead[s.lemmas[b-1]] {
				// "Chechen gunmen led by Shamil Basayev took hostages":
				// the agent of a participle after the subject is not it.
				return s.coordinatedLeft(s.ment[b-2]), -1
			}
			if newClause && s.andJoined(st) && s.verbBefore(st) {
				if _, ok := s.inPP(st); ok {
					return []int{mi}, -1 // the new clause's subject alone, not the object before "and"
				}
			}
			if prep, ok := s.inPP(st); ok && prep == "from" && s.peopleFrom(st) {
				// "Observers from the Organisation of American States
				// criticised": people sent by the actor act for it.
				return s.coordinatedLeft(mi), -1
			}
			if prep, ok := s.inPP(st); ok && prep != "by" && !(prep == "of" && s.quantityOf(st)) && !(clauseOpener(prep) && newClause) {
				// Always move left, even if mentions overlap.
				j = min(st, j) - 1
				continue
			}
			return s.coordinatedLeft(mi), -1
		}
		if s.tag(j) == "PRP" {
			return nil, j
		}
		if gj := s.ingrp[j]; gj >= 0 {
			if h := s.groups[gj]; gj != gi && h.first == h.head && s.tag(h.head) == "VBG" && h.first > 0 && s.tag(h.first-1) == "IN" &&
				s.lemmas[h.first-1] != "of" && s.lemmas[h.first-1] != "by" && finiteTag(s.tag(g.first)) && g.first != g.head {
				// "fishermen held for poaching were freed": a gerund
				// object of a preposition inside the subject.
				j = h.first - 1
				continue
			}
			// A reduced relative clause after the subject: "The Red
			// Cross operating in Iraq said", "troops based in Kosovo
			// said".
			if h := s.groups[gj]; gj != gi && h.first == h.head && (s.tag(h.head) == "VBG" || s.tag(h.head) == "VBN" ||
				// "Gunmen armed/VBD with rifles attacked", "fishermen
				// held/VBD for months were freed": a participle the
				// tagger read as a past tense
				s.tag(h.head) == "VBD" && h.head+1 < len(s.toks) && (s.lemmas[h.head+1] == "with" || s.lemmas[h.head+1] == "by" ||
					finiteTag(s.tag(g.first)) && g.first != g.head && s.tag(h.head+1) == "IN" && s.lemmas[h.head+1] != "about" &&
						s.cues.speech[s.lemmas[h.head]] == "" && s.plainBetween(h.end, g.first))) &&
				h.first > 0 && !s.quoteBoundary(h.first-1, g.head) {
				// The actor may modify the noun before the participle:
				// "Thai fishermen held for poaching were freed".
				m := h.first - 1
				for n := 0; n < 2 && m > 0 && s.ment[m] < 0 && (s.tag(m) == "NNS" || s.tag(m) == "NN"); n++ {
					m--
				}
				if s.ment[m] >= 0 {
					return s.coordinatedLeft(s.ment[m]), -1
				}
			}
			return nil, -1
		}
		j--
	}
	return nil, -1
}

// peopleFrom reports whether the mention starting at st follows "from"
// right after a plural noun for people sent somewhere: "observers from",
// "monitors from", "delegates from", "experts from".
func (s *sentence) peopleFrom(st int) bool {
	k := st - 1
	for k > 0 && (s.tag(k) == "DT") {
		k--
	}
	if k < 1 || s.lemmas[k] != "from" {
		return false
	}
	switch s.lemmas[k-1] {
	case "observer", "monitor", "delegate", "expert", "inspector", "envoy", "representative", "mediator", "negotiator", "official", "diplomat", "investigator":
		return s.tag(k-1) == "NNS" && s.ment[k-1] < 0
	}
	return false
}

// plainAside reports whether tokens [from, to) hold no verb, boundary or
// conjunction, and every actor in them is a preposition's object: an
// apposition like "nominally allies in the Congo war".
func (s *sentence) plainAside(from, to int) bool {
	if to-from < 2 {
		return false
	}
	for k := from; k < to; k++ {
		if s.ingrp[k] >= 0 || s.isBoundary(k) || s.tag(k) == "CC" || s.lemmas[k] == "(" {
			return false
		}
		if mi := s.ment[k]; mi >= 0 {
			if _, ok := s.inPP(s.mentionStart(mi)); !ok {
				return false
			}
		}
	}
	return true
}

// plainBetween reports whether tokens [from, to) hold no verb, comma,
// conjunction or clause boundary: one clause runs on through them.
func (s *sentence) plainBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if s.ingrp[k] >= 0 && s.tag(k) != "VBG" || s.lemmas[k] == "," || s.tag(k) == "CC" || s.isBoundary(k) {
			return false
		}
	}
	return true
}

// clauseOpener reports whether preposition l can also open a clause: in
// "two days after rebels seized a base" the mention after it is the
// subject of the finite verb that follows.
func clauseOpener(l string) bool {
	switch l {
	case "after", "before", "since", "until", "till", "while", "as", "once", "unless", "whereas":
		return true
	}
	return false
}

// finiteTag reports whether a verb group starting with tag t is finite.
func finiteTag(t string) bool {
	return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD"
}

// quantityOf reports whether the "of" before the mention starting at st
// follows a quantity or part ("thousands of people", "dozens of
// protesters", "members of the party"): the mention heads the phrase.
func (s *sentence) quantityOf(st int) bool {
	k := st - 1
	for k > 0 && s.lemmas[k] != "of" {
		k--
	}
	if k <= 0 {
		return false
	}
	if s.tag(k-1) == "CD" {
		return true // "Seven of the nine opposition candidates"
	}
	switch s.lemmas[k-1] {
	case "hundred", "thousand", "million", "dozen", "score", "ten", "tens", "group", "number", "member", "crowd", "band", "unit", "contingent", "some", "many", "most", "all", "several", "few":
		return true
	}
	return false
}

// parentheticalStart: if the comma at j closes ", which ... ," or an
// apposition ", the ... ,", return the index of its opening comma.
func (s *sentence) parentheticalStart(j int) int {
	for k := j - 1; k >= 0; k-- {
		if s.lemmas[k] == "," {
			if k+1 < j {
				w := lower(s.toks[k+1].Text)
				// ", in remarks published on Monday," is parenthetical too.
				if w == "which" || w == "who" || w == "whose" || w == "where" || s.tag(k+1) == "DT" || s.tag(k+1) == "PRP$" || s.tag(k+1) == "IN" && k > 0 && s.ment[k-1] >= 0 {
					return k
				}
				// A participial phrase after the subject: "Bashir,
				// following the peace deal, has taken", "US attacks,
				// occurring every three days, have killed".
				if t := s.tag(k + 1); (t == "VBG" || w == "following") && k > 0 && (s.ment[k-1] >= 0 || isNounTag(s.tag(k-1))) {
					return k
				}
				// A past participle after an actor: "President Samuel
				// Doe, besieged in the Executive Mansion, has refused".
				if t := s.tag(k + 1); (t == "VBN" || t == "VBD" && k+2 < j && s.tag(k+2) == "IN") && k > 0 && s.ment[k-1] >= 0 {
					return k
				}
				// An apposition with no verb after an actor, whose
				// actors (if any) are in prepositional phrases: "Ugandan
				// and Rwandan troops, nominally allies in the Congo war,
				// fought"; not a list ("Britain, France and Germany").
				if k > 0 && s.ment[k-1] >= 0 && s.plainAside(k+1, j) {
					return k
				}
				// A possessive apposition after an actor: "Russia,
				// Assad's main ally, condemned".
				// An unknown name keeps its apposition, which says who
				// it is ("Salah Sidhoum, Algeria's leading activist").
				if k > 0 && s.ment[k-1] >= 0 && s.d.Actors[s.ment[k-1]].Actor.Code != "" && k+2 < j && isNounTag(s.tag(k+1)) && s.tag(k+2) == "POS" {
					return k
				}
			}
			return -1
		}
		if l := s.lemmas[k]; l == ";" || l == ":" {
			return -1
		}
	}
	return -1
}

// placeObject reports whether the object of a capture or seizure is a place
// the geo stage found and no actor: "captured Aleppo", "seized the town of
// Lyman".
func (s *sentence) placeObject(h hit) bool {
	if h.gi < 0 {
		return false
	}
	switch s.lemmas[h.trig] {
	case "capture", "seize", "recapture", "retake", "take":
	default:
		return false
	}
	k := s.groups[h.gi].end
	if k < len(s.toks) && s.tag(k) == "DT" {
		k++
	}
	if k >= len(s.toks) || s.ment[k] >= 0 && s.d.Actors[s.ment[k]].Actor.Code != s.d.Actors[s.ment[k]].Actor.Country {
		return false
	}
	for _, pi := range s.places {
		if s.d.Places[pi].TokenSpan.First-s.first == k {
			return true
		}
	}
	return false
}

// eachOther reports whether the hit's verb takes "each other" or "one
// another" as its object: the subjects act on one another.
func (s *sentence) eachOther(h hit) bool {
	if h.gi < 0 {
		return false
	}
	for k := s.groups[h.gi].end; k+1 < len(s.toks) && k <= s.groups[h.gi].end+2; k++ {
		if (s.lemmas[k] == "each" && s.lemmas[k+1] == "other") || (s.lemmas[k] == "one" && s.lemmas[k+1] == "another") {
			return true
		}
	}
	return false
}

// conditional reports whether the hit's verb stands in a clause opened by
// "if" or "unless" ("strike 52 sites if Iran attacked Americans"): a
// condition, not an act that happened.
func (s *sentence) conditional(h hit) bool {
	if h.gi < 0 {
		return false
	}
	for k := s.groups[h.gi].first - 1; k >= 0; k-- {
		switch s.lemmas[k] {
		case "if", "unless":
			return true
		case ",", ";", ":", "and", "but":
			return false
		}
		if s.ingrp[k] >= 0 || s.isBoundary(k) {
			return false
		}
	}
	return false
}

// listGoesOn reports whether a list continues after token j: an "and" or
// "or" comes before any verb within the next ten tokens.
func (s *sentence) listGoesOn(j int) bool {
	for k := j; k < len(s.toks) && k < j+10; k++ {
		if s.ingrp[k] >= 0 || s.isBoundary(k) {
			return false
		}
		if l := s.lemmas[k]; l == "and" || l == "or" {
			return true
		}
	}
	return false
}

// isLyAdverb catches -ly adverbs the tagger took for nouns or adjectives
// inside a verb group ("was briefly detained").
func isLyAdverb(w, tag string) bool {
	return (tag == "NN" || tag == "JJ") && len(w) > 4 && strings.HasSuffix(w, "ly")
}

// coordinatedVerb reports whether verb group gi follows "and"/"or" (with
// adverbs between) and has no subject of its own.
func (s *sentence) coordinatedVerb(gi int) bool {
	g := s.groups[gi]
	k := g.first - 1
	for k >= 0 && (s.tag(k) == "RB" || s.tag(k) == ",") && s.ment[k] < 0 {
		k-- // (an actor mistagged as an adverb is the verb's own subject: "and police arrested")
	}
	return k >= 0 && (s.lemmas[k] == "and" || s.lemmas[k] == "or")
}

// coordPartner returns the verb group that group gi is coordinated with by
// "and"/"or" (see coordinatedVerb), or -1. A finite verb pairs with the
// last finite verb of its tense before it, over gerunds and infinitives
// in between: "accused the Kremlin of launching a coup and appealed to
// the West" pairs "appealed" with "accused".
func (s *sentence) coordPartner(gi int) int {
	if gi <= 0 || !s.coordinatedVerb(gi) {
		return -1
	}
	t := s.tag(s.groups[gi].first)
	if t != "VBD" && t != "VBZ" && t != "VBP" {
		// Over a gerund that is a preposition's object: "accused the
		// government of committing a crime and called (VBN) a strike".
		gj := gi - 1
		for t != "VBG" && gj > 0 && s.tag(s.groups[gj].first) == "VBG" && s.groups[gj].first > 0 && s.tag(s.groups[gj].first-1) == "IN" && !s.groups[gi].passive {
			gj--
		}
		return gj
	}
	for gj := gi - 1; gj >= 0; gj-- {
		g := s.groups[gj]
		switch s.tag(g.first) {
		case t:
			if t == "VBD" && s.lemmas[g.first] == "have" && g.head != g.first && gj > 0 {
				// "Cambodia said Thai shells had damaged the temple ...
				// and accused Bangkok": a simple past pairs with the
				// verb of saying, not with the past perfect it reports.
				continue
			}
			if s.saysOrCharges(s.groups[gi].head) && s.cues.speech[s.lemmas[g.head]] == "" {
				// "Serbian police said the dead were rebels ... and
				// accused the rebels": a verb of saying or charging pairs
				// with the verb of saying, not with what it reports.
				for gk := gj - 1; gk >= 0; gk-- {
					if gg := s.groups[gk]; s.tag(gg.first) == t && s.cues.speech[s.lemmas[gg.head]] != "" && !s.quoteBoundary(gg.head, s.groups[gi].head) {
						return gk
					}
				}
			}
			return gj
		case "VBG", "VB", "TO":
			if g.first > 0 && (s.tag(g.first-1) == "IN" || s.tag(g.first-1) == "TO" || s.lemmas[g.first-1] == "to") {
				continue // "of launching", "to recognise"
			}
			if g.first > 0 && (s.tag(g.first) == "VBG" || g.infinitive) && s.ingrp[g.first-1] >= 0 {
				// "denied sending troops ... and blamed", "refused to step
				// down and threatened": the gerund or infinitive is the
				// first verb's object.
				continue
			}
		}
		break
	}
	return gi - 1
}

// saysOrCharges reports whether the verb at token k is one of saying (cues
// speech) or of charging, denying or asking ("accuse", "deny", "urge").
func (s *sentence) saysOrCharges(k int) bool {
	if s.cues.speech[s.lemmas[k]] != "" {
		return true
	}
	switch s.lemmas[k] {
	case "accuse", "blame", "deny", "urge", "demand", "call", "reject", "condemn", "criticize", "criticise", "appeal", "insist", "vow", "threaten":
		return true
	}
	return false
}

// quoteBoundary reports whether tokens j and k are on different sides of a
// quotation mark.
func (s *sentence) quoteBoundary(j, k int) bool { return s.quote[j] != s.quote[k] }
