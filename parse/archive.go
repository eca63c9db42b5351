package parse

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/artparse/artparse/parse/internal/textkit"
	"github.com/artparse/artparse/parse/internal/warc"
)

// The Source.Container values of pages taken out of web archives.
const (
	// ContainerWARC is a page taken out of a WARC file (.warc, .warc.gz).
	ContainerWARC = "warc"
	// ContainerWACZ is a page taken out of a WARC inside a WACZ file.
	ContainerWACZ = "wacz"
)

// ArchiveRecord says where in a web archive a page was captured. The
// capture time is when the page was archived, not when it was published,
// and is never taken for Article.Published.
type ArchiveRecord struct {
	// File is, for a WACZ, the WARC inside it that holds the record
	// ("archive/data.warc.gz"); empty for a WARC read directly.
	File string `json:"file,omitempty" yaml:"file,omitempty"`
	// ID is the record's WARC-Record-ID ("<urn:uuid:...>").
	ID string `json:"record_id,omitempty" yaml:"record_id,omitempty"`
	// Offset is where the record starts: in the file as stored for a
	// plain WARC and for one gzipped record by record (the offset CDX
	// indexes give), in the decompressed data for a WARC gzipped whole.
	Offset int64 `json:"offset" yaml:"offset"`
	// Captured is the record's WARC-Date, the time of capture.
	Captured string `json:"captured,omitempty" yaml:"captured,omitempty"`
}

// Capture is one page taken out of a web archive: the body of an HTTP
// response, or of a resource record, that may hold an article.
type Capture struct {
	// URL is the address the page was captured from (WARC-Target-URI).
	URL string
	// Record is where the capture is in the archive.
	Record ArchiveRecord
	// Container is ContainerWARC or ContainerWACZ.
	Container string
	// MediaType is the response's media type ("text/html") and Charset
	// the charset its Content-Type declares, or "".
	MediaType, Charset string
	// Body is the page, decoded of HTTP transfer and content coding.
	Body []byte
}

// Why an Archive passes over a record. Archive.Skipped counts them.
const (
	// SkipNotResponse is a record that holds no page: a request, metadata,
	// warcinfo or other record (counted under its WARC-Type instead, such
	// as "request", when it has one).
	SkipNotResponse = "not a response"
	// SkipRevisit is a revisit record: the page was unchanged since an
	// earlier capture, which the archive holds instead.
	SkipRevisit = "revisit"
	// SkipStatus is a response whose HTTP status is not 200: an error, a
	// redirect or a "not modified".
	SkipStatus = "not status 200"
	// SkipMediaType is a response that is neither HTML nor plain text
	// (an image, a script, a style sheet, JSON).
	SkipMediaType = "not html or text"
	// SkipTruncated is a record the archive ends in the middle of.
	SkipTruncated = "truncated"
)

// RecordError is a capture that could not be read, though the archive can
// be read on: a body in a content coding not supported (br, zstd), corrupt
// compressed data, or a record over Options.MaxBytes.
type RecordError struct {
	URL    string
	Record ArchiveRecord
	Err    error
}

// Error names the record and the cause.
func (e *RecordError) Error() string {
	return fmt.Sprintf("record at offset %d (%s): %v", e.Record.Offset, e.URL, e.Err)
}

// Unwrap exposes the cause.
func (e *RecordError) Unwrap() error { return e.Err }

// ErrNotArchive reports data that is not a WARC, or a zip with no WARC in
// its archive/ folder.
var ErrNotArchive = errors.New("not a web archive")

// Archive reads the pages of a web archive one capture at a time: a WARC
// file, plain or gzipped (record by record, or whole), or a WACZ (a zip
// whose archive/ folder holds WARC files). It holds one record in memory at
// a time, so memory is bounded by the largest record, never by the
// archive. An Archive is not safe for concurrent use.
type Archive struct {
	container string
	limit     int64
	// files are the WARCs of a WACZ still to read; r reads the current
	// one, named file.
	files   []*zip.File
	file    string
	closer  io.Closer
	r       *warc.Reader
	records int
	skipped map[string]int
}

// ReadArchive returns an Archive that reads a WARC from r, a stream read
// once from start to end. opt.MaxBytes bounds each record (zero: the
// default). A WACZ needs OpenArchive.
func ReadArchive(r io.Reader, opt Options) (*Archive, error) {
	a := &Archive{container: ContainerWARC, limit: opt.maxBytes(), skipped: map[string]int{}}
	wr, err := warc.NewReader(r, a.limit)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotArchive, err)
	}
	a.r = wr
	return a, nil
}

