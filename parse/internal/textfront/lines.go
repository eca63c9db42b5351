package textfront

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/htmllex"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// The plain-text front end, stage one: lines. A browser copy keeps the
// page's layout as lines: every block element (a menu item, the headline,
// a paragraph, a caption) ends one. Each non-empty line is measured once
// here; the later stages only read the numbers.

// textLine is one non-empty line of a plain-text input, with white space
// normalised, and the features that classify it.
type textLine struct {
	text       string
	size       int32 // runes, with CJK characters counted twice: they carry about a word each
	words      int32 // words; each CJK character counts as one
	tokens     int32 // words as textkit.CountWords counts them, for the record's word count
	letters    int32 // letters, of any script, counted as size counts them
	digits     int16
	caps       int16 // words that start with an upper-case letter
	stops      int16 // sentence-ending punctuation marks
	commas     int16
	cjk        int16     // CJK ideographs and Hangul syllables, for plainWords; math.MaxInt16 when unknown (too many, or an unclean line)
	end        lineEnd   // how the line ends, closing quotes and brackets aside
	dateMemo   memo      // isDateLine's answer
	bylineMemo memo      // isByline's answer
	noticeMemo memo      // isNotice's answer
	labels     uint8     // labelBits's answer, 0 until asked
	flags      lineFlags // the yes-or-no features, read by blankBefore, isCode, isMarkup, isRow, isData and isProse
}

// lineFlags packs a textLine's yes-or-no features into one byte. A text
// has a textLine for each of its lines, and the plain-text front end
// allocates them all at once: six bools and the padding they brought took
// the struct from 48 bytes to 56 (TestTextLineSize holds it to 48).
type lineFlags uint8

const (
	flagBlankBefore lineFlags = 1 << iota // an empty line separates it from the previous line
	flagCode                              // indented, or ends like a line of program code
	flagMarkup                            // raw HTML, as a copy shows a noscript's or a widget's source
	flagRow                               // a table row: the copy puts tabs between its cells
	flagData                              // a page's data or script printed as its source (isDataLine)
	flagProse                             // readsAsProse's answer, for isProse
)

// set turns the flags in f on when on is true, and off otherwise.
func (fs *lineFlags) set(f lineFlags, on bool) {
	if on {
		*fs |= f
	} else {
		*fs &^= f
	}
}

// blankBefore reports whether an empty line separates the line from the
// previous one.
func (l *textLine) blankBefore() bool { return l.flags&flagBlankBefore != 0 }

// isCode reports whether the line is indented, or ends like a line of
// program code (isCodeLine).
func (l *textLine) isCode() bool { return l.flags&flagCode != 0 }

// isMarkup reports whether the line is raw HTML, as a copy shows a
// noscript's or a widget's source (isMarkupLine).
func (l *textLine) isMarkup() bool { return l.flags&flagMarkup != 0 }

// isRow reports whether the line is a table row: the copy puts tabs
// between its cells, or it is drawn with bars (isTableRow, isDrawnRow).
func (l *textLine) isRow() bool { return l.flags&flagRow != 0 }

// isData reports whether the line is a page's data or script printed as
// its source (isDataLine).
func (l *textLine) isData() bool { return l.flags&flagData != 0 }

// memo keeps on a line the answer to a question that several stages ask
// about it and that costs a parse to answer (is it a date line, a byline,
// a notice), so the parse runs once a line.
type memo uint8

const (
	memoUnasked memo = iota // the zero value: no stage has asked yet
	memoNo
	memoYes
)

// memoOf is the memo that keeps the answer yes.
func memoOf(yes bool) memo {
	if yes {
		return memoYes
	}
	return memoNo
}

// wideSize is what a CJK ideograph or a Hangul syllable counts in a
// line's size and letters: each carries about a word, and counted as one
// letter a line of Chinese or Korean would weigh as a short label does.
const wideSize = 2

// lineEnd says what a line's last meaningful character is.
type lineEnd uint8

const (
	endOther    lineEnd = iota
	endSentence         // . ! ? … and their CJK forms
	endColon            // : announces what follows (a list, a quote)
)

// splitLines cuts a plain-text input into its non-empty lines. doc is
// decoded, with no control character but tab and newline
// (textkit.CleanControls has turned Windows and old Mac line ends, form
// feeds, vertical tabs and NEL into LF), so LF and the Unicode line and
// paragraph separators end a line; tabs, non-breaking and other Unicode
// spaces read as one space, as a reader sees them. A line that needs no
// normalisation is a substring of doc, so clean input costs no copies.
func splitLines(doc string) []textLine {
	if hasLineSeparators(doc) {
		doc = lineSeparators.Replace(doc)
	}
	return splitLFLines(doc)
}

