package parse

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/record"
	"github.com/artparse/artparse/parse/internal/textkit"
	"golang.org/x/net/html"
)

// The fuzz targets below check properties of every entry point, not only
// that it returns: the record is valid UTF-8 with no control character but
// tab and newline, its url and image are http(s) addresses or empty, its
// Markdown content renders as its text (see checkMarkdown), a script's or
// a style's text never reaches the body, a second parse gives the same
// record, and the parse takes time in proportion to the input. `go test` runs their seeds
// and the cases kept in testdata/fuzz as ordinary tests; .ci/run fuzzes
// each briefly.

// fuzzBudget is the time a parse of n bytes may take before a fuzz target
// reports it. It is deliberately generous (a second, plus a millisecond per
// hundred bytes, some hundred times the real cost): the machine running the
// fuzzer is shared, and the point is to catch a parse that is quadratic or
// hangs, not one that is slow.
func fuzzBudget(n int) time.Duration {
	return time.Second + time.Duration(n)*10*time.Microsecond
}

// seedPages adds every page in testdata/pages to f's seed corpus through
// add.
func seedPages(f *testing.F, add func(b []byte)) {
	f.Helper()
	pages, err := filepath.Glob(filepath.Join("..", "testdata", "pages", "*"))
	if err != nil || len(pages) == 0 {
		f.Fatalf("no seed pages in testdata/pages: %v", err)
	}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		add(b)
	}
}

// hostileSeeds are small inputs that exercise the edges: encodings, marks,
// broken markup and JSON-LD, all in a few bytes so the fuzzer mutates them
// cheaply.
var hostileSeeds = []string{
	"",
	" \n\t ",
	"\xEF\xBB\xBF<p>bom</p>",
	"\xFF\xFEh\x00i\x00",
	"\xFE\xFF\x00h\x00i",
	"<meta charset=shift_jis><p>\x82\xa0\x82\xa2</p>",
	"<meta http-equiv=content-type content='text/html; charset=windows-1251'><p>\xcf\xf0\xe8</p>",
	"<?xml version=\"1.0\" encoding=\"iso-8859-2\"?><html><body><p>\xb1</p></body></html>",
	"<frameset><frame src=a.html></frameset>",
	"<script>var a = '<p>x</p>';</script>",
	"<div><div><div><p>deep</p>",
	"<p>invalid \xff\xfe utf-8</p>",
	`<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2024-02-31","author":{"@id":"#a"},"@graph":[{"@id":"#a","name":"N"}]}</script>`,
	`<script type="application/ld+json">[[[[[[[[[[{"@type":"Article"}]]]]]]]]]]</script>`,
	`<script type="application/ld+json">{"headline": "broken, "datePublished": "0000-01-01"</script>`,
	"<meta property=article:published_time content=99999-01-01><p>x</p>",
	"%PDF-1.4\n<p>not html</p>",
	"Title\n\nBy A Writer\nJune 17, 2024\n\nA paragraph of the story.\n",
	"<p>ctl\x00\x1b[2J\x07 &#27;&#1;</p>",
	"<link rel=canonical href=javascript:x><meta property=og:image content=vbscript:y><p>x</p>",
	"<p># h<br>- i<br>1. j<br>===<br>---</p><p>a<b>\"b\"</b>c <b>d<i>e</i></b> <code>`</code></p>",
	"<table><tr><td>a|b<td><code>|</code></tr><tr><td>1<td>2<td>3</table><h2>x #</h2>",
	"h\x00i\x00 \x00t\x00h\x00e\x00r\x00e\x00",
}

// checkRecord reports the properties every record must have, whatever the
// input: all its strings are valid UTF-8 holding no control character but
// tab and newline, url and image are empty or http(s) addresses, and its
// format and encoding are named.
func checkRecord(t *testing.T, a *Article) {
	t.Helper()
	strs := []struct{ name, v string }{
		{"title", a.Title}, {"description", a.Description}, {"published", a.Published},
		{"modified", a.Modified}, {"site_name", a.SiteName}, {"section", a.Section},
		{"language", a.Language}, {"url", a.URL}, {"image", a.Image}, {"text", a.Text},
		{"content", a.Content}, {"encoding", a.Source.Encoding},
	}
	for _, s := range a.Authors {
		strs = append(strs, struct{ name, v string }{"authors", s})
	}
	for _, s := range a.Tags {
		strs = append(strs, struct{ name, v string }{"tags", s})
	}
	for _, s := range strs {
		if !utf8.ValidString(s.v) {
			t.Errorf("%s is not valid UTF-8: %q", s.name, s.v)
		}
		if i := strings.IndexFunc(s.v, textkit.IsControl); i >= 0 {
			t.Errorf("%s holds a control character at %d: %.200q", s.name, i, s.v)
		}
	}
	for _, u := range []string{a.URL, a.Image} {
		if u != "" && !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			t.Errorf("address %q is not http(s)", u)
		}
	}
	for _, d := range []string{a.Published, a.Modified} {
		if d != "" && !record.IsDate(d) {
			t.Errorf("date %q is not in the record's form", d)
		}
	}
	if a.Source.Format != FormatHTML && a.Source.Format != FormatText {
		t.Errorf("source format %q", a.Source.Format)
	}
	if a.Source.Encoding == "" {
		t.Error("no source encoding")
	}
	if a.WordCount < 0 {
		t.Errorf("word count %d", a.WordCount)
	}
}

