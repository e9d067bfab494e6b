package timex

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals/doc"
)

var testTagger = func() *Tagger {
	t, err := New()
	if err != nil {
		panic(err)
	}
	return t
}()

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// want is one expected expression: its text, type and value.
type want struct{ text, typ, value string }

type tagCase struct {
	dct  string
	text string
	want []want
}

func runCases(t *testing.T, cases []tagCase) {
	t.Helper()
	for _, c := range cases {
		got := testTagger.Tag(c.text, day(c.dct))
		var gw []want
		for _, x := range got {
			if x.Start < 0 || x.End > len(c.text) || x.Start >= x.End {
				t.Errorf("%q: bad span %d-%d", c.text, x.Start, x.End)
				continue
			}
			gw = append(gw, want{c.text[x.Start:x.End], x.Type, x.Value})
		}
		if len(gw) != len(c.want) {
			t.Errorf("DCT %s %q:\n got  %v\n want %v", c.dct, c.text, gw, c.want)
			continue
		}
		for i := range gw {
			if gw[i] != c.want[i] {
				t.Errorf("DCT %s %q:\n got  %v\n want %v", c.dct, c.text, gw, c.want)
				break
			}
		}
	}
}

func TestAbsoluteDates(t *testing.T) {
	runCases(t, []tagCase{
		{"2023-11-21", "It happened on September 24, 2023.", []want{{"September 24, 2023", "DATE", "2023-09-24"}}},
		{"2023-11-21", "Signed on 24 September 2023 in Paris.", []want{{"24 September 2023", "DATE", "2023-09-24"}}},
		{"2023-11-21", "Filed 2023-09-24.", []want{{"2023-09-24", "DATE", "2023-09-24"}}},
		{"2023-11-21", "Dated 9/24/2023.", []want{{"9/24/2023", "DATE", "2023-09-24"}}},
		{"1998-08-10", "The bombs exploded Aug. 7, 1998, in Nairobi.", []want{{"Aug. 7, 1998", "DATE", "1998-08-07"}}},
		{"1998-08-10", "Prices fell in July 1997 and again in May.", []want{{"July 1997", "DATE", "1997-07"}, {"May", "DATE", "1998-05"}}},
		{"2023-11-21", "The attack on September 24 killed four.", []want{{"September 24", "DATE", "2023-09-24"}}},
		{"2023-11-21", "on the 24th of September", []want{{"the 24th of September", "DATE", "2023-09-24"}}},
		{"2023-11-21", "You may go. They march on.", nil},
	})
}

func TestYearsAndGuards(t *testing.T) {
	runCases(t, []tagCase{
		{"2023-11-21", "the war in 1998-1999 ended", []want{{"1998", "DATE", "1998"}, {"1999", "DATE", "1999"}}},
		{"2023-11-21", "the 1998-99 season", []want{{"1998", "DATE", "1998"}, {"99", "DATE", "1999"}}},
		{"2023-11-21", "since 2001, and in 2008", []want{{"2001", "DATE", "2001"}, {"2008", "DATE", "2008"}}},
		{"2023-11-21", "It cost $1999.", nil},
		{"2023-11-21", "Some 1999 people and 2000 troops came.", nil},
		{"2023-11-21", "Account 2882015 holds 1,999 units.", nil},
		{"2023-11-21", "Call 555-1999 or room 2001.", nil},
		{"2023-11-21", "Resolution No. 1244 and flight 1990.", nil},
		{"2023-11-21", "Growth was 2015.5 percent, or 1998%.", nil},
		{"2023-11-21", "in the 1990s and the '80s", []want{{"the 1990s", "DATE", "199"}, {"the '80s", "DATE", "198"}}},
		{"2023-11-21", "in the early 1980s", []want{{"the early 1980s", "DATE", "198"}}},
		{"2023-11-21", "in the 20th century", []want{{"the 20th century", "DATE", "19"}}},
		{"1989-10-27", "profit for fiscal 1989 rose", []want{{"fiscal 1989", "DATE", "1989"}}},
		{"2023-11-21", "the year two thousand", []want{{"the year two thousand", "DATE", "2000"}}},
		{"2023-11-21", "2012's best month", []want{{"2012", "DATE", "2012"}}},
		{"2023-11-21", "in the 1800s and the 2000s", []want{{"the 1800s", "DATE", "18"}, {"the 2000s", "DATE", "200"}}},
		{"2023-11-21", "by mid-2021", []want{{"mid-2021", "DATE", "2021"}}},
		{"2023-11-21", "between 1990 and 2000 points", nil},
	})
}

