package timex

import (
	"strings"
	"testing"

	"github.com/annals-dev/annals/doc"
)

// TestBusinessPeriods: periods of business news measured up to a date are
// durations; "for the year" alone is the year reported on.
func TestBusinessPeriods(t *testing.T) {
	runCases(t, []tagCase{
		{"1994-06-15", "Turnover reached $52 million for the year ended April 30.", []want{{"the year", "DURATION", "P1Y"}, {"April 30", "DATE", "1994-04-30"}}},
		{"1994-06-15", "The brewer forecasts a deficit for the year ending Sept. 30, 1995.", []want{{"the year", "DURATION", "P1Y"}, {"Sept. 30, 1995", "DATE", "1995-09-30"}}},
		{"1994-06-15", "In the fiscal year ended Feb. 28, exports grew.", []want{{"the fiscal year", "DURATION", "P1Y"}, {"Feb. 28", "DATE", "1994-02-28"}}},
		{"1994-06-15", "For the year, cement shipments were unchanged.", []want{{"the year", "DATE", "1994"}}},
		{"2001-03-09", "For the week, the bond fund slipped 1.5%.", []want{{"the week", "DATE", "2001-W10"}}},
		{"2001-03-09", "Tuesday brought the week's heaviest trading.", []want{{"Tuesday", "DATE", "2001-03-06"}, {"the week", "DATE", "2001-W10"}}},
	})
}

// TestReportedQuarter: "a year ago" and "the year-earlier period" refer to
// the quarter a story reports on, its first recent quarter or a later one
// already ended, not to the last quarter it mentions.
func TestReportedQuarter(t *testing.T) {
	runCases(t, []tagCase{
		{"1997-10-29", "The retailer reported higher third-quarter earnings. After a weak second quarter, profit climbed from $54 million a year ago.",
			[]want{{"third-quarter", "DATE", "1997-Q3"}, {"second quarter", "DATE", "1997-Q2"}, {"a year ago", "DATE", "1996-Q3"}}},
		{"1995-11-08", "Third-quarter profit slipped. German orders for last year's quarter came to $7 million, compared with $9 million in the corresponding period last year.",
			[]want{{"Third-quarter", "DATE", "1995-Q3"}, {"last year's quarter", "DATE", "1994-Q3"}, {"the corresponding period last year", "DATE", "1994-Q3"}}},
		// Without a reported quarter, "last year" is the year.
		{"1989-10-30", "Sales rose from the same period last year.", []want{{"last year", "DATE", "1988"}}},
		// A quarter of another year is no report's quarter.
		{"1996-10-24", "The bank suspended its payout in the third quarter of 1991. It posted third-quarter earnings of $112 million, up from $97 million a year ago.",
			[]want{{"the third quarter of 1991", "DATE", "1991-Q3"}, {"third-quarter", "DATE", "1996-Q3"}, {"a year ago", "DATE", "1995-Q3"}}},
		// A later quarter already ended takes over (a fiscal first quarter
		// is often a later calendar one); the quarter under way does not.
		{"2007-10-24", "Grain shipments rose in the fiscal first quarter. Third-quarter profit doubled from a year earlier, and the fourth quarter looks weaker than a year ago.",
			[]want{{"the fiscal first quarter", "DATE", "2007-Q1"}, {"Third-quarter", "DATE", "2007-Q3"}, {"a year earlier", "DATE", "2006-Q3"}, {"the fourth quarter", "DATE", "2007-Q4"}, {"a year ago", "DATE", "2006-Q3"}}},
	})
}

// TestTenseCues: the tense that resolves an underspecified date comes from
// the whole left part of its clause, skipping adjectives in -ed and
// reading the past perfect as past.
func TestTenseCues(t *testing.T) {
	runCases(t, []tagCase{
		// "unspecified" is an adjective; "would" governs.
		{"1997-09-10", "The bonus shares would be issued on a yet undisclosed date in March.", []want{{"March", "DATE", "1998-03"}}},
		// "will" is more than twelve words to the left.
		{"2004-05-12", "Captain Maria Delgado will be appointed head of the Southern Atlantic Research Fleet for an expedition in November.", []want{{"November", "DATE", "2004-11"}}},
		// Past perfect: the plan lies in the past.
		{"1993-04-14", "The tender had been timed to lapse at midnight Friday.", []want{{"midnight Friday", "TIME", "1993-04-09T24:00"}}},
		{"1993-04-14", "The warrant had been due to run out Friday evening.", []want{{"Friday evening", "TIME", "1993-04-09TEV"}}},
		// A past verb right before the date's preposition: the month is
		// wholly past, even one or two months ahead of the document date.
		{"2013-01-09", "Talks collapsed in March after three rounds.", []want{{"March", "DATE", "2012-03"}}},
		{"2013-01-09", "The envoy said talks resume in March.", []want{{"March", "DATE", "2013-03"}}},
		// "as early as" looks forward even after a past verb.
		{"2000-04-03", "Officials said the father would come as early as Tuesday.", []want{{"Tuesday", "DATE", "2000-04-04"}}},
		{"2000-04-03", "Officials said he left as soon as Friday.", []want{{"Friday", "DATE", "2000-04-07"}}},
		// Without "had", the schedule looks ahead.
		{"1989-10-30", "The offer is scheduled to expire Friday.", []want{{"Friday", "DATE", "1989-11-03"}}},
		// A scheduled event told in the present looks ahead; its
		// infinitive says nothing.
		{"2011-06-10", "She and Okafor meet separately Monday with the mediator.", []want{{"Monday", "DATE", "2011-06-13"}}},
		{"2013-03-22", "The trial opens Tuesday in Nicosia.", []want{{"Tuesday", "DATE", "2013-03-26"}}},
		{"2013-01-09", "The law, passed Tuesday, takes effect Friday.", []want{{"Tuesday", "DATE", "2013-01-08"}, {"Friday", "DATE", "2013-01-11"}}},
		{"2013-01-09", "The premier visits Ankara Saturday.", []want{{"Saturday", "DATE", "2013-01-12"}}},
		// "this" with no tense: the day of the document's week.
		{"2013-01-09", "This Friday, the court rules on the appeal.", []want{{"This Friday", "DATE", "2013-01-11"}}},
		{"2013-01-09", "This Monday's raid left four dead.", []want{{"This Monday", "DATE", "2013-01-07"}}},
		{"2013-03-20", "The summit ends Sunday.", []want{{"Sunday", "DATE", "2013-03-24"}}},
		{"1989-10-26", "It was difficult to meet demand in the summer.", []want{{"the summer", "DATE", "1989-SU"}}},
	})
}

// processTagged runs Process on text dated dct, its words (split at spaces,
// commas and full stops) carrying the part-of-speech tags of tags; a nil
// map leaves the document without tokens.
func processTagged(t *testing.T, text, dct string, tags map[string]string) []doc.Timex {
	t.Helper()
	d := &doc.Document{Text: text, Date: day(dct)}
	if tags != nil {
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
			i := strings.Index(text, w)
			d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: i, End: i + len(w)}, Text: w, Tag: tags[w]})
		}
	}
	if err := testTagger.Process(d); err != nil {
		t.Fatal(err)
	}
	return d.Timexes
}

// TestPartOfSpeechCues: in Process, the tags of the document's tokens
// decide which words are past-tense verbs.
func TestPartOfSpeechCues(t *testing.T) {
	const text = "They swam home Friday, and they will rest."
	cases := []struct {
		name  string
		tags  map[string]string // word → tag; nil: untagged tokens
		value string
	}{
		// Untagged, "swam" (not in the past list) is no cue and "will" looks ahead.
		{"untagged", nil, "1998-08-21"},
		// Tagged, "swam" is a past-tense verb.
		{"tagged", map[string]string{"They": "PRP", "swam": "VBD", "home": "RB", "Friday": "NNP", "and": "CC", "they": "PRP", "will": "MD", "rest": "VB"}, "1998-08-14"},
		// A tagged adjective in -ed is no past tense.
		{"adjective", map[string]string{"swam": "JJ"}, "1998-08-21"},
	}
	for _, c := range cases {
		if got := processTagged(t, text, "1998-08-19", c.tags); len(got) != 1 || got[0].Value != c.value {
			t.Errorf("%s: got %+v, want Friday = %s", c.name, got, c.value)
		}
	}
}

// TestOwnPastVerb: a month named by a clause whose own past verb (tagged
// VBD) is not one of saying or planning lies wholly in the past, even one
// or two months after the document date; a verb of saying leaves room for
// a month still ahead.
func TestOwnPastVerb(t *testing.T) {
	cases := []struct {
		text  string
		tags  map[string]string
		value string
	}{
		{"He won the Open in September.", map[string]string{"He": "PRP", "won": "VBD", "the": "DT", "Open": "NNP", "in": "IN", "September": "NNP"}, "2012-09"},
		{"Rebels seized the town in August.", map[string]string{"Rebels": "NNS", "seized": "VBD", "the": "DT", "town": "NN", "in": "IN", "August": "NNP"}, "2012-08"},
		{"He announced elections in September.", map[string]string{"He": "PRP", "announced": "VBD", "elections": "NNS", "in": "IN", "September": "NNP"}, "2013-09"},
		// An infinitive between dates its own act: the testimony may lie ahead.
		{"He subpoenaed Elian to testify on September 4.", map[string]string{"He": "PRP", "subpoenaed": "VBD", "Elian": "NNP", "to": "TO", "testify": "VB", "on": "IN", "September": "NNP", "4": "CD"}, "2013-09-04"},
	}
	for _, c := range cases {
		if got := processTagged(t, c.text, "2013-07-07", c.tags); len(got) != 1 || got[0].Value != c.value {
			t.Errorf("%q: got %+v, want %s", c.text, got, c.value)
		}
	}
}

// TestSpansAndConditions: "over the next decade" is a stretch of time
// like "the past decade"; a month in a present-tense condition ("if he is
// elected in November") lies ahead.
func TestSpansAndConditions(t *testing.T) {
	runCases(t, []tagCase{
		{"2012-06-28", "Coverage will grow over the next decade.", []want{{"the next decade", "DURATION", "P10Y"}}},
		{"2012-06-28", "Sales will double in the next decade.", []want{{"the next decade", "DATE", "202"}}},
		{"2012-06-28", "Romney renewed his promise to repeal the law if he is elected in November.", []want{{"November", "DATE", "2012-11"}}},
		{"2012-06-28", "Romney renewed his promise to repeal the law, which passed in November.", []want{{"November", "DATE", "2011-11"}}},
	})
}

