package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/store"
)

// benchDoc is a coded article of 15 sentences with 20 actor mentions, 5
// places, 8 timexes and 3 events, like a typical news article.
func benchDoc(i int) *doc.Document {
	var b strings.Builder
	words := strings.Fields("officials rebels met near town day army police said talks minister border attack aid city protest government leaders troops agreed")
	x := uint32(i*2654435761 + 1)
	for s := 0; s < 15; s++ {
		fmt.Fprintf(&b, "Sentence %d of article %d says", s, i)
		for w := 0; w < 12; w++ {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			b.WriteString(" " + words[x%uint32(len(words))])
		}
		b.WriteString(". ")
	}
	text := strings.TrimSpace(b.String())
	d := &doc.Document{ID: fmt.Sprint("bench-", i), Date: time.Date(2022, 1, 1+i%30, 0, 0, 0, 0, time.UTC), Text: text}
	start := 0
	for s := 0; s < 15; s++ {
		end := strings.Index(text[start:], ". ")
		if end < 0 {
			end = len(text) - start
		} else {
			end++
		}
		d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: start, End: start + end}})
		start += end + 1
	}
	for k := 0; k < 20; k++ {
		sn := d.Sentences[k%15]
		d.Actors = append(d.Actors, doc.ActorMention{Span: doc.Span{Start: sn.Start, End: sn.Start + 8}, Sentence: k % 15,
			Actor: doc.Actor{Name: "officials", Code: fmt.Sprintf("C%02dGOV", i%50), Country: "C00"}, Kind: "name", Rule: "actors/data/agents.txt:12"})
	}
	for k := 0; k < 5; k++ {
		sn := d.Sentences[k]
		d.Places = append(d.Places, doc.PlaceMention{Span: doc.Span{Start: sn.Start + 10, End: sn.Start + 14}, Sentence: k,
			Place: doc.Place{Name: fmt.Sprint("Town ", k), Country: "C00", Lat: 10, Lon: float64(k), GeonameID: 1000 + k, Feature: "city"}, Resolved: true})
	}
	for k := 0; k < 8; k++ {
		sn := d.Sentences[k]
		d.Timexes = append(d.Timexes, doc.Timex{Span: doc.Span{Start: sn.Start + 20, End: sn.Start + 25}, Type: "DATE", Value: "2022-01-02", Rule: "day"})
	}
	for k := 0; k < 3; k++ {
		d.Events = append(d.Events, doc.Event{Sentence: k, Trigger: doc.Span{Start: d.Sentences[k].Start, End: d.Sentences[k].Start + 4},
			Source: &d.Actors[k], Target: &d.Actors[k+3], Code: "040", Root: "04", QuadClass: 1, Date: d.Date.Format("2006-01-02"),
			DateSource: "article", Timex: -1, Location: &d.Places[k], Rule: "test"})
	}
	return d
}

func BenchmarkPutArticles(b *testing.B) {
	db, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	const batch = 200
	docs := make([]*doc.Document, 0, batch)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		docs = append(docs, benchDoc(i))
		if len(docs) == batch || i == b.N-1 {
			if _, err := db.PutArticles(context.Background(), docs); err != nil {
				b.Fatal(err)
			}
			docs = docs[:0]
		}
	}
	b.StopTimer()
	st, _ := db.Stats(context.Background())
	if st.Articles != int64(b.N) {
		b.Fatalf("%d articles stored, want %d", st.Articles, b.N)
	}
	_ = store.Hash
}
