package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkParseCommand runs "artparse parse -f jsonl" in-process over the
// boilerplate corpus's pages, all named on one command line, to profile
// the command's own share (reading, gunzip, encoding, writing) beside the
// parse. The corpus is found as the batch benchmarks find it: from
// ARTPARSE_CORPUS, or ../shared/corpus next to the module root; without it
// the benchmark is skipped. Whole-process CPU, which this leaves out
// (start-up, the collector's threads), is measured from the shell; see
// README's design notes.
//
//	go test ./cmd/artparse -run '^$' -bench ParseCommand -benchmem -count 5
func BenchmarkParseCommand(b *testing.B) {
	dir := os.Getenv("ARTPARSE_CORPUS")
	switch {
	case dir == "":
		dir = filepath.Join("..", "..", "..", "shared", "corpus")
	case !filepath.IsAbs(dir):
		dir = filepath.Join("..", "..", dir)
	}
	pages := filepath.Join(dir, "boilerplate", "pages")
	ents, err := os.ReadDir(pages)
	if err != nil {
		b.Skipf("no corpus pages at %s; set ARTPARSE_CORPUS", pages)
	}
	args := []string{"parse", "-f", "jsonl"}
	var total int64
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".html.gz") {
			args = append(args, filepath.Join(pages, e.Name()))
			if fi, err := e.Info(); err == nil {
				total += fi.Size()
			}
		}
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		if code := run(args, strings.NewReader(""), io.Discard, io.Discard); code != exitOK && code != exitFailure {
			b.Fatalf("exit status %d", code)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*(len(args)-3)), "us/page")
}
