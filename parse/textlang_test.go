package parse

import "testing"

// TestWordTable checks that the packed table answers as the map it is
// built from, for every common word, for their prefixes and extensions,
// and for words that are not in it.
func TestWordTable(t *testing.T) {
	var words []string
	for w := range commonWords {
		words = append(words, w, w[:len(w)-1], w+"s", "x"+w)
	}
	words = append(words, "", "zzzzzz", "ab", "qu", "théâtre")
	for _, w := range words {
		if len(w) > 8 {
			continue
		}
		if got, want := commonWordTable.lookup([]byte(w)), commonWords[w]; got != want {
			t.Errorf("lookup(%q) = %b, want %b", w, got, want)
		}
	}
}
