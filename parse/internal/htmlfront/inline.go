package htmlfront

import (
	"bytes"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/markdown"
)

// A block's inline content, rendered: its spans are first balanced (every
// opening with its closing, nested), then written as HTML tags or as
// Markdown. Markdown needs more care than HTML, since its emphasis is
// read from where the asterisks stand: see appendInline.

// inlineMode says where a block's inline content is written.
type inlineMode uint8

const (
	inlineBlock   inlineMode = iota // a paragraph or a list item: line breaks kept
	inlineOneLine                   // a Markdown heading: one line, a break is a space
	inlineCell                      // a Markdown table cell: one line, '|' escaped even in code
)

// inlineEvent is a span made ready to write: its text, or its address
// resolved.
type inlineEvent struct {
	kind spanKind
	text string // a text's text, an image's alternative text
	ref  string // a link's or an image's address, resolved
}

// inline renders a block's text with its inline structure, trimmed, into
// a buffer that the next call reuses.
func (w *contentWriter) inline(b *block, mode inlineMode) []byte {
	w.ev = w.balance(w.ev[:0], b)
	if w.isHTML {
		w.line = htmlInline(w.line[:0], w.ev)
	} else {
		w.atoms, w.inner = markdownAtoms(w.atoms[:0], w.inner[:0], w.ev)
		w.line = w.appendInline(w.line[:0], w.atoms, mode, ' ', ' ', 0)
	}
	return bytes.TrimSpace(w.line)
}

// balance appends the block's spans to ev as events, with the text between
// them, in which every opening has its closing and the spans nest: a closing without its
// opening is dropped, a closing first closes the spans opened inside its
// own, and the spans left open are closed at the end. A link or image
// whose address resolve refuses is dropped, a link keeping its text.
func (w *contentWriter) balance(ev []inlineEvent, b *block) []inlineEvent {
	text := b.text
	pos := int32(0) // the text before pos is written
	open := w.open[:0]
	for _, s := range w.p.spans[b.spanFrom:b.spanTo] {
		if at := min(s.at, int32(len(text))); at > pos {
			ev = append(ev, inlineEvent{kind: spanText, text: text[pos:at]})
			pos = at
		}
		if s.spaced && opens(s.kind) && wantsSpace(ev) {
			// The block's text was trimmed of the space before an
			// image or an element that ends it, or ends a line in it.
			ev = append(ev, inlineEvent{kind: spanText, text: " "})
		}
		switch s.kind {
		case spanBreak:
			ev = append(ev, inlineEvent{kind: spanBreak})
			if pos < int32(len(text)) && text[pos] == '\n' {
				pos++
			}
		case spanImage:
			if src := w.resolve(w.p.refs[s.ref]); src != "" {
				ev = append(ev, inlineEvent{kind: spanImage, text: w.p.refs[s.ref+1], ref: src})
			}
		case spanLinkOpen:
			href := w.resolve(w.p.refs[s.ref])
			if href == "" {
				continue // a javascript: or broken link keeps its text only
			}
			open = append(open, s.kind)
			ev = append(ev, inlineEvent{kind: s.kind, ref: href})
		case spanEmOpen, spanStrongOpen, spanCodeOpen:
			open = append(open, s.kind)
			ev = append(ev, inlineEvent{kind: s.kind})
		case spanEmClose, spanStrongClose, spanCodeClose, spanLinkClose:
			k := len(open) - 1
			for k >= 0 && open[k] != s.kind-1 {
				k--
			}
			if k < 0 {
				continue
			}
			for len(open) > k {
				ev = append(ev, inlineEvent{kind: open[len(open)-1] + 1})
				open = open[:len(open)-1]
			}
		}
	}
	if pos < int32(len(text)) {
		ev = append(ev, inlineEvent{kind: spanText, text: text[pos:]})
	}
	for len(open) > 0 {
		ev = append(ev, inlineEvent{kind: open[len(open)-1] + 1})
		open = open[:len(open)-1]
	}
	w.open = open
	return ev
}

