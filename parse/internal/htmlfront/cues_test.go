package htmlfront

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// cueClass reads a class or id value for cueWords. Words naming an update
// ("updated", "modified") mark the modification time, not the
// publication. Words are found anywhere in the value, in ASCII letters of
// either case, trying at each byte only the words that begin with it.
// readClass's cuesIn does the same, turning most places away by their
// first three bytes (cueStarts); this loop, which looks at every place, is
// the reference it is held to.
func cueClass(v []byte) cueKind {
	if len(v) < minCueWord || len(v) > maxCueClass {
		return 0
	}
	var found cueKind
	for i := 0; i+minCueWord <= len(v); i++ {
		if isCueFirst[v[i]] {
			found |= cuesAt(v[i:], found)
		}
	}
	return cueResult(found)
}

// isCueFirst marks the bytes that begin a word of cueWords, in either case.
var isCueFirst = func() (t [256]bool) {
	for c := range cueByFirst {
		t[c] = cueByFirst[c|0x20] != nil
	}
	return t
}()

// TestCueClass pins which words of a class or id value make a cue, on the
// edges: case, length limits, words inside longer words, and an update
// word overriding a date word.
func TestCueClass(t *testing.T) {
	tests := []struct {
		v    string
		want cueKind
	}{
		{"", 0},
		{"date", cueDate},            // shortest value read
		{"tim", 0},                   // too short to read
		{"Byline", cueByline},        // case does not matter
		{"post-BY-LINE", cueByline},  // hyphenated
		{"entry-author", cueByline},  // inside a longer name
		{"autor", cueByline},         // German
		{"auteur", cueByline},        // French
		{"staff-writer", cueByline},  // "writer"
		{"reporter-name", cueByline}, // "reporter"
		{"posted-by", cueByline | cueDate},
		{"meta posted", cueDate},      // "posted" names the time
		{"publisher", cueDate},        // "publish" is read inside "publisher"
		{"datetime", cueDate},         // both date words
		{"timestamp", cueDate},        // "time" at the start
		{"sometimes", cueDate},        // inside another word: read all the same
		{"updated-date", cueUpdated},  // the update word wins over the date word
		{"last-modified", cueUpdated}, // "modif"
		{"author updated", cueByline | cueUpdated},
		{"author date", cueByline | cueDate},
		{"autho", 0},          // a cut word is not read
		{"by_line", 0},        // an underscore is not a hyphen
		{"postedby", cueDate}, // "posted-by" needs its hyphen; "posted" remains
		{"upda", 0},
		{"content main", 0},
		{strings.Repeat("x", 196) + "date", cueDate}, // 200 bytes: read
		{strings.Repeat("x", 197) + "date", 0},       // 201 bytes: too long
		{strings.Repeat("x", 194) + "author", cueByline},
		{"d\xffate time", cueDate}, // invalid UTF-8 is only bytes
		{"\xc3\x84UTOR", 0},        // non-ASCII is not folded: "Äutor" is not "autor"
		{"xAUTOR", cueByline},
		{"MODIFIED", cueUpdated},
	}
	for _, tt := range tests {
		if got := cueClass([]byte(tt.v)); got != tt.want {
			t.Errorf("cueClass(%q) = %#x, want %#x", tt.v, got, tt.want)
		}
	}
}

// The words cueClass reads, as regular expressions over a value whose
// ASCII capitals are lowered: these state its rule without its one-pass
// search, for TestCueClassOnePass and FuzzCueClass to hold it to.
var (
	bylineWords  = regexp.MustCompile(`byline|by-line|author|autor|auteur|writer|reporter|posted-by`)
	updatedWords = regexp.MustCompile(`updat|modif`)
	dateWords    = regexp.MustCompile(`date|time|publish|posted`)
	dekWords     = regexp.MustCompile(`dek|deck|subhead|standfirst|abstract|summary|excerpt|lede|lead-|intro|chapo|strapline`)
)