// splitLFLines is splitLines for a doc whose lines all end in LF: splitLines
// rewrites the other line breaks first. (It used to look for them only in
// the lines that are not clean, and start over when it found one; but one
// scan of the doc costs less than the look at each such line.)
func splitLFLines(doc string) []textLine {
	lines := make([]textLine, 0, strings.Count(doc, "\n")+1)
	blank := false
	for len(doc) > 0 {
		raw := doc
		if n := strings.IndexByte(doc, '\n'); n >= 0 {
			raw, doc = doc[:n], doc[n+1:]
		} else {
			doc = ""
		}
		if raw == "" {
			blank = true
			continue
		}
		// The line is measured in its place at the end of lines, not
		// copied there after. Every slot past len(lines) is zero (make
		// cleared it, and a line dropped below clears its slot), and
		// the capacity holds a slot for each LF and one more; so the
		// line is two fields written into its slot, not a textLine
		// appended, which the compiler copies in with a bulk write
		// barrier while the GC marks.
		lines = lines[:len(lines)+1]
		l := &lines[len(lines)-1]
		l.text = raw
		l.flags.set(flagBlankBefore, blank)
		// Most lines that are not clean only have white space at an end:
		// trimmed, they are a substring of doc, which costs no copy, and
		// normalizeSpace would return the same text. Such a line is
		// trimmed before it is measured, since measureLine would refuse
		// it only at its last byte. The test on the end bytes lets
		// through every line trimControls shortens (a no-break space is
		// C2 A0) and few others; a line trimControls leaves as it is goes
		// to normalizeSpace when measureLine refuses it.
		if n := len(raw); n > 0 && (raw[0] <= ' ' || raw[0] == 0xc2 || raw[n-1] <= ' ' || raw[n-1] == 0xa0) {
			if t := trimControls(raw); len(t) != n {
				l.text = t
			}
		}
		clean, drawn := measureLineDrawn(l)
		normalised := !clean
		if normalised {
			*l = textLine{text: normalizeSpace(raw)}
			l.flags.set(flagBlankBefore, blank)
			// A line that normalisation leaves unclean has no measure
			// to tell: isDrawnRow is asked.
			if clean, drawn = measureLineDrawn(l); !clean {
				drawn = true
			}
		}
		if l.text == "" {
			*l = textLine{} // for the next line, which takes its slot
			lines = lines[:len(lines)-1]
			blank = true
			continue
		}
		l.flags.set(flagCode, isCodeLine(raw, l.text))
		l.flags.set(flagMarkup, isMarkupLine(l.text))
		// A row's tab is inside the line, which it makes unclean: a
		// line measured clean as it is, and not trimmed, has none. Nor
		// can a line be a drawn row without a bar or a cross, which
		// the measure tells.
		l.flags.set(flagRow, (normalised || len(l.text) != len(raw)) && isTableRow(raw) || drawn && isDrawnRow(l.text))
		l.flags.set(flagData, isDataLine(l))
		l.flags.set(flagProse, readsAsProse(l))
		blank = false
	}
	return lines
}

// reflow joins the lines of a hard-wrapped paragraph, as plain-text
// documents, mails and <br>-broken pages have them: a line that does not
// end a sentence or announce something, followed without a blank line by
// one that opens in lower case, goes on in it. Menu items and headings
// open with a capital or a digit, so they stay apart. It works in place.
func reflow(lines []textLine) []textLine {
	out := lines[:0]
	// A paragraph's text is joined once, when its last line is known:
	// joined a line at a time, a text of n wrapped lines cost n copies of
	// its growing text, and a long one without a full stop at a line's end
	// took time as the square of its size. Until then its lines stay in
	// lines[from:to+1], where out, which grows only past a paragraph's
	// end, has not reached them.
	from, to := 0, -1
	for i := range lines {
		l := &lines[i]
		if n := len(out); n > 0 && !l.blankBefore() && continues(&out[n-1], l) {
			p := &out[n-1]
			if to < from {
				from = i - 1
			}
			to = i
			p.addWrapped(l)
			continue
		}
		if to >= from && len(out) > 0 {
			joinWrapped(&out[len(out)-1], lines[from:to+1])
			from, to = 0, -1
		}
		if len(out) == i {
			// No line joined yet: the line is in its place already, and
			// copying it over itself would cost a write barrier.
			out = out[:i+1]
			continue
		}
		out = append(out, *l)
	}
	if to >= from && len(out) > 0 {
		joinWrapped(&out[len(out)-1], lines[from:to+1])
	}
	return out
}

