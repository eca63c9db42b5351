package htmlfront

import (
	"golang.org/x/net/html/atom"
)

// flags describe where an element or a text block sits in the page. An
// element's flags include those of all its ancestors, so a block knows,
// without walking up, whether it is inside a <nav> or a hidden element.
type flags uint32

const (
	inSkip       flags = 1 << iota // script, style, svg and the like: no text is kept
	inHidden                       // hidden, aria-hidden or display:none
	inLink                         // inside <a href>
	inPre                          // white space is kept as written
	inNav                          // <nav> or role=navigation
	inAside                        // <aside> or role=complementary
	inHeader                       // <header> or role=banner
	inFooter                       // <footer> or role=contentinfo
	inForm                         // <form>, <button>, <select>
	inArticle                      // <article> or role=article or schema.org Article
	inMain                         // <main> or role=main
	inQuote                        // <blockquote>
	inFigure                       // <figure>
	inList                         // <ul>, <ol>, <dl>
	inTable                        // <table>
	badClass                       // class or id names boilerplate (menu, share, related, ...)
	goodClass                      // class or id names content (article, post-body, ...)
	inComments                     // class or id names comments
	inHeading                      // <h1> to <h6>
	inBody                         // itemprop=articleBody or the like
	inForeign                      // <svg> or <math>: foreign content, where no element holds raw text
	captionClass                   // class or id names a caption (edges.go)
	creditClass                    // class or id names a credit (edges.go)
	authorClass                    // class, id or itemprop names the author (edges.go)
)

// classHints are the flags read from class and id names.
const classHints = badClass | goodClass | inComments | frameClasses

// frameClasses are the flags of class names that frame a story: read at
// its edges only (edges.go).
const frameClasses = captionClass | creditClass | authorClass

// boilerplateRegions are the flags of elements whose text is rarely the
// article's own, whatever their size.
const boilerplateRegions = inNav | inAside | inFooter | inForm | badClass | inComments

// blockKind says what a text block is, which decides how it is written in
// the record's text.
type blockKind uint8

const (
	kindPara    blockKind = iota // a paragraph or any other run of text
	kindHeading                  // h1 to h6
	kindItem                     // a list item or definition
	kindPre                      // preformatted text or code
	kindCell                     // a table cell
	kindCaption                  // a figure or table caption
	kindImage                    // an image with no text around it (content only)
)

// node is what the page keeps of an element once the tokenizer has passed
// it: enough to score it as a container without building a DOM. Parents
// come before their children in page.nodes.
type node struct {
	parent int32     // index of the parent node; -1 for the root
	tag    atom.Atom // the element's name, 0 if not a known one
	flags  flags     // own and inherited flags
	own    flags     // the flags the element sets itself
	links  int32     // <a href> elements whose nearest block-level element this is
	// Accumulated over the blocks below this node by the classifier.
	chars, linkChars, prose int32
	teasers                 int32 // headings that are links, in the subtree
	free                    int32 // prose outside boilerplate regions
	score                   float32
	boxed                   bool // a boilerplate region: its text is not the article's
	isTeaser                bool // boxed as an item of a list of teasers
	isLead                  bool // chosen for the standfirst it holds, and only for that
}

// shape is what the steps after the body's selection need of a node: its
// parent and its tag. The rest of a node (its scores) is the classifier's,
// and the page's nodes are let go once the body is chosen, since they are
// a large part of what a large page keeps in memory.
type shape struct {
	parent int32
	tag    atom.Atom
}

// shapes returns the shape of each node.
func shapes(nodes []node) []shape {
	out := make([]shape, len(nodes))
	for i, n := range nodes {
		out[i] = shape{n.parent, n.tag}
	}
	return out
}

