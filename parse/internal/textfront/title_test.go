package textfront

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// TestTextTitleForms checks headlines whose form the scoring once held
// against them, each on a small page where another line stands ready to be
// taken instead.
func TestTextTitleForms(t *testing.T) {
	tests := []struct{ name, doc, want string }{
		{
			// Abbreviations put several full stops in a question that is
			// still one sentence, not a paragraph.
			name: "question with abbreviations",
			doc: "Home\nWorld\nCan the U.S. and the E.U. still agree on steel tariffs?\n" +
				"Ministers shake hands in Geneva on Monday. (Photo: Ann Roe/Wire Pictures)\n" +
				"By Dana Holt March 18, 2025\n\n" +
				"Trade ministers from the U.S. and the E.U. met in Geneva on Monday to talk about steel tariffs, the third such meeting this year.\n\n" +
				"Both sides said the talks on steel tariffs would go on in April, though neither would say what had been agreed so far.\n",
			want: "Can the U.S. and the E.U. still agree on steel tariffs?",
		},
		{
			// The byline under "Related" is a teaser's: it does not make
			// the standfirst over the list a headline. The headline
			// stands too far above it to gain from it too.
			name: "byline of a teaser under the standfirst",
			doc: "Home\nHarbour ferry sails again after winter repairs\nListen to this article\nSave for later\n" +
				"The ferry that links the two harbour towns made its first crossing of the year on Monday.\n" +
				"Related\nCouncil debates new bus lanes for the coast road\nBy Tom Baker\n\n" +
				"The harbour ferry sailed again on Monday after three months of winter repairs to its engines and its deck.\n\n" +
				"The ferry crossing takes twenty minutes, and the first sailing of the day was full, the harbour office said.\n",
			want: "Harbour ferry sails again after winter repairs",
		},
		{
			// An ellipsis after a list of quoted titles says the list
			// goes on; the headline under the kicker is over the byline.
			name: "list of titles that trails off",
			doc: "Culture\nOn our screens this week\n" +
				"Watchlist: «Harbour Lights», «Nine Days», «The Mayor»…\n" +
				"By Ann Lee and Tom Ray — 24 November 2017 at 18:42\n\n" +
				"Series, documentaries and cartoons: here is what our critics say to watch on the small screen this week, with «Harbour Lights» first.\n\n" +
				"It follows a crew through a long storm at sea, and it is the best of the lot this week, they say.\n",
			want: "Watchlist: «Harbour Lights», «Nine Days», «The Mayor»…",
		},
		{
			// So many tags and buttons stand between the headline and the
			// story that the headline is above the header window, which
			// holds nothing better than a button.
			name: "headline over a long run of tags and buttons",
			doc: "Home\nHow to Stop Buying Things You Do Not Need\nAnn Lee\nProfile\nFollow\nFiled to: money\n" +
				"shopping\nsaving money\npersonal finance\nhabits\nbudget\npsychology\nhome office\n" +
				"Edit\nDelete\nInvite\nInvite manually\nPromote\nDismiss\nBlock for Example Daily\nHide\n" +
				"Share to Facebook\nShare to Twitter\nShare to Email\nShare to Reddit\nCopy link\nPrint\nGo to permalink\n\n" +
				"We all buy things we do not need now and then, and there is nothing wrong with a treat once in a while.\n\n" +
				"But when buying things you do not need becomes a habit, your budget pays for it, so it helps to know the tricks shops play.\n",
			want: "How to Stop Buying Things You Do Not Need",
		},
		{
			// A picture's caption ends in its credit: the names of the
			// photographer and the agency between slashes in brackets.
			name: "caption with a bracketed credit",
			doc: "News\nVote ends the long wait for a new landing\n" +
				"The ferry pier at low tide last week, after the storms had torn away its deck (Ann Roe/Harbour Wire)\n" +
				"By Dana Holt\n\n" +
				"The town council voted on Tuesday night to rebuild the ferry pier, whose deck the January storms tore away.\n\n" +
				"Councillors argued over who should pay for the ferry pier, and the vote was closer than residents expected.\n",
			want: "Vote ends the long wait for a new landing",
		},
		{
			// The time since a post was posted is a date line of
			// another shape: no headline, though it stands where one
			// would and is no button's label.
			name: "the time since it was posted",
			doc: "Menu\nSubscribe\nHome\n3 hours ago\n\n" +
				"The ferry that links the harbour towns has a new engine, which the crew says is quieter and burns less fuel.\n\n" +
				"The old engine had run for thirty years, and the parts it needed were no longer made by anyone on the coast.\n",
			want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseDoc(tt.doc)
			if a.Title != tt.want {
				t.Errorf("title = %q, want %q", a.Title, tt.want)
			}
		})
	}
}