// addWrapped adds to p's counts those of l, the next line of its
// paragraph, and takes l's ending. The counts of two bytes saturate as
// measureLine's do.
func (p *textLine) addWrapped(l *textLine) {
	p.size += l.size + 1
	p.words += l.words
	p.tokens += l.tokens
	p.letters += l.letters
	p.digits = sat16(int32(p.digits) + int32(l.digits))
	p.caps = sat16(int32(p.caps) + int32(l.caps))
	p.stops = sat16(int32(p.stops) + int32(l.stops))
	p.commas = sat16(int32(p.commas) + int32(l.commas))
	p.cjk = sat16(int32(p.cjk) + int32(l.cjk))
	p.end = l.end
	p.flags.set(flagCode, p.isCode() && l.isCode())
	p.flags.set(flagRow, p.isRow() && l.isRow())
}

// joinWrapped gives p, the first of the wrapped lines run as reflow
// joined them, their text, parted by spaces, and the answers that depend
// on it. (p may be run[0] itself, whose text is read first.)
func joinWrapped(p *textLine, run []textLine) {
	n := len(run) - 1
	for k := range run {
		n += len(run[k].text)
	}
	var b strings.Builder
	b.Grow(n)
	for k := range run {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(run[k].text)
	}
	p.text = b.String()
	p.flags.set(flagData, isDataLine(p))
	p.flags.set(flagProse, readsAsProse(p))
	// The joined line is asked afresh.
	p.labels, p.dateMemo, p.bylineMemo, p.noticeMemo = 0, memoUnasked, memoUnasked, memoUnasked
}

// minWrapSize is the least size of a line that a hard-wrapped paragraph
// goes on from: text is wrapped at 60 to 80 columns, and a wrapped line
// falls short of that only by a word, where headings and menu items are
// shorter.
const minWrapSize = 50

// continues reports whether line b goes on with the paragraph of line a.
func continues(a, b *textLine) bool {
	if a.end != endOther || a.size < minWrapSize || a.isMarkup() || b.isMarkup() || a.isRow() || b.isRow() {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b.text)
	// A dateline or byline under a headline may open in lower case too
	// ("on March 10, 2015 by Ann Lee"), and is not the headline's end.
	return unicode.IsLower(r) && !isDateLine(b) && !hasBylineMarker(b.text)
}

// lastMark classifies the last character of s that is not a closing quote
// or bracket.
func lastMark(s string) lineEnd {
	// Most lines end in a letter, a digit or a full stop.
	if len(s) > 0 {
		switch c := s[len(s)-1]; {
		case c == '.' || c == '!' || c == '?':
			return endSentence
		case c == ':':
			return endColon
		case textkit.IsASCIILetter(c) || c >= '0' && c <= '9':
			return endOther
		}
	}
	if isNoteAfterStop(s) {
		return endSentence
	}
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
		if isClosing(r) || r == ' ' {
			continue
		}
		switch r {
		case '.', '!', '?', '。', '！', '？', '…', '؟', '।':
			return endSentence
		case ':', '：':
			return endColon
		}
		return endOther
	}
	return endOther
}

// maxEndNote is the longest note in brackets after a paragraph's last
// sentence, in bytes: a credit ("(Reporting by Ann Lee)", "（编译/林靖东）"),
// where a longer bracket is a sentence of its own.
const maxEndNote = 80

// isNoteAfterStop reports whether s ends in a short note in brackets that
// follows a sentence's stop: "... in Nature. (Editing by Ann Lee)". The
// paragraph ends its sentences though the line ends in the note. A
// picture's credit is no such note, nor are a form's controls: a caption
// stays a caption.
func isNoteAfterStop(s string) bool {
	var open int
	switch {
	case strings.HasSuffix(s, ")"):
		open = strings.LastIndexByte(s, '(')
	case strings.HasSuffix(s, "）"):
		open = strings.LastIndex(s, "（")
	default:
		return false
	}
	if open <= 0 || len(s)-open > maxEndNote || isCredited(s[open:]) || strings.Contains(s[open:], " / ") {
		return false // a caption ends in its credit, a form in its controls ("( Log out / Change )")
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s[:open], " "))
	switch r {
	case '.', '!', '?', '。', '！', '？':
		return true
	}
	return false
}

// isClosing reports whether r closes a quotation or a bracket, which a
// sentence may end inside.
func isClosing(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '”', '’', '»', '›', '」', '』', '）', '】', '*':
		return true
	}
	return false
}

// minProseSize is the least size of a sentence-ended line that counts as
// prose: shorter ones are as often a tagline or a caption.
const minProseSize = 40

// minProseWords is the least words of a sentence-ended line that counts
// as prose: a menu's item or a button that ends in a full stop has fewer.
const minProseWords = 7

// colonProseWords and colonProseSize are the least words and size of a
// line ending in a colon that reads as a sentence announcing what follows
// ("Now we can draw the chart as follows:"); labels that end in a colon
// have a few words.
const colonProseWords, colonProseSize = 8, 60

