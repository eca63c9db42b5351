package htmlfront

import (
	"slices"
	"strings"

	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// Boilerplate wording. Inside the chosen container, the paragraphs that
// are not the article's are mostly short notices written the same way on
// every site: a copyright line, an advertisement label, a call to
// subscribe or to follow, a "read more". They are recognised by that
// wording, in the commonest languages of the web, and only when short: a
// paragraph of the story may well mention a newsletter.

// maxNoticeChars is the length above which a block is never judged by its
// wording alone.
const maxNoticeChars = 160

// maxNumericNotice is the longest line of digits and signs without a word
// that is dropped as a notice: a date or a time on its own line, where a
// longer one is a table's row or a formula.
const maxNumericNotice = 30

// isNotice reports whether a block is a short notice by its wording.
func isNotice(b *block) bool {
	if b.chars > maxNoticeChars || b.kind == kindHeading {
		return false
	}
	if b.kind == kindPara && b.chars <= maxNumericNotice && isNumeric(b.text) {
		return true // a date or a time on its own line
	}
	var buf [4 * maxNoticeChars]byte
	s := textkit.LowerInto(buf[:0], b.text)
	if noticePhraseFinder.In(s) || noticeOpeners.HasPrefix(s) {
		return true
	}
	s = strings.Trim(s, " :.-–|")
	return lexicon.Labels[s]&lexicon.BlockNotice != 0
}

// noticePhraseFinder finds lexicon.BlockNoticePhrases anywhere in a
// block's lower-cased text; noticeOpeners finds the openings of credit and
// label lines at its start.
var (
	noticePhraseFinder = lexicon.NewPrefixes(lexicon.BlockNoticePhrases...)
	noticeOpeners      = lexicon.NewPrefixes(slices.Concat(lexicon.CreditOpenings, lexicon.NoticeOpenings)...)
)

// isNumeric reports whether s has digits and no letters.
func isNumeric(s string) bool {
	hasDigit := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			hasDigit = true
		case textkit.IsWordRune(r):
			return false
		}
	}
	return hasDigit
}

// maxTailHeading is the longest heading read as the opening of a section
// after the story: the headings of comments and related stories are a
// few words, with a count or a name at most.
const maxTailHeading = 60

// isTailHeading reports whether a heading opens a section that follows the
// story, such as its comments.
func isTailHeading(b *block) bool {
	if b.chars > maxTailHeading {
		return false
	}
	var buf [4 * maxTailHeading]byte
	s := strings.TrimRight(strings.TrimSpace(textkit.LowerInto(buf[:0], b.text)), " :.!?")
	// The labels a copy reads as the end of a story or the head of a
	// list of other stories end it in markup too: in a heading, a
	// "Most read" or "Weitere Beiträge" opens no part of the story.
	if lexicon.Labels[s]&(lexicon.HeadingStoryEnd|lexicon.LineRelated|lexicon.LineStoryEnd) != 0 {
		return true
	}
	// "2 comments", "12 Kommentare zu ...", "One response to ..."
	if i := strings.IndexByte(s, ' '); i > 0 && i < len(s)-1 && isNumberWord(s[:i]) {
		return commentHeadOpeners.HasPrefix(s[i+1:])
	}
	return false
}

// commentHeadOpeners are lexicon.CommentHeadWords, compared with the
// lower-cased words of a heading after a count.
var commentHeadOpeners = lexicon.NewPrefixes(lexicon.CommentHeadWords...)

// isNumberWord reports whether w is a count: digits, or "one" / "ein(e)".
func isNumberWord(w string) bool {
	switch w {
	case "one", "ein", "eine", "un", "une", "uno", "una":
		return true
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// tailShare is the most prose, relative to the prose before it, that may
// follow a heading such as "Comments" for the body to end at the heading:
// a "Related" box set in the middle of a story is followed by the rest of
// the story.
const tailShare = 0.4

// proseChars sums the runes of the blocks of bs that read like prose.
func proseChars(bs []*block) int {
	n := 0
	for _, b := range bs {
		if readsAsProse(b) {
			n += int(b.chars)
		}
	}
	return n
}

// hasProse reports whether bs holds a block that reads like prose.
func hasProse(bs []*block) bool {
	for _, b := range bs {
		if readsAsProse(b) {
			return true
		}
	}
	return false
}
