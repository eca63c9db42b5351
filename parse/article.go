package parse

import (
	"github.com/artparse/artparse/parse/internal/record"
)

// Article is the record artparse produces for one page. Its JSON and YAML
// field order is the declaration order below, and empty fields are omitted,
// so records are stable to diff and to pipe into other tools.
type Article struct {
	// Title is the article's headline.
	Title string `json:"title,omitempty" yaml:"title,omitempty"`
	// Description is the standfirst (dek) or the page's meta description.
	Description string `json:"description,omitempty" yaml:"description,omitempty"`
	// Authors lists the names of the people who wrote the article.
	Authors []string `json:"authors,omitempty" yaml:"authors,omitempty"`
	// Published is the publication time in RFC 3339. It keeps the offset the
	// page gives, has no offset when the page gives none, and is a bare
	// YYYY-MM-DD when the page gives only a day.
	Published string `json:"published,omitempty" yaml:"published,omitempty"`
	// Modified is the last modification time, in the same form as Published.
	Modified string `json:"modified,omitempty" yaml:"modified,omitempty"`
	// SiteName is the name of the publication or site.
	SiteName string `json:"site_name,omitempty" yaml:"site_name,omitempty"`
	// Section is the part of the site the article belongs to.
	Section string `json:"section,omitempty" yaml:"section,omitempty"`
	// Tags lists the article's keywords or topics.
	Tags []string `json:"tags,omitempty" yaml:"tags,omitempty"`
	// Language is the article's language as a BCP 47 tag.
	Language string `json:"language,omitempty" yaml:"language,omitempty"`
	// URL is the canonical address of the article, an absolute http or
	// https address.
	URL string `json:"url,omitempty" yaml:"url,omitempty"`
	// Image is the address of the lead image, an absolute http or https
	// address.
	Image string `json:"image,omitempty" yaml:"image,omitempty"`
	// Text is the article body: paragraphs separated by one blank line,
	// headings and list items each on a line of their own.
	Text string `json:"text,omitempty" yaml:"text,omitempty"`
	// Content is the body as Markdown or clean HTML, when Options.Content
	// asks for it (see ContentMarkdown and ContentHTML). The Markdown
	// renders, in CommonMark, as Text.
	Content string `json:"content,omitempty" yaml:"content,omitempty"`
	// WordCount is the number of words in Text.
	WordCount int `json:"word_count,omitempty" yaml:"word_count,omitempty"`
	// Source says where the record came from and how it was read.
	Source Source `json:"source" yaml:"source"`
}

// Source describes the input an Article was made from.
type Source struct {
	// Path is the file the input was read from, or "-" for standard input.
	// The library leaves it empty; callers that read files fill it in.
	Path string `json:"path,omitempty" yaml:"path,omitempty"`
	// Format is the front end that read the input: "html" or "text".
	Format Format `json:"format" yaml:"format"`
	// Container names the file format the page was taken out of, when it
	// came in one: ContainerMHTML for a page saved as a single MHTML file,
	// ContainerWARC or ContainerWACZ for a page captured in a web archive.
	// It is empty for a page read as it is.
	Container string `json:"container,omitempty" yaml:"container,omitempty"`
	// Record says where in a web archive the page was captured, for a
	// page taken out of one (see ParseCapture); nil otherwise.
	Record *ArchiveRecord `json:"record,omitempty" yaml:"record,omitempty"`
	// Encoding is the character encoding the input was decoded from, as a
	// lower-case WHATWG label such as "utf-8" or "windows-1252".
	Encoding string `json:"encoding" yaml:"encoding"`
	// EncodingGuessed says that nothing stated the encoding, neither
	// Options.Encoding, a byte order mark, a declaration nor bytes that
	// are valid UTF-8: Encoding is a guess.
	EncodingGuessed bool `json:"encoding_guessed,omitempty" yaml:"encoding_guessed,omitempty"`
}

// newArticle makes the record of what a front end found; the caller fills
// Source.
func newArticle(r *record.Article) *Article {
	return &Article{
		Title:       r.Title,
		Description: r.Description,
		Authors:     r.Authors,
		Published:   r.Published,
		Modified:    r.Modified,
		SiteName:    r.SiteName,
		Section:     r.Section,
		Tags:        r.Tags,
		Language:    r.Language,
		URL:         r.URL,
		Image:       r.Image,
		Text:        r.Text,
		Content:     r.Content,
		WordCount:   r.WordCount,
	}
}
