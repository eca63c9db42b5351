package parse

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// The hostile-input table: broken, hostile and enormous inputs, each with
// the outcome it must have. The inputs are built here rather than stored,
// some being megabytes long.
//
// Time: none of these rows is timed, since a timed test flakes on a shared
// machine. The large rows are bounded by the go test timeout (minutes,
// against well under a second each when the parse is linear); a quadratic
// parse of the 50 MB line or the 100,000 links would take hours and fail
// that way. BenchmarkHostile measures how their time grows with size.

// story is a paragraph long enough to be read as an article's body.
const story = "The council met on Tuesday evening to discuss the new bridge, which has been delayed for two years by a dispute over its cost. Residents filled the hall and many of them spoke against the plan."

// htmlPage wraps head and body markup in a minimal HTML document.
func htmlPage(head, body string) string {
	return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>"
}

// encodeWith encodes s with enc, failing the test on a rune enc lacks.
func encodeWith(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

// hostileCase is one row of the table: an input, the options to parse it
// with, and either the error it must give or checks on its record.
type hostileCase struct {
	name  string
	input func(t *testing.T) []byte
	opt   Options
	err   error                      // the error wanted, or nil for a record
	check func(*testing.T, *Article) // what the record must hold
}

// textHas checks that the record's text contains every one of subs.
func textHas(subs ...string) func(*testing.T, *Article) {
	return func(t *testing.T, a *Article) {
		t.Helper()
		for _, s := range subs {
			if !strings.Contains(a.Text, s) {
				t.Errorf("text lacks %q: %.200q", s, a.Text)
			}
		}
	}
}

// all runs every check in turn.
func all(checks ...func(*testing.T, *Article)) func(*testing.T, *Article) {
	return func(t *testing.T, a *Article) {
		t.Helper()
		for _, c := range checks {
			c(t, a)
		}
	}
}

// field checks one string field of the record.
func field(name string, get func(*Article) string, want string) func(*testing.T, *Article) {
	return func(t *testing.T, a *Article) {
		t.Helper()
		if got := get(a); got != want {
			t.Errorf("%s = %.200q, want %q", name, got, want)
		}
	}
}

func encodingIs(want string) func(*testing.T, *Article) {
	return field("encoding", func(a *Article) string { return a.Source.Encoding }, want)
}

func titleIs(want string) func(*testing.T, *Article) {
	return field("title", func(a *Article) string { return a.Title }, want)
}

func publishedIs(want string) func(*testing.T, *Article) {
	return field("published", func(a *Article) string { return a.Published }, want)
}

func guessed(want bool) func(*testing.T, *Article) {
	return func(t *testing.T, a *Article) {
		t.Helper()
		if a.Source.EncodingGuessed != want {
			t.Errorf("encoding_guessed = %v, want %v", a.Source.EncodingGuessed, want)
		}
	}
}

func formatIs(want Format) func(*testing.T, *Article) {
	return field("format", func(a *Article) string { return string(a.Source.Format) }, string(want))
}

// textLacks checks that the record's text and content contain none of subs.
func textLacks(subs ...string) func(*testing.T, *Article) {
	return func(t *testing.T, a *Article) {
		t.Helper()
		for _, s := range subs {
			if strings.Contains(a.Text+a.Content, s) {
				t.Errorf("text holds %q", s)
			}
		}
	}
}

// fixed returns an input function for constant bytes.
func fixed(s string) func(*testing.T) []byte { return func(*testing.T) []byte { return []byte(s) } }

// charsetPage is a page in a national encoding, with its title and body in
// that language, declared in a <meta charset> or not at all.
func charsetPage(enc encoding.Encoding, label, title, body string) func(*testing.T) []byte {
	return func(t *testing.T) []byte {
		head := "<title>" + title + "</title>"
		if label != "" {
			head = `<meta charset="` + label + `">` + head
		}
		return encodeWith(t, enc, htmlPage(head, "<article><h1>"+title+"</h1><p>"+body+"</p></article>"))
	}
}

// National texts for the charset rows: each fills a body paragraph.
const (
	jaTitle = "市議会が新しい橋の計画を議論"
	jaBody  = "市議会は火曜日の夜に会合を開き、費用をめぐる争いで二年間遅れている新しい橋について話し合った。会場は住民で埋まり、多くの人が計画に反対する意見を述べた。"
	zhTitle = "市议会讨论新桥计划"
	zhBody  = "市议会周二晚上开会讨论新桥问题，该桥因费用纠纷已推迟两年。大厅里坐满了居民，许多人发言反对这项计划。"
	koTitle = "시의회 새 다리 계획 논의"
	koBody  = "시의회는 화요일 저녁 회의를 열어 비용 분쟁으로 2년 동안 지연된 새 다리에 대해 논의했다. 회의장은 주민들로 가득 찼고 많은 사람들이 계획에 반대했다."
	ruTitle = "Городской совет обсудил новый мост"
	ruBody  = "Городской совет собрался во вторник вечером, чтобы обсудить новый мост, строительство которого уже два года задерживается из-за спора о стоимости. Зал был полон жителей."
	twTitle = "市議會討論新橋計畫"
	twBody  = "市議會週二晚上開會討論新橋問題，這座橋因為費用爭議已經延宕兩年。會場坐滿了居民，許多人發言反對這項計畫。"
	elTitle = "Το δημοτικό συμβούλιο συζήτησε τη νέα γέφυρα"
	elBody  = "Το δημοτικό συμβούλιο συνεδρίασε την Τρίτη το βράδυ για να συζητήσει τη νέα γέφυρα, που καθυστερεί εδώ και δύο χρόνια εξαιτίας μιας διαφωνίας για το κόστος. Η αίθουσα ήταν γεμάτη κατοίκους και πολλοί μίλησαν κατά του σχεδίου."
	arTitle = "مجلس المدينة يناقش الجسر الجديد"
	arBody  = "اجتمع مجلس المدينة مساء الثلاثاء لمناقشة الجسر الجديد الذي تأخر بناؤه عامين بسبب خلاف على التكلفة. وامتلأت القاعة بالسكان وتحدث كثيرون منهم ضد المشروع."
	plTitle = "Rada miasta o nowym moście"
	plBody  = "Rada miasta zebrała się we wtorek wieczorem, aby omówić nowy most, którego budowa od dwóch lat jest opóźniona przez spór o koszty. Sala była pełna mieszkańców, którzy żółć wylewali."
)

func hostileCases() []hostileCase {
	cases := []hostileCase{
		{name: "empty", input: fixed(""), err: ErrEmpty},
		{name: "white space only", input: fixed(" \t\r\n\f \r\n"), err: ErrEmpty},
		{name: "white space only, html", input: fixed("\n\n   \t\n"), opt: Options{Input: FormatHTML}, err: ErrEmpty},
		{name: "UTF-8 BOM and nothing else", input: fixed("\xEF\xBB\xBF  \n"), err: ErrEmpty},
		{name: "PNG image", input: fixed("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"), err: ErrBinary},
		{name: "JPEG image", input: fixed("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01"), err: ErrBinary},
		{name: "ELF executable", input: fixed("\x7FELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00"), err: ErrBinary},
		{name: "Windows executable", input: fixed("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xFF\xFF\x00\x00This program cannot be run in DOS mode."), err: ErrBinary},
		{name: "PDF named .html", input: fixed("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n<html><p>x</p>"), opt: Options{Input: FormatHTML}, err: ErrBinary},
		{name: "gzip data, truncated", input: fixed("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48\xcd"), err: ErrBinary},
		{
			name:  "invalid UTF-8 read as windows-1252",
			input: fixed(htmlPage("<title>Caf\xe9</title>", "<p>"+story+" Caf\xe9 cr\xe8me \xff\xfe.</p>")),
			check: all(encodingIs("windows-1252"), titleIs("Café"), textHas("Café crème ÿþ.")),
		},
		{
			name:  "valid UTF-8 with stray invalid bytes and a UTF-8 declaration",
			input: fixed(htmlPage(`<meta charset="utf-8"><title>Café</title>`, "<p>"+story+" Caf\xc3\xa9 \xff.</p>")),
			check: all(encodingIs("utf-8"), titleIs("Café"), textHas("Café \uFFFD.")),
		},
		{
			name: "UTF-16 LE with BOM",
			input: func(t *testing.T) []byte {
				return encodeWith(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), htmlPage("<title>Sixteen</title>", "<p>"+story+" Ünïcödé.</p>"))
			},
			check: all(encodingIs("utf-16le"), formatIs(FormatHTML), titleIs("Sixteen"), textHas("Ünïcödé.")),
		},
		{
			name: "UTF-16 BE with BOM",
			input: func(t *testing.T) []byte {
				return encodeWith(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), htmlPage("<title>Sixteen</title>", "<p>"+story+" Ünïcödé.</p>"))
			},
			check: all(encodingIs("utf-16be"), formatIs(FormatHTML), titleIs("Sixteen"), textHas("Ünïcödé.")),
		},
		{name: "Shift_JIS declared", input: charsetPage(japanese.ShiftJIS, "shift_jis", jaTitle, jaBody), check: all(encodingIs("shift_jis"), titleIs(jaTitle), textHas(jaBody))},
		{name: "GBK declared", input: charsetPage(simplifiedchinese.GBK, "gbk", zhTitle, zhBody), check: all(encodingIs("gbk"), titleIs(zhTitle), textHas(zhBody))},
		{name: "EUC-KR declared", input: charsetPage(korean.EUCKR, "euc-kr", koTitle, koBody), check: all(encodingIs("euc-kr"), titleIs(koTitle), textHas(koBody))},
		{name: "windows-1251 declared", input: charsetPage(charmap.Windows1251, "windows-1251", ruTitle, ruBody), check: all(encodingIs("windows-1251"), titleIs(ruTitle), textHas(ruBody))},
		{name: "ISO-8859-2 declared", input: charsetPage(charmap.ISO8859_2, "iso-8859-2", plTitle, plBody), check: all(encodingIs("iso-8859-2"), titleIs(plTitle), textHas(plBody))},
		{
			name: "ISO-8859-2 declared in http-equiv",
			input: func(t *testing.T) []byte {
				return encodeWith(t, charmap.ISO8859_2, htmlPage(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"><title>`+plTitle+`</title>`, "<p>"+plBody+"</p>"))
			},
			check: all(encodingIs("iso-8859-2"), titleIs(plTitle), textHas(plBody)),
		},
	}
	// Undeclared national encodings are guessed from the text's bytes,
	// and the record says the encoding was a guess.
	for _, u := range []struct {
		name, want  string
		enc         encoding.Encoding
		title, body string
	}{
		{"Shift_JIS", "shift_jis", japanese.ShiftJIS, jaTitle, jaBody},
		{"EUC-JP", "euc-jp", japanese.EUCJP, jaTitle, jaBody},
		{"GBK", "gb18030", simplifiedchinese.GBK, zhTitle, zhBody},
		{"EUC-KR", "euc-kr", korean.EUCKR, koTitle, koBody},
		{"windows-1251", "windows-1251", charmap.Windows1251, ruTitle, ruBody},
		{"KOI8-R", "koi8-r", charmap.KOI8R, ruTitle, ruBody},
		{"ISO-8859-2", "iso-8859-2", charmap.ISO8859_2, plTitle, plBody},
		{"Big5", "big5", traditionalchinese.Big5, twTitle, twBody},
		{"ISO-8859-7", "iso-8859-7", charmap.ISO8859_7, elTitle, elBody},
		{"windows-1256", "windows-1256", charmap.Windows1256, arTitle, arBody},
	} {
		cases = append(cases, hostileCase{
			name:  u.name + " undeclared",
			input: charsetPage(u.enc, "", u.title, u.body),
			check: all(encodingIs(u.want), guessed(true), titleIs(u.title), textHas(u.body)),
		})
	}
	cases = append(cases, hostileCase{
		// Cut mid-character once, in a page of many: UTF-8 all the same.
		name:  "UTF-8 with one stray byte, undeclared",
		input: fixed(htmlPage("<title>"+ruTitle+"</title>", "<p>"+ruBody+"\xd0 "+ruBody+"</p>")),
		check: all(encodingIs("utf-8"), guessed(true), titleIs(ruTitle), textHas(ruBody+"\uFFFD "+ruBody)),
	})
	return cases
}

// TestHostileInputs runs the table of hostile inputs through ParseBytes
// and Parse.
func TestHostileInputs(t *testing.T) {
	cases := append(hostileCases(), structureCases()...)
	cases = append(cases, jsonLDCases()...)
	cases = append(cases, cleanCases()...)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := tc.input(t)
			a, err := ParseBytes(b, tc.opt)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("got %v (record %+v), want %v", err, a != nil, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v, want a record", err)
			}
			checkRecord(t, a)
			tc.check(t, a)
			// Parse, reading from a stream, agrees.
			a2, err := Parse(bytes.NewReader(b), tc.opt)
			if err != nil || a2.Title != a.Title || a2.Text != a.Text {
				t.Errorf("Parse disagrees with ParseBytes: %v", err)
			}
		})
	}
}

