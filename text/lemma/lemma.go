// Package lemma maps a word and its Penn Treebank tag to its lower-case
// dictionary form: "detained"/VBN → detain, "was"/VBD → be,
// "casualties"/NNS → casualty, "bigger"/JJR → big.
//
// It is driven by embedded, commented data files in data/: irregular.txt
// (irregular verbs, plurals and comparatives, written for Annals),
// rules.txt (suffix rules) and a lexicon of base forms (lexicon.txt,
// generated from WordNet 3.0, plus extra.txt) used to choose between
// candidate stems ("stopped" → stop, "described" → describe, "hoped" → hope).
// Only verbs (VBD, VBN, VBG, VBZ and irregular forms of any verb tag),
// plural common nouns (NNS) and comparatives/superlatives (JJR, JJS, RBR,
// RBS) change beyond lower-casing.
package lemma

//go:generate go run ./internal/genlex -wordnet /usr/share/wordnet -out data/lexicon.txt

import (
	"embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/annals-dev/annals/doc"
)

//go:embed data/*.txt
var dataFS embed.FS

// Data files, in load order.
const (
	fileIrregular = "data/irregular.txt"
	fileRules     = "data/rules.txt"
	fileLexicon   = "data/lexicon.txt"
	fileExtra     = "data/extra.txt"
)

var (
	loadOnce sync.Once
	loaded   *tables
	loadErr  error
)

// load parses the embedded data once.
func load() (*tables, error) {
	loadOnce.Do(func() {
		files := map[string]string{}
		for _, name := range []string{fileIrregular, fileRules, fileLexicon, fileExtra} {
			b, err := dataFS.ReadFile(name)
			if err != nil {
				loadErr = fmt.Errorf("lemma: %w", err)
				return
			}
			files[name] = string(b)
		}
		loaded, loadErr = parseTables(files)
	})
	return loaded, loadErr
}

// Lemma returns the lower-case dictionary form of word tagged tag (a Penn
// Treebank tag; an unknown or empty tag only lower-cases). It does not
// allocate when word is lower-case ASCII and its lemma is word itself, a
// prefix of it, or listed in the data. It panics if the embedded data is
// malformed, which the package's tests rule out; Stage.Process reports that
// as an error instead.
func Lemma(word, tag string) string {
	t, err := load()
	if err != nil {
		panic(err)
	}
	return t.lemma(word, tag)
}

// Stage is the pipeline stage that fills Token.Lemma from Token.Text and
// Token.Tag; it runs after the part-of-speech tagger (package postag).
// Its zero value is ready to use, and it keeps no state between documents.
type Stage struct{}

// Name implements doc.Stage.
func (Stage) Name() string { return "lemma" }

// Process implements doc.Stage.
func (Stage) Process(d *doc.Document) error {
	t, err := load()
	if err != nil {
		return err
	}
	for i := range d.Tokens {
		tok := &d.Tokens[i]
		tok.Lemma = t.lemma(tok.Text, tok.Tag)
	}
	return nil
}

// Word classes that have suffix rules.
const (
	classNone = iota
	classV
	classN
	classA
	numClasses
)

// Lexicon class bits.
const (
	lexV = 1 << iota
	lexN
	lexA
	lexR
)

// classLex is the lexicon bits a class's candidates are checked against.
var classLex = [numClasses]uint8{classV: lexV, classN: lexN, classA: lexA | lexR}

// ptbTags is the Penn Treebank tag set; a tag's bit is 1 << its index.
var ptbTags = []string{
	"CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN",
	"NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP",
	"SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP",
	"WP$", "WRB", "``", "''", ",", ".", ":", "(", ")", "$", "#", "HYPH", "NFP",
	"ADD", "AFX", "XX", "-LRB-", "-RRB-",
}

// tagInfo is what the lemmatizer needs to know about a tag.
type tagInfo struct {
	bit   uint64
	class int
	// mistag is the class whose rules apply to a word tagged as a base
	// form when the lexicon shows it is an inflected one.
	mistag int
}

