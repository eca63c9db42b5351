package htmlfront

// The text side of the streaming pass: how text tokens become the words
// of the current block, and how a finished block is measured. Kept apart
// from tokenize.go, which follows the tags.

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/textkit"
	"golang.org/x/net/html/atom"
)

// text handles a text token.
func (t *tokenizer) text(b []byte) {
	if t.capture != captureNone {
		t.captureText = append(t.captureText, b...)
		return
	}
	f := t.top()
	if f.flags&(inSkip|inHidden) != 0 {
		return
	}
	// The page is read with its control characters, and a character
	// reference (&#27;) makes one.
	b = textkit.CleanControls(b)
	if t.authorDepth > 0 {
		t.authorText = append(t.authorText, b...)
	}
	if len(t.cues) > 0 {
		t.cueText(b)
	}
	linked := f.flags&inLink != 0
	if f.flags&inPre != 0 {
		t.appendPre(b, f.node, linked)
		return
	}
	if !t.rich {
		t.textRuns(b, f.node, linked)
		return
	}
	for i := 0; i < len(b); {
		c := b[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' {
			t.owesSpace = true
			i++
			continue
		}
		// A non-breaking space is a space to a reader.
		if c == 0xC2 && i+1 < len(b) && b[i+1] == 0xA0 {
			t.owesSpace = true
			i += 2
			continue
		}
		if n := invisibleLen(b[i:]); n > 0 {
			i += n // the word goes on after it, with no space
			continue
		}
		j := i + 1
		for j < len(b) {
			c := b[j]
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0xC2 && j+1 < len(b) && b[j+1] == 0xA0 {
				break
			}
			if c == 0xC2 && invisibleLen(b[j:]) > 0 {
				break
			}
			j++
		}
		t.appendWord(b[i:j], f.node, linked)
		i = j
	}
}

// textRuns is the loop of text for the plain path: it adds the words of
// b to the current block a run at a time, where a run is words joined by
// single ASCII spaces (most of any page's text), which it copies as they
// are, since the block's text would join them so anyway.
func (t *tokenizer) textRuns(b []byte, n int32, linked bool) {
	for i := 0; i < len(b); {
		c := b[i]
		if isSpaceByte[c] {
			t.owesSpace = true
			i++
			continue
		}
		if c == 0xC2 && i+1 < len(b) {
			switch b[i+1] {
			case 0xA0: // a non-breaking space is a space to a reader
				t.owesSpace = true
				i += 2
				continue
			case 0xAD: // a soft hyphen is left out (see invisibleLen)
				i += 2
				continue
			}
		}
		j := i + 1
		for j < len(b) {
			c := b[j]
			if !isSpaceByte[c] && c != 0xC2 {
				j++
				continue
			}
			if c == 0xC2 {
				if j+1 < len(b) && (b[j+1] == 0xA0 || b[j+1] == 0xAD) {
					break
				}
				j++
				continue
			}
			// One ASCII space between two words stays in the run.
			if c == ' ' && j+1 < len(b) && !isSpaceByte[b[j+1]] && b[j+1] != 0xC2 {
				j += 2
				continue
			}
			break
		}
		t.appendRun(b[i:j], n, linked)
		i = j
	}
}

// isSpaceByte holds the ASCII bytes that text() reads as white space.
var isSpaceByte = [256]bool{' ': true, '\n': true, '\t': true, '\r': true, '\f': true}

// appendRun is appendWord for a run of words joined by single spaces.
func (t *tokenizer) appendRun(w []byte, n int32, linked bool) {
	if len(t.cur) == 0 {
		t.curNode = n
	} else if c := t.cur[len(t.cur)-1]; t.owesSpace && c != '\n' && c != ' ' {
		t.cur = append(t.cur, ' ')
	}
	t.owesSpace = false
	if len(t.cur)+len(w) > cap(t.cur) {
		// Doubled, not grown by append's quarter for large slices: a
		// page-long paragraph arrives in many runs, and growing by a
		// quarter allocated five times its text.
		t.cur = slices.Grow(t.cur, max(len(w), cap(t.cur)))
	}
	t.cur = append(t.cur, w...)
	if linked {
		// Runes of the words, as appendWord counts them: not the
		// spaces between.
		for _, c := range w {
			if c&0xC0 != 0x80 && c != ' ' {
				t.curLink++
			}
		}
	}
}

// invisibleLen returns the length of the soft hyphen (U+00AD) that b
// starts with, or 0. Pages put soft hyphens inside words to allow line
// breaks; readers and searches never see them, so the text leaves them out.
// (Zero-width spaces stay: pages use them between words as well as inside.)
func invisibleLen(b []byte) int {
	if len(b) >= 2 && b[0] == 0xC2 && b[1] == 0xAD {
		return 2
	}
	return 0
}

// appendWord adds one run of non-space bytes to the current block.
func (t *tokenizer) appendWord(w []byte, n int32, linked bool) {
	if len(t.cur) == 0 {
		t.curNode = n
	} else if c := t.cur[len(t.cur)-1]; t.owesSpace && c != '\n' && c != ' ' {
		t.cur = append(t.cur, ' ')
	}
	t.owesSpace = false
	if len(t.cur)+len(w) > cap(t.cur) {
		// Doubled, not grown by append's quarter for large slices: a
		// page-long paragraph arrives in many runs, and growing by a
		// quarter allocated five times its text.
		t.cur = slices.Grow(t.cur, max(len(w), cap(t.cur)))
	}
	t.cur = append(t.cur, w...)
	if linked {
		t.curLink += int32(utf8.RuneCount(w))
	}
}

