package htmllex

import (
	"bytes"
	"unsafe"

	"github.com/artparse/artparse/parse/internal/textkit"
	"golang.org/x/net/html"
)

// Kind is what a lexer token is.
type Kind uint8

// The token kinds Next returns.
const (
	EOF            Kind = iota // the end of the document
	Text                       // text; TextBytes holds it
	StartTag                   // a start tag; TagBytes holds "<name ...>"
	SelfClosingTag             // a start tag ending in "/>"
	EndTag                     // an end tag; TagBytes holds "</name ...>"
	Other                      // a comment, a doctype or a processing instruction
)

// Lexer walks one document. The slices it returns point into the document
// or into its scratch buffer, and stay valid until the next call to Next.
type Lexer struct {
	b       []byte
	pos     int
	raw     []byte // the current tag's bytes
	text    []byte // the current text, character references decoded
	rawTag  string // the element whose raw text comes next, or ""
	scratch []byte
	decoded []byte // unescape's output; scratch may hold its input
	keys    []int  // the current tag's attribute names, as start and end pairs
}

// New returns a lexer at the start of b. It never modifies b.
func New(b []byte) Lexer { return Lexer{b: b} }

// TagBytes returns the current tag's bytes, from '<' to '>', after Next
// returned a tag kind.
func (l *Lexer) TagBytes() []byte { return l.raw }

// TextBytes returns the current text, character references decoded, after
// Next returned Text.
func (l *Lexer) TextBytes() []byte { return l.text }

// Offset returns the position in the document just past the current
// token.
func (l *Lexer) Offset() int { return l.pos }

// NoRawText tells the lexer that the start tag just read opens an element
// whose content is markup after all (a <title> or <style> inside SVG), so
// that what follows it is read as markup, not as raw text up to its end tag.
func (l *Lexer) NoRawText() { l.rawTag = "" }

// rawTextElements are the elements whose content is text up to their end
// tag, never markup.
var rawTextElements = [...]string{
	"iframe", "noembed", "noframes", "noscript", "plaintext", "script",
	"style", "xmp", "textarea", "title",
}

// rcdata reports whether character references are decoded in the raw
// text of element tag.
func rcdata(tag string) bool { return tag == "textarea" || tag == "title" }

// Next moves to the next token and returns its kind.
func (l *Lexer) Next() Kind {
	b := l.b
	if l.rawTag != "" {
		tag := l.rawTag
		l.rawTag = ""
		end := len(b)
		switch tag {
		case "plaintext":
		case "script":
			end = scriptEnd(b, l.pos)
		default:
			end = rawEnd(b, l.pos, tag)
		}
		if end > l.pos {
			l.text = b[l.pos:end]
			l.pos = end
			if rcdata(tag) {
				l.text = l.unescape(l.text)
			} else {
				l.text = l.newlines(l.text)
			}
			// The standard makes a NUL in raw text U+FFFD. The binary
			// check in parse looks only at a page's head, so one can
			// get here.
			if bytes.IndexByte(l.text, 0) >= 0 {
				l.text = bytes.ReplaceAll(l.text, []byte{0}, []byte("\ufffd"))
			}
			return Text
		}
	}
	start := l.pos
	if start >= len(b) {
		return EOF
	}
	// Text runs up to a '<' that opens a tag, a comment or the like.
	i := start
	for {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 || i+j+1 >= len(b) {
			i = len(b)
			break
		}
		i += j
		if c := b[i+1]; textkit.IsASCIILetter(c) || c == '/' || c == '!' || c == '?' {
			break
		}
		i++
	}
	if i > start {
		l.pos = i
		l.text = l.unescape(b[start:i])
		return Text
	}
	switch c := b[i+1]; {
	case textkit.IsASCIILetter(c):
		end, selfClosing := l.tagEnd(i + 1)
		if end < 0 {
			l.pos = len(b) // an unfinished tag ends the document
			return EOF
		}
		l.raw, l.pos = b[i:end], end
		l.noteRawText(b[i+1 : end])
		if selfClosing {
			return SelfClosingTag
		}
		return StartTag
	case c == '/':
		if i+2 >= len(b) {
			l.pos = len(b)
			l.text = b[i:]
			return Text
		}
		switch c := b[i+2]; {
		case c == '>':
			l.pos = i + 3 // "</>" is nothing at all
			return Other
		case textkit.IsASCIILetter(c):
			end, _ := l.tagEnd(i + 2)
			if end < 0 {
				l.pos = len(b)
				return EOF
			}
			l.raw, l.pos = b[i:end], end
			return EndTag
		}
		l.pos = closeAngle(b, i+2)
		return Other
	case c == '!':
		if bytes.HasPrefix(b[i+2:], []byte("--")) {
			l.pos = commentEnd(b, i+4)
			return Other
		}
		l.pos = closeAngle(b, i+2)
		return Other
	}
	l.pos = closeAngle(b, i+2) // "<?...>"
	return Other
}