// opens reports whether a span of kind k begins something: an image, or
// an element.
func opens(k spanKind) bool {
	switch k {
	case spanImage, spanEmOpen, spanStrongOpen, spanCodeOpen, spanLinkOpen:
		return true
	}
	return false
}

// wantsSpace reports whether a space lost before an image or an element
// goes after ev: not at its start, after a space, a line break or an
// opening.
func wantsSpace(ev []inlineEvent) bool {
	if len(ev) == 0 {
		return false
	}
	switch e := ev[len(ev)-1]; e.kind {
	case spanText:
		return !strings.HasSuffix(e.text, " ")
	case spanBreak, spanEmOpen, spanStrongOpen, spanCodeOpen, spanLinkOpen:
		return false
	}
	return true
}

// htmlTags are the tags of the spans, opening and closing.
var htmlTags = [...]string{
	spanEmOpen: "<em>", spanEmClose: "</em>", spanStrongOpen: "<strong>", spanStrongClose: "</strong>",
	spanCodeOpen: "<code>", spanCodeClose: "</code>", spanLinkClose: "</a>",
}

// htmlInline appends balanced events to dst as HTML.
func htmlInline(dst []byte, ev []inlineEvent) []byte {
	for _, e := range ev {
		switch e.kind {
		case spanText:
			dst = append(dst, html.EscapeString(e.text)...)
		case spanBreak:
			dst = append(dst, "<br>"...)
		case spanImage:
			dst = append(dst, `<img src="`+html.EscapeString(e.ref)+`" alt="`+html.EscapeString(e.text)+`">`...)
		case spanLinkOpen:
			dst = append(dst, `<a href="`+html.EscapeString(e.ref)+`">`...)
		default:
			dst = append(dst, htmlTags[e.kind]...)
		}
	}
	return dst
}

// The emphasis of Markdown text.
const (
	styleEm uint8 = 1 << iota
	styleStrong
)

// mdAtom is one piece of Markdown inline content: text, a line break, an
// image, a code span (kind spanCodeOpen, its content in text) or a link
// (kind spanLinkOpen, its text in inner), with the emphasis it stands in.
type mdAtom struct {
	kind  spanKind
	text  string
	ref   string
	style uint8
	inner []mdAtom
}

// markdownAtoms flattens balanced events into atoms, appended to top, each
// with the emphasis around it; the atoms of links' texts are appended to
// inner, and each link's are a slice of it. A code span keeps only its
// text (Markdown has no markup inside code), and a link inside a link only
// its text. A link takes on the emphasis all of its text has, so that
// <a><b>Title</b></a> becomes **[Title](...)**, and its text keeps the
// rest.
func markdownAtoms(top, inner []mdAtom, ev []inlineEvent) ([]mdAtom, []mdAtom) {
	var link mdAtom
	linkFrom, inLink, ignored := 0, false, 0
	em, strong, code := 0, 0, 0
	var codeText []byte
	var codeStyle uint8
	style := func() uint8 {
		var s uint8
		if em > 0 {
			s |= styleEm
		}
		if strong > 0 {
			s |= styleStrong
		}
		return s
	}
	add := func(a mdAtom) {
		if inLink {
			inner = append(inner, a)
		} else {
			top = append(top, a)
		}
	}
	for _, e := range ev {
		switch e.kind {
		case spanText:
			if code > 0 {
				codeText = append(codeText, e.text...)
			} else {
				add(mdAtom{kind: spanText, text: e.text, style: style()})
			}
		case spanBreak:
			if code > 0 {
				codeText = append(codeText, ' ')
			} else {
				add(mdAtom{kind: spanBreak})
			}
		case spanImage:
			if code == 0 {
				add(mdAtom{kind: spanImage, text: e.text, ref: e.ref, style: style()})
			}
		case spanEmOpen, spanEmClose, spanStrongOpen, spanStrongClose:
			if code > 0 {
				continue // balanced: closed inside the code too
			}
			d := 1
			if e.kind == spanEmClose || e.kind == spanStrongClose {
				d = -1
			}
			if e.kind <= spanEmClose {
				em += d
			} else {
				strong += d
			}
		case spanCodeOpen:
			if code == 0 {
				codeText, codeStyle = codeText[:0], style()
			}
			code++
		case spanCodeClose:
			if code--; code == 0 {
				add(mdAtom{kind: spanCodeOpen, text: string(codeText), style: codeStyle})
			}
		case spanLinkOpen:
			if inLink || code > 0 {
				ignored++
				continue
			}
			inLink, linkFrom = true, len(inner)
			link = mdAtom{kind: spanLinkOpen, ref: e.ref, style: style()}
		case spanLinkClose:
			if ignored > 0 {
				ignored--
				continue
			}
			inLink = false
			link.inner = inner[linkFrom:len(inner):len(inner)]
			shareStyle(&link)
			top = append(top, link)
		}
	}
	return top, inner
}

