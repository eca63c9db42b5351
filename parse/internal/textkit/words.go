package textkit

import (
	"unicode"
)

// CountWords counts the words in s: runs of letters and digits, with each
// Chinese or Japanese ideograph counted as a word of its own, since those
// scripts do not put spaces between words.
func CountWords(s string) int {
	n, inWord := 0, false
	for _, r := range s {
		w := IsWordRune(r)
		if w && (!inWord || IsIdeograph(r)) {
			n++
		}
		inWord = w
	}
	return n
}

// IsWordRune reports whether r can be part of a word.
func IsWordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	if IsLatinLetter(r) {
		return true
	}
	if r >= 0x4E00 && r <= 0x9FFF || r >= 0xAC00 && r <= 0xD7A3 {
		return true // the common Han ideographs; Hangul syllables
	}
	if IsGeneralPunct(r) {
		return false // quotes and dashes, without the tables' searches
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// IsIdeograph reports whether r is a Han, Hiragana or Katakana character.
func IsIdeograph(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true // the common block of Han, without the tables
	}
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

// IsGeneralPunct reports whether r is in one of the stretches of the
// General Punctuation block (dashes, quotes, bullets, the ellipsis,
// primes) that hold no letter, mark, digit or space. Most runes outside
// ASCII in European text are such, and unicode's tables would take three
// or four binary searches to tell so. TestRuneRanges checks the claim.
func IsGeneralPunct(r rune) bool {
	return r >= 0x2010 && r <= 0x2027 || r >= 0x2030 && r <= 0x205e
}

// IsLatinLetter reports whether r is a letter of Latin-1 or Latin
// Extended-A or B, the accented letters of most European text, whose
// range holds no other rune but × and ÷. TestRuneRanges checks the claim.
func IsLatinLetter(r rune) bool { return r >= 0xc0 && r <= 0x24f && r != 0xd7 && r != 0xf7 }

func IsASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
