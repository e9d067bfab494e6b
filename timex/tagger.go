// Package timex finds and normalizes TimeML TIMEX3 temporal expressions
// (DATE, TIME, DURATION, SET) in raw news text, against the document
// creation time, following the TimeML / TempEval-3 annotation guidelines.
//
// The recognizer is a hand-written scanner over words driven by the word
// lists in data/*.txt: month and weekday names, seasons, number words, units,
// holidays, fixed phrases and the context words that steer tense and veto
// numbers that are not years.
//
// Conventions, after the TimeML guidelines and TimeBank practice:
//   - Underspecified dates ("Friday", "in March", "September 24") resolve
//     against the document date, to the past unless the nearest tense cue
//     (looked for first to the left, in the same sentence) says future:
//     "will", "plans to", "by", "until", "payable". A month more than four
//     months ahead of the document date with no cue is last year's. The
//     past perfect ("had been scheduled to expire Friday") is past; an
//     "-ed" word after a determiner is an adjective, no cue. When the
//     document's tokens carry part-of-speech tags (Process after the
//     tagger; TimeML and Evaluate with SetAnalyzer), VBD and VBN decide
//     which words are past-tense verbs.
//   - Business news: "a year ago", "the year-earlier period" and "the
//     quarter" refer to the quarter the story reports on, its first
//     recent quarter or a later one already ended; "the year ended Sept.
//     30" is a duration (P1Y).
//   - The end of a month range takes its start's year ("from November to
//     January"); "the week of March 6" is that day's ISO week.
//   - Determiners and time modifiers are part of the extent ("the third
//     quarter", "the past two months", "early next year", "nearly two
//     years"); prepositions and "about" are not.
//   - Weeks are ISO weeks (2023-W46); a weekday with a part of the day is a
//     TIME ("Friday morning" 1998-08-07TMO); decades and centuries are
//     written 199 and 19.
//   - "a year earlier", "that day", "the following year" count from the
//     narrative's last explicit date; "a year ago" from the document date
//     (or from the quarter the story is about, in earnings news, unless
//     the sentence is about the nine months or a half year: then its
//     year). A day or month counted from a date known only to the month
//     or year keeps the unknown part ("that same day" after "last
//     October" is 2004-10-XX); "overnight" is the night before the
//     narrative's day; "the past week" is the week holding most of the
//     seven days before the document date.
//   - "soon" and "one day" are FUTURE_REF next to a modal ("may soon
//     seek", "will one day be"), not when they relate two events ("soon
//     after", "as soon as").
//   - Numbers that are amounts, counts, codes or scores are no years.
//   - A weekday in the possessive ("Wednesday's ruling") is past unless
//     "until" or "ahead of" comes before it; "since" looks back; "by" and
//     "until" look forward unless the clause is in the past perfect.
//   - Listed days are dates of their own ("April 24 and 25", "between 1
//     and 14 March"); a weekday with a plural part of the day is a SET
//     ("Tuesday nights").
//   - Time words inside proper names are no times ("the Arab Spring",
//     "the Summer Olympics", "the Good Friday Agreement").
package timex

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/annals-dev/annals/doc"
)

// Tagger recognizes temporal expressions. It is safe for concurrent use.
type Tagger struct {
	lx   *lexicon
	pool sync.Pool
	// analyze, when set, tokenizes and part-of-speech tags the documents
	// that TimeML and Evaluate read (see SetAnalyzer).
	analyze func(*doc.Document) error
}

// SetAnalyzer makes TimeML and Evaluate run f (sentence splitting and
// part-of-speech tagging, as the pipeline does before this stage) on each
// document before tagging it, so that verb tags steer the tense of
// underspecified dates as they do in Process. Call it before concurrent use.
func (t *Tagger) SetAnalyzer(f func(*doc.Document) error) { t.analyze = f }

// New loads the embedded word lists and returns a Tagger.
func New() (*Tagger, error) {
	lx, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	t := &Tagger{lx: lx}
	t.pool.New = func() any { return &scanner{} }
	return t, nil
}

// Name identifies the stage.
func (t *Tagger) Name() string { return "timex" }

// Process sets d.Timexes to the temporal expressions of d.Text, resolved
// against d.Date.
//
// When d.Tokens carry part-of-speech tags, the tags of verbs steer the
// tense of underspecified dates ("an unspecified date" is no past tense).
func (t *Tagger) Process(d *doc.Document) error {
	d.Timexes = t.tagInto(d.Timexes[:0], d.Text, d.Date, d.Tokens)
	return nil
}

// Tag returns the temporal expressions of text, with byte offsets into text
// and values resolved against the document creation time dct.
func (t *Tagger) Tag(text string, dct time.Time) []doc.Timex {
	return t.tagInto(nil, text, dct, nil)
}

// tagText tags text as TimeML and Evaluate do: through the analyzer when
// one is set.
func (t *Tagger) tagText(text string, dct time.Time) ([]doc.Timex, error) {
	if t.analyze == nil {
		return t.Tag(text, dct), nil
	}
	d := &doc.Document{Text: text, Date: dct}
	if err := t.analyze(d); err != nil {
		return nil, fmt.Errorf("timex: analyzing text: %w", err)
	}
	if err := t.Process(d); err != nil {
		return nil, err
	}
	return d.Timexes, nil
}

