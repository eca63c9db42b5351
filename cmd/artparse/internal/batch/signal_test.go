package batch

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/artparse/artparse/cmd/artparse/internal/batch/batchtest"
)

// interruptPages is how many pages the interrupt tests generate: enough
// that a run takes seconds, so that a signal sent once the first record
// exists lands mid-run.
const interruptPages = 1000

// startBatch starts a batch in a process of its own (the test binary as
// helperMain) in dir, and waits until it has written its first record.
func startBatch(t *testing.T, dir string, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT to send on Windows")
	}
	cmd := helperCmd(t, dir, args...)
	return cmd, batchtest.Start(t, cmd, filepath.Join(dir, "out", "d0000", "p000000.json"))
}

// resumeAll reruns the batch in dir with --resume, to the end, and
// requires it to do exactly the records that were missing.
func resumeAll(t *testing.T, dir string, had, total int) {
	t.Helper()
	cmd := helperCmd(t, dir, "-resume", "-j", "2", "-o", "out", "in")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("--resume: %v; stderr:\n%s", err, stderr.String())
	}
	_, ok, skipped := summary(t, stderr.String())
	if skipped != had || ok+skipped != total {
		t.Errorf("--resume: %d ok, %d skipped; want %d skipped and %d in all", ok, skipped, had, total)
	}
	n, err := batchtest.CheckOutputs(filepath.Join(dir, "out"))
	if err != nil {
		t.Fatal(err)
	}
	if n != total {
		t.Errorf("%d records after --resume, want %d", n, total)
	}
}

// TestInterrupt sends SIGINT to a batch process mid-run: it must stop
// early with status 130 and its summary, leave only whole records and no
// temporary file, and a --resume run must do the rest.
func TestInterrupt(t *testing.T) {
	dir := t.TempDir()
	if err := batchtest.GenPages(filepath.Join(dir, "in"), interruptPages, 8); err != nil {
		t.Fatal(err)
	}
	cmd, stderr := startBatch(t, dir, "-j", "2", "-o", "out", "in")
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if code := batchtest.WaitExit(t, cmd); code != exitInterrupted {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitInterrupted, stderr.String())
	}
	interrupted, ok, _ := summary(t, stderr.String())
	if !interrupted {
		t.Errorf("summary does not say the run was interrupted:\n%s", stderr.String())
	}
	n, err := batchtest.CheckOutputs(filepath.Join(dir, "out"))
	if err != nil {
		t.Fatal(err)
	}
	if n != ok || n == 0 || n >= interruptPages {
		t.Fatalf("%d records after the interrupt, summary says %d ok; want between 1 and %d", n, ok, interruptPages-1)
	}
	t.Logf("interrupted after %d of %d records", n, interruptPages)
	resumeAll(t, dir, n, interruptPages)
}

// TestInterruptTwice sends two interrupts (SIGTERM, then SIGINT): the
// process exits at once, still with status 130 and no partial or temporary
// file. The pages are big, so that the first interrupt's wind-down (which
// lets the pages being parsed finish) is still going when the second
// arrives.
func TestInterruptTwice(t *testing.T) {
	const pages = 40
	dir := t.TempDir()
	if err := batchtest.GenPages(filepath.Join(dir, "in"), pages, 6000); err != nil {
		t.Fatal(err)
	}
	cmd, stderr := startBatch(t, dir, "-j", "2", "-o", "out", "in")
	// SIGTERM first: it counts as an interrupt like SIGINT.
	for _, sig := range []os.Signal{syscall.SIGTERM, os.Interrupt} {
		if err := cmd.Process.Signal(sig); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Millisecond)
	}
	if code := batchtest.WaitExit(t, cmd); code != exitInterrupted {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitInterrupted, stderr.String())
	}
	if !bytes.Contains(stderr.Bytes(), []byte("artparse: interrupted again, stopping now\n")) ||
		summaryRE.Match(stderr.Bytes()) {
		t.Errorf("the second interrupt did not cut the wind-down short; stderr:\n%s", stderr.String())
	}
	n, err := batchtest.CheckOutputs(filepath.Join(dir, "out"))
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 || n >= pages {
		t.Fatalf("%d records after two interrupts; want between 1 and %d", n, pages-1)
	}
	resumeAll(t, dir, n, pages)
}

