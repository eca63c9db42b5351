package input

import (
	"bytes"
	stdgzip "compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/artparse/artparse/parse"
)

// gzipped returns data as one gzip member per part.
func gzipped(parts ...string) []byte {
	var buf bytes.Buffer
	for _, p := range parts {
		zw := stdgzip.NewWriter(&buf)
		io.WriteString(zw, p)
		zw.Close()
	}
	return buf.Bytes()
}

// TestReaderReuse reads inputs of every kind one after another with one
// Reader, larger and smaller, good and bad, and checks that each gives
// what a fresh Read gives: nothing of an earlier input shows through the
// reused buffers, and a failure leaves the Reader fit for the next input.
func TestReaderReuse(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	long := strings.Repeat("<p>A long page of words.</p>\n", 4000)
	whole := gzipped(long)
	paths := []string{
		write("long.html.gz", whole),
		write("short.html", []byte("<p>short</p>")),
		write("cut.html.gz", whole[:len(whole)/2]),
		write("two.html.gz", gzipped("<p>first member</p>", "<p>second</p>")),
		write("bad.gz", append(gzipped("<p>checksum</p>")[:20:20], 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0)),
		write("nul.html", make([]byte, 4096)),
		write("long.html", []byte(long)),
		write("short.html.gz", gzipped("<p>x</p>")),
		write("empty.gz", nil),
		write("over.html", []byte(long[:2000])),
	}
	popt := parse.Options{MaxBytes: 1000}
	var r Reader
	for round := range 2 {
		for _, p := range paths {
			opt := noLimit
			if filepath.Base(p) == "over.html" {
				opt = popt
			}
			want, wantErr := Read(p, nil, opt)
			got, err := r.Read(p, nil, opt)
			if !bytes.Equal(got, want) || (err == nil) != (wantErr == nil) || (err != nil && Reason(err) != Reason(wantErr)) {
				t.Errorf("round %d, %s: got %d bytes, %v; want %d bytes, %v", round, filepath.Base(p), len(got), err, len(want), wantErr)
			}
			o, err := r.Open(p, nil, opt)
			if (err == nil) != (wantErr == nil) || (err == nil && !bytes.Equal(o.Page, want)) {
				t.Errorf("round %d, Open %s: %v; want %v", round, filepath.Base(p), err, wantErr)
			}
		}
	}
	for _, name := range []string{"cut.html.gz", "bad.gz", "nul.html", "over.html"} {
		if _, err := Read(filepath.Join(dir, name), nil, popt); err == nil {
			t.Errorf("%s read without an error", name)
		}
	}
	got, err := r.Read(StdinPath, bytes.NewReader(gzipped("on ", "stdin")), noLimit)
	if err != nil || string(got) != "on stdin" {
		t.Errorf("stdin: %q, %v", got, err)
	}
}

// TestReaderKeepsBuffers checks that reading the same gzip page again
// allocates next to nothing (the buffers and the gzip reader are kept),
// and that a page larger than maxKeptBuffer is not kept once the next
// input is read.
func TestReaderKeepsBuffers(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html.gz")
	if err := os.WriteFile(page, gzipped(strings.Repeat("<p>Words in a paragraph.</p>\n", 3000)), 0o644); err != nil {
		t.Fatal(err)
	}
	var r Reader
	if _, err := r.Read(page, nil, noLimit); err != nil {
		t.Fatal(err)
	}
	const reads = 20
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range reads {
		if _, err := r.Read(page, nil, noLimit); err != nil {
			t.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	// The file, its name and the errors' closures: well under the page's
	// 87 KB, or the 40 KB of a new gzip reader.
	if per := (after.TotalAlloc - before.TotalAlloc) / reads; per > 4<<10 {
		t.Errorf("allocated %d bytes a read, want under 4 KiB", per)
	}

	big := filepath.Join(dir, "big.html")
	if err := os.WriteFile(big, bytes.Repeat([]byte("<p>big</p>"), maxKeptBuffer/10+1), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Read(big, nil, noLimit); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Read(page, nil, noLimit); err != nil {
		t.Fatal(err)
	}
	if cap(r.raw) > maxKeptBuffer || cap(r.out) > maxKeptBuffer {
		t.Errorf("kept %d and %d bytes after a large page, want at most %d", cap(r.raw), cap(r.out), maxKeptBuffer)
	}
}

// TestGunzipAsStandard holds Read's gzip reader (klauspost/compress) to
// the standard library's: on whole, multi-member, truncated and damaged
// streams, Read gives the bytes compress/gzip gives, or fails where it
// fails, in the same words (truncated or corrupt).
func TestGunzipAsStandard(t *testing.T) {
	page := strings.Repeat("<p>A paragraph of a page, said twice or more.</p>\n", 300)
	whole := gzipped(page)
	two := gzipped(page[:5000], page[5000:])
	var streams [][]byte
	for _, s := range [][]byte{whole, two, gzipped(""), gzipped("", "x")} {
		streams = append(streams, s)
		// Cut anywhere: in the header, the data, the trailer, between
		// members.
		for cut := 1; cut < len(s); cut += 1 + len(s)/97 {
			streams = append(streams, s[:cut])
		}
		// One byte changed anywhere.
		for at := 0; at < len(s); at += 1 + len(s)/89 {
			bad := bytes.Clone(s)
			bad[at] ^= 0x55
			streams = append(streams, bad)
		}
		streams = append(streams, append(bytes.Clone(s), "trailing junk"...), append(bytes.Clone(s), 0x1f, 0x8b))
	}
	dir := t.TempDir()
	var r Reader
	for i, s := range streams {
		path := filepath.Join(dir, "page.html.gz")
		if err := os.WriteFile(path, s, 0o644); err != nil {
			t.Fatal(err)
		}
		want, wantErr := stdGunzip(s)
		got, err := r.Read(path, nil, noLimit)
		switch {
		case wantErr != nil && err == nil:
			t.Errorf("stream %d: read %d bytes, want %v", i, len(got), wantErr)
		case wantErr != nil && Reason(err) != Reason(&Error{Step: "decompress", Err: wantErr}):
			t.Errorf("stream %d: %s, want %s", i, Reason(err), Reason(&Error{Step: "decompress", Err: wantErr}))
		case wantErr == nil && len(want) == 0:
			if !errors.Is(err, parse.ErrEmpty) && err != nil {
				t.Errorf("stream %d: %v, want empty or nothing", i, err)
			}
		case wantErr == nil && (err != nil || !bytes.Equal(got, want)):
			t.Errorf("stream %d: read %d bytes, %v; want %d bytes", i, len(got), err, len(want))
		}
	}
}

// stdGunzip decompresses s with the standard library, as Read did before.
func stdGunzip(s []byte) ([]byte, error) {
	zr, err := stdgzip.NewReader(bytes.NewReader(s))
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	return b, zr.Close()
}
