package textkit

import (
	"strings"
)

// CollapseSpace trims s and turns every run of white space into one space.
// Text that is already so (most of it) is returned as it is, without a
// copy.
func CollapseSpace(s string) string {
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
