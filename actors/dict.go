// Package actors holds the actor dictionary (countries, international and
// non-governmental organizations, armed groups, parties, CAMEO agent roles and
// people with date-bounded offices) and the pipeline stage that finds actor
// mentions in a document and resolves them to CAMEO-style codes.
//
// # Dictionary format
//
// Dictionaries are plain UTF-8 text. A '#' at the start of a line or after a
// space starts a comment. An entry starts with a header line in column 0:
//
//	KIND ID CODE Canonical name
//
// KIND is one of country, igo, ngo, group (non-state armed group), party,
// org (any other organization), person, agent. ID is the entry's unique
// identifier (letters, digits, '_', '-', '.'); CODE is a CAMEO-style code of
// upper-case letters (three-letter blocks: "SRB", "IGOWSTNAT", "PSEREBHMS").
// For an agent, ID is the role key ("president", "police") and CODE the role
// code ("GOV", "COP"). Indented lines after a header are attributes:
//
//	name: A | B            names of the entry itself (code CODE)
//	adj: Serbian | Serb     adjectives and demonyms: combine with agents
//	                        ("Serbian police" → SRBCOP); alone they code as CODE
//	capital: Belgrade       the capital, coding as CODE ("Belgrade said")
//	gov: the Kremlin        government metonyms, coding as CODE+"GOV"
//	noun: alliance | bloc   common nouns that refer back to the entry once it
//	                        was named in the document ("the alliance" → NATO)
//	since 1997-05-17: Congo a name that means the entry in documents dated
//	until 1997-05-16: Congo on or after (since) or on or before (until) the
//	                        date: "Congo" is DR Congo once Zaire took the name
//	local: Republicans      a name that parties of several countries share:
//	                        it means the entry only in a document that named
//	                        the entry's country before
//	surname: Vucic          weak alias: matches only once the entry was named
//	                        in the document or when it holds an office on the
//	                        document's date
//	office: CODE KEY FROM..TO Title   (person) an office: its code (or the
//	                        ID of an organization defined earlier: "NATO"), a role key
//	                        shared with agent entries (president,
//	                        prime-minister, head ...), dates YYYY-MM-DD (either
//	                        side may be empty: open), then a free title
//	country: XKX            the entry's country (default: the first three
//	                        letters of CODE when they name a country)
//	region: Europe          free text, informational
//	inherit: no             (agent) a bare mention does not take the country
//	                        in focus ("gunmen" stays UAF)
//	remove: Hamilton        (extend only) drop a phrase an earlier file gave
//	                        the entry (ambiguous names such as capitals that
//	                        are common surnames)
//
// A header "extend ID" (column 0, no code) adds the following attributes to
// an entry defined in an earlier file.
//
// Phrases are written as they appear in text; matching ignores case for
// lower-case words, requires a capital for capitalized words and exact
// capitals for acronyms of up to three letters ("US" is not "us"), and folds
// diacritics ("Vučić" matches "Vucic"). Agent phrases also match their
// regular plural. A malformed line is a load error naming file and line.
package actors

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
)

//go:embed data/*.txt
var dataFS embed.FS

// dataFiles are the embedded files in load order: "extend" entries refer to
// entries of earlier files.
var dataFiles = []string{"countries.txt", "countries-extra.txt", "organizations.txt", "agents.txt", "people.txt"}

// Kinds of dictionary entries.
const (
	KindCountry = "country"
	KindIGO     = "igo"
	KindNGO     = "ngo"
	KindGroup   = "group"
	KindParty   = "party"
	KindOrg     = "org"
	KindPerson  = "person"
	KindAgent   = "agent"
)

var kinds = map[string]bool{KindCountry: true, KindIGO: true, KindNGO: true, KindGroup: true,
	KindParty: true, KindOrg: true, KindPerson: true, KindAgent: true}

// Office is one office held by a person between two dates.
type Office struct {
	// Code is the CAMEO-style code the person codes as while in office.
	Code string
	// Org is the ID of the organization the office belongs to ("NATO",
	// "IAEA"), when the office line named one instead of a code.
	Org string
	// Key is the role key ("president", "prime-minister", "head").
	Key string
	// From and To bound the office; a zero time is open.
	From, To time.Time
	// Title is the office's free-text title.
	Title string
}

// Active reports whether the office is held on t.
func (o Office) Active(t time.Time) bool {
	return (o.From.IsZero() || !t.Before(o.From)) && (o.To.IsZero() || t.Before(o.To))
}

