package textkit

import (
	"math/bits"
	"unicode/utf8"
)

// ScanUTF8 reports whether b is valid UTF-8, as utf8.Valid does, and
// returns with it the index of b's first control character other than tab
// and newline, as HasControl finds them, or len(b) when b holds none; when
// b is not valid UTF-8 the index is 0 and means nothing. A page of plain
// text is asked both before it is read, and one pass over it, eight bytes
// at a time while they are ASCII letters, digits, punctuation and spaces,
// costs less than the two.
func ScanUTF8(b []byte) (valid bool, control int) {
	const highs = 0x8080808080808080
	i := 0
	for i < len(b) {
		if i+8 <= len(b) {
			x := load64(b[i : i+8])
			if printable8(x) {
				i += 8
				continue
			}
			m, hi := controlBytes8(x), x&highs
			if hi == 0 && m == 0 {
				i += 8
				continue
			}
			// The ASCII bytes before the first from 0x80 on are stepped
			// over at once, unless one of them is a control.
			ascii := hi&-hi - 1 // the bits below the first high byte, or all
			if m&ascii != 0 {
				i += bits.TrailingZeros64(m) >> 3
				return restValid(b, i)
			}
			i += bits.TrailingZeros64(hi) >> 3
		} else if c := b[i]; c < utf8.RuneSelf {
			if controlAt(b, i) {
				return restValid(b, i)
			}
			i++
			continue
		}
		// A run of characters from U+0080 on, such as a text in another
		// script than Latin is made of, is read a character at a time
		// without going back to the eight-byte test, which would fail at
		// each. Two-byte characters, the accented letters of Latin text
		// and the alphabets of Greek, Cyrillic, Hebrew and Arabic, and
		// the three-byte ones isPlain3 tells are told here; runeLen reads
		// the rest.
		for i < len(b) && b[i] >= utf8.RuneSelf {
			c := b[i]
			if c-0xC2 < 0xE0-0xC2 && i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
				if c == 0xC2 && b[i+1] <= 0x9F { // U+0080 to U+009F
					return restValid(b, i)
				}
				i += 2
				continue
			}
			if i+2 < len(b) && isPlain3(c, b[i+1], b[i+2]) {
				i += 3
				continue
			}
			n := runeLen(b, i)
			if n == 0 {
				return false, 0
			}
			i += n
		}
	}
	return true, len(b)
}

// restValid returns ScanUTF8's answer for b, whose first control is at
// i, all before it being valid: past it, only validity is wanted.
func restValid(b []byte, i int) (bool, int) {
	if !utf8.Valid(b[i:]) {
		return false, 0
	}
	return true, i
}

// runeLen returns the length of the character that b encodes at i, an
// index of a byte from 0x80 on, or 0 when the bytes there are no valid
// UTF-8: a lead byte that opens no encoding or an overlong one, too few
// continuation bytes, or a surrogate or a value past U+10FFFF.
func runeLen(b []byte, i int) int {
	c := b[i]
	// The range of the second byte, narrowed for the lead bytes whose
	// smallest or largest values are overlong, surrogates or out of range;
	// the other continuation bytes are 0x80 to 0xBF.
	lo, hi := byte(0x80), byte(0xBF)
	n := 0
	switch {
	case c < 0xC2:
		return 0
	case c < 0xE0:
		n = 2
	case c < 0xF0:
		n = 3
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c < 0xF5:
		n = 4
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 0
	}
	if i+n > len(b) {
		return 0
	}
	if d := b[i+1]; d < lo || d > hi {
		return 0
	}
	for k := i + 2; k < i+n; k++ {
		if b[k]&0xC0 != 0x80 {
			return 0
		}
	}
	return n
}

// isPlain3 reports whether c, d and e encode a character of three bytes
// from U+1000 on whose lead byte is not the surrogates' (ED): most of
// those of Asian scripts, and punctuation such as curly quotes. For such
// a lead byte any two continuation bytes are valid UTF-8, written as
// short as it can be, so no more need be checked.
func isPlain3(c, d, e byte) bool {
	return c-0xE1 < 0xF0-0xE1 && c != 0xED && d&0xC0 == 0x80 && e&0xC0 == 0x80
}

// DecodeCJK3 decodes the rune at s[i] when it is written in three bytes
// from U+3000 to U+9FFF, the blocks of Chinese and Japanese text, and
// reports whether it was. A lead byte from E3 to E9 and two continuation
// bytes are always such a rune, valid UTF-8 (no surrogate, none that
// could be written shorter), so it is decoded without a further check;
// callers on the hot paths of CJK text read any other rune their own way.
// It is small enough to be inlined, which DecodeRune is not.
func DecodeCJK3(s string, i int) (rune, bool) {
	if i+2 >= len(s) {
		return 0, false
	}
	c, d, e := s[i], s[i+1], s[i+2]
	if c < 0xE3 || c > 0xE9 || d&0xC0 != 0x80 || e&0xC0 != 0x80 {
		return 0, false
	}
	return rune(c&0x0F)<<12 | rune(d&0x3F)<<6 | rune(e&0x3F), true
}

// DecodeRune is utf8.DecodeRuneInString, with the characters isPlain3
// tells decoded inline: the standard one decodes them in a call that a
// Chinese, Japanese or Korean page makes at every character.
func DecodeRune(s string) (rune, int) {
	if len(s) >= 3 && isPlain3(s[0], s[1], s[2]) {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}
