//go:build unix

package main

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/artparse/artparse/cmd/artparse/internal/batch"
)

// TestParseOddFiles runs parse on files a script cannot make: a FIFO, which
// must be refused before it is opened (opening one waits for a writer),
// and names with control characters or bytes that are not UTF-8, which
// must reach neither the terminal raw nor a record as anything but text.
func TestParseOddFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.html")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	escName := filepath.Join(dir, "clear\x1b[2J\nscreen.html")
	binName := filepath.Join(dir, "caf\xe9.html")
	for _, p := range []string{escName, binName} {
		if err := os.WriteFile(p, []byte("<title>Odd name</title><p>A page with an odd file name.</p>"), 0o644); err != nil {
			t.Skipf("this file system refuses the name: %v", err)
		}
	}
	for _, tc := range []struct {
		name       string
		args       []string
		want       int
		wantStdout string
		wantStderr string
	}{
		{"FIFO", []string{"parse", fifo}, exitFailure, "", "artparse: " + fifo + ": not a regular file\n"},
		{"control characters in a failing name", []string{"parse", escName + ".missing"}, exitFailure, "", `artparse: "` + dir + `/clear\x1b[2J\nscreen.html.missing": no such file` + "\n"},
		{"control characters in a record's name", []string{"parse", "-f", "jsonl", escName}, exitOK, `"path":"` + dir + `/clear\u001b[2J\nscreen.html"`, ""},
		{"non-UTF-8 name in YAML", []string{"parse", "-f", "yaml", binName}, exitOK, "path: " + dir + "/caf\uFFFD.html\n", ""},
		{"non-UTF-8 name in JSON", []string{"parse", "-f", "jsonl", binName}, exitOK, `"path":"` + dir + "/caf\uFFFD.html\"", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			done := make(chan int)
			go func() { done <- run(tc.args, strings.NewReader(""), &stdout, &stderr) }()
			select {
			case code := <-done:
				if code != tc.want || !strings.Contains(stdout.String(), tc.wantStdout) || stderr.String() != tc.wantStderr {
					t.Errorf("exit %d, stdout %q, stderr %q; want %d, stdout holding %q, stderr %q",
						code, stdout.String(), stderr.String(), tc.want, tc.wantStdout, tc.wantStderr)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("parse is still running after 10s (blocked on the FIFO?)")
			}
		})
	}
}

// TestTuneCollector checks that parse runs the collector as batch does
// and puts the settings back, and that GOGC, GOMEMLIMIT and an unlimited
// --max-bytes leave what they govern alone.
func TestTuneCollector(t *testing.T) {
	env := func(vars ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(vars); i += 2 {
				if vars[i] == k {
					return vars[i+1]
				}
			}
			return ""
		}
	}
	percent0 := debug.SetGCPercent(100)
	limit0 := debug.SetMemoryLimit(math.MaxInt64)
	defer func() {
		debug.SetGCPercent(percent0)
		debug.SetMemoryLimit(limit0)
	}()
	for _, tt := range []struct {
		name     string
		maxBytes int64
		getenv   func(string) string
		percent  int
		limit    int64
	}{
		{"default", 64 << 20, env(), batch.GCPercent, batch.DefaultMaxMemory},
		{"large pages", 1 << 30, env(), batch.GCPercent, batch.PageCost(1 << 30)},
		{"GOGC", 64 << 20, env("GOGC", "50"), 100, math.MaxInt64},
		{"GOMEMLIMIT", 64 << 20, env("GOMEMLIMIT", "1GiB"), batch.GCPercent, math.MaxInt64},
		{"no input limit", -1, env(), 100, math.MaxInt64},
	} {
		restore := tuneCollector(tt.maxBytes, tt.getenv)
		percent := debug.SetGCPercent(-1)
		debug.SetGCPercent(percent)
		if limit := debug.SetMemoryLimit(-1); percent != tt.percent || limit != tt.limit {
			t.Errorf("%s: GC percent %d, limit %d; want %d, %d", tt.name, percent, limit, tt.percent, tt.limit)
		}
		restore()
		percent = debug.SetGCPercent(-1)
		debug.SetGCPercent(percent)
		if limit := debug.SetMemoryLimit(-1); percent != 100 || limit != math.MaxInt64 {
			t.Errorf("%s: after restore GC percent %d, limit %d; want 100, no limit", tt.name, percent, limit)
		}
	}
}