// shareStyle gives a link the emphasis that all of its text has, and
// leaves its text the emphasis the link does not have.
func shareStyle(link *mdAtom) {
	common, some := styleEm|styleStrong, false
	for _, a := range link.inner {
		if a.kind != spanBreak && (a.kind != spanText || strings.TrimSpace(a.text) != "") {
			common &= a.style
			some = true
		}
	}
	if some {
		link.style |= common
	}
	for i := range link.inner {
		link.inner[i].style &^= link.style
	}
}

// appendAtom appends one atom to dst, with no emphasis; the atom is the
// first of its segment when dst holds nothing after from.
func (w *contentWriter) appendAtom(dst []byte, a mdAtom, mode inlineMode, from, depth int) []byte {
	switch a.kind {
	case spanText:
		return markdown.AppendEscaped(dst, a.text)
	case spanBreak:
		if mode == inlineBlock {
			return append(dst, '\n')
		}
		return append(dst, ' ')
	case spanImage:
		dst = append(dst, "!["...)
		dst = markdown.AppendEscaped(dst, a.text)
		return append(append(append(dst, "]("...), markdownURL(a.ref)...), ')')
	case spanCodeOpen:
		if strings.TrimSpace(a.text) == "" {
			return append(dst, a.text...) // spaces: no code span can hold only them
		}
		return append(dst, markdown.CodeSpan(a.text, mode == inlineCell)...)
	case spanLinkOpen:
		if len(dst) > from {
			dst = escapeBang(dst)
		}
		dst = w.appendInline(append(dst, '['), a.inner, mode, '[', ']', depth+1)
		return append(append(append(dst, "]("...), markdownURL(a.ref)...), ')')
	}
	return dst
}

// segment is a run of atoms written with one emphasis (strong, em or
// none), or a line break: its text is inlineWork.text[start:stop], of
// which [lead:end] is the part the emphasis marks go around, without the
// white space before and after it.
type segment struct {
	emphasis               uint8
	isBreak                bool
	start, lead, end, stop int
}

// inlineWork is what appendInline works in, kept from block to block.
type inlineWork struct {
	segs []segment
	text []byte
}

