package lexicon

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The forms a list's words must have for the way they are matched.
const (
	// lower: written as strings.ToLower writes it, for lists compared
	// with a lower-cased text or ignoring case (NewFoldPrefixes needs no
	// ASCII capital; the front ends' own lowering needs the rest).
	lower = 1 << iota
	// trimmed: no space at either end, for words compared whole or
	// followed by a separator the front end checks.
	trimmed
	// wordStart: no space at the start, for phrases looked for at word
	// starts, where a leading space never is.
	wordStart
	// longestFirst: no word begins with a word listed before it, for
	// lists read in order where the first word that fits wins.
	longestFirst
	// noneInside: no word holds another, for lists searched anywhere in a
	// text, where the longer word would add nothing.
	noneInside
)

// TestListForms checks every list against the form its matcher needs,
// and that no list repeats a word.
func TestListForms(t *testing.T) {
	lists := []struct {
		name  string
		words []string
		form  int
	}{
		{"BylineMarkers", BylineMarkers, lower | trimmed},
		{"BylineVerbs", BylineVerbs, lower | trimmed},
		{"BylineOpenings", BylineOpenings, lower | trimmed},
		{"FollowLabels", FollowLabels, trimmed | longestFirst},
		{"BlockNoticePhrases", BlockNoticePhrases, lower | trimmed},
		{"LineNoticePhrases", LineNoticePhrases, lower | trimmed},
		{"NoticeOpenings", NoticeOpenings, lower | wordStart},
		{"EdgePhrases", EdgePhrases, lower | trimmed | noneInside},
		{"CreditOpenings", CreditOpenings, lower | trimmed},
		{"LineCreditOpenings", LineCreditOpenings, lower | trimmed},
		{"CreditMarks", CreditMarks, 0},
		{"CreditWords", CreditWords, trimmed},
		{"ReadMoreOpenings", ReadMoreOpenings, lower | wordStart},
		{"ReadingTimes", ReadingTimes, lower | trimmed},
		{"InterfaceOpenings", InterfaceOpenings, lower | wordStart},
		{"ControlPhrases", ControlPhrases, trimmed},
		{"CommentHeadWords", CommentHeadWords, lower | trimmed | noneInside},
		{"CommentVerbs", CommentVerbs, 0},
		{"roleWords", roleWords, lower | trimmed},
	}
	for _, l := range lists {
		if len(l.words) == 0 {
			t.Errorf("%s is empty", l.name)
		}
		seen := map[string]bool{}
		for i, w := range l.words {
			switch {
			case w == "" || !utf8.ValidString(w):
				t.Errorf("%s: word %d, %q, is empty or not UTF-8", l.name, i, w)
			case seen[w]:
				t.Errorf("%s: %q is listed twice", l.name, w)
			case l.form&lower != 0 && strings.ToLower(w) != w:
				t.Errorf("%s: %q is not lower-case", l.name, w)
			case l.form&trimmed != 0 && strings.TrimSpace(w) != w:
				t.Errorf("%s: %q has a space at an end", l.name, w)
			case l.form&wordStart != 0 && strings.TrimLeft(w, " ") != w:
				t.Errorf("%s: %q opens with a space", l.name, w)
			}
			seen[w] = true
			for j, v := range l.words {
				if l.form&longestFirst != 0 && j < i && strings.HasPrefix(w, v) {
					t.Errorf("%s: %q is listed after %q, which begins it", l.name, w, v)
				}
				if l.form&noneInside != 0 && i != j && strings.Contains(w, v) {
					t.Errorf("%s: %q holds %q", l.name, w, v)
				}
			}
		}
	}
}

// TestBylineMarkers checks the form the text front end's quick test of a
// word relies on: two to four ASCII letters, none of which folds to a
// letter of another length (the k of the Kelvin sign, the s of the long
// s).
func TestBylineMarkers(t *testing.T) {
	for _, m := range BylineMarkers {
		if len(m) < 2 || len(m) > 4 || strings.ContainsAny(m, "ks") ||
			strings.IndexFunc(m, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			t.Errorf("byline marker %q is not two to four ASCII letters without k or s", m)
		}
	}
	for _, m := range BylineMarkers {
		found := false
		for _, o := range BylineOpenings {
			found = found || o == m
		}
		if !found {
			t.Errorf("byline marker %q is not among BylineOpenings", m)
		}
	}
}

// TestLabels checks that every label is a key as the front ends make
// one, lower-cased with a letter at each end, is listed in one group only,
// and is read by some front end.
func TestLabels(t *testing.T) {
	seen := map[string]bool{}
	for _, g := range labelGroups {
		if g.use == 0 || len(g.labels) == 0 {
			t.Errorf("a label group of use %b with %d labels", g.use, len(g.labels))
		}
		for _, k := range g.labels {
			first, _ := utf8.DecodeRuneInString(k)
			last, _ := utf8.DecodeLastRuneInString(k)
			switch {
			case seen[k]:
				t.Errorf("label %q is in two groups", k)
			case strings.ToLower(k) != k:
				t.Errorf("label %q is not lower-case", k)
			case !unicode.IsLetter(first) || !unicode.IsLetter(last):
				t.Errorf("label %q does not begin and end with a letter", k)
			case strings.Contains(k, "  "):
				t.Errorf("label %q has two spaces running", k)
			}
			seen[k] = true
		}
	}
	if len(Labels) != len(seen) {
		t.Errorf("Labels has %d keys, the groups %d labels", len(Labels), len(seen))
	}
}

// TestListCounts pins how the two front ends' lists of a concept differ,
// as the comments of the lists count it, so that a change to a list
// revisits them.
func TestListCounts(t *testing.T) {
	count := func(m LabelUse, not LabelUse) int {
		n := 0
		for _, use := range Labels {
			if use&m != 0 && use&not == 0 {
				n++
			}
		}
		return n
	}
	const lineEnd = LineStoryEnd | LineRelated
	for _, c := range []struct {
		name      string
		got, want int
	}{
		{"story ends both front ends read", count(lineEnd, 0) - count(lineEnd, HeadingStoryEnd), 30},
		{"story ends of the text front end", count(lineEnd, 0), 122},
		{"story ends of the HTML front end", count(HeadingStoryEnd, 0), 69},
		{"HTML story ends the text front end reads as controls", count(HeadingStoryEnd, lineEnd) - count(HeadingStoryEnd, lineEnd|LineControl), 11},
		{"block notices among the text front end's controls", count(BlockNotice, 0) - count(BlockNotice, LineControl|lineEnd), 17},
		{"block notices only", count(BlockNotice, LineControl|lineEnd), 12},
		{"controls of the text front end only, not block notices", count(LineControl, lineEnd|BlockNotice), 105},
		{"notice phrases both front ends read", len(noticeBoth), 14},
		{"byline openings that are not markers", len(BylineOpenings) - len(BylineMarkers) - len(BylineVerbs) - len(markupBylineVerbs), 10},
	} {
		if c.got != c.want {
			t.Errorf("%s: %d, want %d", c.name, c.got, c.want)
		}
	}
}
