package mhtml

import (
	"bytes"
	"cmp"
	"errors"
	"iter"
	"net/textproto"
	"strings"
)

// nestLimit bounds how deep Extract looks for the page inside multipart
// parts within multipart parts. Archives are flat, and the deepest real
// nesting, a mail client's multipart/alternative inside the archive's
// multipart/related, is two levels; four leaves room for one more wrapper
// while a crafted message of thousands of nested parts costs no more than
// a few passes over it.
const nestLimit = 4

// part is a part of the message (or the message itself, when it is not
// multipart): its header fields, its Content-Type parameters, and its body
// as stored, transfer encoding still on.
type part struct {
	header textproto.MIMEHeader
	params map[string]string
	body   []byte
}

// mainPart returns the part that holds the page of the message whose
// header is root and whose body is body; see Extract.
func mainPart(root textproto.MIMEHeader, body []byte) (part, error) {
	ct := root.Get("Content-Type")
	p := part{header: root, params: mediaParams(ct), body: body}
	if kindOf(ct) == page {
		return p, nil
	}
	return findPage(p, 1)
}

// findPage returns the page among the parts of the multipart part m, at
// nesting depth depth: the part m's start parameter names, when that is
// HTML (or a multipart part holding HTML), else the first HTML part. A part
// whose header does not read is passed over; its error is returned only
// when no page is found, as the likeliest reason for that.
func findPage(m part, depth int) (part, error) {
	boundary := m.params["boundary"]
	if boundary == "" {
		return part{}, ErrNoBoundary
	}
	start := contentID(m.params["start"])
	var first part
	hasFirst, hasParts := false, false
	var headerErr error
	for raw := range parts(m.body, boundary) {
		hasParts = true
		h, body, err := readPart(raw)
		if err != nil {
			headerErr = cmp.Or(headerErr, err)
			continue
		}
		isNamed := start != "" && contentID(h.Get("Content-ID")) == start
		if hasFirst && !isNamed {
			continue
		}
		ct := h.Get("Content-Type")
		p := part{header: h, body: body}
		switch kindOf(ct) {
		case page:
			p.params = mediaParams(ct)
		case related, multipartOther:
			if depth >= nestLimit {
				continue
			}
			p.params = mediaParams(ct)
			if p, err = findPage(p, depth+1); err != nil {
				if errors.Is(err, ErrHeader) {
					headerErr = cmp.Or(headerErr, err)
				}
				continue
			}
		default:
			continue
		}
		if isNamed || start == "" {
			return p, nil
		}
		first, hasFirst = p, true
	}
	switch {
	case hasFirst:
		return first, nil
	case !hasParts:
		return part{}, ErrNoParts
	case headerErr != nil:
		return part{}, headerErr
	}
	return part{}, ErrNoHTML
}

// parts yields the parts of a multipart body in order, each from just
// after its boundary line to just before the line end that precedes the
// next boundary line. When the closing boundary line is missing, as in a
// file cut short, the last part runs to the end of the body.
func parts(body []byte, boundary string) iter.Seq[[]byte] {
	delim := []byte("--" + boundary)
	return func(yield func([]byte) bool) {
		start := -1
		for from := 0; ; {
			at, next, closes := delimiter(body, from, delim)
			if at < 0 {
				if start >= 0 {
					yield(body[start:])
				}
				return
			}
			if start >= 0 && !yield(body[start:lineEndBefore(body, start, at)]) {
				return
			}
			if closes {
				return
			}
			start, from = next, next
		}
	}
}

// delimiter finds the first boundary line in body at or after from: a
// line that opens with delim ("--" and the boundary), then "--" when it
// closes the body, then nothing but spaces and tabs (RFC 2046 lets
// transports pad the line) up to its line end, CRLF or LF alike. It returns
// the offset of the line, the offset just past its line end, and whether
// it is the closing line; at is -1 when there is none.
func delimiter(body []byte, from int, delim []byte) (at, next int, closes bool) {
	for from < len(body) {
		i := bytes.Index(body[from:], delim)
		if i < 0 {
			break
		}
		at = from + i
		from = at + 1
		if at > 0 && body[at-1] != '\n' {
			continue
		}
		j := at + len(delim)
		closes = bytes.HasPrefix(body[j:], []byte("--"))
		if closes {
			j += 2
		}
		for j < len(body) && (body[j] == ' ' || body[j] == '\t') {
			j++
		}
		switch {
		case j == len(body):
			return at, j, closes
		case body[j] == '\n':
			return at, j + 1, closes
		case body[j] == '\r' && (j+1 == len(body) || body[j+1] == '\n'):
			return at, min(j+2, len(body)), closes
		}
	}
	return -1, -1, false
}

// lineEndBefore returns end, moved back over the CRLF or LF just before it
// that belongs to the boundary line at end, but not before start.
func lineEndBefore(body []byte, start, end int) int {
	if end > start && body[end-1] == '\n' {
		end--
		if end > start && body[end-1] == '\r' {
			end--
		}
	}
	return end
}

// contentID returns a Content-ID, or a start parameter naming one, in the
// form two of them compare in: without white space around it, a "cid:"
// prefix or its angle brackets.
func contentID(id string) string {
	id = strings.TrimSpace(id)
	if len(id) >= 4 && strings.EqualFold(id[:4], "cid:") {
		id = id[4:]
	}
	id = strings.TrimPrefix(id, "<")
	id = strings.TrimSuffix(id, ">")
	return strings.TrimSpace(id)
}
