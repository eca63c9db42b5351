// Package parse turns saved web pages and plain-text copies of pages into
// Article records.
//
// The HTML front end reads the page in one pass of a lexer that splits it
// exactly as golang.org/x/net/html's tokenizer does; the text front end
// reads lines. Both produce text blocks with features, which are
// classified as body or boilerplate, and both meet in the same Article.
// The pipeline, file by file:
//
//	decode.go    bytes to UTF-8 (BOM, declared charset, UTF-8, windows-1252)
//	sniff.go     HTML or plain text
//	lex.go       the HTML split into text, tags and comments
//	tokenize.go  one pass over the HTML tokens: head metadata and text blocks,
//	             with tokentext.go (the words of a block and its measures)
//	rawtag.go    tag names and attributes read from the raw tag bytes
//	attributes.go what an element's attributes say (class words, roles, meta)
//	blocks.go    the text blocks and their features
//	classify.go  which blocks are the article body, with boilertext.go
//	             (notices recognised by their wording)
//	ldbody.go    JSON-LD articleBody as a fallback body
//	content.go   the body as Markdown or clean HTML (Options.Content)
//	metadata.go  title, authors, dates and the other record fields, with
//	             title.go, authors.go, dates.go (which date is the
//	             publication's), datecandidates.go (the dates a page shows
//	             and where), datetext.go (dates printed for people),
//	             jsonld.go (JSON-LD) and cues.go (bylines and dates marked
//	             in the body)
//	text.go      the plain-text front end, with textlines.go and
//	             textspace.go (lines, their white space and features),
//	             textclassify.go, textedges.go, textboiler.go and
//	             textnotice.go (which lines are the story), textmeta.go,
//	             textbyline.go, textauthors.go and textdate.go (header),
//	             textlang.go (the language from script and common words)
//	record.go    assembling the Article
//
// Every function here is safe for concurrent use: nothing is shared between
// calls.
package parse

import (
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/artparse/artparse/parse/internal/htmlfront"
	"github.com/artparse/artparse/parse/internal/record"
	"github.com/artparse/artparse/parse/internal/textfront"
)

// Errors that describe why an input cannot be parsed at all. Parse, HTML and
// Text wrap them, so test with errors.Is.
var (
	// ErrEmpty reports an input with no bytes, or only white space.
	ErrEmpty = errors.New("empty input")
	// ErrBinary reports an input that is not text in any supported encoding,
	// such as an image or an executable.
	ErrBinary = errors.New("binary data, not text")
	// ErrTooLarge reports an input larger than Options.MaxBytes.
	ErrTooLarge = errors.New("input too large")
)

// Parse reads the whole of r and returns its article record. The input is
// read as opt.Input says, or sniffed (see Sniff) when that is Auto or empty.
// It reads at most one byte more than opt.MaxBytes, so an input over the
// limit is refused (ErrTooLarge) without being held in memory.
func Parse(r io.Reader, opt Options) (*Article, error) {
	if limit := opt.maxBytes(); limit >= 0 && limit < math.MaxInt64 {
		r = io.LimitReader(r, limit+1)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	return ParseBytes(b, opt)
}

// HTML reads the whole of r as an HTML page and returns its article record.
func HTML(r io.Reader, opt Options) (*Article, error) {
	opt.Input = FormatHTML
	return Parse(r, opt)
}

// Text reads the whole of r as plain text, such as a page copied from a
// browser, and returns its article record.
func Text(r io.Reader, opt Options) (*Article, error) {
	opt.Input = FormatText
	return Parse(r, opt)
}

// ParseBytes is Parse for an input already in memory. It does not modify b
// and keeps no reference to it.
func ParseBytes(b []byte, opt Options) (*Article, error) {
	switch opt.Content {
	case ContentNone, ContentMarkdown, ContentHTML:
	default:
		return nil, fmt.Errorf("unknown content format %q (want markdown or html)", opt.Content)
	}
	if limit := opt.maxBytes(); limit >= 0 && int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: over %d bytes (the limit)", ErrTooLarge, limit)
	}
	format := opt.Input
	if format == "" || format == FormatAuto {
		format = Sniff(b)
	}
	doc, enc, err := decode(b, format)
	if err != nil {
		return nil, err
	}
	fopt := opt.frontOptions()
	var r *record.Article
	switch format {
	case FormatHTML:
		r = htmlfront.Parse(doc, fopt)
	case FormatText:
		r = textfront.Parse(doc, fopt)
	default:
		return nil, fmt.Errorf("unknown input format %q", format)
	}
	a := newArticle(r)
	a.Source.Format = format
	a.Source.Encoding = enc
	return a, nil
}
