package timex

import (
	"strconv"
	"strings"
	"time"
)

// ---- context ----

// boundary reports whether token k ends a sentence or paragraph for the
// purpose of context windows.
func (r *run) boundary(k int) bool {
	t := &r.toks[k]
	if t.flags&fPara != 0 {
		return true
	}
	if t.kind != kPunct {
		return false
	}
	switch t.low {
	case "!", "?", ";":
		return true
	case ".":
		if k > 0 && r.toks[k-1].end == t.start && r.toks[k-1].kind == kWord {
			p := &r.toks[k-1]
			if p.end-p.start == 1 || p.wi != nil && p.wi.cls&(cAbbrev|cAbbr) != 0 {
				return false
			}
		}
		return true
	}
	return false
}

// tense looks at the words around tokens [i, j) in the same sentence and
// returns +1 when the nearest tense cue is future, -1 when it is past, -2
// when a past verb governs the date directly ("collapsed in March"), 0
// when there is none.
func (r *run) tense(i, j int) int {
	switch r.low(i - 1) {
	case "of":
		if r.low(i-2) == "ahead" && !r.clausePastPerfect(i-1, j) {
			return 1 // "orders ahead of Christmas": a date still to come
		}
	case "since", "following":
		// "closed since Tuesday": a start in the past; "following
		// November's election": what it follows is past.
		return -1
	case "for":
		// "called elections for November 15", "forecast for Friday",
		// "mourning for Wednesday": a date set for something, ahead,
		// unless the clause is in the past perfect.
		named := false
		for k := i; k < j && k < len(r.toks); k++ {
			named = named || r.cls(k)&(cMonth|cWeekday) != 0 // also "for 3 p.m. Thursday"
		}
		if named && !r.clausePastPerfect(i-1, j) {
			return 1
		}
	case "until", "till", "through", "by":
		// A deadline looks forward, unless the clause is in the past
		// perfect: "had filed reports by Wednesday", "Until Thursday,
		// they had not called him a suspect".
		if r.clausePastPerfect(i-1, j) {
			return -1
		}
		if i == 1 || i >= 2 && (r.boundary(i-2) || r.toks[i-1].flags&fPara != 0) {
			// Opening the sentence, it is dated by the clause that
			// follows: "By Sunday afternoon, Pierluisi said ...",
			// "Through Tuesday evening the fire was reduced".
			k := j
			if r.low(k) == "," {
				k++
			}
			if c := r.rightCue(k); c != 0 {
				return c
			}
		}
		if w := r.low(i - 1); w != "by" {
			// "looters ransacked shops through Thursday night", "fighting
			// raged until Sunday": a span the past tense closes.
		scan:
			for k := i - 2; k >= 0 && k >= i-7 && !r.boundary(k); k-- {
				switch r.low(k) {
				case "had", "has", "have", "was", "were", "is", "are", "said", "told", "says",
					"postponed", "delayed", "adjourned", "deferred", "extended", "suspended", "put":
					// "members had until Friday", "said ... until",
					// "postponed until Friday": a date still ahead.
					break scan
				}
				if c := r.cue(k); c != 0 {
					// The present perfect keeps a deadline ahead: "has
					// given them until 9 a.m. Tuesday".
					if c < 0 && r.low(k-1) != "has" && r.low(k-1) != "have" {
						return -1
					}
					break
				}
			}
		}
		return 1
	case "to":
		// "rescheduled its primaries to June 2", "postponed the vote to
		// next month": the new date lies ahead.
		for k := i - 2; k >= 0 && k >= i-8 && !r.boundary(k); k-- {
			switch r.low(k) {
			case "rescheduled", "postponed", "delayed", "deferred", "moved", "pushed", "shifted", "reschedule", "postpone", "delay", "defer", "move":
				if !r.clausePastPerfect(i-1, j) {
					return 1
				}
			}
		}
	case "as":
		// "as early as Tuesday", "as soon as next week": a date looked
		// forward to.
		if (r.low(i-2) == "early" || r.low(i-2) == "soon") && r.low(i-3) == "as" {
			return 1
		}
	}
	// A present copula right before the date schedules it: "the next
	// match is Friday", "the vote is on Tuesday".
	k := i - 1
	if r.low(k) == "on" {
		k--
	}
	if w := r.low(k); (w == "is" || w == "are") && (r.cls(i)&cWeekday != 0 || r.cls(i)&cMonth != 0 && r.dayNumberAfter(i)) {
		// ... and so does one before a day of a month: "the vote is
		// on Oct. 4".
		return 1
	}
	// A past verb right before the date's preposition is the date's own
	// event: "talks collapsed in March" lies wholly in the past (-2).
	switch r.low(i - 1) {
	case "in", "on", "during", "from", "after", "following", "before":
		if i >= 2 && r.cue(i-2) < 0 {
			return -2
		}
	}
	// The clause's verb usually comes before its time adverbial: look left
	// first, then right.
	if i >= len(r.toks) || r.toks[i].flags&fPara == 0 {
		for k := i - 1; k >= 0 && k >= i-40 && !r.boundary(k); k-- {
			if (r.low(k) == "but" || r.low(k) == "while" || r.low(k) == "whereas") && r.low(k-1) == "," {
				// "..., but on December 14 it was extended": a new
				// clause, whose verb follows the date.
				break
			}
			if (r.low(k) == "if" || r.low(k) == "unless") && r.presentBetween(k+1, i) {
				// "if he is elected in November": a condition in the
				// present looks ahead.
				return 1
			}
			if c := r.cue(k); c != 0 {
				if c == -1 && r.toks[k].pos == "VBD" && !lookAhead(r.low(k)) && !r.infinitiveBetween(k+1, i) {
					// The clause's own past verb, not one of saying or
					// planning: "won the U.S. Open in September" is
					// wholly past, whatever the months between.
					return -2
				}
				return c
			}
			if r.low(k) == "that" {
				// A reported clause ("said that New Year's Eve parties
				// would be canceled") has its own verb, after the date.
				if c := r.rightCue(j); c != 0 {
					return c
				}
			}
			if r.toks[k].flags&fPara != 0 {
				break
			}
		}
	}
	return r.rightCue(j)
}

// dayNumberAfter reports whether a day of the month follows the month name
// at i ("Oct. 4", "November 12").
func (r *run) dayNumberAfter(i int) bool {
	j := i + 1
	if r.low(j) == "." {
		j++
	}
	return j < len(r.toks) && r.toks[j].kind == kNum && r.toks[j].ndig <= 2
}

// nounAfterTo reports whether "to" before token k is a preposition, not an
// infinitive's: "agreed to a ceasefire", "agreed to its demands".
func (r *run) nounAfterTo(k int) bool {
	if k >= len(r.toks) {
		return false
	}
	if r.toks[k].kind == kNum {
		return true
	}
	switch r.low(k) {
	case "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "any", "all", "some", "no":
		return true
	}
	return false
}

// rightCue returns the first tense cue in the 40 tokens from j, inside the
// sentence: a sentence-opening date finds its verb past a long adverbial
// ("In January, a week after the anniversary of ..., a bomb killed").
func (r *run) rightCue(j int) int {
	for k := j; k < len(r.toks) && k < j+40; k++ {
		if r.toks[k].flags&fPara != 0 || r.boundary(k) {
			break
		}
		if c := r.cue(k); c != 0 {
			return c
		}
	}
	return 0
}

