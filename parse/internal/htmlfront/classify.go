package htmlfront

// Body selection. Every block gets a weight: positive for text that reads
// like the article's (by its own length and links), negative for link lists
// and for text inside boilerplate regions. Weights are summed up the chain
// of enclosing elements without decay, and the element whose subtree sums
// highest is the body container: it holds as much prose as it can while
// taking in as little boilerplate as possible. Containers are found without
// building a tree, from the parent indexes the tokenizer kept. Inside them,
// keepBlocks (keep.go) then judges the blocks one by one.

// minProseChars is the length below which a block is too short to say
// anything about its container.
const minProseChars = 25

// regionShare is the share of the page's prose above which a region that
// looks like boilerplate (a <nav>, <aside>, <footer>, <form>, or a class
// name such as "sidebar") is taken to be a wrapper of the whole page
// instead: ASP.NET pages wrap everything in a <form>, themes put
// "has-sidebar" on their outer <div>.
const regionShare = 0.5

// outsideShare is the share of the page's prose outside a region named
// boilerplate from which it stays boilerplate however much it holds: a
// long comment thread still follows a story, where a page-wide wrapper
// leaves little prose outside itself.
const outsideShare = 0.25

// The weights of short text and of headings relative to prose, per rune.
const (
	shortWeight   = 0.3
	headingWeight = 0.5
)

// maxLinkDensity is the share of a block's text in links above which it
// reads as a list of links rather than as prose: more of it leads
// elsewhere than says anything itself.
const maxLinkDensity = 0.5

// readsAsProse reports whether a block reads like article prose on its own.
func readsAsProse(b *block) bool {
	return b.chars >= minProseChars && b.kind != kindHeading && b.linkDensity() <= maxLinkDensity
}

// blockWeight is a block's contribution to the score of every element that
// encloses it.
func blockWeight(b *block, boxed bool) float32 {
	c := float32(b.chars)
	switch {
	case boxed:
		return -c
	case b.linkDensity() > maxLinkDensity:
		return -c * b.linkDensity()
	}
	text := float32(b.chars - b.linkChars)
	switch {
	case b.kind == kindHeading:
		return text * headingWeight
	case b.chars < minProseChars:
		return text * shortWeight
	}
	return text
}

// markRegions accumulates the text below every node and marks the nodes
// that are boilerplate regions. An element is one when it is named so (by
// tag, role or class) and holds less than regionShare of the page's prose,
// or when it sits inside one.
func markRegions(p *page) {
	nodes := p.nodes
	for i := range p.blocks {
		b := &p.blocks[i]
		nd := &nodes[b.node]
		nd.chars += b.chars
		nd.linkChars += b.linkChars
		if readsAsProse(b) {
			nd.prose += b.chars
		}
		if isLinkedHeading(b) {
			nd.teasers++
		}
	}
	// Parents come before their children, so one backward pass sums
	// every subtree.
	for i := len(nodes) - 1; i > 0; i-- {
		nd, up := &nodes[i], &nodes[nodes[i].parent]
		up.chars += nd.chars
		up.linkChars += nd.linkChars
		up.prose += nd.prose
		up.teasers += nd.teasers
	}
	limit := float32(nodes[0].prose) * regionShare
	outside := float32(nodes[0].prose) * outsideShare
	for i := 1; i < len(nodes); i++ {
		nd := &nodes[i]
		if up := &nodes[nd.parent]; up.boxed {
			nd.boxed, nd.isTeaser = true, up.isTeaser
			continue
		}
		if isTeaserItem(nodes, nd) {
			nd.boxed, nd.isTeaser = true, true
			continue
		}
		if nd.own&boilerplateRegions != 0 && (float32(nd.prose) < limit || nd.own&inComments != 0 && float32(nodes[0].prose-nd.prose) >= outside) {
			nd.boxed = true
		}
	}
	for i := range p.blocks {
		if b := &p.blocks[i]; readsAsProse(b) && !nodes[b.node].boxed {
			nodes[b.node].free += b.chars
		}
	}
	for i := len(nodes) - 1; i > 0; i-- {
		nodes[nodes[i].parent].free += nodes[i].free
	}
}

