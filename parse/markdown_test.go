package parse

import (
	"bytes"
	"strings"
	"testing"

	"github.com/artparse/artparse/parse/internal/markdown"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The Markdown content renders as the record's text. Each check renders
// the Markdown with goldmark (CommonMark, and GitHub's tables, autolinks,
// task lists and strikethrough, as GitHub shows a README) and compares:
//
//	the text of the rendered HTML, block by block in document order (a
//	paragraph, heading, code block or list item is its text, a table row
//	its cells that hold text, joined by " | "), the blocks joined and
//	white space collapsed to single spaces (strings.Fields),
//
// with the record's text, white space collapsed the same way. Images'
// alternative texts are not text, in the record or in HTML. So a line
// start read as a heading or a list changes nothing this compares (the
// text is the same), but an escape left visible, an asterisk printed
// because emphasis could not open, a dropped table cell, or text eaten as
// markup (a setext underline, a link definition, raw HTML) does.

// markdownRenderer is goldmark with GitHub's extensions.
var markdownRenderer = goldmark.New(goldmark.WithExtensions(extension.GFM))

// renderedText returns the text of md rendered, as the comparison above
// reads it.
func renderedText(t *testing.T, md string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := markdownRenderer.Convert([]byte(md), &buf); err != nil {
		t.Fatalf("goldmark: %v", err)
	}
	doc, err := html.Parse(&buf)
	if err != nil {
		t.Fatalf("parse goldmark's HTML: %v", err)
	}
	var blocks []string
	var cur strings.Builder
	flush := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			blocks = append(blocks, s)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.DataAtom {
		case atom.Tr:
			flush()
			var cells []string
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if s := strings.TrimSpace(nodeText(c)); s != "" {
					cells = append(cells, s)
				}
			}
			blocks = append(blocks, strings.Join(cells, " | "))
			return
		case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre, atom.Li,
			atom.Ul, atom.Ol, atom.Blockquote, atom.Table, atom.Hr:
			flush()
			defer flush()
		}
		if n.Type == html.TextNode {
			cur.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	flush()
	return strings.Join(strings.Fields(strings.Join(blocks, " ")), " ")
}

// nodeText returns the text under n.
func nodeText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var sb strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		sb.WriteString(nodeText(c))
	}
	return sb.String()
}

// checkMarkdown reports when a record's Markdown content does not render
// as its text (see above). A record whose text stands in for a body the
// page lacks (its description) has no content to compare.
func checkMarkdown(t *testing.T, a *Article) {
	t.Helper()
	got := renderedText(t, a.Content)
	if got == "" && a.Text == a.Description {
		return
	}
	if want := strings.Join(strings.Fields(a.Text), " "); got != want {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		from := max(0, i-80)
		t.Errorf("Markdown does not render as the text, from byte %d:\ntext     %.200q\nrendered %.200q\nmarkdown %.2000q",
			i, want[from:], got[from:], a.Content)
	}
}

// TestMarkdownParagraph holds markdown.Paragraph to its promise on the
// constructs CommonMark and GitHub read at a line's start or inline.
func TestMarkdownParagraph(t *testing.T) {
	for _, text := range []string{
		"# not a heading", "###### six", "####### seven", "#hashtag", "- item", "+ item", "* item", "-5 degrees", "1. item",
		"1) item", "2024. A year", "123456789. nine digits", "3.5 percent", "text\n===", "text\n---", "text\n--", "---", "- - -",
		"***", "___", "```", "~~~", "~~strike~~", "    indented code", "\tindented", "> quote", "<div>block</div>",
		"<!-- comment -->", "| a | b |\n| --- | --- |", "a | b\n--- | ---", "[x]: /url", "[link](/url) and ![img](/i.png)",
		"&copy; &#169; &#xA9; AT&T & co", "back\\slash\\", "a_b_c", "*not em* **not strong** _nor_ __this__",
		"`not code`", "<https://example.com>", "https://example.com/a_b", "www.example.com", "- [ ] task", "line\n# heading",
		"line\n1. item", "line\n- item", "line\n> quote", "Wow![x](y)", "a  \nhard", "trailing\\\nbreak", ": definition",
	} {
		md := markdown.Paragraph(text)
		if got, want := renderedText(t, md), strings.Join(strings.Fields(text), " "); got != want {
			t.Errorf("Paragraph(%q) = %q renders as %q", text, md, got)
		}
	}
	for _, tt := range []struct{ content, want string }{
		{"Issue #", "Issue #"}, {"C#", "C#"}, {"##", "##"}, {"a # b ##", "a # b ##"},
	} {
		md := markdown.Heading(2, markdown.Escape(tt.content))
		if got := renderedText(t, md); got != tt.want {
			t.Errorf("Heading(%q) = %q renders as %q", tt.content, md, got)
		}
	}
	for _, code := range []string{"a*b", "a`b", "`x", "x`", " x ", "``", "a  b", "<p>&amp;"} {
		md := "x " + markdown.CodeSpan(code, false) + " y"
		if got, want := renderedText(t, md), strings.Join(strings.Fields("x "+code+" y"), " "); got != want {
			t.Errorf("CodeSpan(%q) = %q renders as %q", code, md, got)
		}
	}
}

