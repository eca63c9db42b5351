package textfront

import (
	"math"
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// Measuring a line: its words, letters, digits, capitals and marks, in
// one pass over its bytes. Most bytes of a page are ASCII, and asciiRun
// reads them eight at a time; the rest are read rune by rune.

// lineCounts are the counts measureLine keeps as it reads a line, and the
// state that carries from one byte to the next: whether the last byte
// read was inside a word of the features (which an apostrophe or a hyphen
// does not end) and inside a token of textkit.CountWords (which they do).
type lineCounts struct {
	words, letters, digits, caps, tokens, stops, commas int32
	short                                               int32 // bytes of runes past what they count in size
	inWord, inToken                                     bool
}

// measureLine fills in the features of l from its text, and reports
// whether the text is clean: no tab, control character, Unicode space or
// run of spaces, and no space at either end. The features of a text that
// is not clean are not to be used: normalise it and measure again.
func measureLine(l *textLine) bool {
	s := l.text
	// The CJK characters are counted on l itself: they are rare, and
	// every count kept live through the loop costs the common bytes.
	l.cjk = 0
	if len(s) > 0 && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return unclean(l)
	}
	var n lineCounts
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			j, ok := asciiRun(s, i, &n)
			if !ok {
				return unclean(l)
			}
			i = j
			continue
		}
		j, ok := runeRun(l, s, i, &n)
		if !ok {
			return unclean(l)
		}
		i = j
	}
	l.size, l.words, l.letters, l.tokens = int32(len(s))-n.short, n.words, n.letters, n.tokens
	l.digits, l.caps, l.stops, l.commas = sat16(n.digits), sat16(n.caps), sat16(n.stops), sat16(n.commas)
	l.end = lastMark(s)
	l.prose = readsAsProse(l)
	return true
}

