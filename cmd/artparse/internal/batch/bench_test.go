//go:build unix

package batch

import (
	"context"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/artparse/artparse/cmd/artparse/internal/batch/batchtest"
	"github.com/artparse/artparse/cmd/artparse/internal/input"
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

// BenchmarkBatch measures a batch run (Run, in-process) on the corpus
// pages against the extraction alone, which gives the two figures the
// batch command is held to:
//
//   - extract: read, gunzip and parse every page, one after another, with
//     no walk and no output: the work a batch cannot avoid.
//   - extract-par=2: the same on two goroutines, the best two workers
//     could do on this machine at this moment.
//   - jobs=1, jobs=2: a whole run (walk, parse, encode with testEncoder,
//     write to a temporary file, rename) into a fresh output folder.
//
// Per-file overhead is jobs=1 over extract, minus one: jobs=1 reports it
// as extra-% (wall clock) and cpu-extra-% (CPU time), against the extract
// of the same -count round. That difference is small against the noise of
// a shared machine, so overhead measures it directly too: a whole run
// with one worker on as many tiny generated pages, whose parsing
// costs next to nothing; its share-% (and cpu-share-%) is its time per
// file over extract's, an upper bound of the overhead's share on the
// corpus pages. Scaling is jobs=2's speedup (jobs=1's ns/op over its own,
// same round) and cpu-ratio (its CPU time over jobs=1's); on a shared
// machine the speedup is capped by the cores that are free, while a
// cpu-ratio near 1 says the work parallelises with no extra cost, so the
// wall-clock ratio then only depends on idle cores. jobs=2 against
// extract-par=2 shows what the pool itself costs.
//
// extract runs under the garbage collector setting batch uses
// (GCPercent, unless GOGC is set), so that the comparison is of the
// run's overhead, not of two GC settings.
//
// The pattern must end in $: 'BenchmarkBatch' alone also runs
// BenchmarkBatchMemory, whose 100,000 files are deleted afterwards, and on
// ext4 creating files soon after a mass deletion is slow (the inode
// allocator skips recently deleted inodes), which inflates every figure
// that writes files.
//
//	go test ./cmd/artparse/internal/batch -run '^$' -bench 'BenchmarkBatch$' -benchtime 1x -count 5
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
		data, err := input.Read(f, nil, parse.Options{MaxBytes: -1})
		if err != nil {
			b.Fatal(err)
		}
		total += int64(len(data))
	}
	// Each sub-benchmark runs -count times before the next starts, so the
	// ratios are taken against the medians of the earlier sub-benchmark's
	// runs so far.
	var extractNs, extractCPU, jobs1Ns, jobs1CPU medianOf
	report := func(b *testing.B, bytes int64, cpu0, sys0 time.Duration) (nsPerFile, cpuPerFile float64) {
		sec := b.Elapsed().Seconds() / float64(b.N)
		cpu := float64((cpuTime() - cpu0).Milliseconds()) / float64(b.N)
		// The kernel's share, most of it creating the record files.
		b.ReportMetric(float64((sysTime()-sys0).Milliseconds())/float64(b.N), "sys-ms/op")
		b.ReportMetric(float64(len(files))/sec, "pages/s")
		b.ReportMetric(sec*1e6/float64(len(files)), "us/file")
		if bytes > 0 {
			b.ReportMetric(float64(bytes)/1e6/sec, "MB/s")
		}
		b.ReportMetric(cpu, "cpu-ms/op")
		return sec * 1e9 / float64(len(files)), cpu / float64(len(files))
	}
	percent := func(b *testing.B, num, den float64, unit string) {
		if den > 0 {
			b.ReportMetric(100*num/den, unit)
		}
	}

	// extract reads and parses the pages on par goroutines taking the next
	// page in turn: the ideal a pool of par workers can approach.
	extract := func(b *testing.B, par int) (nsPerFile, cpuPerFile float64) {
		if os.Getenv("GOGC") == "" {
			defer debug.SetGCPercent(debug.SetGCPercent(GCPercent))
		}
		cpu0, sys0 := cpuTime(), sysTime()
		for b.Loop() {
			var next atomic.Int64
			var wg sync.WaitGroup
			for range par {
				wg.Go(func() {
					for i := next.Add(1) - 1; i < int64(len(files)); i = next.Add(1) - 1 {
						data, err := input.Read(files[i], nil, parse.Options{MaxBytes: -1})
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
		return report(b, total, cpu0, sys0)
	}
	b.Run("extract", func(b *testing.B) {
		ns, cpu := extract(b, 1)
		extractNs.add(ns)
		extractCPU.add(cpu)
	})
	b.Run("extract-par=2", func(b *testing.B) { extract(b, 2) })

	// Every run writes into a new folder, and nothing is deleted before
	// the last sub-benchmark ends: on a file system without a journal,
	// ext4 skips inodes freed in the last minute or more when it allocates
	// one (so as not to reuse an inode a crash could still see), which made
	// creating a record file cost up to a millisecond right after the
	// previous run's folders were removed. Real runs rarely follow a mass
	// deletion; the benchmark should not make every run follow one.
	root := b.TempDir()
	outs := 0
	batch := func(b *testing.B, in string, jobs int, bytes int64) (nsPerFile, cpuPerFile float64) {
		cpu0, sys0 := cpuTime(), sysTime()
		for b.Loop() {
			var stderr strings.Builder
			outs++
			cfg := testConfig(filepath.Join(root, "out"+strconv.Itoa(outs)), in)
			cfg.Jobs, cfg.Stderr = jobs, &stderr
			if res, err := Run(context.Background(), cfg); err != nil || res.Failed > 0 {
				b.Fatalf("%d failed, %v: %s", res.Failed, err, stderr.String())
			}
			if _, ok, _ := summary(b, stderr.String()); ok != len(files) {
				b.Fatalf("%d ok, want %d", ok, len(files))
			}
		}
		return report(b, bytes, cpu0, sys0)
	}
	tiny := filepath.Join(root, "tiny")
	if err := batchtest.GenPages(tiny, len(files), 1); err != nil {
		b.Fatal(err)
	}
	b.Run("overhead", func(b *testing.B) {
		ns, cpu := batch(b, tiny, 1, 0)
		percent(b, ns, extractNs.median(), "share-%")
		percent(b, cpu, extractCPU.median(), "cpu-share-%")
	})
	b.Run("jobs=1", func(b *testing.B) {
		ns, cpu := batch(b, pages, 1, total)
		jobs1Ns.add(ns)
		jobs1CPU.add(cpu)
		percent(b, ns-extractNs.median(), extractNs.median(), "extra-%")
		percent(b, cpu-extractCPU.median(), extractCPU.median(), "cpu-extra-%")
	})
	b.Run("jobs=2", func(b *testing.B) {
		ns, cpu := batch(b, pages, 2, total)
		if ns > 0 && jobs1Ns.median() > 0 {
			b.ReportMetric(jobs1Ns.median()/ns, "speedup")
		}
		if jobs1CPU.median() > 0 {
			b.ReportMetric(cpu/jobs1CPU.median(), "cpu-ratio")
		}
	})
}

// medianOf collects figures and gives their median (0 when empty).
type medianOf []float64

func (m *medianOf) add(x float64) { *m = append(*m, x) }

func (m medianOf) median() float64 {
	if len(m) == 0 {
		return 0
	}
	s := slices.Clone(m)
	slices.Sort(s)
	if n := len(s); n%2 == 0 {
		return (s[n/2-1] + s[n/2]) / 2
	}
	return s[len(s)/2]
}

// cpuTime returns the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// sysTime returns the system CPU time the process has used.
func sysTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Stime.Nano())
}
