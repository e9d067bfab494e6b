package coder

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/annals-dev/annals/text/lemma"
)

// PetrarchReport summarizes what LoadPetrarchVerbsReport made of a
// PETRARCH/TABARI verb dictionary.
type PetrarchReport struct {
	// Blocks is the number of verb blocks ("--- NAME [code] ---").
	Blocks int
	// Patterns is the number of Annals patterns added (a PETRARCH pattern
	// yields one per verb of its block).
	Patterns int
	// Skipped counts dictionary lines (or pattern/verb combinations) that
	// could not be converted, by reason.
	Skipped map[string]int
	// Warnings lists each skipped line as "file:line: reason: text".
	Warnings []string
}

// LoadPetrarchVerbs adds the patterns of a PETRARCH-2 (CAMEO.2.0.txt) or
// PETRARCH-1/TABARI verb dictionary read from r; see
// LoadPetrarchVerbsReport for the conversion and what is skipped.
func (d *Dictionary) LoadPetrarchVerbs(r io.Reader, name string, valid func(string) bool) error {
	_, err := d.LoadPetrarchVerbsReport(r, name, valid)
	return err
}

// LoadPetrarchVerbsFile is LoadPetrarchVerbsReport on a file.
func (d *Dictionary) LoadPetrarchVerbsFile(path string, valid func(string) bool) (*PetrarchReport, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return d.LoadPetrarchVerbsReport(f, path, valid)
}

// LoadPetrarchVerbsReport adds the patterns of a PETRARCH verb dictionary
// read from r and reports what was converted and what was skipped. name is
// used in warnings ("name:line: ...") and in each pattern's Rule; valid, when
// not nil, accepts event codes (codes it rejects are skipped and counted).
//
// The format (PETRARCH's PETRreader.read_verb_dictionary):
//
//	&SYNSET            a synonym set; "+WORD" or "+TWO WORDS" lines follow,
//	                   a member may name another set ("+&OTHER")
//	--- NAME [code] --- a verb block; [---] means the verbs code nothing alone
//	VERB [code] {FORMS} a verb of the block, with an optional code of its own
//	                   and irregular forms; "+CALL_OFF" marks the verb word
//	                   of a phrasal verb with "+"
//	- PRE * POST [code] a pattern: "*" is the verb; "$" the source, "+" the
//	                   target, "^" skips a noun phrase, "%" a compound actor,
//	                   "&SET" any member of a synonym set, words joined by
//	                   "_" stand together, "{...}" and "(...)" group a noun
//	                   or prepositional phrase; [A:B] codes A from source to
//	                   target and B back; [---] matches and codes nothing
//	# ... and <!-- ... -->  comments
//
// Each PETRARCH pattern becomes one Annals verb pattern per verb of its
// block, keyed on the verb's lemma: the words after "*" become items, the
// words before it (and those before the verb of "WIRE_+TAP") pre-items
// matched earlier in the clause, "$" and "+"
// become source and target slots (before the verb they stand for the
// subject), "^" skips one noun phrase (with its preposition), "%" before
// the verb is a compound subject whose members act on each other and after
// it a target. Patterns with more words are tried first. A verb listed in an inflected form ("SAID") matches
// only that form. A block's own code becomes a pattern with no items.
//
// Never failing the whole file for one odd line, it skips and counts what
// does not map onto Annals patterns: patterns with no "*", codes that are malformed or rejected
// by valid (for instance CAMEO 2.0's "0A" or "1A1" against Annals' CAMEO
// ontology), "[:B]" codes with no forward event, and lines outside any block.
// Only a read error is returned as an error.
func (d *Dictionary) LoadPetrarchVerbsReport(r io.Reader, name string, valid func(string) bool) (*PetrarchReport, error) {
	l := &petrLoader{d: d, name: name, short: shortName(name), valid: valid, syn: map[string][]string{},
		rep: &PetrarchReport{Skipped: map[string]int{}}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	inComment := false
	for sc.Scan() {
		l.line++
		raw := sc.Text()
		t := raw
		// <!-- ... --> comments, possibly over several lines.
		for {
			if inComment {
				i := strings.Index(t, "-->")
				if i < 0 {
					t = ""
					break
				}
				t = t[i+3:]
				inComment = false
				continue
			}
			i := strings.Index(t, "<!")
			if i < 0 {
				break
			}
			j := strings.Index(t[i:], ">")
			if j < 0 {
				inComment = true
				t = t[:i]
				break
			}
			t = t[:i] + " " + t[i+j+1:]
		}
		t = stripPetrComment(t)
		t = strings.TrimSpace(t)
		if t == "" {
			continue // blank and comment lines do not end a synonym set
		}
		l.handle(t)
	}
	if err := sc.Err(); err != nil {
		return l.rep, fmt.Errorf("%s:%d: %w", name, l.line, err)
	}
	l.flush()
	for _, idx := range []map[string][]*Pattern{d.verbs, d.nouns} {
		for _, ps := range idx {
			sort.SliceStable(ps, func(i, j int) bool { return ps[i].words > ps[j].words })
		}
	}
	return l.rep, nil
}

// stripPetrComment drops a "#" comment, leaving "#" inside [...] codes.
func stripPetrComment(t string) string {
	depth := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#':
			if depth == 0 {
				return t[:i]
			}
		}
	}
	return t
}