// runeRun counts into n the runes above ASCII of s from i, as far as
// the next ASCII byte or the end of s, and returns where it stopped; or
// false when it meets one that makes the line unclean.
func runeRun(l *textLine, s string, i int, n *lineCounts) (int, bool) {
	for i < len(s) && s[i] >= utf8.RuneSelf {
		c := s[i]
		// The accented Latin letters of two bytes, most of those
		// outside ASCII in European text, are told by their bytes.
		if i+1 < len(s) {
			if lc := latinAt(c, s[i+1]); lc != latinNone {
				n.short++
				n.letters++
				if !n.inWord {
					n.words++
					if lc == latinUpper || lc == latinOther && unicode.IsUpper(rune(c&0x1f)<<6|rune(s[i+1]&0x3f)) {
						n.caps++
					}
				}
				if !n.inToken {
					n.tokens++
				}
				n.inWord, n.inToken = true, true
				i += 2
				continue
			}
		}
		var r rune
		var size int
		if c >= 0xe3 && c <= 0xe9 && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 {
			// Three bytes from U+3000 to U+9FFF, the blocks of Chinese
			// and Japanese text, decoded here: none of them is a
			// surrogate or could be written shorter.
			r, size = rune(c&0x0f)<<12|rune(s[i+1]&0x3f)<<6|rune(s[i+2]&0x3f), 3
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		// The common blocks of Han and the kana, as textkit.IsIdeograph
		// tells them, and punctuation, told by its ranges, before the
		// tables: IsIdeograph's for the rest of CJK, then the letter,
		// mark, digit and space searches, which cost a CJK page's
		// commas and stops a dozen binary searches each.
		ideograph := r >= 0x4E00 && r <= 0x9FFF || r >= 0x3041 && r <= 0x3096 || r >= 0x30A1 && r <= 0x30FA
		punct := !ideograph && (textkit.IsGeneralPunct(r) || textkit.IsCJKPunct(r))
		switch {
		case ideograph || !punct && textkit.IsIdeograph(r):
			n.short += int32(size) - wideSize
			n.letters += wideSize
			n.words++
			if l.cjk < math.MaxInt16 { // at math.MaxInt16, unknown
				l.cjk++
			}
			n.tokens++
			n.inWord, n.inToken = false, true
		case r >= 0xAC00 && r <= 0xD7A3: // Hangul: a syllable is a word of the features only
			n.short += int32(size) - wideSize
			n.letters += wideSize
			n.words++
			if l.cjk < math.MaxInt16 { // at math.MaxInt16, unknown
				l.cjk++
			}
			if !n.inToken {
				n.tokens++
			}
			n.inWord, n.inToken = false, true
		case punct:
		case textkit.IsLatinLetter(r) || unicode.IsLetter(r) || unicode.IsMark(r):
			n.short += int32(size) - 1
			n.letters++
			if !n.inWord {
				n.words++
				if unicode.IsUpper(r) {
					n.caps++
				}
			}
			if !n.inToken {
				n.tokens++
			}
			n.inWord, n.inToken = true, true
		case unicode.IsDigit(r):
			n.short += int32(size) - 1
			n.digits++
			if !n.inWord {
				n.words++
			}
			if !n.inToken {
				n.tokens++
			}
			n.inWord, n.inToken = true, true
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == softHyphen || r == utf8.RuneError && size == 1:
			return i, false
		default:
			punct = true
		}
		if punct {
			n.inToken = false
			n.short += int32(size) - 1
			switch r {
			case '。', '！', '？', '…', '؟', '।':
				n.stops++
			case '，', '、', '،', '；', '؛':
				n.commas++
			}
			// A curly apostrophe inside a word, before an ASCII letter,
			// does not end it.
			n.inWord = n.inWord && r == '’' && i < len(s) && textkit.IsASCIILetter(s[i])
		}
	}
	return i, true
}

// asciiRun counts into n the ASCII bytes of s from i, as far as the
// first byte above ASCII or the end of s, and returns where it stopped;
// or false when it meets what makes the line unclean, a control
// character or a space beside another.
//
// It reads eight bytes at a time, each byte's class a bit in a word of
// eight (the top bit of each byte): letters, digits and spaces by
// adding to all eight at once (with no top bit set, no byte carries into
// the next), and the rare other bytes, punctuation and controls, by
// asciiClass one at a time. A word starts at a letter or digit that
// follows no letter or digit, nor an apostrophe, hyphen or underscore
// that follows one, a letter following it; a token at a letter, digit or
// underscore that follows none. The bytes from the first above ASCII
// on are left out by valid, the carries of an addition moving only up,
// to later bytes.
//
// Each class is counted in the bytes of a word, two classes to a byte
// (one in each half), and added up once a block of steps; the classes
// of the byte before the eight are kept in one word. A count for every
// eight bytes, or a word for each class, kept more values live than
// the registers hold, and the compiler stored and reloaded them at
// every step.
//
//go:noinline
func asciiRun(s string, i int, n *lineCounts) (int, bool) {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	// The classes of the byte before the eight, in the lowest byte: in
	// a word (the top bit), in a token (the next), a space (the next).
	var prev uint64
	if n.inWord {
		prev |= 0x80
	}
	if n.inToken {
		prev |= 0x40
	}
	if len(s) < 8 {
		// A short line is read from a copy, its bytes past the end
		// above ASCII, so that the loop reads eight bytes from where
		// it starts.
		b := [8]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}
		copy(b[:], s)
		s = unsafe.String(&b[0], len(b))
	}
	for {
		// Letters and digits; word starts and those in upper case;
		// token starts: one count in each half of each byte.
		var sumWD, sumStarts, sumTokens uint64
		for lim := min(len(s), i+8*maxChunks); i < lim; {
			var x uint64
			if rem := len(s) - i; rem >= 8 {
				x = textkit.Load64(s[i : i+8])
			} else {
				// The bytes past s read as bytes above ASCII, which
				// end the run.
				x = textkit.Load64(s[len(s)-8:])>>(64-8*rem) | ^uint64(0)<<(8*rem)
			}
			// The run takes the bytes before the first above ASCII.
			hi := x & highs
			valid := (hi&-hi - 1) & highs
			folded := x | 0x20*ones // upper case read as lower
			letter := (folded + (0x80-'a')*ones) &^ (folded + (0x80-'z'-1)*ones) & valid
			digit := (x + (0x80-'0')*ones) &^ (x + (0x80-'9'-1)*ones) & valid
			space := ^((x ^ ' '*ones) + lows) & valid
			word := letter | digit
			token := word
			wordStart := word &^ (word<<8 | prev&0x80)
			if other := valid &^ (word | space); other != 0 {
				// A control character below the space, or DEL, which
				// the addition of one moves to the top bit.
				if (^(x+(0x80-' ')*ones)|(x+ones))&valid != 0 {
					return i, false
				}
				n.stops += countTops(byteIs(x, '.', valid) | byteIs(x, '!', valid) | byteIs(x, '?', valid))
				n.commas += countTops(byteIs(x, ',', valid) | byteIs(x, ';', valid))
				under := byteIs(x, '_', valid)
				token |= under
				// An apostrophe, hyphen or underscore after a word's
				// letter or digit, before a letter, does not end it.
				joiner := (byteIs(x, '\'', valid) | byteIs(x, '-', valid) | under) & (word<<8 | prev&0x80)
				wordStart &^= joiner << 8 & letter
				if joiner>>63 != 0 && hi == 0 && i+8 < len(s) {
					// The letter after it is the next step's first
					// byte, which the next step takes for a word's
					// start: it is none.
					if c := s[i+8]; textkit.IsASCIILetter(c) {
						n.words--
						if c <= 'Z' {
							n.caps--
						}
					}
				}
			}
			if space&(space<<8|prev<<2&0x80) != 0 {
				return i, false
			}
			sumWD += word>>7 | digit>>3
			sumStarts += wordStart>>7 | wordStart&^(x<<2)&letter>>3 // a letter's 0x20 bit, at the top, is clear in upper case
			sumTokens += (token &^ (token<<8 | prev<<1&0x80)) >> 7
			if hi != 0 {
				if sh := bits.TrailingZeros64(hi) - 7; sh > 0 {
					// The last byte taken, moved to the top.
					i += sh >> 3
					prev = (word | token>>1 | space>>2) << (64 - sh) >> 56
				}
				break
			}
			i += 8
			prev = (word | token>>1 | space>>2) >> 56
		}
		const nibbles = 0x0f0f0f0f0f0f0f0f
		d := int32((sumWD >> 4 & nibbles) * ones >> 56)
		n.letters += int32((sumWD&nibbles)*ones>>56) - d
		n.digits += d
		n.words += int32((sumStarts & nibbles) * ones >> 56)
		n.caps += int32((sumStarts >> 4 & nibbles) * ones >> 56)
		n.tokens += int32(sumTokens * ones >> 56)
		if i >= len(s) || s[i] >= utf8.RuneSelf {
			break
		}
	}
	// The state after the last byte read: a joiner before a byte above
	// ASCII, or at the end, ends its word.
	n.inWord, n.inToken = prev&0x80 != 0, prev&0x40 != 0
	return i, true
}

