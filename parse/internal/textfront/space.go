package textfront

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// White space in a copied page. A browser copy keeps tabs between table
// cells, no-break spaces from the markup, zero-width spaces and soft
// hyphens; a reader sees one space or none. Line breaks come in several
// forms too, which splitLines reads as one. Most lines need none of this,
// so the common bytes are stepped over in runs and only the rest is
// looked at rune by rune.

// softHyphen marks where a word may break; it is not part of the text.
const softHyphen = '\u00ad'

// normalizeSpace trims s and turns every run of white space (any Unicode
// space, tabs, zero-width spaces and NULs included) into one ASCII space,
// and drops soft hyphens.
// Bytes between spaces are copied in runs, not rune by rune.
func normalizeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	inSpace := false
	for i := 0; i < len(s); {
		c := s[i]
		if c > ' ' && c < utf8.RuneSelf || c >= utf8.RuneSelf && plainRune(s, i) > 0 {
			// A run of printable ASCII and of the commonest other runes
			// that stay as they are is copied whole, single spaces
			// between its words included.
			j := i
			for j < len(s) {
				if j+8 <= len(s) {
					x := textkit.Load64(s[j : j+8])
					if isPlainASCII8(x) {
						j += 8
						continue
					}
					// Past the printable bytes before the first that
					// is not, at once: otherwise each of them was a
					// byte on its own and eight more read again.
					if k := printablePrefix8(x); k > 0 {
						j += k
						continue
					}
				}
				d := s[j]
				if d > ' ' && d < utf8.RuneSelf {
					j++
					continue
				}
				if d == ' ' && j+1 < len(s) && s[j+1] > ' ' && s[j+1] < utf8.RuneSelf {
					j += 2
					continue
				}
				if d >= utf8.RuneSelf {
					if n := plainRune(s, j); n > 0 {
						j += n
						continue
					}
				}
				break
			}
			if inSpace && b.Len() > 0 {
				b.WriteByte(' ')
			}
			inSpace = false
			b.WriteString(s[i:j])
			i = j
			continue
		}
		n := 1
		isSpace := c <= ' '
		isBroken := false
		if c >= utf8.RuneSelf {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			isSpace = r == '\u00a0' || r == '\u200b' || r == '\ufeff' || unicode.IsSpace(r)
			isBroken = r == utf8.RuneError && n == 1
			if r == softHyphen {
				// It splits a word for the reader's eye only, as the
				// HTML tokenizer leaves it out.
				i += n
				continue
			}
		}
		if isSpace {
			inSpace = true
			i += n
			continue
		}
		if inSpace && b.Len() > 0 {
			b.WriteByte(' ')
		}
		inSpace = false
		if isBroken {
			b.WriteString("\ufffd")
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// isPlainASCII8 reports whether the eight bytes of x (the first lowest)
// are all printable ASCII or DEL, with no space beside another and none
// last: bytes that normalizeSpace's run of plain bytes steps over one or,
// for a space and the byte after it, two at a time.
func isPlainASCII8(x uint64) bool {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	// With no top bit set, no byte carries into the next below.
	if x&highs != 0 || (x+(0x80-' ')*ones)&highs != highs {
		return false
	}
	sp := ^((x ^ ' '*ones) + lows) & highs // the top bit of each space
	return sp&(sp<<8) == 0 && sp>>56 == 0
}

// printablePrefix8 returns how many of the eight bytes of x (the first
// lowest), from the first, are printable ASCII or DEL: none a space, a
// control character or a byte above ASCII.
func printablePrefix8(x uint64) int {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	// Of each byte the low seven bits plus 0x5f carry into its top bit
	// when they are '!' or above, and into no other byte; the top bit
	// of x marks the bytes above ASCII.
	other := (^((x & lows) + (0x80-'!')*ones) | x) & highs
	return bits.TrailingZeros64(other) >> 3
}

// plainRune returns the length of the rune at s[i] when it is a rune
// outside ASCII that normalizeSpace copies as it is, told by its bytes
// without decoding: every letter of two bytes (Latin, Greek, Cyrillic,
// Arabic, Hebrew), the dashes, quotes and bullets of the General
// Punctuation block and the symbols after it, and the three-byte runes
// from U+3000 to U+D7FF, those of CJK text and Hangul, less the
// ideographic space; or 0, for any other rune and for broken UTF-8,
// which normalizeSpace looks at closely. (The Unicode spaces, the
// zero-width space, the byte order mark and the soft hyphen are all
// outside what it takes: TestRuneRanges checks every rune, and
// TestPlainRuneBytes every sequence of three bytes.)
func plainRune(s string, i int) int {
	if i+1 >= len(s) || s[i+1]&0xc0 != 0x80 {
		return 0
	}
	c, d := s[i], s[i+1]
	switch {
	case c >= 0xc3 && c <= 0xdf: // U+00C0–U+07FF
		return 2
	case c == 0xc2: // U+0080–U+00BF: NEL, the no-break space and the soft hyphen are not
		if d != 0x85 && d != 0xa0 && d != 0xad {
			return 2
		}
		return 0
	}
	if i+2 >= len(s) || s[i+2]&0xc0 != 0x80 {
		return 0
	}
	e := s[i+2]
	switch {
	case c >= 0xe3 && c <= 0xec: // U+3000–U+CFFF, less U+3000
		if c == 0xe3 && d == 0x80 && e == 0x80 {
			return 0
		}
		return 3
	case c == 0xed: // U+D000–U+D7FF; from ED A0 on, surrogates
		if d < 0xa0 {
			return 3
		}
	case c == 0xe2:
		switch {
		case d == 0x80: // U+2010–U+2027, U+2030–U+203F
			if e >= 0x90 && e <= 0xa7 || e >= 0xb0 {
				return 3
			}
		case d == 0x81: // U+2040–U+205E
			if e <= 0x9e {
				return 3
			}
		case d >= 0x82: // U+2080–U+2FFF
			return 3
		}
	}
	return 0
}

// trimControls trims from both ends of s the bytes up to the ASCII space,
// controls included, and no-break spaces, which normalizeSpace drops
// there too.
func trimControls(s string) string {
	for len(s) > 0 {
		if s[0] <= ' ' {
			s = s[1:]
		} else if strings.HasPrefix(s, "\u00a0") {
			s = s[len("\u00a0"):]
		} else {
			break
		}
	}
	for len(s) > 0 {
		if s[len(s)-1] <= ' ' {
			s = s[:len(s)-1]
		} else if strings.HasSuffix(s, "\u00a0") {
			s = s[:len(s)-len("\u00a0")]
		} else {
			break
		}
	}
	return s
}

// lineSeparators turns the Unicode line and paragraph separators into
// LF: the only line breaks other than LF that a decoded page holds, since
// decoding turned CR, FF, VT and NEL into LF (textkit.CleanControls).
var lineSeparators = strings.NewReplacer("\u2028", "\n", "\u2029", "\n")

// hasLineSeparators reports whether doc holds U+2028 or U+2029.
func hasLineSeparators(doc string) bool {
	// They are E2 80 A8 and E2 80 A9: one pass over the E2 bytes, which
	// the quotes and dashes of most text begin with too, finds both; a
	// search for each read them all twice.
	for {
		i := strings.IndexByte(doc, 0xe2)
		if i < 0 || i+2 >= len(doc) {
			return false
		}
		if doc[i+1] == 0x80 && (doc[i+2] == 0xa8 || doc[i+2] == 0xa9) {
			return true
		}
		doc = doc[i+1:]
	}
}
