package htmlfront

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// The body's edges. Above a story's first paragraph and below its last,
// inside the container that holds it, pages set what frames the story
// rather than tells it: the lead picture's caption and credit, the
// author's biography, a call to support the site, a post's filing line.
// The class or microdata of their element names the first ones, wording
// the others (lexicon.EdgePhrases); inside the story the same names mark
// what belongs to it (a caption between two paragraphs describes a
// picture of the story, a quoted expert's box), and the same words may be
// the story's, so they are dropped only at the edges.

// trimEdges drops the blocks of bs that frame the story and stand
// outside its prose: before the first block of prose that is no frame
// and no dateline, or after the last. Only the blocks from either end
// to the story's are judged, and bs, the caller's own, is filtered in
// place.
func trimEdges(bs []*block) []*block {
	first := 0
	for first < len(bs) && !isStoryProse(bs[first]) {
		first++
	}
	if first == len(bs) {
		return bs // nothing but frames: no story to stand apart from
	}
	last := len(bs) - 1
	for !isStoryProse(bs[last]) {
		last--
	}
	out := bs[:0]
	for i, b := range bs {
		if (i < first || i > last) && isFrame(b) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// isStoryProse reports whether a block is prose of the story's own: no
// frame, and no dateline ("Published 3 May 2021, updated 4 May"), which
// reads as prose by its length.
func isStoryProse(b *block) bool {
	return readsAsProse(b) && !isDateline(b) && !isFrame(b)
}

// isFrame reports whether a block frames the story: its element names it
// a credit, the author's (a biography, a profile, itemprop=author), or a
// caption that says no more than a label does; or its words are a
// site's (isEdgeNotice). A caption that holds a sentence tells what the
// picture shows, and readers of the story take it as the story's:
// Readability keeps the one over a story.
func isFrame(b *block) bool {
	switch {
	case b.flags&(authorClass|creditClass) != 0:
		return true
	case b.flags&captionClass != 0:
		return !holdsSentence(b.text)
	}
	return isEdgeNotice(b)
}

// maxEdgeNotice is the longest block read for lexicon.EdgePhrases: a
// call to support the site runs to a few sentences.
const maxEdgeNotice = 400

// edgePhraseFinder finds lexicon.EdgePhrases in a lower-cased block.
var edgePhraseFinder = lexicon.NewPrefixes(lexicon.EdgePhrases...)

// isEdgeNotice reports whether a block holds one of lexicon.EdgePhrases.
func isEdgeNotice(b *block) bool {
	if b.chars > maxEdgeNotice || b.kind == kindHeading {
		return false
	}
	var buf [4 * maxEdgeNotice]byte
	return edgePhraseFinder.In(textkit.LowerInto(buf[:0], b.text))
}

// holdsSentence reports whether s holds the end of a sentence: a
// lower-case letter (or a CJK character), then a full stop, a question or
// an exclamation mark, a closing quote or bracket, and a space or the
// end. The stops of initials ("D.A.Press") and of a bracket
// ("(Symbolbild).") end none.
func holdsSentence(s string) bool {
	prevLower := false
	for i, r := range s {
		switch r {
		case '.', '!', '?', '。':
			if prevLower {
				rest := strings.TrimLeft(s[i+utf8.RuneLen(r):], "\"'”’»)]")
				if rest == "" || rest[0] == ' ' || rest[0] == '\n' {
					return true
				}
			}
		}
		prevLower = unicode.IsLower(r) || r >= cjkStart
	}
	return false
}

// cjkStart is where the CJK symbols and scripts begin in Unicode, whose
// characters have no case: any of them may end a sentence.
const cjkStart = 0x3000