// repeat is strings.Repeat for building the large inputs.
var repeat = strings.Repeat

func structureCases() []hostileCase {
	return []hostileCase{
		{
			name:  "100,000 elements deep",
			input: fixed(htmlPage("<title>Deep</title>", repeat("<div>", 100000)+"<p>"+story+"</p>"+repeat("</div>", 100000))),
			check: all(titleIs("Deep"), textHas(story)),
		},
		{
			name:  "100,000 elements deep, never closed",
			input: fixed("<html><head><title>Deep</title></head><body>" + repeat("<div><span>", 50000) + "<p>" + story),
			check: all(titleIs("Deep"), textHas(story)),
		},
		{
			name:  "10,000 unclosed tags",
			input: fixed(htmlPage("<title>Unclosed</title>", repeat("<div class=c><p>"+story+"<span><b><i>", 10000/5))),
			check: all(titleIs("Unclosed"), textHas(story)),
		},
		{
			name:  "50 MB on one line",
			input: fixed(htmlPage("<title>Long line</title>", "<p>"+repeat("word ", 10<<20)+"</p>")),
			check: all(titleIs("Long line"), func(t *testing.T, a *Article) {
				if a.WordCount != 10<<20 {
					t.Errorf("word count %d, want %d", a.WordCount, 10<<20)
				}
			}),
		},
		{
			name:  "10 MB attribute",
			input: fixed(htmlPage(`<title>Attribute</title>`, `<div data-blob="`+repeat("A", 10<<20)+`"><p>`+story+`</p></div>`)),
			check: all(titleIs("Attribute"), textHas(story), textLacks("AAAA")),
		},
		{
			name:  "10 MB unterminated attribute",
			input: fixed(htmlPage(`<title>Attribute</title>`, `<p>`+story+`</p><div data-blob="`+repeat("A", 10<<20))),
			check: all(titleIs("Attribute"), textHas(story), textLacks("AAAA")),
		},
		{
			name:  "only a script",
			input: fixed("<script>var secret = 'QZXSCRIPT'; document.write('<p>hi</p>');</script>"),
			check: all(formatIs(FormatHTML), textLacks("QZXSCRIPT", "document.write")),
		},
		{
			name:  "only a script, forced HTML",
			input: fixed("<script>var secret = 'QZXSCRIPT';</script>\n"),
			opt:   Options{Input: FormatHTML},
			check: all(formatIs(FormatHTML), field("text", func(a *Article) string { return a.Text }, "")),
		},
		{
			name:  "only a style",
			input: fixed("<style>body { color: QZXSTYLE }</style>"),
			check: all(formatIs(FormatHTML), textLacks("QZXSTYLE")),
		},
		{
			name:  "frameset",
			input: fixed(`<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN"><html><head><title>Framed</title></head><frameset cols="20%,80%"><frame src="nav.html"><frame src="main.html"><noframes><body><p>` + story + `</p></body></noframes></frameset></html>`),
			check: all(formatIs(FormatHTML), titleIs("Framed")),
		},
		{
			name: "XHTML with an XML declaration",
			input: fixed(`<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en"><head><title>Strict</title><meta name="author" content="A. Writer"/></head>
<body><div><p>` + story + `</p><br/><p><![CDATA[raw]]> after</p></div></body></html>`),
			check: all(formatIs(FormatHTML), titleIs("Strict"), textHas(story), field("language", func(a *Article) string { return a.Language }, "en")),
		},
		{
			name: "100,000 links",
			input: func(*testing.T) []byte {
				var sb strings.Builder
				sb.WriteString("<html><head><title>Links</title></head><body><ul>")
				for i := range 100000 {
					fmt.Fprintf(&sb, `<li><a href="/p/%d">Link number %d</a></li>`, i, i)
				}
				sb.WriteString("</ul><article><p>" + story + "</p></article></body></html>")
				return []byte(sb.String())
			},
			check: all(titleIs("Links"), textHas(story), textLacks("Link number 500")),
		},
		{
			name:  "year 0",
			input: fixed(htmlPage(`<title>Dates</title><meta property="article:published_time" content="0000-01-01T00:00:00Z">`, "<p>"+story+"</p>")),
			check: publishedIs(""),
		},
		{
			name:  "year 99999",
			input: fixed(htmlPage(`<title>Dates</title><meta property="article:published_time" content="99999-01-01T00:00:00Z">`, "<p>"+story+"</p><p>Posted on 1 January 99999.</p>")),
			check: publishedIs(""),
		},
		{
			name:  "31 February",
			input: fixed(htmlPage(`<title>Dates</title><meta property="article:published_time" content="2024-02-31">`, "<p>"+story+"</p><p>Published 31 February 2024.</p>")),
			check: publishedIs(""),
		},
		{
			name:  "31 February beside a real date",
			input: fixed(htmlPage(`<title>Dates</title><meta property="article:published_time" content="2024-02-31"><meta name="date" content="2024-03-01">`, "<p>"+story+"</p>")),
			check: publishedIs("2024-03-01"),
		},
		{
			name:  "over MaxBytes",
			input: fixed(htmlPage("<title>Big</title>", "<p>"+story+"</p>")),
			opt:   Options{MaxBytes: 100},
			err:   ErrTooLarge,
		},
	}
}

