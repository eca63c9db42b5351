// Package input reads artparse's inputs and names their failures, for
// every command alike.
//
// Read never holds more than a limit's worth of an input in memory,
// whatever its size as stored or once decompressed, and fails on
// truncated or corrupt gzip data rather than returning a prefix. Every
// failure comes back as an *Error naming the input and the step that
// failed, and Reason turns it into the one line a person reads, so that
// the same failure is worded the same way by every command.
package input

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"strconv"
	"strings"
	"syscall"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse"
	"golang.org/x/term"
)

// StdinPath is the file name that means standard input (and, for an output,
// standard output), and the Source.Path recorded for it.
const StdinPath = "-"

// gzipMagic starts every gzip stream (RFC 1952). Inputs that start with it
// are decompressed whatever their name, so "curl | artparse parse" works on
// compressed responses too.
var gzipMagic = []byte{0x1f, 0x8b}

// ErrIsDir reports a FILE argument that names a directory. os.Open succeeds
// on directories, so it is detected with Stat instead of on read.
var ErrIsDir = errors.New("is a directory")

// ErrNotRegular reports an input that is neither a regular file nor
// standard input: a FIFO, which would block the read until a writer came,
// a device or a socket.
var ErrNotRegular = errors.New("not a regular file")

// checkRegular refuses, before anything opens it, a path that is a folder
// or not a regular file (a link to one is followed). Opening a FIFO blocks
// until a writer comes, so it must be found without opening it.
func checkRegular(path string) error {
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return &Error{Path: path, Step: "open", Err: err}
	case fi.IsDir():
		return &Error{Path: path, Step: "open", Err: ErrIsDir}
	case !fi.Mode().IsRegular():
		return &Error{Path: path, Step: "open", Err: ErrNotRegular}
	}
	return nil
}

// DisplayPath returns path as printed on stderr: as it is, unless it holds
// a control character (a newline would split the one line per failure, an
// escape sequence would reach the terminal) or bytes that are not UTF-8,
// which are shown as a Go-quoted string instead, so that the name can
// still be told exactly.
func DisplayPath(path string) string {
	if !utf8.ValidString(path) || strings.IndexFunc(path, unicode.IsControl) >= 0 {
		return strconv.Quote(path)
	}
	return path
}

// IsTerminal reports whether r is a terminal, so that a command waiting on
// it can say so. It asks the terminal driver (golang.org/x/term, which the
// progress bar already brings): a character device alone may be /dev/null.
func IsTerminal(r any) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// RecordPath returns path as a record's source.path holds it: valid UTF-8
// in every output format, bytes that are not UTF-8 replaced by U+FFFD (a
// YAML encoder would otherwise write such a name as !!binary).
func RecordPath(path string) string { return strings.ToValidUTF8(path, "\uFFFD") }

// Error says which input failed and at which step (open, read, decompress,
// parse, and the batch command's own: walk, read folder, encode, write).
// Its Error is the full wrapped chain for logs; the one-line message users
// see comes from Reason, which reads Step to word the cause.
type Error struct {
	Path string // the input as named, "-" for standard input
	Step string // what was being done: "open", "read", "parse" ...
	Err  error  // the cause
}

// Error returns "PATH: STEP: CAUSE".
func (e *Error) Error() string { return fmt.Sprintf("%s: %s: %v", e.Path, e.Step, e.Err) }

// Unwrap exposes the cause to errors.Is and errors.As.
func (e *Error) Unwrap() error { return e.Err }

