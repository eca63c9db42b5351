package quality

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// NormalizeSpace replaces every run of white space (unicode.IsSpace, which
// includes U+00A0 and the other Unicode spaces) with one ASCII space. It does
// not trim: a leading or trailing run becomes one space, as the README's
// rule says nothing about trimming.
func NormalizeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	inSpace := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsSpace(r) {
			if !inSpace {
				b.WriteByte(' ')
			}
			inSpace = true
			continue
		}
		inSpace = false
		if r == utf8.RuneError && n == 1 {
			b.WriteString(s[i-1 : i]) // keep invalid bytes as they are
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Counts is a confusion count. For snippets: a `with` snippet found is a TP,
// missing an FN; a `without` snippet found is an FP, absent a TN.
type Counts struct {
	TP, FP, FN, TN int
}

// Add returns the element-wise sum of c and d.
func (c Counts) Add(d Counts) Counts {
	return Counts{c.TP + d.TP, c.FP + d.FP, c.FN + d.FN, c.TN + d.TN}
}

// Precision returns TP/(TP+FP), or 0 when TP+FP is 0.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall returns TP/(TP+FN), or 0 when TP+FN is 0.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 returns 2TP/(2TP+FP+FN), or 0 when the denominator is 0.
func (c Counts) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// SnippetCounts judges one page's extracted body against its `with` and
// `without` snippets, after NormalizeSpace on the body and on each snippet,
// by plain (case-sensitive) substring search. An empty body (ok false, or a
// body that is "" or only white space) finds nothing: every `with` snippet
// is an FN and every `without` snippet a TN.
func SnippetCounts(body string, ok bool, with, without []string) Counts {
	var c Counts
	found := func(string) bool { return false }
	if ok && strings.TrimFunc(body, unicode.IsSpace) != "" {
		nb := NormalizeSpace(body)
		found = func(s string) bool { return strings.Contains(nb, NormalizeSpace(s)) }
	}
	for _, s := range with {
		if found(s) {
			c.TP++
		} else {
			c.FN++
		}
	}
	for _, s := range without {
		if found(s) {
			c.FP++
		} else {
			c.TN++
		}
	}
	return c
}