// petrVerb is one verb of a block: its lemma, the words after it in a
// phrasal verb, the form it is restricted to, and its own code.
type petrVerb struct {
	lemma  string
	before []string // "WIRE_+TAP"
	after  []string
	form   string
	code   string
	line   int
	text   string
}

type petrPattern struct {
	text string
	line int
}

type petrLoader struct {
	d      *Dictionary
	name   string
	short  string
	valid  func(string) bool
	rep    *PetrarchReport
	line   int
	syn    map[string][]string // synset name (without & and _) -> members
	curSyn string
	// current block
	inBlock   bool
	blockCode string
	blockLine int
	blockText string
	verbs     []petrVerb
	patterns  []petrPattern
}

func (l *petrLoader) skip(reason, text string) {
	l.skipAt(l.line, reason, text)
}

func (l *petrLoader) skipAt(line int, reason, text string) {
	l.rep.Skipped[reason]++
	l.rep.Warnings = append(l.rep.Warnings, fmt.Sprintf("%s:%d: %s: %s", l.name, line, reason, text))
}

func synName(s string) string {
	return strings.TrimRight(strings.TrimPrefix(strings.ToLower(s), "&"), "_")
}

func (l *petrLoader) handle(t string) {
	switch {
	case strings.HasPrefix(t, "&"):
		f := strings.Fields(t)
		l.curSyn = synName(f[0])
		if _, ok := l.syn[l.curSyn]; !ok {
			l.syn[l.curSyn] = nil
		}
		return
	case strings.HasPrefix(t, "+") && l.curSyn != "":
		m := strings.TrimSpace(t[1:])
		if m == "" {
			l.skip("empty synonym", t)
			return
		}
		l.syn[l.curSyn] = append(l.syn[l.curSyn], m)
		return
	case strings.HasPrefix(t, "---"):
		l.curSyn = ""
		l.flush()
		l.startBlock(t)
		return
	}
	l.curSyn = ""
	if !l.inBlock {
		l.skip("line outside any verb block", t)
		return
	}
	if strings.HasPrefix(t, "-") {
		l.patterns = append(l.patterns, petrPattern{text: strings.TrimSpace(t[1:]), line: l.line})
		return
	}
	l.addVerb(t)
}

func (l *petrLoader) startBlock(t string) {
	l.inBlock = true
	l.rep.Blocks++
	l.blockLine = l.line
	l.blockText = t
	l.verbs = l.verbs[:0]
	l.patterns = l.patterns[:0]
	l.blockCode = ""
	inner := strings.TrimSpace(strings.Trim(t, "-"))
	i := strings.IndexByte(inner, '[')
	if i < 0 {
		l.skip("verb block without a code", t)
		l.blockCode = "---"
		return
	}
	j := strings.IndexByte(inner[i:], ']')
	if j < 0 {
		l.skip("verb block with an unclosed code", t)
		l.blockCode = "---"
		return
	}
	l.blockCode = strings.TrimSpace(inner[i+1 : i+j])
}

