package timex

import (
	"strconv"
	"strings"
	"time"
)

// words dispatches on the class of the word at i.
func (r *run) words(i int) (match, bool) {
	t := &r.toks[i]
	var best match
	found := false
	try := func(m match, ok bool) {
		if ok && m.end > best.end {
			best, found = m, true
		}
	}
	w := t.wi
	if w != nil {
		if w.cls&cMonth != 0 {
			try(r.monthExpr(i))
		}
		if _, ok := r.weekdayAt(i); ok {
			try(r.weekdayExpr(i))
		}
		if w.cls&cSeason != 0 {
			try(r.seasonExpr(i, ""))
		}
		if w.cls&cHoliday != 0 {
			try(r.holidayExpr(i, ""))
		}
		if w.cls&cRelative != 0 {
			try(r.relative(i))
		}
		if w.cls&cOrdinal != 0 {
			try(r.ordinalExpr(i))
		}
		if w.cls&cNumber != 0 && w.num == 19 {
			try(r.yearWords(i))
		}
		if w.cls&cDaypart != 0 {
			try(r.daypartExpr(i))
		}
		if w.cls&cUnit != 0 && r.low(i+1) == "-" && r.low(i+2) == "long" && r.adjacent(i) && r.adjacent(i+1) {
			// "a day-long strike", "decades-long feud"
			pl := w.cls&cPlural != 0
			try(match{end: i + 3, typ: "DURATION", value: durationValue(1, w.unit, pl, false), rule: "duration"}, true)
		}
		if w.cls&(cUnit|cPlural) == cUnit|cPlural && r.bareDuration(i) {
			// "for years", "within days", "could last months", "after
			// decades of war": an unspecified duration.
			switch w.unit {
			case "Y", "M", "W", "D", "H", "DE", "CE":
				try(match{end: i + 1, typ: "DURATION", value: durationValue(0, w.unit, true, false), rule: "duration-bare"}, true)
			}
		}
	}
	switch t.low {
	case "today", "tonight", "yesterday", "tomorrow":
		try(r.deictic(i))
	case "the":
		try(r.theExpr(i))
	case "every", "each":
		try(r.everyExpr(i))
	case "per":
		prev := i - 1
		if r.low(prev) == ")" {
			// "175 kilometers (109 miles) per hour": the measure before
			// the parenthesis.
			for prev > 0 && prev > i-8 && r.low(prev) != "(" {
				prev--
			}
			prev--
		}
		if u, pl, ok := r.unitAt(i + 1); ok && !pl && r.cls(i-1)&cMeasure == 0 && r.cls(prev)&cMeasure == 0 {
			try(match{end: i + 2, typ: "SET", value: durationValue(1, u, false, false), rule: "set-per"}, true)
		}
	case "fiscal", "fy":
		try(r.fiscalExpr(i))

	case "h":
		// H1 2013, H2
		if t.flags&fCap != 0 && r.adjacent(i) && i+1 < len(r.toks) && r.toks[i+1].kind == kNum && (r.toks[i+1].num == 1 || r.toks[i+1].num == 2) && r.toks[i+1].ndig == 1 && i+2 < len(r.toks) && r.yearLike(i+2) {
			try(match{end: i + 3, typ: "DATE", value: fmtYear(r.toks[i+2].num) + "-H" + strconv.Itoa(r.toks[i+1].num), rule: "half"}, true)
		}
	case "q":
		if t.flags&fCap != 0 && r.adjacent(i) && i+1 < len(r.toks) && r.toks[i+1].kind == kNum && r.toks[i+1].num >= 1 && r.toks[i+1].num <= 4 && r.toks[i+1].ndig == 1 {
			y := r.dct.Year()
			end := i + 2
			if end < len(r.toks) && r.yearLike(end) {
				y = r.toks[end].num
				end++
			}
			try(match{end: end, typ: "DATE", value: fmtQuarter(y, r.toks[i+1].num), rule: "quarter"}, true)
		}
	case "year", "year-end":
		try(r.yearEnd(i))
	case "half":
		// half an hour, half a century
		if a := r.low(i + 1); a == "a" || a == "an" {
			if u, pl, ok := r.unitAt(i + 2); ok && !pl {
				v := map[string]string{"Y": "P6M", "DE": "P5Y", "CE": "P50Y", "D": "PT12H", "H": "PT30M", "MIN": "PT30S", "S": "PT0.5S", "M": "P15D", "W": "P3DT12H"}[u]
				if v != "" {
					m := match{end: i + 3, typ: "DURATION", value: v, rule: "duration"}
					if months := map[string]int{"Y": 6, "DE": 60, "CE": 600}[u]; months > 0 {
						m = r.fractionAgo(m, months)
					}
					try(m, true)
				}
			}
		}
	case "a", "an":
		// "a quarter century", "a quarter-century", "a quarter of a
		// century": twenty-five years.
		if r.low(i+1) == "quarter" {
			k := i + 2
			switch {
			case r.low(k) == "-" && r.adjacent(k-1):
				k++
			case r.low(k) == "of" && r.low(k+1) == "a":
				k += 2
			}
			if u, pl, ok := r.unitAt(k); ok && !pl && u == "CE" {
				try(r.fractionAgo(match{end: k + 1, typ: "DURATION", value: "P25Y", rule: "duration"}, 300), true)
			}
		}
	}
	if len(t.low) > 6 && t.low[len(t.low)-1] == 's' && t.flags&fCap != 0 {
		if wd := r.lx.words[t.low[:len(t.low)-1]]; wd != nil && wd.cls&cWeekday != 0 {
			v := "XXXX-WXX-" + strconv.Itoa(wd.weekday)
			end := i + 1
			if dp := r.wi(end); dp != nil && dp.cls&cDaypart != 0 && len(dp.daypart) == 2 {
				v += "T" + dp.daypart
				end++
			}
			try(match{end: end, typ: "SET", value: v, rule: "set-weekday"}, true)
		}
	}
	return best, found
}

// monthContext reports whether the ambiguous month word at i ("May",
// "March") is used as a month.
func (r *run) monthContext(i int) bool {
	switch r.low(i - 1) {
	case "in", "last", "next", "this", "early", "late", "mid", "since", "until", "till", "by", "of", "during", "from", "through", "to", "before", "after", "-", "on", "that", "each", "every", "between", "and", "or", "end", "beginning", "middle", "throughout", "as", "following", "previous", "coming":
		return true
	case "for", "around", "about", "within":
		// "set for March." but not "waited for May to call".
		return r.low(i+1) != "to" && r.low(i+1) != "'s" && (i+1 >= len(r.toks) || r.toks[i+1].kind != kWord || r.toks[i+1].flags&fCap == 0)
	}
	if i+1 < len(r.toks) && r.toks[i+1].kind == kNum {
		return true
	}
	if r.ordinalDay(i + 1) {
		return true // "March eighth"
	}
	switch r.low(i + 1) {
	case "last", "this", "next":
		return true
	}
	// "the March accession", "the coldest March in 50 years": after the
	// article or a superlative and before a lower-case word or the end of
	// the clause ("the March on Washington" is rare; "Theresa May" and
	// "March Madness" have capitals around them).
	switch r.low(i - 1) {
	case "the", "coldest", "warmest", "hottest", "wettest", "driest", "mildest", "snowiest", "sunniest", "busiest", "deadliest", "bloodiest", "worst", "best", "earliest", "latest":
		if i+1 >= len(r.toks) {
			return true
		}
		n := &r.toks[i+1]
		return n.kind == kPunct && n.low != "'" && n.low != "’" || n.kind == kWord && n.flags&fCap == 0 && n.low != "of"
	}
	return false
}

