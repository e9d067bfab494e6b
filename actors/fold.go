package actors

import (
	"unicode"
	"unicode/utf8"
)

// foldMap maps accented Latin letters to their base letter.
var foldMap = map[rune]string{}

func init() {
	pairs := []string{
		"àáâãäåāăą", "a", "æ", "ae", "çćĉċč", "c", "ďđð", "d", "èéêëēĕėęě", "e",
		"ĝğġģ", "g", "ĥħ", "h", "ìíîïĩīĭįı", "i", "ĵ", "j", "ķ", "k", "ĺļľŀł", "l",
		"ñńņňŉ", "n", "òóôõöøōŏő", "o", "œ", "oe", "ŕŗř", "r", "śŝşšș", "s", "ß", "ss",
		"ţťŧț", "t", "ùúûüũūŭůűų", "u", "ŵ", "w", "ýÿŷ", "y", "źżž", "z", "þ", "th",
		"’‘", "'",
	}
	for i := 0; i < len(pairs); i += 2 {
		for _, r := range pairs[i] {
			foldMap[r] = pairs[i+1]
		}
	}
}

// fold appends to dst the lower-case, diacritic-free form of s.
func fold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		r = unicode.ToLower(r)
		if f, ok := foldMap[r]; ok {
			dst = append(dst, f...)
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// isFolded reports whether s is already in folded form (ASCII without
// upper-case letters), so that it can be used as a key without copying.
func isFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// caseOK reports whether token text t may match the dictionary word w:
// lower-case words match any case, capitalized words need a capital, and
// acronyms of up to three letters ("US", "UN") need exact capitals.
func caseOK(w, t string) bool {
	if w == "" || t == "" {
		return true
	}
	wr, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(wr) {
		return true
	}
	tr, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(tr) {
		return false
	}
	if len(w) <= 3 && allUpper(w) {
		return allUpper(t)
	}
	return true
}

func allUpper(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0
}

// lowerWord reports whether t begins with a lower-case letter.
func lowerWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}
