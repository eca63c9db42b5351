package input

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/artparse/artparse/parse"
)

// TestReason checks the one-line message for each kind of input failure,
// including parse.ErrBinary, which the stub library never returns, so the
// scripts cannot reach it yet.
func TestReason(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{&Error{"a", "open", &fs.PathError{Op: "open", Path: "a", Err: fs.ErrNotExist}}, "no such file"},
		{&Error{"a", "open", ErrIsDir}, "is a directory"},
		{&Error{"a", "open", &fs.PathError{Op: "open", Path: "a", Err: fs.ErrPermission}}, "permission denied"},
		{&Error{"a", "parse", fmt.Errorf("sniff: %w", parse.ErrBinary)}, "binary data, not text"},
		{&Error{"a", "parse", parse.ErrEmpty}, "empty input"},
		{&Error{"a", "decompress", io.ErrUnexpectedEOF}, "truncated gzip data"},
		{&Error{"a", "decompress", gzip.ErrChecksum}, "corrupt gzip data"},
		{&Error{"a", "decompress", gzip.ErrHeader}, "corrupt gzip data"},
		{&Error{"a", "read", &fs.PathError{Op: "read", Path: "a", Err: errors.New("i/o error")}}, "read: i/o error"},
		{&Error{"a", "parse", errors.New("odd")}, "parse: odd"},
		{errors.New("plain"), "plain"},
	}
	for _, tt := range tests {
		if got := Reason(tt.err); got != tt.want {
			t.Errorf("Reason(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

// TestErrorWraps checks that the full error names path and step and
// still matches its cause.
func TestErrorWraps(t *testing.T) {
	err := error(&Error{"page.html", "parse", parse.ErrEmpty})
	if got, want := err.Error(), "page.html: parse: empty input"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if !errors.Is(err, parse.ErrEmpty) {
		t.Error("errors.Is(err, parse.ErrEmpty) = false")
	}
}

// TestReadGzip checks decompression by name and by magic bytes, that
// plain files are returned as stored, and that stdin is read for "-".
func TestReadGzip(t *testing.T) {
	dir := t.TempDir()
	var zipped strings.Builder
	zw := gzip.NewWriter(&zipped)
	io.WriteString(zw, "hello")
	zw.Close()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o666); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tt := range []struct{ path, want string }{
		{write("a.gz", zipped.String()), "hello"},
		{write("a.bin", zipped.String()), "hello"},
		{write("a.txt", "plain"), "plain"},
		{write("empty.gz", ""), ""},
	} {
		b, err := Read(tt.path, nil, noLimit)
		if err != nil || string(b) != tt.want {
			t.Errorf("Read(%s) = %q, %v; want %q", tt.path, b, err, tt.want)
		}
	}
	b, err := Read("-", strings.NewReader(zipped.String()), noLimit)
	if err != nil || string(b) != "hello" {
		t.Errorf("Read(-) = %q, %v; want %q", b, err, "hello")
	}
}

// A gzip bomb (here 256 MiB of one letter in a quarter of a megabyte) is
// refused once its content passes the limit, without inflating the rest:
// the reader stops at limit+1 bytes.
func TestReadGzipBomb(t *testing.T) {
	var zipped bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&zipped, gzip.BestCompression)
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for range 256 {
		zw.Write(chunk)
	}
	zw.Close()
	path := filepath.Join(t.TempDir(), "bomb.html.gz")
	if err := os.WriteFile(path, zipped.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Read(path, nil, parse.Options{MaxBytes: 1 << 20})
	if !errors.Is(err, parse.ErrTooLarge) {
		t.Fatalf("got %v, want ErrTooLarge", err)
	}
	if got, want := Reason(err), "decompressed data larger than 1 MiB (--max-bytes)"; got != want {
		t.Errorf("reason %q, want %q", got, want)
	}
	// A file whose size is over the limit is refused before it is read.
	if _, err := Read(path, nil, parse.Options{MaxBytes: 1000}); !errors.Is(err, parse.ErrTooLarge) || Reason(err) != "input larger than 1000 bytes (--max-bytes)" {
		t.Errorf("stored size over the limit: %v", err)
	}
}

// TestReadGzipMemory reads gzip data that decompresses to more than the
// size up to which a gzip trailer is otherwise trusted, under a limit that
// allows it, and checks that reading allocates about the content's size
// once: a buffer grown by doubling would allocate twice that and more.
func TestReadGzipMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates a few hundred MB")
	}
	const size = maxSizeHint + 32<<20
	var gz bytes.Buffer
	z, _ := gzip.NewWriterLevel(&gz, gzip.BestSpeed)
	letters := bytes.Repeat([]byte("a"), 1<<20)
	for range size / len(letters) {
		z.Write(letters)
	}
	z.Close()
	path := filepath.Join(t.TempDir(), "bomb.html.gz")
	if err := os.WriteFile(path, gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	b, err := Read(path, nil, parse.Options{MaxBytes: 2 * size})
	runtime.ReadMemStats(&after)
	if err != nil || len(b) != size {
		t.Fatalf("read %d bytes, %v; want %d", len(b), err, size)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > size*5/4 {
		t.Errorf("allocated %d MiB to read %d MiB", alloc>>20, size>>20)
	}
}

// noLimit reads without --max-bytes.
var noLimit = parse.Options{MaxBytes: -1}

// zeros reads as an endless run of NUL bytes, counting what it gave.
type zeros struct{ n int64 }

func (z *zeros) Read(p []byte) (int, error) {
	clear(p)
	z.n += int64(len(p))
	return len(p), nil
}

// TestReadBinaryOpening refuses inputs whose opening is binary having read
// only the opening, however large they are and whatever the limit: a
// gigabyte of NULs on disk, the same in a gzip file, and an endless stream.
func TestReadBinaryOpening(t *testing.T) {
	dir := t.TempDir()
	sparse := filepath.Join(dir, "nul.html")
	f, err := os.Create(sparse)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(make([]byte, 64<<20))
	zw.Close()
	zipped := filepath.Join(dir, "nul.html.gz")
	if err := os.WriteFile(zipped, gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{sparse, zipped} {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, err := Read(path, nil, noLimit)
		runtime.ReadMemStats(&after)
		if !errors.Is(err, parse.ErrBinary) || Reason(err) != "binary data, not text" {
			t.Errorf("%s: got %v, want binary data", filepath.Base(path), err)
		}
		// The opening and gzip's window, not the input's size.
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
			t.Errorf("%s: allocated %d KiB to refuse it", filepath.Base(path), alloc>>10)
		}
	}
	var z zeros
	if _, err := Read(StdinPath, &z, noLimit); !errors.Is(err, parse.ErrBinary) {
		t.Errorf("endless NULs on stdin: got %v, want binary data", err)
	}
	if z.n > parse.OpeningLen {
		t.Errorf("read %d bytes of an endless binary stream, want at most %d", z.n, parse.OpeningLen)
	}
}

// TestReadCharged checks the size ReadCharged expects of a file, a gzip
// file (from its trailer) and stdin, and that it charges nothing for what
// it cannot read or refuses by its size. (That a FIFO is not opened, which
// would wait for a writer for ever, batch_fifo.txtar shows.)
func TestReadCharged(t *testing.T) {
	dir := t.TempDir()
	page := bytes.Repeat([]byte("<p>words</p>"), 1000)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(page)
	zw.Close()
	plain, zipped := filepath.Join(dir, "a.html"), filepath.Join(dir, "a.html.gz")
	if err := os.WriteFile(plain, page, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(zipped, gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	const notCharged = -1
	for _, tt := range []struct {
		path  string
		limit int64
		want  int64 // the charge
		fails bool
	}{
		{plain, -1, int64(len(page)), false},
		{plain, int64(len(page)), int64(len(page)), false},
		{plain, 100, notCharged, true}, // refused by its size
		{zipped, -1, int64(len(page)), false},
		// Charged at the limit, and refused once the content passes it.
		{zipped, int64(gz.Len()), int64(gz.Len()), true},
		{StdinPath, -1, 0, false},
		{dir, -1, notCharged, true},
		{filepath.Join(dir, "missing"), -1, notCharged, true},
	} {
		var r Reader
		got, calls := int64(notCharged), 0
		_, err := r.ReadCharged(tt.path, strings.NewReader("<p>piped</p>"), parse.Options{MaxBytes: tt.limit}, func(hint int64) { got, calls = hint, calls+1 })
		if got != tt.want || calls > 1 {
			t.Errorf("ReadCharged(%s, limit %d) charged %d (%d calls), want %d", filepath.Base(tt.path), tt.limit, got, calls, tt.want)
		}
		if (err != nil) != tt.fails {
			t.Errorf("ReadCharged(%s, limit %d): err %v, want failure %v", filepath.Base(tt.path), tt.limit, err, tt.fails)
		}
	}
}
