package htmlfront

import (
	"strings"

	"github.com/artparse/artparse/parse/internal/datetext"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// The story's header as a reader sees it: the headline printed above the
// story's first paragraph and the standfirst under it. Pages state a
// headline and a description for machines too (og:title, the meta
// description), and those are often written for search or social feeds
// (a rewrite, a truncation, the site's name added); where what the page
// prints differs, the printed header is the record's, and the stated
// values corroborate it or stand in when the page prints none.

// storyHeader is what findHeader finds: block indexes into page.blocks,
// -1 where there is none.
type storyHeader struct {
	first    int    // the story's first paragraph
	headline int    // the printed headline above it
	dek      string // the printed standfirst, "" if none
}

// How findHeader reads the blocks above the story:
const (
	// maxHeaderReach is how many blocks above the story's first
	// paragraph the headline is looked for: between them sit a
	// standfirst, a picture and its credit, a byline, a date and a share
	// bar, each a block or a few.
	maxHeaderReach = 20
	// minStoryWords is the fewest words of the paragraph that opens the
	// story: a shorter block of prose is a caption or a notice.
	minStoryWords = 12
	// minHeadlineRunes is the fewest runes of a printed headline: a
	// shorter heading is a section's or a site's name.
	minHeadlineRunes = 8
	// minDekWords is the fewest words of a standfirst named by its
	// class: fewer are a label or a kicker.
	minDekWords = 6
	// maxDekGap is how many blocks below the headline a standfirst named
	// by its class may sit: past a picture, its credit, a share bar, a
	// byline and a date.
	maxDekGap = 15
)

// findHeader finds the story's header: its first paragraph (the first
// block of prose inside the body containers, chosen), the nearest <h1>
// above it that is no menu's, sidebar's or link's, and a standfirst
// between them.
func findHeader(p *page, chosen []bool) storyHeader {
	h := storyHeader{first: -1, headline: -1}
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.words >= minStoryWords && readsAsProse(b) && b.flags&(inFigure|inHidden) == 0 &&
			chosenAncestor(p.nodes, chosen, b.node) >= 0 && !p.nodes[b.node].boxed && !isNotice(b) {
			h.first = i
			break
		}
	}
	if h.first < 0 {
		return h
	}
	for i := h.first - 1; i >= max(0, h.first-maxHeaderReach); i-- {
		if b := &p.blocks[i]; b.kind == kindHeading && b.level == 1 && !p.nodes[b.node].boxed && isPrintedHeadline(b) {
			h.headline = i
			break
		}
	}
	h.dek = findDek(p, chosen, h)
	return h
}

// isPrintedHeadline reports whether a heading can be the story's
// headline: long enough, visible, and not in a menu, a form or a caption,
// nor a link (a teaser's or the logo's). The caller checks that it is in
// no boilerplate region.
func isPrintedHeadline(b *block) bool {
	if b.flags&(inNav|inForm|inHidden|inFigure) != 0 || b.linkDensity() > maxLinkDensity {
		return false
	}
	if b.chars < minHeadlineRunes || b.chars > maxHeadlineChars {
		return false
	}
	return true
}

// findDek returns the standfirst printed under the headline: the block an
// element named as one (dek, deck, subhead, summary, ...) begins, below
// the headline and no further than the story's first paragraph (which may
// be the standfirst itself); or else
// the paragraph right under the headline when it stands outside the
// story's containers, as a standfirst set in the header does.
func findDek(p *page, chosen []bool, h storyHeader) string {
	if h.headline < 0 {
		return ""
	}
	hi := min(h.headline+maxDekGap, h.first)
	best := -1
	for _, at := range p.meta.deks {
		i := int(at)
		if i <= h.headline || i > hi || i >= len(p.blocks) {
			continue
		}
		// Of several, the fullest: a picture's caption under the
		// headline may sit in an element named for the lead too.
		if b := &p.blocks[i]; !p.nodes[b.node].boxed && isDekBlock(b) && (best < 0 || b.words > p.blocks[best].words) {
			best = i
		}
	}
	if best >= 0 {
		return textkit.CollapseSpace(p.blocks[best].text)
	}
	if i := h.headline + 1; i < h.first {
		b := &p.blocks[i]
		if b.kind == kindPara && !p.nodes[b.node].boxed && isStandfirst(b) && isDekBlock(b) {
			if anc := chosenAncestor(p.nodes, chosen, b.node); anc < 0 || p.nodes[anc].isLead {
				return textkit.CollapseSpace(b.text)
			}
		}
	}
	return ""
}

// isDekBlock reports whether a block can be a standfirst: a visible run of
// words that is not a byline, a dateline or a list of links.
func isDekBlock(b *block) bool {
	if b.kind != kindPara && b.kind != kindHeading || b.words < minDekWords || b.linkDensity() > maxLinkDensity ||
		b.flags&(inNav|inForm|inHidden|inFigure) != 0 || b.chars > maxHeadlineChars*2 {
		return false
	}
	if isByline(b.text) || isDateline(b) {
		return false
	}
	if _, at, _, ok := datetext.Find(b.text); ok && at == 0 {
		return false
	}
	return true
}

// isTruncated reports whether a stated value was cut short for a feed:
// it ends in an ellipsis.
func isTruncated(s string) bool {
	return strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…")
}

// fullerValue returns, when v is truncated, the first of others that
// begins as v does and goes on past its cut; else v.
func fullerValue(v string, others ...string) string {
	if !isTruncated(v) {
		return v
	}
	stem := strings.TrimRight(strings.TrimSuffix(v, "…"), ". ")
	fs := textkit.FoldText(stem)
	for _, o := range others {
		if len(o) > len(stem) && !isTruncated(o) && strings.HasPrefix(textkit.FoldText(o), fs) {
			return o
		}
	}
	return v
}
