package textfront

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// The plain-text front end, stage two, at the stretch's edges: the forms
// of line that a stretch of dense prose misjudges on its own. A story may
// hold lines that are text without looking like prose (a verse, a list
// of changes, numbered steps), and a page may hold prose that is not the
// story (teasers cut short, a note about the author under it).

// unstoppedWords is the least words of a paragraph without a stop that
// isUnstopped takes for text: a menu's item or a label has fewer.
const unstoppedWords = 12

// unstoppedLetterNum/unstoppedLetterDen is the least share of letters in
// such a paragraph: text is mostly letters, where a row of figures, a
// list of dates or a line of symbols is many words without a stop too.
const unstoppedLetterNum, unstoppedLetterDen = 3, 4

// isUnstopped reports whether line i is a paragraph of its own, set apart by
// blank lines, of many words and no stop: a story's line in a style that
// parts its sentences with spaces (some blogs write Chinese so), a last
// line that ends in an emoji, a verse. It gains a quarter of its size, and
// counts as prose where the stretch is trimmed. A headline may have the
// same form; readText tells it by the paragraph under it.
func isUnstopped(lines []textLine, i int) bool {
	return isSetApart(lines, i) && hasUnstoppedForm(&lines[i])
}

// isSetApart reports whether blank lines stand above and below line i (or
// the page ends under it): a paragraph of its own on the page.
func isSetApart(lines []textLine, i int) bool {
	return lines[i].blankBefore() && (i+1 == len(lines) || lines[i+1].blankBefore())
}

// hasUnstoppedForm reports whether a line has isUnstopped's form, apart
// or not.
func hasUnstoppedForm(l *textLine) bool {
	return l.words >= unstoppedWords && l.stops == 0 && l.letters*unstoppedLetterDen >= l.size*unstoppedLetterNum
}

// A note about the author is at most 1/bioShareDen of the story's prose
// above it: a last paragraph longer than that is the story's, even where
// it opens with a name and a verb of being.
const bioShareDen = 3

// dropBio ends the stretch [start, end) above its last paragraph when that
// is a note about the author ("Ann Lee is a reporter who covers rivers",
// or one that names its author under the name alone): it follows the
// story, set off from it by a line that is not the story's prose (the
// author's name, a credit, a notice), and is short beside it.
func dropBio(lines []textLine, start, end int) int {
	last := end - 1
	for last > start && !lines[last].isProse() {
		last--
	}
	if last <= start || !isBio(&lines[last]) && !isNamedAbove(lines, start, last) {
		return bioInTail(lines, start, end)
	}
	if above := &lines[last-1]; above.isProse() && !isNotice(above) {
		return end
	}
	if int(lines[last].size)*bioShareDen > proseSize(lines, start, last) {
		return end
	}
	for last > start && !lines[last-1].isProse() {
		last--
	}
	return last
}

// maxBioSize is the longest note about the author bioInTail takes: a
// few sentences. It bounds how far up from the stretch's end it looks.
const maxBioSize = 1000

// bioInTail ends the stretch [start, end) above a note about the author
// (isBio) that is not its last paragraph: set off from the story above by
// a line that is not prose (the author's name, a row of share buttons),
// with the name it opens with on one of those lines, short beside the
// story (bioShareDen), and followed by less prose than it holds itself,
// as what a page sets under an author's box (a link to the comments, a
// few teasers) is a line or two at most.
func bioInTail(lines []textLine, start, end int) int {
	below := 0
	for i := end - 1; i > start && below < maxBioSize; i-- {
		l := &lines[i]
		if !l.isProse() {
			continue
		}
		size := int(l.size)
		if below < size && size <= maxBioSize && !lines[i-1].isProse() && isBio(l) &&
			size*bioShareDen <= proseSize(lines, start, i) {
			top := i
			for top > start && !lines[top-1].isProse() {
				top--
			}
			if name := leadName(l.text); name != "" && hasLineWith(lines, top, i, name) {
				return top
			}
		}
		below += size
	}
	return end
}

