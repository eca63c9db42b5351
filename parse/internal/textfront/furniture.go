package textfront

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// Page furniture in words. A copied page keeps the labels of its buttons
// and the headings of its other sections; a reader skips them by what they
// say, in whatever site they appear, and so does this. The lists, in
// package lexicon, hold the common wording of the web's main languages,
// never one site's.

// isReadingTime reports whether a short line tells how long the story takes
// to read.
func isReadingTime(l *textLine) bool {
	// "4 min read", "Lesezeit: 3 Minuten", with a date or a name before
	// it at most: a longer line is a sentence about reading.
	const maxWords = 8
	return l.words <= maxWords && readingTimeOpeners.AtWordStart(l.text)
}

// isCreditLine reports whether a short line credits a picture, which a copy
// keeps under the picture but a reader skips: a credit alone, or a caption
// of a sentence or two that ends in one.
func isCreditLine(l *textLine) bool {
	s := l.text
	if l.size > maxCaptionSize {
		return false
	}
	if creditOpeners.HasPrefix(s) {
		return true
	}
	// A caption longer than a credit ends in its credit.
	from := 0
	if l.size > maxCreditSize {
		from = max(0, len(s)-creditTail)
	}
	// The bytes are looked up in pairs at every other place, j, which
	// halves the lookups of a look at every byte: a mark that begins at
	// j has its first two bytes there, one that begins a byte after j
	// its second and third at the next j, and one of two bytes that
	// begins a byte after j its first byte as the pair's second; all of
	// them are in creditPairs. Where a pair is, the marks that begin a
	// byte before it, at it or a byte after it are compared.
	for j := from; j+1 < len(s); j += 2 {
		if k := uint16(s[j])<<8 | uint16(s[j+1]); creditPairs[k>>6]&(1<<(k&63)) == 0 {
			continue
		}
		for i := max(from, j-1); i <= j+1 && i+1 < len(s); i++ {
			if creditAt(s, i) {
				return true
			}
		}
	}
	return false
}

// creditAt reports whether one of lexicon.CreditMarks begins at s[i:],
// which holds two bytes at least: only the marks that begin with its two
// bytes are compared.
func creditAt(s string, i int) bool {
	for m := creditFirst[s[i]] & creditSecond[s[i+1]]; m != 0; m &= m - 1 {
		if strings.HasPrefix(s[i:], lexicon.CreditMarks[bits.TrailingZeros32(m)]) {
			return true
		}
	}
	return false
}

// creditPairs is a set of byte pairs, a bit for each pair read as a
// 16-bit number, first byte high: the first two bytes of every one of
// lexicon.CreditMarks, the second and third of every one longer than
// two, and each byte followed by the first of a mark of two bytes, as
// isCreditLine looks at every other pair. Every mark has two bytes at
// least (TestIsCreditLineSame checks).
var creditPairs = func() (t [1 << 16 / 64]uint64) {
	add := func(a, b byte) {
		k := uint16(a)<<8 | uint16(b)
		t[k>>6] |= 1 << (k & 63)
	}
	for _, m := range lexicon.CreditMarks {
		add(m[0], m[1])
		if len(m) > 2 {
			add(m[1], m[2])
			continue
		}
		for c := range 256 {
			add(byte(c), m[0])
		}
	}
	return t
}()

// creditTail is how far from its end a caption's credit may begin, in
// bytes: a photographer's name and an agency's.
const creditTail = 64

// maxCaptionSize is the longest caption isCreditLine takes, a sentence or
// two; maxCreditSize the longest credit, searched for its marks
// throughout, where in a longer caption only the tail is.
const maxCaptionSize, maxCreditSize = 200, 120

// creditFirst maps a byte to the set of lexicon.CreditMarks, as bits of
// their index, that begin with it; so there are at most 32 marks
// (TestIsCreditLine checks).
var creditFirst = func() (t [256]uint32) {
	for k, m := range lexicon.CreditMarks {
		t[m[0]] |= 1 << k
	}
	return t
}()

// creditSecond is creditFirst for the second byte.
var creditSecond = func() (t [256]uint32) {
	for k, m := range lexicon.CreditMarks {
		t[m[1]] |= 1 << k
	}
	return t
}()

