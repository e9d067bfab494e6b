// Package text splits an article into sentences and tokens.
//
// The tokenizer follows Penn Treebank conventions closely enough for the
// tagger and the dictionaries: punctuation marks are tokens of their own,
// clitics split off ("Serbia's" → "Serbia" "'s", "don't" → "do" "n't"),
// abbreviations keep their period ("U.S.", "Gen."), and hyphenated words,
// numbers with separators ("13,500", "3.5") and dates ("1998-1999") stay whole.
// Tokens are substrings of the document text: tokenizing allocates nothing but
// the token and sentence slices.
//
// Sentences end at ".", "!", "?" (with any closing quotes and brackets that
// follow), at blank lines, and after a headline line. Periods inside brackets
// and abbreviations do not end a sentence.
package text

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-dev/annals/doc"
)

//go:embed data/abbreviations.txt
var abbreviationData []byte

// abbrevKind says whether an abbreviation may end a sentence.
type abbrevKind uint8

const (
	abbrevAny   abbrevKind = iota + 1 // may end a sentence
	abbrevTitle                       // never ends a sentence
)

// Segmenter splits documents into sentences and tokens. Its zero value is not
// usable; call New.
type Segmenter struct {
	abbrevs map[string]abbrevKind
}

// New returns a Segmenter with the built-in abbreviation list.
func New() (*Segmenter, error) {
	s := &Segmenter{abbrevs: make(map[string]abbrevKind, 128)}
	if err := s.LoadAbbreviations(bytes.NewReader(abbreviationData), "text/data/abbreviations.txt"); err != nil {
		return nil, err
	}
	return s, nil
}

// LoadAbbreviations adds abbreviations from r, in the format documented in
// text/data/abbreviations.txt. name is used in error messages.
func (s *Segmenter) LoadAbbreviations(r interface{ Read([]byte) (int, error) }, name string) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimSpace(sc.Text())
		if i := strings.IndexByte(l, '#'); i >= 0 {
			l = strings.TrimSpace(l[:i])
		}
		if l == "" {
			continue
		}
		f := strings.Fields(l)
		if len(f) > 2 {
			return fmt.Errorf("%s:%d: want WORD [title|any], got %q", name, line, l)
		}
		k := abbrevAny
		if len(f) == 2 {
			switch f[1] {
			case "title":
				k = abbrevTitle
			case "any":
			default:
				return fmt.Errorf("%s:%d: kind must be title or any, got %q", name, line, f[1])
			}
		}
		w := strings.TrimSuffix(f[0], ".")
		if w == "" {
			return fmt.Errorf("%s:%d: empty abbreviation", name, line)
		}
		s.abbrevs[w] = k
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// Name implements doc.Stage.
func (s *Segmenter) Name() string { return "text" }

// Process implements doc.Stage: it fills d.Tokens and d.Sentences.
func (s *Segmenter) Process(d *doc.Document) error {
	d.Tokens = s.tokenize(d.Text, d.Tokens[:0])
	d.Sentences = s.split(d.Text, d.Tokens, d.Sentences[:0])
	for i, sent := range d.Sentences {
		for j := sent.FirstToken; j < sent.EndToken; j++ {
			d.Tokens[j].Sentence = i
		}
	}
	return nil
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }
func isDigit(r rune) bool  { return r >= '0' && r <= '9' }
func isWordRune(r rune) bool {
	return isLetter(r) || isDigit(r)
}
func isApostrophe(r rune) bool { return r == '\'' || r == '’' }
func isHyphen(r rune) bool     { return r == '-' || r == '‐' || r == '‑' }

