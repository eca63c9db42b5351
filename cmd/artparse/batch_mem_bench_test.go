//go:build linux

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// maxrssRE finds the peak memory /usr/bin/time -f "maxrss %M" prints.
var maxrssRE = regexp.MustCompile(`(?m)^maxrss (\d+)$`)

// BenchmarkBatchMemory runs a real "artparse batch" process under
// /usr/bin/time over trees of small generated pages and reports its peak
// resident memory (maxrss-KB, /usr/bin/time's "Maximum resident set
// size"). The command streams its inputs, so the 100,000-file figure must
// stay within 2x of the 1,000-file one. It also gives the per-file cost of
// the command (us/file), since parsing such small pages costs next to
// nothing. (The rusage Go reports for a child is no use here: Linux counts
// the parent's memory from before the exec.) Generating the big tree takes
// a while, so run it on its own:
//
//	go test ./cmd/artparse -run '^$' -bench BenchmarkBatchMemory -benchtime 1x
func BenchmarkBatchMemory(b *testing.B) {
	bin, err := exec.LookPath("artparse")
	if err != nil {
		b.Fatalf("artparse not on PATH (testscript.Main puts it there): %v", err)
	}
	const timeBin = "/usr/bin/time"
	if _, err := os.Stat(timeBin); err != nil {
		b.Skip("no /usr/bin/time to measure peak memory")
	}
	for _, n := range []int{1000, 100000} {
		b.Run("files="+strconv.Itoa(n), func(b *testing.B) {
			dir := b.TempDir()
			if err := genPages(filepath.Join(dir, "in"), n, 1); err != nil {
				b.Fatal(err)
			}
			var maxKB int64
			for i := 0; b.Loop(); i++ {
				cmd := exec.Command(timeBin, "-f", "maxrss %M", bin, "batch", "-j", "2", "in", "-o", "out"+strconv.Itoa(i))
				cmd.Dir = dir
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
