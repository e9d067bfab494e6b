package coder

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
)

// Pattern kinds.
const (
	verbPattern = 'V'
	nounPattern = 'N'
)

// item is one element of a pattern after its trigger word.
type item struct {
	words  []string   // alternatives; empty for slots and skips
	multi  [][]string // the alternatives split into words, for multi-word ones
	target bool       // "+": the target actor stands here
	source bool       // "$": the source actor stands here
	skip   bool       // "...": any number of tokens within the clause
	// compound: a compound actor ("Arnor and Gondor") stands here
	// (PETRARCH's "%"); matched like a source slot.
	compound bool
	// skipNP skips one noun phrase, with the preposition before it
	// (PETRARCH's "^").
	skipNP bool
}

// Pattern is one dictionary entry: a trigger lemma, the items that must
// follow it, and the CAMEO code it yields.
type Pattern struct {
	Kind byte // 'V' or 'N'
	// Code is the CAMEO code; "" makes a null pattern, which matches and
	// codes nothing (PETRARCH's "[---]").
	Code string
	// Reverse, when set, is the code of a second event from the target
	// back to the source (PETRARCH's "[A:B]").
	Reverse string
	Trigger []string // alternatives for the trigger lemma
	items   []item
	// pre are items that must stand before the trigger in its clause (in
	// order); forms, when set, restrict the trigger to these word forms;
	// negOK marks a pattern whose items include the negation, so that a
	// negated verb group does not cancel it.
	pre   []item
	forms []string
	negOK bool
	// negOnly marks a pattern for negated verb groups only (kind "V!" in
	// verbs.txt: "V! 120 accept ... refugees" codes "will not accept
	// refugees" as a rejection).
	negOnly bool
	// preAdjacent: the last pre-item stands right before the trigger.
	preAdjacent bool
	// subject, when set, is a word that must stand just before the verb
	// group in its clause, up to 3 tokens before it ("[bomb|bombs]
	// explode": "a car bomb exploded").
	subject *item
	// Rule is "file:line: text" for provenance.
	Rule string
	// words is the number of literal items, for specificity ordering.
	words int
}

// Dictionary holds verb and noun patterns indexed by trigger lemma.
type Dictionary struct {
	verbs map[string][]*Pattern
	nouns map[string][]*Pattern
	n     int
}

// NewDictionary returns an empty dictionary.
func NewDictionary() *Dictionary {
	return &Dictionary{verbs: map[string][]*Pattern{}, nouns: map[string][]*Pattern{}}
}

// Len reports the number of patterns.
func (d *Dictionary) Len() int { return d.n }

// LoadFile adds the patterns of a file in the verbs.txt format.
func (d *Dictionary) LoadFile(path string, valid func(code string) bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return d.Load(f, path, valid)
}

