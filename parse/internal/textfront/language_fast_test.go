package textfront

import (
	"math/bits"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// slowWordLanguage and slowScriptLanguage are wordLanguage and
// scriptLanguage as they were before they read ASCII eight bytes at a
// time; TestTextLanguageSame holds the fast ones to them.

func slowWordLanguage(s string) string {
	// hits counts every common word of each language, own counts those
	// of that language alone.
	var hits, own [numLangs]int
	words := 0
	for i := 0; i < len(s) && words < langWords; {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		// A word: its lower-cased bytes are packed into key, as the
		// table's keys are, while they fit in six.
		var key uint64
		size, fits, read := 0, true, false
		// Most words are ASCII and shorter than eight letters: their
		// length and key are read from eight bytes at once.
		if i+8 <= len(s) {
			x := textkit.Load64(s[i : i+8])
			if n := asciiLetters(x); n < 8 && s[i+n] < utf8.RuneSelf {
				i += n
				if n <= 6 {
					key = (x | 0x2020202020202020) & (1<<(8*n) - 1)
				} else {
					fits = false
				}
				read = true
			}
		}
		for i < len(s) && !read {
			if c := s[i]; c < utf8.RuneSelf {
				// ASCII, most letters, needs neither decoding nor
				// unicode's tables.
				if !textkit.IsASCIILetter(c) {
					break
				}
				i++
				if fits && size < 6 {
					key |= uint64(c|0x20) << (8 * size)
					size++
				} else {
					fits = false
				}
				continue
			}
			r, n = utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				break
			}
			i += n
			if !fits {
				continue
			}
			var enc [utf8.UTFMax]byte
			k := utf8.EncodeRune(enc[:], unicode.ToLower(r))
			if size+k > 6 {
				fits = false
				continue
			}
			for _, c := range enc[:k] {
				key |= uint64(c) << (8 * size)
				size++
			}
		}
		words++
		// A clear lead early on will not be overturned: stop reading.
		if words%64 == 0 && clearLead(&own) {
			break
		}
		if !fits {
			continue
		}
		m := commonWordTable.lookupKey(key)
		if bits.OnesCount16(m) == 1 {
			own[bits.TrailingZeros16(m)]++
		}
		for ; m != 0; m &= m - 1 {
			hits[bits.TrailingZeros16(m)]++
		}
	}
	best := 0
	for k := range own {
		if own[k] > own[best] {
			best = k
		}
	}
	second := 0
	for k := range own {
		if k != best && own[k] > second {
			second = own[k]
		}
	}
	h := own[best]
	if h < langMinHits || float64(hits[best]) < langMinShare*float64(words) || h < langLead*second {
		return ""
	}
	return langTags[best]
}

