package actors

import (
	"os"
	"strings"
	"testing"
)

func TestDemoDebug(t *testing.T) {
	for _, f := range []string{"0005", "0040", "0090", "0120"} {
		b, err := os.ReadFile("../../shared/data/news-demo/" + f + ".txt")
		if err != nil {
			t.Skip()
		}
		s := string(b)
		date := ""
		if strings.HasPrefix(s, "date ") {
			date = s[5:15]
		}
		d := segment(t, s, date)
		matcher(t).Process(d)
		t.Log(f, date, "\n", s[:min(len(s), 1500)], "\n", dump(d))
	}
}
