package htmlfront

import (
	"github.com/artparse/artparse/parse/internal/langid"
	"github.com/artparse/artparse/parse/internal/record"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// minFallbackDescription is the length from which a description stands
// in for a missing body: a one-line slogan is not a story.
const minFallbackDescription = 100

// Parse reads doc, a decoded HTML page, and returns its record: one
// tokenizer pass, the metadata, the body's selection, then its text and,
// when opt.Content asks for it, its content. Without opt.URL, the address
// the page was saved from, as the saving browser noted it, stands for it.
// See the package comment for what it guarantees.
func Parse(doc string, opt record.Options) *record.Article {
	if opt.URL == "" {
		opt.URL = savedAddress(doc)
	}
	p := tokenize(doc, opt.Content != "", opt.MaxDepth)
	capJSONLD(&p.meta, opt.MaxJSONLD, opt.MaxJSONLDDepth)
	a := &record.Article{}
	chosen := chooseContainers(p)
	fillMetadata(a, p, doc, opt, chosen)
	body := keepBlocks(p, chosen, a.Title)
	nodes := shapes(p.nodes)
	p.nodes = nil // the classifier's, which the rest does without
	if a.Description == "" {
		a.Description = leadParagraph(body)
	}
	a.Text = writeBody(body, nodes)
	if a.Text == "" && len(a.Description) >= minFallbackDescription {
		// A page with no text of its own (a paywall, a page drawn by
		// scripts) often states its story's opening in its description.
		a.Text = a.Description
		a.WordCount = textkit.CountWords(a.Text)
	}
	if a.Language == "" {
		// A page that does not say its language is read as a copy of
		// it would be: from the story's own words.
		a.Language = langid.Detect(a.Text)
	}
	if opt.Content != "" {
		a.Content = renderContent(body, p, nodes, opt.Content, pageBase(&p.meta, opt))
	}
	// The blocks were counted as they were measured, and no word spans
	// two blocks, so the sum is textkit.CountWords(a.Text) without a
	// second pass.
	for _, b := range body {
		a.WordCount += int(b.words)
	}
	return a
}
