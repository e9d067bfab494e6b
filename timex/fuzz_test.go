package timex

import (
	"testing"
	"time"
)

// FuzzTag: any text, with or without a document date, tags without
// panicking, and every expression lies inside the text on rune boundaries.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"The talks collapsed in March after three rounds.",
		"It's a quarter to eight. At 2046 GMT Monday (0100 GMT) on Friday.",
		"the end of the century, mid-year, another year, 1600 Pennsylvania Avenue",
		"Sept. 11, 2001, was a Tuesday; from June to September; each Dec. 12",
		"o'clock o ' clock 12:61 99/99/9999 -- 1999- - 'til",
	} {
		f.Add(s, int64(0))
		f.Add(s, int64(1_000_000_000))
	}
	f.Fuzz(func(t *testing.T, text string, sec int64) {
		var dct time.Time
		if sec != 0 {
			dct = time.Unix(sec%4_000_000_000, 0).UTC()
		}
		for _, x := range testTagger.Tag(text, dct) {
			if x.Start < 0 || x.End > len(text) || x.Start >= x.End {
				t.Fatalf("span %d-%d outside %q", x.Start, x.End, text)
			}
		}
	})
}
