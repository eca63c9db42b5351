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

// reporter takes the results in input order: it prints records to
// stdout (under -o -), failures and notices on stderr (and failures in
// the --errors file), counts them, and prints the summary line at the end.
type reporter struct {
	stderr io.Writer
	stdout io.Writer // the stream (-o - or a stream file); nil under -o DIR
	frame  Frame     // what the stream puts around its records
	// streamed counts the records written to stdout, to frame them.
	streamed int
	quiet    bool // --quiet: failures only
	bar      *progress
	errLog   io.Writer // nil without --errors
	stats    *stats
	logErr   error // the first failure to write errLog
	// spools made the files archives' results name, removed once read.
	spools *spooler
	// maxErrors stops the run through stop once that many failures are
	// reported; 0 never does.
	maxErrors int
	stop      func()
	// writeErr is the first failure to write stdout, which stops the run:
	// no record is printed after it.
	writeErr error
}

// handle reports one result and counts it.
func (r *reporter) handle(res result) {
	st := r.stats
	switch {
	case res.dropped:
	case res.skipped:
		st.skipped++
		if res.companion {
			st.companions++
		}
	case res.err != nil:
		if res.record != nil && r.writeErr == nil {
			// Failed by --require, yet written, as under -o DIR. A
			// failure to write it is the failure reported.
			if !r.emit(res.path, 1, func(w io.Writer) error { _, err := w.Write(res.record); return err }) {
				break
			}
		}
		st.failed++
		r.failure(res.path, res.err)
	case r.writeErr != nil:
		// Stdout is broken: this input was parsed but not written.
	case res.archive != nil:
		if r.archive(res.path, res.archive) {
			st.ok++
			st.bytes += res.size
		}
	default:
		if !r.emit(res.path, 1, func(w io.Writer) error { _, err := w.Write(res.record); return err }) {
			break // not written: not ok
		}
		st.ok++
		st.pages++
		st.bytes += res.size
	}
	if res.warning != "" {
		r.warn(res.path, res.warning)
	}
	if res.archive != nil {
		r.spools.remove(res.archive.spool)
		r.spools.remove(res.archive.fails)
	}
	if r.tooManyErrors() {
		r.stop()
	}
}

// tooManyErrors reports whether --max-errors is reached.
func (r *reporter) tooManyErrors() bool {
	return r.maxErrors > 0 && r.stats.failures() >= r.maxErrors
}

// stdoutFailed stops the run on a failure to print the records of the
// input path: what is printed after it would not follow what was printed
// before. The input counts as failed, reported as what went wrong (what)
// and why; the inputs after it are not counted (the summary says the run
// stopped).
func (r *reporter) stdoutFailed(path, what string, err error) {
	r.writeErr = err
	r.stats.failed++
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	r.failureMsg(path, what+": "+err.Error())
	r.stop()
}

// checkedWriter keeps the first error of the writer it wraps, to tell a
// failure of stdout from one of what is copied to it.
type checkedWriter struct {
	w   io.Writer
	err error
}

// Write writes to the wrapped writer.
func (c *checkedWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	if err != nil && c.err == nil {
		c.err = err
	}
	return n, err
}

// archive reports a web archive read whole: the failures of its pages,
// then (under -o -) its records, and counts them. It returns false when
// its records could not be printed whole, which fails the archive.
func (r *reporter) archive(path string, ar *archiveResult) bool {
	if ar.fails != "" {
		if err := readFailures(ar.fails, func(reason string) { r.failureMsg(path, reason) }); err != nil {
			r.failureMsg(path, fmt.Sprintf("cannot read back the failures of its pages (%d in all): %v", ar.failed, err))
		}
	}
	if !r.emit(path, ar.lines, func(w io.Writer) error { return copyFile(w, ar.spool) }) {
		// A spool that cannot be read cuts the output too. Its pages'
		// failures were reported: they count.
		r.stats.archives.failed += ar.failed
		return false
	}
	r.stats.archives.add(ar)
	r.stats.pages += ar.written
	return true
}

