package pipeline

import (
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals/doc"
)

// FuzzProcess: the whole pipeline codes any text without a defect (a
// panic in a stage comes back as an "internal error").
func FuzzProcess(f *testing.F) {
	a, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"Russian forces attacked Ukraine from the north on Thursday. Hours later, they captured Hostomel.",
		"KYIV, Oct 5 (Reuters) - Two days after the vote, rebels attacked. Both sides accused each other.",
		"In Moscow, foreign ministry spokeswoman Maria Zakharova praised the Armenian people.",
		"\"We will not negotiate,\" he said. It's a quarter to eight. Sea of Japan, Saudi-led coalition jets.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := &doc.Document{ID: "fuzz", Text: text, Date: time.Date(2020, 1, 5, 0, 0, 0, 0, time.UTC)}
		if err := a.Process(d); err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatal(err)
		}
	})
}