// TestClockLengths: clock units may follow each other without "and", with
// decimal seconds; calendar units may not.
func TestClockLengths(t *testing.T) {
	runCases(t, []tagCase{
		{"2012-07-31", "She touched the wall in 1 minute 5.47 seconds.", []want{{"1 minute 5.47 seconds", "DURATION", "PT1M5.47S"}}},
		{"2012-07-31", "He finished in 2 hours 3 minutes.", []want{{"2 hours 3 minutes", "DURATION", "PT2H3M"}}},
		{"2012-07-31", "Talks lasted three hours and 20 minutes.", []want{{"three hours and 20 minutes", "DURATION", "PT3H20M"}}},
		{"2012-07-31", "The siege lasted two months 10 days.", []want{{"two months", "DURATION", "P2M"}, {"10 days", "DURATION", "P10D"}}},
		{"2012-07-31", "He set an Olympic record of 52.16 seconds.", []want{{"52.16 seconds", "DURATION", "PT52.16S"}}},
		{"2012-07-31", "He was jailed for 2.5 years.", []want{{"2.5 years", "DURATION", "P2.5Y"}}},
		{"2012-07-31", "Prices rose 2.5 percent.", nil},
		{"2012-07-31", "It lasted one minute and a second.", []want{{"one minute", "DURATION", "PT1M"}}},
	})
}

// TestBareLengthsAndTheSun: a bare plural unit opening a clause before
// "after" or "later" is a length; "the Sun." is no Sunday.
func TestBareLengthsAndTheSun(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-02-16", "Rebels seized the north, weeks after a coup.", []want{{"weeks", "DURATION", "PXW"}}},
		{"2013-02-16", "Days later, the army arrived.", []want{{"Days", "DURATION", "PXD"}}},
		{"2013-02-16", "In the weeks before the vote, rebels struck.", nil},
		{"2013-02-16", "Snyder signed the bills hours after the House voted.", nil}, // untagged: no verb is known
		{"2013-02-16", "The launch was halted half a second before liftoff.", []want{{"half a second", "DURATION", "PT0.5S"}}},
		{"2013-02-16", "A now-discredited study linked it to autism.", nil},
		{"2013-02-16", "Prices are now higher.", []want{{"now", "DATE", "PRESENT_REF"}}},
		{"2013-02-16", "The flash was brighter than the Sun.", nil},
		{"2013-02-16", "Officials will meet on Sun. Feb. 17.", []want{{"Sun. Feb. 17", "DATE", "2013-02-17"}}},
	})
}

// TestCountedSetsAndSpans: "twice a week" is one SET with its count (as in
// the TimeML guidelines); "over" after a noun is "across", not "more than".
func TestCountedSetsAndSpans(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-02-16", "He visits twice a week.", []want{{"twice a week", "SET", "P1W"}}},
		{"2013-02-16", "The comet returns once every 100 years.", []want{{"once every 100 years", "SET", "P100Y"}}},
		{"2013-02-16", "He came once, a year ago.", []want{{"a year ago", "DATE", "2012"}}},
	})
	tags2 := map[string]string{"Snyder": "NNP", "signed": "VBD", "the": "DT", "bills": "NNS", "hours": "NNS", "after": "IN", "House": "NNP", "voted": "VBD"}
	if got := processTagged(t, "Snyder signed the bills hours after the House voted.", "2012-12-11", tags2); len(got) != 1 || got[0].Value != "PTXH" {
		t.Errorf("bills hours after: got %+v, want hours PTXH", got)
	}
	tags := map[string]string{"He": "PRP", "was": "VBD", "elected": "VBN", "after": "IN", "five": "CD", "ballots": "NNS", "over": "IN", "two": "CD", "days": "NNS"}
	if got := processTagged(t, "He was elected after five ballots over two days.", "2013-03-14", tags); len(got) != 1 || got[0].Value != "P2D" || got[0].Mod != "" {
		t.Errorf("ballots over two days: got %+v, want two days P2D with no mod", got)
	}
}

// TestAheadOfAndReportedClauses: "ahead of Christmas" looks forward; a
// past perfect in one reported clause does not date the next ("had paid
// off its loans and that rates would come down by July").
func TestAheadOfAndReportedClauses(t *testing.T) {
	runCases(t, []tagCase{
		{"2012-12-18", "She said orders ahead of Christmas were running above forecasts.", []want{{"Christmas", "DATE", "2012-12-25"}}},
		{"2013-02-13", "He said the utility had paid off its loans and that rates would come down by July.", []want{{"July", "DATE", "2013-07"}}},
		{"2013-02-13", "He said the utility had settled its loans by July.", []want{{"July", "DATE", "2012-07"}}},
		// A market's close on a weekday is past, even under "will".
		{"2013-06-11", "Veldkamp will pay a 27 percent premium to the closing price on Monday.", []want{{"Monday", "DATE", "2013-06-10"}}},
	})
}

// TestPeriodsOfPlay: in a sentence about a game, quarters and halves are
// periods of play, not of the year.
func TestPeriodsOfPlay(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-02-04", "Kaepernick ran 15 yards for a touchdown in the fourth quarter.", nil},
		{"2013-02-04", "Jones returned the second-half kickoff 108 yards.", nil},
		{"2013-02-04", "The company scored record profit in the third quarter.", []want{{"the third quarter", "DATE", "2012-Q3"}}},
	})
}

// TestZonesTitlesAndDescribedYears: a zone spelt out in words belongs to
// the time; a year in quotes after "album" is a title; "the year all three
// members were born" is no year of the document; a decimal after a year is
// no range of counts; "half-time" makes a sentence one about a game.
func TestZonesTitlesAndDescribedYears(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-11-05", "Management will discuss the results at 5 p.m. Eastern Time today.", []want{{"5 p.m. Eastern Time today", "TIME", "2013-11-05T17:00"}}},
		{"2013-11-05", `The band's album "1986" entered the charts.`, nil},
		{"2013-11-05", `The band formed in "1986", he said.`, []want{{"1986", "DATE", "1986"}}},
		{"2013-11-05", "The album was named after the year all three members were born.", nil},
		{"2013-11-05", "Sales rose 5 percent in the year.", []want{{"the year", "DATE", "2013"}}},
		{"2013-11-05", "The deficit target is 4 percent in 2014 and 2.5 percent in 2015.", []want{{"2014", "DATE", "2014"}, {"2015", "DATE", "2015"}}},
		{"2013-11-05", "The index rose from 1990 to 2000 points.", nil},
		{"2013-11-05", "Lysefjord led 1-0 at half-time but dominated the second half.", nil},
	})
}

// TestAnalyzerErrors: an analyzer failure reaches the caller of TimeML.
func TestAnalyzerErrors(t *testing.T) {
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tg.SetAnalyzer(func(*doc.Document) error { return errTest })
	src := `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-19">1998-08-19</TIMEX3></DCT><TEXT>It rained Friday.</TEXT></TimeML>`
	var b strings.Builder
	if err := tg.TimeML(strings.NewReader(src), &b); err == nil || !strings.Contains(err.Error(), "test failure") {
		t.Errorf("TimeML error = %v, want the analyzer's", err)
	}
}

type testError struct{}

func (testError) Error() string { return "test failure" }

var errTest error = testError{}

// TestDiscourseNowHalvesRanges: "Now," heading a sentence is a discourse
// marker; "and a half" completes a duration; the end of a month range takes
// the year of its start.
func TestDiscourseNowHalvesRanges(t *testing.T) {
	runCases(t, []tagCase{
		{"1998-01-08", "Now, he says, prices are high.", nil},
		{"1998-01-08", "He left. \"Now, we wait,\" he said.", nil},
		{"1998-01-08", "Prices are now high. Now prices fall.", []want{{"now", "DATE", "PRESENT_REF"}, {"Now", "DATE", "PRESENT_REF"}}},
		{"1998-01-08", "It took a minute and a half.", []want{{"a minute and a half", "DURATION", "PT1M30S"}}},
		{"1998-01-08", "They waited two hours and a half.", []want{{"two hours and a half", "DURATION", "PT2H30M"}}},
		{"1998-01-08", "The show runs from May to July.", []want{{"May", "DATE", "1998-05"}, {"July", "DATE", "1998-07"}}},
		{"1998-01-08", "It ran from Nov. 20 to Jan. 5.", []want{{"Nov. 20", "DATE", "1997-11-20"}, {"Jan. 5", "DATE", "1998-01-05"}}},
		// A weekday opens no month range.
		{"2003-01-10", "An update Friday to November's payroll data.", []want{{"Friday", "DATE", "2003-01-10"}, {"November", "DATE", "2002-11"}}},
	})
}

// TestWeekOf: "the week of March 6" and "Easter week" are ISO weeks.
func TestWeekOf(t *testing.T) {
	runCases(t, []tagCase{
		{"2000-02-24", "Talks resume the week of March 6.", []want{{"the week of March 6", "DATE", "2000-W10"}}},
		{"2000-02-24", "Sales for the week ending Feb. 19 fell.", []want{{"the week ending Feb. 19", "DATE", "2000-W07"}}},
		// Begun by the document date, so the past tense keeps this year's.
		{"2000-04-17", "Protesters prayed as Easter week began.", []want{{"Easter week", "DATE", "2000-W16"}}},
		{"2000-04-17", "Protesters prayed on Easter.", []want{{"Easter", "DATE", "1999-04-04"}}},
	})
}

// TestAdjectiveDurations: "day-long", "yearlong", "half-hour" are durations
// without the article of the noun they modify.
func TestAdjectiveDurations(t *testing.T) {
	runCases(t, []tagCase{
		{"2000-02-24", "a day-long strike", []want{{"day-long", "DURATION", "P1D"}}},
		{"2000-02-24", "a decades-long feud", []want{{"decades-long", "DURATION", "PXE"}}},
		{"2000-02-24", "a yearlong effort and weeklong talks", []want{{"yearlong", "DURATION", "P1Y"}, {"weeklong", "DURATION", "P1W"}}},
		{"2000-02-24", "the half-hour show", []want{{"half-hour", "DURATION", "PT30M"}}},
		{"2000-02-24", "a 10-day-long siege", []want{{"10-day-long", "DURATION", "P10D"}}},
		{"1998-03-03", "for the two day rally", []want{{"two day", "DURATION", "P2D"}}},
		{"1998-03-03", "for the two days of talks", []want{{"the two days", "DURATION", "P2D"}}},
	})
}

