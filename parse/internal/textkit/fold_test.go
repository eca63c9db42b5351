package textkit

import (
	"strings"
	"testing"
	"unicode"
)

// TestFoldTextASCII holds the one-pass ASCII paths of foldText and
// collapseSpace to the general ones they stand in for.
func TestFoldTextASCII(t *testing.T) {
	slow := func(s string) string {
		s = strings.ToLower(strings.Join(strings.Fields(s), " "))
		if strings.ContainsAny(s, "–—‐‑−‘’“”„") {
			s = typography.Replace(s)
		}
		return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	}
	cases := []string{"", " ", "  Hello,  World! ", "\t$Price+ |", "a\nb\r\nc", "--x--", "A.B. C", "  ", "..", "x \v y", "  Étude – Nº 5 ", "a  b", "ab ", " ab", "(Hello)"}
	var b strings.Builder
	for i := 0; i < 128; i++ {
		b.WriteByte(byte(i))
	}
	cases = append(cases, b.String(), "x"+b.String()+"y")
	for _, c := range cases {
		if got, want := FoldText(c), slow(c); got != want {
			t.Errorf("foldText(%q) = %q, want %q", c, got, want)
		}
		if got, want := CollapseSpace(c), strings.Join(strings.Fields(c), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", c, got, want)
		}
	}
}

// TestIsWordRuneLatin holds the Latin, Han and Hangul shortcuts of
// isWordRune and isIdeograph to the Unicode tables they stand in for.
func TestIsWordRuneLatin(t *testing.T) {
	for _, span := range [][2]rune{{0x80, 0x2FF}, {0x4DF0, 0xA010}, {0xABF0, 0xD7B0}} {
		for r := span[0]; r <= span[1]; r++ {
			want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
			if got := IsWordRune(r); got != want {
				t.Errorf("isWordRune(%U) = %v, want %v", r, got, want)
			}
			ideo := r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
			if got := IsIdeograph(r); got != ideo {
				t.Errorf("isIdeograph(%U) = %v, want %v", r, got, ideo)
			}
		}
	}
}
