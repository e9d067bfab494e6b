// Package postag assigns Penn Treebank part-of-speech tags to tokens.
//
// The tagger is a greedy averaged perceptron (Honnibal's "fast and accurate"
// tagger as ported by github.com/jdkato/prose). Its weights come from the
// model shipped in the prose module, converted to the plain-text file
// model/perceptron.txt (see model/LICENSE and internal/genmodel); prediction
// is this package's own: feature keys are 64-bit hashes combined without
// building strings, looked up in an open-addressing table, so tagging a
// token allocates nothing.
//
// Around the model, the tagger
//   - shows the model its training data's spelling of tokens: curly and
//     straight double quotes as the treebank's opening and closing quote
//     tokens (told apart by their position in the text), typographic
//     apostrophes and dashes as ASCII ones, square brackets as round ones;
//   - tags numbers with inner separators ("1996-08-30", "6-4") CD and the
//     words of data/fixed.txt (number words) with their fixed tag;
//   - reads a line written mostly in capitals, and a capitalized first word
//     that the model knows as a common word, without their case;
//   - tags a past tense after a form of be, have or get a participle
//     ("has said", "was detained" → VBN).
package postag

//go:generate go run ./internal/genmodel -out model/perceptron.txt

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/text/lemma"
)

// Tagger tags sentences. It is safe for concurrent use.
type Tagger struct {
	m    *model
	pool sync.Pool
}

var (
	loadOnce sync.Once
	loaded   *model
	loadErr  error
)

// New returns a tagger using the embedded model. The model is parsed once
// per process and shared by all taggers.
func New() (*Tagger, error) {
	loadOnce.Do(func() {
		loaded, loadErr = loadModel(modelText)
		if loadErr == nil {
			loadErr = loaded.loadFixed(fixedText)
		}
		if loadErr != nil {
			loadErr = fmt.Errorf("postag: %w", loadErr)
		}
	})
	if loadErr != nil {
		return nil, loadErr
	}
	t := &Tagger{m: loaded}
	t.pool.New = func() any { return new(state) }
	return t, nil
}

// Name implements doc.Stage.
func (t *Tagger) Name() string { return "postag" }

// Process implements doc.Stage: it sets Tag on every token of d, sentence by
// sentence (all tokens as one sequence when d has no sentences).
func (t *Tagger) Process(d *doc.Document) error {
	st := t.pool.Get().(*state)
	defer t.pool.Put(st)
	if len(d.Sentences) == 0 {
		t.tagTokens(st, d.Text, d.Tokens)
		return nil
	}
	done := 0
	for _, s := range d.Sentences {
		if s.FirstToken < done || s.EndToken > len(d.Tokens) || s.FirstToken > s.EndToken {
			continue
		}
		if s.FirstToken > done { // tokens outside every sentence
			t.tagTokens(st, d.Text, d.Tokens[done:s.FirstToken])
		}
		t.tagTokens(st, d.Text, d.Tokens[s.FirstToken:s.EndToken])
		done = s.EndToken
	}
	if done < len(d.Tokens) {
		t.tagTokens(st, d.Text, d.Tokens[done:])
	}
	return nil
}

// TagWords tags one sentence given as words and returns one tag per word.
// A `"` is read as an opening quote when it is the sentence's first, third,
// ... quote, and as a closing one otherwise.
func (t *Tagger) TagWords(words []string) []string {
	st := t.pool.Get().(*state)
	defer t.pool.Put(st)
	st.reset(len(words))
	open := true
	for i, w := range words {
		if w == `"` {
			if open {
				w = "``"
			} else {
				w = "''"
			}
			open = !open
		}
		st.forms[i] = modelForm(w)
	}
	ids := t.tag(st)
	tags := make([]string, len(words))
	for i, id := range ids {
		tags[i] = t.m.classes[id]
	}
	return tags
}

// state is per-call scratch space, reused through a sync.Pool.
type state struct {
	forms []string // word forms as the model knows them
	ctx   []normed // normalized forms, padded with two pseudo-words each side
	ids   []uint8  // predicted class ids
	buf   []byte
}