func (t *Tagger) tagInto(out []doc.Timex, text string, dct time.Time, dtoks []doc.Token) []doc.Timex {
	sc := t.pool.Get().(*scanner)
	defer t.pool.Put(sc)
	r := run{lx: t.lx, text: text, toks: sc.scan(text, t.lx), out: out}
	if len(dtoks) > 0 {
		setPOS(r.toks, dtoks)
	}
	r.dct = time.Date(dct.Year(), dct.Month(), dct.Day(), 0, 0, 0, 0, time.UTC)
	r.ref, r.refGran = r.dct, "day"
	r.noDCT = dct.IsZero()
	r.refQ = -1
	r.tag()
	return r.out
}

// match is one recognized expression: tokens [.., end).
type match struct {
	end   int
	typ   string
	value string
	mod   string
	rule  string
}

// run is the state of one Tag call.
type run struct {
	lx   *lexicon
	text string
	toks []token
	dct  time.Time
	out  []doc.Timex
	// ref is the narrative's last explicit date, at granularity refGran
	// ("year", "month", "day", "quarter").
	ref     time.Time
	refGran string
	// day is the narrative's last explicit day (zero when none): the
	// scene a later time of day belongs to even after a coarser date in
	// a side remark ("who turned 24 in June").
	day time.Time
	// refAt is len(out) when ref was last set; refW is the Monday of the
	// last week named ("last week"), refWAt len(out) then.
	refAt, refWAt int
	refW          time.Time
	// refTok is the token index where ref was last set.
	refTok int
	// refQ is the token index of the last quarter expression, -1 if none.
	refQ         int
	refQY, refQQ int
	// noDCT is set when the document date is unknown: values that would
	// depend on it are made partial (XXXX-09-24) or dropped.
	noDCT bool
	// lastEnd is the token after the last expression emitted, lastVal its
	// value: the start of a range ("from May to July").
	lastEnd  int
	lastVal  string
	lastRule string
}

func (r *run) tag() {
	toks := r.toks
	for i := 0; i < len(toks); {
		t := &toks[i]
		if t.kind == kPunct || t.kind == kWord && t.wi == nil && !r.maybeStart(t) {
			i++
			continue
		}
		if t.kind == kNum {
			if e := r.dayListBefore(i); e > i {
				i = e
				continue
			}
		}
		m, ok := r.at(i)
		if !ok && m.rule == "name" {
			i = m.end // "the Good Friday Agreement": no Friday either
			continue
		}
		if !ok || m.end <= i {
			i++
			continue
		}
		r.emit(i, m)
		// Year ranges: 1998-99, 1998-1999.
		if m.rule == "year" && m.end+1 < len(toks) && (toks[m.end].low == "-" || toks[m.end].low == "/") {
			n := &toks[m.end+1]
			if n.kind == kNum && n.ndig == 2 && n.flags == 0 && n.start == toks[m.end].end {
				y, _ := strconv.Atoi(m.value)
				y2 := y/100*100 + n.num
				if y2 > y {
					r.emit(m.end+1, match{end: m.end + 2, typ: "DATE", value: fmtYear(y2), rule: "year-range"})
					i = m.end + 2
					continue
				}
			}
		}
		if m.rule == "month-day" {
			if e := r.dayList(m); e > m.end {
				i = e
				continue
			}
		}
		i = m.end
	}
}

// dayList emits the further days of the month listed after the month-day
// m ("April 24 and 25", "Oct. 3, 4 and 5", "between June 1 and 15",
// "March 18-19"), each
// its own DATE as TimeML tags the two ends of a range, and returns the
// token after the last one (m.end if none).
func (r *run) dayList(m match) int {
	toks := r.toks
	if len(m.value) != 10 {
		return m.end
	}
	y, _ := strconv.Atoi(m.value[:4])
	mo, _ := strconv.Atoi(m.value[5:7])
	prev, _ := strconv.Atoi(m.value[8:10])
	var days [8]int // token indexes of the listed days
	nd := 0
	for k := m.end; k+1 < len(toks) && nd < len(days); {
		switch toks[k].low {
		case ",", "and", "or", "to", "through", "until", "till", "-", "–":
		default:
			k = len(toks)
			continue
		}
		n := k + 1
		if toks[k].low == "," && (r.low(n) == "and" || r.low(n) == "or") {
			n++
		}
		if n >= len(toks) {
			break
		}
		t := &toks[n]
		if t.kind != kNum || t.ndig > 2 || t.flags&^fOrd != 0 || t.num <= prev || t.num > daysIn(y, mo) {
			break
		}
		if !r.listEnd(n + 1) {
			// "On March 12, 13 and 14 percent": the numbers count
			// something, and so may those before them.
			return m.end
		}
		days[nd] = n
		nd++
		prev, k = t.num, n+1
	}
	for _, n := range days[:nd] {
		r.emit(n, match{end: n + 1, typ: "DATE", value: fmtDay(date(y, mo, toks[n].num)), rule: "month-day"})
	}
	if nd == 0 {
		return m.end
	}
	return days[nd-1] + 1
}

