package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"

	"github.com/artparse/artparse/parse"
)

// stdinPath is the file name that means standard input, and the Source.Path
// recorded for it.
const stdinPath = "-"

// gzipMagic starts every gzip stream (RFC 1952). Inputs that start with it
// are decompressed whatever their name, so "curl | artparse parse" works on
// compressed responses too.
var gzipMagic = []byte{0x1f, 0x8b}

// errIsDir reports a FILE argument that names a directory. os.Open succeeds
// on directories, so it is detected with Stat instead of on read.
var errIsDir = errors.New("is a directory")

// inputError says which input failed and at which step (open, read,
// decompress, parse). Its Error is the full wrapped chain for logs; the
// one-line message users see comes from reason.
type inputError struct {
	path string
	step string
	err  error
}

// Error returns "PATH: STEP: CAUSE".
func (e *inputError) Error() string { return fmt.Sprintf("%s: %s: %v", e.path, e.step, e.err) }

// Unwrap exposes the cause to errors.Is and errors.As.
func (e *inputError) Unwrap() error { return e.err }

// reason turns an input failure into the short, human text printed after
// "artparse: PATH: ". Every failure users are likely to meet gets its own
// distinct wording; anything else falls back to the step and the cause.
func reason(err error) string {
	var step string
	var ie *inputError
	if errors.As(err, &ie) {
		step = ie.step
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.Is(err, errIsDir), errors.Is(err, syscall.EISDIR):
		return "is a directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, parse.ErrBinary):
		return "binary data, not text"
	case errors.Is(err, parse.ErrEmpty):
		return "empty input"
	case step == "decompress" && errors.Is(err, io.ErrUnexpectedEOF):
		return "truncated gzip data"
	case step == "decompress":
		return "corrupt gzip data"
	}
	// Drop the path *fs.PathError repeats: the line already starts with it.
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	} else if ie != nil {
		err = ie.err
	}
	if step == "" {
		return err.Error()
	}
	return step + ": " + err.Error()
}

// readInput returns the contents of the input named path ("-" is stdin),
// decompressed when it is gzip data. Inputs are read whole because the
// parser needs all the bytes to sniff the format and the encoding.
func readInput(path string, stdin io.Reader) ([]byte, error) {
	b, err := readRaw(path, stdin)
	if err != nil {
		return nil, err
	}
	if !isGzip(path, b) {
		return b, nil
	}
	b, err = gunzip(b)
	if err != nil {
		return nil, &inputError{path: path, step: "decompress", err: err}
	}
	return b, nil
}

// readRaw reads the bytes of path, or of stdin for "-", as they are stored.
func readRaw(path string, stdin io.Reader) ([]byte, error) {
	if path == stdinPath {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return nil, &inputError{path: path, step: "read", err: err}
		}
		return b, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &inputError{path: path, step: "open", err: err}
	}
	defer f.Close()
	var size int64
	if fi, err := f.Stat(); err == nil {
		if fi.IsDir() {
			return nil, &inputError{path: path, step: "open", err: errIsDir}
		}
		size = fi.Size()
	}
	b, err := readAllSized(f, size)
	if err != nil {
		return nil, &inputError{path: path, step: "read", err: err}
	}
	return b, nil
}

// readAllSized reads r to its end into a buffer sized for hint bytes up
// front. Growing a buffer from nothing copies a large page several times
// over, which showed as a tenth of batch's CPU time in profiles.
func readAllSized(r io.Reader, hint int64) ([]byte, error) {
	var buf bytes.Buffer
	if hint > 0 && hint < maxSizeHint {
		buf.Grow(int(hint) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

// maxSizeHint caps how much readAllSized reserves on trust. A size from a
// gzip trailer can be forged; beyond this the buffer grows as data really
// arrives.
const maxSizeHint = 256 << 20

// isGzip reports whether b should be decompressed: it starts with the gzip
// magic bytes, or the file is named *.gz and is not empty (an empty file is
// left to the parser, which reports it as empty rather than as bad gzip).
func isGzip(path string, b []byte) bool {
	if bytes.HasPrefix(b, gzipMagic) {
		return true
	}
	return len(b) > 0 && strings.HasSuffix(strings.ToLower(path), ".gz")
}

// gunzip decompresses the whole (possibly multi-member) gzip stream b. A
// truncated stream or a bad checksum is an error, never a silent prefix.
func gunzip(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	// The trailer's ISIZE is the uncompressed size modulo 2^32 (of the last
	// member only, for multi-member streams), so it is only a hint; deflate
	// cannot expand more than about 1032 to 1, which bounds a forged one.
	hint := int64(binary.LittleEndian.Uint32(b[len(b)-4:]))
	hint = min(hint, int64(len(b))*1032)
	out, err := readAllSized(zr, hint)
	if err != nil {
		return nil, err
	}
	if err := zr.Close(); err != nil {
		return nil, err
	}
	return out, nil
}