func (st *state) reset(n int) {
	if cap(st.forms) < n || cap(st.ctx) < n+4 {
		st.forms = make([]string, n, 2*n)
		st.ids = make([]uint8, n, 2*n)
		st.ctx = make([]normed, n+4, 2*n+4)
	}
	st.forms = st.forms[:n]
	st.ids = st.ids[:n]
	st.ctx = st.ctx[:n+4]
}

func (t *Tagger) tagTokens(st *state, text string, toks []doc.Token) {
	if len(toks) == 0 {
		return
	}
	st.reset(len(toks))
	open := true // alternation, for quotes with space on both sides
	for i := range toks {
		w := toks[i].Text
		if w == `"` {
			if quoteOpens(text, toks[i].Span, open) {
				w, open = "``", false
			} else {
				w, open = "''", true
			}
		}
		st.forms[i] = modelForm(w)
	}
	ids := t.tag(st)
	for i := range toks {
		toks[i].Tag = t.m.classes[ids[i]]
	}
}

// quoteOpens reports whether a straight double quote at span sp opens a
// quotation: it does when it touches a word on its right only, closes when
// it touches one on its left only, and otherwise (spaces or text on both
// sides) follows the alternation state open.
func quoteOpens(text string, sp doc.Span, open bool) bool {
	if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
		return open
	}
	before, after := true, true // space (or bracket) on that side
	if sp.Start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:sp.Start])
		before = unicode.IsSpace(r) || strings.ContainsRune("([{\u2014-", r)
	}
	if sp.End < len(text) {
		r, _ := utf8.DecodeRuneInString(text[sp.End:])
		after = unicode.IsSpace(r) || strings.ContainsRune(")]}.,;:!?\u2014", r)
	}
	switch {
	case before && !after:
		return true
	case after && !before:
		return false
	}
	return open
}

// modelForm returns w as the model's training data wrote it: Penn Treebank
// quotes, dashes and brackets, ASCII apostrophes, escaped slashes.
func modelForm(w string) string {
	switch w {
	case "\u201c", "\u00ab", "\u201e": // “ « „
		return "``"
	case "\u201d", "\u00bb": // ” »
		return "''"
	case "\u2018": // ‘
		return "`"
	case "\u2019": // ’
		return "'"
	case "\u2014", "\u2013", "\u2015": // — – ―
		return "--"
	case "\u2026": // …
		return "..."
	case "[":
		return "("
	case "]":
		return ")"
	}
	if strings.Contains(w, "\u2019") { // ’s, n’t, O’Brien: rare enough to allocate
		w = strings.ReplaceAll(w, "\u2019", "'")
	}
	return escape(w)
}

// escape applies the treebank's escapes to a word: "/" → "\/", "*" → "\*".
// Words needing it are rare; only they allocate.
func escape(w string) string {
	if strings.IndexByte(w, '/') < 0 && strings.IndexByte(w, '*') < 0 {
		return w
	}
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		if w[i] == '/' || w[i] == '*' {
			b.WriteByte('\\')
		}
		b.WriteByte(w[i])
	}
	return b.String()
}

// Views of a word's written form for the features that read it as written
// (the suffix, the first character and the unambiguous-word list).
const (
	viewAsIs  = iota
	viewLower // as if written in lower case
	viewTitle // as if written with only its first letter upper-case
)

