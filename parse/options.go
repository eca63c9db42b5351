package parse

import "fmt"

// Format names a kind of input: HTML markup or plain text.
type Format string

// The input formats. Auto asks Parse to sniff the content.
const (
	Auto       Format = "auto"
	FormatHTML Format = "html"
	FormatText Format = "text"
)

// ParseFormat turns a user-supplied name ("auto", "html" or "text") into a
// Format, or reports that the name is unknown.
func ParseFormat(name string) (Format, error) {
	switch f := Format(name); f {
	case Auto, FormatHTML, FormatText:
		return f, nil
	case "":
		return Auto, nil
	}
	return "", fmt.Errorf("unknown input format %q (want auto, html or text)", name)
}

// Options controls one parse. The zero value is ready to use: it sniffs the
// format and resolves no relative links.
type Options struct {
	// Input forces the front end; the zero value and Auto sniff the content.
	Input Format
	// URL is the page's own address. It resolves relative links and becomes
	// the record's URL when the page names no canonical address.
	URL string
	// Content asks for the body with its structure in Article.Content as
	// well as in plain text: ContentMarkdown or ContentHTML. The zero value
	// asks for none, and the parse then keeps no inline structure at all.
	// For plain-text input the Markdown is the text itself and the
	// HTML one paragraph element per paragraph.
	Content string
}

// The values of Options.Content.
const (
	// ContentMarkdown renders the body as Markdown: headings, lists,
	// emphasis, links made absolute against the page's address, quotes,
	// fenced code, tables and images with their alt text.
	ContentMarkdown = "markdown"
	// ContentHTML renders the body as clean HTML: structural and inline
	// tags only (p, h1-h6, ul, ol, li, blockquote, pre, code, table, tr,
	// td, a, em, strong, br, img), with no scripts, styles, other
	// attributes, event handlers, or javascript: and data: addresses.
	ContentHTML = "html"
)
