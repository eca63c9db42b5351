package parse

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/artparse/artparse/parse/internal/htmllex"
	"github.com/artparse/artparse/parse/internal/textkit"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// declScanLimit bounds how far into an HTML page decode looks for a
// declared charset. The HTML standard's prescan stops at 1024 bytes, but
// saved pages often carry long comments and scripts before their <meta>,
// so we look further, though never past the end of <head>.
const declScanLimit = 32 << 10

// charsetHints are what is known of an input's encoding apart from its
// bytes.
type charsetHints struct {
	// override is Options.Encoding's encoding and name, which decide when
	// set: the caller knows better than the bytes.
	override     encoding.Encoding
	overrideName string
	// transport is the charset label a container declared for the page,
	// as an MHTML part's Content-Type does: it comes before the page's
	// own declaration, as a server's header does in a browser.
	transport string
}

// decoded is an input turned into valid UTF-8.
type decoded struct {
	text string
	// encoding is the WHATWG name of the encoding the input was read in.
	encoding string
	// guessed says that no byte order mark, declaration, option or
	// UTF-8 validity decided the encoding, only a fallback.
	guessed bool
}

// decode turns the raw bytes of an input into valid UTF-8 and names the
// encoding it used. An input that isBinary says is binary is refused
// first. Then the order is: the caller's override; a byte order mark;
// UTF-16 recognised by its zero bytes (sniffUTF16); UTF-8 when the bytes
// are valid UTF-8 with some non-ASCII in them; the charset the page's
// container declared; for HTML, a charset declared in <meta>, then in an
// XML declaration; UTF-8 when the bytes are valid UTF-8; otherwise a
// guess (see guessEncoding), and windows-1252 when the guess finds
// nothing, since it maps every byte and is what browsers fall back to.
//
// Plain text comes out with no control character but tab and newline;
// HTML as it is (see cleanDecoded). The text may share b's memory, which
// the caller must then leave unchanged while it uses the text.
func decode(b []byte, format Format, h charsetHints) (decoded, error) {
	scan := scanText(b, format)
	if binaryScanned(b, h, scan) {
		return decoded{}, ErrBinary
	}
	return decodeText(b, format, h, scan)
}

// decodeText is decode for bytes that isBinary, with the same hints, has
// passed already: ParseBytes asks it of the input before it looks for an
// MHTML page inside, and the rule's 8 KiB need not be read twice.
//
// scan is what scanText found in b, which its callers ask of plain text,
// or the zero textScan.
func decodeText(b []byte, format Format, h charsetHints, scan textScan) (decoded, error) {
	if h.override != nil {
		return decodeWith(b, format, h.override, h.overrideName, false)
	}
	if enc, name, n := unicodeFrame(b); enc != nil {
		return decodeWith(b[n:], format, enc, name, false)
	}
	// Bytes that are valid UTF-8 and not plain ASCII are UTF-8, whatever
	// the page declares: a page in another encoding is almost never valid
	// UTF-8 by chance, while pages saved or converted to UTF-8 often keep
	// their old <meta charset>.
	// Validity is found once: a page of plain ASCII would otherwise be
	// read three times. Plain text, which loses its controls, has had
	// them found in the same pass.
	valid := scan.valid
	if !scan.done {
		valid = utf8.Valid(b)
	}
	if valid && !isASCII(b) {
		return checkTextFrom(decoded{text: bytesString(b), encoding: "utf-8"}, format, scan)
	}
	if enc, name := lookupCharset(h.transport); enc != nil {
		return decodeWith(b, format, enc, name, valid)
	}
	if format == FormatHTML {
		enc, name := declaredCharset(b)
		if enc == nil {
			enc, name = xmlDeclaredCharset(b)
		}
		if enc != nil {
			return decodeWith(b, format, enc, name, valid)
		}
	}
	if valid {
		return checkTextFrom(decoded{text: bytesString(b), encoding: "utf-8"}, format, scan)
	}
	if enc, name := guessEncoding(b, format); enc != nil {
		d, err := decodeWith(b, format, enc, name, false)
		d.guessed = true
		return d, err
	}
	s, _ := charmap.Windows1252.NewDecoder().Bytes(b)
	return checkText(decoded{text: bytesString(s), encoding: "windows-1252", guessed: true}, format)
}

