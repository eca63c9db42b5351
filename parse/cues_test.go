package parse

import (
	"strings"
	"testing"
)

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
