package textfront

import (
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// The plain-text front end, stage two: which lines are the story. The
// story is the stretch of the page where prose is dense; menus, link lists
// and footers are runs of short lines around it. Inside the stretch, a
// short line is kept (a subheading, a list item, an ingredient) unless it
// belongs to a teaser of another story wedged between the paragraphs.

// shortLinePenalty is what a line that is not prose costs the stretch that
// includes it, in the units of prose size (about a character). It lets a
// list or a few subheadings bridge two parts of the story, while a menu of
// dozens of items outweighs a stray sentence in it.
const shortLinePenalty = 30

// apartPenalty is what a short line set apart by blank lines, or a line
// of code, costs: half a short line's penalty, as menus rarely set their
// items apart and a story about software holds code by the dozen.
const apartPenalty = shortLinePenalty / 2

// A sentence of apartSentenceWords words or more set apart by blank lines
// is a paragraph however short (a reply, a recipe's step), and one of
// stepSentenceWords or more costs nothing even where it is not apart: a
// menu's items have a word or two, and do not end in a full stop.
const apartSentenceWords, stepSentenceWords = 3, 4

// What a line set apart gains, as a divisor of its size: a short sentence
// half its size, a line in hasUnstoppedForm's form a quarter, as it is
// less sure to be text.
const apartSentenceGainDiv, apartUnstoppedGainDiv = 2, 4

// linePenalty is what a line that is not prose costs. A short line set
// apart by blank lines is a paragraph of its own on the page (a subheading,
// a short reply), which menus rarely are: it costs half; one that ends a
// sentence even gains half its size. So does a line of code cost half,
// which a story about software may hold by the dozen; and a table's row
// costs nothing, as tables are rare in menus and common in stories (results,
// prices, ingredients); so does a short sentence, a recipe's step ("Heat
// the oven."), as a menu's items do not end in a full stop.
func linePenalty(lines []textLine, i int) int {
	l := &lines[i]
	isApart := isSetApart(lines, i)
	if isApart && l.end == endSentence && l.words >= apartSentenceWords {
		return -int(l.size) / apartSentenceGainDiv
	}
	if isApart && hasUnstoppedForm(l) {
		return -int(l.size) / apartUnstoppedGainDiv
	}
	if l.isRow() || l.end == endSentence && l.words >= stepSentenceWords {
		return 0
	}
	if isApart || l.isCode() {
		return apartPenalty
	}
	return shortLinePenalty
}

// proseGain caps what one prose line adds, so a single huge line (a legal
// notice, a comment) cannot pull a whole page of menus into the story.
const proseGain = 1500

// minCommentHeads is how many comment heads of one kind make them walls:
// one "Ann says:" is a quote's introduction, one "Reply" a button, but
// comments come by the dozen, each under its header or over its reply
// button.
const minCommentHeads = 2

// belowWallLead is how many times the prose of the best stretch above the
// first comment wall a stretch below it must hold to win: the comments
// under a short story may well outweigh it, where a wall high up in the
// page (a quote's "Ann says:" read as a comment's header) leaves little
// of the story above it.
const belowWallLead = 3

// storySpan returns the stretch [start, end) of lines with the most prose
// net of the short lines inside it, or (0, 0) when no line is prose. It is
// a maximum-sum segment, found in one pass. A comment's header ("Ann says:",
// "Reply") is a wall no stretch crosses; and since the story comes before
// its comments, the best stretch above the first wall wins unless one below
// it has more than belowWallLead times its prose.
func storySpan(lines []textLine) (start, end int) {
	vals := lineValues(lines)
	best, sum, from := 0, 0, 0
	first, firstStart, firstEnd := 0, 0, 0
	isWalled := false
	var heads [headLabel + 1]int // the lines of each kind of comment head
	for i := range lines {
		heads[commentHead(&lines[i])]++
	}
	heads[headNone] = 0
	hasWalls := heads[headVerb] >= minCommentHeads || heads[headLabel] >= minCommentHeads
	for i := range lines {
		if hasWalls && heads[commentHead(&lines[i])] >= minCommentHeads {
			if !isWalled {
				isWalled = true
				first, firstStart, firstEnd = best, start, end
			}
			sum, from = 0, i+1
			continue
		}
		if sum <= 0 {
			sum, from = 0, i
		}
		sum += vals[i]
		if sum > best {
			best, start, end = sum, from, i+1
		}
	}
	if isWalled && first > 0 && first*belowWallLead >= best {
		start, end = firstStart, firstEnd
	} else if end > 0 {
		start, end = headedSpan(lines, vals, start, end, best)
	}
	start, end = trimIslands(lines, start, cutAtEnd(lines, start, end))
	start = headedStart(lines, start, end)
	// A table right under the stretch's last paragraph is the story's:
	// its rows cost nothing and so add nothing to the sum, which ends at
	// the paragraph.
	for end > start && end < len(lines) && lines[end].isRow() {
		end++
	}
	start, end = listAround(lines, start, dropBio(lines, start, end))
	return quantitiesAbove(lines, start), end
}

// codeGapCap is the most that a block of code, of a table's rows or of
// list items between two paragraphs costs the stretch that spans it: an
// article about software may show a listing of hundreds of lines, a recipe
// a long list of ingredients, which menus between paragraphs never are.
const codeGapCap = 150

// A page whose short lines open with a clock time minFeedItems times or
// more has a feed of other stories ("14:44 Storm closes the port"); each
// of its items costs feedFactor times a short line.
const minFeedItems, feedFactor = 4, 4

// opensWithClock reports whether s opens with a clock time, alone or
// before a headline: "9:05", "14:44 Storm closes the port".
func opensWithClock(s string) bool {
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i+3 > len(s) || s[i] != ':' || s[i+1] < '0' || s[i+1] > '5' || s[i+2] < '0' || s[i+2] > '9' {
		return false
	}
	return i+3 == len(s) || s[i+3] == ' '
}

// isFeedStamp reports whether a line opens with a clock time or tells how
// long ago something was posted, as a feed's items do. Most lines open
// with no digit, and are told so here, before a call.
func isFeedStamp(l *textLine) bool {
	return l.text != "" && l.text[0]-'0' < 10 && opensWithClock(l.text) || isTimeAgo(l)
}

// minCardRepeats is how many times a pair of short lines occurs in a page
// of teaser cards: twice may be the story's own (a bar of buttons above
// and below it), where a list of cards repeats its controls on every
// card.
const minCardRepeats = 3

// minCardLetters is the fewest letters of a card's control: a control is
// labelled with a word, where a line of fewer letters is a number, such
// as the ticks of a chart's axis, which repeat in pairs too.
const minCardLetters = 3

// cardShapes marks the short lines that, with the short line after them,
// occur minCardRepeats times or more in the page: the fixed controls of
// teaser cards ("Save", "More like this"), which a story does not repeat.
// A label repeated alone (a "link" after each paragraph), a run of one
// label, and numbers (a chart's axis) are not marked.
func cardShapes(lines []textLine) []bool {
	// rep first marks the short lines, each tested once, and is cleared
	// for the answer once the pairs are counted.
	rep := make([]bool, len(lines))
	n := 0 // the pairs of short lines
	for i := range lines {
		rep[i] = isCardLabel(&lines[i])
		if i > 0 && rep[i-1] && rep[i] && lines[i-1].text != lines[i].text {
			n++
		}
	}
	if n < minCardRepeats {
		clear(rep)
		return rep
	}
	// The pairs' counts are kept in an open-addressed table of twice as
	// many slots as there are pairs, each slot a pair's key with its
	// count in the low bits; a page of a few hundred pairs keeps it, and
	// the list of each pair's slot, on the stack, where each page cost
	// three allocations.
	size := 1
	for size < 2*n {
		size <<= 1
	}
	var smallSlots [cardStackSlots]uint64
	var smallPairs [cardStackSlots / 2]int32
	slots, pairs := smallSlots[:], smallPairs[:0]
	if size > len(smallSlots) {
		slots, pairs = make([]uint64, size), make([]int32, 0, n)
	}
	slots = slots[:size]
	hasCards := false
	// A pair is keyed by a mix of its two lines' hashes, each line hashed
	// once though it is in two pairs: a fraction of the cost of keying by
	// pairs of strings, or of hashing each pair's two texts.
	var h, next uint64
	for i := 0; i+1 < len(lines); i++ {
		if !rep[i+1] {
			i++ // line i+1 opens no pair either
			continue
		}
		// Line i+1 is short: next, its hash, is wanted for this pair
		// or the next. h is line i's when line i is short, as it then
		// was line i-1's next, or is hashed here at the first line.
		h = next
		next = textHash(lines[i+1].text)
		if !rep[i] || lines[i].text == lines[i+1].text {
			continue
		}
		if i == 0 || !rep[i-1] {
			h = textHash(lines[i].text) // no pair before it hashed it
		}
		key := (h*0x9e3779b97f4a7c15 ^ next) &^ cardCountMask
		k := int(key>>32) & (size - 1)
		for slots[k] != 0 && slots[k]&^cardCountMask != key {
			k = (k + 1) & (size - 1)
		}
		if slots[k] == 0 {
			slots[k] = key | 1 // a count of one: 0 marks an empty slot
		} else if slots[k]&cardCountMask < minCardRepeats {
			slots[k]++
		}
		hasCards = hasCards || slots[k]&cardCountMask >= minCardRepeats
		pairs = append(pairs, int32(k))
	}
	clear(rep)
	if !hasCards {
		return rep
	}
	// The pairs again, in the same order, each with its slot.
	p := 0
	for i := 0; i+1 < len(lines); i++ {
		if !isCardLabel(&lines[i]) || !isCardLabel(&lines[i+1]) || lines[i].text == lines[i+1].text {
			continue
		}
		if slots[pairs[p]]&cardCountMask >= minCardRepeats {
			rep[i], rep[i+1] = true, true
		}
		p++
	}
	return rep
}

// isCardLabel reports whether a line is short enough for a card's control
// and has letters enough: what cardShapes pairs.
func isCardLabel(l *textLine) bool {
	return l.size <= maxCardLabel && l.letters >= minCardLetters
}

// cardCountMask holds the count of a pair in a slot of cardShapes' table,
// which counts to minCardRepeats and no further; cardStackSlots is the
// size of the table kept on the stack.
const cardCountMask, cardStackSlots = 3, 512

// textHash hashes s eight bytes at a time. Each step is a bijection of
// the state for a given chunk of s, so two texts of the same length never
// share a hash; the length seeds the state.
func textHash(s string) uint64 {
	whole := s
	const prime = 0x9e3779b97f4a7c15
	h := uint64(len(s)) * 0xff51afd7ed558ccd
	for len(s) >= 8 {
		h = (h ^ textkit.Load64(s[:8])) * prime
		h ^= h >> 29
		s = s[8:]
	}
	// The last bytes, read as one number with the last byte highest: in
	// one load, reaching back over bytes already hashed, when s had eight.
	var t uint64
	if rem := len(s); rem > 0 && len(whole) >= 8 {
		t = textkit.Load64(whole[len(whole)-8:]) >> (64 - 8*rem)
	} else {
		for k := len(s) - 1; k >= 0; k-- {
			t = t<<8 | uint64(s[k])
		}
	}
	h = (h ^ t) * prime
	return h ^ h>>32
}

// maxCardLabel is the longest line cardShapes counts: the labels of
// controls, not headlines.
const maxCardLabel = 30

// maxNumberedItem is the longest line opened by a number that isListItem
// takes for a list's item: an ingredient or a step is a line or so, where
// a paragraph may open with a year or a figure.
const maxNumberedItem = 80

// isListItem reports whether a line is in the form of a list's item:
// opened by a bullet, or by a number or quantity ("200 g flour", "2.").
func isListItem(l *textLine) bool {
	r, _ := utf8.DecodeRuneInString(l.text)
	switch r {
	case '•', '·', '-', '–', '*', '+', '▪', '►', '✓', '✔', '○', '■', '½', '¼', '¾':
		return true
	}
	return r >= '0' && r <= '9' && l.size <= maxNumberedItem
}

// A run of lines between two paragraphs is a gap of code, of a table or
// of a list, which costs at most codeGapCap, when it is minCodeGap lines
// long at least and codeGapShare (as a fraction, num over den) of them
// are code, rows or list items: a menu between paragraphs may hold a
// stray line of the kind, a listing is made of them.
const (
	minCodeGap                       = 3
	codeGapShareNum, codeGapShareDen = 4, 5
)

// lineValues returns what each line adds to a stretch that includes it:
// its size for prose, less a penalty otherwise. A run of code lines
// between two paragraphs costs at most codeGapCap in all.
func lineValues(lines []textLine) []int {
	vals := make([]int, len(lines))
	rep := cardShapes(lines)
	clocks := 0
	for i := range lines {
		if !lines[i].isProse() && isFeedStamp(&lines[i]) {
			clocks++
		}
	}
	for i := range lines {
		// A site's notice (cookies, newsletter, copyright) reads as prose
		// but is no part of any story: it must not pull the stretch to it;
		// nor may the summaries of a list of teasers.
		if lines[i].isProse() && !isNotice(&lines[i]) && !isCutShort(&lines[i]) {
			vals[i] = min(int(lines[i].size), proseGain)
		} else if lines[i].isProse() && isNotice(&lines[i]) {
			vals[i] = -shortLinePenalty // a notice, even set apart, is no paragraph
		} else {
			vals[i] = -linePenalty(lines, i)
			// Nor may a notice cost less than a short line, as a short
			// sentence set apart does, which even gains: a consent box
			// is a stack of such paragraphs.
			if vals[i] > -shortLinePenalty && isNotice(&lines[i]) {
				vals[i] = -shortLinePenalty
			}
			if clocks >= minFeedItems && isFeedStamp(&lines[i]) || rep[i] {
				vals[i] *= feedFactor
			}
		}
	}
	freeSteps(lines, vals)
	for i := 1; i < len(lines); i++ {
		if vals[i] >= 0 || !lines[i-1].isProse() {
			continue
		}
		j, code, cost := i, 0, 0
		for ; j < len(lines) && !lines[j].isProse(); j++ {
			if lines[j].isCode() || lines[j].isRow() || isListItem(&lines[j]) {
				code++
			}
			cost -= vals[j]
		}
		n := j - i
		if j == len(lines) || n < minCodeGap || code*codeGapShareDen < n*codeGapShareNum || cost <= codeGapCap {
			i = j
			continue
		}
		for k := i; k < j; k++ {
			vals[k] = 0
		}
		vals[i] = -codeGapCap
		i = j
	}
	return vals
}

// An island of prose at an end of the stretch is small when it holds less
// than 1/islandShareDen of the stretch's prose and less than
// maxIslandSize: a bio, a pitch or a notice runs to a few sentences, where
// a section of the story is a good share of it.
const islandShareDen, maxIslandSize = 10, 300

// minIslandGap is how many short lines cut an island off from the story:
// one is a subheading or a picture's caption inside it.
const minIslandGap = 2

// An island after a single short line is cut when it holds less than
// 1/tailShareDen of the stretch's prose and less than maxTailIsland: a
// line or two under a label, where the story's last section under its
// subheading runs longer.
const tailShareDen, maxTailIsland = 20, 120

// trimIslands drops from both ends of the stretch [start, end) a small
// island of prose cut off from the rest by minIslandGap or more short
// lines: an author's bio, a newsletter pitch, a cookie notice. The
// story's own paragraphs hang together.
func trimIslands(lines []textLine, start, end int) (int, int) {
	isProseAt := func(i int) bool { return lines[i].isProse() || isUnstopped(lines, i) }
	total := 0
	for i := start; i < end; i++ {
		if isProseAt(i) {
			total += int(lines[i].size)
		}
	}
	isSmall := func(size int) bool { return size*islandShareDen < total && size < maxIslandSize }
	// From the end: the last island and the gap above it, again and
	// again, since a page may stack a bio over a newsletter pitch.
	cut := 0 // prose cut so far: together, the islands must stay small
	for end > start {
		top, island, gap := end, cut, 0
		for i := end - 1; i > start; i-- {
			if isProseAt(i) {
				if gap > 0 {
					break
				}
				island += int(lines[i].size)
				continue
			}
			gap++
			top = i
		}
		for top > start && !isProseAt(top-1) {
			top--
		}
		if top <= start || gap == 0 || !(gap >= minIslandGap && isSmall(island) || isTailIsland(island, total)) {
			break
		}
		end, cut = top, island
	}
	// From the start, the same, unless the gap is the story's header: a
	// standfirst above a date line or byline belongs to the story. Again
	// and again too, as a cookie notice may stand over a sign-in pitch;
	// together, the islands must stay small.
	cut = 0
	// An island right under a date line or byline is the story's first
	// paragraph, whatever stands below it (a picture's counter, credit).
	isHeaded := start > 0 && (isDateLine(&lines[start-1]) || isByline(&lines[start-1]))
	for moved := !isHeaded; moved; {
		moved = false
		island, gap := cut, 0
		for i := start; i < end-1; i++ {
			if isProseAt(i) {
				if gap > 0 {
					break
				}
				island += int(lines[i].size)
				continue
			}
			if isDateLine(&lines[i]) || isByline(&lines[i]) {
				break
			}
			gap++
			if gap >= minIslandGap && isSmall(island) {
				k := i
				for k < end && !isProseAt(k) {
					k++
				}
				if k < end {
					start, cut, moved = k, island, true
				}
				break
			}
		}
	}
	return start, end
}

// isTailIsland reports whether a prose island of the given size after one
// short line is too small to be the story's last section.
func isTailIsland(island, total int) bool {
	return island*tailShareDen < total && island < maxTailIsland
}

// cutShareNum/cutShareDen is how much of the stretch's prose must stand
// above a label for cutAtEnd to end the stretch there: higher up, such a
// label is more often a box of links inside the story than its end.
const cutShareNum, cutShareDen = 2, 3

// cutAtEnd ends the stretch [start, end) at a label that opens the comments
// or the links to other stories, or at the first of a list of teasers
// that each end in a link to read on, once most of its prose lies above
// it.
// Each line's prose counts up to proseGain, as in the stretch's sum: a
// huge line under the label (a list of the readers who liked the story)
// must not make the story above it look small.
func cutAtEnd(lines []textLine, start, end int) int {
	total, seen := 0, 0
	for i := start; i < end; i++ {
		if lines[i].isProse() {
			total += min(int(lines[i].size), proseGain)
		}
	}
	for i := start; i < end; i++ {
		l := &lines[i]
		if l.isProse() {
			seen += min(int(l.size), proseGain)
			continue
		}
		if seen*cutShareDen < total*cutShareNum {
			continue
		}
		if endsStory(l) && !(opensRelated(l) && isBoxInStory(lines, i, end)) || opensAbout(l) {
			return i
		}
		// A link to read on alone ends a teaser's card, and so opens a
		// list of them, unless the story goes on under it.
		if isReadOnLabel(l) && isTeaserBelow(lines, i, end) {
			return teaserTop(lines, start, i)
		}
		// A dated card after the story opens a list of other stories.
		if isDateLine(l) {
			if top, ok := cardTop(lines, start, i); ok {
				// The story's last sentence may stand above the card's
				// labels: a card opens with what is not prose.
				for top < i && lines[top].isProse() {
					top++
				}
				return top
			}
		}
	}
	return end
}

// A header inside the stretch is its first headLines lines at most, of
// which maxHeadParas prose lines (a standfirst of a paragraph or two), none
// of them longer than maxStandfirst: a longer one is the story's.
const headLines, maxHeadParas, maxStandfirst = 6, 2, 400

// maxHeadlineLike is how many headlines that read as prose (isHeadlineLike)
// headEnd passes over: the story's, printed twice, and a teaser's or two.
const maxHeadlineLike = 4

// isHeadlineLike reports whether a line that reads as prose has the form
// of a headline: a single sentence of a headline's length that asks or
// exclaims, or with nearly all its words capitalised.
func isHeadlineLike(l *textLine) bool {
	return plainWords(l) <= maxStackTitleWords && !hasTwoSentences(l.text) && l.end == endSentence &&
		(asksOrExclaims(l.text) || int(l.caps)*titleCaseDen >= int(l.words)*titleCaseNum)
}

// headEnd returns where the story's paragraphs begin within the span that
// starts at start: after the date line or byline that closes the article's
// header, when one sits among the span's first lines. Lines before it are
// the header (standfirst, tags, date), not the story.
func headEnd(lines []textLine, start, end int) int {
	body := start
	paras, reach := 0, start+headLines
	for i := start; i < end && i < reach; i++ {
		l := &lines[i]
		if l.isProse() && l.size > maxStandfirst || paras >= maxHeadParas {
			break // a real paragraph, or a third: the header is over
		}
		if l.isProse() && isHeadlineLike(l) && reach < start+headLines+maxHeadlineLike {
			// A headline that asks or exclaims, the story's or a
			// teaser's over it, reads as prose: it is no paragraph,
			// and the header reaches a line further.
			reach++
			continue
		}
		if l.isProse() {
			paras++
		}
		if isDateLine(l) || isByline(l) {
			body = i + 1
		}
	}
	// The header must leave a story behind it.
	for i := body; i < end; i++ {
		if lines[i].isProse() {
			return body
		}
	}
	return start
}

// cardTop returns the first line of the teaser card whose date line is
// date, and whether there is a card at all: some of the short lines above
// the date must not be sentences (a label, a name), or the date is the
// story's own, such as an update note.
func cardTop(lines []textLine, start, date int) (int, bool) {
	top, labels := date, 0
	for k := date - 1; k > start && k >= date-cardLines; k-- {
		l := &lines[k]
		if l.stops > 1 || l.size >= longCardLine {
			break
		}
		if !l.isProse() {
			labels++
		}
		top = k
	}
	return top, labels > 0 && date-top >= minCardLines
}

// cardLines is how many lines above its date a teaser card may reach: a
// picture's caption, a label, the headline and the author; minCardLines
// the fewest it has, a headline and a label or name.
const cardLines, minCardLines = 4, 2

// A line of longCardLine or more is too long for a teaser card: it is a
// paragraph of the story, as a card's summary is cut shorter.
const longCardLine = 160

// keepLines marks the lines of [start, end) that belong to the story: all
// of them except the teasers of other stories wedged between paragraphs.
// A teaser card ends in a date line, under its author, headline, label and
// picture caption: short single-sentence lines, of which some are not
// sentences at all. The story's own paragraphs around it are longer or
// hold several sentences, which is where the card stops.
func keepLines(lines []textLine, start, end int) []bool {
	keep := make([]bool, len(lines))
	for i := start; i < end; i++ {
		l := &lines[i]
		keep[i] = !l.isMarkup() && !isFurniture(l) && !isNotice(l) && !isReadMore(l) && !isCreditLine(l) &&
			!isReadingTime(l) && !(isDateLine(l) && !l.isProse())
		// A label such as "Most read" opens a list of other headlines,
		// which runs until the story's prose resumes.
		if endsStory(l) {
			for i+1 < end && !lines[i+1].isProse() {
				i++
			}
		}
	}
	// Above the first paragraph, a name alone is the byline, not the story.
	for i := start; i < end && !lines[i].isProse(); i++ {
		if bareName(&lines[i]) != "" {
			keep[i] = false
		}
	}
	for i := start; i < end; i++ {
		if lines[i].isProse() || !isDateLine(&lines[i]) {
			continue
		}
		if top, ok := cardTop(lines, start, i); ok {
			for k := top; k <= i; k++ {
				keep[k] = false
			}
		}
	}
	dropSlides(lines, keep, start, end)
	dropEdges(lines, keep, start, end)
	return keep
}
