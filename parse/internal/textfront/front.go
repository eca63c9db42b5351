package textfront

import (
	"github.com/artparse/artparse/parse/internal/langid"
	"html"
	"strings"

	"github.com/artparse/artparse/parse/internal/markdown"
	"github.com/artparse/artparse/parse/internal/record"
)

// The plain-text front end's entry: Parse reads the story and its header
// from the lines of a page, then names the text's language and renders
// the content field.

// Parse reads doc, a plain-text page, into an article record, as the
// package doc says; opt gives the page's URL and the form of the content
// field. doc is the page as decoding leaves it: its line ends are LF, U+2028
// or U+2029, the others having been made LF (textkit.CleanControls).
//
// When doc holds no control character but tab and newline
// (textkit.HasControl), as a decoded page does not, neither does the
// record's Text, so the caller need not read it for them again: the text
// is doc's lines, whole or with their white space made single spaces
// (which turns tabs and other C0 controls into spaces and broken bytes
// into U+FFFD), joined by spaces and newlines. FuzzTextKeepsNoControls
// holds this.
func Parse(doc string, opt record.Options) *record.Article {
	a := readText(doc, opt)
	a.Language = langid.Detect(a.Text)
	a.Content = textContent(a.Text, opt.Content)
	return a
}

// textContent renders the body of a plain-text input in the form
// Options.Content asks for. Plain text carries no inline structure, so the
// Markdown is the text itself, escaped so that it renders as that text
// (see markdown.Paragraph), and the HTML is one <p> a paragraph, with the
// lines inside a paragraph kept apart by <br>.
func textContent(text string, form record.Content) string {
	switch form {
	case record.Markdown:
		paras := strings.Split(text, "\n\n")
		for i, p := range paras {
			paras[i] = markdown.Paragraph(p)
		}
		return strings.Join(paras, "\n\n")
	case record.HTML:
		var sb strings.Builder
		for i, para := range strings.Split(text, "\n\n") {
			if i > 0 {
				sb.WriteByte('\n')
			}
			sb.WriteString("<p>")
			sb.WriteString(strings.ReplaceAll(html.EscapeString(para), "\n", "<br>\n"))
			sb.WriteString("</p>")
		}
		return sb.String()
	}
	return ""
}

// readText finds the story and its header in the lines of doc.
func readText(doc string, opt record.Options) *record.Article {
	lines := reflow(splitLines(doc))
	a := &record.Article{URL: opt.URL}
	start, end := storySpan(lines)
	if end == 0 {
		noStory(a, lines)
		return a
	}
	// A headline in title case, or a long one standing apart, may pass
	// for the story's first sentence.
	if start+1 < end && (isTitleCase(&lines[start]) || isUnstopped(lines, start)) && lines[start+1].isProse() {
		start++
	}
	body := headEnd(lines, start, end)
	title, dek := pickTitle(lines, 0, body), -1
	if body == start && opensWithHeadline(lines, start, end, title) {
		title, start = start, start+1
		body = headEnd(lines, start, end)
	}
	if title >= 0 {
		title, dek = overStandfirst(lines, title, max(0, body-headWindow), body)
		a.Title = lines[title].text
	}
	if dek >= 0 {
		a.Description = lines[dek].text
	}
	if body == start {
		body = leadIn(lines, start, title)
	}
	from := leadFrom(lines, start, body)
	keep := keepLines(lines, from, end)
	for i := from; i < body; i++ {
		if isDateLine(&lines[i]) || isByline(&lines[i]) {
			keep[i] = false
		}
	}
	a.Text, a.WordCount = joinLines(lines, keep, from, end, title)
	hfrom := max(title+1, start-headWindow)
	readHeader(a, lines, title+1, hfrom, teaserStart(lines, hfrom, body))
	// The header window above the story, up to where a list of teasers
	// begins in it: bylines under that line are the teasers'.
	top := max(0, start-headWindow)
	teasers := teaserStart(lines, top, body)
	if a.Authors == nil {
		a.Authors = nearByline(lines, keep, top, teasers, body)
	}
	if a.Authors == nil && title >= 0 {
		a.Authors = nameUnderTitle(lines, title, end)
	}
	if a.Authors == nil {
		a.Authors = followedName(lines, top, teasers)
	}
	if a.Authors == nil {
		a.Authors = signature(lines, end)
	}
	if a.Description == "" {
		a.Description = storyLead(lines, keep, body, end)
	}
	return a
}

