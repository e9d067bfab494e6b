package lemma

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// parseTables parses the data files, keyed by name (the constants file*).
func parseTables(files map[string]string) (*tables, error) {
	t := &tables{
		forms:      map[string][]formLemma{},
		simplePast: map[string]bool{},
		lex:        make(map[string]lexEntry, strings.Count(files[fileLexicon], "\n")),
	}
	for _, name := range []string{fileIrregular, fileRules, fileLexicon, fileExtra} {
		text, ok := files[name]
		if !ok {
			return nil, fmt.Errorf("lemma: missing data file %s", name)
		}
		parse := t.parseIrregular
		switch name {
		case fileRules:
			parse = t.parseRule
		case fileLexicon, fileExtra:
			parse = t.parseLexicon
		}
		lineNo := 0
		for len(text) > 0 {
			lineNo++
			var line string
			if i := strings.IndexByte(text, '\n'); i >= 0 {
				line, text = text[:i], text[i+1:]
			} else {
				line, text = text, ""
			}
			line = strings.TrimRight(line, " \t\r")
			if line == "" || line[0] == '#' {
				continue
			}
			if err := parse(line); err != nil {
				return nil, fmt.Errorf("lemma: %s:%d: %w", name, lineNo, err)
			}
		}
	}
	for c := range t.rules {
		rs := t.rules[c]
		sort.SliceStable(rs, func(i, j int) bool { return len(rs[i].suffix) > len(rs[j].suffix) })
	}
	return t, nil
}

// tagMask parses a comma-separated tag list with * wildcards.
func tagMask(list string) (uint64, error) {
	var mask uint64
	for _, item := range strings.Split(list, ",") {
		prefix, wild := strings.CutSuffix(item, "*")
		n := 0
		for i, tag := range ptbTags {
			if tag == item || wild && strings.HasPrefix(tag, prefix) {
				mask |= 1 << i
				n++
			}
		}
		if n == 0 {
			return 0, fmt.Errorf("unknown tag %q", item)
		}
	}
	return mask, nil
}

var (
	maskPast  = mustMask("VBD,VBN")
	maskBase  = mustMask("VB,VBP")
	maskVerb  = mustMask("VB*")
	maskNoun  = mustMask("NN,NNS")
	lowerWord = func(s string) bool { return s == strings.ToLower(s) && !strings.ContainsAny(s, " \t") }
)

func mustMask(list string) uint64 {
	m, err := tagMask(list)
	if err != nil {
		panic(err)
	}
	return m
}

// addForm records that form has lemma for the tags in mask.
func (t *tables) addForm(form, lemma string, mask uint64) error {
	if !lowerWord(form) || !lowerWord(lemma) || form == "" || lemma == "" {
		return fmt.Errorf("form %q and lemma %q must be non-empty lower-case words", form, lemma)
	}
	for _, f := range t.forms[form] {
		if f.mask&mask != 0 && f.lemma != lemma {
			return fmt.Errorf("form %q has lemmas %q and %q for the same tag", form, f.lemma, lemma)
		}
	}
	t.forms[form] = append(t.forms[form], formLemma{mask, lemma})
	return nil
}

func (t *tables) parseIrregular(line string) error {
	f := strings.Fields(line)
	switch f[0] {
	case "verb":
		if len(f) < 4 {
			return fmt.Errorf("verb wants LEMMA PAST PARTICIPLE [FORM...]")
		}
		lemma := f[1]
		for _, form := range strings.Split(f[2], "/") {
			if form != lemma && !slices.Contains(strings.Split(f[3], "/"), form) {
				t.simplePast[form] = true
			}
		}
		for i, group := range f[2:] {
			mask := maskVerb
			if i < 2 {
				mask = maskPast
			}
			for _, form := range strings.Split(group, "/") {
				if err := t.addForm(form, lemma, mask); err != nil {
					return err
				}
			}
		}
	case "noun":
		if len(f) != 3 {
			return fmt.Errorf("noun wants PLURAL SINGULAR")
		}
		return t.addForm(f[1], f[2], maskNoun)
	case "form":
		if len(f) != 4 {
			return fmt.Errorf("form wants TAGS FORM LEMMA")
		}
		var mask uint64 = ^uint64(0)
		if f[1] != "*" {
			var err error
			if mask, err = tagMask(f[1]); err != nil {
				return err
			}
		}
		return t.addForm(f[2], f[3], mask)
	default:
		return fmt.Errorf("unknown record %q", f[0])
	}
	return nil
}

func (t *tables) parseRule(line string) error {
	f := strings.Fields(line)
	switch f[0] {
	case "eend":
		if len(f) != 2 || !lowerWord(f[1]) {
			return fmt.Errorf("eend wants one lower-case ENDING")
		}
		t.eend = append(t.eend, f[1])
		return nil
	case "rule":
	default:
		return fmt.Errorf("unknown record %q", f[0])
	}
	if len(f) < 4 {
		return fmt.Errorf("rule wants CLASS SUFFIX CANDIDATE...")
	}
	class := map[string]int{"V": classV, "N": classN, "A": classA}[f[1]]
	if class == classNone {
		return fmt.Errorf("unknown class %q (want V, N or A)", f[1])
	}
	r := rule{suffix: f[2]}
	if !lowerWord(r.suffix) {
		return fmt.Errorf("suffix %q is not lower-case", r.suffix)
	}
	marked := false
	for i, c := range f[3:] {
		if strings.HasPrefix(c, "*") {
			if marked {
				return fmt.Errorf("two default candidates")
			}
			marked, r.def, c = true, i, c[1:]
		}
		if c == "" || !lowerWord(c) {
			return fmt.Errorf("bad candidate %q", f[3+i])
		}
		if c == "?" && class != classV {
			return fmt.Errorf("candidate ? is for verbs only")
		}
		r.cands = append(r.cands, c)
	}
	for _, old := range t.rules[class] {
		if old.suffix == r.suffix {
			return fmt.Errorf("duplicate rule for %s -%s", f[1], r.suffix)
		}
	}
	t.rules[class] = append(t.rules[class], r)
	return nil
}

func (t *tables) parseLexicon(line string) error {
	word, classes, ok := strings.Cut(line, "\t")
	if !ok || word == "" || classes == "" || !lowerWord(word) {
		return fmt.Errorf("want WORD<TAB>CLASSES, got %q", line)
	}
	e := t.lex[word]
	e.word = word
	for i := 0; i < len(classes); i++ {
		switch classes[i] {
		case 'V':
			e.classes |= lexV
		case 'N':
			e.classes |= lexN
		case 'A':
			e.classes |= lexA
		case 'R':
			e.classes |= lexR
		default:
			return fmt.Errorf("unknown class %q in %q", classes[i], line)
		}
	}
	t.lex[word] = e
	return nil
}
