package htmlfront

import (
	"unsafe"

	"github.com/artparse/artparse/parse/internal/htmllex"
	"github.com/artparse/artparse/parse/internal/textkit"
	"golang.org/x/net/html/atom"
)

// page is what one pass over an HTML document leaves: the text blocks in
// document order, the block-level elements they sit in, and what the head
// and the markup say about the page.
type page struct {
	nodes  []node
	blocks []block
	meta   pageMeta
	// The inline structure of the blocks, when content was asked for:
	// each block's spans are a range of spans, and the addresses and
	// alternative texts they name are strings of refs (see content.go).
	spans []span
	refs  []string
}

// pageMeta holds the raw metadata found while tokenizing, before metadata.go
// weighs it.
type pageMeta struct {
	title     string    // <title>
	lang      string    // <html lang>
	base      string    // <base href>
	canonical string    // <link rel=canonical>
	imageSrc  string    // <link rel=image_src>
	metas     []metaTag // <meta name|property|itemprop content>
	jsonLD    []string  // <script type=application/ld+json> bodies
	jsonLDAt  [][2]int  // where each of them lies in the page, to its end tag
	ignoredLD [][2]int  // where the scripts capJSONLD dropped lie
	authors   []string  // text of rel=author links and itemprop=author
	images    []string  // <img src> in the body, in order
	cues      []cue     // body elements stating a date or an author (cues.go)
	deks      []int32   // first block of each element whose class names a standfirst
}

// metaTag is one <meta> element: its lower-cased name, property or
// itemprop, and its content.
type metaTag struct {
	key, content string
}

// frame is one open element on the tokenizer's stack.
type frame struct {
	tag   atom.Atom
	node  int32 // the nearest block-level element, which owns text here
	flags flags
}

// tokenizer carries the state of one pass. It is not reused across pages.
type tokenizer struct {
	lex   htmllex.Lexer
	p     *page
	stack []frame

	// The text block being gathered.
	cur       []byte
	curNode   int32
	curLink   int32 // runes inside links so far
	owesSpace bool  // a space is owed before the next word

	// Special text being gathered outside the body flow.
	capture     captureKind
	captureText []byte
	captureAt   int    // where the captured element's content begins in the page
	authorDepth int    // stack index of an open author element, or 0
	authorText  []byte // the text of that element so far
	cues        []openCue
	classes     classCache // class values read so far

	maxDepth int // record.Options.MaxDepth

	// Inline structure, kept only when the caller asked for Markdown or
	// HTML content (see content.go): the current block's spans are
	// p.spans[spanStart:].
	rich      bool
	spanStart int32
}

type captureKind uint8

const (
	captureNone captureKind = iota
	captureTitle
	captureJSONLD
)

// tokenize runs the streaming pass over doc. With rich, it also keeps each
// block's inline structure (emphasis, links, images) for the content field.
// The element stack is capped at maxDepth: deeper nesting is flattened, the
// extra elements not pushed, so a hostile page cannot make the pass
// quadratic or exhaust memory.
func tokenize(doc string, rich bool, maxDepth int) *page {
	t := &tokenizer{
		rich: rich,
		lex:  htmllex.New(stringBytes(doc)),
		p:    &page{nodes: make([]node, 1, 256), blocks: make([]block, 0, 128)},
	}
	t.maxDepth = maxDepth
	t.p.nodes[0] = node{parent: -1}
	t.stack = append(make([]frame, 0, 64), frame{node: 0})
	for {
		switch t.lex.Next() {
		case htmllex.EOF:
			t.flush()
			return t.p
		case htmllex.Text:
			// Scripts and hidden text are not read unless captured.
			if t.capture != captureNone || t.top().flags&(inSkip|inHidden) == 0 {
				t.text(t.lex.TextBytes())
			}
		case htmllex.StartTag:
			t.start(false)
		case htmllex.SelfClosingTag:
			t.start(true)
		case htmllex.EndTag:
			a, _ := htmllex.TagName(t.lex.TagBytes())
			t.end(a)
		}
	}
}