// decodeWith reads b in the encoding enc, named name. valid says b is
// already known to be valid UTF-8, which spares a scan when enc is UTF-8.
// Bytes that are not valid in enc become U+FFFD, as in a browser.
func decodeWith(b []byte, format Format, enc encoding.Encoding, name string, valid bool) (decoded, error) {
	if name == "utf-8" {
		if valid || utf8.Valid(b) {
			return checkText(decoded{text: bytesString(b), encoding: name}, format)
		}
		// ToValidUTF8 is much slower than the check above.
		return checkText(decoded{text: strings.ToValidUTF8(bytesString(b), "\uFFFD"), encoding: name}, format)
	}
	s, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return decoded{encoding: name}, ErrBinary
	}
	return checkText(decoded{text: bytesString(s), encoding: name}, format)
}

// bytesString returns b as a string without copying it, which spares a
// copy of the whole page per parse (the largest single allocation of a
// parse). The string is only valid while b is left unchanged: decode's
// callers read b, never write it, and detach every field of the record
// that still points into it.
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// lookupCharset returns the encoding a charset label names, and its
// WHATWG name, or nil for an empty or unknown label. A declared UTF-16 is
// read as UTF-8, as the HTML standard says: decode has found UTF-16 by
// its byte order mark or its zero bytes before it reads a declaration, so
// a page that declares UTF-16 and reaches one is not.
func lookupCharset(label string) (encoding.Encoding, string) {
	if label == "" {
		return nil, ""
	}
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, ""
	}
	if strings.HasPrefix(name, "utf-16") {
		return encoding.Nop, "utf-8"
	}
	return enc, name
}

// xmlDeclaredCharset finds the encoding an XHTML page declares in the XML
// declaration it opens with (<?xml version="1.0" encoding="Shift_JIS"?>),
// the only declaration some such pages make.
func xmlDeclaredCharset(b []byte) (encoding.Encoding, string) {
	b = bytes.TrimLeft(b[:min(len(b), declScanLimit)], " \t\r\n")
	if !bytes.HasPrefix(b, []byte("<?xml")) {
		return nil, ""
	}
	end := bytes.Index(b, []byte("?>"))
	if end < 0 {
		return nil, ""
	}
	decl := b[:end]
	i := bytes.Index(decl, []byte("encoding"))
	if i < 0 {
		return nil, ""
	}
	rest := bytes.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if len(rest) == 0 || rest[0] != '=' {
		return nil, ""
	}
	rest = bytes.TrimLeft(rest[1:], " \t\r\n")
	if len(rest) == 0 || (rest[0] != '"' && rest[0] != '\'') {
		return nil, ""
	}
	q := rest[0]
	rest = rest[1:]
	j := bytes.IndexByte(rest, q)
	if j < 0 {
		return nil, ""
	}
	return lookupCharset(string(rest[:j]))
}

