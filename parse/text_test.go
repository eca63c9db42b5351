package parse

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// seedPath returns the path of the seed page of issue 5 in the evaluation
// corpus (ARTPARSE_CORPUS, or ../shared/corpus next to the module root),
// or skips the test when the corpus is not there.
func seedPath(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("ARTPARSE_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "corpus")
	}
	p := filepath.Join(dir, "seed", "000_0c570a97cbb9bac4.txt")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("no seed page at %s; set ARTPARSE_CORPUS to run", p)
	}
	return p
}

// TestTextSeed checks the record issue 5 asks for on its example page, a
// news story copied from a browser with a teaser wedged into it.
func TestTextSeed(t *testing.T) {
	b, err := os.ReadFile(seedPath(t))
	if err != nil {
		t.Fatal(err)
	}
	a, err := ParseBytes(b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Source.Format != FormatText {
		t.Errorf("format = %s, want text", a.Source.Format)
	}
	want := map[string]string{
		"title":       "North Korea says Russian President Putin will arrive in the North on Tuesday",
		"description": "It will mark Putin’s first visit to North Korea in 24 years as both countries seek to strengthen military cooperation.",
		"published":   "2024-06-17T07:16:00",
	}
	got := map[string]string{"title": a.Title, "description": a.Description, "published": a.Published}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	if want := []string{"North Korea", "Russia"}; !reflect.DeepEqual(a.Tags, want) {
		t.Errorf("tags = %q, want %q", a.Tags, want)
	}
	if len(a.Authors) != 0 {
		t.Errorf("authors = %q, want none", a.Authors)
	}
	paras := strings.Split(a.Text, "\n\n")
	if len(paras) != 6 {
		t.Fatalf("text has %d paragraphs, want 6:\n%s", len(paras), a.Text)
	}
	if !strings.HasPrefix(paras[0], "North Korean state media says") ||
		!strings.HasPrefix(paras[5], "U.S. and South Korean officials") ||
		!strings.HasSuffix(paras[5], "resolutions.") {
		t.Errorf("text does not run from the first story paragraph to the last:\n%s", a.Text)
	}
	for i, p := range paras {
		if !strings.Contains(string(b), p) {
			t.Errorf("paragraph %d is not a line of the page: %q", i, p)
		}
	}
	fields := a.Title + "\n" + a.Text + "\n" + strings.Join(a.Authors, "\n")
	for _, bad := range []string{"NewsWorld News", "Actions", "North Korea Russia", "Posted at",
		"Missile over a map", "Path to the White House", "4 countries threaten", "Jason Bellini", "9:49 AM, Jun 06, 2024"} {
		if strings.Contains(fields, bad) {
			t.Errorf("%q is in the title, text or authors", bad)
		}
	}
}

// BenchmarkText parses a synthetic page copy of about 1 MB: menus, a
// story with a wedged teaser, and a footer, repeated.
func BenchmarkText(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("..", "testdata", "pages", "text-news-teaser.txt"))
	if err != nil {
		b.Fatal(err)
	}
	menu := "Home\nWorld\nBusiness\nSport\nSign In\nSubscribe\n\n"
	var doc strings.Builder
	for doc.Len() < 1<<20 {
		doc.WriteString(menu)
		doc.Write(page)
		doc.WriteString("\n\nComments\nMore stories\n© 2025 Harbour Daily\n\n")
	}
	in := []byte(doc.String())
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for range b.N {
		if _, err := ParseBytes(in, Options{Input: FormatText}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSniffText covers the plain-text side of --input auto: browser copies
// that quote markup stay text, fragments of markup are HTML.
func TestSniffText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Format
	}{
		{"copy opening with a tracking pixel", "<img height=\"1\" width=\"1\" style=\"display:none\" src=\"https://t.example/p\" />\nHome\nWorld\nSport\nBusiness\nA headline\n\nThe story begins here, as stories do.\nIt goes on for a while.\nAnd ends.\nContact\nAbout\n", FormatText},
		{"tutorial quoting bare tags", "Images in HTML\n\nSingle <img>\n\nAn image is one element.\n\nA <picture> with sources\n\nA picture holds several sources.\n\nThe <figure> element\n\nA figure adds a caption.\n", FormatText},
		{"text quoting a full tag", "How to link\n\nWrite <a href=\"/next\">next</a> in your page to link to the next one.\nThat is all.\nThe rest is style.\nAnd content.\n", FormatText},
		{"fragment without html", "<div class=\"story\">\n<h1>Bridge opens</h1>\n<p>The bridge opened today.</p>\n<p>Crowds came.</p>\n</div>\n", FormatHTML},
		{"fragment after a text line", "Saved from the site\n<div><p>The bridge opened today.</p>\n<p>Crowds came.</p></div>", FormatHTML},
		{"page opening with a script", "<script src=\"/a.js\"></script><style>\n.a{color:red}\n.b{color:blue}\n.c{margin:0}\n.d{padding:0}\n.e{border:0}\n</style>\n<div class=\"x\"><p>Text</p></div>\n", FormatHTML},
		{"bare root element", "<html>", FormatHTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sniff([]byte(tt.in)); got != tt.want {
				t.Errorf("Sniff = %s, want %s", got, tt.want)
			}
		})
	}
}

// TestTextLineEnds checks that every line end decoding turns into LF (CR
// LF, CR, FF, VT, NEL) gives the record that LF gives: the text front end
// splits only at LF and the Unicode separators, and counts on decoding
// for the rest.
func TestTextLineEnds(t *testing.T) {
	page := "Home\nNews\n\nRiver closes old bridge\n\n" +
		"The river rose by two metres overnight, and the town council closed the old bridge before dawn.\n\n" +
		"Engineers said the new bridge, opened last spring, had been built for a flood of this size.\n"
	want, err := ParseBytes([]byte(page), Options{Input: FormatText})
	if err != nil {
		t.Fatal(err)
	}
	for _, end := range []string{"\r\n", "\r", "\f", "\v", "\u0085"} {
		got, err := ParseBytes([]byte(strings.ReplaceAll(page, "\n", end)), Options{Input: FormatText})
		if err != nil {
			t.Fatal(err)
		}
		got.Source, want.Source = Source{}, Source{}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("line end %q: record %+v, want %+v", end, got, want)
		}
	}
}
