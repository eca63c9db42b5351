package textfront

import (
	"strings"
	"testing"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// hasAgoNumberSimple is hasAgoNumber without its byte tests: each word of
// agoBefore is compared before the first digit and each of agoAfter at
// the end, on every line.
func hasAgoNumberSimple(s string) bool {
	if d := strings.IndexAny(s, "0123456789"); d > 0 {
		for _, w := range agoBefore {
			if d >= len(w) && textkit.HasFoldPrefix(s[d-len(w):], w) {
				return true
			}
		}
	}
	for _, w := range agoAfter {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// TestHasAgoNumberSameAsSimple holds hasAgoNumber to the plain comparison
// of every word, on random lines and on each word of the lists before and
// after numbers, in either case, with the bytes around them varied.
func TestHasAgoNumberSameAsSimple(t *testing.T) {
	lines := randomLines(20000)
	for _, w := range append(agoBefore, agoAfter...) {
		for _, v := range []string{w, strings.ToUpper(w), strings.TrimSpace(w)} {
			for _, n := range []string{"", "3", "12", "x3"} {
				lines = append(lines, v+n, n+v, "Ann "+v+n, n+v+".", v+n+" min", "a"+v+n)
			}
		}
	}
	for c := range 256 {
		lines = append(lines, string([]byte{byte(c), '3'}), string([]byte{'3', byte(c)}), "vor"+string([]byte{byte(c), '3'}))
	}
	for _, s := range lines {
		checkAgoNumber(t, s)
	}
}

func FuzzHasAgoNumber(f *testing.F) {
	fuzzWith(f, checkAgoNumber, "vor 3 Minuten", "2 hours ago", "il y a 5")
}

func checkAgoNumber(t *testing.T, s string) {
	checkSame(t, "hasAgoNumber", hasAgoNumber, hasAgoNumberSimple, s)
}