// TestKilled kills a batch process outright (as a crash would): the
// records written are whole, temporary files are all it may leave, and a
// --resume run completes the run and removes those temporary files (the
// process that made them is gone), which resumeAll checks.
func TestKilled(t *testing.T) {
	dir := t.TempDir()
	if err := batchtest.GenPages(filepath.Join(dir, "in"), interruptPages, 8); err != nil {
		t.Fatal(err)
	}
	cmd, _ := startBatch(t, dir, "-j", "2", "-o", "out", "in")
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	// Count the temporary files (hidden) and check everything else is a
	// whole record. A kill between two files leaves none, so a temporary
	// file is planted too, named as the killed process would have, so
	// that the sweep is tested on every run.
	planted := filepath.Join(dir, "out", "d0000", ".p000000.json.tmp"+strconv.Itoa(cmd.Process.Pid)+"-999")
	if err := os.WriteFile(planted, []byte(`{"title": "Pa`), 0o666); err != nil {
		t.Fatal(err)
	}
	var temps, n int
	err := filepath.WalkDir(filepath.Join(dir, "out"), func(p string, d os.DirEntry, err error) error {
		switch {
		case err != nil || d.IsDir():
			return err
		case d.Name()[0] == '.':
			temps++
			return nil
		}
		m, err := batchtest.CheckOutputs(p)
		n += m
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 || n >= interruptPages {
		t.Fatalf("%d records after the kill; want between 1 and %d", n, interruptPages-1)
	}
	t.Logf("killed after %d records, %d temporary files left (one planted)", n, temps)
	resumeAll(t, dir, n, interruptPages)
	if _, err := os.Stat(planted); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the killed run's temporary file is still there (%v)", err)
	}
}

// syncBuffer is a bytes.Buffer that a process's output can be copied into
// while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

// Write appends p.
func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String returns what was written so far.
func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// waitFor polls until cond holds, failing the test after 30 seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("no %s after 30s", what)
		}
	}
}

// bigPageParas makes a page of about 20 MB, whose parse keeps a worker
// busy for seconds (about 3 s on a 2-CPU machine, more under -race), far
// longer than the second interrupt may take to end the run.
const bigPageParas = 150000

// forcedExitMax is how soon after the second interrupt the process must
// be gone, the removal of its temporary files included.
const forcedExitMax = 2 * time.Second

// TestInterruptTwiceBusy interrupts a run whose workers are busy with
// large pages, twice: the first is acknowledged at once on stderr, and
// the second, sent after that line, ends the process at once with status
// 130, long before the pages in flight would have been parsed, leaving no
// temporary file: neither a record's, nor the spool file of an archive
// read whole and waiting for the page before it to be printed.
func TestInterruptTwiceBusy(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT to send on Windows")
	}
	for _, out := range []string{"out", "-"} {
		t.Run("-o "+out, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, "in")
			// A small page first, to know when the run is going, then big
			// pages, with an archive among them under -o -.
			if err := batchtest.GenPages(in, 1, 1); err != nil {
				t.Fatal(err)
			}
			big := filepath.Join(dir, "big")
			if err := batchtest.GenPages(big, 4, bigPageParas); err != nil {
				t.Fatal(err)
			}
			for i := 1; i < 4; i++ {
				name := "p00000" + strconv.Itoa(i) + ".html"
				if err := os.Rename(filepath.Join(big, "d0000", name), filepath.Join(in, "d0000", name)); err != nil {
					t.Fatal(err)
				}
			}
			if out == "-" {
				// After the first big page in walk order: read whole at
				// once, it waits for that page with its spool file.
				if err := genWARC(filepath.Join(in, "d0000", "p000001x.warc"), 50); err != nil {
					t.Fatal(err)
				}
			}
			tmp := filepath.Join(dir, "tmp")
			if err := os.Mkdir(tmp, 0o777); err != nil {
				t.Fatal(err)
			}
			cmd := helperCmd(t, dir, "-j", "2", "-o", out, "in")
			cmd.Env = append(cmd.Env, "TMPDIR="+tmp)
			var stdout, stderr syncBuffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = cmd.Process.Kill() })
			if out == "-" {
				waitFor(t, "first record on stdout", func() bool { return stdout.String() != "" })
				waitFor(t, "spool file", func() bool {
					ents, _ := os.ReadDir(tmp)
					return len(ents) > 0
				})
			} else {
				waitFor(t, "first record", func() bool {
					_, err := os.Stat(filepath.Join(dir, "out", "d0000", "p000000.json"))
					return err == nil
				})
			}
			if err := cmd.Process.Signal(os.Interrupt); err != nil {
				t.Fatal(err)
			}
			waitFor(t, "acknowledgement of the first interrupt", func() bool {
				return bytes.Contains([]byte(stderr.String()), []byte("artparse: interrupted: finishing the inputs in flight; interrupt again to stop now\n"))
			})
			sent := time.Now()
			if err := cmd.Process.Signal(os.Interrupt); err != nil {
				t.Fatal(err)
			}
			if code := batchtest.WaitExit(t, cmd); code != exitInterrupted {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitInterrupted, stderr.String())
			}
			if took := time.Since(sent); took > forcedExitMax {
				t.Errorf("the process took %v to exit after the second interrupt, want at most %v", took, forcedExitMax)
			}
			if !strings.Contains(stderr.String(), "artparse: interrupted again, stopping now\n") || summaryRE.MatchString(stderr.String()) {
				t.Errorf("the second interrupt did not cut the wind-down short; stderr:\n%s", stderr.String())
			}
			emptyDir(t, tmp)
			if out != "-" {
				if _, err := batchtest.CheckOutputs(filepath.Join(dir, "out")); err != nil {
					t.Error(err)
				}
			}
		})
	}
}