func (r *run) cue(k int) int {
	t := &r.toks[k]
	if t.kind != kWord {
		return 0
	}
	if k > 1 && r.low(k-1) == "-" && r.adjacent(k-2) && r.adjacent(k-1) || r.low(k+1) == "-" && r.adjacent(k) && r.adjacent(k+1) {
		return 0 // part of a compound: "Park Won-soon", "a would-be attacker"
	}
	if t.low == "to" && k > 0 && !r.nounAfterTo(k+1) {
		// "plans to", also past a day: "agreed on Wednesday to raise
		// the minimum wage from January".
		h := k - 1
		if r.cls(h)&cWeekday != 0 && h > 1 {
			h--
			if r.low(h) == "on" {
				h--
			}
		}
		if r.toks[h].wi != nil && r.toks[h].wi.cls&cFutureTo != 0 {
			if r.pastPerfect(h) {
				return -1
			}
			return 1
		}
	}
	if t.flags&fCap != 0 && t.wi != nil && t.wi.cls&cMonth != 0 {
		return 0 // "May", not "may"
	}
	if r.verbLast(k) {
		return 0 // "to last five days": no past
	}
	if t.low == "could" {
		return r.couldCue(k)
	}
	if (t.low == "set" || t.low == "slated") && r.low(k+1) == "for" {
		return 1 // "the vote is set for this January"
	}
	if t.low == "plan" && t.pos == "VBP" {
		return 1 // "Republicans plan a cavalcade on Sunday"; the noun says nothing
	}
	if t.low == "due" && (r.low(k-1) == "fell" || r.low(k-1) == "came") {
		return -1 // "a loan that fell due on Dec. 31"
	}
	past := false
	if t.wi != nil {
		if t.wi.cls&cFuture != 0 {
			// "had been scheduled to expire Friday": the past perfect
			// puts a plan in the past.
			if r.pastPerfect(k) || r.pastPlan(k) {
				return -1
			}
			if r.low(k-1) == "to" && t.wi.cls&cPast == 0 {
				return 0 // an infinitive: "difficult to meet demand"
			}
			return 1
		}
		if t.wi.cls&(cNotPast|cNotVerb) != 0 {
			return 0
		}
		past = t.wi.cls&cPast != 0
	}
	w := t.low
	switch {
	case past:
	case t.pos != "":
		// A tagged document: the verb's own tag decides ("said" VBD,
		// "the decision, announced Friday" VBN, "unspecified" JJ).
		past = t.pos == "VBD" || t.pos == "VBN"
		if (t.pos == "VBP" || t.pos == "VBZ") && !presentNoCue(w) && r.presentVerb(k) {
			// News tells what is scheduled in the present: "the last
			// witnesses appear on Friday", "the season runs to February".
			return 1
		}
	case len(w) >= 5 && strings.HasSuffix(w, "ed") && t.flags&fCap == 0 && r.cls(k-1)&cDet == 0 && !(r.low(k-1) == "-" && r.adjacent(k-1)):
		past = true // "an unspecified date", "an inflation-linked bond": no past tense
	}
	if past {
		// A participle after "be" is no past tense: "would be held", "is
		// expected", also past an adverb: "would not be fully restored".
		p := k - 1
		for n := 0; n < 2 && p > 0 && adverbBetween(r.low(p)); n++ {
			p--
		}
		switch r.low(p) {
		case "be", "being", "is", "are", "'s", "get", "gets", "stay", "stays", "remain", "remains", "become", "becomes":
			return 0 // also "will stay closed until Thursday"
		}
		return -1
	}
	return 0
}