// minTeaserHeadline is the length from which a linked heading is a
// teaser's headline: a shorter one is a label such as "More" or "News".
const minTeaserHeadline = 10

// isLinkedHeading reports whether a block is a heading that links
// elsewhere: the headline of a teaser for another page.
func isLinkedHeading(b *block) bool {
	return b.kind == kindHeading && b.chars >= minTeaserHeadline && b.linkDensity() > maxLinkDensity
}

// maxTeaserProse is the most prose a teaser item holds under its linked
// headline: a summary of a few lines, where a story runs longer.
const maxTeaserProse = 400

// minTeaserItems is the number of linked headlines that make a list of
// teasers.
const minTeaserItems = 3

// isTeaserItem reports whether a node is one item of a list of teasers:
// the largest element around one linked headline, inside an element
// that holds several, and with no more than a summary's prose. Its
// summary reads as prose, and a list of them would outweigh a short
// story next to it. Inside an element that says it is the article, the
// list is the story's own (a list of products, of places to visit).
func isTeaserItem(nodes []node, nd *node) bool {
	if nd.teasers != 1 || nd.parent < 0 || nd.prose > maxTeaserProse {
		return false
	}
	up := &nodes[nd.parent]
	return up.teasers >= minTeaserItems
}

// linkCost is what each link costs the elements around it, in runes of
// text: teaser lists link every item, often from an image or an empty
// overlay that carries no link text at all.
const linkCost = 10

// chooseContainers scores every element and returns, indexed like
// p.nodes, the elements that hold the body.
func chooseContainers(p *page) []bool {
	nodes := p.nodes
	markRegions(p)
	for i := range p.blocks {
		b := &p.blocks[i]
		nd := &nodes[b.node]
		switch {
		case !nd.isTeaser:
			nd.score += blockWeight(b, nd.boxed)
		case isLinkedHeading(b):
			// A teaser weighs what its link does: its summary
			// is not the story, nor evidence against the story
			// that a list of them may sit in.
			nd.score += blockWeight(b, false)
		}
	}
	for i := len(nodes) - 1; i >= 0; i-- {
		nd := &nodes[i]
		nd.score -= float32(nd.links) * linkCost
		if i > 0 {
			nodes[nd.parent].score += nd.score
		}
	}
	best, bestScore := int32(-1), float32(0)
	for i := range nodes {
		if s := containerScore(&nodes[i]); s > bestScore {
			best, bestScore = int32(i), s
		}
	}
	chosen := make([]bool, len(nodes))
	if best < 0 {
		// No text that reads as the article's: keep whatever is not
		// evidently boilerplate.
		chosen[0] = true
	} else {
		best = preferArticle(nodes, best, bestScore)
		best = promote(nodes, best)
		bestScore = containerScore(&nodes[best])
		chosen[best] = true
		addSiblings(nodes, chosen, best, bestScore)
		addArticleHeader(nodes, chosen, best)
	}
	return chosen
}

// A sibling of the best container joins it from siblingShare of the best
// score, and at least minSiblingScore: a few percent is a part of the
// story (its lead, its second half after an ad), and the floor, a short
// sentence's weight, keeps a lone caption or a date of a small page out.
const (
	siblingShare    = 0.03
	minSiblingScore = 30
)

// addSiblings chooses, next to the best container, the siblings that hold
// article text too: pages split their story across sibling containers (a
// lead, an ad slot, the rest), and the boilerplate between the parts can
// weigh more than the smaller part. A sibling whose own weight is clearly
// positive joins, however small: its blocks still pass the filters of
// keepBlocks one by one.
func addSiblings(nodes []node, chosen []bool, best int32, bestScore float32) {
	parent := nodes[best].parent
	if parent < 0 {
		return
	}
	threshold := max(bestScore*siblingShare, minSiblingScore)
	for i := best + 1; i < int32(len(nodes)); i++ {
		nd := &nodes[i]
		if nd.parent < parent {
			break // past the parent's subtree
		}
		if nd.parent == parent && !nd.boxed && containerScore(nd) >= threshold {
			chosen[i] = true
		}
	}
	for i := best - 1; i > parent; i-- {
		nd := &nodes[i]
		if nd.parent == parent && !nd.boxed && containerScore(nd) >= threshold {
			chosen[i] = true
		}
	}
}