// cueClassByWords is cueClass by the regular expressions: a value of 3 to
// 200 bytes names a byline if it holds a byline word, a standfirst if it
// holds a standfirst word, and an update if it holds an update word, else
// a date if it holds a date word.
func cueClassByWords(v []byte) cueKind {
	if len(v) < 3 || len(v) > 200 {
		return 0
	}
	// bytes.Map turns invalid UTF-8 into U+FFFD, which is in no word.
	l := bytes.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}, v)
	var k cueKind
	if bylineWords.Match(l) {
		k |= cueByline
	}
	if dekWords.Match(l) {
		k |= cueDek
	}
	switch {
	case updatedWords.Match(l):
		k |= cueUpdated
	case dateWords.Match(l):
		k |= cueDate
	}
	return k
}

// TestCueClassOnePass compares cueClass with the regular expressions on
// values built from pieces of the words, their cases and separators; and
// checks that every word has the form cueClass reads: lower-case, three
// bytes at least.
func TestCueClassOnePass(t *testing.T) {
	for _, w := range cueWords {
		if len(w.word) < 3 || strings.ToLower(w.word) != w.word {
			t.Errorf("cue word %q is not lower-case or is shorter than three bytes", w.word)
		}
	}
	pieces := []string{"by", "line", "-", "BY", "Line", "auth", "or", "aut", "eur", "writ", "er", "post", "ed",
		"-by", "report", "upd", "at", "mod", "if", "da", "te", "ti", "me", "pub", "lish", "x", " ", "_", "Ä", "\xff", "de", "k", "DEK", "sum", "mary", "lead", "intro"}
	n := eachJoin(pieces, 3, func(v string) {
		if got, want := cueClass([]byte(v)), cueClassByWords([]byte(v)); got != want {
			t.Errorf("cueClass(%q) = %#x; the words give %#x", v, got, want)
		}
	})
	if n < 1000 {
		t.Fatalf("only %d values compared", n)
	}
}

// FuzzCueClass is TestCueClassOnePass on any value.
func FuzzCueClass(f *testing.F) {
	for _, v := range []string{"entry-author", "posted-by", "updated-date", "Byline", "post-BY-LINE time", "\xc3\x84UTOR", "article-dek", "lead-in"} {
		f.Add([]byte(v))
	}
	f.Fuzz(func(t *testing.T, v []byte) {
		if got, want := cueClass(v), cueClassByWords(v); got != want {
			t.Errorf("cueClass(%q) = %#x; the words give %#x", v, got, want)
		}
	})
}

// TestReadClassOnePass holds the cue readClass finds (cuesIn) to
// cueClass's, which reads the value for cue words alone,
// over values built from the words of both, in either case and joined
// every way; and readClass without cues finds the same flags.
func TestReadClassOnePass(t *testing.T) {
	words := []string{"post", "Byline", "date", "share", "has", "comments", "article", "updated", "dek", "x", "ad", "author", "time", "standfirst", "nav", "Content", "lead-"}
	seps := []string{" ", "-", "--", "_", "", "\t"}
	for i := range words {
		for j := range words {
			for k, sep := range seps {
				v := []byte(words[i] + sep + words[j] + seps[(k+1)%len(seps)] + words[(i+j)%len(words)])
				f, cue := readClass(v, true)
				if want := cueClass(v); cue != want {
					t.Errorf("readClass(%q) cue %#x, cueClass %#x", v, cue, want)
				}
				if f2, cue2 := readClass(v, false); f2 != f || cue2 != 0 {
					t.Errorf("readClass(%q, false) = %#x, %#x; want %#x and no cue", v, f2, cue2, f)
				}
			}
		}
	}
	long := bytes.Repeat([]byte("byline "), maxCueClass/7+1)
	if _, cue := readClass(long, true); cue != cueClass(long) {
		t.Errorf("a value over maxCueClass: cue %#x, want %#x", cue, cueClass(long))
	}
}
