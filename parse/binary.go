package parse

import (
	"bytes"
	"encoding/binary"
	"math/bits"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// What is text: an input is binary when it opens like a known binary
// format or when control codes are more than a measured share of its
// first bytes; and UTF-16 without a byte order mark is told from binary by
// the places of its zero bytes.

// binaryWindow is how much of an input the binary rule reads: such files
// show themselves in their first kilobytes, and Parse can then refuse an
// input of any size having read only that much.
const binaryWindow = 8 << 10

// binaryShare sets the binary rule's threshold: an input is binary when
// more than one byte in binaryShare of its window (plus one, for tiny
// inputs) is a control code that no text uses (see controlBytes). Of the
// 3,220 pages of the evaluation corpus, the most had 0.02% such bytes in
// their first 8 KiB; of 3,100 binary files of a Linux system without a
// magic number listed in binaryMagic or with one (libraries, executables,
// gzip and zip archives, images, fonts, message catalogues), the fewest had
// 7.4% (a gzip file), and random bytes have 10%. One in a hundred lies
// between, with a wide margin on each side, so a page with a few stray
// NULs or escapes is text, and they are dropped from it.
const binaryShare = 100

// OpeningLen is how many of an input's first bytes CheckOpening reads:
// the binary rule's window, past a byte order mark of up to three bytes.
const OpeningLen = binaryWindow + 3

// CheckOpening applies to the opening of an input the binary rule that
// Parse and ParseBytes apply before anything else: given the first
// OpeningLen bytes of an input (or all of a shorter one), it returns
// ErrBinary when the whole input would be refused as binary, and nil when
// it would not, whatever follows. A caller that reads large inputs itself
// can so refuse one having read only its opening. It fails as Parse does
// when opt.Encoding names no encoding.
func CheckOpening(head []byte, opt Options) error {
	h, err := opt.charsetHints()
	if err != nil {
		return err
	}
	if isBinary(head[:min(len(head), OpeningLen)], h) {
		return ErrBinary
	}
	return nil
}

// binaryMagic lists the opening bytes of common non-text files that people
// save next to their pages with an .html name.
var binaryMagic = [][]byte{
	[]byte("%PDF-"), []byte("\x89PNG"), []byte("\xFF\xD8\xFF"), []byte("GIF8"),
	[]byte("PK\x03\x04"), []byte("\x7FELF"), []byte("MZ"), []byte("\x1F\x8B"),
}

// isBinary is the binary rule for an input read with the hints h: it
// reads at most binaryWindow bytes past any byte order mark, so b may be
// the input's opening only. UTF-16 text (with a byte order mark, or
// recognised by sniffUTF16) is judged by the text it decodes to, where
// its zero bytes are gone; other input by its bytes.
func isBinary(b []byte, h charsetHints) bool {
	if h.override != nil {
		return looksBinary(b)
	}
	enc, name, n := unicodeFrame(b)
	switch {
	case enc == nil:
		return looksBinary(b)
	case name == "utf-8":
		// A UTF-8 mark vouches for neither the bytes' validity nor
		// their being text (fuzzing found both).
		return looksBinary(b[n:])
	}
	head := b[n:min(len(b), n+binaryWindow)]
	s, err := enc.NewDecoder().Bytes(head[:len(head)&^1])
	return err != nil || controlHeavy(s)
}

// binaryScanned is isBinary(b, h) for an input that scan read, when
// scan.done. The rule reads b's opening for control codes, zero bytes
// (which are controls) and the byte order marks of UTF-16 (which are not
// UTF-8): in an opening of valid UTF-8 with no control, as most text is,
// only the marks of binary formats are left to look for, after any UTF-8
// byte order mark. TestBinaryScanned holds it to isBinary.
func binaryScanned(b []byte, h charsetHints, scan textScan) bool {
	if !scan.done || !scan.valid || scan.control < min(len(b), OpeningLen) {
		return isBinary(b, h)
	}
	if _, name, n := sniffBOM(b); name == "utf-8" && h.override == nil {
		b = b[n:]
	}
	return hasBinaryMagic(b)
}

// unicodeFrame returns the Unicode encoding that b's byte order mark
// names, with the mark's length, or else UTF-16 when sniffUTF16 recognises
// it (with no mark to skip), or nil.
func unicodeFrame(b []byte) (encoding.Encoding, string, int) {
	if enc, name, n := sniffBOM(b); enc != nil {
		return enc, name, n
	}
	enc, name := sniffUTF16(b)
	return enc, name, 0
}

// UTF-16 text without a byte order mark is recognised by the zero bytes
// of its characters below U+0100: the markup of any page and the text of
// Latin-script languages. In UTF-16LE they are the second byte of each
// pair, in UTF-16BE the first. It is UTF-16 when at least one pair in
// utf16MinShare has a zero on one side (a page's markup alone is more than
// that), and the other side has zeros at most one time in utf16Contrast as
// often (a character such as U+4E00 has its zero on the other side; a
// binary file has zeros on both). Text in UTF-16 with little markup and
// few Latin letters, such as a Chinese story saved as plain text, is not
// recognised, and fails as binary.
const (
	utf16MinShare = 2
	utf16Contrast = 16
)

// sniffUTF16 recognises UTF-16 without a byte order mark in the first
// binaryWindow bytes of b, and returns its encoding and name, or nil.
func sniffUTF16(b []byte) (encoding.Encoding, string) {
	head := b[:min(len(b), binaryWindow)&^1]
	pairs := len(head) / 2
	if pairs == 0 || bytes.IndexByte(head, 0) < 0 {
		return nil, ""
	}
	even, odd := 0, 0
	for i := 0; i < len(head); i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	switch {
	case odd*utf16MinShare >= pairs && even*utf16Contrast <= odd:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case even*utf16MinShare >= pairs && odd*utf16Contrast <= even:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	return nil, ""
}

// looksBinary reports whether b is evidently not text: it starts like a
// known binary format, or is thick with control codes (controlHeavy).
func looksBinary(b []byte) bool {
	return hasBinaryMagic(b) || controlHeavy(b)
}

// hasBinaryMagic reports whether b opens as one of binaryMagic's formats.
func hasBinaryMagic(b []byte) bool {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(b, m) {
			return true
		}
	}
	return false
}

// controlHeavy reports whether more than one byte in binaryShare (plus
// one) of the first binaryWindow bytes of b is a control code that
// controlBytes counts. Only the window is examined; that is where binary
// files show themselves, and it keeps the check cheap on large pages.
func controlHeavy(b []byte) bool {
	head := b[:min(len(b), binaryWindow)]
	// Eight bytes at a time: only a word with a byte below 0x20 (a line
	// end, most often) has its control codes counted, by masks.
	// Sixteen bytes a step, two words tested at once.
	ctl, i := 0, 0
	for ; i+16 <= len(head); i += 16 {
		w := head[i : i+16]
		x, y := binary.LittleEndian.Uint64(w), binary.LittleEndian.Uint64(w[8:])
		if hasByteBelow20(x) || hasByteBelow20(y) {
			ctl += bits.OnesCount64(controlMask(x)) + bits.OnesCount64(controlMask(y))
		}
	}
	for ; i+8 <= len(head); i += 8 {
		if x := binary.LittleEndian.Uint64(head[i:]); hasByteBelow20(x) {
			ctl += bits.OnesCount64(controlMask(x))
		}
	}
	ctl += controlBytes(head[i:])
	return ctl > len(head)/binaryShare+1
}

// controlBytes counts the bytes of b that are control codes of no text:
// not white space, and not the escape of terminal colours.
func controlBytes(b []byte) int {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B {
			n++
		}
	}
	return n
}

// hasByteBelow20 reports whether one of the eight bytes of x is below
// 0x20. Subtracting 0x20 from each byte sets the top bit of those below
// it; a byte at or above it gets a top bit only from a borrow, which a
// lower byte below 0x20 started, or had its own top bit set, which &^x
// clears: so the answer is exact.
func hasByteBelow20(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return (x-0x20*ones)&^x&highs != 0
}

// controlMask returns the top bit of each byte of x that controlBytes
// counts: below 0x20, but neither white space (0x09 to 0x0D) nor ESC.
// Each byte is compared with its top bit masked off, so that no carry
// runs from one byte into the next, and the bytes with a top bit set are
// left out.
func controlMask(x uint64) uint64 {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	x7 := x & lows
	below20 := ^(x7 + (0x80-0x20)*ones)
	space := (x7 + (0x80-0x09)*ones) &^ (x7 + (0x80-0x0e)*ones)
	esc := x7 ^ 0x1b*ones
	esc = ^(esc + lows | esc)
	return below20 &^ space &^ esc &^ x & highs
}
