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

// cleanTitleBySameText is the reference cleanTitle is held to: each
// reference compared with each part by textkit.SameText, which folds both
// again every time.
func cleanTitleBySameText(title, site string, refs []string) string {
	title = textkit.CollapseSpace(title)
	for _, r := range refs {
		if r != "" && r != title && textkit.SameText(r, title) {
			return title
		}
	}
	for _, sep := range titleSeparators {
		head, tail, lead, rest, ok := titleParts(title, sep)
		switch {
		case !ok:
			continue
		case isSiteName(tail, site):
			return cleanTitleBySameText(head, site, refs)
		case isSiteName(lead, site):
			return cleanTitleBySameText(rest, site, refs)
		}
		runes := utf8.RuneCountInString
		for _, r := range refs {
			if r == "" || textkit.SameText(r, title) {
				continue
			}
			if textkit.SameText(r, head) && runes(head) > runes(tail) {
				return head
			}
			if textkit.SameText(r, rest) && runes(rest) > runes(lead) {
				return rest
			}
			if textkit.SameText(r, lead) && runes(lead) > runes(rest) {
				return lead
			}
		}
	}
	return cutUnnamedSite(title)
}

// TestCleanTitleSameAsBySameText compares cleanTitle with its reference
// on titles joined from parts and separators, with references that match
// a part in another case or typography, or none.
func TestCleanTitleSameAsBySameText(t *testing.T) {
	parts := []string{"Headline of the day", "Example News", "HEADLINE of the day!", "Sport", "«Quoted» story — told", ""}
	seps := []string{" | ", " - ", " :: ", " – ", " · ", "_"}
	refSets := [][]string{nil, {"headline of the day"}, {"", "Example news"}, {"Sport", "Headline of the day"}, {"quoted story - told"}}
	n := 0
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				for k, sep := range seps {
					title := a + sep + b + seps[(k+1)%len(seps)] + c
					for _, site := range []string{"", "Example News", "Sport"} {
						for _, refs := range refSets {
							got, want := cleanTitle(title, site, refs), cleanTitleBySameText(title, site, refs)
							if got != want {
								t.Errorf("cleanTitle(%q, %q, %q) = %q; by SameText %q", title, site, refs, got, want)
							}
							n++
						}
					}
				}
			}
		}
	}
	if n < 10000 {
		t.Fatalf("only %d titles compared", n)
	}
}

// FuzzCleanTitle holds cleanTitle to cleanTitleBySameText on any title,
// site and pair of references.
func FuzzCleanTitle(f *testing.F) {
	f.Add("Headline of the day | Example News", "Example News", "headline of the day", "")
	f.Add("Site – A long headline here", "", "A LONG headline here", "Site")
	f.Fuzz(func(t *testing.T, title, site, r1, r2 string) {
		refs := []string{r1, r2}
		if got, want := cleanTitle(title, site, refs), cleanTitleBySameText(title, site, refs); got != want {
			t.Errorf("cleanTitle(%q, %q, %q) = %q; by SameText %q", title, site, refs, got, want)
		}
	})
}
