package input

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"os"
	"slices"

	"github.com/artparse/artparse/parse"
	"github.com/klauspost/compress/gzip"
)

// Reader reads inputs as Read and Open do, into buffers it keeps from one
// input to the next, and with one gzip reader it resets for each gzip
// input (its 32 KiB window and its tables are kept too). Reading every
// page into a fresh buffer cost the parse command about a tenth of its
// CPU time in allocating, zeroing and collecting, and in handing the
// freed memory back to the system; a kept buffer is neither zeroed nor
// collected, and is only grown for a page larger than any before it.
//
// The bytes a Reader returns (and an Opened's Page) are its own: they are
// valid until its next Read or Open, which writes over them. That suits
// parse.ParseBytes, which keeps no reference to its input, as long as the
// record is encoded before the next input is read. A Reader is for one
// goroutine at a time; the zero Reader is ready to use.
type Reader struct {
	raw  []byte       // the last input as stored
	out  []byte       // the last gzip input's content
	zr   *gzip.Reader // nil until the first gzip input
	src  bytes.Reader // what zr reads: raw
	head [sniffLen]byte
}

// maxKeptBuffer is the largest buffer a Reader keeps for the next input.
// Most pages are well under a megabyte, so this keeps every ordinary page
// off the allocator, while a rare large page does not hold its memory
// for the rest of the run: batch's --max-memory charges a page only while
// it is in flight, and each worker keeps two buffers (the page as stored,
// and decompressed), at most this size each, outside that charge.
const maxKeptBuffer = 4 << 20

// minRead is the room fill leaves past a size it was told, so that the
// read that finds the end of the input needs no larger buffer.
const minRead = bytes.MinRead

// Read returns the contents of the input named path ("-" is stdin),
// decompressed when it is gzip data. Inputs are read whole because the
// parser needs all the bytes to sniff the format and the encoding, but
// never more than popt.MaxBytes bytes (negative: no limit): a larger file
// is refused from its size alone, a larger stream or gzip content after
// that many bytes, so neither a huge file nor a gzip bomb is held in
// memory. An input that parse.CheckOpening finds binary is refused, with
// parse.ErrBinary, having read (and decompressed) only its opening, so a
// binary file costs the same whatever its size or the limit.
//
// The bytes returned are the caller's; a Reader's Read returns the same
// into buffers it reuses.
func Read(path string, stdin io.Reader, popt parse.Options) ([]byte, error) {
	var r Reader
	return r.Read(path, stdin, popt)
}

// Read is the package's Read, into the Reader's buffers: the bytes it
// returns are valid until the Reader's next Read or Open.
func (r *Reader) Read(path string, stdin io.Reader, popt parse.Options) ([]byte, error) {
	r.trim()
	return r.read(path, stdin, nil, -1, popt, nil)
}

// ReadCharged is Read, which also
// tells charge, once and before any memory is reserved for the input or
// more than its opening read, how many bytes the read is expected to
// return: the file's size, or for gzip data the size its trailer states
// (as the read reserves), never more than popt.MaxBytes when that is not
// negative; 0 for stdin. charge is not called when the input cannot be
// opened or is over the limit by its size alone, which then fails with
// nothing reserved.
//
// It lets a caller that bounds the memory of the inputs in flight (batch's
// --max-memory) charge an input from the open and stat the read makes
// anyway: charged beforehand, every file was stat'ed and opened twice.
func (r *Reader) ReadCharged(path string, stdin io.Reader, popt parse.Options, charge func(hint int64)) ([]byte, error) {
	r.trim()
	return r.read(path, stdin, nil, -1, popt, charge)
}

// trim lets go of a buffer grown beyond maxKeptBuffer by the last input.
func (r *Reader) trim() {
	if cap(r.raw) > maxKeptBuffer {
		r.raw = nil
	}
	if cap(r.out) > maxKeptBuffer {
		r.out = nil
	}
}

// read is Read for path, which Open may already have opened as f, with
// size bytes (negative: not known yet); f is the caller's to close. A
// non-nil charge is called as ReadCharged says.
func (r *Reader) read(path string, stdin io.Reader, f *os.File, size int64, popt parse.Options, charge func(int64)) ([]byte, error) {
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
	b, err := r.readRaw(path, stdin, f, size, limit, raw, charge)
	if err != nil {
		return nil, err
	}
	if !isGzip(path, b) {
		return b, nil
	}
	b, err = r.gunzip(b, limit, opening)
	var ie *Error
	switch {
	case errors.As(err, &ie):
		return nil, err
	case err != nil:
		return nil, &Error{Path: path, Step: "decompress", Err: err}
	}
	return b, nil
}

// readRaw reads the bytes of path, or of stdin for "-", as they are
// stored, into r.raw, with fill's check; f, size and charge are read's.
// An *Error from check is returned as it is; every other failure is the
// read's.
func (r *Reader) readRaw(path string, stdin io.Reader, f *os.File, size, limit int64, check func([]byte) error, charge func(int64)) ([]byte, error) {
	readErr := func(err error) error {
		var ie *Error
		if errors.As(err, &ie) {
			return err
		}
		return &Error{Path: path, Step: "read", Err: err}
	}
	var err error
	if path == StdinPath {
		if charge != nil {
			charge(0)
		}
		if r.raw, err = fill(r.raw, stdin, 0, limit, "input", check); err != nil {
			return nil, readErr(err)
		}
		return r.raw, nil
	}
	if f == nil {
		if err := checkRegular(path); err != nil {
			return nil, err
		}
		if f, err = os.Open(path); err != nil {
			return nil, &Error{Path: path, Step: "open", Err: err}
		}
		defer f.Close()
	}
	if size < 0 {
		size = 0
		if fi, err := f.Stat(); err == nil {
			size = fi.Size()
		}
	}
	if limit >= 0 && size > limit {
		return nil, &Error{Path: path, Step: "read", Err: &limitError{what: "input", limit: limit}}
	}
	if charge != nil {
		charge(expectedSize(path, f, size, limit))
	}
	// A file that grows while it is read, or a pipe or device with no
	// size, is still cut off at the limit.
	if r.raw, err = fill(r.raw, f, size, limit, "input", check); err != nil {
		return nil, readErr(err)
	}
	return r.raw, nil
}

