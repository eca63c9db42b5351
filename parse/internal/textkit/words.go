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
	// The scripts and punctuation of most text outside Latin are told by
	// their ranges: the tables cost three binary searches a rune, and a
	// page in Chinese, Japanese, Korean or Russian is made of such runes.
	// TestIsWordRuneSameAsTables checks every rune.
	switch {
	case IsCommonIdeograph(r), IsHangulSyllable(r):
		return true // the common Han ideographs and kana; Hangul syllables
	case r >= 0x0400 && r <= 0x052F:
		return r != 0x0482 // Cyrillic, whose one sign is the thousands sign
	case IsGeneralPunct(r), IsCJKPunct(r):
		return false // quotes, dashes and the stops and commas of CJK text
	}
	return isWordRuneByTables(r)
}

// isWordRuneByTables is IsWordRune for a rune past ASCII, read from
// unicode's tables alone.
func isWordRuneByTables(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// IsIdeograph reports whether r is a Han, Hiragana or Katakana character.
// The blocks most text is written in are told without the tables, which
// cost three binary searches a rune: each Hangul syllable of a Korean
// page, each emoji and each kana of a Japanese one was looked up in all
// three. TestIsIdeographSameAsTables checks every rune.
func IsIdeograph(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case IsCommonIdeograph(r):
		return true
	case r >= 0xA000 && r < 0xF900:
		return false // Yi, Hangul and the other scripts below Han's compatibility block
	case r >= 0x1F201 && r < 0x20000:
		return false // emoji and symbols, below Han's supplementary planes
	}
	return isIdeographByTables(r)
}

// IsCommonIdeograph reports whether r is in the blocks that most Chinese
// and Japanese text is written in: the common block of Han, and the kana
// of Hiragana and Katakana. All are ideographs (IsIdeograph), letters and
// word runes, which these ranges tell without unicode's tables.
func IsCommonIdeograph(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3041 && r <= 0x3096 || r >= 0x30A1 && r <= 0x30FA
}

// IsHangulSyllable reports whether r is one of the precomposed Hangul
// syllables (U+AC00 to U+D7A3) that Korean text is written in: all
// letters, and each about a word's worth, as an ideograph is.
func IsHangulSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// isIdeographByTables is IsIdeograph read from unicode's tables alone.
func isIdeographByTables(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// IsGeneralPunct reports whether r is in one of the stretches of the
// General Punctuation block (dashes, quotes, bullets, the ellipsis,
// primes) that hold no letter, mark, digit or space. Most runes outside
// ASCII in European text are such, and unicode's tables would take three
// or four binary searches to tell so. TestRuneRanges checks the claim.
func IsGeneralPunct(r rune) bool {
	return r >= 0x2010 && r <= 0x2027 || r >= 0x2030 && r <= 0x205e
}

// IsCJKPunct reports whether r is one of the punctuation marks of Chinese
// and Japanese text outside the General Punctuation block: the commas,
// stops, brackets and quotes of CJK Symbols and Punctuation, the middle
// dot of Katakana, and the fullwidth and halfwidth forms of ASCII's
// punctuation. None is a letter, mark, digit or space, which unicode's
// tables would take as many binary searches to tell (TestIsCJKPunct
// checks every one). The ideographic space, U+3000, is not among them.
func IsCJKPunct(r rune) bool {
	switch {
	case r < 0x3001 || r > 0xFF65:
		return false
	case r <= 0x30FB:
		return r <= 0x3003 || r >= 0x3008 && r <= 0x3011 || r >= 0x3014 && r <= 0x301F || r == 0x30FB
	case r >= 0xFF01:
		return r <= 0xFF0F || r >= 0xFF1A && r <= 0xFF20 || r >= 0xFF3B && r <= 0xFF40 || r >= 0xFF5B
	}
	return false
}

// ToLower is unicode.ToLower with the blocks of Chinese, Japanese and
// Korean text, which have no case, and the letters of Latin-1 and of
// Russian told by their ranges, as are the quotes and dashes of General
// Punctuation: the case table takes a binary search of hundreds of ranges
// for each of their runes. TestToLowerSameAsUnicode checks every rune.
func ToLower(r rune) rune {
	switch {
	case r < 0x80:
		return unicode.ToLower(r) // its own ASCII test, inlined
	case r < 0x100:
		if r >= 0xC0 && r <= 0xDE && r != 0xD7 {
			return r + 0x20 // À to Þ but ×
		}
		return r
	case r >= 0x400 && r < 0x460:
		if r < 0x410 {
			return r + 0x50 // Ѐ to Џ
		} else if r < 0x430 {
			return r + 0x20 // А to Я
		}
		return r
	case IsGeneralPunct(r), r >= 0x2E80 && r < 0xA640, r >= 0xAC00 && r < 0xD800:
		return r
	}
	return unicode.ToLower(r)
}

// IsLatinLetter reports whether r is a letter of Latin-1 or Latin
// Extended-A or B, the accented letters of most European text, whose
// range holds no other rune but × and ÷. TestRuneRanges checks the claim.
func IsLatinLetter(r rune) bool { return r >= 0xc0 && r <= 0x24f && r != 0xd7 && r != 0xf7 }

func IsASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
