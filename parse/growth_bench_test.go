package parse_test

import (
	"bytes"
	"fmt"
	"slices"
	"testing"

	"github.com/artparse/artparse/parse"
	"github.com/artparse/artparse/parse/internal/quality"
)

// growthFactors are the sizes BenchmarkGrowth parses a page at, as
// multiples of the page: the cost per byte at 300x should be within 1.3
// times that at 10x (1x is dominated by fixed costs).
var growthFactors = []int{1, 10, 100, 300}

// BenchmarkGrowth parses one corpus page, of median size, grown to 1, 10,
// 100 and 300 times its size in two ways: its story repeated (many
// paragraphs) and its story's text made one paragraph (one huge block),
// for HTML and for the page's plain-text copy. ns/B is the figure to
// compare across sizes: a parse whose cost is linear keeps it flat.
//
//	go test ./parse -run '^$' -bench Growth -benchmem
func BenchmarkGrowth(b *testing.B) {
	_, dir := quality.CorpusDir(b)
	for _, spec := range []quality.Spec{quality.Corpora[1], quality.Corpora[4]} { // readability/, text/readability/
		c, err := quality.Load(dir, spec)
		if err != nil {
			b.Fatal(err)
		}
		page := medianPage(c)
		format := format(spec)
		for _, shape := range []string{"paragraphs", "one-paragraph"} {
			for _, n := range growthFactors {
				name := fmt.Sprintf("%s/%s/%dx", map[bool]string{false: "html", true: "text"}[spec.Text], shape, n)
				var in []byte // made on the first run only, and only if -bench takes it
				b.Run(name, func(b *testing.B) {
					if in == nil {
						in = grow(page, n, shape == "one-paragraph", spec.Text)
					}
					b.SetBytes(int64(len(in)))
					b.ReportAllocs()
					for b.Loop() {
						if _, err := parse.ParseBytes(in, parse.Options{Input: format, MaxBytes: -1}); err != nil {
							b.Fatal(err)
						}
					}
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(in)), "ns/B")
				})
			}
		}
	}
}

// medianPage returns the page of median size among those of c with a
// paragraph (HTML) or a long line (text) to grow.
func medianPage(c *quality.Corpus) []byte {
	var pages [][]byte
	for _, p := range c.Pages {
		if _, _, ok := storySpan(p.Data, c.Spec.Text); ok {
			pages = append(pages, p.Data)
		}
	}
	slices.SortFunc(pages, func(a, b []byte) int { return len(a) - len(b) })
	return pages[len(pages)/2]
}

// storySpan returns where the story of page starts and ends: from its
// first paragraph to the end of its last (HTML), or from its first long
// line to the end of its last (text).
func storySpan(page []byte, text bool) (start, end int, ok bool) {
	if !text {
		start, end = bytes.Index(page, []byte("<p")), bytes.LastIndex(page, []byte("</p>"))
		return start, end + len("</p>"), start >= 0 && end > start
	}
	start, end = -1, -1
	for off := 0; off < len(page); {
		line, _, _ := bytes.Cut(page[off:], []byte("\n"))
		if len(line) >= 200 {
			if start < 0 {
				start = off
			}
			end = off + len(line)
		}
		off += len(line) + 1
	}
	return start, end, start >= 0
}

// grow returns page n times its size or so: its story repeated n times,
// or, with one, the story's text (tags taken out, lines joined) made one
// paragraph or line of the same size, in the story's place.
func grow(page []byte, n int, one, text bool) []byte {
	start, end, _ := storySpan(page, text)
	story := page[start:end]
	var unit []byte
	switch {
	case !one:
		unit = story
	case text:
		unit = append(bytes.ReplaceAll(story, []byte("\n"), []byte(" ")), ' ')
	default:
		unit = append(stripTags(story), ' ')
	}
	// Enough of it that the page is n times its size.
	reps := max(1, (n*len(page)-(len(page)-len(story)))/len(unit))
	var out bytes.Buffer
	out.Grow(len(page) - len(story) + reps*len(unit) + len("<p></p>"))
	out.Write(page[:start])
	if one && !text {
		out.WriteString("<p>")
	}
	for range reps {
		out.Write(unit)
	}
	if one && !text {
		out.WriteString("</p>")
	}
	out.Write(page[end:])
	return out.Bytes()
}

// stripTags returns b with its tags replaced by spaces.
func stripTags(b []byte) []byte {
	out := make([]byte, 0, len(b))
	in := false
	for _, c := range b {
		switch {
		case c == '<':
			in = true
		case c == '>' && in:
			in = false
			out = append(out, ' ')
		case !in:
			out = append(out, c)
		}
	}
	return out
}
