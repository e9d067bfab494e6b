package timex

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/annals-dev/annals/doc"
)

// tmlDoc is a TempEval-3 .tml document split for re-tagging.
type tmlDoc struct {
	src      string
	dct      time.Time
	noDCT    bool   // no creation time: tagged with undated values
	textFrom int    // offset in src where the TEXT content starts
	textTo   int    // offset in src of "</TEXT>"
	raw      string // TEXT content without tags, entities decoded
	stripped string // TEXT content without tags, entities kept
	escOff   []int  // raw byte offset -> offset in stripped
	gold     []doc.Timex
}

func parseTML(src string) (*tmlDoc, error) {
	d := &tmlDoc{src: src}
	t, err := tmlDCT(src)
	if err != nil && !errors.Is(err, ErrNoDCT) {
		return nil, err
	}
	d.dct, d.noDCT = t, err != nil
	ts := strings.Index(src, "<TEXT")
	if ts < 0 {
		return nil, errors.New("no <TEXT> element")
	}
	gt := strings.IndexByte(src[ts:], '>')
	if gt < 0 {
		return nil, errors.New("unterminated <TEXT> tag")
	}
	d.textFrom = ts + gt + 1
	te := strings.LastIndex(src, "</TEXT>")
	if te < d.textFrom {
		return nil, errors.New("no </TEXT>")
	}
	d.textTo = te
	body := src[d.textFrom:d.textTo]
	var raw, str strings.Builder
	raw.Grow(len(body))
	str.Grow(len(body))
	esc := make([]int, 0, len(body)+1)
	type open struct {
		start int
		typ   string
		value string
	}
	var stack []open
	for i := 0; i < len(body); {
		c := body[i]
		switch c {
		case '<':
			if strings.HasPrefix(body[i:], "<!--") {
				e := strings.Index(body[i:], "-->")
				if e < 0 {
					return nil, errors.New("unterminated comment in TEXT")
				}
				i += e + 3
				continue
			}
			e := strings.IndexByte(body[i:], '>')
			if e < 0 {
				return nil, errors.New("unterminated tag in TEXT")
			}
			tag := body[i : i+e+1]
			i += e + 1
			name := tagName(tag)
			if name != "TIMEX3" {
				continue
			}
			switch {
			case strings.HasPrefix(tag, "</"):
				if len(stack) > 0 {
					o := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					d.gold = append(d.gold, doc.Timex{Span: doc.Span{Start: o.start, End: raw.Len()}, Type: o.typ, Value: o.value})
				}
			case strings.HasSuffix(tag, "/>"):
			default:
				stack = append(stack, open{start: raw.Len(), typ: attr(tag, "type"), value: attr(tag, "value")})
			}
		case '&':
			e := strings.IndexByte(body[i:], ';')
			if e > 0 && e < 12 {
				ent := body[i : i+e+1]
				if dec, ok := decodeEntity(ent); ok {
					for k := 0; k < len(dec); k++ {
						esc = append(esc, str.Len())
					}
					raw.WriteString(dec)
					str.WriteString(ent)
					i += e + 1
					continue
				}
			}
			fallthrough
		default:
			esc = append(esc, str.Len())
			raw.WriteByte(c)
			str.WriteByte(c)
			i++
		}
	}
	esc = append(esc, str.Len())
	d.raw, d.stripped, d.escOff = raw.String(), str.String(), esc
	return d, nil
}

func tagName(tag string) string {
	s := strings.TrimPrefix(strings.TrimPrefix(tag, "<"), "/")
	e := strings.IndexAny(s, " \t\r\n/>")
	if e < 0 {
		return s
	}
	return s[:e]
}

func attr(tag, name string) string {
	i := strings.Index(tag, " "+name+"=\"")
	if i < 0 {
		return ""
	}
	v := tag[i+len(name)+3:]
	e := strings.IndexByte(v, '"')
	if e < 0 {
		return ""
	}
	dec, _ := unescape(v[:e])
	return dec
}

