package htmlfront

import (
	"html"
	"net/url"
	"strings"

	"github.com/artparse/artparse/parse/internal/record"
	"github.com/artparse/artparse/parse/internal/textkit"
	"golang.org/x/net/html/atom"
)

// The content field: the body as Markdown or as clean HTML. The plain-text
// path keeps no inline structure; when content is asked for, the tokenizer
// also records each block's inline structure as spans (runs of text and
// the openings and closings of emphasis, code and links, line breaks and
// images), and the kept blocks are rendered from them here.

// spanKind is what one span of a block's inline structure is.
type spanKind uint8

const (
	spanText spanKind = iota
	spanBreak
	spanImage // s is the source, alt the text
	spanEmOpen
	spanEmClose
	spanStrongOpen
	spanStrongClose
	spanCodeOpen
	spanCodeClose
	spanLinkOpen // s is the address as written
	spanLinkClose
)

// span is one piece of a block's inline structure.
type span struct {
	kind spanKind
	s    string
	alt  string
}

// inlineSpan returns the opening span kind of an inline element that the
// content keeps, or false.
func inlineSpan(a atom.Atom) (spanKind, bool) {
	switch a {
	case atom.Em, atom.I:
		return spanEmOpen, true
	case atom.Strong, atom.B:
		return spanStrongOpen, true
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		return spanCodeOpen, true
	case atom.A:
		return spanLinkOpen, true
	}
	return 0, false
}

// openSpan records the start of an inline element. Code inside <pre> is
// the block's own form, not an inline span.
func (t *tokenizer) openSpan(a atom.Atom, link string) {
	k, ok := inlineSpan(a)
	if !ok || k == spanCodeOpen && t.top().flags&inPre != 0 {
		return
	}
	if k == spanLinkOpen {
		if link == "" {
			return
		}
		t.materializeSpace()
		t.spans = append(t.spans, span{kind: k, s: link})
		return
	}
	t.materializeSpace()
	t.spans = append(t.spans, span{kind: k})
}

// closeSpan records the end of an inline element; the renderer ignores a
// closing without its opening.
func (t *tokenizer) closeSpan(a atom.Atom) {
	if k, ok := inlineSpan(a); ok {
		t.spans = append(t.spans, span{kind: k + 1})
	}
}

// materializeSpace writes a pending space before an opening span, so that
// "see <a>this</a>" renders as "see [this]" and not "see[ this]".
func (t *tokenizer) materializeSpace() {
	if n := len(t.cur); t.owesSpace && n > 0 && t.cur[n-1] != '\n' && t.cur[n-1] != ' ' {
		t.cur = append(t.cur, ' ')
		t.spans = append(t.spans, span{kind: spanText, s: " "})
		t.owesSpace = false
	}
}

// richWord records a word of the block, after a space if one was written.
func (t *tokenizer) richWord(w []byte, afterSpace bool) {
	if n := len(t.spans); n > 0 && t.spans[n-1].kind == spanText {
		s := t.spans[n-1].s
		if afterSpace {
			s += " "
		}
		t.spans[n-1].s = s + string(w)
		return
	}
	s := string(w)
	if afterSpace {
		s = " " + s
	}
	t.spans = append(t.spans, span{kind: spanText, s: s})
}

// richPre records preformatted text as written.
func (t *tokenizer) richPre(b []byte) {
	t.spans = append(t.spans, span{kind: spanText, s: strings.ReplaceAll(string(b), "\r", "")})
}

// richImage records an image; one with no text around it becomes a block
// of its own when the block is flushed.
func (t *tokenizer) richImage(src, alt string, n int32) {
	if len(t.cur) == 0 && len(t.spans) == 0 {
		t.curNode = n
	}
	t.materializeSpace()
	t.spans = append(t.spans, span{kind: spanImage, s: src, alt: textkit.CollapseSpace(alt)})
}

// takeSpans returns the current block's spans and starts a new list.
func (t *tokenizer) takeSpans() []span {
	if len(t.spans) == 0 {
		return nil
	}
	s := t.spans
	t.spans = nil
	return s
}

// hasImage reports whether spans hold an image.
func hasImage(spans []span) bool {
	for _, s := range spans {
		if s.kind == spanImage {
			return true
		}
	}
	return false
}

// contentWriter renders body blocks as Markdown or clean HTML.
type contentWriter struct {
	sb     strings.Builder
	isHTML bool
	base   *url.URL
	nodes  []node
}

// renderContent renders the body blocks in format ("markdown" or "html"),
// resolving links and images against base when it is absolute.
func renderContent(blocks []*block, nodes []node, format record.Content, base *url.URL) string {
	w := &contentWriter{isHTML: format == record.HTML, base: base, nodes: nodes}
	for i := 0; i < len(blocks); {
		b := blocks[i]
		switch {
		case b.kind == kindItem:
			i = w.list(blocks, i)
		case b.kind == kindCell:
			i = w.table(blocks, i)
		case b.flags&inQuote != 0 && b.kind != kindPre:
			i = w.quote(blocks, i)
		default:
			w.block(b, "")
			i++
		}
	}
	return strings.TrimSpace(w.sb.String())
}

