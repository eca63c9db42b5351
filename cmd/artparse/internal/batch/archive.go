package batch

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/artparse/artparse/cmd/artparse/internal/input"
	"github.com/artparse/artparse/parse"
)

// A web archive (WARC, gzipped or not, or WACZ) is one input that gives
// one record per capture. Its worker reads it capture by capture, as
// parse.Archive does, and writes each record as one JSON line to a
// temporary file as it goes, so that memory is bounded by the largest
// record, never by the archive:
//   - under -o DIR the temporary file is the archive's .jsonl being
//     written (outputSink.open), renamed into place once the archive is
//     read to its end, so the file is all or nothing like any record;
//   - for -o - it is a spool file (spooler), which the report copies to
//     standard output when the archive's turn in input order comes, and
//     then removes. Holding the records in the result instead would bound
//     memory by the archive; streaming them straight to standard output
//     would hold the worker until every input before the archive has
//     been reported, leaving it idle and archives read one at a time.
//     The spool costs disk space for the records of the archives in
//     flight, and a copy.
//
// The failures of single captures go to a spool file too, for the report
// to print in input order; an archive can hold any number of them.

// archiveResult is what became of a web archive read to its end.
type archiveResult struct {
	records int            // WARC records read
	written int            // captures whose record was written
	failed  int            // captures that could not be read or parsed, or failed Config.Check
	lines   int            // records written: written, and those failed by Config.Check but kept
	skipped map[string]int // records passed over, by reason (parse.Archive.Skipped)
	// spool is, for -o -, the file that holds the archive's JSON lines,
	// in archive order; "" under -o DIR.
	spool string
	// fails is the file that holds the reasons of the failed captures,
	// one JSON string a line, or "" when none failed.
	fails string
}

// errNotArchive fails an input named like a web archive that is not one.
// Read as a page it would give a record in a .jsonl file, or, for a
// damaged archive, the text of its first record as an article.
var errNotArchive = errors.New("not a web archive (no WARC record at its start)")

// errArchiveAsPage fails a walked file named like a page that holds a web
// archive: its records would go to a file named for one record.
var errArchiveAsPage = errors.New("is a web archive; name it *.warc, *.warc.gz or *.wacz to read its pages")

// warcStart starts every WARC record, so a page that starts with it is an
// archive under a page's name.
var warcStart = []byte("WARC/")

// archiveError fails an archive that gave no records: one that could not
// be read to its end (err is why), or one with no page in it (err nil).
type archiveError struct {
	records int
	skipped map[string]int
	err     error
}

// Error says why the archive gave nothing, with its records when it holds
// no page, so that one sees what it does hold.
func (e *archiveError) Error() string {
	if e.err != nil {
		return fmt.Sprintf("unreadable after %s, nothing written: %v", input.Plural(e.records, "record"), e.err)
	}
	return input.NoPage(e.records, e.skipped)
}

// Unwrap exposes the cause.
func (e *archiveError) Unwrap() error { return e.err }

// archiveOut is where the JSON lines of one archive go while it is read:
// the temporary file of its .jsonl under -o DIR, or a spool file.
type archiveOut struct {
	w   *worker
	f   *os.File
	bw  *bufio.Writer
	tmp string // the file's name
	err error  // the first failure to write it
}

// archiveBuffer is the write buffer of an archive's output: records are
// a few KB, so this makes one write of several.
const archiveBuffer = 64 << 10

// openArchiveOut starts the output of the archive of t.
func (w *worker) openArchiveOut(t task) (*archiveOut, error) {
	o := &archiveOut{w: w}
	var err error
	if w.sink != nil {
		o.f, o.tmp, err = w.sink.open(t.out)
	} else if o.f, err = w.spools.create("records"); err == nil {
		o.tmp = o.f.Name()
	}
	if err != nil {
		return nil, err
	}
	o.bw = bufio.NewWriterSize(o.f, archiveBuffer)
	return o, nil
}

// write adds one JSON line.
func (o *archiveOut) write(line []byte) error {
	if _, err := o.bw.Write(line); err != nil {
		o.err = &outputError{path: o.tmp, err: err}
	}
	return o.err
}

// finish completes the output of the archive of t: its .jsonl is put in
// place, or its spool closed and named in ar.
func (o *archiveOut) finish(t task, ar *archiveResult) error {
	if o.err == nil {
		o.err = o.bw.Flush()
	}
	if o.w.sink != nil {
		return o.w.sink.commit(o.f, o.tmp, t.out, t.path, o.err)
	}
	err := o.err
	if cerr := o.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		o.w.spools.remove(o.tmp)
		return &outputError{path: o.tmp, err: err}
	}
	ar.spool = o.tmp
	return nil
}

// discard drops the output of an archive that gave no records.
func (o *archiveOut) discard() {
	if o.w.sink != nil {
		o.w.sink.discard(o.f, o.tmp)
		return
	}
	o.f.Close()
	o.w.spools.remove(o.tmp)
}

// failLog keeps the reasons of an archive's failed captures in a spool
// file, made at the first.
type failLog struct {
	f   *os.File
	bw  *bufio.Writer
	err error // the first failure to make or write the file, an *outputError
}

