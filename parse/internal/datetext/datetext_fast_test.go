package datetext

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/artparse/artparse/parse/internal/record"
)

// tokenView renders tokens as "kind:text@offset", numbers with their
// digit count.
func tokenView(toks []dtToken) string {
	var parts []string
	for _, t := range toks {
		switch t.kind {
		case dtNum:
			parts = append(parts, fmt.Sprintf("n:%d/%d@%d", t.num, t.digits, t.pos))
		case dtWord:
			parts = append(parts, fmt.Sprintf("w:%s@%d", lowerWord(t.word), t.pos))
		default:
			parts = append(parts, fmt.Sprintf("s:%c@%d", t.sym, t.pos))
		}
	}
	return strings.Join(parts, " ")
}

// TestDateTokens pins dateTokens where its ASCII path meets the rest:
// letters of both kinds in one word, digits ASCII and fullwidth, the
// spaces it skips, and the characters it keeps as symbols.
func TestDateTokens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Jun 17, 2024", "w:jun@0 n:17/2@4 s:,@6 n:2024/4@8"},
		{"p.m.", "w:p@0 s:.@1 w:m@2 s:.@3"},
		{"x2024y", "w:x@0 n:2024/4@1 w:y@5"},
		{"Ağustos ŞUBAT ÉTÉ", "w:ağustos@0 w:şubat@9 w:été@16"}, // ASCII and other letters in one word
		{"MAİ", "w:mai@0"},                                      // İ lowers to i
		{"Straße ǅ ﬁ º", "w:straße@0 w:ǆ@8 w:ﬁ@11 w:º@15"},
		{"１７.０６.２４", "n:17/2@0 s:.@6 n:6/2@7 s:.@13 n:24/2@14"},
		{"1７2", "n:172/3@0"}, // one number, however its digits are written
		{"12345678901", "n:123456789/11@0"},
		{"2024年6月17日", "n:2024/4@0 s:年@4 n:6/1@7 s:月@8 n:17/2@11 s:日@13"},
		{"2024년 6월", "n:2024/4@0 s:년@4 n:6/1@8 s:월@9"}, // Hangul is not a word
		{"日本", "s:日@0 s:本@3"},
		{"a\tb\nc\vd\fe\rf g\u00a0h\u2003i\u0085j", "w:a@0 w:b@2 w:c@4 w:d@6 w:e@8 w:f@10 w:g@12 w:h@15 w:i@19 w:j@22"},
		{"Ⅻ ١٧ ۱۴۰۲", "s:Ⅻ@0 n:17/2@4 n:1402/4@9"}, // a letter number; Arabic-Indic and Eastern Arabic-Indic digits
		{"a\xffb\xe2\x82c", "w:a@0 s:\ufffd@1 w:b@2 s:\ufffd@3 s:\ufffd@4 w:c@5"},
		{"+02:00 −5", "s:+@0 n:2/2@1 s::@3 n:0/2@4 s:−@7 n:5/1@10"},
	}
	for _, tt := range tests {
		var buf [maxDateTokens]dtToken
		if got := tokenView(dateTokens(tt.in, buf[:0])); got != tt.want {
			t.Errorf("dateTokens(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
	// Tokens stop at the buffer's capacity.
	var small [3]dtToken
	if got, want := tokenView(dateTokens("a 1 b 2", small[:0])), "w:a@0 n:1/1@2 w:b@4"; got != want {
		t.Errorf("dateTokens into 3 tokens: got %s, want %s", got, want)
	}
}

// TestDateTextBounds pins the limits on the work: the digits a text needs
// before it is read, the small buffer's length, and maxDateTokens.
func TestDateTextBounds(t *testing.T) {
	type found struct {
		date       string
		start, end int
	}
	tests := []struct {
		in   string
		want found
	}{
		{"1 Jan 2024", found{"2024-01-01", 0, 10}}, // MinDigits digits
		{"1 Jan 202", found{}},
		{"１ Jan ２０２４", found{"2024-01-01", 0, 20}},
		{strings.Repeat(",", 30) + "1 Jan 2024", found{"2024-01-01", 30, 40}}, // the small buffer, full
		{strings.Repeat(",", 31) + "1 Jan 2024", found{"2024-01-01", 31, 41}},
		// Past the small buffer's length, more tokens than it holds.
		{strings.Repeat(",", shortDateText-4) + "01.01.24", found{"2024-01-01", shortDateText - 4, shortDateText + 4}},
		{strings.Repeat(",", maxDateTokens-3) + "1 Jan 2024", found{"2024-01-01", maxDateTokens - 3, maxDateTokens + 7}},
		{strings.Repeat(",", maxDateTokens-2) + "1 Jan 2024", found{}},           // the year is past the last token read
		{strings.Repeat(" ", 200) + "1 Jan 2024", found{"2024-01-01", 200, 210}}, // spaces are no tokens
	}
	for _, tt := range tests {
		d, start, end, ok := FindOrder(tt.in, false)
		if got := (found{d, start, end}); got != tt.want || ok != (tt.want.date != "") {
			t.Errorf("FindOrder(%q) = %+v, %v; want %+v", tt.in, got, ok, tt.want)
		}
	}
}

// checkDateText fails t unless what FindOrder reads from s, in either
// order, is a real day in the record's form, at offsets inside s that
// mark the date: read alone, s[start:end] gives the same day, from 0 to
// its end. The answer must not change when asked twice, when s is padded
// with spaces past the small buffer's length, nor, for the digits a text
// needs, when s is tokenized without the count of digits first.
func checkDateText(t *testing.T, s string) {
	t.Helper()
	for _, dayFirst := range []bool{false, true} {
		d, start, end, ok := FindOrder(s, dayFirst)
		if d2, start2, end2, ok2 := FindOrder(s, dayFirst); d2 != d || start2 != start || end2 != end || ok2 != ok {
			t.Fatalf("FindOrder(%q, %v) twice: %q %d %d, then %q %d %d", s, dayFirst, d, start, end, d2, start2, end2)
		}
		if !ok {
			if d != "" || start != 0 || end != 0 {
				t.Fatalf("FindOrder(%q, %v) = %q, %d, %d without ok", s, dayFirst, d, start, end)
			}
		} else {
			if !isRecordDate(d) {
				t.Fatalf("FindOrder(%q, %v) = %q, not a real day in the record's form", s, dayFirst, d)
			}
			if start < 0 || start >= end || end > len(s) {
				t.Fatalf("FindOrder(%q, %v) = %q at %d, %d: outside the text", s, dayFirst, d, start, end)
			}
			alone, start2, end2, ok2 := FindOrder(s[start:end], dayFirst)
			if !ok2 || alone[:10] != d[:10] || start2 != 0 || end2 != end-start {
				t.Fatalf("FindOrder(%q, %v) = %q at %d, %d; that part alone gives %q at %d, %d",
					s, dayFirst, d, start, end, alone, start2, end2)
			}
		}
		padded := s + strings.Repeat(" ", shortDateText+1)
		d2, start2, end2, ok2 := FindOrder(padded, dayFirst)
		if end2 == len(padded) {
			end2 = len(s)
		}
		if d2 != d || start2 != start || end2 != end || ok2 != ok {
			t.Fatalf("FindOrder(%q, %v) = %q %d %d; padded with spaces, %q %d %d", s, dayFirst, d, start, end, d2, start2, end2)
		}
		if !enoughDigits(s, MinDigits) {
			var buf [maxDateTokens]dtToken
			if d, _, _, ok := readDateTokens(s, dateTokens(s, buf[:0]), readOpts{dayFirst: dayFirst}); ok {
				t.Fatalf("%q has too few digits to be read, but holds %q", s, d)
			}
		}
	}
	if d, ok := Parse(s); (d != "") != ok {
		t.Fatalf("Parse(%q) = %q, %v", s, d, ok)
	}
}

// testPages returns the texts of the test pages.
func testPages(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "pages", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var pages []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, string(b))
	}
	return pages
}