// adverbBetween reports whether w is an adverb that may stand between an
// auxiliary and its participle ("be fully restored", "is now expected").
func adverbBetween(w string) bool {
	switch w {
	case "not", "now", "also", "still", "already", "just", "never", "again", "then", "soon":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}

// presentVerb guards the tagger's present tense at k: not a form in -ed
// ("protesters prayed" tagged VBP), not capitalized, nor a word inside a
// noun phrase opened by a determiner ("his Miami relatives" tagged VBZ).
func (r *run) presentVerb(k int) bool {
	if strings.HasSuffix(r.toks[k].low, "ed") || r.toks[k].flags&fCap != 0 {
		return false // nor a name ("Real Madrid beat Alaves" with Alaves VBZ)
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch r.toks[j].pos {
		case "DT", "PRP$", "POS", "JJ", "CD":
			return false
		case "NNP", "NNPS", "NN":
			continue
		}
		break
	}
	// A past verb later in the clause is its verb; this is a noun:
	// "Catholic bishops/VBZ from around the world attended a summit".
	for j := k + 1; j < len(r.toks) && j <= k+8 && !r.boundary(j); j++ {
		if r.toks[j].pos == "VBD" {
			return false
		}
		if r.low(j) == "," || r.low(j) == "and" || r.low(j) == "but" || r.low(j) == "that" || r.low(j) == "who" || r.low(j) == "which" {
			break
		}
	}
	return true
}

// infinitiveBetween reports whether "to" and a base verb stand in tokens
// [a, b): "subpoenaed Elian to testify on Feb. 10" dates the testimony,
// which may lie ahead of the subpoena.
func (r *run) infinitiveBetween(a, b int) bool {
	for k := a; k+1 < b && k+1 < len(r.toks); k++ {
		if r.low(k) == "to" && r.toks[k+1].pos == "VB" {
			return true
		}
	}
	return false
}

// presentBetween reports whether a present-tense verb (tagged VBZ or VBP,
// or "is"/"are") stands in tokens [a, b).
func (r *run) presentBetween(a, b int) bool {
	for k := a; k < b && k < len(r.toks); k++ {
		if p := r.toks[k].pos; p == "VBZ" || p == "VBP" || r.low(k) == "is" || r.low(k) == "are" {
			return true
		}
	}
	return false
}

// lookAhead reports whether the past verb w may govern a date still ahead:
// a verb of saying, announcing, planning or asking ("said the vote would
// be in September", "announced elections in August", "called talks for
// Monday").
func lookAhead(w string) bool {
	switch w {
	case "said", "told", "announced", "reported", "added", "stated", "wrote", "warned", "predicted",
		"forecast", "expected", "estimated", "projected", "agreed", "decided", "promised", "pledged", "vowed",
		"planned", "scheduled", "set", "called", "urged", "asked", "proposed", "suggested", "demanded",
		"threatened", "ordered", "invited", "signaled", "signalled", "indicated", "hoped", "wanted",
		"confirmed", "declared", "insisted", "argued", "noted", "explained", "claimed", "believed", "thought",
		"knew", "feared", "approved", "voted", "postponed", "delayed", "moved", "extended", "booked",
		"arranged", "prepared", "aimed", "targeted", "offered", "sought", "gave", "got", "had", "did", "was", "were":
		return true
	}
	return false
}

// presentNoCue reports whether the present-tense verb w says nothing of
// the time of a date near it: copulas and auxiliaries, and verbs of saying,
// thinking and accusing, which news tells in the present of past acts
// ("Iran accuses the US of attacking on Friday").
func presentNoCue(w string) bool {
	switch w {
	case "is", "are", "am", "'s", "'re", "has", "have", "'ve", "does", "do", "says", "say", "claims", "claim",
		"accuses", "accuse", "denies", "deny", "blames", "blame", "condemns", "condemn", "insists", "insist",
		"believes", "believe", "thinks", "think", "knows", "know", "fears", "fear", "suspects", "suspect",
		"reports", "report", "shows", "show", "remains", "remain", "seems", "seem", "appears", "notes", "note",
		"argues", "argue", "recalls", "recall", "admits", "admit", "confirms", "confirm", "believe's", "tells", "tell",
		"warns", "warn", "estimates", "estimate", "puts", "put", "follows", "follow", "marks", "mark", "comes", "come",
		// The same form in the past: "Real Madrid beat Alaves Tuesday".
		"beat", "hit", "cut", "set", "hurt", "quit", "shut", "spread", "cast", "cost", "let", "split", "shed", "bid", "burst", "read":
		return true
	}
	return false
}

// couldCue reads "could" at k: a possibility ahead ("flights could land on
// Wednesday", +1), unless it is the past of "can" — before "have" or
// "not", or after a negation ("neither he nor ... could be located
// Wednesday") — which says nothing.
func (r *run) couldCue(k int) int {
	switch r.low(k + 1) {
	case "have", "not", "n't", "never", "hardly":
		return 0
	}
	for j := k - 1; j >= 0 && j >= k-8 && !r.boundary(j); j-- {
		switch r.toks[j].low {
		case "not", "n't", "neither", "nor", "never", "no", "nobody", "none":
			return 0
		}
	}
	return 1
}

// ---- resolution ----

func dctQuarter(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

// monthYear picks the year of month m (day d, 0 if none) relative to the
// document date: the past unless the context says future.
func (r *run) monthYear(m, d, tense int) int {
	y := r.dct.Year()
	dm := int(r.dct.Month())
	diff := (m - dm) * 40
	if d > 0 {
		diff += d - r.dct.Day()
	}
	switch {
	case tense > 0:
		if diff < -2*40 {
			y++
		}
	case tense < -1:
		if diff > 0 {
			y--
		}
	case tense < 0:
		if diff > 2*40 {
			y--
		}
	default:
		// With no cue, the nearest occurrence within four months ahead,
		// else the past: across the year's end too ("from January 1"
		// in December is next month).
		if diff > 4*40 {
			y--
		} else if diff < -8*40 {
			y++
		}
	}
	return y
}

// weekdayDate resolves weekday wd against the document date.
func (r *run) weekdayDate(wd, tense int) time.Time {
	cur := isoWeekday(r.dct)
	if tense > 0 {
		return r.dct.AddDate(0, 0, (wd-cur+7)%7)
	}
	return r.dct.AddDate(0, 0, -((cur - wd + 7) % 7))
}

// seasonYear resolves season s.
func (r *run) seasonYear(s string, rel string, tense int) int {
	idx := 0
	switch s {
	case "SP":
		idx = 1
	case "SU":
		idx = 2
	case "FA":
		idx = 3
	}
	m := int(r.dct.Month())
	cur := 0
	switch {
	case m >= 3 && m <= 5:
		cur = 1
	case m >= 6 && m <= 8:
		cur = 2
	case m >= 9 && m <= 11:
		cur = 3
	case m == 12:
		// December's winter is the one that ends next year (2021-WI);
		// this year's summer lies behind it.
		cur = 4
		if idx == 0 {
			idx = 4
		}
	}
	y := r.dct.Year()
	switch rel {
	case "last", "past", "previous":
		if idx >= cur {
			y--
		}
	case "next", "coming":
		if idx <= cur {
			y++
		}
	case "this":
	default:
		if tense > 0 && idx < cur {
			y++
		} else if tense <= 0 && idx > cur {
			y--
		}
	}
	return y
}

// shift moves the reference date by n units at the unit's granularity and
// formats it.
func shiftFmt(base time.Time, unit string, n int) (string, bool) {
	switch unit {
	case "Y":
		return fmtYear(base.Year() + n), true
	case "M":
		t := date(base.Year(), int(base.Month())+n, 1)
		return fmtMonth(t.Year(), int(t.Month())), true
	case "W":
		return fmtWeek(base.AddDate(0, 0, 7*n)), true
	case "D":
		return fmtDay(base.AddDate(0, 0, n)), true
	case "DE":
		return strconv.Itoa(base.Year()/10 + n), true
	case "Q":
		t := date(base.Year(), int(base.Month())+3*n, 1)
		return fmtQuarter(t.Year(), dctQuarter(t)), true
	case "WE":
		return fmtWeek(base.AddDate(0, 0, 7*n)) + "-WE", true
	case "CE":
		return pad((base.Year()/100)+n, 2), true
	}
	return "", false
}

// ---- numbers ----

// yearOK applies the guards against numbers that are not years to the
// four-digit number token i.
func (r *run) yearOK(i int) bool {
	t := &r.toks[i]
	if t.kind != kNum || t.ndig != 4 || t.flags&(fFrac|fOrd|fDecade|fApos) != 0 || strings.IndexByte(r.text[t.start:t.end], ',') >= 0 {
		return false
	}
	if t.num < 1000 || t.num > 2100 {
		return false
	}
	if i > 1 && isQuote(r.low(i-1)) && isQuote(r.low(i+1)) {
		switch r.low(i - 2) {
		case "album", "film", "movie", "song", "single", "book", "novel", "play", "show", "series", "opera", "title", "titled", "called", "named":
			return false // its album "1986": a title
		}
	}
	if i > 0 {
		p := &r.toks[i-1]
		if p.wi != nil && p.wi.cls&cNotBef != 0 {
			return false
		}
		if (p.low == "." || p.low == ",") && i >= 2 && r.toks[i-2].wi != nil && r.toks[i-2].wi.cls&cNotBef != 0 {
			return false // No. 1999; "a hotline, 1144,"
		}
		// A group of a phone number: "0917 555 1212", "+598 2 1712 2910".
		if p.kind == kNum && t.start-p.end == 1 && r.text[p.end] == ' ' {
			return false
		}
		// A capitalized word of no temporal meaning inside the sentence
		// names the number: "a venture called Orion 1980", "Gate 2010".
		if i >= 2 && p.kind == kWord && p.end-p.start > 1 && p.flags&fCap != 0 && p.flags&(fAllCap|fPara) == 0 && (p.wi == nil || p.wi.cls&temporalClasses == 0) && r.toks[i-2].kind == kWord && r.toks[i-2].flags&fPara == 0 && r.adjacentWords(i-1) {
			return false
		}
		if p.end == t.start && (p.low == "-" || p.low == "/" || p.low == "." || p.low == ":" || p.low == "+" || p.kind != kPunct) {
			// Part of a longer code: 555-1999, 3/1999 is fine as month/year
			// but is handled by the numeric-date rule.
			if !(p.low == "-" && i >= 2 && (r.yearLike(i-2) || r.low(i-2) == "mid" || r.low(i-2) == "pre" || r.low(i-2) == "post" || r.low(i-2) == "early" || r.low(i-2) == "late")) {
				return false
			}
		}
	}
	if i+1 < len(r.toks) {
		n := &r.toks[i+1]
		if n.wi != nil && n.wi.cls&cCount != 0 {
			return false
		}
		if n.start == t.end+1 && !r.yearPrep(i-1) && designation(r.text[n.start:]) {
			return false // "asteroid 2012 DA14": a name
		}
		if n.kind == kNum && n.ndig >= 3 && n.start-t.end == 1 && r.text[t.end] == ' ' && strings.IndexByte(r.text[n.start:n.end], ',') < 0 {
			return false // "1712 2910": a phone number
		}
		// "1990 to 2000 points": a range of counts (not "in 2014 and 2.5
		// percent in 2015").
		if (n.low == "to" || n.low == "-" || n.low == "and" || n.low == "or") && i+3 < len(r.toks) && r.toks[i+2].kind == kNum && r.toks[i+2].ndig == 4 && r.toks[i+2].flags&fFrac == 0 && r.toks[i+3].wi != nil && r.toks[i+3].wi.cls&cCount != 0 {
			return false
		}
		if n.start == t.end && n.kind == kWord {
			return false // "1500m", "2000km": a measure
		}
		// A house number: "1600 Pennsylvania Avenue", "1200 New York Ave.",
		// "1440 Avenida Arce" ("In 1998 Main Street was paved" keeps its
		// year).
		for k := i + 1; !r.yearPrep(i-1) && k < len(r.toks) && k <= i+3 && r.toks[k].kind == kWord && r.toks[k].flags&fCap != 0; k++ {
			if r.toks[k].wi != nil && r.toks[k].wi.cls&cStreet != 0 {
				return false
			}
		}
		if n.end > 0 && n.start == t.end && (n.low == "%" || n.low == "-" && i+2 < len(r.toks) && r.toks[i+2].kind == kNum && !r.yearLike(i+2) && r.toks[i+2].ndig != 2) {
			return false
		}
	}
	return true
}

// designation reports whether text opens with a code of capital letters
// and digits ("DA14 passed", "XR5."), as in the name of an asteroid or a
// comet ("2012 DA14").
func designation(text string) bool {
	letters, digits := 0, 0
	for _, c := range []byte(text) {
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z':
			return false
		default:
			return letters > 0 && digits > 0
		}
	}
	return letters > 0 && digits > 0
}

// isQuote reports whether w is a quotation mark.
func isQuote(w string) bool {
	switch w {
	case `"`, "“", "”", "``", "''", "'", "‘", "’":
		return true
	}
	return false
}

// yearPrep reports whether token k is a preposition that introduces a
// year ("in", "since", "by" ...).
func (r *run) yearPrep(k int) bool {
	switch r.low(k) {
	case "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "through":
		return true
	}
	return false
}

func (r *run) yearLike(i int) bool {
	t := &r.toks[i]
	return t.kind == kNum && t.ndig == 4 && t.flags == 0 && t.num >= 1000 && t.num <= 2100
}

// number parses a cardinal at i: digits ("3", "1,000"), number words
// ("twenty-four", "two hundred"), "a"/"an" (1) and vague quantities ("a
// few", "several": vague). half reports a trailing "1/2" or "and a half".
func (r *run) number(i int) (n, end int, vague, half, ok bool) {
	if i >= len(r.toks) {
		return
	}
	t := &r.toks[i]
	if t.kind == kNum {
		if t.flags&(fFrac|fOrd|fDecade|fApos) != 0 {
			return
		}
		n, end = t.num, i+1
		// 5 1/2
		if r.low(end+1) == "/" && r.low(end) == "1" && r.low(end+2) == "2" {
			end += 3
			half = true
		}
		return n, end, false, half, true
	}
	switch t.low {
	case "another":
		// "wait another year", "another two weeks"
		if w := r.wi(i + 1); w != nil && w.cls&cNumber != 0 {
			return r.number(i + 1)
		}
		if w := r.wi(i + 1); w != nil && w.cls&cUnit != 0 && w.cls&cPlural == 0 {
			return 1, i + 1, false, false, true
		}
		return
	case "a", "an":
		if r.low(i+1) == "few" {
			return 0, i + 2, true, false, true
		}
		if r.low(i+1) == "couple" {
			if r.low(i+2) == "of" {
				return 2, i + 3, false, false, true
			}
			return 2, i + 2, false, false, true
		}
		if r.low(i+1) == "half" {
			return
		}
		if w := r.wi(i + 1); w != nil && w.cls&cNumber != 0 && (w.num == 100 || w.num == 1000 || w.num == 12) { // a hundred
			n2, e2, _, _, ok2 := r.number(i + 1)
			if ok2 {
				return n2, e2, false, false, true
			}
		}
		return 1, i + 1, false, false, true
	case "few", "several", "many", "some":
		return 0, i + 1, true, false, true
	case "couple":
		if r.low(i+1) == "of" {
			return 2, i + 2, false, false, true
		}
	}
	if t.wi == nil || t.wi.cls&cNumber == 0 {
		return
	}
	n, end = t.wi.num, i+1
	if n >= 20 && n < 100 && n%10 == 0 {
		k := end
		if r.low(k) == "-" {
			k++
		}
		if w := r.wi(k); w != nil && w.cls&cNumber != 0 && w.num < 10 {
			n += w.num
			end = k + 1
		}
	}
	for {
		w := r.wi(end)
		if w == nil || w.cls&cNumber == 0 || (w.num != 100 && w.num != 1000) {
			break
		}
		n *= w.num
		end++
	}
	if r.low(end) == "and" && r.low(end+1) == "a" && r.low(end+2) == "half" {
		end += 3
		half = true
	}
	return n, end, false, half, true
}

// durationValue formats a TimeML duration.
func durationValue(n int, unit string, vague, half bool) string {
	num := strconv.Itoa(n)
	if vague {
		num = "X"
	}
	switch unit {
	case "Y", "M", "W", "D":
		s := "P" + num + unit
		if half && !vague {
			switch unit {
			case "Y":
				s += "6M"
			case "D":
				s += "T12H"
			case "W":
				s = "P" + strconv.Itoa(7*n+3) + "D"
			case "M":
				s += "15D"
			}
		}
		return s
	case "H", "MIN", "S":
		u := unit
		if u == "MIN" {
			u = "M"
		}
		s := "PT" + num + u
		if half && !vague {
			switch unit {
			case "H":
				s += "30M"
			case "MIN":
				s += "30S"
			}
		}
		return s
	case "DE":
		if vague {
			return "PXE"
		}
		return "P" + strconv.Itoa(10*n) + "Y"
	case "CE":
		if vague {
			return "PXC"
		}
		return "P" + strconv.Itoa(100*n) + "Y"
	case "Q":
		return "P" + num + "Q"
	case "FN":
		if vague {
			return "PXW"
		}
		return "P" + strconv.Itoa(2*n) + "W"
	case "WE":
		if vague {
			return "PXWE"
		}
		return "P" + strconv.Itoa(2*n) + "D"
	}
	return "P" + num + unit
}

// unitAt returns the unit at token i (singular or plural).
func (r *run) unitAt(i int) (string, bool, bool) {
	w := r.wi(i)
	if w == nil || w.cls&cUnit == 0 {
		return "", false, false
	}
	return w.unit, w.cls&cPlural != 0, true
}

// duration: NUMBER [-] UNIT [ago|earlier|later], "the past two months",
// "a few days", "78-day".
func (r *run) duration(i int) (match, bool) {
	j := i
	rel := ""
	the := false
	if r.low(j) == "the" {
		the = true
		j++
	}
	switch r.low(j) {
	case "past", "last", "next", "previous", "coming", "first", "following", "final", "latest", "initial", "remaining", "preceding", "ensuing", "same":
		if r.verbLast(j) {
			return match{}, false // "to last five days": the verb
		}
		rel = r.low(j)
		j++
	default:
		if the {
			// "the four days", "the nine months"
			rel = "the"
		}
	}
	n, k, vague, half, ok := r.number(j)
	if !ok {
		return match{}, false
	}
	if r.low(j) == "a" || r.low(j) == "an" {
		if rel != "" && rel != "the" {
			return match{}, false // "the past a year"
		}
	}
	// "12 to 18 months", "two or three weeks"
	if (r.low(k) == "to" || r.low(k) == "or" || r.low(k) == "-") && r.toks[j].low != "a" {
		if _, k2, _, _, ok2 := r.number(k + 1); ok2 {
			if _, _, uok := r.unitAt(k2); uok {
				k = k2
			}
		}
	}
	hyph := false
	if r.low(k) == "-" {
		hyph = true
		k++
	}
	for r.low(k) == "more" || r.low(k) == "additional" || r.low(k) == "further" || r.low(k) == "full" || r.low(k) == "entire" || r.low(k) == "whole" || r.low(k) == "straight" || r.low(k) == "consecutive" || r.low(k) == "long" || r.low(k) == "trading" || r.low(k) == "calendar" || r.low(k) == "working" || r.low(k) == "business" || r.low(k) == "fiscal" || r.low(k) == "successive" {
		k++
	}
	unit, plural, uok := r.unitAt(k)
	if !uok {
		return match{}, false
	}
	if (hyph || !plural && n > 1) && rel == "the" {
		// "the two-week talks", "the two day rally": an adjective; the
		// article belongs to the noun and the duration starts at "two".
		return match{}, false
	}
	end := k + 1
	if n == 1 && plural && !vague {
		// "one years" is no duration; "a days" neither.
		if r.toks[j].kind != kNum {
			return match{}, false
		}
	}
	if r.low(end) == "-" && (r.low(end+1) == "earlier" || r.low(end+1) == "ago") {
		return match{}, false // "a year-earlier quarter": see yearEnd
	}
	if r.low(end) == "and" && (r.low(end+1) == "a" || r.low(end+1) == "one") && r.low(end+2) == "half" && !half && !vague {
		// "a minute and a half", "two years and a half"
		half = true
		end += 3
	}
	if r.low(end) == "or" && r.low(end+1) == "so" {
		end += 2
	}
	// Ages: "6-year-old", "50 years old".
	if r.low(end) == "-" && r.low(end+1) == "old" || r.low(end) == "old" || r.low(end) == "of" && r.low(end+1) == "age" {
		return match{}, false
	}
	if r.low(end) == "-" && (r.low(end+1) == "long" || r.low(end+1) == "old") {
		if r.low(j) == "a" || r.low(j) == "an" {
			return match{}, false // "a day-long strike": the article is the strike's
		}
		end += 2
	} else if r.low(end) == "-" && r.adjacent(end-1) && end+1 < len(r.toks) && r.toks[end+1].kind == kWord {
		return match{}, false // "year-on-year", "day-to-day"
	}
	if hyph && r.toks[j].kind == kNum && r.toks[j].num >= 1000 {
		return match{}, false
	}
	if unit == "WE" && r.toks[j].low == "a" {
		return match{}, false
	}
	if unit == "S" && n == 1 && r.toks[j].kind != kNum && !plural {
		return match{}, false // "a second time"
	}
	if unit == "Q" && r.low(end) == "of" && !vague {
		return match{}, false // "three-quarters of"; "several quarters of losses" is time
	}
	if unit == "Q" && !plural && (r.low(j) == "a" || r.low(j) == "an") {
		// "about a quarter as much", "a quarter of": a fraction, unless a
		// preposition of time comes first.
		switch r.low(i - 1) {
		case "for", "in", "within", "over", "after":
		default:
			return match{}, false
		}
	}
	// "a year" after an amount or "twice" is a SET: "$5 million a year".
	if (r.low(j) == "a" || r.low(j) == "an") && rel == "" && !plural && j == i && r.low(end) != "ago" && r.low(end) != "earlier" && r.low(end) != "later" {
		p := r.low(i - 1)
		// ... and after a count of things: "700 seats a week", "24 hours
		// a day", "six days a week".
		counted := i > 1 && len(p) > 2 && p[len(p)-1] == 's' && r.toks[i-1].kind == kWord &&
			(r.toks[i-2].kind == kNum && r.toks[i-2].flags&(fOrd|fDecade) == 0 || r.cls(i-2)&cNumber != 0)
		if counted || p == "times" || p == "twice" || p == "once" || p == "thrice" || p == "million" || p == "billion" || p == "percent" || p == "%" || (i > 0 && r.toks[i-1].kind == kNum) {
			return match{end: end, typ: "SET", value: durationValue(1, unit, false, false), rule: "set-per"}, true
		}
	}
	if unit == "D" && !plural && rel == "" && r.toks[j].low == "one" && j == i && futureModal(r.low(i-1)) && r.low(i-1) != "to" {
		// "Islam will one day be ...": some day in the future.
		return match{end: end, typ: "DATE", value: "FUTURE_REF", rule: "phrase"}, true
	}
	val := durationValue(n, unit, vague, half)
	if !vague && !half && rel == "" && unit != "S" && unit != "DE" && unit != "CE" && unit != "Q" {
		// "2 hours, 7 minutes, 14 seconds", "one minute and seven
		// seconds": one length of time.
		if v, e, ok := r.clockDuration(end, unit, n); ok {
			return match{end: e, typ: "DURATION", value: v, rule: "duration"}, true
		}
	}
	m := match{end: end, typ: "DURATION", value: val, rule: "duration"}
	if (r.low(end) == "earlier" || r.low(end) == "later") && (unit == "D" || unit == "H" || unit == "MIN" || unit == "S" || unit == "W") {
		// TimeBank marks "three days later" as the duration "three days".
		return m, true
	}
	if r.low(end) == "ago" || (r.low(end) == "earlier" || r.low(end) == "later" || r.low(end) == "before" && r.boundaryAfter(end+1)) && rel == "" {
		// A point in time: two years ago, a week earlier.
		m.end = end + 1
		m.typ = "DATE"
		if vague {
			m.value = "PAST_REF"
			if r.low(end) == "later" {
				m.value = "FUTURE_REF"
			}
			m.rule = "ago"
			return m, true
		}
		sign := -1
		if r.low(end) == "later" {
			sign = 1
		}
		if half && unit == "Y" {
			// "a year and a half later": eighteen months on.
			unit, n = "M", 12*n+6
		}
		base := r.dct
		if r.low(end) != "ago" {
			m.rule = "earlier-later"
			base = r.ref
			if unit == "Y" && n == 1 && r.refQ >= 0 {
				m.value = r.yearAgoQuarter(i, r.refQY-1, r.refQQ)
				return m, true
			}
			// "a year earlier" from a day is that day a year back;
			// "three years later" is a year.
			if r.refGran == "day" && (unit == "Y" && n == 1 || unit == "M") {
				m.value = fmtDay(base.AddDate(sign*n*btoi(unit == "Y"), sign*n*btoi(unit == "M"), 0))
				return m, true
			}
		} else {
			m.rule = "ago"
			if unit == "Y" && n == 1 && r.refQ >= 0 {
				m.value = r.yearAgoQuarter(i, r.refQY-1, r.refQQ)
				return m, true
			}
		}
		switch unit {
		case "H", "MIN", "S":
			m.typ = "TIME"
			m.value = fmtDay(base)
			return m, true
		}
		if unit == "DE" {
			unit, n = "Y", 10*n // "a decade ago" is a year
		}
		v, ok := shiftFmt(base, unit, sign*n)
		if !ok {
			return match{}, false
		}
		m.value = v
		return m, true
	}
	if r.low(end) == "from" && r.low(end+1) == "now" {
		m.end = end + 2
		m.typ = "DATE"
		if v, ok := shiftFmt(r.dct, unit, n); ok && !vague {
			m.value = v
		} else {
			m.value = "FUTURE_REF"
		}
		return m, true
	}
	if plural && vague && rel == "" && r.low(j) != "a" && r.low(j) != "several" && r.low(j) != "few" && r.low(j) != "many" {
		// "some years", "many days": too vague unless a number word.
		if r.low(j) == "some" {
			return match{}, false
		}
	}

	if r.low(j) == "some" && !plural {
		return match{}, false // "some day" is someday, no duration
	}
	return m, true
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (r *run) boundaryAfter(k int) bool {
	return k >= len(r.toks) || r.toks[k].kind == kPunct
}

// ---- numeric expressions ----

func (r *run) numeric(i int) (match, bool) {
	t := &r.toks[i]
	// Clock times.
	if m, ok := r.clock(i); ok {
		return m, true
	}
	// Decades: 1990s, '80s, 1990's.
	if t.flags&fDecade != 0 {
		if t.flags&fApos != 0 && t.ndig == 2 && t.num%10 == 0 {
			return match{end: i + 1, typ: "DATE", value: "19" + strconv.Itoa(t.num/10), rule: "decade"}, true
		}
		if t.ndig == 4 && t.num%100 == 0 && t.num >= 1000 && t.num < 2000 {
			// the 1800s: a century
			return match{end: i + 1, typ: "DATE", value: strconv.Itoa(t.num / 100), rule: "century"}, true
		}
		if t.ndig == 4 && t.num%10 == 0 && t.num >= 1000 && t.num < 2100 {
			return match{end: i + 1, typ: "DATE", value: strconv.Itoa(t.num / 10), rule: "decade"}, true
		}
		return match{}, false
	}
	// 20th century
	if t.flags&fOrd != 0 {
		if u, _, ok := r.unitAt(i + 1); ok && u == "CE" && t.num >= 1 && t.num <= 21 {
			return match{end: i + 2, typ: "DATE", value: pad(t.num-1, 2), rule: "century"}, true
		}
	}
	// Day Month [Year]: 24 September 2023, 24th of September.
	if t.num >= 1 && t.num <= 31 && t.ndig <= 2 && t.flags&(fFrac|fDecade|fApos) == 0 {
		k := i + 1
		if r.low(k) == "of" && t.flags&fOrd != 0 {
			k++
		}
		if w := r.wi(k); w != nil && w.cls&cMonth != 0 && r.toks[k].flags&fCap != 0 {
			end := k + 1
			if w.cls&cAbbr != 0 && r.low(end) == "." {
				end++
			}
			if end < len(r.toks) && r.yearLike(end) {
				return match{end: end + 1, typ: "DATE", value: fmtDay(date(r.toks[end].num, w.month, t.num)), rule: "day-month-year"}, t.num <= daysIn(r.toks[end].num, w.month)
			}
			y := r.monthYear(w.month, t.num, r.tense(i, end))
			if t.num > daysIn(y, w.month) {
				return match{}, false
			}
			return match{end: end, typ: "DATE", value: fmtDay(date(y, w.month, t.num)), rule: "day-month"}, true
		}
	}
	// ISO dates: 2023-09-24; US numeric dates: 9/24/2023.
	if t.ndig == 4 && r.low(i+1) == "-" && i+4 < len(r.toks) && r.low(i+3) == "-" && r.toks[i+2].kind == kNum && r.toks[i+4].kind == kNum && r.toks[i+2].ndig == 2 && r.toks[i+4].ndig == 2 && r.toks[i+4].end-t.start == 10 {
		y, m, d := t.num, r.toks[i+2].num, r.toks[i+4].num
		if m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) {
			return match{end: i + 5, typ: "DATE", value: fmtDay(date(y, m, d)), rule: "iso-date"}, true
		}
	}
	if t.ndig <= 2 && r.low(i+1) == "/" && i+4 < len(r.toks) && r.low(i+3) == "/" && r.toks[i+2].kind == kNum && r.toks[i+4].kind == kNum && r.toks[i+4].ndig == 4 && r.toks[i+4].end-t.start <= 10 && r.toks[i+2].ndig <= 2 {
		m, d, y := t.num, r.toks[i+2].num, r.toks[i+4].num
		if m > 12 && d <= 12 {
			m, d = d, m // 22/03/2013: day first, as outside the U.S.
		}
		if m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) {
			return match{end: i + 5, typ: "DATE", value: fmtDay(date(y, m, d)), rule: "us-date"}, true
		}
	}
	// Years.
	if r.yearOK(i) {
		// "1990 to 1995" and "1998-1999" are two expressions; a year
		// followed by a quarter: "the 1988 third quarter" is handled by the
		// quarter rule via "the".
		return match{end: i + 1, typ: "DATE", value: fmtYear(t.num), rule: "year"}, true
	}
	return match{}, false
}

