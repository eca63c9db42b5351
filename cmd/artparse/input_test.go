package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
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
		{&inputError{"a", "open", &fs.PathError{Op: "open", Path: "a", Err: fs.ErrNotExist}}, "no such file"},
		{&inputError{"a", "open", errIsDir}, "is a directory"},
		{&inputError{"a", "open", &fs.PathError{Op: "open", Path: "a", Err: fs.ErrPermission}}, "permission denied"},
		{&inputError{"a", "parse", fmt.Errorf("sniff: %w", parse.ErrBinary)}, "binary data, not text"},
		{&inputError{"a", "parse", parse.ErrEmpty}, "empty input"},
		{&inputError{"a", "decompress", io.ErrUnexpectedEOF}, "truncated gzip data"},
		{&inputError{"a", "decompress", gzip.ErrChecksum}, "corrupt gzip data"},
		{&inputError{"a", "decompress", gzip.ErrHeader}, "corrupt gzip data"},
		{&inputError{"a", "read", &fs.PathError{Op: "read", Path: "a", Err: errors.New("i/o error")}}, "read: i/o error"},
		{&inputError{"a", "parse", errors.New("odd")}, "parse: odd"},
		{errors.New("plain"), "plain"},
	}
	for _, tt := range tests {
		if got := reason(tt.err); got != tt.want {
			t.Errorf("reason(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

// TestInputErrorWraps checks that the full error names path and step and
// still matches its cause.
func TestInputErrorWraps(t *testing.T) {
	err := error(&inputError{"page.html", "parse", parse.ErrEmpty})
	if got, want := err.Error(), "page.html: parse: empty input"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if !errors.Is(err, parse.ErrEmpty) {
		t.Error("errors.Is(err, parse.ErrEmpty) = false")
	}
}

// TestReadInputGzip checks decompression by name and by magic bytes, that
// plain files are returned as stored, and that stdin is read for "-".
func TestReadInputGzip(t *testing.T) {
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
		b, err := readInput(tt.path, nil, -1)
		if err != nil || string(b) != tt.want {
			t.Errorf("readInput(%s) = %q, %v; want %q", tt.path, b, err, tt.want)
		}
	}
	b, err := readInput("-", strings.NewReader(zipped.String()), -1)
	if err != nil || string(b) != "hello" {
		t.Errorf("readInput(-) = %q, %v; want %q", b, err, "hello")
	}
}

// A gzip bomb (here 256 MiB of zeros in a quarter of a megabyte) is
// refused once its content passes the limit, without inflating the rest:
// the reader stops at limit+1 bytes.
func TestReadInputGzipBomb(t *testing.T) {
	var zipped bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&zipped, gzip.BestCompression)
	chunk := make([]byte, 1<<20)
	for range 256 {
		zw.Write(chunk)
	}
	zw.Close()
	path := filepath.Join(t.TempDir(), "bomb.html.gz")
	if err := os.WriteFile(path, zipped.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := readInput(path, nil, 1<<20)
	if !errors.Is(err, parse.ErrTooLarge) {
		t.Fatalf("got %v, want ErrTooLarge", err)
	}
	if got, want := reason(err), "decompressed data larger than 1 MiB (--max-bytes)"; got != want {
		t.Errorf("reason %q, want %q", got, want)
	}
	// A file whose size is over the limit is refused before it is read.
	if _, err := readInput(path, nil, 1000); !errors.Is(err, parse.ErrTooLarge) || reason(err) != "input larger than 1000 bytes (--max-bytes)" {
		t.Errorf("stored size over the limit: %v", err)
	}
}

// --max-bytes reads sizes with binary suffixes; 0 means no limit.
func TestMaxBytesFlag(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1048576", 1 << 20, true}, {"512K", 512 << 10, true}, {"64MiB", 64 << 20, true}, {"64 MiB", 64 << 20, true},
		{"2g", 2 << 30, true}, {"10kb", 10 << 10, true}, {"7B", 7, true}, {"0", -1, true},
		{"", 0, false}, {"-1", 0, false}, {"1.5M", 0, false}, {"1T", 0, false}, {"99999999999G", 0, false},
	} {
		var m maxBytesFlag
		err := m.Set(tt.in)
		if (err == nil) != tt.ok || tt.ok && int64(m) != tt.want {
			t.Errorf("Set(%q) = %d, %v; want %d, ok %v", tt.in, m, err, tt.want, tt.ok)
		}
	}
	// The default prints in a form Set reads back.
	m := defaultMaxBytes
	var back maxBytesFlag
	if err := back.Set(m.String()); err != nil || back != m {
		t.Errorf("default %q reads back as %d, %v", m.String(), back, err)
	}
}
