// Package batchtest makes and checks the trees of pages that the batch
// tests run on, and runs batch processes to signal, for the engine's own
// tests and the command's alike. It is for tests only, and writes nowhere
// but the folders it is given.
package batchtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// GenPages writes n pages under dir, 100 to a subfolder, each with paras
// paragraphs of body text. Folders and pages are named so that their walk
// order is their number: page 123 is d0001/p000123.html, titled
// "Page 000123".
func GenPages(dir string, n, paras int) error {
	var body strings.Builder
	for i := range paras {
		fmt.Fprintf(&body, "<p>Paragraph %d of a generated article, long enough to be kept as body text by the extractor, with a few more words.</p>\n", i)
	}
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("d%04d", i/100))
		if err := os.MkdirAll(sub, 0o777); err != nil {
			return err
		}
		page := fmt.Sprintf("<html><head><title>Page %06d</title></head><body><article><h1>Page %06d</h1>\n%s</article></body></html>\n", i, i, body.String())
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("p%06d.html", i)), []byte(page), 0o666); err != nil {
			return err
		}
	}
	return nil
}

// manifestName is batch.ManifestName, the one hidden file a run leaves in
// its output folder on purpose (batch's own tests use this package, which
// therefore cannot import batch).
const manifestName = ".artparse-batch"

// CheckOutputs counts the record files under dir (or dir itself, a file),
// failing on any file that is not a whole JSON record with a source path
// (a web archive's *.jsonl: a line of one on each line) and on any
// leftover temporary (hidden) file: after a run, interrupted or not, those
// and the manifest are the only things the output may hold.
func CheckOutputs(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if d.Name() == manifestName {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			return fmt.Errorf("temporary file left: %s", p)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		recs := [][]byte{b}
		if strings.HasSuffix(p, ".jsonl") {
			switch {
			case len(b) == 0:
				recs = nil // an archive none of whose pages could be read
			case !bytes.HasSuffix(b, []byte("\n")):
				return fmt.Errorf("%s: last line cut", p)
			default:
				recs = bytes.Split(b[:len(b)-1], []byte("\n"))
			}
		}
		for i, b := range recs {
			var rec struct {
				Source struct {
					Path string `json:"path"`
				} `json:"source"`
			}
			if err := json.Unmarshal(b, &rec); err != nil || rec.Source.Path == "" {
				return fmt.Errorf("%s: record %d not whole (%v)", p, i+1, err)
			}
		}
		n++
		return nil
	})
	return n, err
}

// Start starts cmd, a batch writing records, with its stderr captured in
// the buffer returned, and waits until the record file first exists, so
// that a signal sent next lands mid-run. The process is killed when the
// test ends, should it still run.
func Start(t testing.TB, cmd *exec.Cmd, first string) *bytes.Buffer {
	t.Helper()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := os.Stat(first); err == nil {
			return &stderr
		}
		if time.Now().After(deadline) {
			t.Fatalf("no record after 30s; stderr:\n%s", stderr.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// WaitExit waits (at most a minute) for cmd, started by Start, and
// returns its exit status.
func WaitExit(t testing.TB, cmd *exec.Cmd) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			t.Fatal(err)
		}
		return cmd.ProcessState.ExitCode()
	case <-time.After(time.Minute):
		_ = cmd.Process.Kill()
		t.Fatal("batch did not exit within a minute of the signal")
	}
	return -1
}
