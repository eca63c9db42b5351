package htmlfront

import (
	"github.com/artparse/artparse/parse/internal/textkit"
	"golang.org/x/net/html/atom"
)

// Metadata cues are elements in the page body that state a date or an
// author for people rather than in the head for machines: <time>,
// microdata itemprops, and elements whose class or id names a byline or a
// date. The tokenizer records each with its attribute value, its text and
// its position among the text blocks; the choosers of the title, the
// authors and the dates (title.go, authors.go, dates.go) weigh them.

// cueKind says why an element was recorded as a cue; a cue can be several.
type cueKind uint8

const (
	cueTime     cueKind = 1 << iota // a <time> element, or one with a Unix time in a data attribute
	cueItemprop                     // itemprop names a date, a headline or an author
	cueByline                       // class or id names a byline or an author
	cueDate                         // class or id names a publication date
	cueUpdated                      // class or id names an update or modification
	cueDek                          // class or id names a standfirst (not kept as a cue: see pageMeta.deks)
)

// cue is one recorded element.
type cue struct {
	kind       cueKind
	prop       string // the itemprop, lower-cased
	val        string // datetime attribute, or content for an itemprop
	text       string // visible text, white space collapsed; "" if too long
	block      int32  // index of the first text block at or after the element
	flags      flags  // the element's own and inherited flags
	hasPubdate bool   // <time pubdate>
	isProfile  bool   // a link to an author's profile page, read only by the headline
}

// openCue is a cue whose element is still open, gathering its text.
type openCue struct {
	depth int // stack index of the element
	idx   int // index in pageMeta.cues
	buf   []byte
}

const (
	maxCues     = 128 // cues kept per page; the article's come early
	maxDeks     = 64  // standfirst elements kept per page; the article's comes early
	maxCueText  = 240 // bytes of text kept per cue; longer is not a byline
	maxCueClass = 200 // bytes of a class or id value read; longer is generated
)

// cueProps are the itemprops worth a cue.
var cueProps = map[string]bool{
	"datepublished": true, "datecreated": true, "datemodified": true, "dateupdated": true,
	"uploaddate": true, "headline": true, "alternativeheadline": true, "author": true, "creator": true,
}

// minCueWord is the length of the shortest of cueWords.
const minCueWord = 3

// cuesAt returns the kinds of the cue words that v starts with, in either
// case, leaving out the kinds already found (they need no more words).
func cuesAt(v []byte, found cueKind) cueKind {
	var k cueKind
	for _, i := range cueByFirst[v[0]|0x20] {
		if w := &cueWords[i]; found&w.kind == 0 && textkit.HasFoldPrefix(v, w.word) {
			k |= w.kind
		}
	}
	return k
}

// cueResult makes the kinds found in a value its cue: an update's word
// wins over a date's, since "updated-date" marks the modification.
func cueResult(found cueKind) cueKind {
	k := found & (cueByline | cueDek)
	switch {
	case found&cueUpdated != 0:
		k |= cueUpdated
	case found&cueDate != 0:
		k |= cueDate
	}
	return k
}

// cueWords are the lower-case words of a class or id value that name a
// byline, a date, an update or a standfirst, and what each names. Each
// has three bytes at least. The standfirst's words are read only near the
// story's headline (header.go), since lists of other stories call their
// teasers' text a summary or an excerpt too.
var cueWords = [...]struct {
	word string
	kind cueKind
}{
	{"author", cueByline}, {"autor", cueByline}, {"auteur", cueByline}, {"byline", cueByline},
	{"by-line", cueByline}, {"writer", cueByline}, {"reporter", cueByline}, {"posted-by", cueByline},
	{"posted", cueDate}, {"publish", cueDate}, {"date", cueDate}, {"time", cueDate},
	{"updat", cueUpdated}, {"modif", cueUpdated},
	{"dek", cueDek}, {"deck", cueDek}, {"subhead", cueDek}, {"standfirst", cueDek}, {"abstract", cueDek},
	{"summary", cueDek}, {"excerpt", cueDek}, {"lede", cueDek}, {"lead-", cueDek}, {"intro", cueDek},
	{"chapo", cueDek}, {"strapline", cueDek},
}