// emit writes the n records of the input path to the stream with write,
// after what the frame puts before them; the spool of an archive holds
// its records already separated. Nothing is written without a stream, or
// for n == 0. A failure, of stdout or of what is copied to it, fails the
// input and stops the run (see stdoutFailed); emit then returns false.
func (r *reporter) emit(path string, n int, write func(io.Writer) error) bool {
	if r.stdout == nil || n == 0 {
		return true
	}
	if r.writeErr != nil {
		return false
	}
	cw := &checkedWriter{w: r.stdout}
	lead := r.frame.Sep
	if r.streamed == 0 {
		lead = r.frame.Open
	}
	_, err := io.WriteString(cw, lead)
	if err == nil {
		err = write(cw)
	}
	if err != nil {
		what := "cannot read back its records"
		if cw.err != nil {
			err, what = cw.err, "cannot write standard output" // stdout's failure rather than the copy's
		}
		r.stdoutFailed(path, what, err)
		return false
	}
	r.streamed += n
	return true
}

// endStream writes what the frame puts after the last record, or alone
// when there was none.
func (r *reporter) endStream() {
	if r.stdout == nil || r.writeErr != nil {
		return
	}
	end := r.frame.Close
	if r.streamed == 0 {
		end = r.frame.Empty
	}
	if _, err := io.WriteString(r.stdout, end); err != nil {
		r.writeErr = err
	}
}

// copyFile copies the file name to w.
func copyFile(w io.Writer, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return err
}

// failure reports one failed input: "artparse: PATH: REASON" on stderr and
// a {path, error} JSON line in the --errors file.
func (r *reporter) failure(path string, err error) { r.failureMsg(path, failureReason(err)) }

// failureMsg reports a failure of the input path, worded msg.
func (r *reporter) failureMsg(path, msg string) {
	r.bar.clear()
	fmt.Fprintf(r.stderr, "artparse: %s: %s\n", input.DisplayPath(path), displayReason(msg))
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
	fmt.Fprintf(r.stderr, "artparse: %s: %s\n", input.DisplayPath(path), msg)
}

// displayReason returns a failure's reason as printed on stderr: as it is,
// unless it quotes data of the input that holds control characters or
// bytes that are not UTF-8 (the damaged header line of an archive), which
// are escaped Go-style so that the failure stays one readable line.
func displayReason(msg string) string {
	if utf8.ValidString(msg) && strings.IndexFunc(msg, unicode.IsControl) < 0 {
		return msg
	}
	q := strconv.Quote(msg)
	return q[1 : len(q)-1]
}

// failureReason is input.Reason, with output failures saying which file
// could not be written, and the batch command's own failures worded as
// they are.
func failureReason(err error) string {
	for _, own := range []error{errOutputDir, errNotArchive, errArchiveAsPage} {
		if errors.Is(err, own) {
			return own.Error()
		}
	}
	var ae *archiveError
	if errors.As(err, &ae) {
		return ae.Error()
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

// summary prints the closing line: counts, bytes, time and rates (of
// pages: the pages and archives' pages written).
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
	case r.writeErr != nil:
		why = "stopped, standard output failed: "
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
	fmt.Fprintf(r.stderr, "artparse: %s%d ok, %d failed, %d skipped%s%s; %.1f MB in %s (%.1f MB/s, %.1f pages/s)\n",
		why, s.ok, s.failed, s.skipped, companions, s.archives.summary(), mb, elapsed.Round(time.Millisecond), mb/secs, float64(s.pages)/secs)
}

// summary is the archives' part of the summary line, after the files':
// "; 1 archive, 17 records: 4 written, 0 failed, 13 skipped (7 request,
// ...)". The archives' records are all counted, so the three counts add
// up to the records. It is empty when no archive was written.
func (a *archiveStats) summary() string {
	if a.n == 0 {
		return ""
	}
	skipped := 0
	for _, v := range a.skipped {
		skipped += v
	}
	s := fmt.Sprintf("; %s, %s: %d written, %d failed, %d skipped",
		input.Plural(a.n, "archive"), input.Plural(a.records, "record"), a.written, a.failed, skipped)
	if skipped > 0 {
		s += " (" + input.ReasonCounts(a.skipped) + ")"
	}
	return s
}
