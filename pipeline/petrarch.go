package pipeline

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/annals-dev/annals/actors"
	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/doc"
)

// PetrarchRecord is one sentence record of PETRARCH's unit-test file
// (PETR.UnitTest.records.xml).
type PetrarchRecord struct {
	ID, Category string
	Date         time.Time
	Text         string
	// Want is the expected set of events as "SOURCE TARGET CODE" strings;
	// empty for records that must code nothing (noevents, or an error such
	// as a discarded sentence).
	Want []string
	// Error is the expected error ("sentencediscard", "storydiscard",
	// "dateline", "bad_input_parse"), if any.
	Error string
	// RequireDyad is PETRARCH's require_dyad option in force for the record.
	RequireDyad bool
}

// PetrarchResult is the outcome of PetrarchEval.
type PetrarchResult struct {
	Records []PetrarchRecord
	// Got holds, per record, the coded events as "SOURCE TARGET CODE".
	Got [][]string
	// Exact is the number of records whose coded event set equals the
	// expected one.
	Exact int
	// Verbs reports the conversion of the verb dictionary.
	Verbs *coder.PetrarchReport
	// ActorWarnings lists skipped lines of the actor and agent dictionaries.
	ActorWarnings []string
}

// OK reports whether record i came out exactly right.
func (r *PetrarchResult) OK(i int) bool { return sameSet(r.Records[i].Want, r.Got[i]) }

var (
	petrComment  = regexp.MustCompile(`(?s)<!--.*?-->`)
	petrItem     = regexp.MustCompile(`(?s)<Config\s([^>]*)>|<Sentence\s([^>]*)>(.*?)</Sentence>`)
	petrAttr     = regexp.MustCompile(`(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')`)
	petrEvent    = regexp.MustCompile(`<EventCoding\s([^>]*)>`)
	petrTextElem = regexp.MustCompile(`(?s)<Text>(.*?)</Text>`)
)

func petrAttrs(s string) map[string]string {
	m := map[string]string{}
	for _, a := range petrAttr.FindAllStringSubmatch(s, -1) {
		v := a[2]
		if v == "" {
			v = a[3]
		}
		m[strings.ToLower(a[1])] = v
	}
	return m
}

// ReadPetrarchRecords parses a PETRARCH unit-test records file: <Config>
// options (require_dyad is followed; others are ignored) and <Sentence>
// records with their date, <Text> and <EventCoding> lines. The <Parse> trees
// are ignored. name is used in errors.
func ReadPetrarchRecords(r io.Reader, name string) ([]PetrarchRecord, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	src := petrComment.ReplaceAllString(string(b), "")
	dyad := true
	var out []PetrarchRecord
	for _, m := range petrItem.FindAllStringSubmatch(src, -1) {
		if m[1] != "" {
			a := petrAttrs(m[1])
			if strings.EqualFold(a["option"], "require_dyad") {
				dyad = strings.EqualFold(a["value"], "true")
			}
			continue
		}
		a := petrAttrs(m[2])
		rec := PetrarchRecord{ID: a["id"], Category: a["category"], RequireDyad: dyad}
		if d, err := time.Parse("20060102", a["date"]); err == nil {
			rec.Date = d
		} else {
			return nil, fmt.Errorf("%s: record %q: bad date %q", name, rec.ID, a["date"])
		}
		tm := petrTextElem.FindStringSubmatch(m[3])
		if tm == nil {
			return nil, fmt.Errorf("%s: record %q has no <Text>", name, rec.ID)
		}
		rec.Text = strings.Join(strings.Fields(html.UnescapeString(tm[1])), " ")
		for _, e := range petrEvent.FindAllStringSubmatch(m[3], -1) {
			ea := petrAttrs(e[1])
			switch {
			case ea["error"] != "":
				rec.Error = ea["error"]
			case strings.EqualFold(ea["noevents"], "true"):
			default:
				rec.Want = append(rec.Want, ea["sourcecode"]+" "+ea["targetcode"]+" "+ea["eventcode"])
			}
		}
		out = append(out, rec)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no <Sentence> records", name)
	}
	return out, nil
}

// petrDiscards holds PETRARCH discard phrases (lower-case word sequences).
type petrDiscards [][]string

// readPetrarchDiscards reads a PETRARCH discards file: one phrase per line,
// "+" marking a story discard (both kinds discard the sentence here), "#"
// comments.
func readPetrarchDiscards(r io.Reader) (petrDiscards, error) {
	var out petrDiscards
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		l := sc.Text()
		if i := strings.IndexByte(l, '#'); i >= 0 {
			l = l[:i]
		}
		l = strings.TrimPrefix(strings.TrimSpace(l), "+")
		if ws := petrWords(l); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out, sc.Err()
}

func petrWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'' || r > 127)
	})
}