// Entry is one dictionary entry: a country, organization, group, person or
// agent role.
type Entry struct {
	Kind, ID, Code, Name string
	// Country is the entry's ISO alpha-3 country, "" for international ones.
	Country string
	// Offices are a person's offices, in file order.
	Offices []Office
	// Inherit (agents) reports whether a bare mention takes the country in
	// focus.
	Inherit bool
	// Fallback, when set, is the code on dates no office covers (PETRARCH's
	// undated code), instead of the country + ELI rule.
	Fallback string
	// Prefix (agents) puts the role code before the country code (PETRARCH
	// "[NGO~]").
	Prefix bool
	// Region is informational.
	Region string
	// Rule is "file:line" of the header.
	Rule string
}

// CodeOn returns the code the entry has on date t and the office that gives
// it (nil when none): an active office's code; for a person with no active
// office, the country code plus "ELI" after an office ended, otherwise the
// entry's own code. A zero t selects the latest office.
func (e *Entry) CodeOn(t time.Time) (string, *Office) {
	if len(e.Offices) == 0 {
		return e.Code, nil
	}
	if t.IsZero() {
		best := -1
		for i, o := range e.Offices {
			if o.To.IsZero() {
				return o.Code, &e.Offices[i]
			}
			if best < 0 || o.To.After(e.Offices[best].To) {
				best = i
			}
		}
		return e.Offices[best].Code, &e.Offices[best]
	}
	former := false
	for i, o := range e.Offices {
		if o.Active(t) {
			return o.Code, &e.Offices[i]
		}
		if !o.To.IsZero() && !t.Before(o.To) {
			former = true
		}
	}
	if e.Fallback != "" {
		return e.Fallback, nil
	}
	if former && e.Country != "" {
		return e.Country + "ELI", nil
	}
	return e.Code, nil
}

// phrase kinds
const (
	pName = iota
	pAdj
	pCapital
	pGov
	pNoun
	pSurname
	pAgent
)

var attrKinds = map[string]int{"name": pName, "adj": pAdj, "capital": pCapital, "gov": pGov,
	"noun": pNoun, "surname": pSurname}

// phrase is one matchable phrase of an entry.
type phrase struct {
	words []string // as written, for the case check
	kind  int
	e     *Entry
	rule  string
	// stem: the last word matches any word it begins (PETRARCH phrases
	// without a trailing '_': "BULGAR" matches "Bulgarian").
	stem bool
	// docOnly: a surname derived from a full name, not written as
	// "surname:"; it refers only to a person already named in the
	// document (or right after a title), never by office alone.
	docOnly bool
	// local: a name shared by like entries of other countries
	// ("Republicans", "Social Democrats"): it means this entry only in a
	// document that has named the entry's country.
	local bool
	// common: a common noun ("the group"): written in lower case in the
	// text, so that "The Organization of American States" stays a name.
	common bool
	// from, to: the dates (inclusive, zero when open) between which a name
	// means the entry ("since 1997-05-17: Congo" for DR Congo).
	from, to time.Time
}

// node is a token-trie node keyed on folded (lower-case, diacritic-free)
// token text.
type node struct {
	next  map[string]*node
	stems map[string]*node // last words matched as prefixes (PETRARCH stems)
	terms []*phrase
}

// Dictionary is a set of entries and the token trie that finds them.
// Build one with Default or New and LoadFile; a Dictionary must not be
// modified once a Matcher uses it.
type Dictionary struct {
	entries   []*Entry
	byID      map[string]*Entry
	idFile    map[string]string
	phrases   []*phrase
	root      *node
	byOffice  map[string][]*Entry // code+"/"+key → people holding such an office
	countries map[string]*Entry
	shared    bool

	// Warnings lists problems that did not stop loading (typos in the date
	// restrictions of PETRARCH dictionaries).
	Warnings []string
}

// New returns an empty dictionary.
func New() *Dictionary {
	return &Dictionary{byID: map[string]*Entry{}, idFile: map[string]string{}}
}

var (
	defOnce sync.Once
	defDict *Dictionary
	defErr  error
)

