package htmlfront

import (
	"github.com/artparse/artparse/parse/internal/datetext"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// Inside the chosen containers, the blocks are judged one by one: a block
// in a boilerplate region, a list of links or a notice goes, a heading
// goes with the box it heads, the sections that follow the story (its
// comments, related stories) end it, and the short lines that stand apart
// from the prose (a date, a credit) are smoothed away.

// minStandfirstHeading is the length from which a heading is a
// standfirst set as a heading, which stays without the block after it:
// section headings and the titles of boxes are shorter.
const minStandfirstHeading = 80

// keepBlocks returns the blocks inside the chosen containers that are not
// boilerplate by themselves.
func keepBlocks(p *page, chosen []bool, title string) []*block {
	nodes := p.nodes
	out := make([]*block, 0, len(p.blocks))
	// A heading stays only if the block after it does: the heading of a
	// related-links box or a newsletter form goes with the box. A long
	// one is a standfirst set as a heading, and stands by itself.
	heading := -1
	tail := -1 // where a heading such as "Comments" was kept
	var images []*block
	for i := range p.blocks {
		b := &p.blocks[i]
		anc := chosenAncestor(nodes, chosen, b.node)
		if anc < 0 || nodes[anc].isLead && !isStandfirst(b) {
			continue
		}
		if b.kind == kindImage {
			// Pictures are for the content only; they must not move
			// any decision about the text.
			if !nodes[b.node].boxed {
				images = append(images, b)
			}
			continue
		}
		if b.flags&inFigure != 0 {
			continue // captions and credits
		}
		if b.kind == kindHeading && isTailHeading(b) {
			if tail < 0 && hasProse(out) {
				tail = len(out)
			}
			continue // the heading goes in any case
		}
		if nodes[b.node].boxed || keptLinkDensity(nodes, b) > maxLinkDensity || isNotice(b) {
			if heading >= 0 {
				out = out[:heading]
				heading = -1
			}
			continue
		}
		if len(out) == 0 && b.kind == kindHeading && title != "" && textkit.SameText(b.text, title) {
			continue
		}
		if b.kind == kindHeading && b.chars < minStandfirstHeading {
			if heading < 0 {
				heading = len(out)
			}
		} else {
			heading = -1
		}
		out = append(out, b)
	}
	if heading > 0 {
		out = out[:heading] // a page of headings alone keeps them
	}
	if tail > 0 && tail < len(out) && float64(proseChars(out[tail:])) < tailShare*float64(proseChars(out[:tail])) {
		out = out[:tail] // comments, related stories: the story has ended
	}
	if ld := ldArticleBody(p.meta.jsonLD); len(ld) >= minLDBody {
		out = ldBodyFallback(p, out, ld)
	}
	out = smooth(trimEdges(out))
	if len(images) > 0 {
		out = mergeImages(p, out, images)
	}
	return out
}

// mergeImages adds the pictures of the body containers to the body
// blocks, in document order, up to the last block of text: an author's
// portrait or a banner after the story is not the story's.
func mergeImages(p *page, out, images []*block) []*block {
	merged := make([]*block, 0, len(out)+len(images))
	j, k := 0, 0
	for i := range p.blocks {
		if j == len(out) {
			break
		}
		b := &p.blocks[i]
		switch {
		case out[j] == b:
			merged = append(merged, b)
			j++
		case k < len(images) && images[k] == b:
			merged = append(merged, b)
			k++
		}
	}
	return append(merged, out[j:]...) // a block made from JSON-LD is not in p.blocks
}

// smooth drops the short lines of the body that stand apart from its
// prose: a date, a credit or a "Share this" between a heading and the text
// is boilerplate, while a short line between two paragraphs is the
// article's own.
func smooth(bs []*block) []*block {
	first, last := len(bs), -1
	for i, b := range bs {
		if readsAsProse(b) {
			first = min(first, i)
			last = i
		}
	}
	if last < 0 {
		return bs // no prose to stand apart from
	}
	out := make([]*block, 0, len(bs))
	for i, b := range bs {
		if isStray(b) && (i < first || i > last) || isDateline(b) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// A stray line is shorter than maxStrayChars and maxStrayWords: a
// credit, a date, a "Share this", where a line of the story's own that
// has no full stop (a question to the reader, a list's lead-in) runs
// longer.
const (
	maxStrayChars = 40
	maxStrayWords = 10
)

// isStray reports whether a block is a short line of text without a
// sentence in it.
func isStray(b *block) bool {
	return b.kind == kindPara && b.chars < maxStrayChars && b.words < maxStrayWords && b.stops == 0
}

// maxDatelineChars is the longest line read as a dateline.
const maxDatelineChars = 60

// minDateDigits is the fewest digits a printed date has: a day and a
// month, or a year.
const minDateDigits = 4

// maxDatelineWords is the most words besides its date that a dateline
// holds: a label and a section ("Published: 3 May 2021 | News"), where a
// sentence that mentions a date has more.
const maxDatelineWords = 3

// isDateline reports whether a block is a short line that states a date
// and little else: "Published: 3 May 2021, 10:15", "24.01.2022 | News".
func isDateline(b *block) bool {
	if b.kind != kindPara || b.chars > maxDatelineChars {
		return false
	}
	// Counting the digits is cheaper than reading the date.
	if countDigits(b.text) < minDateDigits {
		return false
	}
	_, start, end, ok := datetext.Find(b.text)
	return ok && letterWords(b.text[:start])+letterWords(b.text[end:]) <= maxDatelineWords
}

// letterWords counts the words of s that hold a letter: the time after a
// date ("14:30") is no word of its own.
func letterWords(s string) int {
	n, inWord, hasLetter := 0, false, false
	for _, r := range s {
		if textkit.IsWordRune(r) {
			inWord = true
			hasLetter = hasLetter || r > '9' || r < '0'
			continue
		}
		if inWord && hasLetter {
			n++
		}
		inWord, hasLetter = false, false
	}
	if inWord && hasLetter {
		n++
	}
	return n
}

// keptLinkDensity is the link density that decides whether a block of the
// chosen container stays. A table cell is judged with its row, since the
// first cell of a data row is often a link naming the row.
func keptLinkDensity(nodes []node, b *block) float32 {
	if b.kind == kindCell {
		if row := nodes[b.node].parent; row >= 0 && nodes[row].chars > 0 {
			return float32(nodes[row].linkChars) / float32(nodes[row].chars)
		}
	}
	return b.linkDensity()
}

// minStandfirstWords is the fewest words of a standfirst: fewer are a
// byline, a date or a label.
const minStandfirstWords = 10

// runesPerDigit is the fewest runes a standfirst has for each of its
// digits: a line denser in digits is a dateline or a list of figures.
const runesPerDigit = 10

// isStandfirst reports whether a block reads as a story's standfirst: a
// paragraph of whole sentences, not a byline, a date or a label.
func isStandfirst(b *block) bool {
	if b.kind != kindPara || b.words < minStandfirstWords || !readsAsProse(b) {
		return false
	}
	return countDigits(b.text)*runesPerDigit <= int(b.chars)
}

// countDigits counts the ASCII digits of s.
func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			n++
		}
	}
	return n
}
