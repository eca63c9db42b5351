package parse

// parseHTML runs the HTML front end on a decoded page: one tokenizer pass,
// the body selection, then the metadata.
func parseHTML(doc string, opt Options) *Article {
	p := tokenize(doc)
	a := &Article{}
	fillMetadata(a, p, opt)
	body := selectBody(p, a.Title)
	if a.Description == "" {
		a.Description = leadParagraph(body)
	}
	a.Text = writeBody(body, p.nodes)
	a.WordCount = countWords(a.Text)
	return a
}
