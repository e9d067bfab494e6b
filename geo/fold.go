package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

func appendLowerRune(dst []byte, r rune) []byte { return utf8.AppendRune(dst, unicode.ToLower(r)) }

// foldTable maps accented Latin letters to lower-case ASCII.
var foldTable = func() map[rune]string {
	m := map[rune]string{}
	for _, p := range strings.Fields("àáâãäåāăąǎ:a çćĉċč:c ďđ:d èéêëēĕėęě:e ĝğġģ:g ĥħ:h ìíîïĩīĭįıǐ:i ĵ:j ķ:k " +
		"ĺļľŀł:l ñńņňŉ:n òóôõöøōŏőǒ:o ŕŗř:r śŝşšș:s ţťŧț:t ùúûüũūŭůűųǔ:u ŵ:w ýÿŷ:y źżž:z") {
		chars, to, _ := strings.Cut(p, ":")
		for _, r := range chars {
			m[r] = to
			m[unicode.ToUpper(r)] = to
		}
	}
	m['İ'] = "i"
	m['ß'] = "ss"
	for r, s := range map[rune]string{'æ': "ae", 'œ': "oe", 'þ': "th", 'ð': "d"} {
		m[r] = s
		m[unicode.ToUpper(r)] = s
	}
	return m
}()
