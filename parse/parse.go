// Package parse turns saved web pages and plain-text copies of pages into
// Article records.
//
// Parse and ParseBytes read an input whole, decode it to UTF-8 (a byte
// order mark, UTF-8, a declared charset, or else a guess from the bytes),
// tell HTML from plain text (see Sniff) unless Options.Input says which it
// is, and run the front end for it: the HTML one reads the page in one streaming pass of
// tokens, without building a tree; the plain-text one reads a page as a
// browser's select-all-and-copy leaves it, line by line. Both fill the same
// Article, whose Source says which front end read the input and from which
// encoding.
//
// Web archives (WARC and WACZ files) hold many pages: Archive reads their
// captures one at a time and ParseCapture parses each.
//
// Every input is bounded (Options.MaxBytes, MaxDepth, MaxJSONLD,
// MaxJSONLDDepth), and the parse takes time linear in the input. Inputs that
// cannot be parsed at all fail with an error wrapping ErrEmpty, ErrBinary or
// ErrTooLarge; an input is binary by its magic bytes or by the share of
// control codes in its first 8 KiB, which is all Parse reads of one.
//
// Every string of an Article is valid UTF-8 with no control character but
// tab and newline, URL and Image are absolute http(s) addresses or empty,
// and the Markdown content renders, in CommonMark, as the text.
//
// Every function here is safe for concurrent use: nothing is shared between
// calls. An Archive is a reader, and is read by one goroutine at a time.
package parse

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/artparse/artparse/parse/internal/htmlfront"
	"github.com/artparse/artparse/parse/internal/mhtml"
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
// limit is refused (ErrTooLarge) without being held in memory, and an
// input whose first bytes show it binary (ErrBinary) is refused having
// read only those.
func Parse(r io.Reader, opt Options) (*Article, error) {
	h, err := opt.charsetHints()
	if err != nil {
		return nil, err
	}
	if limit := opt.maxBytes(); limit >= 0 && limit < math.MaxInt64 {
		r = io.LimitReader(r, limit+1)
	}
	head := make([]byte, OpeningLen)
	n, err := io.ReadFull(r, head)
	head = head[:n]
	switch {
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		return ParseBytes(head, opt)
	case err != nil:
		return nil, fmt.Errorf("read: %w", err)
	case isBinary(head, h):
		return nil, ErrBinary
	}
	b, err := io.ReadAll(io.MultiReader(bytes.NewReader(head), r))
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
	h, err := opt.charsetHints()
	if err != nil {
		return nil, err
	}
	// What the input is (an MHTML file, or else HTML or plain text as
	// opt.Input says or Sniff finds) is known before the binary rule is
	// applied to it as given, as Parse applies it before reading the
	// rest, so that both refuse the same inputs; decode applies it again
	// to the page an MHTML file holds. Plain text is scanned once for its
	// validity and its controls, which mostly answer the rule as well
	// (see binaryScanned).
	input := b
	format := opt.Input
	isMHTML := format != FormatText && mhtml.Is(b)
	if !isMHTML && (format == "" || format == FormatAuto) {
		format = Sniff(b)
	}
	scan := scanText(b, format)
	if binaryScanned(b, h, scan) {
		return nil, ErrBinary
	}
	var container string
	if isMHTML {
		// A page saved as one MHTML file: the page is its HTML part, in
		// the charset the part declares, saved from the address the
		// message names.
		page, err := mhtml.Extract(b)
		if err != nil {
			return nil, err
		}
		b, h.transport, container, format = page.HTML, page.Charset, ContainerMHTML, FormatHTML
		if opt.URL == "" {
			opt.URL = page.Location
		}
	}
	var d decoded
	if container == "" {
		// b and h are as isBinary passed them above.
		d, err = decodeText(b, format, h, scan)
	} else {
		d, err = decode(b, format, h)
	}
	if err != nil {
		return nil, err
	}
	fopt := opt.frontOptions()
	var r *record.Article
	// The HTML front end reads the page with its controls (see
	// cleanDecoded) and drops them from the text it takes; its body is
	// read once more here, so that the record's promise does not rest on
	// each path of it. The text front end's body holds none, since d.text
	// has none (see textfront.Parse).
	cleanText := true
	switch format {
	case FormatHTML:
		r = htmlfront.Parse(d.text, fopt)
	case FormatText:
		r, cleanText = textfront.Parse(d.text, fopt), false
	default:
		return nil, fmt.Errorf("unknown input format %q", format)
	}
	cleanRecord(r, cleanText, bytesString(input), bytesString(b), d.text)
	a := newArticle(r)
	a.Source.Format = format
	a.Source.Container = container
	a.Source.Encoding = d.encoding
	a.Source.EncodingGuessed = d.guessed
	return a, nil
}
