package textkit

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestIsIdeographSameAsTables holds IsIdeograph's ranges read without
// the tables to the tables' answer, for every rune.
func TestIsIdeographSameAsTables(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if got, want := IsIdeograph(r), isIdeographByTables(r); got != want {
			t.Fatalf("IsIdeograph(%U) = %v, the tables say %v", r, got, want)
		}
	}
}

// TestIsWordRuneSameAsTables holds IsWordRune's ranges to the tables'
// answer, for every rune past ASCII and the ASCII letters, digits and
// underscore below it.
func TestIsWordRuneSameAsTables(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		want := isWordRuneByTables(r)
		if r < 0x80 {
			want = r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if got := IsWordRune(r); got != want {
			t.Fatalf("IsWordRune(%U) = %v, the tables say %v", r, got, want)
		}
	}
}

// TestIsCJKPunct checks that every rune IsCJKPunct names is neither a
// letter, a mark, a digit nor a space, and that it names the marks a
// Chinese or Japanese line ends or parts its clauses with.
func TestIsCJKPunct(t *testing.T) {
	n := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !IsCJKPunct(r) {
			continue
		}
		n++
		if unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || unicode.IsSpace(r) || !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			t.Errorf("IsCJKPunct(%U) is true for a rune that is not punctuation", r)
		}
	}
	for _, r := range "、。「」【】・！，：；？（）［］｛｝～｡､" {
		if !IsCJKPunct(r) {
			t.Errorf("IsCJKPunct(%q) = false", r)
		}
	}
	for _, r := range "\u3000々ー０Ａａｱ" {
		if IsCJKPunct(r) {
			t.Errorf("IsCJKPunct(%q) = true", r)
		}
	}
	if n == 0 {
		t.Fatal("IsCJKPunct names no rune")
	}
}

// TestToLowerSameAsUnicode holds ToLower to unicode.ToLower on every rune.
func TestToLowerSameAsUnicode(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if got, want := ToLower(r), unicode.ToLower(r); got != want {
			t.Fatalf("ToLower(%U) = %U, want %U", r, got, want)
		}
	}
}