// runeAt decodes the rune at byte offset i of t.
func runeAt(t string, i int) (rune, int) {
	if i >= len(t) {
		return 0, 0
	}
	c := t[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(t[i:])
}

// tokenize appends the tokens of t to toks.
func (s *Segmenter) tokenize(t string, toks []doc.Token) []doc.Token {
	emit := func(a, b int) {
		toks = append(toks, doc.Token{Span: doc.Span{Start: a, End: b}, Text: t[a:b]})
	}
	i := 0
	for i < len(t) {
		r, n := runeAt(t, i)
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			// Punctuation: "..." and "--" stay together; everything else alone.
			if r == '.' && strings.HasPrefix(t[i:], "...") {
				emit(i, i+3)
				i += 3
				continue
			}
			if r == '-' && strings.HasPrefix(t[i:], "--") {
				emit(i, i+2)
				i += 2
				continue
			}
			// A leading apostrophe before a digit ("'90s") or a clitic.
			if isApostrophe(r) {
				if j := i + n; j < len(t) {
					if c := t[j]; c == 's' || c == 'S' || c == 'd' || c == 'm' {
						if k := j + 1; k >= len(t) || !isWordRune(runeAt1(t, k)) {
							if len(toks) > 0 && toks[len(toks)-1].End == i {
								emit(i, k)
								i = k
								continue
							}
						}
					}
				}
			}
			emit(i, i+n)
			i += n
			continue
		}
		// A word: letters, digits, and inner joiners ("-", ".", ",", "'", "&", "/")
		// that have a word character on both sides.
		start := i
		j := i + n
		inner := false // saw an inner period
		for j < len(t) {
			r2, n2 := runeAt(t, j)
			if isWordRune(r2) {
				j += n2
				continue
			}
			next, _ := runeAt(t, j+n2)
			if j+n2 >= len(t) || !isWordRune(next) {
				break
			}
			prev, _ := utf8.DecodeLastRuneInString(t[:j])
			switch {
			case isHyphen(r2), r2 == '/' && isDigit(prev) && isDigit(next), r2 == '&' && unicode.IsUpper(prev):
				j += n2
				continue
			case (r2 == ',' || r2 == ':') && isDigit(prev) && isDigit(next):
				j += n2
				continue
			case r2 == '.' && (isDigit(prev) && isDigit(next) || isLetter(prev) && isLetter(next) && shortSegment(t[start:j])):
				inner = inner || isLetter(prev)
				j += n2
				continue
			case isApostrophe(r2):
				// Clitics split off: n't, 's, 're, 've, 'll, 'd, 'm.
				rest := t[j+n2:]
				if c := clitic(t[start:j], rest); c > 0 {
					break
				}
				if (prev == 'n' || prev == 'N') && (rest[0] == 't' || rest[0] == 'T') && (len(rest) == 1 || !isWordRune(runeAt1(rest, 1))) {
					break
				}
				// O'Brien, al-Qa'ida: apostrophe inside a name.
				j += n2
				continue
			}
			break
		}
		end := j
		// n't: "don't" → "do" "n't"
		if j < len(t) && isApostrophe(runeAt1(t, j)) && end-start > 1 && (t[end-1] == 'n' || t[end-1] == 'N') {
			_, an := runeAt(t, j)
			if k := j + an; k < len(t) && (t[k] == 't' || t[k] == 'T') && (k+1 >= len(t) || !isWordRune(runeAt1(t, k+1))) {
				emit(start, end-1)
				emit(end-1, k+1)
				i = k + 1
				continue
			}
		}
		// A trailing period belongs to an abbreviation.
		if end < len(t) && t[end] == '.' && !strings.HasPrefix(t[end:], "...") {
			w := t[start:end]
			if inner || s.abbrevs[w] != 0 && (s.abbrevs[w] != abbrevTitle || nameFollows(t, end+1)) || isInitial(w) {
				end++
			}
		}
		emit(start, end)
		i = end
		// Clitic after the word.
		if i < len(t) && isApostrophe(runeAt1(t, i)) {
			_, an := runeAt(t, i)
			if c := clitic(t[start:i], t[i+an:]); c > 0 {
				emit(i, i+an+c)
				i += an + c
			}
		}
	}
	return toks
}

// nameFollows reports whether a capitalized word follows position i on the
// same line: a title abbreviation ("Sen.", "Gen.") keeps its period only
// before a name; at the end of a line or text ("met Hun Sen.") the period
// ends the sentence.
func nameFollows(t string, i int) bool {
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	if i >= len(t) {
		return false
	}
	r, _ := runeAt(t, i)
	return unicode.IsUpper(r)
}

func runeAt1(t string, i int) rune { r, _ := runeAt(t, i); return r }

// shortSegment reports whether the last period-separated part of w is short
// enough for an abbreviation like "U.S" or "e.g" (at most 2 letters).
func shortSegment(w string) bool {
	if k := strings.LastIndexByte(w, '.'); k >= 0 {
		w = w[k+1:]
	}
	return utf8.RuneCountInString(w) <= 2
}

// isInitial reports whether w is a single capital letter ("J").
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// clitic returns the length in bytes of a clitic ("s", "re", "ve", "ll",
// "d", "m") at the start of rest, when it ends there, else 0.
func clitic(word, rest string) int {
	for _, c := range [...]string{"s", "re", "ve", "ll", "d", "m", "S", "RE", "VE", "LL", "D", "M"} {
		if strings.HasPrefix(rest, c) && (len(rest) == len(c) || !isWordRune(runeAt1(rest, len(c)))) {
			return len(c)
		}
	}
	return 0
}
