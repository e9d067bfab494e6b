package postag

import (
	"runtime"
	"strings"
	"testing"

	"github.com/annals-dev/annals/doc"
)

// benchText is pre-tokenized news-like text, one sentence a line.
const benchText = `Serbian police detained 12 people on Monday after clashes in the north of Kosovo , officials said .
The NATO-led mission said its troops had been deployed to protect the border crossing .
" We will not allow violence , " President Aleksandar Vucic told reporters in Belgrade .
Talks between the two sides , mediated by the European Union , broke down in 2023 .
The U.S. State Department called on both governments to reduce tensions and return to dialogue .
Protesters threw stones at police , who responded with tear gas ; at least 30 were injured .
Russia 's foreign ministry accused the West of supporting the attack on Serb communities .
The 78-day bombing campaign ended in June 1999 with the withdrawal of Yugoslav forces .`

// benchDoc builds a document from benchText repeated, with sentences and
// tokens as the text package would produce them.
func benchDoc(repeat int) *doc.Document {
	var sb strings.Builder
	for i := 0; i < repeat; i++ {
		sb.WriteString(benchText)
		sb.WriteByte('\n')
	}
	d := &doc.Document{Text: sb.String()}
	off := 0
	for _, line := range strings.SplitAfter(d.Text, "\n") {
		s := doc.Sentence{FirstToken: len(d.Tokens)}
		s.Start = off
		pos := off
		for _, w := range strings.Fields(line) {
			i := strings.Index(d.Text[pos:], w) + pos
			d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: i, End: i + len(w)}, Text: d.Text[i : i+len(w)], Sentence: len(d.Sentences)})
			pos = i + len(w)
		}
		off += len(line)
		s.End = off
		s.EndToken = len(d.Tokens)
		if s.EndToken > s.FirstToken {
			d.Sentences = append(d.Sentences, s)
		}
	}
	return d
}

func BenchmarkProcess(b *testing.B) {
	tg, err := New()
	if err != nil {
		b.Fatal(err)
	}
	d := benchDoc(50)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := tg.Process(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad measures parsing the model and reports the heap it keeps.
func BenchmarkLoad(b *testing.B) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	m, err := loadModel(modelText)
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(m)
	retained := float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := loadModel(modelText); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(retained, "MiB-retained")
}
