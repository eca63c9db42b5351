package parse

import (
	"strings"
	"unicode"
	"unsafe"
)

// writeBody joins the body blocks into the record's text: paragraphs and
// headings separated by a blank line, the items of one list and the rows of
// one table on consecutive lines, the cells of a row joined by " | ".
func writeBody(blocks []*block, nodes []node) string {
	var sb strings.Builder
	var prev *block
	for _, b := range blocks {
		if b.kind == kindImage {
			continue // content only: no text
		}
		if prev != nil {
			switch {
			case b.kind == kindCell && prev.kind == kindCell && sameRow(nodes, b, prev):
				sb.WriteString(" | ")
			case b.kind == prev.kind && (b.kind == kindItem || b.kind == kindCell):
				sb.WriteByte('\n')
			default:
				sb.WriteString("\n\n")
			}
		}
		sb.WriteString(b.text)
		prev = b
	}
	return sb.String()
}

// sameRow reports whether two table cells sit in the same row.
func sameRow(nodes []node, a, b *block) bool {
	return nodes[a.node].parent == nodes[b.node].parent
}

// countWords counts the words in s: runs of letters and digits, with each
// Chinese or Japanese ideograph counted as a word of its own, since those
// scripts do not put spaces between words.
func countWords(s string) int {
	n, inWord := 0, false
	for _, r := range s {
		w := isWordRune(r)
		if w && (!inWord || isIdeograph(r)) {
			n++
		}
		inWord = w
	}
	return n
}

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	if isLatinLetter(r) {
		return true
	}
	if r >= 0x4E00 && r <= 0x9FFF || r >= 0xAC00 && r <= 0xD7A3 {
		return true // the common Han ideographs; Hangul syllables
	}
	if isGeneralPunct(r) {
		return false // quotes and dashes, without the tables' searches
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isIdeograph reports whether r is a Han, Hiragana or Katakana character.
func isIdeograph(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true // the common block of Han, without the tables
	}
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

// collapseSpace trims s and turns every run of white space into one space.
// Text that is already so (most of it) is returned as it is, without a
// copy.
func collapseSpace(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.Join(strings.Fields(s), " ") // Unicode spaces
		}
		if asciiSpace(c) && (c != ' ' || i == 0 || i == len(s)-1 || s[i+1] == ' ' || asciiSpace(s[i+1])) {
			return collapseASCII(s)
		}
	}
	return s
}

// collapseASCII is collapseSpace for text that holds ASCII white space
// to collapse; other bytes are copied as they are, so it is also right
// for UTF-8 text without Unicode spaces, but collapseSpace sends that
// text to strings.Fields.
func collapseASCII(s string) string {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if asciiSpace(c) {
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return string(b)
}

// asciiSpace reports whether c is ASCII white space as unicode.IsSpace
// reads it.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// sameText reports whether two strings read the same, ignoring case, white
// space and surrounding punctuation.
func sameText(a, b string) bool {
	return foldText(a) == foldText(b)
}

// foldText lower-cases s, collapses its white space, reads every dash as
// "-" and curly quotes as straight ones, and trims punctuation from both
// ends, for comparing titles and names: a page's <title> and its heading
// often differ only in the typography.
func foldText(s string) string {
	if f, ok := foldASCII(s); ok {
		return f
	}
	s = strings.ToLower(collapseSpace(s))
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
