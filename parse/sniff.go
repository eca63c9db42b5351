package parse

import (
	"bytes"

	"golang.org/x/net/html/atom"
)

// sniffLimit bounds how much of an input Sniff reads: the kind of a page
// shows in its first kilobytes, and sniffing must stay cheap on large ones.
const sniffLimit = 64 << 10

// Sniff reports whether b looks like HTML or like plain text. It reads the
// content, never a file name, and only the first 64 KiB of it.
//
// An input is HTML when, after any byte order mark and white space, it opens
// with markup (a doctype, a comment, an XML declaration or a known element),
// or when known HTML tags are dense in it. A text that merely quotes a tag
// or two, as articles about HTML do, stays text.
func Sniff(b []byte) Format {
	if _, _, n := sniffBOM(b); n > 0 && n != 3 {
		// UTF-16: look at the ASCII bytes only, which is enough for tags.
		b = bytes.ReplaceAll(b[n:min(len(b), sniffLimit)], []byte{0}, nil)
	} else {
		b = b[n:min(len(b), sniffLimit)]
	}
	b = bytes.TrimLeft(b, " \t\r\n\f")
	if len(b) > 1 && b[0] == '<' {
		switch c := b[1] | 0x20; {
		case b[1] == '!' || b[1] == '?':
			return FormatHTML
		case c >= 'a' && c <= 'z':
			if knownTagAt(b[1:]) {
				return FormatHTML
			}
		}
	}
	tags, lines := 0, 1
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '\n':
			lines++
		case '<':
			j := i + 1
			if j < len(b) && b[j] == '/' {
				j++
			}
			if j < len(b) && knownTagAt(b[j:]) {
				tags++
			}
		}
	}
	// Markup averages several tags a line; prose that quotes HTML has a few
	// in a whole page.
	if tags >= 3 && tags*2 >= lines {
		return FormatHTML
	}
	return FormatText
}

// knownTagAt reports whether b starts with the name of a known HTML element
// followed by the end of a tag name.
func knownTagAt(b []byte) bool {
	n := 0
	for n < len(b) && n < 16 && isTagNameByte(b[n]) {
		n++
	}
	if n == 0 || n == len(b) {
		return false
	}
	switch b[n] {
	case ' ', '>', '/', '\t', '\n', '\r', '\f':
	default:
		return false
	}
	var lower [16]byte
	for i := 0; i < n; i++ {
		lower[i] = b[i] | 0x20
	}
	return atom.Lookup(lower[:n]) != 0
}

func isTagNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
