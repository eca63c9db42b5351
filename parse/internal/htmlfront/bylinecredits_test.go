package htmlfront

import (
	"strings"
	"testing"

	"github.com/artparse/artparse/parse/internal/record"
)

// TestBylineSources covers the statements of a byline besides the author
// <meta> names and "By" lines, the credits that name no person, and which
// byline wins where a page shows several.
func TestBylineSources(t *testing.T) {
	const headline = `<h1>Council passes the budget after a long night</h1>`
	para := "<p>" + strings.Repeat("The council met on Tuesday evening and voted on the budget for the coming year, after a long debate. ", 3) + "</p>"
	tests := []struct {
		name, head, header string
		after              string // markup after the story's first paragraph
		want               []string
	}{
		{"the Twitter card's byline label",
			`<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe"><meta name="twitter:label2" content="Reading time"><meta name="twitter:data2" content="4 min read">`,
			headline, "", []string{"Jane Doe"}},
		{"a Twitter label that is no byline's",
			`<meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="4 min read">`,
			headline, "", nil},
		{"itemprop=author on a link",
			``, `<link itemprop="author" content="Jane Doe">` + headline, "", []string{"Jane Doe"}},
		{"a microdata name inside an author element without text",
			``, headline + `<span itemprop="author" itemscope><link itemprop="url" href="/c/janedoe"><link itemprop="name" content="Jane Doe"></span>`,
			"", []string{"Jane Doe"}},
		{"a staff credit where no person is named",
			`<meta name="author" content="Example News Staff">`, headline, "", []string{"Example News Staff"}},
		{"a staff credit gives way to a printed byline",
			`<meta name="author" content="Example News Staff">`, headline + `<p>By Jane Doe</p>`, "", []string{"Jane Doe"}},
		{"a desk's credit by the headline, its date cut",
			``, headline + `<p class="byline">Metro Desk 2019年04月28日 08時00分</p>`, "", []string{"Metro Desk"}},
		{"a section with the site's name is one credit",
			`<meta property="og:site_name" content="Example.ca"><meta name="dc.creator" content="Zone Arts et culture - ICI.Example.ca">`,
			headline, "", []string{"Zone Arts et culture - ICI.Example.ca"}},
		{"a wire service alone",
			``, headline + `<p>By AFP</p>`, "", []string{"AFP"}},
		{"the site's name in meta gives way to the byline's person",
			`<meta property="og:site_name" content="The Daily Example"><meta name="author" content="The Daily Example">`,
			headline + `<div><a href="/author/jane-doe">Jane Doe</a></div>`, "", []string{"Jane Doe"}},
		{"the site's name in meta where no person is named",
			`<meta property="og:site_name" content="Jane's Kitchen"><meta name="author" content="Jane's Kitchen">`,
			headline, "", []string{"Jane's Kitchen"}},
		{"the site's name with a role word in meta where no person is named",
			`<meta property="og:site_name" content="Example News"><meta property="og:article:author" content="Example News">`,
			headline, "", []string{"Example News"}},
		{"the story's byline over its headline beats a card's after its first paragraph",
			``, `<div>Posted by</div><div><a href="/user/jane_doe">Jane Doe</a></div><div>5 hours ago</div><div>Archived</div><div>42</div><div>Share</div>` + headline,
			`<div class="promoted"><a href="/user/ann_roe">Ann Roe</a></div>`, []string{"Jane Doe"}},
		{"a profile link inside a paragraph is a mention",
			``, headline,
			`<p>The mayor, <a href="/people/ann-roe">Ann Roe</a>, said the vote was the hardest of her term, and that the council would meet again next month.</p>`, nil},
	}
	for _, tt := range tests {
		page := "<html><head>" + tt.head + "</head><body><article>" + tt.header +
			"<div class=story>" + para + tt.after + para + para + "</div></article></body></html>"
		a := Parse(page, record.Options{MaxDepth: 512})
		if strings.Join(a.Authors, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: authors %q; want %q", tt.name, a.Authors, tt.want)
		}
	}
}

func TestDeskCredit(t *testing.T) {
	tests := []struct{ in, site, want string }{
		{"Example News Staff", "", "Example News Staff"},
		{"By the Metro Desk", "", "Metro Desk"},
		{"vom Support Team", "", "Support Team"},
		{"Example.at-Redaktion", "", "Example.at-Redaktion"},
		{"Staff Writer", "", ""},
		{"Jane Doe", "", ""},
		{"Reuters", "", "Reuters"},
		{"Zone Arts - ICI.Example.ca", "Example.ca", "Zone Arts - ICI.Example.ca"},
		{"Example.ca", "Example.ca", ""},
		{"Metro - Example News", "Example News", "Metro - Example News"},
		{"Jane Doe and John Roe, Example News", "Example News", ""},
		{"Jane's Kitchen (janek)", "Jane's Kitchen", ""},
		{"Example Weekly (www.example.com)", "", ""},
	}
	for _, tt := range tests {
		if got := deskCredit(tt.in, tt.site); got != tt.want {
			t.Errorf("deskCredit(%q, %q) = %q; want %q", tt.in, tt.site, got, tt.want)
		}
	}
}
