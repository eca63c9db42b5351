package parse_test

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse"
	"golang.org/x/text/encoding/japanese"
)

// wgetArchive is a WARC written by wget --warc-file (see
// testdata/archives/make.sh): three pages, fetched twice one of them, an
// image, a 404 and a redirect, with wget's request, warcinfo, metadata and
// resource records around them.
const wgetArchive = "../testdata/archives/wget.warc.gz"

// readAll reads every capture of a, failing the test on any error.
func readAll(t *testing.T, a *parse.Archive) []*parse.Capture {
	t.Helper()
	var cs []*parse.Capture
	for {
		c, err := a.Next()
		if err == io.EOF {
			return cs
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		cs = append(cs, c)
	}
}

// gunzipAll decompresses every gzip member of b into one stream.
func gunzipAll(t *testing.T, b []byte) []byte {
	t.Helper()
	z, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func gzipWhole(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	z.Write(b)
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// wacz packs warcs (name -> data) into a zip as a WACZ holds them, with a
// datapackage.json beside.
func wacz(t *testing.T, warcs map[string][]byte, order ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.Create("datapackage.json")
	w.Write([]byte(`{"profile": "data-package", "resources": []}`))
	for _, name := range order {
		// WARCs are stored, not deflated, as WACZ writers do.
		w, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(warcs[name])
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestWgetArchive reads wget's archive in each form a user may have it
// (as wget wrote it, gunzipped, gzipped whole, inside a WACZ), and checks
// the captures, what was skipped, the offsets, and that each page's record
// is the record of the same page saved as a file by wget, but for what
// the archive adds: the address and where it came from.
func TestWgetArchive(t *testing.T) {
	gz, err := os.ReadFile(wgetArchive)
	if err != nil {
		t.Fatal(err)
	}
	plain := gunzipAll(t, gz)
	forms := []struct {
		name      string
		data      []byte
		container string
		// atOffset returns the data a record's offset points into.
		atOffset func(c *parse.Capture) []byte
	}{
		{"per-record gzip", gz, parse.ContainerWARC, func(c *parse.Capture) []byte {
			// The offset is a gzip member's, which decompresses alone.
			z, err := gzip.NewReader(bytes.NewReader(gz[c.Record.Offset:]))
			if err != nil {
				t.Fatalf("offset %d: %v", c.Record.Offset, err)
			}
			z.Multistream(false)
			b, _ := io.ReadAll(z)
			return b
		}},
		{"plain", plain, parse.ContainerWARC, func(c *parse.Capture) []byte { return plain[c.Record.Offset:] }},
		{"gzipped whole", gzipWhole(t, plain), parse.ContainerWARC, func(c *parse.Capture) []byte { return plain[c.Record.Offset:] }},
		{"WACZ", wacz(t, map[string][]byte{"archive/data.warc.gz": gz}, "archive/data.warc.gz"), parse.ContainerWACZ, func(c *parse.Capture) []byte {
			z, _ := gzip.NewReader(bytes.NewReader(gz[c.Record.Offset:]))
			z.Multistream(false)
			b, _ := io.ReadAll(z)
			return b
		}},
	}
	wantURLs := []string{
		"http://127.0.0.1:18080/news/ferry-returns",
		"http://127.0.0.1:18080/news/terraces",
		"http://127.0.0.1:18080/news/library.txt",
		// wget followed /news/old's redirect to the first page again.
		"http://127.0.0.1:18080/news/ferry-returns",
	}
	wantSkipped := map[string]int{
		"warcinfo": 1, "request": 7, "metadata": 1, "resource": 1,
		parse.SkipStatus: 2, parse.SkipMediaType: 1,
	}
	for _, form := range forms {
		t.Run(form.name, func(t *testing.T) {
			if !parse.IsArchive(form.data[:min(len(form.data), 512)]) {
				t.Errorf("IsArchive = false")
			}
			a, err := parse.OpenArchive(bytes.NewReader(form.data), int64(len(form.data)), parse.Options{})
			if err != nil {
				t.Fatal(err)
			}
			cs := readAll(t, a)
			var urls []string
			for _, c := range cs {
				urls = append(urls, c.URL)
			}
			if !reflect.DeepEqual(urls, wantURLs) {
				t.Fatalf("captures %q, want %q", urls, wantURLs)
			}
			if !reflect.DeepEqual(a.Skipped(), wantSkipped) || a.Records() != 17 {
				t.Errorf("skipped %v of %d records, want %v of 17", a.Skipped(), a.Records(), wantSkipped)
			}
			for _, c := range cs {
				if c.Container != form.container {
					t.Errorf("%s: container %q", c.URL, c.Container)
				}
				rec := form.atOffset(c)
				if !bytes.HasPrefix(rec, []byte("WARC/1.")) || !bytes.Contains(rec[:min(len(rec), 1024)], []byte(c.Record.ID)) {
					t.Errorf("%s: offset %d does not start its record %s", c.URL, c.Record.Offset, c.Record.ID)
				}
				if c.Record.ID == "" || !strings.HasPrefix(c.Record.Captured, "20") {
					t.Errorf("%s: record %+v", c.URL, c.Record)
				}
				if form.container == parse.ContainerWACZ && c.Record.File != "archive/data.warc.gz" {
					t.Errorf("%s: file %q", c.URL, c.Record.File)
				}
				checkSamePage(t, c)
			}
		})
	}
}

// checkSamePage compares the record of a capture with the record of the
// same page as wget saved it, read with the capture's address.
func checkSamePage(t *testing.T, c *parse.Capture) {
	t.Helper()
	got, err := parse.ParseCapture(c, parse.Options{})
	if err != nil {
		t.Fatalf("%s: %v", c.URL, err)
	}
	file, err := os.ReadFile(filepath.Join("../testdata/archives/pages", c.URL[strings.LastIndexByte(c.URL, '/')+1:]))
	if err != nil {
		t.Fatal(err)
	}
	want, err := parse.ParseBytes(file, parse.Options{URL: c.URL})
	if err != nil {
		t.Fatal(err)
	}
	if got.Title == "" || got.Text == "" || got.URL == "" {
		t.Errorf("%s: a record without title, text or url: %+v", c.URL, got)
	}
	if got.Source.Record == nil || got.Source.Record.ID != c.Record.ID || got.Source.Container != c.Container {
		t.Errorf("%s: source %+v", c.URL, got.Source)
	}
	// The file has lost the header that declared the terraces page's
	// encoding, so its record guesses what the capture's states.
	if got.Source.EncodingGuessed {
		t.Errorf("%s: encoding guessed, but the HTTP header declared it", c.URL)
	}
	got.Source, want.Source = parse.Source{}, parse.Source{}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: record differs from the saved page's\ngot  %+v\nwant %+v", c.URL, got, want)
	}
}

// warcRecord writes one WARC record of the given type, address and block.
func warcRecord(typ, uri, block string) string {
	return "WARC/1.1\r\nWARC-Type: " + typ + "\r\nWARC-Record-ID: <urn:uuid:" + typ + "-" + uri + ">\r\n" +
		"WARC-Date: 2023-11-05T10:00:00Z\r\nWARC-Target-URI: " + uri + "\r\n" +
		"Content-Length: " + strconv.Itoa(len(block)) + "\r\n\r\n" + block + "\r\n\r\n"
}

// response writes an HTTP response with the given status, header lines
// and body.
func response(status int, header, body string) string {
	return "HTTP/1.1 " + strconv.Itoa(status) + " X\r\n" + header + "\r\n" + body
}

// page is a small article page, undated, for the edge cases.
func page(title string) string {
	return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" +
		strings.Repeat("The river path reopened after the floods, and walkers came back to it on the first dry weekend. ", 4) +
		"</p></article></body></html>"
}

func gzipString(s string) string {
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	z.Write([]byte(s))
	z.Close()
	return buf.String()
}

// chunked writes s in two chunks of HTTP chunked transfer coding.
func chunked(s string) string {
	half := len(s) / 2
	return strconv.FormatInt(int64(half), 16) + "\r\n" + s[:half] + "\r\n" +
		strconv.FormatInt(int64(len(s)-half), 16) + "\r\n" + s[half:] + "\r\n0\r\n\r\n"
}

// TestArchiveEdgeCases reads hand-made archives with one hard case each,
// and checks what is captured, skipped or failed.
func TestArchiveEdgeCases(t *testing.T) {
	const u = "https://news.example.org/a"
	sjis, _ := japanese.ShiftJIS.NewEncoder().Bytes([]byte("<html><head><title>日本語の記事</title></head><body><article><h1>日本語の記事</h1><p>" +
		strings.Repeat("これは日本語で書かれた記事の本文です。町の新しい橋が火曜日に開通しました。", 3) + "</p></article></body></html>"))
	type want struct {
		titles  []string
		skipped map[string]int
		failed  int    // RecordErrors met along the way
		fatal   string // the error that ends the archive, if any
	}
	for _, tc := range []struct {
		name    string
		archive string
		opt     parse.Options
		want    want
	}{
		{"chunked", warcRecord("response", u, response(200, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", chunked(page("Chunked page")))),
			parse.Options{}, want{titles: []string{"Chunked page"}}},
		{"gzip-encoded", warcRecord("response", u, response(200, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", gzipString(page("Gzipped page")))),
			parse.Options{}, want{titles: []string{"Gzipped page"}}},
		{"chunked and gzip-encoded", warcRecord("response", u, response(200, "Content-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", chunked(gzipString(page("Both codings"))))),
			parse.Options{}, want{titles: []string{"Both codings"}}},
		{"chunked header, body stored dechunked", warcRecord("response", u, response(200, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", page("Already dechunked"))),
			parse.Options{}, want{titles: []string{"Already dechunked"}}},
		{"br-encoded, then a page", warcRecord("response", u, response(200, "Content-Type: text/html\r\nContent-Encoding: br\r\n", "\x1b\x03")) +
			warcRecord("response", u+"2", response(200, "Content-Type: text/html\r\n", page("After the br page"))),
			parse.Options{}, want{titles: []string{"After the br page"}, failed: 1}},
		{"404, 301 and 304", warcRecord("response", u, response(404, "Content-Type: text/html\r\n", page("Not found"))) +
			warcRecord("response", u, response(301, "Location: /b\r\n", "")) +
			warcRecord("response", u, response(304, "", "")),
			parse.Options{}, want{skipped: map[string]int{parse.SkipStatus: 3}}},
		{"revisit", warcRecord("revisit", u, response(200, "Content-Type: text/html\r\n", "")),
			parse.Options{}, want{skipped: map[string]int{parse.SkipRevisit: 1}}},
		{"image and script", warcRecord("response", u, response(200, "Content-Type: image/jpeg\r\n", "\xff\xd8\xff\xe0")) +
			warcRecord("response", u, response(200, "Content-Type: application/javascript\r\n", "var a = 1;")),
			parse.Options{}, want{skipped: map[string]int{parse.SkipMediaType: 2}}},
		{"request and metadata", warcRecord("request", u, "GET /a HTTP/1.1\r\nHost: news.example.org\r\n\r\n") +
			warcRecord("metadata", u, "outlinks: https://news.example.org/b\r\n"),
			parse.Options{}, want{skipped: map[string]int{"request": 1, "metadata": 1}}},
		{"a page, then a truncated record", warcRecord("response", u, response(200, "Content-Type: text/html\r\n", page("Whole page"))) +
			warcRecord("response", u, response(200, "Content-Type: text/html\r\n", page("Cut page")))[:300],
			parse.Options{}, want{titles: []string{"Whole page"}, skipped: map[string]int{parse.SkipTruncated: 1}}},
		{"a record over the limit, then a page", warcRecord("response", u, response(200, "Content-Type: text/html\r\n", page("Big page")+strings.Repeat(" ", 2000))) +
			warcRecord("response", u, response(200, "Content-Type: text/html\r\n", page("Small page"))),
			parse.Options{MaxBytes: 1500}, want{titles: []string{"Small page"}, failed: 1}},
		{"a page larger than any buffer", warcRecord("response", u, response(200, "Content-Type: text/html\r\n", strings.Replace(page("Long page"), "</p>", strings.Repeat("<p>More of the same long story, paragraph after paragraph.</p>", 3000)+"</p>", 1))),
			parse.Options{}, want{titles: []string{"Long page"}}},
		{"resource record of a page", warcRecord("resource", u, page("Resource page")),
			parse.Options{}, want{titles: []string{"Resource page"}}},
		{"a page, then data that is no record", warcRecord("response", u, response(200, "Content-Type: text/html\r\n", page("Before the garbage"))) + "<html>not a record</html>",
			parse.Options{}, want{titles: []string{"Before the garbage"}, fatal: "not a WARC record at offset"}},
		{"not an archive", "<html><body>just a page</body></html>",
			parse.Options{}, want{fatal: parse.ErrNotArchive.Error()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := []byte(tc.archive)
			a, err := parse.OpenArchive(bytes.NewReader(b), int64(len(b)), tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			var got want
			got.skipped = map[string]int{}
			for {
				c, err := a.Next()
				if err == io.EOF {
					break
				}
				var re *parse.RecordError
				if errors.As(err, &re) {
					got.failed++
					continue
				}
				if err != nil {
					got.fatal = err.Error()
					break
				}
				r, err := parse.ParseCapture(c, tc.opt)
				if err != nil {
					t.Fatalf("ParseCapture: %v", err)
				}
				if r.Published != "" {
					t.Errorf("%s: published %q: the capture time is not a publication date", r.Title, r.Published)
				}
				if r.URL != c.URL || r.Source.Record.Captured != "2023-11-05T10:00:00Z" {
					t.Errorf("%s: url %q, record %+v", r.Title, r.URL, r.Source.Record)
				}
				got.titles = append(got.titles, r.Title)
			}
			for k, v := range a.Skipped() {
				got.skipped[k] = v
			}
			if tc.want.skipped == nil {
				tc.want.skipped = map[string]int{}
			}
			if !reflect.DeepEqual(got.titles, tc.want.titles) || !reflect.DeepEqual(got.skipped, tc.want.skipped) ||
				got.failed != tc.want.failed || !strings.Contains(got.fatal, tc.want.fatal) || (tc.want.fatal == "") != (got.fatal == "") {
				t.Errorf("got %+v\nwant %+v", got, tc.want)
			}
		})
	}

	t.Run("charset only in the HTTP header", func(t *testing.T) {
		r := firstCapture(t, warcRecord("response", u, response(200, "Content-Type: text/html; charset=Shift_JIS\r\n", string(sjis))))
		if r.Title != "日本語の記事" || r.Source.Encoding != "shift_jis" || r.Source.EncodingGuessed {
			t.Errorf("title %q, encoding %q (guessed %v)", r.Title, r.Source.Encoding, r.Source.EncodingGuessed)
		}
	})

	t.Run("a zip that is no WACZ", func(t *testing.T) {
		b := wacz(t, map[string][]byte{"notes/readme.txt": []byte("hello")}, "notes/readme.txt")
		if _, err := parse.OpenArchive(bytes.NewReader(b), int64(len(b)), parse.Options{}); !errors.Is(err, parse.ErrNotArchive) {
			t.Errorf("got %v, want ErrNotArchive", err)
		}
	})
}

// TestArchiveRecordClean checks that the WARC header values a record
// carries (source.record) are clean text, as every field is: no control
// character, valid UTF-8. (The header reader refuses C0 controls, so the
// C1 controls and stray bytes that it lets through are tried.)
func TestArchiveRecordClean(t *testing.T) {
	block := response(200, "Content-Type: text/html\r\n", page("Hostile header"))
	archive := "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:ab\u009b2J\xffcd\u0085>\r\n" +
		"WARC-Date: 2023-11-05T10:00:00Z\u0080\r\nWARC-Target-URI: https://news.example.org/a\r\n" +
		"Content-Length: " + strconv.Itoa(len(block)) + "\r\n\r\n" + block + "\r\n\r\n"
	r := firstCapture(t, archive)
	for _, v := range []string{r.Source.Record.ID, r.Source.Record.Captured} {
		if !utf8.ValidString(v) || strings.ContainsFunc(v, func(r rune) bool { return unicode.IsControl(r) }) {
			t.Errorf("record field %q holds a control character or invalid UTF-8", v)
		}
	}
}

// firstCapture reads the archive and returns the record of its first
// capture.
func firstCapture(t *testing.T, archive string) *parse.Article {
	t.Helper()
	a, err := parse.ReadArchive(strings.NewReader(archive), parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, err := a.Next()
	if err != nil {
		t.Fatal(err)
	}
	r, err := parse.ParseCapture(c, parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}
