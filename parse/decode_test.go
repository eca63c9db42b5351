package parse

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		format   Format
		wantText string
		wantEnc  string
		wantErr  error
	}{
		{"utf-8", "héllo", FormatText, "héllo", "utf-8", nil},
		{"utf-8 bom stripped", "\xEF\xBB\xBFhi", FormatText, "hi", "utf-8", nil},
		{"utf-16be bom", "\xFE\xFF\x00h\x00\xE9", FormatText, "hé", "utf-16be", nil},
		{"windows-1252 fallback", "caf\xE9 \x93q\x94", FormatText, "café “q”", "windows-1252", nil},
		{"meta charset", `<meta charset="koi8-r"><p>` + "\xF0\xD2\xC9", FormatHTML, `<meta charset="koi8-r"><p>При`, "koi8-r", nil},
		{"http-equiv", `<meta http-equiv="content-type" content="text/html; charset=iso-8859-2"><p>` + "\xB1", FormatHTML, `<meta http-equiv="content-type" content="text/html; charset=iso-8859-2"><p>ą`, "iso-8859-2", nil},
		{"meta in text is not a declaration", `<meta charset="koi8-r">`, FormatText, `<meta charset="koi8-r">`, "utf-8", nil},
		{"page converted to utf-8 keeps its old declaration", `<meta charset="gb2312"><p>新闻`, FormatHTML, `<meta charset="gb2312"><p>新闻`, "utf-8", nil},
		{"ascii page follows its declaration", `<meta charset="iso-8859-2"><p>a`, FormatHTML, `<meta charset="iso-8859-2"><p>a`, "iso-8859-2", nil},
		{"declared utf-16 read as utf-8", `<meta charset="utf-16"><p>é`, FormatHTML, `<meta charset="utf-16"><p>é`, "utf-8", nil},
		{"declared utf-8 with bad bytes", "<meta charset=utf-8><p>a\xFFb", FormatHTML, "<meta charset=utf-8><p>a\uFFFDb", "utf-8", nil},
		{"empty", "", FormatText, "", "", ErrEmpty},
		{"white space only", " \n\t\r\n", FormatHTML, "", "", ErrEmpty},
		{"bom only", "\xEF\xBB\xBF", FormatText, "", "", ErrEmpty},
		{"html of white space and C1 controls", " \u0080\u009f\n", FormatHTML, "", "", ErrEmpty},
		{"html keeps its controls for the lexer", "<p>one\x0btwo\r\n", FormatHTML, "<p>one\x0btwo\r\n", "utf-8", nil},
		{"a NUL in a short text", "abc\x00def", FormatText, "abc def", "utf-8", nil},
		{"NULs over the share", "\x00\x00\x00abc", FormatText, "", "", ErrBinary},
		{"controls dropped, line ends made LF", "one\r\ntwo\rthree\x1b[1m!", FormatText, "one\ntwo\nthree!", "utf-8", nil},
		{"utf-16le without bom", "h\x00\xe9\x00l\x00l\x00o\x00", FormatText, "héllo", "utf-16le", nil},
		{"utf-16be without bom", "\x00h\x00\xe9\x00l\x00l\x00o", FormatText, "héllo", "utf-16be", nil},
		{"pdf", "%PDF-1.7\n...", FormatHTML, "", "", ErrBinary},
		{"png", "\x89PNG\r\n\x1a\n", FormatHTML, "", "", ErrBinary},
		{"control codes", "\x01\x02\x03\x04\x05\x06 text", FormatText, "", "", ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := decode([]byte(tt.in), tt.format, charsetHints{})
			got, enc := d.text, d.encoding
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if got != tt.wantText || enc != tt.wantEnc {
				t.Errorf("decode(%q) = %q, %q; want %q, %q", tt.in, got, enc, tt.wantText, tt.wantEnc)
			}
			if !utf8.ValidString(got) {
				t.Errorf("output is not valid UTF-8: %q", got)
			}
		})
	}
}