// dayListBefore recognizes a day of the month listed before a day-month
// date ("between 1 and 14 March", "1-3 April 2013"): it emits both and
// returns the token after the date, or i if there is no such list.
func (r *run) dayListBefore(i int) int {
	t := &r.toks[i]
	if t.ndig > 2 || t.flags&^fOrd != 0 || t.num < 1 || t.num > 31 || i+2 >= len(r.toks) {
		return i
	}
	k := i + 1
	switch r.low(k) {
	case "and", "or", "to", "-", "until", "till", "through":
	default:
		return i
	}
	n := &r.toks[k+1]
	if n.kind != kNum || n.ndig > 2 || n.num <= t.num {
		return i
	}
	m, ok := r.numeric(k + 1)
	if !ok || m.rule != "day-month" && m.rule != "day-month-year" || len(m.value) != 10 {
		return i
	}
	r.emit(i, match{end: i + 1, typ: "DATE", value: m.value[:8] + pad(t.num, 2), rule: "day-month"})
	r.emit(k+1, m)
	return m.end
}

// listEnd reports whether token k may follow a day of the month in a list:
// punctuation, the end of the text or a function word, not a noun that
// the number counts ("April 24 and 25 people").
func (r *run) listEnd(k int) bool {
	if k >= len(r.toks) {
		return true
	}
	t := &r.toks[k]
	if t.kind == kPunct {
		switch t.low {
		case "%", "-", ":", "/", "$":
			return false
		}
		return true
	}
	switch t.low {
	case "in", "at", "of", "and", "or", "to", "when", "for", "with", "as", "before", "after", "respectively", "the", "this", "last", "next", "but", "while", "during":
		return true
	}
	return false
}

// maybeStart reports whether a word unknown to the lexicon may start an
// expression (plural weekdays, "Q3", "year-end", "FY2023").
func (r *run) maybeStart(t *token) bool {
	switch t.low {
	case "the", "a", "an", "another", "at", "more", "less", "no", "up", "just", "well", "fiscal", "pre", "post", "half", "year", "q", "h", "fy", "end", "beginning", "start", "middle", "turn", "mid", "today", "tonight", "yesterday", "tomorrow", "every", "each", "per", "few", "several", "couple", "many", "tomorrow's", "day", "year-end", "week", "month", "once", "twice", "thrice":
		return true
	}
	if len(t.low) > 6 && t.low[len(t.low)-1] == 's' {
		if wi := r.lx.words[t.low[:len(t.low)-1]]; wi != nil && wi.cls&cWeekday != 0 {
			return true
		}
	}
	return false
}

func (r *run) emit(i int, m match) {
	if r.noDCT {
		var ok bool
		if m.value, ok = undated(m); !ok {
			return
		}
	}
	toks := r.toks
	start, end := toks[i].start, toks[m.end-1].end
	m.value = r.rangeEnd(i, m)
	r.out = append(r.out, doc.Timex{Span: doc.Span{Start: start, End: end}, Type: m.typ, Value: m.value, Mod: m.mod, Rule: m.rule})
	r.lastEnd, r.lastVal, r.lastRule = m.end, m.value, m.rule
	if v := m.value; len(v) == 8 && v[5] == 'W' && allDigits(v[:4]) && allDigits(v[6:]) {
		// "last week": "the previous week" after it counts from it.
		y, _ := strconv.Atoi(v[:4])
		wk, _ := strconv.Atoi(v[6:])
		r.refW, r.refWAt = isoWeekStart(y, wk), len(r.out)
	}
	switch m.rule {
	case "year-earlier", "ago", "earlier-later", "the-unit", "rel-unit", "the-daypart", "year-quarter", "overnight":
	default:
		if (m.typ == "DATE" || m.typ == "TIME") && !r.attributiveDay(i, m) {
			r.setRef(m.value, i)
		}
	}
	r.monthsEnded(i, m)
}

// monthsEnded makes "the three months ended Sept. 28" the story's reported
// quarter, as "the quarter ended Sept. 28" or "the third quarter" would be:
// "the year-ago period" after it is that quarter a year before.
func (r *run) monthsEnded(i int, m match) {
	if m.typ != "DATE" || len(m.value) != 10 || i < 3 || r.low(i-2) != "months" {
		return
	}
	if n := r.low(i - 3); n != "three" && n != "3" {
		return
	}
	if y, q, ok := r.quarterEnded(i - 1); ok && r.recentQuarter(y, q) {
		r.refQ, r.refQY, r.refQQ = i, y, q
	}
}