func TestRelativeDates(t *testing.T) {
	// 2023-11-21 is a Tuesday.
	runCases(t, []tagCase{
		{"2023-11-21", "after the disputed vote in Peru in April last year", []want{{"April last year", "DATE", "2022-04"}}},
		{"2023-11-21", "It rained yesterday and today.", []want{{"yesterday", "DATE", "2023-11-20"}, {"today", "DATE", "2023-11-21"}}},
		{"2023-11-21", "He arrives tomorrow.", []want{{"tomorrow", "DATE", "2023-11-22"}}},
		{"2023-11-21", "Sales fell last year but will rise next year.", []want{{"last year", "DATE", "2022"}, {"next year", "DATE", "2024"}}},
		{"2023-11-21", "He resigned earlier this month.", []want{{"earlier this month", "DATE", "2023-11"}}},
		{"2023-11-21", "They met last week.", []want{{"last week", "DATE", "2023-W46"}}},
		{"2023-11-21", "He left two weeks ago.", []want{{"two weeks ago", "DATE", "2023-W45"}}},
		{"2023-11-21", "It opened three years ago.", []want{{"three years ago", "DATE", "2020"}}},
		{"2023-11-21", "He said on Monday that talks failed.", []want{{"Monday", "DATE", "2023-11-20"}}},
		{"2023-11-21", "The ministers will meet on Friday.", []want{{"Friday", "DATE", "2023-11-24"}}},
		{"2023-11-21", "She spoke last Friday.", []want{{"last Friday", "DATE", "2023-11-17"}}},
		{"2023-11-21", "We vote next Monday.", []want{{"next Monday", "DATE", "2023-11-27"}}},
		{"2023-11-21", "It collapsed late on Friday.", []want{{"late on Friday", "DATE", "2023-11-17"}}},
		{"2023-11-21", "This summer was hot.", []want{{"This summer", "DATE", "2023-SU"}}},
		{"2023-11-21", "in the past decade", []want{{"the past decade", "DURATION", "P10Y"}}},
	})
}

// TestKnownFailures covers errors users report for HeidelTime and SUTime:
// a month in a December article pushed into the next year, "this January",
// "first week in January", digits taken as dates, a missing reference
// date.
func TestKnownFailures(t *testing.T) {
	runCases(t, []tagCase{
		{"2023-12-15", "Sales rose in January.", []want{{"January", "DATE", "2023-01"}}},
		{"2023-12-15", "The talks will resume in January.", []want{{"January", "DATE", "2024-01"}}},
		{"2023-12-15", "This January was cold.", []want{{"This January", "DATE", "2023-01"}}},
		{"2023-12-15", "It opened in the first week in January.", []want{{"the first week in January", "DATE", "2023-W01"}}},
		// Told in the present, a scheduled opening looks ahead.
		{"2023-12-15", "It opens in the first week in January.", []want{{"the first week in January", "DATE", "2024-W01"}}},
		{"2023-12-15", "It will open in the first week of January.", []want{{"the first week of January", "DATE", "2024-W01"}}},
		{"2024-01-05", "Sales in December were weak.", []want{{"December", "DATE", "2023-12"}}},
		{"2023-11-21", "Dial 1-800-555-2015 or see page 2019.", nil},
		{"2023-11-21", "Arsenal won 2-1 and the index rose 1,998 points.", nil},
		{"2023-11-21", "Only on September 24 and never again.", []want{{"September 24", "DATE", "2023-09-24"}}},
	})
}

func TestDurations(t *testing.T) {
	runCases(t, []tagCase{
		{"2023-11-21", "a 45-day UN relief airlift", []want{{"45-day", "DURATION", "P45D"}}},
		{"2023-11-21", "He served three years in prison.", []want{{"three years", "DURATION", "P3Y"}}},
		{"2023-11-21", "in the last twenty four hours", []want{{"the last twenty four hours", "DURATION", "PT24H"}}},
		{"2023-11-21", "It took 5 1/2 hours.", []want{{"5 1/2 hours", "DURATION", "PT5H30M"}}},
		{"2023-11-21", "for a few days", []want{{"a few days", "DURATION", "PXD"}}},
		{"2023-11-21", "over the past two months", []want{{"the past two months", "DURATION", "P2M"}}},
		{"2023-11-21", "more than four hours", []want{{"more than four hours", "DURATION", "PT4H"}}},
		{"2023-11-21", "The 6-year-old boy and a 50 years old man.", nil},
		{"2023-11-21", "It lasted half an hour.", []want{{"half an hour", "DURATION", "PT30M"}}},
		{"2023-11-21", "after half a century", []want{{"half a century", "DURATION", "P50Y"}}},
		{"2023-11-21", "a year-on-year rise in day-to-day costs", nil},
		{"2023-11-21", "for years", []want{{"years", "DURATION", "PXY"}}},
	})
}

