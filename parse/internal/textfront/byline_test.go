package textfront

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/artparse/artparse/parse/internal/lexicon"
)

func TestBylineNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"By Ann Lee", []string{"Ann Lee"}},
		{"By Ann Lee and Bo Chan | March 3, 2020", []string{"Ann Lee", "Bo Chan"}},
		{"by Lucas Nolan22 Dec 2016651", []string{"Lucas Nolan"}},
		{"on March 10, 2015 by Nikhil Marathe", []string{"Nikhil Marathe"}},
		{"Par Sébastien Dupont", []string{"Sébastien Dupont"}},
		{"Written by Patrick Allan", []string{"Patrick Allan"}},
		{"// By Arun Sai Krishnan • Nov 11, 2020", []string{"Arun Sai Krishnan"}},
		{"By Erin Cunningham March 18 at 3:57 PM", []string{"Erin Cunningham"}},
		{"By Ann Lee, Senior Staff Writer, City Desk", []string{"Ann Lee"}},
		{"By JOHN SMITH JAN. 13, 2017", []string{"JOHN SMITH"}},
		{"By Ann Lee, Bo Chan and Cy Dee", []string{"Ann Lee", "Bo Chan", "Cy Dee"}},
		{"by Laura June Lee July 10, 2015", []string{"Laura June Lee"}},
		{"By Ann Lee June 3", []string{"Ann Lee"}},
		{"by: Ann Lee", []string{"Ann Lee"}},
		{"Written on Mar 17 by Ann Lee", []string{"Ann Lee"}},
		{"Posted on 3 May by Ann Lee", []string{"Ann Lee"}},
		{"Seen on Mar 17 by Ann Lee", nil},
		{"The bridge was built by engineers from the city.", nil},
		{"Stand by me", nil},
		{"By the river", nil},
	}
	for _, tt := range tests {
		if got := bylineNames(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("bylineNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNameBeforeDate(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Dan Goodin - Apr 16, 2015 8:02 pm UTC", []string{"Dan Goodin"}},
		{"Mia Rossi | 3 May 2021", []string{"Mia Rossi"}},
		{"Updated - Apr 16, 2015", nil},
		{"News | Apr 16, 2015", nil},
		{"Apr 16, 2015", nil},
	}
	for _, tt := range tests {
		if got := nameBeforeDate(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("nameBeforeDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTextByline checks where the text front end finds a story's authors.
func TestTextByline(t *testing.T) {
	story := "\n\nThe council met again today and the river kept rising through the night, said the mayor.\n\n" +
		"Crews worked until dawn to raise the banks, and the bridge stayed closed to traffic all morning.\n"
	// A story long enough that a standfirst cut off from it is not its own.
	more := "\nThe old bridge was built in 1890 and has seen four floods of this size since then, each of them in spring.\n\n" +
		"Shops on the high street moved their stock upstairs, and the bakery sold bread from a van on the hill.\n\n" +
		"The school stayed open, though half of the teachers could not reach it from the villages across the river.\n\n" +
		"Forecasters expect the rain to stop by the weekend, and the water to fall slowly over the following week.\n"
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"byline beats a bare name by the date", "Home\nNews\nRiver rises over the old town walls\nOlder Article\nNewer Article\non March 10, 2015 by Bo Chan" + story, []string{"Bo Chan"}},
		{"name under the headline", "Home\nNews\nRiver rises over the old town walls\nAnn Lee\nFollow\n1:39 PM ET" + story, []string{"Ann Lee"}},
		{"name two lines from the date", "Home\nNews\nRiver rises over the old town walls\nA picture of the river\nAnn Lee\nRiver Editor\nMarch 10, 2015" + story, []string{"Ann Lee"}},
		{"no name", "Home\nNews\nRiver rises over the old town walls\nMarch 10, 2015" + story, nil},
		{"name before a time under the headline", "Home\nNews\nRiver rises over the old town walls\nAnn Lee • 8h" + story, []string{"Ann Lee"}},
		{"name before a date in the header", "Home\nNews\nRiver rises over the old town walls\nAnn Lee | March 10, 2015" + story, []string{"Ann Lee"}},
		{"a name before a section label is no byline", "Home\nNews\nRiver rises over the old town walls\nAnn Lee • Politics" + story, nil},
		{"name and role under the headline", "Home\nNews\nRiver rises over the old town walls\nAnn Lee, Staff Reporter\nMarch 10, 2015" + story, []string{"Ann Lee"}},
		{"name and handle over the date", "Home\nNews\nRiver rises over the old town walls\nA wet week in the valley\nAnn Lee, @annlee\nMarch 10, 2015" + story, []string{"Ann Lee"}},
		{"a caption under the headline is no name", "Home\nNews\nRiver rises over the old town walls\nMayor Bo Chan, Ann Lee / AFP\nMarch 10, 2015" + story, nil},
		{"a place under the headline is no name", "Home\nNews\nRiver rises over the old town walls\nNew York, NY\nMarch 10, 2015" + story, nil},
		{"buttons under the headline are no name", "Home\nNews\nRiver rises over the old town walls\nSocial Share\nMarch 10, 2015" + story, nil},
		{"name with the time since posting beats a label", "Home\nNews\nRiver rises over the old town walls\nRiver Desk\nAnn Lee 2 hours ago" + story, []string{"Ann Lee"}},
		{"a time's label is no name", "Home\nNews\nRiver rises over the old town walls\nLast Updated 2 days ago" + story, nil},
		{"name over a time stamp in figures", "Home\nNews\nRiver rises over the old town walls\nRead on\nSubscribe\nAnn Lee\n9/11/13 10:00AM\n•" + story, []string{"Ann Lee"}},
		{"name over a time stamp, also found in the story", "Home\nNews\nRiver rises over the old town walls\nRead on\nPark reopens after the storm\nRead on\nSubscribe\nAnn Lee\n9/11/13 10:00AM\n•" + story +
			"\nAnn Lee spent the night on the bank with the crews.\n", []string{"Ann Lee"}},
		{"byline with one name a line", "Home\nNews\nRiver rises over the old town walls\nBy\nAnn Lee\nand\nBo Chan\nPublished Nov 8, 2023" + story, []string{"Ann Lee", "Bo Chan"}},
		{"name under the standfirst", "Home\nNews\nRiver rises over the old town walls\nPublished on: March 3, 2020\n4 min read\nShare\nThe water is still rising on the banks tonight.\nAnn Lee\nfloodsweathertown" + story + more, []string{"Ann Lee"}},
		{"a follow bar's networks are no name", "Home\nFollow\nFacebook Twitter\nRiver rises over the old town walls\nA night on the banks\nNotes from the crews" + story, nil},
		{"name by a follow button above the headline", "Home\nAnn Lee\nFollow\nMar 3\nRiver rises over the old town walls\nA night on the banks\nNotes from the crews" + story, []string{"Ann Lee"}},
		{"name under the story's last line", "Home\nNews\nRiver rises over the old town walls" + story + "Recommend\nShare\nWritten on Mar 17 by\nAnn Lee\nWriter and river watcher.\n", []string{"Ann Lee"}},
		{"name and date under the story", "Home\nNews\nRiver rises over the old town walls" + story + "Ann Lee — 2013-09-29 — in News — Permalink\nHome\nAbout\n", []string{"Ann Lee"}},
		{"a comment's byline far under the story is not the author's", "Home\nNews\nRiver rises over the old town walls" + story +
			"Share\nTweet\nRelated\nBridge works start\nBoat club reopens\nPark closes early\nMarket moves indoors\nSchool trips resume\nLibrary hours change\n12 Comments\nLeave a reply\nPosted on Mar 18 by\nBo Chan\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseDoc(tt.doc)
			if !reflect.DeepEqual(a.Authors, tt.want) {
				t.Errorf("authors = %q, want %q (title %q)", a.Authors, tt.want, a.Title)
			}
		})
	}
}

func TestIsFollow(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Follow", true},
		{"FollowFollowing", true},
		{"ProfileFollowUnfollow", true},
		{"Follow Followed", true},
		{"Profile", false},
		{"Follow us", false},
		{"Followers", false},
	}
	for _, tt := range tests {
		if got := isFollow(tt.in); got != tt.want {
			t.Errorf("isFollow(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// isMarkerWordByFold is isMarkerWord as its doc defines it, with
// strings.EqualFold: the reference of TestIsMarkerWord and
// FuzzIsMarkerWord.
func isMarkerWordByFold(w string) bool {
	return slices.ContainsFunc(lexicon.BylineMarkers, func(m string) bool { return strings.EqualFold(w, m) })
}

// TestIsMarkerWord holds isMarkerWord to isMarkerWordByFold on every
// marker in every case, on words that fold to one only outside ASCII,
// and on every word of up to two runes among letters, marks and the
// runes that fold to ASCII letters.
func TestIsMarkerWord(t *testing.T) {
	var words []string
	for _, m := range lexicon.BylineMarkers {
		for mask := range 1 << len(m) {
			b := []byte(m)
			for i := range b {
				if mask&(1<<i) != 0 {
					b[i] -= 'a' - 'A'
				}
			}
			words = append(words, string(b), string(b)+"x", string(b[1:]), string(b)+":")
		}
	}
	runes := []rune("abdeiknoprsvyzABDIKNOPRSVY0:-é\u212a\u017f\u0130\u0131\u00ff")
	for _, a := range runes {
		words = append(words, string(a))
		for _, b := range runes {
			words = append(words, string([]rune{a, b}))
			for _, c := range runes {
				words = append(words, string([]rune{a, b, c}))
			}
		}
	}
	words = append(words, "", "\xffy", "b\xff", "door", "DoOr", "doors")
	for _, w := range words {
		checkMarkerWord(t, w)
	}
}

func FuzzIsMarkerWord(f *testing.F) { fuzzWith(f, checkMarkerWord, "By", "\u212avon") }

func checkMarkerWord(t *testing.T, w string) {
	checkSame(t, "isMarkerWord", isMarkerWord, isMarkerWordByFold, w)
}
