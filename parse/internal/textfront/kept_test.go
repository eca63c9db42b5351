package textfront

import (
	"strings"
	"testing"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// The answers kept on a line when its features are set (its CJK count
// for plainWords, isProse's), held to the answers worked out afresh.

// plainWordsByRunes is plainWords as it was before measureLine counted
// the CJK characters: it counts them in the text.
func plainWordsByRunes(l *textLine) int32 {
	var n int32
	for _, r := range l.text {
		if textkit.IsIdeograph(r) || r >= 0xAC00 && r <= 0xD7A3 {
			n++
		}
	}
	return l.words - n + (n+cjkCharsPerWord-1)/cjkCharsPerWord
}

// keptCases mix scripts and wrap lines for reflow to join, into prose or
// into a script's line; they hold a DEL, which leaves a line unclean after
// normalisation, raw HTML and a page's data, which are no prose, and (the
// last) more CJK characters than a line's count holds.
var keptCases = []string{
	"2019年04月28日 08時00分",
	"한국어 뉴스 제목입니다 그리고 더",
	"The harbour of 東京 reopened on Monday after the storm had closed it for\nthree days, and 大阪 ferries ran again.",
	"港口\x7f在周一重新开放",
	"plain ASCII headline\n\nsecond paragraph, 中文, done.",
	"  var config = { harbour: 1, ferries: 2 }; window.init(config); load();\n  more();",
	"<p>The harbour reopened on Monday after the storm had closed it for three days, and the ferries, late all week, ran again on time; the council met at noon today.</p>",
	"\"articleBody\": \"The harbour reopened on Monday after the storm had closed it.\"",
	"Home\nNews\n\nThe council met again today and the river kept rising through the night.",
	strings.Repeat("字", 40000),
}

// TestKeptAnswers checks every line of keptCases, FuzzKeptAnswers of any
// page.
func TestKeptAnswers(t *testing.T) {
	for _, doc := range keptCases {
		checkKept(t, doc)
	}
}

func FuzzKeptAnswers(f *testing.F) {
	for _, doc := range keptCases[:len(keptCases)-1] {
		f.Add(doc)
	}
	f.Fuzz(checkKept)
}

// checkKept fails t when an answer kept on a line of doc differs from the
// one worked out afresh, before reflow joins lines or after.
func checkKept(t *testing.T, doc string) {
	t.Helper()
	lines := splitLines(doc)
	for range 2 {
		for i := range lines {
			l := &lines[i]
			if got, want := plainWords(l), plainWordsByRunes(l); got != want {
				t.Fatalf("plainWords(%q) = %d, counting its runes gives %d", l.text, got, want)
			}
			if got, want := l.isProse(), readsAsProse(l); got != want {
				t.Fatalf("isProse(%q) = %v, readsAsProse says %v", l.text, got, want)
			}
		}
		lines = reflow(lines)
	}
}
