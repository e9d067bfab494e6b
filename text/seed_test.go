package text

import (
	"os"
	"testing"

	"github.com/annals-dev/annals/doc"
)

func TestSeedArticleSentences(t *testing.T) {
	b, err := os.ReadFile("../../shared/data/seed/000_5472faff92c77e7c.txt")
	if err != nil {
		t.Skip("../shared absent: skipping the example-article sentence count")
	}
	seg, _ := New()
	d := &doc.Document{Text: string(b)}
	seg.Process(d)
	for _, s := range d.Sentences {
		t.Logf("%q", d.Text[s.Start:s.End])
	}
	if len(d.Sentences) != 16 {
		t.Errorf("got %d sentences, want 16", len(d.Sentences))
	}
}
