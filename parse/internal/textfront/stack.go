package textfront

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// The plain-text front end, stage three, the header's stack: which of the
// lines stacked over the story is its headline once the best-scored line
// is known (title.go). Pages stack the headline over a standfirst over
// the byline, print a trail that ends in the headline, a caption between
// the standfirst and the byline, or open the story with its headline;
// the rules here read those stacks.

// trailedTitle returns the headline when the best line of the header,
// best, ends in a line under it (before the story's first paragraph at
// to): best is then a breadcrumb trail whose last step is the headline
// ("Home News Title", the steps parted by spaces alone, which isTrail
// does not see), and the line under it the headline itself.
func trailedTitle(lines []textLine, best, to int) int {
	if best < 0 {
		return best
	}
	s := lines[best].text
	for k := best + 1; k < to && k <= best+headerGap; k++ {
		if isDateLine(&lines[k]) || isByline(&lines[k]) {
			break // the header's date or byline is under the headline
		}
		t := lines[k].text
		// A head that ends in a colon makes best a headline in two
		// parts, printed again in its parts.
		if head, ok := strings.CutSuffix(s, t); ok && len(t) < len(s) && lines[k].words >= minTitleWords &&
			strings.HasSuffix(head, " ") && !strings.HasSuffix(head, ": ") {
			return k
		}
	}
	return best
}

// weakTitleScore is the score under which the best line above a story is
// a label or a button rather than its headline (a headline over its
// byline scores twice as much): the story's first line may then be the
// headline.
const weakTitleScore = 2 * minTitleScore

// opensWithHeadline reports whether the story [start, end), with no
// byline or date in the headerGap lines over it or under the best line
// over it, title, opens with its headline as a sentence of its
// own (a question): a line of a headline's length, which does not end
// in a full stop as the story's first sentence would (unless it stands
// under the time since it was posted, where a post's title stands),
// that scores as a headline over the paragraph under it, longer than
// it, while the best line over the story, title, scores as a label does.
func opensWithHeadline(lines []textLine, start, end, title int) bool {
	l := &lines[start]
	if start+1 >= end || !lines[start+1].isProse() || lines[start+1].size <= l.size ||
		plainWords(l) > maxStackTitleWords || l.end == endSentence && !asksOrExclaims(l.text) && !isUnderAgo(lines, start) {
		return false // a sentence with a full stop is the story's, or a note over it
	}
	from := max(0, start-headerGap)
	if title >= 0 {
		from = min(from, title+1)
	}
	for k := from; k < start; k++ {
		if isDateLine(&lines[k]) || isByline(&lines[k]) {
			return false // the header is over the story
		}
	}
	var story hashSet
	storyWords(&story, lines, start+1)
	score, ok := titleScore(lines, start, start+1, start+1, &story)
	if !ok || score < minTitleScore {
		return false
	}
	if title < 0 {
		return true
	}
	var above hashSet
	storyWords(&above, lines, start)
	best, _ := titleScore(lines, title, start, start, &above)
	return best < weakTitleScore && score > best
}

// maxAgoGap is how many short lines (a label, a count of votes) may
// stand between a post's headline and the time since it was posted, each
// of maxAgoLabelWords words at most: a longer line is a sentence of its
// own or a menu's.
const maxAgoGap, maxAgoLabelWords = 3, 3

// isUnderAgo reports whether line i stands right under the time since its
// post was posted ("4 years ago"), with at most maxAgoGap labels between:
// a forum's or a social site's post prints its title there, a sentence
// with its full stop as often as not, over the post's text.
func isUnderAgo(lines []textLine, i int) bool {
	for k := i - 1; k >= 0 && k >= i-1-maxAgoGap; k-- {
		l := &lines[k]
		if isTimeAgo(l) {
			return true
		}
		if l.isProse() || l.words > maxAgoLabelWords {
			return false
		}
	}
	return false
}

// maxStackTitleWords is the most words of the line that overStandfirst
// takes for the headline over a standfirst: a longer one is a notice or
// a paragraph.
const maxStackTitleWords = 20