// hasLineWith reports whether a line of [from, to) opens with name.
func hasLineWith(lines []textLine, from, to int, name string) bool {
	for j := from; j < to; j++ {
		if strings.HasPrefix(lines[j].text, name) {
			return true
		}
	}
	return false
}

// proseSize returns the size of the prose lines in [from, to).
func proseSize(lines []textLine, from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		if lines[i].isProse() {
			n += int(lines[i].size)
		}
	}
	return n
}

// isNamedAbove reports whether the paragraph at line i stands under its
// author's name, as an author's box sets it: a name alone that the
// paragraph names again ("Ann Lee", then "Before she joined the paper, Lee
// wrote about ..."), or that stands apart from the prose above it too
// (under a row of share buttons or tags, in the box's own heading); or a
// line that opens with the name the paragraph opens with ("Ann Lee 120
// posts", then "Ann Lee studied ..."). A subheading in a story stands
// right under its prose, and a list of features or products, each a name
// over a paragraph, repeats the shape where an author's box is one.
func isNamedAbove(lines []textLine, start, i int) bool {
	above := &lines[i-1]
	if name := bareName(above); name != "" {
		surname := name[strings.LastIndexByte(name, ' ')+1:]
		return strings.Contains(lines[i].text, surname) || isApartName(lines, i-1) && !hasApartName(lines, start, i-1)
	}
	lead := leadName(lines[i].text)
	return lead != "" && !above.isProse() && strings.HasPrefix(above.text, lead+" ")
}

// isApartName reports whether line i, a bareName, stands between two
// lines that are not prose, over a paragraph.
func isApartName(lines []textLine, i int) bool {
	return i >= 1 && !lines[i-1].isProse() && lines[i+1].isProse()
}

// hasApartName reports whether a line of [from, to) is a bareName that
// isApartName takes.
func hasApartName(lines []textLine, from, to int) bool {
	for j := max(from, 1); j < to; j++ {
		if !lines[j].isProse() && isApartName(lines, j) && bareName(&lines[j]) != "" {
			return true
		}
	}
	return false
}

// leadName returns the name a paragraph opens with: minNameWords to
// maxNameWords capitalised words before one that is not, or "".
func leadName(s string) string {
	end, words := 0, 0
	for rest := s; words <= maxNameWords; words++ {
		sp := strings.IndexByte(rest, ' ')
		if sp <= 0 {
			return ""
		}
		r, _ := utf8.DecodeRuneInString(rest)
		if !unicode.IsUpper(r) {
			break
		}
		end += sp + 1
		rest = rest[sp+1:]
	}
	if words < minNameWords || words > maxNameWords {
		return ""
	}
	return s[:end-1]
}

// listAround widens the stretch [start, end) over the list items right
// around it when they outweigh its prose: a changelog or a list of tips
// is the story, and the stray sentence among its items only one of them.
// A list of links under a story is shorter than the story.
func listAround(lines []textLine, start, end int) (int, int) {
	if (start == 0 || !isListItem(&lines[start-1])) && (end == len(lines) || !isListItem(&lines[end])) {
		return start, end
	}
	prose := proseSize(lines, start, end)
	from, to, items := start, end, 0
	for from > 0 && isListItem(&lines[from-1]) {
		from--
		items += int(lines[from].size)
	}
	for to < len(lines) && isListItem(&lines[to]) {
		items += int(lines[to].size)
		to++
	}
	if items <= prose {
		return start, end
	}
	return from, to
}

// A numbered label is at most maxStepLabel long, its words before the
// number at most maxStepWords bytes and its number maxStepDigits digits:
// "Step 2", "Schritt 12:", "Part 3"; a longer line is a sentence or a
// headline, a longer number a year or a figure.
const maxStepLabel, maxStepWords, maxStepDigits = 30, 24, 3

// freeSteps sets to nothing what numbered labels in sequence ("Step 1",
// "Step 2") cost: they are the story's own headings, as a how-to or a
// recipe numbers its steps, which no menu does.
func freeSteps(lines []textLine, vals []int) {
	prev := -1
	for i := range lines {
		if vals[i] >= 0 || lines[i].digits == 0 || lines[i].size > maxStepLabel {
			continue
		}
		if q, n, ok := numberedLabel(lines[i].text); ok {
			if prev >= 0 {
				if p, m, _ := numberedLabel(lines[prev].text); m+1 == n && p == q {
					vals[prev], vals[i] = 0, 0
				}
			}
			prev = i
		}
	}
}

