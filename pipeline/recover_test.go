package pipeline

import (
	"strings"
	"testing"

	"github.com/annals-dev/annals/doc"
)

// panicky is a stage with a defect.
type panicky struct{}

func (panicky) Name() string { return "panicky" }
func (panicky) Process(d *doc.Document) error {
	var xs []int
	_ = xs[len(d.Text)] // index out of range
	return nil
}

// TestProcessRecoversFromDefects: a stage that panics on one article turns
// into an error naming the article; the annotator stays usable.
func TestProcessRecoversFromDefects(t *testing.T) {
	a := &Annotator{Stages: doc.Pipeline{panicky{}}}
	err := a.Process(&doc.Document{ID: "bad-article.txt", Text: "x"})
	if err == nil || !strings.Contains(err.Error(), `"bad-article.txt"`) || !strings.Contains(err.Error(), "internal error") {
		t.Fatalf("got %v, want an internal error naming the article", err)
	}
	a.Stages = nil
	if err := a.Process(&doc.Document{ID: "good.txt", Text: "y"}); err != nil {
		t.Fatalf("after a defect: %v", err)
	}
}
