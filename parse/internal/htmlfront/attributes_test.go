package htmlfront

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/lexicon"
)

// classFlags is readClass's flags alone, which the tables pin.
func classFlags(v []byte) flags {
	f, _ := readClass(v, false)
	return f
}

func TestClassFlags(t *testing.T) {
	tests := []struct {
		v    string
		want flags
	}{
		{"ad-slot", badClass},
		{"post-share", badClass},
		{"entry-content", goodClass},
		{"has-sidebar", 0},
		{"o-section o-section--has-ads", 0},
		{"TestReport__Section--Ads", 0},
		{"elementor-widget elementor-widget-text-editor", goodClass},
		{"elementor-widget-wrap", 0},
		{"comments-area", inComments},
		{"commentlist", inComments},
		{"sect sect_article news commentary", goodClass}, // an opinion piece, not comments
		{"wp-caption-text", captionClass | goodClass},
		{"post-image-credits", creditClass | goodClass},
		{"author-bio", badClass | authorClass},
		{"TestReport__AuthorBox", authorClass},
		{"sect_profile-descr", authorClass},
		{"gallery has-caption", 0},
	}
	for _, tt := range tests {
		if got := classFlags([]byte(tt.v)); got != tt.want {
			t.Errorf("classFlags(%q) = %#x, want %#x", tt.v, got, tt.want)
		}
	}
}

// TestIsProfileLink checks addresses with a profile path and a name after
// it, anywhere in the address, against ones that only end in the path,
// hold it in another word, or hold none.
func TestIsProfileLink(t *testing.T) {
	for _, tt := range []struct {
		href string
		want bool
	}{
		{"/author/ann-lee/", true},
		{"https://example.com/news/authors/ann-lee", true},
		{"https://example.com/de/autor/ann-lee.html", true},
		{"https://example.com/team/people/ann", true},
		{"https://example.com/author/", false}, // the path alone, no name
		{"https://example.com/co-author/ann", false},
		{"https://example.com/news/story.html", false},
		{"author/ann", false},
		{"", false},
	} {
		if got := isProfileLink([]byte(tt.href)); got != tt.want {
			t.Errorf("isProfileLink(%q) = %v, want %v", tt.href, got, tt.want)
		}
	}
	for _, p := range lexicon.ProfilePaths {
		if len(p) < 3 || p[0] != '/' {
			t.Errorf("profile path %q is not a slash and two bytes or more", p)
		}
	}
	pieces := append([]string{"/", "a", "u", "th", "or", "x", "//", "p", "ro", "e", "-", "s", "j"}, lexicon.ProfilePaths...)
	eachJoin(pieces, 3, func(href string) {
		if got, want := isProfileLink([]byte(href)), isProfileLinkByPath(href); got != want {
			t.Errorf("isProfileLink(%q) = %v; path by path %v", href, got, want)
		}
	})
}

// isProfileLinkByPath is the reference isProfileLink is held to: each path
// is looked for in the address, with a byte after it.
func isProfileLinkByPath(href string) bool {
	for _, p := range lexicon.ProfilePaths {
		if i := strings.Index(href, p); i >= 0 && i+len(p) < len(href) {
			return true
		}
	}
	return false
}

// FuzzIsProfileLink holds isProfileLink to isProfileLinkByPath on any
// address.
func FuzzIsProfileLink(f *testing.F) {
	for _, v := range []string{"/author/ann-lee/", "https://example.com/people/", "/news/2024/profile/x", "//cdn/a/u/user/z"} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, href string) {
		if got, want := isProfileLink([]byte(href)), isProfileLinkByPath(href); got != want {
			t.Errorf("isProfileLink(%q) = %v; path by path %v", href, got, want)
		}
	})
}

// classFlagsByteLoop is the reading of a class or id value's flags that
// classNameFlags is held to: one loop over the bytes, which compares each
// with the ranges of letters and digits, as readClass read values before
// classNameFlags found each word with a table.
func classFlagsByteLoop(v []byte) flags {
	var all, name, pureGood flags
	start := -1
	negated := false
	for i := 0; i <= len(v); i++ {
		c := byte(' ')
		if i < len(v) {
			c = v[i]
		}
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			f := classWordFlags(v[start:i])
			if negated || start >= 2 && v[start-1] == '-' && v[start-2] == '-' {
				f &^= badClass | frameClasses
			}
			negated = isNegatingWord(v[start:i])
			name |= f
			start = -1
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			negated = false
			if name&(badClass|inComments) == 0 {
				pureGood |= name & goodClass
			}
			all |= name
			name = 0
		}
	}
	return valueFlags(all, pureGood)
}

