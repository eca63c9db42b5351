package batch

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"github.com/artparse/artparse/cmd/artparse/internal/input"
	"github.com/schollz/progressbar/v3"
)

// progress is the progress bar on stderr: inputs done of the total, and
// once web archives are read, the records written from them so far in its
// description. A nil *progress draws nothing, so callers need no checks.
// All drawing happens on the goroutine that reports results: the total,
// counted elsewhere, and the records, counted by the workers as they
// write them, are handed over through atomics and shown on the next
// update, so the bar never writes to stderr at the same time as an error
// line.
type progress struct {
	bar          *progressbar.ProgressBar
	total        atomic.Int64 // 0 while unknown
	shown        int64
	done         int64 // inputs counted, dropped ones aside
	records      atomic.Int64
	shownRecords int64
}

// newProgress returns the bar for a run, or nil when none is wanted: with
// Quiet, or when Stderr is not a terminal (a pipe, a file, CI, a dumb
// terminal) or records go to the terminal too, unless Progress asks for
// it.
func newProgress(cfg *Config) *progress {
	if cfg.Quiet {
		return nil
	}
	if !cfg.Progress {
		if !isTerminal(cfg.Stderr) || cfg.Getenv("CI") != "" || cfg.Getenv("TERM") == "dumb" {
			return nil
		}
		if cfg.Out == input.StdinPath && isTerminal(cfg.Stdout) {
			return nil // records printed on the same terminal would garble it
		}
	}
	bar := progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(cfg.Stderr),
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
	p.refresh()
	if !dropped {
		p.done++
		_ = p.bar.Add(1) // A failed redraw of the bar is not worth stopping for.
	}
}

// addRecord counts one record of an archive written. Workers call it, at
// the same time.
func (p *progress) addRecord() {
	if p != nil {
		p.records.Add(1)
	}
}

// refresh shows the records of archives counted since the last draw.
func (p *progress) refresh() {
	if p == nil {
		return
	}
	if n := p.records.Load(); n != p.shownRecords {
		p.shownRecords = n
		p.bar.Describe(fmt.Sprintf("parsing (%d archive records)", n))
	}
}

// clear erases the bar so that a line can be printed; the next add draws
// it again below.
func (p *progress) clear() {
	if p != nil {
		_ = p.bar.Clear()
	}
}

// finish erases the bar for good, before the summary line. A run that
// went through all its inputs (complete) is drawn full first: its total
// is then what was done, whether or not the count that runs beside it had
// told it yet, which on a loaded machine it may not have, leaving a bare
// count as the bar's last state.
func (p *progress) finish(complete bool) {
	if p != nil {
		if complete && p.done > 0 && p.shown != p.done {
			p.shown = p.done
			p.bar.ChangeMax64(p.done)
		}
		_ = p.bar.Clear()
		_ = p.bar.Exit()
	}
}