func TestReferences(t *testing.T) {
	runCases(t, []tagCase{
		{"2023-11-21", "Prices are now higher.", []want{{"now", "DATE", "PRESENT_REF"}}},
		{"2023-11-21", "Tensions rose in recent years.", []want{{"recent years", "DATE", "PAST_REF"}}},
		{"2023-11-21", "He recently resigned.", []want{{"recently", "DATE", "PAST_REF"}}},
		{"2023-11-21", "in the near future", []want{{"the near future", "DATE", "FUTURE_REF"}}},
	})
}

func TestQuartersSeasonsHolidays(t *testing.T) {
	runCases(t, []tagCase{
		{"1989-10-27", "Profit rose in the third quarter.", []want{{"the third quarter", "DATE", "1989-Q3"}}},
		{"1989-10-27", "third-quarter profit", []want{{"third-quarter", "DATE", "1989-Q3"}}},
		{"1989-10-27", "the fourth quarter of 1988", []want{{"the fourth quarter of 1988", "DATE", "1988-Q4"}}},
		{"2023-11-21", "Q3 2023 results", []want{{"Q3 2023", "DATE", "2023-Q3"}}},
		{"2023-11-21", "in the first half of 2023", []want{{"the first half of 2023", "DATE", "2023-H1"}}},
		{"1989-10-27", "Net rose 5% in the third quarter; a year earlier it fell.", []want{{"the third quarter", "DATE", "1989-Q3"}, {"a year earlier", "DATE", "1988-Q3"}}},
		{"2023-11-21", "in the summer of 1998", []want{{"the summer of 1998", "DATE", "1998-SU"}}},
		{"2023-11-21", "It fell last fall.", []want{{"last fall", "DATE", "2022-FA"}}},
		{"2023-11-21", "on Christmas Eve", []want{{"Christmas Eve", "DATE", "2023-12-24"}}},
		{"2023-11-21", "on Easter 2024", []want{{"Easter 2024", "DATE", "2024-03-31"}}},
		{"2023-11-10", "after Thanksgiving", []want{{"Thanksgiving", "DATE", "2023-11-23"}}},
		{"1998-11-10", "on Election Day", []want{{"Election Day", "DATE", "1998-11-03"}}},
	})
}

func TestTimesAndSets(t *testing.T) {
	runCases(t, []tagCase{
		{"2023-11-21", "at 3 p.m. local time", []want{{"3 p.m. local time", "TIME", "2023-11-21T15:00"}}},
		{"1998-08-07", "The blast came at 10:35 a.m.", []want{{"10:35 a.m.", "TIME", "1998-08-07T10:35"}}},
		{"1998-08-07", "He left Friday morning.", []want{{"Friday morning", "TIME", "1998-08-07TMO"}}},
		{"1998-08-07", "Talks resume tonight.", []want{{"tonight", "TIME", "1998-08-07TNI"}}},
		{"2023-11-21", "We meet every Monday.", []want{{"every Monday", "SET", "XXXX-WXX-1"}}},
		{"2023-11-21", "It is published daily.", []want{{"daily", "SET", "P1D"}}},
		{"2023-11-21", "They meet twice a year.", []want{{"twice a year", "SET", "P1Y"}}}, // TimeML: the count is in the SET ("twice a month", freq="2X")
		{"2023-11-21", "each July", []want{{"each July", "SET", "XXXX-07"}}},
		{"2023-11-21", "I am here.", nil},
		{"2013-03-22", "at 8:30 a.m. ET", []want{{"8:30 a.m. ET", "TIME", "2013-03-22T08:30"}}},
		{"2013-03-22", "at 1500 GMT", []want{{"1500 GMT", "TIME", "2013-03-22T15:00"}}},
	})
}