// tag predicts st.forms' tags into st.ids.
func (t *Tagger) tag(st *state) []uint8 {
	m := t.m
	n := len(st.forms)
	st.ctx[0], st.ctx[1] = m.start, m.start2
	for i, w := range st.forms {
		st.ctx[i+2] = m.normalize(w, &st.buf)
	}
	st.ctx[n+2], st.ctx[n+3] = m.end, m.end2
	shouting := allCapsSentence(st.forms)
	p1, p2 := m.startID, m.start2ID
	for i, w := range st.forms {
		view := viewAsIs
		if shouting && isAllCaps(w) {
			// Case carries no information: read common words in lower
			// case, others as names.
			view = viewTitle
			if m.isCommon(st.ctx[i+2].h) {
				view = viewLower
			}
		} else if (i == 0 || st.forms[i-1] == "``" || st.forms[i-1] == ":") && isTitle(w) && m.isCommon(st.ctx[i+2].h) &&
			(i+1 == n || !startsUpper(st.forms[i+1])) {
			// A capital at the start of a sentence says nothing about a
			// word the model knows as a common word, unless a capitalized
			// word follows ("New York", "Prime Minister").
			view = viewLower
		}
		var id int
		if c, ok := m.fixed[st.ctx[i+2].h]; ok {
			id = int(c)
		} else if c, ok := m.fixedBefore[[2]uint64{st.ctx[i+2].h, st.ctx[i+3].h}]; ok {
			id = int(c)
		} else if c, ok := m.lookupWord(w, view, &st.buf); ok {
			id = int(c)
		} else if w == "" {
			id = m.symID
		} else if isNumber(w) {
			id = m.cdID
		} else {
			id = m.predict(w, view, st.ctx[i:i+5], p1, p2)
		}
		if id == m.vbdID && m.afterAux(st, i) {
			id = m.vbnID // "has said", "was detained": a participle
		}
		if id == m.nnsID && len(w) > 4 && strings.HasSuffix(w, "ly") {
			id = m.rbID // "Police briefly detained": a plural does not end in -ly
		}
		if id == m.rbID && (p1 == m.nnsID || p1 == m.nnpID) && !endsEd(w) && !strings.HasSuffix(w, "ly") && lemma.IsVerbForm(w, "VBD") {
			id = m.vbdID // "Rwandan troops fought/RB each other": an irregular past after a subject is no adverb
		}
		if id != m.vbdID && id != m.vbnID && m.simplePastSlot(id) && lemma.IsSimplePast(w) {
			id = m.vbdID // "Bosnian Serbs withdrew/NN": a form that can only be a simple past
		}
		st.ids[i] = uint8(id)
		p2, p1 = p1, id
	}
	m.nameParticles(st)
	m.nounsBeforeVerbs(st)
	m.verbsBeforeTo(st)
	m.verbsBeforeObject(st)
	m.verbsAfterAnd(st)
	m.subjectVerb(st)
	m.pastPairs(st)
	m.verbAfterRelative(st)
	return st.ids
}

// verbAfterRelative retags as a past verb a participle that follows a
// relative clause set off by commas, when the subject before that clause
// has no verb yet and an object follows: "Prime Minister Kenny Anthony of
// Saint Lucia, where bananas earn most export income, accused/VBN
// Washington" is the main clause's verb, not a participle after "income".
func (m *model) verbAfterRelative(st *state) {
	n := len(st.forms)
	for i := 3; i+1 < n; i++ {
		if int(st.ids[i]) != m.vbnID || st.forms[i-1] != "," || !lemma.IsVerbForm(st.forms[i], "VBD") || !m.objectStart(st, i+1) {
			continue
		}
		r := -1
		for k := i - 2; k >= 2; k-- {
			if st.forms[k] == "," {
				break
			}
			switch st.forms[k] {
			case "where", "who", "which", "whose":
				if st.forms[k-1] == "," {
					r = k - 1
				}
			}
			if r >= 0 {
				break
			}
		}
		if r < 0 {
			continue
		}
		verb := false
		for k := 0; k < r; k++ {
			c := m.classes[st.ids[k]]
			verb = verb || strings.HasPrefix(c, "VB") || c == "MD"
		}
		if !verb {
			st.ids[i] = uint8(m.vbdID)
		}
	}
}

// simplePastSlot reports whether the model's tag id is one an irregular
// simple past ("withdrew", "took") is mistaken for: a noun, an adjective,
// an adverb or a base form.
func (m *model) simplePastSlot(id int) bool {
	switch m.classes[id] {
	case "NN", "NNS", "JJ", "RB", "VB", "VBP":
		return true
	}
	return false
}

// pastPairs retags two past forms joined by "and" right after a plural
// subject and before an object, both read as nouns, adjectives or
// participles, as the past verbs they are: "Security forces beat/NN and
// tear-gassed/JJ Buddhist monks". Both must be past forms in the lexicon.
func (m *model) pastPairs(st *state) {
	n := len(st.forms)
	for i := 1; i+3 < n; i++ {
		if st.forms[i+1] != "and" {
			continue
		}
		subj := m.classes[st.ids[i-1]]
		if subj != "NNS" && subj != "NNPS" {
			continue
		}
		c1, c2 := m.classes[st.ids[i]], m.classes[st.ids[i+2]]
		if c1 != "NN" && c1 != "JJ" && c1 != "VBN" || c2 != "NN" && c2 != "JJ" && c2 != "VBN" || m.afterAux(st, i) {
			continue
		}
		if !m.objectStart(st, i+3) && m.classes[st.ids[i+3]] != "NNS" {
			continue
		}
		if lemma.IsVerbForm(st.forms[i], "VBD") && lemma.IsVerbForm(st.forms[i+2], "VBD") {
			st.ids[i], st.ids[i+2] = uint8(m.vbdID), uint8(m.vbdID)
		}
	}
}

