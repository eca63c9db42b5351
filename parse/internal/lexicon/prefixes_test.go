package lexicon

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/artparse/artparse/parse/internal/textkit"
)

func TestPrefixes(t *testing.T) {
	exact := NewPrefixes("Photo", "(c)", "©", "Sign in", "Sign In")
	fold := NewFoldPrefixes("min read", "über ", "Über ", "fot.", ">> ", "©")
	small := NewFoldPrefixes("über ")
	tests := []struct {
		name string
		set  *Prefixes
		s    string
		// what HasPrefix, AtWordStart and In answer
		prefix, word, in bool
	}{
		{"empty text", exact, "", false, false, false},
		{"exact at start", exact, "Photo: Ann Lee", true, true, true},
		{"exact keeps case", exact, "photo: Ann Lee", false, false, false},
		{"exact at a word start", exact, "The bridge. Photo Ann", false, true, true},
		{"exact inside a word", exact, "Telephoto", false, false, false},
		{"exact inside a word, capital", exact, "TelePhoto", false, false, true},
		{"exact bracket", exact, "Text (c) 2015", false, true, true},
		{"exact non-ASCII first byte", exact, "© 2015 Ann Lee", true, true, true},
		{"exact two cases listed", exact, "Please Sign In here", false, true, true},
		{"exact shorter than the word", exact, "Phot", false, false, false},
		{"fold lower", fold, "min read", true, true, true},
		{"fold capitals", fold, "MIN READ", true, true, true},
		{"fold mixed", fold, "4 Min Read", false, true, true},
		{"fold after a double space", fold, "4  min read", false, true, true},
		{"fold not at a word start", fold, "admin reader", false, false, true},
		{"fold non-ASCII capital is not folded", small, "Über uns", false, false, false},
		{"fold non-ASCII capital listed", fold, "Über uns", true, true, true},
		{"fold ASCII after a listed capital", fold, "ÜBER UNS", true, true, true},
		{"fold dot", fold, "FOT. Ann Lee", true, true, true},
		{"fold symbols", fold, ">> Next story", true, true, true},
		{"fold symbol after a letter", fold, "a>> b", false, false, true},
		{"fold non-ASCII first byte", fold, "Text © Ann", false, true, true},
		// '@' folds to '`', as a letter's byte does: the lookup finds the
		// words under '`', and none of them matches.
		{"fold punctuation folds apart from letters", fold, "@@ min", false, false, false},
		{"fold no word", fold, "The river rose overnight.", false, false, false},
	}
	for _, tt := range tests {
		if got := tt.set.HasPrefix(tt.s); got != tt.prefix {
			t.Errorf("%s: HasPrefix(%q) = %v, want %v", tt.name, tt.s, got, tt.prefix)
		}
		if got := tt.set.AtWordStart(tt.s); got != tt.word {
			t.Errorf("%s: AtWordStart(%q) = %v, want %v", tt.name, tt.s, got, tt.word)
		}
		if got := tt.set.In(tt.s); got != tt.in {
			t.Errorf("%s: In(%q) = %v, want %v", tt.name, tt.s, got, tt.in)
		}
	}
}

// TestPrefixesSame checks the three questions against a loop over the
// words, on random texts made of the words' pieces.
func TestPrefixesSame(t *testing.T) {
	words := []string{"by", "von", "min read", "fot.", "©", "(c)", "Über ", "über ", "zurück zur ", ">> ", "a"}
	// A folded set takes only the words without ASCII capitals.
	var lower []string
	for _, w := range words {
		if strings.IndexFunc(w, func(r rune) bool { return r >= 'A' && r <= 'Z' }) < 0 {
			lower = append(lower, w)
		}
	}
	exact, fold := NewPrefixes(words...), NewFoldPrefixes(lower...)
	pieces := append([]string{" ", "  ", "B", "Y", "VON", "Min", "x", "ü", "Ü", "\xc2", "(", "C", "@", "`"}, words...)
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.Intn(6); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		for _, set := range []struct {
			t     *Prefixes
			words []string
			match func(s, w string) bool
		}{
			{exact, words, strings.HasPrefix},
			{fold, lower, func(s, w string) bool { return textkit.HasFoldPrefix(s, w) }},
		} {
			var prefix, word, in bool
			for i := 0; i < len(s); i++ {
				for _, w := range set.words {
					if set.match(s[i:], w) {
						in = true
						word = word || i == 0 || s[i-1] == ' '
						prefix = prefix || i == 0
					}
				}
			}
			if set.t.HasPrefix(s) != prefix || set.t.AtWordStart(s) != word || set.t.In(s) != in {
				t.Fatalf("%q: HasPrefix, AtWordStart, In = %v %v %v, want %v %v %v", s,
					set.t.HasPrefix(s), set.t.AtWordStart(s), set.t.In(s), prefix, word, in)
			}
		}
	}
}

