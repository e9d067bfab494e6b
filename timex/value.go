package timex

import (
	"strconv"
	"strings"
	"time"
)

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

func fmtYear(y int) string       { return pad(y, 4) }
func fmtMonth(y, m int) string   { return pad(y, 4) + "-" + pad(m, 2) }
func fmtDay(t time.Time) string  { return t.Format("2006-01-02") }
func fmtWeek(t time.Time) string { y, w := t.ISOWeek(); return pad(y, 4) + "-W" + pad(w, 2) }

// isoWeekStart returns the Monday of ISO week wk of year y.
func isoWeekStart(y, wk int) time.Time {
	// January 4 is always in week 1.
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := int(jan4.Weekday()+6) % 7 // Monday 0
	return jan4.AddDate(0, 0, -wd+7*(wk-1))
}
func fmtQuarter(y, q int) string { return pad(y, 4) + "-Q" + strconv.Itoa(q) }

// easter returns Western Easter Sunday of year y (anonymous Gregorian
// algorithm).
func easter(y int) time.Time {
	a := y % 19
	b := y / 100
	c := y % 100
	d := b / 4
	e := b % 4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i := c / 4
	k := c % 4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, month, day)
}

// holidayDate evaluates a holidays.txt rule for year y.
func holidayDate(rule string, y int) (time.Time, bool) {
	if rest, ok := strings.CutPrefix(rule, "easter"); ok {
		n, err := strconv.Atoi(strings.TrimPrefix(rest, "+"))
		if err != nil {
			return time.Time{}, false
		}
		return easter(y).AddDate(0, 0, n), true
	}
	if len(rule) == 5 && rule[2] == '-' {
		m, err1 := strconv.Atoi(rule[:2])
		d, err2 := strconv.Atoi(rule[3:])
		if err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
			return time.Time{}, false
		}
		return date(y, m, d), true
	}
	f := strings.Split(rule, "/")
	if len(f) != 3 {
		return time.Time{}, false
	}
	plus := strings.HasSuffix(f[2], "+") // the day after: Election Day
	m, err1 := strconv.Atoi(f[0])
	n, err2 := strconv.Atoi(f[1])
	wd, err3 := strconv.Atoi(strings.TrimSuffix(f[2], "+"))
	if err1 != nil || err2 != nil || err3 != nil || m < 1 || m > 12 || wd < 1 || wd > 7 || n == 0 || n > 5 || n < -1 {
		return time.Time{}, false
	}
	var t time.Time
	if n > 0 {
		t = date(y, m, 1)
		for isoWeekday(t) != wd {
			t = t.AddDate(0, 0, 1)
		}
		t = t.AddDate(0, 0, 7*(n-1))
	} else {
		t = date(y, m+1, 0)
		for isoWeekday(t) != wd {
			t = t.AddDate(0, 0, -1)
		}
	}
	if plus {
		t = t.AddDate(0, 0, 1)
	}
	return t, true
}

func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

func daysIn(y, m int) int { return date(y, m+1, 0).Day() }

// DateOf returns the calendar part of a TIMEX3 DATE value usable as an
// event's date: "YYYY", "YYYY-MM" or "YYYY-MM-DD". Weeks map to the month
// they mostly fall in ("2023-W05" → "2023-02"), quarters, halves and seasons
// to their year, a time of day to its date. It returns false for values that
// name no calendar date: PAST_REF, PRESENT_REF, FUTURE_REF, partial values
// such as "XXXX-09-24", durations and sets, decades and centuries.
func DateOf(value string) (string, bool) {
	if len(value) < 4 || !allDigits(value[:4]) {
		return "", false
	}
	y := value[:4]
	rest := value[4:]
	if rest == "" {
		return y, true
	}
	if rest[0] != '-' || len(rest) < 2 {
		return "", false
	}
	rest = rest[1:]
	switch {
	case len(rest) >= 2 && allDigits(rest[:2]):
		m, _ := strconv.Atoi(rest[:2])
		if m < 1 || m > 12 {
			return "", false
		}
		mo := y + "-" + rest[:2]
		if len(rest) == 2 || rest[2] == 'T' {
			return mo, true
		}
		if rest[2] != '-' || len(rest) < 5 || !allDigits(rest[3:5]) {
			return mo, true
		}
		d, _ := strconv.Atoi(rest[3:5])
		yy, _ := strconv.Atoi(y)
		if d < 1 || d > daysIn(yy, m) {
			return mo, true
		}
		return mo + "-" + rest[3:5], true
	case rest[0] == 'W' && len(rest) >= 3 && allDigits(rest[1:3]):
		w, _ := strconv.Atoi(rest[1:3])
		yy, _ := strconv.Atoi(y)
		if w < 1 || w > 53 {
			return y, true
		}
		// Thursday of ISO week w decides its month.
		jan4 := date(yy, 1, 4)
		mon := jan4.AddDate(0, 0, 1-isoWeekday(jan4)+7*(w-1))
		thu := mon.AddDate(0, 0, 3)
		return thu.Format("2006-01"), true
	case rest[0] == 'Q' || rest[0] == 'H' || rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI" || rest[0] == 'W':
		return y, true
	}
	return "", false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// Granularity names the calendar unit of a DATE or TIME value: "year",
// "month", "day", "week", "quarter", "half", "season", "decade", "century",
// "time", or "" for references, durations and sets.
func Granularity(value string) string {
	if strings.Contains(value, "T") && len(value) > 10 && allDigits(value[:4]) {
		return "time"
	}
	switch {
	case len(value) == 2 && allDigits(value):
		return "century"
	case len(value) == 3 && allDigits(value):
		return "decade"
	case len(value) == 4 && allDigits(value):
		return "year"
	case len(value) < 6 || !allDigits(value[:4]) || value[4] != '-':
		return ""
	}
	r := value[5:]
	switch {
	case len(r) == 2 && allDigits(r):
		return "month"
	case len(r) == 5 && allDigits(r[:2]) && allDigits(r[3:]):
		return "day"
	case r[0] == 'W' && len(r) == 3:
		return "week"
	case r[0] == 'W':
		return "day"
	case r[0] == 'Q':
		return "quarter"
	case r[0] == 'H':
		return "half"
	case r == "SP" || r == "SU" || r == "FA" || r == "WI":
		return "season"
	}
	return ""
}