// ldPage is a page whose JSON-LD script is ld, with a <title> that differs
// from the JSON-LD headline so the record shows which was read.
func ldPage(ld string) func(*testing.T) []byte {
	return fixed(htmlPage(`<title>Page title</title><script type="application/ld+json">`+ld+`</script>`, "<article><p>"+story+"</p></article>"))
}

func jsonLDCases() []hostileCase {
	// The title weighs the JSON-LD headline against the page's own, and
	// a date in any script is read as a last resort, so whether a script
	// was read shows in its author, whom only it names.
	authors := func(want string) func(*testing.T, *Article) {
		return field("authors", func(a *Article) string { return strings.Join(a.Authors, "; ") }, want)
	}
	read, ignored := authors("Ann Writer"), authors("")
	return []hostileCase{
		{
			name:  "JSON-LD read",
			input: ldPage(`{"@type":"NewsArticle","headline":"LD headline","author":{"@type":"Person","name":"Ann Writer"}}`),
			check: read,
		},
		{
			name:  "JSON-LD invalid beyond repair, ignored",
			input: ldPage(`{"@type":"NewsArticle","headline":"LD headline",,, "author": {"name": "Ann Writer"}}}}`),
			check: all(ignored, textHas(story)),
		},
		{
			name:  "JSON-LD with a trailing comma and a raw line break, repaired",
			input: ldPage("{\"@type\":\"NewsArticle\",\"headline\":\"LD\nheadline\",\"author\":{\"name\":\"Ann Writer\"},}"),
			check: all(read, textHas(story)),
		},
		{
			name:  "JSON-LD not JSON at all",
			input: ldPage(`</p><p>this is not json {[}`),
			check: all(ignored, titleIs("Page title"), textHas(story)),
		},
		{
			name:  "JSON-LD deeply nested, ignored",
			input: ldPage(`{"@type":"NewsArticle","headline":"LD headline","author":{"@type":"Person","name":"Ann Writer"},"x":` + repeat("[", 100000) + repeat("]", 100000) + `}`),
			check: all(ignored, titleIs("Page title"), textHas(story)),
		},
		{
			name:  "JSON-LD nested within the cap, read",
			input: ldPage(`{"@type":"NewsArticle","headline":"LD headline","author":{"@type":"Person","name":"Ann Writer"},"x":` + repeat("[", 50) + repeat("]", 50) + `}`),
			check: read,
		},
		{
			name:  "JSON-LD unbalanced brackets",
			input: ldPage(repeat("{", 100000)),
			check: all(ignored, titleIs("Page title"), textHas(story)),
		},
		{
			name:  "JSON-LD huge, ignored",
			input: ldPage(`{"@type":"NewsArticle","headline":"LD headline","author":{"@type":"Person","name":"Ann Writer"},"articleBody":"` + repeat("word ", 1<<20) + `"}`),
			check: all(ignored, titleIs("Page title"), textHas(story)),
		},
		{
			name:  "JSON-LD over a lowered MaxJSONLD, ignored",
			input: ldPage(`{"@type":"NewsArticle","headline":"LD headline","author":{"@type":"Person","name":"Ann Writer"}}`),
			opt:   Options{MaxJSONLD: 20},
			check: ignored,
		},
		{
			name:  "JSON-LD dates year 0, 99999, 31 February",
			input: ldPage(`{"@type":"NewsArticle","headline":"LD headline","datePublished":"0000-01-01","dateModified":"99999-12-31","dateCreated":"2024-02-31"}`),
			check: all(publishedIs(""), field("modified", func(a *Article) string { return a.Modified }, "")),
		},
	}
}

