package parse_test

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"testing"

	"github.com/artparse/artparse/parse"
	"github.com/artparse/artparse/parse/internal/quality"
)

// BenchmarkArchive compares two ways of keeping the same pages, the
// readability corpus's: as loose gzipped files (each gunzipped, then
// parsed) and as one WARC gzipped record by record, as crawlers write it
// (read capture by capture, then parsed). Both report MB/s of page bytes;
// the WARC's extra cost is its record and HTTP headers and the reader.
func BenchmarkArchive(b *testing.B) {
	_, dir := quality.CorpusDir(b)
	c, err := quality.Load(dir, quality.Corpora[1])
	if err != nil {
		b.Fatal(err)
	}
	var loose [][]byte
	var archive bytes.Buffer
	for i, p := range c.Pages {
		loose = append(loose, gzipBytes(b, p.Data))
		block := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(p.Data), p.Data)
		rec := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%d>\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"+
			"WARC-Target-URI: https://example.com/%s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
			i, p.ID, len(block), block)
		archive.Write(gzipBytes(b, []byte(rec)))
	}
	warcGz := archive.Bytes()
	b.Run("loose.html.gz", func(b *testing.B) {
		b.SetBytes(c.Bytes())
		b.ReportAllocs()
		for range b.N {
			for _, gz := range loose {
				z, err := gzip.NewReader(bytes.NewReader(gz))
				if err != nil {
					b.Fatal(err)
				}
				// Sized from the gzip trailer, as artparse reads files.
				var page bytes.Buffer
				page.Grow(int(binary.LittleEndian.Uint32(gz[len(gz)-4:])) + bytes.MinRead)
				if _, err := page.ReadFrom(z); err != nil {
					b.Fatal(err)
				}
				if _, err := parse.ParseBytes(page.Bytes(), parse.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("warc.gz", func(b *testing.B) {
		b.SetBytes(c.Bytes())
		b.ReportAllocs()
		for range b.N {
			a, err := parse.ReadArchive(bytes.NewReader(warcGz), parse.Options{})
			if err != nil {
				b.Fatal(err)
			}
			n := 0
			for {
				cp, err := a.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					b.Fatal(err)
				}
				if _, err := parse.ParseCapture(cp, parse.Options{}); err != nil {
					b.Fatal(err)
				}
				n++
			}
			if n != len(loose) {
				b.Fatalf("%d captures, want %d", n, len(loose))
			}
		}
	})
}

func gzipBytes(tb testing.TB, p []byte) []byte {
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	z.Write(p)
	if err := z.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}
