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
// not: the story's prose core, inside which nothing is asked but at its
// very end (edgeInTail). A stretch with no such paragraph is left as it
// is.
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
	end = edgeInTail(lines, keep, first, last, end)
	for i := start; i < end; i++ {
		if i == first {
			i = last
			continue
		}
		// A kept prose line out here is an edge line, as isCore found it
		// (edgeInTail only unkeeps lines): it is not asked again.
		if keep[i] && (lines[i].isProse() || isEdgeLine(&lines[i])) {
			keep[i] = false
		}
	}
}

// teaserTop returns where the stretch ends when the read-on label at
// line i opens a list of teasers (cutAtEnd asks): at the label, or, when
// the line above it is a summary cut short to fit a card, above that
// summary and the card's headline and labels over it, as the first card
// of the list ends in its link too.
func teaserTop(lines []textLine, start, i int) int {
	top := i
	if top > start && isCutShort(&lines[top-1]) {
		top--
		for top > start && !lines[top-1].isProse() {
			top--
		}
	}
	return top
}

// teaserWindow is how many lines under a read-on label isTeaserBelow
// reads: a card's labels, headline and summary.
const teaserWindow = 6

// isTeaserBelow reports whether the teaserWindow lines under the read-on
// label at line i read as another teaser's card rather than the story
// going on: another such label ends them, or no prose line among them is
// as long as a paragraph after a box of links (boxResume), a notice
// aside.
func isTeaserBelow(lines []textLine, i, end int) bool {
	to := min(end, i+1+teaserWindow)
	for j := i + 1; j < to; j++ {
		if isReadOnLabel(&lines[j]) {
			return true
		}
	}
	for j := i + 1; j < to; j++ {
		if l := &lines[j]; l.isProse() && int(l.size) >= boxResume && !isNotice(l) {
			return false
		}
	}
	return true
}

// edgeInTail unkeeps the lines from the last of the site's lines
// (isEdgeLine) among the story's last paragraphs down to end, when no
// more than maxIslandSize of prose stands under it: an appeal to support
// the site, a newsletter's box or a filing line may run on over a
// paragraph or two of its own ("Gefällt dir unser Magazin? ...", then
// "Um unabhängig zu bleiben, brauchen wir ..."), which read as the
// story's and so make it the prose core's. (A picture's caption with its
// "©" credit, among the story's paragraphs, is a credit line, and not
// kept to be asked.) It returns where the kept story now ends.
func edgeInTail(lines []textLine, keep []bool, first, last, end int) int {
	// The last paragraph is the core's, no site's line: it is only
	// counted.
	below := int(lines[last].size)
	for i := last - 1; i > first && below <= maxIslandSize; i-- {
		l := &lines[i]
		if keep[i] && isEdgeLine(l) {
			for j := i; j < end; j++ {
				keep[j] = false
			}
			return i
		}
		if l.isProse() {
			below += int(l.size)
		}
	}
	return end
}
