package textfront

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// The plain-text front end, stage three, the headline: of the lines in
// the header window above the story's first paragraph, the one that
// reads as the story's headline. Each line is scored by its words, its
// form, its distance from the story, the words it shares with the
// story's first paragraphs and the byline or date under it.

// pickTitle returns the index of the headline among the lines above the
// story's first paragraph, or -1. The headline is a line of a few words to
// a score that does not read as a sentence of the story, close above it and
// most often right above its byline or date; menu items are shorter,
// picture captions longer and credited, and controls say what they do.
func pickTitle(lines []textLine, from, to int) int {
	best, bestScore := -1, 0
	var story hashSet
	storyWords(&story, lines, to)
	teasers := teaserStart(lines, max(from, to-headWindow), to)
	// The lines are scored from the story up, so that a good headline
	// found near it spares the scoring of the menu items above, which
	// cannot beat it (titleCeiling); of lines that score alike, the one
	// highest up wins, as it did when the lines were scored top down.
	for i := teasers - 1; i >= max(from, to-headWindow); i-- {
		if titleCeiling(&lines[i], i, to) < bestScore {
			continue
		}
		if score, ok := titleScore(lines, i, to, teasers, &story); ok && score > 0 && score >= bestScore {
			best, bestScore = i, score
		}
	}
	// A window whose best line scores that low holds only buttons, tags
	// and menu items: some pages stack so many of them between the
	// headline and the story that the headline stands above the window.
	if bestScore < minTitleScore && teasers == to {
		for i := max(from, to-2*headWindow); i < max(from, to-headWindow); i++ {
			if score, ok := titleScore(lines, i, to, teasers, &story); ok && score > bestScore && score >= minTitleScore {
				best, bestScore = i, score
			}
		}
	}
	return trailedTitle(lines, best, to)
}

// titleCeiling returns the most titleScore can give line i, l, as the
// headline of the story that starts at line to: the score for its words
// and its distance, with every word shared with the story and a byline
// right under it, and no cost.
func titleCeiling(l *textLine, i, to int) int {
	words := plainWords(l)
	c := int(min(words, titleWords))*titleWordW - (to-i)/titleDistanceDiv + sharedWordW*maxSharedWords
	if words >= minMetaTitleWords {
		c += metaW + nextToMetaW
	}
	return c
}

// minTitleScore is the score under which the best line of the header
// window is no headline but a button or a label ("Block for Site"): a
// line of a few words, far from the story, sharing none of its words.
const minTitleScore = 20

// A headline is a line of at most maxTitleSize, a paragraph being
// longer, and of minTitleWords words or minTitleSize at least, a single
// short word being a menu's item or a logo's name; and
// titleLetterNum/titleLetterDen of it at least are letters, where a date,
// a row of figures or of symbols has fewer.
const (
	maxTitleSize                   = 300
	minTitleWords, minTitleSize    = 2, 8
	titleLetterNum, titleLetterDen = 2, 3
)

// What a headline candidate scores for its length and its place:
// titleWordW for each of its words up to titleWords (headlines run to a
// dozen words or so, and a longer line is no better a headline), less one
// for every titleDistanceDiv lines between it and the story; and past
// longTitleWords, it loses longTitleWordW a word, as so long a line is
// more often a standfirst or a caption.
const (
	titleWordW, titleWords         = 4, 10
	titleDistanceDiv               = 2
	longTitleWords, longTitleWordW = 14, 2
)

// What the forms a headline seldom has cost it, in the units of a word's
// worth (titleWordW): a full stop at its end, three words; a picture's
// credit, which marks a caption, more than the byline under it could make
// up; two sentences, the mark of a standfirst or a caption, as much as
// the full stop; and each of its first maxCommas commas, as a
// standfirst's sentence has commas where a headline seldom has one.
const (
	fullStopW         = 12
	creditW           = 30
	twoSentencesW     = 12
	commaW, maxCommas = 6, 2
)

