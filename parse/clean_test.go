package parse

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// The clean-output table: control characters, UTF-16 without a byte order
// mark, addresses that are not http(s), and JSON-LD at the nesting limit.
// Its rows run in TestHostileInputs, whose checkRecord also holds every
// record to no control character and to http(s) addresses.

// padding is plain text of more than binaryWindow bytes, so that what
// follows it lies past the window the binary rule reads.
var padding = repeat("<p>"+story+"</p>\n", binaryWindow/len(story)+2)

// withControls is a page whose share of control bytes in its first
// binaryWindow bytes is perMille in a thousand.
func withControls(perMille int) func(*testing.T) []byte {
	return func(t *testing.T) []byte {
		b := []byte(htmlPage("<title>Shares</title>", padding))
		for i := 200; i < binaryWindow; i += 1000 / perMille {
			b[i] = 0
		}
		return b
	}
}

// utf16Page encodes s in UTF-16 of the given byte order, without a byte
// order mark.
func utf16Page(order unicode.Endianness, s string) func(*testing.T) []byte {
	return func(t *testing.T) []byte {
		return encodeWith(t, unicode.UTF16(order, unicode.IgnoreBOM), s)
	}
}

// urlIs and imageIs check the record's addresses.
func urlIs(want string) func(*testing.T, *Article) {
	return field("url", func(a *Article) string { return a.URL }, want)
}

func imageIs(want string) func(*testing.T, *Article) {
	return field("image", func(a *Article) string { return a.Image }, want)
}

