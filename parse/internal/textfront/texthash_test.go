package textfront

import (
	"strings"
	"testing"
)

// textHashByBytes is textHash with its last bytes read one at a time, as
// textHash reads them in a line shorter than eight bytes: the reference
// of TestTextHashTail and FuzzTextHash for the one load that reads them
// in a longer line.
func textHashByBytes(s string) uint64 {
	const prime = 0x9e3779b97f4a7c15
	h := uint64(len(s)) * 0xff51afd7ed558ccd
	for len(s) >= 8 {
		var x uint64
		for k := 7; k >= 0; k-- {
			x = x<<8 | uint64(s[k])
		}
		h = (h ^ x) * prime
		h ^= h >> 29
		s = s[8:]
	}
	var t uint64
	for k := len(s) - 1; k >= 0; k-- {
		t = t<<8 | uint64(s[k])
	}
	h = (h ^ t) * prime
	return h ^ h>>32
}

func TestTextHashTail(t *testing.T) {
	const text = "Save for later, share, more like this: 0123456789 ÄÖÜ日本"
	for i := 0; i <= len(text); i++ {
		for j := i; j <= len(text); j++ {
			checkTextHash(t, text[i:j])
		}
	}
	checkTextHash(t, strings.Repeat("\xff", 17))
}

func FuzzTextHash(f *testing.F) { fuzzWith(f, checkTextHash, "More like this", "Save", "") }

func checkTextHash(t *testing.T, s string) { checkSame(t, "textHash", textHash, textHashByBytes, s) }

// fuzzWith fuzzes check from the seeds.
func fuzzWith(f *testing.F, check func(*testing.T, string), seeds ...string) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(check)
}

// checkSame fails t when a fast path and its reference answer s apart.
func checkSame[T comparable](t *testing.T, name string, fast, ref func(string) T, s string) {
	t.Helper()
	if got, want := fast(s), ref(s); got != want {
		t.Fatalf("%s(%q) = %v, by the reference %v", name, s, got, want)
	}
}
