package quality

import (
	"math"
	"reflect"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

func TestQualityNormalizeSpace(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"a  b\t\nc", "a b c"},
		{" a\u00a0\u2003b \r\n", " a b "},
		{"no-space", "no-space"},
	} {
		if got := NormalizeSpace(c.in); got != c.want {
			t.Errorf("NormalizeSpace(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestQualitySnippetCounts(t *testing.T) {
	with := []string{"quick brown fox", "lazy dog", "fox  jumps"}
	without := []string{"brown\nfox", "cat"}
	for _, c := range []struct {
		name string
		body string
		ok   bool
		want Counts
	}{
		{"found", "The quick  brown\nfox jumps", true, Counts{TP: 2, FP: 1, FN: 1, TN: 1}},
		{"case-sensitive", "The Quick brown fox jumps", true, Counts{TP: 1, FP: 1, FN: 2, TN: 1}},
		{"error", "The quick brown fox jumps", false, Counts{FN: 3, TN: 2}},
		{"blank body", " \n\t", true, Counts{FN: 3, TN: 2}},
	} {
		if got := SnippetCounts(c.body, c.ok, with, without); got != c.want {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
		}
	}
	// An empty snippet is "found" in any non-empty body, never in an empty one.
	if got := SnippetCounts("x", true, []string{""}, nil); got != (Counts{TP: 1}) {
		t.Errorf("empty snippet in body: %+v", got)
	}
	if got := SnippetCounts("", true, []string{""}, nil); got != (Counts{FN: 1}) {
		t.Errorf("empty snippet in empty body: %+v", got)
	}
}

func TestQualityCountsFigures(t *testing.T) {
	for _, c := range []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{TP: 6, FP: 2, FN: 4, TN: 9}, 0.75, 0.6, 12.0 / 18},
		{Counts{TP: 2, FP: 1, FN: 1, TN: 1}.Add(Counts{FN: 3, TN: 2}), 2.0 / 3, 2.0 / 6, 4.0 / 9},
		{Counts{}, 0, 0, 0},
		{Counts{FN: 3, TN: 5}, 0, 0, 0},
	} {
		if p, r, f := c.c.Precision(), c.c.Recall(), c.c.F1(); !near(p, c.p) || !near(r, c.r) || !near(f, c.f) {
			t.Errorf("%+v: P,R,F1 = %v,%v,%v, want %v,%v,%v", c.c, p, r, f, c.p, c.r, c.f)
		}
	}
}

