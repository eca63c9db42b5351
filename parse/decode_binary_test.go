package parse

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"math/rand"
	"testing"
)

// TestLooksBinarySame pins looksBinary's word-at-a-time scan to the byte
// loop it replaced, on random inputs thick and thin with control bytes,
// around the threshold and of every length near the 8 KiB window.
func TestLooksBinarySame(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	var seen [2]int
	alphabet := []byte("ab \n\t\r\f\v\x1b\x01\x02\x1f\x7f\x80\xc3\xa9\xff ")
	for n := 0; n < 20000; n++ {
		size := r.Intn(300)
		if n%10 == 0 {
			size = 8<<10 - 20 + r.Intn(40)
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
		b = bytes.ReplaceAll(b, []byte{0}, []byte{1})
		if got, want := looksBinary(b), looksBinaryRef(b); got != want {
			t.Fatalf("looksBinary(%q) = %v, want %v", b, got, want)
		}
		if looksBinaryRef(b) {
			seen[1]++
		} else {
			seen[0]++
		}
	}
	if seen[0] == 0 || seen[1] == 0 {
		t.Fatalf("the inputs gave one answer only: %v", seen)
	}
}

// looksBinaryRef is looksBinary as it was before it scanned eight bytes
// at a time, kept to check that this changes nothing.
func looksBinaryRef(b []byte) bool {
	for _, m := range binaryMagic {
		if bytes.HasPrefix(b, m) {
			return true
		}
	}
	head := b[:min(len(b), 8<<10)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B {
			ctl++
		}
	}
	return ctl > len(head)/100+1
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