// leadSize is the size above which a prose line over the story's date
// line or byline is its first paragraph rather than a standfirst: a
// standfirst is a sentence or two.
const leadSize = 170

// leadFrom returns where the story's text begins when its header ends at
// body: at the first paragraph above the header's date line or byline,
// when one is longer than a standfirst, or else at body.
func leadFrom(lines []textLine, start, body int) int {
	for i := start; i < body; i++ {
		if lines[i].isProse() && lines[i].size > leadSize {
			return i
		}
	}
	return body
}

// leadInLines is how far above its first paragraph a story may begin.
const leadInLines = 20

// leadIn returns where the story begins when it has no dated header: at
// the first paragraph, or higher up, since what stands between the
// headline and the first paragraph (an ingredient list, a teaser line, a
// subheading) is the story's own. It stops below the headline and below
// any date line, time stamp or byline, or a name right under the headline
// or the standfirst, or with the time since it was posted, which belong to
// the header, and below the page's controls and picture credits, which
// belong to neither.
func leadIn(lines []textLine, start, title int) int {
	if title < 0 || start-title > leadInLines {
		return start
	}
	from := start
	for i := start - 1; i > title; i-- {
		l := &lines[i]
		if isDateLine(l) || isStampLine(l) || isByline(l) || isFurniture(l) || isControl(l.text) ||
			isCredited(l.text) || l.isMarkup() || (i == title+1 || lines[i-1].isProse()) && bareName(l) != "" ||
			l.digits > 0 && leadingName(l) != "" {
			break
		}
		from = i
	}
	return from
}

// The first line of a text without a story is its title when it has at
// most maxLoneTitleWords words and maxLoneTitleSize, as a headline has: a
// longer first line is the text's own.
const maxLoneTitleWords, maxLoneTitleSize = 20, 200

// noStory fills the record of a text without a paragraph of prose: a
// headline alone, a list, a form. Nothing in it can be told apart as
// boilerplate, so all its lines are the text; its first line is also the
// title when it reads as a headline. A lone line is the whole of what the
// page says, so it is the text even when it is also the title.
func noStory(a *record.Article, lines []textLine) {
	if len(lines) == 0 {
		return
	}
	first := &lines[0]
	if first.words <= maxLoneTitleWords && first.end != endSentence && first.size <= maxLoneTitleSize {
		a.Title = first.text
	}
	var b strings.Builder
	for i := range lines {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(lines[i].text)
		a.WordCount += int(lines[i].tokens)
	}
	a.Text = b.String()
}

// joinLines writes the kept lines of [from, to) as the record's text:
// prose lines as paragraphs, runs of short lines (lists, ingredients) one
// per line, as the page laid them out. The headline is not repeated. It
// also returns the number of words written, as textkit.CountWords counts
// them (no word spans two lines), so both front ends agree on a text's
// count.
func joinLines(lines []textLine, keep []bool, from, to, title int) (string, int) {
	var b strings.Builder
	n := 0
	for i := from; i < to; i++ {
		if keep[i] {
			n += len(lines[i].text) + 2
		}
	}
	b.Grow(n)
	words := 0
	wasPara := false
	for i := from; i < to; i++ {
		if !keep[i] || title >= 0 && lines[i].text == lines[title].text {
			continue
		}
		l := &lines[i]
		isPara := l.isProse()
		if b.Len() > 0 {
			if l.blankBefore() || isPara || wasPara {
				b.WriteString("\n\n")
			} else {
				b.WriteString("\n")
			}
		}
		b.WriteString(l.text)
		words += int(l.tokens)
		wasPara = isPara
	}
	return b.String(), words
}