// infiniteReader yields an endless page body and counts what it gave.
type infiniteReader struct{ n int64 }

func (r *infiniteReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "<p>word</p>\n"[(r.n+int64(i))%12]
	}
	r.n += int64(len(p))
	return len(p), nil
}

// Parse refuses a stream over MaxBytes after reading just past the limit,
// so an endless or huge input is never held whole.
func TestParseMaxBytesStream(t *testing.T) {
	r := &infiniteReader{}
	_, err := Parse(r, Options{MaxBytes: 1 << 20})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("got %v, want ErrTooLarge", err)
	}
	if r.n > 1<<20+64<<10 {
		t.Errorf("read %d bytes for a limit of %d", r.n, 1<<20)
	}
	// At the limit exactly, the input is read.
	b := []byte(htmlPage("<title>Exact</title>", "<p>"+story+"</p>"))
	a, err := Parse(io.LimitReader(bytes.NewReader(b), int64(len(b))), Options{MaxBytes: int64(len(b))})
	if err != nil || a.Title != "Exact" {
		t.Errorf("input at the limit: %v", err)
	}
	// A negative limit is none.
	if _, err := ParseBytes(bytes.Repeat([]byte("<p>word</p>\n"), 1000), Options{MaxBytes: -1}); err != nil {
		t.Errorf("no limit: %v", err)
	}
}

