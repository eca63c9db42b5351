package htmlfront

import (
	"strings"
)

// writeBody joins the body blocks into the record's text: paragraphs and
// headings separated by a blank line, the items of one list and the rows of
// one table on consecutive lines, the cells of a row joined by " | ".
func writeBody(blocks []*block, nodes []shape) string {
	var sb strings.Builder
	// The text's size, a separator a block at most: grown as it is
	// written, the text of a large page was made five times over and,
	// at its last growth, held twice.
	size := 0
	for _, b := range blocks {
		size += len(b.text) + 2
	}
	sb.Grow(size)
	var prev *block
	for _, b := range blocks {
		if b.kind == kindImage {
			continue // content only: no text
		}
		if prev != nil {
			switch {
			case b.kind == kindCell && prev.kind == kindCell && sameRow(nodes, b, prev):
				sb.WriteString(" | ")
			case b.kind == prev.kind && (b.kind == kindItem || b.kind == kindCell):
				sb.WriteByte('\n')
			default:
				sb.WriteString("\n\n")
			}
		}
		sb.WriteString(b.text)
		prev = b
	}
	return sb.String()
}

// sameRow reports whether two table cells sit in the same row.
func sameRow(nodes []shape, a, b *block) bool {
	return nodes[a.node].parent == nodes[b.node].parent
}
