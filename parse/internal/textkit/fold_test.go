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

// lowerIntoByteLoop is LowerInto a byte at a time, as its doc states it.
func lowerIntoByteLoop(buf []byte, s string) string {
	for i := 0; i < len(s) && len(buf) < cap(buf); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == 0xC3 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9E && s[i+1] != 0x97:
			buf = append(buf, c)
			i++
			c = s[i] + 0x20
		}
		buf = append(buf, c)
	}
	return string(buf)
}

// checkLowerInto fails t when LowerInto and its byte loop differ on s,
// into buffers of every capacity up to past s's length and with bytes
// already in them.
func checkLowerInto(t *testing.T, s string) {
	t.Helper()
	for c := 0; c <= len(s)+9; c++ {
		for _, pre := range []string{"", "Ab"} {
			if len(pre) > c {
				continue
			}
			got := LowerInto(append(make([]byte, 0, c), pre...), s)
			if want := lowerIntoByteLoop(append(make([]byte, 0, c), pre...), s); got != want {
				t.Fatalf("LowerInto(cap %d, %q, %q) = %q, want %q", c, pre, s, got, want)
			}
		}
	}
}

// TestLowerIntoSameAsByteLoop holds LowerInto's eight-byte steps to the
// byte loop, on every ASCII byte at every place of a step and on text
// with Latin-1 capitals and other bytes above ASCII.
func TestLowerIntoSameAsByteLoop(t *testing.T) {
	for c := 0; c < 0x80; c++ {
		for at := 0; at < 17; at++ {
			checkLowerInto(t, strings.Repeat("aZ", 9)[:at]+string(rune(c))+"@[`{AZaz09 ")
		}
	}
	for _, s := range []string{"", "ÀÉÎÕÜÞ×ß and THE Words", "Straße ÉCOLE über", "中文 TEXT ABCDEFGHIJ", "ABCDEFGH\xc3"} {
		checkLowerInto(t, s)
	}
}

// FuzzLowerInto is TestLowerIntoSameAsByteLoop on any text.
func FuzzLowerInto(f *testing.F) {
	for _, s := range []string{"Hello WORLD, How Are You", "ÉCOLE ÀÞ", "ABCDEFGHIJKLMNOP\xc3\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkLowerInto(t, s) })
}