// numberedLabel splits a label such as "Step 2" or "Schritt 12:" into its
// words and its number; ok is false for any other line.
func numberedLabel(s string) (prefix string, n int, ok bool) {
	s = strings.TrimSuffix(s, ":")
	sp := strings.LastIndexByte(s, ' ')
	if sp <= 0 || sp > maxStepWords || len(s)-sp-1 > maxStepDigits {
		return "", 0, false
	}
	for k := sp + 1; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return "", 0, false
		}
		n = n*10 + int(s[k]-'0')
	}
	for k := 0; k < sp; k++ {
		if s[k] >= '0' && s[k] <= '9' {
			return "", 0, false
		}
	}
	return s[:sp+1], n, len(s) > sp+1
}

// boxLines is the most headlines a box of links wedged between two of the
// story's paragraphs holds; boxResume is the least size of the paragraph
// under it, longer than a teaser's summary.
const boxLines, boxResume = 5, 300

// isBoxInStory reports whether the label at line i opens a short box of
// links after which the story goes on: a few headlines, or none (the box
// held pictures, or the label is the story's own subheading), then a
// paragraph longer than any teaser's summary.
func isBoxInStory(lines []textLine, i, end int) bool {
	for j := i + 1; j < end && j <= i+1+boxLines; j++ {
		if lines[j].isProse() {
			return int(lines[j].size) >= boxResume
		}
	}
	return false
}

// cutShortSize is the longest line isCutShort takes for a teaser's: a
// summary is cut to a few lines of its card.
const cutShortSize = 300

// isCutShort reports whether a line ends in an ellipsis: a teaser's headline
// or summary cut to fit its card. A story's paragraph rarely trails off, and
// when one does it stands among others that carry the stretch.
func isCutShort(l *textLine) bool {
	s := l.text
	return l.size <= cutShortSize && (strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…"))
}

// agoBefore and agoAfter say, in the web's main languages, that a time is
// so long ago, before or after it: "vor 3 Minuten", "il y a 5 minutes",
// "2 hours ago".
var (
	agoBefore = []string{"vor ", "il y a ", "hace ", "před ", "há "}
	agoAfter  = []string{" ago", " fa", " temu", " geleden"}
)

// isTimeAgo reports whether a short line tells how long ago something was
// posted, as the items of a live feed do: a number, after or before one
// of the words for "ago".
func isTimeAgo(l *textLine) bool {
	// Most lines have no digit: the test is inlined where it is asked.
	return l.digits != 0 && l.words <= maxAgoWords && l.size <= maxAgoSize && hasAgoNumber(l.text)
}

// maxAgoWords and maxAgoSize bound a line that tells a time ago: "vor 3
// Minuten", "il y a 5 minutes", with a name or a label perhaps; a longer
// line that says "ago" is a sentence.
const maxAgoWords, maxAgoSize = 5, 40

// hasAgoNumber reports whether s holds a number after or before a word for
// "ago"; s is short.
func hasAgoNumber(s string) bool {
	// Each list is compared only when the byte before the first digit,
	// or the line's last byte, ends one of its words: most short lines
	// with a digit (a date, a score, a price) are turned away by a table
	// lookup.
	if d := firstDigit(s); d > 0 && agoBeforeEnds[s[d-1]] {
		for _, w := range agoBefore {
			if d >= len(w) && textkit.HasFoldPrefix(s[d-len(w):], w) {
				return true
			}
		}
	}
	if s != "" && agoAfterEnds[s[len(s)-1]] {
		for _, w := range agoAfter {
			if strings.HasSuffix(s, w) {
				return true
			}
		}
	}
	return false
}

// firstDigit returns the index of the first ASCII digit in s, or -1.
func firstDigit(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i]-'0' < 10 {
			return i
		}
	}
	return -1
}

