package textfront

import (
	"math/rand"
	"strings"
	"testing"
)

// splitLinesPlain is splitLines as its doc defines it, with none of its
// shortcuts: every line cut at LF, normalised (normalizeSpace), dropped
// when nothing is left, measured once, and its flags set from its raw
// and normalised text. It is the reference splitLines is held to.
func splitLinesPlain(doc string) []textLine {
	doc = lineSeparators.Replace(doc)
	var out []textLine
	blank := false
	for _, raw := range strings.Split(doc, "\n") {
		t := normalizeSpace(raw)
		if t == "" {
			blank = true
			continue
		}
		l := textLine{text: t}
		l.flags.set(flagBlankBefore, blank)
		measureLine(&l)
		l.flags.set(flagCode, isCodeLine(raw, l.text))
		l.flags.set(flagMarkup, isMarkupLine(l.text))
		l.flags.set(flagRow, l.text != raw && isTableRow(raw) || isDrawnRow(l.text))
		l.flags.set(flagData, isDataLine(&l))
		l.flags.set(flagProse, readsAsProse(&l))
		out = append(out, l)
		blank = false
	}
	return out
}

// randomDoc returns a text of n lines drawn from randomLines, with empty
// lines, lines of white space alone and lines with white space at their
// ends between them.
func randomDoc(r *rand.Rand, n int) string {
	lines := randomLines(n)
	var b strings.Builder
	for _, s := range lines {
		switch r.Intn(8) {
		case 0:
			b.WriteString("\n")
		case 1:
			b.WriteString(" \t\u00a0\u3000\u200b\n")
		case 2:
			s = "\t" + s + "\u00a0"
		case 3:
			s = "  " + s + " \u2028"
		case 4:
			s = []string{"│", "┼", "—", "\t"}[r.Intn(4)] + s + []string{"a │ b", " ┼─", "—", "\tx"}[r.Intn(4)]
		}
		b.WriteString(s)
		b.WriteByte('\n')
	}
	return b.String()
}

// TestSplitLinesSameAsPlain holds splitLines, which writes each line
// into its slot, trims ends without a copy and skips questions its
// measure has answered, to splitLinesPlain on random texts and the pages
// of the text corpus.
func TestSplitLinesSameAsPlain(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	docs := []string{"", "\n", "a", "a\n", "\n\na", " \n\u00a0\nb\n\n", "x\u2029y"}
	for range 200 {
		docs = append(docs, randomDoc(r, r.Intn(60)))
	}
	docs = append(docs, textCorpusDocs(t)...)
	for _, doc := range docs {
		checkSplit(t, doc)
	}
}

// checkSplit fails t when splitLines and splitLinesPlain differ on doc.
func checkSplit(t *testing.T, doc string) {
	t.Helper()
	got, want := splitLines(doc), splitLinesPlain(doc)
	if len(got) != len(want) {
		t.Fatalf("splitLines(%q): %d lines, want %d", doc, len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("splitLines(%q) line %d = %+v\nwant %+v", doc, i, got[i], want[i])
		}
	}
}

// FuzzSplitLines holds splitLines to splitLinesPlain on any text.
func FuzzSplitLines(f *testing.F) {
	for _, s := range []string{"a\n\n b \n\tc\td\n", "x\u00a0\ny\u3000z\n\u200b\n", "2 │ 3 │ 4\n── ┼ ──"} {
		f.Add(s)
	}
	f.Fuzz(checkSplit)
}
