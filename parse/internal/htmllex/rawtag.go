package htmllex

import (
	"bytes"
	"strings"

	"github.com/artparse/artparse/parse/internal/textkit"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Reading tags from the lexer's raw bytes. html.Tokenizer's TagName and
// TagAttr copy every name, key and value they return (to replace NUL
// bytes), which costs an allocation per attribute on every tag of the
// page. The lexer has already found where the tag starts and ends, so the
// rest of the HTML standard's tag syntax is a short loop, done here over
// Lexer.TagBytes without copying. Values stay as written: callers that keep
// one as text unescape it with AttrText.

// TagName returns the atom of the tag whose raw bytes are raw ("<div ...>"
// or "</div>"), and the rest of raw after the name, where the attributes
// are.
func TagName(raw []byte) (atom.Atom, []byte) {
	i := 1
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	start := i
	for i < len(raw) && tagClass[raw[i]]&(tcSpace|tcSlash|tcEnd) == 0 {
		i++
	}
	name := raw[start:i]
	var buf [16]byte
	if len(name) > len(buf) {
		return 0, raw[i:] // longer than any known element's name
	}
	for j, c := range name {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[j] = c
	}
	return atom.Lookup(buf[:len(name)]), raw[i:]
}

// tagSpace reports whether c is white space inside a tag.
func tagSpace(c byte) bool { return tagClass[c]&tcSpace != 0 }

// The classes of the bytes that end names, keys and values in a tag.
const (
	tcSpace = 1 << iota // white space
	tcSlash             // '/'
	tcEnd               // '>'
	tcEq                // '='
)

// tagClass gives each byte its tag classes, so that the loops over names
// and keys test one table entry per byte instead of five or eight
// comparisons.
var tagClass = [256]uint8{' ': tcSpace, '\n': tcSpace, '\t': tcSpace, '\r': tcSpace, '\f': tcSpace,
	'/': tcSlash, '>': tcEnd, '=': tcEq}

// Attrs iterates over the attributes in the raw bytes after a tag's
// name.
type Attrs struct {
	b   []byte
	key [24]byte // the current key, lower-cased
}

// NewAttrs iterates over the attributes in rest, the bytes after a tag's
// name as TagName returns them.
func NewAttrs(rest []byte) Attrs { return Attrs{b: rest} }

// Next returns the next attribute's lower-cased key and its value as
// written (quotes removed, entities not decoded). Keys longer than 24 bytes
// are cut, which no key the front ends read is. A repeated key is given
// again, where html.Tokenizer keeps only the first of each key. ok is
// false at the end.
func (r *Attrs) Next() (key, val []byte, ok bool) {
	b := r.b
	i := 0
	for i < len(b) && tagClass[b[i]]&(tcSpace|tcSlash) != 0 {
		i++
	}
	if i >= len(b) || b[i] == '>' {
		r.b = nil
		return nil, nil, false
	}
	start := i
	i++ // a key may start with '=', as in the standard
	for i < len(b) && tagClass[b[i]]&(tcSpace|tcSlash|tcEnd|tcEq) == 0 {
		i++
	}
	n := 0
	for _, c := range b[start:i] {
		if n == len(r.key) {
			break
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		r.key[n] = c
		n++
	}
	key = r.key[:n]
	for i < len(b) && tagSpace(b[i]) {
		i++
	}
	if i >= len(b) || b[i] != '=' {
		r.b = b[i:]
		return key, nil, true
	}
	i++
	for i < len(b) && tagSpace(b[i]) {
		i++
	}
	if i < len(b) && (b[i] == '"' || b[i] == '\'') {
		q := b[i]
		i++
		end := bytes.IndexByte(b[i:], q)
		if end < 0 {
			val, r.b = b[i:], nil
			return key, trimTagEnd(val), true
		}
		val, r.b = b[i:i+end], b[i+end+1:]
		return key, val, true
	}
	start = i
	for i < len(b) && tagClass[b[i]]&(tcSpace|tcEnd) == 0 {
		i++
	}
	val, r.b = b[start:i], b[i:]
	return key, val, true
}

// trimTagEnd drops the tag's closing '>' from an unterminated quoted value.
func trimTagEnd(v []byte) []byte {
	if n := len(v); n > 0 && v[n-1] == '>' {
		return v[:n-1]
	}
	return v
}

// AttrText turns a raw attribute value into the text it stands for, as
// html.Tokenizer's TagAttr gives it (NUL bytes aside, which that replaces
// and this keeps): line ends become "\n", and character references are
// decoded by the standard's rule for attribute values, which is stricter
// than its rule for text: a named reference without its semicolon is
// decoded only when it is a whole name the standard lists so ("&copy"),
// and never before '=', so that "?a=1&copy=2&section=3" is a query
// string, not "?a=1©=2§ion=3". The standard library's UnescapeString
// reads text, and also leaves a numeric reference at the very end
// without its semicolon ("&#9") undecoded, hence x/net's here.
func AttrText(v []byte) string {
	if bytes.IndexByte(v, '&') < 0 && bytes.IndexByte(v, '\r') < 0 {
		return string(v)
	}
	s := string(v)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	return html.UnescapeString(keepAttrRefs(s))
}

// keepAttrRefs returns s with "&amp;" for the '&' of each named reference
// that the attribute rule leaves as written, so that UnescapeString, which
// follows the text rule, leaves it as written too. The text rule decodes
// all that the attribute rule does, and also a name without its semicolon
// before '=', and the longest listed name that an unlisted one starts
// with ("&notit;" as "¬it;"). Which names are listed is asked of
// UnescapeString itself:
//
//   - "&name;" is listed when it decodes otherwise than "&name" followed
//     by a plain ';' does;
//   - "&name" is listed without its semicolon when it decodes as "&name;"
//     does: each such name is listed with one too, for the same
//     character.
func keepAttrRefs(s string) string {
	var b []byte
	last := 0 // s[last:] is not yet in b
	for i := 0; i < len(s); i++ {
		if s[i] != '&' {
			continue
		}
		j := i + 1
		for j < len(s) && (textkit.IsASCIILetter(s[j]) || s[j]-'0' < 10) {
			j++
		}
		if j == i+1 {
			continue // "&#..." and a lone '&' read alike in both rules
		}
		name := s[i:j] // with its '&'
		var keep bool
		switch {
		case j < len(s) && s[j] == ';':
			keep = html.UnescapeString(name+";") == html.UnescapeString(name)+";"
		case j < len(s) && s[j] == '=':
			keep = true
		default:
			keep = html.UnescapeString(name) != html.UnescapeString(name+";")
		}
		if keep {
			b = append(b, s[last:i]...)
			b = append(b, "&amp;"...)
			last = i + 1
		}
		i = j - 1
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}
