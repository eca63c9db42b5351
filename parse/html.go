package parse

// parseHTML runs the HTML front end on a decoded page: one tokenizer pass,
// the body selection, then the metadata.
func parseHTML(doc string, opt Options) *Article {
	p := tokenizeWith(doc, opt.Content != "")
	a := &Article{}
	fillMetadata(a, p, doc, opt)
	body := selectBody(p, a.Title)
	if a.Description == "" {
		a.Description = leadParagraph(body)
	}
	a.Text = writeBody(body, p.nodes)
	if opt.Content != "" {
		a.Content = renderContent(body, p.nodes, opt.Content, pageBase(&p.meta, opt))
	}
	// The blocks were counted as they were measured, and no word spans
	// two blocks, so the sum is countWords(a.Text) without a second pass.
	for _, b := range body {
		a.WordCount += int(b.words)
	}
	return a
}
