package textfront

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// TestMeasureLineSteps holds measureLine, which reads ASCII eight bytes at
// a time (asciiRun), to lineFeatures on lines made to put each pair of
// the bytes at the edges of its classes at every offset of a step and
// across two, with runs above ASCII between, and on lines long enough to
// fill the counts of several blocks of steps.
func TestMeasureLineSteps(t *testing.T) {
	edges := []string{"a", "z", "A", "Z", "0", "9", "`", "{", "@", "[", "/", ":", " ", "'", "-", "_", ".", ",", ";", "!", "?",
		"\x1f", "\x7f", "\t", "é", "É", "ß", "ž", "’", "中", "\u00a0", "\xff"}
	for _, a := range edges {
		for _, b := range edges {
			for k := 0; k < 18; k++ {
				w := strings.Repeat("x", k) + a + b + "Word0word-ok"
				checkLine(t, w)
				checkLine(t, "ab "+w+" x")
				checkLine(t, strings.ToUpper(w)+"’s")
			}
		}
	}
	var b strings.Builder
	for i := 0; b.Len() < 3000; i++ {
		b.WriteString([]string{"Word", "two", "It's", "well-known", "x_y", "12", "café", "中文", "end.", "a,", "(b)"}[i%11])
		if i%7 != 6 {
			b.WriteByte(' ')
		}
		checkLine(t, strings.TrimSpace(b.String()))
	}
	// Stretches of ideographs and kana, at the edges of the blocks
	// runeRun tells by their bytes, and broken ones, and the letters of
	// the alphabets it tells by their ranges.
	cjk := []string{"中", "文", "ひ", "カ", "ー", "、", "。", "\u4dff", "\u4e00", "\u9fff", "\ua000", "\u3040", "\u3041", "\u3096",
		"\u3097", "\u30a0", "\u30a1", "\u30fa", "\u30fb", "\u3400", "\xe4\xb8", "\xe9", "a", " ",
		// and the alphabets runeRun tells by their ranges
		"Ω", "ά", "Ϊ", "ς", "\u0390", "\u03cf", "Я", "я", "ё", "\u0460", "ب", "ـ", "\u064b", "\u061f", "\xd0"}
	for _, a := range cjk {
		for _, b := range cjk {
			checkLine(t, "中文"+a+b+"日本語")
			checkLine(t, a+"カタカナ"+b)
		}
	}
	checkLine(t, strings.Repeat("a", 2000))
	checkLine(t, strings.Repeat("a ", 1000)+"b")
	checkLine(t, strings.Repeat("7. ", 1000)+"b")
}

// FuzzMeasureLine holds measureLine to lineFeatures on any line.
func FuzzMeasureLine(f *testing.F) {
	for _, s := range []string{"Ann Lee's well-known café, 12 rooms.", "abcdefg-hijklmn'opq_rst uvw", "a  b", "x\xff y",
		strings.Repeat("Ten words, and. ", 20)} {
		f.Add(s)
	}
	f.Fuzz(checkLine)
}

// TestIdeographRunBytes holds ideographRun, which tells ideographs by
// their bytes, to textkit.IsCommonIdeograph on the decoded rune, for
// every sequence of three bytes, alone, cut short, and after one
// ideograph.
func TestIdeographRunBytes(t *testing.T) {
	var b [6]byte
	copy(b[:], "中")
	for x := 0; x < 1<<24; x++ {
		b[3], b[4], b[5] = byte(x>>16), byte(x>>8), byte(x)
		want := 0
		if r, n := utf8.DecodeRune(b[3:]); n == 3 && textkit.IsCommonIdeograph(r) {
			want = 1
		}
		if got := ideographRun(string(b[3:]), 0); got != want {
			t.Fatalf("ideographRun(% x) = %d, want %d", b[3:], got, want)
		}
		if got := ideographRun(string(b[:]), 0); got != 1+want {
			t.Fatalf("ideographRun(% x) = %d, want %d", b[:], got, 1+want)
		}
		if got := ideographRun(string(b[:5]), 0); got != 1 {
			t.Fatalf("ideographRun(% x) = %d, want 1", b[:5], got)
		}
	}
}

// TestProlongedSoundMark checks what runeRun takes for granted of
// prolongedSoundMark: a letter of no case, no mark, and no ideograph.
func TestProlongedSoundMark(t *testing.T) {
	r := prolongedSoundMark
	if !unicode.IsLetter(r) || unicode.IsUpper(r) || unicode.IsMark(r) || textkit.IsIdeograph(r) || textkit.IsCommonIdeograph(r) ||
		textkit.IsHangulSyllable(r) || textkit.IsGeneralPunct(r) || textkit.IsCJKPunct(r) {
		t.Errorf("%U is not the caseless letter outside the ideographs that runeRun takes it for", r)
	}
	checkLine(t, "コーヒー")
	checkLine(t, "ーabc ーZ")
}
