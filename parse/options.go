package parse

import (
	"fmt"

	"github.com/artparse/artparse/parse/internal/record"
)

// Format names a kind of input: HTML markup or plain text.
type Format string

// ContainerMHTML is Source.Container for a page taken out of an MHTML
// file (a web page saved as a single file).
const ContainerMHTML = "mhtml"

// The input formats. FormatAuto asks Parse to sniff the content.
const (
	FormatAuto Format = "auto"
	FormatHTML Format = "html"
	FormatText Format = "text"
)

// ParseFormat turns a user-supplied name ("auto", "html" or "text") into a
// Format, or reports that the name is unknown.
func ParseFormat(name string) (Format, error) {
	switch f := Format(name); f {
	case FormatAuto, FormatHTML, FormatText:
		return f, nil
	case "":
		return FormatAuto, nil
	}
	return "", fmt.Errorf("unknown input format %q (want auto, html or text)", name)
}

// Options controls one parse. The zero value is ready to use: it sniffs the
// format and resolves no relative links.
type Options struct {
	// Input forces the front end; the zero value and FormatAuto sniff the
	// content.
	Input Format
	// URL is the page's own address. It resolves relative links and becomes
	// the record's URL when the page names no canonical address.
	URL string
	// Content asks for the body with its structure in Article.Content as
	// well as in plain text: ContentMarkdown or ContentHTML. The zero value
	// asks for none, and the parse then keeps no inline structure at all.
	// For plain-text input the Markdown is the text itself and the
	// HTML one paragraph element per paragraph.
	Content Content

	// Encoding, when set, is the label of the encoding to read the input
	// in ("shift_jis", "windows-1251", any WHATWG label), over whatever the
	// input declares; an unknown label is an error.
	Encoding string
	// Charset is the charset label the transport the input came by
	// declared for it, such as the charset parameter of an HTTP
	// Content-Type. It is read as a browser reads a server's header:
	// after a byte order mark and valid UTF-8, before the page's own
	// declaration. An unknown label is ignored, as browsers ignore one.
	Charset string

	// MaxBytes is the largest input a parse accepts, in bytes; a larger one
	// is refused with ErrTooLarge before it is read whole. Zero means
	// DefaultMaxBytes and a negative value means no limit.
	MaxBytes int64
	// MaxDepth is how deeply HTML elements may nest. Elements opened deeper
	// are not kept as elements (their text is still read, as part of the
	// element that reached the limit), so a hostile page cannot make the
	// parse slow or large. Zero or less means DefaultMaxDepth.
	MaxDepth int
	// MaxJSONLD is the largest JSON-LD script read, in bytes, and
	// MaxJSONLDDepth how deeply its arrays and objects may nest; a script
	// over either limit is ignored, as if the page had none. Zero or less
	// means DefaultMaxJSONLD and DefaultMaxJSONLDDepth.
	MaxJSONLD      int
	MaxJSONLDDepth int
}

// The limits an Options with zero fields applies.
const (
	// DefaultMaxBytes (64 MiB) is forty times the largest page of the test
	// corpus (1.6 MB uncompressed).
	DefaultMaxBytes = 64 << 20
	// DefaultMaxDepth (512) is far deeper than pages nest in practice: the
	// deepest of the corpus's 130 readability pages nests some 40 levels.
	DefaultMaxDepth = 512
	// DefaultMaxJSONLD (4 MiB) holds any article's JSON-LD, articleBody
	// included.
	DefaultMaxJSONLD = 4 << 20
	// DefaultMaxJSONLDDepth (64) is far deeper than schema.org items nest.
	DefaultMaxJSONLDDepth = 64
)

// maxBytes returns the input limit opt sets, or -1 for none.
func (opt *Options) maxBytes() int64 {
	switch {
	case opt.MaxBytes == 0:
		return DefaultMaxBytes
	case opt.MaxBytes < 0:
		return -1
	}
	return opt.MaxBytes
}

// charsetHints returns what opt says of the input's encoding, or an error
// for an unknown Encoding label.
func (opt *Options) charsetHints() (charsetHints, error) {
	h := charsetHints{transport: opt.Charset}
	if opt.Encoding != "" {
		h.override, h.overrideName = lookupCharset(opt.Encoding)
		if h.override == nil {
			_, err := EncodingName(opt.Encoding)
			return h, err
		}
	}
	return h, nil
}

// frontOptions is what a front end is asked, every limit resolved.
func (opt *Options) frontOptions() record.Options {
	return record.Options{
		URL:            opt.URL,
		Content:        record.Content(opt.Content),
		MaxDepth:       orDefault(opt.MaxDepth, DefaultMaxDepth),
		MaxJSONLD:      orDefault(opt.MaxJSONLD, DefaultMaxJSONLD),
		MaxJSONLDDepth: orDefault(opt.MaxJSONLDDepth, DefaultMaxJSONLDDepth),
	}
}

// orDefault returns v, or def when v is zero or less.
func orDefault(v, def int) int {
	if v <= 0 {
		return def
	}
	return v
}

// Content names a form of the body for Article.Content.
type Content string

// The values of Options.Content.
const (
	// ContentNone, the zero value, asks for no content field.
	ContentNone Content = ""
	// ContentMarkdown renders the body as Markdown: headings, lists,
	// emphasis, links made absolute against the page's address, quotes,
	// fenced code, tables and images with their alt text. What CommonMark
	// would read as markup in the text is escaped, and emphasis is written
	// only where CommonMark reads it, so the Markdown renders as the
	// record's text.
	ContentMarkdown Content = "markdown"
	// ContentHTML renders the body as clean HTML: structural and inline
	// tags only (p, h1-h6, ul, ol, li, blockquote, pre, code, table, tr,
	// td, a, em, strong, br, img), with no scripts, styles, other
	// attributes, event handlers, or javascript: and data: addresses.
	ContentHTML Content = "html"
)

// EncodingName returns the WHATWG name of the encoding that label names
// ("sjis" names "shift_jis"), as Options.Encoding takes labels, or an error
// when no encoding has that label.
func EncodingName(label string) (string, error) {
	if enc, name := lookupCharset(label); enc != nil {
		return name, nil
	}
	return "", fmt.Errorf("unknown encoding %q", label)
}

// ParseContent turns a user-supplied name ("markdown" or "html", or empty
// for none) into a Content, or reports that the name is unknown.
func ParseContent(name string) (Content, error) {
	switch c := Content(name); c {
	case ContentNone, ContentMarkdown, ContentHTML:
		return c, nil
	}
	return "", fmt.Errorf("unknown content format %q (want markdown or html)", name)
}