// noteRawText sets rawTag when the start tag whose bytes after '<' are
// tag opens an element of raw text.
func (l *Lexer) noteRawText(tag []byte) {
	// Their names start with one of these letters; most tags' do not.
	if len(tag) == 0 {
		return
	}
	switch tag[0] | 0x20 {
	case 'i', 'n', 'p', 's', 't', 'x':
	default:
		return
	}
	var buf [9]byte
	n := 0
	for ; n < len(tag) && tagClass[tag[n]]&(tcSpace|tcSlash|tcEnd) == 0; n++ {
		if n == len(buf) {
			return // longer than any of their names
		}
		c := tag[n]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
	}
	for _, name := range rawTextElements {
		if name == string(buf[:n]) {
			l.rawTag = name
			return
		}
	}
}

// unescape makes every line end "\n" and decodes the character
// references in text, as the standard says, in that order. It decodes
// with x/net/html's UnescapeString, as its tokenizer does, not with the
// standard library's, which leaves a one-digit reference without its
// semicolon ("&#9 ") as it is.
//
// A long text is decoded in pieces of about unescapeChunk bytes, each cut
// just before a '&'. That is exact, since a reference's decoding depends
// on no byte before its '&' and ends before the next one, and it keeps
// the decoder's own copies of the text small: a page-long paragraph was
// otherwise copied whole four times over.
func (l *Lexer) unescape(text []byte) []byte {
	text = l.newlines(text)
	next := bytes.IndexByte(text, '&')
	if next < 0 {
		return text
	}
	out := l.decoded[:0]
	if cap(out) < len(text) {
		// Decoding shortens text (but for a few references, by a few
		// bytes): sized once, not grown by doubling.
		out = make([]byte, 0, len(text)+len(text)/64)
	}
	for start := 0; start < len(text); {
		end := len(text)
		if start+unescapeChunk < len(text) {
			if i := bytes.IndexByte(text[start+unescapeChunk:], '&'); i >= 0 {
				end = start + unescapeChunk + i
			}
		}
		// A view of the bytes, not a copy: UnescapeString keeps
		// nothing of its argument, which out copies before text can
		// change.
		out = append(out, html.UnescapeString(unsafe.String(&text[start], end-start))...)
		start = end
	}
	l.decoded = out
	return out
}

// unescapeChunk is the size of the pieces unescape decodes a long text
// in: large enough that a piece's two allocations are nothing beside its
// decoding, small enough to stay in a processor's cache.
const unescapeChunk = 16 << 10

// newlines turns "\r\n" and "\r" in text into "\n".
func (l *Lexer) newlines(text []byte) []byte {
	i := bytes.IndexByte(text, '\r')
	if i < 0 {
		return text
	}
	out := append(l.scratch[:0], text[:i]...)
	for ; i < len(text); i++ {
		c := text[i]
		if c == '\r' {
			c = '\n'
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
		}
		out = append(out, c)
	}
	l.scratch = out
	return out
}