// block is a run of text between two block-level boundaries, with the
// features that decide whether it belongs to the article body.
type block struct {
	text      string    // white space collapsed, except in pre
	node      int32     // the nearest block-level element holding the text
	kind      blockKind // how to write it
	level     int8      // heading level, 1 to 6, for kindHeading
	flags     flags     // the flags of node
	chars     int32     // runes in text
	linkChars int32     // runes of text inside links
	words     int32     // words in text
	commas    int16     // commas, a cheap sign of sentences
	stops     int16     // sentence-ending punctuation
	// The block's inline structure, kept only when content was asked
	// for: page.spans[spanFrom:spanTo].
	spanFrom, spanTo int32
}

// linkDensity is the share of the block's text that is link text.
func (b *block) linkDensity() float32 {
	if b.chars == 0 {
		return 0
	}
	return float32(b.linkChars) / float32(b.chars)
}

// isBlockLevel reports whether an element breaks the text flow: its start and
// end close the current text block.
func isBlockLevel(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body,
		atom.Caption, atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Dir,
		atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5,
		atom.H6, atom.Header, atom.Hgroup, atom.Hr, atom.Html, atom.Legend,
		atom.Li, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Pre,
		atom.Section, atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Tfoot,
		atom.Th, atom.Thead, atom.Tr, atom.Ul, atom.Option, atom.Select,
		atom.Textarea, atom.Button, atom.Iframe, atom.Img, atom.Video, atom.Audio:
		return true
	}
	return false
}

// isVoidElement reports whether an element never has content, so the
// tokenizer will send no end tag for it.
func isVoidElement(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr,
		atom.Img, atom.Input, atom.Link, atom.Meta, atom.Param, atom.Source,
		atom.Track, atom.Wbr, atom.Keygen:
		return true
	}
	return false
}

// isSkippedElement reports whether an element's content is never article text.
func isSkippedElement(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg,
		atom.Iframe, atom.Object, atom.Canvas, atom.Select,
		atom.Textarea, atom.Head, atom.Title, atom.Noembed, atom.Noframes,
		atom.Option, atom.Datalist, atom.Audio, atom.Video, atom.Map,
		// A ruby's annotations (the readings set above Japanese
		// characters) are not text of their own: kept inline, they
		// would double every annotated word.
		atom.Rt, atom.Rp:
		return true
	}
	return false
}

// regionFlags gives the flags an element sets for its subtree by its name.
func regionFlags(a atom.Atom) flags {
	switch a {
	case atom.Nav, atom.Menu:
		return inNav
	case atom.Aside:
		return inAside
	case atom.Header:
		return inHeader
	case atom.Footer:
		return inFooter
	case atom.Form, atom.Button, atom.Fieldset:
		return inForm
	case atom.Article:
		return inArticle
	case atom.Main:
		return inMain
	case atom.Blockquote:
		return inQuote
	case atom.Figure, atom.Figcaption:
		// A caption set outside a <figure> is a caption all the same.
		return inFigure
	case atom.Ul, atom.Ol, atom.Dl:
		return inList
	case atom.Table:
		return inTable
	case atom.Pre:
		return inPre
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return inHeading
	case atom.Svg, atom.Math:
		return inForeign
	}
	return 0
}

// roleFlags gives the flags an ARIA role sets for its subtree.
func roleFlags(role string) flags {
	switch role {
	case "navigation", "menu", "menubar", "tablist":
		return inNav
	case "complementary":
		return inAside
	case "banner":
		return inHeader
	case "contentinfo":
		return inFooter
	case "search", "form", "dialog", "alertdialog":
		return inForm
	case "article":
		return inArticle
	case "main":
		return inMain
	}
	return 0
}

// headingLevel returns 1 to 6 for h1 to h6 and 0 for anything else.
func headingLevel(a atom.Atom) int8 {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// appendDoubling appends v to s, doubling s's capacity when it is full
// where append grows a large slice by a quarter. The page's elements,
// blocks and spans are the largest slices of a parse, and grown a quarter
// at a time they left some four times their final size in garbage, by
// which the collector lets the heap grow; doubled, they leave at most
// their size, and hold at most twice what they need.
func appendDoubling[T any](s []T, v T) []T {
	if len(s) == cap(s) {
		t := make([]T, len(s), 2*cap(s)+64)
		copy(t, s)
		s = t
	}
	return append(s, v)
}
