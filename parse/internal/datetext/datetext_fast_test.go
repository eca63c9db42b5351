package datetext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// slowDateTokens is dateTokens as it was before its ASCII fast path: one
// rune at a time, through the unicode tables. The tests below hold the
// fast tokenizer, the digit pre-filter and the small buffer to it.
func slowDateTokens(s string, dst []dtToken) []dtToken {
	for i := 0; i < len(s) && len(dst) < cap(dst); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			t := dtToken{kind: dtNum, pos: i}
			for i < len(s) {
				r, size = utf8.DecodeRuneInString(s[i:])
				if r >= '０' && r <= '９' {
					r = r - '０' + '0'
				} else if r < '0' || r > '9' {
					break
				}
				if t.digits < 9 {
					t.num = t.num*10 + int(r-'0')
				}
				t.digits++
				i += size
			}
			dst = append(dst, t)
		case unicode.IsLetter(r) && !textkit.IsIdeograph(r) && !unicode.Is(unicode.Hangul, r):
			j := i
			for j < len(s) {
				r, size = utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r) || textkit.IsIdeograph(r) || unicode.Is(unicode.Hangul, r) {
					break
				}
				j += size
			}
			dst = append(dst, dtToken{kind: dtWord, word: lowerWord(s[i:j]), pos: i})
			i = j
		case unicode.IsSpace(r) || r == '\u00a0':
			i += size
		default:
			dst = append(dst, dtToken{kind: dtSym, sym: r, pos: i})
			i += size
		}
	}
	return dst
}

type dateFound struct {
	date       string
	start, end int
	ok         bool
}

// slowFindDate is findDateTextOrder without the digit pre-filter and the
// small buffer, on the slow tokenizer.
func slowFindDate(s string, dayFirst bool) dateFound {
	var buf [maxDateTokens]dtToken
	d, a, b, ok := readDateTokens(s, slowDateTokens(s, buf[:0]), dayFirst)
	return dateFound{d, a, b, ok}
}

// checkDateSame fails t when findDateTextOrder and its slow form disagree
// on s, or the two tokenizers do.
func checkDateSame(t *testing.T, s string) {
	t.Helper()
	var b1, b2 [maxDateTokens]dtToken
	fast, slow := dateTokens(s, b1[:0]), slowDateTokens(s, b2[:0])
	if len(fast) != len(slow) {
		t.Fatalf("dateTokens(%q): %d tokens, slow form %d", s, len(fast), len(slow))
	}
	for i := range fast {
		if fast[i] != slow[i] {
			t.Fatalf("dateTokens(%q)[%d] = %+v, slow form %+v", s, i, fast[i], slow[i])
		}
	}
	for _, dayFirst := range []bool{false, true} {
		d, a, b, ok := FindOrder(s, dayFirst)
		if got, want := (dateFound{d, a, b, ok}), slowFindDate(s, dayFirst); got != want {
			t.Fatalf("findDateTextOrder(%q, %v) = %+v, slow form %+v", s, dayFirst, got, want)
		}
	}
}

// dateSamples are pieces of dates and of the text around them, which
// TestDateTextSame strings together.
var dateSamples = []string{
	"17", "6", "06", "2024", "24", "182009", "1.1.2020", "2024-06-17", "17.06.24", "6/17/2024", "05/06/2024",
	"１７", "２０２４", "2024年6月17日", "2024년 6월 17일", "7:16", "19:16:30", "AM", "p.m.", "Uhr", "EDT", "GMT+2", "+02:00",
	"June", "Jun.", "juin", "Juni", "17.", "de", "of", "th", "º", "июня", "г.", "kesäkuuta", "Ağustos", "ŞUBAT", "MAİ",
	"Posted", "at", "on", ",", "-", "/", "|", "·", "–", "\u00a0", "\t", "\n", "\u2003", " ", "  ", "ÉTÉ", "Straße",
	"\xff", "\xe2\x82", "한국", "日本語", "ǅ", "ﬁ", "Ⅻ", "١٧", "x2024", "2024x", "a1b2c3d4e5",
}

// TestDateTextSame holds the date reader's pre-filter, small buffer and
// ASCII tokenizer to the plain reader: the same dates, at the same
// offsets, on every line of the test pages and on strings made of pieces
// of dates.
func TestDateTextSame(t *testing.T) {
	n := 0
	pages, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "pages", "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			checkDateSame(t, line)
			n++
		}
	}
	// Every string of three pieces, run together or spaced (half each).
	for i, a := range dateSamples {
		for j, b := range dateSamples {
			for k, c := range dateSamples {
				if (i+j+k)%2 == 0 {
					checkDateSame(t, a+b+c)
				} else {
					checkDateSame(t, a+" "+b+" "+c)
				}
				n++
			}
		}
	}
	// Long texts, over the small buffer and over maxDateTokens.
	for i := range dateSamples {
		var sb strings.Builder
		for j := 0; sb.Len() < 600; j++ {
			sb.WriteString(dateSamples[(i+j*7)%len(dateSamples)])
			sb.WriteByte(' ')
			checkDateSame(t, sb.String())
			n++
		}
	}
	if n < 200000 {
		t.Fatalf("only %d strings compared", n)
	}
}

// FuzzDateTextSame is TestDateTextSame on any string.
func FuzzDateTextSame(f *testing.F) {
	for _, s := range []string{"Posted at 7:16 AM, Jun 17, 2024", "17. Juni 2024", "2024年6月17日", "１７.０６.２４",
		"Feb 182009", "17.06.24", "1 2 3 4", "Ağustos 5, 2019 ٢", "ⅫⅫ 12 12 2012"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkDateSame(t, s) })
}