// TestQuotedTitles: a capitalized "This Week" in quotes names a programme.
func TestQuotedTitles(t *testing.T) {
	runCases(t, []tagCase{
		{"1996-03-04", `Ms. Harlan, appearing on CBS Radio's "This Week," said as much.`, nil},
		{"1996-03-04", `Harlan told NBC's "This Week With Carol Jennings" that she disagreed.`, nil},
		{"1996-03-04", `"This week will settle it," Harlan said.`, []want{{"This week", "DATE", "1996-W10"}}},
	})
}

// TestLastHalf: "the last half" is the second half of a year, the end of a
// decade or century.
func TestLastHalf(t *testing.T) {
	runCases(t, []tagCase{
		{"1989-11-02", "Sales slowed in the last half of 1989.", []want{{"the last half of 1989", "DATE", "1989-H2"}}},
		{"1989-11-02", "It boomed in the last half of the '80s.", []want{{"the last half of the '80s", "DATE", "198"}}},
		{"1989-11-02", "It will recover in the last half.", []want{{"the last half", "DATE", "1989-H2"}}},
	})
}

// TestHyphenatedModifiers: "late-November", "early-2000".
func TestHyphenatedModifiers(t *testing.T) {
	runCases(t, []tagCase{
		{"2000-01-28", "The mother died in late-November.", []want{{"late-November", "DATE", "1999-11"}}},
		{"2000-01-28", "Talks resume in early-2001.", []want{{"early-2001", "DATE", "2001"}}},
		{"2000-01-28", "a late-night show", nil},
	})
}

// TestOrdinalDays: days of the month in words, and a weekday named with
// its date.
func TestOrdinalDays(t *testing.T) {
	runCases(t, []tagCase{
		{"2001-06-06", "The runoff is this coming Saturday, June ninth.", []want{{"this coming Saturday, June ninth", "DATE", "2001-06-09"}}},
		{"1998-03-05", "It ended on March second, 1997.", []want{{"March second, 1997", "DATE", "1997-03-02"}}},
		// Not March 2: the month of the second round.
		{"1998-03-05", "the March second round", []want{{"March", "DATE", "1998-03"}}},
		{"1998-03-05", "In March first quarter results came.", []want{{"March", "DATE", "1998-03"}, {"first quarter", "DATE", "1998-Q1"}}},
	})
}

// TestBritishWeekdayDates: "Friday 22 March", "H1 2013".
func TestBritishWeekdayDates(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-03-22", "On Friday 22 March the talks ended.", []want{{"Friday 22 March", "DATE", "2013-03-22"}}},
		{"2013-03-22", "On Thursday, 21 March, he spoke.", []want{{"Thursday, 21 March", "DATE", "2013-03-21"}}},
		{"2013-03-22", "Friday 13 people died.", []want{{"Friday", "DATE", "2013-03-22"}}},
		{"2013-03-22", "Profit rose in H1 2013.", []want{{"H1 2013", "DATE", "2013-H1"}}},
		{"2013-03-22", "Section H 2013 applies.", []want{{"2013", "DATE", "2013"}}},
	})
}

// TestComingUnits: "in the coming years" marks "coming years"; the article
// stays outside, as in TimeBank and AQUAINT.
func TestComingUnits(t *testing.T) {
	runCases(t, []tagCase{
		{"2012-04-18", "The utility will add capacity over the coming years.", []want{{"coming years", "DURATION", "PXY"}}},
		{"1992-05-20", "Analysts see little relief in coming quarters.", []want{{"coming quarters", "DURATION", "PXQ"}}},
	})
}

// TestTodayNotADate: "today's youth" means nowadays; "USA Today" is a
// newspaper.
func TestTodayNotADate(t *testing.T) {
	runCases(t, []tagCase{
		{"2000-01-15", "The case is for today's youth what the war was for their parents.", nil},
		{"1998-03-31", "This is VOA Today.", nil},
		{"1998-03-31", "USA Today reported it.", nil},
		{"1998-03-31", "Today's vote was close.", []want{{"Today", "DATE", "1998-03-31"}}},
		{"1998-03-31", "The U.S. Today announced it.", []want{{"Today", "DATE", "1998-03-31"}}},
	})
}

// TestSpokenYears: years in words after a month or season (broadcast
// transcripts).
func TestSpokenYears(t *testing.T) {
	runCases(t, []tagCase{
		{"1998-02-23", "prices last reached in the winter of nineteen ninety-one", []want{{"the winter of nineteen ninety-one", "DATE", "1991-WI"}}},
		{"1998-02-27", "ever since March nineteen ninety-six", []want{{"March nineteen ninety-six", "DATE", "1996-03"}}},
		{"1998-02-27", "nineteen people died", nil},
	})
}

// TestDaypartBeforeDay: a part of the day before the day it belongs to.
func TestDaypartBeforeDay(t *testing.T) {
	runCases(t, []tagCase{
		{"1989-11-02", "Trading halted in mid-afternoon yesterday.", []want{{"mid-afternoon yesterday", "TIME", "1989-11-01TAF"}}},
		{"1989-11-02", "They met late afternoon Friday.", []want{{"late afternoon Friday", "TIME", "1989-10-27TAF"}}},
		{"1989-11-02", "Good afternoon everyone.", nil},
	})
}

// TestClockWords: "noon" and "midnight" take the day named after them, with
// or without "on", else the narrative's current day, like clock times.
func TestClockWords(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-01-09", "The truce took effect at midnight on Sunday.", []want{{"midnight on Sunday", "TIME", "2013-01-06T24:00"}}},
		{"2013-01-09", "The polls closed at noon Monday.", []want{{"noon Monday", "TIME", "2013-01-07T12:00"}}},
		{"2013-01-09", "Gunmen stormed the hotel on January 3. By noon, police had sealed the area.", []want{{"January 3", "DATE", "2013-01-03"}, {"noon", "TIME", "2013-01-03T12:00"}}},
	})
}

// TestModifiedDaypart: a bare part of the day after "early", "late" or
// "mid" is that part of the narrative's day; a hyphenated one before a
// noun is an adjective.
func TestModifiedDaypart(t *testing.T) {
	runCases(t, []tagCase{
		{"2004-07-19", "By mid afternoon the guns had fallen silent.", []want{{"mid afternoon", "TIME", "2004-07-19TAF"}}},
		{"2004-07-19", "Rain set in by late evening.", []want{{"late evening", "TIME", "2004-07-19TEV"}}},
		{"2004-07-19", "Militia fighters left on July 12. By mid-morning, the town was quiet.", []want{{"July 12", "DATE", "2004-07-12"}, {"mid-morning", "TIME", "2004-07-12TMO"}}},
		{"2004-07-19", "The late-night talks broke up without a deal.", nil},
		{"2004-07-19", "Late afternoon Friday the convoy arrived.", []want{{"Late afternoon Friday", "TIME", "2004-07-16TAF"}}},
	})
}

// TestVagueDurations: "the weeks ahead", "several quarters of losses".
func TestVagueDurations(t *testing.T) {
	runCases(t, []tagCase{
		{"1989-10-27", "Funds must sell junk in the weeks ahead.", []want{{"the weeks ahead", "DURATION", "PXW"}}},
		{"1993-07-21", "The chain turned a profit after several quarters of deficits.", []want{{"several quarters", "DURATION", "PXQ"}}},
		{"1989-10-27", "He won three-quarters of the vote.", nil},
	})
}

// TestMeasuresAreNoYears: a unit glued to the number makes it a measure.
func TestMeasuresAreNoYears(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-03-22", "He won the 1500m final after a 2000km trip.", nil},
		{"2013-03-22", "In 2012's budget and in 1999.", []want{{"2012", "DATE", "2012"}, {"1999", "DATE", "1999"}}},
	})
}

// TestNamedNumbersAreNoYears: a four-digit number named by a capitalized
// word inside the sentence, or a house number, is no year; after a
// preposition it still is.
func TestNamedNumbersAreNoYears(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-03-22", "The rebels founded a militia called Falcon 1996 in the north.", nil},
		{"2013-03-22", "Passengers waited at Gate 2010.", nil},
		{"2013-03-22", "The embassy stands at 1800 Massachusetts Avenue.", nil},
		{"2013-03-22", "In 2004 Victoria Street was closed.", []want{{"2004", "DATE", "2004"}}},
		{"2013-03-22", "Fighting resumed in Mosul in 2004.", []want{{"2004", "DATE", "2004"}}},
		{"2013-03-22", "Families gathered at the office at 1250 Avenida Bolivar.", nil},
		{"2013-03-22", "Write to 1900 Harbor Parkway, Oakland.", nil},
		{"2013-03-22", "Dial in with passcode 2011.", nil},
		// A day glued to letters is a model: "a Long March 2F rocket".
		{"2013-03-22", "A Long March 3B rocket lifted off on March 4.", []want{{"March 4", "DATE", "2013-03-04"}}},
		{"2013-03-22", "The 21st Century Forum met in Hanoi.", nil},
		// A code of capitals and digits after it names an asteroid.
		{"2013-02-16", "Asteroid 2012 DA14 passed within 27,700 km.", nil},
		{"2013-02-16", "By 2015 G7 leaders had met twice.", []want{{"2015", "DATE", "2015"}}},
	})
}

// TestWeekdayAbbreviations: "Wed.", "Tues." with their full stop or a date;
// "The Sun" and "SAT" are no days.
func TestWeekdayAbbreviations(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-03-22", "The vote was Wed March 20.", []want{{"Wed March 20", "DATE", "2013-03-20"}}},
		{"2013-03-22", "Talks began Tues. and ended.", []want{{"Tues.", "DATE", "2013-03-19"}}},
		{"2013-03-22", "The Sun said SAT scores fell. Wed couples dance.", nil},
		{"2013-03-22", "They met at 10 a.m. Fri. in Rome.", []want{{"10 a.m. Fri.", "TIME", "2013-03-22T10:00"}}},
	})
}

// TestDayFirstNumericDates: 22/03/2013 can only be day first.
func TestDayFirstNumericDates(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-03-22", "Filed on 22/03/2013.", []want{{"22/03/2013", "DATE", "2013-03-22"}}},
		{"2013-03-22", "Filed on 3/22/2013.", []want{{"3/22/2013", "DATE", "2013-03-22"}}},
		{"2013-03-22", "Code 13/13/2013.", nil},
	})
}