// rangeEnd moves a weekday that closes a range ahead ("will be closed from
// 10 p.m. Friday until 5 a.m. Monday") a week on when it would fall before
// the range's start, the timex emitted just before it.
func (r *run) rangeEnd(i int, m match) string {
	v := m.value
	if len(v) < 10 || len(r.out) == 0 || r.lastEnd < i-1 || r.lastEnd > i || m.rule != "weekday" && m.rule != "time" {
		return v
	}
	switch r.low(i - 1) {
	case "until", "till", "to", "through", "-", "–":
	default:
		return v
	}
	hasWeekday := false
	for k := i; k < m.end; k++ {
		hasWeekday = hasWeekday || r.cls(k)&cWeekday != 0
	}
	prev := r.lastVal
	if !hasWeekday || len(prev) < 10 || v[:10] >= prev[:10] {
		return v
	}
	d, err := time.Parse("2006-01-02", v[:10])
	p, err2 := time.Parse("2006-01-02", prev[:10])
	if err != nil || err2 != nil || p.Sub(d) > 7*24*time.Hour || !p.After(r.dct) {
		return v // a range told in the past is left as it is
	}
	return fmtDay(d.AddDate(0, 0, 7)) + v[10:]
}

// attributiveDay reports whether the day matched at token i only dates a
// noun after it ("in retaliation for a February 14 suicide bombing"): it
// names when that thing happened, not the day the narrative stands on, so
// a later "overnight" or "in the morning" does not count from it.
func (r *run) attributiveDay(i int, m match) bool {
	if len(m.value) < 10 || i == 0 || m.end >= len(r.toks) {
		return false
	}
	switch r.low(i - 1) {
	case "a", "an", "the":
	default:
		return false
	}
	n := r.toks[m.end]
	if n.kind != kWord || n.flags&fCap != 0 {
		return false
	}
	if n.wi != nil {
		// A time word ("the May 5 morning") continues the date; one that
		// only starts a longer phrase ("election" of "election day") is
		// a plain noun here.
		if _, ok := r.core(m.end); ok {
			return false
		}
	}
	switch n.low {
	case "and", "or", "to", "through", "until", "till", "when", "as", "in", "at", "on", "of", "for", "was", "is", "will", "would":
		return false
	}
	return true
}

// undated rewrites the value of a match made against an unknown (zero)
// document date: a year that came from it becomes XXXX when the rest of the
// value came from the text ("September 24" → XXXX-09-24, "Friday" →
// XXXX-WXX-5); expressions that only make sense relative to the document
// date ("yesterday", "last year") are dropped.
func undated(m match) (string, bool) {
	v := m.value
	if v == "" || !(v[0] == '0' || v[0] == '-') {
		return v, true // no date arithmetic involved
	}
	switch m.rule {
	case "month-day", "day-month", "month", "season", "quarter", "half", "holiday", "rel-month", "rel-month-day", "weekday-date", "week-of-month":
		if k := strings.IndexByte(v[1:], '-'); k >= 0 && (m.rule != "week-of-month") {
			return "XXXX" + v[k+1:], true
		}
	case "weekday", "rel-weekday":
		if len(v) >= 10 {
			if t, err := time.Parse("2006-01-02", strings.TrimPrefix(v[:10], "-")); err == nil {
				return "XXXX-WXX-" + strconv.Itoa(isoWeekday(t)) + v[10:], true
			}
		}
	case "time":
		if k := strings.IndexByte(v, 'T'); k > 0 {
			return "XXXX-XX-XX" + v[k:], true
		}
	}
	return "", false
}

// narrativeDay is the day the time of day, "overnight" or "the morning" at
// token i belongs to: the narrative's last explicit day, else the document
// date. A day ahead of the document date is the scene only when the clause
// looks ahead too: "results on Feb. 18 and a call at 10 a.m." is that day,
// but "in a speech broadcast at 8:30 p.m." after "the vote on November
// 23" is today.
func (r *run) narrativeDay(i int) time.Time {
	if r.refGran != "day" {
		if !r.day.IsZero() && !r.day.After(r.dct) && r.refGran == "month" && (r.ref.Year() != r.day.Year() || r.ref.Month() != r.day.Month()) {
			return r.day
		}
		return r.dct
	}
	tense := r.tense(i, i+1)
	if r.ref.After(r.dct) && tense <= 0 {
		return r.dct
	}
	if d := r.dct.Sub(r.ref); (d > 7*24*time.Hour || d < -7*24*time.Hour) && r.paragraphSince(r.refTok, i) {
		// "Sales did not resume until February 7, 1998. ¶ ... Lee told a
		// news conference at 10 a.m.": a day long past, or weeks ahead
		// ("will pay its dividend on Nov. 15. ¶ ... will discuss the
		// results on a call at 10 a.m."), named in an earlier paragraph,
		// is background; the time is the report's.
		return r.dct
	}
	if r.ref.Before(r.dct) && tense > 0 {
		// "Shares fell on Friday. Management will discuss the recall at
		// 4:30 p.m.": a clause looking ahead is not on a past day. A
		// preposition of deadline or cause says nothing of that ("stood
		// above normal by midnight", "depressed by overnight losses").
		switch r.low(i - 1) {
		case "by", "until", "till", "through", "for":
		default:
			return r.dct
		}
	}
	return r.ref
}

// paragraphSince reports whether a paragraph starts after token a, up to
// token b.
func (r *run) paragraphSince(a, b int) bool {
	for k := a + 1; k <= b && k < len(r.toks); k++ {
		if r.toks[k].flags&fPara != 0 {
			return true
		}
	}
	return false
}