// cueByFirst lists the indexes of cueWords by their first letter, looked
// up folded, as a value's byte is.
var cueByFirst = func() (t [256][]uint8) {
	for k, w := range cueWords {
		t[w.word[0]|0x20] = append(t[w.word[0]|0x20], uint8(k))
	}
	return t
}()

// cueSeconds holds, for each first byte as cueByFirst looks it up, the
// second bytes of its words as bits (256 of them, in four words). A class
// value is looked at for cue words at most of its letters, since most
// letters begin one; few are followed by one's second letter, and
// mayCueAt turns the rest away before any word is compared.
var cueSeconds = func() (t [256][4]uint64) {
	for _, w := range cueWords {
		c := w.word[1]
		t[w.word[0]|0x20][c>>6] |= 1 << (c & 63)
	}
	return t
}()

// mayCueAt reports whether v, of two bytes or more, may start with a word
// of cueWords: whether its second byte is one that follows its first in
// some word (cueSeconds). Small enough to be inlined where cuesAt is
// called, which it spares the call.
func mayCueAt(v []byte) bool {
	c := textkit.LowerASCII(v[1])
	return cueSeconds[v[0]|0x20][c>>6]&(1<<(c&63)) != 0
}

// isCueFirst marks the bytes that begin a word of cueWords, in either case:
// most bytes of a value begin none, and a table of bytes turns them away
// sooner than cueByFirst's table of lists does.
var isCueFirst = func() (t [256]bool) {
	for c := range cueByFirst {
		t[c] = cueByFirst[c|0x20] != nil
	}
	return t
}()

// setCue completes an element's cue from its name and attributes, read by
// readAttrs.
func (ai *attrInfo) setCue(a atom.Atom, itemprop, content string) {
	switch a {
	case atom.Meta, atom.Link, atom.Script, atom.Style, atom.Html, atom.Body:
		ai.cue = 0
		return
	case atom.Time:
		ai.cue |= cueTime
	}
	if ai.holdsAuthor {
		// rel=author links and itemprop=author elements.
		ai.cue |= cueByline
	}
	if itemprop != "" && cueProps[itemprop] {
		ai.cue |= cueItemprop
		ai.prop = itemprop
		if ai.val == "" {
			ai.val = content
		}
	}
}

// openCue starts recording an element as a cue. A void element has no text
// and is recorded at once.
func (t *tokenizer) openCue(ai *attrInfo, f flags, isVoid bool) {
	m := &t.p.meta
	if len(m.cues) >= maxCues {
		return
	}
	m.cues = append(m.cues, cue{kind: ai.cue, prop: ai.prop, val: ai.val, block: int32(len(t.p.blocks)), flags: f, hasPubdate: ai.hasPubdate, isProfile: ai.isProfile})
	if !isVoid {
		t.cues = append(t.cues, openCue{depth: len(t.stack), idx: len(m.cues) - 1})
	}
}

// cueText adds a text token to every open cue.
func (t *tokenizer) cueText(b []byte) {
	for i := range t.cues {
		c := &t.cues[i]
		if len(c.buf) > maxCueText {
			continue
		}
		c.buf = append(c.buf, ' ')
		// Past the limit the cue's text is dropped, so one byte over is
		// as good as all: a page-long paragraph is not copied into it.
		c.buf = append(c.buf, b[:min(len(b), maxCueText+1-len(c.buf))]...)
	}
}

// closeCues stores the text of the open cues whose element, at stack index
// depth or deeper, is being closed.
func (t *tokenizer) closeCues(depth int) {
	for len(t.cues) > 0 {
		c := &t.cues[len(t.cues)-1]
		if c.depth < depth {
			return
		}
		if len(c.buf) <= maxCueText {
			t.p.meta.cues[c.idx].text = textkit.CollapseSpace(string(c.buf))
		}
		t.cues = t.cues[:len(t.cues)-1]
	}
}
