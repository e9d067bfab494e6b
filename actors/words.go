package actors

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// wordLists are the word lists of data/words.txt.
type wordLists struct {
	orgHeads       map[string]string // word → role code ("" for none)
	notPersonHeads map[string]bool
	notNames       map[string]bool
	notNouns       map[string]bool
	titleModifiers map[string]bool
	titleKeys      map[string]bool
	departures     map[string]bool
	placeCues      map[string]bool
	outsiders      map[string]bool
	// kindNouns: kind → the common nouns that refer back to the last
	// named entry of that kind ("the group" after "Hamas").
	kindNouns map[string][]string
}

var words wordLists

func init() {
	b, err := dataFS.ReadFile("data/words.txt")
	if err == nil {
		words, err = parseWords(b, "words.txt")
	}
	if err != nil {
		// The embedded file is part of the program: a defect here is a
		// build error that the tests catch.
		panic(err)
	}
}

func parseWords(b []byte, name string) (wordLists, error) {
	w := wordLists{orgHeads: map[string]string{}, notPersonHeads: map[string]bool{}, notNames: map[string]bool{},
		notNouns: map[string]bool{}, titleModifiers: map[string]bool{}, titleKeys: map[string]bool{},
		departures: map[string]bool{}, placeCues: map[string]bool{}, outsiders: map[string]bool{},
		kindNouns: map[string][]string{}}
	sets := map[string]map[string]bool{"not-person-heads": w.notPersonHeads, "not-names": w.notNames,
		"not-nouns": w.notNouns, "title-modifiers": w.titleModifiers, "title-keys": w.titleKeys,
		"departures": w.departures, "place-cues": w.placeCues, "outsiders": w.outsiders}
	seen := map[string]bool{}
	cur := ""
	sc := bufio.NewScanner(bytes.NewReader(b))
	for ln := 1; sc.Scan(); ln++ {
		line := stripComment(sc.Text())
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "@") {
			cur = t[1:]
			if _, ok := sets[cur]; !ok && cur != "org-heads" && cur != "kind-nouns" {
				return w, fmt.Errorf("actors: %s:%d: unknown list %q", name, ln, cur)
			}
			seen[cur] = true
			continue
		}
		if cur == "" {
			return w, fmt.Errorf("actors: %s:%d: words before any @list", name, ln)
		}
		for _, f := range strings.Fields(t) {
			k, v, hasCode := strings.Cut(f, "=")
			k = string(fold(nil, k))
			if cur == "org-heads" {
				if hasCode && !validCode(v) {
					return w, fmt.Errorf("actors: %s:%d: bad role code %q", name, ln, v)
				}
				w.orgHeads[k] = v
				continue
			}
			if cur == "kind-nouns" {
				if !hasCode || v == "" {
					return w, fmt.Errorf("actors: %s:%d: %q: want noun=kind,kind", name, ln, f)
				}
				for _, kind := range strings.Split(v, ",") {
					if !kinds[kind] || kind == KindCountry || kind == KindPerson || kind == KindAgent {
						return w, fmt.Errorf("actors: %s:%d: %q: %q is not an organization kind", name, ln, f, kind)
					}
					w.kindNouns[kind] = append(w.kindNouns[kind], k)
				}
				continue
			}
			if hasCode {
				return w, fmt.Errorf("actors: %s:%d: %q: codes only in @org-heads and @kind-nouns", name, ln, f)
			}
			sets[cur][k] = true
		}
	}
	for s := range sets {
		if !seen[s] {
			return w, fmt.Errorf("actors: %s: list @%s missing", name, s)
		}
	}
	if !seen["org-heads"] {
		return w, fmt.Errorf("actors: %s: list @org-heads missing", name)
	}
	return w, nil
}
