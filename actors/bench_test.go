package actors

import (
	"os"
	"strings"
	"testing"

	"github.com/annals-dev/annals/doc"
)

const benchText = `The European Union and Georgia are discussing a renewed programme of joint customs training, bloc foreign policy chief Josep Borrell said after talks in Tbilisi with Georgian Prime Minister Irakli Kobakhidze.
Relations between Armenia and Azerbaijan worsened after gunmen fired on an Armenian border post near the village of Sotk, when two Armenian soldiers and a civilian driver were wounded.
Indian troops and Pakistani rangers exchanged fire in Kashmir on Sunday, the Pakistani foreign ministry said, while the United Nations urged calm and Chinese diplomats met Iranian Foreign Minister Abbas Araghchi in Beijing.
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