func cleanCases() []hostileCase {
	const ldStory = "<article><p>" + story + "</p></article>"
	// deepLD is a JSON-LD script nested depth levels deep: the article
	// item and an array nested below it.
	deepLD := func(depth int) func(*testing.T) []byte {
		return fixed(htmlPage(`<title>Page title</title><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ann Writer"},"datePublished":"2021-03-04","x":`+
			repeat("[", depth-1)+repeat("]", depth-1)+`}</script>`, ldStory))
	}
	authors := func(want string) func(*testing.T, *Article) {
		return field("authors", func(a *Article) string { return strings.Join(a.Authors, "; ") }, want)
	}
	return []hostileCase{
		// Control characters: dropped wherever they come from, and a
		// page is binary only by their share.
		{
			name:  "NUL in HTML",
			input: fixed(htmlPage("<title>T</title>", "<p>"+story+"\x00</p>")),
			check: all(titleIs("T"), textHas(story)),
		},
		{
			name:  "controls past the binary window",
			input: fixed(htmlPage("<title>Late</title>", padding+"<p>Bell\x07 and NUL\x00 and \x1b[2Jclear\x1b[0m, then \u0085C1\u0090 too.</p>")),
			check: all(titleIs("Late"), textHas("Bell and NUL and clear, then C1 too.")),
		},
		{
			name:  "controls in the first bytes, under the share",
			input: withControls(5),
			check: all(titleIs("Shares"), textHas(story)),
		},
		{name: "controls in the first bytes, over the share", input: withControls(20), err: ErrBinary},
		{
			name: "controls from character references and JSON escapes",
			input: fixed(htmlPage(`<title>Ti&#1;tle&#27;</title><meta name="description" content="Desc&#7;ription"><meta name="keywords" content="&#1;,tag&#27;[1m">`+
				`<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ann\u0000 Writer\u001b"}}</script>`,
				// &#x9b; is read as windows-1252's 0x9B, as the HTML
				// standard says.
				"<article><p>"+story+" One&#27;[2Jtwo &#8;three &#x7f;four&#x9b;.</p></article>")),
			check: all(titleIs("Ti tle"), authors("Ann Writer"), textHas(story+" Onetwo three four\u203a."),
				field("description", func(a *Article) string { return a.Description }, "Desc ription"),
				field("tags", func(a *Article) string { return strings.Join(a.Tags, ",") }, "tag")),
		},
		{
			name:  "controls in plain text",
			input: fixed("A title\r\n\r\n" + story + "\x00 Then \x1b[31mred\x1b[0m.\x7f\r\n\v" + story + "\x01\n"),
			opt:   Options{Input: FormatText},
			check: textHas(story + " Then red.\n\n" + story),
		},
		// UTF-16 without a byte order mark.
		{
			name:  "UTF-16 LE without BOM",
			input: utf16Page(unicode.LittleEndian, htmlPage("<title>Sixteen</title>", "<p>"+story+" Ünïcödé 漢字.</p>")),
			check: all(encodingIs("utf-16le"), formatIs(FormatHTML), titleIs("Sixteen"), textHas("Ünïcödé 漢字.")),
		},
		{
			name:  "UTF-16 BE without BOM",
			input: utf16Page(unicode.BigEndian, htmlPage("<title>Sixteen</title>", "<p>"+story+" Ünïcödé 漢字.</p>")),
			check: all(encodingIs("utf-16be"), formatIs(FormatHTML), titleIs("Sixteen"), textHas("Ünïcödé 漢字.")),
		},
		{
			name:  "UTF-16 LE plain text without BOM",
			input: utf16Page(unicode.LittleEndian, "Sixteen\n\n"+story+"\n"),
			check: all(encodingIs("utf-16le"), formatIs(FormatText), textHas(story)),
		},
		{name: "NUL bytes only", input: fixed(repeat("\x00", 4096)), err: ErrBinary},
		{name: "UTF-16 of control codes", input: fixed(repeat("\x01\x00", 2048)), err: ErrBinary},
		// Addresses: only http(s), resolved against the page's.
		{
			name: "vbscript image and file canonical",
			input: fixed(htmlPage(`<title>Schemes</title><meta property="og:image" content="vbscript:msgbox(1)"><link rel="canonical" href="file:///etc/passwd">`,
				"<p>"+story+"</p>")),
			check: all(urlIs(""), imageIs("")),
		},
		{
			name: "a bad candidate gives way to the next",
			input: fixed(htmlPage(`<title>Schemes</title><link rel="canonical" href="javascript:void(0)"><meta property="og:url" content="https://example.com/story">`+
				`<meta property="og:image" content="data:image/png;base64,AAAA"><meta name="twitter:image" content="/lead.jpg">`, "<p>"+story+"</p>")),
			opt:   Options{URL: "http://example.com/a/page.html"},
			check: all(urlIs("https://example.com/story"), imageIs("http://example.com/lead.jpg")),
		},
		{
			name:  "JSON-LD addresses",
			input: ldPage(`{"@type":"NewsArticle","url":"javascript:alert(1)","image":"file:///c:/lead.jpg"}`),
			check: all(urlIs(""), imageIs("")),
		},
		{
			name:  "a body image with a bad scheme is passed over",
			input: fixed(htmlPage(`<title>Images</title>`, `<p>`+story+`<img src="file:///home/me/lead.jpg"><img src="//cdn.example.com/photo.jpg"></p>`)),
			check: imageIs("https://cdn.example.com/photo.jpg"),
		},
		{
			name:  "a file: page address is no url",
			input: fixed(htmlPage(`<title>Local</title>`, "<p>"+story+"</p>")),
			opt:   Options{URL: "file:///home/me/page.html"},
			check: urlIs(""),
		},
		{
			name:  "a file: page address is no url, plain text",
			input: fixed("A title\n\n" + story + "\n"),
			opt:   Options{Input: FormatText, URL: "file:///home/me/page.txt"},
			check: urlIs(""),
		},
		// JSON-LD at the nesting limit: a script past it is ignored
		// whole, its dates included.
		{name: "JSON-LD 64 levels deep, read", input: deepLD(64), check: all(authors("Ann Writer"), publishedIs("2021-03-04"))},
		{name: "JSON-LD 65 levels deep, ignored", input: deepLD(65), check: all(authors(""), publishedIs(""))},
		{name: "JSON-LD 66 levels deep, ignored", input: deepLD(66), check: all(authors(""), publishedIs(""))},
	}
}