func TestDateOf(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
		ok   bool
	}{
		{"2023-09-24", "2023-09-24", true},
		{"2022-02", "2022-02", true},
		{"1998", "1998", true},
		{"2023-W05", "2023-02", true},
		{"2023-W01", "2023-01", true},
		{"2023-SU", "2023", true},
		{"1989-Q3", "1989", true},
		{"1998-08-07T10:35", "1998-08-07", true},
		{"1998-08-07TMO", "1998-08-07", true},
		{"PAST_REF", "", false},
		{"PRESENT_REF", "", false},
		{"XXXX-09-24", "", false},
		{"P3Y", "", false},
		{"199", "", false},
		{"2023-02-30", "2023-02", true},
	} {
		got, ok := DateOf(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("DateOf(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestGranularity(t *testing.T) {
	for in, want := range map[string]string{
		"2023-09-24": "day", "2023-09": "month", "2023": "year", "199": "decade", "19": "century",
		"2023-W05": "week", "2023-Q3": "quarter", "2023-SU": "season", "2023-09-24T10:00": "time",
		"PAST_REF": "", "P3Y": "",
	} {
		if got := Granularity(in); got != want {
			t.Errorf("Granularity(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestProcessReusesSlice(t *testing.T) {
	d := &doc.Document{Text: "On September 24 the war of 1998 was recalled.", Date: day("2023-11-21")}
	d.Timexes = make([]doc.Timex, 0, 8)
	p := &d.Timexes[:1][0]
	if err := testTagger.Process(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Timexes) != 2 || &d.Timexes[0] != p {
		t.Fatalf("Process: got %d timexes (reused=%v), want 2 in the old array", len(d.Timexes), len(d.Timexes) > 0 && &d.Timexes[0] == p)
	}
	if testTagger.Name() != "timex" {
		t.Errorf("Name() = %q", testTagger.Name())
	}
}

func TestTimeML(t *testing.T) {
	in := `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> that profit rose &lt;5%&gt; in <SIGNAL sid="s1">the</SIGNAL> third quarter.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
`
	var out bytes.Buffer
	if err := TimeML(strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, s := range []string{
		`<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>`,
		`AT&amp;T said <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> that profit rose &lt;5%&gt; in <TIMEX3 tid="t2" type="DATE" value="1998-Q3">the third quarter</TIMEX3>.`,
		"</TEXT>\n</TimeML>",
	} {
		if !strings.Contains(got, s) {
			t.Errorf("TimeML output lacks %q:\n%s", s, got)
		}
	}
	if strings.Contains(got, "EVENT") || strings.Contains(got, "TLINK") {
		t.Errorf("TimeML output keeps EVENT or TLINK tags:\n%s", got)
	}
	out.Reset()
	if err := TimeML(strings.NewReader("<TimeML><TEXT>They met on September 24 and again last year.</TEXT></TimeML>"), &out); !errors.Is(err, ErrNoDCT) {
		t.Errorf("TimeML without DCT: error %v, want ErrNoDCT", err)
	}
	if got := out.String(); !strings.Contains(got, `value="XXXX-09-24">September 24</TIMEX3>`) || strings.Contains(got, "last year</TIMEX3>") {
		t.Errorf("TimeML without DCT: want the undated value and no guessed year:\n%s", got)
	}
	out.Reset()
	if err := TimeML(strings.NewReader(`<TimeML><TIMEX3 tid='t0' type='DATE' value='2013-03-22' functionInDocument='CREATION_TIME'>March 22, 2013</TIMEX3><TEXT>It fell on Monday.</TEXT></TimeML>`), &out); err != nil {
		t.Errorf("TimeML with a CREATION_TIME TIMEX3 and single quotes: %v", err)
	}
	if got := out.String(); !strings.Contains(got, `value="2013-03-18">Monday</TIMEX3>`) {
		t.Errorf("TimeML with a CREATION_TIME TIMEX3: want Monday 2013-03-18:\n%s", got)
	}
	if err := TimeML(strings.NewReader(`<TimeML><DCT><TIMEX3 value="2013-13-45"/></DCT><TEXT>x</TEXT></TimeML>`), &out); err == nil || !strings.Contains(err.Error(), "2013-13-45") {
		t.Errorf("TimeML with a bad DCT: error %v, want one naming the value", err)
	}
}

func TestLoadErrorsNameFileAndLine(t *testing.T) {
	err := lines("words.txt", func(f []string) error {
		if f[0] == "weekday" {
			return os.ErrInvalid
		}
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "data/words.txt:") {
		t.Errorf("want an error naming data/words.txt and a line, got %v", err)
	}
}

// TestSeedArticle checks the example article's temporal expressions
// against its hand-made reference (../shared, outside the repository).
func TestSeedArticle(t *testing.T) {
	const dir = "../../shared/data/seed/"
	gold, err := os.ReadFile(dir + "gold.json")
	if err != nil {
		t.Skipf("seed reference not found at %s (it lives in ../shared, outside the repository)", dir)
	}
	var g struct {
		Article string `json:"article"`
		DCT     string `json:"dct"`
		Timexes []struct{ Text, Type, Value string }
	}
	if err := json.Unmarshal(gold, &g); err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(dir + g.Article)
	if err != nil {
		t.Fatal(err)
	}
	found := map[want]bool{}
	for _, x := range testTagger.Tag(string(text), day(g.DCT)) {
		found[want{string(text[x.Start:x.End]), x.Type, x.Value}] = true
	}
	for _, w := range g.Timexes {
		if !found[want{w.Text, w.Type, w.Value}] {
			t.Errorf("seed: missing %q %s %s", w.Text, w.Type, w.Value)
		}
	}
}

func BenchmarkTag(b *testing.B) {
	para := `The African Union and Ethiopia are weighing a return to joint border patrols, commission chairman Moussa Faki said on Tuesday after meetings in Addis Ababa. Ethiopia suspended the patrols after the clashes in Tigray in March last year. Violence flared again after an ambush on a convoy on October 3, when two soldiers and four gunmen were killed. The conflict of 2020-2022 left tens of thousands dead and ended with a truce signed in Pretoria after 10 days of talks. The envoys will meet again next month, and the airline said second-quarter revenue climbed 9% from a year earlier to $2.4 billion, or 61 cents a share.
`
	text := strings.Repeat(para, 2000)
	words := len(strings.Fields(text))
	dct := day("2023-11-21")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		testTagger.Tag(text, dct)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// TestNoPanicOnWordSoup tags random sequences of lexicon words, numbers and
// punctuation: every span must be valid and in order, and nothing may
// panic at the end of the text.
func TestNoPanicOnWordSoup(t *testing.T) {
	var vocab []string
	for w := range testTagger.lx.words {
		vocab = append(vocab, w, strings.ToUpper(w[:1])+w[1:])
	}
	vocab = append(vocab, "1998", "24", "1/2", "5", ":", "30", "-", ",", ".", "'", "s", "a.m.", "the", "of", "a", "$", "1990s", "'80s", "24th", "Q", "3", "FY", "2023-09-24", "9/24/2023")
	seed := uint32(1)
	next := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	for round := 0; round < 3000; round++ {
		var b strings.Builder
		n := 1 + next(12)
		for k := 0; k < n; k++ {
			if k > 0 && next(3) > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(vocab[next(len(vocab))])
		}
		text := b.String()
		last := 0
		for _, x := range testTagger.Tag(text, day("2023-11-21")) {
			if x.Start < last || x.End <= x.Start || x.End > len(text) || x.Value == "" || x.Type == "" {
				t.Fatalf("%q: bad timex %+v", text, x)
			}
			last = x.End
		}
	}
}

func TestUnicodeText(t *testing.T) {
	runCases(t, []tagCase{
		{"2023-11-21", "Vučić spoke on September\u00a024 – and again on 21\u00a0November.", []want{{"September\u00a024", "DATE", "2023-09-24"}, {"21\u00a0November", "DATE", "2023-11-21"}}},
		{"2023-11-21", "the 1998–1999 war", []want{{"1998", "DATE", "1998"}, {"1999", "DATE", "1999"}}},
		{"2023-11-21", "It’s been three years.", []want{{"three years", "DURATION", "P3Y"}}},
	})
}

// TestUnknownDocumentDate: without a reference date nothing may be
// invented; what the text gives is kept as a partial value.
func TestUnknownDocumentDate(t *testing.T) {
	text := "On September 24 and on Friday, three years after 1998, a meeting was held yesterday at 10 a.m.; it happens daily and is now over. Last year was hot."
	var got []want
	for _, x := range testTagger.Tag(text, time.Time{}) {
		got = append(got, want{text[x.Start:x.End], x.Type, x.Value})
	}
	exp := []want{
		{"September 24", "DATE", "XXXX-09-24"},
		{"Friday", "DATE", "XXXX-WXX-5"},
		{"three years", "DURATION", "P3Y"},
		{"1998", "DATE", "1998"},
		{"10 a.m.", "TIME", "XXXX-XX-XXT10:00"},
		{"daily", "SET", "P1D"},
		{"now", "DATE", "PRESENT_REF"},
	}
	if len(got) != len(exp) {
		t.Fatalf("got %v\nwant %v", got, exp)
	}
	for i := range exp {
		if got[i] != exp[i] {
			t.Fatalf("got %v\nwant %v", got, exp)
		}
	}
}