// addVerb reads a verb line: WORD, WORD [code], WORD {FORMS}, +WORD_PART,
// PRE_+WORD.
func (l *petrLoader) addVerb(t string) {
	code := ""
	if i := strings.IndexByte(t, '['); i >= 0 {
		if j := strings.IndexByte(t[i:], ']'); j > 0 {
			code = strings.TrimSpace(t[i+1 : i+j])
			t = t[:i] + " " + t[i+j+1:]
		} else {
			l.skip("unclosed code", t)
			return
		}
	}
	forms := ""
	if i := strings.IndexByte(t, '{'); i >= 0 {
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			l.skip("unclosed verb forms", t)
			return
		}
		forms = t[i+1 : i+j]
		t = t[:i] + " " + t[i+j+1:]
	}
	f := strings.Fields(t)
	if len(f) == 0 {
		l.skip("verb line without a verb", t)
		return
	}
	// "LASH OUT" written with a space is a phrasal verb whose first word is the verb.
	phrase := strings.Join(f, "_")
	words := strings.Split(strings.Trim(phrase, "_"), "_")
	vi := 0
	for i, w := range words {
		if strings.HasPrefix(w, "+") {
			vi = i
			words[i] = w[1:]
		}
	}
	for _, w := range words {
		if w == "" || strings.ContainsAny(w, "+$%^*&") {
			l.skip("malformed verb", t)
			return
		}
	}
	w := strings.ToLower(words[vi])
	v := petrVerb{lemma: lemma.Lemma(w, "VBD"), code: code, line: l.line, text: t}
	for _, a := range words[:vi] {
		v.before = append(v.before, strings.ToLower(a))
	}
	for _, a := range words[vi+1:] {
		v.after = append(v.after, strings.ToLower(a))
	}
	if v.lemma != w {
		// An inflected headword ("SAID") matches only that form.
		v.form = w
	}
	l.verbs = append(l.verbs, v)
	// Irregular forms of a single-word verb that lemmatize elsewhere become
	// verbs of their own restricted to that form.
	for _, fm := range strings.Fields(forms) {
		parts := strings.Split(strings.ToLower(strings.Trim(fm, "_")), "_")
		fw := parts[0]
		for i, p := range parts {
			if strings.HasPrefix(p, "+") || i == vi && len(parts) == len(words) {
				fw = p
			}
		}
		fw = strings.TrimPrefix(fw, "+")
		if fw == "" || strings.ContainsAny(fw, "+$%^*&") {
			continue
		}
		if lm := lemma.Lemma(fw, "VBD"); lm != v.lemma {
			fv := v
			fv.lemma, fv.form = lm, fw
			l.verbs = append(l.verbs, fv)
		}
	}
}

// petrCode parses a code "A", "A:B", ":B" or "---"; null is true for a
// pattern that matches and codes nothing.
func (l *petrLoader) petrCode(c string) (fwd, rev string, null bool, reason string) {
	c = strings.TrimSpace(c)
	if c == "---" || c == "" {
		return "", "", true, ""
	}
	fwd, rev, _ = strings.Cut(c, ":")
	fwd, rev = strings.TrimSpace(fwd), strings.TrimSpace(rev)
	if fwd == "" {
		return "", "", false, "code with no forward event"
	}
	for _, x := range []string{fwd, rev} {
		if x == "" || x == "---" && x == rev {
			continue
		}
		if !isPetrCode(x) {
			return "", "", false, "malformed code"
		}
		if l.valid != nil && !l.valid(x) {
			return "", "", false, "code not in the ontology"
		}
	}
	if rev == "---" {
		rev = ""
	}
	return fwd, rev, false, ""
}

func isPetrCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	return s[0] >= '0' && s[0] <= '9'
}