// overStandfirst returns the headline of the header whose best-scored
// line is best, within the lines [from, to) above the story, and the line
// of its standfirst, or -1. The line over best is the headline when it
// holds the same words as best: pages print the headline twice, the
// second time in a picture's or a button's text, without its dashes. Pages stack the headline over a standfirst
// over the byline, and the standfirst, nearer the byline and sharing the
// story's words, outscores the headline. So when the line right over best
// is a headline in form, of minMetaTitleWords words or more, and best
// reads as a standfirst, the line over it is the headline and best the
// standfirst. A standfirst is a sentence that ends in a full stop and is
// no shorter than the headline; or, without its stop, a line in sentence
// case shorter than the one over it (a longer line over a headline in
// title case is a notice or a pitch, and one that holds the line under
// it a trail that ends in the headline).
func overStandfirst(lines []textLine, best, from, to int) (title, dek int) {
	up := best - 1
	if up < from {
		return best, -1
	}
	if t, ok := overCaption(lines, best, from, to); ok {
		return t, up
	}
	u, l := &lines[up], &lines[best]
	if sameWords(u.text, l.text) {
		return up, -1 // the headline printed twice, the second time without its marks
	}
	uw, lw := plainWords(u), plainWords(l)
	if uw < minMetaTitleWords || uw > maxStackTitleWords || u.end == endSentence && !asksOrExclaims(u.text) || u.end == endColon ||
		u.size > maxTitleSize || u.letters*titleLetterDen < u.size*titleLetterNum || sentenceEnds(u.text) > 1 ||
		isDateLine(u) || isByline(u) || isFurniture(u) || isControl(u.text) || isInterface(u.text) || isTrail(u.text) ||
		isCaption(u) || isCutShort(u) || opensRelated(u) || hasTwoSentences(u.text) {
		return best, -1
	}
	if l.end == endSentence && !asksOrExclaims(l.text) && !trailsOffList(l.text) {
		if lw >= uw {
			return up, best
		}
		return best, -1
	}
	if lw >= uw || isTitleCase(l) || hasTrailSep(u.text) || strings.Contains(u.text, l.text) {
		return best, -1
	}
	return up, best
}

// overCaption returns the headline over the standfirst over best, a line
// between the standfirst and the byline (a picture's or a video's
// caption, which the byline under it makes outscore the headline): the
// line right over best must be a standfirst, a sentence of prose or a
// line of many words without a stop (hasUnstoppedForm), no longer than
// maxStandfirst, no notice and no headline in form; and the better of the
// captionReach lines over it (a kicker or a notice may stand between) a
// headline, shorter than the standfirst, that scores as much as best but
// for the byline's gain. Pages print the headline over the standfirst,
// never under it; ok is false when the lines are not so stacked.
func overCaption(lines []textLine, best, from, to int) (title int, ok bool) {
	dek := best - 1
	d := &lines[dek]
	if !d.isProse() && !hasUnstoppedForm(d) || d.size > maxStandfirst || isNotice(d) || isHeadlineLike(d) {
		return -1, false
	}
	teasers := teaserStart(lines, from, to)
	if best >= teasers {
		return -1, false
	}
	var story hashSet
	storyWords(&story, lines, to)
	bs, _ := titleScore(lines, best, to, teasers, &story)
	title, ts := -1, 0
	for k := dek - 1; k >= from && k >= dek-captionReach; k-- {
		if s, ok := titleScore(lines, k, to, teasers, &story); ok && s > ts && lines[k].size < d.size {
			title, ts = k, s
		}
	}
	return title, title >= 0 && ts >= minTitleScore && ts+metaW+nextToMetaW >= bs
}

// captionReach is how far over a standfirst overCaption looks for the
// headline: right over it, or over a kicker or a notice ("This article
// is more than 5 years old") between the two.
const captionReach = 2

// sameWords reports whether a and b hold the same letters and digits in
// the same order, whatever stands between them: a headline and its copy
// in a picture's text or a share button's, which drops its dashes.
func sameWords(a, b string) bool {
	for {
		a = strings.TrimLeftFunc(a, notWordRune)
		b = strings.TrimLeftFunc(b, notWordRune)
		if a == "" || b == "" {
			return a == b
		}
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if unicode.ToLower(ra) != unicode.ToLower(rb) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
}

func notWordRune(r rune) bool { return !textkit.IsWordRune(r) }

// hasTrailSep reports whether s holds one of trailSeps: a step of a
// breadcrumb trail ("Home › Title").
func hasTrailSep(s string) bool {
	for _, sep := range trailSeps {
		if strings.Contains(s, sep) {
			return true
		}
	}
	return false
}
