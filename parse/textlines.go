package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The plain-text front end, stage one: lines. A browser copy keeps the
// page's layout as lines: every block element (a menu item, the headline,
// a paragraph, a caption) ends one. Each non-empty line is measured once
// here; the later stages only read the numbers.

// textLine is one non-empty line of a plain-text input, with white space
// normalised, and the features that classify it.
type textLine struct {
	text        string
	blankBefore bool  // an empty line separates it from the previous line
	size        int32 // runes, with CJK characters counted twice: they carry about a word each
	words       int32 // words; each CJK character counts as one
	letters     int32 // letters, of any script
	digits      int16
	caps        int16 // words that start with an upper-case letter
	stops       int16 // sentence-ending punctuation marks
	commas      int16
	end         lineEnd // how the line ends, closing quotes and brackets aside
	code        bool    // indented, or ends like a line of program code
}

// lineEnd says what a line's last meaningful character is.
type lineEnd uint8

const (
	endOther    lineEnd = iota
	endSentence         // . ! ? … and their CJK forms
	endColon            // : announces what follows (a list, a quote)
)

// splitLines cuts a plain-text input into its non-empty lines. Windows and
// old Mac line ends, form feeds, vertical tabs and the Unicode line and
// paragraph separators all end a line; tabs, non-breaking and other Unicode
// spaces read as one space, as a reader sees them. A line that needs no
// normalisation is a substring of doc, so clean input costs no copies.
func splitLines(doc string) []textLine {
	lines := make([]textLine, 0, strings.Count(doc, "\n")/2+1)
	blank := false
	start := 0
	clean := true // the current line has no character that normalisation changes
	emit := func(end int) {
		raw := doc[start:end]
		if !clean {
			raw = normalizeSpace(raw)
		}
		if raw == "" {
			blank = true
			return
		}
		l := textLine{text: raw, blankBefore: blank}
		measureLine(&l)
		l.code = isCodeLine(doc[start:end], raw)
		lines = append(lines, l)
		blank = false
	}
	for i := 0; i < len(doc); {
		c := doc[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\n', '\r', '\f', '\v':
				emit(i)
				if c == '\r' && i+1 < len(doc) && doc[i+1] == '\n' {
					i++
				}
				i++
				start, clean = i, true
				continue
			case ' ':
				// A space is clean only between two other characters.
				if i == start || i+1 >= len(doc) || doc[i+1] <= ' ' {
					clean = false
				}
			case '\t', 0:
				clean = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(doc[i:])
		switch {
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			emit(i)
			i += n
			start, clean = i, true
			continue
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == utf8.RuneError && n == 1:
			clean = false
		}
		i += n
	}
	emit(len(doc))
	return lines
}

// normalizeSpace trims s and turns every run of white space (any Unicode
// space, tabs, zero-width spaces and NULs included) into one ASCII space.
func normalizeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r <= ' ' || r == '\u00a0' || r == '\u200b' || r == '\ufeff' || r >= 0x80 && unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if r == utf8.RuneError {
			r = '\ufffd'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// measureLine fills in the features of l from its text.
func measureLine(l *textLine) {
	s := l.text
	inWord := false
	var last rune
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		if c < utf8.RuneSelf {
			r = rune(c)
			i++
			l.size++
			switch {
			case c >= 'a' && c <= 'z':
				l.letters++
				if !inWord {
					l.words++
				}
				inWord = true
			case c >= 'A' && c <= 'Z':
				l.letters++
				if !inWord {
					l.words++
					l.caps++
				}
				inWord = true
			case c >= '0' && c <= '9':
				l.digits++
				if !inWord {
					l.words++
				}
				inWord = true
			default:
				// An apostrophe or hyphen inside a word does not end it.
				inWord = inWord && (c == '\'' || c == '-' || c == '_') && i < len(s) && isASCIILetter(s[i])
				switch c {
				case '.', '!', '?':
					l.stops++
				case ',', ';':
					l.commas++
				}
			}
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(s[i:])
			i += n
			switch {
			case isIdeograph(r) || r >= 0xAC00 && r <= 0xD7A3:
				l.size += 2
				l.letters++
				l.words++
				inWord = false
			case unicode.IsLetter(r) || unicode.IsMark(r):
				l.size++
				l.letters++
				if !inWord {
					l.words++
					if unicode.IsUpper(r) {
						l.caps++
					}
				}
				inWord = true
			case unicode.IsDigit(r):
				l.size++
				l.digits++
				if !inWord {
					l.words++
				}
				inWord = true
			default:
				l.size++
				switch r {
				case '。', '！', '？', '…', '؟', '।':
					l.stops++
				case '，', '、', '،', '；', '؛':
					l.commas++
				}
				inWord = inWord && r == '’' && i < len(s) && isASCIILetter(s[i])
			}
		}
		if !isClosing(r) && r != ' ' {
			last = r
		}
	}
	switch last {
	case '.', '!', '?', '。', '！', '？', '…', '؟', '।':
		l.end = endSentence
	case ':', '：':
		l.end = endColon
	}
}

// isCodeLine reports whether a raw line looks like program code: indented
// by two or more spaces or a tab, or ending in a brace, a semicolon or an
// opening bracket.
func isCodeLine(raw, text string) bool {
	if len(raw) > 2 && (raw[0] == '\t' || raw[0] == ' ' && raw[1] == ' ') {
		return true
	}
	switch text[len(text)-1] {
	case '{', '}', ';', '(', '[':
		return true
	}
	return false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isClosing reports whether r closes a quotation or a bracket, which a
// sentence may end inside.
func isClosing(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '”', '’', '»', '›', '」', '』', '）', '】', '*':
		return true
	}
	return false
}

// minProseSize is the least size of a sentence-ended line that counts as
// prose: shorter ones are as often a tagline or a caption.
const minProseSize = 40

// isProse reports whether a line reads as running text: a paragraph of the
// story rather than a menu item, a label or a headline. A sentence ending
// and a few words are enough; a long line needs no ending, since some
// paragraphs end in a link or a quotation mark-less quote.
func (l *textLine) isProse() bool {
	if l.size >= 160 && l.letters*2 > l.size {
		return true
	}
	return l.end == endSentence && l.size >= minProseSize && (l.words >= 7 || l.size >= 60 && l.words*4 > l.size/2)
}
