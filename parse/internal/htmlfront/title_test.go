package htmlfront

import (
	"testing"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/textkit"
)

func TestCleanTitle(t *testing.T) {
	tests := []struct {
		title, site string
		refs        []string
		want        string
	}{
		{"Headline of the day | Example News", "Example News", nil, "Headline of the day"},
		{"Example News - Headline of the day", "Example News", nil, "Headline of the day"},
		{"Headline of the day :: Example", "Example News", nil, "Headline of the day"},
		{"Headline of the day - example.com", "Example", nil, "Headline of the day"},
		{"Q&A: what the vote means - Politics - Example", "", []string{"Q&A: what the vote means"}, "Q&A: what the vote means"},
		// A heading that matches the shorter part is the site's logo.
		{"Long descriptive headline here — Shortsite", "", []string{"Shortsite"}, "Long descriptive headline here"},
		{"Evolve: shared history — tool docs", "", []string{"tool docs"}, "Evolve: shared history — tool docs"},
		// Nothing names the site: a short tail after a strong separator goes.
		{"Lorem ipsum dolor sit amet – My website", "", nil, "Lorem ipsum dolor sit amet"},
		{"Get your browser code covered by tests | Code | Jane Doe", "", nil, "Get your browser code covered by tests | Code"},
		// But a title that is one phrase with a dash stays.
		{"Spider-Man - Far From Home", "", nil, "Spider-Man - Far From Home"},
		{"Part 2 | The long road home again", "", nil, "Part 2 | The long road home again"},
		{"Headline", "Headline", nil, "Headline"},
	}
	for _, tt := range tests {
		if got := cleanTitle(tt.title, tt.site, tt.refs); got != tt.want {
			t.Errorf("cleanTitle(%q, %q, %q) = %q; want %q", tt.title, tt.site, tt.refs, got, tt.want)
		}
	}
}

// TestTitlePages checks the title chosen for small pages whose sources
// disagree.
func TestTitlePages(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"a bare site name in <title> gives way to the <h1>",
			`<html><head><title>EXAMPLE</title></head><body><h1>Alternative dispute resolution for damages</h1><p>Text.</p>`,
			"Alternative dispute resolution for damages"},
		{"a short <title> held in the <h1> stays",
			`<html><head><title>Climate report</title></head><body><h1>Climate report 2024</h1><p>Text.</p>`,
			"Climate report"},
		{"a full <title> that the <h1> repeats keeps its separator",
			`<html><head><title>Spider-Man | The story so far</title></head><body><h1>Spider-Man | The story so far</h1><p>Text.</p>`,
			"Spider-Man | The story so far"},
		{"an og:title that only names the site gives way to the <title>",
			`<html><head><title>Bridge closed after barge strike</title><meta property="og:site_name" content="Example News"><meta property="og:title" content="Example News - Latest News &amp; Headlines"></head><body><h1>Bridge closed after barge strike</h1><p>Text.</p>`,
			"Bridge closed after barge strike"},
	}
	for _, tt := range tests {
		a := parsePage(tt.html, "")
		if a.Title != tt.want {
			t.Errorf("%s: Title = %q; want %q", tt.name, a.Title, tt.want)
		}
	}
}

// TestMayFoldTo checks the bound that lets findTitleBlock skip folding a
// block: folding a text adds to its ASCII letters and digits at most its
// non-ASCII bytes and removes none, for every rune, for ASCII around it,
// for invalid UTF-8 and for the trimmed ends.
func TestMayFoldTo(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if n := asciiAlnums(textkit.FoldText(s)); !mayFoldTo(s, n) {
			t.Fatalf("textkit.FoldText(%q) = %q holds %d ASCII letters and digits; mayFoldTo says it cannot", s, textkit.FoldText(s), n)
		}
	}
	for r := rune(0x80); r <= utf8.MaxRune; r++ {
		if utf8.ValidRune(r) {
			check("a " + string(r) + "Z")
		}
	}
	for _, s := range []string{"", "A", " -Title- ", "\xff\xfeA", "Ab\u212a\u0130 \u2013 x", "“Quoted” — Title…", "\t\nMiXeD  caSe 42\u00a0"} {
		check(s)
	}
	if mayFoldTo("Title one", 7) || mayFoldTo("Title one", 9) || !mayFoldTo("Title one", 8) {
		t.Error("mayFoldTo does not count the ASCII letters of an ASCII text")
	}
	if !mayFoldTo("\u212a", 1) || mayFoldTo("\u212a", 4) {
		t.Error("mayFoldTo does not bound a non-ASCII rune by its bytes")
	}
}
