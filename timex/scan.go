package timex

import (
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Token kinds.
const (
	kWord uint8 = iota
	kNum
	kPunct
)

// Token flags.
const (
	fCap    uint8 = 1 << iota // word starts with an upper-case letter
	fOrd                      // number with an ordinal suffix: 24th
	fDecade                   // number with a plural s: 1990s, '80s
	fFrac                     // number with a comma or decimal point
	fPara                     // first token after a blank line
	fApos                     // number written with a leading apostrophe: '80s
	fAllCap                   // word entirely in capitals
)

// token is one word, number or punctuation mark of the text.
type token struct {
	start, end int
	kind       uint8
	flags      uint8
	ndig       int    // digits in a number
	num        int    // value of a number
	low        string // lower-case word; the mark itself for punctuation
	wi         *wordInfo
	pos        string // part-of-speech tag from the document, if any
}

// scanner splits text into tokens, reusing its buffers between calls.
type scanner struct {
	toks  []token
	arena []byte
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// lower returns the lower-case form of s, without allocating when s is
// already lower case. The result may point into the scanner's arena and is
// valid until the next scan.
func (sc *scanner) lower(s string) string {
	up := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			up = true
			break
		}
	}
	if !up {
		return s
	}
	start := len(sc.arena)
	if cap(sc.arena)-start < len(s)+8 {
		// A new block: strings made earlier keep the old one alive.
		sc.arena = make([]byte, 0, 2*cap(sc.arena)+len(s)+4096)
		start = 0
	}
	for _, r := range s {
		sc.arena = utf8.AppendRune(sc.arena, unicode.ToLower(r))
	}
	b := sc.arena[start:]
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// scan tokenizes text.
func (sc *scanner) scan(text string, lx *lexicon) []token {
	toks := sc.toks[:0]
	sc.arena = sc.arena[:0]
	n := len(text)
	nl := 0
	for i := 0; i < n; {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			i++
			continue
		case c == '\n':
			nl++
			i++
			continue
		case c >= 0x80:
			if r, sz := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
				i += sz // no-break and thin spaces
				continue
			}
		}
		t := token{start: i}
		if nl >= 2 {
			t.flags |= fPara
		}
		nl = 0
		switch {
		case isLetter(c) || c >= 0x80 && startsLetter(text[i:]):
			j := i
			for j < n {
				if isLetter(text[j]) {
					j++
					continue
				}
				if text[j] >= 0x80 {
					r, sz := utf8.DecodeRuneInString(text[j:])
					if unicode.IsLetter(r) {
						j += sz
						continue
					}
				}
				break
			}
			// Dotted abbreviations: a.m., p.m., U.S.
			if j-i == 1 && j+2 < n && text[j] == '.' && isLetter(text[j+1]) && (j+2 >= n || !isLetter(text[j+2])) {
				j += 2
				if j < n && text[j] == '.' {
					j++
				}
			}
			t.end = j
			t.kind = kWord
			w := text[i:j]
			if c >= 'A' && c <= 'Z' {
				t.flags |= fCap
				if len(w) > 1 && w[1] >= 'A' && w[1] <= 'Z' {
					t.flags |= fAllCap
				}
			}
			t.low = sc.lower(w)
			t.wi = lx.words[t.low]
			i = j
		case isDigit(c) || c == '\'' && i+2 < n && isDigit(text[i+1]) && isDigit(text[i+2]) && (i+3 == n || !isDigit(text[i+3])):
			j := i
			if c == '\'' {
				t.flags |= fApos
				j++
			}
			v := 0
			for j < n {
				d := text[j]
				if isDigit(d) {
					if v < 1e9 {
						v = v*10 + int(d-'0')
					}
					t.ndig++
					j++
					continue
				}
				if (d == ',' || d == '.') && j+1 < n && isDigit(text[j+1]) && t.flags&fApos == 0 {
					t.flags |= fFrac
					j++
					continue
				}
				break
			}
			t.kind = kNum
			t.num = v
			// Suffixes: 1990s, 24th, 1st.
			if j < n && isLetter(text[j]) {
				k := j
				for k < n && isLetter(text[k]) {
					k++
				}
				suf := text[j:k]
				switch {
				case suf == "s" || suf == "S":
					t.flags |= fDecade
					j = k
				case len(suf) == 2 && (eqFold(suf, "th") || eqFold(suf, "st") || eqFold(suf, "nd") || eqFold(suf, "rd")):
					t.flags |= fOrd
					j = k
				}
			} else if j+1 < n && text[j] == '\'' && (text[j+1] == 's') && (j+2 == n || !isLetter(text[j+2])) && t.ndig == 4 && v%10 == 0 {
				// 1990's
				t.flags |= fDecade
				j += 2
			}
			t.end = j
			t.low = text[i:j]
			i = j
		default:
			_, sz := utf8.DecodeRuneInString(text[i:])
			t.end = i + sz
			t.kind = kPunct
			t.low = text[i : i+sz]
			if t.low == "’" {
				t.low = "'"
			} else if t.low == "–" || t.low == "—" {
				t.low = "-"
			}
			t.wi = lx.words[t.low]
			i += sz
		}
		toks = append(toks, t)
	}
	sc.toks = toks
	return toks
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func eqFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i]|0x20 != b[i]|0x20 {
			return false
		}
	}
	return true
}