// monthExpr: Month [Day][,] [Year], Month Year, Month last year, Month.
func (r *run) monthExpr(i int) (match, bool) {
	t := &r.toks[i]
	w := t.wi
	if t.flags&fCap == 0 {
		return match{}, false
	}
	end := i + 1
	nextNum := end < len(r.toks) && r.toks[end].kind == kNum
	if w.cls&cAbbr != 0 {
		if r.low(end) == "." && r.adjacent(i) {
			end++
		} else if !nextNum || t.flags&fAllCap != 0 {
			return match{}, false
		}
	}
	if w.cls&cAmb != 0 && !r.monthContext(i) {
		return match{}, false
	}
	m := w.month
	// Day in words: "March eighth".
	if r.ordinalDay(end) {
		d := r.toks[end].wi.num
		k := end + 1
		if r.low(k) == "," {
			k++
		}
		if k < len(r.toks) && r.yearLike(k) && d <= daysIn(r.toks[k].num, m) {
			return match{end: k + 1, typ: "DATE", value: fmtDay(date(r.toks[k].num, m, d)), rule: "month-day-year"}, true
		}
		y := r.monthYear(m, d, r.tense(i, end+1))
		if d <= daysIn(y, m) {
			return match{end: end + 1, typ: "DATE", value: fmtDay(date(y, m, d)), rule: "month-day"}, true
		}
	}
	// Day
	if end < len(r.toks) && r.toks[end].kind == kNum && r.toks[end].ndig <= 2 && r.toks[end].flags&(fFrac|fDecade|fApos) == 0 && r.toks[end].num >= 1 && r.toks[end].num <= 31 && !(r.low(end+1) == ":" && r.adjacent(end) && r.adjacent(end+1)) || (r.low(end) == "the" && end+1 < len(r.toks) && r.toks[end+1].flags&fOrd != 0) {
		if r.low(end) == "the" {
			end++
		}
		if n := end + 1; n < len(r.toks) && r.toks[n].kind == kWord && r.toks[n].start == r.toks[end].end && r.toks[end].flags&fOrd == 0 {
			return match{}, false // "a Long March 2F rocket": a model, no day
		}
		d := r.toks[end].num
		k := end + 1
		if r.low(k) == "," {
			k++
		}
		if k < len(r.toks) && r.yearLike(k) {
			y := r.toks[k].num
			if d > daysIn(y, m) {
				return match{}, false
			}
			return match{end: k + 1, typ: "DATE", value: fmtDay(date(y, m, d)), rule: "month-day-year"}, true
		}
		y := r.monthYear(m, d, r.tense(i, end+1))
		if ry, ok := r.rangeYear(i, m); ok {
			y = ry
		}
		if d > daysIn(y, m) {
			return match{}, false
		}
		return match{end: end + 1, typ: "DATE", value: fmtDay(date(y, m, d)), rule: "month-day"}, true
	}
	// Year
	k := end
	if r.low(k) == "," || r.low(k) == "of" {
		k++
	}
	if k < len(r.toks) && r.yearLike(k) && r.toks[k].flags&fDecade == 0 {
		return match{end: k + 1, typ: "DATE", value: fmtMonth(r.toks[k].num, m), rule: "month-year"}, true
	}
	if yw, ok := r.spokenYear(k); ok {
		// "January nineteen ninety-seven"
		y, _ := strconv.Atoi(yw.value)
		return match{end: yw.end, typ: "DATE", value: fmtMonth(y, m), rule: "month-year"}, true
	}
	if (r.low(end) == "last" || r.low(end) == "this" || r.low(end) == "next") && r.low(end+1) == "year" {
		y := r.dct.Year() + map[string]int{"last": -1, "this": 0, "next": 1}[r.low(end)]
		return match{end: end + 2, typ: "DATE", value: fmtMonth(y, m), rule: "month-relyear"}, true
	}
	if r.habitual(i) {
		// "the rainy season normally runs from June to September": any
		// year's month.
		return match{end: end, typ: "DATE", value: "XXXX-" + pad(m, 2), rule: "month"}, true
	}
	y := r.monthYear(m, 0, r.tense(i, end))
	if ry, ok := r.rangeYear(i, m); ok {
		y = ry
	}
	return match{end: end, typ: "DATE", value: fmtMonth(y, m), rule: "month"}, true
}

// verbLast reports whether token i is the verb "last" ("expected to last
// five days", "could last months"), not the modifier of "last week".
func (r *run) verbLast(i int) bool {
	if r.toks[i].low != "last" {
		return false
	}
	p := r.low(i - 1)
	return futureModal(p) || p == "would" || p == "did" || p == "does" || p == "do" || p == "will"
}

// habitual reports whether the sentence of token i, before it, says the
// clause tells what happens as a rule ("normally", "usually",
// "traditionally"), not once.
func (r *run) habitual(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12 && !r.boundary(k); k-- {
		switch r.toks[k].low {
		case "normally", "usually", "typically", "generally", "traditionally", "customarily", "ordinarily":
			return true
		}
	}
	return false
}

// rangeYear gives the year of month m at token i when it closes a range
// opened by the expression just before ("from May to July", "Dec. 1 - Jan.
// 15"): the range's start year, or the next one when the months wrap.
func (r *run) rangeYear(i, m int) (int, bool) {
	if r.lastEnd != i-1 || i < 1 || len(r.lastVal) < 7 || r.lastVal[4] != '-' || !allDigits(r.lastVal[:4]) || !allDigits(r.lastVal[5:7]) {
		return 0, false
	}
	switch r.low(i - 1) {
	case "to", "through", "until", "till", "-", "and", "thru":
	default:
		return 0, false
	}
	switch r.lastRule {
	case "month", "month-day", "month-year", "month-day-year", "day-month", "day-month-year", "rel-month", "rel-month-day":
	default:
		return 0, false // "a revision Friday to December's figures"
	}
	y, _ := strconv.Atoi(r.lastVal[:4])
	m0, _ := strconv.Atoi(r.lastVal[5:7])
	if m < m0 {
		y++
	}
	return y, true
}

// weekdayExpr: Friday, Friday's, Friday morning, Friday, Oct. 23.
func (r *run) weekdayExpr(i int) (match, bool) {
	t := &r.toks[i]
	end, ok := r.weekdayAt(i)
	if !ok {
		return match{}, false
	}
	// Friday, Oct. 23 [, 1998]
	k := end
	if r.low(k) == "," {
		k++
	}
	if mw := r.wi(k); mw != nil && mw.cls&cMonth != 0 {
		if m, ok := r.monthExpr(k); ok && m.rule != "month" && len(m.value) == 10 {
			m.end = r.withDaypart(m.end, &m)
			m.rule = "weekday-date"
			return m, true
		}
	}
	// Friday 22 March [2013], Thursday, 21 March
	if k < len(r.toks) && r.toks[k].kind == kNum && r.toks[k].ndig <= 2 {
		if m, ok := r.numeric(k); ok && (m.rule == "day-month" || m.rule == "day-month-year") {
			m.end = r.withDaypart(m.end, &m)
			m.rule = "weekday-date"
			return m, true
		}
	}
	// "Tuesday nights", "Monday and Tuesday nights": a weekday with a
	// plural part of the day recurs every week.
	if dp, ok := r.pluralDaypart(end); ok {
		return match{end: end + 1, typ: "SET", value: "XXXX-WXX-" + strconv.Itoa(t.wi.weekday) + "T" + dp, rule: "set-weekday"}, true
	}
	if c := r.low(end); (c == "and" || c == "or") && end+1 < len(r.toks) {
		if e2, ok := r.weekdayAt(end + 1); ok {
			if dp, ok := r.pluralDaypart(e2); ok {
				return match{end: end, typ: "SET", value: "XXXX-WXX-" + strconv.Itoa(t.wi.weekday) + "T" + dp, rule: "set-weekday"}, true
			}
		}
	}
	tense := r.tense(i, end)
	if r.low(i-1) == "on" && r.afterClose(i-2) {
		tense = -1 // "a premium to the closing price on Monday": a market close is past
	}
	if r.possessive(end) {
		// "Wednesday's ruling", "Friday's close": a day named as the
		// owner of a reported event is past (or today), whatever the
		// clause's tense ("ways to get around Wednesday's ruling"),
		// unless the words before it look forward ("ahead of Monday's
		// deadline").
		switch r.low(i - 1) {
		case "until", "till", "await", "awaits", "awaiting":
			tense = 1
		case "before", "for":
			// "before Friday's purchases", "for Friday's ceremony": the
			// clause decides.
		case "of":
			if r.low(i-2) == "ahead" {
				tense = 1
			} else {
				tense = -1
			}
		default:
			tense = -1
		}
	}
	day := r.weekdayDate(t.wi.weekday, tense)
	m := match{end: end, typ: "DATE", value: fmtDay(day), rule: "weekday"}
	m.end = r.withDaypart(end, &m)
	return m, true
}

// afterClose reports whether the words ending at k name a market's close:
// "closing price", "closing level", "close".
func (r *run) afterClose(k int) bool {
	for j := k; j >= 0 && j > k-3; j-- {
		switch r.low(j) {
		case "close", "closing":
			return true
		}
	}
	return false
}

// gameSentence reports whether the sentence around token i tells of a
// game, where quarters and halves are periods of play: "ran 15 yards for a
// touchdown in the fourth quarter", "trailed at half-time".
func (r *run) gameSentence(i int) bool {
	lo, hi := i, i
	for lo > 0 && !r.boundary(lo-1) {
		lo--
	}
	for hi < len(r.toks) && !r.boundary(hi) {
		hi++
	}
	for k := lo; k < hi; k++ {
		switch r.toks[k].low {
		case "touchdown", "touchdowns", "kickoff", "quarterback", "halftime", "half-time", "overtime", "rebounds", "inning", "innings", "yards", "buzzer", "three-pointer", "interception":
			return true
		case "half":
			if r.low(k+1) == "-" && r.low(k+2) == "time" {
				return true // "led 1-0 at half-time"
			}
		case "leg":
			if p := r.low(k - 1); p == "return" || p == "first" || p == "second" {
				return true // "the second half of Sunday's return leg"
			}
		}
	}
	return false
}

