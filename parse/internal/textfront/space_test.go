package textfront

import (
	"testing"
	"unicode/utf8"
)

// TestPlainRuneBytes holds plainRune, which tells runes by their bytes,
// to utf8's decoding on every sequence of one to three bytes (the
// shorter ones cut short by the end of the text): what it takes is one
// valid rune of the length it says, never a broken or cut-off one.
func TestPlainRuneBytes(t *testing.T) {
	var b [3]byte
	for x := 0; x < 1<<24; x++ {
		b[0], b[1], b[2] = byte(x>>16), byte(x>>8), byte(x)
		if b[0] < 0x80 {
			x |= 0xffff // plainRune takes no ASCII byte; skip to the next lead byte
			continue
		}
		for n := 1; n <= 3; n++ {
			s := string(b[:n])
			k := plainRune(s, 0)
			if k == 0 {
				continue
			}
			if r, size := utf8.DecodeRuneInString(s); r == utf8.RuneError || size != k {
				t.Fatalf("plainRune(% x) = %d, but it decodes as %U of %d bytes", s, k, r, size)
			}
		}
	}
}
