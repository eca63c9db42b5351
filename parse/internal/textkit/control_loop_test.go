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

// cleanControlsByteLoop is CleanControls as it was before it copied the
// text between controls whole: a byte at a time.
// TestCleanControlsSameAsByteLoop holds the two to the same output.
func cleanControlsByteLoop(s string) string {
	if !HasControl(s) {
		return s
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if n := lineEndLen(s, i); n > 0 {
			out = append(out, '\n')
			i += n
			continue
		}
		if controlLen(s, i) == 0 {
			out = append(out, c)
			i++
			continue
		}
		j, separates := i, false
		for j < len(s) {
			n := controlLen(s, j)
			if n == 0 {
				break
			}
			separates = separates || s[j] != 0x1B
			j += n
		}
		if separates && len(out) > 0 && !isSpaceByte(out[len(out)-1]) && j < len(s) && !isSpaceByte(s[j]) && lineEndLen(s, j) == 0 {
			out = append(out, ' ')
		}
		i = j
	}
	return string(out)
}

// FuzzCleanControlsSameAsByteLoop holds CleanControls, on strings and
// bytes, to the byte loop on any input, invalid UTF-8 too.
func FuzzCleanControlsSameAsByteLoop(f *testing.F) {
	f.Add("one\x00two \x1b[1mbold\x1b[0m\r\n\u0085end\x7f")
	f.Add("no\u00a0break \xc2\xc2\x85 \u00ab quoted \u00bb\r")
	f.Fuzz(func(t *testing.T, s string) {
		want := cleanControlsByteLoop(s)
		if got := CleanControls(s); got != want {
			t.Fatalf("CleanControls(%q) = %q, want %q", s, got, want)
		}
		if got := string(CleanControls([]byte(s))); got != want {
			t.Fatalf("CleanControls([]byte(%q)) = %q, want %q", s, got, want)
		}
	})
}

// TestCleanControlsSameAsByteLoop compares CleanControls, on strings and
// bytes, with the byte loop it replaced: every pair of the bytes that
// matter (line ends, ESC sequences, C1, C2 signs, DEL) at every offset of
// a sixteen-byte run, and random mixes of them with text.
func TestCleanControlsSameAsByteLoop(t *testing.T) {
	check := func(s string) {
		t.Helper()
		want := cleanControlsByteLoop(s)
		if got := CleanControls(s); got != want {
			t.Fatalf("CleanControls(%q) = %q, want %q", s, got, want)
		}
		if got := string(CleanControls([]byte(s))); got != want {
			t.Fatalf("CleanControls([]byte(%q)) = %q, want %q", s, got, want)
		}
	}
	pieces := []string{"\r", "\r\n", "\n", "\t", "\v", "\f", "\x00", "\x1b", "\x1b[1m", "\x1b[", "\x7f", "\u0085", "\u0080", "\u009f", "\u00a0", "\u00e9", "\xc2", " ", "a"}
	for _, a := range pieces {
		for _, b := range pieces {
			for k := 0; k < 17; k++ {
				base := "plain text, okay"
				check(base[:k] + a + b + base[k:])
				check(base[:k] + a + base[k:] + b)
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	words := append(pieces, "word", "longer words here", "\u00fcber")
	for range 20000 {
		var s string
		for range rng.Intn(24) {
			s += words[rng.Intn(len(words))]
		}
		check(s)
	}
}
