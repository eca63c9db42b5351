package textkit

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// scanUTF8Plain is ScanUTF8 as its doc states it: two passes.
func scanUTF8Plain(b []byte) (bool, int) {
	if !utf8.Valid(b) {
		return false, 0
	}
	return true, firstControl(b)
}

// checkScanUTF8 fails t when ScanUTF8 and scanUTF8Plain differ on b.
func checkScanUTF8(t *testing.T, b []byte) {
	t.Helper()
	v, c := ScanUTF8(b)
	wv, wc := scanUTF8Plain(b)
	if v != wv || c != wc {
		t.Fatalf("ScanUTF8(%q) = %v, %d; want %v, %d", b, v, c, wv, wc)
	}
}

// TestScanUTF8 checks ScanUTF8 on the encodings at the edges of validity
// (overlong forms, surrogates, the last character, cut sequences) and on
// the controls of each kind, at every offset in a run of eight bytes and
// past it.
func TestScanUTF8(t *testing.T) {
	pieces := []string{
		"a", "é", "\u00ff", "\u0100", "\u07ff", "\u0800", "\u0fff", "\u1000", "中", "\ud7ff", "\ue000", "\uffff",
		"\U00010000", "\U0010ffff", "\u0085", "\u0080", "\u009f", "\u00a0", "\x00", "\x1b", "\x7f", "\r", "\t", "\n",
		"\xc0\x80", "\xc1\xbf", "\xc2", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xed\xa0\x80", "\xed\xbf\xbf", "\xe1\x80",
		"\xf0\x80\x80\x80", "\xf0\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xff", "\x80", "\xbf",
		"\xe2\x80\x9c", "\xf0\x9f\x98\x80",
	}
	for _, p := range pieces {
		for lead := 0; lead < 17; lead++ {
			for tail := 0; tail < 10; tail += 3 {
				s := strings.Repeat("x", lead) + p + strings.Repeat("y", tail)
				checkScanUTF8(t, []byte(s))
				checkScanUTF8(t, []byte(strings.Repeat("é", lead)+p+strings.Repeat("中", tail)))
			}
		}
	}
	r := rand.New(rand.NewSource(3))
	alphabet := []string{"a", "b", " ", "é", "中", "\U0001f600", "\u0085", "\x01", "\x7f", "\xc2", "\x80", "\xe2\x80", "\n"}
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := r.Intn(40); k > 0; k-- {
			sb.WriteString(alphabet[r.Intn(len(alphabet)-4)+r.Intn(2)*r.Intn(5)])
		}
		checkScanUTF8(t, []byte(sb.String()))
	}
}

// FuzzScanUTF8 is TestScanUTF8 on any bytes.
func FuzzScanUTF8(f *testing.F) {
	for _, s := range []string{"plain text\n", "caf\u00e9 \u4e2d\u6587\x01", "\xed\xa0\x80 and more text here", "\xc2\x85\xc2\xa0"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) { checkScanUTF8(t, b) })
}

// TestDecodeRune holds DecodeRune to utf8.DecodeRuneInString on every
// rune, encoded alone and cut short, and on the byte sequences around
// the three-byte forms it decodes itself.
func TestDecodeRune(t *testing.T) {
	check := func(s string) {
		t.Helper()
		r, n := DecodeRune(s)
		if wr, wn := utf8.DecodeRuneInString(s); r != wr || n != wn {
			t.Fatalf("DecodeRune(%q) = %U, %d; want %U, %d", s, r, n, wr, wn)
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		s := string(r) + "x"
		check(s)
		check(s[:len(s)-2])
	}
	for c := 0xE0; c <= 0xF0; c++ {
		for d := 0; d < 256; d += 7 {
			for e := 0; e < 256; e += 5 {
				check(string([]byte{byte(c), byte(d), byte(e)}))
			}
		}
	}
}

// FuzzDecodeRune is TestDecodeRune on any bytes.
func FuzzDecodeRune(f *testing.F) {
	for _, s := range []string{"中文", "\xe0\x80\x80", "\xed\xa0\x80", "a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, n := DecodeRune(s)
		if wr, wn := utf8.DecodeRuneInString(s); r != wr || n != wn {
			t.Fatalf("DecodeRune(%q) = %U, %d; want %U, %d", s, r, n, wr, wn)
		}
	})
}

// TestDecodeCJK3 holds DecodeCJK3 to utf8 on every sequence of three
// bytes, and on the same cut short: it decodes exactly the valid runes of
// three bytes from U+3000 to U+9FFF.
func TestDecodeCJK3(t *testing.T) {
	b := []byte("x\x00\x00\x00")
	for v := 0; v < 1<<24; v++ {
		b[1], b[2], b[3] = byte(v>>16), byte(v>>8), byte(v)
		s := string(b)
		r, ok := DecodeCJK3(s, 1)
		want, n := utf8.DecodeRuneInString(s[1:])
		wantOK := n == 3 && want >= 0x3000 && want <= 0x9FFF
		if ok != wantOK || ok && r != want {
			t.Fatalf("DecodeCJK3(% x) = %U, %v; want %U, %v", s[1:], r, ok, want, wantOK)
		}
		if _, ok := DecodeCJK3(s[:3], 1); ok {
			t.Fatalf("DecodeCJK3 read past the end of % x", s[1:3])
		}
	}
}
