package htmllex

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// lexTokens lists the tokens of doc as the lexer reads them, in a form
// that compares with xnetTokens.
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
			out = append(out, "S:"+string(l.raw))
		case SelfClosingTag:
			out = append(out, "C:"+string(l.raw))
		case EndTag:
			out = append(out, "E:"+string(l.raw))
		case Other:
		}
	}
}

// xnetTokens lists the tokens of doc as golang.org/x/net/html reads them.
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
			out = append(out, "S:"+string(z.Raw()))
		case html.SelfClosingTagToken:
			out = append(out, "C:"+string(z.Raw()))
		case html.EndTagToken:
			out = append(out, "E:"+string(z.Raw()))
		}
	}
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

// The lexer must split pages exactly as golang.org/x/net/html does, so
// that replacing that tokenizer changes no extraction.
func TestLexerMatchesXNet(t *testing.T) {
	docs := []string{
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
	}
	for _, d := range docs {
		if err := lexSame(d); err != nil {
			t.Errorf("%q: %v", d, err)
		}
	}
}

func FuzzLexer(f *testing.F) {
	f.Add(`<p class="a">x</p><script><!--<script></script>--></script>`)
	f.Add(`<a href=/>x<!-- y --!>z</a>`)
	f.Fuzz(func(t *testing.T, doc string) {
		if strings.IndexByte(doc, 0) >= 0 {
			return // NUL bytes are rejected as binary before lexing
		}
		if err := lexSame(doc); err != nil {
			t.Errorf("%q: %v", doc, err)
		}
	})
}