// clockDuration extends a length of n units, ending at token k, with
// smaller units after a comma or "and": "2 hours, 7 minutes, 14 seconds" →
// PT2H7M14S, "two months and 10 days" → P2M10D; clock units may also
// follow each other directly, with decimal seconds: "1 minute 5.47
// seconds" → PT1M5.47S. ok is false when nothing follows.
func (r *run) clockDuration(k int, unit string, n int) (string, int, bool) {
	parts := map[string]string{unit: strconv.Itoa(n)}
	order := []string{"Y", "M", "W", "D", "H", "MIN", "S"}
	last := 0
	for i, u := range order {
		if u == unit {
			last = i
		}
	}
	end := k
	for {
		j := end
		if r.low(j) == "," {
			j++
		}
		if r.low(j) == "and" {
			j++
		}
		if j == end && last < 4 {
			break // "two months 10 days" is no one length
		}
		num := ""
		e := j
		if j < len(r.toks) && r.toks[j].kind == kNum && r.toks[j].flags&fFrac != 0 && decimal(r.toks[j].low) {
			num, e = r.toks[j].low, j+1 // "5.47 seconds"
		} else if m, me, vague, half, ok := r.number(j); ok && !vague && !half {
			num, e = strconv.Itoa(m), me
		} else {
			break
		}
		if e >= len(r.toks) {
			break
		}
		u, _, ok := r.unitAt(e)
		idx := -1
		for i, o := range order {
			if o == u {
				idx = i
			}
		}
		if !ok || idx <= last || strings.Contains(num, ".") && u != "S" {
			break
		}
		if u == "S" && (r.low(j) == "a" || r.low(j) == "an") {
			break // "a first dose at 13 months and a second at three years": an ordinal
		}
		parts[u], last, end = num, idx, e+1
	}
	if end == k {
		return "", k, false
	}
	v, t := "P", false
	for i, u := range order {
		if n, ok := parts[u]; ok {
			if i >= 4 && !t {
				v, t = v+"T", true
			}
			v += n + u[:1] // Y, M, W, D, H, M(IN), S
		}
	}
	return v, end, true
}

