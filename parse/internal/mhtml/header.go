package mhtml

import (
	"bufio"
	"bytes"
	"io"
	"mime"
	"net/textproto"
	"strings"
)

// headerLimit bounds how far Is and Extract look for the end of a header
// block, the message's or a part's. A saved page's message header holds a
// title, a date and an address or two, well under a kilobyte, and a part's
// header is shorter still; 64 KiB leaves room for a very long title or
// address while keeping the sniff cheap on inputs that are not MHTML at all.
const headerLimit = 64 << 10

// kind is what a Content-Type says a part is, as far as finding the page
// goes.
type kind int

const (
	// other is anything that is neither a page nor a container of parts.
	other kind = iota
	// page is an HTML document: text/html, or application/xhtml+xml,
	// which a browser saves in its place for pages served as XHTML.
	page
	// related is multipart/related, the body of an MHTML archive.
	related
	// multipartOther is any other multipart type, such as the
	// multipart/alternative a mail client nests inside an archive.
	multipartOther
)

// kindOf classifies a Content-Type field value by its media type: the
// first token, up to a ';', white space or a comment, in any case, when
// nothing but parameters or a comment follows it. Is uses it on the raw
// bytes of a field and Extract on the value textproto reads, which differ
// only in folding white space, so the two always agree.
func kindOf[S ~string | ~[]byte](v S) kind {
	i := 0
	for i < len(v) && isSpace(v[i]) {
		i++
	}
	j := i
	for j < len(v) && v[j] != ';' && v[j] != '(' && !isSpace(v[j]) {
		j++
	}
	t := v[i:j]
	// A media type is followed by its parameters or nothing: a value that
	// goes on in words is a sentence that happens to open like one.
	for j < len(v) && isSpace(v[j]) {
		j++
	}
	if j < len(v) && v[j] != ';' && v[j] != '(' {
		return other
	}
	switch {
	case equalFold(t, "text/html"), equalFold(t, "application/xhtml+xml"):
		return page
	case equalFold(t, "multipart/related"):
		return related
	case len(t) > len("multipart/") && equalFold(t[:len("multipart/")], "multipart/"):
		return multipartOther
	}
	return other
}

// mediaParams returns the parameters of a Content-Type value, names in
// lower case. It uses mime.ParseMediaType, and when that refuses the value
// it splits the parameters itself, so that what real files write still
// reads: a boundary left unquoted though it holds '=', as older mail and
// archive tools write it, or a parameter repeated.
func mediaParams(v string) map[string]string {
	if _, params, err := mime.ParseMediaType(v); err == nil {
		return params
	}
	params := map[string]string{}
	_, rest, _ := strings.Cut(v, ";")
	for _, field := range strings.Split(rest, ";") {
		name, value, ok := strings.Cut(field, "=")
		name = strings.ToLower(strings.TrimSpace(name))
		if !ok || name == "" {
			continue
		}
		value = strings.TrimSpace(value)
		if len(value) >= 2 && value[0] == '"' && value[len(value)-1] == '"' {
			value = value[1 : len(value)-1]
		}
		if _, seen := params[name]; !seen {
			params[name] = value
		}
	}
	return params
}