// flush converts the current block into patterns.
func (l *petrLoader) flush() {
	if !l.inBlock {
		return
	}
	l.inBlock = false
	if len(l.verbs) == 0 {
		if len(l.patterns) > 0 || l.blockCode != "" {
			l.skipAt(l.blockLine, "verb block without verbs", l.blockText)
		}
		return
	}
	for _, v := range l.verbs {
		code := v.code
		if code == "" {
			code = l.blockCode
		}
		fwd, rev, null, reason := l.petrCode(code)
		if reason != "" {
			l.skipAt(v.line, reason, "["+code+"] "+v.text)
			continue
		}
		if null {
			continue // the verb alone codes nothing
		}
		p := l.newPattern(v, fwd, rev, v.line, v.text)
		l.add(p)
	}
	for _, pp := range l.patterns {
		l.convert(pp)
	}
}

func (l *petrLoader) newPattern(v petrVerb, fwd, rev string, line int, text string) *Pattern {
	p := &Pattern{Kind: verbPattern, Code: fwd, Reverse: rev, Trigger: []string{v.lemma},
		Rule: fmt.Sprintf("%s:%d: %s", l.short, line, text)}
	if v.form != "" {
		p.forms = []string{v.form}
		p.words++
	}
	if len(v.after) > 0 {
		p.items = append(p.items, item{words: []string{strings.Join(v.after, " ")}})
		p.words += len(v.after)
	}
	if len(v.before) > 0 {
		p.pre = append(p.pre, item{words: []string{strings.Join(v.before, " ")}})
		p.preAdjacent = true
		p.words += len(v.before)
	}
	return p
}

func (l *petrLoader) add(p *Pattern) {
	for _, t := range p.Trigger {
		l.d.verbs[t] = append(l.d.verbs[t], p)
	}
	l.d.n++
	l.rep.Patterns++
}

// petrElem is one element of a pattern: a word group (alternatives, each
// possibly several words that stand together), or a symbol.
type petrElem struct {
	sym  byte // 0 for words; '*', '$', '+', '^', '%'
	alts []string
	// joinStar: the words are joined to the verb by "_" ("RECENTLY_*")
	// and must stand right before it.
	joinStar bool
}

// convert turns one pattern line into patterns for every verb of the block.
func (l *petrLoader) convert(pp petrPattern) {
	t := pp.text
	i := strings.LastIndexByte(t, '[')
	if i < 0 {
		l.skipAt(pp.line, "pattern without a code", t)
		return
	}
	j := strings.IndexByte(t[i:], ']')
	if j < 0 {
		l.skipAt(pp.line, "pattern with an unclosed code", t)
		return
	}
	code := t[i+1 : i+j]
	body := t[:i]
	fwd, rev, null, reason := l.petrCode(code)
	if reason != "" {
		l.skipAt(pp.line, reason, t)
		return
	}
	elems, reason := l.parsePattern(body)
	if reason != "" {
		l.skipAt(pp.line, reason, t)
		return
	}
	star := -1
	for k, e := range elems {
		if e.sym == '*' {
			if star >= 0 {
				l.skipAt(pp.line, "pattern with two verbs", t)
				return
			}
			star = k
		}
	}
	if star < 0 {
		l.skipAt(pp.line, "pattern without a verb (*)", t)
		return
	}
	pre, preWords, negPre := toItems(elems[:star], false)
	post, postWords, _ := toItems(elems[star+1:], true)
	for _, v := range l.verbs {
		p := l.newPattern(v, fwd, rev, pp.line, "- "+strings.TrimSpace(t))
		if null {
			p.Code, p.Reverse = "", ""
		}
		p.items = append(p.items, post...)
		p.pre = append(append([]item(nil), pre...), p.pre...)
		p.preAdjacent = len(v.before) > 0 || star > 0 && elems[star-1].joinStar
		p.negOK = negPre
		p.words += preWords + postWords
		if len(pre) > 0 || len(post) > 0 {
			p.words++ // a pattern is more specific than its verb alone
		}
		l.add(p)
	}
}

