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

// TestTextRunsMatchWords holds the plain path's run-at-a-time text loop
// to the word-at-a-time loop that the content path keeps: both must make
// the same blocks.
func TestTextRunsMatchWords(t *testing.T) {
	docs := []string{
		"<p>one two  three\tfour\n five</p>",
		"<p> lead <a href=/x>linked words here</a> tail </p>",
		"<p>non\u00a0breaking\u00a0 spaces and soft\u00adhy\u00adphens\u00ad here</p>",
		"<p>degrees 20\u00b0 C and \u00a9 2024 \u00ab quoted \u00bb</p>",
		"<p>trailing space <b>bold</b> <i>it</i>. end </p><p>x</p>",
		"<div>a<br>b <br> c</div>",
		"<p><a href=/y>caf\u00e9 au lait</a> \u00a0 <a href=/z>na\u00efve</a></p>",
	}
	for _, doc := range docs {
		plain, rich := tokenizeWith(doc, false), tokenizeWith(doc, true)
		if len(plain.blocks) != len(rich.blocks) {
			t.Errorf("%q: %d blocks, want %d", doc, len(plain.blocks), len(rich.blocks))
			continue
		}
		for i := range plain.blocks {
			p, r := &plain.blocks[i], &rich.blocks[i]
			if p.text != r.text || p.linkChars != r.linkChars || p.chars != r.chars || p.node != r.node {
				t.Errorf("%q block %d: %q (links %d) want %q (links %d)", doc, i, p.text, p.linkChars, r.text, r.linkChars)
			}
		}
	}
}

// testOptions are the options parse passes when its caller sets none.
var testOptions = recOptions{MaxDepth: 512, MaxJSONLD: 4 << 20, MaxJSONLDDepth: 64}