// ancestorTag returns the nearest enclosing node of n (n included) whose
// tag is one of tags, or -1.
func (w *contentWriter) ancestorTag(n int32, tags ...atom.Atom) int32 {
	for ; n >= 0; n = w.nodes[n].parent {
		for _, a := range tags {
			if w.nodes[n].tag == a {
				return n
			}
		}
	}
	return -1
}

// block writes one paragraph, heading, code block or image; prefix is the
// Markdown quote marker for blocks inside a quotation.
func (w *contentWriter) block(b *block, prefix string) {
	if w.isHTML {
		switch b.kind {
		case kindHeading:
			tag := "h" + string(rune('0'+b.level))
			w.sb.WriteString("<" + tag + ">" + w.inline(b) + "</" + tag + ">\n")
		case kindPre:
			w.sb.WriteString("<pre><code>" + html.EscapeString(b.text) + "</code></pre>\n")
		case kindImage:
			w.sb.WriteString(w.inline(b) + "\n")
		default:
			w.sb.WriteString("<p>" + w.inline(b) + "</p>\n")
		}
		return
	}
	var s string
	switch b.kind {
	case kindHeading:
		s = strings.Repeat("#", int(b.level)) + " " + w.inline(b)
	case kindPre:
		fence := "```"
		for strings.Contains(b.text, fence) {
			fence += "`"
		}
		s = fence + "\n" + b.text + "\n" + fence
	default:
		s = w.inline(b)
	}
	if prefix != "" {
		s = prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
	}
	w.sb.WriteString(s + "\n\n")
}

// list writes the run of list items that starts at blocks[i], grouped by
// the list that holds them, and returns the index after the run.
func (w *contentWriter) list(blocks []*block, i int) int {
	j := i
	for j < len(blocks) && blocks[j].kind == kindItem {
		j++
	}
	listOf := func(b *block) int32 { return w.ancestorTag(b.node, atom.Ul, atom.Ol, atom.Dl, atom.Menu) }
	for k := i; k < j; {
		l := listOf(blocks[k])
		ordered := l >= 0 && w.nodes[l].tag == atom.Ol
		if w.isHTML {
			tag := "ul"
			if ordered {
				tag = "ol"
			}
			w.sb.WriteString("<" + tag + ">\n")
			for ; k < j && listOf(blocks[k]) == l; k++ {
				w.sb.WriteString("<li>" + w.inline(blocks[k]) + "</li>\n")
			}
			w.sb.WriteString("</" + tag + ">\n")
			continue
		}
		for n := 1; k < j && listOf(blocks[k]) == l; k, n = k+1, n+1 {
			marker := "- "
			if ordered {
				marker = itoa(n) + ". "
			}
			w.sb.WriteString(marker + strings.ReplaceAll(w.inline(blocks[k]), "\n", "\n   ") + "\n")
		}
		w.sb.WriteString("\n")
	}
	return j
}

// table writes the run of table cells that starts at blocks[i], one row
// per <tr>, and returns the index after the run.
func (w *contentWriter) table(blocks []*block, i int) int {
	j := i
	for j < len(blocks) && blocks[j].kind == kindCell {
		j++
	}
	rowOf := func(b *block) int32 { return w.nodes[b.node].parent }
	if w.isHTML {
		w.sb.WriteString("<table>\n")
	}
	for k, row := i, 0; k < j; row++ {
		r := rowOf(blocks[k])
		var cells []string
		first := k
		for ; k < j && rowOf(blocks[k]) == r; k++ {
			cells = append(cells, w.inline(blocks[k]))
		}
		if w.isHTML {
			w.sb.WriteString("<tr>")
			for c, text := range cells {
				// A header cell stays one, so the table keeps its meaning
				// for a reader or a screen reader.
				if w.nodes[blocks[first+c].node].tag == atom.Th {
					w.sb.WriteString("<th>" + text + "</th>")
				} else {
					w.sb.WriteString("<td>" + text + "</td>")
				}
			}
			w.sb.WriteString("</tr>\n")
			continue
		}
		for c := range cells {
			cells[c] = strings.ReplaceAll(strings.ReplaceAll(cells[c], "|", `\|`), "\n", " ")
		}
		w.sb.WriteString("| " + strings.Join(cells, " | ") + " |\n")
		if row == 0 {
			w.sb.WriteString("|" + strings.Repeat(" --- |", len(cells)) + "\n")
		}
	}
	if w.isHTML {
		w.sb.WriteString("</table>\n")
	} else {
		w.sb.WriteString("\n")
	}
	return j
}