// stringBytes returns the bytes of s without copying them. The lexer only
// reads its input, and a copy of a whole page per parse was a tenth of all
// the memory the HTML front end allocated.
func stringBytes(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// bytesString returns b as a string without copying it. The caller must
// not change b while the string is in use.
func bytesString(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}

func (t *tokenizer) top() *frame { return &t.stack[len(t.stack)-1] }

// start handles a start tag.
func (t *tokenizer) start(selfClosing bool) {
	a, rest := htmllex.TagName(t.lex.TagBytes())
	t.closeImplied(a)
	parent := *t.top()
	f := frame{tag: a, node: parent.node, flags: parent.flags | regionFlags(a)}
	if isSkippedElement(a) {
		f.flags |= inSkip
	}
	if f.flags&inForeign != 0 {
		// Inside an SVG, a <title> or <style> is markup like any
		// other, and "<title/>" closes itself: reading raw text up
		// to a "</title>" would swallow the rest of the page.
		t.lex.NoRawText()
	}
	var attrs attrInfo
	if len(rest) > 1 {
		attrs = t.readAttrs(a, rest)
		if a == atom.Html || a == atom.Body {
			// Themes put layout words on <body> ("right-sidebar",
			// "sticky-menu") that say nothing about the article.
			attrs.flags &^= classHints
		}
		f.flags |= attrs.flags
	}
	switch a {
	case atom.A:
		if attrs.isLink {
			f.flags |= inLink
			if f.flags&(inSkip|inHidden) == 0 {
				t.p.nodes[parent.node].links++
			}
		}
	case atom.Br:
		if f.flags&(inSkip|inHidden) == 0 {
			t.lineBreak()
		}
	case atom.Html:
		if attrs.lang != "" && t.p.meta.lang == "" {
			t.p.meta.lang = attrs.lang
		}
	case atom.Title:
		// An SVG's <title> names a picture, not the page.
		if t.p.meta.title == "" && parent.flags&inForeign == 0 {
			t.capture, t.captureText = captureTitle, t.captureText[:0]
		}
	case atom.Script:
		if attrs.isJSONLD {
			t.capture, t.captureText = captureJSONLD, t.captureText[:0]
			t.captureAt = t.lex.Offset()
		}
	}
	if a == atom.Img && attrs.src != "" && f.flags&(inSkip|inHidden) == 0 {
		t.p.meta.images = append(t.p.meta.images, attrs.src)
		if t.rich {
			t.richImage(attrs.src, attrs.alt, f.node)
		}
	}
	if t.rich && f.flags&(inSkip|inHidden) == 0 {
		t.openSpan(a, attrs.link)
	}
	if attrs.cue&^cueDek != 0 && f.flags&inSkip == 0 {
		t.openCue(&attrs, f.flags, isVoidElement(a) || selfClosing || len(t.stack) >= t.maxDepth)
	}
	if isVoidElement(a) || selfClosing || len(t.stack) >= t.maxDepth {
		if isBlockLevel(a) && a != atom.Img {
			t.flush()
		}
		return
	}
	if isBlockLevel(a) {
		t.flush()
		if attrs.cue&cueDek != 0 && f.flags&(inSkip|inHidden) == 0 && len(t.p.meta.deks) < maxDeks {
			// After the flush: the element's first block is the next.
			t.p.meta.deks = append(t.p.meta.deks, int32(len(t.p.blocks)))
		}
		f.node = int32(len(t.p.nodes))
		t.p.nodes = appendDoubling(t.p.nodes, node{parent: parent.node, tag: a, flags: f.flags, own: attrs.flags | regionFlags(a)})
	}
	if attrs.holdsAuthor && t.authorDepth == 0 && f.flags&(inSkip|inHidden) == 0 {
		t.authorDepth = len(t.stack)
		t.authorText = t.authorText[:0]
	}
	t.stack = append(t.stack, f)
}

// end handles an end tag: it closes the nearest open element of that name
// and everything opened inside it. An end tag with no open element of its
// name is ignored, as browsers do.
func (t *tokenizer) end(a atom.Atom) {
	if a == atom.Br { // </br> is read as <br> by browsers
		t.lineBreak()
		return
	}
	if t.capture != captureNone && (a == atom.Title || a == atom.Script) {
		t.endCapture()
	}
	i := len(t.stack) - 1
	for ; i > 0; i-- {
		if t.stack[i].tag == a {
			break
		}
	}
	if i == 0 {
		return
	}
	t.popTo(i)
}

// popTo closes the elements from the top of the stack down to index i.
func (t *tokenizer) popTo(i int) {
	for j := len(t.stack) - 1; j >= i; j-- {
		if t.rich {
			t.closeSpan(t.stack[j].tag)
		}
		if isBlockLevel(t.stack[j].tag) {
			t.flush()
		}
		if t.authorDepth == j && j > 0 {
			t.endAuthor()
		}
		if len(t.cues) > 0 {
			t.closeCues(j)
		}
	}
	t.stack = t.stack[:i]
}

// closeImplied closes the elements that a start tag of a implicitly ends,
// following the HTML standard's commonest rules: a block closes an open
// <p>, and a list item, row, cell or option closes its open sibling.
func (t *tokenizer) closeImplied(a atom.Atom) {
	var stopAt []atom.Atom
	switch a {
	case atom.Li:
		stopAt = []atom.Atom{atom.Ul, atom.Ol, atom.Menu}
	case atom.Dt, atom.Dd:
		stopAt = []atom.Atom{atom.Dl}
	case atom.Tr:
		stopAt = []atom.Atom{atom.Table, atom.Tbody, atom.Thead, atom.Tfoot}
	case atom.Td, atom.Th:
		stopAt = []atom.Atom{atom.Tr, atom.Table}
	case atom.Option:
		stopAt = []atom.Atom{atom.Select, atom.Datalist}
	case atom.A:
		stopAt = nil
	default:
		// A page that never closes its <head> starts its body at the
		// first element that cannot be in a head, as browsers read it.
		if t.top().tag == atom.Head && !isHeadElement(a) {
			t.popTo(len(t.stack) - 1)
		}
		if isBlockLevel(a) && a != atom.Img && t.top().tag == atom.P {
			t.popTo(len(t.stack) - 1)
		}
		return
	}
	for i := len(t.stack) - 1; i > 0; i-- {
		tag := t.stack[i].tag
		for _, s := range stopAt {
			if tag == s {
				return
			}
		}
		if tag == a || (a == atom.Dt || a == atom.Dd) && (tag == atom.Dt || tag == atom.Dd) ||
			(a == atom.Td || a == atom.Th) && (tag == atom.Td || tag == atom.Th) {
			t.popTo(i)
			return
		}
		if a == atom.A && isBlockLevel(tag) {
			return
		}
	}
}

// endCapture stores the text of a <title> or JSON-LD script, without
// control characters (a JSON string holding a raw one is not JSON).
func (t *tokenizer) endCapture() {
	s := string(textkit.CleanControls(t.captureText))
	switch t.capture {
	case captureTitle:
		if t.p.meta.title == "" {
			t.p.meta.title = textkit.CollapseSpace(s)
		}
	case captureJSONLD:
		t.p.meta.jsonLD = append(t.p.meta.jsonLD, s)
		t.p.meta.jsonLDAt = append(t.p.meta.jsonLDAt, [2]int{t.captureAt, t.lex.Offset()})
	}
	t.capture, t.captureText = captureNone, t.captureText[:0]
}

// maxAuthorText is the length, in bytes, from which the text of an author
// element is not kept: a name and a role are shorter, an author's box
// with a biography is not a byline.
const maxAuthorText = 200

// endAuthor stores the text of a closed author element.
func (t *tokenizer) endAuthor() {
	if s := textkit.CollapseSpace(string(t.authorText)); s != "" && len(s) < maxAuthorText {
		t.p.meta.authors = append(t.p.meta.authors, s)
	}
	t.authorDepth = 0
	t.authorText = t.authorText[:0]
}

// isHeadElement reports whether a may stand in a <head>.
func isHeadElement(a atom.Atom) bool {
	switch a {
	case atom.Meta, atom.Link, atom.Title, atom.Script, atom.Style, atom.Base, atom.Noscript, atom.Template:
		return true
	}
	return false
}
