package lexicon

import (
	"strings"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// Prefixes is a read-only set of words that tells whether a text begins
// with one of them, holds one at a word start or holds one anywhere. The
// words are listed by their first byte, so that each place in the text is
// compared only with the few words that begin as it does: one pass over
// the text, where a search for each word would make one pass per word.
//
// A set made by NewPrefixes compares bytes exactly; one made by
// NewFoldPrefixes ignores the case of the ASCII letters of the text, and
// only of those. Neither allocates when asked.
type Prefixes struct {
	byFirst [256][]string
	// seconds holds, for each first byte that a word begins with, the
	// second bytes of those words, as bits (see secondBit), or every bit
	// when one of them is that byte alone. A place in the text whose next
	// byte has no bit there can hold none of the words: In, which asks at
	// every byte, so compares the words only where the first two bytes
	// may match, most places of a text being a letter that begins some
	// word, followed by one that goes on with none.
	seconds [256]uint64
	fold    bool
	// skipLen and shifts serve In's skipping search (inBySkips) when
	// every word has skipLen bytes or more, at least minSkipLen; skipLen
	// is 0 otherwise.
	skipLen int
	shifts  [1 << 12]uint8
}

// minSkipLen is the shortest word that lets In skip. Short skips do not
// pay: over the lines of the text corpus, a set of words of five bytes
// (the text front end's control phrases) took as long with them as with
// In's loop over every byte, and the credit marks of four bytes, searched
// so, twice as long; the edge phrases of nine bytes and more take a third
// of the time. The skip is taken or not at almost every step, which the
// processor cannot foresee, where the loop's test of a byte mostly fails.
const minSkipLen = 8

// maxSkipLen bounds the bytes of each word that In's skips are worked
// out from, so that a skip fits in a byte.
const maxSkipLen = 64

// blockSlot is the slot in Prefixes.shifts of the two bytes a and b, with
// ASCII case folded whether the set folds or not, and only the low six
// bits of each kept: a slot stands for all the pairs of bytes that share
// it, and its skip is the smallest of theirs.
func blockSlot(a, b byte) int { return int((a|0x20)&63)<<6 | int((b|0x20)&63) }

// secondBit is the bit that stands for the byte c in Prefixes.seconds:
// its low six bits, with ASCII case folded (0x20 set) whether the set
// folds or not, so that many bytes share a bit. A bit stands for all the
// bytes that have it, and a clear bit rules them all out; a set bit only
// says to compare the words.
func secondBit(c byte) uint64 { return 1 << ((c | 0x20) & 63) }

// NewPrefixes returns the set of words, compared with a text byte for
// byte. It panics on an empty word, which every text would begin with.
func NewPrefixes(words ...string) *Prefixes {
	return newPrefixes(words, false)
}

// NewFoldPrefixes returns the set of words, compared with a text ignoring
// the case of its ASCII letters. The words are written in lower case: it
// panics on one with an ASCII capital, which could never match, and on an
// empty word. A word's other capitals (the "Ü" of "Über") are compared as
// they are, so a list that wants both cases of one lists both.
func NewFoldPrefixes(words ...string) *Prefixes {
	return newPrefixes(words, true)
}

func newPrefixes(words []string, fold bool) *Prefixes {
	t := &Prefixes{fold: fold}
	for _, w := range words {
		if w == "" {
			panic("lexicon: an empty word in a prefix set")
		}
		k := w[0]
		if fold {
			if strings.IndexFunc(w, func(r rune) bool { return r >= 'A' && r <= 'Z' }) >= 0 {
				panic("lexicon: a folded prefix set's word " + w + " has a capital")
			}
			// Folded as the text's byte is when it is looked up.
			k |= 0x20
		}
		t.byFirst[k] = append(t.byFirst[k], w)
		if len(w) == 1 {
			t.seconds[k] = ^uint64(0)
		} else {
			t.seconds[k] |= secondBit(w[1])
		}
	}
	t.setSkips(words)
	return t
}

// setSkips works out In's skips: for each slot of two bytes, how far the
// end of a window of skipLen bytes may move on when the window ends in
// them. That is the fewest bytes that follow the pair in the first
// skipLen bytes of any word, or skipLen-1 when no word holds it there:
// a word that begins within the window and reaches past it would hold
// the pair at its place in the word, and the window must not move past
// its end. Where the skip is 0 a word may begin at the window's start.
func (t *Prefixes) setSkips(words []string) {
	m := maxSkipLen
	for _, w := range words {
		m = min(m, len(w))
	}
	if m < minSkipLen {
		return
	}
	t.skipLen = m
	for k := range t.shifts {
		t.shifts[k] = uint8(m - 1)
	}
	for _, w := range words {
		for j := 1; j < m; j++ {
			k := blockSlot(w[j-1], w[j])
			t.shifts[k] = min(t.shifts[k], uint8(m-1-j))
		}
	}
}

// mayBeginAt reports whether one of the words of t may begin at s[i],
// judged by its first two bytes: false only when none does.
func (t *Prefixes) mayBeginAt(s string, i int, first byte) bool {
	m := t.seconds[first]
	return m != 0 && (i+1 == len(s) || m&secondBit(s[i+1]) != 0)
}

// HasPrefix reports whether s begins with one of the words of t.
func (t *Prefixes) HasPrefix(s string) bool {
	return s != "" && t.beginsAt(s, 0)
}

// AtWordStart reports whether one of the words of t begins s or begins
// right after one of its spaces.
func (t *Prefixes) AtWordStart(s string) bool {
	for i := 0; i < len(s); {
		if t.HasPrefix(s[i:]) {
			return true
		}
		next := strings.IndexByte(s[i:], ' ')
		if next < 0 {
			break
		}
		i += next + 1
	}
	return false
}

// In reports whether one of the words of t begins anywhere in s, at any
// byte.
func (t *Prefixes) In(s string) bool {
	if t.skipLen != 0 {
		return t.inBySkips(s)
	}
	// Both loops are written out: this runs on every byte of many lines,
	// and a call per byte would cost more than the lookup.
	if t.fold {
		for i := 0; i < len(s); i++ {
			if !t.mayBeginAt(s, i, s[i]|0x20) {
				continue
			}
			for _, w := range t.byFirst[s[i]|0x20] {
				if textkit.HasFoldPrefix(s[i:], w) {
					return true
				}
			}
		}
		return false
	}
	for i := 0; i < len(s); i++ {
		if !t.mayBeginAt(s, i, s[i]) {
			continue
		}
		for _, w := range t.byFirst[s[i]] {
			if strings.HasPrefix(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// inBySkips is In for a set whose words all have skipLen bytes or more:
// a window of skipLen bytes moves along s, by the skip of the two bytes
// it ends in (setSkips), and only where that is 0 are the words compared
// at its start. Over a line of prose the window moves several bytes at a
// time, where In's loop looks up every byte.
func (t *Prefixes) inBySkips(s string) bool {
	m := t.skipLen
	for e := m - 1; e < len(s); {
		if sh := t.shifts[blockSlot(s[e-1], s[e])]; sh != 0 {
			e += int(sh)
			continue
		}
		if t.beginsAt(s, e-m+1) {
			return true
		}
		e++
	}
	return false
}

// beginsAt reports whether one of the words of t begins at s[i].
func (t *Prefixes) beginsAt(s string, i int) bool {
	if t.fold {
		if !t.mayBeginAt(s, i, s[i]|0x20) {
			return false
		}
		for _, w := range t.byFirst[s[i]|0x20] {
			if textkit.HasFoldPrefix(s[i:], w) {
				return true
			}
		}
		return false
	}
	if !t.mayBeginAt(s, i, s[i]) {
		return false
	}
	for _, w := range t.byFirst[s[i]] {
		if strings.HasPrefix(s[i:], w) {
			return true
		}
	}
	return false
}
