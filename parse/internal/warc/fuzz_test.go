package warc

import (
	"bytes"
	"os"
	"testing"
)

// FuzzReader reads arbitrary data as an archive, with no limit on a
// record's size, and every block as an HTTP response: nothing may panic
// (a lying Content-Length must not allocate what is not there), no offset
// is negative, and the reading ends.
func FuzzReader(f *testing.F) {
	if b, err := os.ReadFile("../../../testdata/archives/wget.warc.gz"); err == nil {
		f.Add(b)
	}
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>\r\n\r\n"))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 5\r\n\r\nab"))
	f.Add([]byte("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip, deflate\r\n\r\n5\r\nhello\r\n0\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		// Fuzzed data reads as an HTTP response too.
		ReadResponse(data, 1<<20)
		r, err := NewReader(bytes.NewReader(data), -1)
		if err != nil {
			return
		}
		for n := 0; ; n++ {
			if n > len(data) {
				t.Fatalf("more records than bytes")
			}
			rec, err := r.Next()
			if err != nil {
				return
			}
			if rec.Offset < 0 {
				t.Fatalf("offset %d", rec.Offset)
			}
			if rec.Block != nil {
				ReadResponse(rec.Block, 1<<20)
			}
		}
	})
}
