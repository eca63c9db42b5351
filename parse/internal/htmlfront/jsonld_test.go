package htmlfront

import (
	"reflect"
	"testing"
)

func TestParseJSONLD(t *testing.T) {
	tests := []struct {
		name    string
		scripts []string
		check   func(ldInfo) bool
	}{
		{"author as a string", []string{`{"@type":"Article","headline":"H","author":"Jane Doe"}`},
			func(i ldInfo) bool { return reflect.DeepEqual(i.authors, []string{"Jane Doe"}) }},
		{"author list and @id", []string{`[{"@type":"BlogPosting","headline":"H","author":[{"@id":"#p"},{"name":"B"}]},{"@id":"#p","@type":"Person","name":"A"}]`},
			func(i ldInfo) bool { return reflect.DeepEqual(i.authors, []string{"A", "B"}) }},
		{"organization author", []string{`{"@type":"NewsArticle","author":{"@type":"Organization","name":"Org"}}`},
			func(i ldInfo) bool { return len(i.authors) == 0 && reflect.DeepEqual(i.orgAuthors, []string{"Org"}) }},
		{"graph prefers the article", []string{`{"@graph":[{"@type":"WebPage","name":"Tab | Site","datePublished":"2020-01-01"},{"@type":"Report","headline":"Real"}]}`},
			func(i ldInfo) bool { return i.headline == "Real" && i.published == "2020-01-01" }},
		{"trailing commas and comments", []string{"<!--\n{\"@type\":\"Article\",\"headline\":\"H\",\"keywords\":[\"a\",\"b\",],}\n-->"},
			func(i ldInfo) bool { return i.headline == "H" && reflect.DeepEqual(i.tags, []string{"a", "b"}) }},
		{"control characters in strings", []string{"{\"@type\":\"Article\",\"description\":\"one\ntwo\"}"},
			func(i ldInfo) bool { return i.description == "one two" }},
		{"objects back to back", []string{`{"@type":"Organization","name":"O"} {"@type":"Article","headline":"H"}`},
			func(i ldInfo) bool { return i.headline == "H" }},
		{"broken beyond repair", []string{`{"@type":"Article","headline":"Still read","datePublished":"2021-02-03" "oops`},
			func(i ldInfo) bool { return i.headline == "Still read" && i.published == "2021-02-03" }},
		{"a broken script does not stop the next", []string{`{"@type":`, `{"@type":"Article","headline":"H"}`},
			func(i ldInfo) bool { return i.headline == "H" }},
		{"image forms", []string{`{"@type":"Article","image":[{"@type":"ImageObject","contentUrl":"https://x/a.jpg"},"https://x/b.jpg"]}`},
			func(i ldInfo) bool { return i.image == "https://x/a.jpg" }},
		{"keywords as a string", []string{`{"@type":"Article","keywords":"a, b ,c"}`},
			func(i ldInfo) bool { return reflect.DeepEqual(i.tags, []string{"a", "b", "c"}) }},
		{"publisher by reference", []string{`{"@graph":[{"@type":"Article","publisher":{"@id":"#o"}},{"@id":"#o","@type":"Organization","name":"Pub"}]}`},
			func(i ldInfo) bool { return i.publisher == "Pub" }},
	}
	for _, tt := range tests {
		if got := parseJSONLD(tt.scripts); !tt.check(got) {
			t.Errorf("%s: got %+v", tt.name, got)
		}
	}
}

// FuzzParseJSONLD checks that no script, however broken, makes the JSON-LD
// reader panic or loop.
func FuzzParseJSONLD(f *testing.F) {
	f.Add(`{"@graph":[{"@type":"Article","author":{"@id":"#a"},"image":"#a"},{"@id":"#a","name":"A","url":"#a"}]}`)
	f.Add(`<!-- {"@type":["NewsArticle"],"headline":"H",} -->`)
	f.Add(`[{"@type":"WebPage","mainEntity":{"@type":"Article","datePublished":"2020-01-01"}}]`)
	f.Fuzz(func(t *testing.T, s string) {
		parseJSONLD([]string{s})
	})
}
