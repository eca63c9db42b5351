package parse

// Container scoring, the first engine: every block that reads like prose
// credits its enclosing elements, nearer ones more, so the element that
// holds most of the article's paragraphs wins without the page ever being
// built into a tree.

// ancestorWeights divides a block's score as it is credited up the chain of
// its enclosing block-level elements: the element holding the text and its
// parent get it whole, the grandparent half, and so on. The decay stops the
// <body>, which holds everything, from always winning.
var ancestorWeights = [...]float32{1, 1, 0.5, 1.0 / 3, 0.25, 0.2}

// minProseChars is the length below which a block is too short to say
// anything about its container.
const minProseChars = 25

// structuralRegions are the page regions whose text never counts as prose
// when choosing the body container. Class names are left out: one stray
// word on a wrapper would silence a whole page; they weigh on the elements
// that carry them instead (see containerScore).
const structuralRegions = inNav | inAside | inFooter

// proseScore rates how much a block reads like article prose: 0 for
// boilerplate, otherwise more for longer blocks with commas.
func proseScore(b *block) float32 {
	if b.flags&structuralRegions != 0 || b.chars < minProseChars || b.kind == kindHeading {
		return 0
	}
	if b.linkDensity() > 0.5 {
		return 0
	}
	return 1 + float32(b.commas) + min(float32(b.chars)/100, 3)
}

// selectBody decides which blocks of p are the article body and returns
// them in document order. title, when not empty, is dropped from the start
// of the body, where pages repeat their headline.
func selectBody(p *page, title string) []*block {
	nodes := p.nodes
	for i := range p.blocks {
		b := &p.blocks[i]
		s := proseScore(b)
		n := b.node
		for depth := 0; n >= 0; depth++ {
			nd := &nodes[n]
			nd.chars += b.chars
			nd.linkChars += b.linkChars
			if s > 0 {
				nd.goodChars += b.chars
				if depth < len(ancestorWeights) {
					nd.score += s * ancestorWeights[depth]
				}
			}
			n = nd.parent
		}
	}
	best, bestScore := int32(-1), float32(0)
	for i := range nodes {
		s := containerScore(&nodes[i])
		if s > bestScore {
			best, bestScore = int32(i), s
		}
	}
	chosen := make([]bool, len(nodes))
	if best < 0 {
		// No prose anywhere: keep whatever is not evidently boilerplate.
		chosen[0] = true
	} else {
		chosen[best] = true
		// Pages split their story across sibling containers (a lead, an
		// ad slot, the rest); take the siblings that score comparably.
		parent := nodes[best].parent
		for i := range nodes {
			if nodes[i].parent == parent && int32(i) != best && parent >= 0 {
				if containerScore(&nodes[i]) >= max(bestScore*0.2, 3) {
					chosen[i] = true
				}
			}
		}
	}
	var out []*block
	for i := range p.blocks {
		b := &p.blocks[i]
		root := chosenAncestor(nodes, chosen, b.node)
		if root < 0 {
			continue
		}
		// Boilerplate regions inside the chosen container stay out.
		if b.flags&boilerplateRegions&^nodes[root].flags != 0 {
			continue
		}
		if b.linkDensity() > 0.5 && b.kind != kindHeading {
			continue
		}
		if len(out) == 0 && b.kind == kindHeading && title != "" && sameText(b.text, title) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// containerScore is an element's final score as a candidate body container.
func containerScore(n *node) float32 {
	if n.score == 0 {
		return 0
	}
	s := n.score
	if n.chars > 0 {
		s *= 1 - float32(n.linkChars)/float32(n.chars)
	}
	if n.flags&structuralRegions != 0 || n.own&(badClass|inComments|inForm) != 0 {
		s *= 0.3
	}
	if n.own&(goodClass|inArticle|inMain|inBody) != 0 {
		s *= 1.25
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