// withDaypart extends a DATE match with a following part of the day
// ("morning", "night") or clock time, turning it into a TIME.
func (r *run) withDaypart(end int, m *match) int {
	if dp := r.wi(end); dp != nil && dp.cls&cDaypart != 0 && dp.cls&cPlural == 0 {
		m.value += "T" + dp.daypart // TMO, TNI or T12:00 (noon)
		m.typ = "TIME"
		return end + 1
	}
	return end
}

// deictic: today, tonight, yesterday, tomorrow [morning]; "the day before
// yesterday" is handled by theExpr.
func (r *run) deictic(i int) (match, bool) {
	if r.toks[i].flags&fCap != 0 && i > 0 && r.toks[i-1].kind == kWord && r.toks[i-1].flags&fAllCap != 0 && r.adjacentWords(i-1) {
		return match{}, false // "USA Today", "VOA Today": a title
	}
	if r.low(i+1) == "'" && r.low(i+2) == "s" && r.cls(i+3)&cGeneric != 0 {
		return match{}, false // "today's youth": nowadays, no date
	}
	var d time.Time
	switch r.toks[i].low {
	case "today":
		d = r.dct
	case "tonight":
		return match{end: i + 1, typ: "TIME", value: fmtDay(r.dct) + "TNI", rule: "deictic"}, true
	case "yesterday":
		d = r.dct.AddDate(0, 0, -1)
	case "tomorrow":
		d = r.dct.AddDate(0, 0, 1)
	}
	m := match{end: i + 1, typ: "DATE", value: fmtDay(d), rule: "deictic"}
	if r.low(i+1) == "'" && r.low(i+2) == "s" {
		return m, true
	}
	m.end = r.withDaypart(i+1, &m)
	return m, true
}

// daypartExpr: "noon", "midnight Friday", "overnight", "morning" after
// "this"/"the" is in relative/theExpr.
func (r *run) daypartExpr(i int) (match, bool) {
	w := r.toks[i].wi
	if len(w.daypart) == 5 { // noon, midnight
		if w.cls&cPlural != 0 {
			return match{}, false
		}
		// Like a clock time: the day named after it ("midnight Friday",
		// "noon on Sunday"), else the narrative's current day.
		day := r.narrativeDay(i)
		end := i + 1
		if r.low(end) == "on" || r.low(end) == "," {
			if d, e, ok := r.dayAfter(i, end+1); ok {
				day, end = d, e
			} else if w := r.wi(end + 1); w != nil && w.cls&cHoliday != 0 {
				// "midnight on New Year's Eve": that day, tagged on its own.
				if h, ok := r.holidayExpr(end+1, ""); ok && len(h.value) == 10 {
					if d, err := time.Parse("2006-01-02", h.value); err == nil {
						day = d
					}
				}
			}
		} else if d, e, ok := r.dayAfter(i, end); ok {
			day, end = d, e
		} else if d, ok := r.dayAfterAside(i, end); ok {
			day = d // "at midnight (2200 GMT) on Sunday": the day, not the extent
		}
		return match{end: end, typ: "TIME", value: fmtDay(day) + "T" + w.daypart, rule: "time"}, true
	}
	if len(w.daypart) == 2 && w.cls&cPlural == 0 && r.toks[i].low != "overnight" {
		// "afternoon yesterday", "mid-afternoon Friday", "late evening
		// Oct. 3": a part of a named day.
		if d, e, ok := r.dayAfter(i, i+1); ok {
			return match{end: e, typ: "TIME", value: fmtDay(d) + "T" + w.daypart, rule: "daypart"}, true
		}
		return match{}, false
	}
	if r.toks[i].low == "overnight" {
		// "overnight losses", "struck overnight": the night before the
		// narrative's day (the document's, if none is named).
		day := r.narrativeDay(i)
		if v := r.lastVal; strings.HasSuffix(v, "TNI") && strings.HasPrefix(v, fmtDay(day)) {
			// "pushed into Iraq on Thursday night ... seized the
			// peninsula overnight": that same night.
			return match{end: i + 1, typ: "TIME", value: v, rule: "overnight"}, true
		}
		return match{end: i + 1, typ: "TIME", value: fmtDay(day.AddDate(0, 0, -1)) + "TNI", rule: "overnight"}, true
	}
	return match{}, false
}

// seasonExpr: summer [of] 1998, (rel) summer.
func (r *run) seasonExpr(i int, rel string) (match, bool) {
	w := r.toks[i].wi
	if r.low(i+1) == "-" && r.adjacent(i) && r.cls(i+2)&cSeason != 0 || r.low(i-1) == "-" && i >= 2 && r.adjacent(i-1) && r.cls(i-2)&cSeason != 0 {
		return match{}, false // "the winter-spring crop": a kind, no date
	}
	if w.cls&cAmb != 0 && rel == "" && r.toks[i].flags&fCap == 0 {
		// "fall" is a verb unless a year or a date word comes with it.
		k := i + 1
		if r.low(k) == "of" {
			k++
		}
		if !(k < len(r.toks) && r.yearLike(k)) && !(r.low(i-1) == "the" || r.low(i-1) == "this" || r.low(i-1) == "last" || r.low(i-1) == "next" || r.low(i-1) == "in" || r.low(i-1) == "early" || r.low(i-1) == "late") {
			return match{}, false
		}
	}
	end := i + 1
	k := end
	if r.low(k) == "of" {
		k++
	}
	if k < len(r.toks) && r.yearLike(k) {
		return match{end: k + 1, typ: "DATE", value: fmtYear(r.toks[k].num) + "-" + w.season, rule: "season-year"}, true
	}
	if yw, ok := r.spokenYear(k); ok {
		// "the winter of nineteen ninety-four"
		return match{end: yw.end, typ: "DATE", value: yw.value + "-" + w.season, rule: "season-year"}, true
	}
	y := r.seasonYear(w.season, rel, r.tense(i, end))
	return match{end: end, typ: "DATE", value: fmtYear(y) + "-" + w.season, rule: "season"}, true
}