// OpenArchive returns an Archive that reads the WARC or WACZ held in r,
// size bytes long (an *os.File or a *bytes.Reader). A zip is a WACZ when
// its archive/ folder holds WARC files (*.warc, *.warc.gz), which are read
// in the order the zip lists them.
func OpenArchive(r io.ReaderAt, size int64, opt Options) (*Archive, error) {
	var head [4]byte
	n, _ := r.ReadAt(head[:], 0)
	if !bytes.Equal(head[:n], []byte("PK\x03\x04")) {
		return ReadArchive(io.NewSectionReader(r, 0, size), opt)
	}
	z, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("%w: zip: %v", ErrNotArchive, err)
	}
	a := &Archive{container: ContainerWACZ, limit: opt.maxBytes(), skipped: map[string]int{}}
	for _, f := range z.File {
		name := f.Name
		if path.Dir(name) == "archive" && (strings.HasSuffix(name, ".warc") || strings.HasSuffix(name, ".warc.gz")) {
			a.files = append(a.files, f)
		}
	}
	if len(a.files) == 0 {
		return nil, fmt.Errorf("%w: a zip with no WARC in archive/", ErrNotArchive)
	}
	return a, nil
}

// IsArchive reports whether head, the first bytes of an input (a few
// hundred are enough), starts a WARC, plain or gzipped, or a zip, which
// OpenArchive then tells apart from other zips.
func IsArchive(head []byte) bool {
	switch {
	case bytes.HasPrefix(head, []byte("WARC/")):
		return true
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return true
	case bytes.HasPrefix(head, []byte{0x1f, 0x8b}):
		z, err := gzip.NewReader(bytes.NewReader(head))
		if err != nil {
			return false
		}
		var b [5]byte
		n, _ := io.ReadFull(z, b[:])
		return string(b[:n]) == "WARC/"
	}
	return false
}

// Container returns ContainerWARC or ContainerWACZ.
func (a *Archive) Container() string { return a.container }

// Records returns how many records have been read so far.
func (a *Archive) Records() int { return a.records }

// Skipped returns how many records were passed over so far, by reason:
// the Skip constants, or a WARC-Type such as "request" or "metadata".
// The map is the Archive's own; read it, do not keep it.
func (a *Archive) Skipped() map[string]int { return a.skipped }

// Close releases the WARC being read inside a WACZ. It does not close
// the reader the Archive was made from.
func (a *Archive) Close() error {
	if a.closer != nil {
		err := a.closer.Close()
		a.closer = nil
		return err
	}
	return nil
}

// Next returns the next capture that may hold an article, or io.EOF after
// the last. A *RecordError is one capture that could not be read: report
// it and call Next again. Any other error ends the archive (its data is
// not a WARC where a record should start), and the captures before it
// stand.
func (a *Archive) Next() (*Capture, error) {
	for {
		if a.r == nil {
			if err := a.nextFile(); err != nil {
				return nil, err
			}
		}
		rec, err := a.r.Next()
		switch {
		case err == io.EOF:
			a.r = nil
			if a.container == ContainerWARC {
				return nil, io.EOF
			}
			continue
		case errors.Is(err, warc.ErrTruncated):
			a.records++
			a.skipped[SkipTruncated]++
			a.r = nil
			if a.container == ContainerWARC {
				return nil, io.EOF
			}
			continue
		case errors.Is(err, warc.ErrNotWARC) && a.records == 0:
			return nil, fmt.Errorf("%w: %v", ErrNotArchive, err)
		case err != nil:
			if a.file != "" {
				return nil, fmt.Errorf("%s: %w", a.file, err)
			}
			return nil, err
		}
		a.records++
		if c, err := a.capture(rec); c != nil || err != nil {
			return c, err
		}
	}
}

// nextFile opens the next WARC of a WACZ, or returns io.EOF.
func (a *Archive) nextFile() error {
	a.Close()
	if len(a.files) == 0 {
		return io.EOF
	}
	f := a.files[0]
	a.files = a.files[1:]
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("%s: %w", f.Name, err)
	}
	r, err := warc.NewReader(rc, a.limit)
	if err != nil {
		rc.Close()
		return fmt.Errorf("%s: %w", f.Name, err)
	}
	a.file, a.closer, a.r = f.Name, rc, r
	return nil
}