// A line that does not end a sentence is prose when it is longProseSize
// or longer, more than half of it letters, with longProseMarks stops or
// commas at least: a paragraph cut short by a paywall or ending in a link
// is that long and punctuated as one, where a tag cloud or a row of links
// glued together is long without punctuation, and a table's row is
// figures more than letters.
const longProseSize, longProseMarks = 160, 2

// isProse reports whether a line reads as running text (readsAsProse).
// Every stage asks it, of most lines and many times over: the answer is
// worked out once, when the line's features are set (measureLine, then
// splitLFLines and reflow, which set isMarkup and isData), and kept.
func (l *textLine) isProse() bool { return l.flags&flagProse != 0 }

// readsAsProse reports whether a line reads as running text: a paragraph
// of the story rather than a menu item, a label or a headline. A sentence
// ending and a few words are enough; a long line needs no ending, since
// some paragraphs end in a link or are cut short by a paywall, but it
// needs the punctuation of sentences inside, which a tag cloud or a row
// of links glued into one line lacks.
func readsAsProse(l *textLine) bool {
	if l.isMarkup() || l.isData() {
		return false
	}
	if l.size >= longProseSize && l.letters*2 > l.size && l.stops+l.commas >= longProseMarks {
		return true // a paragraph cut short, or ending in a link
	}
	if l.end == endColon && l.words >= colonProseWords && l.size >= colonProseSize {
		return true // a sentence that announces a list, a quote or code
	}
	return l.end == endSentence && l.size >= minProseSize && l.words >= minProseWords
}

// isDrawnRow reports whether a line is a row of a table drawn in text, as
// a database shell or a program prints one in a listing: its cells parted
// by the box-drawing bar "│", or its rule drawn with "─" and "┼". A menu
// parts its items with "|" or spaces, never with these.
func isDrawnRow(s string) bool {
	// Every box-drawing character is three bytes, E2 94 and a third:
	// the search is for the rare 94 (an em dash ends in it, after 80),
	// so a line without one costs one fast byte search.
	bars := 0
	for i := strings.IndexByte(s, 0x94); i > 0 && i+1 < len(s); {
		if s[i-1] == 0xe2 {
			switch s[i+1] {
			case 0x82: // │
				bars++
			case 0xbc: // ┼
				return true
			}
		}
		j := strings.IndexByte(s[i+1:], 0x94)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return bars >= minDrawnBars
}

// minDrawnBars is the fewest bars of a drawn row: two part three cells,
// where one may stand in a line for another use.
const minDrawnBars = 2

// isTableRow reports whether a raw line holds a tab between two cells'
// text, as a browser copies a table row.
func isTableRow(raw string) bool {
	raw = strings.Trim(raw, " \t\r")
	i := strings.IndexByte(raw, '\t')
	return i > 0
}

// isMarkupLine reports whether a line is HTML source: it opens with a known
// tag and closes one.
func isMarkupLine(s string) bool {
	return len(s) > 3 && s[0] == '<' && s[len(s)-1] == '>' && (htmllex.KnownTagAt([]byte(s[1:])) || s[1] == '/' || s[1] == '!')
}

// isDataLine reports whether a line of code is a page's data or script
// printed as its source (a JSON member, a script's statement), which reads
// as no paragraph however long it is; isProse asks, so it is measured once
// a line.
func isDataLine(l *textLine) bool {
	return l.isCode() && (isJSONMember(l.text) || isScript(l))
}

// isJSONMember reports whether s opens as a member of a JSON object
// does, a quoted name and a colon ("articleBody": "The ..."): a page's
// data printed as its source, which holds the story's text again but is
// no paragraph of it, however long.
func isJSONMember(s string) bool {
	if len(s) < 4 || s[0] != '"' {
		return false
	}
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"':
			return i > 1 && i+1 < len(s) && s[i+1] == ':'
		case c == '@' || c == '_' || c == '-' || textkit.IsASCIILetter(c) || c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return false
}

// isScript reports whether a line of code holds more of a program's
// marks (braces, semicolons) than sentence stops: a page's script printed
// as its source, however long, where a paragraph indented as code has
// none of them.
func isScript(l *textLine) bool {
	n := strings.Count(l.text, "{") + strings.Count(l.text, "}") + strings.Count(l.text, ";")
	return n > int(l.stops)
}

// isCodeLine reports whether a raw line looks like program code: indented
// by two or more spaces or a tab, or ending in a brace, a semicolon or an
// opening bracket.
func isCodeLine(raw, text string) bool {
	if len(raw) > 2 && (raw[0] == '\t' || raw[0] == ' ' && raw[1] == ' ') {
		return true
	}
	switch text[len(text)-1] {
	case '{', '}', ';', '(', '[':
		return true
	}
	return false
}
