//go:build linux

package batch

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/artparse/artparse/cmd/artparse/internal/batch/batchtest"
)

// maxrssRE finds the peak memory /usr/bin/time -f "maxrss %M" prints.
var maxrssRE = regexp.MustCompile(`(?m)^maxrss (\d+)$`)

// BenchmarkBatchMemory runs a batch in a process of its own (the test
// binary as helperMain) under /usr/bin/time over trees of small generated
// pages and reports its peak resident memory (maxrss-KB, /usr/bin/time's
// "Maximum resident set size"). Run streams its inputs, so the
// 100,000-file figure must stay within 2x of the 1,000-file one. It also
// gives the per-file cost of a run (us/file), since parsing such small
// pages costs next to nothing. (The rusage Go reports for a child is no
// use here: Linux counts the parent's memory from before the exec.)
// Generating the big tree takes a while, so run it on its own:
//
//	go test ./cmd/artparse/internal/batch -run '^$' -bench BenchmarkBatchMemory -benchtime 1x
func BenchmarkBatchMemory(b *testing.B) {
	const timeBin = "/usr/bin/time"
	if _, err := os.Stat(timeBin); err != nil {
		b.Skip("no /usr/bin/time to measure peak memory")
	}
	for _, n := range []int{1000, 100000} {
		b.Run("files="+strconv.Itoa(n), func(b *testing.B) {
			dir := b.TempDir()
			if err := batchtest.GenPages(filepath.Join(dir, "in"), n, 1); err != nil {
				b.Fatal(err)
			}
			var maxKB int64
			for i := 0; b.Loop(); i++ {
				// The helper's command line, run under time instead.
				helper := helperCmd(b, dir, "-j", "2", "-o", "out"+strconv.Itoa(i), "in")
				cmd := exec.Command(timeBin, append([]string{"-f", "maxrss %M"}, helper.Args...)...)
				cmd.Dir, cmd.Env = helper.Dir, helper.Env
				var stderr bytes.Buffer
				cmd.Stderr = &stderr
				if err := cmd.Run(); err != nil {
					b.Fatalf("%v: %s", err, stderr.String())
				}
				if _, ok, _ := summary(b, stderr.String()); ok != n {
					b.Fatalf("%d ok, want %d", ok, n)
				}
				m := maxrssRE.FindStringSubmatch(stderr.String())
				if m == nil {
					b.Fatalf("no maxrss in %s output: %s", timeBin, stderr.String())
				}
				kb, _ := strconv.ParseInt(m[1], 10, 64)
				maxKB = max(maxKB, kb)
			}
			b.ReportMetric(float64(maxKB), "maxrss-KB")
			b.ReportMetric(b.Elapsed().Seconds()*1e6/float64(b.N)/float64(n), "us/file")
		})
	}
}
