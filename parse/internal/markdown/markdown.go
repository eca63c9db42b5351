// Package markdown writes text as CommonMark so that a reader renders it as
// the same text: the characters CommonMark reads as markup are escaped
// wherever they stand, and the constructs it reads only at the start of a
// line (headings, list items, setext underlines, thematic breaks, fences,
// block quotes, HTML blocks, tables) are escaped at line starts. It also
// tells where emphasis marks may stand (CanOpen, CanClose) and writes code
// spans whatever their content.
//
// What it guarantees, for text with no control character but tab and
// newline: a paragraph written with Paragraph, or built of Escape'd text
// with lines passed through EscapeLine, renders (with CommonMark, and
// with GitHub's tables, autolinks, task lists and strikethrough) as
// paragraphs whose text is the original, white space aside. The package
// is pure and safe for concurrent use.
package markdown

import (
	"strings"
	"unicode"
)

// inlineSpecial are the ASCII characters that are markup wherever they
// stand in a paragraph: escapes, emphasis, links and images, code spans,
// autolinks and raw HTML, and GitHub's table cells and strikethrough (which
// also makes a '~~~' line a fence). Each is backslash-escaped. '&' is
// escaped only where it opens a character reference; an '!' before a link
// is the writer's to escape, since only it knows what follows.
const inlineSpecial = "\\*_[]`<>|~"

// AppendEscaped appends s to dst with the characters CommonMark reads as
// inline markup backslash-escaped, and returns the extended slice. An '&'
// that would open a character reference ("&copy;", "&#169;") is escaped
// too.
func AppendEscaped(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte(inlineSpecial, c) >= 0 || c == '&' && isReference(s[i+1:]) {
			dst = append(dst, '\\')
		}
		dst = append(dst, c)
	}
	return dst
}

// Escape returns s with its inline markup escaped (see AppendEscaped).
func Escape(s string) string {
	if !strings.ContainsAny(s, inlineSpecial+"&") {
		return s
	}
	return string(AppendEscaped(make([]byte, 0, len(s)+8), s))
}

// maxReference bounds the name of a character reference: HTML's longest
// is 31 characters ("CounterClockwiseContourIntegral"), and a numeric one
// has at most seven digits.
const maxReference = 32

// isReference reports whether s, the text after an '&', makes it a
// character reference: a name or '#' and digits (or '#x' and hex digits),
// then ';'. Any name counts, known to HTML or not, which escapes a few
// ampersands CommonMark would leave alone.
func isReference(s string) bool {
	for i := 0; i < len(s) && i <= maxReference; i++ {
		c := s[i]
		switch {
		case c == ';':
			return i > 0
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#' && i == 0:
		default:
			return false
		}
	}
	return false
}

// EscapeLine returns line, one line of a paragraph already escaped for
// inline markup, with what CommonMark would read at its start as the
// start of another block made text (see AppendLine).
func EscapeLine(line string) string {
	return string(AppendLine(nil, line))
}

// AppendLine appends line, one line of a paragraph already escaped for
// inline markup, to dst, with what CommonMark would read at its start as
// the start of another block made text: leading white space is dropped
// (four spaces would open a code block), and a backslash goes before an
// ATX heading's '#', a list item's '-', '+' or '1.' / '1)', and a setext
// underline or thematic break of '=' or '-'. The other constructs of a
// line start ('>', '<', '*', '_', '`', '~', '|' and '[') are inline
// markup, which Escape has already escaped.
func AppendLine[S ~string | ~[]byte](dst []byte, line S) []byte {
	for len(line) > 0 && (line[0] == ' ' || line[0] == '\t') {
		line = line[1:]
	}
	if len(line) == 0 {
		return dst
	}
	switch c := line[0]; {
	case c == '#':
		n := 1
		for n < len(line) && line[n] == '#' {
			n++
		}
		if n <= 6 && (n == len(line) || line[n] == ' ' || line[n] == '\t') {
			dst = append(dst, '\\')
		}
	case c == '-' || c == '+':
		if len(line) == 1 || line[1] == ' ' || line[1] == '\t' || c == '-' && onlyOf(line, "- \t") {
			dst = append(dst, '\\')
		}
	case c == '=':
		n := len(line)
		for n > 0 && (line[n-1] == ' ' || line[n-1] == '\t') {
			n--
		}
		if onlyOf(line[:n], "=") {
			dst = append(dst, '\\')
		}
	case c >= '0' && c <= '9':
		n := 1
		for n < len(line) && line[n] >= '0' && line[n] <= '9' {
			n++
		}
		if n <= 9 && n < len(line) && (line[n] == '.' || line[n] == ')') &&
			(n+1 == len(line) || line[n+1] == ' ' || line[n+1] == '\t') {
			dst = append(dst, line[:n]...)
			dst = append(dst, '\\')
			return append(dst, line[n:]...)
		}
	}
	return append(dst, line...)
}

