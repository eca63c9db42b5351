package main

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal and returns its controlling side and
// the terminal side a program reads from.
func openPTY(t *testing.T) (ptm, pts *os.File) {
	t.Helper()
	ptm, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(ptm.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Skipf("unlockpt: %v", err)
	}
	n, err := unix.IoctlGetInt(int(ptm.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Skipf("ptsname: %v", err)
	}
	pts, err = os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("open the terminal side: %v", err)
	}
	t.Cleanup(func() { ptm.Close(); pts.Close() })
	return ptm, pts
}

// TestParseTerminalHint reads standard input from a terminal, as a user
// who typed "artparse parse" and nothing else does: one line on stderr says
// what is awaited. Standard input that is not a terminal gets no line
// (the scripts check that).
func TestParseTerminalHint(t *testing.T) {
	ptm, pts := openPTY(t)
	var stdout, stderr bytes.Buffer
	done := make(chan int)
	go func() { done <- run([]string{"parse", "-f", "jsonl"}, pts, &stdout, &stderr) }()
	// What the terminal echoes is read and dropped, as a screen would.
	go func() {
		b := make([]byte, 1024)
		for {
			if _, err := ptm.Read(b); err != nil {
				return
			}
		}
	}()
	// A page, then Ctrl-D on a line of its own ends the input.
	// A page of several lines, longer than what is looked at first to
	// tell an archive, as a paste would be.
	ptm.Write([]byte("<p>Typed at the terminal, one line of text.</p>\n"))
	for range 12 {
		ptm.Write([]byte("<p>" + strings.Repeat("More pasted words. ", 5) + "</p>\n"))
	}
	time.Sleep(100 * time.Millisecond)
	ptm.Write([]byte{4})
	select {
	case code := <-done:
		if code != exitOK || !strings.Contains(stdout.String(), "Typed at the terminal") {
			t.Errorf("exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
		}
		if !strings.HasPrefix(stderr.String(), "artparse: reading a page from standard input; Ctrl-D ends it") {
			t.Errorf("stderr %q, want the hint", stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("parse did not end after one Ctrl-D")
	}
}

// TestBatchFilesFromTerminalHint gives batch --files-from - a terminal:
// one line on stderr says that paths are awaited, and the paths typed
// are read until Ctrl-D.
func TestBatchFilesFromTerminalHint(t *testing.T) {
	ptm, pts := openPTY(t)
	page := t.TempDir() + "/typed.html"
	if err := os.WriteFile(page, []byte("<html><head><title>Typed</title></head><body><p>Named at the terminal.</p></body></html>"), 0o666); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	done := make(chan int)
	go func() { done <- run([]string{"batch", "-q", "--files-from", "-", "-o", "-"}, pts, &stdout, &stderr) }()
	go func() {
		b := make([]byte, 1024)
		for {
			if _, err := ptm.Read(b); err != nil {
				return
			}
		}
	}()
	ptm.Write([]byte(page + "\n"))
	time.Sleep(100 * time.Millisecond)
	ptm.Write([]byte{4})
	select {
	case code := <-done:
		if code != exitOK || !strings.Contains(stdout.String(), `"title":"Typed"`) {
			t.Errorf("exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
		}
		if want := "artparse: reading the paths of inputs from standard input, one a line; Ctrl-D ends them\n"; stderr.String() != want {
			t.Errorf("stderr %q, want %q", stderr.String(), want)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("batch did not end after one Ctrl-D")
	}
}
