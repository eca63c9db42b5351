package parse

import "testing"

// TestTokenizeText checks how text tokens become block text: white space
// collapsed, non-breaking spaces read as spaces, soft hyphens dropped, and
// the same text whether or not inline structure is kept for the content.
func TestTokenizeText(t *testing.T) {
	tests := []struct{ html, want string }{
		{"<p>  one\n two\tthree  </p>", "one two three"},
		{"<p>non&nbsp;breaking</p>", "non breaking"},
		{"<p>Mit&shy;tel&shy;al&shy;ter und Wein&shy;berg</p>", "Mittelalter und Weinberg"},
		{"<p>see <a href=/x> <img src=a.png> this</a> link</p>", "see this link"},
		{"<p>a <em> b </em> c<br>d</p>", "a b c\nd"},
		{"<p>x <b>y</b><br> z</p>", "x y\nz"},
		// A <head> left open ends where the body's first element starts.
		{"<html><head><title>T</title><meta charset=utf-8><div><p>body text</p></div>", "body text"},
	}
	for _, tt := range tests {
		for _, rich := range []bool{false, true} {
			p := tokenizeWith(tt.html, rich)
			got := ""
			for _, b := range p.blocks {
				got += b.text
			}
			if got != tt.want {
				t.Errorf("%q (rich %v): got %q, want %q", tt.html, rich, got, tt.want)
			}
		}
	}
}
