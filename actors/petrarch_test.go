package actors

import (
	"os"
	"strings"
	"testing"
)

func TestPetrarchActorsFormat(t *testing.T) {
	const dict = `# test
ARNOR_  [ARN]
+ARNORIAN
GONDOR_ [GON] # comment
ARAGORN_
+KING_ELESSAR
	[RNG <020101]
	[ARNGOV 020101-100101]
	[ARN]
PALANTIR_
	[GONGOV >150101]
BULGAR  [BUL]
`
	const agents = `!PERSON! = MAN, MEN
POLICE {} [~COP]
SOLDIER [~MIL]
TRADES!PERSON! [~BUS]
HUMAN_RIGHTS_BODY  [NGO~]
CLERIC  [~REL]
`
	d := New()
	if err := d.LoadPetrarchActors(strings.NewReader(dict), "t.actors"); err != nil {
		t.Fatal(err)
	}
	if err := d.LoadPetrarchAgents(strings.NewReader(agents), "t.agents"); err != nil {
		t.Fatal(err)
	}
	m := NewMatcher(d)
	tests := []struct{ text, date, want string }{
		{"Arnor police arrested Gondor soldiers.", "2005-01-01", "Arnor police=ARNCOP Gondor soldiers=GONMIL"},
		{"Aragorn met the tradesmen.", "2001-06-01", "Aragorn=RNG tradesmen=BUS"},
		{"Aragorn met the tradesmen.", "2005-06-01", "Aragorn=ARNGOV tradesmen=BUS"},
		{"King Elessar spoke.", "2012-06-01", "King Elessar=ARN"},
		{"An Arnorian human rights body spoke.", "2012-06-01", "Arnorian human rights body=NGOARN"},
		{"Palantir spoke.", "2016-06-01", "Palantir=GONGOV"},
		// Phrases without a trailing '_' are stems.
		{"Bulgarian clerics met Bulgaria.", "2016-06-01", "Bulgarian clerics=BULREL Bulgaria=BUL"},
	}
	for _, tt := range tests {
		d := segment(t, tt.text, tt.date)
		if err := m.Process(d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range d.Actors {
			got = append(got, d.SpanText(a.Span)+"="+a.Actor.Code)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%s (%s): got %q, want %q", tt.text, tt.date, g, tt.want)
		}
	}
}

func TestPetrarchErrors(t *testing.T) {
	errs := []struct{ in, want string }{
		{"[ARN]\n", "x.actors:1: code line before any phrase"},
		{"+ARNORIAN\n", "x.actors:1: synonym before any phrase"},
	}
	for _, tt := range errs {
		err := New().LoadPetrarchActors(strings.NewReader(tt.in), "x.actors")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: got %v, want error containing %q", tt.in, err, tt.want)
		}
	}
	// Malformed codes are skipped with a warning naming file and line.
	warns := []struct{ in, want string }{
		{"ARNOR_ [ARN\n", "x.actors:1: bad code"},
		{"ARNOR_\nGONDOR_\n", "entry \"ARNOR\" has no usable code"},
		{"ARNOR_\n\t[ARN 020101]\n\t[ARN]\n", "x.actors:2: date \"020101\" needs <, > or a range"},
		{"ARNOR_\n\t[ARN >9008223]\n\t[ARN]\n", "x.actors:2: bad date"},
	}
	for _, tt := range warns {
		d := New()
		err := d.LoadPetrarchActors(strings.NewReader(tt.in), "x.actors")
		if err != nil || !strings.Contains(strings.Join(d.Warnings, "\n"), tt.want) {
			t.Errorf("%q: got error %v, warnings %q; want a warning containing %q", tt.in, err, d.Warnings, tt.want)
		}
	}
	d := New()
	if err := d.LoadPetrarchAgents(strings.NewReader("POLICE [COP]\n"), "x.agents"); err != nil || len(d.Warnings) == 0 || !strings.Contains(d.Warnings[0], "x.agents:1: agent code") {
		t.Errorf("agent without ~: got %v, %q", err, d.Warnings)
	}
}

// TestPetrarchValidation loads the fictional PETRARCH validation
// dictionaries from ../shared (the unit-test records need them).
func TestPetrarchValidation(t *testing.T) {
	dir := "../../shared/peers/petrarch2/"
	fa, err := os.Open(dir + "PETR.Validate.actors.txt")
	if err != nil {
		t.Skip("../shared/peers/petrarch2 absent: skipping the validation dictionaries")
	}
	defer fa.Close()
	fg, err := os.Open(dir + "PETR.Validate.agents.txt")
	if err != nil {
		t.Skip("PETR.Validate.agents.txt absent")
	}
	defer fg.Close()
	d := New()
	if err := d.LoadPetrarchActors(fa, "PETR.Validate.actors.txt"); err != nil {
		t.Fatal(err)
	}
	if err := d.LoadPetrarchAgents(fg, "PETR.Validate.agents.txt"); err != nil {
		t.Fatal(err)
	}
	for _, w := range d.Warnings {
		t.Logf("warning: %s", w)
	}
	m := NewMatcher(d)
	tests := []struct{ text, date, want string }{
		{"Arnor police arrested Gondor soldiers.", "2005-01-01", "ARNCOP GONMIL"},
		{"Australian officials met Danish rights activists.", "2005-01-01", "AUSGOV DNKHRI"},
	}
	for _, tt := range tests {
		dd := segment(t, tt.text, tt.date)
		if err := m.Process(dd); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range dd.Actors {
			got = append(got, a.Actor.Code)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%s: got %q, want %q\n%s", tt.text, g, tt.want, dump(dd))
		}
	}
}

// TestPetrarchPhoenix loads the Phoenix production dictionaries from
// ../shared (compatibility only; they do not ship) and checks a few codes.
func TestPetrarchPhoenix(t *testing.T) {
	dir := "../../shared/peers/petrarch2/"
	files := []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"}
	d := New()
	for _, f := range files {
		fh, err := os.Open(dir + f)
		if err != nil {
			t.Skip("../shared/peers/petrarch2 absent: skipping the Phoenix dictionary test")
		}
		err = d.LoadPetrarchActors(fh, f)
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	fh, err := os.Open(dir + "Phoenix.agents.txt")
	if err != nil {
		t.Skip("Phoenix.agents.txt absent")
	}
	defer fh.Close()
	if err := d.LoadPetrarchAgents(fh, "Phoenix.agents.txt"); err != nil {
		t.Fatal(err)
	}
	m := NewMatcher(d)
	tests := []struct{ text, date, want string }{
		{"Hamid Karzai spoke.", "2005-01-01", "AFGGOV"},
		{"Afghan police arrested them.", "2005-01-01", "AFGCOP"},
	}
	for _, tt := range tests {
		dd := segment(t, tt.text, tt.date)
		if err := m.Process(dd); err != nil {
			t.Fatal(err)
		}
		if len(dd.Actors) == 0 || dd.Actors[0].Actor.Code != tt.want {
			t.Errorf("%s: got %s, want first code %s", tt.text, dump(dd), tt.want)
		}
	}
	byKind, n := d.Stats()
	t.Logf("Phoenix: %v entries, %d phrases", byKind, n)
}
