package htmllex

import "testing"

// TestAttrText pins AttrText on the edges of the standard's rule for
// character references in attribute values, which differs from its rule
// for text. lex_test.go holds the same decoding to x/net/html's Tokenizer
// on whole tags; this says what the answers are.
func TestAttrText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"A &amp; B", "A & B"},
		{"&amp", "&"},                    // a name listed without its semicolon
		{"?a=1&copy=2", "?a=1&copy=2"},   // never before '='
		{"&copy 2024", "© 2024"},         // listed, and not before '='
		{"&sectionId=3", "&sectionId=3"}, // not cut to "&sect" as in text
		{"&notit;", "&notit;"},           // nor to "&not"
		{"&notin;", "∉"},
		{"&hellip", "&hellip"}, // listed only with its semicolon
		{"&hellip;", "…"},
		{"&AMP;&Amp;", "&&Amp;"}, // names are case-sensitive
		{"&#9", "\t"},            // a numeric reference needs no semicolon
		{"&#x41&#65;", "AA"},
		{"&#;&#x;", "&#;&#x;"},
		{"&#0;&#x110000;", "\ufffd\ufffd"},
		{"&#128;", "€"}, // read as Windows-1252, as the standard says
		{"a&", "a&"},
		{"&&amp;&", "&&&"},
		{"a\r\nb\rc\n", "a\nb\nc\n"},
		{"&#13;", "\r"}, // line ends are made "\n" before references are read
		{"x\x00y", "x\x00y"},
	}
	for _, tt := range tests {
		if got := AttrText([]byte(tt.in)); got != tt.want {
			t.Errorf("AttrText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