// onlyOf reports whether s holds only bytes of set.
func onlyOf[S ~string | ~[]byte](s S, set string) bool {
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(set, s[i]) < 0 {
			return false
		}
	}
	return true
}

// EscapeLines applies EscapeLine to each line of s.
func EscapeLines(s string) string {
	if !strings.Contains(s, "\n") {
		return EscapeLine(s)
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = EscapeLine(l)
	}
	return strings.Join(lines, "\n")
}

// Paragraph writes plain text, one paragraph whose lines are kept apart
// by newlines, as Markdown that renders as that text.
func Paragraph(text string) string {
	return EscapeLines(Escape(text))
}

// Heading writes the ATX heading of level (1 to 6) whose content is
// content, already escaped for inline markup and on one line (see
// AppendHeading).
func Heading(level int, content string) string {
	return string(AppendHeading(nil, level, content))
}

// AppendHeading appends the ATX heading of level (1 to 6) whose content
// is content, already escaped for inline markup and on one line, to dst.
// A run of '#' that ends the content would be read as the heading's
// closing sequence, and is escaped.
func AppendHeading[S ~string | ~[]byte](dst []byte, level int, content S) []byte {
	for len(content) > 0 && isASCIISpace(content[0]) {
		content = content[1:]
	}
	for len(content) > 0 && isASCIISpace(content[len(content)-1]) {
		content = content[:len(content)-1]
	}
	for range level {
		dst = append(dst, '#')
	}
	dst = append(dst, ' ')
	t := len(content)
	for t > 0 && content[t-1] == '#' {
		t--
	}
	if t < len(content) && (t == 0 || content[t-1] == ' ' || content[t-1] == '\t') {
		dst = append(dst, content[:t]...)
		dst = append(dst, '\\')
		return append(dst, content[t:]...)
	}
	return append(dst, content...)
}

// isASCIISpace reports whether c is ASCII white space.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// CodeSpan writes s as a code span: between runs of backticks longer than
// any run inside it, and padded with a space on each side when it starts
// or ends with a backtick or with a space on both sides, which CommonMark
// would otherwise take for part of the delimiter or strip. Line breaks
// become spaces, as CommonMark makes them. In a table cell (inTable), a
// '|' is escaped, as GitHub's tables need even inside code. s must hold
// something other than spaces.
func CodeSpan(s string, inTable bool) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if inTable {
		s = strings.ReplaceAll(s, "|", `\|`)
	}
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if s[0] == '`' || s[len(s)-1] == '`' || s[0] == ' ' && s[len(s)-1] == ' ' {
		s = " " + s + " "
	}
	return fence + s + fence
}

// IsSpace reports whether r is white space as CommonMark's emphasis rules
// read it: a Unicode space separator, tab, line feed, form feed or
// carriage return. The start and end of a line count as white space.
func IsSpace(r rune) bool {
	return r == '\t' || r == '\n' || r == '\f' || r == '\r' || unicode.Is(unicode.Zs, r)
}

// IsPunct reports whether r is punctuation as CommonMark's emphasis rules
// read it: a Unicode punctuation or symbol character.
func IsPunct(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// CanOpen reports whether an asterisk run between prev and next (the
// characters on either side of it, ' ' for a line's start or end) can open
// emphasis: it is left-flanking.
func CanOpen(prev, next rune) bool {
	return !IsSpace(next) && (!IsPunct(next) || IsSpace(prev) || IsPunct(prev))
}

// CanClose reports whether an asterisk run between prev and next (' ' for
// a line's end) can close emphasis: it is right-flanking.
func CanClose(prev, next rune) bool {
	return !IsSpace(prev) && (!IsPunct(prev) || IsSpace(next) || IsPunct(next))
}