// Load adds the patterns read from r, in the format documented at the top of
// coder/data/verbs.txt. name is used in error messages and provenance; valid,
// when not nil, rejects unknown CAMEO codes.
func (d *Dictionary) Load(r io.Reader, name string, valid func(code string) bool) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		raw := sc.Text()
		l := raw
		if i := strings.IndexByte(l, '#'); i >= 0 {
			l = l[:i]
		}
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		if len(f) < 3 {
			return fmt.Errorf("%s:%d: want KIND CODE PATTERN, got %q", name, line, strings.TrimSpace(l))
		}
		negOnly := f[0] == "V!"
		if negOnly {
			f[0] = "V"
		}
		if f[0] != "V" && f[0] != "N" {
			return fmt.Errorf("%s:%d: kind must be V, V! or N, got %q", name, line, f[0])
		}
		code := f[1]
		if code == "---" {
			code = "" // a null pattern: it matches and codes nothing
		} else if !isCode(code) {
			return fmt.Errorf("%s:%d: %q is not a CAMEO code", name, line, code)
		} else if valid != nil && !valid(code) {
			return fmt.Errorf("%s:%d: unknown CAMEO code %q", name, line, code)
		}
		p := &Pattern{Kind: f[0][0], Code: code, Rule: fmt.Sprintf("%s:%d: %s %s %s", shortName(name), line, f[0], code, strings.Join(f[2:], " "))}
		if negOnly {
			p.negOnly, p.negOK = true, true
			p.Rule = fmt.Sprintf("%s:%d: V! %s %s", shortName(name), line, code, strings.Join(f[2:], " "))
		}
		if w := f[2]; len(w) > 2 && w[0] == '[' && w[len(w)-1] == ']' {
			// A subject word before the trigger.
			if p.Kind == nounPattern || strings.ContainsAny(w, "+$") {
				return fmt.Errorf("%s:%d: a [subject] word needs a V pattern and plain words, got %q", name, line, w)
			}
			alts := splitAlts(w[1 : len(w)-1])
			it := &item{words: alts}
			for _, a := range alts {
				it.multi = append(it.multi, strings.Fields(a))
			}
			p.subject = it
			p.words++
			f = append(f[:2], f[3:]...)
			if len(f) < 3 {
				return fmt.Errorf("%s:%d: no trigger after %q", name, line, w)
			}
		}
		if strings.ContainsAny(f[2], "+$[]") || f[2] == "..." {
			return fmt.Errorf("%s:%d: a pattern must start with its trigger word, got %q", name, line, f[2])
		}
		p.Trigger = splitAlts(f[2])
		for _, w := range f[3:] {
			switch w {
			case "+":
				p.items = append(p.items, item{target: true})
			case "$":
				p.items = append(p.items, item{source: true})
			case "...":
				p.items = append(p.items, item{skip: true})
			default:
				if strings.ContainsAny(w, "+$[]") {
					return fmt.Errorf("%s:%d: stray %q in %q", name, line, w, strings.TrimSpace(l))
				}
				alts := splitAlts(w)
				it := item{words: alts}
				for _, a := range alts {
					it.multi = append(it.multi, strings.Fields(a))
				}
				p.items = append(p.items, it)
				p.words++
			}
		}
		idx := d.verbs
		if p.Kind == nounPattern {
			idx = d.nouns
		}
		for _, t := range p.Trigger {
			first, rest, multi := strings.Cut(t, " ")
			if !multi {
				idx[t] = append(idx[t], p)
				continue
			}
			// A trigger of several words ("cut_off", "hand_out") is its
			// first word followed by the others: "handing out grain".
			q := *p
			q.Trigger = []string{t}
			q.items = append([]item{{words: []string{rest}, multi: [][]string{strings.Fields(rest)}}}, p.items...)
			q.words++
			idx[first] = append(idx[first], &q)
		}
		d.n++
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	for _, idx := range []map[string][]*Pattern{d.verbs, d.nouns} {
		for _, ps := range idx {
			// More words first; among equals a pattern for negated verbs
			// only comes first, as it is the narrower ("would not
			// recognise" is a rejection, "recognise" a recognition).
			sort.SliceStable(ps, func(i, j int) bool {
				if ps[i].words != ps[j].words {
					return ps[i].words > ps[j].words
				}
				return ps[i].negOnly && !ps[j].negOnly
			})
		}
	}
	return nil
}

// splitAlts splits "a|b|c" into its lower-case alternatives, with "_" read
// as a space. A word spelt with -ize or -yze also matches its British
// spelling ("recognize" → "recognise", "paralyze" → "paralyse") unless the
// entry lists that itself.
func splitAlts(w string) []string {
	alts := strings.Split(strings.ToLower(w), "|")
	out := alts[:0]
	for _, a := range alts {
		if a != "" {
			out = append(out, strings.ReplaceAll(a, "_", " "))
		}
	}
	n := len(out)
	for _, a := range out[:n] {
		if b := britishSpelling(a); b != a && !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	return out
}

// britishSpelling returns a with its -ize/-yze suffix family (-ize, -izes,
// -ized, -izing, -ization; the same with -yze) spelt -ise/-yse, or a.
func britishSpelling(a string) string {
	for _, suf := range [...]string{"ization", "izing", "izes", "ized", "ize", "yzing", "yzes", "yzed", "yze"} {
		if strings.HasSuffix(a, suf) && len(a)-len(suf) >= 3 {
			stem := a[:len(a)-len(suf)]
			if suf[0] == 'y' {
				return stem + "ys" + suf[2:]
			}
			return stem + "is" + suf[2:]
		}
	}
	return a
}

func isCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func shortName(p string) string {
	if i := strings.LastIndex(p, "/"); i >= 0 {
		j := strings.LastIndex(p[:i], "/")
		return p[j+1:]
	}
	return p
}