// TestMarkdownContent parses pages with Markdown content: each row's
// Markdown must hold the wanted lines and render as the record's text.
func TestMarkdownContent(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // lines of the Markdown
	}{
		{"line starts", "<p># not a heading</p><p>- item</p><p>+ item</p><p>1. item</p><p>1) item</p><p>&gt; quote</p><p>&lt;div&gt;</p><p>```</p><p>| a | b |</p>",
			[]string{`\# not a heading`, `\- item`, `\+ item`, `1\. item`, `1\) item`, `\> quote`, `\<div\>`, "\\`\\`\\`", `\| a \| b \|`}},
		{"setext lines", "<p>A line<br>===</p><p>Another<br>---</p>", []string{"A line", `\===`, "Another", `\---`}},
		{"unclosed bold", "<p>An <b>unclosed, <b>bold word</p>", []string{"An **unclosed, bold word**"}},
		{"bold across a paragraph", "<b><p>text</b>words</p>", []string{"text", "words"}},
		{"empty emphasis", "<p>words<b></b><i> </i>end</p>", []string{"words end"}},
		{"emphasis that cannot open", `<p>foo<b>"bar"</b>baz</p>`, []string{`foo"bar"baz`}},
		{"emphasis inside a word", "<p>foo<b>bar</b>baz</p>", []string{"foo**bar**baz"}},
		{"emphasis touching emphasis", "<p>x <b>bold</b><i>italic</i> y</p>", []string{"x **bold**italic y"}},
		{"emphasis with spaces inside", "<p>a<em> spaced </em>b</p>", []string{"a *spaced* b"}},
		{"code span", "<p>run <code>a*b`c</code> now</p>", []string{"run ``a*b`c`` now"}},
		{"bold link", `<p>The council said more in <a href="https://example.com/s"><b>the story</b></a> it told residents on Tuesday evening.</p>`,
			[]string{"The council said more in **[the story](https://example.com/s)** it told residents on Tuesday evening."}},
		{"bang before a link", `<p>The council said no, and the mayor said it too: Wow!<a href="https://example.com/s">link</a></p>`,
			[]string{`The council said no, and the mayor said it too: Wow\![link](https://example.com/s)`}},
		{"heading with a closing hash", "<h2>Issue #</h2><h3>C#</h3>", []string{`## Issue \#`, "### C#"}},
		{"ragged table", "<table><tr><td>a|b</td><td><code>x|y</code></td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>",
			[]string{"| a\\|b | `x\\|y` |  |", "| --- | --- | --- |", "| 1 | 2 | 3 |"}},
		{"character references", "<p>&amp;copy; AT&amp;T</p>", []string{`\&copy; AT&T`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Each row's blocks stand in a story long enough to be kept.
			page := htmlPage("<title>T</title>", "<article><p>"+story+"</p>"+tt.body+"<p>"+story+"</p></article>")
			a, err := ParseBytes([]byte(page), Options{Content: ContentMarkdown})
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(a.Content, "\n")
			for _, w := range tt.want {
				found := false
				for _, l := range lines {
					found = found || l == w
				}
				if !found {
					t.Errorf("no line %q in\n%s", w, a.Content)
				}
			}
			checkMarkdown(t, a)
		})
	}
}
