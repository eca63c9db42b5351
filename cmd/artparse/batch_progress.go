package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress is the progress bar on stderr. A nil *progress draws nothing,
// so callers need no checks. All drawing happens on the goroutine that
// reports results: the total, counted elsewhere, is handed over through an
// atomic and shown on the next update, so the bar never writes to stderr
// at the same time as an error line.
type progress struct {
	bar   *progressbar.ProgressBar
	total atomic.Int64 // 0 while unknown
	shown int64
}

// newProgress returns the bar for a run, or nil when none is wanted: with
// --quiet, or when stderr is not a terminal (a pipe, a file, CI, a dumb
// terminal) unless --progress asks for it.
func newProgress(opts *batchOptions, stderr io.Writer) *progress {
	if opts.quiet {
		return nil
	}
	if !opts.progress && !(isTerminal(stderr) && opts.getenv("CI") == "" && opts.getenv("TERM") != "dumb") {
		return nil
	}
	bar := progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription("parsing"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("pages"),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		// The library's spinner ticker would draw from its own goroutine.
		progressbar.OptionSetSpinnerChangeInterval(0),
	)
	return &progress{bar: bar}
}

// isTerminal reports whether w is a character device, which for stderr
// means a terminal. It needs no terminal library: the bar only needs to
// know whether "\r" redraws will be seen by a person.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// enabled reports whether a bar is drawn.
func (p *progress) enabled() bool { return p != nil }

// setTotal runs count (a listing that reads only folders) and hands its
// total to the bar.
func (p *progress) setTotal(ctx context.Context, count func(context.Context) (int, bool)) {
	if n, ok := count(ctx); ok && n > 0 {
		p.total.Store(int64(n))
	}
}

// add counts one input as done (a dropped one only lowers the total).
func (p *progress) add(dropped bool) {
	if p == nil {
		return
	}
	if t := p.total.Load(); t != p.shown {
		p.shown = t
		p.bar.ChangeMax64(t)
	}
	if !dropped {
		_ = p.bar.Add(1) // A failed redraw of the bar is not worth stopping for.
	}
}

// clear erases the bar so that a line can be printed; the next add draws
// it again below.
func (p *progress) clear() {
	if p != nil {
		_ = p.bar.Clear()
	}
}

// finish erases the bar for good, before the summary line.
func (p *progress) finish() {
	if p != nil {
		_ = p.bar.Clear()
		_ = p.bar.Exit()
	}
}

// reporter prints what happens to inputs: failures and notices on stderr
// (and failures in the --errors file), then the summary line.
type reporter struct {
	stderr io.Writer
	bar    *progress
	errLog io.Writer // nil without --errors
	stats  *batchStats
	logErr error // the first failure to write errLog
}

// failure reports one failed input: "artparse: PATH: REASON" on stderr and
// a {path, error} JSON line in the --errors file.
func (r *reporter) failure(path string, err error) {
	msg := batchReason(err)
	r.bar.clear()
	fmt.Fprintf(r.stderr, "artparse: %s: %s\n", path, msg)
	if r.errLog == nil || r.logErr != nil {
		return
	}
	line, _ := json.Marshal(struct {
		Path  string `json:"path"`
		Error string `json:"error"`
	}{path, msg}) // Two strings always marshal.
	// One write per line: a run killed part-way leaves whole lines.
	if _, err := r.errLog.Write(append(line, '\n')); err != nil {
		r.logErr = err
		fmt.Fprintf(r.stderr, "artparse: --errors: %v\n", err)
	}
}

// warn prints a notice about an input that is not a failure.
func (r *reporter) warn(path, msg string) {
	r.bar.clear()
	fmt.Fprintf(r.stderr, "artparse: %s: %s\n", path, msg)
}

// batchReason is reason, with output failures saying which file could not
// be written.
func batchReason(err error) string {
	var oe *outputError
	if errors.As(err, &oe) {
		cause := oe.err
		var pe *os.PathError
		if errors.As(cause, &pe) {
			cause = pe.Err
		}
		var le *os.LinkError
		if errors.As(cause, &le) {
			cause = le.Err
		}
		return "cannot write " + oe.path + ": " + cause.Error()
	}
	return reason(err)
}

// summary prints the closing line: counts, bytes, time and rates.
func (r *reporter) summary(interrupted, tooManyErrors bool) {
	s := r.stats
	elapsed := time.Since(s.start)
	secs := elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	mb := float64(s.bytes) / 1e6
	var why string
	switch {
	case interrupted:
		why = "interrupted: "
	case tooManyErrors:
		why = "stopped after too many errors: "
	}
	fmt.Fprintf(r.stderr, "artparse: %s%d ok, %d failed, %d skipped; %.1f MB in %s (%.1f MB/s, %.1f pages/s)\n",
		why, s.ok, s.failed, s.skipped, mb, elapsed.Round(time.Millisecond), mb/secs, float64(s.ok)/secs)
}
