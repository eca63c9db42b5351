package textkit

import (
	"math/rand"
	"testing"
)

// hasControlByteLoop is HasControl as it was before it read eight bytes
// at a time: one byte at a time. TestHasControlSameAsByteLoop and
// FuzzHasControl hold the two to the same answers.
func hasControlByteLoop(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20:
			if c != '\t' && c != '\n' {
				return true
			}
		case c == 0x7F:
			return true
		case c == 0xC2:
			if i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9F {
				return true
			}
		}
	}
	return false
}

// checkHasControl holds HasControl, on a string and on bytes, to
// hasControlByteLoop.
func checkHasControl(t *testing.T, s string) {
	t.Helper()
	want := hasControlByteLoop(s)
	if got := HasControl(s); got != want {
		t.Fatalf("HasControl(%q) = %v, want %v", s, got, want)
	}
	if got := HasControl([]byte(s)); got != want {
		t.Fatalf("HasControl([]byte(%q)) = %v, want %v", s, got, want)
	}
}

// TestHasControlSameAsByteLoop compares HasControl with the byte loop it
// replaced: every pair of bytes at the edges of its eight-byte tests
// (each side of the space, of DEL and of C2, and C2's second bytes), at
// every offset of a run of sixteen bytes and beyond, and random strings.
func TestHasControlSameAsByteLoop(t *testing.T) {
	edges := []byte{0x00, '\t', '\n', 0x1f, ' ', 'a', 0x7e, 0x7f, 0x80, 0x9f, 0xa0, 0xc1, 0xc2, 0xc3, 0xff}
	for _, a := range edges {
		for _, b := range edges {
			for k := 0; k < 17; k++ {
				w := []byte("plain text, okay")
				if k < len(w) {
					w[k] = a
				}
				if k+1 < len(w) {
					w[k+1] = b
				}
				checkHasControl(t, string(w))
				checkHasControl(t, string(w[:k]))
			}
		}
	}
	r := rand.New(rand.NewSource(7))
	for range 100000 {
		b := make([]byte, r.Intn(40))
		for i := range b {
			b[i] = edges[r.Intn(len(edges))]
			if r.Intn(3) > 0 {
				b[i] = 'a'
			}
		}
		checkHasControl(t, string(b))
	}
}

// FuzzHasControl holds HasControl to hasControlByteLoop on any input.
func FuzzHasControl(f *testing.F) {
	for _, s := range []string{"plain text\twith tab\nand newline", "one\x00two", "c1\u0080\u009fgone", "caf\u00e9 \u00a0\u00a9 kept"} {
		f.Add(s)
	}
	f.Fuzz(checkHasControl)
}

// TestControlBytes8Exact holds controlBytes8 to a byte-by-byte reading of
// its eight bytes: every byte value at every position among others of
// every value class, and random words, so that a marked byte is always
// one HasControl must look at and no such byte goes unmarked.
func TestControlBytes8Exact(t *testing.T) {
	want := func(x uint64) (m uint64) {
		for k := range 8 {
			c := byte(x >> (8 * k))
			if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f || c == 0xc2 {
				m |= 0x80 << (8 * k)
			}
		}
		return m
	}
	fills := []byte{0x00, '\t', '\n', 0x1f, ' ', 'a', 0x7f, 0x80, 0xc2, 0xff}
	for _, f := range fills {
		for c := range 256 {
			for k := range 8 {
				x := uint64(f) * 0x0101010101010101
				x = x&^(0xff<<(8*k)) | uint64(c)<<(8*k)
				if got := controlBytes8(x); got != want(x) {
					t.Fatalf("controlBytes8(%#016x) = %#016x, want %#016x", x, got, want(x))
				}
			}
		}
	}
	r := rand.New(rand.NewSource(8))
	for range 200000 {
		x := r.Uint64()
		if got := controlBytes8(x); got != want(x) {
			t.Fatalf("controlBytes8(%#016x) = %#016x, want %#016x", x, got, want(x))
		}
	}
}
