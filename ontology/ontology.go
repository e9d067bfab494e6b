// Package ontology holds the event and actor vocabularies Annals codes into:
// the CAMEO event codes with their Goldstein weights and quad classes, the
// mapping from CAMEO to PLOVER event types, and the CAMEO actor type codes.
//
// The vocabularies are plain, commented text files under data/, embedded in
// the binary; each file documents its own format in its header. Default
// returns the embedded ontology; Load reads an event-code file from any
// reader, for tests and for users who extend the code list.
package ontology

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/annals-dev/annals/doc"
)

//go:embed data/*.txt
var dataFS embed.FS

// Quad classes, derived from the CAMEO root.
const (
	VerbalCooperation   = 1 // roots 01-05
	MaterialCooperation = 2 // roots 06-08
	VerbalConflict      = 3 // roots 09-13
	MaterialConflict    = 4 // roots 14-20
)

// EventCode is one CAMEO event code and its attributes.
type EventCode struct {
	// Code is the CAMEO code: "19", "190", "1823".
	Code string
	// Name is the code's short name.
	Name string
	// Root is the two-digit cue category the code belongs to.
	Root string
	// QuadClass is 1..4 (see the constants VerbalCooperation ... MaterialConflict).
	QuadClass int
	// Goldstein is the code's conflict-cooperation weight in [-10, 10].
	Goldstein float64
	// Plover is the PLOVER coding implied by the code (type in PLOVER 0.5b1
	// names); Plover.Type is "" when PLOVER codes no event for it.
	Plover doc.Plover
	// Plover2021 is Plover.Type under the PLOVER 2021 names (REQUEST for
	// DEMAND, ACCUSE for DISAPPROVE and INVESTIGATE, ASSAULT for FIGHT).
	Plover2021 string
}

// Ontology is a loaded set of CAMEO event codes, PLOVER mappings and actor
// type codes. It is read-only after loading and safe for concurrent use.
type Ontology struct {
	codes      map[string]*EventCode
	order      []string
	actorTypes map[string]string
}

// QuadClassOf returns the quad class of a CAMEO root ("01".."20"), or 0 for
// anything else.
func QuadClassOf(root string) int {
	n, err := strconv.Atoi(root)
	if err != nil || len(root) != 2 {
		return 0
	}
	switch {
	case n >= 1 && n <= 5:
		return VerbalCooperation
	case n >= 6 && n <= 8:
		return MaterialCooperation
	case n >= 9 && n <= 13:
		return VerbalConflict
	case n >= 14 && n <= 20:
		return MaterialConflict
	}
	return 0
}

var (
	defaultOnce sync.Once
	defaultOnt  *Ontology
	defaultErr  error
)

// Default returns the ontology built from the embedded data files. It panics
// only if the embedded data is malformed, which the package tests rule out.
func Default() *Ontology {
	defaultOnce.Do(func() {
		defaultOnt, defaultErr = loadEmbedded()
	})
	if defaultErr != nil {
		panic(defaultErr)
	}
	return defaultOnt
}

func loadEmbedded() (*Ontology, error) {
	read := func(name string) ([]byte, error) {
		b, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			return nil, fmt.Errorf("ontology: %w", err)
		}
		return b, nil
	}
	cameo, err := read("cameo.txt")
	if err != nil {
		return nil, err
	}
	o, err := Load(bytes.NewReader(cameo), "cameo.txt")
	if err != nil {
		return nil, err
	}
	plover, err := read("plover.txt")
	if err != nil {
		return nil, err
	}
	if err := o.LoadPlover(bytes.NewReader(plover), "plover.txt"); err != nil {
		return nil, err
	}
	actors, err := read("actortypes.txt")
	if err != nil {
		return nil, err
	}
	if err := o.LoadActorTypes(bytes.NewReader(actors), "actortypes.txt"); err != nil {
		return nil, err
	}
	return o, nil
}