// creditOpeners and readMoreOpeners find lexicon.LineCreditOpenings and
// lexicon.ReadMoreOpenings at the start of a line.
var creditOpeners, readMoreOpeners = lexicon.NewFoldPrefixes(lexicon.LineCreditOpenings...), lexicon.NewFoldPrefixes(lexicon.ReadMoreOpenings...)

// isReadMore reports whether a line points to another story.
func isReadMore(l *textLine) bool {
	if l.size > maxReadMoreSize {
		return false
	}
	return readMoreOpeners.HasPrefix(l.text)
}

// maxReadMoreSize is the longest line isReadMore takes for a link to
// another story: its label and a headline.
const maxReadMoreSize = 200

// The kinds of label a short line can be, as bits of textLine.labels.
const (
	labelKnown     = 1 << iota // labels has been computed
	labelFurniture             // a control or a section label (lexicon.LineControl)
	labelStoryEnd              // opens what follows a story (lexicon.LineStoryEnd)
	labelComment               // a control under a comment (lexicon.LineCommentControl)
	labelRelated               // opens a list of other stories (lexicon.LineRelated)
	labelReadOn                // a link to read on elsewhere (lexicon.LineReadOn)
)

// A label is a line of maxLabelWords words at most, maxLabelSize long and
// maxLabelBytes in UTF-8: the longest labels of the sets ("das könnte Sie
// auch interessieren") fit, and a longer line needs no lookup.
const maxLabelWords, maxLabelSize, maxLabelBytes = 6, 48, 64

// labelBits returns which label sets a short line belongs to, lower-cased
// and without the punctuation, digits and symbols around it. The answer is
// computed once per line and kept on it: several stages ask. The text is
// lowered into a buffer on the stack, and the lookups convert it without a
// copy.
func labelBits(l *textLine) uint8 {
	if l.labels != 0 {
		return l.labels
	}
	l.labels = labelKnown
	if l.words > maxLabelWords || l.size > maxLabelSize || len(l.text) > maxLabelBytes {
		return l.labels
	}
	var buf [128]byte
	if key, ok := asciiLabelKey(l.text, &buf); ok {
		if mayBeLabel(key) {
			l.labels |= labelSets[string(key)]
		}
		return l.labels
	}
	// The line is trimmed before it is lowered, which lowers fewer runes
	// and leaves the shape filter a key to test: lowering a rune never
	// changes whether isLabelEdge trims it (TestLowerKeepsLabelEdge
	// checks every rune).
	b := buf[:0]
	for _, r := range trimLabelEdges(l.text) {
		if r < utf8.RuneSelf {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
			continue
		}
		if len(b)+utf8.UTFMax > len(buf) {
			return l.labels
		}
		b = utf8.AppendRune(b, textkit.ToLower(r))
	}
	if mayBeLabel(b) {
		l.labels |= labelSets[string(b)]
	}
	return l.labels
}

