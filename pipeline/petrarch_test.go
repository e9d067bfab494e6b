package pipeline

import (
	"io"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals/actors"
	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/doc"
)

const petrarchDir = "../../shared/peers/petrarch2"

// petrarchFloor is just under the number of PETRARCH unit records Annals
// codes exactly right (PETRARCH2 itself, with gold parse trees: 83 of 283).
const petrarchFloor = 210

// TestPetrarchUnitRecords runs PETRARCH's unit-test records from raw text
// with PETRARCH's own validation dictionaries and counts exact matches.
func TestPetrarchUnitRecords(t *testing.T) {
	if _, err := os.Stat(petrarchDir + "/PETR.UnitTest.records.xml"); err != nil {
		t.Skip("../shared/peers/petrarch2 absent: skipping the PETRARCH unit-record test")
	}
	var trace func(string) io.Writer
	if ids := os.Getenv("PETRARCH_TRACE"); ids != "" {
		// PETRARCH_TRACE=ID,ID... prints the coder's decisions for those records.
		trace = func(id string) io.Writer {
			if strings.Contains(","+ids+",", ","+id+",") {
				return os.Stdout
			}
			return nil
		}
	}
	res, err := PetrarchEvalTrace(petrarchDir, trace)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != 284 {
		t.Errorf("read %d records, want 284", len(res.Records))
	}
	if testing.Verbose() || os.Getenv("PETRARCH_FAILS") != "" {
		for i, r := range res.Records {
			if !res.OK(i) {
				t.Logf("FAIL %s: %s\n  want %v\n  got  %v", r.ID, r.Text, r.Want, res.Got[i])
			}
		}
	}
	t.Logf("verb dictionary: %d blocks, %d patterns, skipped %v", res.Verbs.Blocks, res.Verbs.Patterns, res.Verbs.Skipped)
	t.Logf("PETRARCH unit records: %d/%d exactly right", res.Exact, len(res.Records))
	if res.Exact < petrarchFloor {
		t.Errorf("exactly right: %d, want at least %d", res.Exact, petrarchFloor)
	}
}

func TestReadPetrarchRecords(t *testing.T) {
	const in = `<Validation><Sentences>
<!-- <Sentence date="19950101" id="X-0" category="C"><Text>commented out</Text></Sentence> -->
<Sentence date = "19950101" id ="X-1" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode='"NEW ACTOR"' targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor &amp; Gondor
</Text>
<Parse>(ROOT)</Parse>
</Sentence>
<Config option="require_dyad" value="False"></Config>
<Sentence date="19950102" id="X-2" category="ERROR"><EventCoding error="storydiscard"></EventCoding><Text>x</Text></Sentence>
<Sentence date="19950102" id="X-3" category="ERROR"><EventCoding noevents = "True"></EventCoding><Text>y</Text></Sentence>
</Sentences></Validation>`
	recs, err := ReadPetrarchRecords(strings.NewReader(in), "t.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 {
		t.Fatalf("got %d records, want 3", len(recs))
	}
	r := recs[0]
	if r.ID != "X-1" || r.Text != "Arnor & Gondor" || !r.RequireDyad || r.Date.Format("20060102") != "19950101" ||
		strings.Join(r.Want, "|") != `ARN GON 064|"NEW ACTOR" GON 064` {
		t.Errorf("record 1: %+v", r)
	}
	if recs[1].Error != "storydiscard" || recs[1].RequireDyad || len(recs[1].Want) != 0 {
		t.Errorf("record 2: %+v", recs[1])
	}
	if len(recs[2].Want) != 0 || recs[2].Error != "" {
		t.Errorf("record 3: %+v", recs[2])
	}
	if _, err := ReadPetrarchRecords(strings.NewReader(`<Sentence date="1995" id="B"><Text>x</Text></Sentence>`), "b.xml"); err == nil || !strings.Contains(err.Error(), "b.xml") {
		t.Errorf("bad date: got %v, want an error naming b.xml", err)
	}
}

