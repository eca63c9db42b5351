package htmlfront

import (
	"testing"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// TestWordCountFromBlocks checks that the word count summed over the body
// blocks equals counting the words of the written text.
func TestWordCountFromBlocks(t *testing.T) {
	pages := []string{
		`<article><h1>Title here</h1><p>One, two; three. Four-five</p><ul><li>a b<li>c</ul>` +
			`<table><tr><td>x y</td><td>z</td></tr></table><pre>code  block
  more</pre><p>日本語のテキスト、そして English.</p></article>`,
		`<p>Ünïcödé wörds and ASCII words, mixed: 12 34.</p><p>Ζ α β γ.</p>`,
	}
	for _, doc := range pages {
		a := Parse(doc, testOptions)
		if want := textkit.CountWords(a.Text); a.WordCount != want {
			t.Errorf("WordCount = %d, textkit.CountWords(Text) = %d for %q", a.WordCount, want, a.Text)
		}
	}
}