// trimLabelEdges returns s without the runes isLabelEdge trims at its
// ends, as strings.TrimFunc does, without a call through a func value
// for each rune.
func trimLabelEdges(s string) string {
	for s != "" {
		r, n := utf8.DecodeRuneInString(s)
		if !isLabelEdge(r) {
			break
		}
		s = s[n:]
	}
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		if !isLabelEdge(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// asciiLabelKey returns labelBits's key for a line of ASCII, lower-cased
// in buf and trimmed of what is not a letter at either end, which for
// ASCII is all isLabelEdge trims; ok is false when s is not ASCII. Most
// short lines are ASCII, and a byte loop costs a fraction of the rune
// loop and TrimFunc that other scripts need.
func asciiLabelKey(s string, buf *[128]byte) (key []byte, ok bool) {
	if len(s) > len(buf) {
		return nil, false
	}
	b := buf[:len(s)]
	for i := range b {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	for len(b) > 0 && !textkit.IsASCIILetter(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && !textkit.IsASCIILetter(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b, true
}

// labelShapes holds, for each length of a key of labelSets, a bit for
// each of its keys' first bytes and, in the upper word, each of their
// last bytes, each taken modulo 32 (a collision only costs a lookup).
// Most short lines are not labels, and this check turns nearly all of
// them away without hashing them for the map.
var labelShapes = func() (t [129]uint64) {
	for k := range labelSets {
		if len(k) > 0 && len(k) < len(t) {
			t[len(k)] |= 1<<(k[0]%32) | 1<<(32+k[len(k)-1]%32)
		}
	}
	return t
}()

// mayBeLabel reports whether key may be a key of labelSets: false means
// it is not one.
func mayBeLabel(key []byte) bool {
	if len(key) == 0 || len(key) >= len(labelShapes) {
		_, ok := labelSets[string(key)]
		return ok
	}
	m := labelShapes[len(key)]
	return m&(1<<(key[0]%32)) != 0 && m&(1<<(32+key[len(key)-1]%32)) != 0
}

// labelSets maps each label the text front end reads (lexicon.Labels,
// and lexicon.LineRelatedLabels and LineStoryEndLabels) to its bits, so
// labelBits makes one lookup per line.
var labelSets = func() map[string]uint8 {
	m := make(map[string]uint8, len(lexicon.Labels))
	for k, use := range lexicon.Labels {
		var bits uint8
		if use&lexicon.LineControl != 0 {
			bits |= labelFurniture
		}
		if use&lexicon.LineStoryEnd != 0 {
			// A label that opens what follows the story is no part of it.
			bits |= labelStoryEnd | labelFurniture
		}
		if use&lexicon.LineCommentControl != 0 {
			bits |= labelComment
		}
		if use&lexicon.LineRelated != 0 {
			bits |= labelRelated | labelStoryEnd | labelFurniture
		}
		if use&lexicon.LineReadOn != 0 {
			bits |= labelReadOn
		}
		if bits != 0 {
			m[k] = bits
		}
	}
	for _, k := range lexicon.LineRelatedLabels {
		m[k] |= labelRelated | labelStoryEnd | labelFurniture
	}
	for _, k := range lexicon.LineStoryEndLabels {
		m[k] |= labelStoryEnd | labelFurniture
	}
	return m
}()

// opensRelated reports whether a line is a label that opens a list of
// other stories.
func opensRelated(l *textLine) bool { return labelBits(l)&labelRelated != 0 }

// isReadOnLabel reports whether a line is the label alone of a link that
// carries on reading elsewhere ("Read more", "Mehr erfahren …").
func isReadOnLabel(l *textLine) bool { return labelBits(l)&labelReadOn != 0 }

// isLabelEdge reports whether labelBits trims r from a label's ends: a
// punctuation mark, a space, a digit or a symbol. The letters of most
// scripts, and the marks of European and CJK text, are told by their
// ranges, where unicode's tables would take four binary searches for
// each of them (TestIsLabelEdgeSameAsTables checks every rune).
func isLabelEdge(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return !textkit.IsASCIILetter(byte(r))
	case textkit.IsLatinLetter(r), textkit.IsCommonIdeograph(r), textkit.IsHangulSyllable(r):
		return false // Latin letters, the common Han block, Hangul syllables, kana
	case textkit.IsGeneralPunct(r), textkit.IsCJKPunct(r):
		return true
	}
	return isLabelEdgeByTables(r)
}

// isLabelEdgeByTables is isLabelEdge read from unicode's tables alone.
func isLabelEdgeByTables(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsDigit(r) || unicode.IsSymbol(r)
}

// isFurniture reports whether a line is a control or a section label.
func isFurniture(l *textLine) bool { return labelBits(l)&labelFurniture != 0 }

// endsStory reports whether a line is a label that opens what follows a
// story: comments, links to other stories.
func endsStory(l *textLine) bool { return labelBits(l)&labelStoryEnd != 0 || isSiteLabel(l) }

// siteLinks are the words that join a label to the site's name, or a
// section's ("Most read on The Courier", "Die meistgelesenen Artikel bei
// Kurier.de", "Weitere Beiträge aus der Kolumne").
var siteLinks = []string{" on ", " at ", " from ", " bei ", " auf ", " aus ", " von ", " im ", " sur ", " de ", " en "}

// siteLinkFirst maps a byte to the set of siteLinks, as bits of their
// index, whose word begins with it; siteLinkSecond is the same for the
// word's second byte. isSiteLabel compares a space only with the links
// whose word begins as the bytes after it do.
var siteLinkFirst, siteLinkSecond = func() (first, second [256]uint32) {
	for k, w := range siteLinks {
		first[w[1]] |= 1 << k
		second[w[2]] |= 1 << k
	}
	return first, second
}()

// A label with the site's name is at most maxSiteLabelWords words and
// maxSiteLabelSize long: a label of lexicon.LineStoryEnd and a name of a
// few words.
const maxSiteLabelWords, maxSiteLabelSize = 10, 80

// isSiteLabel reports whether a line is a label that opens what follows a
// story, followed by the site's name: its words up to one of siteLinks,
// two at least, are such a label.
func isSiteLabel(l *textLine) bool {
	if l.words > maxSiteLabelWords || l.size > maxSiteLabelSize || l.end == endSentence {
		return false
	}
	// Each link word is tried where it first occurs, and only there, as
	// the head up to it must hold a space: the line's spaces are visited
	// once, in order, where a search for each word read the line a dozen
	// times (endsStory asks most short lines).
	s := l.text
	first := strings.IndexByte(s, ' ')
	var seen uint32 // the siteLinks found at an earlier space
	for k := first; k >= 0 && k+2 < len(s); {
		for m := siteLinkFirst[s[k+1]] & siteLinkSecond[s[k+2]] &^ seen; m != 0; m &= m - 1 {
			j := bits.TrailingZeros32(m)
			if !strings.HasPrefix(s[k:], siteLinks[j]) {
				continue
			}
			seen |= 1 << j
			if k == first {
				continue // the head up to the line's first space is one word
			}
			head := textLine{text: s[:k]}
			measureLine(&head)
			if labelBits(&head)&labelStoryEnd != 0 {
				return true
			}
		}
		n := strings.IndexByte(s[k+1:], ' ')
		if n < 0 {
			break
		}
		k += 1 + n
	}
	return false
}

// isCommentHead reports whether a line opens or closes a reader comment.
func isCommentHead(l *textLine) bool { return commentHead(l) != 0 }

// The kinds of comment head commentHead tells apart.
const (
	headNone  = iota
	headVerb  // a header: "Ann says:"
	headLabel // a control under the comment: "Reply"
)

// A comment head is at most maxCommentHeadWords words and
// maxCommentHeadSize long, a name and a verb ("Ann Lee says:") or a
// control; a header with the verb has maxCommentVerbWords words at most,
// where a sentence that announces a quote is longer.
const maxCommentHeadWords, maxCommentHeadSize, maxCommentVerbWords = 8, 80, 5

// commentHead returns the kind of comment head a line is, or headNone.
func commentHead(l *textLine) int {
	if l.words > maxCommentHeadWords || l.size > maxCommentHeadSize {
		return headNone
	}
	// A comment's header is a name and the verb; a sentence announcing a
	// quote ("In an interview, the mayor said:") is longer or has commas.
	if l.end == endColon && l.words <= maxCommentVerbWords && l.commas == 0 {
		for _, v := range lexicon.CommentVerbs {
			if strings.HasSuffix(l.text, v) {
				return headVerb
			}
		}
	}
	// Most short lines have more or fewer letters than any comment label
	// (the label is the line less what is not a letter at its ends), and
	// so need no label key.
	if l.letters < commentLetters[0] || l.letters > commentLetters[1] || !mayBeComment(l.text) {
		return headNone
	}
	if labelBits(l)&labelComment != 0 {
		return headLabel
	}
	return headNone
}

// mayBeComment reports whether s may be a comment label by its first and
// last letters: false when either is an ASCII letter that no label
// begins, or ends, with. The label key is the line less what is not a
// letter at its ends, lower-cased; a line whose letter at an end is not
// ASCII may lower to anything, and passes that end.
func mayBeComment(s string) bool {
	return edgeLetterIn(s, 0, 1, &commentFirst) && edgeLetterIn(s, len(s)-1, -1, &commentLast)
}

// edgeLetterIn walks s from byte i, by step, to its first ASCII letter and
// reports whether set holds it lower-cased; a byte outside ASCII met
// first, or no letter at all, passes.
func edgeLetterIn(s string, i, step int, set *[256]bool) bool {
	for ; i >= 0 && i < len(s); i += step {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return true
		case textkit.IsASCIILetter(c):
			return set[c|0x20]
		}
	}
	return true
}

// commentFirst and commentLast hold the first and the last letters of the
// comment labels; all of them when a label begins, or ends, otherwise
// than with an ASCII letter, which leaves that end no test.
var commentFirst, commentLast = commentLetterSet(func(k string) byte { return k[0] }),
	commentLetterSet(func(k string) byte { return k[len(k)-1] })

// commentLetterSet returns the set of the letters at one end of the
// comment labels, lower-cased, which end picks.
func commentLetterSet(end func(k string) byte) (t [256]bool) {
	for _, k := range commentLabels {
		if k == "" || !textkit.IsASCIILetter(end(k)) {
			for c := range t {
				t[c] = true
			}
			return t
		}
		t[end(k)|0x20] = true
	}
	return t
}

// commentLabels are the labels of the controls under a reader's comment,
// in no order.
var commentLabels = func() (labels []string) {
	for k, use := range lexicon.Labels {
		if use&lexicon.LineCommentControl != 0 {
			labels = append(labels, k)
		}
	}
	return labels
}()

// commentLetters holds the fewest and the most letters of a key of
// commentLabels, counted as measureLine counts a line's.
var commentLetters = func() (r [2]int32) {
	r[0] = 1 << 30
	for _, k := range commentLabels {
		l := textLine{text: k}
		measureLine(&l)
		r[0], r[1] = min(r[0], l.letters), max(r[1], l.letters)
	}
	return r
}()

// bioVerbs are the verbs that follow an author's name in a note about
// them: "Ann Lee is a reporter", "Ann Lee has written for", "Ann Lee ist
// Redakteurin", "Ann Lee writes about rivers"; not German "hat", which
// opens a story's last news as often ("Ann Lee hat derweil ...").
var bioVerbs = []string{"is", "was", "has", "writes", "covers", "ist", "war", "schreibt", "est", "écrit", "es", "escribe", "è", "é", "jest"}

// notNames are capitalised words that open sentences, not names.
var notNames = []string{"the", "this", "that", "it", "he", "she", "there", "der", "die", "das", "er", "sie", "es",
	"le", "la", "il", "el", "lo", "ce", "à", "o", "a", "een", "het", "de"}

// isBio reports whether a paragraph opens as a note about its author does:
// a name of two to four capitalised words, then a verb of being.
func isBio(l *textLine) bool {
	s := l.text
	names := 0
	for names <= maxNameWords {
		n := strings.IndexByte(s, ' ')
		if n <= 0 {
			return false
		}
		w := s[:n]
		s = s[n+1:]
		if names >= minNameWords {
			for _, v := range bioVerbs {
				if w == v {
					return true
				}
			}
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, x := range notNames {
			if len(w) == len(x) && textkit.HasFoldPrefix(w, x) {
				return false
			}
		}
		names++
	}
	return false
}

// aboutOpenings open the heading of a box about the author or the site
// under a story: "About Ann Lee", "Über uns", "À propos de Ann".
var aboutOpenings = []string{"about ", "über ", "Über ", "à propos de ", "À propos de ", "acerca de ", "sobre "}

// opensAbout reports whether a short line heads a box about the author or
// the site: one of aboutOpenings and a name of one to three words.
func opensAbout(l *textLine) bool {
	if l.words < 2 || l.words > maxAboutWords || l.size > maxAboutSize || l.stops > 0 || l.commas > 0 {
		return false
	}
	for _, p := range aboutOpenings {
		if textkit.HasFoldPrefix(l.text, p) {
			r, _ := utf8.DecodeRuneInString(l.text[len(p):])
			return unicode.IsUpper(r) || textkit.HasFoldPrefix(l.text[len(p):], "us") || textkit.HasFoldPrefix(l.text[len(p):], "uns")
		}
	}
	return false
}

// An about box's heading is maxAboutWords words and maxAboutSize long at
// most: its opening ("À propos de") and a name of up to three words.
const maxAboutWords, maxAboutSize = 5, 48