// scanHeader finds the message header at the start of b, within the first
// headerLimit bytes: after a UTF-8 byte order mark and blank lines, lines
// that are all header fields, up to and with the empty line that ends
// them. It returns that block and the body after it, and ok when the block
// has a MIME-Version of 1.0 and a Content-Type that an archive or a page
// has; see Is. Every block it accepts is one net/textproto reads without
// error: field names are tokens, values hold no control byte but tab, and
// the first line is not a continuation.
func scanHeader(b []byte) (head, body []byte, ok bool) {
	w := b[:min(len(b), headerLimit)]
	start := 0
	if bytes.HasPrefix(w, []byte("\xef\xbb\xbf")) {
		start = 3
	}
	for {
		i := start
		for i < len(w) && (w[i] == ' ' || w[i] == '\t' || w[i] == '\r') {
			i++
		}
		if i == len(w) || w[i] != '\n' {
			break
		}
		start = i + 1
	}
	ctype, version := -1, -1
	for pos := start; ; {
		n := bytes.IndexByte(w[pos:], '\n')
		if n < 0 {
			return nil, nil, false
		}
		next := pos + n + 1
		line := w[pos : pos+n]
		if len(line) > 0 && line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		}
		switch {
		case len(line) == 0:
			if ctype < 0 || version < 0 {
				return nil, nil, false
			}
			k := kindOf(fieldValue(w[:next], ctype))
			v := bytes.TrimLeft(fieldValue(w[:next], version), " \t\r\n")
			if k != page && k != related || !bytes.HasPrefix(v, []byte("1.0")) {
				return nil, nil, false
			}
			return b[start:next], b[next:], true
		case line[0] == ' ' || line[0] == '\t':
			if pos == start || !isFieldValue(line) {
				return nil, nil, false
			}
		default:
			colon := bytes.IndexByte(line, ':')
			if colon <= 0 || !isFieldName(line[:colon]) || !isFieldValue(line[colon+1:]) {
				return nil, nil, false
			}
			// The first of each counts, as textproto's Get returns the
			// first.
			if name := line[:colon]; ctype < 0 && equalFold(name, "Content-Type") {
				ctype = pos + colon + 1
			} else if version < 0 && equalFold(name, "MIME-Version") {
				version = pos + colon + 1
			}
		}
		pos = next
	}
}

// fieldValue returns the raw value of the field whose value starts at
// head[i:], with its folded continuation lines.
func fieldValue(head []byte, i int) []byte {
	for j := i; ; {
		n := bytes.IndexByte(head[j:], '\n')
		if n < 0 {
			return head[i:]
		}
		j += n + 1
		if j == len(head) || head[j] != ' ' && head[j] != '\t' {
			return head[i:j]
		}
	}
}

// readPart splits a part into its header fields and its body. The header
// ends at the first empty line, which must come within headerLimit bytes;
// a short part with no empty line is all header, as a resource saved empty
// may be written. A part that opens with an empty line has no header
// fields.
func readPart(raw []byte) (textproto.MIMEHeader, []byte, error) {
	switch {
	case bytes.HasPrefix(raw, []byte("\n")):
		return textproto.MIMEHeader{}, raw[1:], nil
	case bytes.HasPrefix(raw, []byte("\r\n")):
		return textproto.MIMEHeader{}, raw[2:], nil
	}
	w := raw[:min(len(raw), headerLimit)]
	end, hasEnd := len(w), false
	if i := bytes.Index(w, []byte("\n\n")); i >= 0 {
		end, hasEnd = i+2, true
	}
	// An empty line in CRLF form ends the header if it comes first.
	if i := bytes.Index(w[:end], []byte("\n\r\n")); i >= 0 {
		end, hasEnd = i+3, true
	}
	if !hasEnd && len(raw) > len(w) {
		return nil, nil, wrap(ErrHeader, "a part's header does not end")
	}
	h, err := readHeader(raw[:end])
	return h, raw[end:], err
}

// readHeader reads a block of header fields; the block ends with an empty
// line or with the end of head.
func readHeader(head []byte) (textproto.MIMEHeader, error) {
	h, err := textproto.NewReader(bufio.NewReader(bytes.NewReader(head))).ReadMIMEHeader()
	if err != nil && err != io.EOF {
		return nil, wrap(ErrHeader, err.Error())
	}
	return h, nil
}

// isFieldName reports whether name is a header field name that textproto
// accepts as one: an RFC 7230 token.
func isFieldName(name []byte) bool {
	for _, c := range name {
		if c >= 0x80 || !isTokenByte(c) {
			return false
		}
	}
	return true
}

// isTokenByte reports whether the ASCII byte c may appear in an RFC 7230
// token.
func isTokenByte(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}

// isFieldValue reports whether a line of a field value holds only bytes
// that textproto accepts in one: tab, printable ASCII, and any byte from
// 0x80 up.
func isFieldValue(v []byte) bool {
	for _, c := range v {
		if c < ' ' && c != '\t' || c == 0x7f {
			return false
		}
	}
	return true
}

// isSpace reports whether c is white space in a header: space, tab or a
// line end.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n'
}

// equalFold reports whether s and the ASCII word t are equal in any case,
// without allocating.
func equalFold[S ~string | ~[]byte](s S, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lower(s[i]) != lower(t[i]) {
			return false
		}
	}
	return true
}

// lower returns the lower case of the ASCII letter c, and any other byte
// as it is.
func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
