package lexicon

import (
	"github.com/artparse/artparse/parse/internal/textkit"
)

// foldPrefixes holds lower-case prefixes by their first byte, folded as
// the byte looked up is, so that a line is compared only with the few
// that begin as it does.
type Prefixes [256][]string

func NewPrefixes(prefixes []string) *Prefixes {
	var t Prefixes
	for _, p := range prefixes {
		t[p[0]|0x20] = append(t[p[0]|0x20], p)
	}
	return &t
}

// match reports whether s begins with one of the prefixes of t, ignoring
// the case of ASCII letters in s, as hasFoldPrefix does.
func (t *Prefixes) Match(s string) bool {
	if s == "" {
		return false
	}
	for _, p := range t[s[0]|0x20] {
		if textkit.HasFoldPrefix(s, p) {
			return true
		}
	}
	return false
}
