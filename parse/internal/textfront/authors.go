package textfront

import (
	"strings"

	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// The plain-text front end, the authors: where a page names them, when
// its header lines (readHeader) do not. The byline nearest the story's
// first line, a name under the headline or next to the date, a byline
// whose names a copy puts on lines of their own, the box with the
// author's name and a button to follow them, and the signature under the
// story. Each is read where a reader looks for it, never anywhere in the
// page; byline.go reads the names out of a line.

// bylineReach is how far into the story a byline may stand: some pages
// put it under the first paragraph or the lead picture.
const bylineReach = 4

// nearByline returns the names of the byline closest to the story's first
// line, body, searching the header window above it from from up to the
// teasers that begin at line teasers, and the first lines of the story
// except the teasers removed from it.
func nearByline(lines []textLine, keep []bool, from, teasers, body int) []string {
	var best []string
	dist := len(lines)
	for i := from; i < len(lines) && i < body+bylineReach; i++ {
		if i >= body && !keep[i] || i >= teasers && i < body {
			continue
		}
		d := body - i
		if d < 0 {
			d = -d
		}
		if d >= dist {
			continue
		}
		if isByline(&lines[i]) {
			best, dist = bylineNames(lines[i].text), d
		}
	}
	return best
}

// nameUnderReach is how many lines under the headline nameUnderTitle
// looks for a name: the name, a role or a button, and the date; further
// down, a name alone is a subheading's or a teaser's as often.
const nameUnderReach = 3

// nameUnderTitle returns the name that stands alone, or before a time or
// a handle, right under the headline (line title) or next to a date line
// in the few lines below it, before the story's first paragraph: a byline
// without its "By". A page that prints none gets nil.
func nameUnderTitle(lines []textLine, title, end int) []string {
	for i := title + 1; i < end && i <= title+nameUnderReach; i++ {
		l := &lines[i]
		if l.isProse() {
			break
		}
		if name := leadingName(l); name != "" && (i == title+1 || isNearDate(lines, i, title+1, end)) {
			return []string{name}
		}
	}
	return nil
}

// isOverDate reports whether line i stands right over a date line or a time
// stamp, before line to: a name there is the author's, even where it
// could be a tag ("Ann Lee" over "9/11/13 10:00AM"), where a label under
// the date is more often a section's or the headline.
func isOverDate(lines []textLine, i, to int) bool {
	return i+1 < to && (isDateLine(&lines[i+1]) || isStampLine(&lines[i+1]))
}

// dateNear is how many lines a date may stand above or below a name for
// isNearDate: a name's byline may have a role or a "Follow" button
// between it and the date.
const dateNear = 2

// isNearDate reports whether one of the dateNear lines above or below
// line i, within [from, to), is a date line.
func isNearDate(lines []textLine, i, from, to int) bool {
	for k := max(from, i-dateNear); k < min(to, i+dateNear+1); k++ {
		if k != i && (isDateLine(&lines[k]) || isStampLine(&lines[k])) {
			return true
		}
	}
	return false
}

// nameAfterMarker returns the names on the lines after line i when line i
// ends in a byline marker, all within [0, to); or nil. A copy puts each
// linked name of a byline on a line of its own, and the "and" between
// two names too ("By" / "Ann Lee" / "and" / "Bo Chan").
func nameAfterMarker(lines []textLine, i, to int) []string {
	if i+1 >= to || !endsInMarker(lines[i].text) {
		return nil
	}
	var names []string
	for k := i + 1; k < to; k += 2 {
		name := authorName(&lines[k])
		if name == "" {
			break
		}
		names = append(names, name)
		if k+2 >= to || !isNameJoin(lines[k+1].text) {
			break
		}
	}
	return names
}

// isNameJoin reports whether s is what joins two names of a byline.
func isNameJoin(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "and", "&", ",", "und", "et", "y", "e":
		return true
	}
	return false
}

// isFollow reports whether a line is the follow button of an author's box,
// whose states a copy runs together ("Follow", "FollowFollowing",
// "ProfileFollowUnfollow").
func isFollow(s string) bool {
	hasFollow := false
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimLeft(s, " ") {
		w := ""
		for _, f := range lexicon.FollowLabels {
			if strings.HasPrefix(s, f) {
				w = f
				break
			}
		}
		if w == "" {
			return false
		}
		hasFollow = hasFollow || w != "Profile"
		s = s[len(w):]
	}
	return hasFollow
}

// followedName returns the name next to a follow button in [from, to),
// the one closest to the story's first line, to: the box with the
// author's name, picture and a button to follow them, which pages put
// above the story, not always under the headline; or nil.
func followedName(lines []textLine, from, to int) []string {
	for i := to - 1; i >= from; i-- {
		if !isFollow(lines[i].text) {
			continue
		}
		if i > from {
			if name := authorName(&lines[i-1]); name != "" {
				return []string{name}
			}
		}
		if i+1 < to {
			if name := authorName(&lines[i+1]); name != "" {
				return []string{name}
			}
		}
	}
	return nil
}

// signatureReach is how far below the story's last paragraph its
// signature may stand: past the buttons to share and recommend it and the
// blurb of the publication that printed it.
const signatureReach = 12

// signature returns the author a story names at its foot, where its end
// is line end: a date line right under the story that opens with a name
// ("Ann Lee — 2013-09-29"), or a line ending in a byline's marker with
// the name on the next ("Written on Mar 17 by" / "Ann Lee"); or nil.
// Further down are comments, whose bylines are not the story's.
func signature(lines []textLine, end int) []string {
	if end < len(lines) && isDateLine(&lines[end]) {
		if names := nameBeforeDate(lines[end].text); names != nil {
			return names
		}
	}
	for i := end; i < len(lines) && i < end+signatureReach && !opensComments(lines[i].text); i++ {
		if names := nameAfterMarker(lines, i, len(lines)); names != nil {
			return names
		}
	}
	return nil
}

// maxCommentsHead is the longest line, in bytes, that opensComments takes
// for the heading of the comments ("Leave a reply", "12 responses to ...");
// a longer line that says "comment" is a sentence.
const maxCommentsHead = 60

// opensComments reports whether a short line heads the comments under a
// story ("12 Comments", "Leave a reply"), below which bylines are the
// commenters'.
func opensComments(s string) bool {
	var buf [maxCommentsHead]byte
	if len(s) > len(buf) {
		return false
	}
	return commentHeadFinder.In(textkit.LowerInto(buf[:0], s))
}

// commentHeadFinder finds lexicon.CommentHeadWords anywhere in a
// lower-cased line.
var commentHeadFinder = lexicon.NewPrefixes(lexicon.CommentHeadWords...)
