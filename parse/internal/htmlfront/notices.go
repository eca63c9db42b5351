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

// notice reports whether a block is a short notice by its wording.
func notice(b *block) bool {
	if b.chars > maxNoticeChars || b.kind == kindHeading {
		return false
	}
	if b.kind == kindPara && b.chars <= 30 && numeric(b.text) {
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

// numeric reports whether s has digits and no letters.
func numeric(s string) bool {
	digit := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case textkit.IsWordRune(r):
			return false
		}
	}
	return digit
}

// tailHeading reports whether a heading opens a section that follows the
// story, such as its comments.
func tailHeading(b *block) bool {
	if b.chars > 60 {
		return false
	}
	var buf [240]byte
	s := strings.TrimRight(strings.TrimSpace(textkit.LowerInto(buf[:0], b.text)), " :.!?")
	if lexicon.Labels[s]&lexicon.HeadingStoryEnd != 0 {
		return true
	}
	// "2 comments", "12 Kommentare zu ...", "One response to ..."
	if i := strings.IndexByte(s, ' '); i > 0 && i < len(s)-1 && numberWord(s[:i]) {
		return commentHeadOpeners.HasPrefix(s[i+1:])
	}
	return false
}

// commentHeadOpeners are lexicon.CommentHeadWords, compared with the
// lower-cased words of a heading after a count.
var commentHeadOpeners = lexicon.NewPrefixes(lexicon.CommentHeadWords...)

// numberWord reports whether w is a count: digits, or "one" / "ein(e)".
func numberWord(w string) bool {
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
		if proseLike(b) {
			n += int(b.chars)
		}
	}
	return n
}

// hasProse reports whether bs holds a block that reads like prose.
func hasProse(bs []*block) bool {
	for _, b := range bs {
		if proseLike(b) {
			return true
		}
	}
	return false
}