// objectStart reports whether token k can open a verb's object: a
// determiner, a possessive, a number, a name or an object pronoun. A bare
// plural noun ("dozens", "protesters") is left to the caller.
func (m *model) objectStart(st *state, k int) bool {
	switch m.classes[st.ids[k]] {
	case "DT", "PRP$", "CD", "NNP", "NNPS":
		return true
	case "PRP":
		return objectPronoun(st.forms[k])
	}
	return false
}

// afterBase reports whether the last verb at or before j, in its clause,
// is a base form after a modal or "to" ("would not recognise Franco").
func (m *model) afterBase(st *state, j int) bool {
	for ; j >= 0; j-- {
		switch m.classes[st.ids[j]] {
		case "VB":
			return true
		case "VBD", "VBN", "VBZ", "VBP", "VBG", "MD", ",", ":", "CC":
			return false
		}
	}
	return false
}

// subjectVerb retags a participle right after the noun phrase that opens a
// sentence as the past verb it is when an object follows it, directly or
// after a second participle joined by "and", and no finite verb follows in
// its clause: "Soldiers shot/VBN and killed/VBN five protesters",
// "Security forces arrested/VBN and tortured/VBN hundreds of activists".
// "The money spent this year was wasted" keeps its participle.
func (m *model) subjectVerb(st *state) {
	n := len(st.forms)
	i := 0
	noun := false
	for ; i < n; i++ {
		switch m.classes[st.ids[i]] {
		case "NN", "NNS", "NNP", "NNPS":
			noun = true
			continue
		case "DT", "JJ", "CD", "POS", "PRP$":
			continue
		}
		break
	}
	if !noun || i+1 >= n || int(st.ids[i]) != m.vbnID {
		return
	}
	second := -1
	k := i + 1
	if (st.forms[k] == "and" || st.forms[k] == "or") && k+2 < n && int(st.ids[k+1]) == m.vbnID {
		second = k + 1
		k += 2
	}
	if !m.objectStart(st, k) && m.classes[st.ids[k]] != "NNS" {
		return
	}
	for j := k; j < n; j++ {
		c := m.classes[st.ids[j]]
		if c == "," || c == ":" || c == "CC" {
			break
		}
		if c == "VBD" || c == "VBZ" || c == "VBP" || c == "MD" {
			return
		}
	}
	st.ids[i] = uint8(m.vbdID)
	if second >= 0 {
		st.ids[second] = uint8(m.vbdID)
	}
}

// verbsAfterAnd retags a noun or adjective right after "and" following a
// past verb as the past verb it can be, when an object starts after it:
// "Police arrested and beat/JJ dozens of protesters", "troops stormed the
// camp and burned/JJ the huts". The word must be a past form in the
// lexicon (package lemma); "arrested and wounded protesters" reads the
// same either way. A participle with an object after "and" and a base
// form is a past tense too: "said his government would not recognise
// Franco and suspended/VBN oil shipments" (under "would" it would read
// "suspend").
func (m *model) verbsAfterAnd(st *state) {
	n := len(st.forms)
	for i := 2; i+1 < n; i++ {
		if st.forms[i-1] != "and" {
			continue
		}
		c := m.classes[st.ids[i]]
		if c == "VBN" && m.afterBase(st, i-2) {
			switch m.classes[st.ids[i+1]] {
			case "DT", "CD", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ":
				st.ids[i] = uint8(m.vbdID)
			}
			continue
		}
		if c != "JJ" && c != "NN" {
			continue
		}
		// The verb before "and": right before it, or ending the object
		// of a past verb within the last few words.
		past, adjacent := false, false
		for j := i - 2; j >= 0 && j >= i-6; j-- {
			cj := m.classes[st.ids[j]]
			if cj == "VBD" {
				past, adjacent = !m.afterAux(st, j), j == i-2
				break
			}
			if cj == "," || cj == "CC" || cj == "IN" || cj == "VBN" || cj == "VBZ" || cj == "VBP" || cj == "MD" {
				break
			}
		}
		if !past {
			continue
		}
		// A bare plural after it is its object only when the verbs stand
		// side by side ("arrested and beat dozens"); after an object,
		// "destroyed tanks and armoured vehicles" joins two nouns.
		object := m.objectStart(st, i+1) || m.classes[st.ids[i+1]] == "NNS" && adjacent
		if !object || !lemma.IsVerbForm(st.forms[i], "VBD") {
			continue
		}
		st.ids[i] = uint8(m.vbdID)
	}
}

