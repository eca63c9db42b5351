package textfront

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// TestRuneRanges checks the claims of the fast paths that skip unicode's
// tables: textkit.IsGeneralPunct's runes are no letter, mark, digit or
// space, and textkit.IsLatinLetter's are letters and not marks;
// plainRune's runes are ones normalizeSpace copies as they are.
func TestRuneRanges(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if textkit.IsGeneralPunct(r) && (unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || unicode.IsSpace(r) ||
			textkit.IsIdeograph(r) || textkit.IsWordRune(r) || r == '\u200b' || r == '\ufeff' || r == softHyphen) {
			t.Errorf("isGeneralPunct(%U) but it is a letter, mark, digit, space or word rune", r)
		}
		var enc [4]byte
		n := utf8.EncodeRune(enc[:], r)
		if k := plainRune(string(enc[:n]), 0); k > 0 && (k != n || r < utf8.RuneSelf || unicode.IsSpace(r) ||
			r == '\u00a0' || r == '\u200b' || r == '\ufeff' || r == softHyphen || r == utf8.RuneError) {
			t.Errorf("plainRune(%U) = %d, but normalizeSpace does not copy it as it is", r, k)
		}
		if textkit.IsLatinLetter(r) != (r >= 0xc0 && r <= 0x24f && unicode.IsLetter(r)) || textkit.IsLatinLetter(r) && unicode.IsMark(r) {
			t.Errorf("isLatinLetter(%U) = %v, but IsLetter says %v", r, textkit.IsLatinLetter(r), unicode.IsLetter(r))
		}
	}
}

// TestFoldPrefixesSame checks that the prefix sets answer as a loop over
// their lists does, for the prefixes in three cases, and for the lines of
// the text corpus; and that every credit mark has the two bytes that
// isCreditLine's filter reads.
func TestFoldPrefixesSame(t *testing.T) {
	for _, m := range lexicon.CreditMarks {
		if len(m) < 2 {
			t.Errorf("credit mark %q: isCreditLine needs two bytes", m)
		}
	}
	loop := func(s string, list []string) bool {
		for _, p := range list {
			if textkit.HasFoldPrefix(s, p) {
				return true
			}
		}
		return false
	}
	var lines []string
	for _, p := range append(append(append([]string{}, lexicon.ReadMoreOpenings...), lexicon.LineCreditOpenings...), lexicon.ReadingTimes...) {
		lines = append(lines, p, strings.ToUpper(p[:1])+p[1:]+" more", strings.ToUpper(p), p[:len(p)-1])
	}
	lines = append(lines, randomLines(20000)...)
	lines = append(lines, textCorpusLines(t)...)
	for _, s := range lines {
		for _, set := range []struct {
			t    *lexicon.Prefixes
			list []string
		}{{creditOpeners, lexicon.LineCreditOpenings}, {readMoreOpeners, lexicon.ReadMoreOpenings}, {readingTimeOpeners, lexicon.ReadingTimes}} {
			if got, want := set.t.HasPrefix(s), loop(s, set.list); got != want {
				t.Fatalf("match(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// TestCommentHeadSame checks isCommentHead's quick tests (the letters a
// comment label has, the letter it opens with) against the label lookup
// alone, on every comment label in several dresses, on random lines and
// on the lines of the text corpus.
func TestCommentHeadSame(t *testing.T) {
	ref := func(l *textLine) bool {
		if l.words > maxCommentHeadWords || l.size > maxCommentHeadSize {
			return false
		}
		if l.end == endColon && l.words <= maxCommentVerbWords && l.commas == 0 {
			for _, v := range lexicon.CommentVerbs {
				if strings.HasSuffix(l.text, v) {
					return true
				}
			}
		}
		return labelBits(l)&labelComment != 0
	}
	var lines []string
	for _, k := range commentLabels {
		lines = append(lines, k, strings.ToUpper(k), "1 "+k, "— "+k+"!", "\u212a"+k, "("+k+")", "x"+k)
	}
	check := func(lines []string) {
		t.Helper()
		for _, s := range lines {
			a, b := textLine{text: s}, textLine{text: s}
			if !measureLine(&a) {
				continue
			}
			measureLine(&b)
			if got, want := isCommentHead(&a), ref(&b); got != want {
				t.Fatalf("isCommentHead(%q) = %v, want %v", s, got, want)
			}
		}
	}
	check(lines)
	check(randomLines(50000))
	check(textCorpusLines(t))
}