// parseChecked parses b with opt twice, checking the record's properties,
// that both parses agree, and that the first stayed within its budget. It
// returns the record, or nil when the input was refused.
func parseChecked(t *testing.T, b []byte, opt Options) *Article {
	t.Helper()
	in := bytes.Clone(b)
	start := time.Now()
	a, err := ParseBytes(b, opt)
	if d := time.Since(start); d > fuzzBudget(len(b)) {
		t.Errorf("a parse of %d bytes took %v (budget %v)", len(b), d, fuzzBudget(len(b)))
	}
	if !bytes.Equal(in, b) {
		t.Fatal("ParseBytes modified its input")
	}
	a2, err2 := ParseBytes(b, opt)
	if (err == nil) != (err2 == nil) || !reflect.DeepEqual(a, a2) {
		t.Fatalf("two parses differ:\n%+v (%v)\n%+v (%v)", a, err, a2, err2)
	}
	if err != nil {
		if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrTooLarge) {
			t.Fatalf("unexpected error kind: %v", err)
		}
		return nil
	}
	checkRecord(t, a)
	return a
}

// FuzzHTML parses arbitrary bytes as HTML, with and without rich content.
func FuzzHTML(f *testing.F) {
	seedPages(f, func(b []byte) { f.Add(b, false); f.Add(b, true) })
	for _, s := range hostileSeeds {
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, b []byte, rich bool) {
		opt := Options{Input: FormatHTML, URL: "https://example.com/news/a.html"}
		if rich {
			opt.Content = ContentMarkdown
		}
		a := parseChecked(t, b, opt)
		if a != nil && a.Source.Format != FormatHTML {
			t.Errorf("forced HTML read as %q", a.Source.Format)
		}
		if a != nil && rich {
			checkMarkdown(t, a)
		}
	})
}

// FuzzText parses arbitrary bytes as plain text, with HTML content for
// inputs of even length and Markdown for odd (the choice is the input's,
// so that a failing input keeps it).
func FuzzText(f *testing.F) {
	seedPages(f, func(b []byte) { f.Add(b) })
	for _, s := range hostileSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		content := ContentHTML
		if len(b)%2 == 1 {
			content = ContentMarkdown
		}
		a := parseChecked(t, b, Options{Input: FormatText, Content: content})
		if a != nil && a.Source.Format != FormatText {
			t.Errorf("forced text read as %q", a.Source.Format)
		}
		if a != nil && content == ContentMarkdown {
			checkMarkdown(t, a)
		}
	})
}

// FuzzParseBytes parses arbitrary bytes with the format sniffed, and
// checks that the sniffed format is the one used and that Sniff reads only
// its first 64 KiB.
func FuzzParseBytes(f *testing.F) {
	seedPages(f, func(b []byte) { f.Add(b) })
	for _, s := range hostileSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		want := Sniff(b)
		if want != FormatHTML && want != FormatText {
			t.Fatalf("Sniff returned %q", want)
		}
		if len(b) >= sniffLimit {
			tail := append(bytes.Clone(b[:sniffLimit]), "\n<p class=x>tail</p>\n<div id=y>z</div>"...)
			if got := Sniff(tail); got != want {
				t.Errorf("Sniff read past %d bytes: %q, with another tail %q", sniffLimit, want, got)
			}
		}
		if a := parseChecked(t, b, Options{}); a != nil && a.Source.Format != want {
			t.Errorf("sniffed %q, parsed as %q", want, a.Source.Format)
		}
	})
}