// TestMaxDepthParses checks that a page nested past a small MaxDepth still
// gives its text.
func TestMaxDepthParses(t *testing.T) {
	doc := repeat("<div>", 100000) + "<p>" + story + "</p>"
	a, err := ParseBytes([]byte(htmlPage("<title>x</title>", doc)), Options{MaxDepth: 8})
	if err != nil || !utf8.ValidString(a.Text) || !strings.Contains(a.Text, story) {
		t.Errorf("MaxDepth 8: %v, %q", err, a.Text)
	}
}

// BenchmarkHostile parses the large hostile inputs at two sizes, a tenth
// and the whole: a linear parse shows ten times the ns/op for the larger.
func BenchmarkHostile(b *testing.B) {
	inputs := map[string]func(n int) string{
		"deep": func(n int) string { return repeat("<div>", n) + "<p>" + story + "</p>" },
		"line": func(n int) string { return htmlPage("<title>x</title>", "<p>"+repeat("word ", n)+"</p>") },
		"links": func(n int) string {
			return htmlPage("<title>x</title>", "<ul>"+repeat(`<li><a href="/p">Link</a></li>`, n)+"</ul>")
		},
		"unclosed": func(n int) string {
			return htmlPage("<title>x</title>", repeat("<div><p>"+"words in a paragraph "+"<span><b>", n))
		},
		"attr": func(n int) string {
			return htmlPage("<title>x</title>", `<div data-x="`+repeat("A", n*10)+`"><p>`+story+`</p></div>`)
		},
		"jsonld": func(n int) string {
			return htmlPage(`<script type="application/ld+json">`+repeat("[", n)+`</script>`, "<p>"+story+"</p>")
		},
	}
	for _, name := range []string{"deep", "line", "links", "unclosed", "attr", "jsonld"} {
		for _, n := range []int{10000, 100000} {
			doc := []byte(inputs[name](n))
			b.Run(fmt.Sprintf("%s/%d", name, n), func(b *testing.B) {
				b.SetBytes(int64(len(doc)))
				for b.Loop() {
					if _, err := ParseBytes(doc, Options{Input: FormatHTML}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// The largest limit there is reads the input, not overflowing into none.
func TestParseMaxBytesHuge(t *testing.T) {
	a, err := Parse(strings.NewReader(htmlPage("<title>Max</title>", "<p>"+story+"</p>")), Options{MaxBytes: math.MaxInt64})
	if err != nil || a.Title != "Max" {
		t.Errorf("MaxBytes MaxInt64: %v", err)
	}
}

// Rows the fuzz targets found: a UTF-8 byte order mark followed by bytes
// that are not UTF-8, or not text; a content type whose lower-case form is
// shorter than itself.
func TestFuzzFindings(t *testing.T) {
	for _, ct := range []string{"text/html; \u0130\u0130charset=windows-1251", "text/\xff\xffml; charset=windows-1251", "TEXT/HTML; CHARSET=Windows-1251"} {
		if got := charsetFromContentType(ct); !strings.EqualFold(got, "windows-1251") {
			t.Errorf("charsetFromContentType(%q) = %q", ct, got)
		}
	}
	a, err := ParseBytes([]byte("\xEF\xBB\xBF<p>bop\x80</p>"), Options{})
	if err != nil || a.Text != "bop\uFFFD" || a.Source.Encoding != "utf-8" {
		t.Errorf("BOM then invalid UTF-8: %v, %+v", err, a)
	}
	if _, err := ParseBytes([]byte("\xEF\xBB\xBF<\x00>bo\xbb\xbf<\x00>"), Options{Input: FormatHTML}); !errors.Is(err, ErrBinary) {
		t.Errorf("BOM then NUL bytes: %v, want ErrBinary", err)
	}
}
