package coder

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"strings"
)

//go:embed data/cues.txt
var cuesData []byte

// Cues holds the coder's cue words (see data/cues.txt).
type Cues struct {
	intent, threat [][]string // phrases of lemmas
	// intentNoModal is intent without the bare modals ("will", "would"),
	// for a finite verb of its own tense ("would freeze grants and
	// recalled its ambassador": the recall happened).
	intentNoModal [][]string
	negation      map[string]bool
	negPhrases    [][]string // negations of several words ("no longer"), lower case
	denial        map[string]bool
	support       map[string]bool
	speech        map[string]string
	address       map[string]string
	obligation    map[string]string
	charge        map[string]string
	boundary      map[string]bool
	modifier      map[string]bool
	intransitive  map[string]bool
	objControl    map[string]bool
	lead          map[string]bool // participles of leading or backing: "gunmen led by X"
	refers        map[string][]string
	intentCode    map[string]string
	threatCode    map[string]string
}

// DefaultCues returns the built-in cues.
func DefaultCues() (*Cues, error) {
	c := &Cues{negation: map[string]bool{}, denial: map[string]bool{}, support: map[string]bool{}, speech: map[string]string{}, address: map[string]string{},
		obligation: map[string]string{}, charge: map[string]string{}, boundary: map[string]bool{}, modifier: map[string]bool{}, intransitive: map[string]bool{}, objControl: map[string]bool{}, lead: map[string]bool{}, refers: map[string][]string{}, intentCode: map[string]string{}, threatCode: map[string]string{}}
	if err := c.Load(bytes.NewReader(cuesData), "coder/data/cues.txt"); err != nil {
		return nil, err
	}
	return c, nil
}

// Load adds cues read from r in the data/cues.txt format.
func (c *Cues) Load(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if i := strings.IndexByte(l, '#'); i >= 0 {
			l = l[:i]
		}
		f := strings.Fields(strings.ToLower(l))
		if len(f) == 0 {
			continue
		}
		if len(f) < 2 {
			return fmt.Errorf("%s:%d: want KIND WORDS, got %q", name, line, strings.TrimSpace(l))
		}
		switch f[0] {
		case "intent":
			c.intent = append(c.intent, f[1:])
		case "threat":
			c.threat = append(c.threat, f[1:])
		case "negation":
			if len(f) > 2 {
				c.negPhrases = append(c.negPhrases, lowerAll(f[1:]))
			} else {
				c.negation[f[1]] = true
			}
		case "denial":
			c.denial[f[1]] = true
		case "support":
			c.support[f[1]] = true
		case "boundary":
			c.boundary[f[1]] = true
		case "modifier":
			c.modifier[f[1]] = true
		case "intransitive":
			c.intransitive[f[1]] = true
		case "objcontrol":
			c.objControl[f[1]] = true
		case "lead":
			c.lead[f[1]] = true
		case "refers":
			if len(f) < 3 {
				return fmt.Errorf("%s:%d: want refers NOUN ROOT..., got %q", name, line, strings.TrimSpace(l))
			}
			for _, r := range f[2:] {
				if len(r) != 2 || !isCode(r) {
					return fmt.Errorf("%s:%d: bad root %q", name, line, r)
				}
			}
			c.refers[f[1]] = f[2:]
		case "speech", "address", "obligation", "charge", "intentcode", "threatcode":
			if len(f) != 3 || !isCode(f[2]) {
				return fmt.Errorf("%s:%d: want %s WORD CODE, got %q", name, line, f[0], strings.TrimSpace(l))
			}
			switch f[0] {
			case "speech":
				c.speech[f[1]] = f[2]
			case "address":
				c.address[f[1]] = f[2]
			case "obligation":
				c.obligation[f[1]] = f[2]
			case "charge":
				c.charge[f[1]] = f[2]
			case "intentcode":
				c.intentCode[f[1]] = f[2]
			default:
				c.threatCode[f[1]] = f[2]
			}
		default:
			return fmt.Errorf("%s:%d: unknown cue kind %q", name, line, f[0])
		}
	}
	c.intentNoModal = c.intentNoModal[:0]
	for _, ph := range c.intent {
		if len(ph) == 1 && (ph[0] == "will" || ph[0] == "would" || ph[0] == "shall") {
			continue
		}
		c.intentNoModal = append(c.intentNoModal, ph)
	}
	return sc.Err()
}

// modalCode maps an act's code to the intent or threat code, most specific
// entry first (3-digit base code, then root).
func modalCode(table map[string]string, code, fallback string) string {
	if len(code) >= 3 {
		if c, ok := table[code[:3]]; ok {
			return c
		}
	}
	if c, ok := table[code[:2]]; ok {
		return c
	}
	return fallback
}

// lowerAll returns the words of ws in lower case.
func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

// negPhraseAt returns the number of tokens of a negation phrase of several
// words ("no longer", "no more") starting at token j of s, or 0.
func (c *Cues) negPhraseAt(s *sentence, j int) int {
	for _, p := range c.negPhrases {
		if j+len(p) > len(s.toks) {
			continue
		}
		m := 0
		for m < len(p) && strings.EqualFold(s.toks[j+m].Text, p[m]) {
			m++
		}
		if m == len(p) {
			return m
		}
	}
	return 0
}

// threatVerb reports whether lemma is a one-word threat cue ("warn",
// "threaten"): a verb whose object is the one threatened.
func (c *Cues) threatVerb(lemma string) bool {
	for _, ph := range c.threat {
		if len(ph) == 1 && ph[0] == lemma {
			return true
		}
	}
	return false
}
