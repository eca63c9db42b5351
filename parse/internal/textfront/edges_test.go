package textfront

import (
	"strings"
	"testing"
)

// TestRelatedLabels checks that the labels over a list of the site's most
// read stories, in several languages, open a list of other stories.
func TestRelatedLabels(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Most read", true},
		{"Más leídas", true},
		{"LO MÁS LEÍDO", true},
		{"Les plus lus", true},
		{"I più letti", true},
		{"Mais lidas", true},
		{"Najczęściej czytane", true},
		{"Meist gelesen", true},
		{"関連記事", true},
		{"Související", true},
		{"Читайте также", true},
		{"Verwandte Beiträge", true},
		{"Lue myös:", true},
		{"Keep Reading", true},
		{"The most read book of the year", false},
	}
	for _, tt := range tests {
		l := textLine{text: tt.line}
		measureLine(&l)
		if got := opensRelated(&l); got != tt.want {
			t.Errorf("opensRelated(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestStoryEndLabels checks that the labels over a story's comments or
// its author's box, in the languages of sections.go too, end the story,
// and that a sentence that holds such a word does not.
func TestStoryEndLabels(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Comments", true},
		{"コメント", true},
		{"Komentáře", true},
		{"Комментарии", true},
		{"Autoreninfo", true},
		{"Lesermeinung", true},
		{"The comments of the mayor were welcome", false},
	}
	for _, tt := range tests {
		l := textLine{text: tt.line}
		measureLine(&l)
		if got := endsStory(&l); got != tt.want {
			t.Errorf("endsStory(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestIsBio checks which paragraphs open as a note about their author.
func TestIsBio(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Ann Lee is a reporter who covers rivers and bridges.", true},
		{"ANN LEE is a reporter who covers rivers and bridges.", true},
		{"Jan de Vries ist Redakteur im Ressort Wirtschaft.", false}, // a particle breaks the run of capitals
		{"Marie Dubois est journaliste à Lyon depuis 2010.", true},
		{"The Mayor is expected to speak on Monday.", false},
		{"Lee is a reporter who covers rivers.", false},
		{"Ann Lee said the bridge is safe.", false},
	}
	for _, tt := range tests {
		l := textLine{text: tt.line}
		measureLine(&l)
		if got := isBio(&l); got != tt.want {
			t.Errorf("isBio(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestCommentHeads checks the reply buttons under reader comments, which
// wall the story off from them, in several languages and dresses.
func TestCommentHeads(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Reply", true},
		{"Antwort ↓", true},
		{"Antwort", true},
		{"Odpowiedz", true},
		{"Ann says:", true},
		{"Eine Antwort auf die Frage der Leser", false},
	}
	for _, tt := range tests {
		l := textLine{text: tt.line}
		measureLine(&l)
		if got := isCommentHead(&l); got != tt.want {
			t.Errorf("isCommentHead(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestNumberedLabel checks how a label is split into its words and number.
func TestNumberedLabel(t *testing.T) {
	tests := []struct {
		in     string
		prefix string
		n      int
		ok     bool
	}{
		{"Step 2", "Step ", 2, true},
		{"Schritt 12:", "Schritt ", 12, true},
		{"Étape 3", "Étape ", 3, true},
		{"Step", "", 0, false},
		{"Top 10 tips 2", "", 0, false},
		{"Version 2.0", "", 0, false},
		{"Step 2024", "", 0, false},
	}
	for _, tt := range tests {
		p, n, ok := numberedLabel(tt.in)
		if p != tt.prefix || n != tt.n || ok != tt.ok {
			t.Errorf("numberedLabel(%q) = %q, %d, %v; want %q, %d, %v", tt.in, p, n, ok, tt.prefix, tt.n, tt.ok)
		}
	}
}

// TestOpensAbout checks the headings of boxes about the author or the site.
func TestOpensAbout(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"About Ann Lee", true},
		{"Über uns", true},
		{"Über Ann 12 Artikel", true},
		{"À propos de Marie Dubois", true},
		{"About the bridge", false},
		{"About", false},
		{"Über die Brücke, den Fluss und die Stadt.", false},
	}
	for _, tt := range tests {
		l := textLine{text: tt.line}
		measureLine(&l)
		if got := opensAbout(&l); got != tt.want {
			t.Errorf("opensAbout(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestTextDateAfterParagraphs checks that a date line under three of the
// story's paragraphs (a source's link, an update's date) does not make
// them a header: a header holds a standfirst or two, no more.
func TestTextDateAfterParagraphs(t *testing.T) {
	doc := "Home\nNotes\n\nWhy the ferry runs late\n\n" +
		"For years the morning ferry has left late on Mondays, and nobody on the quay could say why.\n\n" +
		"We asked the harbour office, the crew and the company that runs the boat.\n\n" +
		"Their answers did not agree, so we went through the logs of the last two years.\n\n" +
		"12 March 2024\n\n" +
		strings.Repeat("The logs show that the boat waits for the first train, which has been late on most Mondays since the timetable changed. ", 4) + "\n\n" +
		strings.Repeat("The company says it will ask the railway to move the train, or else change the ferry's time from the spring. ", 3) + "\n"
	a := parseDoc(doc)
	if !strings.HasPrefix(a.Text, "For years the morning ferry") {
		t.Errorf("text does not open with the story's first paragraph:\n%.300s", a.Text)
	}
}

// TestIsQuantity checks which lines open with an ingredient's quantity.
func TestIsQuantity(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"200 g flour", true},
		{"1,5 l milk", true},
		{"2 eggs", true},
		{"1Password for Mac", false},
		{"08.04.2015 12:46", false},
		{"Salt", false},
	}
	for _, tt := range tests {
		l := textLine{text: tt.line}
		measureLine(&l)
		if got := isQuantity(&l); got != tt.want {
			t.Errorf("isQuantity(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestStorySpanEdges checks the stretch taken for the story where the
// lines at its edges are misjudged by prose density alone: the rules of
// edges.go and the notices, labels and line forms they read.
func TestStorySpanEdges(t *testing.T) {
	p := func(n int) string {
		return strings.Repeat("The council met again today and the river kept rising through the night. ", n)
	}
	// A travel diary in lines, one a paragraph, most with spaces for
	// commas and no full stop, as some blogs write Chinese.
	var captions []string
	for _, c := range []string{"清晨的河边雾气很重 远处的山只露出一点点轮廓", "我们沿着小路慢慢走 路边的野花开得正好",
		"桥下的水流比上次来的时候急了很多 声音很大", "村口的老树已经有三百年了 树下坐着几位老人",
		"中午在小店吃了一碗面 味道和记忆里一样", "下午天气转晴了！阳光照在水面上闪闪发亮，真是太美了。",
		"孩子们在河滩上捡石头 玩得不肯回家", "傍晚的风有点凉 大家都加了一件外套",
		"晚饭是朋友亲手做的 每一道菜都很用心", "夜里听着雨声入睡 这是很久没有过的安静",
		"第二天早上又去河边走了一圈 雾已经散了", "下次还想再来，也许会选在秋天的时候，到时候再和大家分享。"} {
		captions = append(captions, "", c)
	}
	cookies := "We use cookies to measure how the site is used and to show you offers from our partners. " +
		"You can change your choice at any time in the settings at the foot of every page, where the policy is explained."
	tests := []struct {
		name       string
		lines      []string
		start, end int // want [start, end) in line indexes
	}{
		{"a note on the author under the story", []string{"Home", p(6), p(6), "Ann Lee",
			"Ann Lee is a reporter who covers rivers, bridges and the towns along them, and has written two books about the floods of the valley.", "Contact"}, 1, 3},
		{"a changelog with a sentence among its items", []string{"Home", "Version 2.0", "+ Added night mode", "+ Added route sharing",
			"+ Added a speed chart", "+ Added offline maps for twelve countries", "+ The map now loads twice as fast on older phones, and it uses less data.",
			"* Fixed the compass on some tablets", "* Fixed a crash when the battery ran low", "- Removed the old widget", "About"}, 2, 10},
		{"a box of links wedged in the story", []string{"Home", p(5), p(5), "Related", "Ferry late again", "Port reopens",
			"New bridge", p(5), "About"}, 1, 8},
		{"short steps between a recipe's sentences", []string{"Home", "Mix the flour, the sugar and the salt in a large bowl.",
			"Heat the oven to 200 degrees.", "Rub in the butter until the mixture looks like crumbs.", "Line a tray with paper.",
			"Add the egg and knead everything into a smooth dough.", "Roll it out thinly.", "Cut out the shapes and lay them on the tray.",
			"Bake for twelve minutes.", "Let them cool on a rack before you dust them with sugar.",
			"Archive", "Categories", "Cakes", "Biscuits", "Bread", "Contact",
			"This little blog collects the recipes of our family kitchen, old and new, tried many times and written down for you. Write to us with yours, and we may cook it next."}, 1, 10},
		{"numbered steps", []string{"Home", p(4), "Reading", "Garden", "Kitchen", "Crafts", "Pets", "Travel", "Money", "Health", "Style",
			"Step 1", p(1), "Step 2", p(1), "Step 3", p(1), "Step 4", p(1), "Step 5", p(1), "Step 6", p(1), "About"}, 1, 23},
		{"a box about the site under the story", []string{"Home", p(5), p(5), "Über uns", p(2), p(2), "Kontakt"}, 1, 3},
		{"a table under the story's last paragraph", []string{"Home", p(3), "Year\tWinner\tScore", "2021\tAnn Lee\t12", "2022\tBo Lind\t14", "About"}, 1, 5},
		{"a related label right over the story's next paragraph", []string{"Home", p(5), p(5), "Related", p(5), "About"}, 1, 5},
		{"a feed of items posted minutes ago after the story", []string{"Home", p(5), p(5), "Storm closes the port", "5 minutes ago", p(2),
			"Ferry late again", "12 minutes ago", p(2), "Council meets at noon", "vor 1 Stunde", p(2), "Bridge reopens", "il y a 2 heures", p(2), "About"}, 1, 3},
		{"ingredients over the method", []string{"Home", "Cakes", "Apple cake", "Ingredients:", "200 g flour", "100 g sugar", "Salt",
			"2 eggs", "Method:", "1.", p(3), "About"}, 3, 11},
		{"a note on the author under their name", []string{"Home", p(6), p(6), "Ann Lee",
			"Before she joined the paper, Lee wrote about rivers and bridges for twenty years, and she still rows on the bay every morning.", "Contact"}, 1, 3},
		{"a quote's introduction in the story", []string{"Home", p(3), "The mayor says:", p(5), "About"}, 1, 4},
		{"cookie notices set apart after the story", []string{"Home", p(2), "About", "Contact", "Jobs", "Press",
			"", cookies, "", cookies, "", cookies, ""}, 1, 2},
		{"teasers cut short after the story", []string{"Home", p(2), "Related", "Ferry late again",
			"The morning ferry left an hour late after the crew waited for the storm to pass over the...",
			"Port reopens", "Harbour staff cleared the quay of the sand and the weed that the storm had left…",
			"New bridge", "The engineers who built the new bridge say that it can take a flood of twice the size...",
			"Market day", "Traders set up their stalls on the square again, for the first time since the river..."}, 1, 2},
		{"taglines over the story's header", []string{"Home", "Quizzes",
			"We report on what you care about, and we hold the powerful to account.",
			"Watch and cook every recipe and video we ever made, all in one place!",
			"Ideas to help you live a healthier and a happier life, every day.",
			"Something for everyone who loves a good walk by the sea and the hills.",
			"Celebrity", "·", "Posted on 3 Oct 2016", "People are calling out this edited picture of the singer",
			"by Ann Lee", p(4), p(4), p(3), "About"}, 8, 14},
		{"a footer's statement under a short dated story", []string{"Home", "News", "Ferry back after the winter repairs",
			"Harbour Desk 2019年04月28日 08時00分", "Tweet", "Print", "Email", p(2), p(2), "Related", "Port reopens", "New bridge",
			"Market day", "Storm closes the port", "Ferry late again", "Council meets", "Archive", "Jobs", "Press", "Help",
			"Contact", "Terms", "Sitemap", "France", "Germany", "Japan", "Spain", "Italy", "Poland", "Greece", "Norway",
			"Sweden", "Ireland", "Chile", "Peru", "Canada", "Mexico", "Brazil",
			"The overseas edition of this paper is put together by a team of editors in three cities and is printed under an " +
				"agreement with the owners of the original title, who keep all the rights to its name, its logo and its archive, " +
				"and who answer for the pages they supply; the local pages are the local team's own work, and its editors answer " +
				"for them to the readers of the edition, to whom the letters page is open every week.", "Top"}, 7, 9},
		{"a page's data printed as its source under the story", []string{"Home", p(4), p(4), "About", "Contact", "Jobs", "Press",
			"    {", `        "@type": "Article",`, `        "articleBody": "` + p(20) + `",`, `        "author": "Ann Lee"`, "    }", "Top"}, 1, 3},
		{"a page's script printed as its source under the story", []string{"Home", p(4), p(4), "About", "Contact", "Jobs", "Press",
			"  SITE_OPTIONS = { frameStyle: '" + strings.Repeat("body { color: black, margin: auto; } ", 30) + "' };", "Top"}, 1, 3},
		{"the readers who liked the story under the comments' label", []string{"Home", p(6), p(6), p(6), p(6), p(6), p(6), p(6), p(6), "Actions",
			"Comments (74)", strings.Repeat("annlee, bochan, danaholt, tomray, evaroe, ", 150) + "and 900 more readers liked this.",
			"Post Comment", "Footer"}, 1, 9},
		{"a table drawn in text between the story's paragraphs", []string{"Home", p(5), "Let's see what we got:",
			"n │ zscore │ is_anomaly", "───┼────────┼───────────", "2 │ -0.757 │ t", "3 │ -0.432 │ f", "5 │ 0.216 │ f",
			"2 │ -0.757 │ t", "3 │ -0.432 │ f", "12 │ 2.487 │ t", "5 │ 0.216 │ f", "3 │ -0.432 │ f", "4 │ -0.108 │ f",
			"Name", "Value", p(4), "About"}, 1, 17},
		{"captions set apart without stops", append([]string{"首页", "这是我们记录旅行和生活的小天地，欢迎常来看看。", "旅行", "美食", "关于我们"}, captions...), 5, 17},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := splitLines(strings.Join(tt.lines, "\n"))
			s, e := storySpan(lines)
			if s != tt.start || e != tt.end {
				t.Errorf("storySpan = [%d, %d), want [%d, %d)", s, e, tt.start, tt.end)
			}
		})
	}
}

// TestDropBio checks where a stretch ends when its last paragraph, or one
// near its end over a teaser, is a note about the author under the
// author's name.
func TestDropBio(t *testing.T) {
	story := func(n int) []string {
		var s []string
		for range n {
			s = append(s, "The river rose through the night, and the town's volunteers stacked sandbags along the old quay until dawn came.")
		}
		return s
	}
	tests := []struct {
		name string
		tail []string
		bio  bool // the stretch ends above the tail, at the story's 4 lines
	}{
		{"a name alone, named again", []string{"Share", "Ann Lee", "Before she joined the paper, Lee wrote about farming for a weekly."}, true},
		{"a name alone under share buttons, not named again", []string{"Share", "Ann Lee", "Studied history in York and writes about the sea and its harbours."}, true},
		{"a name and a count, the name opening the note", []string{"Subscribe", "Ann Lee 300 posts", "Ann Lee studied history in Leeds before she moved to the coast."}, true},
		{"a name in capitals, then has", []string{"TAGS: river, flood, quay", "ANN LEE has written about rivers for twenty years and lives by one."}, true},
		{"a subheading under the story's prose", []string{"Flood Defences", "Studied for years by the council, the new wall will rise in the spring."}, false},
		{"a list of features, each a name over a paragraph", []string{"Learn more", "Sound Mixer", "Mix the tracks of a song and hear each of them alone.",
			"Learn more", "Style Editor", "View and edit the styles of a page, and save them as a new sheet."}, false},
		{"a count line that opens with another name", []string{"Tom Ray 300 posts", "Ann Lee studied history in Leeds before she moved to the coast."}, false},
		// A note that is not the last paragraph: a teaser may follow it.
		{"a note that writes, under the name, over a teaser", []string{"Share", "Ann Lee", "Ann Lee writes about rivers and the towns on them for the weekend pages.",
			"Show comments", "Ferry late", "The ferry was late again this morning, by an hour."}, true},
		{"a paragraph of a name and ist, over a teaser, the name on no line above", []string{"Fazit",
			"Innere Ruhe ist der Weg zum Ziel, und wer sie sucht, der findet sie am Fluss.", "Kurs", "Der Kurs am Fluss beginnt im Mai wieder."}, false},
		{"a note under the name, over more prose than it", []string{"Share", "Ann Lee", "Ann Lee writes about rivers for the weekend pages.",
			"Flood Defences", "The council will build the new wall in the spring, when the river is low, and open it in the autumn."}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := splitLines(strings.Join(append(story(4), tt.tail...), "\n"))
			got := dropBio(lines, 0, len(lines))
			want := len(lines)
			if tt.bio {
				want = 4
			}
			if got != want {
				t.Errorf("dropBio = %d, want %d", got, want)
			}
		})
	}
}
