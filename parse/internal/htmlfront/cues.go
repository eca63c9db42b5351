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

// cuesIn returns the kinds of the cue words that v, of two bytes or more,
// holds anywhere, in either case. Most letters begin a cue word, but few
// are followed by the rest of its first three bytes (cueStarts): few
// places are compared with words.
func cuesIn(v []byte) cueKind {
	var found cueKind
	pair := startPair(uint(startCode[v[0]]), startCode[v[1]])
	for i := 2; i < len(v); i++ {
		c := startCode[v[i]]
		if cueStarts.at(pair, c) {
			found |= cuesAt(v[i-2:], found)
		}
		pair = startPair(pair, c)
	}
	return found
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

// cueStarts are the first three bytes of cueWords.
var cueStarts = func() (p wordStarts) {
	for _, w := range cueWords {
		p.add(w.word)
	}
	return p
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
