//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/artparse/artparse/parse"
)

// corpusPages returns the boilerplate corpus's page folder: from the
// ARTPARSE_CORPUS environment variable (relative to the module root), or
// ../shared/corpus next to the module root. The benchmarks that need it
// are skipped without it; nothing is copied from it.
func corpusPages(b *testing.B) string {
	b.Helper()
	wd, err := os.Getwd()
	if err != nil {
		b.Fatal(err)
	}
	root := wd
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(root)
		if parent == root {
			b.Fatal("no go.mod above the test folder")
		}
		root = parent
	}
	dir := filepath.Join(root, "..", "shared", "corpus")
	if env := os.Getenv("ARTPARSE_CORPUS"); env != "" {
		dir = env
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(root, dir)
		}
	}
	pages := filepath.Join(dir, "boilerplate", "pages")
	if _, err := os.Stat(pages); err != nil {
		b.Skipf("no corpus pages at %s; set ARTPARSE_CORPUS", pages)
	}
	return pages
}

// BenchmarkBatch measures "artparse batch" on the corpus pages against
// the extraction alone, which gives the two figures the batch command is
// held to:
//
//   - extract: read, gunzip and parse every page, one after another, with
//     no walk and no output: the work a batch cannot avoid.
//   - extract-par=2: the same on two goroutines, the best two workers
//     could do on this machine at this moment.
//   - jobs=1, jobs=2: the whole command (walk, parse, encode, write to a
//     temporary file, rename) into a fresh output folder.
//
// Per-file overhead is jobs=1 over extract, minus one. That difference is
// small against the noise of a shared machine, so overhead measures it
// directly: the whole command with one worker on as many tiny generated
// pages, whose parsing costs next to nothing; its us/file against
// extract's us/file bounds the overhead's share. Scaling is jobs=1
// over jobs=2 in ns/op; on a shared machine it is capped by the cores that
// are free, so cpu-ms/op is reported too: equal CPU time for both means the
// work parallelises with no extra cost, and the wall-clock ratio then only
// depends on idle cores; jobs=2 against extract-par=2 shows what the pool
// itself costs.
//
//	go test ./cmd/artparse -run '^$' -bench 'BenchmarkBatch$' -benchtime 1x -count 5
func BenchmarkBatch(b *testing.B) {
	pages := corpusPages(b)
	ents, err := os.ReadDir(pages)
	if err != nil {
		b.Fatal(err)
	}
	var files []string
	for _, e := range ents {
		if !e.IsDir() {
			files = append(files, filepath.Join(pages, e.Name()))
		}
	}
	// The decompressed size of the pages, read once, which also puts them
	// in the page cache for every run alike.
	var total int64
	for _, f := range files {
		data, err := readInput(f, nil, -1)
		if err != nil {
			b.Fatal(err)
		}
		total += int64(len(data))
	}
	report := func(b *testing.B, bytes int64, cpu0 time.Duration) {
		sec := b.Elapsed().Seconds() / float64(b.N)
		b.ReportMetric(float64(len(files))/sec, "pages/s")
		b.ReportMetric(sec*1e6/float64(len(files)), "us/file")
		if bytes > 0 {
			b.ReportMetric(float64(bytes)/1e6/sec, "MB/s")
		}
		b.ReportMetric(float64((cpuTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
	}

	// extract reads and parses the pages on par goroutines taking the next
	// page in turn: the ideal a pool of par workers can approach.
	extract := func(b *testing.B, par int) {
		cpu0 := cpuTime()
		for b.Loop() {
			var next atomic.Int64
			var wg sync.WaitGroup
			for range par {
				wg.Go(func() {
					for i := next.Add(1) - 1; i < int64(len(files)); i = next.Add(1) - 1 {
						data, err := readInput(files[i], nil, -1)
						if err != nil {
							b.Error(err)
							return
						}
						if _, err := parse.ParseBytes(data, parse.Options{}); err != nil {
							b.Error(err)
							return
						}
					}
				})
			}
			wg.Wait()
		}
		report(b, total, cpu0)
	}
	b.Run("extract", func(b *testing.B) { extract(b, 1) })
	b.Run("extract-par=2", func(b *testing.B) { extract(b, 2) })

	batch := func(b *testing.B, in, jobs string, bytes int64) {
		out := b.TempDir()
		cpu0 := cpuTime()
		for i := 0; b.Loop(); i++ {
			var stderr strings.Builder
			dst := filepath.Join(out, "run", string(rune('a'+i%26)))
			if code := run([]string{"batch", "-j", jobs, in, "-o", dst}, nil, nil, &stderr); code != exitOK {
				b.Fatalf("exit %d: %s", code, stderr.String())
			}
			if _, ok, _ := summary(b, stderr.String()); ok != len(files) {
				b.Fatalf("%d ok, want %d", ok, len(files))
			}
		}
		report(b, bytes, cpu0)
	}
	b.Run("overhead", func(b *testing.B) {
		tiny := filepath.Join(b.TempDir(), "tiny")
		if err := genPages(tiny, len(files), 1); err != nil {
			b.Fatal(err)
		}
		batch(b, tiny, "1", 0)
	})
	for _, jobs := range []string{"1", "2"} {
		b.Run("jobs="+jobs, func(b *testing.B) { batch(b, pages, jobs, total) })
	}
}

// cpuTime returns the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