// setRef makes value the narrative's reference date when it names one.
func (r *run) setRef(v string, i int) {
	if len(v) < 4 || !allDigits(v[:4]) {
		return
	}
	y, _ := strconv.Atoi(v[:4])
	r.refAt, r.refTok = len(r.out), i
	switch g := Granularity(v); g {
	case "year":
		r.ref, r.refGran = date(y, 1, 1), g
	case "month":
		m, _ := strconv.Atoi(v[5:7])
		r.ref, r.refGran = date(y, m, 1), g
	case "day", "time":
		if len(v) >= 10 && v[7] == '-' {
			m, _ := strconv.Atoi(v[5:7])
			d, _ := strconv.Atoi(v[8:10])
			r.ref, r.refGran = date(y, m, d), "day"
			r.day = r.ref
		}
	case "quarter":
		q := int(v[6] - '0')
		if q >= 1 && q <= 4 {
			r.ref, r.refGran = date(y, 3*q-2, 1), g
			// The quarter a business story reports on is its first
			// recent one, or a later one already ended by the story's date
			// (a fiscal quarter is often a later calendar one): "a year
			// ago", "the year-earlier period" and "the quarter" refer back
			// to it, even after earlier quarters are mentioned ("after a
			// flat second quarter") or the current one is looked at.
			if r.recentQuarter(y, q) && (r.refQ < 0 || y*4+q > r.refQY*4+r.refQQ && r.endedQuarter(y, q)) {
				r.refQ, r.refQY, r.refQQ = i, y, q
			}
		}
	}
}

// at returns the longest expression starting at token i.
func (r *run) at(i int) (match, bool) {
	best, ok := r.core(i)
	if ok {
		k := i
		if r.low(k) == "the" {
			k++
		}
		if k < best.end && r.inName(k, best.end) {
			return match{end: best.end, rule: "name"}, false
		}
		if r.dateName(k, best) {
			return match{end: best.end, rule: "name"}, false
		}
		if best.rule == "century" && r.toks[best.end-1].flags&fCap != 0 && r.capName(best.end) && r.adjacentWords(best.end-1) {
			// "the 21st Century Panglong conference": a name.
			return match{end: best.end, rule: "name"}, false
		}
	}
	// Modifier prefixes.
	if p, mod, kind := r.prefix(i); p > i && p < len(r.toks) {
		if m, ok2 := r.modDaypart(p, mod); ok2 && m.end > best.end {
			return m, true
		}
		if m, ok2 := r.modPeriod(p, mod); ok2 && m.end > best.end {
			return m, true
		}
		if m, ok2 := r.core(p); ok2 && m.end > best.end && prefixFits(kind, m) && r.prefixExtent(i, m) && !(mod == "APPROX" && r.possessive(m.end)) {
			if r.dateName(p, m) {
				return match{end: m.end, rule: "name"}, false
			}
			// An approximator before a possessive date belongs to the
			// noun phrase, not the date: "get around Wednesday's ruling".
			m.mod = mod
			best, ok = m, true
		}
	}
	return best, ok
}

// modPeriod reads the document's own century, decade or year after a
// point modifier: "by the end of the century" (19 in 1998), "the turn of
// the decade", "by mid-year".
func (r *run) modPeriod(p int, mod string) (match, bool) {
	switch mod {
	case "START", "END", "MID":
	default:
		return match{}, false
	}
	y := r.dct.Year()
	if r.low(p) == "year" && r.low(p-1) == "-" {
		return match{end: p + 1, typ: "DATE", value: fmtYear(y), mod: mod, rule: "year"}, true // "mid-year"
	}
	if r.low(p) != "the" {
		return match{}, false
	}
	switch r.low(p + 1) {
	case "century":
		return match{end: p + 2, typ: "DATE", value: pad(y/100, 2), mod: mod, rule: "century"}, true
	case "decade":
		return match{end: p + 2, typ: "DATE", value: strconv.Itoa(y / 10), mod: mod, rule: "decade"}, true
	}
	return match{}, false
}

// modDaypart reads a bare part of the day after a point modifier ("by mid
// afternoon", "late evening", "early morning"): the narrative's day, or the
// document's, at that part of the day. A day word after it ("early morning
// Friday") is left to the longer rules.
func (r *run) modDaypart(p int, mod string) (match, bool) {
	switch mod {
	case "START", "END", "MID":
	default:
		return match{}, false
	}
	w := r.wi(p)
	if w == nil || w.cls&cDaypart == 0 || w.cls&cPlural != 0 || len(w.daypart) != 2 || r.low(p+1) == "-" {
		return match{}, false
	}
	if n := r.wi(p + 1); n != nil && n.cls&(cWeekday|cMonth|cRelative|cDaypart|cUnit) != 0 {
		return match{}, false
	}
	switch r.low(p + 1) {
	case "yesterday", "today", "tomorrow", "of", "hours":
		return match{}, false
	}
	if r.low(p-1) == "-" && !r.listEnd(p+1) {
		return match{}, false // "late-night talks": an adjective
	}
	day := r.narrativeDay(p)
	return match{end: p + 1, typ: "TIME", value: fmtDay(day) + "T" + w.daypart, mod: mod, rule: "the-daypart"}, true
}

