package textfront

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// The story's edges in a copy. Under a story's last paragraph, and over
// its first, a page sets what speaks to the reader about the site rather
// than the story: a call to get its app or to support it, a post's filing
// line, a short notice ("follow us", "our YouTube channel"), a teaser's
// summary that ends in a link to read on. Their wording is
// lexicon.EdgePhrases and lexicon.BlockNoticePhrases, which
// the HTML front end reads at the same place and in blocks as short;
// inside the story the same words may be the story's own (a story about
// an app), so only the lines outside its prose core are asked.

// maxEdgeLine is the longest line, in runes, read for lexicon.EdgePhrases:
// a call to follow or support the site runs to a few sentences, and the
// HTML front end reads no longer block.
const maxEdgeLine = 400

// edgePhrases finds lexicon.EdgePhrases and lexicon.LineFormPhrases in a
// lower-cased line.
var edgePhrases = lexicon.NewPrefixes(slices.Concat(lexicon.EdgePhrases, lexicon.LineFormPhrases)...)

// maxEdgeNotice is the longest line, in runes, read for
// lexicon.BlockNoticePhrases at the story's edges: their words are
// common ("subscribe", "read more"), and the HTML front end reads them
// only in a block as short.
const maxEdgeNotice = 160

// edgeNotices finds lexicon.BlockNoticePhrases at the word starts of a
// lower-cased line.
var edgeNotices = lexicon.NewPrefixes(lexicon.BlockNoticePhrases...)

// endsReadOn reports whether a lower-cased line ends in one of
// lexicon.LineReadOnPhrases, after a space or a stop and before marks of a link
// ("...", "→", "»").
func endsReadOn(s string) bool {
	s = strings.TrimRight(s, " .…→»>›")
	for _, p := range lexicon.LineReadOnPhrases {
		if rest, ok := strings.CutSuffix(s, p); ok && rest != "" && strings.ContainsRune(" .!?…", lastRune(rest)) {
			return true
		}
	}
	return false
}

// lastRune returns the last rune of a non-empty string.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// isEdgeLine reports whether a line holds one of lexicon.EdgePhrases,
// or is short and holds one of lexicon.BlockNoticePhrases at a word start.
func isEdgeLine(l *textLine) bool {
	if l.size > maxEdgeLine {
		return false
	}
	// A rune takes four bytes at most, and size counts CJK ones twice.
	var buf [4 * maxEdgeLine]byte
	s := textkit.LowerInto(buf[:0], l.text)
	return edgePhrases.In(s) || l.size <= maxEdgeNotice && edgeNotices.AtWordStart(s) || endsReadOn(s)
}

// dropEdges unkeeps the kept lines of [start, end) that isEdgeLine takes
// for a site's, above the first or under the last kept paragraph it does
// not: the story's prose core, inside which nothing is asked. A stretch
// with no such paragraph is left as it is.
func dropEdges(lines []textLine, keep []bool, start, end int) {
	isCore := func(i int) bool { return keep[i] && lines[i].isProse() && !isEdgeLine(&lines[i]) }
	first := start
	for first < end && !isCore(first) {
		first++
	}
	if first == end {
		return
	}
	last := end - 1
	for !isCore(last) {
		last--
	}
	for i := start; i < end; i++ {
		if i == first {
			i = last
			continue
		}
		if keep[i] && isEdgeLine(&lines[i]) {
			keep[i] = false
		}
	}
}