func TestQualityTokens(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{" ,.! ", nil},
		{"Hello, wörld! foo_bar 42 ½", []string{"Hello", "wörld", "foo_bar", "42", "½"}},
		{"don't", []string{"don", "t"}},
		{"日本語 テスト", []string{"日本語", "テスト"}},
		// Combining marks are not \w in Python: a decomposed ï splits the word.
		{"nai\u0308ve", []string{"nai", "ve"}},
		{"naïve", []string{"naïve"}},
	} {
		if got := Tokens(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Tokens(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestQualityShingles(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want map[string]int
	}{
		{nil, map[string]int{}},
		{[]string{"a", "b"}, map[string]int{"a b": 1}},
		{[]string{"a", "b", "c", "d"}, map[string]int{"a b c d": 1}},
		{[]string{"a", "b", "c", "d", "e", "a", "b", "c", "d"}, map[string]int{
			"a b c d": 2, "b c d e": 1, "c d e a": 1, "d e a b": 1, "e a b c": 1,
		}},
	} {
		if got := Shingles(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Shingles(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestQualityCompareShingles(t *testing.T) {
	for _, c := range []struct {
		ext, truth string
		want       ShingleResult
	}{
		{"a b c d e", "a b c d f", ShingleResult{Shared: 1, Extra: 1, Missing: 1}},
		{"a b c d a b c d", "a b c d", ShingleResult{Shared: 1, Extra: 4}},
		{"", "", ShingleResult{Equal: true}},
		{"", "one two three four five", ShingleResult{Missing: 2}},
		{"Hi there", "hi there", ShingleResult{Extra: 1, Missing: 1}},
		{"a, b. c\n\nd!", "a b c d", ShingleResult{Shared: 1, Equal: true}},
	} {
		if got := CompareShingles(c.ext, c.truth); got != c.want {
			t.Errorf("CompareShingles(%q, %q) = %+v, want %+v", c.ext, c.truth, got, c.want)
		}
	}
	r := ShingleResult{Shared: 1, Extra: 1, Missing: 2}
	if !near(r.TP(), 0.25) || !near(r.FP(), 0.25) || !near(r.FN(), 0.5) {
		t.Errorf("normalised TP,FP,FN = %v,%v,%v, want .25,.25,.5", r.TP(), r.FP(), r.FN())
	}
	if z := (ShingleResult{}); z.TP() != 0 || z.FP() != 0 || z.FN() != 0 {
		t.Errorf("empty result normalises to non-zero")
	}
}

func TestQualityShingleScore(t *testing.T) {
	var s ShingleScore
	for _, r := range []ShingleResult{
		{Shared: 1, Extra: 1, Missing: 1}, // P .5, R .5
		{Shared: 1, Extra: 4},             // P .2, R 1
		{Equal: true},                     // both empty: P 1, R 1
		{Missing: 5},                      // empty extraction: R 0, no P
		{Extra: 3},                        // empty truth: P 0, no R
		{Shared: 3, Equal: true},          // P 1, R 1
	} {
		s.Add(r)
	}
	p, r := 2.7/5, 3.5/5
	if !near(s.Precision(), p) || !near(s.Recall(), r) {
		t.Errorf("P,R = %v,%v, want %v,%v", s.Precision(), s.Recall(), p, r)
	}
	if f := 2 * p * r / (p + r); !near(s.F1(), f) || !near(f, 0.756/1.24) {
		t.Errorf("F1 = %v, want %v", s.F1(), f)
	}
	if !near(s.Accuracy(), 2.0/6) {
		t.Errorf("accuracy = %v, want 1/3", s.Accuracy())
	}
	var z ShingleScore
	if z.Precision() != 0 || z.Recall() != 0 || z.F1() != 0 || z.Accuracy() != 0 {
		t.Errorf("empty score is not all zero")
	}
}

func TestQualityNormalizeMeta(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"  “Hello”  World — Part 1 | ", `hello" world — part 1`},
		{"ﬁle Ⅻ ＡＢＣ", "file xii abc"},
		{"Straße", "strasse"},
		{"...Title...", "title"},
		{"‘single’ and „low“", `single' and "low`},
		{"- | : ; ,", ""},
		{"Cafe\u0301", "café"},
	} {
		if got := NormalizeMeta(c.in); got != c.want {
			t.Errorf("NormalizeMeta(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"The Title", "the  title.", true},
		{"Title", "Title 2", false},
		{"Café", "Cafe\u0301", true},
		{"It’s here", "It's here", true},
		{"Title – Site", "Title - Site", false}, // an en dash is not a hyphen
		{"Title", "", false},
	} {
		if got := SameTitle(c.a, c.b); got != c.want {
			t.Errorf("SameTitle(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

func TestQualityBylineNames(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"By Erin Cunningham", []string{"erin cunningham"}},
		{"by: JOE WEE", []string{"joe wee"}},
		{"By\n\t\tScott  Cunningham", []string{"scott cunningham"}},
		{"Byron Smith", []string{"byron smith"}},
		{"Alexandre Hervaud, Jérémy Piette", []string{"alexandre hervaud", "jérémy piette"}},
		{"Stella Kim and Jennifer Jett & Bob | Al; Zed", []string{"al", "bob", "jennifer jett", "stella kim", "zed"}},
		{"Sandy Anderson and Rand", []string{"rand", "sandy anderson"}},
		{"Mac & i", []string{"i", "mac"}},
		{"Ann, Ann", []string{"ann"}},
	} {
		if got := BylineNames(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("BylineNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		truth   string
		authors []string
		want    bool
	}{
		{"By Stella Kim, Jennifer Jett", []string{"Jennifer Jett", "Stella Kim"}, true},
		{"By Stella Kim, Jennifer Jett", []string{"Stella Kim"}, false},
		{"Stella Kim and Jennifer Jett", []string{"Stella Kim & Jennifer Jett"}, true},
		{"Mac & i", []string{"Mac & i"}, true},
		{"Jane Doe", nil, false},
		{"JOE HILDEBRAND", []string{"Joe Hildebrand"}, true},
	} {
		if got := SameByline(c.truth, c.authors); got != c.want {
			t.Errorf("SameByline(%q, %q) = %v", c.truth, c.authors, got)
		}
	}
}

func TestQualitySameLang(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"en-US", "en-us", true},
		{"en-US", "en", false},
		{"en_US", "en-US", true},
		{"en", "", false},
		{"", "", false},
	} {
		if got := SameLang(c.a, c.b); got != c.want {
			t.Errorf("SameLang(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

// TestSameImage checks the README's image rule: host without "www." and
// path; scheme, query and fragment ignored.
func TestSameImage(t *testing.T) {
	for _, tc := range []struct {
		truth, got string
		want       bool
	}{
		{"https://www.example.com/a/b.jpg", "http://example.com/a/b.jpg?w=640#x", true},
		{"https://example.com/a/b.jpg", "https://EXAMPLE.com/a/b.jpg", true},
		{"https://example.com/a/b.jpg", "https://example.com/a/c.jpg", false},
		{"https://example.com/a/b.jpg", "https://cdn.example.com/a/b.jpg", false},
		{"https://example.com/a/b.jpg", "", false},
		{"https://example.com/a/b.jpg", "/a/b.jpg", false},
	} {
		if got := SameImage(tc.truth, tc.got); got != tc.want {
			t.Errorf("SameImage(%q, %q) = %v, want %v", tc.truth, tc.got, got, tc.want)
		}
	}
}
