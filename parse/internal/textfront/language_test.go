package textfront

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// TestWordTable checks that the packed table answers as the map it is
// built from, for every common word, for their prefixes and extensions,
// and for words that are not in it.
func TestWordTable(t *testing.T) {
	var words []string
	for w := range commonWords {
		words = append(words, w, w[:len(w)-1], w+"s", "x"+w)
	}
	words = append(words, "", "zzzzzz", "ab", "qu", "théâtre")
	for _, w := range words {
		if len(w) > 8 {
			continue
		}
		if got, want := commonWordTable.lookup([]byte(w)), commonWords[w]; got != want {
			t.Errorf("lookup(%q) = %b, want %b", w, got, want)
		}
	}
}

// TestRuneRanges checks the claims of the fast paths that skip unicode's
// tables: isGeneralPunct's runes are no letter, mark, digit or space, and
// isLatinLetter's are letters and not marks; plainRune's runes are ones
// normalizeSpace copies as they are.
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

// TestAsciiLetters checks asciiLetters against a byte loop, for every
// byte in every position and for random words.
func TestAsciiLetters(t *testing.T) {
	check := func(b []byte) {
		t.Helper()
		want := 0
		for want < 8 && textkit.IsASCIILetter(b[want]) && b[want] < utf8.RuneSelf {
			want++
		}
		if got := asciiLetters(textkit.Load64(string(b))); got != want {
			t.Fatalf("asciiLetters(%q) = %d, want %d", b, got, want)
		}
	}
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			for _, fill := range []byte{'a', 'Z', '@', '[', '`', '{', 0xc1, 0xe1} {
				b := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				b[pos] = byte(c)
				check(b)
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
		if l.words > 8 || l.size > 80 {
			return false
		}
		if l.end == endColon && l.words <= 5 && l.commas == 0 {
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
