package parse

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestRawTag checks the raw tag reader against golang.org/x/net/html's own
// TagName and TagAttr on tags with every quoting style and some broken
// ones.
func TestRawTag(t *testing.T) {
	tags := []string{
		`<div>`,
		`<DIV Class="Main  Story" id=x>`,
		`<p class='a "b"' data-x = 'y' hidden>`,
		`<img src=/a.png?x=1&amp;y=2 alt="A &amp; B"/>`,
		`<a href="#top" rel=nofollow>`,
		`<input disabled value="">`,
		`<br/>`,
		`<meta   name="description"content="no space before">`,
		`<span =odd a=b>`,
		`<section/class="slashed">`,
		`<custom-element-with-a-very-long-name foo="bar">`,
		`</div>`,
		`</P >`,
	}
	for _, tag := range tags {
		want := tokenizerView(tag)
		a, rest := tagName([]byte(tag))
		got := fmt.Sprintf("%v", a)
		it := newRawAttrs(rest)
		for {
			k, v, ok := it.next()
			if !ok {
				break
			}
			got += fmt.Sprintf(" %s=%q", k, attrText(v))
		}
		if got != want {
			t.Errorf("%s\n got: %s\nwant: %s", tag, got, want)
		}
	}
}

// tokenizerView renders the first tag of s as x/net/html reads it.
func tokenizerView(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	z.Next()
	name, more := z.TagName()
	out := fmt.Sprintf("%v", atom.Lookup(name))
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		out += fmt.Sprintf(" %s=%q", k, v)
	}
	return out
}

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
		a := parseHTML(doc, testOptions)
		if want := countWords(a.Text); a.WordCount != want {
			t.Errorf("WordCount = %d, countWords(Text) = %d for %q", a.WordCount, want, a.Text)
		}
	}
}
