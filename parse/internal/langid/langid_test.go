package langid

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/quality"
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
	for _, doc := range corpusTexts(t) {
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

// TestScriptLanguage checks that a text's language is named only when its
// script tells it.
func TestScriptLanguage(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"japanese", "今日は良い天気ですね。公園に行きましょう。桜がとてもきれいに咲いています。", "ja"},
		{"chinese", "今天天气很好，我们去公园散步吧。樱花开得非常漂亮，很多人在拍照。", "zh"},
		{"korean", "오늘은 날씨가 좋습니다. 공원에 가서 산책을 합시다. 벚꽃이 아주 예쁘게 피었습니다.", "ko"},
		{"russian", "Сегодня хорошая погода, и мы пойдём гулять в парк. Вы это знаете.", "ru"},
		{"ukrainian", "Сьогодні гарна погода, і ми підемо гуляти в парк. Їжак теж іде.", "uk"},
		{"cyrillic without telling letters", "Добро утро, как сте днес? Много добре, благодаря.", ""},
		{"arabic", "الطقس جميل اليوم وسنذهب إلى الحديقة للتنزه مع الأصدقاء", "ar"},
		{"persian", "امروز هوا خوب است و ما به پارک می\u200cرویم تا با دوستان گردش کنیم", "fa"},
		{"greek", "Σήμερα ο καιρός είναι καλός και θα πάμε στο πάρκο.", "el"},
		{"english", "The weather is fine today and we will walk in the park.", ""},
		{"too short", "東京", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := scriptLanguage(tt.in); got != tt.want {
				t.Errorf("scriptLanguage = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTextLanguage checks the language read from a story's words: the
// main Latin-script languages are told apart, and text that is in none of
// them, or too short to tell, gets no tag rather than a wrong one.
func TestTextLanguage(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"english", "The council said on Monday that the bridge would reopen in the spring, and that the work was paid for by the region. It is the third time this year that the road has been closed for repairs, which residents have called a disgrace.", "en"},
		{"german", "Der Rat teilte am Montag mit, dass die Brücke im Frühjahr wieder geöffnet wird und dass die Arbeiten von der Region bezahlt werden. Es ist das dritte Mal in diesem Jahr, dass die Straße für Reparaturen gesperrt ist, was die Anwohner nicht verstehen.", "de"},
		{"french", "Le conseil a annoncé lundi que le pont serait rouvert au printemps et que les travaux sont payés par la région. C'est la troisième fois cette année que la route est fermée pour des réparations, ce qui a provoqué la colère des habitants dans le quartier.", "fr"},
		{"spanish", "El consejo anunció el lunes que el puente volverá a abrir en primavera y que las obras son pagadas por la región. Es la tercera vez este año que la carretera se cierra por reparaciones, lo que los vecinos consideran una vergüenza para el pueblo.", "es"},
		{"norwegian is not swedish", "Rådet sa mandag at broen skal åpne igjen til våren, og at arbeidet betales av regionen. Det er tredje gang i år at veien er stengt for reparasjoner, noe som har gjort beboerne sinte, og de har klaget til kommunen om det som har skjedd.", ""},
		{"latin filler", "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.", ""},
		{"too short", "The bridge is open.", ""},
		{"chinese by script", "市议会周一表示，这座桥将在春季重新开放，工程费用由该地区支付。这是今年第三次因维修而封路。", "zh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text); got != tt.want {
				t.Errorf("Detect = %q, want %q", got, tt.want)
			}
		})
	}
}

// corpusTexts returns the plain-text pages of the evaluation corpora, or
// skips the test without them.
func corpusTexts(t *testing.T) []string {
	t.Helper()
	_, dir := quality.CorpusDir(t)
	var out []string
	for _, s := range quality.Corpora {
		if !s.Text {
			continue
		}
		c, err := quality.Load(dir, s)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range c.Pages {
			out = append(out, string(p.Data))
		}
	}
	return out
}