// What a headline candidate gains: sharedWordW for each word of the
// story's first paragraphs it uses, up to maxSharedWords, as a headline
// names what its story tells and a teaser of another story does not; and
// metaW for a date line or byline under it within headerGap lines (a
// standfirst and a picture credit may come between them), nextToMetaW
// more right above one, where most pages put the headline. Only a line
// of minMetaTitleWords words or more gains it: a shorter one over the
// byline is a section's label as often.
const (
	sharedWordW, maxSharedWords = 6, 4
	metaW, nextToMetaW          = 15, 12
	headerGap                   = 5
	minMetaTitleWords           = 4
)

// titleScore scores line i as the headline of the story that starts at
// line to, whose first words are story; ok is false when the line cannot
// be a headline at all. The header's byline or date is looked for above
// line teasers, where a list of other stories begins: a byline in that
// list is a teaser's, and does not make the line above the list a
// headline.
func titleScore(lines []textLine, i, to, teasers int, story *hashSet) (score int, ok bool) {
	l := &lines[i]
	if l.size > maxTitleSize || l.words < minTitleWords && l.size < minTitleSize || l.end == endColon ||
		l.letters*titleLetterDen < l.size*titleLetterNum ||
		isDateLine(l) || isByline(l) || isFurniture(l) || isControl(l.text) || isInterface(l.text) || isTrail(l.text) ||
		isTimeAgo(l) {
		return 0, false
	}
	asks := l.end == endSentence && asksOrExclaims(l.text)
	// A paragraph, not a headline; though a question may hold
	// abbreviations ("U.S.-Israeli") and still be one sentence.
	if l.isProse() && l.stops > 1 && !isTitleCase(l) && !isHeadlineLike(l) && (!asks || sentenceEnds(l.text) > 1) {
		return 0, false
	}
	// Headlines run to a dozen words or so; a longer line is more often
	// a standfirst or a caption.
	words := plainWords(l)
	score = int(min(words, titleWords))*titleWordW - (to-i)/titleDistanceDiv
	if words > longTitleWords {
		score -= int(words-longTitleWords) * longTitleWordW
	}
	// A headline may ask or exclaim, or trail off after a list of
	// quoted names, but rarely ends in a full stop; nor in an ellipsis
	// after a word, which marks a teaser cut short.
	if l.end == endSentence && !asks && !trailsOffList(l.text) {
		score -= fullStopW
	}
	if isCredited(l.text) || endsInCredit(l.text) {
		score -= creditW
	}
	// Two sentences make a standfirst or a caption, not a headline.
	if hasTwoSentences(l.text) {
		score -= twoSentencesW
	}
	// A standfirst is a sentence, with commas; a headline seldom has
	// one. (CJK headlines do use the ideographic comma: not counted.)
	if l.commas > 0 {
		score -= commaW * min(strings.Count(l.text, ", "), maxCommas)
	}
	// A headline names what its story tells: teasers of other
	// stories share few of its words.
	score += sharedWordW * min(sharedWords(l.text, story), maxSharedWords)
	// The line right above the byline or date, where most pages put the
	// headline, gains the most; a picture's caption between the two
	// does not part them, and gains nothing itself.
	next := i + 1
	caption := isCaption(l)
	for k := i + 1; k < teasers && k <= i+headerGap && words >= minMetaTitleWords && !caption; k++ {
		if isDateLine(&lines[k]) || isByline(&lines[k]) {
			score += metaW
			if k == next {
				score += nextToMetaW
			}
			break
		}
		if k == next && isCaption(&lines[k]) {
			next++
		}
	}
	// A headline stands over its byline, not under it: a line under one
	// is the author's role, a caption or the story's first words.
	for k := max(0, i-headerGap); k < i; k++ {
		if isByline(&lines[k]) {
			score -= underBylineW
			break
		}
	}
	return score, true
}

// underBylineW is what a line under a byline loses as a headline: as
// much as a byline right under it gains, so a role or a caption under the
// byline never outscores the headline over it.
const underBylineW = metaW + nextToMetaW

// isCaption reports whether a short line is a picture's caption that
// ends in its credit ("Ann Lee at the bridge. (Bo Chan/Wire)"), or a
// credit alone.
func isCaption(l *textLine) bool { return isCreditLine(l) || endsInCredit(l.text) }