// add notes one failed capture.
func (l *failLog) add(spools *spooler, err error) {
	if l.err != nil {
		return
	}
	if l.f == nil {
		if l.f, l.err = spools.create("failures"); l.err != nil {
			return
		}
		l.bw = bufio.NewWriter(l.f)
	}
	line, _ := json.Marshal(failureReason(err)) // A string always marshals.
	if _, werr := l.bw.Write(append(line, '\n')); werr != nil {
		l.err = &outputError{path: l.f.Name(), err: werr}
	}
}

// close ends the log and returns its file's name, or "" when nothing
// failed; keep says whether the failures are to be reported.
func (l *failLog) close(spools *spooler, keep bool) (string, error) {
	if l.f == nil {
		return "", l.err
	}
	err := l.err
	if err == nil {
		err = l.bw.Flush()
	}
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	if err != nil && l.err == nil {
		err = &outputError{path: l.f.Name(), err: err}
	}
	if err != nil || !keep {
		spools.remove(l.f.Name())
		return "", err
	}
	return l.f.Name(), nil
}

// readFailures hands each reason of a failure log made by failLog to
// report, in order.
func readFailures(name string, report func(reason string)) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReader(f))
	for {
		var reason string
		if err := dec.Decode(&reason); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		report(reason)
	}
}

// doArchive reads the web archive of t, parses each capture and writes
// its record, into r; rd is the worker's reader. Per capture failures
// are logged and the archive read on; an archive that breaks off, or
// holds no page, fails whole and writes nothing, so that an output file
// is always a whole archive's and --resume tries a failed one again. Once ctx is done the archive is
// dropped part-way, leaving nothing: an archive may take long, and the
// run is winding down.
func (w *worker) doArchive(ctx context.Context, t task, r *result, rd *input.Reader) {
	in, err := rd.Open(t.path, nil, w.popt)
	if err != nil {
		r.err = err
		return
	}
	defer in.Close()
	a := in.Archive
	if a == nil {
		r.err = &input.Error{Path: t.path, Step: "archive", Err: errNotArchive}
		return
	}
	out, err := w.openArchiveOut(t)
	switch {
	case errors.Is(err, errAbandoned):
		r.dropped = true
		return
	case err != nil:
		r.err = err
		return
	}
	ar := &archiveResult{}
	var fails failLog
	// fail drops what was written of the archive; err nil, or
	// errAbandoned, drops the archive as if never started.
	fail := func(err error) {
		out.discard()
		fails.close(w.spools, false)
		if err == nil || errors.Is(err, errAbandoned) {
			r.dropped = true
			return
		}
		r.err = err
	}
	for {
		if ctx.Err() != nil {
			fail(nil)
			return
		}
		c, err := a.Next()
		if err == io.EOF {
			break
		}
		var re *parse.RecordError
		if errors.As(err, &re) {
			ar.failed++
			fails.add(w.spools, re)
			continue
		}
		if err != nil {
			fail(&input.Error{Path: t.path, Step: "archive", Err: &archiveError{records: a.Records(), err: err}})
			return
		}
		line, judged, err := w.captureLine(t, c)
		if err == nil && line != nil {
			if ar.lines > 0 && w.sep != "" {
				err = out.write([]byte(w.sep))
			}
			if err == nil {
				err = out.write(line)
			}
			if err != nil {
				fail(&input.Error{Path: t.path, Step: "write", Err: err})
				return
			}
			ar.lines++
			r.size += int64(len(c.Body))
			w.bar.addRecord()
		}
		if err == nil {
			err = judged
		}
		if err != nil {
			ar.failed++
			fails.add(w.spools, &parse.RecordError{URL: c.URL, Record: c.Record, Err: err})
			continue
		}
		ar.written++
	}
	ar.records = a.Records()
	ar.skipped = make(map[string]int, len(a.Skipped()))
	for k, v := range a.Skipped() {
		ar.skipped[k] = v
	}
	if ar.written+ar.failed == 0 {
		fail(&input.Error{Path: t.path, Step: "archive", Err: &archiveError{records: ar.records, skipped: ar.skipped}})
		return
	}
	if ar.fails, err = fails.close(w.spools, true); err != nil {
		fail(&input.Error{Path: t.path, Step: "write", Err: err})
		return
	}
	if err := out.finish(t, ar); err != nil {
		w.spools.remove(ar.fails)
		if errors.Is(err, errAbandoned) {
			r.dropped = true
		} else {
			r.err = err
		}
		return
	}
	r.archive = ar
}

// captureLine parses one capture of the archive of t and returns its
// record as a JSON line (under -o DIR) or a record of the stream, or nil
// when Config.Check keeps it from being written; judged is the check's
// verdict, err a failure to parse or encode. The capture's own address
// is the page's, so --url-prefix, an address made from the archive's
// path, is not used.
func (w *worker) captureLine(t task, c *parse.Capture) (line []byte, judged, err error) {
	// An archive is read a record at a time: what it holds at once is
	// one page, charged as a page file is (its charge is not held across
	// the whole archive, which would keep all but a few archives waiting).
	defer w.budget.take(PageCost(int64(len(c.Body))))()
	a, err := parse.ParseCapture(c, w.popt)
	if err != nil {
		return nil, nil, &input.Error{Path: t.path, Step: "parse", Err: err}
	}
	a.Source.Path = t.path
	write, judged := w.judge(a)
	if !write {
		return nil, judged, nil
	}
	if line, err = w.encodeLine(a); err != nil {
		return nil, nil, &input.Error{Path: t.path, Step: "encode", Err: err}
	}
	return line, judged, nil
}