// substringFlagsByLetter is the reference substringFlags is held to: at
// each letter of s it tries the words that begin with that letter, with
// no table to turn places away.
func substringFlagsByLetter(s string) flags {
	if strings.HasPrefix(s, "comment") && !strings.HasPrefix(s, "commentar") {
		return inComments
	}
	bad, good := false, false
	for i := 0; i+4 <= len(s) && !bad; i++ {
		r := s[i:]
		switch s[i] {
		case 'a':
			bad = strings.HasPrefix(r, "advert")
			good = good || strings.HasPrefix(r, "article")
		case 'b':
			bad = strings.HasPrefix(r, "breadcrumb")
		case 'c':
			bad = strings.HasPrefix(r, "cookie") || strings.HasPrefix(r, "carousel")
			good = good || strings.HasPrefix(r, "content")
		case 'f':
			bad = strings.HasPrefix(r, "footer")
		case 'm':
			bad = strings.HasPrefix(r, "menu")
		case 'n':
			bad = strings.HasPrefix(r, "newsletter") || strings.HasPrefix(r, "navbar")
		case 'p':
			bad = strings.HasPrefix(r, "promo")
		case 'r':
			bad = strings.HasPrefix(r, "related")
		case 's':
			bad = strings.HasPrefix(r, "sidebar") || strings.HasPrefix(r, "social") ||
				strings.HasPrefix(r, "sponsor") || strings.HasPrefix(r, "share") && s != "shared"
			good = good || strings.HasPrefix(r, "story")
		case 't':
			bad = strings.HasPrefix(r, "teaser")
		}
	}
	switch {
	case bad:
		return badClass
	case good:
		return goodClass
	}
	return 0
}

// checkClassReading holds readClass to its references on one value: its
// flags to classFlagsByteLoop, its cue to cueClass (cues_test.go); and
// substringFlags to substringFlagsByLetter on each of its words, lowered.
func checkClassReading(t *testing.T, v []byte) {
	t.Helper()
	fl, cue := readClass(v, true)
	if want := classFlagsByteLoop(v); fl != want {
		t.Errorf("readClass(%q) flags %#x; the byte loop gives %#x", v, fl, want)
	}
	if want := cueClass(v); cue != want {
		t.Errorf("readClass(%q) cue %#x; cueClass gives %#x", v, cue, want)
	}
	for _, w := range strings.FieldsFunc(string(v), func(r rune) bool { return !isClassByte(byte(r)) || r >= utf8.RuneSelf }) {
		w = strings.ToLower(w)
		if len(w) < 2 {
			continue
		}
		if got, want := substringFlags(w), substringFlagsByLetter(w); got != want {
			t.Errorf("substringFlags(%q) = %#x; by letter %#x", w, got, want)
		}
	}
}

// TestClassReadingSameAsByteLoop compares readClass with its references on
// values built from pieces of the words both read, in either case, with
// digits, hyphens and spaces between them.
func TestClassReadingSameAsByteLoop(t *testing.T) {
	pieces := []string{"adv", "ert", "art", "icle", "bread", "crumb", "cook", "ie", "car", "ousel",
		"con", "tent", "foot", "er", "me", "nu", "news", "letter", "nav", "bar", "pro", "mo", "rel",
		"ated", "side", "soc", "ial", "spon", "sor", "sha", "re", "d", "sto", "ry", "tea", "ser",
		"comment", "ary", "ad", "post", "Share", "NAV", "has", "no", "by", "line", "lead", "date",
		"x", "9", "-", "--", " ", "_", "\t", "\xff"}
	if n := eachJoin(pieces, 3, func(v string) { checkClassReading(t, []byte(v)) }); n < 100000 {
		t.Fatalf("only %d values compared", n)
	}
}

// eachJoin calls f with "" and with every string of up to depth pieces
// joined, and returns how many strings it made.
func eachJoin(pieces []string, depth int, f func(string)) int {
	n := 0
	var build func(prefix string, depth int)
	build = func(prefix string, depth int) {
		f(prefix)
		n++
		if depth == 0 {
			return
		}
		for _, p := range pieces {
			build(prefix+p, depth-1)
		}
	}
	build("", depth)
	return n
}

// FuzzReadClass is TestClassReadingSameAsByteLoop on any value.
func FuzzReadClass(f *testing.F) {
	for _, v := range []string{"post-share entry-content", "mainmenu", "has-ads", "articlebody x", "shared", "commentary", "entry-author updated", "LEAD-in Byline"} {
		f.Add([]byte(v))
	}
	f.Fuzz(func(t *testing.T, v []byte) {
		checkClassReading(t, v)
	})
}