// TestSentenceEnds checks the count of sentences that end in a line.
func TestSentenceEnds(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"Where do U.S.-Israeli relations go now?", 1},
		{"It rained. Then it stopped.", 2},
		{"Wait... what?!", 2},
		{"He said “No.” Then he left", 1},
		{"第一句。第二句。", 2},
		{"No end here", 0},
		{"Version 1.2 is out", 0},
		{"Can the U.S. and the E.U. agree?", 1},
		{"A talk with J. Lee. She won.", 2},
	}
	for _, tt := range tests {
		if got := sentenceEnds(tt.s); got != tt.want {
			t.Errorf("sentenceEnds(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// TestHeadlineEnds checks the endings a headline may have without the
// cost of a full stop.
func TestHeadlineEnds(t *testing.T) {
	tests := []struct {
		s           string
		asks, trail bool
	}{
		{"Is the bridge safe?", true, false},
		{"The bridge is safe!", true, false},
		{`He asked “Is it safe?”`, true, false},
		{"The bridge is safe.", false, false},
		{"Films: «A», «B»…", false, true},
		{`Films: "A", "B"...`, false, true},
		{"The bridge is safe and the road is…", false, false},
	}
	for _, tt := range tests {
		if got := asksOrExclaims(tt.s); got != tt.asks {
			t.Errorf("asksOrExclaims(%q) = %v, want %v", tt.s, got, tt.asks)
		}
		if got := trailsOffList(tt.s); got != tt.trail {
			t.Errorf("trailsOffList(%q) = %v, want %v", tt.s, got, tt.trail)
		}
	}
}

// TestEndsInCredit checks the bracketed credits that end captions.
func TestEndsInCredit(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The pier at low tide (Ann Roe/Harbour Wire)", true},
		{"Ministers meet in Geneva (REUTERS/Ann Roe)", true},
		{"Sales rose (see page 4)", false},
		{"Rates (in/out) compared", false},
		{"News (2015 / 2016)", false},
	}
	for _, tt := range tests {
		if got := endsInCredit(tt.s); got != tt.want {
			t.Errorf("endsInCredit(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestIsTrail checks breadcrumb trails, with every separator, against
// lines that hold a separator once or none: the quick test for a
// separator's bytes must let every separator through.
func TestIsTrail(t *testing.T) {
	for _, sep := range trailSeps {
		if s := "News" + sep + "2015" + sep + "Bridge closes"; !isTrail(s) {
			t.Errorf("isTrail(%q) = false, want true", s)
		}
		if s := "Read" + sep + "the story"; isTrail(s) {
			t.Errorf("isTrail(%q) = true, want false", s)
		}
	}
	for _, s := range []string{"River closes old bridge", "Up 5/6 today", "a>b and c>d", "Ça » marche"} {
		if isTrail(s) {
			t.Errorf("isTrail(%q) = true, want false", s)
		}
	}
}

// TestTitleCeiling checks that titleCeiling bounds titleScore for every
// line above the story of every plain-text test page, so that pickTitle,
// which skips the lines whose ceiling is under the best score so far,
// picks what scoring every line would.
func TestTitleCeiling(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "pages", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no plain-text test pages (%v)", err)
	}
	compared := 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines := reflow(splitLines(textkit.CleanControls(string(b))))
		start, end := storySpan(lines)
		if end == 0 {
			continue
		}
		var story hashSet
		storyWords(&story, lines, start)
		best, bestScore := -1, 0
		for i := max(0, start-headWindow); i < start; i++ {
			score, ok := titleScore(lines, i, start, start, &story)
			if c := titleCeiling(&lines[i], i, start); ok && score > c {
				t.Errorf("%s line %d %q: score %d over its ceiling %d", p, i, lines[i].text, score, c)
			}
			if ok && score > bestScore {
				best, bestScore = i, score
			}
		}
		// Without a teaser list or a window of buttons only, pickTitle
		// scores the lines scored here.
		if bestScore >= minTitleScore && teaserStart(lines, max(0, start-headWindow), start) == start {
			compared++
			if got := pickTitle(lines, 0, start); got != best {
				t.Errorf("%s: pickTitle = %d, want %d, the best of all lines scored", p, got, best)
			}
		}
	}
	if compared == 0 {
		t.Error("no page's headline was compared")
	}
}
