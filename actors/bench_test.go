package actors

import (
	"os"
	"strings"
	"testing"

	"github.com/annals-dev/annals/doc"
)

const benchText = `NATO and Serbia are looking into the possible resumption of joint military exercises, alliance chief Jens Stoltenberg said after talks in Belgrade with Serbian President Aleksandar Vucic.
Tensions between Kosovo and Serbia increased after an attack by an armed group on the Kosovo police in the village of Banjska in northern Kosovo, when one Kosovar police officer and three attackers were killed.
Israeli troops and Hamas fighters clashed in Gaza on Tuesday, the Palestinian health ministry said, while the White House urged restraint and Turkish officials met Russian Foreign Minister Sergei Lavrov in Ankara.
`

// BenchmarkMatcher measures the matcher alone on tokenized text (the example
// article when ../shared is present) and reports words per second.
func BenchmarkMatcher(b *testing.B) {
	text := strings.Repeat(benchText, 20)
	if raw, err := os.ReadFile("../../shared/data/seed/000_5472faff92c77e7c.txt"); err == nil {
		text = strings.Repeat(string(raw)+"\n\n", 5)
	}
	d := segment(b, text, "2023-11-21")
	m := matcher(b)
	words := 0
	for _, t := range d.Tokens {
		if t.Text != "" && (t.Text[0] >= 'A' && t.Text[0] <= 'Z' || t.Text[0] >= 'a' && t.Text[0] <= 'z' || t.Text[0] >= '0' && t.Text[0] <= '9') {
			words++
		}
	}
	actors := make([]doc.ActorMention, 0, 512)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Actors = actors[:0]
		if err := m.Process(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkLoadDefault measures parsing and compiling the embedded data.
func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d := New()
		for _, f := range dataFiles {
			raw, _ := dataFS.ReadFile("data/" + f)
			if err := d.Load(strings.NewReader(string(raw)), f); err != nil {
				b.Fatal(err)
			}
		}
		d.compile()
	}
}
