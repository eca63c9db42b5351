package textfront

import (
	"strings"

	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// The plain-text front end, the authors that a page names over several
// lines: a byline whose names a copy puts on lines of their own, the box
// with the author's name and a button to follow them, and the signature
// under the story. Each is read where a reader looks for it, never
// anywhere in the page.

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
	follow := false
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
		follow = follow || w != "Profile"
		s = s[len(w):]
	}
	return follow
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

// opensComments reports whether a short line heads the comments under a
// story ("12 Comments", "Leave a reply"), below which bylines are the
// commenters'.
func opensComments(s string) bool {
	var buf [60]byte
	if len(s) > len(buf) {
		return false
	}
	return commentHeadFinder.In(textkit.LowerInto(buf[:0], s))
}

// commentHeadFinder finds lexicon.CommentHeadWords anywhere in a
// lower-cased line.
var commentHeadFinder = lexicon.NewPrefixes(lexicon.CommentHeadWords...)
