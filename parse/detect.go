package parse

import (
	"bytes"
	"unicode/utf8"

	"github.com/saintfish/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// sampleLimit is how much of a page's text the statistical detector
// reads. The detector itself looks at no more than its first 8 KiB, and
// that is plenty: a few hundred characters of running text name their
// encoding.
const sampleLimit = 8 << 10

// guessEncoding names the encoding of b, bytes that declare none and are
// not valid UTF-8, and returns nil when nothing better than windows-1252
// can be said. It first asks whether b is UTF-8 with a few stray bytes in
// it, then runs a statistical detector over the page's text.
func guessEncoding(b []byte, format Format) (encoding.Encoding, string) {
	if mostlyUTF8(b) {
		return encoding.Nop, "utf-8"
	}
	return detectCharset(textSample(b, format, sampleLimit))
}

// mostlyUTF8 reports whether b, which is not valid UTF-8, is UTF-8 with
// a few bad bytes in it: at least ten well-formed multibyte sequences for
// each byte that starts none. Pages pasted together from parts, or cut
// mid-character by a tool, look like this; reading them as windows-1252
// would garble every non-ASCII character to save a few.
func mostlyUTF8(b []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			good++
		}
		i += n
	}
	return good >= 10*bad
}

// textSample returns up to limit bytes of b's text: for HTML, the bytes
// outside tags, comments, scripts and styles, with a space where markup
// was. Those are the bytes a statistical detector can judge; markup is
// ASCII in every encoding and would only dilute the evidence.
func textSample(b []byte, format Format, limit int) []byte {
	if format != FormatHTML {
		return b[:min(len(b), limit)]
	}
	out := make([]byte, 0, min(len(b), limit))
	for len(b) > 0 && len(out) < limit {
		i := bytes.IndexByte(b, '<')
		if i < 0 {
			i = len(b)
		}
		out = append(out, b[:min(i, limit-len(out))]...)
		b = b[i:]
		if len(b) == 0 {
			break
		}
		b = b[markupEnd(b):]
		// Markup parts words ("<p>one</p><p>two"): a space keeps
		// the last letter of one from touching the first of the next.
		if len(out) > 0 && out[len(out)-1] != ' ' && len(out) < limit {
			out = append(out, ' ')
		}
	}
	return out
}

// markupEnd returns the length of the markup that b starts with: a
// comment, a script or style element with its content, or a tag.
func markupEnd(b []byte) int {
	switch {
	case bytes.HasPrefix(b, []byte("<!--")):
		if j := bytes.Index(b[4:], []byte("-->")); j >= 0 {
			return 4 + j + 3
		}
		return len(b)
	case hasFoldPrefix(b[1:], "script"), hasFoldPrefix(b[1:], "style"):
		name := "</script"
		if b[2]|0x20 == 't' {
			name = "</style"
		}
		if j := indexFold(b, name); j >= 0 {
			b2 := b[j:]
			if k := bytes.IndexByte(b2, '>'); k >= 0 {
				return j + k + 1
			}
		}
		return len(b)
	}
	if j := bytes.IndexByte(b, '>'); j >= 0 {
		return j + 1
	}
	return len(b)
}

// hasFoldPrefix reports whether b starts with the lower-case ASCII word
// p, ignoring case.
func hasFoldPrefix(b []byte, p string) bool {
	if len(b) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if b[i]|0x20 != p[i] {
			return false
		}
	}
	return true
}

// indexFold returns the index of the first occurrence of the lower-case
// ASCII string p in b, ignoring case, or -1.
func indexFold(b []byte, p string) int {
	for i := 0; i+len(p) <= len(b); i++ {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if i+len(p) <= len(b) && b[i+1]|0x20 == p[1]|0x20 && hasFoldPrefix(b[i+1:], p[1:]) {
			return i
		}
	}
	return -1
}

// detected maps the labels the detector reports to the WHATWG labels
// artparse decodes them with, in order of preference when two tie. A
// label not listed (UTF-16 and UTF-32 without a byte order mark, the
// ISO-2022 family, EBCDIC) is not taken: such pages reached the detector
// only because their bytes are not what that label would need.
var detected = []struct{ from, to string }{
	{"Shift_JIS", "shift_jis"},
	{"EUC-JP", "euc-jp"},
	{"GB-18030", "gb18030"},
	{"Big5", "big5"},
	{"EUC-KR", "euc-kr"},
	{"windows-1251", "windows-1251"},
	{"KOI8-R", "koi8-r"},
	{"ISO-8859-5", "iso-8859-5"},
	{"windows-1253", "windows-1253"},
	{"ISO-8859-7", "iso-8859-7"},
	{"windows-1256", "windows-1256"},
	{"ISO-8859-6", "iso-8859-6"},
	{"windows-1255", "windows-1255"},
	{"ISO-8859-8-I", "iso-8859-8-i"},
	{"ISO-8859-8", "iso-8859-8"},
	// Latin-script text, in a western, central European or Turkish
	// encoding: chooseLatin decides which. Last, so that a tie goes to
	// the more specific answers above.
	{"windows-1250", latin},
	{"ISO-8859-2", latin},
	{"windows-1254", latin},
	{"ISO-8859-9", latin},
	{"windows-1252", latin},
	{"ISO-8859-1", latin},
}

// latin stands in the detected table for the Latin-script encodings.
const latin = "latin"

// detectCharset runs the statistical detector over sample and returns the
// encoding it finds, or nil when it finds nothing or windows-1252, the
// caller's fallback. When the detector finds Latin-script text, the
// encoding is chosen by chooseLatin: the detector's central European
// models report Latin-1 labels, and which of its models wins a tie is
// not fixed.
func detectCharset(sample []byte) (encoding.Encoding, string) {
	if isASCII(sample) {
		return nil, ""
	}
	all, err := chardet.NewTextDetector().DetectAll(sample)
	if err != nil || len(all) == 0 {
		return nil, ""
	}
	// The detector runs its recognizers concurrently and sorts their
	// results by confidence alone, so results of equal confidence come
	// back in any order. Choosing among them by a fixed preference keeps
	// the record the same from run to run.
	best, rank := "", len(detected)
	for _, r := range all {
		if r.Confidence < all[0].Confidence {
			break
		}
		label := r.Charset
		for i, d := range detected {
			if d.from == label && i < rank {
				best, rank = d.to, i
			}
		}
	}
	if best == latin {
		best = chooseLatin(sample)
	}
	if best == "" || best == "windows-1252" { // nothing, or the fallback
		return nil, ""
	}
	enc, name := charset.Lookup(best)
	if enc == nil {
		return nil, ""
	}
	return enc, name
}