// Default returns a dictionary holding the embedded data. The data are
// parsed once; each call returns a copy that LoadFile may extend without
// affecting other callers.
func Default() (*Dictionary, error) {
	defOnce.Do(func() {
		d := New()
		for _, f := range dataFiles {
			b, err := dataFS.ReadFile("data/" + f)
			if err != nil {
				defErr = fmt.Errorf("actors: embedded data: %w", err)
				return
			}
			if err := d.Load(bytes.NewReader(b), f); err != nil {
				defErr = err
				return
			}
		}
		d.compile()
		d.shared = true
		defDict = d
	})
	if defErr != nil {
		return nil, defErr
	}
	c := *defDict
	c.entries = c.entries[:len(c.entries):len(c.entries)]
	c.phrases = c.phrases[:len(c.phrases):len(c.phrases)]
	return &c, nil
}

// Entries returns the dictionary's entries in load order.
func (d *Dictionary) Entries() []*Entry { return d.entries }

// Entry returns the entry with the given ID.
func (d *Dictionary) Entry(id string) (*Entry, bool) {
	e, ok := d.byID[id]
	return e, ok
}

// Country returns the country entry with the given alpha-3 code.
func (d *Dictionary) Country(code string) (*Entry, bool) {
	d.ensure()
	e, ok := d.countries[code]
	return e, ok
}

// LoadFile adds the entries of a dictionary file in the Annals format (see
// the package documentation). An entry whose ID exists in an earlier file
// replaces it.
func (d *Dictionary) LoadFile(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("actors: %w", err)
	}
	defer f.Close()
	return d.Load(f, name)
}

// unshare makes d's maps private before a modification.
func (d *Dictionary) unshare() {
	if !d.shared {
		return
	}
	byID := make(map[string]*Entry, len(d.byID))
	for k, v := range d.byID {
		byID[k] = v
	}
	idFile := make(map[string]string, len(d.idFile))
	for k, v := range d.idFile {
		idFile[k] = v
	}
	d.byID, d.idFile, d.shared = byID, idFile, false
	d.entries = append([]*Entry(nil), d.entries...) // replaced in place by Load
}