// decimal reports whether s is digits with one decimal point inside
// ("5.47"), not a thousands separator.
func decimal(s string) bool {
	dot := strings.IndexByte(s, '.')
	if dot <= 0 || dot == len(s)-1 || strings.Count(s, ".") != 1 {
		return false
	}
	return allDigits(s[:dot]) && allDigits(s[dot+1:])
}

// oclock: "six o'clock", "a quarter to eight", "half past nine", "nine
// o'clock last night". With no a.m./p.m. the hour is as said, unless a
// part of the day after it says evening or night ("at nine o'clock last
// night" is 21:00). The day is the narrative's, or the one named after it.
func (r *run) oclock(i int) (match, bool) {
	k, mi, back := i, 0, false
	switch {
	case r.low(k) == "a" && r.low(k+1) == "quarter" && (r.low(k+2) == "to" || r.low(k+2) == "past"):
		mi, back, k = 15, r.low(k+2) == "to", k+3
	case r.low(k) == "quarter" && (r.low(k+1) == "to" || r.low(k+1) == "past"):
		mi, back, k = 15, r.low(k+1) == "to", k+2
	case r.low(k) == "half" && r.low(k+1) == "past":
		mi, k = 30, k+2
	}
	h, ok := r.hourWord(k)
	if !ok {
		return match{}, false
	}
	end := k + 1
	if r.low(end) == "o" && r.low(end+1) == "'" && r.low(end+2) == "clock" {
		end += 3
	} else if mi == 0 {
		return match{}, false // "six" alone is no time
	}
	if back {
		h, mi = h-1, 60-mi
		if h == 0 {
			h = 12
		}
	}
	day := r.narrativeDay(i)
	switch {
	case r.low(end) == "a.m." || r.low(end) == "am":
		if h == 12 {
			h = 0
		}
		end++
	case r.low(end) == "p.m." || r.low(end) == "pm":
		if h < 12 {
			h += 12
		}
		end++
	case r.low(end) == "last" && r.low(end+1) == "night", r.low(end) == "tonight", r.low(end) == "this" && (r.low(end+1) == "evening" || r.low(end+1) == "afternoon"):
		if h < 12 {
			h += 12
		}
		if r.low(end) == "last" {
			day = r.dct.AddDate(0, 0, -1)
		} else {
			day = r.dct
		}
		if r.low(end) == "tonight" {
			end++
		} else {
			end += 2
		}
	case r.low(end) == "in" && r.low(end+1) == "the" && (r.low(end+2) == "evening" || r.low(end+2) == "afternoon"):
		if h < 12 {
			h += 12
		}
		end += 3
	case r.low(end) == "in" && r.low(end+1) == "the" && r.low(end+2) == "morning":
		end += 3
	case r.low(end) == "this" && r.low(end+1) == "morning":
		day, end = r.dct, end+2
	}
	if d, e, ok := r.dayAfter(i, end); ok {
		day, end = d, e
	}
	return match{end: end, typ: "TIME", value: fmtDay(day) + "T" + pad(h, 2) + ":" + pad(mi, 2), rule: "time"}, true
}

