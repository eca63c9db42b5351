package textfront

import "testing"

// TestHeaderStack checks the header read on lines: the headline over its
// standfirst over the byline, date lines and bylines of other shapes as
// the header's anchor, and the interface lines and roles that must not
// be taken for the headline. Each page has a line that would win without
// the rule it tests.
func TestHeaderStack(t *testing.T) {
	tests := []struct{ name, doc, title, dek string }{
		{
			name: "standfirst with a full stop under the headline",
			doc: "Home\nTech\nThe quiet renter: how to make a flat smarter\n" +
				"Turning a rented flat into a smart home can be tricky, but we have some advice for you.\n" +
				"Ann Lee - Aug 10, 2016 11:15 am UTC\n\n" +
				"Name a home gadget and there is a smart version of it today, but a renter has to pick with care.\n\n" +
				"Most smart plugs and bulbs need no tools at all, which makes them the place to start in a flat.\n",
			title: "The quiet renter: how to make a flat smarter",
			dek:   "Turning a rented flat into a smart home can be tricky, but we have some advice for you.",
		},
		{
			name: "standfirst without a stop under a longer headline",
			doc: "Scores\nStandings\nWhy, for all the grumbling, the players are not paid too much\n" +
				"Anger at league salaries is wholly misplaced\nBy Dana Holt\nDec 19, 2016 at 2:19 pm ET\n\n" +
				"Once the season ends we know what is coming: arguments about awards, and about what the players earn.\n\n" +
				"The league takes in billions a year, and the players are the reason people pay to watch it play.\n",
			title: "Why, for all the grumbling, the players are not paid too much",
			dek:   "Anger at league salaries is wholly misplaced",
		},
		{
			name: "a kicker over the headline is no headline",
			doc: "Home\nOn our screens this week\nHarbour series tops the list of new shows\n" +
				"By Ann Lee — 24 November 2017 at 18:42\n\n" +
				"Series, documentaries and cartoons: here is what our critics say to watch on the small screen this week.\n\n" +
				"It follows a crew through a long storm at sea, and it is the best of the lot this week, they say.\n",
			title: "Harbour series tops the list of new shows",
		},
		{
			name: "a Japanese date line under the headline",
			doc: "ホーム\nニュース\nインフォメーション\n" +
				"港の渡し船が冬の修理を終えて運航を再開した理由と今後の予定\n" +
				"2019年04月21日 12時00分更新\n\n" +
				"港町を結ぶ渡し船が、三か月に及ぶ冬の修理を終え、月曜日に今年最初の運航を行った。船の機関と甲板が新しくなった。\n\n" +
				"渡し船の所要時間は二十分で、初便は満席だったと港の事務所は話している。利用者は喜んでいる。\n",
			title: "港の渡し船が冬の修理を終えて運航を再開した理由と今後の予定",
		},
		{
			name: "a role under the byline",
			doc: "Opinions\nEnough talk: name the people who did it\n" +
				"The mayor at the bridge on Sunday. (Ann Roe/Harbour Wire)\nBy Dana Holt\nDana Holt\n" +
				"Opinion writer reporting from the harbour towns\nOctober 29, 2018\n\n" +
				"The mayor's friends and even some of his critics seem set on looking away from what happened at the bridge.\n\n" +
				"If words have no effect on anyone, how does one explain years of successful campaigns on the coast?\n",
			title: "Enough talk: name the people who did it",
		},
		{
			name: "a question over the story, under a keyboard hint",
			doc: "Press J to jump to the feed. Press question mark to learn the rest of the keyboard shortcuts\n" +
				"Jump to content\nLog In\n" +
				"Is vanilla the greatest underdog story of all time?\n" +
				"Vanilla became the plain flavour of ice cream by accident, and nobody has been able to change that in a hundred years of trying.\n\n" +
				"It was cheap, it went with everything, and the shops that sold vanilla found that children liked it best of all.\n",
			title: "Is vanilla the greatest underdog story of all time?",
		},
		{
			name: "the headline printed twice, under teasers that exclaim",
			doc: "Home\nGive Us a Call\nCelebrate the Harbour Festival With These Boat Shots!\n" +
				"Ice Down With These Cold Swims In The Bay ... Brr, Brr Baby!\n" +
				"Mayor -- Woman Warns Council ... Step Aside, I'm His Wife!\n" +
				"Mayor Woman Warns Council ... Step Aside, I'm His Wife!\nEXCLUSIVE\n11/28/2016 11:00 AM PT\n\n" +
				"The mayor was married when he died and wanted all of his money to go to his wife, according to the woman who says she is.\n\n" +
				"The woman filed a request for the court to remove the bank as the administrator of the mayor's estate last week.\n",
			title: "Mayor -- Woman Warns Council ... Step Aside, I'm His Wife!",
		},
		{
			name: "a caption over the byline gains nothing from it",
			doc: "Opinions\nEnough talk: name the people\n" +
				"The mayor at the bridge in the harbour town on Sunday after the storm had passed. (Ann Roe/Harbour Wire)\n" +
				"By Dana Holt\nOctober 29, 2018\n\n" +
				"The mayor's friends and even some of his critics seem set on looking away from what happened at the bridge.\n\n" +
				"If words have no effect on anyone, how does one explain years of successful campaigns on the coast?\n",
			title: "Enough talk: name the people",
		},
		{
			name: "a video's caption between the standfirst and the byline",
			doc: "Home\nWorld\nEnvironment\nHarbour ferry crews hold out against the storm season\n" +
				"This article is more than 5 years old\n" +
				"Crews on the coast say the winter storms grow worse every year and the harbour office fears for the spring timetable\n" +
				"Ferry crews battle the storm season at the harbour mouth with ropes and engines – video\n" +
				"Ann Lee and Bo Chan\nTue 29 Nov 2016 15.26 EST\n\n" +
				"The ferry crews of the harbour towns have sailed through the worst storm season in years, and the winter is not over.\n\n" +
				"The harbour office says the crews kept the timetable on all but four days, though the storm season tore two piers away.\n",
			title: "Harbour ferry crews hold out against the storm season",
			dek:   "Crews on the coast say the winter storms grow worse every year and the harbour office fears for the spring timetable",
		},
		{
			name: "a trail of steps parted by spaces that ends in the headline",
			doc: "Home\nLearn how the harbour towns plan for the storms of the coming winters, in a talk by their engineers.\n" +
				"Home News The ferry's new engine\nEngines\nThe ferry's new engine\nRead in French\n" +
				"February 27, 2019 3 min read\nBy Ann Lee\n\n" +
				"The ferry that links the harbour towns has a new engine, which the crew says is quieter and burns less fuel.\n\n" +
				"The old engine had run for thirty years, and the parts it needed were no longer made by anyone on the coast.\n",
			title: "The ferry's new engine",
		},
		{
			name: "a post's title under the time since it was posted",
			doc: "Press J to jump to the feed.\nr/harbour\nPosted by\nu/annlee\n4 years ago\nArchived\n2\n" +
				"The ferry is the slowest and the best way to cross the bay.\n\n" +
				"Edit: thank you all for the stories about the ferry. I had no idea that it had run for a hundred years without a day off.\n\n" +
				"12 comments\n",
			title: "The ferry is the slowest and the best way to cross the bay.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseDoc(tt.doc)
			if a.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Title, tt.title)
			}
			if tt.dek != "" && a.Description != tt.dek {
				t.Errorf("description = %q, want %q", a.Description, tt.dek)
			}
		})
	}
}