// Load adds the entries read from r; name is used in error messages.
func (d *Dictionary) Load(r io.Reader, name string) error {
	d.unshare()
	d.root = nil
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	base := path.Base(name)
	var cur, extending *Entry
	var curPhrases []*phrase
	flush := func() {
		if extending != nil {
			d.phrases = append(d.phrases, curPhrases...)
			curPhrases = nil
			return
		}
		if cur == nil {
			return
		}
		if old, ok := d.byID[cur.ID]; ok {
			// Replace the older entry (from an earlier file).
			for i, e := range d.entries {
				if e == old {
					d.entries[i] = cur
				}
			}
			kept := d.phrases[:0:0]
			for _, p := range d.phrases {
				if p.e != old {
					kept = append(kept, p)
				}
			}
			d.phrases = kept
		} else {
			d.entries = append(d.entries, cur)
		}
		d.byID[cur.ID] = cur
		d.idFile[cur.ID] = name
		if cur.Kind == KindPerson {
			curPhrases = lastNames(curPhrases)
		}
		for _, n := range words.kindNouns[cur.Kind] {
			// "the group": a back-reference to the last named entry of
			// its kind; the article keeps "a group of gunmen" out.
			curPhrases = append(curPhrases, &phrase{words: []string{"the", n}, kind: pNoun, e: cur, rule: "words.txt@kind-nouns", common: true})
		}
		d.phrases = append(d.phrases, curPhrases...)
		cur, curPhrases = nil, nil
	}
	ln := 0
	for sc.Scan() {
		ln++
		line := stripComment(sc.Text())
		if strings.TrimSpace(line) == "" {
			continue
		}
		where := fmt.Sprintf("%s:%d", base, ln)
		errf := func(format string, a ...any) error {
			return fmt.Errorf("actors: %s:%d: %s", name, ln, fmt.Sprintf(format, a...))
		}
		if line[0] != ' ' && line[0] != '\t' {
			flush()
			extending = nil
			f := strings.Fields(line)
			if f[0] == "extend" {
				if len(f) != 2 {
					return errf("extend needs exactly one ID: %q", line)
				}
				e, ok := d.byID[f[1]]
				if !ok {
					return errf("extend: unknown ID %q", f[1])
				}
				extending = e
				continue
			}
			if len(f) < 3 {
				return errf("header needs KIND ID CODE [Name]: %q", line)
			}
			if !kinds[f[0]] {
				return errf("unknown kind %q", f[0])
			}
			if !validID(f[1]) {
				return errf("bad ID %q", f[1])
			}
			if !validCode(f[2]) {
				return errf("bad code %q (upper-case letters in blocks of three)", f[2])
			}
			if prev, ok := d.idFile[f[1]]; ok && prev == name {
				return errf("duplicate ID %q", f[1])
			}
			cur = &Entry{Kind: f[0], ID: f[1], Code: f[2], Name: strings.Join(f[3:], " "), Rule: where, Inherit: true}
			if cur.Name == "" {
				cur.Name = cur.ID
			}
			if cur.Kind == KindCountry {
				cur.Country = cur.Code[:3]
			} else if cur.Kind == KindPerson || cur.Kind == KindParty || cur.Kind == KindGroup || cur.Kind == KindOrg {
				if c := cur.Code[:3]; c != "IGO" && c != "NGO" && c != "IMG" && c != "MNC" {
					cur.Country = c
				}
			}
			continue
		}
		if extending != nil {
			cur = extending
		}
		if cur == nil {
			return errf("attribute before any entry header")
		}
		t := strings.TrimSpace(line)
		k, v, ok := strings.Cut(t, ":")
		if !ok {
			return errf("attribute needs \"key: value\": %q", t)
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if v == "" {
			return errf("empty value for %q", k)
		}
		switch k {
		case "country":
			if !validCode(v) || len(v) != 3 {
				return errf("bad country %q", v)
			}
			cur.Country = v
		case "region":
			cur.Region = v
		case "inherit":
			switch v {
			case "no":
				cur.Inherit = false
			case "yes":
				cur.Inherit = true
			default:
				return errf("inherit must be yes or no, not %q", v)
			}
		case "remove":
			if extending == nil {
				return errf("remove: only in extend entries")
			}
			for _, alt := range strings.Split(v, "|") {
				if !d.removePhrase(extending, splitWords(strings.TrimSpace(alt))) {
					return errf("remove: %q is not a phrase of %s", strings.TrimSpace(alt), extending.ID)
				}
			}
		case "office":
			if cur.Kind != KindPerson {
				return errf("office: only for person entries")
			}
			o, err := parseOffice(v, d.byID)
			if err != nil {
				return errf("%v", err)
			}
			cur.Offices = append(cur.Offices, o)
		default:
			pk, ok := attrKinds[k]
			if cur.Kind == KindAgent && k == "name" {
				pk, ok = pAgent, true
			}
			local := k == "local"
			if local {
				if cur.Kind == KindAgent || cur.Kind == KindPerson {
					return errf("local: only for organizations and countries")
				}
				pk, ok = pName, true
			}
			var from, to time.Time
			if w, d, dated := strings.Cut(k, " "); dated && (w == "since" || w == "until") {
				t, err := time.Parse("2006-01-02", strings.TrimSpace(d))
				if err != nil {
					return errf("%s: bad date %q (YYYY-MM-DD)", w, d)
				}
				if w == "since" {
					from = t
				} else {
					to = t
				}
				pk, ok = pName, true
			}
			if !ok {
				return errf("unknown attribute %q", k)
			}
			for _, alt := range strings.Split(v, "|") {
				alt = strings.TrimSpace(alt)
				if alt == "" {
					return errf("empty phrase in %q", v)
				}
				ws := splitWords(alt)
				curPhrases = append(curPhrases, &phrase{words: ws, kind: pk, e: cur, rule: where, local: local, from: from, to: to})
				if vs, ok := spellingVariant(ws); ok {
					// "Organisation of American States" as well.
					curPhrases = append(curPhrases, &phrase{words: vs, kind: pk, e: cur, rule: where, local: local, from: from, to: to})
				}
				if pk == pAgent || pk == pAdj {
					if pl := plural(ws); pl != nil {
						curPhrases = append(curPhrases, &phrase{words: pl, kind: pk, e: cur, rule: where})
					}
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("actors: read %s: %w", name, err)
	}
	flush()
	return nil
}

// lastNames adds to a person's phrases the last word of each full name
// ("Serzh Sargsyan" → "Sargsyan"; the first for Chinese and Korean names,
// "Lee Myung-bak" → "Lee") that no "surname:" line gives, as a
// document-only surname: a later "Sargsyan" in a story that named him is
// him, while a story that never named him is not taken to mean him.
func lastNames(ps []*phrase) []*phrase {
	have := map[string]bool{}
	for _, p := range ps {
		if p.kind == pSurname && len(p.words) == 1 {
			have[string(fold(nil, p.words[0]))] = true
		}
	}
	n := len(ps)
	for _, p := range ps[:n] {
		if p.kind != pName || len(p.words) < 2 {
			continue
		}
		w := p.words[len(p.words)-1]
		if c := p.e.Code; len(c) >= 3 && surnameFirst[c[:3]] {
			w = p.words[0] // "Lee Myung-bak" is "Lee", "Xi Jinping" is "Xi"
		}
		k := string(fold(nil, w))
		if len(k) < 3 || have[k] || !unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		have[k] = true
		ps = append(ps, &phrase{words: []string{w}, kind: pSurname, e: p.e, rule: p.rule, docOnly: true})
	}
	return ps
}

// surnameFirst are the countries whose names put the family name first.
var surnameFirst = map[string]bool{"CHN": true, "TWN": true, "HKG": true, "MAC": true, "KOR": true, "PRK": true, "SGP": true}

func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			return strings.TrimRight(s[:i], " \t")
		}
	}
	return strings.TrimRight(s, " \t\r")
}

func validID(s string) bool {
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.') {
			return false
		}
	}
	return s != ""
}