var tagInfos = func() map[string]tagInfo {
	m := make(map[string]tagInfo, len(ptbTags))
	for i, t := range ptbTags {
		info := tagInfo{bit: 1 << i}
		switch t {
		case "VBD", "VBN", "VBG", "VBZ":
			info.class = classV
		case "NNS":
			info.class = classN
		case "VB", "VBP":
			info.mistag = classV
		case "NN":
			info.mistag = classN
		case "JJR", "JJS", "RBR", "RBS":
			info.class = classA
		}
		m[t] = info
	}
	return m
}()

// formLemma is one lemma of a form, for the tags in mask.
type formLemma struct {
	mask  uint64
	lemma string
}

// rule is one suffix rule.
type rule struct {
	suffix string
	cands  []string // replacements; "=" undouble, "?" guess
	def    int      // index of the default candidate
}

// lexEntry is a lexicon word (kept so that a lookup can return it without
// allocating) and its class bits.
type lexEntry struct {
	word    string
	classes uint8
}

// tables is the parsed data.
type tables struct {
	forms map[string][]formLemma
	// simplePast holds the irregular past forms that are not also their
	// verb's participle or base ("withdrew", "took", not "fought", "hit").
	simplePast map[string]bool
	rules      [numClasses][]rule // longest suffix first
	lex        map[string]lexEntry
	eend       []string
}

// lemma implements Lemma.
func (t *tables) lemma(word, tag string) string {
	if pre, last, ok := t.unknownCompound(word); ok {
		// "tear-gassed" is "tear-" and the lemma of "gassed".
		if l := t.lemma(last, tag); l != strings.ToLower(last) {
			return strings.ToLower(pre) + l
		}
	}
	var arr [64]byte
	low, lower := lowerBytes(arr[:0], word)
	info := tagInfos[tag]
	if info.bit != 0 {
		forms := t.forms[string(low)]
		for _, f := range forms {
			if f.mask&info.bit != 0 {
				return f.lemma
			}
		}
		// A past form tagged as a base form ("slept"/VBP, a tagger
		// error) when it is no base verb itself ("found", "lay" are).
		if info.bit&maskBase != 0 {
			for _, f := range forms {
				if f.mask&maskPast != 0 {
					if e, ok := t.lex[string(low)]; !ok || e.classes&lexV == 0 {
						return f.lemma
					}
				}
			}
		}
	}
	if info.class != classNone && !hasDigit(low) {
		if r := t.findRule(info.class, low); r != nil {
			return t.applyRule(r, info.class, word, low, lower)
		}
	}
	if info.mistag != classNone && !hasDigit(low) {
		// An inflected form the tagger took for a base form ("recovered"
		// as VBP, "troops" as NN): only when the word itself is no lemma
		// of the class and a candidate is.
		want := classLex[info.mistag]
		if e, ok := t.lex[string(low)]; !ok || e.classes&want == 0 {
			if r := t.findRule(info.mistag, low); r != nil {
				if s, ok := t.pick(r, low, want); ok {
					return s
				}
			}
		}
	}
	if !lower {
		// Return the lexicon's copy rather than a new string.
		if e, ok := t.lex[string(low)]; ok {
			return e.word
		}
	}
	return result(word, low, lower)
}

// unknownCompound splits a hyphenated word the data does not list
// ("tear-gassed", "baton-charged") before its last part, which carries its
// inflection.
func (t *tables) unknownCompound(word string) (pre, last string, ok bool) {
	h := strings.LastIndexByte(word, '-')
	if h <= 0 || h+2 > len(word) || strings.IndexByte(word, '-') == 0 {
		return "", "", false
	}
	var arr [64]byte
	low, _ := lowerBytes(arr[:0], word)
	if _, ok := t.forms[string(low)]; ok {
		return "", "", false
	}
	if _, ok := t.lex[string(low)]; ok {
		return "", "", false
	}
	return word[:h+1], word[h+1:], true
}