func decodeEntity(ent string) (string, bool) {
	switch ent {
	case "&amp;":
		return "&", true
	case "&lt;":
		return "<", true
	case "&gt;":
		return ">", true
	case "&quot;":
		return "\"", true
	case "&apos;":
		return "'", true
	}
	if strings.HasPrefix(ent, "&#") {
		num := ent[2 : len(ent)-1]
		base := 10
		if strings.HasPrefix(num, "x") || strings.HasPrefix(num, "X") {
			num, base = num[1:], 16
		}
		n, err := strconv.ParseInt(num, base, 32)
		if err != nil || n <= 0 || n > utf8.MaxRune {
			return "", false
		}
		return string(rune(n)), true
	}
	return "", false
}

func unescape(s string) (string, bool) {
	if !strings.Contains(s, "&") {
		return s, true
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '&' {
			if e := strings.IndexByte(s[i:], ';'); e > 0 {
				if dec, ok := decodeEntity(s[i : i+e+1]); ok {
					b.WriteString(dec)
					i += e + 1
					continue
				}
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String(), true
}

func escapeAttr(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;")
	return r.Replace(s)
}

// ErrNoDCT reports a TimeML document without a usable creation time: it is
// still tagged, with values the text alone fixes ("XXXX-09-24").
var ErrNoDCT = errors.New("no document creation time (<DCT> TIMEX3 value)")

// tmlDCT finds the document creation time: the value of the TIMEX3 inside
// <DCT>, else of a TIMEX3 whose functionInDocument is CREATION_TIME. It
// returns ErrNoDCT (and the zero time) when there is none, and an error
// naming the value when it is not a date.
func tmlDCT(src string) (time.Time, error) {
	el := ""
	if ds := strings.Index(src, "<DCT"); ds >= 0 {
		if de := strings.Index(src[ds:], "</DCT>"); de >= 0 {
			el = src[ds : ds+de]
		}
	}
	if !strings.Contains(el, "value") {
		el = ""
		if k := strings.Index(src, "CREATION_TIME"); k >= 0 {
			if open := strings.LastIndex(src[:k], "<TIMEX3"); open >= 0 {
				if gt := strings.IndexByte(src[open:], '>'); gt >= 0 {
					el = src[open : open+gt]
				}
			}
		}
	}
	m := dctValue.FindStringSubmatch(el)
	if m == nil {
		return time.Time{}, ErrNoDCT
	}
	v := m[1] + m[2]
	if len(v) < 10 {
		return time.Time{}, fmt.Errorf("bad DCT value %q", v)
	}
	t, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return time.Time{}, fmt.Errorf("bad DCT value %q: %w", v, err)
	}
	return t, nil
}

var dctValue = regexp.MustCompile(`\bvalue\s*=\s*(?:"([^"]*)"|'([^']*)')`)

// TimeML reads one TempEval-3 .tml document from in, tags the raw text of
// its <TEXT> element against the date of its <DCT> TIMEX3 (or of a TIMEX3
// marked CREATION_TIME), and writes the
// document to out with the TEXT content unchanged except that the existing
// EVENT, SIGNAL and TIMEX3 tags are removed and a TIMEX3 tag wraps each
// expression found. Everything before <TEXT> (including the DCT) is kept;
// of what follows </TEXT>, the links and instances that referred to the
// removed tags are dropped. A document with no creation time is still
// written, tagged with the values its text alone fixes, and the error
// returned then wraps ErrNoDCT.
func (t *Tagger) TimeML(in io.Reader, out io.Writer) error {
	data, err := io.ReadAll(in)
	if err != nil {
		return fmt.Errorf("timex: reading TimeML: %w", err)
	}
	d, err := parseTML(string(data))
	if err != nil {
		return fmt.Errorf("timex: %w", err)
	}
	found, err := t.tagText(d.raw, d.dct)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	b.Grow(len(data) + 80*len(found))
	b.WriteString(d.src[:d.textFrom])
	pos := 0
	tid := 1
	used := map[string]bool{}
	for _, m := range []string{"tid=\"", "tid='"} {
		s := d.src[:d.textFrom]
		for {
			k := strings.Index(s, m)
			if k < 0 {
				break
			}
			s = s[k+len(m):]
			e := strings.IndexAny(s, "\"'")
			if e > 0 {
				used[s[:e]] = true
			}
		}
	}
	for _, x := range found {
		s, e := d.escOff[x.Start], d.escOff[x.End]
		b.WriteString(d.stripped[pos:s])
		for used["t"+strconv.Itoa(tid)] {
			tid++
		}
		fmt.Fprintf(&b, `<TIMEX3 tid="t%d" type="%s" value="%s"`, tid, escapeAttr(x.Type), escapeAttr(x.Value))
		if x.Mod != "" {
			fmt.Fprintf(&b, ` mod="%s"`, escapeAttr(x.Mod))
		}
		b.WriteString(">")
		b.WriteString(d.stripped[s:e])
		b.WriteString("</TIMEX3>")
		tid++
		pos = e
	}
	b.WriteString(d.stripped[pos:])
	b.WriteString(dropLinks(d.src[d.textTo:]))
	if _, err := out.Write(b.Bytes()); err != nil {
		return fmt.Errorf("timex: writing TimeML: %w", err)
	}
	if d.noDCT {
		return fmt.Errorf("timex: %w; values not fixed by the text alone are left out", ErrNoDCT)
	}
	return nil
}

// TimeML tags a TempEval-3 document with a default Tagger; see
// Tagger.TimeML.
func TimeML(in io.Reader, out io.Writer) error {
	t, err := defaultTagger()
	if err != nil {
		return err
	}
	return t.TimeML(in, out)
}

var (
	defTagger *Tagger
	defErr    error
	defOnce   sync.Once
)

func defaultTagger() (*Tagger, error) {
	defOnce.Do(func() { defTagger, defErr = New() })
	return defTagger, defErr
}

// dropLinks removes the MAKEINSTANCE, TLINK, SLINK and ALINK elements.
func dropLinks(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		e := strings.IndexByte(s[i:], '>')
		if e < 0 {
			b.WriteString(s)
			return b.String()
		}
		switch tagName(s[i : i+e+1]) {
		case "MAKEINSTANCE", "TLINK", "SLINK", "ALINK":
			b.WriteString(strings.TrimRight(s[:i], " \t"))
			s = s[i+e+1:]
			if strings.HasPrefix(s, "\n") {
				s = s[1:]
			}
			continue
		}
		b.WriteString(s[:i+e+1])
		s = s[i+e+1:]
	}
}

// Score counts TempEval-3 Task A matches between gold and system
// expressions.
type Score struct {
	// Gold and System count the expressions on each side; Relaxed the
	// one-to-one overlapping pairs, Strict those with identical spans, Type
	// and Value the relaxed pairs that agree on that attribute.
	Gold, System, Relaxed, Strict, Type, Value int
}

// Add adds o's counts to s.
func (s *Score) Add(o Score) {
	s.Gold += o.Gold
	s.System += o.System
	s.Relaxed += o.Relaxed
	s.Strict += o.Strict
	s.Type += o.Type
	s.Value += o.Value
}

func f1(match, sys, gold int) float64 {
	if match == 0 {
		return 0
	}
	p, r := float64(match)/float64(sys), float64(match)/float64(gold)
	return 2 * p * r / (p + r)
}

// StrictF1 is the F1 of exact span matches.
func (s Score) StrictF1() float64 { return f1(s.Strict, s.System, s.Gold) }

// RelaxedF1 is the F1 of overlapping span matches.
func (s Score) RelaxedF1() float64 { return f1(s.Relaxed, s.System, s.Gold) }

// TypeF1 is type accuracy over relaxed matches times relaxed F1.
func (s Score) TypeF1() float64 {
	if s.Relaxed == 0 {
		return 0
	}
	return float64(s.Type) / float64(s.Relaxed) * s.RelaxedF1()
}

// ValueF1 is value accuracy over relaxed matches times relaxed F1, the
// TempEval-3 ranking metric.
func (s Score) ValueF1() float64 {
	if s.Relaxed == 0 {
		return 0
	}
	return float64(s.Value) / float64(s.Relaxed) * s.RelaxedF1()
}

// Diff is one disagreement found by Evaluate.
type Diff struct {
	// Kind is "miss", "spurious", "span", "type" or "value".
	Kind string
	// Gold and System show each side's text, type and value (System also
	// the rule that fired); empty for the missing side.
	Gold, System string
	// GoldSpan and SystemSpan are byte spans of the document's raw text.
	GoldSpan, SystemSpan doc.Span
}

// Evaluate tags the raw text of a gold TempEval-3 .tml document and scores
// the result against its TIMEX3 annotations the way TempEval-3 does (spans
// trimmed of white space; one-to-one greedy alignment by overlap).
func (t *Tagger) Evaluate(tml []byte) (Score, []Diff, error) {
	d, err := parseTML(string(tml))
	if err != nil {
		return Score{}, nil, fmt.Errorf("timex: %w", err)
	}
	sys, err := t.tagText(d.raw, d.dct)
	if err != nil {
		return Score{}, nil, err
	}
	trim := func(x doc.Timex) doc.Timex {
		for x.Start < x.End && isSpace(d.raw[x.Start]) {
			x.Start++
		}
		for x.End > x.Start && isSpace(d.raw[x.End-1]) {
			x.End--
		}
		return x
	}
	var gold []doc.Timex
	for _, g := range d.gold {
		if g = trim(g); g.End > g.Start {
			gold = append(gold, g)
		}
	}
	for i := range sys {
		sys[i] = trim(sys[i])
	}
	type cand struct{ exact, ov, dist, gi, si int }
	var cands []cand
	for gi, g := range gold {
		for si, s := range sys {
			ov := min(g.End, s.End) - max(g.Start, s.Start)
			if ov > 0 {
				dist := g.Start - s.Start
				if dist < 0 {
					dist = -dist
				}
				cands = append(cands, cand{btoi(g.Span == s.Span), ov, dist, gi, si})
			}
		}
	}
	sort.Slice(cands, func(a, b int) bool {
		x, y := cands[a], cands[b]
		if x.exact != y.exact {
			return x.exact > y.exact
		}
		if x.ov != y.ov {
			return x.ov > y.ov
		}
		if x.dist != y.dist {
			return x.dist < y.dist
		}
		if x.gi != y.gi {
			return x.gi > y.gi
		}
		return x.si > y.si
	})
	sc := Score{Gold: len(gold), System: len(sys)}
	usedG, usedS := make([]bool, len(gold)), make([]bool, len(sys))
	var diffs []Diff
	show := func(x doc.Timex) string { return fmt.Sprintf("%q %s %s", d.raw[x.Start:x.End], x.Type, x.Value) }
	for _, c := range cands {
		if usedG[c.gi] || usedS[c.si] {
			continue
		}
		usedG[c.gi], usedS[c.si] = true, true
		g, s := gold[c.gi], sys[c.si]
		sc.Relaxed++
		kind := ""
		if g.Span == s.Span {
			sc.Strict++
		} else {
			kind = "span"
		}
		if g.Type == s.Type {
			sc.Type++
		} else if kind == "" {
			kind = "type"
		}
		if g.Value == s.Value {
			sc.Value++
		} else {
			kind = "value"
		}
		if kind != "" {
			diffs = append(diffs, Diff{Kind: kind, Gold: show(g), System: show(s) + " " + s.Rule, GoldSpan: g.Span, SystemSpan: s.Span})
		}
	}
	for gi, g := range gold {
		if !usedG[gi] {
			diffs = append(diffs, Diff{Kind: "miss", Gold: show(g), GoldSpan: g.Span})
		}
	}
	for si, s := range sys {
		if !usedS[si] {
			diffs = append(diffs, Diff{Kind: "spurious", System: show(s) + " " + s.Rule, SystemSpan: s.Span})
		}
	}
	return sc, diffs, nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
