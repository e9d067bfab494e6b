package actors

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestPloverActorRecall measures, on ../shared/data/plover_gsr_dev, how many
// gold source and target actors (by the first three letters of their code,
// as score_plover.py compares them) appear among the mentions the matcher
// finds in the sentence. It is a recall bound for the event coder's actor
// score, not that score itself.
func TestPloverActorRecall(t *testing.T) {
	f, err := os.Open("../../shared/data/plover_gsr_dev/plover_gsr.normalized.jsonl")
	if err != nil {
		t.Skip("../shared/data/plover_gsr_dev absent: skipping the actor recall measure")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	found, total := 0, 0
	var missed []string
	for sc.Scan() {
		var r struct {
			Date, Text     string
			Source, Target []struct{ Text, Code string }
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		d := segment(t, r.Text, r.Date)
		if err := matcher(t).Process(d); err != nil {
			t.Fatal(err)
		}
		have := map[string]bool{}
		for _, a := range d.Actors {
			c := a.Actor.Code
			if len(c) >= 3 {
				have[c[:3]] = true
			}
			if a.Actor.Country != "" {
				have[a.Actor.Country] = true
			}
		}
		for _, g := range append(r.Source, r.Target...) {
			if len(g.Code) < 3 {
				continue
			}
			total++
			if have[strings.ToUpper(g.Code[:3])] {
				found++
			} else if len(missed) < 40 {
				missed = append(missed, g.Code+" «"+g.Text+"»")
			}
		}
	}
	if total == 0 {
		t.Skip("no records")
	}
	t.Logf("gold actors found among mentions: %d/%d (%.1f%%)", found, total, 100*float64(found)/float64(total))
	t.Logf("missed (first 40): %s", strings.Join(missed, "; "))
	if float64(found) < 0.7*float64(total) {
		t.Errorf("actor recall %d/%d below 70%%", found, total)
	}
}
