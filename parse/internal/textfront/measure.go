package textfront

import (
	"math"
	"unicode"
	"unicode/utf8"

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
	drawn                                               bool // a box-drawing bar or cross read, which isDrawnRow looks for
}

// measureLine fills in the features of l from its text, and reports
// whether the text is clean: no tab, control character, Unicode space or
// run of spaces, and no space at either end. The features of a text that
// is not clean are not to be used: normalise it and measure again.
func measureLine(l *textLine) bool {
	clean, _ := measureLineDrawn(l)
	if clean {
		l.flags.set(flagProse, readsAsProse(l))
	}
	return clean
}

// measureLineDrawn is measureLine that also reports, of a clean line,
// whether it holds a box-drawing bar "│" or cross "┼": isDrawnRow is
// true of no clean line without one, so splitLines need not ask it of
// the rest. It leaves a clean line's prose flag as it was: splitLines
// sets it once, when the line's other flags, which readsAsProse reads,
// are known.
func measureLineDrawn(l *textLine) (clean, drawn bool) {
	s := l.text
	// The CJK characters are counted on l itself: they are rare, and
	// every count kept live through the loop costs the common bytes.
	l.cjk = 0
	if len(s) > 0 && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return unclean(l), false
	}
	var n lineCounts
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			j, ok := asciiRun(s, i, &n)
			if !ok {
				return unclean(l), false
			}
			i = j
			continue
		}
		j, ok := runeRun(l, s, i, &n)
		if !ok {
			return unclean(l), false
		}
		i = j
	}
	l.size, l.words, l.letters, l.tokens = int32(len(s))-n.short, n.words, n.letters, n.tokens
	l.digits, l.caps, l.stops, l.commas = sat16(n.digits), sat16(n.caps), sat16(n.stops), sat16(n.commas)
	// Most lines end in a letter, a digit or a full stop, which the
	// table tells with no call.
	l.end = endOther
	if len(s) > 0 {
		if l.end = lastByteEnds[s[len(s)-1]]; l.end == endUnknown {
			l.end = lastMark(s)
		}
	}
	return true, n.drawn
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
		if c >= 0xe3 && c <= 0xe9 { // U+3000 to U+9FFF
			if k := ideographRun(s, i); k > 0 {
				// A stretch of ideographs of the common blocks, most of
				// a line of Chinese or Japanese: each is a word and a
				// token of its own, two of size and letters.
				i += 3 * k
				n.short += int32(k) * (3 - wideSize)
				n.letters += int32(k) * wideSize
				n.words += int32(k)
				n.tokens += int32(k)
				l.cjk = int16(min(int(l.cjk)+k, math.MaxInt16)) // at math.MaxInt16, unknown
				n.inWord, n.inToken = false, true
				continue
			}
		}
		r, size := rune(0), 0
		if r3, ok := textkit.DecodeCJK3(s, i); ok {
			// The blocks of Chinese and Japanese text, decoded inline.
			r, size = r3, 3
		} else if c >= 0xc2 && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			// Two bytes, which are always a rune written as short as
			// it can be: Greek, Cyrillic, Arabic and Hebrew text.
			r, size = rune(c&0x1f)<<6|rune(s[i+1]&0x3f), 2
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		// The common blocks of Han and the kana, as textkit.IsIdeograph
		// tells them, and punctuation, told by its ranges, before the
		// tables: IsIdeograph's for the rest of CJK, then the letter,
		// mark, digit and space searches, which cost a CJK page's
		// commas and stops a dozen binary searches each.
		ideograph := textkit.IsCommonIdeograph(r)
		punct := !ideograph && (textkit.IsGeneralPunct(r) || textkit.IsCJKPunct(r))
		switch {
		case ideograph || !punct && r != prolongedSoundMark && textkit.IsIdeograph(r):
			n.short += int32(size) - wideSize
			n.letters += wideSize
			n.words++
			if l.cjk < math.MaxInt16 { // at math.MaxInt16, unknown
				l.cjk++
			}
			n.tokens++
			n.inWord, n.inToken = false, true
		case textkit.IsHangulSyllable(r): // Hangul: a syllable is a word of the features only
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
		case r == prolongedSoundMark || textkit.IsLatinLetter(r) || isAlphabetLetter(r) || unicode.IsLetter(r) || unicode.IsMark(r):
			n.short += int32(size) - 1
			n.letters++
			if !n.inWord {
				n.words++
				if isAlphabetUpper(r) || !isAlphabetLetter(r) && r != prolongedSoundMark && unicode.IsUpper(r) {
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
			n.drawn = n.drawn || r == '│' || r == '┼'
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

// prolongedSoundMark, "ー", lengthens the vowel before it in Japanese,
// mostly in katakana words, and is the commonest letter of Japanese text
// outside the kana blocks (textkit.IsCommonIdeograph): a letter of no
// case and no ideograph, as its script is Common. runeRun tells it
// before the tables, which took three binary searches to find it no
// ideograph and more to find it a letter (TestProlongedSoundMark checks
// the tables agree).
const prolongedSoundMark = '\u30fc'

// ideographRun returns how many runes from s[i] on are ideographs of
// the common blocks (textkit.IsCommonIdeograph), all three bytes long,
// told by their bytes: U+4E00 to U+9FFF are E4 B8 to E9 BF with any
// third byte, the kana E3 81 81 to E3 82 96 and E3 82 A1 to E3 83 BA
// (TestIdeographRunBytes checks every sequence of three bytes).
func ideographRun(s string, i int) int {
	k := 0
	for ; i+3 <= len(s); i += 3 {
		w := s[i : i+3]
		c, d, e := w[0], w[1], w[2]
		if (d^0x80)|(e^0x80) >= 0x40 {
			break // not two continuation bytes
		}
		if c-0xe5 <= 0xe9-0xe5 || c == 0xe4 && d >= 0xb8 {
			k++ // Han: the commonest, tested first
			continue
		}
		if c != 0xe3 || !isKanaBytes(d, e) {
			break
		}
		k++
	}
	return k
}

// isKanaBytes reports whether E3 d e, with d and e continuation bytes,
// is one of the kana of textkit.IsCommonIdeograph: U+3041 to U+3096 and
// U+30A1 to U+30FA.
func isKanaBytes(d, e byte) bool {
	switch d {
	case 0x81:
		return e >= 0x81
	case 0x82:
		return e <= 0x96 || e >= 0xa1
	case 0x83:
		return e <= 0xba
	}
	return false
}

// isAlphabetLetter reports whether r is a letter of the basic Greek,
// Cyrillic or Arabic alphabets, told by their ranges before unicode's
// tables, a binary search of hundreds of ranges a rune
// (TestAlphabetLetters checks every rune).
func isAlphabetLetter(r rune) bool {
	return r >= 0x391 && r <= 0x3CE && r != 0x3A2 || r >= 0x400 && r <= 0x45F || r >= 0x620 && r <= 0x64A
}

// isAlphabetUpper reports whether r is one of isAlphabetLetter's capitals:
// Greek's (U+0391 to U+03AB) and Cyrillic's (U+0400 to U+042F).
func isAlphabetUpper(r rune) bool {
	return r >= 0x391 && r <= 0x3AB && r != 0x3A2 || r >= 0x400 && r <= 0x42F
}

// asciiRun counts into n the ASCII bytes of s from i, as far as the
// first byte above ASCII or the end of s, and returns where it stopped;
// or false when it meets what makes the line unclean, a control
// character or a space beside another.
//
// What a byte adds to the counts depends on its class and those of the
// two bytes before it, and runSteps holds the answer for every three:
// an index made of the three classes and one lookup a byte, with no
// test that can go either way. Every count of the answer is a byte of a
// word, so that one addition adds them all; they are added up into n
// once a block of at most 255 bytes, before a byte overflows.
//
//go:noinline
func asciiRun(s string, i int, n *lineCounts) (int, bool) {
	// The two bytes before the run: the class that stands for the
	// state the runes before left, and none before it.
	var at uint32
	switch {
	case n.inWord && n.inToken:
		at = runLower
	case n.inWord:
		at = runWordOnly
	case n.inToken:
		at = runUnder
	}
	for {
		var sum uint64
		end := min(len(s), i+255)
		// Eight bytes a step, read in one load, as long as none is
		// above ASCII. (Their classes are read from the loaded word,
		// not the string: read from both, the compiler loads the bytes
		// one by one and spills them.)
		for ; i+8 <= end; i += 8 {
			x := textkit.Load64(s[i : i+8])
			if x&0x8080808080808080 != 0 {
				break
			}
			at, sum = runStep2(at, sum, x)
			at, sum = runStep2(at, sum, x>>16)
			at, sum = runStep2(at, sum, x>>32)
			at, sum = runStep2(at, sum, x>>48)
		}
		// Then a byte at a time, to the block's end or the first byte
		// above ASCII.
		for ; i < end; i++ {
			c := runClass[s[i]]
			if c == runHigh {
				break
			}
			at = at<<4 | uint32(c)
			sum += runSteps[at&runIndexMask]
		}
		if sum>>56 != 0 {
			return i, false
		}
		n.letters += int32(sum & 0xff)
		n.digits += int32(sum >> 8 & 0xff)
		n.words += int32(sum >> 16 & 0xff)
		n.caps += int32(sum >> 24 & 0xff)
		n.tokens += int32(sum >> 32 & 0xff)
		n.stops += int32(sum >> 40 & 0xff)
		n.commas += int32(sum >> 48 & 0xff)
		if i < end || i == len(s) {
			break
		}
	}
	// The state after the last byte read: a joiner before a byte above
	// ASCII, or at the end, ends its word.
	c := at & 0xf
	n.inWord, n.inToken = c&runWord != 0, c&runWord != 0 || c == runUnder
	return i, true
}

// runStep2 reads the two low bytes of x, both ASCII, the lower first,
// as asciiRun reads a byte: it puts the class of each into at, the
// classes of the bytes before, and adds its step to sum.
func runStep2(at uint32, sum uint64, x uint64) (uint32, uint64) {
	at = at<<4 | uint32(runClass[uint8(x)])
	sum += runSteps[at&runIndexMask]
	at = at<<4 | uint32(runClass[uint8(x>>8)])
	return at, sum + runSteps[at&runIndexMask]
}

// The classes of bytes that asciiRun tells apart, four bits each. Those
// of letters and digits, which make words, have the top bit set.
const (
	runOther    = iota // punctuation that counts for nothing
	runSpace           // the ASCII space
	runJoin            // an apostrophe or a hyphen, which may join two parts of a word
	runUnder           // the underscore, which joins them and is part of a token
	runStop            // . ! ?
	runComma           // , ;
	runControl         // a control character, tab and DEL included
	_                  // unused: the classes of words start at runWord
	runLower           // a lower-case letter
	runUpper           // an upper-case letter
	runDigit           // a digit
	runWordOnly        // no byte's class: what the runes before a run leave when inside a word but not a token
	runWord     = 8    // the bit set in the classes of words
	runHigh     = 16   // a byte above ASCII, which ends the run: no class of four bits
)

// runIndexMask keeps of asciiRun's index the classes of the byte and the
// one before it, and of the byte before that whether it was of a word.
const runIndexMask = runWord<<8 | 0xff

// runClass is the class of each byte, as asciiClass tells them.
var runClass = func() (t [256]uint8) {
	for c := range t {
		k := asciiClass[c&0x7f]
		switch {
		case c >= utf8.RuneSelf:
			t[c] = runHigh
		case k&clsCtrl != 0:
			t[c] = runControl
		case k&clsWord != 0:
			t[c] = runLower + k&(clsUpper|clsDigit)>>1 // runUpper, runDigit
		}
	}
	t[' '], t['_'], t['\''], t['-'] = runSpace, runUnder, runJoin, runJoin
	t['.'], t['!'], t['?'], t[','], t[';'] = runStop, runStop, runStop, runComma, runComma
	return t
}()

// runSteps gives, for a byte's class and those of the two before it as
// asciiRun indexes them, what the byte adds to each count, one count a
// byte: letters, digits, words, capitals, tokens, stops, commas, and in
// the top byte whether it makes the line unclean. A word starts at a
// letter or digit that follows none, nor a joiner that follows one when
// it is a letter itself; a token at a letter, digit or underscore that
// follows none.
var runSteps = func() (t [runIndexMask + 1]uint64) {
	for at := range t {
		c, b, word2 := at&0xf, at>>4&0xf, at&(runWord<<8) != 0
		letter := c == runLower || c == runUpper
		word, token := c&runWord != 0, c&runWord != 0 || c == runUnder
		prevToken := b&runWord != 0 && b != runWordOnly || b == runUnder
		joined := (b == runJoin || b == runUnder) && word2 && letter
		var add [8]bool
		add[0] = letter
		add[1] = c == runDigit
		add[2] = word && b&runWord == 0 && !joined
		add[3] = add[2] && c == runUpper
		add[4] = token && !prevToken
		add[5] = c == runStop
		add[6] = c == runComma
		add[7] = c == runControl || c == runSpace && b == runSpace
		for k, yes := range add {
			if yes {
				t[at] |= 1 << (8 * k)
			}
		}
	}
	return t
}()

// endUnknown is no lineEnd: what lastByteEnds gives for a byte that does
// not tell a line's end alone.
const endUnknown lineEnd = 0xff

// lastByteEnds gives the lineEnd that a line's last byte tells alone, as
// lastMark tells it first: a letter or digit of ASCII, . ! ? or :. For
// any other byte it is endUnknown, and lastMark looks further.
var lastByteEnds = func() (t [256]lineEnd) {
	for c := range t {
		t[c] = endUnknown
		if textkit.IsASCIILetter(byte(c)) || c >= '0' && c <= '9' {
			t[c] = endOther
		}
	}
	t['.'], t['!'], t['?'], t[':'] = endSentence, endSentence, endSentence, endColon
	return t
}()

// unclean marks the CJK count of a line that measureLine refuses as
// unknown, and the line as no prose, and returns false. A line that
// normalisation leaves unclean (a DEL in it) keeps the zero features, and
// plainWords counts its CJK characters from its text, as it did before
// measureLine counted them.
func unclean(l *textLine) bool {
	l.cjk = math.MaxInt16
	l.flags.set(flagProse, false)
	return false
}

// sat16 narrows a count to int16, saturating: a line of more than 32767
// commas is no different from one of 32767.
func sat16(n int32) int16 { return int16(min(n, 1<<15-1)) }

// The classes of ASCII bytes that runClass starts from and forWords
// reads, as bits.
const (
	clsWord  = 1 << iota // a letter or a digit
	clsUpper             // an upper-case letter
	clsDigit             // a digit
	clsCtrl              // a control character, tab included
	clsToken             // a letter, a digit or _: what countWords counts as a word's
)

// asciiClass gives the class bits of each ASCII byte, one lookup a byte
// instead of a chain of tests.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = clsWord | clsToken
		case c >= 'A' && c <= 'Z':
			t[c] = clsWord | clsUpper | clsToken
		case c >= '0' && c <= '9':
			t[c] = clsWord | clsDigit | clsToken
		case c < ' ' || c == 0x7f:
			t[c] = clsCtrl
		}
	}
	t['_'] = clsToken
	return t
}()

// latinCase says whether two bytes are an accented Latin letter that
// runeRun tells by its bytes, and its case.
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