// Reason turns an input failure into the short, human text printed after
// "artparse: PATH: ". Every failure users are likely to meet gets its own
// distinct wording; anything else falls back to the step and the cause.
func Reason(err error) string {
	// A page in an archive is named by where it is, then worded as a
	// page of its own would be.
	var re *parse.RecordError
	if errors.As(err, &re) {
		return fmt.Sprintf("record at offset %d (%s): %s", re.Record.Offset, re.URL, Reason(re.Err))
	}
	var step string
	var ie *Error
	if errors.As(err, &ie) {
		step = ie.Step
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.Is(err, ErrIsDir), errors.Is(err, syscall.EISDIR):
		return "is a directory"
	case errors.Is(err, ErrNotRegular):
		return "not a regular file"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, parse.ErrBinary):
		return "binary data, not text"
	case errors.Is(err, parse.ErrEmpty):
		return "empty input"
	case errors.Is(err, parse.ErrTooLarge):
		var le *limitError
		if errors.As(err, &le) {
			return le.Error()
		}
		// The library's own wording names the size and the limit.
		inner := err
		if ie != nil {
			inner = ie.Err
		}
		return inner.Error() + " (see --max-bytes)"
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
		err = ie.Err
	}
	if step == "" {
		return err.Error()
	}
	return step + ": " + err.Error()
}

// Read returns the contents of the input named path ("-" is stdin),
// decompressed when it is gzip data. Inputs are read whole because the
// parser needs all the bytes to sniff the format and the encoding, but
// never more than popt.MaxBytes bytes (negative: no limit): a larger file
// is refused from its size alone, a larger stream or gzip content after
// that many bytes, so neither a huge file nor a gzip bomb is held in
// memory. An input that parse.CheckOpening finds binary is refused, with
// parse.ErrBinary, having read (and decompressed) only its opening, so a
// binary file costs the same whatever its size or the limit.
func Read(path string, stdin io.Reader, popt parse.Options) ([]byte, error) {
	limit := popt.MaxBytes
	opening := func(head []byte) error {
		if err := parse.CheckOpening(head, popt); err != nil {
			return &Error{Path: path, Step: "parse", Err: err}
		}
		return nil
	}
	// gzip data is binary itself: its opening is judged once decompressed.
	raw := func(head []byte) error {
		if isGzip(path, head) {
			return nil
		}
		return opening(head)
	}
	b, err := readRaw(path, stdin, limit, raw)
	if err != nil {
		return nil, err
	}
	if !isGzip(path, b) {
		return b, nil
	}
	b, err = gunzip(b, limit, opening)
	var ie *Error
	switch {
	case errors.As(err, &ie):
		return nil, err
	case err != nil:
		return nil, &Error{Path: path, Step: "decompress", Err: err}
	}
	return b, nil
}

// limitError reports an input over the --max-bytes limit, saying whether
// the data as stored or its decompressed content was too large.
type limitError struct {
	what  string // "input" or "decompressed data"
	limit int64
}

// Error says what exceeded the limit and what the limit is.
func (e *limitError) Error() string {
	return fmt.Sprintf("%s larger than %s (--max-bytes)", e.what, FormatSize(e.limit))
}

// Unwrap makes the error parse.ErrTooLarge to errors.Is.
func (e *limitError) Unwrap() error { return parse.ErrTooLarge }

// readLimited reads r to its end, with hint bytes reserved, and fails with
// a limitError naming what once more than limit bytes arrive. A non-nil
// check is given the input's first parse.OpeningLen bytes (all of a
// shorter input) before more is read or anything is reserved, and its
// error ends the read.
func readLimited(r io.Reader, hint, limit int64, what string, check func([]byte) error) ([]byte, error) {
	if limit >= 0 && limit < math.MaxInt64 {
		r = io.LimitReader(r, limit+1)
		hint = min(hint, limit+1)
	}
	var b []byte
	if check != nil {
		head := make([]byte, parse.OpeningLen)
		n, err := io.ReadFull(r, head)
		head = head[:n]
		whole := err == io.EOF || err == io.ErrUnexpectedEOF
		if err != nil && !whole {
			return nil, err
		}
		if err := check(head); err != nil {
			return nil, err
		}
		if whole {
			b = head
		} else {
			r = io.MultiReader(bytes.NewReader(head), r)
		}
	}
	if b == nil {
		var err error
		if b, err = readAllSized(r, hint, limit >= 0); err != nil {
			return nil, err
		}
	}
	if limit >= 0 && int64(len(b)) > limit {
		return nil, &limitError{what: what, limit: limit}
	}
	return b, nil
}