// FuzzDecode checks the charset decoding on its own: its output is valid
// UTF-8 with something in it besides white space and controls, plain
// text has no control character but tab and newline (HTML is read with
// its own), and valid UTF-8 input with no mark (nor the zero bytes of
// UTF-16) comes back with only its controls dropped (cleanDecoded).
func FuzzDecode(f *testing.F) {
	for _, s := range hostileSeeds {
		f.Add([]byte(s), true)
	}
	f.Add([]byte("<meta charset=gbk><p>\xc4\xe3\xba\xc3</p>"), true)
	f.Add([]byte("<meta charset=euc-kr><p>\xbe\xc8\xb3\xe7</p>"), true)
	f.Add([]byte("<meta charset=utf-16><p>x</p>"), true)
	f.Add([]byte("caf\xe9 au lait"), false)
	f.Fuzz(func(t *testing.T, b []byte, isHTML bool) {
		format := FormatText
		if isHTML {
			format = FormatHTML
		}
		d, err := decode(b, format, charsetHints{})
		s, enc := d.text, d.encoding
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) {
				t.Fatalf("unexpected error: %v", err)
			}
			if s != "" {
				t.Errorf("error %v with output %q", err, s)
			}
			return
		}
		if enc == "" {
			t.Error("no encoding named")
		}
		if !utf8.ValidString(s) {
			t.Errorf("output is not valid UTF-8: %q", s)
		}
		if strings.TrimSpace(textkit.CleanControls(s)) == "" {
			t.Errorf("blank output %q accepted", s)
		}
		if _, _, n := unicodeFrame(b); n == 0 && enc != "utf-16le" && enc != "utf-16be" && utf8.Valid(b) && s != cleanDecoded(string(b), format) {
			t.Errorf("valid UTF-8 changed other than by dropping controls: %q -> %q (%s)", b, s, enc)
		}
		// HTML is read with its controls (see cleanDecoded).
		if format == FormatText && textkit.HasControl(s) {
			t.Errorf("decoded text holds a control character: %q", s)
		}
	})
}

// scriptMarker is planted inside a <script> or <style>; it must never
// reach the record's body.
const scriptMarker = "QZXMARKERQZX"

// FuzzScriptText plants a marker inside a script or a style between
// arbitrary markup, and checks that the body never holds it unless the
// page's own tokens put it in ordinary text (the arbitrary prefix can open
// a <textarea>, say, that makes the script tag plain text).
func FuzzScriptText(f *testing.F) {
	f.Add("<html><body><p>Before the script.</p>", "var x = '<p>", "</p>';", "<p>After the script, a paragraph of text.</p>", false)
	f.Add("<article><p>Story.</p>", "p { color: red }", "", "<p>More story.</p></article>", true)
	f.Add("<p>x</p><!--", "<!--<script>", "</script>-->", "<p>y</p>", false)
	f.Add("<noscript>", "a", "b", "</noscript><p>text</p>", false)
	f.Fuzz(func(t *testing.T, before, inside1, inside2, after string, style bool) {
		for _, s := range []string{before, inside1, inside2, after} {
			if strings.Contains(s, "QZX") || strings.IndexByte(s, 0) >= 0 {
				return
			}
		}
		tag := "script"
		if style {
			tag = "style"
		}
		doc := before + "<" + tag + ">" + inside1 + scriptMarker + inside2 + "</" + tag + ">" + after
		a := parseChecked(t, []byte(doc), Options{Input: FormatHTML, Content: ContentHTML})
		if a == nil || !strings.Contains(a.Text+a.Content, scriptMarker) {
			return
		}
		if !markerInOrdinaryText(doc) {
			t.Errorf("script text reached the body:\ndoc  %q\ntext %q\ncontent %q", doc, a.Text, a.Content)
		}
	})
}

// markerInOrdinaryText reports whether golang.org/x/net/html's tokenizer,
// which the lexer matches token for token, reads scriptMarker in text that
// is not the body of a script or style (JSON-LD data aside, whose
// articleBody may rightly become the body).
func markerInOrdinaryText(doc string) bool {
	z := html.NewTokenizer(strings.NewReader(doc))
	raw := false // the previous token opened a script or style
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken:
			name, hasAttr := z.TagName()
			raw = false
			if n := string(name); n == "script" || n == "style" {
				raw = true
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					if string(k) == "type" && strings.Contains(strings.ToLower(string(v)), "json") {
						raw = false
					}
				}
			}
		case html.TextToken:
			if !raw && strings.Contains(string(z.Text()), scriptMarker) {
				return true
			}
			raw = false
		default:
			raw = false
		}
	}
}