// tagEnd returns the index just past the '>' of the tag whose name starts
// at b[p], and whether the tag is self-closing, or -1 when the document
// ends inside the tag. It reads the attributes the way the standard does,
// so a '>' inside a quoted value does not end the tag.
func (l *Lexer) tagEnd(p int) (int, bool) { return l.readTag(p, false) }

// readTag is tagEnd. With keys it also lists the tag's attribute names in
// l.keys; only the rare tag that ends in an unquoted "/" value needs them,
// so tagEnd reads such a tag a second time rather than list every tag's.
func (l *Lexer) readTag(p int, keys bool) (int, bool) {
	b := l.b
	n := len(b)
	start := p
	if keys {
		l.keys = l.keys[:0]
	}
	for p < n && tagClass[b[p]]&(tcSpace|tcSlash|tcEnd) == 0 {
		p++
	}
	unquotedEnd := -1 // where the last unquoted value ended
	for {
		for p < n && tagSpace(b[p]) {
			p++
		}
		if p >= n {
			return -1, false
		}
		if b[p] == '>' {
			p++
			// "<br/>" closes itself; "<a href=/>" does not, unless its
			// last attribute repeats an earlier name: x/net/html drops
			// repeats and then looks at the earlier attribute instead.
			switch {
			case b[p-2] != '/':
				return p, false
			case unquotedEnd != p-1:
				return p, true
			case !keys:
				return l.readTag(start, true)
			}
			return p, repeatsLastKey(b, l.keys)
		}
		// The key; a leading '=' is part of it.
		k := p
		p++
		if b[k] == '/' {
			p = k // an empty key: the slash is read as the value below
		}
		for p < n && tagClass[b[p]]&(tcSpace|tcSlash|tcEnd|tcEq) == 0 {
			p++
		}
		if p > k {
			unquotedEnd = -1
			if keys {
				l.keys = append(l.keys, k, p)
			}
		}
		// The value.
		for p < n && tagSpace(b[p]) {
			p++
		}
		if p >= n {
			return -1, false
		}
		switch b[p] {
		case '/':
			p++
			continue
		case '=':
			p++
		default:
			continue
		}
		for p < n && tagSpace(b[p]) {
			p++
		}
		if p >= n {
			return -1, false
		}
		switch q := b[p]; q {
		case '>':
		case '"', '\'':
			e := bytes.IndexByte(b[p+1:], q)
			if e < 0 {
				return -1, false
			}
			p += e + 2
		default:
			for p < n && tagClass[b[p]]&(tcSpace|tcEnd) == 0 {
				p++
			}
			if p >= n {
				return -1, false
			}
			unquotedEnd = p
		}
	}
}

// repeatsLastKey reports whether the last attribute name in keys (start
// and end pairs into b) repeats an earlier one, ASCII letters compared
// without case, as attribute names are.
func repeatsLastKey(b []byte, keys []int) bool {
	if len(keys) < 4 {
		return false
	}
	last := b[keys[len(keys)-2]:keys[len(keys)-1]]
	for i := 0; i < len(keys)-2; i += 2 {
		if asciiFoldEqual(b[keys[i]:keys[i+1]], last) {
			return true
		}
	}
	return false
}

// asciiFoldEqual reports whether a and b are equal once ASCII capitals
// are lowered; other bytes must match exactly.
func asciiFoldEqual(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if textkit.LowerASCII(a[i]) != textkit.LowerASCII(b[i]) {
			return false
		}
	}
	return true
}

// closeAngle returns the index just past the next '>' from p, or the end.
func closeAngle(b []byte, p int) int {
	if p > len(b) {
		return len(b)
	}
	if e := bytes.IndexByte(b[p:], '>'); e >= 0 {
		return p + e + 1
	}
	return len(b)
}