// nounsBeforeVerbs retags an -s verb right before a past verb or a modal as
// the plural noun it also is: two finite verbs do not follow each other
// ("truck bombs blew apart", "the attacks killed").
func (m *model) nounsBeforeVerbs(st *state) {
	for i := 0; i+1 < len(st.forms); i++ {
		if int(st.ids[i]) != m.vbzID || int(st.ids[i+1]) != m.vbdID || !strings.HasSuffix(st.forms[i], "s") {
			continue
		}
		st.ids[i] = uint8(m.nnsID)
	}
}

// nameParticles tags the lower-case particles of Arabic and other names
// between two capitalized words as proper nouns: "King Hamad bin Isa
// al-Khalifa", "Osama bin Laden", "Abu Bakr al-Baghdadi".
func (m *model) nameParticles(st *state) {
	for i := 1; i+1 < len(st.forms); i++ {
		switch st.forms[i] {
		case "bin", "ibn", "bint", "al", "el", "abu":
			if startsUpper(st.forms[i-1]) && startsUpper(st.forms[i+1]) {
				st.ids[i] = uint8(m.nnpID)
			}
		}
	}
}

// verbsBeforeObject retags a noun or adjective standing between a subject
// noun (and at most one adverb) and the start of an object as the verb it
// can be: "Unidentified gunmen shot/VBD Oleg Slabynko", "a man fatally
// shot/VBD eight people", "U.S. forces capture/VBP the town", "Turkey
// captures/VBZ Psara". A base form needs a plural subject and an -s form a
// singular one; the word must be that verb form in the lexicon (package
// lemma), so "the army patrol boats" keeps its noun.
func (m *model) verbsBeforeObject(st *state) {
	n := len(st.forms)
	for i := 1; i+1 < n; i++ {
		c := m.classes[st.ids[i]]
		if int(st.ids[i]) == m.vbnID && m.afterAux(st, i) {
			// "were arrested and later released/VBN"
			if k := m.coordinated(st, i); k > 0 && int(st.ids[k]) == m.vbdID {
				st.ids[k] = uint8(m.vbnID)
			}
			continue
		}
		if c == "VBZ" && !endsS(st.forms[i]) {
			c = "NN" // "Israel shot/VBZ dead two ...": a past form
		}
		if c != "JJ" && c != "NN" && c != "NNS" {
			continue
		}
		if c != "NNS" && m.pastBeforeVerb(st, i) {
			continue
		}
		obj := m.classes[st.ids[i+1]]
		j := i - 1
		if j > 0 && m.classes[st.ids[j]] == "RB" {
			j--
		}
		subj := m.classes[st.ids[j]]
		plural := subj == "NNS" || subj == "NNPS"
		next := st.forms[i+1]
		object := m.objectStart(st, i+1)
		w := st.forms[i]
		switch {
		case c != "NNS" && (plural || subj == "NNP" || subj == "NN" || subj == ",") &&
			(object || obj == "TO" || obj == "RP" || obj == "JJ" || obj == "IN" && towardPrep(next) || (obj == "NN" || obj == "NNS") && plural && j == i-1) &&
			lemma.IsVerbForm(w, "VBD"):
			// A past form: "shot to death", "shot down", "shot
			// several/JJ Syrian guards", "shot at the airport",
			// "insurgents attacked/JJ government forces" (a noun object
			// only after a plural subject); after a comma, the end of an
			// apposition ("Nasser, a student activist, shot Haddad").
			st.ids[i] = uint8(m.vbdID)
		case c == "NN" && plural && object && obj != "NNP" && obj != "NNPS" && lemma.IsVerbForm(w, "VBP"):
			// A base form; not before a name: "telecoms group LM Ericsson".
			st.ids[i] = uint8(m.vbpID)
		case c == "NNS" && subj == "NNP" && object && obj != "CD" && !isAllCaps(w) && lemma.IsVerbForm(w, "VBZ"):
			// An -s form; not before a number: "Treasury bills 152.80".
			st.ids[i] = uint8(m.vbzID)
		}
	}
}

