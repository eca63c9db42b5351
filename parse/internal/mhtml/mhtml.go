// Package mhtml reads web pages saved as MHTML, the single-file archives
// that Chrome and Edge write for "Save as: Webpage, Single File" (.mhtml)
// and that Internet Explorer, Word and browser extensions write as .mht.
//
// Such a file is a MIME message: a block of header fields, then usually a
// multipart/related body whose parts are the page and its resources, each
// part with its own Content-Type, Content-Transfer-Encoding and
// Content-Location. Some tools write a single-part message whose body is
// the page itself. This package finds the page's HTML part, undoes its
// transfer encoding and reports the charset and address it was saved with;
// it leaves decoding the characters and reading the HTML to its callers.
//
// [Is] sniffs content cheaply, and [Extract] says [ErrNotMHTML] exactly when
// Is says false, so a caller can sniff with Is and rely on Extract to agree.
// Extract works on the input in place: it never copies a part it does not
// return, nor decodes one, and an HTML part stored without transfer encoding
// is returned as a slice of the input. Every function is safe for
// concurrent use.
package mhtml

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// Page is the main HTML document of an MHTML message.
type Page struct {
	// HTML is the body of the page's part with its transfer encoding
	// undone: the bytes of the page in the charset it was saved in. It is
	// never empty, and it may share memory with the input of Extract.
	HTML []byte
	// Charset is the charset label the part's Content-Type declares, as
	// written (say "windows-1252" or "UTF-8"), or "" when it declares none;
	// the HTML may then name its charset itself.
	Charset string
	// Location is the address the page was saved from: the part's
	// Content-Location, else the message's Snapshot-Content-Location, else
	// the message's Content-Location, whichever first is an absolute http or
	// https URL; "" when none is.
	Location string
}

// The errors of Extract. Each error Extract returns is one of them, or
// wraps one with the detail that explains it.
var (
	// ErrNotMHTML: the input does not open with a MIME header that has a
	// MIME-Version and a multipart/related or HTML Content-Type; it is not
	// an MHTML message, and Is reports false for it.
	ErrNotMHTML = errors.New("mhtml: not an MHTML message")
	// ErrHeader: a header block could not be read as MIME header fields.
	ErrHeader = errors.New("mhtml: malformed header")
	// ErrNoBoundary: a multipart Content-Type names no boundary, so the
	// parts cannot be told apart.
	ErrNoBoundary = errors.New("mhtml: multipart message without a boundary")
	// ErrNoParts: no line of the body is the boundary, so there is no part.
	ErrNoParts = errors.New("mhtml: no part starts with the boundary")
	// ErrNoHTML: no part is an HTML document.
	ErrNoHTML = errors.New("mhtml: no text/html part")
	// ErrEmptyHTML: the HTML part holds nothing but white space.
	ErrEmptyHTML = errors.New("mhtml: empty text/html part")
	// ErrEncoding: the HTML part's Content-Transfer-Encoding is not one
	// that MIME defines.
	ErrEncoding = errors.New("mhtml: unknown content transfer encoding")
	// ErrBase64: the HTML part's base64 body does not decode.
	ErrBase64 = errors.New("mhtml: broken base64 body")
)

// Is reports whether b looks like an MHTML message. It reads at most the
// first 64 KiB of b and allocates nothing.
//
// b is MHTML when, after an optional UTF-8 byte order mark and blank lines,
// it opens with a block of MIME header fields ended by an empty line, every
// line of which is a field ("Name: value", the name an RFC 7230 token) or
// the folded continuation of one, and among which are a MIME-Version of
// 1.0 and a Content-Type of multipart/related, text/html or
// application/xhtml+xml. HTML, plain text that merely mentions a header,
// an HTTP response and an e-mail copied as text (which has no MIME-Version,
// or a body that is not HTML) all fail that test.
func Is(b []byte) bool {
	_, _, ok := scanHeader(b)
	return ok
}

// Extract returns the main HTML page of the MHTML message b.
//
// The page is the part the root Content-Type's start parameter names by
// its Content-ID, when that part is HTML; else the first HTML part in the
// order of the message, looking inside nested multipart parts; or, for a
// single-part message whose root is HTML, its body. Parts are read as real
// files write them, not only as RFC 2046 says: line ends may be CRLF, LF
// or a mix; a boundary line may carry trailing white space; the final
// boundary may be missing, in which case the last part runs to the end;
// header names may be in any case; a boundary left unquoted despite
// holding '=' is still found. Quoted-printable bodies keep any byte that
// is not a valid escape, and base64 bodies may hold white space and omit
// their padding.
//
// When b is not MHTML (Is(b) is false), the error is ErrNotMHTML; any
// other failure is, or wraps, another of the package's errors, and comes
// with the zero Page: a broken part is refused rather than passed on
// half decoded.
func Extract(b []byte) (Page, error) {
	head, body, ok := scanHeader(b)
	if !ok {
		return Page{}, ErrNotMHTML
	}
	root, err := readHeader(head)
	if err != nil {
		return Page{}, err
	}
	p, err := mainPart(root, body)
	if err != nil {
		return Page{}, err
	}
	html, err := decodeBody(p.body, p.header.Get("Content-Transfer-Encoding"))
	if err != nil {
		return Page{}, err
	}
	if len(bytes.TrimSpace(html)) == 0 {
		return Page{}, ErrEmptyHTML
	}
	return Page{
		HTML:    html,
		Charset: strings.TrimSpace(p.params["charset"]),
		Location: firstWebAddress(p.header.Get("Content-Location"),
			root.Get("Snapshot-Content-Location"), root.Get("Content-Location")),
	}, nil
}

// wrap returns an error that is sentinel, with detail after it.
func wrap(sentinel error, detail string) error {
	return fmt.Errorf("%w: %s", sentinel, detail)
}

// firstWebAddress returns the first of the values that is an absolute http
// or https URL, with any white space left by header folding taken out (RFC
// 2557 folds long Content-Location values), or "" when none is. Other
// addresses, such as cid:, file: or relative ones, say nothing about where
// the page lives on the web.
func firstWebAddress(values ...string) string {
	for _, v := range values {
		v = strings.Join(strings.Fields(v), "")
		u, err := url.Parse(v)
		if err != nil || u.Host == "" {
			continue
		}
		if s := strings.ToLower(u.Scheme); s == "http" || s == "https" {
			return v
		}
	}
	return ""
}