// toItems converts pattern elements; words counts the words of the
// shortest alternative of each word item, for specificity ordering. A
// compound "%" after the verb is the target ("* WITH %").
func toItems(es []petrElem, post bool) (items []item, words int, neg bool) {
	for _, e := range es {
		switch e.sym {
		case '$':
			items = append(items, item{source: true})
		case '+':
			items = append(items, item{target: true})
		case '^':
			items = append(items, item{skipNP: true})
		case '%':
			if post {
				items = append(items, item{target: true})
			} else {
				items = append(items, item{compound: true})
			}
		case 0:
			items = append(items, item{words: e.alts})
			n := 0
			for i, a := range e.alts {
				if k := len(strings.Fields(a)); i == 0 || k < n {
					n = k
				}
			}
			words += n
			for _, a := range e.alts {
				for _, w := range strings.Fields(a) {
					if w == "not" || w == "n't" || w == "never" || w == "no" || w == "neither" {
						neg = true
					}
				}
			}
		}
	}
	return items, words, neg
}

// maxAlts bounds the expansion of synonym sets inside joined words.
const maxAlts = 256

// parsePattern splits a pattern body into elements.
func (l *petrLoader) parsePattern(body string) ([]petrElem, string) {
	// The words of a noun phrase {...} or prepositional phrase (...)
	// stand together.
	var b strings.Builder
	depth := 0
	for _, c := range body {
		switch {
		case c == '{' || c == '(':
			depth++
			b.WriteByte(' ')
		case c == '}' || c == ')':
			if depth > 0 {
				depth--
			}
			b.WriteByte(' ')
		case depth > 0 && (c == ' ' || c == '\t'):
			b.WriteByte('_')
		default:
			b.WriteRune(c)
		}
	}
	var out []petrElem
	for _, tok := range strings.Fields(b.String()) {
		// Split on "_" keeping symbols as their own parts; words joined by
		// "_" stand together.
		parts := strings.Split(tok, "_")
		var group [][]string // alternatives for the current joined run
		flushGroup := func() {
			if group == nil {
				return
			}
			alts := []string{""}
			for _, g := range group {
				var next []string
				for _, a := range alts {
					for _, b := range g {
						if a == "" {
							next = append(next, b)
						} else {
							next = append(next, a+" "+b)
						}
					}
				}
				alts = next
			}
			out = append(out, petrElem{alts: alts})
			group = nil
		}
		for _, p := range parts {
			switch {
			case p == "":
				continue
			case p == "*" || p == "$" || p == "+" || p == "^" || p == "%":
				joined := group != nil
				flushGroup()
				if joined && p == "*" {
					out[len(out)-1].joinStar = true
				}
				out = append(out, petrElem{sym: p[0]})
				continue
			case strings.HasPrefix(p, "&"):
				ms, ok := l.expandSyn(synName(p), 0)
				if !ok {
					return nil, "unknown synonym set " + p
				}
				group = append(group, ms)
			case strings.ContainsAny(p, "*$+^%&"):
				// "ANTI-" prefixes and other symbols glued to words.
				return nil, "symbol inside a word"
			default:
				group = append(group, []string{strings.ToLower(p)})
			}
			n := 1
			for _, g := range group {
				n *= len(g)
			}
			if n > maxAlts {
				return nil, "synonym sets expand too far"
			}
		}
		flushGroup()
	}
	return out, ""
}

// expandSyn returns the members of a synonym set as lower-case phrases,
// expanding nested sets.
func (l *petrLoader) expandSyn(name string, depth int) ([]string, bool) {
	ms, ok := l.syn[name]
	if !ok || depth > 5 {
		return nil, false
	}
	var out []string
	for _, m := range ms {
		if strings.HasPrefix(m, "&") {
			sub, ok := l.expandSyn(synName(m), depth+1)
			if !ok {
				return nil, false
			}
			out = append(out, sub...)
			continue
		}
		w := strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(m), "_", " ")), " ")
		if w != "" {
			out = append(out, w)
		}
	}
	return out, len(out) > 0
}