// hourWord reads an hour from 1 to 12 at k, in digits or words.
func (r *run) hourWord(k int) (int, bool) {
	if k >= len(r.toks) {
		return 0, false
	}
	t := &r.toks[k]
	if t.kind == kNum && t.flags == 0 && t.ndig <= 2 && t.num >= 1 && t.num <= 12 {
		return t.num, true
	}
	if t.wi != nil && t.wi.cls&cNumber != 0 && t.wi.num >= 1 && t.wi.num <= 12 {
		return t.wi.num, true
	}
	return 0, false
}

// clock: 10:35 a.m., 10 p.m. EST, 4 in the morning, noon, 14:30 GMT.
func (r *run) clock(i int) (match, bool) {
	t := &r.toks[i]
	// Military time: 1500 GMT.
	if t.kind == kNum && t.ndig == 4 && t.flags == 0 && t.num%100 < 60 && t.num/100 <= 24 && r.cls(i+1)&cTZ != 0 {
		day := r.narrativeDay(i)
		end := i + 2
		if d, e, ok := r.dayAfter(i, end); ok { // "2046 GMT Monday"
			day, end = d, e
		} else if r.low(end) == "on" || r.low(end) == "," {
			if d, e, ok := r.dayAfter(i, end+1); ok { // "0735 GMT on Friday"
				day, end = d, e
			}
		} else if d, ok := r.dayAfterAside(i, end); ok {
			day = d // "(1600 GMT) on Monday"
		}
		return match{end: end, typ: "TIME", value: fmtDay(day) + "T" + pad(t.num/100, 2) + ":" + pad(t.num%100, 2), rule: "time"}, true
	}
	// Military time in hours: "at 2000 hours", "0430 hours local time";
	// "waited 2000 hours" is a duration.
	if t.kind == kNum && t.ndig == 4 && t.flags == 0 && t.num%100 < 60 && t.num/100 <= 24 && (r.low(i+1) == "hours" || r.low(i+1) == "hrs") {
		switch r.low(i - 1) {
		case "at", "from", "until", "till", "to", "by", "before", "after", "around", "about", "since", "approximately":
		default:
			if t.num >= 1000 {
				return match{}, false
			}
		}
		day, end := r.narrativeDay(i), i+2
		if r.low(end) == "local" && r.low(end+1) == "time" {
			end += 2
		}
		if d, e, ok := r.dayAfter(i, end); ok { // "0600 hours Monday"
			day, end = d, e
		} else if r.low(end) == "on" {
			if d, e, ok := r.dayAfter(i, end+1); ok { // "0300 hours on Monday"
				day, end = d, e
			}
		}
		return match{end: end, typ: "TIME", value: fmtDay(day) + "T" + pad(t.num/100, 2) + ":" + pad(t.num%100, 2), rule: "time"}, true
	}
	if t.kind != kNum || t.ndig > 2 || t.flags != 0 {
		return match{}, false
	}
	h, mi := t.num, 0
	k := i + 1
	hasMin := false
	if r.low(k) == ":" && k+1 < len(r.toks) && r.toks[k+1].kind == kNum && r.toks[k+1].ndig == 2 && r.adjacent(k) && r.adjacent(i) {
		mi = r.toks[k+1].num
		hasMin = true
		k += 2
	}
	if h > 24 || mi > 59 {
		return match{}, false
	}
	ampm := ""
	switch r.low(k) {
	case "a.m.", "a.m", "am":
		ampm = "am"
	case "p.m.", "p.m", "pm":
		ampm = "pm"
	case "a", "p":
		if r.low(k+1) == "." && r.low(k+2) == "m" {
			ampm = r.low(k) + "m"
			k += 2
			if r.low(k+1) == "." {
				k++
			}
		}
	}
	if ampm == "" && (r.low(k) == "am" || r.low(k) == "pm") && r.toks[k].flags&fAllCap != 0 {
		ampm = r.low(k)
	}
	if ampm != "" {
		if h > 12 || h == 0 {
			return match{}, false
		}
		if ampm == "pm" && h < 12 {
			h += 12
		}
		if ampm == "am" && h == 12 {
			h = 0
		}
		k++
		if ampm == "am" && r.low(k-1) == "am" && r.toks[k-1].flags&fAllCap == 0 && !r.adjacent(k-2) && !hasMin {
			return match{}, false // "I am"
		}
	} else if r.low(k) == "o" && r.low(k+1) == "'" && r.low(k+2) == "clock" {
		return r.oclock(i)
	} else if r.low(k) == "in" && r.low(k+1) == "the" && r.cls(k+2)&cDaypart != 0 {
		dp := r.wi(k + 2).daypart
		if (dp == "AF" || dp == "EV" || dp == "NI") && h < 12 {
			h += 12
		}
		k += 3
	} else if hasMin && (r.cls(k)&cTZ != 0 || r.low(i-1) == "at" || r.low(k) == "local" || r.low(k) == "hours" || r.low(k) == "hrs") {
		// 24-hour clock: "at 14:30", "19:45 CEST"
		if r.low(k) == "hours" || r.low(k) == "hrs" {
			k++
		}
	} else {
		return match{}, false
	}
	if r.cls(k)&cTZ != 0 {
		k++
	}
	if r.low(k) == "local" && r.low(k+1) == "time" {
		k += 2
	}
	k = r.zoneWords(k)
	// The day it belongs to: the one named after it, else the narrative's
	// current day.
	day := r.narrativeDay(i)
	if r.low(k) == "," || r.low(k) == "on" {
		if d, e, ok := r.dayAfter(i, k+1); ok {
			day, k = d, e
		}
	} else if d, e, ok := r.dayAfter(i, k); ok {
		day, k = d, e
	} else if d, ok := r.dayAfterAside(i, k); ok {
		day = d // "at 7 p.m. (1600 GMT) on Monday": the day, not the extent
	} else if d, ok := r.pairedClockDay(i, k); ok {
		day = d // "will open at 7 a.m. and close at 5 p.m. on Friday"
	}
	v := fmtDay(day) + "T" + pad(h, 2) + ":" + pad(mi, 2)
	return match{end: k, typ: "TIME", value: v, rule: "time"}, true
}

