package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-dev/annals/doc"
)

// sentenceStarters are words that, capitalized after an abbreviation that may
// end a sentence ("U.S."), show that a new sentence begins.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "But": true, "And": true, "In": true, "On": true, "At": true,
	"This": true, "That": true, "These": true, "Those": true, "There": true, "Its": true,
	"His": true, "Her": true, "Their": true, "Our": true, "After": true, "Before": true,
	"When": true, "While": true, "However": true, "Meanwhile": true, "Earlier": true,
	"Later": true, "Some": true, "Many": true, "Most": true, "No": true, "If": true,
	"As": true, "Officials": true, "According": true, "Last": true,
}

// split groups toks into sentences.
func (s *Segmenter) split(t string, toks []doc.Token, sents []doc.Sentence) []doc.Sentence {
	first := 0
	depth := 0 // bracket depth: periods inside brackets do not end sentences
	closeAt := func(end int) {
		if end > first {
			sents = append(sents, doc.Sentence{
				Span:       doc.Span{Start: toks[first].Start, End: toks[end-1].End},
				FirstToken: first, EndToken: end,
			})
		}
		first = end
		depth = 0
	}
	for i := 0; i < len(toks); i++ {
		tk := toks[i].Text
		// A paragraph break or a headline line before this token.
		if i > first && breakBetween(t, toks[i-1], toks[i]) {
			closeAt(i)
		}
		switch tk {
		case "(", "[", "{":
			depth++
			continue
		case ")", "]", "}":
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth > 0 {
			continue
		}
		terminal := tk == "." || tk == "!" || tk == "?" || tk == "..." || tk == "?!"
		if !terminal && strings.HasSuffix(tk, ".") && len(tk) > 1 {
			// An abbreviation that may end a sentence: it does when a
			// sentence plainly starts next.
			if s.abbrevs[strings.TrimSuffix(tk, ".")] != abbrevTitle && !isInitial(strings.TrimSuffix(tk, ".")) &&
				i+1 < len(toks) && startsSentence(toks[i+1].Text) {
				closeAt(i + 1)
			}
			continue
		}
		if !terminal {
			continue
		}
		// Absorb closing quotes and brackets that hug the terminal mark.
		end := i + 1
		for end < len(toks) && isCloser(toks[end].Text) && toks[end].Start == toks[end-1].End {
			end++
		}
		if end < len(toks) {
			nx := toks[end].Text
			r, _ := utf8.DecodeRuneInString(nx)
			// "said 3.5 million." ... a lower-case continuation is no new
			// sentence ("e.g. this"), unless a paragraph breaks.
			if unicode.IsLower(r) && !breakBetween(t, toks[end-1], toks[end]) {
				i = end - 1
				continue
			}
		}
		closeAt(end)
		i = end - 1
	}
	closeAt(len(toks))
	return sents
}

func isCloser(s string) bool {
	switch s {
	case `"`, "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

func startsSentence(w string) bool {
	if sentenceStarters[w] {
		return true
	}
	switch w {
	case `"`, "“":
		return true
	}
	return false
}

// breakBetween reports whether the whitespace between tokens a and b holds a
// blank line (a paragraph break, or the end of a headline). A single line
// break is only wrapping.
func breakBetween(t string, a, b doc.Token) bool {
	gap := t[a.End:b.Start]
	nl := strings.Count(gap, "\n")
	if nl >= 2 {
		return true
	}
	return false
}
