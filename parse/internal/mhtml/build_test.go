package mhtml

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/artparse/artparse/parse/internal/quality"
)

// roundTrip returns an error unless Extract gives back what Build was
// given.
func roundTrip(html []byte, location, charset, encoding string) error {
	msg := Build(html, location, charset, encoding)
	args := fmt.Sprintf("Build(%.60q, %q, %q, %q)", html, location, charset, encoding)
	if !Is(msg) {
		return fmt.Errorf("Is(%s) = false", args)
	}
	p, err := Extract(msg)
	if len(bytes.TrimSpace(html)) == 0 {
		if !errors.Is(err, ErrEmptyHTML) {
			return fmt.Errorf("Extract(%s) error = %v, want %v", args, err, ErrEmptyHTML)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("Extract(%s): %v", args, err)
	}
	if !bytes.Equal(p.HTML, html) {
		return fmt.Errorf("Extract(%s).HTML = %.60q", args, p.HTML)
	}
	if want := firstWebAddress(location); p.Location != want || p.Charset != charset {
		return fmt.Errorf("Extract(%s) = charset %q, location %q", args, p.Charset, p.Location)
	}
	return nil
}

// TestBuildRoundTrip builds archives around random pages made of the
// pieces that are hard on quoted-printable and on the boundary search, and
// reads them back.
func TestBuildRoundTrip(t *testing.T) {
	pieces := []string{
		"<p>", "text", " ", "\t", "=", "=3D", "\r", "\n", "\r\n", " \r\n", "=\r\n", "\xc3\xa9", "\xe2\x80\x94",
		"\xff", "\x00", "\x0c", "--", "------MultipartBoundary--", "--B--", "From ", ".",
		strings.Repeat("x", 90),
	}
	locations := []string{"", "https://example.com/a/b?c=d&e=%20#f", "http://x.test", "HTTP://X.TEST/y", "cid:frame",
		"relative/page.html", "file:///tmp/page.html", "https://", "ftp://example.com/"}
	charsets := []string{"", "utf-8", "windows-1252", "Shift_JIS", "x-user-defined", "a;b", "\"q\""}
	rng := rand.New(rand.NewPCG(13, 2557))
	for i := 0; i < 2000; i++ {
		var html []byte
		for n := rng.IntN(60); n > 0; n-- {
			html = append(html, pieces[rng.IntN(len(pieces))]...)
		}
		enc := "quoted-printable"
		if i%2 == 1 {
			enc = "base64"
		}
		if err := roundTrip(html, locations[rng.IntN(len(locations))], charsets[rng.IntN(len(charsets))], enc); err != nil {
			t.Fatal(err)
		}
	}
}

// TestBuild checks that Build is deterministic, that its archives differ
// by page, and that it refuses what no header can carry.
func TestBuild(t *testing.T) {
	html := []byte("<html><body><p>same</p></body></html>")
	a, b := Build(html, "https://example.com/", "utf-8", "quoted-printable"), Build(html, "https://example.com/", "utf-8", "quoted-printable")
	if !bytes.Equal(a, b) {
		t.Errorf("two builds of one page differ")
	}
	if c := Build([]byte("<p>other</p>"), "https://example.com/", "utf-8", "quoted-printable"); bytes.Equal(a[:400], c[:400]) {
		t.Errorf("two pages get one boundary and one Content-ID")
	}
	for _, args := range [][3]string{
		{"https://example.com/a b", "", "base64"},
		{"https://example.com/\r\nX-Evil: 1", "", "base64"},
		{"", "utf 8", "base64"},
		{"", "", "7bit"},
		{"", "", "Base64"},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Build(%q, %q, %q) did not panic", args[0], args[1], args[2])
				}
			}()
			Build(html, args[0], args[1], args[2])
		}()
	}
}

// TestCorpus reads every page of the evaluation corpus (ARTPARSE_CORPUS,
// or ../shared/corpus beside the module root; skipped when absent, or in
// short mode): no HTML page nor text copy is taken for MHTML, and each HTML
// page survives Build and Extract in both encodings byte for byte.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the whole corpus")
	}
	_, dir := quality.CorpusDir(t)
	pages := 0
	for _, s := range quality.Corpora {
		c, err := quality.Load(dir, s)
		if err != nil {
			t.Fatal(err)
		}
		pages += len(c.Pages)
		// t.Error is safe from any goroutine.
		quality.Parallel(len(c.Pages), 0, func(i int) {
			if err := checkCorpusPage(c.Pages[i].Data, !s.Text); err != nil {
				t.Errorf("%s/%s: %v", s.Name, c.Pages[i].ID, err)
			}
		})
	}
	t.Logf("%d pages and text copies", pages)
}

// checkCorpusPage returns an error unless the corpus page or text copy b
// is no MHTML to Is and Extract and, if it is HTML, survives Build and
// Extract in both encodings.
func checkCorpusPage(b []byte, isHTML bool) error {
	if Is(b) {
		return errors.New("Is = true")
	}
	if _, err := Extract(b); !errors.Is(err, ErrNotMHTML) {
		return fmt.Errorf("Extract error = %v, want %v", err, ErrNotMHTML)
	}
	if !isHTML {
		return nil
	}
	const location = "https://corpus.example/page"
	if err := roundTrip(b, location, "", "quoted-printable"); err != nil {
		return err
	}
	return roundTrip(b, location, "utf-8", "base64")
}

// BenchmarkExtract measures Extract on a megabyte page in each encoding.
func BenchmarkExtract(b *testing.B) {
	page := bytes.Repeat([]byte("<p class=\"x\">Caf\xc3\xa9 = caf\xc3\xa9, a line of text.</p>\n"), 1<<20/48)
	for _, enc := range []string{"quoted-printable", "base64"} {
		msg := Build(page, "https://example.com/", "utf-8", enc)
		b.Run(enc, func(b *testing.B) {
			b.SetBytes(int64(len(msg)))
			for b.Loop() {
				if _, err := Extract(msg); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
