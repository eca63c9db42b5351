package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/artparse/artparse/parse"
)

// sniffLen is how much of a file is looked at to tell a web archive from
// a page: a WARC's version line, a gzip member that starts one, or a
// zip's signature.
const sniffLen = 512

// readBuffer is the buffer between the file system and the parse. Object
// stores answer reads in large pieces; 64 KiB keeps the reads few without
// costing memory that matters beside a page.
const readBuffer = 64 << 10

// parseFileFn reads one file and emits a JSON line for each article
// record (first output) and for each failure (second output): the file's,
// or one archive record's. No input fails the bundle: a file that cannot
// be read or parsed is a failure line, like any other bad input, since
// running it again would fail again.
type parseFileFn struct {
	// Options are the parse's options, the same for every file.
	Options parse.Options

	ok, failed, skipped, nbytes beam.Counter
}

// Setup makes the counters on the worker.
func (f *parseFileFn) Setup() {
	f.ok = beam.NewCounter(counterNamespace, counterOK)
	f.failed = beam.NewCounter(counterNamespace, counterFailed)
	f.skipped = beam.NewCounter(counterNamespace, counterSkipped)
	f.nbytes = beam.NewCounter(counterNamespace, counterBytes)
}

// ProcessElement parses the file rf. It returns an error only when a line
// cannot be encoded, which no record of the library should cause.
func (f *parseFileFn) ProcessElement(ctx context.Context, rf fileio.ReadableFile, emitRecord, emitFailure func(string)) error {
	out := &fileOutput{ctx: ctx, fn: f, path: rf.Metadata.Path, emitRecord: emitRecord, emitFailure: emitFailure}
	n, err := f.parseFile(ctx, rf, out)
	if err != nil {
		out.fail(nil, err)
	}
	f.nbytes.Inc(ctx, n)
	return out.err
}

// parseFile reads rf as a page or a web archive, by its content, and
// returns how many bytes it read from the file system and the error that
// failed the whole file, if one did.
func (f *parseFileFn) parseFile(ctx context.Context, rf fileio.ReadableFile, out *fileOutput) (int64, error) {
	rc, err := rf.Open(ctx)
	if err != nil {
		return 0, &stepError{"open", err}
	}
	defer rc.Close()
	cr := &countingReader{r: rc}
	br := bufio.NewReaderSize(cr, readBuffer)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return cr.n, &stepError{"read", err}
	}
	// cr.n is read once the file is done, not in the same return
	// statement as the call that reads it.
	var extra int64
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		extra, err = f.readWACZ(out.path, br, out)
	case parse.IsArchive(head):
		var a *parse.Archive
		if a, err = parse.ReadArchive(br, f.Options); err != nil {
			err = &stepError{"archive", err}
			break
		}
		err = f.readArchive(a, out)
	default:
		err = f.readPage(out.path, rf.Metadata.Size, br, out)
	}
	return cr.n + extra, err
}

// readPage reads a page whole, within the --max-bytes limit as stored and
// once decompressed, and parses it.
func (f *parseFileFn) readPage(path string, size int64, r io.Reader, out *fileOutput) error {
	limit := maxBytes(f.Options)
	if limit >= 0 && size > limit {
		// Refused from its size alone, before a byte of it is read.
		return &stepError{"read", &limitError{"input", limit}}
	}
	b, err := readLimited(r, limit, "input")
	if err != nil {
		return &stepError{"read", err}
	}
	if isGzip(path, b) {
		if b, err = gunzip(b, limit); err != nil {
			return &stepError{"decompress", err}
		}
	}
	a, err := parse.ParseBytes(b, f.Options)
	if err != nil {
		return &stepError{"parse", err}
	}
	return out.record(a)
}

// readWACZ reads a WACZ, which as a zip needs to be read at random: a
// local file where it is, anything else from a temporary copy on the
// worker's disk. It returns the bytes it read beyond r.
func (f *parseFileFn) readWACZ(path string, r io.Reader, out *fileOutput) (int64, error) {
	var file *os.File
	var err error
	local := !strings.Contains(path, "://")
	if local {
		file, err = os.Open(path)
		if err != nil {
			return 0, &stepError{"open", err}
		}
	} else {
		file, err = os.CreateTemp("", "artparse-beam-*.wacz")
		if err != nil {
			return 0, &stepError{"copy", err}
		}
		defer os.Remove(file.Name())
		if _, err := io.Copy(file, r); err != nil {
			file.Close()
			return 0, &stepError{"copy", err}
		}
	}
	defer file.Close()
	fi, err := file.Stat()
	if err != nil {
		return 0, &stepError{"read", err}
	}
	cr := &countingReaderAt{r: file}
	read := func() int64 {
		if local {
			return cr.n
		}
		return 0 // counted as it was copied
	}
	a, err := parse.OpenArchive(cr, fi.Size(), f.Options)
	if err != nil {
		return read(), &stepError{"archive", err}
	}
	err = f.readArchive(a, out)
	return read(), err
}

