package textfront

import (
	"math/rand"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// reflowByConcat is reflow as it was written first: each wrapped line is
// joined to the text of the paragraph so far as soon as it is read, and
// the answers that depend on the text are worked out again at each (the
// counts are added as reflow adds them). It is the reference reflow's
// paragraph-at-once join is held to.
func reflowByConcat(lines []textLine) []textLine {
	var out []textLine
	for i := range lines {
		l := lines[i]
		if n := len(out); n > 0 && !l.blankBefore() && continues(&out[n-1], &l) {
			p := &out[n-1]
			p.text = p.text + " " + l.text
			p.addWrapped(&l)
			p.flags.set(flagData, isDataLine(p))
			p.flags.set(flagProse, readsAsProse(p))
			p.labels, p.dateMemo, p.bylineMemo, p.noticeMemo = 0, memoUnasked, memoUnasked, memoUnasked
			continue
		}
		out = append(out, l)
	}
	return out
}

// wrappedDoc returns a text of n lines drawn from pieces that reflow
// joins (long lines without a stop, lines that open in lower case) and
// that it keeps apart (stops, capitals, blank lines, short lines, code).
func wrappedDoc(r *rand.Rand, n int) string {
	pieces := []string{
		"the river ran on past the old stone house and over the fields of",
		"and then the light came down across the hills where nobody went",
		"It was late. The road was long and the people were tired of it.",
		"",
		"Short line",
		"    if x := f(y); x != nil { return x, err, and more code here }",
		"\"name\": \"value of some kind that goes on for a while here\",",
		"on March 10, 2015 by Ann Lee and some more words to be long",
		"12 items, 34 digits, 56 more numbers in a line that is long enough",
		"mixed CJK text 中文字 and more words that run long enough to wrap",
	}
	var b strings.Builder
	for range n {
		b.WriteString(pieces[r.Intn(len(pieces))])
		b.WriteByte('\n')
	}
	return b.String()
}

// TestReflowSameAsByConcat holds reflow to reflowByConcat on texts of
// lines that join and lines that do not, in every order.
func TestReflowSameAsByConcat(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	for k := 0; k < 3000; k++ {
		doc := wrappedDoc(r, 1+r.Intn(30))
		got := reflow(splitLines(doc))
		want := reflowByConcat(splitLines(doc))
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("reflow(%q):\n got %+v\nwant %+v", doc, got, want)
		}
	}
}

// TestReflowLinear checks that reflow's cost grows with the text, not
// with its square: joining a paragraph of 20,000 wrapped lines allocates
// about the paragraph's size once, where joining a line at a time
// allocated every prefix of it (13 GB here). Bytes allocated are
// counted, not time taken.
func TestReflowLinear(t *testing.T) {
	line := "the river ran on past the old stone house and over the fields of"
	doc := strings.Repeat(line+"\n", 20000)
	lines := splitLines(doc)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	out := reflow(lines)
	runtime.ReadMemStats(&after)
	if len(out) != 1 || len(out[0].text) != len(doc)-1 {
		t.Fatalf("reflow made %d lines, the first of %d bytes; want one of %d", len(out), len(out[0].text), len(doc)-1)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 2*uint64(len(doc)) {
		t.Errorf("reflow of a %d-byte paragraph allocated %d bytes", len(doc), n)
	}
}
