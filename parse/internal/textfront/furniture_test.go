package textfront

import (
	"strings"
	"testing"
)

// TestLabelBits holds labelBits, with its ASCII fast path and its filter
// by first and last letters, to labelBitsSimple: on every label in every
// case and dress, and on random and corpus lines.
func TestLabelBits(t *testing.T) {
	lines := randomLines(100000)
	for k := range labelSets {
		if !mayBeLabel([]byte(k)) {
			t.Errorf("mayBeLabel(%q) = false for a label", k)
		}
		lines = append(lines, k, strings.ToUpper(k), strings.ToUpper(k[:1])+k[1:], "» "+k, k+":", "1. "+strings.ToUpper(k)+" ›")
	}
	check := func(lines []string) {
		t.Helper()
		for _, s := range lines {
			l := textLine{text: normalizeSpace(s)}
			measureLine(&l)
			want := labelBitsSimple(&l)
			if got := labelBits(&l); got != want {
				t.Fatalf("labelBits(%q) = %b, want %b", l.text, got, want)
			}
		}
	}
	check(lines)
	check(textCorpusLines(t))
}

// labelBitsSimple is labelBits as its doc defines it, in library calls and
// a map lookup: the short line lower-cased, trimmed of what is no letter
// at its ends, looked up in labelSets.
func labelBitsSimple(l *textLine) uint8 {
	if l.words > maxLabelWords || l.size > maxLabelSize || len(l.text) > maxLabelBytes {
		return labelKnown
	}
	return labelKnown | labelSets[strings.TrimFunc(strings.ToLower(l.text), isLabelEdge)]
}