// lines calls fn for every non-blank line of r with comments removed; fn's
// errors are prefixed with name:line.
func lines(r io.Reader, name string, fn func(fields []string, line string) error) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if err := fn(strings.Fields(line), line); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: reading: %w", name, err)
	}
	return nil
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// Load reads a CAMEO event-code file in the format of data/cameo.txt. name is
// used in error messages, which name the file and line. The result has no
// PLOVER mappings or actor types until LoadPlover and LoadActorTypes are
// called.
func Load(r io.Reader, name string) (*Ontology, error) {
	o := &Ontology{codes: map[string]*EventCode{}, actorTypes: map[string]string{}}
	err := lines(r, name, func(f []string, _ string) error {
		if len(f) < 3 {
			return fmt.Errorf("want CODE GOLDSTEIN NAME, got %d field(s)", len(f))
		}
		code := f[0]
		if !isDigits(code) || len(code) < 2 || len(code) > 4 {
			return fmt.Errorf("bad code %q: want 2 to 4 digits", code)
		}
		if _, dup := o.codes[code]; dup {
			return fmt.Errorf("duplicate code %s", code)
		}
		root := code[:2]
		q := QuadClassOf(root)
		if q == 0 {
			return fmt.Errorf("code %s: root %s is not 01..20", code, root)
		}
		if len(code) > 2 {
			if _, ok := o.codes[code[:len(code)-1]]; !ok {
				return fmt.Errorf("code %s: parent %s not listed before it", code, code[:len(code)-1])
			}
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil || g < -10 || g > 10 {
			return fmt.Errorf("code %s: Goldstein %q is not a number in [-10, 10]", code, f[1])
		}
		o.codes[code] = &EventCode{
			Code: code, Name: strings.Join(f[2:], " "), Root: root,
			QuadClass: q, Goldstein: g,
		}
		o.order = append(o.order, code)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("ontology: %w", err)
	}
	if len(o.codes) == 0 {
		return nil, fmt.Errorf("ontology: %s: no event codes", name)
	}
	sort.Strings(o.order)
	return o, nil
}

// LoadPlover reads a CAMEO-to-PLOVER mapping in the format of
// data/plover.txt and attaches it to o's codes. Every code must be covered
// and every prefix must be a listed code; errors name the file and line.
func (o *Ontology) LoadPlover(r io.Reader, name string) error {
	type rule struct {
		p doc.Plover
	}
	rules := map[string]rule{}
	rename := map[string]string{}
	err := lines(r, name, func(f []string, _ string) error {
		if f[0] == "=" {
			if len(f) != 3 {
				return fmt.Errorf("want = OLD NEW")
			}
			rename[f[1]] = f[2]
			return nil
		}
		if len(f) != 4 {
			return fmt.Errorf("want PREFIX TYPE MODE CONTEXT, got %d field(s)", len(f))
		}
		if _, ok := o.codes[f[0]]; !ok {
			return fmt.Errorf("prefix %q is not a known CAMEO code", f[0])
		}
		if _, dup := rules[f[0]]; dup {
			return fmt.Errorf("duplicate rule for %s", f[0])
		}
		dash := func(s string) string {
			if s == "-" {
				return ""
			}
			return s
		}
		t := dash(f[1])
		if t != strings.ToUpper(t) {
			return fmt.Errorf("type %q must be upper case", t)
		}
		rules[f[0]] = rule{p: doc.Plover{Type: t, Mode: dash(f[2]), Context: dash(f[3])}}
		return nil
	})
	if err != nil {
		return fmt.Errorf("ontology: %w", err)
	}
	for _, c := range o.order {
		ec := o.codes[c]
		found := false
		for l := len(c); l >= 2; l-- {
			if r, ok := rules[c[:l]]; ok {
				ec.Plover = r.p
				found = true
				break
			}
		}
		if !found {
			return fmt.Errorf("ontology: %s: no PLOVER rule covers code %s", name, c)
		}
		ec.Plover2021 = ec.Plover.Type
		if nw, ok := rename[ec.Plover.Type]; ok {
			ec.Plover2021 = nw
		}
	}
	return nil
}

// LoadActorTypes reads actor type codes in the format of
// data/actortypes.txt; errors name the file and line.
func (o *Ontology) LoadActorTypes(r io.Reader, name string) error {
	err := lines(r, name, func(f []string, _ string) error {
		if len(f) < 2 {
			return fmt.Errorf("want CODE NAME")
		}
		c := f[0]
		if len(c) != 3 || strings.ToUpper(c) != c || isDigits(c) {
			return fmt.Errorf("bad actor type %q: want three upper-case letters", c)
		}
		if _, dup := o.actorTypes[c]; dup {
			return fmt.Errorf("duplicate actor type %s", c)
		}
		o.actorTypes[c] = strings.Join(f[1:], " ")
		return nil
	})
	if err != nil {
		return fmt.Errorf("ontology: %w", err)
	}
	return nil
}

// Event returns the event code code ("173", "0841"); ok is false when the
// code is unknown.
func (o *Ontology) Event(code string) (EventCode, bool) {
	ec, ok := o.codes[code]
	if !ok {
		return EventCode{}, false
	}
	return *ec, true
}

// Codes returns every event code, sorted by code.
func (o *Ontology) Codes() []EventCode {
	out := make([]EventCode, 0, len(o.order))
	for _, c := range o.order {
		out = append(out, *o.codes[c])
	}
	return out
}

// ActorType returns the name of a CAMEO actor type code ("GOV" ->
// "Government"); ok is false when the code is unknown.
func (o *Ontology) ActorType(code string) (string, bool) {
	name, ok := o.actorTypes[code]
	return name, ok
}

// ActorTypes returns every actor type code, sorted.
func (o *Ontology) ActorTypes() []string {
	out := make([]string, 0, len(o.actorTypes))
	for c := range o.actorTypes {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}
