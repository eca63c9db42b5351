//go:build linux

package main

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
)

// BenchmarkBatchMemory runs a real "artparse batch" process over trees of
// small generated pages and reports its peak resident memory (maxrss-KB,
// the figure /usr/bin/time -v prints as "Maximum resident set size"). The
// command streams its inputs, so the 100,000-file figure must stay within
// 2x of the 1,000-file one. Generating the big tree takes a while, so run
// it on its own:
//
//	go test ./cmd/artparse -run '^$' -bench BenchmarkBatchMemory -benchtime 1x
func BenchmarkBatchMemory(b *testing.B) {
	bin, err := exec.LookPath("artparse")
	if err != nil {
		b.Fatalf("artparse not on PATH (testscript.Main puts it there): %v", err)
	}
	for _, n := range []int{1000, 100000} {
		b.Run("files="+strconv.Itoa(n), func(b *testing.B) {
			dir := b.TempDir()
			if err := genPages(filepath.Join(dir, "in"), n, 1); err != nil {
				b.Fatal(err)
			}
			var maxKB int64
			for i := 0; b.Loop(); i++ {
				cmd := exec.Command(bin, "batch", "-j", "2", "in", "-o", "out"+strconv.Itoa(i))
				cmd.Dir = dir
				var stderr bytes.Buffer
				cmd.Stderr = &stderr
				if err := cmd.Run(); err != nil {
					b.Fatalf("%v: %s", err, stderr.String())
				}
				if _, ok, _ := summary(b, stderr.String()); ok != n {
					b.Fatalf("%d ok, want %d", ok, n)
				}
				if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
					maxKB = max(maxKB, ru.Maxrss) // Linux reports KB.
				}
			}
			b.ReportMetric(float64(maxKB), "maxrss-KB")
			b.ReportMetric(float64(n)/(b.Elapsed().Seconds()/float64(b.N)), "pages/s")
		})
	}
}
