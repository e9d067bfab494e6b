package pipeline

import (
	"io"
	"os"
	"strings"
	"testing"
)

const petrarchDir = "../../shared/peers/petrarch2"

// petrarchFloor is just under the number of PETRARCH unit records Annals
// codes exactly right (PETRARCH2 itself, with gold parse trees: 83 of 283).
const petrarchFloor = 155

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
