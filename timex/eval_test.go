package timex

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// trainDir is the TempEval-3 training data (TimeBank + AQUAINT), read-only
// third-party data outside the repository.
const trainDir = "../../shared/data/tempeval3/train"

// TestTempEvalTrain scores the tagger on the TempEval-3 training set and
// fails when value or strict F1 fall below the floors reached so far.
// Set TIMEX_DIFFS=FILE to write every disagreement to FILE.
func TestTempEvalTrain(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(trainDir, "*", "*.tml"))
	if len(files) == 0 {
		t.Skipf("TempEval-3 training data not found at %s (it lives in ../shared, outside the repository)", trainDir)
	}
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var total Score
	var out strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sc, diffs, err := tg.Evaluate(data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		total.Add(sc)
		for _, d := range diffs {
			fmt.Fprintf(&out, "%s\t%-8s\tgold=%s\tsys=%s\n", filepath.Base(f), d.Kind, d.Gold, d.System)
		}
	}
	if p := os.Getenv("TIMEX_DIFFS"); p != "" {
		if err := os.WriteFile(p, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("TempEval-3 train: %d docs, gold %d, system %d: strict F1 %.2f, relaxed F1 %.2f, type F1 %.2f, value F1 %.2f",
		len(files), total.Gold, total.System, 100*total.StrictF1(), 100*total.RelaxedF1(), 100*total.TypeF1(), 100*total.ValueF1())
	const valueFloor, strictFloor = 0.8350, 0.8995
	if total.ValueF1() < valueFloor || total.StrictF1() < strictFloor {
		t.Errorf("regression: value F1 %.2f (floor %.2f), strict F1 %.2f (floor %.2f)", 100*total.ValueF1(), 100*valueFloor, 100*total.StrictF1(), 100*strictFloor)
	}
}
