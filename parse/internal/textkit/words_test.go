package textkit

import (
	"testing"
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
