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
	p.finish(true)
	p.add(false) // after finish: draws nothing
}

// TestProgressFinishFull checks that a complete run's bar ends full even
// when the count that runs beside the work had not told the total yet,
// and that an incomplete one's ends as it stood.
func TestProgressFinishFull(t *testing.T) {
	env := func(string) string { return "" }
	for _, complete := range []bool{true, false} {
		var buf bytes.Buffer
		p := newProgress(&Config{Getenv: env, Stderr: &buf, Progress: true})
		p.add(false)
		p.add(true)
		p.add(false)
		p.finish(complete)
		if got := strings.Contains(buf.String(), "2/2"); got != complete {
			t.Errorf("complete=%v: bar output %q, holds 2/2: %v", complete, buf.String(), got)
		}
	}
}