// agoBeforeEnds holds the bytes that end a word of agoBefore as
// textkit.HasFoldPrefix compares them (either case of a letter), and
// agoAfterEnds the last bytes of agoAfter's words, compared exactly.
var agoBeforeEnds, agoAfterEnds = func() (before, after [256]bool) {
	for c := range 256 {
		for _, w := range agoBefore {
			before[c] = before[c] || textkit.LowerASCII(byte(c)) == w[len(w)-1]
		}
	}
	for _, w := range agoAfter {
		after[w[len(w)-1]] = true
	}
	return before, after
}()

// minQuantities is the fewest quantities that quantitiesAbove takes for a
// recipe's ingredients; maxBetween the most other short lines it lets
// stand between two of them, or between them and the story; and
// maxRecipeLabelWords the most words of such a line, or of the list's label
// ("Ingredients:", "For the sauce:"), as a menu's run of items may be
// longer.
const minQuantities, maxBetween, maxRecipeLabelWords = 3, 4, 3

// maxQuantitySize is the longest line isQuantity takes for an
// ingredient's: "200 g flour, sifted" is a line, where a sentence may open
// with a figure too.
const maxQuantitySize = 80

// quantitiesAbove returns where the story begins when a list of
// quantities ("200 g flour", "2 eggs") stands right above its first
// paragraph, with no more than labels ("Method:") and short lines between
// them: a recipe's ingredients, and their label ("Ingredients:"), are its
// own. Otherwise it returns start.
func quantitiesAbove(lines []textLine, start int) int {
	i, n, top := start, 0, start
	// An ingredient without a quantity ("Salt") may stand among them, and
	// labels ("Method:") and a step's number ("1.") under them; but not
	// more than a few in a row, or they are a menu.
	for i > 0 && top-i < maxBetween && (isQuantity(&lines[i-1]) || lines[i-1].words <= maxRecipeLabelWords && !lines[i-1].isProse() &&
		(lines[i-1].end != endSentence || lines[i-1].letters == 0)) {
		i--
		if isQuantity(&lines[i]) {
			n, top = n+1, i
		}
	}
	if n < minQuantities {
		return start
	}
	if top > 0 && lines[top-1].end == endColon && lines[top-1].words <= maxRecipeLabelWords {
		top--
	}
	return top
}

// isQuantity reports whether a short line opens with a number and a space
// before its words, as an ingredient's quantity does ("200 g flour",
// "1,5 l milk"), not a name ("1Password") nor a date and time.
func isQuantity(l *textLine) bool {
	s := l.text
	if l.size > maxQuantitySize || l.letters == 0 || s[0] < '0' || s[0] > '9' || l.isProse() {
		return false
	}
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			return true
		case c >= '0' && c <= '9' || c == ',' || c == '.' || c == '/' || c == '-':
		default:
			return false
		}
	}
	return false
}

// anchorLead is how many times the prose above a header's date line or
// byline the prose under it must hold for headedStart to begin the story
// there: the story's own paragraphs follow its header, where a page's
// taglines or the summaries of teasers above it are a few lines.
const anchorLead = 2

// minAnchorGap is the fewest lines that are not prose between the prose
// above a header and its date line or byline: a header stands apart from
// what is over it (a section's label, the headline), where a tweet's
// sign-off or a chart's credit follows the story's paragraph closely.
const minAnchorGap = 2

// headedStart returns where the stretch [start, end) begins when a
// story's header stands inside it: at the first date line or byline, set
// off by minAnchorGap lines from the prose above it, when that prose has
// more paragraphs than a standfirst (maxHeadParas), reads as a site's
// taglines or a menu's teaser summaries (isLoose), and the prose under
// the header is anchorLead times it. Such prose is drawn into the
// stretch by the story under it; a standfirst over its byline is the
// story's, and stays. A label that opens a list of other stories, or a
// sign-off or a credit, makes the date line under it another story's or
// an embed's, not the header.
func headedStart(lines []textLine, start, end int) int {
	total := proseSize(lines, start, end)
	paras, above, gap := 0, 0, 0
	for i := start; i < end; i++ {
		l := &lines[i]
		if l.isProse() {
			paras++
			above += int(l.size)
			gap = 0
			// Under this much prose, no header leaves anchorLead times
			// as much under it: the lines below need no date or byline
			// parse.
			if (total - above) < anchorLead*above {
				return start
			}
			continue
		}
		gap++
		if endsStory(l) {
			return start
		}
		if !isDateLine(l) && !isByline(l) {
			continue
		}
		if gap <= minAnchorGap || paras <= maxHeadParas ||
			isCredited(l.text) || isSignOff(l.text) || !isLoose(lines, start, i) ||
			total-above < anchorLead*above {
			return start
		}
		return i
	}
	return start
}