// zoneWords returns the token after a time zone spelt out in words at k
// ("Eastern Time", "Pacific Standard Time"), or k.
func (r *run) zoneWords(k int) int {
	switch r.low(k) {
	case "eastern", "central", "mountain", "pacific", "atlantic":
	default:
		return k
	}
	if r.toks[k].flags&fCap == 0 {
		return k
	}
	switch {
	case r.low(k+1) == "time":
		return k + 2
	case (r.low(k+1) == "standard" || r.low(k+1) == "daylight") && r.low(k+2) == "time":
		return k + 3
	}
	return k
}

// pairedClockDay finds the day of a clock time (ending at k) that a clock
// time coordinated with it names: "will open at 7 a.m. and close at 5 p.m.
// on Friday" opens on Friday too. The words between must hold "and" and
// "at", in the same clause.
func (r *run) pairedClockDay(i, k int) (time.Time, bool) {
	and, at := false, false
	for j := k; j < len(r.toks) && j < k+8; j++ {
		switch l := r.low(j); {
		case r.boundary(j) || l == "," || l == "but":
			return time.Time{}, false
		case l == "and" || l == "or":
			and = true
		case l == "at" && and:
			at = true
		case l == "on" && at:
			if d, _, ok := r.dayAfter(i, j+1); ok {
				return d, true
			}
			return time.Time{}, false
		}
	}
	return time.Time{}, false
}

