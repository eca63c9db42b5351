package htmlfront

import (
	"strings"
	"testing"

	"github.com/artparse/artparse/parse/internal/record"
)

// storyPage builds a page with a head, a site header with a logo heading,
// then an article: its header (h1 and what follows it) and three
// paragraphs of prose.
func storyPage(head, header string) string {
	para := "<p>" + strings.Repeat("The council met on Tuesday evening and voted on the budget for the coming year, after a long debate. ", 3) + "</p>"
	return "<html><head>" + head + "</head><body><div class=site><h1><a href=/>Example Daily</a></h1></div>" +
		"<article><header>" + header + "</header><div class=story>" + para + para + para + "</div></article></body></html>"
}

func TestPrintedHeader(t *testing.T) {
	tests := []struct {
		name, head, header string
		title, desc        string
	}{
		{"feed rewrite borne out by the tab",
			`<title>Council passes the budget after a long night | Example Daily</title><meta property="og:title" content="You will not believe what the council did">`,
			`<h1>Council passes the budget after a long night</h1>`,
			"Council passes the budget after a long night", ""},
		{"feed rewrite borne out by most words",
			`<meta property="og:title" content="Council passes the budget after a night of debate">`,
			`<h1>Council passes the budget after a long night</h1>`,
			"Council passes the budget after a long night", ""},
		{"a section's heading is not borne out",
			`<title>Council passes the budget</title>`,
			`<h1>Local politics and government</h1>`,
			"Council passes the budget", ""},
		{"microdata names the headline",
			`<meta property="og:title" content="Budget: what it means for you">`,
			`<h1 itemprop="headline">Council passes the budget after a long night</h1>`,
			"Council passes the budget after a long night", ""},
		{"an alternative headline is a kicker",
			`<title>Budget</title><meta property="og:title" content="Council passes the budget after a long night">`,
			`<h1 itemprop="alternativeHeadline">Budget</h1>`,
			"Council passes the budget after a long night", ""},
		{"site affix with a CJK separator",
			`<title>市議会が予算案を可決、夜遅くまで議論：例日報</title><meta property="og:site_name" content="例日報">`,
			`<h1>市議会が予算案を可決、夜遅くまで議論</h1>`,
			"市議会が予算案を可決、夜遅くまで議論", ""},
		{"standfirst named by its class wins over the meta description",
			`<title>Council passes the budget</title><meta name="description" content="Read about the budget.">`,
			`<h1>Council passes the budget</h1><div class="article-dek">After six hours of debate, the council passed a budget that raises spending on schools.</div>`,
			"Council passes the budget", "After six hours of debate, the council passed a budget that raises spending on schools."},
		{"a byline is no standfirst",
			`<title>Council passes the budget</title><meta name="description" content="Read about the budget.">`,
			`<h1>Council passes the budget</h1><div class="summary">By Jane Doe and John Roe</div>`,
			"Council passes the budget", "Read about the budget."},
		{"a truncated description gives way to the full one",
			`<title>Council passes the budget</title><meta property="og:description" content="The council passed a budget that raises..."><meta name="description" content="The council passed a budget that raises spending on schools.">`,
			`<h1>Council passes the budget</h1>`,
			"Council passes the budget", "The council passed a budget that raises spending on schools."},
	}
	for _, tt := range tests {
		a := Parse(storyPage(tt.head, tt.header), record.Options{MaxDepth: 512})
		if a.Title != tt.title {
			t.Errorf("%s: title %q; want %q", tt.name, a.Title, tt.title)
		}
		if tt.desc != "" && a.Description != tt.desc {
			t.Errorf("%s: description %q; want %q", tt.name, a.Description, tt.desc)
		}
	}
}

func TestCutCategoryAffix(t *testing.T) {
	for in, want := range map[string]string{
		"市議会が予算案を可決、夜遅くまで議論_政治_例日報": "市議会が予算案を可決、夜遅くまで議論",
		"snake_case_names in Go": "snake_case_names in Go",
		"短い_長いセクションの名前がここに入る":    "短い_長いセクションの名前がここに入る",
	} {
		if got := cutCategoryAffix(in); got != want {
			t.Errorf("cutCategoryAffix(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestPrintedByline(t *testing.T) {
	tests := []struct {
		name, head, header string
		want               []string
	}{
		{"a company in meta gives way to the printed byline",
			`<meta name="author" content="Example Media Inc.">`,
			`<h1>Council passes the budget after a long night</h1><p>By <a href="/people/jane-doe">Jane Doe</a></p>`,
			[]string{"Jane Doe"}},
		{"the copyright holder in meta is the publisher",
			`<meta name="author" content="Example Media"><meta name="copyright" content="Copyright (c) Example Media">`,
			`<h1>Council passes the budget after a long night</h1><div><span>By</span><div><a href="/x">Jane Doe</a></div></div>`,
			[]string{"Jane Doe"}},
		{"a profile link by the headline",
			``,
			`<h1>Council passes the budget after a long night</h1><div><a href="/profile/jane-doe-123">Jane Doe</a></div>`,
			[]string{"Jane Doe"}},
		{"a byline after its date",
			``,
			`<h1>Council passes the budget after a long night</h1><div class="byline">Wednesday January 18, 2017 10:44 am PST by <a>Jane Doe</a></div>`,
			[]string{"Jane Doe"}},
	}
	for _, tt := range tests {
		a := Parse(storyPage(tt.head, tt.header), record.Options{MaxDepth: 512})
		if strings.Join(a.Authors, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: authors %q; want %q", tt.name, a.Authors, tt.want)
		}
	}
}
