package quality

import (
	"regexp"
	"slices"
	"strings"
)

// tokenRE is Python's Unicode `\w+`: letters, numbers and the underscore.
// (Go's `\w` is ASCII-only.) Like Python's, it excludes combining marks.
var tokenRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// Tokens returns the matches of `[\p{L}\p{N}_]+` in s, in order. It returns
// nil for a text with no token.
func Tokens(s string) []string {
	return tokenRE.FindAllString(s, -1)
}

// Shingles returns the multiset of 4-token windows of tokens, each window
// keyed by its tokens joined with one space (unambiguous, as tokens hold no
// space). A list of 1 to 3 tokens is a single shingle of all of them; an
// empty list has no shingle.
func Shingles(tokens []string) map[string]int {
	m := make(map[string]int)
	if len(tokens) == 0 {
		return m
	}
	if len(tokens) < 4 {
		m[strings.Join(tokens, " ")]++
		return m
	}
	for i := 0; i+4 <= len(tokens); i++ {
		m[strings.Join(tokens[i:i+4], " ")]++
	}
	return m
}

// ShingleResult is one page's shingle comparison: Shared is the number of
// shingles both texts have (per shingle, the smaller of the two counts),
// Extra the rest of the extraction's and Missing the rest of the truth's.
// Equal reports whether the two token lists are identical.
type ShingleResult struct {
	Shared, Extra, Missing int
	Equal                  bool
}

// TP returns Shared/(Shared+Extra+Missing), or 0 when that sum is 0.
func (r ShingleResult) TP() float64 { return ratio(r.Shared, r.Shared+r.Extra+r.Missing) }

// FP returns Extra/(Shared+Extra+Missing), or 0 when that sum is 0.
func (r ShingleResult) FP() float64 { return ratio(r.Extra, r.Shared+r.Extra+r.Missing) }

// FN returns Missing/(Shared+Extra+Missing), or 0 when that sum is 0.
func (r ShingleResult) FN() float64 { return ratio(r.Missing, r.Shared+r.Extra+r.Missing) }

// CompareShingles compares an extracted body with the true body.
func CompareShingles(extracted, truth string) ShingleResult {
	et, tt := Tokens(extracted), Tokens(truth)
	es, ts := Shingles(et), Shingles(tt)
	r := ShingleResult{Equal: slices.Equal(et, tt)}
	for k, e := range es {
		m := min(e, ts[k])
		r.Shared += m
		r.Extra += e - m
	}
	for k, t := range ts {
		r.Missing += t - min(es[k], t)
	}
	return r
}

// ShingleScore averages ShingleResults over pages. Add pages in a fixed
// order for bit-identical figures.
type ShingleScore struct {
	sumP, sumR float64
	nP, nR     int
	equal, n   int
}

// Add counts one page. Its precision TP/(TP+FP) joins the average when
// TP+FP > 0 and its recall TP/(TP+FN) when TP+FN > 0; a page where FP and
// FN are both 0 (including two texts without shingles) counts 1 for both.
// (The ratios are computed from the integer counts: dividing all three by
// TP+FP+FN first does not change them.)
func (s *ShingleScore) Add(r ShingleResult) {
	s.n++
	if r.Equal {
		s.equal++
	}
	if r.Extra == 0 && r.Missing == 0 {
		s.sumP++
		s.nP++
		s.sumR++
		s.nR++
		return
	}
	if r.Shared+r.Extra > 0 {
		s.sumP += ratio(r.Shared, r.Shared+r.Extra)
		s.nP++
	}
	if r.Shared+r.Missing > 0 {
		s.sumR += ratio(r.Shared, r.Shared+r.Missing)
		s.nR++
	}
}

// Precision returns the mean page precision, or 0 when no page counted.
func (s *ShingleScore) Precision() float64 { return mean(s.sumP, s.nP) }

// Recall returns the mean page recall, or 0 when no page counted.
func (s *ShingleScore) Recall() float64 { return mean(s.sumR, s.nR) }

// F1 returns 2PR/(P+R) of the mean precision and recall, or 0 when both
// are 0.
func (s *ShingleScore) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Accuracy returns the share of all added pages whose token lists were
// equal, or 0 when no page was added.
func (s *ShingleScore) Accuracy() float64 { return mean(float64(s.equal), s.n) }

func mean(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}
