package textkit

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unsafe"
)

// LowerInto appends s to buf lower-cased, up to buf's capacity, and
// returns it as a string that shares buf's memory: the caller reads it
// while buf lives and keeps nothing of it. It lower-cases ASCII and the
// capitals of Latin-1 (À to Þ, which covers the accented words of the
// lexicon's phrases) and copies other text as it is, which spares
// strings.ToLower's Unicode tables.
func LowerInto(buf []byte, s string) string {
	i := 0
	// Eight bytes at a time while they are ASCII and buf has room for
	// them: the capitals are the bytes from 'A' to 'Z', found by two
	// additions that carry into no other byte (none is over 0x7F), and
	// get their 0x20 bit.
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s) && len(buf)+8 <= cap(buf); i += 8 {
		x := Load64(s[i : i+8])
		if x&highs != 0 {
			break
		}
		upper := (x + (0x80-'A')*ones) &^ (x + (0x80-'Z'-1)*ones) & highs
		buf = binary.LittleEndian.AppendUint64(buf, x|upper>>2)
	}
	for ; i < len(s) && len(buf) < cap(buf); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == 0xC3 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9E && s[i+1] != 0x97:
			// U+00C0 to U+00DE but ×: the small letter is 0x20 on.
			buf = append(buf, c)
			i++
			c = s[i] + 0x20
		}
		buf = append(buf, c)
	}
	// A view of buf, not a copy: callers read the text while their
	// buffer lives, and keep nothing of it.
	return unsafe.String(unsafe.SliceData(buf), len(buf))
}

// LowerASCII lower-cases an ASCII letter and leaves other bytes alone.
func LowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// HasFoldPrefix reports whether b begins with the lower-case prefix w,
// ignoring the case of ASCII letters in b. It serves the tokenizer's bytes
// and the text front end's strings alike, each with code of its own type.
func HasFoldPrefix[T ~string | ~[]byte](b T, w string) bool {
	if len(b) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if LowerASCII(b[i]) != w[i] {
			return false
		}
	}
	return true
}

// SameText reports whether two strings read the same, ignoring case, white
// space and surrounding punctuation.
func SameText(a, b string) bool {
	return FoldText(a) == FoldText(b)
}

// FoldText lower-cases s, collapses its white space, reads every dash as
// "-" and curly quotes as straight ones, and trims punctuation from both
// ends, for comparing titles and names: a page's <title> and its heading
// often differ only in the typography.
func FoldText(s string) string {
	if f, ok := foldASCII(s); ok {
		return f
	}
	s = strings.ToLower(CollapseSpace(s))
	if strings.ContainsAny(s, "–—‐‑−‘’“”„") {
		s = typography.Replace(s)
	}
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
}

// foldASCII is foldText for ASCII text, in one pass and one allocation;
// it reports false for text beyond ASCII.
func foldASCII(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return "", false
		}
	}
	// Trim what foldText trims at both ends before copying.
	for len(s) > 0 && (asciiSpace(s[0]) || asciiPunct(s[0])) {
		s = s[1:]
	}
	for len(s) > 0 && (asciiSpace(s[len(s)-1]) || asciiPunct(s[len(s)-1])) {
		s = s[:len(s)-1]
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if asciiSpace(c) {
			space = true
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), true
}

// asciiPunct reports whether c is ASCII punctuation as unicode.IsPunct
// reads it (which leaves out symbols such as $, + and |).
func asciiPunct(c byte) bool {
	switch c {
	case '!', '"', '#', '%', '&', '\'', '(', ')', '*', ',', '-', '.', '/', ':', ';', '?', '@', '[', '\\', ']', '_', '{', '}':
		return true
	}
	return false
}

// typography maps the dashes and quotes that typesetting varies to their
// plain forms.
var typography = strings.NewReplacer("–", "-", "—", "-", "‐", "-", "‑", "-", "−", "-",
	"‘", "'", "’", "'", "“", "\"", "”", "\"", "„", "\"")