func validCode(s string) bool {
	if len(s) < 3 || len(s)%3 != 0 || len(s) > 21 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func parseOffice(v string, byID map[string]*Entry) (Office, error) {
	f := strings.Fields(v)
	if len(f) < 3 {
		return Office{}, fmt.Errorf("office needs CODE KEY FROM..TO [Title]: %q", v)
	}
	var o Office
	switch org, ok := byID[f[0]]; {
	case ok && org.Kind != KindPerson && org.Kind != KindAgent && org.Kind != KindCountry:
		o.Code, o.Org = org.Code, org.ID
	case validCode(f[0]):
		o.Code = f[0]
	default:
		return o, fmt.Errorf("bad office code %q (a code, or the ID of an organization defined earlier)", f[0])
	}
	o.Key = f[1]
	from, to, ok := strings.Cut(f[2], "..")
	if !ok {
		return o, fmt.Errorf("office dates must be FROM..TO, got %q", f[2])
	}
	var err error
	if from != "" {
		if o.From, err = time.Parse("2006-01-02", from); err != nil {
			return o, fmt.Errorf("bad office start date %q", from)
		}
	}
	if to != "" {
		if o.To, err = time.Parse("2006-01-02", to); err != nil {
			return o, fmt.Errorf("bad office end date %q", to)
		}
	}
	if !o.From.IsZero() && !o.To.IsZero() && !o.To.After(o.From) {
		return o, fmt.Errorf("office ends (%s) before it starts (%s)", to, from)
	}
	o.Title = strings.Join(f[3:], " ")
	return o, nil
}

// removePhrase deletes e's phrases equal (after folding) to ws.
func (d *Dictionary) removePhrase(e *Entry, ws []string) bool {
	same := func(a, b []string) bool {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if string(fold(nil, a[i])) != string(fold(nil, b[i])) {
				return false
			}
		}
		return true
	}
	found := false
	kept := d.phrases[:0:0]
	for _, p := range d.phrases {
		if p.e == e && same(p.words, ws) {
			found = true
			continue
		}
		kept = append(kept, p)
	}
	d.phrases = kept
	return found
}

// splitWords splits a phrase into tokens the way the tokenizer does for the
// cases that matter in names: spaces, the possessive "'s", and commas and
// brackets detached from words.
func splitWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		for len(w) > 0 && strings.ContainsRune("([\"", rune(w[0])) {
			out = append(out, w[:1])
			w = w[1:]
		}
		var tail []string
		for len(w) > 1 && strings.ContainsRune(",)]\";:", rune(w[len(w)-1])) {
			tail = append([]string{w[len(w)-1:]}, tail...)
			w = w[:len(w)-1]
		}
		if len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			i := strings.LastIndexAny(w, "'’")
			out = append(out, w[:i], w[i:])
		} else if len(w) > 2 && (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")) {
			// "Workers'": the tokenizer splits a plural possessive's
			// apostrophe off ("Kurdistan Workers' Party").
			i := strings.LastIndexAny(w, "'’")
			out = append(out, w[:i], w[i:])
		} else if w != "" {
			out = append(out, w)
		}
		out = append(out, tail...)
	}
	return out
}