// dayAfterAside finds the day named after a parenthesis that follows a
// clock time, or after the parenthesis the time stands in: "7 p.m. (1600
// GMT) on Monday", "(1600 GMT) on Monday".
func (r *run) dayAfterAside(i, k int) (time.Time, bool) {
	if r.low(k) == "(" {
		for j := k + 1; j < len(r.toks) && j <= k+6; j++ {
			if r.low(j) == ")" {
				k = j
				break
			}
		}
	}
	if r.low(k) != ")" {
		return time.Time{}, false
	}
	k++
	if r.low(k) == "on" || r.low(k) == "," {
		k++
	}
	d, _, ok := r.dayAfter(i, k)
	return d, ok
}

// dayAfter recognizes a day right after a clock time: weekday, today,
// yesterday, tomorrow, or Month Day.
func (r *run) dayAfter(i, k int) (time.Time, int, bool) {
	if k >= len(r.toks) {
		return time.Time{}, k, false
	}
	switch r.low(k) {
	case "today", "tonight":
		return r.dct, k + 1, true
	case "yesterday":
		return r.dct.AddDate(0, 0, -1), k + 1, true
	case "tomorrow":
		return r.dct.AddDate(0, 0, 1), k + 1, true
	}
	switch r.low(k) {
	case "next", "last", "this":
		// "midnight next Monday"
		if r.cls(k+1)&cWeekday != 0 {
			if m, ok := r.relative(k); ok && len(m.value) == 10 {
				if d, err := time.Parse("2006-01-02", m.value); err == nil {
					return d, m.end, true
				}
			}
		}
	}
	w := r.wi(k)
	if w == nil || r.toks[k].flags&fCap == 0 {
		return time.Time{}, k, false
	}
	if e, ok := r.weekdayAt(k); ok {
		// "5 p.m. ET on Friday, Oct. 4": the date after the weekday
		// says which Friday.
		j := e
		if r.low(j) == "," {
			j++
		}
		if r.cls(j)&cMonth != 0 && j < len(r.toks) && r.toks[j].flags&fCap != 0 {
			if m, ok := r.monthExpr(j); ok && len(m.value) == 10 {
				if t, err := time.Parse("2006-01-02", m.value); err == nil {
					return t, m.end, true
				}
			}
		}
		return r.weekdayDate(w.weekday, r.tense(i, e)), e, true
	}
	if w.cls&cMonth != 0 {
		m, ok := r.monthExpr(k)
		if ok && len(m.value) == 10 {
			t, err := time.Parse("2006-01-02", m.value)
			if err == nil {
				return t, m.end, true
			}
		}
	}
	return time.Time{}, k, false
}

// clausePastPerfect reports whether the clause around tokens [i, j) has a
// verb in the past perfect ("had filed", "had not called", "had been
// told"). "had until Friday" (had as the main verb) does not count, nor
// does a comma-delimited clause to the left ("The sale, which had been
// expected, is part of a plan to pay down a loan by February").
func (r *run) clausePastPerfect(i, j int) bool {
	for k := i - 1; k >= 0 && k >= i-25 && !r.boundary(k) && r.toks[k].low != ","; k-- {
		if r.toks[k].low == "had" && k != i-1 && r.participleAfter(k) {
			return true
		}
		if r.toks[k].flags&fPara != 0 {
			break
		}
		if r.toks[k].low == "that" && r.low(k-1) == "and" {
			break // "had paid off its loans and that rates would come down by July": another reported clause
		}
	}
	for k := j; k < len(r.toks) && k < j+8 && !r.boundary(k); k++ {
		if r.toks[k].flags&fPara != 0 {
			break
		}
		if r.toks[k].low == "had" && r.participleAfter(k) {
			return true
		}
	}
	return false
}

// participleAfter reports whether a past participle follows the auxiliary
// at k, past adverbs and negation.
func (r *run) participleAfter(k int) bool {
	for n := k + 1; n < len(r.toks) && n <= k+3; n++ {
		t := &r.toks[n]
		if t.kind != kWord {
			if t.low == "'" || t.low == "’" {
				continue // "had n't" split by the scanner
			}
			return false
		}
		switch t.low {
		case "not", "n't", "t", "already", "never", "also", "just", "only", "previously", "recently", "long":
			continue
		case "been":
			return true
		}
		if t.pos != "" {
			return t.pos == "VBN" || t.pos == "VBD"
		}
		w := t.low
		return len(w) >= 4 && (w[len(w)-2:] == "ed" || w[len(w)-2:] == "en")
	}
	return false
}

// pastPerfect reports whether the word at k follows "had" or "had been":
// "had been scheduled to expire Friday" puts a plan in the past.
func (r *run) pastPerfect(k int) bool {
	return r.low(k-1) == "had" || r.low(k-1) == "been" && r.low(k-2) == "had"
}

// pastPlan reports whether "planned" at k tells a plan made in the past, in
// a clause of its own: "as previously planned Saturday night", "the
// government planned to pay the claims on Friday" (a writer whose Friday
// is still ahead writes "plans to"). The participle keeps its future: "a
// vote planned for May", "talks are planned to resume Friday"; so does a
// date inside the infinitive ("planned to leave on Thursday"), whose "to"
// is its own cue.
func (r *run) pastPlan(k int) bool {
	if r.low(k) != "planned" {
		return false
	}
	switch r.low(k - 1) {
	case "previously", "originally", "initially", "first", "as":
		return true
	case "is", "are", "was", "were", "be", "been", "being", "'s", "not", "n't", "still", "now", "also":
		return false
	}
	if r.low(k+1) != "to" || k == 0 {
		return false
	}
	p := &r.toks[k-1]
	return p.kind == kWord && (p.pos == "" || strings.HasPrefix(p.pos, "NN") || p.pos == "PRP") && p.wi == nil
}

// yearAgoQuarter is the value of a year-ago reference ("a year earlier",
// "the year-earlier period") in a story that reports on quarter q: that
// quarter of year y, unless the sentence before token i is about a longer
// period ("For the nine months, net was ... a year earlier", "in the first
// half"), whose year-ago counterpart is no quarter: then the year y.
func (r *run) yearAgoQuarter(i, y, q int) string {
	for k := i - 1; k >= 0 && k >= i-40 && !r.boundary(k); k-- {
		switch r.toks[k].low {
		case "months":
			if p := &r.toks[k-1]; k > 0 && (p.kind == kNum && p.num > 3 && p.num < 12 || p.wi != nil && p.wi.cls&cNumber != 0 && p.wi.num > 3 && p.wi.num < 12) {
				return fmtYear(y)
			}
		case "half":
			if r.low(k-1) == "first" || r.low(k-1) == "second" {
				return fmtYear(y)
			}
		}
	}
	return fmtQuarter(y, q)
}