// TestIsLetterRanges checks that every rune of the ranges isLetter tells
// without the table is a letter by the table, and that the Han case of
// scriptLanguage's range is Han.
func TestIsLetterRanges(t *testing.T) {
	for _, rg := range [][2]rune{{0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0x3041, 0x3096}, {0x30A1, 0x30FA}} {
		for r := rg[0]; r <= rg[1]; r++ {
			if !unicode.IsLetter(r) {
				t.Fatalf("%U is not a letter", r)
			}
		}
	}
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		if !unicode.Is(unicode.Han, r) {
			t.Fatalf("%U is not Han", r)
		}
	}
	for r := rune(0); r <= 0x10FFFF; r++ {
		if isLetter(r) != unicode.IsLetter(r) {
			t.Fatalf("isLetter(%U) = %v", r, isLetter(r))
		}
	}
}

// scriptLanguageSimple is scriptLanguage rune by rune, with unicode's
// tables for the letters: the reading that its fast paths (eight ASCII
// bytes at a time, the three-byte runes of CJK text) must agree with.
func scriptLanguageSimple(s string) string {
	var c scriptCounts
	for _, r := range s[:min(len(s), scriptBytes)] {
		if unicode.IsLetter(r) && c.add(r) {
			return ""
		}
	}
	return c.language()
}

// checkScript fails t when scriptLanguage and scriptLanguageSimple name
// s apart.
func checkScript(t *testing.T, s string) {
	t.Helper()
	if got, want := scriptLanguage(s), scriptLanguageSimple(s); got != want {
		t.Fatalf("scriptLanguage(%.80q) = %q, want %q", s, got, want)
	}
}

// scriptSamples are runs of letters and gaps of the scripts
// scriptLanguage counts, and the runes next to CJK's fast path: the
// first and last of the common block of Han and of the kana, CJK
// punctuation and the symbols among the kana, Han's extension A, and
// broken and cut three-byte runes.
var scriptSamples = []string{
	"日本語", "ひらがな", "カタカナ", "ー", "・", "゛", "ゟ", "゠", "ヿ", "、", "。", "「", "」", "〆", "〜", "\u3000",
	"\u4e00", "\u9fff", "\u4dff", "\u3400", "\u3040", "\u3097", "\u30a0", "\u30fb", "\u30fc",
	"한국어", "ᄀ", "русский", "ы", "і", "ў", "ελληνικά", "עברית", "ไทย", "اردو", "ے", "پ",
	"abc", "Straße", "é", " ", ", ", "1984", "\xe4\xb8", "\xe4", "\xe9\x80\x41", "\xe3\xc0\x80", "\xff",
}

// TestScriptLanguageSameAsSimple holds scriptLanguage to
// scriptLanguageSimple on the test pages and the text corpus, on every
// run of three scriptSamples,
// and on texts that lean to one sample or another, up to 4 KB and
// past.
func TestScriptLanguageSameAsSimple(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "pages", "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkScript(t, string(b))
	}
	for _, doc := range corpusTexts(t) {
		checkScript(t, doc)
	}
	for _, a := range scriptSamples {
		for _, b := range scriptSamples {
			for _, c := range scriptSamples {
				checkScript(t, strings.Repeat(a+b+c, 8))
				checkScript(t, strings.Repeat(a+" "+b+c, 30))
			}
		}
	}
	for i := range scriptSamples {
		for step := 1; step < 8; step++ {
			var sb strings.Builder
			for j := 0; sb.Len() < scriptBytes+40; j++ {
				k := i
				if j%step != 0 {
					k = (i + j*step) % len(scriptSamples)
				}
				sb.WriteString(scriptSamples[k])
				if j%7 == 0 || sb.Len() >= scriptBytes-8 {
					checkScript(t, sb.String())
				}
			}
		}
	}
}

// FuzzScriptLanguage is TestScriptLanguageSameAsSimple on any text.
func FuzzScriptLanguage(f *testing.F) {
	for _, s := range scriptSamples {
		f.Add(strings.Repeat(s, 30))
	}
	f.Fuzz(func(t *testing.T, s string) { checkScript(t, s) })
}
