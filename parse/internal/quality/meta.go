package quality

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

var quoteFixer = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`,
)

// isEdge reports the runes stripped from both ends by NormalizeMeta: white
// space and . : ; , - | " '
func isEdge(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(`.:;,-|"'`, r)
}

// NormalizeMeta is the README's normalisation for titles and excerpts (also
// used here for site names and bylines), applied in this order: Unicode
// NFKC, full case folding, the curly quotes ‘ ’ ‚ ‛ made ' and “ ” „ ‟
// made ", every run of white space made one space, and the characters
// . : ; , - | " ' and white space stripped from both ends.
func NormalizeMeta(s string) string {
	s = norm.NFKC.String(s)
	s = cases.Fold().String(s) // a Caser is stateful: one per call
	s = quoteFixer.Replace(s)
	s = NormalizeSpace(s)
	return strings.TrimFunc(s, isEdge)
}

// SameTitle reports whether two titles (or excerpts, or site names) are
// equal after NormalizeMeta.
func SameTitle(truth, got string) bool {
	return NormalizeMeta(truth) == NormalizeMeta(got)
}

var bylineSep = regexp.MustCompile(`[,;&|]|(?:^| )and(?: |$)`)

// BylineNames returns a byline's set of names, sorted and without
// duplicates: NormalizeMeta, then a leading word "by" dropped (followed by
// the end, white space or punctuation, as in "By:"), then a split on
// , ; & | and the word "and", each part stripped as NormalizeMeta strips
// ends, empty parts dropped.
func BylineNames(s string) []string {
	s = NormalizeMeta(s)
	if rest, ok := strings.CutPrefix(s, "by"); ok {
		if r := []rune(rest); len(r) == 0 || !(unicode.IsLetter(r[0]) || unicode.IsNumber(r[0])) {
			s = rest
		}
	}
	var names []string
	for _, part := range bylineSep.Split(s, -1) {
		if part = strings.TrimFunc(part, isEdge); part != "" {
			names = append(names, part)
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// SameByline reports whether the extracted authors name the same set of
// people as the true byline: the authors are joined with ", " and both
// sides go through BylineNames.
func SameByline(truth string, authors []string) bool {
	return slices.Equal(BylineNames(truth), BylineNames(strings.Join(authors, ", ")))
}

// SameLang reports whether two language tags are equal, ignoring case,
// surrounding white space and the difference between "_" and "-" (so
// "en-US" matches "en_us" but not "en"). An empty extraction never matches.
func SameLang(truth, got string) bool {
	f := func(s string) string { return strings.ReplaceAll(strings.TrimSpace(s), "_", "-") }
	g := f(got)
	return g != "" && strings.EqualFold(f(truth), g)
}

// SameImage reports whether two image addresses are the same image by the
// corpus README's rule: the same host, without a leading "www.", and the
// same path; scheme, query and fragment are ignored. An empty or
// unparsable extraction never matches.
func SameImage(truth, got string) bool {
	t, err1 := url.Parse(strings.TrimSpace(truth))
	g, err2 := url.Parse(strings.TrimSpace(got))
	if err1 != nil || err2 != nil || g.Host == "" {
		return false
	}
	host := func(u *url.URL) string { return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.") }
	return host(t) == host(g) && t.EscapedPath() == g.EscapedPath()
}
