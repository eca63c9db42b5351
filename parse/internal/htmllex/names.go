package htmllex

import (
	"golang.org/x/net/html/atom"
)

// KnownTagAt reports whether b starts with the name of a known HTML element
// followed by the end of a tag name.
func KnownTagAt(b []byte) bool {
	n := 0
	for n < len(b) && n < 16 && IsTagNameByte(b[n]) {
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

// IsTagNameByte reports whether c may be part of the name of a known HTML
// element: an ASCII letter or digit.
func IsTagNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
