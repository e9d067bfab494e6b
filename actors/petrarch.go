package actors

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// LoadPetrarchActors adds the entries of a PETRARCH/TABARI actor dictionary
// read from r (name is used in errors and rules).
//
// The format: a phrase line (words joined by '_', a trailing '_' marking a
// whole word) optionally followed by its code, "+" lines adding synonyms, and
// code lines "[CODE]" with optional date restrictions "[CODE >YYMMDD]",
// "[CODE <YYMMDD]", "[CODE YYMMDD-YYMMDD]" (six- or eight-digit dates; two-digit
// years up to 30 are 20YY). A compound code "[ELR/GAL]" (several actors) is
// kept whole as the Actor's Code; the event coder splits it on '/'. A phrase
// with dated codes becomes a person whose
// offices are those codes; its undated code, if any, applies on other dates.
// Matching is case-insensitive and word-exact: TABARI's stem matching (a
// phrase without '_' matching word prefixes) is not reproduced.
//
// Structural errors (a code or synonym line before any phrase) stop loading
// with an error naming file and line. Malformed codes and dates, which the
// published dictionaries contain and PETRARCH skips, are skipped too and
// listed in d.Warnings, each naming file and line.
func (d *Dictionary) LoadPetrarchActors(r io.Reader, name string) error {
	return d.loadPetrarch(r, name, false)
}

// LoadPetrarchAgents adds the entries of a PETRARCH/TABARI agent dictionary
// read from r: lines "PHRASE {PLURALS} [~CODE]" ("~" marks where the country
// code goes: "[~GOV]" follows it, "[NGO~]" precedes it), with substitution
// sets "!PERSON! = MAN, MEN" expanded where "!PERSON!" appears in a phrase.
func (d *Dictionary) LoadPetrarchAgents(r io.Reader, name string) error {
	return d.loadPetrarch(r, name, true)
}

var petrCode = regexp.MustCompile(`^\[\s*([A-Za-z0-9~\-/]*)\s*([<>]?)\s*(\d+)?(?:\s*-\s*(\d+))?\s*\]`)

func (d *Dictionary) warn(where string, err error) {
	d.Warnings = append(d.Warnings, where+": "+err.Error())
}

func badPetrDate(s string) bool {
	if len(s) != 6 && len(s) != 8 {
		return true
	}
	_, err := petrDate(s)
	return err != nil
}

func petrDate(s string) (time.Time, error) {
	if len(s) == 6 {
		yy, _ := strconv.Atoi(s[:2])
		if yy <= 30 {
			s = "20" + s
		} else {
			s = "19" + s
		}
	}
	return time.Parse("20060102", s)
}