// appendPre adds preformatted text as written, with line ends normalised.
func (t *tokenizer) appendPre(b []byte, n int32, linked bool) {
	if len(t.cur) == 0 {
		t.curNode = n
		for len(b) > 0 && (b[0] == '\n' || b[0] == '\r') {
			b = b[1:]
		}
		if len(b) == 0 {
			return
		}
	}
	for _, c := range b {
		if c != '\r' {
			t.cur = append(t.cur, c)
		}
	}
	if linked {
		t.curLink += int32(utf8.RuneCount(b))
	}
	t.owesSpace = false
}

// lineBreak handles <br>: a new line inside the current block.
func (t *tokenizer) lineBreak() {
	if n := len(t.cur); n > 0 && t.cur[n-1] == ' ' {
		t.cur = t.cur[:n-1] // a space written before an inline tag
		if t.rich {
			t.clampSpans()
		}
	}
	if len(t.cur) > 0 && t.cur[len(t.cur)-1] != '\n' {
		if t.rich {
			t.p.spans = appendDoubling(t.p.spans, t.span(spanBreak))
		}
		t.cur = append(t.cur, '\n')
	}
	t.owesSpace = false
}

// flush closes the current text block, if it holds any text.
func (t *tokenizer) flush() {
	t.owesSpace = false
	// The block's spans: kept with it, or given back when there is no
	// block.
	from, to := t.spanStart, int32(len(t.p.spans))
	t.p.spans = t.p.spans[:from]
	if len(t.cur) == 0 {
		if hasImage(t.p.spans[from:to]) {
			t.p.spans, t.spanStart = t.p.spans[:to], to
			t.p.blocks = appendDoubling(t.p.blocks, block{node: t.curNode, flags: t.p.nodes[t.curNode].flags, kind: kindImage, spanFrom: from, spanTo: to})
		}
		return
	}
	s := strings.TrimRight(string(t.cur), " \n")
	// The spans past the text's end that a space stood before keep it
	// (see span).
	spans := t.p.spans[from:to]
	for i := len(spans) - 1; i >= 0 && spans[i].at > int32(len(s)); i-- {
		if t.cur[spans[i].at-1] == ' ' {
			spans[i].spaced = true
		}
	}
	t.cur = t.cur[:0]
	link := t.curLink
	t.curLink = 0
	if s == "" {
		return
	}
	t.p.spans, t.spanStart = t.p.spans[:to], to
	n := &t.p.nodes[t.curNode]
	b := block{text: s, node: t.curNode, flags: n.flags, linkChars: link, spanFrom: from, spanTo: to}
	switch {
	case n.flags&inPre != 0:
		b.kind = kindPre
	case headingLevel(n.tag) > 0:
		b.kind, b.level = kindHeading, headingLevel(n.tag)
	case n.tag == atom.Li || n.tag == atom.Dt || n.tag == atom.Dd:
		b.kind = kindItem
	case n.tag == atom.Td || n.tag == atom.Th:
		b.kind = kindCell
	case n.tag == atom.Figcaption || n.tag == atom.Caption:
		b.kind = kindCaption
	}
	measure(&b)
	t.p.blocks = appendDoubling(t.p.blocks, b)
}

// measure fills in a block's text statistics.
func measure(b *block) {
	inWord := false
	for i := 0; i < len(b.text); i++ {
		// ASCII needs no rune decoding nor Unicode tables.
		c := b.text[i]
		if c >= 0x80 {
			measureRunes(b, b.text[i:], inWord)
			break
		}
		b.chars++
		k := measureClass[c]
		if k&mcPunct != 0 {
			if c == ',' {
				b.commas++
			} else {
				b.stops++
			}
		}
		isWord := k&mcWord != 0
		if isWord && !inWord {
			b.words++
		}
		inWord = isWord
	}
	if b.linkChars > b.chars {
		b.linkChars = b.chars
	}
}

// The classes of ASCII bytes that measure counts.
const (
	mcWord  = 1 << iota // a letter, digit or '_'
	mcPunct             // a comma or a sentence end
)

// measureClass gives each ASCII byte its measure classes.
var measureClass = func() (t [128]uint8) {
	for c := range t {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' {
			t[c] = mcWord
		}
	}
	t[','], t['.'], t['!'], t['?'] = mcPunct, mcPunct, mcPunct, mcPunct
	return t
}()

// measureRunes is measure's loop for text that is not ASCII, from s on.
func measureRunes(b *block, s string, inWord bool) {
	for _, r := range s {
		b.chars++
		switch r {
		case ',', '،', '，', '、':
			b.commas++
		case '.', '!', '?', '。', '！', '？':
			b.stops++
		}
		isWord := textkit.IsWordRune(r)
		if isWord && (!inWord || textkit.IsIdeograph(r)) {
			b.words++
		}
		inWord = isWord
	}
}