func TestPetrarchDiscards(t *testing.T) {
	ds, err := readPetrarchDiscards(strings.NewReader("MONTHS LATER\n+World Golf Championships   # c\n\nBASEBALL\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want bool
	}{
		{"He returned months later.", true},
		{"the World Golf Championships began", true},
		{"baseball competition", true},
		{"baseballs", false},
		{"months passed, later", false},
	}
	for _, tt := range tests {
		if got := ds.match(tt.text); got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestPetrarchDictionaries codes sentences with small PETRARCH-format
// dictionaries loaded as replacements, exercising what the converter maps
// onto the coder: paired codes, compound slots, null patterns, negation
// inside a pattern, inflected headwords, coordinated verbs, titles.
func TestPetrarchDictionaries(t *testing.T) {
	const actorsTxt = `ARNOR_ [ARN]
GONDOR_ [GON]
ROHAN_ [ROH]
FORNOST_ [FOR]
ARAGORN_ [ARN]
`
	const agentsTxt = "PRESIDENT [~GOV]\n"
	const verbsTxt = `--- VISIT [032:033] ---
VISIT
--- DELAY [---] ---
DELAY
- % HAVE * [191]
--- MEET [031] ---
MEET
- * CARD [---]
--- ALLOW [080] ---
ALLOW
- NOT * [112]
- RECENTLY_* [025]
--- SAID [023] ---
SAID
--- CONDEMN [122] ---
CONDEMN
--- PROMISE [050] ---
PROMISE
--- DEPART [032] ---
DEPART
--- RISEN [---] ---
RISEN
- DEATH TOLL * [223]
--- REGRET [111] ---
REGRET
- NOTED + * [115]
--- SIGN [081] ---
SIGN
- * TRADE PROTOCOL [085]
--- CELEBRATE [---] ---
CELEBRATE
- * IFTAR IN ^ + [045]
`
	ad := actors.New()
	if err := ad.LoadPetrarchActors(strings.NewReader(actorsTxt), "t.actors"); err != nil {
		t.Fatal(err)
	}
	if err := ad.LoadPetrarchAgents(strings.NewReader(agentsTxt), "t.agents"); err != nil {
		t.Fatal(err)
	}
	vd := coder.NewDictionary()
	if err := vd.LoadPetrarchVerbs(strings.NewReader(verbsTxt), "t.verbs", nil); err != nil {
		t.Fatal(err)
	}
	a, err := New(Options{Actors: ad, Verbs: vd})
	if err != nil {
		t.Fatal(err)
	}
	a.Coder.Literal, a.Coder.PrepTargets = true, true
	tests := []struct{ text, want string }{
		{"Arnor visited Gondor.", "ARN GON 032; GON ARN 033"},
		{"Arnor and Gondor have delayed their meeting.", "ARN GON 191; GON ARN 191"},
		{"Arnor delayed the meeting with Gondor.", ""},
		{"Arnor met Gondor.", "ARN GON 031"},
		{"Arnor met card players from Gondor.", ""},
		{"Arnor allowed Gondor to leave.", "ARN GON 080"},
		{"Arnor did not allow Gondor to leave.", "ARN GON 112"},
		{"Arnor recently allowed Gondor to leave.", "ARN GON 025"},
		{"Arnor recently did allow Gondor to leave.", "ARN GON 080"},
		{"Arnor said Gondor was wrong.", "ARN GON 023"},
		{"Arnor says Gondor is wrong.", ""},
		{"Arnor condemned Rohan and promised aid to Gondor.", "ARN GON 050; ARN ROH 122"},
		{"Arnor President Aragorn condemned Rohan.", "ARNGOV ROH 122"},
		{"Fornost and the evil Gondor condemned Rohan.", "FOR ROH 122; GON ROH 122"},
		{"Arnor departed from Gondor.", "ARN GON 032"}, // PrepTargets
		{"Rohan said it would visit Gondor.", "GON ROH 033; ROH GON 023; ROH GON 032"},
		{"Arnor, in remarks published on Monday, condemned Rohan.", "ARN ROH 122"},
		{"Arnor signed an 800 million ducat trade protocol with Gondor.", "ARN GON 085"},
		{"Arnor signed a protocol on trade with Gondor.", "ARN GON 081"},
		{"Arnor regretted that Rohan left.", "ARN ROH 111"},
		{"Arnor noted that Rohan regretted the decision of Gondor.", "ARN ROH 115"},
		{"Arnor's death and injury toll has risen in the war with Gondor.", "ARN GON 223"},
		{"Arnor and two towns have risen against Gondor.", ""},
		{"Arnor celebrated Iftar in Rohan with the leaders of Gondor.", "ARN GON 045"},
		{"Arnor celebrated Iftar in the capital with Gondor.", "ARN GON 045"},
	}
	for _, tt := range tests {
		d := &doc.Document{ID: "t", Text: tt.text, Date: time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)}
		if os.Getenv("PETRARCH_TRACE") != "" {
			a.Coder.Trace = coder.WriteTrace(os.Stdout)
		}
		if err := a.Process(d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range d.Events {
			src, tgt := "---", "---"
			if e.Source != nil {
				src = e.Source.Actor.Code
			}
			if e.Target != nil {
				tgt = e.Target.Actor.Code
			}
			got = append(got, src+" "+tgt+" "+e.Code)
		}
		sort.Strings(got)
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("%s\n  got  %q\n  want %q", tt.text, g, tt.want)
		}
	}
}
