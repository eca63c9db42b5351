package htmllex

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// lexTokens lists the tokens of doc as the lexer reads them, in a form
// that compares with xnetTokens. Each tag is followed by its name and
// attributes as the raw tag reader gives them (rawTagView).
func lexTokens(doc string) []string {
	l := &Lexer{b: []byte(doc)}
	var out []string
	for {
		k := l.Next()
		switch k {
		case EOF:
			return out
		case Text:
			out = append(out, "T:"+string(l.text))
		case StartTag:
			out = append(out, "S:"+string(l.raw), rawTagView(l.raw, true))
		case SelfClosingTag:
			out = append(out, "C:"+string(l.raw), rawTagView(l.raw, true))
		case EndTag:
			out = append(out, "E:"+string(l.raw), rawTagView(l.raw, false))
		case Other:
		}
	}
}

// xnetTokens lists the tokens of doc as golang.org/x/net/html reads them,
// each tag followed by its name and attributes as the Tokenizer's TagName
// and TagAttr give them (xnetTagView).
func xnetTokens(doc string) []string {
	z := html.NewTokenizer(strings.NewReader(doc))
	var out []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.TextToken:
			out = append(out, "T:"+string(z.Text()))
		case html.StartTagToken:
			out = append(out, "S:"+string(z.Raw()), xnetTagView(z))
		case html.SelfClosingTagToken:
			out = append(out, "C:"+string(z.Raw()), xnetTagView(z))
		case html.EndTagToken:
			out = append(out, "E:"+string(z.Raw()), xnetTagView(z))
		}
	}
}

// The raw tag reader (TagName, Attrs, AttrText) promises less than the
// Tokenizer's TagName and TagAttr, and the two views below compare what
// both promise:
//
//   - TagName gives the name's atom, not the name: unknown names are 0
//     on both sides.
//   - Attrs gives every attribute, a repeated key too, where the Tokenizer
//     keeps the first of each key and drops the rest (as the standard
//     does); the readers of Attrs choose among repeats themselves. Both
//     views keep the first attribute of each key.
//   - Attrs cuts keys at rawKeyMax bytes: the Tokenizer's are cut alike,
//     and a key is a repeat when its cut form is.
//   - The Tokenizer replaces NUL bytes with U+FFFD in names, keys and
//     values; the raw reader keeps them. The raw view replaces them, so
//     that the rest of such a tag is still compared. (A page with a NUL in
//     its first 8 KiB is refused as binary before it is lexed.)
//   - Attrs gives a value as written; AttrText decodes it, and it is
//     AttrText's text that the raw view compares.
//
// Keys are lower-cased on both sides.

// rawKeyMax is how many bytes of a key Attrs keeps.
const rawKeyMax = len(Attrs{}.key)

// viewKey is a key in the form both views compare: NUL bytes replaced,
// cut at rawKeyMax bytes. Cutting after the replacement gives the same
// bytes whether the key was cut before (as Attrs does) or not.
func viewKey(k []byte) string {
	s := strings.ReplaceAll(string(k), "\x00", "\ufffd")
	return s[:min(len(s), rawKeyMax)]
}

// rawTagView renders the tag whose bytes are raw as the raw tag reader
// reads it: the atom of its name and, with attrs, the first attribute of
// each key, its value decoded by AttrText.
func rawTagView(raw []byte, attrs bool) string {
	a, rest := TagName(raw)
	out := "A:" + a.String()
	if !attrs {
		return out // the Tokenizer gives no attributes of end tags
	}
	seen := map[string]bool{}
	for it := NewAttrs(rest); ; {
		k, v, ok := it.Next()
		if !ok {
			return out
		}
		if key := viewKey(k); !seen[key] {
			seen[key] = true
			out += fmt.Sprintf(" %s=%q", key, strings.ReplaceAll(AttrText(v), "\x00", "\ufffd"))
		}
	}
}

// xnetTagView renders the current tag of z as rawTagView renders the raw
// reader's view.
func xnetTagView(z *html.Tokenizer) string {
	name, more := z.TagName()
	out := "A:" + atom.Lookup(name).String()
	seen := map[string]bool{}
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		if key := viewKey(k); !seen[key] {
			seen[key] = true
			out += fmt.Sprintf(" %s=%q", key, v)
		}
	}
	return out
}

// lexSame reports the first difference between the two token lists.
func lexSame(doc string) error {
	a, b := lexTokens(doc), xnetTokens(doc)
	for i := 0; i < len(a) || i < len(b); i++ {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			return fmt.Errorf("token %d: lexer %q, x/net %q", i, x, y)
		}
	}
	return nil
}

