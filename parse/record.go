package parse

import (
	"strings"
	"unicode"
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
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isIdeograph reports whether r is a Han, Hiragana or Katakana character.
func isIdeograph(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

// collapseSpace trims s and turns every run of white space into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
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
	s = strings.ToLower(collapseSpace(s))
	if strings.ContainsAny(s, "–—‐‑−‘’“”„") {
		s = typography.Replace(s)
	}
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
}

// typography maps the dashes and quotes that typesetting varies to their
// plain forms.
var typography = strings.NewReplacer("–", "-", "—", "-", "‐", "-", "‑", "-", "−", "-",
	"‘", "'", "’", "'", "“", "\"", "”", "\"", "„", "\"")
