package textfront

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// The plain-text front end, stage three: the header. A reader finds the
// headline, the standfirst, the byline, the tags and the date of a story by
// where they stand (just above its first paragraph) and by their form, so
// this looks only there: never at the first date or name anywhere in the
// page, which is as likely a menu's or a teaser's.

// headWindow is how many lines above the story the header may reach.
const headWindow = 25

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
	return best
}

// titleCeiling returns the most titleScore can give line i, l, as the
// headline of the story that starts at line to: the score for its words
// and its distance, with every word shared with the story and a byline
// right under it, and no cost.
func titleCeiling(l *textLine, i, to int) int {
	c := int(min(l.words, 10))*4 - (to-i)/2 + 6*4
	if l.words >= 4 {
		c += 15 + nextToMetaW
	}
	return c
}

// minTitleScore is the score under which the best line of the header
// window is no headline but a button or a label ("Block for Site"): a
// line of a few words, far from the story, sharing none of its words.
const minTitleScore = 20

// teaserStart returns the line of the last label in [from, to) that
// opens a list of other stories ("Related", "Sur le même sujet"), or to
// when there is none: some pages put such a list between the header and
// the story, and its headlines and bylines are not the story's.
func teaserStart(lines []textLine, from, to int) int {
	for i := to - 1; i >= from; i-- {
		if opensRelated(&lines[i]) {
			return i
		}
	}
	return to
}

