package textfront

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// wordRunByteLoop is wordRun as it was before it read eight bytes at a
// time: one byte at a time, with the accented Latin letters that
// latinAt finds decoded and tested as runes. TestWordRunSameAsByteLoop and FuzzWordRun
// hold the two to the same answers.
func wordRunByteLoop(s string, i int) (int, runCounts) {
	t := s[i:]
	var sp, up, dg, jn, pn, st, cm, sh int32
	j := 0
	for ; j < len(t); j++ {
		c := t[j]
		if c-'a' < 26 || c-'A' < 26 {
			continue
		}
		if c-'0' < 10 {
			dg++
			continue
		}
		if j+1 >= len(t) {
			break
		}
		d := t[j+1]
		if r, n := utf8.DecodeRuneInString(t[j:]); n == 2 && r <= 0x23f && textkit.IsLatinLetter(r) {
			j++
			sh++
			continue
		}
		switch c {
		case ' ':
			switch r, n := utf8.DecodeRuneInString(t[j+1:]); {
			case d-'a' < 26, d-'0' < 10:
			case d-'A' < 26:
				up++
			case n == 2 && r <= 0xff && textkit.IsLatinLetter(r) && unicode.IsUpper(r):
				up++
			case n == 2 && r <= 0xff && textkit.IsLatinLetter(r):
			default:
				goto end
			}
			sp++
		case '\'', '-':
			if (d|0x20)-'a' >= 26 {
				goto end
			}
			jn++
		default:
			if c >= utf8.RuneSelf || d != ' ' || j+2 >= len(t) {
				goto end
			}
			k := asciiClass[c]
			if e := t[j+2]; k&(clsCtrl|clsToken) != 0 || (e|0x20)-'a' >= 26 && e-'0' >= 10 {
				goto end
			}
			pn++
			if k&clsStop != 0 {
				st++
			} else if k&clsComma != 0 {
				cm++
			}
		}
	}
end:
	return i + j, runCounts{
		letters: int32(j) - sp - jn - dg - pn - sh,
		digits:  dg,
		words:   sp,
		caps:    up,
		tokens:  sp + jn,
		stops:   st,
		commas:  cm,
		short:   sh,
	}
}

// checkWordRun holds wordRun to wordRunByteLoop from every start in s.
func checkWordRun(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s); i++ {
		gotEnd, got := wordRun(s, i)
		wantEnd, want := wordRunByteLoop(s, i)
		if gotEnd != wantEnd || got != want {
			t.Fatalf("wordRun(%q, %d) = %d %+v, want %d %+v", s, i, gotEnd, got, wantEnd, want)
		}
	}
}

// TestWordRunSameAsByteLoop compares wordRun with the byte loop it
// replaced on lines made of the bytes at the edges of its eight-byte
// ranges (each class's first and last byte and the bytes beside them,
// bytes above ASCII whose low seven bits alias a letter), on random
// lines and on every line of the text corpus.
func TestWordRunSameAsByteLoop(t *testing.T) {
	edges := []byte{'a', 'z', 'A', 'Z', '0', '9', '`', '{', '@', '[', '/', ':', ' ', '\'', '-', '_', '.', ',', ';', '!', 0x1f, 0x7f,
		0x80, 0xc1, 0xe1, 0xb0, 0xa0,
		// The lead bytes around latinAt's and the second bytes at its
		// edges: × and ÷, the last capital and ß, Latin-1's last letter.
		0xc2, 0xc3, 0xc8, 0xc9, 0x97, 0xb7, 0x9e, 0x9f, 0xbf}
	// Every pair of edge bytes at every offset of the eight and after it.
	for _, a := range edges {
		for _, b := range edges {
			for k := 0; k < 10; k++ {
				w := []byte("wordWord0word")
				if k+1 < len(w) {
					w[k], w[k+1] = a, b
				}
				checkWordRun(t, string(w))
				checkWordRun(t, "ab "+string(w)+" x")
			}
		}
	}
	for _, s := range []string{"", "a", "Ann Lee's well-known café, 12 rooms.", "one two Three four five six seven. Eight, nine",
		"words  twice", "x - y", "end. ", "A 1 b 2 C 3 d 4 E 5", "aaaaaaa Baaaaaaa\x80aaaaaaa",
		"Grüße aus Köln, Øresund Ærø ße", "wyłącznie Łódź ȿa", "3×4÷2 é× Þorn ÿes", "ab \xc3", "ab\xc3"} {
		checkWordRun(t, s)
	}
	for _, s := range randomLines(20000) {
		checkWordRun(t, s)
	}
	if testing.Short() {
		return
	}
	for _, s := range textCorpusLines(t) {
		// From each word's start, as measureLine calls it, rather than
		// from every byte, which would take minutes.
		for i := 1; i <= len(s); i++ {
			if c := s[i-1]; asciiClass[c&0x7f]&clsWord != 0 && c < utf8.RuneSelf {
				gotEnd, got := wordRun(s, i)
				wantEnd, want := wordRunByteLoop(s, i)
				if gotEnd != wantEnd || got != want {
					t.Fatalf("wordRun(%q, %d) = %d %+v, want %d %+v", s, i, gotEnd, got, wantEnd, want)
				}
				i = gotEnd
			}
		}
	}
}

// FuzzWordRun holds wordRun to wordRunByteLoop on any line.
func FuzzWordRun(f *testing.F) {
	for _, s := range []string{"Ann Lee's well-known café, 12 rooms.", "one two Three four five six seven. Eight", "a  b", "x\xff y"} {
		f.Add(s)
	}
	f.Fuzz(checkWordRun)
}
