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
	"errors"
	"fmt"
	"io"
	"io/fs"
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

// isGzip reports whether b should be decompressed: it starts with the gzip
// magic bytes, or the file is named *.gz and is not empty (an empty file is
// left to the parser, which reports it as empty rather than as bad gzip).
func isGzip(path string, b []byte) bool {
	if bytes.HasPrefix(b, gzipMagic) {
		return true
	}
	return len(b) > 0 && strings.HasSuffix(strings.ToLower(path), ".gz")
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