// TestPossessiveWeekdays: a weekday owning a reported event ("Wednesday's
// ruling") is past or today whatever the clause's tense, and an
// approximator before it belongs to the noun phrase.
func TestPossessiveWeekdays(t *testing.T) {
	runCases(t, []tagCase{
		{"2002-06-14", "Lawyers would seek to overturn Monday's verdict.", []want{{"Monday", "DATE", "2002-06-10"}}},
		{"2000-01-07", "They will appeal Thursday's decision.", []want{{"Thursday", "DATE", "2000-01-06"}}},
		// The document's own day.
		{"2000-01-07", "Protesters will gather after Friday's prayers.", []want{{"Friday", "DATE", "2000-01-07"}}},
		// Without the possessive, "will" looks ahead.
		{"2000-01-07", "The court will rule Wednesday.", []want{{"Wednesday", "DATE", "2000-01-12"}}},
		// "around" before a plain weekday is an approximator.
		{"2000-01-07", "The ruling came around Wednesday.", []want{{"around Wednesday", "DATE", "2000-01-05"}}},
		// Words before it that look forward: a coming day.
		{"2013-03-22", "Banks stayed shut ahead of Monday's deadline.", []want{{"Monday", "DATE", "2013-03-25"}}},
		{"2013-03-22", "Cyprus has until Monday's deadline to pay.", []want{{"Monday", "DATE", "2013-03-25"}}},
		// After "before", the clause decides.
		{"2013-03-22", "They will meet before Monday's vote.", []want{{"Monday", "DATE", "2013-03-25"}}},
		{"2006-03-13", "Her stake before Friday's sales is modest.", []want{{"Friday", "DATE", "2006-03-10"}}},
	})
}

// TestBritishPeriods: "the year to March" is the twelve months up to it.
func TestBritishPeriods(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-03-22", "Profit for the year to March 2013 fell.", []want{{"the year", "DURATION", "P1Y"}, {"March 2013", "DATE", "2013-03"}}},
		{"2013-03-22", "Prices rose over the year to February.", []want{{"the year", "DURATION", "P1Y"}, {"February", "DATE", "2013-02"}}},
	})
}

// TestDeadlinesInThePastPerfect: "by" and "until" look forward, unless the
// clause is in the past perfect.
func TestDeadlinesInThePastPerfect(t *testing.T) {
	runCases(t, []tagCase{
		{"2005-09-22", "Nineteen states had submitted their budget plans by Tuesday.", []want{{"Tuesday", "DATE", "2005-09-20"}}},
		{"2008-02-15", "Until Monday, police had not named Varga a suspect.", []want{{"Monday", "DATE", "2008-02-11"}}},
		{"2005-09-22", "States must submit their plans by Tuesday.", []want{{"Tuesday", "DATE", "2005-09-27"}}},
		// "since" starts in the past whatever the clause's tense.
		{"2013-03-22", "Banks will stay closed, as they have been since Saturday.", []want{{"Saturday", "DATE", "2013-03-16"}}},
		{"2013-03-22", "The bank will remain shut, closed since Monday.", []want{{"Monday", "DATE", "2013-03-18"}}},
		// "had" as the main verb: the deadline is still ahead.
		{"1990-08-16", "They said members had until Friday to file.", []want{{"Friday", "DATE", "1990-08-17"}}},
		// A past perfect in a clause set off by commas does not count.
		{"1996-10-10", "The merger, which had been rumored, is part of a strategy to cut debt by April.", []want{{"April", "DATE", "1997-04"}}},
	})
}

// TestAnaphoricWeekdays: "the previous Friday", "the following Monday"
// count from the narrative's day when the text has named one.
func TestAnaphoricWeekdays(t *testing.T) {
	runCases(t, []tagCase{
		{"1989-10-30", "Shares fell on Oct. 13, down 4% from the previous Friday.", []want{{"Oct. 13", "DATE", "1989-10-13"}, {"the previous Friday", "DATE", "1989-10-06"}}},
		{"1998-03-20", "The talks began on March 3 and ended the following Monday.", []want{{"March 3", "DATE", "1998-03-03"}, {"the following Monday", "DATE", "1998-03-09"}}},
		{"2013-01-07", "The agreement expired on Sept. 15, and the league locked the players out the next day.", []want{{"Sept. 15", "DATE", "2012-09-15"}, {"the next day", "DATE", "2012-09-16"}}},
		{"2013-01-07", "The league will vote the next day.", []want{{"the next day", "DATE", "2013-01-08"}}},
		{"2013-07-16", "Rebels attacked on Friday. That night they withdrew.", []want{{"Friday", "DATE", "2013-07-12"}, {"That night", "TIME", "2013-07-12TNI"}}},
		{"2013-07-16", "They spent that afternoon in a crevasse.", nil},
		// A range ahead ends after it starts; one told in the past is left.
		{"2012-10-15", "The road will be closed from 10 p.m. Friday until 5 a.m. Monday.", []want{{"10 p.m. Friday", "TIME", "2012-10-19T22:00"}, {"5 a.m. Monday", "TIME", "2012-10-22T05:00"}}},
		{"2013-12-20", "Cash machines switch over shortly after midnight on New Year's Eve.", []want{{"midnight", "TIME", "2013-12-31T24:00"}, {"New Year's Eve", "DATE", "2013-12-31"}}},
		{"2013-12-13", "The soldiers returned on Thursday night, just in time for Christmas.", []want{{"Thursday night", "TIME", "2013-12-12TNI"}, {"Christmas", "DATE", "2013-12-25"}}},
		// A clock time coordinated with one that names its day shares it.
		{"2012-12-05", "Polling stations will open at 7 a.m. and close at 5 p.m. on Friday.", []want{{"7 a.m.", "TIME", "2012-12-07T07:00"}, {"5 p.m. on Friday", "TIME", "2012-12-07T17:00"}}},
		{"2012-12-05", "Shops open at 9 a.m. and the market closes on Friday.", []want{{"9 a.m.", "TIME", "2012-12-05T09:00"}, {"Friday", "DATE", "2012-12-07"}}},
		{"2013-11-05", "Revenue for the three months ended Sept. 28 rose from the year-ago period.", []want{{"the three months", "DURATION", "P3M"}, {"Sept. 28", "DATE", "2013-09-28"}, {"the year-ago period", "DATE", "2012-Q3"}}},
		// Without a named day, the document's date is the anchor.
		{"1989-10-30", "Shares fell 4% from the previous Friday.", []want{{"the previous Friday", "DATE", "1989-10-27"}}},
	})
}

// TestDayLists: further days of the month after a month-day are dates of
// their own, unless the numbers count something.
func TestDayLists(t *testing.T) {
	runCases(t, []tagCase{
		{"1999-02-10", "The summit will be held on April 24 and 25.", []want{{"April 24", "DATE", "1999-04-24"}, {"25", "DATE", "1999-04-25"}}},
		{"1998-03-06", "Shares rose on Oct. 3, 4 and 5.", []want{{"Oct. 3", "DATE", "1997-10-03"}, {"4", "DATE", "1997-10-04"}, {"5", "DATE", "1997-10-05"}}},
		{"1998-03-06", "The vote is between June 1 and 15 in Geneva.", []want{{"June 1", "DATE", "1998-06-01"}, {"15", "DATE", "1998-06-15"}}},
		{"2014-03-04", "Fed policymakers next meet on March 18-19.", []want{{"March 18", "DATE", "2014-03-18"}, {"19", "DATE", "2014-03-19"}}},
		// Counted nouns and amounts are no days.
		{"1998-03-06", "On May 3 and 4 people died.", []want{{"May 3", "DATE", "1998-05-03"}}},
		{"1998-03-06", "On March 2, 13 and 14 percent voted.", []want{{"March 2", "DATE", "1998-03-02"}}},
		// Days run forward within the month.
		{"1998-03-06", "On March 20 and 5 of them left.", []want{{"March 20", "DATE", "1998-03-20"}}},
		// Day-first: the listed day takes the month and year after it.
		{"2013-03-22", "The survey, carried out between 1 and 14 March, found it.", []want{{"1", "DATE", "2013-03-01"}, {"14 March", "DATE", "2013-03-14"}}},
		{"2013-03-22", "The fair runs 1-3 April 2014.", []want{{"1", "DATE", "2014-04-01"}, {"3 April 2014", "DATE", "2014-04-03"}}},
		{"2013-03-22", "He scored 2 and 5 goals.", nil},
	})
}

// TestWeekdaysWithPluralDayparts: "Tuesday nights" recurs every week, and
// so does a weekday coordinated with it.
func TestWeekdaysWithPluralDayparts(t *testing.T) {
	runCases(t, []tagCase{
		{"1998-02-13", "Flights leave on Monday and Tuesday nights.", []want{{"Monday", "SET", "XXXX-WXX-1TNI"}, {"Tuesday nights", "SET", "XXXX-WXX-2TNI"}}},
		{"1998-02-13", "The show airs Sunday mornings.", []want{{"Sunday mornings", "SET", "XXXX-WXX-7TMO"}}},
		// A singular part of the day names one day.
		{"1998-02-13", "He arrived Monday and left Tuesday night.", []want{{"Monday", "DATE", "1998-02-09"}, {"Tuesday night", "TIME", "1998-02-10TNI"}}},
	})
}

// TestTimeWordsInNames: a capitalized season, holiday or clock word inside
// a proper name is no time.
func TestTimeWordsInNames(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-03-22", "Since the Arab Spring, the region changed.", nil},
		{"2013-03-22", "He competed at the Summer Olympics.", nil},
		{"2013-03-22", "The Winter Games open in February.", []want{{"February", "DATE", "2013-02"}}},
		{"2013-03-22", "The Good Friday Agreement held.", nil},
		{"1999-03-12", "The poster showed Gary Cooper in High Noon.", nil},
		{"1998-10-25", "The group launched the ``Autumn of Hope'' marches in 1987.", []want{{"1987", "DATE", "1987"}}},
		// Times with temporal modifiers, years or at the head of a
		// sentence stay times.
		{"2013-03-22", "Last Spring he left.", []want{{"Last Spring", "DATE", "2012-SP"}}},
		{"2013-03-22", "The Summer of 1998 was hot.", []want{{"The Summer of 1998", "DATE", "1998-SU"}}},
		{"2013-03-22", "On Christmas Day, he left.", []want{{"Christmas Day", "DATE", "2012-12-25"}}},
		{"2013-03-22", "Spring is coming.", []want{{"Spring", "DATE", "2013-SP"}}},
	})
}

