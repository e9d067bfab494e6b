package pipeline

import (
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/ingest"
)

// loadBench reads up to max articles of ../shared/data/news-bench/bbc.jsonl.gz.
func loadBench(b *testing.B, max int) []*doc.Document {
	var docs []*doc.Document
	err := ingest.Walk([]string{"../../shared/data/news-bench/bbc.jsonl.gz"}, ingest.Options{}, func(d *doc.Document, err error) error {
		if err == nil && len(docs) < max {
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil || len(docs) == 0 {
		b.Skip("../shared/data/news-bench is absent: skipping the pipeline benchmark")
	}
	return docs
}

// BenchmarkPipeline codes BBC news articles on all cores and reports
// articles/s and words/s.
func BenchmarkPipeline(b *testing.B) {
	docs := loadBench(b, 500)
	a, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, d := range docs {
		words += len(strings.Fields(d.Text))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var wg sync.WaitGroup
		ch := make(chan *doc.Document)
		for w := 0; w < runtime.GOMAXPROCS(0); w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for d := range ch {
					d.Events, d.Actors, d.Places, d.Timexes = d.Events[:0], d.Actors[:0], d.Places[:0], d.Timexes[:0]
					if err := a.Process(d); err != nil {
						b.Error(err)
					}
				}
			}()
		}
		for _, d := range docs {
			ch <- d
		}
		close(ch)
		wg.Wait()
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(len(docs)*b.N)/sec, "articles/s")
	b.ReportMetric(float64(words*b.N)/sec, "words/s")
}