// cjkCharsPerWord is how many CJK characters weigh as one word of a
// headline: Chinese and Japanese words run to two or three characters,
// and a headline of thirty of them says what one of ten English words
// does. measureLine counts each as a word, which would make every such
// headline as long as a standfirst.
const cjkCharsPerWord = 3

// plainWords returns the words of l as a headline's or a date line's
// length is judged: l.words, but with CJK characters counted
// cjkCharsPerWord to a word.
func plainWords(l *textLine) int32 {
	if int(l.size) == len(l.text) {
		return l.words // ASCII: no CJK character
	}
	if l.cjk < math.MaxInt16 {
		// measureLine counted them; a saturated count is counted again.
		return l.words - int32(l.cjk) + (int32(l.cjk)+cjkCharsPerWord-1)/cjkCharsPerWord
	}
	var n int32
	for _, r := range l.text {
		if textkit.IsIdeograph(r) || textkit.IsHangulSyllable(r) {
			n++
		}
	}
	return l.words - n + (n+cjkCharsPerWord-1)/cjkCharsPerWord
}

// asksOrExclaims reports whether s ends in a question or exclamation
// mark, perhaps before a closing quote or bracket. (The full-width marks
// of CJK text are left out: in the copies measured they ended subheadings
// inside the story more often than headlines.)
func asksOrExclaims(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, isClosing))
	return r == '?' || r == '!'
}

// trailsOffList reports whether s ends in an ellipsis right after a
// closing quote or bracket, as a list of titles that goes on does
// ("«A», «B», «C»…").
func trailsOffList(s string) bool {
	s, ok := strings.CutSuffix(s, "…")
	if !ok {
		s, ok = strings.CutSuffix(s, "...")
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return ok && isClosing(r)
}

// sentenceEnds counts the sentences that end in s: the marks that end a
// sentence and are followed by a space or the end of s, perhaps after a
// closing quote or bracket, runs of marks ("?!", "...") counted once. A
// mark inside a word, as in "U.S.-Israeli", ends none, nor does the full
// stop after a lone capital ("the U.S. and", "J. Lee"); the full-width
// marks of CJK text, which puts no space after them, end one wherever
// they stand.
func sentenceEnds(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case '。', '！', '？':
			n++
			continue
		case '.':
			if at := i - size; at >= 1 && isUpperASCII(s[at-1]) && (at == 1 || !textkit.IsASCIILetter(s[at-2])) {
				continue
			}
		case '!', '?', '…', '؟', '।':
		default:
			continue
		}
		for i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
			if r != '.' && r != '!' && r != '?' && r != '…' && !isClosing(r) {
				break
			}
			i += size
		}
		if i == len(s) || s[i] == ' ' {
			n++
		}
	}
	return n
}

// hasTwoSentences reports whether s holds the end of one sentence and the
// start of another: a full stop after a lower-case word, then a capital.
// Abbreviations ("U.S. Senate", "Mr. Lee") end in a capital or are short.
func hasTwoSentences(s string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], ". ")
		if i < 0 {
			return false
		}
		i += off
		if i >= 3 && i+2 < len(s) && isLowerASCII(s[i-1]) && isLowerASCII(s[i-2]) && isLowerASCII(s[i-3]) &&
			s[i+2] >= 'A' && s[i+2] <= 'Z' {
			return true
		}
		off = i + 2
	}
}

// isLowerASCII and isUpperASCII report whether c is an ASCII lower-case,
// or upper-case, letter.
func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// A line in title case has minTitleCaseWords to maxTitleCaseWords words,
// as fewer capitalised words are as often a name and more a list of
// them, and is shorter than titleCaseSize; titleCaseNum/titleCaseDen of
// its words at least are capitalised, which leaves room for the short
// words English headlines keep in lower case ("of", "the", "and").
const (
	minTitleCaseWords, maxTitleCaseWords = 4, 20
	titleCaseSize                        = 200
	titleCaseNum, titleCaseDen           = 7, 10
)

