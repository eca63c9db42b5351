package parse_test

import (
	"runtime"
	"testing"

	"github.com/artparse/artparse/parse"
	"github.com/artparse/artparse/parse/internal/quality"
)

var sink *parse.Article

// BenchmarkCorpus parses a whole evaluation corpus per iteration, one page
// after another on one goroutine, with the pages already in memory. It
// reports MB/s of uncompressed input and allocations per page. The
// sub-benchmarks are html/boilerplate, html/readability, html/dates,
// text/boilerplate and text/readability.
func BenchmarkCorpus(b *testing.B) {
	_, dir := quality.CorpusDir(b)
	for _, s := range quality.Corpora {
		name := s.Name
		if !s.Text {
			name = "html/" + name
		}
		var c *quality.Corpus // loaded on the first run, kept for the larger b.N
		b.Run(name, func(b *testing.B) {
			if c == nil {
				var err error
				if c, err = quality.Load(dir, s); err != nil {
					b.Fatal(err)
				}
			}
			opts := make([]parse.Options, len(c.Pages))
			for i, p := range c.Pages {
				opts[i] = parse.Options{Input: format(s), URL: p.Truth.URL}
			}
			b.SetBytes(c.Bytes())
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			b.ResetTimer()
			for range b.N {
				for i, p := range c.Pages {
					sink, _ = parse.ParseBytes(p.Data, opts[i])
				}
			}
			b.StopTimer()
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N*len(c.Pages)), "allocs/page")
		})
		c = nil
	}
}
