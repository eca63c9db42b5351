package parse

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// looksBinaryPlain is looksBinary's rule as its doc states it, with the
// control codes counted by controlBytes' byte loop (which TestControlBytes
// pins) instead of a word at a time.
func looksBinaryPlain(b []byte) bool {
	head := b[:min(len(b), binaryWindow)]
	return slices.ContainsFunc(binaryMagic, func(m []byte) bool { return bytes.HasPrefix(b, m) }) ||
		controlBytes(head) > len(head)/binaryShare+1
}

// TestLooksBinarySame holds looksBinary's word-at-a-time scan to the plain
// rule on random inputs thick and thin with control bytes, around the
// threshold and of every length near the 8 KiB window.
func TestLooksBinarySame(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	var seen [2]int
	alphabet := []byte("ab \n\t\r\f\v\x1b\x01\x02\x1f\x7f\x80\xc3\xa9\xff ")
	for n := 0; n < 20000; n++ {
		size := r.Intn(300)
		if n%10 == 0 {
			size = binaryWindow - 20 + r.Intn(40)
		}
		rate := r.Intn(40)
		b := make([]byte, size)
		for i := range b {
			if r.Intn(1000) < rate {
				b[i] = alphabet[r.Intn(len(alphabet))]
			} else {
				b[i] = "the quick brown fox, "[r.Intn(21)]
			}
		}
		want := looksBinaryPlain(b)
		if got := looksBinary(b); got != want {
			t.Fatalf("looksBinary(%q) = %v, want %v", b, got, want)
		}
		if want {
			seen[1]++
		} else {
			seen[0]++
		}
	}
	if seen[0] == 0 || seen[1] == 0 {
		t.Fatalf("the inputs gave one answer only: %v", seen)
	}
}

// TestLooksBinaryEdges pins looksBinary where its rule turns: the
// threshold of one control code in a hundred plus one, the end of the
// window, and the bytes that do not count.
func TestLooksBinaryEdges(t *testing.T) {
	text := func(n int) []byte { return bytes.Repeat([]byte("abcdefghij"), n/10+1)[:n] }
	// ctl returns n bytes of text with k control codes, spread from the
	// end, so that they fall in the tail the word loops leave too.
	ctl := func(n, k int) []byte {
		b := text(n)
		for i := 0; i < k; i++ {
			b[n-1-i*n/max(k, 1)] = 0x01
		}
		return b
	}
	tests := []struct {
		name string
		b    []byte
		want bool
	}{
		{"empty", nil, false},
		{"text", text(5000), false},
		{"100 bytes, 2 control codes", ctl(100, 2), false},
		{"100 bytes, 3 control codes", ctl(100, 3), true},
		{"99 bytes, 1 control code", ctl(99, 1), false},
		{"99 bytes, 2 control codes", ctl(99, 2), true},
		{"window, 82 control codes", ctl(binaryWindow, 82), false},
		{"window, 83 control codes", ctl(binaryWindow, 83), true},
		{"15 bytes, 2 control codes", ctl(15, 2), true},
		{"white space and ESC", bytes.Repeat([]byte("\t\n\v\f\r\x1b"), 100), false},
		{"DEL and high bytes", bytes.Repeat([]byte("\x7f\x80\xff"), 100), false},
		{"a NUL in the window", append(text(binaryWindow-1), 0), false},
		{"83 NULs in the window", bytes.ReplaceAll(ctl(binaryWindow, 83), []byte{1}, []byte{0}), true},
		{"control codes past the window", append(text(binaryWindow), bytes.Repeat([]byte{1}, 1000)...), false},
		{"magic", []byte("%PDF-1.7\n" + string(text(1000))), true},
		{"magic not at the start", []byte(" %PDF-1.7\n" + string(text(1000))), false},
	}
	for _, tt := range tests {
		if got := looksBinary(tt.b); got != tt.want {
			t.Errorf("%s: looksBinary = %v, want %v", tt.name, got, tt.want)
		}
	}
	for _, m := range binaryMagic {
		if !looksBinary(append(slices.Clip(m), text(100)...)) {
			t.Errorf("looksBinary misses the magic %q", m)
		}
	}
}

// TestControlBytes pins which bytes controlBytes counts: the control codes
// below 0x20 that are not white space, and not ESC, which terminal
// colours use.
func TestControlBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := 0
		if c < 0x20 && !unicode.IsSpace(rune(c)) && c != 0x1b {
			want = 1
		}
		if got := controlBytes([]byte{byte(c)}); got != want {
			t.Errorf("controlBytes(%#02x) = %d, want %d", c, got, want)
		}
	}
	if got := controlBytes([]byte(strings.Repeat("a\x01\x1f\x00\t", 3))); got != 9 {
		t.Errorf("controlBytes counts %d of 9", got)
	}
}

// TestControlMask checks that controlMask counts what controlBytes
// counts, for every byte in every position and for random words.
func TestControlMask(t *testing.T) {
	check := func(b []byte) {
		t.Helper()
		if got, want := bits.OnesCount64(controlMask(binary.LittleEndian.Uint64(b))), controlBytes(b); got != want {
			t.Fatalf("controlMask(% x) counts %d, controlBytes %d", b, got, want)
		}
	}
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			for _, fill := range []byte{0, ' ', 'a', 0x1f, 0x80, 0xff} {
				b := bytes.Repeat([]byte{fill}, 8)
				b[pos] = byte(c)
				check(b)
			}
		}
	}
	r := rand.New(rand.NewSource(1))
	b := make([]byte, 8)
	for range 200000 {
		r.Read(b)
		check(b)
	}
}