// result returns low as a string, as a substring of word when word is
// lower-case already.
func result(word string, low []byte, lower bool) string {
	if lower && len(low) <= len(word) {
		return word[:len(low)]
	}
	return string(low)
}

// lowerBytes appends the lower-case form of w to dst and reports whether w
// was lower-case already (ASCII or not).
func lowerBytes(dst []byte, w string) ([]byte, bool) {
	lower := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return lowerRunes(dst[:0], w)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
			lower = false
		}
		dst = append(dst, c)
	}
	return dst, lower
}

func lowerRunes(dst []byte, w string) ([]byte, bool) {
	lower := true
	for i, r := range w {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(w[i:]); size == 1 {
				lower = false // rewritten as U+FFFD
			}
		}
		l := unicode.ToLower(r)
		if r == '\u2019' { // typographic apostrophe: "n’t", "’s"
			l = '\''
		}
		if l != r {
			lower = false
		}
		dst = utf8.AppendRune(dst, l)
	}
	return dst, lower
}

func (t *tables) findRule(class int, low []byte) *rule {
	rs := t.rules[class]
	for i := range rs {
		s := rs[i].suffix
		if len(low) > len(s) && string(low[len(low)-len(s):]) == s {
			return &rs[i]
		}
	}
	return nil
}

