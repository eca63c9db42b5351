package mhtml

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzExtract reads arbitrary bytes as MHTML: Extract never panics, gives
// either a page that is not blank or one of its errors and no page, says
// ErrNotMHTML exactly when Is says false, reports only web addresses, and
// gives the same answer twice.
func FuzzExtract(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.mht*"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add(Build([]byte("<p>page</p>"), "https://example.com/", "utf-8", "quoted-printable"))
	f.Add(Build([]byte("<p>page</p>\r\n"), "", "", "base64"))
	for _, s := range []string{
		"",
		"<!DOCTYPE html><p>x</p>",
		"MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n<p>x</p>",
		"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=B; start=<a>\n\n--B\nContent-ID: <a>\nContent-Type: text/html\nContent-Transfer-Encoding: base64\n\nPHA+\n--B--",
		"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=B\r\n\r\n--B\r\nContent-Type: multipart/alternative; boundary=C\r\n\r\n--C\r\nContent-Type: text/html\r\n\r\nx\r\n--C--\r\n--B--",
		"MIME-Version: 1.0\r\nX-A: \xff\t \r\n \r\n\tmore\r\nContent-Type:\r\n text/html\r\n ; charset=x\r\n\r\n<p>",
		"\r\n \t\r\nMIME-Version:1.0\nContent-Type:text/html(c)\nX_Y.Z~!: v\n\nx",
		"\xef\xbb\xbf\n\nmime-version: 1.0\ncontent-type:\n multipart/related;\n boundary==_x=\n\n--=_x= \ncontent-type: text/html\ncontent-transfer-encoding: quoted-printable\n\na=3D=\nb=E2=80=\n=94",
	} {
		f.Add([]byte(s))
	}
	sentinels := []error{ErrNotMHTML, ErrHeader, ErrNoBoundary, ErrNoParts, ErrNoHTML, ErrEmptyHTML, ErrEncoding, ErrBase64}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Extract(b)
		is := Is(b)
		// What the sniff accepts, textproto reads, with the same type.
		if head, _, ok := scanHeader(b); ok {
			h, err := readHeader(head)
			if err != nil {
				t.Fatalf("the header Is accepts does not read: %v", err)
			}
			if k := kindOf(h.Get("Content-Type")); k != page && k != related {
				t.Fatalf("textproto reads Content-Type %q", h.Get("Content-Type"))
			}
		}
		if errors.Is(err, ErrNotMHTML) == is {
			t.Fatalf("Is = %v, Extract error = %v", is, err)
		}
		if err != nil {
			if p.HTML != nil || p.Charset != "" || p.Location != "" {
				t.Fatalf("a page with the error %v: %+v", err, p)
			}
			known := false
			for _, s := range sentinels {
				known = known || errors.Is(err, s)
			}
			if !known || !strings.HasPrefix(err.Error(), "mhtml: ") {
				t.Fatalf("error %v is none of the package's", err)
			}
			return
		}
		if len(bytes.TrimSpace(p.HTML)) == 0 {
			t.Fatalf("blank page %q", p.HTML)
		}
		if p.Location != "" && firstWebAddress(p.Location) != p.Location {
			t.Fatalf("Location %q is not a web address", p.Location)
		}
		if q, err := Extract(b); err != nil || !bytes.Equal(q.HTML, p.HTML) || q.Charset != p.Charset || q.Location != p.Location {
			t.Fatalf("a second Extract differs: %+v, %v", q, err)
		}
	})
}

// FuzzRoundTrip builds an archive around arbitrary pages and addresses and
// reads it back: Extract gives the same bytes, charset and address.
func FuzzRoundTrip(f *testing.F) {
	f.Add([]byte("<p>page</p>"), "https://example.com/a", "utf-8", true)
	f.Add([]byte("a=b \r\n\tc=\n\x00\xff------MultipartBoundary--"), "", "", false)
	f.Fuzz(func(t *testing.T, html []byte, location, charset string, qp bool) {
		if !isHeaderWord(location) || !isHeaderWord(charset) {
			return
		}
		enc := "base64"
		if qp {
			enc = "quoted-printable"
		}
		if err := roundTrip(html, location, charset, enc); err != nil {
			t.Fatal(err)
		}
	})
}