// addArticleHeader chooses the <header> of the article element around
// best, when it comes before best, for its standfirst: stories set it
// there, next to the headline and the byline, apart from the body's own
// container.
func addArticleHeader(nodes []node, chosen []bool, best int32) {
	art := int32(-1)
	for n := nodes[best].parent; n > 0; n = nodes[n].parent {
		if nodes[n].own&inArticle != 0 {
			art = n
			break
		}
	}
	if art < 0 {
		return
	}
	for i := art + 1; i < best; i++ {
		nd := &nodes[i]
		if nd.own&inHeader != 0 && !nd.boxed && chosenAncestor(nodes, chosen, i) < 0 && !encloses(nodes, i, best) {
			chosen[i], nd.isLead = true, true
		}
	}
}

// encloses reports whether node a is an ancestor of node b.
func encloses(nodes []node, a, b int32) bool {
	for n := nodes[b].parent; n >= a; n = nodes[n].parent {
		if n == a {
			return true
		}
	}
	return false
}

// articleBonus is the factor by which an element that says it holds the
// article (by class, tag or microdata) outweighs an anonymous one of the
// same score: enough to break near ties, not to choose a wrapper over the
// story.
const articleBonus = 1.1

// containerScore is an element's final score as a candidate body
// container: its subtree's weight, a little more for elements that say
// they hold the article.
func containerScore(n *node) float32 {
	s := n.score
	if s > 0 && n.own&(goodClass|inArticle|inMain|inBody) != 0 {
		s *= articleBonus
	}
	return s
}

// chosenAncestor returns the nearest chosen element enclosing node n, or -1.
func chosenAncestor(nodes []node, chosen []bool, n int32) int32 {
	for n >= 0 {
		if chosen[n] {
			return n
		}
		n = nodes[n].parent
	}
	return -1
}

// promote returns the element that says it holds the article (an
// <article>, <main> or articleBody) around the best container when that
// element holds clearly more prose outside boilerplate regions: a link
// list inside the story (show notes, sources, a table of contents) can
// weigh the whole article below one of its parts. Its link lists still
// go, block by block, in keepBlocks.
func promote(nodes []node, best int32) int32 {
	for n := nodes[best].parent; n > 0; n = nodes[n].parent {
		nd := &nodes[n]
		if nd.boxed {
			return best
		}
		if nd.own&(inArticle|inMain|inBody) != 0 {
			if float32(nd.free) >= promoteShare*float32(nodes[best].free) {
				return n
			}
			return best
		}
	}
	return best
}

// promoteShare is how much more prose than the best container an
// enclosing article element must hold to be chosen instead.
const promoteShare = 1.3

// articleShare is the share of the best container's score that an
// <article> element (or a schema.org Article) elsewhere on the page needs
// to be chosen instead.
const articleShare = 0.3

// preferArticle returns the best-scoring element that says it is an
// article, or sits inside one, when best is neither inside one nor holds
// one, and that element scores at least articleShare of best: a cookie
// dialog or a long sidebar can outweigh a short story that the page marks
// up as such. Elements inside the article count because its own score
// may be sunk by the related-links box it also holds.
func preferArticle(nodes []node, best int32, bestScore float32) int32 {
	for n := best; n >= 0; n = nodes[n].parent {
		if nodes[n].own&inArticle != 0 {
			return best
		}
	}
	cand, candScore := int32(-1), bestScore*articleShare
	for i := best + 1; i < int32(len(nodes)); i++ {
		nd := &nodes[i]
		if nd.parent < best {
			break // past best's subtree
		}
		if nd.own&inArticle != 0 {
			return best // best holds an article
		}
	}
	for i := range nodes {
		nd := &nodes[i]
		if nd.flags&inArticle != 0 && !nd.boxed && containerScore(nd) >= candScore {
			cand, candScore = int32(i), containerScore(nd)
		}
	}
	if cand < 0 {
		return best
	}
	return cand
}