func slowScriptLanguage(s string) string {
	s = s[:min(len(s), 4096)]
	var letters, latin, han, kana, hangul, cyr, arab, greek, hebrew, thai int
	var ru, uk, be, fa, ur bool
	for _, r := range s {
		if r < 0x80 {
			if textkit.IsASCIILetter(byte(r)) {
				letters++
				latin++
				// A text that opens with two hundred Latin letters and
				// no other is in a Latin script: stop reading.
				if latin == 200 && letters == latin {
					return ""
				}
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if r < 0x250 { // the accented letters of Latin scripts
			latin++
			if latin == 200 && letters == latin {
				return ""
			}
			continue
		}
		switch {
		case r >= 0x3040 && r <= 0x30FF:
			kana++
		case r >= 0xAC00 && r <= 0xD7A3 || r >= 0x1100 && r <= 0x11FF:
			hangul++
		case r >= 0x0400 && r <= 0x04FF:
			cyr++
			switch r {
			case 'ы', 'э', 'Ы', 'Э':
				ru = true
			case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ':
				uk = true
			case 'ў', 'Ў':
				be = true
			}
		case r >= 0x0600 && r <= 0x06FF:
			arab++
			switch r {
			case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے':
				ur = true
			case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی':
				fa = true
			}
		case r >= 0x0370 && r <= 0x03FF:
			greek++
		case r >= 0x0590 && r <= 0x05FF:
			hebrew++
		case r >= 0x0E00 && r <= 0x0E7F:
			thai++
		case unicode.Is(unicode.Han, r):
			han++
		}
	}
	if letters < 20 {
		return ""
	}
	most := func(n int) bool { return n*2 > letters }
	switch {
	case most(han+kana) && kana*10 > han+kana:
		return "ja"
	case most(han) && kana == 0:
		return "zh"
	case most(hangul+han) && hangul > han:
		return "ko"
	case most(cyr) && ru && !uk && !be:
		return "ru"
	case most(cyr) && uk && !ru:
		return "uk"
	case most(arab) && ur:
		return "ur"
	case most(arab) && fa:
		return "fa"
	case most(arab):
		return "ar"
	case most(greek):
		return "el"
	case most(hebrew):
		return "he"
	case most(thai):
		return "th"
	}
	return ""
}

// checkLanguageSame fails t when the fast and the slow readers of a
// text's language disagree on s.
func checkLanguageSame(t *testing.T, s string) {
	t.Helper()
	if got, want := wordLanguage(s), slowWordLanguage(s); got != want {
		t.Fatalf("wordLanguage(%q) = %q, slow form %q", s, got, want)
	}
	if got, want := scriptLanguage(s), slowScriptLanguage(s); got != want {
		t.Fatalf("scriptLanguage(%q) = %q, slow form %q", s, got, want)
	}
}

// langSamples are words and gaps that TestTextLanguageSame strings together:
// common words of several languages, words of seven, eight and more
// letters, accented and non-Latin ones, and what may stand between words.
var langSamples = []string{
	"the", "and", "der", "und", "les", "que", "del", "het", "się", "och", "är", "é", "più", "também",
	"abcdefg", "abcdefgh", "Extraordinarily", "WORDSWORTH", "naïveté", "Straßenbahn", "ABCDEFGHé",
	"été", "日本語", "ひらがな", "한국어", "русский", "ы", "і", "ў", "ελληνικά", "עברית", "ไทย", "اردو", "ے", "پ",
	" ", "  ", ", ", ". ", "\n", "—", "’", "1984", "-", "'", "\xff", "\u00a0", "x",
}

// TestTextLanguageSame compares the fast and slow language readers on the
// test pages and on texts of hundreds of words made of langSamples.
func TestTextLanguageSame(t *testing.T) {
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
		checkLanguageSame(t, string(b))
		n++
	}
	// Texts that lean to one sample or another, long enough to cross the
	// thresholds (200 Latin letters, 64 and 400 words, 4 KB).
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
					checkLanguageSame(t, sb.String())
					n++
				}
			}
			checkLanguageSame(t, sb.String())
			n++
		}
	}
	// A Latin opening of about two hundred letters, in words of one to
	// nine letters and at each alignment, before a text in another
	// script: the Latin count must stop reading at two hundred exactly.
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
			for _, other := range []string{"ыы ", "日本", "é", "ελ "} {
				checkLanguageSame(t, sb.String()+strings.Repeat(other, 150))
				n++
			}
		}
	}
	if n < 2000 {
		t.Fatalf("only %d texts compared", n)
	}
}

// FuzzTextLanguageSame is TestTextLanguageSame on any text.
func FuzzTextLanguageSame(f *testing.F) {
	for _, s := range []string{"The cat and the dog", "Der Hund und die Katze", "extraordinarily long words everywhere",
		"日本語のテキスト", "русский текст ы", "abcdefgh abcdefghé"} {
		f.Add(strings.Repeat(s+" ", 40))
	}
	f.Fuzz(func(t *testing.T, s string) { checkLanguageSame(t, s) })
}