// readRaw reads the bytes of path, or of stdin for "-", as they are
// stored, with readLimited's check. An *Error from check is returned as
// it is; every other failure is the read's.
func readRaw(path string, stdin io.Reader, limit int64, check func([]byte) error) ([]byte, error) {
	readErr := func(err error) error {
		var ie *Error
		if errors.As(err, &ie) {
			return err
		}
		return &Error{Path: path, Step: "read", Err: err}
	}
	if path == StdinPath {
		b, err := readLimited(stdin, 0, limit, "input", check)
		if err != nil {
			return nil, readErr(err)
		}
		return b, nil
	}
	if err := checkRegular(path); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{Path: path, Step: "open", Err: err}
	}
	defer f.Close()
	var size int64
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	if limit >= 0 && size > limit {
		return nil, &Error{Path: path, Step: "read", Err: &limitError{what: "input", limit: limit}}
	}
	// A file that grows while it is read, or a pipe or device with no
	// size, is still cut off by the reader.
	b, err := readLimited(f, size, limit, "input", check)
	if err != nil {
		return nil, readErr(err)
	}
	return b, nil
}

// readAllSized reads r to its end into a buffer sized for hint bytes up
// front. Growing a buffer from nothing copies a large page several times
// over, which showed as a tenth of batch's CPU time in profiles, and a
// buffer that doubles as it grows holds up to three times the data at its
// peak (the old buffer, and a new one twice its size). bounded says hint
// is already within the input limit, so it is trusted whatever its size:
// that keeps the memory of the largest input the limit allows (a gzip
// bomb included) at the limit, as README promises.
func readAllSized(r io.Reader, hint int64, bounded bool) ([]byte, error) {
	var buf bytes.Buffer
	if hint > 0 && (bounded || hint < maxSizeHint) {
		buf.Grow(int(hint) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

// maxSizeHint caps how much readAllSized reserves on trust when there is
// no input limit. A size from a gzip trailer can be forged; beyond this the
// buffer grows as data really arrives.
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
// truncated stream or a bad checksum is an error, never a silent prefix, and
// so is content over limit bytes (negative: none). check judges the
// content's opening, as readLimited's does.
func gunzip(b []byte, limit int64, check func([]byte) error) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	// The trailer's ISIZE is the uncompressed size modulo 2^32 (of the last
	// member only, for multi-member streams), so it is only a hint; deflate
	// cannot expand more than about 1032 to 1, which bounds a forged one.
	hint := int64(binary.LittleEndian.Uint32(b[len(b)-4:]))
	hint = min(hint, int64(len(b))*1032)
	out, err := readLimited(zr, hint, limit, "decompressed data", check)
	if err != nil {
		return nil, err
	}
	if err := zr.Close(); err != nil {
		return nil, err
	}
	return out, nil
}

// FormatSize writes n bytes in the largest unit that divides it exactly.
func FormatSize(n int64) string {
	for _, u := range []struct {
		name string
		size int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.size && n%u.size == 0 {
			return strconv.FormatInt(n/u.size, 10) + " " + u.name
		}
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// SizeHint returns how many bytes Read is expected to return for the file
// path, without reading it: its size, or for gzip data the size its
// trailer states (which may be forged, so at most what deflate can expand
// to), and never more than limit when limit is not negative. It returns 0
// for standard input and for anything but a regular file it can read,
// which it never opens; Read then reports the failure.
func SizeHint(path string, limit int64) int64 {
	if path == StdinPath {
		return 0
	}
	// Looked at before it is opened: opening a FIFO waits for a writer.
	fi, err := os.Stat(path)
	if err != nil || !fi.Mode().IsRegular() {
		return 0
	}
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	size := fi.Size()
	var magic [2]byte
	var trailer [4]byte
	if n, _ := f.ReadAt(magic[:], 0); size >= 18 && n == 2 && isGzip(path, magic[:]) {
		if _, err := f.ReadAt(trailer[:], size-4); err == nil {
			size = min(int64(binary.LittleEndian.Uint32(trailer[:])), size*1032)
		}
	}
	if limit >= 0 {
		size = min(size, limit)
	}
	return size
}
