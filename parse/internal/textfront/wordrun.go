package textfront

import (
	"math/bits"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// The runs of a line that measureLine counts eight bytes at a time: most
// bytes of a page are letters, digits and single spaces inside a run of
// words, and wordRun steps over them, counting, without the rune-by-rune
// tests the rest of a line needs.

// runCounts are the counts of a run of wordRun, which measureLine adds
// to its own.
type runCounts struct {
	letters, digits, words, caps, tokens, stops, commas int32
	short                                               int32 // bytes of two-byte letters past their first, which size leaves out
}

// wordRun runs through s from i, inside a word, as far as only counts
// change: letters and digits, a single space, apostrophe or hyphen
// followed by what goes on with a word, and punctuation followed by a
// space and a word, and the accented Latin letters of two bytes inside
// a word or opening one after a space (see latinAt). Most bytes of a page
// are such. It returns where the run ends and its counts. It reads eight bytes at a time as far as they are letters, digits and spaces before a word, and looks
// at the byte that stops them on its own. It is a function of its own,
// not inlined, so that its loop has the registers to itself: inside
// measureLine, with its dozen counts live, the compiler stored and
// reloaded two of them at every byte.
//
//go:noinline
func wordRun(s string, i int) (int, runCounts) {
	t := s[i:]
	// The counts that only the steps of one byte change are kept in
	// rare, which the compiler leaves in memory (a struct of more than
	// four fields): with them in registers, the eight-byte step had too
	// few left for its masks and stored and reloaded its counts. A byte
	// that joins two parts of a word, a punctuation mark or the second
	// byte of a letter is no letter, which letters is told at once.
	var rare runCounts
	var sp, up, dg int32
	j := 0
	for j < len(t) {
		if rem := len(t) - j; rem > 8 || len(s) >= 8 {
			// Eight bytes at once (the first lowest), and the byte after
			// them (a NUL after the last of s): how many of them, from the first, are letters,
			// digits or spaces before a letter or a digit, which only
			// add to the counts. Of each byte only the low seven bits
			// are compared, and adding to them carries into no other
			// byte, so one addition compares all eight with a bound;
			// the top bit of ascii drops the bytes above ASCII, which
			// alias others in their low bits. Each mask below holds the
			// top bit of the bytes it names. (In a function of its own
			// the compiler would not inline it.)
			const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
			var x uint64
			var next byte
			if rem > 8 {
				x, next = textkit.Load64(t[j:j+8]), t[j+8]
			} else {
				// The last eight bytes of s, shifted down to the rem of
				// them left: the NULs shifted in stop the run there.
				x = textkit.Load64(s[len(s)-8:]) >> (8 * (8 - rem))
			}
			low, ascii := x&lows, ^x&highs
			folded := low | 0x20*ones // upper case read as lower
			letter := (folded + (0x80-'a')*ones) &^ (folded + (0x80-'z'-1)*ones) & ascii
			digit := (low + (0x80-'0')*ones) &^ (low + (0x80-'9'-1)*ones) & ascii
			space := ^((low ^ ' '*ones) + lows) & ascii
			word := letter | digit
			upper := letter &^ (x << 2) // a letter's 0x20 bit, moved to its top bit, is clear in upper case
			// What follows each byte, with next after the last.
			var nextWord, nextUpper uint64
			if next-'0' < 10 || (next|0x20)-'a' < 26 {
				nextWord = 1 << 63
			}
			if next-'A' < 26 {
				nextUpper = 1 << 63
			}
			spaces := space & (word>>8 | nextWord)
			stop := ^(word | spaces) & highs
			before := stop&-stop - 1 // the bits below the first byte that stops the run, or all
			dg += countTops(digit & before)
			sp += countTops(spaces & before)
			up += countTops(spaces & (upper>>8 | nextUpper) & before)
			n := bits.TrailingZeros64(stop) >> 3
			j += n
			if n == 8 || j == len(t) {
				continue
			}
		}
		// One byte on its own: the one that stopped the eight, or one of
		// a line shorter than eight bytes.
		c := t[j]
		j++
		if c-'a' < 26 || c-'A' < 26 {
			continue
		}
		if c-'0' < 10 {
			dg++
			continue
		}
		if j >= len(t) {
			j--
			break
		}
		d := t[j]
		if latinAt(c, d) != latinNone {
			// A letter inside the word: it goes on.
			j++
			rare.short++
			rare.letters--
			continue
		}
		switch c {
		case ' ':
			// A word's start: of both counts, with a capital if it
			// opens with one.
			switch {
			case d-'a' < 26, d-'0' < 10:
			case d-'A' < 26:
				up++
			case j+1 < len(t) && latinAt(d, t[j+1]) == latinUpper:
				up++
			case j+1 < len(t) && latinAt(d, t[j+1]) == latinLower: // of Latin-1, whose case is known
			default:
				j--
				goto end
			}
			sp++
		case '\'', '-':
			// Joined to a letter, the word goes on; countWords starts a
			// token.
			if (d|0x20)-'a' >= 26 {
				j--
				goto end
			}
			rare.tokens++
			rare.letters--
		default:
			// Punctuation ends the word; a space and a word after it
			// go on with the run. The underscore is part of a token,
			// and a control character makes the line unclean: both
			// are left to measureLine.
			if c >= utf8.RuneSelf || d != ' ' || j+1 >= len(t) {
				j--
				goto end
			}
			k := asciiClass[c]
			if e := t[j+1]; k&(clsCtrl|clsToken) != 0 || (e|0x20)-'a' >= 26 && e-'0' >= 10 {
				j--
				goto end
			}
			rare.letters--
			if k&clsStop != 0 {
				rare.stops++
			} else if k&clsComma != 0 {
				rare.commas++
			}
		}
		// The next byte, a letter, a digit or a space, is counted at the
		// next step.
	}
end:
	// Every byte is a letter but the spaces, the digits and those told
	// to rare.letters above.
	rare.letters += int32(j) - sp - dg
	rare.digits, rare.words, rare.caps = dg, sp, up
	rare.tokens += sp
	return i + j, rare
}

// countTops counts the bytes of m whose top bit is set, m having no
// other bit set: moved to each byte's lowest bit and multiplied by a one
// in every byte, they add up in the top byte, at most 8, with no carry.
// bits.OnesCount64 gives the same count, but unless the build targets a
// CPU known to have POPCNT it is a test and a call that may be taken,
// around which wordRun's counts went to the stack at every eight bytes.
func countTops(m uint64) int32 {
	const ones = 0x0101010101010101
	return int32((m >> 7) * ones >> 56)
}

// latinCase says whether two bytes are an accented Latin letter that
// wordRun takes into its run, and its case.
type latinCase uint8

const (
	latinNone  latinCase = iota
	latinLower           // a lower-case letter of Latin-1
	latinUpper           // an upper-case letter of Latin-1
	latinOther           // a letter of Latin Extended-A or B, of either case
)

// latinAt tells whether the bytes c and d are one of the letters of
// Latin-1 and Latin Extended-A and B that most European text holds,
// U+00C0 to U+023F (lead bytes C3 to C8) but × and ÷: all are letters
// (textkit.IsLatinLetter). Those of Latin-1 (lead byte C3) are upper
// case up to U+00DE and lower case from U+00DF; the case of the others
// is not worked out here, so wordRun takes them only inside a word,
// where case counts for nothing.
func latinAt(c, d byte) latinCase {
	switch {
	case c < 0xc3 || c > 0xc8 || d < 0x80 || d > 0xbf:
		return latinNone
	case c != 0xc3:
		return latinOther
	case d == 0x97 || d == 0xb7: // × and ÷
		return latinNone
	case d < 0x9f:
		return latinUpper
	}
	return latinLower
}