// temporalClasses are the word classes that give a word a temporal
// meaning of its own.
const temporalClasses = cMonth | cWeekday | cSeason | cHoliday | cUnit | cDaypart | cOrdinal | cNumber | cRelative | cMod | cPhrase | cDecade | cTZ

// inName reports whether the capitalized season, holiday or clock word at
// token k is part of a proper name, not a time: after a capitalized word
// of no temporal meaning inside the sentence ("the Arab Spring", "High
// Noon"), or before one ("the Summer Olympics", "the Good Friday
// Agreement", end being the token after the time words), or before "of"
// and a capitalized word ("Spring of Life").
func (r *run) inName(k, end int) bool {
	t := &r.toks[k]
	if t.flags&fCap == 0 || t.flags&fAllCap != 0 || t.wi == nil {
		return false
	}
	if k > 0 && t.wi.cls&(cWeekday|cMonth) != 0 && r.toks[k-1].flags&fCap != 0 && r.cls(k-1)&cNameMod != 0 && r.adjacentWords(k-1) {
		return true // "Bloody Sunday", "Black Saturday"
	}
	if t.wi.cls&cPhrase != 0 && k > 0 && r.capName(k-1) && r.adjacentWords(k-1) {
		switch t.low {
		case "daily", "weekly", "monthly", "quarterly", "annually", "yearly":
			return true // "China Daily", "Vanuatu Weekly": papers
		}
	}
	if t.wi.cls&(cSeason|cHoliday|cDaypart) == 0 {
		return false // "the Morning Star" is a ship
	}
	name := func(n int) bool {
		if n < 0 || n >= len(r.toks) {
			return false
		}
		u := &r.toks[n]
		return u.kind == kWord && u.flags&fCap != 0 && u.flags&fAllCap == 0 && (u.wi == nil || u.wi.cls&temporalClasses == 0)
	}
	// The word before: capitalized inside the sentence, not its first word.
	if p := k - 1; name(p) && r.adjacentWords(p) && p > 0 && !r.boundary(p-1) && r.toks[p].flags&fPara == 0 && r.toks[p-1].kind == kWord {
		return true
	}
	if end < len(r.toks) && name(end) && r.adjacentWords(end-1) {
		return true
	}
	return r.low(end) == "of" && name(end+1) && r.adjacentWords(end)
}

// dateName reports whether the month or date m starting at token k begins a
// name ("the October Revolution", "July 22 Square").
func (r *run) dateName(k int, m match) bool {
	switch m.rule {
	case "month", "month-day", "day-month":
		w := r.wi(m.end)
		return w != nil && w.cls&cNameHead != 0 && r.toks[k].flags&fCap != 0
	}
	return false
}

// capName reports whether token n is a capitalized word of no temporal
// meaning, the next word of a proper name.
func (r *run) capName(n int) bool {
	if n < 0 || n >= len(r.toks) {
		return false
	}
	u := &r.toks[n]
	return u.kind == kWord && u.flags&fCap != 0 && u.flags&fAllCap == 0 && (u.wi == nil || u.wi.cls&temporalClasses == 0)
}

// prefixExtent reports whether the modifier at i belongs to the extent of
// m: TimeBank leaves "earlier" and "later" out before a day ("Earlier
// Friday", "later today").
func (r *run) prefixExtent(i int, m match) bool {
	switch r.toks[i].low {
	case "earlier", "later":
		switch m.rule {
		case "weekday", "weekday-date", "deictic", "rel-weekday":
			return false
		}
	}
	return true
}

// prefix kinds
const (
	pfxPoint  = 1 // early, late, the end of: dates and times
	pfxAmount = 2 // about, nearly, more than: durations and "ago" dates
	pfxBoth   = 3
	pfxSet    = 4 // once, twice: "twice a week"
)

func prefixFits(kind int, m match) bool {
	switch m.value {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		return kind&pfxPoint != 0 && m.rule != "phrase"
	}
	if m.typ == "DURATION" {
		return kind&pfxAmount != 0 && m.rule == "duration"
	}
	if m.typ == "SET" {
		return kind == pfxSet
	}
	if m.rule == "ago" || m.rule == "earlier-later" {
		return kind&pfxAmount != 0
	}
	if kind == pfxAmount {
		return false
	}
	if m.rule == "time" {
		return kind&pfxBoth != 0
	}
	return kind&pfxPoint != 0
}