// isTitleCase reports whether a line capitalises nearly all its words, as
// English headlines do and sentences, even German ones, do not.
func isTitleCase(l *textLine) bool {
	return l.words >= minTitleCaseWords && l.words <= maxTitleCaseWords && l.commas == 0 &&
		int(l.caps)*titleCaseDen >= int(l.words)*titleCaseNum && l.size < titleCaseSize
}

// storyParas is how many of the story's first paragraphs titleScore
// compares a headline's words with: a headline names what the story's
// opening tells, and fewer words keep a teaser's chance of sharing some
// low.
const storyParas = 4

// minWordRunes is the fewest runes of a word that storyWords and
// sharedWords compare: shorter words ("the", "and", "der") are shared by
// any two lines of a language.
const minWordRunes = 4

// storyWords fills words with the lower-cased words of minWordRunes
// letters or more in the first storyParas paragraphs of the story that
// starts at line start, as hashes: the set is asked about, never listed,
// and hashes cost no string per word.
func storyWords(words *hashSet, lines []textLine, start int) {
	for i, n := start, 0; i < len(lines) && n < storyParas; i++ {
		if !lines[i].isProse() {
			continue
		}
		n++
		forWords(lines[i].text, words.add)
	}
}

// hashSlots is the size of a hashSet's table: three-quarters of it, 768
// words, hold the long words of storyParas paragraphs of a hundred words
// and more each.
const hashSlots = 1024

// hashSet is a set of word hashes in a fixed open-addressed table, which
// costs no allocation where a map would cost several per page. Once it is
// three-quarters full it takes no more: the first words are enough to
// tell a headline from a teaser.
type hashSet struct {
	slots [hashSlots]uint64 // 0 is an empty slot; hashes are stored with the low bit set
	n     int
}

// add puts h in the set, unless the set is three-quarters full.
func (s *hashSet) add(h uint64) {
	h |= 1
	if s.n >= len(s.slots)*3/4 {
		return
	}
	for k := h % uint64(len(s.slots)); ; k = (k + 1) % uint64(len(s.slots)) {
		switch s.slots[k] {
		case h:
			return
		case 0:
			s.slots[k] = h
			s.n++
			return
		}
	}
}

// has reports whether h is in the set.
func (s *hashSet) has(h uint64) bool {
	h |= 1
	for k := h % uint64(len(s.slots)); ; k = (k + 1) % uint64(len(s.slots)) {
		switch s.slots[k] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// sharedWords counts the distinct words of minWordRunes letters or more of
// s that are in words, up to maxSharedWords.
func sharedWords(s string, words *hashSet) int {
	var found [maxSharedWords]uint64
	n := 0
	forWords(s, func(h uint64) {
		if n == len(found) || !words.has(h) {
			return
		}
		for _, f := range found[:n] {
			if f == h {
				return
			}
		}
		found[n] = h
		n++
	})
	return n
}

// forWords calls f with the hash of each word of minWordRunes letters or
// more in s: the FNV-1a hash of the word lower-cased. The hash is taken as the
// word is read, in the one pass over s.
func forWords(s string, f func(h uint64)) {
	const offset, prime = 14695981039346656037, 1099511628211
	h, runes := uint64(offset), 0 // runes is 0 outside a word
	for i := 0; i < len(s); {
		// ASCII bytes are classed by a table lookup, the rest by
		// textkit.IsWordRune, as a range loop over s would decode them.
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if asciiClass[c]&clsToken != 0 {
				if runes == 0 {
					h = offset
				}
				runes++
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				h ^= uint64(c)
				h *= prime
				// The lower-case letters that follow, most of a word,
				// in a tight loop.
				for i < len(s) && s[i]-'a' < 26 {
					h ^= uint64(s[i])
					h *= prime
					runes++
					i++
				}
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			i += n
			if textkit.IsWordRune(r) {
				if runes == 0 {
					h = offset
				}
				runes++
				for r = textkit.ToLower(r); r > 0; r >>= 8 {
					h ^= uint64(r & 0xff)
					h *= prime
				}
				continue
			}
		}
		if runes >= minWordRunes {
			f(h)
		}
		runes = 0
	}
	if runes >= minWordRunes {
		f(h)
	}
}