// match reports whether the text contains one of the phrases as whole words.
func (ds petrDiscards) match(text string) bool {
	ws := petrWords(text)
	for _, p := range ds {
		for i := 0; i+len(p) <= len(ws); i++ {
			ok := true
			for j, w := range p {
				if ws[i+j] != w {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// PetrarchEval runs PETRARCH's unit-test records (dir/PETR.UnitTest.records.xml)
// from raw text through Annals with PETRARCH's validation dictionaries
// (PETR.Validate.actors.txt, .agents.txt, .verbs.txt, .discards.txt) loaded
// in place of Annals' own, and counts the records whose set of coded
// (source, target, code) triples equals the expected set exactly. Actor and
// event codes are compared as PETRARCH writes them ("ARNGOV", "NGOARN",
// "064"; an agent with no country as "---GOV"). An actor with no code (an
// unknown name Annals guessed) counts as no actor: an event without a
// source is dropped, one without a target codes its target as "---" and is
// kept only where the record's require_dyad option is false. Records expected to
// fail with an error (discards, datelines, bad parses) count as right when
// nothing is coded. The coder runs in Literal and PrepTargets mode, as
// PETRARCH's dictionaries expect.
func PetrarchEval(dir string) (*PetrarchResult, error) {
	return PetrarchEvalTrace(dir, nil)
}

// PetrarchEvalTrace is PetrarchEval with the coder's trace and the actor
// mentions of the records for which trace returns a writer.
func PetrarchEvalTrace(dir string, trace func(id string) io.Writer) (*PetrarchResult, error) {
	open := func(f string) (*os.File, error) { return os.Open(filepath.Join(dir, f)) }
	res := &PetrarchResult{}
	fh, err := open("PETR.UnitTest.records.xml")
	if err != nil {
		return nil, err
	}
	res.Records, err = ReadPetrarchRecords(fh, "PETR.UnitTest.records.xml")
	fh.Close()
	if err != nil {
		return nil, err
	}
	ad := actors.New()
	for _, f := range []string{"PETR.Validate.actors.txt", "PETR.Validate.agents.txt"} {
		fh, err := open(f)
		if err != nil {
			return nil, err
		}
		if strings.HasSuffix(f, "agents.txt") {
			err = ad.LoadPetrarchAgents(fh, f)
		} else {
			err = ad.LoadPetrarchActors(fh, f)
		}
		fh.Close()
		if err != nil {
			return nil, err
		}
	}
	res.ActorWarnings = ad.Warnings
	// An agent with no country codes as "---" + its code ("---GOV").
	agentCodes := map[string]bool{}
	for _, e := range ad.Entries() {
		if e.Kind == actors.KindAgent {
			agentCodes[e.Code] = true
		}
	}
	code := func(m *doc.ActorMention) string {
		if m == nil || m.Actor.Code == "" {
			return "---" // no actor, or one PETRARCH would not code
		}
		if m.Kind == actors.KindAgent && agentCodes[m.Actor.Code] {
			return "---" + m.Actor.Code
		}
		return m.Actor.Code
	}
	vd := coder.NewDictionary()
	fh, err = open("PETR.Validate.verbs.txt")
	if err != nil {
		return nil, err
	}
	res.Verbs, err = vd.LoadPetrarchVerbsReport(fh, "PETR.Validate.verbs.txt", nil)
	fh.Close()
	if err != nil {
		return nil, err
	}
	var discards petrDiscards
	if fh, err := open("PETR.Validate.discards.txt"); err == nil {
		discards, err = readPetrarchDiscards(fh)
		fh.Close()
		if err != nil {
			return nil, fmt.Errorf("PETR.Validate.discards.txt: %w", err)
		}
	}
	a, err := New(Options{Actors: ad, Verbs: vd})
	if err != nil {
		return nil, err
	}
	a.Coder.Literal = true
	a.Coder.PrepTargets = true
	for _, rec := range res.Records {
		var got []string
		if !discards.match(rec.Text) {
			d := &doc.Document{ID: rec.ID, Text: rec.Text, Date: rec.Date}
			a.Coder.Trace = nil
			var w io.Writer
			if trace != nil {
				if w = trace(rec.ID); w != nil {
					a.Coder.Trace = coder.WriteTrace(w)
				}
			}
			if err := a.Process(d); err != nil {
				return nil, fmt.Errorf("record %s: %w", rec.ID, err)
			}
			if w != nil {
				for _, m := range d.Actors {
					fmt.Fprintf(w, "  actor %q = %s country %q id %q (%s, %s)\n", d.SpanText(m.Span), m.Actor.Code, m.Actor.Country, m.Actor.ID, m.Kind, m.Rule)
				}
				for _, t := range d.Tokens {
					fmt.Fprintf(w, "%s/%s/%s ", t.Text, t.Tag, t.Lemma)
				}
				fmt.Fprintln(w)
			}
			seen := map[string]bool{}
			for _, e := range d.Events {
				src, tgt := code(e.Source), code(e.Target)
				if src == "---" || tgt == "---" && rec.RequireDyad {
					continue
				}
				k := src + " " + tgt + " " + e.Code
				if !seen[k] {
					seen[k] = true
					got = append(got, k)
				}
			}
		}
		sort.Strings(got)
		res.Got = append(res.Got, got)
	}
	for i := range res.Records {
		if res.OK(i) {
			res.Exact++
		}
	}
	return res, nil
}

func sameSet(want, got []string) bool {
	w := map[string]bool{}
	for _, x := range want {
		w[x] = true
	}
	g := map[string]bool{}
	for _, x := range got {
		g[x] = true
	}
	if len(w) != len(g) {
		return false
	}
	for x := range w {
		if !g[x] {
			return false
		}
	}
	return true
}