// prefix recognizes a modifier at i; it returns the token after it, the mod
// value and its kind.
func (r *run) prefix(i int) (int, string, int) {
	toks := r.toks
	w := toks[i].low
	nx := func(k int) string {
		if i+k < len(toks) {
			return toks[i+k].low
		}
		return ""
	}
	switch w {
	case "early", "late":
		if nx(1) == "on" {
			return i + 2, toks[i].wi.mod, pfxPoint // "late on Friday"
		}
		if nx(1) == "-" && r.adjacent(i) && r.adjacent(i+1) {
			return i + 2, toks[i].wi.mod, pfxPoint // "late-November"
		}
	case "mid":
		if nx(1) == "-" {
			return i + 2, "MID", pfxPoint
		}
		return i + 1, "MID", pfxPoint // "mid afternoon", "mid March"
	case "pre", "post":
		if nx(1) == "-" && i+2 < len(toks) && toks[i+2].kind == kNum {
			return i + 2, map[string]string{"pre": "BEFORE", "post": "AFTER"}[w], pfxPoint
		}
	case "once", "twice", "thrice":
		switch nx(1) {
		case "a", "an", "every", "each", "per":
			return i + 1, "", pfxSet // "twice a week": the count is part of the set
		}
	case "over":
		switch nx(1) {
		case "the", "this", "that", "these", "those", "last", "past", "next", "recent", "several", "many", "his", "her", "its", "their":
			return i, "", 0 // "over the past year": a preposition
		}
		if i > 0 && (toks[i-1].pos == "NNS" || toks[i-1].pos == "NN") {
			return i, "", 0 // "five ballots over two days": across, not more than
		}
	case "the":
		switch nx(1) {
		case "early", "late":
			return i + 2, map[string]string{"early": "START", "late": "END"}[nx(1)], pfxPoint
		case "mid":
			if nx(2) == "-" {
				return i + 3, "MID", pfxPoint
			}
			return i + 2, "MID", pfxPoint
		case "end", "close":
			if nx(2) == "of" {
				return i + 3, "END", pfxPoint
			}
		case "beginning", "start", "dawn", "turn":
			if nx(2) == "of" {
				return i + 3, "START", pfxPoint
			}
		case "middle":
			if nx(2) == "of" {
				return i + 3, "MID", pfxPoint
			}
		}
		return i, "", 0
	case "end", "beginning", "start", "middle":
		if nx(1) == "of" {
			return i + 2, map[string]string{"end": "END", "beginning": "START", "start": "START", "middle": "MID"}[w], pfxPoint
		}
	case "more", "less", "fewer":
		if nx(1) == "than" {
			if w == "more" {
				return i + 2, "MORE_THAN", pfxAmount
			}
			return i + 2, "LESS_THAN", pfxAmount
		}
	case "at":
		if nx(1) == "least" {
			return i + 2, "EQUAL_OR_MORE", pfxAmount
		}
		if nx(1) == "most" {
			return i + 2, "EQUAL_OR_LESS", pfxAmount
		}
	case "up":
		if nx(1) == "to" {
			return i + 2, "EQUAL_OR_LESS", pfxAmount
		}
	case "no":
		if (nx(1) == "more" || nx(1) == "less") && nx(2) == "than" {
			return i + 3, "EQUAL_OR_LESS", pfxAmount
		}
	case "just", "well":
		if nx(1) == "over" || nx(1) == "under" {
			return i + 2, "APPROX", pfxAmount
		}
	}
	// One-word modifiers from words.txt.
	if wi := toks[i].wi; wi != nil && wi.cls&cMod != 0 {
		switch wi.mod {
		case "START", "END", "MID":
			return i + 1, wi.mod, pfxPoint
		case "APPROX":
			return i + 1, wi.mod, pfxBoth
		default:
			return i + 1, wi.mod, pfxAmount
		}
	}
	return i, "", 0
}

// core tries every rule family at i and returns the longest match.
func (r *run) core(i int) (match, bool) {
	var best match
	found := false
	try := func(m match, ok bool) {
		if ok && m.end > best.end {
			best, found = m, true
		}
	}
	t := &r.toks[i]
	if t.kind == kNum {
		try(r.numeric(i))
		try(r.decimalClock(i))
	}
	if t.kind == kWord {
		try(r.words(i))
	}
	try(r.duration(i))
	if t.kind == kNum || t.wi != nil && t.wi.cls&cNumber != 0 || t.low == "a" || t.low == "quarter" || t.low == "half" {
		try(r.oclock(i))
	}
	if t.wi != nil && t.wi.cls&cPhrase != 0 {
		try(r.phrase(i))
	}
	return best, found
}

// decimalClock reads a length in a decimal number of units: "an Olympic
// record of 52.16 seconds" → PT52.16S, "1.5 hours" → PT1.5H, "2.5 years" →
// P2.5Y.
func (r *run) decimalClock(i int) (match, bool) {
	t := &r.toks[i]
	if t.flags&fFrac == 0 || !decimal(t.low) {
		return match{}, false
	}
	u, _, ok := r.unitAt(i + 1)
	if !ok {
		return match{}, false
	}
	switch u {
	case "S", "MIN", "H":
		return match{end: i + 2, typ: "DURATION", value: "PT" + t.low + u[:1], rule: "duration"}, true
	case "Y", "M", "W", "D":
		return match{end: i + 2, typ: "DURATION", value: "P" + t.low + u, rule: "duration"}, true
	}
	return match{}, false
}

func (r *run) low(i int) string {
	if i < len(r.toks) && i >= 0 {
		return r.toks[i].low
	}
	return ""
}

func (r *run) cls(i int) uint32 {
	if i < len(r.toks) && i >= 0 && r.toks[i].wi != nil {
		return r.toks[i].wi.cls
	}
	return 0
}