// TestMoreHolidays: named days counted from other holidays.
func TestMoreHolidays(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-03-22", "Black Friday sales rose.", []want{{"Black Friday", "DATE", "2012-11-23"}}},
		{"2013-03-22", "Shops opened on Boxing Day.", []want{{"Boxing Day", "DATE", "2012-12-26"}}},
		{"2013-03-22", "On Ash Wednesday he spoke.", []want{{"Ash Wednesday", "DATE", "2013-02-13"}}},
		{"2013-03-22", "Services are held on Maundy Thursday.", []want{{"Maundy Thursday", "DATE", "2013-03-28"}}},
	})
}

// TestAmbiguousMonths: "March" and "May" after the article or a
// superlative and before a lower-case word are months; names are not.
func TestAmbiguousMonths(t *testing.T) {
	runCases(t, []tagCase{
		{"2007-08-20", "The October launch will allow them to compete.", []want{{"October", "DATE", "2007-10"}}},
		{"2013-03-22", "It was the coldest March in 50 years.", []want{{"March", "DATE", "2013-03"}, {"50 years", "DURATION", "P50Y"}}},
		{"2013-03-22", "The May elections will be close.", []want{{"May", "DATE", "2013-05"}}},
		{"2013-03-22", "He met Theresa May in London.", nil},
		{"2013-03-22", "The March of Dimes raised money.", nil},
		{"2013-03-22", "The honest May said no.", nil},
		{"2013-03-22", "Protesters march on.", nil},
	})
}

// TestFinalQuarter: "the final/last quarter of 2012" is its fourth
// quarter; "the last quarter" alone is the one before the document's.
func TestFinalQuarter(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-03-21", "Growth was 0.3% in the final quarter of 2012.", []want{{"the final quarter of 2012", "DATE", "2012-Q4"}}},
		{"2013-03-21", "Growth was 0.3% in the last quarter of 2012.", []want{{"the last quarter of 2012", "DATE", "2012-Q4"}}},
		{"2013-03-21", "Growth was weak in the final quarter.", []want{{"the final quarter", "DATE", "2012-Q4"}}},
		{"2013-03-21", "The final half of 2012 was weak.", []want{{"The final half of 2012", "DATE", "2012-H2"}}},
		{"2013-08-21", "Sales fell in the last quarter.", []want{{"the last quarter", "DATE", "2013-Q2"}}},
		{"2013-03-21", "It was the final game.", nil},
	})
}

// TestDayBeforeAfter: "the day before/after" a named day is one
// expression, a day from it.
func TestDayBeforeAfter(t *testing.T) {
	runCases(t, []tagCase{
		{"2009-11-27", "The day before last Wednesday's audit, she resigned.", []want{{"The day before last Wednesday", "DATE", "2009-11-24"}}},
		{"2000-02-24", "On the day after Christmas he left.", []want{{"the day after Christmas", "DATE", "1999-12-26"}}},
		{"2000-02-24", "The day after March 3, 1998 was cold.", []want{{"The day after March 3, 1998", "DATE", "1998-03-04"}}},
		{"2000-02-24", "The day before yesterday it rained.", []want{{"The day before yesterday", "DATE", "2000-02-22"}}},
		// Before an event, no day is named.
		{"2000-02-24", "The day after the election, he won.", nil},
	})
}

// TestSoon: "soon" next to a modal or an infinitive is the near future;
// relating two events ("soon after", "as soon as") or told in the past, it
// is no time.
func TestSoon(t *testing.T) {
	runCases(t, []tagCase{
		{"2011-06-14", "The mayor may soon announce a new budget.", []want{{"soon", "DATE", "FUTURE_REF"}}},
		{"2011-06-14", "The factory soon will hire two hundred workers.", []want{{"soon", "DATE", "FUTURE_REF"}}},
		{"2011-06-14", "Exporters expect prices to soon recover.", []want{{"soon", "DATE", "FUTURE_REF"}}},
		{"2011-06-14", "The ferry sank soon after leaving port.", nil},
		{"2011-06-14", "She was soon promoted to captain.", nil},
		{"2011-06-14", "He will call as soon as he lands.", nil},
		{"2011-06-14", "It is too soon to say.", nil},
	})
}

// TestCoarseReference: a day or month counted from a narrative date known
// only to the month or year keeps the unknown part unknown.
func TestCoarseReference(t *testing.T) {
	runCases(t, []tagCase{
		{"2005-03-10", "The bridge closed last October. Repairs began that same day.",
			[]want{{"last October", "DATE", "2004-10"}, {"that same day", "DATE", "2004-10-XX"}}},
		{"2005-03-10", "The mill burned in 1971. Workers were sent home that day.",
			[]want{{"1971", "DATE", "1971"}, {"that day", "DATE", "1971-XX-XX"}}},
		{"2005-03-10", "The union formed in 1971, and that month it struck.",
			[]want{{"1971", "DATE", "1971"}, {"that month", "DATE", "1971-XX"}}},
		// A day-level narrative date gives the day itself.
		{"2005-03-10", "The bridge closed on Oct. 4, 2004. Repairs began that same day.",
			[]want{{"Oct. 4, 2004", "DATE", "2004-10-04"}, {"that same day", "DATE", "2004-10-04"}}},
	})
}

// TestOvernight: "overnight" is the night before the narrative's day, and
// does not move that day.
func TestOvernight(t *testing.T) {
	runCases(t, []tagCase{
		{"2014-05-12", "Rebels shelled the town overnight.", []want{{"overnight", "TIME", "2014-05-11TNI"}}},
		{"2014-05-12", "Tokyo stocks fell Thursday, hurt by overnight losses on Wall Street, and closed 3% below the previous Thursday.",
			[]want{{"Thursday", "DATE", "2014-05-08"}, {"overnight", "TIME", "2014-05-07TNI"}, {"the previous Thursday", "DATE", "2014-05-01"}}},
	})
}

// TestYearAgoOfLongerPeriods: in earnings news, a year-ago reference in a
// sentence about the nine months or a half year is that period's year, not
// the story's quarter.
func TestYearAgoOfLongerPeriods(t *testing.T) {
	runCases(t, []tagCase{
		{"2003-10-21", "Third-quarter profit rose 8% from a year earlier. For the nine months, profit was $40 million, up from $31 million a year earlier.",
			[]want{{"Third-quarter", "DATE", "2003-Q3"}, {"a year earlier", "DATE", "2002-Q3"}, {"the nine months", "DURATION", "P9M"}, {"a year earlier", "DATE", "2002"}}},
		{"2003-10-21", "Third-quarter sales fell. In the first half, sales were flat compared with the year-earlier period.",
			[]want{{"Third-quarter", "DATE", "2003-Q3"}, {"the first half", "DATE", "2003-H1"}, {"the year-earlier period", "DATE", "2002"}}},
	})
}

// TestQuarterEnded: "the quarter ended July 31" is the calendar quarter
// holding most of its three months; "the quarter a year ago" is one
// expression, the story's quarter a year back.
func TestQuarterEnded(t *testing.T) {
	runCases(t, []tagCase{
		{"2007-09-12", "In the quarter ended July 31, bookings dropped.", []want{{"the quarter", "DATE", "2007-Q2"}, {"July 31", "DATE", "2007-07-31"}}},
		{"2008-11-05", "For the quarter ended Sept. 30, earnings climbed.", []want{{"the quarter", "DATE", "2008-Q3"}, {"Sept. 30", "DATE", "2008-09-30"}}},
		{"2004-11-09", "Third-quarter net rose 4%. For the quarter a year ago, the bank earned $5 million.",
			[]want{{"Third-quarter", "DATE", "2004-Q3"}, {"the quarter a year ago", "DATE", "2003-Q3"}}},
	})
}

// TestSomeDayAndTwoQuarters: "one day" after a modal is some day in the
// future; "the first two quarters" of a year is its first half.
func TestSomeDayAndTwoQuarters(t *testing.T) {
	runCases(t, []tagCase{
		{"2012-02-07", "Engineers say the rover could one day reach the crater.", []want{{"one day", "DATE", "FUTURE_REF"}}},
		{"2012-02-07", "The strike lasted one day.", []want{{"one day", "DURATION", "P1D"}}},
		{"2012-02-07", "Losses should narrow through the first two quarters of 2013.", []want{{"the first two quarters of 2013", "DATE", "2013-H1"}}},
	})
}

// TestThePastWeek: "the past week" is the seven days up to the document
// date, as the ISO week holding most of them; "last week" is the calendar
// week before the document's.
func TestThePastWeek(t *testing.T) {
	runCases(t, []tagCase{
		{"2016-06-10", "Prices have fallen over the past week.", []want{{"the past week", "DATE", "2016-W23"}}},
		{"2016-06-10", "Prices fell this past week.", []want{{"this past week", "DATE", "2016-W23"}}},
		{"2016-06-07", "Prices have fallen over the past week.", []want{{"the past week", "DATE", "2016-W22"}}},
		{"2016-06-10", "Prices fell last week.", []want{{"last week", "DATE", "2016-W22"}}},
	})
}

// TestBareDurations: a plural unit with no number is a length of time
// after "for", "within", the verb "last", or "after ... of".
func TestBareDurations(t *testing.T) {
	runCases(t, []tagCase{
		{"2001-10-09", "Officials warned the air campaign could last months.", []want{{"months", "DURATION", "PXM"}}},
		{"2001-10-09", "Convoys will resume within days.", []want{{"days", "DURATION", "PXD"}}},
		{"2001-10-09", "The accord ended decades of feuding.", []want{{"decades", "DURATION", "PXE"}}},
		{"2001-10-09", "The last weeks of the siege were grim.", nil},
		{"2001-10-09", "He served two years of a sentence.", []want{{"two years", "DURATION", "P2Y"}}},
	})
}

// TestReportedClauses: a date inside a clause introduced by "that" takes
// that clause's tense, not the reporting verb's.
func TestReportedClauses(t *testing.T) {
	runCases(t, []tagCase{
		{"2004-12-28", "The premier said Monday that New Year's Eve parties would be canceled.", []want{{"Monday", "DATE", "2004-12-27"}, {"New Year's Eve", "DATE", "2004-12-31"}}},
		{"2004-12-28", "Police said that Christmas Eve passed quietly.", []want{{"Christmas Eve", "DATE", "2004-12-24"}}},
		// A copula schedules a weekday.
		{"1994-06-20", "Sweden's next match is Friday against Russia.", []want{{"Friday", "DATE", "1994-06-24"}}},
		{"1994-06-20", "The runoff vote is on Sunday.", []want{{"Sunday", "DATE", "1994-06-26"}}},
	})
}

