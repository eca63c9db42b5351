package textfront

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/record"
	"github.com/artparse/artparse/parse/internal/textkit"
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

// TestIsSiteLabel checks the labels that open what follows a story with
// the site's name after them.
func TestIsSiteLabel(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Die meistgelesenen Artikel bei Hafenblatt.de/Sport", true},
		{"Mehr zum Thema auf Hafenblatt.de", true},
		{"You may also like on The Bay Courier", true},
		{"Weitere Beiträge aus der Kolumne:", true}, // a section's name
		{"Die Fähre kommt aus Hafenstadt", false},
		{"Die meistgelesenen Artikel", false}, // the label alone is labelBits's
		{"Die Fähre fährt bei Sturm nicht", false},
		{"Mehr zum Thema auf Hafenblatt.de lesen Sie in unserem Dossier über die Fähren.", false},
	}
	for _, tt := range tests {
		l := textLine{text: tt.line}
		measureLine(&l)
		if got := isSiteLabel(&l); got != tt.want {
			t.Errorf("isSiteLabel(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestIsReadMore checks the lines that point to another story by their
// opening, in several languages.
func TestIsReadMore(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Read more: Ferry late again after the storm", true},
		{"Auch lesen: Diese Fähren fahren im Winter", true},
		{"Lea también: El ferry vuelve a salir tarde", true},
		{"Auch lesen kann man im Hafen, wenn die Fähre spät kommt.", false},
		{"Lea también el horario nuevo antes de viajar.", false},
	}
	for _, tt := range tests {
		l := textLine{text: tt.line}
		measureLine(&l)
		if got := isReadMore(&l); got != tt.want {
			t.Errorf("isReadMore(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestSiteLabelEndsStory checks that the story ends at a label with the
// site's name, and the headlines under it are left out.
func TestSiteLabelEndsStory(t *testing.T) {
	para := strings.TrimSpace(strings.Repeat("The ferry crossed the bay twice this morning, and the harbour master counted the cars. ", 4))
	teaser := "Ferries in the storm: What does the new warning mean for the crossings this week?"
	doc := strings.Join([]string{"Home", "", para, "", para, "", para, "", "Most read on Bay Courier", "", teaser, "", "About"}, "\n")
	a := readText(doc, record.Options{})
	if !strings.Contains(a.Text, para) || strings.Contains(a.Text, teaser) {
		t.Errorf("text = %q, want the story without the teaser", a.Text)
	}
}

// isSiteLabelByIndex is isSiteLabel as it was written first: a search of
// the line for each of siteLinks. TestIsSiteLabelSameAsIndex and
// FuzzIsSiteLabel hold the one-pass version to its answers.
func isSiteLabelByIndex(l *textLine) bool {
	if l.words > maxSiteLabelWords || l.size > maxSiteLabelSize || l.end == endSentence {
		return false
	}
	for _, w := range siteLinks {
		k := strings.Index(l.text, w)
		if k <= 0 || strings.IndexByte(l.text[:k], ' ') < 0 {
			continue
		}
		head := textLine{text: l.text[:k]}
		measureLine(&head)
		if labelBits(&head)&labelStoryEnd != 0 {
			return true
		}
	}
	return false
}

// siteLabelCases are lines where the one-pass search could go wrong: a
// link word first at the line's first space and a label before its
// second use (a search per word never finds that one), words repeated, a link word at the end, spaces at the ends.
var siteLabelCases = []string{
	"Mehr zum Thema auf Hafenblatt.de",
	"auf Mehr zum Thema auf Hafenblatt.de",
	"Most read on The Bay Courier on Sunday",
	"Most on read on",
	"Most read on",
	" Most read on Bay",
	"Most read  on Bay",
	"Weitere Beiträge aus der Kolumne aus Kiel",
	"Empfehlungen aus der Redaktion aus Kiel", // " aus " first at the first space: never tried
	"Empfehlungen der Redaktion aus der Redaktion aus Kiel",
	"Read on at the on-line desk from Kiel",
	"Die meistgelesenen Artikel bei Hafenblatt.de von Ann",
	"You may also like en Bay de Kiel",
	"on on on on",
	"a b",
	"",
}

func TestIsSiteLabelSameAsIndex(t *testing.T) {
	if len(siteLinks) > 32 {
		t.Fatalf("%d siteLinks: siteLinkFirst holds 32", len(siteLinks))
	}
	for _, s := range siteLabelCases {
		l := textLine{text: s}
		measureLine(&l)
		if got, want := isSiteLabel(&l), isSiteLabelByIndex(&l); got != want {
			t.Errorf("isSiteLabel(%q) = %v, the search per word says %v", s, got, want)
		}
	}
}

func FuzzIsSiteLabel(f *testing.F) {
	for _, s := range siteLabelCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l := textLine{text: s}
		measureLine(&l)
		if got, want := isSiteLabel(&l), isSiteLabelByIndex(&l); got != want {
			t.Errorf("isSiteLabel(%q) = %v, the search per word says %v", s, got, want)
		}
	})
}

// TestIsLabelEdgeSameAsTables holds isLabelEdge's ranges to unicode's
// tables, for every rune.
func TestIsLabelEdgeSameAsTables(t *testing.T) {
	for r := utf8.RuneSelf; r <= unicode.MaxRune; r++ {
		if got, want := isLabelEdge(rune(r)), isLabelEdgeByTables(rune(r)); got != want {
			t.Fatalf("isLabelEdge(%U) = %v, by the tables %v", r, got, want)
		}
	}
}

func FuzzLabelBits(f *testing.F) {
	f.Add("1. READ MORE ›")
	f.Add("Kommentare")
	f.Fuzz(func(t *testing.T, s string) {
		l := textLine{text: s}
		measureLine(&l)
		if got, want := labelBits(&l), labelBitsSimple(&l); got != want {
			t.Fatalf("labelBits(%q) = %b, want %b", s, got, want)
		}
	})
}

func FuzzIsLabelEdge(f *testing.F) {
	f.Add("Kommentare · コメント 댓글 ★")
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range s {
			if r >= utf8.RuneSelf && isLabelEdge(r) != isLabelEdgeByTables(r) {
				t.Fatalf("isLabelEdge(%U) = %v, by the tables not", r, isLabelEdge(r))
			}
		}
	})
}

// isCreditLineByMarks is isCreditLine as its doc defines it, mark by mark
// at each byte: the reference of TestIsCreditLineSame and
// FuzzIsCreditLine.
func isCreditLineByMarks(s string) bool {
	l := textLine{text: s}
	measureLine(&l)
	if l.size > maxCaptionSize {
		return false
	}
	if creditOpeners.HasPrefix(s) {
		return true
	}
	from := 0
	if l.size > maxCreditSize {
		from = max(0, len(s)-creditTail)
	}
	for i := from; i < len(s); i++ {
		for _, m := range lexicon.CreditMarks {
			if strings.HasPrefix(s[i:], m) {
				return true
			}
		}
	}
	return false
}

// TestIsCreditLineSame holds isCreditLine to isCreditLineByMarks on each
// mark at every place around the tail of a long caption, and on random
// and corpus lines.
func TestIsCreditLineSame(t *testing.T) {
	lines := randomLines(100000)
	caption := strings.Repeat("The ferry at the quay ", 8)
	for _, m := range lexicon.CreditMarks {
		// creditPairs holds two bytes of each mark.
		if len(m) < 2 {
			t.Fatalf("credit mark %q has fewer than two bytes", m)
		}
		// A short line is searched from its first byte: each mark at
		// an even and an odd place, and at the end.
		for at := range 12 {
			lines = append(lines, caption[:at]+m, caption[:at]+m+" Ann", caption[:at]+m[:len(m)-1], m[1:]+caption[:at])
		}
		for at := len(caption) - creditTail - 8; at <= len(caption); at++ {
			lines = append(lines, caption[:at]+m+" Ann Lee", caption[:at]+m, m+caption[:at], caption[:at]+m[:len(m)-1])
		}
	}
	for _, s := range append(lines, textCorpusLines(t)...) {
		checkCreditLine(t, s)
	}
}

func FuzzIsCreditLine(f *testing.F) {
	fuzzWith(f, checkCreditLine, "The quay at dawn. Photo: Ann Lee", "Die Fähre © Hafenblatt")
}

func checkCreditLine(t *testing.T, s string) {
	checkSame(t, "isCreditLine", func(s string) bool {
		l := textLine{text: s}
		measureLine(&l)
		return isCreditLine(&l)
	}, isCreditLineByMarks, s)
}

// commentHeadSimple is commentHead without its tests of a line's letters
// before the label lookup: the reference of FuzzCommentHead, as
// TestCommentHeadSame's is of the lines it checks.
func commentHeadSimple(l *textLine) int {
	if l.words > maxCommentHeadWords || l.size > maxCommentHeadSize {
		return headNone
	}
	if l.end == endColon && l.words <= maxCommentVerbWords && l.commas == 0 &&
		slices.ContainsFunc(lexicon.CommentVerbs, func(v string) bool { return strings.HasSuffix(l.text, v) }) {
		return headVerb
	}
	if labelBitsSimple(l)&labelComment != 0 {
		return headLabel
	}
	return headNone
}

func FuzzCommentHead(f *testing.F) {
	fuzzWith(f, checkCommentHead, "Reply", "Ann says:", "Antworten ↓")
}

// checkCommentHead checks a line as splitLines leaves it: one that
// measureLine refuses is normalised first.
func checkCommentHead(t *testing.T, s string) {
	if l := (textLine{text: s}); !measureLine(&l) {
		s = normalizeSpace(s)
	}
	line := func(s string) textLine {
		l := textLine{text: s}
		measureLine(&l)
		return l
	}
	checkSame(t, "commentHead", func(s string) int { l := line(s); return commentHead(&l) },
		func(s string) int { l := line(s); return commentHeadSimple(&l) }, s)
}

// TestLowerKeepsLabelEdge checks, for every rune, what labelBits relies
// on when it trims a line before it lowers it: the rune and its lower
// case are both trimmed or both kept.
func TestLowerKeepsLabelEdge(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if lr := textkit.ToLower(r); isLabelEdge(lr) != isLabelEdge(r) {
			t.Fatalf("isLabelEdge(%U) = %v, of its lower case %U %v", r, isLabelEdge(r), lr, isLabelEdge(lr))
		}
	}
}

// TestTrimLabelEdges holds trimLabelEdges to strings.TrimFunc, on random
// lines and on every label in dress.
func TestTrimLabelEdges(t *testing.T) {
	lines := randomLines(100000)
	for k := range labelSets {
		lines = append(lines, "» "+k+" ›", "\xff"+k+"\xe2\x80", "1. "+k+":")
	}
	for _, s := range lines {
		checkSame(t, "trimLabelEdges", trimLabelEdges, func(s string) string { return strings.TrimFunc(s, isLabelEdge) }, s)
	}
}