// TestDecodeHints checks the encodings that come from outside the bytes
// (the caller's override, a container's declaration), the XML declaration,
// and which results are guessed.
func TestDecodeHints(t *testing.T) {
	sjis := "\x93\xfa\x96\x7b\x8c\xea" // 日本語 in Shift_JIS
	tests := []struct {
		name        string
		in          string
		format      Format
		override    string
		transport   string
		wantText    string
		wantEnc     string
		wantGuessed bool
	}{
		{"override wins over a declaration", `<meta charset="koi8-r"><p>` + sjis, FormatHTML, "shift_jis", "", `<meta charset="koi8-r"><p>日本語`, "shift_jis", false},
		{"override wins over valid utf-8", "caf\xc3\xa9", FormatText, "windows-1252", "", "cafÃ©", "windows-1252", false},
		{"override utf-8 repairs bad bytes", "a\xffb", FormatText, "utf-8", "", "a\uFFFDb", "utf-8", false},
		{"transport before meta", `<meta charset="koi8-r"><p>` + sjis, FormatHTML, "", "Shift_JIS", `<meta charset="koi8-r"><p>日本語`, "shift_jis", false},
		{"transport for text", sjis, FormatText, "", "shift_jis", "日本語", "shift_jis", false},
		{"valid utf-8 wins over transport", "日本語", FormatHTML, "", "shift_jis", "日本語", "utf-8", false},
		{"unknown transport label ignored", "caf\xe9", FormatText, "", "x-unknown", "café", "windows-1252", true},
		{"xml declaration", `<?xml version="1.0" encoding="Shift_JIS"?>` + "\n<html><p>" + sjis, FormatHTML, "", "", `<?xml version="1.0" encoding="Shift_JIS"?>` + "\n<html><p>日本語", "shift_jis", false},
		{"xml declaration single quotes", "  <?xml version='1.0' encoding='euc-jp'?><p>\xc6\xfc", FormatHTML, "", "", "  <?xml version='1.0' encoding='euc-jp'?><p>日", "euc-jp", false},
		{"meta before xml declaration", `<?xml version="1.0" encoding="koi8-r"?><meta charset="shift_jis"><p>` + sjis, FormatHTML, "", "", `<?xml version="1.0" encoding="koi8-r"?><meta charset="shift_jis"><p>日本語`, "shift_jis", false},
		{"xml declaration in text is not one", `<?xml version="1.0" encoding="Shift_JIS"?>` + sjis, FormatText, "", "", `<?xml version="1.0" encoding="Shift_JIS"?>` + "“ú–{Œê", "windows-1252", true},
		{"xml declaration without encoding", `<?xml version="1.0"?><p>caf` + "\xe9", FormatHTML, "", "", `<?xml version="1.0"?><p>café`, "windows-1252", true},
		{"ascii is not guessed", "plain words", FormatText, "", "", "plain words", "utf-8", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var h charsetHints
			if tt.override != "" {
				h.override, h.overrideName = lookupCharset(tt.override)
			}
			h.transport = tt.transport
			d, err := decode([]byte(tt.in), tt.format, h)
			if err != nil {
				t.Fatal(err)
			}
			if d.text != tt.wantText || d.encoding != tt.wantEnc || d.guessed != tt.wantGuessed {
				t.Errorf("decode = %q, %q, guessed %v; want %q, %q, %v", d.text, d.encoding, d.guessed, tt.wantText, tt.wantEnc, tt.wantGuessed)
			}
		})
	}
}

// TestHTMLLineEnds checks that a page with CR LF or CR line ends, which
// decode leaves in place for the HTML reader, gives the record the same
// page with LF line ends gives: in text, in a <pre>, in attribute and meta
// values, in JSON-LD and in a title; and that another control beside its
// CRs is dropped from the text.
func TestHTMLLineEnds(t *testing.T) {
	const page = "<html><head><title>A title\nover two lines</title>\n" +
		"<meta name=\"description\" content=\"One\nsummary\">\n" +
		"<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\",\n\"author\": {\"name\": \"Ann Lee\"},\n\"datePublished\": \"2021-03-04\"}</script>\n" +
		"</head><body><article><h1>A title\nover two lines</h1>\n" +
		"<p class=\"lead\nbyline\">A first paragraph of the story, long enough to be read as\nthe story's own words by the reader.</p>\n" +
		"<pre>line one\nline two</pre>\n" +
		"<p>A second paragraph with more words in it, and a few more after\nthat so it counts.</p>\n</article></body></html>\n"
	for _, content := range []Content{ContentNone, ContentMarkdown, ContentHTML} {
		opt := Options{Input: FormatHTML, Content: content}
		want, err := ParseBytes([]byte(page), opt)
		if err != nil {
			t.Fatal(err)
		}
		for _, end := range []string{"\r\n", "\r"} {
			got, err := ParseBytes([]byte(strings.ReplaceAll(page, "\n", end)), opt)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("content %q, line ends %q:\n got %+v\nwant %+v", content, end, got, want)
			}
		}
	}
	// A NUL among the CRs: the text is cleaned, and the NUL parts two words.
	a, err := ParseBytes([]byte(strings.ReplaceAll(strings.Replace(page, "more words", "more\x00words", 1), "\n", "\r\n")), Options{Input: FormatHTML})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "more words") || strings.ContainsAny(a.Text, "\r\x00") {
		t.Errorf("NUL and CRs: text %q", a.Text)
	}
}

// TestIsASCII puts one byte over 0x7F at every place of inputs of every
// length up to a few of isASCII's 32-byte steps, and checks each is told
// apart from the same input of plain ASCII.
func TestIsASCII(t *testing.T) {
	for n := range 100 {
		b := bytes.Repeat([]byte{0x7F}, n)
		if !isASCII(b) {
			t.Fatalf("isASCII(%d bytes of 0x7F) = false", n)
		}
		for i := range n {
			c := bytes.Clone(b)
			c[i] = 0x80
			if isASCII(c) {
				t.Fatalf("isASCII: 0x80 at %d of %d bytes not seen", i, n)
			}
		}
	}
}
