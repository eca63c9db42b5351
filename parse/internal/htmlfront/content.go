package htmlfront

import (
	"bytes"
	"html"
	"net/url"
	"strings"

	"github.com/artparse/artparse/parse/internal/markdown"
	"github.com/artparse/artparse/parse/internal/record"
	"github.com/artparse/artparse/parse/internal/textkit"
	"golang.org/x/net/html/atom"
)

// The content field: the body as Markdown or as clean HTML. The plain-text
// path keeps no inline structure; when content is asked for, the tokenizer
// also records each block's inline structure as spans (the openings and
// closings of emphasis, code and links, line breaks and images, each at
// its place in the block's text), and the kept blocks are rendered from
// them here. The text between two spans is the block's own, so it costs
// nothing to keep, and a block of text alone has no spans at all.

// spanKind is what one span of a block's inline structure is. spanText
// is never recorded: it is what the renderer makes of the text between
// spans.
type spanKind uint8

const (
	spanText spanKind = iota
	spanBreak
	spanImage // ref names the source in page.refs, ref+1 the alternative text
	spanEmOpen
	spanEmClose
	spanStrongOpen
	spanStrongClose
	spanCodeOpen
	spanCodeClose
	spanLinkOpen // ref names the address as written in page.refs
	spanLinkClose
)

// span is one piece of a block's inline structure, at byte at of the
// block's text; a line break stands for the newline at that byte. spaced
// says that a space stood before it, which the text lost: the text loses
// the space before a line break and at its end.
type span struct {
	kind   spanKind
	spaced bool
	at     int32
	ref    int32
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
	if k == spanLinkOpen && link == "" {
		return
	}
	t.materializeSpace()
	sp := t.span(k)
	if k == spanLinkOpen {
		sp.ref = t.ref(link)
	}
	t.p.spans = appendDoubling(t.p.spans, sp)
}

// span returns a span of kind k at the end of the current block's text.
func (t *tokenizer) span(k spanKind) span {
	return span{kind: k, at: int32(len(t.cur))}
}

// ref stores s in page.refs and returns its index.
func (t *tokenizer) ref(s string) int32 {
	t.p.refs = appendDoubling(t.p.refs, s)
	return int32(len(t.p.refs) - 1)
}

// closeSpan records the end of an inline element; the renderer ignores a
// closing without its opening.
func (t *tokenizer) closeSpan(a atom.Atom) {
	if k, ok := inlineSpan(a); ok {
		t.p.spans = appendDoubling(t.p.spans, t.span(k+1))
	}
}

// materializeSpace writes a pending space before an opening span, so that
// "see <a>this</a>" renders as "see [this]" and not "see[ this]".
func (t *tokenizer) materializeSpace() {
	if n := len(t.cur); t.owesSpace && n > 0 && t.cur[n-1] != '\n' && t.cur[n-1] != ' ' {
		t.cur = append(t.cur, ' ')
		t.owesSpace = false
	}
}

// richImage records an image; one with no text around it becomes a block
// of its own when the block is flushed.
func (t *tokenizer) richImage(src, alt string, n int32) {
	if len(t.cur) == 0 && int32(len(t.p.spans)) == t.spanStart {
		t.curNode = n
	}
	t.materializeSpace()
	sp := t.span(spanImage)
	sp.ref = t.ref(src)
	t.ref(textkit.CollapseSpace(textkit.CleanControls(alt)))
	t.p.spans = appendDoubling(t.p.spans, sp)
}