func (r *run) wi(i int) *wordInfo {
	if i < len(r.toks) && i >= 0 {
		return r.toks[i].wi
	}
	return nil
}

// adjacent reports whether tokens i and i+1 touch (no space between).
func (r *run) adjacent(i int) bool {
	return i+1 < len(r.toks) && r.toks[i].end == r.toks[i+1].start
}

// phrase matches the longest fixed phrase at i.
func (r *run) phrase(i int) (match, bool) {
	for _, p := range r.lx.phrases[r.toks[i].low] {
		if i+len(p.words) > len(r.toks) {
			continue
		}
		ok := true
		for k, w := range p.words {
			if r.toks[i+k].low != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		v := p.value
		if v == "DCT" {
			v = fmtDay(r.dct)
		}
		end := i + len(p.words)
		if !r.phraseOK(i, end, p) {
			continue
		}
		return match{end: end, typ: p.typ, value: v, rule: "phrase"}, true
	}
	return match{}, false
}

// phraseOK vetoes fixed phrases in contexts where they are no time.
func (r *run) phraseOK(i, end int, p phrase) bool {
	if len(p.words) == 1 && r.low(end) == "-" && r.adjacent(end-1) && r.adjacent(end) && end+1 < len(r.toks) && r.toks[end+1].kind == kWord {
		return false // "a now-discredited study": part of an adjective
	}
	switch r.toks[i].low {
	case "current", "then":
		// "current" as an adjective of a time noun is caught by longer
		// rules; alone it must modify something ("current account" is
		// still PRESENT_REF in TimeBank style).
		return end < len(r.toks) && r.toks[end].kind == kWord
	case "annually", "quarterly":
		// An adverb ("pays quarterly", "$45 million annually by 2000"),
		// not an adjective ("a quarterly dividend").
		// "its initial quarterly of five cents" is a noun.
		return r.low(end) != "of" && (r.listEnd(end) || r.low(end) == "by" || r.low(end) == "since" || r.low(end) == "until" || r.low(end) == "from")
	case "future":
		return len(p.words) > 1 || r.low(i-1) == "in" || r.low(i-1) == "near"
	case "soon":
		// "soon" is the near future when a modal or an infinitive
		// next to it says so ("may soon seek", "soon will begin", "to
		// soon grow"); "soon after", "as soon as", "was soon released"
		// relate two events, not the present to a time.
		if len(p.words) > 1 {
			return true
		}
		switch r.low(end) {
		case "after", "afterward", "afterwards", "thereafter", "as", "enough":
			return false
		}
		switch r.low(i - 1) {
		case "as", "so", "too", "how", "very":
			return false
		}
		return futureModal(r.low(i-1)) || futureModal(r.low(end))
	case "the":
		// "the future of NATO" is a topic, not a time.
		return !(p.words[len(p.words)-1] == "future" && r.low(end) == "of")
	case "now":
		// "Now, he says, ...": at the head of a sentence and set off by a
		// comma, "now" is a discourse marker, not the present time.
		// Elsewhere ("now that", "for now") it is PRESENT_REF.
		head := i == 0 || r.boundary(i-1) || r.toks[i].flags&fPara != 0 || r.low(i-1) == "\"" || r.low(i-1) == "`"
		if len(p.words) == 1 && r.low(end) == "," && head {
			return false
		}
		// A broadcast's turn to the next item: "Now to Washington",
		// "Now for the weather".
		if len(p.words) == 1 && head && (r.low(end) == "to" || r.low(end) == "for") && r.low(end+1) != "be" {
			return false
		}
		return true
	}
	return true
}

// recentQuarter reports whether quarter q of year y is one a story dated
// r.dct can report results for: begun by the document date, and in its year
// or the last quarter of the year before.
func (r *run) recentQuarter(y, q int) bool {
	if r.noDCT {
		return true
	}
	dy, dq := r.dct.Year(), dctQuarter(r.dct)
	return y == dy && q <= dq || y == dy-1 && q == 4 && dq == 1
}

// endedQuarter reports whether quarter q of year y ended before the
// document date's quarter began.
func (r *run) endedQuarter(y, q int) bool {
	if r.noDCT {
		return false
	}
	return y*4+q < r.dct.Year()*4+dctQuarter(r.dct)
}

// setPOS copies the part-of-speech tags of the document's tokens onto the
// scanner's word tokens that start at the same byte.
func setPOS(toks []token, dtoks []doc.Token) {
	j := 0
	for i := range toks {
		t := &toks[i]
		if t.kind != kWord {
			continue
		}
		for j < len(dtoks) && dtoks[j].Start < t.start {
			j++
		}
		if j == len(dtoks) {
			return
		}
		if dtoks[j].Start == t.start {
			t.pos = dtoks[j].Tag
		}
	}
}

// futureModal reports whether w is a modal or the infinitive marker, the
// words that put an adjacent "soon" in the future.
func futureModal(w string) bool {
	switch w {
	case "will", "'ll", "shall", "may", "might", "could", "can", "should", "must", "to":
		return true
	}
	return false
}
