package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/artparse/artparse/cmd/artparse/internal/batch/batchtest"
	"github.com/rogpeppe/go-internal/testscript"
)

// cmdBackdate runs "backdate FILE...": it sets the files' modification
// times an hour back, so that --resume sees outputs written after them,
// or (backdating an output) an input newer than its output.
func cmdBackdate(ts *testscript.TestScript, neg bool, args []string) {
	noNeg(ts, neg, "backdate")
	old := time.Now().Add(-time.Hour)
	for _, a := range args {
		ts.Check(os.Chtimes(ts.MkAbs(a), old, old))
	}
}

// cmdGenPages runs "gen-pages DIR N": it writes N small pages spread over
// subfolders of DIR, named so that their walk order is their number.
func cmdGenPages(ts *testscript.TestScript, neg bool, args []string) {
	noNeg(ts, neg, "gen-pages")
	if len(args) != 2 {
		ts.Fatalf("usage: gen-pages dir n")
	}
	n, err := strconv.Atoi(args[1])
	ts.Check(err)
	ts.Check(batchtest.GenPages(ts.MkAbs(args[0]), n, 1))
}

// cmdOutputs runs "outputs DIR N": DIR must hold exactly N record files,
// each a whole JSON object with a source path, and no temporary file.
func cmdOutputs(ts *testscript.TestScript, neg bool, args []string) {
	noNeg(ts, neg, "outputs")
	if len(args) != 2 {
		ts.Fatalf("usage: outputs dir n")
	}
	want, err := strconv.Atoi(args[1])
	ts.Check(err)
	got, err := batchtest.CheckOutputs(ts.MkAbs(args[0]))
	ts.Check(err)
	if got != want {
		ts.Fatalf("%s: %d record files, want %d", args[0], got, want)
	}
}

// cmdWACZ runs "wacz WARC DST": it writes DST, a WACZ holding the file
// WARC as archive/data.warc.gz (or .warc), beside a datapackage.json, as
// WACZ writers lay it out.
func cmdWACZ(ts *testscript.TestScript, neg bool, args []string) {
	noNeg(ts, neg, "wacz")
	if len(args) != 2 {
		ts.Fatalf("usage: wacz warc dst")
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, err := z.Create("datapackage.json")
	ts.Check(err)
	_, err = io.WriteString(w, `{"profile": "data-package", "resources": []}`)
	ts.Check(err)
	name := "archive/data.warc"
	if strings.HasSuffix(args[0], ".gz") {
		name += ".gz"
	}
	// WACZ writers store the WARCs, which are compressed already.
	w, err = z.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
	ts.Check(err)
	_, err = io.WriteString(w, ts.ReadFile(args[0]))
	ts.Check(err)
	ts.Check(z.Close())
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), buf.Bytes(), 0o666))
}

// TestBatchDashNames checks that inputs named like flags are inputs after
// "--": each gets its record, and "--output=x.html" is not taken as -o.
// The engine's tests carry other awkward names through; only the command
// line can mistake a name for a flag.
func TestBatchDashNames(t *testing.T) {
	t.Chdir(t.TempDir())
	names := []string{"-dash.html", "--output=x.html"}
	for _, n := range names {
		page := "<html><head><title>T</title></head><body><p>Body of " + n + ".</p></body></html>"
		if err := os.WriteFile(n, []byte(page), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	var stderr bytes.Buffer
	args := append([]string{"batch", "-q", "-o", "out", "--"}, names...)
	if code := run(args, nil, nil, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, n := range names {
		rec := filepath.Join("out", strings.TrimSuffix(n, ".html")+".json")
		if _, err := os.Stat(rec); err != nil {
			t.Errorf("%q: %v", n, err)
		}
	}
	if _, err := os.Stat("x.html"); err == nil {
		t.Error(`"--output=x.html" after "--" was taken as a flag`)
	}
}

// TestBatchInterruptStatus sends interrupts to a real "artparse batch"
// process (the test binary, which testscript.Main put on PATH): one
// interrupt ends the run with its summary, two end it at once, and either
// way the exit status is 130. The engine's tests cover what is left
// behind; this checks the command's wiring of the outcome and of the
// second interrupt's exit. The pages are big, so that the first
// interrupt's wind-down (which lets the pages being parsed finish) is
// still going when the second arrives.
func TestBatchInterruptStatus(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT to send on Windows")
	}
	bin, err := exec.LookPath("artparse")
	if err != nil {
		t.Fatalf("artparse not on PATH (testscript.Main puts it there): %v", err)
	}
	dir := t.TempDir()
	if err := batchtest.GenPages(filepath.Join(dir, "in"), 40, 6000); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		sigs []os.Signal
		want string
	}{
		{"once", []os.Signal{os.Interrupt}, "artparse: interrupted: "},
		// SIGTERM counts as an interrupt like SIGINT.
		{"twice", []os.Signal{syscall.SIGTERM, os.Interrupt}, "artparse: interrupted again, stopping now\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := "out-" + tt.name
			cmd := exec.Command(bin, "batch", "-j", "2", "in", "-o", out)
			cmd.Dir = dir
			stderr := batchtest.Start(t, cmd, filepath.Join(dir, out, "d0000", "p000000.json"))
			for _, sig := range tt.sigs {
				if err := cmd.Process.Signal(sig); err != nil {
					t.Fatal(err)
				}
				time.Sleep(time.Millisecond)
			}
			if code := batchtest.WaitExit(t, cmd); code != exitInterrupted {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitInterrupted, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("stderr lacks %q:\n%s", tt.want, stderr.String())
			}
		})
	}
}