// byteIs marks with its top bit each byte of x that is c, of those
// valid marks, x holding no byte above ASCII among them.
func byteIs(x uint64, c byte, valid uint64) uint64 {
	const ones, lows = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f
	return ^((x ^ uint64(c)*ones) + lows) & valid
}

// maxChunks is the most eight-byte steps asciiRun counts in the halves
// of a word's bytes before it adds them up: at most 15 in each half.
const maxChunks = 15

// countTops counts the bytes of m whose top bit is set, m having no
// other bit set: moved to each byte's lowest bit and multiplied by a one
// in every byte, they add up in the top byte, at most 8, with no carry.
// bits.OnesCount64 gives the same count, but unless the build targets a
// CPU known to have POPCNT it is a test and a call that may be taken.
func countTops(m uint64) int32 {
	const ones = 0x0101010101010101
	return int32((m >> 7) * ones >> 56)
}

// unclean marks the CJK count of a line that measureLine refuses as
// unknown, and the line as no prose, and returns false. A line that normalisation leaves unclean
// (a DEL in it) keeps the zero features, and plainWords counts its CJK
// characters from its text, as it did before measureLine counted them.
func unclean(l *textLine) bool {
	l.cjk, l.prose = math.MaxInt16, false
	return false
}

// sat16 narrows a count to int16, saturating: a line of more than 32767
// commas is no different from one of 32767.
func sat16(n int32) int16 { return int16(min(n, 1<<15-1)) }

// The classes of ASCII bytes that measureLine tells apart, as bits.
const (
	clsWord  = 1 << iota // a letter or a digit
	clsUpper             // an upper-case letter
	clsDigit             // a digit
	clsCtrl              // a control character, tab included
	clsStop              // . ! ?
	clsComma             // , ;
	clsJoin              // ' - _ may join the parts of a word
	clsToken             // a letter, a digit or _: what countWords counts as a word's; the top bit
)

// asciiClass gives the class bits of each ASCII byte, so measureLine's
// inner loop makes one lookup per byte instead of a chain of tests.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = clsWord
		case c >= 'A' && c <= 'Z':
			t[c] = clsWord | clsUpper
		case c >= '0' && c <= '9':
			t[c] = clsWord | clsDigit
		case c < ' ' || c == 0x7f:
			t[c] = clsCtrl
		}
	}
	t['.'], t['!'], t['?'] = clsStop, clsStop, clsStop
	t[','], t[';'] = clsComma, clsComma
	t['\''], t['-'], t['_'] = clsJoin, clsJoin, clsJoin|clsToken
	for c := range t {
		if t[c]&clsWord != 0 {
			t[c] |= clsToken
		}
	}
	return t
}()

// latinCase says whether two bytes are an accented Latin letter that
// measureRune tells by its bytes, and its case.
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
// is left to unicode.IsUpper.
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
