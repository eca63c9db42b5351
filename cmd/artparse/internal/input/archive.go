package input

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"

	"github.com/artparse/artparse/parse"
)

// Opened is an input opened by Open: a web archive, to read capture by
// capture, or a page, read whole.
type Opened struct {
	// Archive is the input's archive when it is one (WARC, gzipped or
	// not, or WACZ); Page is nil then.
	Archive *parse.Archive
	// Page is the input's bytes, decompressed, when it is not an archive.
	Page []byte
	file *os.File
}

// Close releases the file an archive is read from.
func (o *Opened) Close() error {
	if o.Archive != nil {
		o.Archive.Close()
	}
	if o.file != nil {
		return o.file.Close()
	}
	return nil
}

// sniffLen is how much of an input Open looks at to tell an archive: a
// WARC's version line, or gzip data that decompresses to one, or a zip.
const sniffLen = 512

// Open opens the input named path ("-" is stdin) as a web archive when its
// first bytes say it is one, and otherwise reads it whole as Read does. An
// archive is read as it goes, so memory is bounded by its largest record,
// and popt.MaxBytes bounds each record rather than the archive; a WACZ on
// standard input, which a zip's layout makes necessary, is read whole
// within that limit. A zip that holds no WARC is read as a page, which
// the parse then refuses as binary data.
func Open(path string, stdin io.Reader, popt parse.Options) (*Opened, error) {
	var r Reader
	return r.Open(path, stdin, popt)
}

// Open is the package's Open, reading a page into the Reader's buffers:
// the Page of what it returns is valid until the Reader's next Read or
// Open. A file is opened once, both to tell an archive and to read it as
// a page.
func (r *Reader) Open(path string, stdin io.Reader, popt parse.Options) (*Opened, error) {
	r.trim()
	limit := popt.MaxBytes
	if path == StdinPath {
		// The end of the input, once seen, is not asked for again: on a
		// terminal that would wait for a second Ctrl-D.
		br := bufio.NewReaderSize(&stickyEOF{r: stdin}, 64<<10)
		head, _ := br.Peek(sniffLen)
		stdin = br
		if !parse.IsArchive(head) {
			return r.page(path, stdin, nil, -1, popt)
		}
		var a *parse.Archive
		var err error
		if bytes.HasPrefix(head, []byte("PK")) {
			// The archive reads from these bytes for as long as it is
			// open, so they are not the Reader's to reuse.
			var b []byte
			if b, err = fill(nil, stdin, 0, limit, "input", nil); err != nil {
				return nil, &Error{Path: path, Step: "read", Err: err}
			}
			a, err = parse.OpenArchive(bytes.NewReader(b), int64(len(b)), popt)
		} else {
			a, err = parse.ReadArchive(stdin, popt)
		}
		if err != nil {
			return nil, &Error{Path: path, Step: "archive", Err: err}
		}
		return &Opened{Archive: a}, nil
	}
	if err := checkRegular(path); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{Path: path, Step: "open", Err: err}
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, &Error{Path: path, Step: "open", Err: err}
	}
	n, _ := f.ReadAt(r.head[:], 0)
	if parse.IsArchive(r.head[:n]) {
		a, err := parse.OpenArchive(f, fi.Size(), popt)
		if err == nil {
			return &Opened{Archive: a, file: f}, nil
		}
		f.Close()
		if !errors.Is(err, parse.ErrNotArchive) {
			return nil, &Error{Path: path, Step: "archive", Err: err}
		}
		// Read again from the start, whatever the archive reader did.
		return r.page(path, nil, nil, -1, popt)
	}
	// ReadAt left the file's offset at its start.
	defer f.Close()
	return r.page(path, nil, f, fi.Size(), popt)
}

// page reads an input that is not an archive, as Read does; f and size
// are read's.
func (r *Reader) page(path string, stdin io.Reader, f *os.File, size int64, popt parse.Options) (*Opened, error) {
	b, err := r.read(path, stdin, f, size, popt, nil)
	if err != nil {
		return nil, err
	}
	return &Opened{Page: b}, nil
}

// stickyEOF reads r until r reports its end, and from then on reports the
// end without reading r again. bufio.Reader hands an end on once and then
// reads again, which on a terminal waits for another Ctrl-D.
type stickyEOF struct {
	r   io.Reader
	eof bool
}

func (s *stickyEOF) Read(p []byte) (int, error) {
	if s.eof {
		return 0, io.EOF
	}
	n, err := s.r.Read(p)
	if err == io.EOF {
		s.eof = true
	}
	return n, err
}