// lexCases are documents whose tokens, tag names and attributes the
// lexer and the raw tag reader must read as x/net/html does; FuzzLexer
// starts from them too.
var lexCases = []string{
	`<!DOCTYPE html><html lang=en><head><title>A &amp; B</title></head><body><p class="x">Hi &lt;there&gt;</p></body></html>`,
	`<p>a < b and c <3 d</p><p>x<`,
	`<div title="a>b" data-x='c>d' e=f>text</div>`,
	`<br/><br /><a href=/>x</a><img src=a.png/><hr foo/>`,
	`<a f f=/>x</a><a href=/ HREF=/>y</a><a x=1 X=/>z</a><a x=1 y=/>w</a>`,
	`<script>if (a<b) { x = "</scr" + "ipt>"; }</script><p>after</p>`,
	`<script><!-- document.write("<script>x()</script>"); --></script><p>after</p>`,
	`<script><!-- a </script><p>ends early</p>`,
	`<SCRIPT type="text/javascript">var s = '</SCRIPT >';</SCRIPT><p>x</p>`,
	`<style>p > a { color: red }</style><p>styled</p>`,
	`<textarea>a &amp; <b>not bold</b></textarea>`,
	`<!-- a comment --> <!--> <!---> <!-- x --!> <!--- y ---> text`,
	`<?xml version="1.0"?><!bogus><p>x</p></>a</ b>c</3>`,
	`<noscript><p>hidden</p></noscript><xmp><b></xmp>`,
	`<p>unfinished <a href="x`,
	`<p>unfinished <a href=x`,
	`<plaintext><p>all text`,
	`<title>t</title`,
	`<a =x b = "y" c= 'z'/ d>e</a>`,
	"<p>line\r\nbreak\rend</p>",
	`<p>&nbsp;&copy;&#169;&#xA9;&notanentity; &amp</p>`,
	`<scriptx>a</scriptx><iframe src=x></iframe>`,
	`<script></script><style></style>x`,
	"",
	"<",
	"</",
	"<!",
	"<!-",
	// Tags: names, quoting, keys and values.
	`<DIV Class="Main  Story" id=x>`,
	`<p class='a "b"' data-x = 'y' hidden>`,
	`<img src=/a.png?x=1&amp;y=2 alt="A &amp; B"/>`,
	`<a href="#top" rel=nofollow>`,
	`<input disabled value="">`,
	`<meta   name="description"content="no space before">`,
	`<span =odd a=b>`,
	`<section/class="slashed">`,
	`<custom-element-with-a-very-long-name foo="bar">`,
	`</div class="end tags have no attributes"></P >`,
	`<a Href=1 HREF=2 href=3 b=4 B=5>`,
	`<a data-a-key-of-exactly-24=1 data-a-key-longer-than-24-bytes=2 data-a-key-longer-than-24-bytes-too=3>`,
	"<a x=\"a\r\nb\rc\" y='\r'\rz=\r>",
	// NUL bytes, which the Tokenizer makes U+FFFD in tags and raw text.
	"<d\x00iv c\x00lass=\"a\x00b\" data-a-long-key-with-a-\x00-in-it=1 data-a-long-key-with-a-\x00-in-it-too=2>",
	"<script>a\x00b</script><title>t\x00&amp;</title><p>\x00</p>",
	// Character references in values, by the standard's attribute rule.
	`<a href="?a=1&copy=2&sectionId=3&sect;4&not&notit;&notin;&amp&ampx&AMP;&#9">`,
	`<a title="&#x41&#65&#;&#xZ&#0;&#x110000;&#128;&lt&gt;&quot">`,
	`<a title=&hellip&hellip;&fjlig;&semi;&Tab;&NewLine;x&>`,
}

// The lexer must split pages exactly as golang.org/x/net/html does, so
// that replacing that tokenizer changes no extraction.
func TestLexerMatchesXNet(t *testing.T) {
	for _, d := range lexCases {
		if err := lexSame(d); err != nil {
			t.Errorf("%q: %v", d, err)
		}
	}
}

func FuzzLexer(f *testing.F) {
	f.Add(`<p class="a">x</p><script><!--<script></script>--></script>`)
	f.Add(`<a href=/>x<!-- y --!>z</a>`)
	for _, d := range lexCases {
		f.Add(d)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		if err := lexSame(doc); err != nil {
			t.Errorf("%q: %v", doc, err)
		}
	})
}

// TestLexerLongTextReferences holds texts longer than unescapeChunk, with
// references at, across and around the places where unescape cuts them,
// to x/net/html's tokenizer: cutting must change no byte.
func TestLexerLongTextReferences(t *testing.T) {
	refs := []string{"&amp;", "&lt;", "&#65;", "&#x1F600;", "&notin;", "&notit;", "&amp", "&#9 ", "&nGt;", "& ", "&", "&&", "&\r\n", "\r\n"}
	for _, ref := range refs {
		for _, shift := range []int{-9, -5, -1, 0, 1, 3, 7} {
			var b strings.Builder
			b.WriteString("<p>")
			for b.Len() < 3*unescapeChunk {
				// Filler then a reference, so that one lands at each
				// offset of the cut in turn.
				b.WriteString(strings.Repeat("x", unescapeChunk+shift-len(ref)))
				b.WriteString(ref)
			}
			b.WriteString("tail</p>")
			if err := lexSame(b.String()); err != nil {
				t.Errorf("reference %q, shift %d: %v", ref, shift, err)
			}
		}
	}
}
