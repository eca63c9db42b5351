package textfront

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/record"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// The plain-text front end, stage three: the header. A reader finds the
// headline, the standfirst, the byline, the tags and the date of a story by
// where they stand (just above its first paragraph) and by their form, so
// this looks only there: never at the first date or name anywhere in the
// page, which is as likely a menu's or a teaser's. The headline is picked
// in title.go and stack.go; here are the header window, the reading of
// the lines between the headline and the story, and the forms of header
// line that are none of these (captions' credits, breadcrumb trails,
// controls).

// headWindow is how many lines above the story the header may reach.
const headWindow = 25

// readHeader reads the standfirst, the date, the authors and the tags from
// the header lines [from, to) between the headline and the story. A byline
// names the authors, on one line or with its names on the lines after its
// "By", and so does a name with the time since the story was posted. A
// name alone right under the headline (line head) or the standfirst, or
// near the date, is the author's only when nothing else names one: a bare
// pair of capitalised words may as well be a link ("Newer Article"). Right
// over the date, it is a name even where it could be a tag.
func readHeader(a *record.Article, lines []textLine, head, from, to int) {
	var bare []string
	stand := -1 // the line under the standfirst, where a byline may stand too
	for i := from; i < to; i++ {
		l := &lines[i]
		switch {
		case isDateLine(l):
			if a.Published == "" {
				a.Published, _ = lineDate(l.text)
			}
			if a.Authors != nil {
				break
			}
			// The name glued to the date is read apart from it.
			text, _ := unglue(l.text)
			a.Authors = bylineNames(text)
			if a.Authors == nil {
				a.Authors = nameBeforeDate(text)
			}
		case l.isProse():
			if a.Description == "" && !isByline(l) {
				a.Description, stand = l.text, i+1
			}
		case isByline(l):
			if a.Authors == nil {
				a.Authors = bylineNames(l.text)
			}
		case endsInMarker(l.text):
			if a.Authors == nil {
				a.Authors = nameAfterMarker(lines, i, to)
			}
		case l.digits > 0 && a.Authors == nil:
			// A name with the time since the story was posted.
			if name := leadingName(l); name != "" {
				a.Authors = []string{name}
			}
		case isTagLine(l) && a.Tags == nil:
			if tags := splitTags(l.text, a.Title, a.Text); tags != nil && !(len(tags) == 1 && isOverDate(lines, i, to) && authorName(l) != "") {
				a.Tags = tags
				continue
			}
			if bare == nil && (i == head || i == stand || isNearDate(lines, i, from, to)) {
				if name := authorName(l); name != "" {
					bare = []string{name}
				}
			}
		}
	}
	if a.Authors == nil {
		a.Authors = bare
	}
}

// storyLead returns the story's first paragraph, which stands in for a
// standfirst when the page has none, as the page's summary does in most
// pages' metadata; or "" when the story opens with something else.
func storyLead(lines []textLine, keep []bool, from, to int) string {
	for i := from; i < to; i++ {
		if keep[i] && lines[i].isProse() {
			return lines[i].text
		}
	}
	return ""
}

// teaserStart returns the line of the last label in [from, to) that
// opens a list of other stories ("Related", "Sur le même sujet"), or to
// when there is none: some pages put such a list between the header and
// the story, and its headlines and bylines are not the story's.
func teaserStart(lines []textLine, from, to int) int {
	for i := to - 1; i >= from; i-- {
		if opensRelated(&lines[i]) {
			return i
		}
	}
	return to
}

// isCredited reports whether a line credits a picture, as captions do.
func isCredited(s string) bool { return creditWords.In(s) }

var creditWords = lexicon.NewPrefixes(lexicon.CreditWords...)

// endsInCredit reports whether s ends in a bracketed credit of the form
// captions use, names and agencies between slashes: "(Ann Lee/Wire)".
func endsInCredit(s string) bool {
	if !strings.HasSuffix(s, ")") {
		return false
	}
	open := strings.LastIndexByte(s, '(')
	if open < 0 {
		return false
	}
	inner := s[open+1 : len(s)-1]
	return len(inner) > 3 && isUpperASCII(inner[0]) && strings.Contains(inner, "/") && !strings.Contains(inner, " / ")
}