// pastBeforeVerb retags, and reports whether it did, a past form read as an
// adjective or noun where it can only be a verb: after a form of "be",
// "have" or "get" as a participle ("were shot/VBN"), or before "and" and a
// verb of the same form as that form ("Soldiers shot/VBD and killed/VBD",
// "were shot/VBN and seriously wounded/VBN"). Not after a determiner,
// preposition or adjective ("the injured and displaced").
func (m *model) pastBeforeVerb(st *state, i int) bool {
	w := st.forms[i]
	if m.afterAux(st, i) {
		if !endsEd(w) && lemma.IsVerbForm(w, "VBN") {
			st.ids[i] = uint8(m.vbnID)
			// "were shot and seriously wounded/VBN"
			if k := m.coordinated(st, i); k > 0 && int(st.ids[k]) == m.vbdID {
				st.ids[k] = uint8(m.vbnID)
			}
			return true
		}
		return false
	}
	k := m.coordinated(st, i)
	if k < 0 {
		return false
	}
	next := st.ids[k]
	if int(next) != m.vbdID && int(next) != m.vbnID {
		return false
	}
	switch m.classes[st.ids[i-1]] {
	case "DT", "PRP$", "JJ", "IN", "POS", "CC", "TO":
		return false
	}
	if !lemma.IsVerbForm(w, "VBD") {
		return false
	}
	st.ids[i] = next
	return true
}

// coordinated returns the index of the word after "and" or "or" (and at
// most one adverb) that follows token i, or -1.
func (m *model) coordinated(st *state, i int) int {
	n := len(st.forms)
	if i+2 >= n || st.forms[i+1] != "and" && st.forms[i+1] != "or" {
		return -1
	}
	k := i + 2
	if k+1 < n && m.classes[st.ids[k]] == "RB" {
		k++
	}
	return k
}

// endsS reports whether w ends in "s".
func endsS(w string) bool { return len(w) > 1 && w[len(w)-1] == 's' }

// endsEd reports whether w ends in "ed".
func endsEd(w string) bool {
	return len(w) > 2 && w[len(w)-2] == 'e' && w[len(w)-1] == 'd'
}

// towardPrep reports whether w is a preposition of direction.
func towardPrep(w string) bool {
	switch w {
	case "at", "toward", "towards", "into":
		return true
	}
	return false
}

// objectPronoun reports whether w is an object or reflexive pronoun.
func objectPronoun(w string) bool {
	switch strings.ToLower(w) {
	case "him", "her", "them", "us", "me", "himself", "herself", "themselves", "itself", "ourselves", "myself":
		return true
	}
	return false
}

// verbsBeforeTo retags a plural noun between a subject and "to" + verb as a
// verb: "Japan plans/VBZ to send", "the government plans/VBZ to impose";
// "the plans to build" (after a determiner) stays a noun.
func (m *model) verbsBeforeTo(st *state) {
	n := len(st.forms)
	for i := 1; i+2 < n; i++ {
		if m.classes[st.ids[i]] != "NNS" || st.forms[i+1] != "to" || m.classes[st.ids[i+2]] != "VB" {
			continue
		}
		switch m.classes[st.ids[i-1]] {
		case "NNP", "NNPS", "NN", "PRP":
			st.ids[i] = uint8(m.vbzID)
		}
	}
}

// afterAux reports whether token i follows a form of "be", "have" or "get"
// tagged as a verb, with at most three adverbs between.
func (m *model) afterAux(st *state, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		tag := m.classes[st.ids[k]]
		if tag == "RB" || tag == "RBR" || tag == "RBS" {
			continue
		}
		if !strings.HasPrefix(tag, "VB") {
			return false
		}
		_, ok := m.aux[st.ctx[k+2].h]
		return ok
	}
	return false
}

