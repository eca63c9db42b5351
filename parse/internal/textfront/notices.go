package textfront

import (
	"math/bits"
	"strings"

	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// Site notices in a copied page: cookie and consent boxes, copyright lines,
// comment-form hints, calls to subscribe or donate. They read like prose,
// so the story's stretch would take them in; they are found by their
// phrases, compared at word starts without allocating, since every line
// that could pass for prose is asked.

// isNotice reports whether a line is a site notice rather than the story:
// a copyright line, a cookie or comment-form notice. Only lines that could
// pass for prose are searched, and only at word starts, where every notice
// phrase begins, comparing ASCII case-insensitively without allocating.
func isNotice(l *textLine) bool {
	// Two stages ask about the same line; the answer is kept on it.
	if l.noticeMemo == memoUnasked {
		l.noticeMemo = memoOf(hasNotice(l))
	}
	return l.noticeMemo == memoYes
}

// maxNoticeLine is the longest line, in bytes, that may be a notice: a
// cookie or consent text runs to several sentences. noticeReach is how far
// into a line a notice's phrase may begin.
const maxNoticeLine, noticeReach = 1200, 200

// hasNotice is isNotice's search, without the answer kept.
func hasNotice(l *textLine) bool {
	s := l.text
	if strings.HasPrefix(s, "©") || strings.HasPrefix(s, "(c)") || strings.HasPrefix(s, "Copyright") {
		return true
	}
	if len(s) > maxNoticeLine || l.size < minProseSize {
		return false
	}
	// A notice says what it is about at once ("We use cookies", "Sign up
	// for our newsletter"); a paragraph that gets to a newsletter or a
	// sign-up only after a sentence or two is the story talking about one.
	// Word starts, the line's first byte and those after a space, are
	// found eight bytes at a time; at each, only the notices that begin
	// with its two letters are tried.
	lim := min(len(s)-1, noticeReach) // a word start p needs p+1 < len(s)
	if lim > 0 && hasNoticeAt(s, 0) {
		return true
	}
	for base := 0; base < lim; base += 8 {
		var x uint64
		if base+8 <= len(s) {
			x = textkit.Load64(s[base : base+8])
		} else {
			for k := len(s) - 1; k >= base; k-- {
				x = x<<8 | uint64(s[k])
			}
		}
		for m := spaceBytes(x); m != 0; m &= m - 1 {
			p := base + bits.TrailingZeros64(m)>>3 + 1
			if p >= lim {
				return false
			}
			// The first three letters are tested here, without a call
			// for the many words that no notice begins as: common words
			// share their first two letters with some notice, and the
			// third tells most apart. Every notice has three bytes at
			// least.
			m := noticeFirst[s[p]|0x20] & noticeSecond[s[p+1]|0x20]
			if m != 0 && p+2 < len(s) {
				if m &= noticeThird[s[p+2]|0x20]; m != 0 && noticeIn(s[p:], m) {
					return true
				}
			}
		}
	}
	return false
}

// hasNoticeAt reports whether one of notices begins at s[i:], which holds
// two bytes at least.
func hasNoticeAt(s string, i int) bool {
	m := noticeFirst[s[i]|0x20] & noticeSecond[s[i+1]|0x20]
	if m == 0 {
		return false
	}
	// Common words share their first two letters with some notice; the
	// third tells most apart. Every notice has three bytes at least.
	if i+2 >= len(s) {
		return false
	}
	return noticeIn(s[i:], m&noticeThird[s[i+2]|0x20])
}

// noticeIn reports whether s begins with one of the notices whose bits m
// holds.
func noticeIn(s string, m uint64) bool {
	for ; m != 0; m &= m - 1 {
		if textkit.HasFoldPrefix(s, notices[bits.TrailingZeros64(m)]) {
			return true
		}
	}
	return false
}

// spaceBytes returns the top bit of each byte of x that is an ASCII
// space, exactly: the bytes are compared with no carry between them.
func spaceBytes(x uint64) uint64 {
	const lows = 0x7f7f7f7f7f7f7f7f
	y := x ^ 0x2020202020202020
	return ^((y&lows + lows) | y | lows)
}

// readingTimeOpeners finds lexicon.ReadingTimes at the word starts of a
// line.
var readingTimeOpeners = lexicon.NewFoldPrefixes(lexicon.ReadingTimes...)

// notices are lexicon.LineNoticePhrases, which noticeFirst, noticeSecond
// and noticeThird index.
var notices = lexicon.LineNoticePhrases

// noticeFirst maps a lower-case first byte to the set of notices, as bits
// of their index, that begin with it; so notices holds at most 64 phrases
// (TestNotices checks).
var noticeFirst = func() (t [256]uint64) {
	for k, p := range notices {
		t[p[0]] |= 1 << k
	}
	return t
}()

// noticeSecond is noticeFirst for the second byte: a word start is
// compared only with the notices whose first two letters it has.
var noticeSecond = func() (t [256]uint64) {
	for k, p := range notices {
		t[p[1]] |= 1 << k
	}
	return t
}()

// noticeThird is noticeFirst for the third byte.
var noticeThird = func() (t [256]uint64) {
	for k, p := range notices {
		t[p[2]|0x20] |= 1 << k // folded as the byte looked up is
	}
	return t
}()