// clampSpans moves the current block's spans that stood past the end of
// its text, which a line break has just cut short by a space, back to
// its end.
func (t *tokenizer) clampSpans() {
	end := int32(len(t.cur))
	for i := len(t.p.spans) - 1; i >= int(t.spanStart) && t.p.spans[i].at > end; i-- {
		t.p.spans[i].at, t.p.spans[i].spaced = end, true
	}
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

// contentWriter renders body blocks as Markdown or clean HTML into out,
// one buffer sized for the whole content; the other buffers are reused
// from block to block, so that rendering a block leaves no garbage but
// what is rare (code spans, table cells).
type contentWriter struct {
	out    []byte
	isHTML bool
	base   *url.URL
	p      *page
	nodes  []shape

	open    []spanKind    // balance's stack of open spans
	ev      []inlineEvent // the current block's balanced spans
	atoms   []mdAtom      // its Markdown atoms
	inner   []mdAtom      // the atoms of its links' texts
	line    []byte        // its inline content, rendered
	scratch [2]inlineWork // appendInline's, at the top and in a link
}

// renderContent renders the body blocks of p, whose nodes have the shapes
// nodes, in format ("markdown" or "html"), resolving links and images
// against base when it is absolute.
func renderContent(blocks []*block, p *page, nodes []shape, format record.Content, base *url.URL) string {
	w := &contentWriter{isHTML: format == record.HTML, base: base, p: p, nodes: nodes}
	w.out = make([]byte, 0, contentSize(blocks, p))
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
	// out is not written again: the string may share its bytes.
	return strings.TrimSpace(bytesString(w.out))
}

// contentSize estimates the size of the content of blocks, a little over
// rather than under: the text, with room for escapes and each block's
// markup, and the addresses and alternative texts of its spans. Grown as
// it is written, the content of a large page was made some five times
// over and, at its last growth, held twice.
func contentSize(blocks []*block, p *page) int {
	n := 0
	for _, b := range blocks {
		n += len(b.text) + len(b.text)/32 + 8
		for _, s := range p.spans[b.spanFrom:b.spanTo] {
			switch s.kind {
			case spanLinkOpen:
				n += len(p.refs[s.ref]) + 8
			case spanImage:
				n += len(p.refs[s.ref]) + len(p.refs[s.ref+1]) + 8
			default:
				n += 2
			}
		}
	}
	return n
}

// ancestorTag returns the nearest enclosing node of n (n included) whose
// tag is one of tags, or -1.
func (w *contentWriter) ancestorTag(n int32, tags ...atom.Atom) int32 {
	nodes := w.nodes
	for ; n >= 0; n = nodes[n].parent {
		for _, a := range tags {
			if nodes[n].tag == a {
				return n
			}
		}
	}
	return -1
}

// write appends strings to the content.
func (w *contentWriter) write(ss ...string) {
	for _, s := range ss {
		w.out = append(w.out, s...)
	}
}

// writeLines writes Markdown text line by line, each line's start made
// safe (markdown.AppendLine), the first line after first and the others
// after indent.
func (w *contentWriter) writeLines(text []byte, first, indent string) {
	w.write(first)
	for {
		i := bytes.IndexByte(text, '\n')
		if i < 0 {
			w.out = markdown.AppendLine(w.out, text)
			return
		}
		w.out = markdown.AppendLine(w.out, text[:i])
		w.write("\n", indent)
		text = text[i+1:]
	}
}

// block writes one paragraph, heading, code block or image; prefix is the
// Markdown quote marker for blocks inside a quotation.
func (w *contentWriter) block(b *block, prefix string) {
	if w.isHTML {
		switch b.kind {
		case kindHeading:
			tag := "h" + string(rune('0'+b.level))
			w.write("<", tag, ">")
			w.out = append(w.out, w.inline(b, inlineBlock)...)
			w.write("</", tag, ">\n")
		case kindPre:
			w.write("<pre><code>", html.EscapeString(b.text), "</code></pre>\n")
		case kindImage:
			w.out = append(w.out, w.inline(b, inlineBlock)...)
			w.write("\n")
		default:
			w.write("<p>")
			w.out = append(w.out, w.inline(b, inlineBlock)...)
			w.write("</p>\n")
		}
		return
	}
	switch b.kind {
	case kindHeading:
		w.write(prefix)
		w.out = markdown.AppendHeading(w.out, int(b.level), w.inline(b, inlineOneLine))
	case kindPre:
		fence := "```"
		for strings.Contains(b.text, fence) {
			fence += "`"
		}
		w.write(prefix, fence, "\n", prefix)
		w.write(strings.ReplaceAll(b.text, "\n", "\n"+prefix), "\n", prefix, fence)
	default:
		w.writeLines(w.inline(b, inlineBlock), prefix, prefix)
	}
	w.write("\n\n")
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
			w.write("<", tag, ">\n")
			for ; k < j && listOf(blocks[k]) == l; k++ {
				w.write("<li>")
				w.out = append(w.out, w.inline(blocks[k], inlineBlock)...)
				w.write("</li>\n")
			}
			w.write("</", tag, ">\n")
			continue
		}
		for n := 1; k < j && listOf(blocks[k]) == l; k, n = k+1, n+1 {
			marker := "- "
			if ordered {
				marker = itoa(n) + ". "
			}
			w.writeLines(w.inline(blocks[k], inlineBlock), marker, "   ")
			w.write("\n")
		}
		w.write("\n")
	}
	return j
}

