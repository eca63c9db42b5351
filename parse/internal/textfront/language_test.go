package textfront

import (
	"os"
	"path/filepath"
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

// TestAsciiLetters checks asciiLetters and asciiLetterCount against byte
// loops, for every byte in every position among letters and the bytes
// next to them.
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
		// asciiLetterCount is asked about ASCII bytes only.
		count := 0
		for _, c := range b {
			if c >= utf8.RuneSelf {
				return
			}
			if textkit.IsASCIILetter(c) {
				count++
			}
		}
		if got := asciiLetterCount(textkit.Load64(string(b))); got != count {
			t.Fatalf("asciiLetterCount(%q) = %d, want %d", b, got, count)
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

// TestTallyWords holds tallyWords, which reads ASCII words eight bytes at
// a time into packed keys, to tallyWordsSimple: on texts of hundreds of
// words made of langSamples, on the test pages and on the pages of the
// text corpus.
func TestTallyWords(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "pages", "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkTally(t, string(b))
		n++
	}
	// Texts that lean to one sample or another, long enough to cross the
	// thresholds (64 and 400 words).
	for i := range langSamples {
		for step := 1; step < 12; step++ {
			var sb strings.Builder
			for j := 0; sb.Len() < 5000; j++ {
				k := i
				if j%step != 0 {
					k = (i + j*step) % len(langSamples)
				}
				sb.WriteString(langSamples[k])
				if j%3 != 2 {
					sb.WriteByte(' ')
				}
				if j%50 == 0 {
					checkTally(t, sb.String())
					n++
				}
			}
			checkTally(t, sb.String())
			n++
		}
	}
	if n < 2000 {
		t.Fatalf("only %d texts compared", n)
	}
	for _, doc := range textCorpusDocs(t) {
		checkTally(t, doc)
	}
}

// langSamples are words and gaps that TestTallyWords strings together:
// common words of several languages, words of seven, eight and more
// letters, accented and non-Latin ones, and what may stand between words.
var langSamples = []string{
	"the", "and", "der", "und", "les", "que", "del", "het", "się", "och", "är", "é", "più", "também",
	"questo", "Questo", "które", "KTÓRE", "abcdefg", "abcdefgh", "Extraordinarily", "WORDSWORTH", "naïveté", "Straßenbahn", "ABCDEFGHé",
	"été", "日本語", "ひらがな", "한국어", "русский", "ы", "і", "ў", "ελληνικά", "עברית", "ไทย", "اردو", "ے", "پ",
	" ", "  ", ", ", ". ", "\n", "—", "’", "1984", "-", "'", "\xff", "\u00a0", "x", "\u212aey", "İst",
}

// checkTally fails t when tallyWords and tallyWordsSimple count s apart.
func checkTally(t *testing.T, s string) {
	t.Helper()
	if got, want := tallyWords(s), tallyWordsSimple(s); got != want {
		t.Fatalf("tallyWords(%.80q) = %+v, want %+v", s, got, want)
	}
}

// tallyWordsSimple is tallyWords as its doc defines it, in library calls
// and a map lookup: the words are the runs of letters, lower-cased, and
// those of six bytes or fewer are looked up in commonWords.
func tallyWordsSimple(s string) wordTally {
	var t wordTally
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if t.words == langWords {
			break
		}
		t.words++
		if t.words%leadCheckWords == 0 && hasClearLead(&t.own) {
			break
		}
		if w = strings.ToLower(w); len(w) <= maxKeyBytes {
			t.add(commonWords[w])
		}
	}
	return t
}

// FuzzTallyWords is TestTallyWords on any text.
func FuzzTallyWords(f *testing.F) {
	for _, s := range []string{"The cat and the dog", "Der Hund und die Katze", "extraordinarily long words everywhere",
		"日本語のテキスト", "русский текст ы", "abcdefgh abcdefghé"} {
		f.Add(strings.Repeat(s+" ", 40))
	}
	f.Fuzz(func(t *testing.T, s string) { checkTally(t, s) })
}

// TestScriptLanguageStops checks where scriptLanguage stops reading: at
// the two hundredth letter when all before it were Latin, whatever the
// words' lengths and the alignment of the opening, so that a text in
// another script after it is not named; and after 4 KB.
func TestScriptLanguageStops(t *testing.T) {
	others := []struct{ text, lang string }{
		{"ыы ", "ru"}, {"日本", "zh"}, {"ελ ", "el"},
		{"é", ""}, // accented Latin letters go on with the Latin count
	}
	for latin := 180; latin <= 220; latin++ {
		for lead := 0; lead < 9; lead++ {
			var sb strings.Builder
			sb.WriteString(strings.Repeat(" ", lead))
			for left := latin; left > 0; {
				w := min(left, 1+(left*7+lead)%9)
				sb.WriteString(strings.Repeat("a", w))
				sb.WriteString(", "[:1+left%2])
				left -= w
			}
			for _, o := range others {
				want := o.lang
				if latin >= 200 {
					want = ""
				}
				if got := scriptLanguage(sb.String() + strings.Repeat(o.text, 150)); got != want {
					t.Fatalf("scriptLanguage(%d Latin letters, lead %d, then %q) = %q, want %q", latin, lead, o.text, got, want)
				}
			}
		}
	}
	if got := scriptLanguage(strings.Repeat("1, ", 1366) + strings.Repeat("ыы ", 150)); got != "" {
		t.Errorf("scriptLanguage read past 4 KB: %q", got)
	}
	if got := scriptLanguage(strings.Repeat("1, ", 1300) + strings.Repeat("ыы ", 150)); got != "ru" {
		t.Errorf("scriptLanguage(Russian within 4 KB) = %q, want ru", got)
	}
}
