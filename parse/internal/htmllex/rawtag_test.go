package htmllex

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
		a, rest := TagName([]byte(tag))
		got := fmt.Sprintf("%v", a)
		it := NewAttrs(rest)
		for {
			k, v, ok := it.Next()
			if !ok {
				break
			}
			got += fmt.Sprintf(" %s=%q", k, AttrText(v))
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