// holidayExpr: Christmas, Thanksgiving Day, New Year's Eve [1998].
func (r *run) holidayExpr(i int, rel string) (match, bool) {
	if r.toks[i].flags&fCap == 0 {
		return match{}, false
	}
	for _, h := range r.lx.holidays[r.toks[i].low] {
		if i+len(h.words) > len(r.toks) {
			continue
		}
		ok := true
		for k, w := range h.words {
			if r.toks[i+k].low != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		end := i + len(h.words)
		y := r.dct.Year()
		if end < len(r.toks) && r.yearLike(end) {
			y = r.toks[end].num
			end++
		} else {
			d, _ := holidayDate(h.rule, y)
			if r.low(end) == "week" {
				d = d.AddDate(0, 0, -6) // the week has begun by then
			}
			tense := r.tense(i, end)
			if r.low(i-1) == "for" && rel == "" && !r.clausePastPerfect(i-1, end) {
				tense = 1 // "just in time for Christmas", "plans for Easter": a holiday looked forward to
			}
			switch {
			case rel == "last" || rel == "past" || rel == "previous":
				if !d.Before(r.dct) {
					y--
				}
			case rel == "next" || rel == "coming":
				if !d.After(r.dct) {
					y++
				}
			case rel == "this":
			case tense > 0 && d.Before(r.dct.AddDate(0, -1, 0)):
				y++
			case tense < 0 && d.After(r.dct):
				y--
			}
		}
		d, _ := holidayDate(h.rule, y)
		if r.low(end) == "week" {
			// "Easter week": the week of the holiday.
			return match{end: end + 1, typ: "DATE", value: fmtWeek(d), rule: "holiday"}, true
		}
		if w := r.wi(end); w != nil && w.cls&cDaypart != 0 && w.cls&cPlural == 0 && len(w.daypart) == 2 {
			// "Christmas morning": that part of the holiday.
			return match{end: end + 1, typ: "TIME", value: fmtDay(d) + "T" + w.daypart, rule: "holiday"}, true
		}
		return match{end: end, typ: "DATE", value: fmtDay(d), rule: "holiday"}, true
	}
	return match{}, false
}

// yearWords: "nineteen ninety-six".
func (r *run) yearWords(i int) (match, bool) {
	n, end, vague, _, ok := r.number(i + 1)
	if !ok || vague || n < 10 || n > 99 || r.toks[i+1].kind == kNum {
		return match{}, false
	}
	return match{end: end, typ: "DATE", value: strconv.Itoa(1900 + n), rule: "year-words"}, true
}

// ordinalExpr: third quarter [of 1998], first half, twentieth century.
func (r *run) ordinalExpr(i int) (match, bool) {
	q := r.toks[i].wi.num
	return r.quarterAfter(i, q, 0)
}

// quarterAfter recognizes [-] [fiscal] quarter|half|century [of YEAR] after
// the ordinal at i; year, when > 0, is known from before ("1988 third
// quarter", "next year's first quarter").
func (r *run) quarterAfter(i, n, year int) (match, bool) {
	k := i + 1
	if r.low(k) == "-" {
		k++
	}
	if r.low(k) == "fiscal" || r.low(k) == "calendar" {
		k++
	}
	u := r.low(k)
	if n == 1 && u == "two" && r.low(k+1) == "quarters" {
		u, k = "half", k+1 // "the first two quarters of 1990": its first half
	}
	switch u {
	case "week":
		return r.weekOfMonth(i, n, k+1)
	case "quarter", "quarters", "half", "halves", "century":
	default:
		return match{}, false
	}
	end := k + 1
	if u == "century" {
		if n > 21 {
			return match{}, false
		}
		return match{end: end, typ: "DATE", value: pad(n-1, 2), rule: "century"}, true
	}
	if (u == "quarter" || u == "quarters") && (n < 1 || n > 4) || (u == "half" || u == "halves") && (n < 1 || n > 2) {
		return match{}, false
	}
	if year == 0 && r.gameSentence(i) {
		return match{}, false // "a touchdown early in the third quarter": a period of play
	}
	y := year
	if y == 0 {
		kk := end
		if r.low(kk) == "of" || r.low(kk) == "," {
			kk++
			if r.low(kk) == "the" && r.low(kk+1) == "year" {
				end = kk + 2
				y = r.dct.Year()
			} else if r.low(kk) == "this" && r.low(kk+1) == "year" {
				end = kk + 2
				y = r.dct.Year()
			} else if r.low(kk) == "last" && r.low(kk+1) == "year" {
				end = kk + 2
				y = r.dct.Year() - 1
			} else if r.low(kk) == "next" && r.low(kk+1) == "year" {
				end = kk + 2
				y = r.dct.Year() + 1
			}
		}
		if kk < len(r.toks) && y == 0 && r.yearLike(kk) {
			y = r.toks[kk].num
			end = kk + 1
		} else if kk == end && end < len(r.toks) && r.yearLike(end) {
			y = r.toks[end].num
			end++
		}
	}
	if u == "half" || u == "halves" {
		if y == 0 {
			y = r.dct.Year()
			if n == 2 && r.tense(i, end) < 0 && r.dct.Month() <= 6 {
				y--
			}
		}
		return match{end: end, typ: "DATE", value: fmtYear(y) + "-H" + strconv.Itoa(n), rule: "half"}, true
	}
	if u == "quarters" {
		if y == 0 {
			return match{end: end, typ: "SET", value: "XXXX-Q" + strconv.Itoa(n), rule: "quarter"}, true
		}
	}
	if y == 0 {
		y = r.dct.Year()
		switch tense := r.tense(i, end); {
		case n > dctQuarter(r.dct) && tense < 0:
			y--
		case n > dctQuarter(r.dct) && r.resultsNoun(end) && r.dct.Sub(date(y-1, 3*n+1, 1)) < 100*24*time.Hour:
			// "will publish fourth-quarter results on Jan. 29": the
			// quarter that ended weeks ago, not one still to come.
			y--
		case n < dctQuarter(r.dct)-1 && tense > 0:
			y++ // "will report first-quarter results" in October
		}
	}
	return match{end: end, typ: "DATE", value: fmtQuarter(y, n), rule: "quarter"}, true
}

// resultsNoun reports whether a word of a company's reported figures
// ("results", "earnings", "profit") stands at token k, after at most one
// adjective.
func (r *run) resultsNoun(k int) bool {
	for n := 0; n < 2 && k < len(r.toks); n, k = n+1, k+1 {
		switch r.low(k) {
		case "results", "earnings", "profit", "profits", "loss", "losses", "revenue", "revenues", "sales", "figures", "report":
			return true
		}
	}
	return false
}

// weekOfMonth: "the first week in January", "the second week of May 2024":
// the ISO week holding the n-th seven days of the month.
func (r *run) weekOfMonth(i, n, k int) (match, bool) {
	if r.low(k) != "of" && r.low(k) != "in" {
		return match{}, false
	}
	w := r.wi(k + 1)
	if w == nil || w.cls&cMonth == 0 || r.toks[k+1].flags&fCap == 0 || n < 1 || n > 5 {
		return match{}, false
	}
	mm, ok := r.monthExpr(k + 1)
	if !ok || len(mm.value) != 7 {
		return match{}, false
	}
	y, _ := strconv.Atoi(mm.value[:4])
	if mm.rule == "month" {
		y = r.monthYear(w.month, 0, r.tense(i, mm.end))
	}
	d := date(y, w.month, 1+7*(n-1)).AddDate(0, 0, 3)
	if n == 5 { // the last week
		d = date(y, w.month+1, 0).AddDate(0, 0, -3)
	}
	if d.Month() != time.Month(w.month) {
		return match{}, false
	}
	return match{end: mm.end, typ: "DATE", value: fmtWeek(d), rule: "week-of-month"}, true
}

// fiscalExpr: fiscal 1989, fiscal year 1989, FY2023, the fiscal year.
func (r *run) fiscalExpr(i int) (match, bool) {
	k := i + 1
	if r.low(k) == "year" {
		k++
	}
	if r.low(i) == "fy" && r.adjacent(i) && k < len(r.toks) && r.toks[k].kind == kNum && r.toks[k].flags == 0 {
		n := r.toks[k].num
		if r.toks[k].ndig == 2 {
			n += 2000
			if n > r.dct.Year()+20 {
				n -= 100
			}
		}
		if n >= 1900 && n <= 2100 {
			return match{end: k + 1, typ: "DATE", value: fmtYear(n), rule: "fiscal-year"}, true
		}
	}
	if k < len(r.toks) && r.yearLike(k) {
		return match{end: k + 1, typ: "DATE", value: fmtYear(r.toks[k].num), rule: "fiscal-year"}, true
	}
	if w := r.wi(k); w != nil && w.cls&cOrdinal != 0 {
		return r.quarterAfter(k, w.num, 0)
	}
	return match{}, false
}

// yearEnd: year-end, year end, year's end.
func (r *run) yearEnd(i int) (match, bool) {
	k := i + 1
	switch {
	case r.toks[i].low == "year-end":
	case r.low(k) == "-" && r.low(k+1) == "end":
		k += 2
	case r.low(k) == "end":
		k++
	case r.low(k) == "'" && r.low(k+1) == "s" && r.low(k+2) == "end":
		k += 3
	case r.low(k) == "-" && (r.low(k+1) == "earlier" || r.low(k+1) == "ago"):
		// year-earlier, year-ago [quarter|period]
		k += 2
		v := fmtYear(r.ref.Year() - 1)
		if r.refQ >= 0 {
			v = r.yearAgoQuarter(i, r.refQY-1, r.refQQ)
		}
		end := k
		switch r.low(k) {
		case "quarter", "period":
			end = k + 1
		}
		if ow := r.wi(k); ow != nil && ow.cls&cOrdinal != 0 {
			y := r.dct.Year() - 1
			if r.refQ >= 0 {
				y = r.refQY - 1
			}
			if m, ok := r.quarterAfter(k, ow.num, y); ok {
				m.rule = "year-earlier"
				return m, true
			}
		}
		return match{end: end, typ: "DATE", value: v, rule: "year-earlier"}, true
	default:
		return match{}, false
	}
	if k < len(r.toks) && r.yearLike(k) {
		return match{end: k + 1, typ: "DATE", value: fmtYear(r.toks[k].num), mod: "END", rule: "year-end"}, true
	}
	return match{end: k, typ: "DATE", value: fmtYear(r.dct.Year()), mod: "END", rule: "year-end"}, true
}

// everyExpr: every day, each Monday, every two weeks, each July.
func (r *run) everyExpr(i int) (match, bool) {
	k := i + 1
	if r.low(k) == "other" {
		if u, _, ok := r.unitAt(k + 1); ok {
			return match{end: k + 2, typ: "SET", value: durationValue(2, u, false, false), rule: "set-every"}, true
		}
	}
	if w := r.wi(k); w != nil {
		switch {
		case w.cls&cWeekday != 0:
			end, ok := r.weekdayAt(k)
			if !ok && w.cls&cAbbr != 0 {
				return match{}, false
			}
			if !ok {
				end = k + 1 // "every monday"
			}
			v := "XXXX-WXX-" + strconv.Itoa(w.weekday)
			if dp := r.wi(end); dp != nil && dp.cls&cDaypart != 0 && len(dp.daypart) == 2 {
				v += "T" + dp.daypart
				end++
			}
			return match{end: end, typ: "SET", value: v, rule: "set-every"}, true
		case w.cls&cMonth != 0 && r.toks[k].flags&fCap != 0:
			if m, ok := r.monthExpr(k); ok && (m.rule == "month-day" || m.rule == "month") && len(m.value) == 10 {
				// "each Dec. 12": that day every year.
				return match{end: m.end, typ: "SET", value: "XXXX" + m.value[4:], rule: "set-every"}, true
			}
			return match{end: k + 1, typ: "SET", value: "XXXX-" + pad(w.month, 2), rule: "set-every"}, true
		case w.cls&cSeason != 0:
			return match{end: k + 1, typ: "SET", value: "XXXX-" + w.season, rule: "set-every"}, true
		case w.cls&cDaypart != 0 && len(w.daypart) == 2:
			return match{end: k + 1, typ: "SET", value: "XXXX-XX-XXT" + w.daypart, rule: "set-every"}, true
		case w.cls&cUnit != 0 && w.cls&cPlural == 0:
			if w.unit == "WE" {
				return match{end: k + 1, typ: "SET", value: "XXXX-WXX-WE", rule: "set-every"}, true // "every weekend"
			}
			return match{end: k + 1, typ: "SET", value: durationValue(1, w.unit, false, false), rule: "set-every"}, true
		}
	}
	if n, e, vague, _, ok := r.number(k); ok && !vague && r.low(k) != "a" {
		if u, _, ok := r.unitAt(e); ok {
			return match{end: e + 1, typ: "SET", value: durationValue(n, u, false, false), rule: "set-every"}, true
		}
	}
	return match{}, false
}

// relative: this/last/next/past/coming/previous/following/current/latest/
// that/same + unit, month, weekday, season, holiday, daypart.
func (r *run) relative(i int) (match, bool) {
	rel := r.toks[i].low
	if r.verbLast(i) {
		return match{}, false // "expected to last five days": a verb
	}
	k := i + 1
	if rel == "this" && r.low(k) == "past" {
		rel, k = "last", k+1
	}
	if rel == "this" && r.low(k) == "coming" {
		rel, k = "next", k+1
	}
	if rel == "that" && r.low(k) == "same" {
		rel, k = "same", k+1 // "that same day": the determiner is in the extent
	}
	if r.low(k) == "fiscal" && r.low(k+1) == "year" {
		k++
	}
	if rel == "last" && r.low(k) == "quarter" && r.low(i-1) == "the" && r.low(k+1) == "of" {
		// "the last quarter of 2012": its fourth quarter.
		if m, ok := r.quarterAfter(i, 4, 0); ok && m.end > k+1 {
			return m, true
		}
	}
	if (rel == "last" || rel == "latter") && r.low(k) == "half" && r.low(i-1) == "the" {
		// "the last half of 1989": the second half; of a decade or a
		// century, its end.
		if r.low(k+1) == "of" && k+2 < len(r.toks) {
			var m match
			var ok bool
			if r.low(k+2) == "the" {
				m, ok = r.theExpr(k + 2)
			} else if r.toks[k+2].kind == kNum {
				m, ok = r.numeric(k + 2)
			}
			if ok && (m.rule == "decade" || m.rule == "century") {
				m.mod = "END"
				return m, true
			}
		}
		return r.quarterAfter(i, 2, 0)
	}
	if rel == "latest" && r.low(k) == "period" {
		// Business news: "the latest period" is the quarter reported.
		if r.refQ >= 0 {
			return match{end: k + 1, typ: "DATE", value: fmtQuarter(r.refQY, r.refQQ), rule: "rel-unit"}, true
		}
		q, y := dctQuarter(r.dct)-1, r.dct.Year()
		if q == 0 {
			q, y = 4, y-1
		}
		return match{end: k + 1, typ: "DATE", value: fmtQuarter(y, q), rule: "rel-unit"}, true
	}
	w := r.wi(k)
	if w == nil {
		return match{}, false
	}
	if rel == "following" && r.low(i-1) != "the" && w.cls&(cMonth|cWeekday|cSeason|cHoliday) != 0 {
		return match{}, false // "following November's election": a preposition
	}
	tense := 0
	switch rel {
	case "last", "past", "previous", "preceding", "prior":
		tense = -1
	case "next", "coming", "following", "upcoming":
		tense = 1
	}
	switch {
	case w.cls&cMonth != 0 && r.toks[k].flags&fCap != 0 && w.cls&cAbbr == 0:
		m := w.month
		y := r.dct.Year()
		dm := int(r.dct.Month())
		switch tense {
		case -1:
			if m >= dm {
				y--
			}
		case 1:
			if m <= dm {
				y++
			}
		}
		end := k + 1
		if rel == "this" && m < dm && r.tense(i, end) > 0 {
			// "the vote is set for this January" in December: the coming
			// one, not the one past.
			y++
		}
		if rel == "this" || tense != 0 {
			// "last May 5"
			if end < len(r.toks) && r.toks[end].kind == kNum && r.toks[end].ndig <= 2 && r.toks[end].num >= 1 && r.toks[end].num <= daysIn(y, m) && r.toks[end].flags&fFrac == 0 {
				return match{end: end + 1, typ: "DATE", value: fmtDay(date(y, m, r.toks[end].num)), rule: "rel-month-day"}, true
			}
			return match{end: end, typ: "DATE", value: fmtMonth(y, m), rule: "rel-month"}, true
		}
	case w.cls&cWeekday != 0 && r.toks[k].flags&fCap != 0:
		if tense == 0 && rel != "this" {
			return match{}, false
		}
		wend, ok := r.weekdayAt(k)
		if !ok {
			return match{}, false
		}
		wd := w.weekday
		cur := isoWeekday(r.dct)
		var d time.Time
		switch {
		case rel == "this":
			// The day of the document's week, unless tense says which
			// side: "This Friday, the court rules" on a Wednesday is two
			// days ahead.
			switch t := r.tense(i, k+1); t {
			case 0:
				d = r.dct.AddDate(0, 0, wd-cur)
			default:
				d = r.weekdayDate(wd, t)
			}
		case (rel == "previous" || rel == "preceding" || rel == "following") && r.low(i-1) == "the" && r.refGran == "day" && r.ref != r.dct:
			// "the previous Friday", "the following Monday": anaphoric,
			// counted from the narrative's day, not the document's.
			step := 1
			if tense < 0 {
				step = -1
			}
			d = r.ref.AddDate(0, 0, step)
			for isoWeekday(d) != wd {
				d = d.AddDate(0, 0, step)
			}
		case tense < 0:
			back := (cur - wd + 7) % 7
			if back == 0 {
				back = 7
			}
			d = r.dct.AddDate(0, 0, -back)
		default:
			fwd := (wd - cur + 7) % 7
			if fwd == 0 {
				fwd = 7
			}
			d = r.dct.AddDate(0, 0, fwd)
		}
		m := match{end: wend, typ: "DATE", value: fmtDay(d), rule: "rel-weekday"}
		// "this coming Sunday, March eighth": the date names the day.
		if r.low(wend) == "," && r.cls(wend+1)&cMonth != 0 {
			if dm, ok := r.monthExpr(wend + 1); ok && len(dm.value) == 10 {
				dm.rule = "weekday-date"
				return dm, true
			}
		}
		m.end = r.withDaypart(wend, &m)
		return m, true
	case w.cls&cSeason != 0:
		if (rel == "that" || rel == "same") && r.ref != r.dct {
			// "indicted that summer", after "March 3, 2011": the
			// narrative's year.
			return match{end: k + 1, typ: "DATE", value: fmtYear(r.ref.Year()) + "-" + w.season, rule: "rel-season"}, true
		}
		if rel == "this" || tense != 0 {
			return r.seasonExpr(k, rel)
		}
	case w.cls&cHoliday != 0:
		if rel == "this" || tense != 0 {
			return r.holidayExpr(k, rel)
		}
	case w.cls&cDaypart != 0 && len(w.daypart) == 2 && w.cls&cPlural == 0:
		switch {
		case rel == "this":
			return match{end: k + 1, typ: "TIME", value: fmtDay(r.dct) + "T" + w.daypart, rule: "rel-daypart"}, true
		case rel == "last" && w.daypart == "NI":
			return match{end: k + 1, typ: "TIME", value: fmtDay(r.dct.AddDate(0, 0, -1)) + "TNI", rule: "rel-daypart"}, true
		case (rel == "next" || rel == "following") && r.low(i-1) == "the":
			// "the next morning": the morning after the narrative's day.
			base := r.dct
			if r.refGran == "day" {
				base = r.ref
			}
			return match{end: k + 1, typ: "TIME", value: fmtDay(base.AddDate(0, 0, 1)) + "T" + w.daypart, rule: "rel-daypart"}, true
		case (rel == "that" || rel == "same") && r.refGran == "day" && r.refAt > 0:
			// "spent that afternoon in a crevasse", "That night the
			// temperature dropped": a part of the narrative's day.
			return match{end: k + 1, typ: "TIME", value: fmtDay(r.ref) + "T" + w.daypart, rule: "rel-daypart"}, true
		}
	case w.cls&cUnit != 0:
		return r.relUnit(i, k, rel, w)
	}
	return match{}, false
}

// relUnit: this year, last month, next week, the past decade, the following
// day, that year.
func (r *run) relUnit(i, k int, rel string, w *wordInfo) (match, bool) {
	unit := w.unit
	end := k + 1
	if r.toks[i].flags&fCap != 0 && r.toks[k].flags&fCap != 0 && r.toks[i].flags&fAllCap == 0 {
		switch r.low(i - 1) {
		case "\"", "`", "'", "“", "‘":
			// ABC's "This Week": a quoted title, not a time.
			return match{}, false
		}
	}
	if unit == "W" && rel == "last" && r.low(i-1) == "the" && w.cls&cPlural == 0 {
		if m, ok := r.weekOfMonth(i, 5, end); ok {
			return m, true
		}
	}
	if w.cls&cPlural != 0 {
		// "the past years", "recent years" are phrases; "last years" no.
		return match{}, false
	}
	the := r.low(i-1) == "the"
	var n int
	base := r.dct
	switch rel {
	case "this", "current":
		n = 0
	case "last", "past", "previous", "preceding", "prior":
		n = -1
		if rel == "previous" || rel == "preceding" || rel == "prior" {
			base = r.ref
		}
	case "next", "coming", "following", "upcoming":
		n = 1
		if rel == "following" {
			base = r.ref
		}
	case "that", "same":
		base = r.ref
	case "latest":
		n = -1
		if unit != "Q" {
			n = 0
		}
	default:
		return match{}, false
	}
	if unit == "W" && r.refWAt > r.refAt && (rel == "previous" || rel == "preceding" || rel == "prior" || rel == "following") {
		// "the record set the previous week", after "last week".
		base = r.refW
	}
	if unit == "H" || unit == "MIN" || unit == "S" {
		if rel == "past" || rel == "last" || rel == "next" || rel == "coming" {
			return match{end: end, typ: "DURATION", value: durationValue(1, unit, false, false), rule: "rel-duration"}, true
		}
		return match{}, false
	}
	if unit == "W" && (rel == "last" || rel == "past") && (r.low(i-1) == "the" || r.low(i) == "this") && base == r.dct {
		// "the past week", "this past week": the seven days up to the
		// document date, most of which lie in the week of three days
		// before it; "last week" alone is the calendar week before.
		return match{end: end, typ: "DATE", value: fmtWeek(r.dct.AddDate(0, 0, -3)), rule: "rel-unit"}, true
	}
	// "the past decade", and "over the next decade": a stretch of time,
	// like "the next ten years".
	span := rel == "past" || (rel == "next" || rel == "coming") && r.low(i-1) == "the" && spanPrep(r.low(i-2))
	if unit == "DE" && span {
		return match{end: end, typ: "DURATION", value: "P10Y", rule: "rel-duration"}, true
	}
	if unit == "CE" && span {
		return match{end: end, typ: "DURATION", value: "P100Y", rule: "rel-duration"}, true
	}
	if unit == "D" {
		switch rel {
		case "this", "that", "same", "current":
		case "previous", "preceding", "prior", "following", "next":
			if !the && rel == "next" {
				return match{end: end, typ: "DATE", value: fmtDay(r.dct.AddDate(0, 0, 1)), rule: "rel-unit"}, true
			}
			if the && rel == "next" && r.refGran == "day" {
				// "expired on Sept. 15, and the league locked the players
				// out the next day": the day after the narrative's, as
				// "the next morning".
				base = r.ref
			}
		default:
			return match{}, false
		}
	}
	if unit == "FN" {
		if rel == "past" || rel == "last" || rel == "next" || rel == "coming" {
			// "for the past fortnight": two weeks up to now.
			return match{end: end, typ: "DURATION", value: "P2W", rule: "rel-duration"}, true
		}
		return match{}, false
	}
	// Years: "the following year", "this year's third quarter".
	if unit == "Y" && r.low(end) == "'" && r.low(end+1) == "s" {
		y := base.Year() + n
		if (r.low(end+2) == "quarter" || r.low(end+2) == "period") && r.refQ >= 0 && n != 0 {
			// "last year's quarter": the story's quarter, a year off.
			return match{end: end + 3, typ: "DATE", value: fmtQuarter(r.refQY+n, r.refQQ), rule: "rel-quarter"}, true
		}
		if ow := r.wi(end + 2); ow != nil && ow.cls&cOrdinal != 0 {
			if m, ok := r.quarterAfter(end+2, ow.num, y); ok {
				m.rule = "rel-quarter"
				return m, true
			}
		}
	}
	if unit == "Q" && rel == "this" && r.refQ >= 0 && r.endedQuarter(r.refQY, r.refQQ) &&
		(r.low(end) == "'" && r.low(end+1) == "s" && r.resultsNoun(end+2) || r.tense(i, end) < 0) {
		// In a story reporting a quarter already ended, "this quarter's
		// loss includes charges" and "sales this quarter fell" are that
		// quarter's figures, not the quarter under way.
		return match{end: end, typ: "DATE", value: fmtQuarter(r.refQY, r.refQQ), rule: "rel-unit"}, true
	}
	if unit == "Q" && (rel == "that" || rel == "same") && r.refQ >= 0 {
		return match{end: end, typ: "DATE", value: fmtQuarter(r.refQY, r.refQQ), rule: "rel-unit"}, true
	}
	if unit == "Q" && rel == "latest" {
		q := dctQuarter(r.dct) - 1
		y := r.dct.Year()
		if q == 0 {
			q, y = 4, y-1
		}
		return match{end: end, typ: "DATE", value: fmtQuarter(y, q), rule: "rel-unit"}, true
	}
	if unit == "D" && (base == r.dct) && rel != "previous" && rel != "following" && rel != "next" {
		return match{end: end, typ: "DATE", value: fmtDay(base), rule: "rel-unit"}, true
	}
	if base == r.ref && base != r.dct {
		// "that same day" after "last October": the narrative's date
		// is coarser than the unit, so the day is unknown within it.
		if v, ok := partialRef(r.ref, r.refGran, unit); ok {
			return match{end: end, typ: "DATE", value: v, rule: "rel-unit"}, true
		}
	}
	v, ok := shiftFmt(base, unit, n)
	if !ok {
		return match{}, false
	}
	if unit == "W" && (rel == "that" || rel == "same") && r.refGran != "day" {
		return match{}, false
	}
	return match{end: end, typ: "DATE", value: v, rule: "rel-unit"}, true
}

// fractionAgo turns the length m of the given months ("half a century",
// "a quarter century") into a point when "ago", "earlier" or "later"
// follows: "half a century ago" is a year, "half a year ago" a month.
func (r *run) fractionAgo(m match, months int) match {
	w := r.low(m.end)
	if w != "ago" && w != "earlier" && w != "later" {
		return m
	}
	base := r.dct
	if w != "ago" {
		base = r.ref
	}
	sign := -1
	if w == "later" {
		sign = 1
	}
	v, _ := shiftFmt(base, "M", sign*months)
	if months%12 == 0 {
		v, _ = shiftFmt(base, "Y", sign*months/12)
	}
	m.end++
	m.typ, m.value, m.rule = "DATE", v, "ago"
	return m
}

// nthDayToday matches "the eighth day" (ordinal at k after "the" at i) in
// "Today is the eighth day of the blockade" or "it's the 100th day of the
// war": counted in the present tense, the day is the document's.
func (r *run) nthDayToday(i, k int) (match, bool) {
	if r.noDCT || r.low(k+1) != "day" || r.low(k+2) != "of" {
		return match{}, false
	}
	if r.low(i-1) == "is" || r.low(i-1) == "s" && r.low(i-2) == "'" && r.adjacent(i-2) {
		v := fmtDay(r.dct)
		if r.low(i-1) == "is" && r.lastEnd == i-1 && len(r.out) > 0 {
			// "Sunday is the fifth day of the strike": that day.
			if d, ok := DateOf(r.lastVal); ok && len(d) == 10 {
				v = d
			}
		}
		return match{end: k + 2, typ: "DATE", value: v, rule: "nth-day"}, true
	}
	return match{}, false
}

// theExpr: determiners before quarters, years, decades, seasons; "the
// year", "the weekend", "the day before yesterday", "the 1990s".
func (r *run) theExpr(i int) (match, bool) {
	k := i + 1
	if k >= len(r.toks) {
		return match{}, false
	}
	t := &r.toks[k]
	if t.low == "final" {
		// "the final quarter [of 2012]", "the final half": the last one.
		switch r.low(k + 1) {
		case "quarter":
			return r.quarterAfter(k, 4, 0)
		case "half":
			return r.quarterAfter(k, 2, 0)
		}
	}
	switch {
	case t.kind == kNum && t.flags&fDecade != 0:
		m, ok := r.numeric(k)
		return m, ok
	case t.kind == kNum && t.flags&fOrd != 0:
		if m, ok := r.nthDayToday(i, k); ok {
			return m, true
		}
		m, ok := r.numeric(k)
		if !ok {
			m, ok = r.quarterAfter(k, t.num, 0)
		}
		return m, ok
	case t.kind == kNum && r.yearLike(k):
		// the 1988 third quarter, the 1989 period, the 1988 quarter
		y := t.num
		if ow := r.wi(k + 1); ow != nil && ow.cls&cOrdinal != 0 {
			if m, ok := r.quarterAfter(k+1, ow.num, y); ok {
				return m, true
			}
		}
		switch r.low(k + 1) {
		case "quarter", "period":
			q := dctQuarter(r.dct) - 1
			if q == 0 {
				q = 4
			}
			if r.refQ >= 0 {
				q = r.refQQ
			}
			return match{end: k + 2, typ: "DATE", value: r.yearAgoQuarter(i, y, q), rule: "year-quarter"}, true
		case "season", "fiscal":
			return match{end: k + 2, typ: "DATE", value: fmtYear(y), rule: "year"}, true
		}
		return match{}, false
	}
	w := t.wi
	if w != nil && w.cls&cDecade != 0 {
		return match{end: k + 1, typ: "DATE", value: "19" + strconv.Itoa(w.decade), rule: "decade"}, true
	}
	if w != nil && w.cls&cSeason != 0 {
		m, ok := r.seasonExpr(k, "")
		return m, ok
	}
	if w != nil && w.cls&cOrdinal != 0 {
		if r.low(k+1) == "-" {
			return match{}, false // "the third-quarter loss": adjective
		}
		if m, ok := r.nthDayToday(i, k); ok {
			return m, true
		}
		return r.quarterAfter(k, w.num, 0)
	}
	if (t.low == "same" || t.low == "corresponding" || t.low == "comparable") && (r.low(k+1) == "period" || r.low(k+1) == "quarter") && r.low(k+2) == "last" && r.low(k+3) == "year" && r.refQ >= 0 {
		// "the corresponding period last year": the story's quarter a year
		// earlier.
		return match{end: k + 4, typ: "DATE", value: fmtQuarter(r.refQY-1, r.refQQ), rule: "year-earlier"}, true
	}
	if t.low == "full" && r.low(k+1) == "year" {
		// The year of the quarter a results story reports ("fourth-
		// quarter profit fell ... For the full year," in January is
		// last year), else the document's.
		y := r.dct.Year()
		if r.refQ >= 0 {
			y = r.refQY
		}
		return match{end: k + 2, typ: "DATE", value: fmtYear(y), rule: "the-unit"}, true
	}
	switch t.low {
	case "fiscal":
		if r.low(k+1) == "year" {
			if k+2 < len(r.toks) && r.yearLike(k+2) {
				return match{end: k + 3, typ: "DATE", value: fmtYear(r.toks[k+2].num), rule: "fiscal-year"}, true
			}
			if r.periodEnded(k + 2) {
				return match{end: k + 2, typ: "DURATION", value: "P1Y", rule: "fiscal-year"}, true
			}
			return match{end: k + 2, typ: "DATE", value: fmtYear(r.dct.Year()), rule: "fiscal-year"}, true
		}
		return r.fiscalExpr(k)
	case "year", "month", "week", "weekend", "quarter", "day":
		if (t.low == "week" || t.low == "year" || t.low == "month") && r.low(k+1) == "'" && r.low(k+2) == "s" {
			// "the week's most active session": the current one.
			base := r.dct
			if r.refGran == "day" {
				base = r.ref
			}
			v, _ := shiftFmt(base, w.unit, 0)
			return match{end: k + 1, typ: "DATE", value: v, rule: "the-unit"}, true
		}
		if r.low(k+1) == "-" || r.low(k+1) == "'" || r.low(k+1) == "before" || r.low(k+1) == "after" {
			if t.low == "day" && (r.low(k+1) == "before" || r.low(k+1) == "after") {
				switch r.low(k + 2) {
				case "yesterday":
					return match{end: k + 3, typ: "DATE", value: fmtDay(r.dct.AddDate(0, 0, -2)), rule: "deictic"}, true
				case "tomorrow":
					return match{end: k + 3, typ: "DATE", value: fmtDay(r.dct.AddDate(0, 0, 2)), rule: "deictic"}, true
				}
				// "The day before, he resigned": the day before the
				// narrative's day.
				if nx := r.low(k + 2); k+2 >= len(r.toks) || nx == "," || nx == "." || nx == ";" {
					n := 1
					if r.low(k+1) == "before" {
						n = -1
					}
					return match{end: k + 2, typ: "DATE", value: fmtDay(r.narrativeDay(i).AddDate(0, 0, n)), rule: "the-unit"}, true
				}
				// "the day before last Tuesday('s hearing)", "the day after
				// Christmas": a day from a named one.
				if k+2 < len(r.toks) && r.low(k+2) != "the" {
					if m, ok := r.core(k + 2); ok && len(m.value) == 10 && m.typ == "DATE" {
						if d, err := time.Parse("2006-01-02", m.value); err == nil {
							n := 1
							if r.low(k+1) == "before" {
								n = -1
							}
							return match{end: m.end, typ: "DATE", value: fmtDay(d.AddDate(0, 0, n)), rule: "deictic"}, true
						}
					}
				}
			}
			if t.low == "year" && r.low(k+1) == "-" {
				if m, ok := r.yearEnd(k); ok {
					return m, true
				}
			}
			return match{}, false
		}
		if t.low == "year" && r.low(k+1) == "two" && r.low(k+2) == "thousand" {
			return match{end: k + 3, typ: "DATE", value: "2000", rule: "year-words"}, true
		}
		if t.low == "year" && k+1 < len(r.toks) && r.yearLike(k+1) {
			return match{end: k + 2, typ: "DATE", value: fmtYear(r.toks[k+1].num), rule: "year"}, true
		}
		if t.low == "year" && r.periodEnded(k+1) {
			// "the year ended Sept. 30": the twelve months up to a date.
			return match{end: k + 1, typ: "DURATION", value: "P1Y", rule: "the-unit"}, true
		}
		if t.low == "week" && (r.low(k+1) == "of" || r.low(k+1) == "ending" || r.low(k+1) == "ended") {
			// "the week of March 6": the week holding that day.
			if w := r.wi(k + 2); w != nil && w.cls&cMonth != 0 {
				if m, ok := r.monthExpr(k + 2); ok && len(m.value) == 10 {
					if d, err := time.Parse("2006-01-02", m.value); err == nil {
						return match{end: m.end, typ: "DATE", value: fmtWeek(d), rule: "week-of"}, true
					}
				}
			}
		}
		if t.low == "week" && r.low(i-1) == "for" {
			// "For the week, the index dropped": the week being reported.
			return match{end: k + 1, typ: "DATE", value: fmtWeek(r.dct), rule: "the-unit"}, true
		}
		switch t.low {
		case "week":
			if i >= 2 && r.low(i-1) == "of" && (r.low(i-2) == "end" || r.low(i-2) == "beginning" || r.low(i-2) == "start" || r.low(i-2) == "middle" || r.low(i-2) == "close") {
				// "by the end of the week": the current week's end.
				return match{end: k + 1, typ: "DATE", value: fmtWeek(r.dct), rule: "the-unit"}, true
			}
		case "year", "month":
			switch r.low(k + 1) {
			case "when", "he", "she", "they", "we", "i", "you", "all", "his", "her", "their", "its":
				// "named after the year all three members were born",
				// "the year when": a year a clause describes, not this one.
				return match{}, false
			}
			if t.low == "year" {
				return match{end: k + 1, typ: "DATE", value: fmtYear(r.dct.Year()), rule: "the-unit"}, true
			}
			return match{end: k + 1, typ: "DATE", value: fmtMonth(r.dct.Year(), int(r.dct.Month())), rule: "the-unit"}, true
		case "weekend":
			if r.low(k+1) == "of" && r.cls(k+2)&cMonth != 0 && r.toks[k+2].flags&fCap != 0 {
				// "the weekend of June 8-9": the weekend of that date.
				if m, ok := r.monthExpr(k + 2); ok && len(m.value) == 10 {
					if d, err := time.Parse("2006-01-02", m.value); err == nil {
						e := m.end
						if r.low(e) == "-" && e+1 < len(r.toks) && r.toks[e+1].kind == kNum && r.toks[e+1].ndig <= 2 && r.adjacent(e) {
							e += 2
						}
						return match{end: e, typ: "DATE", value: fmtWeek(d) + "-WE", rule: "the-unit"}, true
					}
				}
			}
			return match{end: k + 1, typ: "DATE", value: fmtWeek(r.weekdayDate(6, r.tense(i, k+1))) + "-WE", rule: "the-unit"}, true
		case "quarter":
			y, q := r.dct.Year(), dctQuarter(r.dct)-1
			if q == 0 {
				q, y = 4, y-1
			}
			if r.refQ >= 0 && i-r.refQ < 300 {
				y, q = r.refQY, r.refQQ
			}
			if ey, eq, ok := r.quarterEnded(k + 1); ok {
				// "the quarter ended July 31": the calendar quarter
				// that holds most of the three months before that day.
				y, q = ey, eq
			}
			if r.low(k+1) == "a" && r.low(k+2) == "year" && (r.low(k+3) == "ago" || r.low(k+3) == "earlier") {
				// "the quarter a year ago": one expression, a year back.
				return match{end: k + 4, typ: "DATE", value: fmtQuarter(y-1, q), rule: "year-earlier"}, true
			}
			return match{end: k + 1, typ: "DATE", value: fmtQuarter(y, q), rule: "the-unit"}, true
		case "day":
			if r.refGran == "day" {
				// The narrative's day; a day still ahead is the scene
				// only when the clause looks ahead too ("the deadline
				// is Friday, Oct. 4. Earlier in the day, he said ..." is
				// today).
				return match{end: k + 1, typ: "DATE", value: fmtDay(r.narrativeDay(i)), rule: "the-unit"}, true
			}
		}
		return match{}, false
	case "morning", "afternoon", "evening":
		// "the night of Oct. 23": TimeBank tags the date alone.
		day := r.narrativeDay(k)
		return match{end: k + 1, typ: "TIME", value: fmtDay(day) + "T" + w.daypart, rule: "the-daypart"}, true
	case "same", "following", "previous", "next", "past", "last", "latest", "current", "coming", "preceding":
		return r.relative(k)
	}
	return match{}, false
}

// periodEnded reports whether "ended" or "ending" follows at k, as in "the
// year ended Sept. 30": business news measuring a period up to a date.
func (r *run) periodEnded(k int) bool {
	if r.low(k) == "just" {
		k++
	}
	if (r.low(k) == "to" || r.low(k) == "through") && r.cls(k+1)&cMonth != 0 && k+1 < len(r.toks) && r.toks[k+1].flags&fCap != 0 {
		return true // British "the year to March 2013"
	}
	return r.low(k) == "ended" || r.low(k) == "ending"
}

// ordinalDay reports whether the ordinal word at k is a day of the month
// after a month name: "March eighth." but not "the March second round".
func (r *run) ordinalDay(k int) bool {
	ow := r.wi(k)
	if ow == nil || ow.cls&cOrdinal == 0 || ow.num < 1 || ow.num > 31 {
		return false
	}
	return k+1 >= len(r.toks) || r.toks[k+1].kind == kPunct && r.toks[k+1].low != "-" || r.yearLike(k+1)
}

// pluralDaypart reports whether token k is a plural part of the day
// ("nights", "mornings") and returns its TimeML code.
func (r *run) pluralDaypart(k int) (string, bool) {
	if dp := r.wi(k); dp != nil && dp.cls&cDaypart != 0 && dp.cls&cPlural != 0 && len(dp.daypart) == 2 {
		return dp.daypart, true
	}
	return "", false
}

// possessive reports whether tokens k, k+1 are the possessive "'s" (or
// "’s") right after the word before k.
func (r *run) possessive(k int) bool {
	if k+1 >= len(r.toks) || k == 0 || !r.adjacent(k-1) || !r.adjacent(k) || r.toks[k+1].low != "s" {
		return false
	}
	a := r.toks[k].low
	return a == "'" || a == "’"
}

// adjacentWords reports whether word k is followed by word k+1 after a
// single space.
func (r *run) adjacentWords(k int) bool {
	return k+1 < len(r.toks) && r.toks[k+1].start-r.toks[k].end == 1 && r.text[r.toks[k].end] == ' '
}

// bareDuration reports whether the plural unit at i, with no number, is
// a length of time by its context: after "for" or "within" ("for years",
// "within hours"), after the verb "last" ("could last months"), or after
// "after"/"ended"/"ending" before "of" ("after decades of war").
func (r *run) bareDuration(i int) bool {
	switch r.low(i - 1) {
	case "for", "within":
		return r.low(i+1) != "of"
	case "last":
		return futureModal(r.low(i-2)) || r.low(i-2) == "would" || r.low(i-2) == "did"
	case "after", "ended", "ending", "ends", "end":
		return r.low(i+1) == "of"
	}
	// "weeks after a military coup", "Days later, ...": a length counted
	// from an event, at the start of a clause or after a verb or its object
	// (not "in the weeks before").
	switch r.low(i + 1) {
	case "after", "before", "later", "earlier":
		if i == 0 || r.low(i-1) == "," || r.low(i-1) == "just" || r.low(i-1) == "only" || r.toks[i].flags&fPara != 0 || r.boundary(i-1) {
			return true
		}
		// "signed the bills hours after the vote": after a verb or its
		// object, not after a determiner, adjective or preposition ("the
		// weeks before", "in days").
		switch r.toks[i-1].pos {
		case "NN", "NNS", "NNP", "NNPS", "VBD", "VBN", "VBZ", "VBP", "PRP":
			return true
		}
	}
	return false
}

// spokenYear recognizes a year in words at k: "nineteen ninety-four".
func (r *run) spokenYear(k int) (match, bool) {
	if w := r.wi(k); w != nil && w.cls&cNumber != 0 && w.num == 19 {
		return r.yearWords(k)
	}
	return match{}, false
}

// weekdayAt reports whether token k is a capitalized weekday name and
// returns the token after it. An abbreviation ("Wed.", "Tues.") needs its
// full stop or a date after it, so that "The Sun said" is no Sunday.
func (r *run) weekdayAt(k int) (int, bool) {
	w := r.wi(k)
	if w == nil || w.cls&cWeekday == 0 || r.toks[k].flags&fCap == 0 {
		return k, false
	}
	if w.cls&cAbbr == 0 {
		return k + 1, true
	}
	if r.toks[k].flags&fAllCap != 0 || r.cls(k-1)&cDet != 0 {
		return k, false // "brighter than the Sun."
	}
	if r.low(k+1) == "." && r.adjacent(k) {
		return k + 2, true
	}
	if n := k + 1; n < len(r.toks) && (r.toks[n].kind == kNum && r.toks[n].ndig <= 2 || r.cls(n)&cMonth != 0 && r.toks[n].flags&fCap != 0) {
		return n, true
	}
	return k, false
}

// partialRef writes a day or month counted from a narrative date known
// only to granularity gran (year, quarter or month) with the unknown parts
// as X: "that day" after "in October 1998" is 1998-10-XX, "that month"
// after "in 1987" is 1987-XX. It reports false when the unit is no finer
// than the reference.
func partialRef(ref time.Time, gran, unit string) (string, bool) {
	switch unit {
	case "D":
		switch gran {
		case "month":
			return fmtMonth(ref.Year(), int(ref.Month())) + "-XX", true
		case "year", "quarter":
			return fmtYear(ref.Year()) + "-XX-XX", true
		}
	case "M":
		if gran == "year" {
			return fmtYear(ref.Year()) + "-XX", true
		}
	}
	return "", false
}

// quarterEnded recognizes "ended July 31" or "ending Sept. 30" at k, the end
// day of a three-month period, and returns the calendar quarter holding
// that period's middle (45 days before the end).
func (r *run) quarterEnded(k int) (y, q int, ok bool) {
	if (r.low(k) != "ended" && r.low(k) != "ending") || r.cls(k+1)&cMonth == 0 {
		return 0, 0, false
	}
	m, ok := r.monthExpr(k + 1)
	if !ok || len(m.value) != 10 {
		return 0, 0, false
	}
	d, err := time.Parse("2006-01-02", m.value)
	if err != nil {
		return 0, 0, false
	}
	mid := d.AddDate(0, 0, -45)
	return mid.Year(), dctQuarter(mid), true
}

// spanPrep reports whether w opens a stretch of time rather than a point:
// "over the next decade", "within the coming century".
func spanPrep(w string) bool {
	switch w {
	case "over", "during", "within", "throughout", "across":
		return true
	}
	return false
}