// capture turns a record into a Capture, or counts it as skipped and
// returns nil.
func (a *Archive) capture(rec *warc.Record) (*Capture, error) {
	c := &Capture{
		URL:       strings.Trim(rec.Header.Get("WARC-Target-URI"), "<>"),
		Container: a.container,
		Record: ArchiveRecord{
			File:     a.file,
			ID:       headerText(rec.Header.Get("WARC-Record-ID")),
			Offset:   rec.Offset,
			Captured: headerText(rec.Header.Get("WARC-Date")),
		},
	}
	fail := func(err error) (*Capture, error) {
		return nil, &RecordError{URL: c.URL, Record: c.Record, Err: err}
	}
	switch rec.Type {
	case "response":
	case "resource":
		// Resource records also hold what a crawler says of itself
		// (wget's arguments, at a metadata: address): only a page
		// fetched from the web is one.
		if !strings.HasPrefix(c.URL, "http://") && !strings.HasPrefix(c.URL, "https://") {
			a.skipped[rec.Type]++
			return nil, nil
		}
	case "revisit":
		a.skipped[SkipRevisit]++
		return nil, nil
	case "":
		a.skipped[SkipNotResponse]++
		return nil, nil
	default:
		a.skipped[rec.Type]++
		return nil, nil
	}
	if rec.TooLarge {
		return fail(fmt.Errorf("%w: a record of %d bytes, over the limit of %d", ErrTooLarge, rec.Length, a.limit))
	}
	if rec.Type == "resource" {
		// A resource record holds the payload itself, its type in the
		// record's own Content-Type.
		c.MediaType, c.Charset = mediaType(rec.Header.Get("Content-Type"))
		c.Body = rec.Block
	} else {
		resp, err := warc.ReadResponse(rec.Block, a.limit)
		if err != nil {
			return fail(err)
		}
		if resp.Status != 200 {
			a.skipped[SkipStatus]++
			return nil, nil
		}
		c.MediaType, c.Charset, c.Body = resp.MediaType, resp.Charset, resp.Body
	}
	if !pageMediaType(c.MediaType) {
		a.skipped[SkipMediaType]++
		return nil, nil
	}
	return c, nil
}

// mediaType splits a Content-Type value into its media type, lower case,
// and its charset parameter.
func mediaType(v string) (string, string) {
	t, params, _ := strings.Cut(v, ";")
	var cs string
	for _, p := range strings.Split(params, ";") {
		k, val, _ := strings.Cut(p, "=")
		if strings.EqualFold(strings.TrimSpace(k), "charset") {
			cs = strings.Trim(strings.TrimSpace(val), `"'`)
		}
	}
	return strings.ToLower(strings.TrimSpace(t)), cs
}

// pageMediaType reports whether a capture of media type t may hold an
// article: HTML, XHTML or plain text. A response with no type is given
// the benefit of the doubt; the parse refuses binary data anyway.
func pageMediaType(t string) bool {
	switch t {
	case "", "text/html", "application/xhtml+xml", "text/plain":
		return true
	}
	return false
}

// ParseCapture returns the article record of a page taken out of an
// archive. The capture's address is the page's URL unless opt.URL is set
// (a canonical link in the page still wins), the charset its HTTP header
// declares is read as a server's header is (see Options.Charset), a
// text/plain capture is read as plain text unless opt.Input says
// otherwise, and Source says where in the archive the page was found.
func ParseCapture(c *Capture, opt Options) (*Article, error) {
	if opt.URL == "" {
		opt.URL = c.URL
	}
	if opt.Charset == "" {
		opt.Charset = c.Charset
	}
	if opt.Input == "" || opt.Input == FormatAuto {
		switch c.MediaType {
		case "text/html", "application/xhtml+xml":
			opt.Input = FormatHTML
		case "text/plain":
			opt.Input = FormatText
		}
	}
	a, err := ParseBytes(c.Body, opt)
	if err != nil {
		return nil, err
	}
	a.Source.Container = c.Container
	rec := c.Record
	a.Source.Record = &rec
	return a, nil
}

// headerText makes a WARC header's value fit for a record as every field
// of one is: valid UTF-8, with no control character (an archive is input
// like any page, and may hold anything), and on one line.
func headerText(v string) string {
	return strings.Join(strings.Fields(textkit.CleanControls(strings.ToValidUTF8(v, "\uFFFD"))), " ")
}
