package lexicon

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestSectionLabels checks that the labels of sections.go are keys as
// the text front end makes them (lower-cased, a letter at each end), each
// listed once and none among Labels, which they would duplicate.
func TestSectionLabels(t *testing.T) {
	seen := map[string]bool{}
	for _, list := range [][]string{LineRelatedLabels, LineStoryEndLabels} {
		for _, k := range list {
			first, _ := utf8.DecodeRuneInString(k)
			last, _ := utf8.DecodeLastRuneInString(k)
			switch {
			case seen[k]:
				t.Errorf("label %q is listed twice", k)
			case Labels[k] != 0:
				t.Errorf("label %q is among Labels too", k)
			case strings.ToLower(k) != k:
				t.Errorf("label %q is not lower-case", k)
			case !unicode.IsLetter(first) || !unicode.IsLetter(last):
				t.Errorf("label %q does not begin and end with a letter", k)
			}
			seen[k] = true
		}
	}
}
