package textfront

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestLabelBitsSame pins labelBits to the version without its ASCII fast
// path, on every label in every case and dress, and on random and corpus
// lines.
func TestLabelBitsSame(t *testing.T) {
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
			a := textLine{text: normalizeSpace(s)}
			measureLine(&a)
			b := a
			if got, want := labelBits(&a), labelBitsRef(&b); got != want {
				t.Fatalf("labelBits(%q) = %b, want %b", a.text, got, want)
			}
		}
	}
	check(lines)
	check(textCorpusLines(t))
}

// labelBitsRef is labelBits as it was before its ASCII fast path, kept to
// check that the fast path changes nothing.
func labelBitsRef(l *textLine) uint8 {
	if l.labels != 0 {
		return l.labels
	}
	l.labels = labelKnown
	if l.words > 6 || l.size > 48 || len(l.text) > 64 {
		return l.labels
	}
	var buf [128]byte
	b := buf[:0]
	for _, r := range l.text {
		if r < utf8.RuneSelf {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
			continue
		}
		if len(b)+utf8.UTFMax > len(buf) {
			return l.labels
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	b = bytes.TrimFunc(b, isLabelEdge)
	l.labels |= labelSets[string(b)]
	return l.labels
}
