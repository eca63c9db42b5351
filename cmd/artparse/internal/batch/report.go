package batch

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/cmd/artparse/internal/input"
)

// reporter prints what happens to inputs: failures and notices on stderr
// (and failures in the --errors file), then the summary line.
type reporter struct {
	stderr io.Writer
	quiet  bool // --quiet: failures only
	bar    *progress
	errLog io.Writer // nil without --errors
	stats  *stats
	logErr error // the first failure to write errLog
}

// failure reports one failed input: "artparse: PATH: REASON" on stderr and
// a {path, error} JSON line in the --errors file.
func (r *reporter) failure(path string, err error) {
	msg := failureReason(err)
	r.bar.clear()
	fmt.Fprintf(r.stderr, "artparse: %s: %s\n", displayPath(path), msg)
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
	if r.quiet {
		return
	}
	r.bar.clear()
	fmt.Fprintf(r.stderr, "artparse: %s: %s\n", displayPath(path), msg)
}

// displayPath returns path as printed on stderr: as it is, unless it holds
// a control character (a newline would split the one line per failure) or
// bytes that are not UTF-8 (a terminal would garble them), which are shown
// as a Go-quoted string instead, so that the name can still be told exactly.
func displayPath(path string) string {
	if !utf8.ValidString(path) || strings.IndexFunc(path, unicode.IsControl) >= 0 {
		return strconv.Quote(path)
	}
	return path
}

// failureReason is input.Reason, with output failures saying which file
// could not be written.
func failureReason(err error) string {
	if errors.Is(err, errOutputDir) {
		return errOutputDir.Error()
	}
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
	return input.Reason(err)
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
	var companions string
	switch s.companions {
	case 0:
	case 1:
		companions = " (1 folder of a saved page's files)"
	default:
		companions = fmt.Sprintf(" (%d folders of saved pages' files)", s.companions)
	}
	fmt.Fprintf(r.stderr, "artparse: %s%d ok, %d failed, %d skipped%s; %.1f MB in %s (%.1f MB/s, %.1f pages/s)\n",
		why, s.ok, s.failed, s.skipped, companions, mb, elapsed.Round(time.Millisecond), mb/secs, float64(s.ok)/secs)
}