func (d *Dictionary) loadPetrarch(r io.Reader, name string, agents bool) error {
	d.unshare()
	d.root = nil
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	subst := map[string][]string{}
	var cur *Entry
	var phrases []petrPhrase
	var curRule string
	var undated string
	seq := 0
	flush := func() error {
		if cur == nil {
			return nil
		}
		if cur.Code == "" && len(cur.Offices) == 0 {
			d.warn(curRule, fmt.Errorf("entry %q has no usable code: skipped", cur.Name))
			cur, phrases, undated = nil, nil, ""
			return nil
		}
		if len(cur.Offices) > 0 {
			cur.Kind = KindPerson
			if undated != "" {
				cur.Fallback = undated
				cur.Code = undated
			} else {
				cur.Code = cur.Offices[0].Code
			}
			if c := cur.Code; len(c) >= 3 && c[:3] != "IGO" && c[:3] != "NGO" && c[:3] != "---" {
				cur.Country = c[:3]
			}
		}
		if cur.Code == "" {
			cur.Code = "---"
		}
		d.entries = append(d.entries, cur)
		d.byID[cur.ID] = cur
		d.idFile[cur.ID] = name
		kind := pName
		if agents {
			kind = pAgent
		}
		for _, pp := range phrases {
			d.phrases = append(d.phrases, &phrase{words: pp.words, kind: kind, e: cur, rule: curRule, stem: pp.stem})
		}
		cur, phrases, undated = nil, nil, ""
		return nil
	}
	ln := 0
	for sc.Scan() {
		ln++
		raw := sc.Text()
		line := raw
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i] // PETRARCH comments start at any '#'
		}
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "<!") || strings.HasPrefix(t, "<") && strings.HasSuffix(t, ">") {
			continue
		}
		where := fmt.Sprintf("%s:%d", name, ln)
		errf := func(format string, a ...any) error {
			return fmt.Errorf("actors: %s:%d: %s", name, ln, fmt.Sprintf(format, a...))
		}
		if agents && strings.HasPrefix(t, "!") && strings.Contains(t, "=") {
			k, v, _ := strings.Cut(t, "=")
			var alts []string
			for _, a := range strings.Split(v, ",") {
				if a = strings.TrimSpace(a); a != "" {
					alts = append(alts, a)
				}
			}
			subst[strings.TrimSpace(k)] = alts
			continue
		}
		// Code lines belong to the current entry.
		if strings.HasPrefix(t, "[") {
			if cur == nil {
				return errf("code line before any phrase")
			}
			if err := d.petrCodes(cur, t, agents, &undated, where); err != nil {
				d.warn(where, err)
			}
			continue
		}
		if strings.HasPrefix(t, "+") {
			if cur == nil {
				return errf("synonym before any phrase")
			}
			ph, rest := splitPetrPhrase(t[1:])
			if ph != "" {
				phrases = append(phrases, petrWords(ph))
			}
			if rest != "" {
				if err := d.petrCodes(cur, rest, agents, &undated, where); err != nil {
					d.warn(where, err)
				}
			}
			continue
		}
		ph, rest := splitPetrPhrase(t)
		if ph == "" {
			return errf("no phrase in %q", t)
		}
		if cur != nil && cur.Code == "" && len(cur.Offices) == 0 && !strings.Contains(rest, "{") {
			// Consecutive phrase lines share the codes that follow them.
			phrases = append(phrases, petrWords(ph))
			if rest != "" {
				if err := d.petrCodes(cur, rest, agents, &undated, where); err != nil {
					d.warn(where, err)
				}
			}
			continue
		}
		if err := flush(); err != nil {
			return err
		}
		seq++
		cur = &Entry{Kind: KindOrg, ID: fmt.Sprintf("%s#%d", name, seq), Name: strings.ReplaceAll(strings.Trim(ph, "_"), "_", " "), Rule: where, Inherit: true}
		curRule = where
		if agents {
			cur.Kind = KindAgent
			cur.ID = "agent:" + cur.Name
		}
		var plurals []string
		if i := strings.Index(rest, "{"); i >= 0 {
			j := strings.Index(rest, "}")
			if j < i {
				return errf("unclosed { in %q", rest)
			}
			for _, p := range strings.Fields(strings.ReplaceAll(rest[i+1:j], ",", " ")) {
				plurals = append(plurals, p)
			}
			rest = strings.TrimSpace(rest[:i] + rest[j+1:])
		}
		forms := []string{ph}
		forms = append(forms, plurals...)
		for fi, f := range forms {
			for _, x := range expandSubst(f, subst) {
				pp := petrWords(x)
				if fi > 0 {
					pp.stem = false // listed plurals are whole words
				}
				phrases = append(phrases, pp)
				if agents && len(plurals) == 0 && !pp.stem {
					if pl := plural(pp.words); pl != nil {
						phrases = append(phrases, petrPhrase{words: pl})
					}
				}
			}
		}
		if rest != "" {
			if err := d.petrCodes(cur, rest, agents, &undated, where); err != nil {
				d.warn(where, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("actors: read %s: %w", name, err)
	}
	return flush()
}

// splitPetrPhrase splits "PHRASE_ [CODE]" into the phrase and the rest.
func splitPetrPhrase(t string) (string, string) {
	i := strings.IndexAny(t, "[{")
	if i < 0 {
		return strings.TrimSpace(t), ""
	}
	return strings.TrimSpace(t[:i]), strings.TrimSpace(t[i:])
}

// petrPhrase is a phrase of a PETRARCH dictionary.
type petrPhrase struct {
	words []string
	stem  bool
}

// petrWords splits a PETRARCH phrase; without a trailing '_' its last word
// is a stem.
func petrWords(ph string) petrPhrase {
	ph = strings.TrimSpace(ph)
	stem := !strings.HasSuffix(ph, "_")
	ph = strings.ToLower(strings.Trim(ph, "_ "))
	f := strings.FieldsFunc(ph, func(r rune) bool { return r == '_' || r == ' ' })
	return petrPhrase{words: f, stem: stem}
}

func expandSubst(ph string, subst map[string][]string) []string {
	for k, alts := range subst {
		if strings.Contains(ph, k) {
			var out []string
			for _, a := range alts {
				out = append(out, expandSubst(strings.Replace(ph, k, a, 1), subst)...)
			}
			return out
		}
	}
	return []string{ph}
}

// petrCodes parses one or more bracketed codes in s into cur.
func (d *Dictionary) petrCodes(cur *Entry, s string, agents bool, undated *string, where string) error {
	for n := 0; ; n++ {
		if s = strings.TrimSpace(s); s == "" || n > 0 && s[0] != '[' {
			return nil // PETRARCH ignores text after the codes
		}
		m := petrCode.FindStringSubmatch(s)
		if m == nil {
			return fmt.Errorf("bad code %q", s)
		}
		s = s[len(m[0]):]
		code := strings.ToUpper(m[1])
		if agents {
			switch {
			case strings.HasPrefix(code, "~"):
				code = code[1:]
			case strings.HasSuffix(code, "~"):
				code = code[:len(code)-1]
				cur.Prefix = true
			default:
				return fmt.Errorf("agent code %q lacks '~'", m[1])
			}
			if code == "" {
				return fmt.Errorf("empty agent code")
			}
			cur.Code = code
			continue
		}
		if code == "" {
			return fmt.Errorf("empty code")
		}
		if m[3] == "" {
			if cur.Code == "" {
				cur.Code = code
			}
			*undated = code
			continue
		}
		if bad := badPetrDate(m[3]) || m[4] != "" && badPetrDate(m[4]); bad {
			// PETRARCH skips such typos ("9008223"); so do we, with a warning.
			d.warn(where, fmt.Errorf("bad date in %q: code ignored", m[0]))
			continue
		}
		t1, err := petrDate(m[3])
		if err != nil {
			return fmt.Errorf("bad date %q", m[3])
		}
		o := Office{Code: code, Title: "PETRARCH date restriction"}
		switch {
		case m[2] == ">":
			o.From = t1
		case m[2] == "<":
			o.To = t1
		case m[4] != "":
			t2, err := petrDate(m[4])
			if err != nil {
				return fmt.Errorf("bad date %q", m[4])
			}
			o.From, o.To = t1, t2
		default:
			d.warn(where, fmt.Errorf("date %q needs <, > or a range: code ignored", m[3]))
			continue
		}
		cur.Offices = append(cur.Offices, o)
	}
}
