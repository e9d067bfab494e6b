package timex

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed data/*.txt
var dataFS embed.FS

// Word classes (bits of wordInfo.cls).
const (
	cMonth uint32 = 1 << iota
	cWeekday
	cSeason
	cNumber
	cOrdinal
	cUnit
	cDaypart
	cDecade
	cTZ
	cMod
	cPhrase   // first word of a phrase in phrases.txt
	cHoliday  // first word of a holiday name
	cFuture   // tense cue: future
	cPast     // tense cue: past
	cNotPast  // -ed word that is no past-tense verb
	cCount    // count noun: vetoes a year before it
	cNotBef   // vetoes a year after it
	cAbbr     // abbreviation (month)
	cAmb      // ambiguous with a common word
	cPlural   // plural unit / daypart
	cRelative // this, last, next, ... (set in code)
	cAbbrev   // abbreviation before a full stop: "Mr."
	cFutureTo // "plans" in "plans to": future
	cDet      // determiner: an -ed word after it is an adjective
	cGeneric  // noun after "today's" in the sense "nowadays"
	cStreet   // street word: "1600 Pennsylvania Avenue" is an address
	cMeasure  // unit of measure: "205 km per hour" is a speed, no SET
	cNameHead // head of a name a date may start: "the October Revolution"
	cNameMod  // word that makes a name of a day after it: "Bloody Sunday"
	cNotVerb  // never a verb, whatever a tagger says: "attorneys general"
)

// wordInfo is everything the lexicon knows about one lower-case word.
type wordInfo struct {
	cls     uint32
	month   int    // 1-12
	weekday int    // 1-7
	num     int    // number or ordinal value
	season  string // SP, SU, FA, WI
	unit    string // Y, M, W, D, H, MIN, S, DE, CE, Q, FN, WE
	daypart string // MO, AF, EV, NI or HH:MM
	decade  int
	mod     string
}

// phrase is a fixed expression from phrases.txt.
type phrase struct {
	words []string
	typ   string
	value string
}

// holiday is a named day from holidays.txt.
type holiday struct {
	words []string
	rule  string
}

// lexicon is the loaded data.
type lexicon struct {
	words    map[string]*wordInfo
	phrases  map[string][]phrase  // by first word, longest first
	holidays map[string][]holiday // by first word, longest first
}

func (lx *lexicon) info(w string) *wordInfo {
	wi := lx.words[w]
	if wi == nil {
		wi = &wordInfo{}
		lx.words[w] = wi
	}
	return wi
}

// lines calls fn with the fields of each non-blank, non-comment line of the
// embedded file name; an error from fn is reported with file and line.
func lines(name string, fn func(f []string) error) error {
	data, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return fmt.Errorf("timex: reading %s: %w", name, err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if err := fn(strings.Fields(line)); err != nil {
			return fmt.Errorf("timex: data/%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{
		words:    map[string]*wordInfo{},
		phrases:  map[string][]phrase{},
		holidays: map[string][]holiday{},
	}
	err := lines("words.txt", func(f []string) error {
		if len(f) < 3 || len(f) > 4 {
			return fmt.Errorf("want CLASS WORD VALUE [FLAGS], got %d fields", len(f))
		}
		w := strings.ToLower(f[1])
		wi := lx.info(w)
		v := f[2]
		atoi := func(lo, hi int) (int, error) {
			n, err := strconv.Atoi(v)
			if err != nil || n < lo || n > hi {
				return 0, fmt.Errorf("bad %s value %q", f[0], v)
			}
			return n, nil
		}
		var err error
		switch f[0] {
		case "month":
			wi.cls |= cMonth
			wi.month, err = atoi(1, 12)
		case "weekday":
			wi.cls |= cWeekday
			wi.weekday, err = atoi(1, 7)
		case "season":
			wi.cls |= cSeason
			switch v {
			case "SP", "SU", "FA", "WI":
				wi.season = v
			default:
				err = fmt.Errorf("bad season %q", v)
			}
		case "number":
			wi.cls |= cNumber
			wi.num, err = atoi(0, 1000000)
		case "ordinal":
			wi.cls |= cOrdinal
			wi.num, err = atoi(1, 1000)
		case "unit":
			wi.cls |= cUnit
			switch v {
			case "Y", "M", "W", "D", "H", "MIN", "S", "DE", "CE", "Q", "FN", "WE", "HY":
				wi.unit = v
			default:
				err = fmt.Errorf("bad unit %q", v)
			}
		case "daypart":
			wi.cls |= cDaypart
			wi.daypart = v
		case "decade":
			wi.cls |= cDecade
			wi.decade, err = atoi(0, 9)
		case "tz":
			wi.cls |= cTZ
		case "mod":
			wi.cls |= cMod
			wi.mod = v
		default:
			err = fmt.Errorf("unknown class %q", f[0])
		}
		if err != nil {
			return err
		}
		if len(f) == 4 {
			for _, fl := range strings.Split(f[3], ",") {
				switch fl {
				case "abbr":
					wi.cls |= cAbbr
				case "amb":
					wi.cls |= cAmb
				case "pl":
					wi.cls |= cPlural
				default:
					return fmt.Errorf("unknown flag %q", fl)
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = lines("phrases.txt", func(f []string) error {
		if len(f) < 3 {
			return fmt.Errorf("want TYPE VALUE WORDS..., got %d fields", len(f))
		}
		switch f[0] {
		case "DATE", "TIME", "DURATION", "SET":
		default:
			return fmt.Errorf("bad type %q", f[0])
		}
		p := phrase{typ: f[0], value: f[1], words: lowerAll(f[2:])}
		lx.info(p.words[0]).cls |= cPhrase
		lx.phrases[p.words[0]] = insertLongest(lx.phrases[p.words[0]], p, len(p.words), func(q phrase) int { return len(q.words) })
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = lines("holidays.txt", func(f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want RULE WORDS..., got %d fields", len(f))
		}
		if _, ok := holidayDate(f[0], 2000); !ok {
			return fmt.Errorf("bad rule %q", f[0])
		}
		h := holiday{rule: f[0], words: lowerAll(f[1:])}
		lx.info(h.words[0]).cls |= cHoliday
		lx.holidays[h.words[0]] = insertLongest(lx.holidays[h.words[0]], h, len(h.words), func(q holiday) int { return len(q.words) })
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = lines("context.txt", func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want CLASS WORD, got %d fields", len(f))
		}
		wi := lx.info(strings.ToLower(f[1]))
		switch f[0] {
		case "future":
			wi.cls |= cFuture
		case "past":
			wi.cls |= cPast
		case "notpast":
			wi.cls |= cNotPast
		case "notverb":
			wi.cls |= cNotVerb
		case "countnoun":
			wi.cls |= cCount
		case "notbefore":
			wi.cls |= cNotBef
		case "abbrev":
			wi.cls |= cAbbrev
		case "futureto":
			wi.cls |= cFutureTo
		case "det":
			wi.cls |= cDet
		case "generic":
			wi.cls |= cGeneric
		case "street":
			wi.cls |= cStreet
		case "measure":
			wi.cls |= cMeasure
		case "namehead":
			wi.cls |= cNameHead
		case "namemod":
			wi.cls |= cNameMod
		default:
			return fmt.Errorf("unknown class %q", f[0])
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, w := range []string{"this", "last", "next", "past", "coming", "previous", "following", "current", "latest", "same", "that", "recent", "prior", "preceding", "upcoming"} {
		lx.info(w).cls |= cRelative
	}
	return lx, nil
}

func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

// insertLongest inserts x into s keeping s sorted by decreasing length.
func insertLongest[T any](s []T, x T, n int, length func(T) int) []T {
	i := 0
	for i < len(s) && length(s[i]) >= n {
		i++
	}
	s = append(s, x)
	copy(s[i+1:], s[i:])
	s[i] = x
	return s
}