// TestAnaphoricWeeksAndSeasons: "the previous week" after "last week", and
// "that summer" after a dated event, count from the narrative.
func TestAnaphoricWeeksAndSeasons(t *testing.T) {
	runCases(t, []tagCase{
		{"2020-04-02", "Claims jumped last week, twice the record set the previous week.", []want{{"last week", "DATE", "2020-W13"}, {"the previous week", "DATE", "2020-W12"}}},
		{"2020-04-02", "Claims jumped, twice the record set the previous week.", []want{{"the previous week", "DATE", "2020-W13"}}},
		{"2013-04-24", "An audit on March 3, 2011 found gaps, and she was charged that summer.", []want{{"March 3, 2011", "DATE", "2011-03-03"}, {"that summer", "DATE", "2011-SU"}}},
	})
}

// TestBroadcastAndRates: a broadcast's "Now to Washington" is no time;
// "per hour" after a unit of measure is a rate, not a SET; a four-digit
// time takes the weekday after it.
func TestBroadcastAndRates(t *testing.T) {
	runCases(t, []tagCase{
		{"2007-02-09", "Now to Washington, where the Senate voted.", nil},
		{"2007-02-09", "Now is the moment to act.", []want{{"Now", "DATE", "PRESENT_REF"}}},
		{"2018-09-17", "Gusts reached 205 km per hour.", nil},
		{"2018-09-17", "Porters earn $2 per hour.", []want{{"per hour", "SET", "PT1H"}}},
		{"1995-01-18", "The quake struck at 2046 GMT Monday.", []want{{"2046 GMT Monday", "TIME", "1995-01-16T20:46"}}},
	})
}

// TestHabitualMonths: a month in a clause about what happens as a rule is
// any year's ("the rainy season normally runs from June to September").
func TestHabitualMonths(t *testing.T) {
	runCases(t, []tagCase{
		{"2002-09-10", "The lean season usually lasts from November to March.", []want{{"November", "DATE", "XXXX-11"}, {"March", "DATE", "XXXX-03"}}},
		{"2002-09-10", "The lean season lasted from November to March.", []want{{"November", "DATE", "2001-11"}, {"March", "DATE", "2002-03"}}},
	})
}

// TestProxyFindings: rules found on invented held-out-style documents.
func TestProxyFindings(t *testing.T) {
	runCases(t, []tagCase{
		// "last" as a verb is no modifier and no past cue.
		{"1996-12-04", "The talks are expected to last five days and end on Sunday.", []want{{"five days", "DURATION", "P5D"}, {"Sunday", "DATE", "1996-12-08"}}},
		// "could" looks ahead unless negated or perfect.
		{"2010-04-19", "The first flights could land on Wednesday.", []want{{"Wednesday", "DATE", "2010-04-21"}}},
		{"2010-04-19", "Neither he nor his aides could be reached Wednesday.", []want{{"Wednesday", "DATE", "2010-04-14"}}},
		// December's seasons: this year's summer is behind, next summer ahead.
		{"2021-12-27", "Observations should start by summer.", []want{{"summer", "DATE", "2022-SU"}}},
		{"2021-12-27", "Last summer was the hottest on record.", []want{{"Last summer", "DATE", "2021-SU"}}},
		// A holiday's part of the day is a TIME.
		{"2021-12-27", "The rocket lifted off on Christmas morning.", []want{{"Christmas morning", "TIME", "2021-12-25TMO"}}},
		// Adverbial "quarterly" and "annually" are SETs; adjectives are not.
		{"1993-07-20", "The company pays its dividend quarterly.", []want{{"quarterly", "SET", "P3M"}}},
		{"1993-07-20", "The board declared a quarterly dividend.", nil},
		// "hoped to" and "planned for" look ahead.
		{"1996-12-04", "The rebels hoped to sign an accord before Christmas.", []want{{"Christmas", "DATE", "1996-12-25"}}},
		{"1990-10-11", "Another relief flight is planned for Sunday.", []want{{"Sunday", "DATE", "1990-10-14"}}},
	})
}

// TestClockAndCalendarPhrases: o'clock times, phone numbers, yearly days
// and names that start with a date.
func TestClockAndCalendarPhrases(t *testing.T) {
	runCases(t, []tagCase{
		{"2009-10-02", "It's a quarter to eight.", []want{{"a quarter to eight", "TIME", "2009-10-02T07:45"}}},
		{"2009-10-02", "The ferry left at nine o'clock last night.", []want{{"nine o'clock last night", "TIME", "2009-10-01T21:00"}}},
		{"2009-10-02", "Relatives called the hotline, 0917 555 1212, all day.", nil},
		{"2009-10-02", "Pilgrims arrive each Dec. 12.", []want{{"each Dec. 12", "SET", "XXXX-12-12"}}},
		// A time of day belongs to the narrative's day; to a day ahead of
		// the document date only when its clause looks ahead too.
		{"1997-10-10", "The vote will be held on November 23. In a speech broadcast at 8:30 p.m., he set out the plan.", []want{{"November 23", "DATE", "1997-11-23"}, {"8:30 p.m.", "TIME", "1997-10-10T20:30"}}},
		{"1993-01-27", "The firm will release results on Feb. 18 and will hold a call at 10 a.m.", []want{{"Feb. 18", "DATE", "1993-02-18"}, {"10 a.m.", "TIME", "1993-02-18T10:00"}}},
		{"2005-06-08", "Rebels attacked on June 6. At 10 p.m. troops arrived.", []want{{"June 6", "DATE", "2005-06-06"}, {"10 p.m.", "TIME", "2005-06-06T22:00"}}},
		{"2009-10-02", "The notes pay interest semi-annually.", []want{{"semi-annually", "SET", "P6M"}}},
		{"2009-10-02", "Crowds filled July 22 Square and hailed the October Revolution.", nil},
		// With no tense, the nearest occurrence within four months ahead,
		// across the year's end too.
		{"1995-12-04", "Spanish boats gain access to the waters from January 1.", []want{{"January 1", "DATE", "1996-01-01"}}},
		// A compound adjective in -ed is no past verb; "fell due" is past.
		{"2008-05-20", "The state intends to sell an inflation-linked bond in the third quarter.", []want{{"the third quarter", "DATE", "2008-Q3"}}},
		{"2014-01-06", "The banks refused to roll over a loan that fell due on Dec. 31.", []want{{"Dec. 31", "DATE", "2013-12-31"}}},
	})
}

// TestSpansAndNames: a span the past tense closes, a fortnight, "following"
// as a preposition, days named after a parenthesis, and names made of
// days or papers.
func TestSpansAndNames(t *testing.T) {
	runCases(t, []tagCase{
		{"2005-03-25", "Looters ransacked shops through Thursday night.", []want{{"Thursday night", "TIME", "2005-03-24TNI"}}},
		{"1990-08-16", "They said members had until Friday to file.", []want{{"Friday", "DATE", "1990-08-17"}}},
		{"1993-10-05", "For the past fortnight it has been their headquarters.", []want{{"the past fortnight", "DURATION", "P2W"}}},
		{"2021-02-01", "The assembly met following November's election.", []want{{"November", "DATE", "2020-11"}}},
		{"2016-09-13", "The truce began at 7 p.m. (1600 GMT) on Monday.", []want{{"7 p.m.", "TIME", "2016-09-12T19:00"}, {"1600 GMT", "TIME", "2016-09-12T16:00"}, {"Monday", "DATE", "2016-09-12"}}},
		{"1994-09-01", "The killings known as Bloody Sunday shocked the city, the Vanuatu Weekly wrote.", nil},
	})
}

// TestReportedFailures: failures users report of other taggers.
func TestReportedFailures(t *testing.T) {
	runCases(t, []tagCase{
		// "this January" in a December article, scheduled ahead.
		{"2023-12-15", "The vote is set for this January.", []want{{"this January", "DATE", "2024-01"}}},
		{"2023-12-15", "This January was the coldest on record.", []want{{"This January", "DATE", "2023-01"}}},
		// "January" with no cue in December is next month.
		{"2023-12-15", "Elections are due in January.", []want{{"January", "DATE", "2024-01"}}},
		{"2023-12-15", "The summit was set for March.", []want{{"March", "DATE", "2024-03"}}},
		{"2023-12-15", "He waited for May to call.", nil},
	})
}

// TestPresentSchedules: with tags, a verb in the present schedules a date
// ahead ("the last witnesses appear on Friday"); a verb of saying or
// accusing does not, nor a mistagged name or past form.
func TestPresentSchedules(t *testing.T) {
	cases := []struct {
		text  string
		tags  map[string]string
		value string
	}{
		{"The witnesses appear on Friday.", map[string]string{"The": "DT", "witnesses": "NNS", "appear": "VBP", "on": "IN", "Friday": "NNP"}, "2021-06-04"},
		{"Iran accuses Israel of attacking on Friday.", map[string]string{"Iran": "NNP", "accuses": "VBZ", "Israel": "NNP", "of": "IN", "attacking": "VBG", "on": "IN", "Friday": "NNP"}, "2021-05-28"},
		{"Madrid beat Alaves on Friday.", map[string]string{"Madrid": "NNP", "beat": "VBP", "Alaves": "VBZ", "on": "IN", "Friday": "NNP"}, "2021-05-28"},
		{"Protesters prayed on Friday.", map[string]string{"Protesters": "NNS", "prayed": "VBP", "on": "IN", "Friday": "NNP"}, "2021-05-28"},
	}
	for _, c := range cases {
		d := &doc.Document{Text: c.text, Date: day("2021-06-03")}
		for _, w := range strings.FieldsFunc(c.text, func(r rune) bool { return r == ' ' || r == '.' }) {
			i := strings.Index(c.text, w)
			d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: i, End: i + len(w)}, Text: w, Tag: c.tags[w]})
		}
		if err := testTagger.Process(d); err != nil {
			t.Fatal(err)
		}
		if len(d.Timexes) != 1 || d.Timexes[0].Value != c.value {
			t.Errorf("%q: got %+v, want Friday = %s", c.text, d.Timexes, c.value)
		}
	}
}