// plural returns the regular plural of a phrase's last word, or nil when it
// already looks plural or is not a plain lower-case word.
func plural(ws []string) []string {
	w := ws[len(ws)-1]
	if w == "" || allUpper(w) || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ese") || strings.ContainsAny(w, ".-'") {
		return nil
	}
	var p string
	switch {
	case strings.HasSuffix(w, "man") && strings.ToLower(w) == w:
		p = w[:len(w)-3] + "men"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		p = w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "x"):
		p = w + "es"
	default:
		p = w + "s"
	}
	out := append(append([]string(nil), ws[:len(ws)-1]...), p)
	return out
}

// ensure builds the trie and indexes if needed.
func (d *Dictionary) ensure() {
	if d.root == nil {
		d.compile()
	}
}

func (d *Dictionary) compile() {
	root := &node{}
	var buf []byte
	for _, p := range d.phrases {
		n := root
		for wi, w := range p.words {
			buf = fold(buf[:0], w)
			k := string(buf)
			m := &n.next
			if p.stem && wi == len(p.words)-1 {
				m = &n.stems
			}
			if *m == nil {
				*m = map[string]*node{}
			}
			c := (*m)[k]
			if c == nil {
				c = &node{}
				(*m)[k] = c
			}
			n = c
		}
		n.terms = append(n.terms, p)
	}
	d.root = root
	d.byOffice = map[string][]*Entry{}
	d.countries = map[string]*Entry{}
	for _, e := range d.entries {
		if e.Kind == KindCountry {
			d.countries[e.Code] = e
		}
		seen := map[string]bool{}
		for _, o := range e.Offices {
			k := o.Code + "/" + o.Key
			if o.Org != "" {
				k = "@" + o.Org + "/" + o.Key
			}
			if !seen[k] {
				seen[k] = true
				d.byOffice[k] = append(d.byOffice[k], e)
			}
		}
	}
	for _, es := range d.byOffice {
		sort.SliceStable(es, func(i, j int) bool { return es[i].ID < es[j].ID })
	}
}

// Holder returns the person holding an office with the given code and role
// key on date t (for "the Serbian president" → Aleksandar Vucic).
func (d *Dictionary) Holder(code, key string, t time.Time) (*Entry, bool) {
	d.ensure()
	return d.holder(code+"/"+key, func(o Office) bool { return o.Org == "" && o.Code == code && o.Key == key }, t)
}

// HolderOf returns the person holding the office with role key in
// organization org (an entry ID: "NATO", "IAEA") on date t ("alliance
// chief" → the NATO Secretary General). The keys "head" and "leader" stand
// in for each other.
func (d *Dictionary) HolderOf(org, key string, t time.Time) (*Entry, bool) {
	d.ensure()
	for _, k := range []string{key, altKey[key]} {
		if k == "" {
			continue
		}
		if e, ok := d.holder("@"+org+"/"+k, func(o Office) bool { return o.Org == org && o.Key == k }, t); ok {
			return e, true
		}
	}
	return nil, false
}

var altKey = map[string]string{"head": "leader", "leader": "head"}

func (d *Dictionary) holder(k string, match func(Office) bool, t time.Time) (*Entry, bool) {
	for _, e := range d.byOffice[k] {
		for _, o := range e.Offices {
			if match(o) && (t.IsZero() && o.To.IsZero() || !t.IsZero() && o.Active(t)) {
				return e, true
			}
		}
	}
	return nil, false
}

// Stats counts entries by kind and the number of phrases.
func (d *Dictionary) Stats() (byKind map[string]int, phrases int) {
	byKind = map[string]int{}
	for _, e := range d.entries {
		byKind[e.Kind]++
	}
	return byKind, len(d.phrases)
}

// spellingPairs are British and American spellings of words in names.
var spellingPairs = map[string]string{
	"Organization": "Organisation", "Organisation": "Organization",
	"Defense": "Defence", "Defence": "Defense",
	"Center": "Centre", "Centre": "Center",
	"Program": "Programme", "Programme": "Program",
	"Labor": "Labour", "Labour": "Labor",
}

// spellingVariant returns the name with each word of spellingPairs in the
// other spelling, and whether any word changed.
func spellingVariant(ws []string) ([]string, bool) {
	var out []string
	for i, w := range ws {
		if v, ok := spellingPairs[w]; ok {
			if out == nil {
				out = append([]string(nil), ws...)
			}
			out[i] = v
		}
	}
	return out, out != nil
}
