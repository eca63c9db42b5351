package parse

import (
	"bytes"

	"github.com/artparse/artparse/parse/internal/htmllex"
)

// sniffLimit bounds how much of an input Sniff reads: the kind of a page
// shows in its first kilobytes, and sniffing must stay cheap on large ones.
const sniffLimit = 64 << 10

// Sniff reports whether b looks like HTML or like plain text. It reads the
// content, never a file name, and only the first 64 KiB of it; UTF-16,
// with a byte order mark or recognised by its zero bytes, is read through
// its ASCII characters.
//
// An input is HTML when, after any byte order mark and white space, it opens
// with a doctype, a comment or an XML declaration, or when known HTML tags
// are spread over its lines: a quarter of the lines hold one, or a tenth
// when the input opens with a tag. A text that merely quotes a tag or two,
// as articles about HTML do, stays text, and so does a browser copy that
// opens with the raw markup of a tracking pixel.
func Sniff(b []byte) Format {
	if enc, name, n := unicodeFrame(b); enc != nil && name != "utf-8" {
		// UTF-16, with a byte order mark or without: look at the ASCII
		// bytes only, which is enough for tags.
		b = bytes.ReplaceAll(b[n:min(len(b), sniffLimit)], []byte{0}, nil)
	} else {
		b = b[n:min(len(b), sniffLimit)]
	}
	b = bytes.TrimLeft(b, " \t\r\n\f")
	opensWithTag := false
	if len(b) > 1 && b[0] == '<' {
		switch c := b[1] | 0x20; {
		case b[1] == '!' || b[1] == '?':
			return FormatHTML
		case c >= 'a' && c <= 'z':
			opensWithTag = htmllex.KnownTagAt(b[1:])
			// A document's own root or head is markup, attributes or not.
			for _, root := range []string{"html", "head", "body"} {
				if opensWithTag && len(b) > len(root)+1 && bytes.EqualFold(b[1:1+len(root)], []byte(root)) && !htmllex.IsTagNameByte(b[1+len(root)]) {
					return FormatHTML
				}
			}
		}
	}
	tags, lines, tagged, marked := 0, 0, 0, 0
	lineTagged, lineText := false, false
	endLine := func() {
		if lineText {
			lines++
			if lineTagged {
				tagged++
			}
		}
		lineTagged, lineText = false, false
	}
	// Line by line, and within a line from one '<' to the next, each found
	// by bytes.IndexByte: a byte-at-a-time loop cost a seventh of a plain
	// text parse.
	for i := 0; i < len(b); {
		end := len(b)
		if k := bytes.IndexByte(b[i:], '\n'); k >= 0 {
			end = i + k
		}
		for i < end {
			k := bytes.IndexByte(b[i:end], '<')
			if k < 0 {
				lineText = lineText || hasNonSpace(b[i:end])
				i = end
				break
			}
			lineText = true // the '<' itself is text on the line
			i += k
			j := i + 1
			closing := j < len(b) && b[j] == '/'
			if closing {
				j++
			}
			if j >= len(b) || !htmllex.KnownTagAt(b[j:]) {
				i++
				continue
			}
			tags++
			lineTagged = true
			if closing || hasAttribute(b[j:]) {
				marked++
			}
			i++
			// The body of a script or a style is not lines of the page,
			// and its end tag, skipped with it, is markup.
			if !closing {
				if k, closed := rawTextEnd(b, j); k > i-1 {
					if closed {
						marked++
					}
					i = k
					if i > end {
						// The skip ran past this line's end: the line
						// goes on after it.
						end = len(b)
						if k := bytes.IndexByte(b[i:], '\n'); k >= 0 {
							end = i + k
						}
					}
				}
			}
		}
		if i < len(b) {
			endLine()
			i++ // the '\n'
		}
	}
	endLine()
	// Markup puts tags on most lines, with attributes and end tags; prose
	// that quotes HTML has bare tags on a few.
	if marked > 0 && (tags >= 3 && tagged*4 >= lines || opensWithTag && tagged*10 >= lines) {
		return FormatHTML
	}
	return FormatText
}

// hasNonSpace reports whether b holds a byte other than the blanks of a
// line (space, tab, carriage return, form feed).
func hasNonSpace(b []byte) bool {
	for _, c := range b {
		switch c {
		case ' ', '\t', '\r', '\f':
		default:
			return true
		}
	}
	return false
}

// hasAttribute reports whether the tag whose name starts b has an
// attribute with a value before it closes.
func hasAttribute(b []byte) bool {
	for i := 0; i < len(b) && i < 512; i++ {
		switch b[i] {
		case '>', '<', '\n':
			return false
		case '=':
			return true
		}
	}
	return false
}

// rawTextEnd returns the index just past the end tag of the script or
// style element whose name starts b[j:], or -1 for any other element, and
// whether the end tag was found (the element may run to the end of b).
func rawTextEnd(b []byte, j int) (int, bool) {
	var end []byte
	switch {
	case len(b)-j > 6 && bytes.EqualFold(b[j:j+6], []byte("script")):
		end = []byte("</script")
	case len(b)-j > 5 && bytes.EqualFold(b[j:j+5], []byte("style")):
		end = []byte("</style")
	default:
		return -1, false
	}
	rest := b[j:]
	for {
		k := bytes.Index(rest, []byte("</"))
		if k < 0 {
			return len(b), false
		}
		if len(rest)-k >= len(end) && bytes.EqualFold(rest[k:k+len(end)], end) {
			return len(b) - len(rest) + k + len(end), true
		}
		rest = rest[k+2:]
	}
}
