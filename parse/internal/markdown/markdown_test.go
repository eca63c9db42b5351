package markdown

import "testing"

// The escapes are checked against a CommonMark renderer in package parse's
// tests (TestMarkdownParagraph); these pin the rules themselves.

func TestEscapeLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# h", `\# h`}, {"######", `\######`}, {"####### seven", "####### seven"}, {"#tag", "#tag"},
		{"- i", `\- i`}, {"-", `\-`}, {"-5", "-5"}, {"---", `\---`}, {"- - -", `\- - -`}, {"--x", "--x"},
		{"+ i", `\+ i`}, {"+1", "+1"}, {"===", `\===`}, {"== ", `\== `}, {"== x", "== x"},
		{"1. i", `1\. i`}, {"12) i", `12\) i`}, {"3.5", "3.5"}, {"1234567890. ten", "1234567890. ten"},
		{"    code", "code"}, {"\t# h", `\# h`}, {"plain", "plain"}, {"", ""},
	}
	for _, tt := range tests {
		if got := EscapeLine(tt.in); got != tt.want {
			t.Errorf("EscapeLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a*b_c", `a\*b\_c`}, {"[x](y)", `\[x\](y)`}, {"<b>", `\<b\>`}, {"a|b~c`d\\", "a\\|b\\~c\\`d\\\\"},
		{"&copy; &#169; &#xA9;", `\&copy; \&#169; \&#xA9;`}, {"AT&T & co; x&;", "AT&T & co; x&;"}, {"plain", "plain"},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCodeSpanAndHeading(t *testing.T) {
	for _, tt := range []struct {
		in      string
		inTable bool
		want    string
	}{
		{"a*b", false, "`a*b`"}, {"a`b", false, "``a`b``"}, {"`x", false, "`` `x ``"}, {" x ", false, "`  x  `"},
		{"a|b", true, "`a\\|b`"}, {"a\nb", false, "`a b`"},
	} {
		if got := CodeSpan(tt.in, tt.inTable); got != tt.want {
			t.Errorf("CodeSpan(%q, %v) = %q, want %q", tt.in, tt.inTable, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"Issue #", `## Issue \#`}, {"C#", "## C#"}, {"##", `## \##`}, {" Title ", "## Title"},
	} {
		if got := Heading(2, tt.in); got != tt.want {
			t.Errorf("Heading(2, %q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFlanking(t *testing.T) {
	tests := []struct {
		prev, next        rune
		canOpen, canClose bool
	}{
		{' ', 'a', true, false}, {'a', ' ', false, true}, {'a', 'b', true, true},
		{'o', '"', false, true}, {' ', '"', true, false}, {'"', 'b', true, false}, {'"', ' ', false, true},
		{'"', '.', true, true}, {' ', ' ', false, false}, {'\u00a0', 'a', true, false},
	}
	for _, tt := range tests {
		if got := CanOpen(tt.prev, tt.next); got != tt.canOpen {
			t.Errorf("CanOpen(%q, %q) = %v", tt.prev, tt.next, got)
		}
		if got := CanClose(tt.prev, tt.next); got != tt.canClose {
			t.Errorf("CanClose(%q, %q) = %v", tt.prev, tt.next, got)
		}
	}
}
