package record

// recArticle is the part of the record a front end fills: every field of
// Article but Source, which parse fills from what it knows of the input.
// The fields mean what Article's fields of the same names mean.
type Article struct {
	Title       string
	Description string
	Authors     []string
	Published   string
	Modified    string
	SiteName    string
	Section     string
	Tags        []string
	Language    string
	URL         string
	Image       string
	Text        string
	Content     string
	WordCount   int
}

// recContent names the form of the content field a front end is asked for.
type Content string

// The content forms; the empty recContent asks for no content.
const (
	Markdown Content = "markdown"
	HTML     Content = "html"
)

// recOptions is what the caller asks of a front end, with every limit
// already resolved to a positive number.
type Options struct {
	// URL is the page's own address, as Options.URL.
	URL string
	// Content asks for the content field in this form; empty for none.
	Content Content
	// MaxDepth, MaxJSONLD and MaxJSONLDDepth are Options' limits of the
	// same names, defaults applied.
	MaxDepth       int
	MaxJSONLD      int
	MaxJSONLDDepth int
}
