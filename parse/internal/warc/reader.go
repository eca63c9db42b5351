// Package warc reads web archives in the WARC format (ISO 28500), as
// written by wget --warc-file, Heritrix, Webrecorder, Browsertrix and the
// Common Crawl: plain, gzipped record by record as the standard
// recommends, or gzipped whole, as some tools do. It reads one record at a
// time, so memory is bounded by the largest record kept, never by the
// archive, and it names where each record starts so a user can find it
// again.
//
// It knows WARC records and the HTTP messages inside them; what to make of
// a page is the caller's business.
package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
)

// Errors the Reader returns.
var (
	// ErrNotWARC reports data that does not start with a WARC record.
	ErrNotWARC = errors.New("not a WARC record")
	// ErrTruncated reports an archive that ends inside a record: a
	// download or a crawl cut short. The records before it were read.
	ErrTruncated = errors.New("archive ends inside a record")
)

// Record is one WARC record.
type Record struct {
	// Type is the WARC-Type: "response", "request", "revisit", "resource",
	// "metadata", "warcinfo", ...
	Type string
	// Header holds the record's WARC named fields.
	Header textproto.MIMEHeader
	// Offset is where the record starts. For a plain archive, and for one
	// gzipped record by record, it is the offset in the file as stored,
	// the one CDX indexes give, from which the record can be read again;
	// for an archive gzipped whole, whose records share one gzip member,
	// it is the offset in the decompressed data.
	Offset int64
	// Block is the record's content block, or nil when it was longer than
	// the Reader's limit (then TooLarge is true).
	Block []byte
	// TooLarge says that the block was longer than the limit and was
	// skipped, not read.
	TooLarge bool
	// Length is the block's declared length.
	Length int64
}

// maxPrealloc is the most memory allocated for a block before its bytes
// are read: most pages are smaller, and a larger block grows as it comes.
const maxPrealloc = 1 << 20

// Reader reads the records of one archive in order.
type Reader struct {
	// raw counts the bytes read from the archive as stored; in is raw with
	// a buffer, which gzip reads exactly one member from at a time.
	raw *countingReader
	in  *bufio.Reader
	// gz is the gzip reader of the current member, nil for a plain
	// archive; members lists where the members not yet passed start.
	gz      *gzip.Reader
	members []member
	// out buffers the decompressed data; produced counts the bytes put
	// into it, so that produced minus what it still holds is where the
	// next record starts.
	out      *bufio.Reader
	produced int64
	limit    int64
	started  bool
}

// member is where a gzip member starts, in the decompressed data and in
// the file.
type member struct{ data, file int64 }

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// NewReader returns a Reader of the archive r. Blocks longer than limit
// bytes are skipped rather than read (a negative limit is none).
func NewReader(r io.Reader, limit int64) (*Reader, error) {
	raw := &countingReader{r: r}
	in := bufio.NewReaderSize(raw, 64<<10)
	w := &Reader{raw: raw, in: in, limit: limit}
	head, _ := in.Peek(2)
	if bytes.Equal(head, []byte{0x1f, 0x8b}) {
		gz, err := gzip.NewReader(in)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		gz.Multistream(false)
		w.gz = gz
		w.members = append(w.members, member{0, 0})
		w.out = bufio.NewReaderSize(readerFunc(w.readMembers), 64<<10)
	} else {
		w.out = bufio.NewReaderSize(readerFunc(w.readPlain), 64<<10)
	}
	return w, nil
}

// readerFunc turns a function into an io.Reader.
type readerFunc func([]byte) (int, error)

func (f readerFunc) Read(p []byte) (int, error) { return f(p) }

// readPlain reads an archive stored as it is.
func (w *Reader) readPlain(p []byte) (int, error) {
	n, err := w.in.Read(p)
	w.produced += int64(n)
	return n, err
}

// readMembers reads the decompressed data of one gzip member after
// another, noting where each starts.
func (w *Reader) readMembers(p []byte) (int, error) {
	for {
		n, err := w.gz.Read(p)
		w.produced += int64(n)
		if err != io.EOF {
			return n, err
		}
		if n > 0 {
			return n, nil
		}
		// The member ended: the next starts at the first byte of the
		// file that gzip has not taken from the buffer.
		start := w.raw.n - int64(w.in.Buffered())
		if err := w.gz.Reset(w.in); err != nil {
			if err == io.EOF {
				return 0, io.EOF
			}
			return 0, fmt.Errorf("gzip member at offset %d: %w", start, err)
		}
		w.gz.Multistream(false)
		w.members = append(w.members, member{w.produced, start})
	}
}

// position returns where the next unread byte of decompressed data is,
// and its offset as Record.Offset gives it.
func (w *Reader) position() (data, offset int64) {
	data = w.produced - int64(w.out.Buffered())
	if w.gz == nil {
		return data, data
	}
	// Members that start before data are passed; one that starts at
	// data is where this record starts in the file.
	for len(w.members) > 1 && w.members[1].data <= data {
		w.members = w.members[1:]
	}
	if m := w.members[0]; m.data == data {
		return data, m.file
	}
	return data, data
}

// Next returns the next record, or io.EOF after the last. ErrTruncated
// says the archive ended inside a record; ErrNotWARC that data which is
// not a record came where one should start. After an error other than a
// record's being too large, the Reader cannot go on.
func (w *Reader) Next() (*Record, error) {
	// Records are followed by two line ends, and some writers add more:
	// skip blank lines before the version line.
	for {
		b, err := w.out.Peek(1)
		if err != nil {
			if err == io.EOF {
				return nil, io.EOF
			}
			return nil, err
		}
		if b[0] != '\r' && b[0] != '\n' {
			break
		}
		w.out.Discard(1)
	}
	_, offset := w.position()
	tp := textproto.NewReader(w.out)
	version, err := tp.ReadLine()
	if err != nil {
		return nil, truncated(err)
	}
	if !strings.HasPrefix(version, "WARC/") {
		if !w.started {
			return nil, ErrNotWARC
		}
		return nil, fmt.Errorf("%w at offset %d", ErrNotWARC, offset)
	}
	w.started = true
	h, err := tp.ReadMIMEHeader()
	if err != nil {
		return nil, fmt.Errorf("record at offset %d: header: %w", offset, truncated(err))
	}
	n, err := strconv.ParseInt(strings.TrimSpace(h.Get("Content-Length")), 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("record at offset %d: bad Content-Length %q", offset, h.Get("Content-Length"))
	}
	rec := &Record{Type: strings.ToLower(h.Get("WARC-Type")), Header: h, Offset: offset, Length: n}
	if w.limit >= 0 && n > w.limit {
		rec.TooLarge = true
		if _, err := io.CopyN(io.Discard, w.out, n); err != nil {
			return nil, truncated(err)
		}
		return rec, nil
	}
	// The block grows as it is read: a length that lies (a cut or
	// corrupt archive) costs no more memory than the data there is.
	var block bytes.Buffer
	block.Grow(int(min(n, maxPrealloc)))
	if _, err := io.CopyN(&block, w.out, n); err != nil {
		return nil, truncated(err)
	}
	rec.Block = block.Bytes()
	return rec, nil
}

// truncated turns the end of the data in the middle of a record into
// ErrTruncated.
func truncated(err error) error {
	if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		return ErrTruncated
	}
	return err
}
