package actors

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestPetrarchUnitActors runs the matcher with the PETRARCH validation
// dictionaries over the unit-test records in ../shared and reports how many
// expected source/target codes appear among the mentions of their sentence:
// the actor side of the event coder's PETRARCH compatibility test.
func TestPetrarchUnitActors(t *testing.T) {
	dir := "../../shared/peers/petrarch2/"
	raw, err := os.ReadFile(dir + "PETR.UnitTest.records.xml")
	if err != nil {
		t.Skip("../shared/peers/petrarch2 absent: skipping the PETRARCH unit-record actor measure")
	}
	d := New()
	for _, f := range []struct {
		name   string
		agents bool
	}{{"PETR.Validate.actors.txt", false}, {"PETR.Validate.agents.txt", true}} {
		fh, err := os.Open(dir + f.name)
		if err != nil {
			t.Skip(f.name + " absent")
		}
		if f.agents {
			err = d.LoadPetrarchAgents(fh, f.name)
		} else {
			err = d.LoadPetrarchActors(fh, f.name)
		}
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	m := NewMatcher(d)
	recRE := regexp.MustCompile(`(?s)<Sentence date="(\d{8})"[^>]*>(.*?)</Sentence>`)
	codeRE := regexp.MustCompile(`(source|target)code="([^"]*)"`)
	textRE := regexp.MustCompile(`(?s)<Text>\s*(.*?)\s*</Text>`)
	found, total := 0, 0
	var missed []string
	for _, r := range recRE.FindAllStringSubmatch(string(raw), -1) {
		tm := textRE.FindStringSubmatch(r[2])
		if tm == nil {
			continue
		}
		date, _ := time.Parse("20060102", r[1])
		dd := segment(t, strings.Join(strings.Fields(tm[1]), " "), date.Format("2006-01-02"))
		if err := m.Process(dd); err != nil {
			t.Fatal(err)
		}
		have := map[string]bool{}
		for _, a := range dd.Actors {
			for _, c := range strings.Split(a.Actor.Code, "/") {
				have[c] = true
			}
		}
		for _, c := range codeRE.FindAllStringSubmatch(r[2], -1) {
			total++
			if have[c[2]] {
				found++
			} else if len(missed) < 25 {
				missed = append(missed, c[2])
			}
		}
	}
	if total == 0 {
		t.Skip("no records found")
	}
	t.Logf("expected actor codes present among mentions: %d/%d (%.1f%%); first misses: %v",
		found, total, 100*float64(found)/float64(total), missed)
	if float64(found) < 0.5*float64(total) {
		t.Errorf("only %d/%d expected actor codes found", found, total)
	}
}