// stopReader yields the bytes of page and then fails the test if it is
// read further: a parse that needs no more must stop.
type stopReader struct {
	t    *testing.T
	page []byte
	read int
}

func (r *stopReader) Read(p []byte) (int, error) {
	if r.read >= len(r.page) {
		r.t.Fatalf("read past the first %d bytes", len(r.page))
	}
	n := copy(p, r.page[r.read:])
	r.read += n
	return n, nil
}

// TestParseRefusesBinaryEarly checks that Parse refuses a stream whose
// first bytes are binary having read only the window the binary rule
// reads (and a byte order mark's room), and that it parses a stream with
// a few stray NULs.
func TestParseRefusesBinaryEarly(t *testing.T) {
	for _, head := range [][]byte{bytes.Repeat([]byte{0}, binaryWindow+3), append([]byte("\xEF\xBB\xBF"), bytes.Repeat([]byte{1, 'a'}, binaryWindow)...)} {
		_, err := Parse(&stopReader{t: t, page: head}, Options{MaxBytes: -1})
		if !errors.Is(err, ErrBinary) {
			t.Errorf("got %v, want %v", err, ErrBinary)
		}
	}
	const tail = "The bridge opens in May, the council said, two years late."
	page := "<title>Stray</title><p>" + story + "\x00</p>" + padding
	a, err := Parse(io.MultiReader(strings.NewReader(page), strings.NewReader("<p>\x00"+tail+"</p>")), Options{})
	if err != nil || !strings.Contains(a.Text, story) || !strings.Contains(a.Text, tail) {
		t.Fatalf("got %v, want a record with the story and its tail", err)
	}
}

// TestCheckOpening holds CheckOpening to ParseBytes: given an input's
// first OpeningLen bytes, it refuses as binary exactly the inputs that
// ParseBytes refuses as binary, however the input goes on.
func TestCheckOpening(t *testing.T) {
	text := bytes.Repeat([]byte("<p>Plain words of a page.</p>\n"), 600)
	nul := bytes.Repeat([]byte{0}, 2*binaryWindow)
	utf16 := []byte{}
	for _, c := range string(text) {
		utf16 = append(utf16, byte(c), 0)
	}
	for _, tt := range []struct {
		name string
		in   []byte
		opt  Options
	}{
		{"text", text, Options{}},
		{"text, then NULs past the window", append(append([]byte{}, text[:OpeningLen]...), nul...), Options{}},
		{"NULs", nul, Options{}},
		{"NULs after a UTF-8 mark", append([]byte("\xEF\xBB\xBF"), nul...), Options{}},
		{"UTF-16 without a mark", utf16, Options{}},
		{"UTF-16 with a mark", append([]byte{0xFF, 0xFE}, utf16...), Options{}},
		{"PNG", append([]byte("\x89PNG\r\n\x1a\n"), text...), Options{}},
		{"short", []byte("<p>hi</p>"), Options{}},
		{"NULs, encoding given", nul, Options{Encoding: "windows-1252"}},
		{"UTF-16, a charset stated", utf16, Options{Charset: "utf-8"}},
	} {
		_, perr := ParseBytes(tt.in, tt.opt)
		want := errors.Is(perr, ErrBinary)
		err := CheckOpening(tt.in[:min(len(tt.in), OpeningLen)], tt.opt)
		if got := errors.Is(err, ErrBinary); got != want || (err != nil && !got) {
			t.Errorf("%s: CheckOpening = %v, ParseBytes = %v", tt.name, err, perr)
		}
	}
	if err := CheckOpening([]byte("x"), Options{Encoding: "no-such"}); err == nil {
		t.Error("an unknown encoding was accepted")
	}
}