// isTrail reports whether a line is a breadcrumb trail ("News > 2015 >
// Title"), which ends in the headline but is not it.
func isTrail(s string) bool {
	// Most lines hold no byte a separator is made of ('>', '/', and the
	// last bytes of "»" and "›"): four byte searches, fast on a short
	// line, settle those without the walk over its spaces.
	if strings.IndexByte(s, '>') < 0 && strings.IndexByte(s, '/') < 0 &&
		strings.IndexByte(s, 0xbb) < 0 && strings.IndexByte(s, 0xba) < 0 {
		return false
	}
	// A trail has two separators at least: one may stand in a headline
	// ("Paris / Berlin"), two steps make a path to it.
	const minTrailSeps = 2
	// One pass over the spaces of s, where every separator begins,
	// counting each separator's matches without overlap, as
	// strings.Count does.
	var next [len(trailSeps)]int
	n := 0
	for i := strings.IndexByte(s, ' '); i >= 0; {
		for k, sep := range trailSeps {
			if i >= next[k] && strings.HasPrefix(s[i:], sep) {
				next[k] = i + len(sep)
				if n++; n >= minTrailSeps {
					return true
				}
			}
		}
		j := strings.IndexByte(s[i+1:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

// trailSeps are what separate the steps of a breadcrumb trail.
var trailSeps = [...]string{" > ", " » ", " / ", " › ", " // "}

// isControl reports whether a line is made of the page's controls, glued
// together in the copy ("Skip to contentSkip to site index").
func isControl(s string) bool { return controlWords.In(s) }

var controlWords = lexicon.NewPrefixes(lexicon.ControlPhrases...)

// isInterface reports whether a line is a message or a hint of the page's
// interface ("Click to copy URL", "Press J to jump to the feed", "Are you
// sure you want to delete this?"): never a headline.
func isInterface(s string) bool { return interfaceOpeners.HasPrefix(s) }

var interfaceOpeners = lexicon.NewFoldPrefixes(lexicon.InterfaceOpenings...)

// splitTags cuts a tag line into the names it lists. A copied tag list
// loses the gaps between its links ("North Korea Russia"), so the line is
// cut where the title and the story cut it: greedily into the longest runs
// of words that occur there as a phrase, single words otherwise. It returns
// nil unless every tag found is used in the title or the story, which tells
// a tag line from a name or a label. The title and the story are passed
// apart, as known, rather than joined: a phrase of the line holds no line
// break, so it is in the two joined when it is in one of them, and the
// join would copy the whole story for each tag line.
func splitTags(line string, known ...string) []string {
	// A tag names a person, a place or a topic in a few words ("New York
	// City Marathon"): longer runs are not looked for.
	const maxTagWords = 4
	words := strings.Fields(line)
	var tags []string
	for i := 0; i < len(words); {
		n := 0
		for k := min(len(words), i+maxTagWords); k > i; k-- {
			if containsPhraseIn(known, strings.Join(words[i:k], " ")) {
				n = k - i
				break
			}
		}
		if n == 0 {
			return nil
		}
		tags = append(tags, strings.Join(words[i:i+n], " "))
		i += n
	}
	return tags
}

// containsPhraseIn reports whether phrase occurs as whole words in one of
// texts.
func containsPhraseIn(texts []string, phrase string) bool {
	for _, s := range texts {
		if containsPhrase(s, phrase) {
			return true
		}
	}
	return false
}

// containsPhrase reports whether phrase occurs in s as whole words.
func containsPhrase(s, phrase string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], phrase)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(phrase)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[j:])
		if (i == 0 || !textkit.IsWordRune(before)) && (j == len(s) || !textkit.IsWordRune(after)) {
			return true
		}
		off = i + 1
	}
}

// maxTagLineWords is the most words of a line of tags: a story's tags are
// a few names, where a longer line of capitalised words is a menu.
const maxTagLineWords = 8

// isTagLine reports whether a header line can be a list of tags: a few
// capitalised words and nothing else.
func isTagLine(l *textLine) bool {
	if l.words < 1 || l.words > maxTagLineWords || l.digits > 0 || l.caps != int16(l.words) {
		return false
	}
	for _, r := range l.text {
		if !(unicode.IsLetter(r) || r == ' ' || r == '-' || r == '\'' || r == '’' || r == '&') {
			return false
		}
	}
	return true
}