// gunzip decompresses the whole (possibly multi-member) gzip stream b into
// r.out. A truncated stream or a bad checksum is an error, never a silent
// prefix, and so is content over limit bytes (negative: none). check
// judges the content's opening, as fill's does.
func (r *Reader) gunzip(b []byte, limit int64, check func([]byte) error) ([]byte, error) {
	r.src.Reset(b)
	if r.zr == nil {
		zr, err := gzip.NewReader(&r.src)
		if err != nil {
			return nil, err
		}
		r.zr = zr
	} else if err := r.zr.Reset(&r.src); err != nil {
		return nil, err
	}
	hint := gzipSizeHint(b[len(b)-4:], int64(len(b)))
	var err error
	if r.out, err = fill(r.out, r.zr, hint, limit, "decompressed data", check); err != nil {
		return nil, err
	}
	if err := r.zr.Close(); err != nil {
		return nil, err
	}
	return r.out, nil
}

// fill reads src to its end into buf's storage (what buf holds is
// written over) and returns the bytes read, failing with a limitError
// naming what once more than limit bytes (negative: no limit) arrive. It
// reserves hint bytes up front, since growing a buffer from nothing
// copies a large page several times over and, doubling, holds up to three
// times the data at its peak; a hint within the limit is trusted whatever
// its size, which keeps the largest input the limit allows (a gzip bomb
// included) at the limit, and without a limit one up to maxSizeHint is.
//
// A non-nil check is given the input's first parse.OpeningLen bytes (all
// of a shorter input) before more is read or anything reserved, and its
// error ends the read. Whatever the error, the storage fill read into is
// returned too, for the next input.
func fill(buf []byte, src io.Reader, hint, limit int64, what string, check func([]byte) error) ([]byte, error) {
	bounded := limit >= 0
	end := int64(math.MaxInt64) // stop reading here: one byte over the limit
	if bounded && limit < math.MaxInt64 {
		end = limit + 1
		hint = min(hint, end)
	}
	reserve := func(b []byte) []byte {
		if hint > 0 && (bounded || hint < maxSizeHint) && int64(cap(b)) < hint+minRead {
			b = slices.Grow(b, int(hint)+minRead-len(b))
		}
		return b
	}
	b := buf[:0]
	stop := end // where the next read stops: the opening, until it is judged
	if check != nil {
		stop = min(end, parse.OpeningLen)
	} else {
		b = reserve(b)
	}
	for {
		if len(b) == cap(b) {
			b = slices.Grow(b, int(min(int64(max(len(b), minRead)), end-int64(len(b)))))
		}
		room := b[len(b):cap(b)]
		if left := stop - int64(len(b)); int64(len(room)) > left {
			room = room[:left]
		}
		n, err := src.Read(room)
		b = b[:len(b)+n]
		eof := err == io.EOF
		if err != nil && !eof {
			return b, err
		}
		if check != nil && (eof || int64(len(b)) >= stop) {
			if err := check(b); err != nil {
				return b, err
			}
			check, stop = nil, end
			if !eof {
				b = reserve(b)
			}
		}
		if eof || int64(len(b)) >= end {
			break
		}
	}
	if bounded && int64(len(b)) > limit {
		return b, &limitError{what: what, limit: limit}
	}
	return b, nil
}

// expectedSize returns how many bytes a read of the open file f, of size
// bytes, is expected to return: size, or for gzip data the size its
// trailer states (gzipSizeHint, as gunzip reserves), and never more than
// limit when limit is not negative. It reads the two bytes that tell gzip
// and the trailer where they are, leaving f's offset alone.
func expectedSize(path string, f *os.File, size, limit int64) int64 {
	var magic [2]byte
	var trailer [4]byte
	if n, _ := f.ReadAt(magic[:], 0); size >= 18 && n == 2 && isGzip(path, magic[:]) {
		if _, err := f.ReadAt(trailer[:], size-4); err == nil {
			size = gzipSizeHint(trailer[:], size)
		}
	}
	if limit >= 0 {
		size = min(size, limit)
	}
	return size
}

// gzipSizeHint returns the uncompressed size a gzip stream of size bytes
// states in its trailer, the stream's last four bytes. That ISIZE is the
// size modulo 2^32 (of the last member only, for multi-member streams),
// so it is only a hint; deflate cannot expand more than about 1032 to 1,
// which bounds a forged one.
func gzipSizeHint(trailer []byte, size int64) int64 {
	return min(int64(binary.LittleEndian.Uint32(trailer)), size*1032)
}

// maxSizeHint caps how much fill reserves on trust when there is no
// input limit. A size from a gzip trailer can be forged; beyond this the
// buffer grows as data really arrives.
const maxSizeHint = 256 << 20