// quote writes the run of blocks inside one <blockquote>.
func (w *contentWriter) quote(blocks []*block, i int) int {
	q := w.ancestorTag(blocks[i].node, atom.Blockquote)
	j := i
	for j < len(blocks) && blocks[j].flags&inQuote != 0 && blocks[j].kind != kindPre &&
		w.ancestorTag(blocks[j].node, atom.Blockquote) == q {
		j++
	}
	if w.isHTML {
		w.sb.WriteString("<blockquote>\n")
	}
	for k := i; k < j; k++ {
		w.block(blocks[k], "> ")
	}
	if w.isHTML {
		w.sb.WriteString("</blockquote>\n")
	}
	return j
}

// inline renders a block's text with its inline structure; a block read
// without spans renders as its plain text.
func (w *contentWriter) inline(b *block) string {
	if b.spans == nil {
		return w.escape(b.text)
	}
	var sb strings.Builder
	var open []spanKind // the spans opened and not yet closed
	var links []string  // the addresses of open links, for Markdown
	for _, s := range b.spans {
		switch s.kind {
		case spanText:
			sb.WriteString(w.escape(s.s))
		case spanBreak:
			if w.isHTML {
				sb.WriteString("<br>")
			} else {
				sb.WriteString("\n")
			}
		case spanImage:
			src := w.resolve(s.s)
			if src == "" {
				continue
			}
			if w.isHTML {
				sb.WriteString(`<img src="` + html.EscapeString(src) + `" alt="` + html.EscapeString(s.alt) + `">`)
			} else {
				sb.WriteString("![" + w.escape(s.alt) + "](" + markdownURL(src) + ")")
			}
		case spanLinkOpen:
			href := w.resolve(s.s)
			if href == "" {
				continue // a javascript: or broken link keeps its text only
			}
			open = append(open, s.kind)
			links = append(links, href)
			if w.isHTML {
				sb.WriteString(`<a href="` + html.EscapeString(href) + `">`)
			} else {
				sb.WriteString("[")
			}
		case spanEmOpen, spanStrongOpen, spanCodeOpen:
			open = append(open, s.kind)
			sb.WriteString(w.mark(s.kind))
		case spanEmClose, spanStrongClose, spanCodeClose, spanLinkClose:
			// Close the matching open span and the ones opened inside it.
			k := len(open) - 1
			for k >= 0 && open[k] != s.kind-1 {
				k--
			}
			if k < 0 {
				continue
			}
			for len(open) > k {
				w.closeMark(&sb, open[len(open)-1], &links)
				open = open[:len(open)-1]
			}
		}
	}
	for len(open) > 0 {
		w.closeMark(&sb, open[len(open)-1], &links)
		open = open[:len(open)-1]
	}
	return strings.TrimSpace(sb.String())
}

// mark returns the opening mark of an emphasis or code span.
func (w *contentWriter) mark(k spanKind) string {
	switch {
	case w.isHTML && k == spanEmOpen:
		return "<em>"
	case w.isHTML && k == spanStrongOpen:
		return "<strong>"
	case w.isHTML && k == spanCodeOpen:
		return "<code>"
	case k == spanEmOpen:
		return "*"
	case k == spanStrongOpen:
		return "**"
	}
	return "`"
}

// closeMark writes the closing mark of an open span.
func (w *contentWriter) closeMark(sb *strings.Builder, k spanKind, links *[]string) {
	switch {
	case k == spanLinkOpen:
		href := (*links)[len(*links)-1]
		*links = (*links)[:len(*links)-1]
		if w.isHTML {
			sb.WriteString("</a>")
		} else {
			sb.WriteString("](" + markdownURL(href) + ")")
		}
	case w.isHTML:
		sb.WriteString("</" + strings.Trim(w.mark(k), "<>") + ">")
	default:
		sb.WriteString(w.mark(k))
	}
}

// escape makes text safe in the output format: HTML-escaped, or with the
// characters that Markdown would read as markup backslashed.
func (w *contentWriter) escape(s string) string {
	if w.isHTML {
		return html.EscapeString(s)
	}
	if !strings.ContainsAny(s, "\\*_[]`<>") {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte("\\*_[]`<>", s[i]) >= 0 {
			sb.WriteByte('\\')
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

// resolve makes a link or image address absolute against the page's
// address when there is one, and refuses addresses that run code or
// carry data (javascript:, vbscript:, data:).
func (w *contentWriter) resolve(ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if w.base != nil && w.base.IsAbs() {
		u = w.base.ResolveReference(u)
	}
	switch strings.ToLower(u.Scheme) {
	case "", "http", "https", "mailto", "ftp":
		return u.String()
	}
	return ""
}

// markdownURL writes an address so that it cannot end a Markdown link
// early.
func markdownURL(u string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29").Replace(u)
}

// itoa formats a small positive number.
func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