func hasDigit(b []byte) bool {
	for _, c := range b {
		if c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

// shortCVC reports whether stem is one syllable ending consonant, vowel,
// consonant (not w, x or y): "hop", "wag", "us".
func shortCVC(stem []byte) bool {
	n := len(stem)
	if n < 2 {
		return false
	}
	last := stem[n-1]
	if isVowel(last) || last == 'w' || last == 'x' || last == 'y' || last < 'a' || last > 'z' {
		return false
	}
	if !isVowel(stem[n-2]) || n >= 3 && isVowel(stem[n-3]) {
		return false
	}
	for i := 0; i < n-2; i++ {
		if isVowel(stem[i]) || stem[i] < 'a' || stem[i] > 'z' {
			return false
		}
	}
	return true
}

// doubled reports whether stem ends in a doubled consonant.
func doubled(stem []byte) bool {
	n := len(stem)
	return n >= 3 && stem[n-1] == stem[n-2] && !isVowel(stem[n-1]) && stem[n-1] >= 'a' && stem[n-1] <= 'z'
}

// candidate appends candidate c applied to stem to dst; ok is false when
// the candidate does not apply (undoubling a stem without a double).
func (t *tables) candidate(dst, stem []byte, c string) (out []byte, ok bool) {
	switch c {
	case "-":
		return append(dst, stem...), true
	case "=":
		if !doubled(stem) {
			return dst, false
		}
		return append(dst, stem[:len(stem)-1]...), true
	case "?":
		return t.guess(dst, stem), true
	}
	return append(append(dst, stem...), c...), true
}

// guess shapes a verb stem not found in the lexicon.
func (t *tables) guess(dst, stem []byte) []byte {
	n := len(stem)
	if doubled(stem) {
		switch stem[n-1] {
		case 'l', 's', 'z', 'f':
		default:
			return append(dst, stem[:n-1]...)
		}
	}
	for _, e := range t.eend {
		if n > len(e) && string(stem[n-len(e):]) == e {
			return append(append(dst, stem...), 'e')
		}
	}
	if shortCVC(stem) {
		return append(append(dst, stem...), 'e')
	}
	return append(dst, stem...)
}

// known returns candidate c applied to stem when the lexicon lists the
// result with one of the class bits want.
func (t *tables) known(buf, stem []byte, c string, want uint8) (string, bool) {
	if c == "?" {
		return "", false
	}
	b, ok := t.candidate(buf, stem, c)
	if !ok {
		return "", false
	}
	if e, ok := t.lex[string(b)]; ok && e.classes&want != 0 {
		return e.word, true
	}
	return "", false
}

// pick returns the first candidate of rule r for low that the lexicon
// lists with one of the class bits want.
func (t *tables) pick(r *rule, low []byte, want uint8) (string, bool) {
	stem := low[:len(low)-len(r.suffix)]
	var arr [64]byte
	// A short consonant-vowel-consonant stem takes an "e" first: "hoped"
	// is hope's, hop's is "hopped".
	if shortCVC(stem) {
		for _, c := range r.cands {
			if c == "e" {
				if s, ok := t.known(arr[:0], stem, c, want); ok {
					return s, true
				}
			}
		}
	}
	for _, c := range r.cands {
		if s, ok := t.known(arr[:0], stem, c, want); ok {
			return s, true
		}
	}
	return "", false
}

// applyRule picks the lemma of low by rule r.
func (t *tables) applyRule(r *rule, class int, word string, low []byte, lower bool) string {
	stem := low[:len(low)-len(r.suffix)]
	want := classLex[class]
	if s, ok := t.pick(r, low, want); ok {
		return s
	}
	if class == classA {
		return result(word, low, lower)
	}
	// A word that is itself a lemma of the class, and none of whose
	// candidates is, stays as it is ("measles", "need" mis-tagged VBD); so
	// does a verb form none of whose candidates is a verb but that is a
	// word of another class ("incoming", "ongoing").
	if e, ok := t.lex[string(low)]; ok && (e.classes&want != 0 || class == classV) {
		return e.word
	}
	var arr [64]byte
	b, _ := t.candidate(arr[:0], stem, r.cands[r.def])
	if len(b) <= len(stem) && string(b) == string(stem[:len(b)]) {
		return result(word, b, lower)
	}
	return string(b)
}

// IsSimplePast reports whether word (any case) can only be a verb's simple
// past: an irregular past that is not also its participle or base form and
// that the lexicon does not list as a noun or adjective ("withdrew",
// "took", "began"; not "fought", "hit", "rose", "saw").
func IsSimplePast(word string) bool {
	t, err := load()
	if err != nil {
		panic(err)
	}
	var arr [64]byte
	low, _ := lowerBytes(arr[:0], word)
	if !t.simplePast[string(low)] {
		return false
	}
	e, ok := t.lex[string(low)]
	return !ok || e.classes&(lexN|lexA) == 0
}

// IsVerbForm reports whether word can be the verb form that tag (VB, VBP,
// VBZ, VBD or VBN) names: its lemma under that tag is a verb of the lexicon
// and the word has that form: a base form is its own lemma, a past form ends
// in "ed" or is listed as an irregular past ("shot" is shoot's), an -s form
// ends in "s" ("captures" is capture's). The tagger uses it to retag a noun
// or adjective it read in a verb's place.
func IsVerbForm(word, tag string) bool {
	t, err := load()
	if err != nil {
		panic(err)
	}
	if _, last, ok := t.unknownCompound(word); ok {
		return IsVerbForm(last, tag) // "tear-gassed" as "gassed"
	}
	l := t.lemma(word, tag)
	e, ok := t.lex[l]
	if !ok || e.classes&lexV == 0 {
		return false
	}
	var arr [64]byte
	low, _ := lowerBytes(arr[:0], word)
	switch tag {
	case "VB", "VBP":
		return l == string(low)
	case "VBZ":
		return l != string(low) && len(low) > 1 && low[len(low)-1] == 's'
	case "VBD", "VBN":
		if l == string(low) {
			// Only a past the same as its base: "beat", "hit", "cut".
			for _, f := range t.forms[string(low)] {
				if f.mask&maskPast != 0 {
					return true
				}
			}
			return false
		}
		if n := len(low); n > 2 && low[n-2] == 'e' && low[n-1] == 'd' {
			return true
		}
		for _, f := range t.forms[string(low)] {
			if f.mask&maskPast != 0 {
				return true
			}
		}
	}
	return false
}
