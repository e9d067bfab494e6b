package lemma

import (
	"runtime"
	"testing"
)

func BenchmarkLoad(b *testing.B) {
	files := map[string]string{}
	for _, name := range []string{fileIrregular, fileRules, fileLexicon, fileExtra} {
		data, err := dataFS.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		files[name] = string(data)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	t, err := parseTables(files)
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(t)
	retained := float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := parseTables(files); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(retained, "MiB-retained")
}