// isSignOff reports whether s opens with a dash, as the line that signs
// a quoted post off does ("— Ann Lee (@ann) May 2, 2016").
func isSignOff(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '—' || r == '–' || r == '-'
}

// isLoose reports whether the prose of [from, to) reads as taglines or
// teaser summaries rather than the story's paragraphs: each of its prose
// lines stands alone between lines that are not prose, or all of them
// are no longer than a teaser card's summary (longCardLine).
func isLoose(lines []textLine, from, to int) bool {
	alone, short := true, true
	for i := from; i < to; i++ {
		if !lines[i].isProse() {
			continue
		}
		short = short && lines[i].size < longCardLine
		alone = alone && (i == from || !lines[i-1].isProse()) && (i+1 == to || !lines[i+1].isProse())
	}
	return alone || short
}

// headedLead is how many times the prose of a stretch under a story's
// header the best stretch must hold to win when no header stands over
// it: a page's footer, a box of notices or a list of teasers may outweigh
// a short story (a paywalled one, a notice of a few lines), but a header
// (a date line or a byline) marks where the story is. On the corpus, 3
// changed one text record, 5 three, all for the better, and 10 lost a
// story to a list of dated teasers.
const headedLead = 5

// headedSpan returns the stretch under a story's header when the best
// stretch [start, end), whose sum is best, has no header over it (no date
// line or byline in the headWindow lines above it) and the best stretch
// that starts at the first paragraph under a date line or byline above
// it sums to more than 1/headedLead of it. Otherwise it returns start and
// end. Only stretches above the best one are weighed: what a footer
// follows is the story, where the dated heads of comments and teasers
// under a story would each head a stretch of their own. It writes over
// vals, the lines' values, above start.
func headedSpan(lines []textLine, vals []int, start, end, best int) (int, int) {
	if start == 0 || hasHeader(lines, start) {
		return start, end
	}
	// The best sum of a stretch that starts at each line above the best
	// stretch and ends above it too, from the bottom up in one pass, in
	// place of the lines' values, which the caller is done with: a
	// stretch from line j is line j and the best stretch from j+1 when
	// that adds anything, so it reaches as far as the sums under it stay
	// above nothing.
	sums := vals[:start]
	for j := start - 2; j >= 0; j-- {
		sums[j] += max(0, sums[j+1])
	}
	hs, hsum := 0, 0
	for p := 0; p < start; p++ {
		// Only a paragraph under lines that are not prose can open the
		// stretch under a header; the header is asked about only for a
		// stretch that would win, as the date and byline parses cost.
		if !lines[p].isProse() || p > 0 && lines[p-1].isProse() || sums[p] <= hsum || sums[p]*headedLead < best {
			continue
		}
		for i := p - 1; i >= 0 && i >= p-headWindow && !lines[i].isProse(); i-- {
			if isDateLine(&lines[i]) || isByline(&lines[i]) {
				hs, hsum = p, sums[p]
				break
			}
		}
	}
	if hsum == 0 {
		return start, end
	}
	he := hs + 1
	for he < start && sums[he] > 0 {
		he++
	}
	return hs, he
}

// hasHeader reports whether a date line or byline stands in the
// headWindow lines above line start.
func hasHeader(lines []textLine, start int) bool {
	for i := max(0, start-headWindow); i < start; i++ {
		if isDateLine(&lines[i]) || isByline(&lines[i]) {
			return true
		}
	}
	return false
}