// inTable reports whether b is a table cell's, its text or an image in
// it.
func (w *contentWriter) inTable(b *block) bool {
	switch b.kind {
	case kindCell:
		return true
	case kindImage:
		tag := w.nodes[b.node].tag
		return tag == atom.Td || tag == atom.Th
	}
	return false
}

// table writes the run of table cells that starts at blocks[i], one row
// per <tr>, and returns the index after the run. The run goes on over the
// images in cells between cells of text, so that they do not cut the
// table in two (the text's rows are joined across them), and the blocks
// of one cell (an image and the text after it) make one cell. In Markdown
// every row has as many cells as the widest, since GitHub's tables drop
// the cells of a row past the header's count.
func (w *contentWriter) table(blocks []*block, i int) int {
	j := i
	for k := i; k < len(blocks) && w.inTable(blocks[k]); k++ {
		if blocks[k].kind == kindCell {
			j = k + 1
		}
	}
	rowOf := func(k int) int32 { return w.nodes[blocks[k].node].parent }
	// newCell reports whether blocks[k], in the row that starts at
	// from, begins a cell.
	newCell := func(from, k int) bool { return k == from || blocks[k].node != blocks[k-1].node }
	// rowEnd returns where the row that starts at from ends, and its
	// number of cells.
	rowEnd := func(from int) (int, int) {
		k, n := from, 0
		for ; k < j && rowOf(k) == rowOf(from); k++ {
			if newCell(from, k) {
				n++
			}
		}
		return k, n
	}
	width := 0
	for k := i; k < j; {
		var n int
		k, n = rowEnd(k)
		width = max(width, n)
	}
	if w.isHTML {
		w.write("<table>\n")
	}
	for from, row := i, 0; from < j; row++ {
		end, n := rowEnd(from)
		if w.isHTML {
			w.write("<tr>")
		} else {
			w.write("|")
		}
		for k := from; k < end; k++ {
			if newCell(from, k) {
				if k > from {
					w.closeCell(blocks[k-1])
				}
				w.openCell(blocks[k])
			} else {
				w.write(" ") // the cell goes on
			}
			w.out = append(w.out, w.inline(blocks[k], w.cellMode())...)
		}
		w.closeCell(blocks[end-1])
		from = end
		if w.isHTML {
			w.write("</tr>\n")
			continue
		}
		for ; n < width; n++ {
			w.write("  |")
		}
		w.write("\n")
		if row == 0 {
			w.write("|", strings.Repeat(" --- |", width), "\n")
		}
	}
	if w.isHTML {
		w.write("</table>\n")
	} else {
		w.write("\n")
	}
	return j
}

// cellMode is how a table cell's inline content is written.
func (w *contentWriter) cellMode() inlineMode {
	if w.isHTML {
		return inlineBlock
	}
	return inlineCell
}

// openCell and closeCell write what stands before and after a table cell
// whose first block is b. A header cell stays one in HTML, so the table
// keeps its meaning for a reader or a screen reader.
func (w *contentWriter) openCell(b *block) {
	switch {
	case !w.isHTML:
		w.write(" ")
	case w.nodes[b.node].tag == atom.Th:
		w.write("<th>")
	default:
		w.write("<td>")
	}
}

func (w *contentWriter) closeCell(b *block) {
	switch {
	case !w.isHTML:
		w.write(" |")
	case w.nodes[b.node].tag == atom.Th:
		w.write("</th>")
	default:
		w.write("</td>")
	}
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
		w.write("<blockquote>\n")
	}
	for k := i; k < j; k++ {
		w.block(blocks[k], "> ")
	}
	if w.isHTML {
		w.write("</blockquote>\n")
	}
	return j
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

// itoa formats a small positive number.
func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