// readArchive parses each capture of a, one at a time. A capture that
// cannot be read or parsed is one failure line, and the archive is read
// on; an archive that stops being a WARC part-way fails there, and the
// records before stand.
func (f *parseFileFn) readArchive(a *parse.Archive, out *fileOutput) error {
	defer a.Close()
	defer func() {
		for _, n := range a.Skipped() {
			f.skipped.Inc(out.ctx, int64(n))
		}
	}()
	for {
		c, err := a.Next()
		var re *parse.RecordError
		switch {
		case err == io.EOF:
			return nil
		case errors.As(err, &re):
			out.fail(&failedRecord{URL: re.URL, ArchiveRecord: re.Record}, re.Err)
			continue
		case err != nil:
			return &stepError{"archive", err}
		}
		art, err := parse.ParseCapture(c, f.Options)
		if err != nil {
			out.fail(&failedRecord{URL: c.URL, ArchiveRecord: c.Record}, &stepError{"parse", err})
			continue
		}
		if err := out.record(art); err != nil {
			return err
		}
	}
}

// fileOutput emits the lines of one file as they come, so that memory
// holds one record at a time however many an archive holds, and counts
// them.
type fileOutput struct {
	ctx                     context.Context
	fn                      *parseFileFn
	path                    string
	emitRecord, emitFailure func(string)
	err                     error // a failure line that could not be encoded
}

// record emits a's JSON line, with Source.Path the file's path as
// matched.
func (o *fileOutput) record(a *parse.Article) error {
	a.Source.Path = o.path
	b, err := encodeJSON(a)
	if err != nil {
		return &stepError{"encode", err}
	}
	o.emitRecord(string(b))
	o.fn.ok.Inc(o.ctx, 1)
	return nil
}

// failure is a failure line.
type failure struct {
	Path   string        `json:"path"`
	Record *failedRecord `json:"record,omitempty"`
	Error  string        `json:"error"`
}

// failedRecord says which record of an archive failed: its address and
// where it is in the archive.
type failedRecord struct {
	URL string `json:"url,omitempty"`
	parse.ArchiveRecord
}

// fail adds a failure line for the file, or for its record rec.
func (o *fileOutput) fail(rec *failedRecord, err error) {
	b, encErr := encodeJSON(failure{Path: o.path, Record: rec, Error: err.Error()})
	if encErr != nil {
		o.err = fmt.Errorf("%s: encode failure: %w", o.path, encErr)
		return
	}
	o.emitFailure(string(b))
	o.fn.failed.Inc(o.ctx, 1)
}

// encodeJSON marshals v on one line as "artparse parse -f jsonl" prints a
// record: fields in the order of their struct, "<" and "&" left as they
// are, invalid UTF-8 replaced by U+FFFD.
func encodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// stepError is a failure of a file at one step: open, read, decompress,
// archive, parse, encode.
type stepError struct {
	step string
	err  error
}

// Error reads "STEP: CAUSE".
func (e *stepError) Error() string { return e.step + ": " + e.err.Error() }

// Unwrap exposes the cause.
func (e *stepError) Unwrap() error { return e.err }

// limitError is data over the --max-bytes limit.
type limitError struct {
	what  string // "input" or "decompressed data"
	limit int64
}

// Error says what was too large and the limit.
func (e *limitError) Error() string {
	return fmt.Sprintf("%s larger than %d bytes (--max-bytes)", e.what, e.limit)
}

// Unwrap makes the error parse.ErrTooLarge.
func (e *limitError) Unwrap() error { return parse.ErrTooLarge }

// maxBytes returns the limit opt sets on an input, -1 for none, as the
// library reads Options.MaxBytes.
func maxBytes(opt parse.Options) int64 {
	switch {
	case opt.MaxBytes == 0:
		return parse.DefaultMaxBytes
	case opt.MaxBytes < 0:
		return -1
	}
	return opt.MaxBytes
}

// readLimited reads r to its end, and fails once more than limit bytes
// (negative: none) arrive, having read at most one byte past it.
func readLimited(r io.Reader, limit int64, what string) ([]byte, error) {
	if limit >= 0 {
		r = io.LimitReader(r, limit+1)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if limit >= 0 && int64(len(b)) > limit {
		return nil, &limitError{what, limit}
	}
	return b, nil
}

// isGzip reports whether a page is gzip data: by its magic bytes, or by
// its name when it is not empty (an empty file is left to the parse, which
// calls it empty).
func isGzip(path string, b []byte) bool {
	return bytes.HasPrefix(b, []byte{0x1f, 0x8b}) || len(b) > 0 && strings.HasSuffix(strings.ToLower(path), ".gz")
}

// errTruncatedGzip words a gzip stream that ends early.
var errTruncatedGzip = errors.New("truncated gzip data")

// gunzip decompresses b, all its members, within limit bytes (negative:
// none). A truncated stream or a bad checksum is an error, never a prefix.
func gunzip(b []byte, limit int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("corrupt gzip data: %w", err)
	}
	out, err := readLimited(zr, limit, "decompressed data")
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return nil, errTruncatedGzip
	case errors.Is(err, parse.ErrTooLarge):
		return nil, err
	case err != nil:
		return nil, fmt.Errorf("corrupt gzip data: %w", err)
	}
	return out, nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

// Read reads from the underlying reader and counts.
func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// countingReaderAt counts the bytes read through it.
type countingReaderAt struct {
	r io.ReaderAt
	n int64
}

// ReadAt reads from the underlying reader and counts.
func (c *countingReaderAt) ReadAt(p []byte, off int64) (int, error) {
	n, err := c.r.ReadAt(p, off)
	c.n += int64(n)
	return n, err
}