// isASCII reports whether b holds only 7-bit bytes. It reads 32 bytes at
// a time: a page of plain ASCII, often an HTML page whose other
// characters are all references, is read to its end, and a byte at a time
// that cost as much as validating it as UTF-8.
func isASCII(b []byte) bool {
	const highs = 0x8080808080808080
	i := 0
	for ; i+32 <= len(b); i += 32 {
		w := b[i : i+32]
		if (binary.LittleEndian.Uint64(w)|binary.LittleEndian.Uint64(w[8:])|
			binary.LittleEndian.Uint64(w[16:])|binary.LittleEndian.Uint64(w[24:]))&highs != 0 {
			return false
		}
	}
	for _, c := range b[i:] {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// checkText readies decoded input for its front end (cleanDecoded) and
// rejects it when it holds nothing but white space and control
// characters.
func checkText(d decoded, format Format) (decoded, error) {
	return checkTextFrom(d, format, textScan{})
}

// checkTextFrom is checkText for a d whose text is the input that scan
// read, when scan.done (plain text only).
func checkTextFrom(d decoded, format Format, scan textScan) (decoded, error) {
	if scan.done {
		d.text = textkit.CleanControlsFrom(d.text, scan.control)
	} else {
		d.text = cleanDecoded(d.text, format)
	}
	if t := strings.TrimSpace(d.text); t == "" || textkit.HasControl(t[:min(len(t), 2)]) && strings.TrimSpace(textkit.CleanControls(t)) == "" {
		return decoded{encoding: d.encoding, guessed: d.guessed}, ErrEmpty
	}
	return d, nil
}

// cleanDecoded returns the decoded text of a page in format as its front
// end reads it. Plain text loses its control characters but tab and
// newline (textkit.CleanControls): the text front end reads it line by
// line and byte by byte. HTML is returned as it is: its lexer reads any
// bytes as golang.org/x/net/html does (a CR as a newline), and the HTML
// front end drops the controls of the text it takes, where it takes it
// (text, a title, JSON-LD), as every string of the record is cleaned
// again at the end. A scan of each whole page for controls, which pages
// almost never hold, was an eighth of an HTML parse.
func cleanDecoded(text string, format Format) string {
	if format == FormatHTML {
		return text
	}
	return textkit.CleanControls(text)
}

// sniffBOM recognises a UTF-8 or UTF-16 byte order mark and returns the
// encoding it announces and the length of the mark.
func sniffBOM(b []byte) (encoding.Encoding, string, int) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return encoding.Nop, "utf-8", 3
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", 2
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", 2
	}
	return nil, "", 0
}

// declaredCharset finds the encoding an HTML page declares in a <meta
// charset> or <meta http-equiv=content-type> element before its body
// (see lookupCharset for a declared UTF-16).
func declaredCharset(b []byte) (encoding.Encoding, string) {
	l := htmllex.New(b[:min(len(b), declScanLimit)])
	for {
		switch l.Next() {
		case htmllex.EOF:
			return nil, ""
		case htmllex.StartTag, htmllex.SelfClosingTag:
			a, rest := htmllex.TagName(l.TagBytes())
			switch a {
			case atom.Body:
				return nil, ""
			case atom.Meta:
			default:
				continue
			}
			var label, content string
			httpEquiv := false
			it := htmllex.NewAttrs(rest)
			for {
				k, v, ok := it.Next()
				if !ok {
					break
				}
				switch string(k) {
				case "charset":
					label = htmllex.AttrText(v)
				case "http-equiv":
					httpEquiv = strings.EqualFold(string(v), "content-type")
				case "content":
					content = htmllex.AttrText(v)
				}
			}
			if label == "" && httpEquiv {
				label = charsetFromContentType(content)
			}
			if enc, name := lookupCharset(label); enc != nil {
				return enc, name
			}
		}
	}
}

// charsetFromContentType returns the charset parameter of a Content-Type
// value such as "text/html; charset=ISO-8859-1", or "".
func charsetFromContentType(v string) string {
	// Found by folding ASCII case byte by byte: strings.ToLower can change
	// the length of non-ASCII text, and with it the index into v (fuzzing
	// found a panic).
	i := 0
	for ; i+len("charset=") <= len(v); i++ {
		if strings.EqualFold(v[i:i+len("charset=")], "charset=") {
			break
		}
	}
	if i+len("charset=") > len(v) {
		return ""
	}
	v = strings.TrimLeft(v[i+len("charset="):], " \"'")
	if j := strings.IndexAny(v, " ;\"'"); j >= 0 {
		v = v[:j]
	}
	return v
}

// textScan is what one pass over an input of plain text found, before
// it is decoded (textkit.ScanUTF8): decode needs its validity, the
// cleaning of its controls where the first one is, and the binary rule
// whether its opening has any.
type textScan struct {
	done    bool // the input was scanned; the zero textScan was not
	valid   bool // the input is valid UTF-8
	control int  // the index of its first control but tab and newline, or its length; when valid
}

// scanText scans b, an input in format, for textScan when it is plain
// text, and returns the zero textScan for HTML, which keeps its controls
// and has only its validity asked.
func scanText(b []byte, format Format) textScan {
	if format != FormatText {
		return textScan{}
	}
	valid, control := textkit.ScanUTF8(b)
	return textScan{done: true, valid: valid, control: control}
}
