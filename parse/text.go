package parse

import "strings"

// The plain-text front end. A browser copy of a page keeps the page's
// lines: menus, the headline, the story's paragraphs, teasers and footers,
// one per line. Each line becomes a block with the same statistics the HTML
// front end measures, and the body is the run of lines that read as prose.

// textLine is one non-empty line of a plain-text input.
type textLine struct {
	block
	blankBefore bool // an empty line separates it from the previous line
}

// minProseWords is the fewest words a line needs to count as a paragraph
// of the story on its own.
const minProseWords = 10

// splitLines cuts a plain-text input into its non-empty lines, with white
// space normalised: Windows and old Mac line ends, form feeds, tabs and
// non-breaking spaces all read as a reader would see them.
func splitLines(doc string) []textLine {
	doc = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\f", "\n", "\v", "\n", "\u2028", "\n", "\u2029", "\n").Replace(doc)
	var lines []textLine
	blank := false
	for _, raw := range strings.Split(doc, "\n") {
		s := collapseSpace(strings.ReplaceAll(raw, "\u00a0", " "))
		if s == "" {
			blank = true
			continue
		}
		l := textLine{block: block{text: s}, blankBefore: blank}
		measure(&l.block)
		lines = append(lines, l)
		blank = false
	}
	return lines
}

// isProse reports whether a line reads as a paragraph of running text.
func isProse(l *textLine) bool {
	if l.words < minProseWords {
		return false
	}
	last := l.text[len(l.text)-1]
	return l.stops > 0 && strings.ContainsRune(".!?\"')”’»。！？:;", rune(last)) ||
		strings.HasSuffix(l.text, "”") || strings.HasSuffix(l.text, "’") || strings.HasSuffix(l.text, "»")
}

// parseText runs the plain-text front end.
func parseText(doc string, opt Options) *Article {
	lines := splitLines(doc)
	a := &Article{URL: opt.URL}
	first := -1
	for i := range lines {
		if isProse(&lines[i]) {
			first = i
			break
		}
	}
	// The headline is the fullest line above the story that does not end
	// like a sentence: menus are shorter, the standfirst ends in a stop.
	head := len(lines)
	if first >= 0 {
		head = first
	}
	bestWords := int32(0)
	for i := 0; i < head && i < 40; i++ {
		l := &lines[i]
		if l.words > bestWords && l.words <= 40 && !strings.HasSuffix(l.text, ".") {
			a.Title, bestWords = l.text, l.words
		}
	}
	if a.Title == "" && len(lines) > 0 && lines[0].words <= 40 {
		a.Title = lines[0].text
	}
	var body []string
	for i := max(first, 0); i < len(lines); i++ {
		if isProse(&lines[i]) {
			body = append(body, lines[i].text)
		}
	}
	if len(body) == 0 {
		for i := range lines {
			if lines[i].text != a.Title {
				body = append(body, lines[i].text)
			}
		}
	}
	a.Text = strings.Join(body, "\n\n")
	a.WordCount = countWords(a.Text)
	return a
}