// TestProxyFindings2: more rules found on invented held-out-style sets.
func TestProxyFindings2(t *testing.T) {
	runCases(t, []tagCase{
		{"1998-05-22", "Officials want the work done by the end of the century.", []want{{"the end of the century", "DATE", "19"}}},
		{"1998-05-22", "Payments could resume by mid-year.", []want{{"mid-year", "DATE", "1998"}}},
		{"1998-05-22", "The people will not wait another year.", []want{{"another year", "DURATION", "P1Y"}}},
		{"1998-05-22", "A cargo ship, the Morning Star, picked them up.", nil},
		{"1998-05-22", "Farmers planted the winter-spring crop.", nil},
		{"1998-05-22", "Supporters rally every weekend.", []want{{"every weekend", "SET", "XXXX-WXX-WE"}}},
		{"1998-05-22", "Miners set up barricades at 6:00 am.", []want{{"6:00 am", "TIME", "1998-05-22T06:00"}}},
		{"1998-05-22", "The march set off at ten o'clock this morning.", []want{{"ten o'clock this morning", "TIME", "1998-05-22T10:00"}}},
		{"2007-02-14", "Tonga has been a friend of Japan for many years.", []want{{"many years", "DURATION", "PXY"}}},
		{"1993-05-11", "The king called fresh elections for November 15.", []want{{"November 15", "DATE", "1993-11-15"}}},
		{"2005-09-07", "More rain is forecast for Friday.", []want{{"Friday", "DATE", "2005-09-09"}}},
		{"1991-07-03", "The game was postponed until Friday.", []want{{"Friday", "DATE", "1991-07-05"}}},
		{"2006-04-24", "Cheruiyot won in a record 2 hours, 7 minutes, 14 seconds.", []want{{"2 hours, 7 minutes, 14 seconds", "DURATION", "PT2H7M14S"}}},
		{"2013-10-02", "The sky will go dark for one minute and seven seconds.", []want{{"one minute and seven seconds", "DURATION", "PT1M7S"}}},
		{"2002-03-06", "The ceasefire starts at midnight next Monday.", []want{{"midnight next Monday", "TIME", "2002-03-11T24:00"}}},
		{"2002-03-06", "Polls closed at 8 p.m. last Sunday.", []want{{"8 p.m. last Sunday", "TIME", "2002-03-03T20:00"}}},
		{"2019-02-28", "It struck back for a February 14 suicide bombing. Troops exchanged fire overnight.", []want{{"February 14", "DATE", "2019-02-14"}, {"overnight", "TIME", "2019-02-27TNI"}}},
		{"2017-09-01", "The court ruled on Friday. It said the commission failed to conduct the August 8 election properly. Odinga called the day historic.", []want{{"Friday", "DATE", "2017-09-01"}, {"August 8", "DATE", "2017-08-08"}, {"the day", "DATE", "2017-09-01"}}},
		{"2013-12-20", "The raid began at 0300 hours on Monday. Troops moved at 2000 hours. They had waited 2000 hours.", []want{{"0300 hours on Monday", "TIME", "2013-12-16T03:00"}, {"2000 hours", "TIME", "2013-12-16T20:00"}, {"2000 hours", "DURATION", "PT2000H"}}},
		{"2013-03-21", "Protesters clashed with police on Monday. The day before, he resigned.", []want{{"Monday", "DATE", "2013-03-18"}, {"The day before", "DATE", "2013-03-17"}}},
		{"2013-03-21", "The vote came on March 19. Three years later the program ended.", []want{{"March 19", "DATE", "2013-03-19"}, {"Three years later", "DATE", "2016"}}},
		{"2013-12-20", "It was HR 1999, not Windows 2000 or Channel 2012, that passed in 2013.", []want{{"2013", "DATE", "2013"}}},
		{"2003-03-21", "Troops pushed into Iraq on Thursday night. Marines seized the peninsula overnight.", []want{{"Thursday night", "TIME", "2003-03-20TNI"}, {"overnight", "TIME", "2003-03-20TNI"}}},
		{"2019-02-28", "The raid came on February 14. Troops exchanged fire overnight.", []want{{"February 14", "DATE", "2019-02-14"}, {"overnight", "TIME", "2019-02-13TNI"}}},
		{"2025-01-14", "Norvantis has two months and 10 days to appeal.", []want{{"two months and 10 days", "DURATION", "P2M10D"}}},
		{"2025-05-11", "India and Pakistan agreed to a ceasefire on Saturday.", []want{{"Saturday", "DATE", "2025-05-10"}}},
		{"2025-05-11", "They agreed to meet on Saturday.", []want{{"Saturday", "DATE", "2025-05-17"}}},
		{"2013-08-12", "Varga won the final on Sunday. Varga, who turned 24 in June, started at 3:30 p.m.", []want{{"Sunday", "DATE", "2013-08-11"}, {"June", "DATE", "2013-06"}, {"3:30 p.m.", "TIME", "2013-08-11T15:30"}}},
		{"2025-01-14", "The trip took 2 days and 3 hours.", []want{{"2 days and 3 hours", "DURATION", "P2DT3H"}}},
		{"2013-04-05", "More rain fell than the region gets in an entire month.", []want{{"an entire month", "DURATION", "P1M"}}},
		{"2011-03-15", "The commission will publish results by the end of the week.", []want{{"the end of the week", "DATE", "2011-W11"}}},
		{"2019-09-30", "Winds of 175 kilometers (109 miles) per hour hit the coast.", nil},
		{"2011-03-15", "The party called a rally for 3 p.m. Thursday.", []want{{"3 p.m. Thursday", "TIME", "2011-03-17T15:00"}}},
		{"2025-01-14", "It will publish fourth-quarter results on Jan. 29.", []want{{"fourth-quarter", "DATE", "2024-Q4"}, {"Jan. 29", "DATE", "2025-01-29"}}},
	})
}

// TestPastPlansAndFarVerbs: a finite "planned" tells a plan already past
// (the date it governs is past), while a date inside its infinitive stays
// ahead; a sentence-opening date finds its verb past a long adverbial, and
// a state abbreviation ("Ala.") ends no sentence.
func TestPastPlansAndFarVerbs(t *testing.T) {
	runCases(t, []tagCase{
		{"2005-03-16", "On Monday, the ministry planned to release the prisoners.", []want{{"Monday", "DATE", "2005-03-14"}}},
		{"2005-03-16", "The convoy left early, as originally planned Saturday morning.", []want{{"Saturday morning", "TIME", "2005-03-12TMO"}}},
		{"2005-03-16", "The delegation planned to fly to Geneva on Friday.", []want{{"Friday", "DATE", "2005-03-18"}}},
		{"2005-03-16", "A rally planned for Saturday was called off.", []want{{"Saturday", "DATE", "2005-03-19"}}},
		{"2005-10-20", "In February, two days after the opening of the new parliament in the capital of the province, a car bomb outside the governor's office killed nine people.", []want{{"February", "DATE", "2005-02"}, {"two days", "DURATION", "P2D"}}},
		{"2005-10-20", "In January, a mine in Gadsden, Ala., flooded.", []want{{"January", "DATE", "2005-01"}}},
	})
}

// TestNthDayToday: a day counted in the present tense ("is the eighth day
// of ...") is the document's day; in the past or with no copula it is no
// date of its own.
func TestNthDayToday(t *testing.T) {
	runCases(t, []tagCase{
		{"2011-02-07", "Protesters stayed put. It's the 14th day of the sit-in.", []want{{"the 14th day", "DATE", "2011-02-07"}}},
		{"2011-02-07", "Sunday is the fifth day of the strike.", []want{{"Sunday", "DATE", "2011-02-06"}, {"the fifth day", "DATE", "2011-02-06"}}},
		{"2011-02-07", "The third day of the talks was the hardest.", nil},
	})
}

// TestThisQuarterReported: in a story on a quarter already ended, "this
// quarter's loss" and a past verb with "this quarter" are that quarter's
// figures; looking ahead, "this quarter" is the one under way.
func TestThisQuarterReported(t *testing.T) {
	runCases(t, []tagCase{
		{"2012-11-02", "The insurer posted a third-quarter loss. This quarter's loss includes storm claims of $40 million.",
			[]want{{"third-quarter", "DATE", "2012-Q3"}, {"This quarter", "DATE", "2012-Q3"}}},
		{"2012-11-02", "The insurer posted a third-quarter loss. It expects margins to improve this quarter.",
			[]want{{"third-quarter", "DATE", "2012-Q3"}, {"this quarter", "DATE", "2012-Q4"}}},
		{"2012-11-02", "This quarter's sales will be weaker.", []want{{"This quarter", "DATE", "2012-Q4"}}},
	})
}

// TestThenCurrent: "the then current price" is the present of a past time.
func TestThenCurrent(t *testing.T) {
	runCases(t, []tagCase{
		{"1995-05-02", "Holders may buy stock at half the then current market price.", []want{{"then current", "DATE", "PAST_REF"}}},
		{"1995-05-02", "The then-current chairman resigned.", []want{{"then-current", "DATE", "PAST_REF"}}},
		{"1995-05-02", "Since then, current rules apply.", []want{{"current", "DATE", "PRESENT_REF"}}},
	})
}

// TestScheduledDays: a clock time's weekday followed by its date is that
// date; a present copula schedules a day of a month ahead; "the day" after
// a day still ahead, in a past clause, is today; "a year and a half later"
// is eighteen months on.
func TestScheduledDays(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-03-20", "Bids are due by 5 p.m. ET on Friday, Oct. 4.", []want{{"5 p.m. ET on Friday, Oct. 4", "TIME", "2013-10-04T17:00"}}},
		{"2013-03-20", "The vote is on Oct. 4.", []want{{"Oct. 4", "DATE", "2013-10-04"}}},
		{"2013-03-20", "The vote was on Oct. 4.", []want{{"Oct. 4", "DATE", "2012-10-04"}}},
		{"2013-03-20", "The runoff is set for Oct. 4. Earlier in the day, the minister said turnout was low.",
			[]want{{"Oct. 4", "DATE", "2013-10-04"}, {"the day", "DATE", "2013-03-20"}}},
		{"2013-03-20", "Two and a half years ago the plant closed.", []want{{"Two and a half years ago", "DATE", "2010-09"}}},
	})
}

