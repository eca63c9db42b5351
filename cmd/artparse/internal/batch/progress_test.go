package batch

import (
	"bytes"
	"strings"
	"testing"
)

// TestProgressBar checks what the bar draws once the total is known, and
// that it is off by default on a non-terminal and always with --quiet.
func TestProgressBar(t *testing.T) {
	env := func(string) string { return "" }
	var buf bytes.Buffer
	if p := newProgress(&Config{Getenv: env, Stderr: &buf}); p.enabled() {
		t.Error("bar drawn on a buffer without --progress")
	}
	if p := newProgress(&Config{Getenv: env, Stderr: &buf, Progress: true, Quiet: true}); p.enabled() {
		t.Error("bar drawn with --quiet")
	}
	p := newProgress(&Config{Getenv: env, Stderr: &buf, Progress: true})
	p.total.Store(3)
	p.add(false)
	p.add(true) // dropped: not counted as done
	p.add(false)
	// Redraws are throttled, so only the first draw is certain.
	if got := buf.String(); !strings.Contains(got, "/3, ") || !strings.Contains(got, "parsing") {
		t.Errorf("bar output %q, want a count out of 3", got)
	}
	// The records of archives show in the description, counted as they
	// are written; the last input forces a draw through the throttle.
	p.addRecord()
	p.addRecord()
	p.refresh()
	p.add(false)
	if got := buf.String(); !strings.Contains(got, "parsing (2 archive records)") {
		t.Errorf("bar output %q, want the records of archives counted", got)
	}
	p.finish()
	p.add(false) // after finish: draws nothing
}
