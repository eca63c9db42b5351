package textfront

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// cardShapesByPairs is cardShapes as its doc defines it, with the pairs
// of short lines counted in a map by their texts: the reference of
// TestCardShapesSameAsByPairs and FuzzCardShapes. (cardShapes keys a
// pair by a hash of its texts, which two pairs of a test page share only
// by a collision of 64-bit hashes.)
func cardShapesByPairs(lines []textLine) []bool {
	rep := make([]bool, len(lines))
	isShort := func(l *textLine) bool { return l.size <= maxCardLabel && l.letters >= minCardLetters }
	counts := map[[2]string]int{}
	var paired []int
	for i := 0; i+1 < len(lines); i++ {
		if isShort(&lines[i]) && isShort(&lines[i+1]) && lines[i].text != lines[i+1].text {
			counts[[2]string{lines[i].text, lines[i+1].text}]++
			paired = append(paired, i)
		}
	}
	if len(paired) < minCardRepeats {
		return rep
	}
	for _, i := range paired {
		if counts[[2]string{lines[i].text, lines[i+1].text}] >= minCardRepeats {
			rep[i], rep[i+1] = true, true
		}
	}
	return rep
}

// cardDoc builds a page of short lines from words, chosen by seed, with
// labels repeated in pairs as teaser cards repeat their controls, runs of
// one label, numbers, and a line too long for a card.
func cardDoc(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, 7))
	words := []string{"Save", "More like this", "Share", "12", "Read more", "Save", "Ferry late again", "",
		"The harbour reopened on Monday after the storm had closed it.", "ok", "Listen", "Listen"}
	var b strings.Builder
	for range n {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteByte('\n')
	}
	return b.String()
}

func TestCardShapesSameAsByPairs(t *testing.T) {
	docs := []string{"", "Save", "Save\nShare\nSave\nShare\nSave\nShare", "Save\nSave\nSave\nSave\nSave\nSave",
		"Save\nShare\nx\nSave\nShare\n12\nSave\nShare\nSave"}
	for seed := range uint64(300) {
		docs = append(docs, cardDoc(seed, int(seed%60)))
	}
	// Pages of more pairs than the table cardShapes keeps on the stack.
	for seed := range uint64(5) {
		docs = append(docs, cardDoc(seed, 2000+int(seed)*700))
	}
	for _, doc := range docs {
		checkCardShapes(t, doc)
	}
}

func FuzzCardShapes(f *testing.F) {
	f.Add("Save\nShare\nSave\nShare\nSave\nShare")
	f.Add(cardDoc(1, 40))
	f.Fuzz(checkCardShapes)
}

func checkCardShapes(t *testing.T, doc string) {
	t.Helper()
	lines := reflow(splitLines(doc))
	if got, want := cardShapes(lines), cardShapesByPairs(lines); !slices.Equal(got, want) {
		t.Fatalf("cardShapes(%q) = %v, by pairs %v", doc, got, want)
	}
}

// TestIsFeedStamp holds isFeedStamp, which tells a line without a digit
// at its start before it asks opensWithClock, to the two questions
// asked in full.
func TestIsFeedStamp(t *testing.T) {
	for _, s := range append(randomLines(20000), "9:05", "14:44 Storm closes the port", "vor 3 Minuten", "2 hours ago", "", "x9:05", "٣:٠٥") {
		checkFeedStamp(t, s)
	}
}

func FuzzIsFeedStamp(f *testing.F) { fuzzWith(f, checkFeedStamp, "9:05 News", "3 days ago") }

func checkFeedStamp(t *testing.T, s string) {
	line := func(s string) *textLine {
		l := textLine{text: s}
		measureLine(&l)
		return &l
	}
	checkSame(t, "isFeedStamp", func(s string) bool { return isFeedStamp(line(s)) },
		func(s string) bool { return opensWithClock(s) || isTimeAgo(line(s)) }, s)
}