// appendInline appends atoms to dst as Markdown inline content; before and
// after are the characters around it ('[' and ']' for a link's text, ' '
// for a line's start and end), and depth is 1 in a link's text.
//
// CommonMark reads emphasis from where its asterisks stand, and prints
// asterisks that cannot open or close as they are: so emphasis is written
// only where it will be read, and left out elsewhere. It is one level
// deep (strong wins over em), its white space moved outside; it is left
// out when it would hold nothing, when its asterisks would touch another
// emphasis' (four asterisks in a row are no pair), and when they would
// not be left-flanking and right-flanking, as CommonMark defines them,
// where they stand ("foo**"bar"**" is not bold).
func (w *contentWriter) appendInline(dst []byte, atoms []mdAtom, mode inlineMode, before, after rune, depth int) []byte {
	work := &w.scratch[depth]
	segs, text := work.segs[:0], work.text[:0]
	for i := 0; i < len(atoms); {
		start := len(text)
		if atoms[i].kind == spanBreak {
			text = w.appendAtom(text, atoms[i], mode, start, depth)
			segs = append(segs, segment{isBreak: mode == inlineBlock, start: start, lead: start, end: len(text), stop: len(text)})
			i++
			continue
		}
		e := emphasisOf(atoms[i].style)
		for ; i < len(atoms) && atoms[i].kind != spanBreak && emphasisOf(atoms[i].style) == e; i++ {
			text = w.appendAtom(text, atoms[i], mode, start, depth)
		}
		s := segment{start: start, lead: start, end: len(text), stop: len(text)}
		if c := text[start:]; e != 0 {
			core := bytes.TrimSpace(c)
			if len(core) > 0 {
				s.emphasis = e
				s.lead = start + len(c) - len(bytes.TrimLeftFunc(c, unicode.IsSpace))
				s.end = s.lead + len(core)
			}
		}
		segs = append(segs, s)
	}
	from := len(dst)
	lineStart, marked := from, false // where the line began in dst; dst ends with a closing mark
	for i, s := range segs {
		if s.isBreak {
			dst = append(dst, text[s.start:s.stop]...)
			lineStart, marked = len(dst), false
			continue
		}
		if s.emphasis == 0 || marked && s.lead == s.start {
			dst = appendMarkdown(dst, text[s.start:s.stop])
			marked = marked && s.start == s.stop
			continue
		}
		prev := before
		switch {
		case s.lead > s.start:
			prev, _ = utf8.DecodeLastRune(text[s.start:s.lead])
		case len(dst) > lineStart:
			prev, _ = utf8.DecodeLastRune(dst)
		case lineStart > from:
			prev = ' '
		}
		next := after
		switch {
		case s.stop > s.end:
			next, _ = utf8.DecodeRune(text[s.end:s.stop])
		case i+1 < len(segs) && segs[i+1].isBreak:
			next = ' '
		case i+1 < len(segs):
			next, _ = utf8.DecodeRune(text[segs[i+1].start:segs[i+1].stop])
		}
		first, _ := utf8.DecodeRune(text[s.lead:s.end])
		last, _ := utf8.DecodeLastRune(text[s.lead:s.end])
		if !markdown.CanOpen(prev, first) || !markdown.CanClose(last, next) {
			dst = appendMarkdown(dst, text[s.start:s.stop])
			marked = false
			continue
		}
		mark := "*"
		if s.emphasis == styleStrong {
			mark = "**"
		}
		dst = append(dst, text[s.start:s.lead]...)
		dst = append(dst, mark...)
		dst = append(dst, text[s.lead:s.end]...)
		dst = append(dst, mark...)
		dst = append(dst, text[s.end:s.stop]...)
		marked = s.end == s.stop
	}
	work.segs, work.text = segs, text
	return dst
}

// emphasisOf returns the one emphasis Markdown writes for style.
func emphasisOf(style uint8) uint8 {
	switch {
	case style&styleStrong != 0:
		return styleStrong
	case style&styleEm != 0:
		return styleEm
	}
	return 0
}

// appendMarkdown appends s to dst, escaping an '!' of text that dst ends
// with when s opens a link: "!" followed by "[" opens an image.
func appendMarkdown(dst, s []byte) []byte {
	if len(s) > 0 && s[0] == '[' {
		dst = escapeBang(dst)
	}
	return append(dst, s...)
}

// escapeBang escapes the '!' that dst ends with, unless a backslash
// escapes it already.
func escapeBang(dst []byte) []byte {
	if len(dst) == 0 || dst[len(dst)-1] != '!' {
		return dst
	}
	n := 0 // the backslashes before the '!': an odd count escapes it
	for n < len(dst)-1 && dst[len(dst)-2-n] == '\\' {
		n++
	}
	if n%2 == 1 {
		return dst
	}
	return append(dst[:len(dst)-1], '\\', '!')
}

// markdownURL writes an address so that it cannot end a Markdown link
// early, nor split a table's cell.
func markdownURL(u string) string {
	if !strings.ContainsAny(u, " ()|") {
		return u
	}
	return urlEscaper.Replace(u)
}

// urlEscaper percent-encodes what markdownURL must not leave in an
// address. It is built once: building a Replacer per link was a third of
// the memory a long page's Markdown took.
var urlEscaper = strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "|", "%7C")