// lookupWord looks w, seen in view, up in the unambiguous-word list.
func (m *model) lookupWord(w string, view int, buf *[]byte) (uint8, bool) {
	if view == viewAsIs {
		c, ok := m.words[w]
		return c, ok
	}
	b := (*buf)[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if view == viewLower || i > 0 {
			c = lowerASCII(c)
		}
		b = append(b, c)
	}
	*buf = b
	c, ok := m.words[string(b)]
	return c, ok
}

// isNumber reports whether w is digits with inner separators ("1996-08-30",
// "6-4", "10:30", "3/4") or a decimal fraction (".462").
func isNumber(w string) bool {
	digits, prevSep := 0, true
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
			prevSep = false
		case c == '-' || c == '/' || c == ':' || c == '.' || c == ',':
			if prevSep && !(i == 0 && c == '.') {
				return false
			}
			prevSep = true
		default:
			return false
		}
	}
	return digits > 0 && !prevSep
}

// isAllCaps reports whether w has at least two letters, all ASCII upper-case.
func isAllCaps(w string) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'a' && c <= 'z' || c >= utf8.RuneSelf {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

// isTitle reports whether w is an upper-case ASCII letter followed by at
// least one letter, all lower-case.
func isTitle(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func startsUpper(w string) bool {
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// allCapsSentence reports whether most words of a sentence are written in
// capitals (a headline or a shouted line).
func allCapsSentence(forms []string) bool {
	caps, words := 0, 0
	for _, w := range forms {
		if isAllCaps(w) {
			caps++
			words++
		} else if len(w) >= 2 && (w[0] >= 'a' && w[0] <= 'z' || w[0] >= 'A' && w[0] <= 'Z') {
			words++
		}
	}
	return caps >= 3 && caps*5 >= words*4
}

// predict scores the features of word w (ctx holds the normalized forms
// from two before to two after) and returns the best class.
func (m *model) predict(w string, view int, ctx []normed, p1, p2 int) int {
	var scores [64]int32
	var touched uint64
	add := func(lo, hi uint32) {
		for _, x := range m.w[lo:hi] {
			c := x & 63
			scores[c] += x >> 6
			touched |= 1 << c
		}
	}
	add(m.biasLo, m.biasHi)
	suf := uint64(fnvOffset)
	for i := max(0, len(w)-3); i < len(w); i++ {
		c := w[i]
		if view != viewAsIs && i > 0 {
			c = lowerASCII(c)
		}
		suf ^= uint64(c)
		suf *= fnvPrime
	}
	add(m.feats.get(key1(tSuffix, suf)))
	var pref uint64
	if c := w[0]; c < utf8.RuneSelf {
		if view == viewLower {
			c = lowerASCII(c)
		}
		pref = (fnvOffset ^ uint64(c)) * fnvPrime
	} else { // prose wrote string(w[0]), the rune U+0080..U+00FF
		var b [2]byte
		utf8.EncodeRune(b[:], rune(c))
		pref = ((fnvOffset^uint64(b[0]))*fnvPrime ^ uint64(b[1])) * fnvPrime
	}
	add(m.feats.get(key1(tPref1, pref)))
	h1, h2 := m.tagHash[p1], m.tagHash[p2]
	add(m.feats.get(key1(tPrevTag, h1)))
	add(m.feats.get(key1(tPrev2Tag, h2)))
	add(m.feats.get(key2(tTagBigram, h1, h2)))
	add(m.feats.get(key1(tWord, ctx[2].h)))
	add(m.feats.get(key2(tPrevTagWord, h1, ctx[2].h)))
	add(m.feats.get(key1(tPrevWord, ctx[1].h)))
	add(m.feats.get(key1(tPrevSuffix, ctx[1].suf)))
	add(m.feats.get(key1(tPrev2Word, ctx[0].h)))
	add(m.feats.get(key1(tNextWord, ctx[3].h)))
	add(m.feats.get(key1(tNextSuffix, ctx[3].suf)))
	add(m.feats.get(key1(tNext2Word, ctx[4].h)))
	best, bestScore := 0, int32(-1<<31)
	for c := 0; c < len(m.classes); c++ {
		if touched&(1<<c) != 0 && scores[c] > bestScore {
			best, bestScore = c, scores[c]
		}
	}
	return best
}
