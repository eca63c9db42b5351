package htmlfront

import (
	"strings"
	"testing"

	"github.com/artparse/artparse/parse/internal/record"
)

// The depth cap is a bound on work: however deep the nesting, the
// tokenizer keeps no more open elements than MaxDepth, and no more
// block-level nodes than the elements it opened.
func TestDepthCapBoundsStack(t *testing.T) {
	const story = "The council met on Tuesday evening to discuss the new bridge, which has been delayed for two years."
	doc := strings.Repeat("<div>", 100000) + "<p>" + story + "</p>"
	for _, depth := range []int{16, testOptions.MaxDepth} {
		p := tokenize(doc, false, depth)
		if len(p.nodes) > depth+2 {
			t.Errorf("depth %d: %d nodes kept", depth, len(p.nodes))
		}
		var text strings.Builder
		for _, b := range p.blocks {
			text.WriteString(b.text)
		}
		if !strings.Contains(text.String(), story) {
			t.Errorf("depth %d: the text below the cap was lost", depth)
		}
	}
}

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
			p := tokenize(tt.html, rich, testOptions.MaxDepth)
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
		plain, rich := tokenize(doc, false, testOptions.MaxDepth), tokenize(doc, true, testOptions.MaxDepth)
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
var testOptions = record.Options{MaxDepth: 512, MaxJSONLD: 4 << 20, MaxJSONLDDepth: 64}

// parsePage runs the front end on doc, a page already decoded, with the
// options parse passes when its caller sets only the page's address.
func parsePage(doc, url string) *record.Article {
	opt := testOptions
	opt.URL = url
	return Parse(doc, opt)
}