// isRecordDate reports whether d is in one of the record's forms (a day,
// with a time, with an offset) and its day is one ValidDay accepts.
func isRecordDate(d string) bool {
	tm, ok := record.ParseDate(d)
	return ok && ValidDay(tm.Year(), int(tm.Month()), tm.Day())
}

// dateSamples are pieces of dates and of the text around them, which
// TestDateTextChecks strings together.
var dateSamples = []string{
	"17", "6", "06", "2024", "24", "182009", "1.1.2020", "2024-06-17", "17.06.24", "6/17/2024", "05/06/2024",
	"１７", "２０２４", "2024年6月17日", "2024년 6월 17일", "7:16", "19:16:30", "AM", "p.m.", "Uhr", "EDT", "GMT+2", "+02:00",
	"June", "Jun.", "juin", "Juni", "17.", "de", "of", "th", "º", "июня", "г.", "kesäkuuta", "Ağustos", "ŞUBAT", "MAİ",
	"Posted", "at", "on", ",", "-", "/", "|", "·", "–", "\u00a0", "\t", "\n", "\u2003", " ", "  ", "ÉTÉ", "Straße",
	"\xff", "\xe2\x82", "한국", "日本語", "ǅ", "ﬁ", "Ⅻ", "١٧", "x2024", "2024x", "a1b2c3d4e5",
}

