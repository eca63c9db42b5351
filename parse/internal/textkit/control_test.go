package textkit

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestCleanControls(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text\twith tab\nand newline", "plain text\twith tab\nand newline"},
		{"one\x00two", "one two"},
		{"one\x00\x07\x01two", "one two"},
		{"one \x00two", "one two"},
		{"\x00one\x00", "one"},
		{"clear\x1b[2Jscreen", "clearscreen"},
		{"clear \x1b[2Jscreen", "clear screen"},
		{"red \x1b[31mword\x1b[0m.", "red word."},
		{"bare\x1bescape", "bareescape"},
		{"esc\x1b\x00mixed", "esc mixed"},
		{"\x1b[ unfinished", "[ unfinished"},
		{"crlf\r\nline\rcr\vvt\fff\u0085nel", "crlf\nline\ncr\nvt\nff\nnel"},
		{"c1\u0080\u009fgone", "c1 gone"},
		{"del\x7f", "del"},
		{"a\x01\r\nb", "a\nb"},
		{"a\x01\u0085b", "a\nb"},
		{"caf\u00e9 \u00a0\u00a9 kept", "caf\u00e9 \u00a0\u00a9 kept"},
	}
	for _, tt := range tests {
		if got := CleanControls(tt.in); got != tt.want {
			t.Errorf("CleanControls(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := string(CleanControls([]byte(tt.in))); got != tt.want {
			t.Errorf("CleanControls([]byte(%q)) = %q, want %q", tt.in, got, tt.want)
		}
		if HasControl(tt.in) != (tt.in != tt.want) {
			t.Errorf("HasControl(%q) = %v", tt.in, HasControl(tt.in))
		}
	}
}

// FuzzCleanControls checks the promise of CleanControls on any text: no
// control but tab and newline is left, the other characters stay in order,
// and, without ESC, the number of words does not change (a control
// between two words still parts them).
func FuzzCleanControls(f *testing.F) {
	f.Add("one\x00two \x1b[1mbold\x1b[0m\r\n\u0085end\x7f")
	f.Add("caf\xc3\xa9\xc2\x80x")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := CleanControls(s)
		for _, r := range got {
			if IsControl(r) {
				t.Fatalf("CleanControls(%q) = %q keeps %U", s, got, r)
			}
		}
		if HasControl(got) {
			t.Fatalf("HasControl(%q) after cleaning", got)
		}
		if !HasControl(s) && got != s {
			t.Fatalf("clean text %q changed to %q", s, got)
		}
		if !strings.ContainsRune(s, 0x1B) && CountWords(got) != CountWords(strings.Map(func(r rune) rune {
			if IsControl(r) || r == '\u0085' {
				return ' '
			}
			return r
		}, s)) {
			t.Fatalf("word count changed: %q -> %q", s, got)
		}
		for _, r := range got {
			if r != '\n' && r != ' ' && !strings.ContainsRune(s, r) && !unicode.IsSpace(r) {
				t.Fatalf("%q gained %q", s, r)
			}
		}
	})
}