// checkPrefixesSame holds the three questions of a set of words to a
// loop over the words, with match the comparison the set makes.
func checkPrefixesSame(t *testing.T, set *Prefixes, words []string, match func(s, w string) bool, s string) {
	t.Helper()
	var prefix, word, in bool
	for i := 0; i < len(s); i++ {
		for _, w := range words {
			if match(s[i:], w) {
				in = true
				word = word || i == 0 || s[i-1] == ' '
				prefix = prefix || i == 0
			}
		}
	}
	if set.HasPrefix(s) != prefix || set.AtWordStart(s) != word || set.In(s) != in {
		t.Fatalf("%q: HasPrefix, AtWordStart, In = %v %v %v, want %v %v %v", s,
			set.HasPrefix(s), set.AtWordStart(s), set.In(s), prefix, word, in)
	}
}

// edges are the phrases the text front end searches lines for with In,
// and skipWords short words that share pairs of bytes at every place,
// with a word that is another's prefix, for In's skipping search.
var (
	edges     = append(slices.Clone(EdgePhrases), LineFormPhrases...)
	skipWords = []string{"abababab", "babababa", "abbaabba", "abbababab", "überüber", "xyzwxyzw", "wxyzwxyz", "\xc3\xbc\xc3\xbc\xc3\xbc\xc3\xbc"}
)

// listSets are sets made of the package's own lists, exact and folded,
// with their words, for TestPrefixesListsSame and FuzzPrefixes: the
// words of a list share their first two bytes in many ways, which the
// test of the second byte must never rule out.
func listSets() []struct {
	set   *Prefixes
	words []string
	match func(s, w string) bool
} {
	fold := func(s, w string) bool { return textkit.HasFoldPrefix(s, w) }
	var all []string
	for _, l := range [][]string{EdgePhrases, BlockNoticePhrases, LineNoticePhrases, ReadingTimes, CreditMarks} {
		all = append(all, l...)
	}
	return []struct {
		set   *Prefixes
		words []string
		match func(s, w string) bool
	}{
		{NewPrefixes(all...), all, strings.HasPrefix},
		{NewFoldPrefixes(ReadingTimes...), ReadingTimes, fold},
		{NewFoldPrefixes("a", "ab", "b c", "é", "\xc3", "x1"), []string{"a", "ab", "b c", "é", "\xc3", "x1"}, fold},
		// Sets of long words, which In searches with skips.
		{NewPrefixes(edges...), edges, strings.HasPrefix},
		{NewFoldPrefixes(EdgePhrases...), EdgePhrases, fold},
		{NewFoldPrefixes(skipWords...), skipWords, fold},
		{NewPrefixes(skipWords...), skipWords, strings.HasPrefix},
	}
}

// TestPrefixesListsSame checks the three questions of sets of the
// package's lists against a loop over their words, on texts made of
// pieces of the words: each word, its first byte or two followed by
// every byte class, and the words in capitals.
func TestPrefixesListsSame(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for _, ls := range listSets() {
		pieces := []string{" ", "x", "A", "\xc3", "!", "@", "`", "\x00", "\xff", "0"}
		for _, w := range ls.words {
			pieces = append(pieces, w, w[:1], w[:min(2, len(w))], strings.ToUpper(w), w[:len(w)-1], w[len(w)/2:])
		}
		for range 20000 {
			var b strings.Builder
			for k := r.Intn(6); k >= 0; k-- {
				b.WriteString(pieces[r.Intn(len(pieces))])
			}
			checkPrefixesSame(t, ls.set, ls.words, ls.match, b.String())
		}
	}
}

// FuzzPrefixes holds the sets of listSets to a loop over their words on
// any text.
func FuzzPrefixes(f *testing.F) {
	for _, s := range []string{"Support us today", "5 MIN READ", "ab c", "\xc3\xa9 x1"} {
		f.Add(s)
	}
	sets := listSets()
	f.Fuzz(func(t *testing.T, s string) {
		for _, ls := range sets {
			checkPrefixesSame(t, ls.set, ls.words, ls.match, s)
		}
	})
}

func TestPrefixesPanic(t *testing.T) {
	for _, tt := range []struct {
		name string
		make func()
	}{
		{"empty word", func() { NewPrefixes("by", "") }},
		{"empty folded word", func() { NewFoldPrefixes("") }},
		{"capital in a folded word", func() { NewFoldPrefixes("min Read") }},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", tt.name)
				}
			}()
			tt.make()
		}()
	}
}

// TestPrefixesSkips checks In's skipping search at the ends of a text and
// where windows overlap a word, and that the sets it serves use it.
func TestPrefixesSkips(t *testing.T) {
	set := NewFoldPrefixes("support us", "abababab", "überüber")
	if set.skipLen != 8 || NewPrefixes(edges...).skipLen == 0 || NewPrefixes("abcdefg", "abcdefgh").skipLen != 0 {
		t.Fatalf("skipLen: %d, %d, %d", set.skipLen, NewPrefixes(edges...).skipLen, NewPrefixes("abcdefg", "abcdefgh").skipLen)
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"", false}, {"a", false}, {"abababa", false}, {"abababab", true}, {"xabababab", true}, {"xxxxxabababab", true},
		{"ababababx", true}, {"aabababab", true}, {"abaabababa", false}, {"SUPPORT US", true}, {"please support us", true},
		{"support u", false}, {"xxsupport uxx", false}, {"ÜberÜber", false}, {"xx überüber", true}, {"überübe", false},
	} {
		if got := set.In(tt.s); got != tt.want {
			t.Errorf("In(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