// TestDateTextChecks runs checkDateText on every line of the test pages
// and on strings made of pieces of dates.
func TestDateTextChecks(t *testing.T) {
	n, dates := 0, 0
	check := func(s string) {
		checkDateText(t, s)
		n++
		if _, ok := Parse(s); ok {
			dates++
		}
	}
	for _, page := range testPages(t) {
		for _, line := range strings.Split(page, "\n") {
			check(line)
		}
	}
	// Every string of three pieces, run together or spaced (half each).
	for i, a := range dateSamples {
		for j, b := range dateSamples {
			for k, c := range dateSamples {
				if (i+j+k)%2 == 0 {
					check(a + b + c)
				} else {
					check(a + " " + b + " " + c)
				}
			}
		}
	}
	// Long texts, over the small buffer and over maxDateTokens.
	for i := range dateSamples {
		var sb strings.Builder
		for j := 0; sb.Len() < 600; j++ {
			sb.WriteString(dateSamples[(i+j*7)%len(dateSamples)])
			sb.WriteByte(' ')
			check(sb.String())
		}
	}
	if n < 200000 || dates < 10000 {
		t.Fatalf("only %d strings checked, %d of them with a date", n, dates)
	}
}

// FuzzDateText is checkDateText on any string.
func FuzzDateText(f *testing.F) {
	for _, s := range []string{"Posted at 7:16 AM, Jun 17, 2024", "17. Juni 2024", "2024年6月17日", "１７.０６.２４",
		"Feb 182009", "17.06.24", "1 2 3 4", "Ağustos 5, 2019 ٢", "ⅫⅫ 12 12 2012", "05/06/2024 7:16 PM EDT",
		"7:16 Uhr, 17.06.2024", "June 17th, 2024 at 7:16 p.m. GMT+2", "Mon, 17 Jun 2024 07:16:00 +0530"} {
		f.Add(s)
	}
	f.Fuzz(checkDateText)
}

// comparedWords are the words that the reading compares a token's word
// with: the month names, of one word and of two, the zones, and the
// words read.go and tokens.go name.
func comparedWords() []string {
	words := []string{"st", "nd", "rd", "th", "er", "e", "o", "º", "de", "of", "d", "del", "a", "p", "m", "am", "pm",
		"uhr", "h", "at", "um", "à", "las", "alle", "ore", "om", "в", "godz", "klo", "kl", "às", "on"}
	for w := range monthNames {
		words = append(words, w)
	}
	for w, second := range monthPairs {
		words = append(words, w)
		for v := range second {
			words = append(words, v)
		}
	}
	for w := range zoneOffsets {
		words = append(words, w)
	}
	return words
}

// checkWordToken holds wordToken, lowered and isWord to the plain
// reading, which lower-cased every word with lowerWord and compared it.
func checkWordToken(t *testing.T, w string, compared []string) {
	t.Helper()
	tok := wordToken(w, 0)
	lw := lowerWord(w)
	if got := string(tok.lowered(nil)); got != lw {
		t.Fatalf("lowered(%q) = %q, lowerWord says %q", w, got, lw)
	}
	if m := int(tok.month); m != monthNames[lw] {
		t.Fatalf("wordToken(%q).month = %d, monthNames says %d", w, m, monthNames[lw])
	}
	for _, x := range append(compared, lw, w) {
		if got := isWord(tok, x); got != (lw == x) {
			t.Fatalf("isWord(%q, %q) = %v", w, x, got)
		}
	}
}

// TestWordTokenSameAsLowered checks the words of the test pages and of
// dateSamples, the compared words in three cases, and every word of one
// or two runes drawn from a set of letters, and that monthAt may skip a
// word written in ASCII lower case: no first word of monthPairs is.
func TestWordTokenSameAsLowered(t *testing.T) {
	compared := comparedWords()
	for w := range monthPairs {
		if !hasUpperByte(w) {
			t.Fatalf("monthPairs word %q is ASCII lower case, which monthAt does not look up", w)
		}
	}
	words := append([]string(nil), dateSamples...)
	for _, w := range compared {
		words = append(words, w, strings.ToUpper(w), strings.ToTitle(w[:1])+w[1:])
	}
	for _, page := range testPages(t) {
		words = append(words, strings.Fields(page)...)
	}
	runes := []string{"a", "M", "z", "é", "É", "İ", "K", "ſ", "Σ", "ς", "Я", "ß", "ẞ", "º", "\xff", "日", "'", "1"}
	for _, a := range runes {
		for _, b := range runes {
			words = append(words, a, a+b)
		}
	}
	for _, w := range words {
		checkWordToken(t, w, compared)
	}
}

// FuzzWordToken is checkWordToken on any word.
func FuzzWordToken(f *testing.F) {
	for _, s := range []string{"June", "JUNI", "Ağustos", "MAİ", "ﬁ", "كانون", "P", "Uhr", "\xff"} {
		f.Add(s)
	}
	compared := comparedWords()
	f.Fuzz(func(t *testing.T, w string) { checkWordToken(t, w, compared) })
}