// commentEnd returns the index just past the comment whose text starts at
// p (after "<!--"). The comment ends at "-->" or "--!>", or right away at
// ">" or "->", as in "<!-->".
func commentEnd(b []byte, p int) int {
	if p >= len(b) {
		return len(b)
	}
	rest := b[p:]
	switch {
	case rest[0] == '>':
		return p + 1
	case len(rest) > 1 && rest[0] == '-' && rest[1] == '>':
		return p + 2
	}
	end := len(b)
	if e := bytes.Index(rest, []byte("-->")); e >= 0 {
		end = p + e + 3
		rest = rest[:e+3]
	}
	// "--!>" is looked for only before the first "-->", so that a page
	// with many comments is not searched to its end for each.
	if e := bytes.Index(rest, []byte("--!>")); e >= 0 {
		end = p + e + 4
	}
	return end
}

// endTagAt reports whether b[p:] starts with the name tag, in any case,
// followed by a character that ends a tag name; eof is true when the
// document ends before that can be told.
func endTagAt(b []byte, p int, tag string) (match, eof bool) {
	if p+len(tag) >= len(b) {
		return false, true
	}
	for i := 0; i < len(tag); i++ {
		c := b[p+i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != tag[i] {
			return false, false
		}
	}
	switch b[p+len(tag)] {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		return true, false
	}
	return false, false
}

// rawEnd returns where the raw text of element tag that starts at p ends:
// at its end tag, or at the end of the document.
func rawEnd(b []byte, p int, tag string) int {
	for {
		j := bytes.IndexByte(b[p:], '<')
		if j < 0 {
			return len(b)
		}
		p += j
		if p+1 < len(b) && b[p+1] == '/' {
			match, eof := endTagAt(b, p+2, tag)
			if match {
				return p
			}
			if eof {
				return len(b)
			}
		}
		p++
	}
}

// scriptEnd returns where the script whose text starts at p ends. Inside
// a script, "<!--" opens an escaped part in which "<script>" starts a
// nested part that a "</script>" closes without ending the script, as in
// document.write calls; the states are the standard's.
func scriptEnd(b []byte, p int) int {
	n := len(b)
	const (
		data = iota
		escaped
		escapedDash
		escapedDashDash
		double
		doubleDash
		doubleDashDash
	)
	state := data
	for p < n {
		switch state {
		case data:
			j := bytes.IndexByte(b[p:], '<')
			if j < 0 {
				return n
			}
			lt := p + j
			p = lt + 1
			if p >= n {
				return n
			}
			switch b[p] {
			case '/':
				match, eof := endTagAt(b, p+1, "script")
				if match {
					return lt
				}
				if eof {
					return n
				}
				p++
			case '!':
				if p+2 < n && b[p+1] == '-' && b[p+2] == '-' {
					p += 3
					state = escapedDashDash
				} else if p+2 >= n {
					return n
				}
			}
		case escaped, escapedDash, escapedDashDash:
			c := b[p]
			p++
			switch {
			case c == '-' && state == escaped:
				state = escapedDash
			case c == '-':
				state = escapedDashDash
			case c == '>' && state == escapedDashDash:
				state = data
			case c == '<':
				if p >= n {
					return n
				}
				switch c := b[p]; {
				case c == '/':
					match, eof := endTagAt(b, p+1, "script")
					if match {
						return p - 1
					}
					if eof {
						return n
					}
					p++
					state = escaped
				case textkit.IsASCIILetter(c):
					match, eof := endTagAt(b, p, "script")
					switch {
					case eof:
						return n
					case match:
						p += len("script") + 1
						state = double
					default:
						state = escaped
					}
				default:
					state = data
				}
			default:
				state = escaped
			}
		default: // double, doubleDash, doubleDashDash
			c := b[p]
			p++
			switch {
			case c == '-' && state == double:
				state = doubleDash
			case c == '-':
				state = doubleDashDash
			case c == '>' && state == doubleDashDash:
				state = data
			case c == '<':
				state = double
				if p < n && b[p] == '/' {
					match, eof := endTagAt(b, p+1, "script")
					if eof {
						return n
					}
					if match {
						p += 1 + len("script") + 1
						state = escaped
					} else {
						p++
					}
				}
			default:
				state = double
			}
		}
	}
	return n
}
