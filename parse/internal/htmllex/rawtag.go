package htmllex

import (
	"bytes"
	"html"

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
// are cut, which no key the front ends read is. ok is false at the end.
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

// AttrText turns a raw attribute value into the text it stands for,
// decoding character references.
func AttrText(v []byte) string {
	if bytes.IndexByte(v, '&') < 0 {
		return string(v)
	}
	return html.UnescapeString(string(v))
}