// TestFractionsOfUnits: "a quarter century" is 25 years, and "half a
// century ago" or "half a year ago" is a point, at the unit it names.
func TestFractionsOfUnits(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-03-20", "A quarter century ago, the wall fell.", []want{{"A quarter century ago", "DATE", "1988"}}},
		{"2013-03-20", "Half a century ago the war ended.", []want{{"Half a century ago", "DATE", "1963"}}},
		{"2013-03-20", "Half a year ago, prices fell.", []want{{"Half a year ago", "DATE", "2012-09"}}},
		{"2013-03-20", "The feud lasted a quarter of a century.", []want{{"a quarter of a century", "DURATION", "P25Y"}}},
		{"2013-03-20", "Nobody was hurt for half a century.", []want{{"half a century", "DURATION", "P50Y"}}},
	})
}

// TestWeekendOf: "the weekend of June 8-9" is the weekend of that date.
func TestWeekendOf(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-03-20", "The summit was set for the weekend of June 8-9.", []want{{"the weekend of June 8-9", "DATE", "2013-W23-WE"}}},
		{"2013-03-20", "Rebels attacked over the weekend.", []want{{"the weekend", "DATE", "2013-W11-WE"}}},
	})
}

// TestMidnightAside: the day after a parenthesis dates "midnight" too.
func TestMidnightAside(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-03-20", "The truce took effect at midnight (2200 GMT) on Sunday.", []want{{"midnight", "TIME", "2013-03-17T24:00"}, {"2200 GMT", "TIME", "2013-03-17T22:00"}, {"Sunday", "DATE", "2013-03-17"}}},
	})
}

// TestNotVerbs: a word that is never a verb, tagged as one by the tagger,
// is no tense cue ("attorneys general ... filed" is past).
func TestNotVerbs(t *testing.T) {
	const text = "On Monday, attorneys general from sixteen states filed a lawsuit."
	tags := map[string]string{"On": "IN", "Monday": "NNP", "attorneys": "NNS", "general": "VBP", "from": "IN", "sixteen": "CD", "states": "NNS", "filed": "VBD", "a": "DT", "lawsuit": "NN"}
	if got := processTagged(t, text, "2019-02-21", tags); len(got) != 1 || got[0].Value != "2019-02-18" {
		t.Errorf("got %+v, want Monday = 2019-02-18", got)
	}
}

// TestParticipleAfterAdverb: "would not be fully restored until Saturday"
// is no past tense: the adverb between "be" and the participle hides
// nothing.
func TestParticipleAfterAdverb(t *testing.T) {
	runCases(t, []tagCase{
		{"2003-08-15", "Officials said power would not be fully restored until Saturday.", []want{{"Saturday", "DATE", "2003-08-16"}}},
		{"2003-08-15", "The plant was badly damaged on Saturday.", []want{{"Saturday", "DATE", "2003-08-09"}}},
		{"2013-03-17", "Cyprus banks will stay closed until Thursday.", []want{{"Thursday", "DATE", "2013-03-21"}}},
		{"2013-03-17", "The banks remained closed until Thursday.", []want{{"Thursday", "DATE", "2013-03-14"}}},
	})
}

// TestFutureClockAfterPastDay: a clock time in a clause that looks ahead
// is not on the past day the story last named; one after "by" still is.
func TestFutureClockAfterPastDay(t *testing.T) {
	runCases(t, []tagCase{
		{"1993-02-15", "Shares fell on Friday. Management will discuss the recall in a call at 4:30 p.m. EST.",
			[]want{{"Friday", "DATE", "1993-02-12"}, {"4:30 p.m. EST", "TIME", "1993-02-15T16:30"}}},
		{"1993-02-15", "The river rose on Friday and stood two meters above normal by midnight.",
			[]want{{"Friday", "DATE", "1993-02-12"}, {"midnight", "TIME", "1993-02-12T24:00"}}},
	})
}

// TestBackgroundDayInEarlierParagraph: a day long past or weeks ahead,
// named in an earlier paragraph, does not date a later clock time; in the same paragraph, or
// a recent day, it does.
func TestBackgroundDayInEarlierParagraph(t *testing.T) {
	runCases(t, []tagCase{
		{"1999-01-20", "Sales did not resume until February 7, 1998.\n\n\"We cannot take any risk,\" Lee told a news conference at 10 a.m.",
			[]want{{"February 7, 1998", "DATE", "1998-02-07"}, {"10 a.m.", "TIME", "1999-01-20T10:00"}}},
		{"1999-01-20", "Gandhi left the ashram on March 12, 1930. He reached the sea at 6 p.m.",
			[]want{{"March 12, 1930", "DATE", "1930-03-12"}, {"6 p.m.", "TIME", "1930-03-12T18:00"}}},
		{"1999-01-20", "The storm hit on Monday.\n\nPower failed at 6 p.m.",
			[]want{{"Monday", "DATE", "1999-01-18"}, {"6 p.m.", "TIME", "1999-01-18T18:00"}}},
		// A day weeks ahead, too: a dividend date is no call's day.
		{"2012-10-24", "The company will pay its dividend on Nov. 15.\n\nExecutives will discuss the results on a call at 10 a.m.",
			[]want{{"Nov. 15", "DATE", "2012-11-15"}, {"10 a.m.", "TIME", "2012-10-24T10:00"}}},
		{"2012-10-24", "The company will report results on Nov. 15 and hold a call at 10 a.m.",
			[]want{{"Nov. 15", "DATE", "2012-11-15"}, {"10 a.m.", "TIME", "2012-11-15T10:00"}}},
	})
}

// TestFullYearOfReportedQuarter: "the full year" in a story on last
// year's fourth quarter is last year.
func TestFullYearOfReportedQuarter(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-01-24", "Fourth-quarter profit fell 8 percent. For the full year, the company earned $1.9 billion.",
			[]want{{"Fourth-quarter", "DATE", "2012-Q4"}, {"the full year", "DATE", "2012"}}},
		{"2013-07-24", "The company expects growth for the full year.", []want{{"the full year", "DATE", "2013"}}},
	})
}

// TestFollowingAndAgreedTo: a date right after "following" is past; an
// infinitive after "agreed on Wednesday to" looks ahead as after "agreed
// to".
func TestFollowingAndAgreedTo(t *testing.T) {
	runCases(t, []tagCase{
		{"2021-02-01", "The new parliament was due to meet today, following November's election.", []want{{"today", "DATE", "2021-02-01"}, {"November", "DATE", "2020-11"}}},
		{"2023-06-16", "Unions agreed on Wednesday to raise the minimum wage from January.", []want{{"Wednesday", "DATE", "2023-06-14"}, {"January", "DATE", "2024-01"}}},
		{"2023-06-16", "Unions agreed to raise the minimum wage from January.", []want{{"January", "DATE", "2024-01"}}},
	})
}

// TestRatesAfterCounts: "a week" after a count of things is a rate (SET).
func TestRatesAfterCounts(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-12-18", "The airline flies four flights a week.", []want{{"a week", "SET", "P1W"}}},
		{"2013-12-18", "Guards stand there 24 hours a day.", []want{{"24 hours", "DURATION", "PT24H"}, {"a day", "SET", "P1D"}}},
		{"2013-12-18", "He served three years a decade ago.", []want{{"three years", "DURATION", "P3Y"}, {"a decade ago", "DATE", "2003"}}},
	})
}

// TestRescheduledTo: a date after "rescheduled/postponed/moved ... to" is
// the new date, ahead.
func TestRescheduledTo(t *testing.T) {
	runCases(t, []tagCase{
		{"2020-03-20", "Maryland rescheduled its primary races to June 2.", []want{{"June 2", "DATE", "2020-06-02"}}},
		{"2020-03-20", "The vote was moved to Sunday.", []want{{"Sunday", "DATE", "2020-03-22"}}},
		{"2020-03-20", "The vote had been postponed to February.", []want{{"February", "DATE", "2020-02"}}},
	})
}

// TestClauseAfterCommaBut: ", but on December 14 it was extended" takes the
// tense of its own clause, not of the one before the comma.
func TestClauseAfterCommaBut(t *testing.T) {
	runCases(t, []tagCase{
		{"2020-01-01", "The curfew is expected to end, but on December 14 it was extended.", []want{{"December 14", "DATE", "2019-12-14"}}},
	})
}

// TestPluralNounTaggedVBZ: a plural noun the tagger read as a present verb
// ("bishops/VBZ") before the clause's past verb is no present tense.
func TestPluralNounTaggedVBZ(t *testing.T) {
	const text = "In February, bishops from around the world attended a summit."
	tags := map[string]string{"In": "IN", "February": "NNP", "bishops": "VBZ", "from": "IN", "around": "IN", "the": "DT", "world": "NN", "attended": "VBD", "a": "DT", "summit": "NN"}
	if got := processTagged(t, text, "2019-05-12", tags); len(got) != 1 || got[0].Value != "2019-02" {
		t.Errorf("got %+v, want February = 2019-02", got)
	}
}

// TestOpeningDeadline: "By Sunday afternoon, X said ..." and "Through
// Tuesday evening the fire was reduced" take the tense of the clause after
// them; a deadline inside a clause still looks ahead.
func TestOpeningDeadline(t *testing.T) {
	runCases(t, []tagCase{
		{"2019-08-08", "By Sunday afternoon, Pierluisi said the Senate had no say.", []want{{"Sunday afternoon", "TIME", "2019-08-04TAF"}}},
		{"2020-01-10", "Through Tuesday evening the fire was reduced.", []want{{"Tuesday evening", "TIME", "2020-01-07TEV"}}},
		{"2020-02-10", "By Friday, the company must file its report.", []want{{"Friday", "DATE", "2020-02-14"}}},
		{"2020-02-10", "The company must file its report by Friday.", []want{{"Friday", "DATE", "2020-02-14"}}},
	})
}

// TestCompoundsAreNoCues: a word inside a hyphenated compound ("Park
// Won-soon", "a would-be attacker") is no tense cue.
func TestCompoundsAreNoCues(t *testing.T) {
	runCases(t, []tagCase{
		{"2020-07-09", "Shortly before Park Won-soon's death, on Wednesday a case was filed against him.", []want{{"Wednesday", "DATE", "2020-07-08"}}},
		{"2020-07-09", "Police said a would-be attacker was arrested on Monday.", []want{{"Monday", "DATE", "2020-07-06"}}},
	})
}

// TestFurtherDurations: "a further year" is a year more.
func TestFurtherDurations(t *testing.T) {
	runCases(t, []tagCase{
		{"2013-03-21", "The deal can be extended by a further year.", []want{{"a further year", "DURATION", "P1Y"}}},
	})
}