// titleScore scores line i as the headline of the story that starts at
// line to, whose first words are story; ok is false when the line cannot
// be a headline at all. The header's byline or date is looked for above
// line teasers, where a list of other stories begins: a byline in that
// list is a teaser's, and does not make the line above the list a
// headline.
func titleScore(lines []textLine, i, to, teasers int, story *hashSet) (score int, ok bool) {
	l := &lines[i]
	if l.size > 300 || l.words < 2 && l.size < 8 || l.end == endColon || l.letters*3 < l.size*2 ||
		isDateLine(l) || isByline(l) || isFurniture(l) || isControl(l.text) || isTrail(l.text) {
		return 0, false
	}
	asks := l.end == endSentence && asksOrExclaims(l.text)
	// A paragraph, not a headline; though a question may hold
	// abbreviations ("U.S.-Israeli") and still be one sentence.
	if l.isProse() && l.stops > 1 && !isTitleCase(l) && (!asks || sentenceEnds(l.text) > 1) {
		return 0, false
	}
	// Headlines run to a dozen words or so; a longer line is more often
	// a standfirst or a caption.
	score = int(min(l.words, 10))*4 - (to-i)/2
	if l.words > 14 {
		score -= int(l.words-14) * 2
	}
	// A headline may ask or exclaim, or trail off after a list of
	// quoted names, but rarely ends in a full stop; nor in an ellipsis
	// after a word, which marks a teaser cut short.
	if l.end == endSentence && !asks && !trailsOffList(l.text) {
		score -= 12
	}
	if isCredited(l.text) || endsInCredit(l.text) {
		score -= 30
	}
	// Two sentences make a standfirst or a caption, not a headline.
	if twoSentences(l.text) {
		score -= 12
	}
	// A standfirst is a sentence, with commas; a headline seldom has
	// one. (CJK headlines do use the ideographic comma: not counted.)
	if l.commas > 0 {
		score -= commaW * min(strings.Count(l.text, ", "), 2)
	}
	// A headline names what its story tells: teasers of other
	// stories share few of its words.
	score += 6 * min(sharedWords(l.text, story), 4)
	for k := i + 1; k < teasers && k <= i+headerGap && l.words >= 4; k++ {
		if isDateLine(&lines[k]) || isByline(&lines[k]) {
			score += 15
			if k == i+1 {
				score += nextToMetaW // the line right above the byline or date
			}
			break
		}
	}
	return score, true
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

// nextToMetaW is what a headline candidate gains from standing right above
// the story's byline or date line, where most pages put the headline.
const nextToMetaW = 12

// twoSentences reports whether s holds the end of one sentence and the
// start of another: a full stop after a lower-case word, then a capital.
// Abbreviations ("U.S. Senate", "Mr. Lee") end in a capital or are short.
func twoSentences(s string) bool {
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

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// commaW is what each of a headline candidate's first two commas costs it.
const commaW = 6

// headerGap is how far above its date line or byline a headline may stand:
// a standfirst and a picture credit may come between them.
const headerGap = 5

// isTitleCase reports whether a line capitalises nearly all its words, as
// English headlines do and sentences, even German ones, do not.
func isTitleCase(l *textLine) bool {
	return l.words >= 4 && l.words <= 20 && l.commas == 0 && int(l.caps)*10 >= int(l.words)*7 && l.size < 200
}

// storyWords fills words with the lower-cased words of four letters or
// more in the first paragraphs of the story that starts at line start, as
// hashes: the set is asked about, never listed, and hashes cost no string
// per word.
func storyWords(words *hashSet, lines []textLine, start int) {
	for i, n := start, 0; i < len(lines) && n < 4; i++ {
		if !lines[i].isProse() {
			continue
		}
		n++
		forWords(lines[i].text, words.add)
	}
}

// hashSet is a set of word hashes in a fixed open-addressed table, which
// costs no allocation where a map would cost several per page. Once it is
// three-quarters full it takes no more: the first words are enough to
// tell a headline from a teaser.
type hashSet struct {
	slots [1024]uint64 // 0 is an empty slot; hashes are stored with the low bit set
	n     int
}

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

// sharedWords counts the distinct words of four letters or more of s that
// are in words, up to four.
func sharedWords(s string, words *hashSet) int {
	var found [4]uint64
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

// forWords calls f with the hash of each word of four letters or more in
// s: the FNV-1a hash of the word lower-cased. The hash is taken as the
// word is read, in the one pass over s.
func forWords(s string, f func(h uint64)) {
	const offset, prime = 14695981039346656037, 1099511628211
	h, runes := uint64(offset), 0 // runes is 0 outside a word
	for i := 0; i < len(s); {
		// ASCII bytes are classed by a table lookup, the rest by
		// isWordRune, as a range loop over s would decode them.
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
				for r = unicode.ToLower(r); r > 0; r >>= 8 {
					h ^= uint64(r & 0xff)
					h *= prime
				}
				continue
			}
		}
		if runes >= 4 {
			f(h)
		}
		runes = 0
	}
	if runes >= 4 {
		f(h)
	}
}

// isCredited reports whether a line credits a picture, as captions do.
func isCredited(s string) bool { return creditWords.In(s) }

var creditWords = lexicon.NewPrefixes(lexicon.CreditWords...)

// endsInCredit reports whether s ends in a bracketed credit of the form
// captions use, names and agencies between slashes: "(Ann Lee/Wire)".
func endsInCredit(s string) bool {
	if !strings.HasSuffix(s, ")") {
		return false
	}
	open := strings.LastIndexByte(s, '(')
	if open < 0 {
		return false
	}
	inner := s[open+1 : len(s)-1]
	return len(inner) > 3 && isUpperASCII(inner[0]) && strings.Contains(inner, "/") && !strings.Contains(inner, " / ")
}

// isTrail reports whether a line is a breadcrumb trail ("News > 2015 >
// Title"), which ends in the headline but is not it.
func isTrail(s string) bool {
	// Most lines hold no byte a separator is made of ('>', '/', and the
	// last bytes of "»" and "›"): four byte searches, fast on a short
	// line, settle those without the walk over its spaces.
	if strings.IndexByte(s, '>') < 0 && strings.IndexByte(s, '/') < 0 &&
		strings.IndexByte(s, 0xbb) < 0 && strings.IndexByte(s, 0xba) < 0 {
		return false
	}
	// One pass over the spaces of s, where every separator begins,
	// counting each separator's matches without overlap, as
	// strings.Count does.
	var next [len(trailSeps)]int
	n := 0
	for i := strings.IndexByte(s, ' '); i >= 0; {
		for k, sep := range trailSeps {
			if i >= next[k] && strings.HasPrefix(s[i:], sep) {
				next[k] = i + len(sep)
				if n++; n >= 2 {
					return true
				}
			}
		}
		j := strings.IndexByte(s[i+1:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

// trailSeps are what separate the steps of a breadcrumb trail.
var trailSeps = [...]string{" > ", " » ", " / ", " › "}

// isControl reports whether a line is made of the page's controls, glued
// together in the copy ("Skip to contentSkip to site index").
func isControl(s string) bool { return controlWords.In(s) }

var controlWords = lexicon.NewPrefixes(lexicon.ControlPhrases...)

// splitTags cuts a tag line into the names it lists. A copied tag list
// loses the gaps between its links ("North Korea Russia"), so the line is
// cut where the title and the story cut it: greedily into the longest runs
// of words that occur there as a phrase, single words otherwise. It returns
// nil unless every tag found is used in the title or the story, which tells
// a tag line from a name or a label. The title and the story are passed
// apart, as known, rather than joined: a phrase of the line holds no line
// break, so it is in the two joined when it is in one of them, and the
// join would copy the whole story for each tag line.
func splitTags(line string, known ...string) []string {
	words := strings.Fields(line)
	var tags []string
	for i := 0; i < len(words); {
		n := 0
		for k := min(len(words), i+4); k > i; k-- {
			if containsPhraseIn(known, strings.Join(words[i:k], " ")) {
				n = k - i
				break
			}
		}
		if n == 0 {
			return nil
		}
		tags = append(tags, strings.Join(words[i:i+n], " "))
		i += n
	}
	return tags
}

// containsPhraseIn reports whether phrase occurs as whole words in one of
// texts.
func containsPhraseIn(texts []string, phrase string) bool {
	for _, s := range texts {
		if containsPhrase(s, phrase) {
			return true
		}
	}
	return false
}

// containsPhrase reports whether phrase occurs in s as whole words.
func containsPhrase(s, phrase string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], phrase)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(phrase)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[j:])
		if (i == 0 || !textkit.IsWordRune(before)) && (j == len(s) || !textkit.IsWordRune(after)) {
			return true
		}
		off = i + 1
	}
}

// isTagLine reports whether a header line can be a list of tags: a few
// capitalised words and nothing else.
func isTagLine(l *textLine) bool {
	if l.words < 1 || l.words > 8 || l.digits > 0 || l.caps != int16(l.words) {
		return false
	}
	for _, r := range l.text {
		if !(unicode.IsLetter(r) || r == ' ' || r == '-' || r == '\'' || r == '’' || r == '&') {
			return false
		}
	}
	return true
}