// TestPlainWords checks that CJK characters count as a word every
// cjkCharsPerWord, and other words as measureLine counts them.
func TestPlainWords(t *testing.T) {
	tests := []struct {
		s    string
		want int32
	}{
		{"The bridge is safe", 4},
		{"Ça marche très bien", 4},
		{"渡し船が運航を再開", 3},
		{"ZDNet Japan Staff 2019年04月28日 08時00分", 10},
	}
	for _, tt := range tests {
		l := textLine{text: tt.s}
		measureLine(&l)
		if got := plainWords(&l); got != tt.want {
			t.Errorf("plainWords(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// TestIsInterface checks lines of a page's interface against lines of a
// header.
func TestIsInterface(t *testing.T) {
	for _, s := range []string{"Press J to jump to the feed.", "Click to copy URL", "Share on Facebook",
		"Are you sure you want to delete this Tweet?", "California residents can opt out of sales of personal data."} {
		if !isInterface(s) {
			t.Errorf("isInterface(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"Pressure mounts on the harbour board", "Sharing the road with cyclists", "Clicks and bricks"} {
		if isInterface(s) {
			t.Errorf("isInterface(%q) = true, want false", s)
		}
	}
}

// TestSameWords checks that a headline matches its copy without its
// marks, and nothing else.
func TestSameWords(t *testing.T) {
	if !sameWords("Mayor -- Woman Warns ... I'm His Wife!", "Mayor Woman Warns ... Im His Wife") {
		t.Error("sameWords = false for a headline and its copy without marks")
	}
	if sameWords("Mayor warns council", "Mayor warns the council") || sameWords("", "Mayor") {
		t.Error("sameWords = true for different lines")
	}
}
