package textfront

import (
	"reflect"
	"strings"
	"testing"

	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/record"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// TestTextShapes feeds the text front end the shapes of text that copies
// and tools produce, and checks each gives a sensible record.
func TestTextShapes(t *testing.T) {
	para := []string{
		"The river rose by two metres overnight, and the town council closed the old bridge before dawn.",
		"Engineers said the new bridge, opened last spring, had been built for a flood of this size and stayed open.",
		"Residents on the east bank were asked to move their cars to higher ground until the water falls again.",
	}
	story := strings.Join(para, "\n\n")
	long := strings.Repeat("A very long paragraph keeps going without any line break at all, as some tools save it. ", 2000)
	tests := []struct {
		name      string
		in        string
		title     string
		textHas   []string // substrings the text must hold
		textLacks []string // substrings it must not hold
	}{
		{name: "plain", in: "Home\nNews\n\nRiver closes old bridge\n\n" + story,
			title: "River closes old bridge", textHas: para, textLacks: []string{"Home", "River closes"}},
		{name: "windows line ends", in: strings.ReplaceAll("Home\nNews\n\nRiver closes old bridge\n\n"+story, "\n", "\r\n"),
			title: "River closes old bridge", textHas: para},
		{name: "tabs and non-breaking spaces", in: "Home\tNews\n\n\u00a0River\u00a0closes old\tbridge \n\n" + strings.ReplaceAll(story, " the ", "\u00a0the\t"),
			title: "River closes old bridge", textHas: []string{"closed the old bridge before dawn."}},
		{name: "form feeds", in: "River closes old bridge\f" + strings.ReplaceAll(story, "\n\n", "\f"),
			title: "River closes old bridge", textHas: para},
		{name: "no blank lines", in: "Home\nNews\nRiver closes old bridge\n" + strings.ReplaceAll(story, "\n\n", "\n"),
			title: "River closes old bridge", textHas: para},
		{name: "very long line", in: "River closes old bridge\n\n" + long,
			title: "River closes old bridge", textHas: []string{long[:200]}},
		{name: "hard-wrapped paragraphs", in: "River closes old bridge\n\nThe river rose by two metres overnight, and the town council\nclosed the old bridge before dawn. Engineers said the new\nbridge had been built for a flood of this size.\n\nResidents on the east bank were asked to move their cars to\nhigher ground until the water falls again, the council said.\n",
			title: "River closes old bridge", textHas: []string{"town council closed the old bridge before dawn. Engineers said the new bridge had been built", "cars to higher ground"}},
		{name: "headline only", in: "River closes old bridge\n", title: "River closes old bridge", textHas: []string{"River closes old bridge"}},
		{name: "list without prose", in: "Bridge works\nClose the east lane\nMove the signs\nOpen the new lane\n",
			title: "Bridge works", textHas: []string{"Close the east lane\nMove the signs\nOpen the new lane"}},
		{name: "a lone sentence", in: "The old bridge will close for good on Monday, the council said.\n",
			textHas: []string{"The old bridge will close for good on Monday, the council said."}},
		{name: "chinese", in: "首页\n新闻\n\n河水上涨，老桥关闭\n\n" +
			"河水一夜之间上涨了两米，镇议会在黎明前关闭了老桥。工程师说，去年春天开通的新桥是按照这种规模的洪水建造的。\n\n" +
			"东岸居民被要求把汽车开到高处，直到河水再次回落。议会表示，老桥将在检查后重新开放。\n",
			title: "河水上涨，老桥关闭", textHas: []string{"河水一夜之间上涨了两米", "直到河水再次回落。"}, textLacks: []string{"首页"}},
		{name: "arabic", in: "الرئيسية\nأخبار\n\nالنهر يغلق الجسر القديم\n\n" +
			"ارتفع النهر مترين خلال الليل، وأغلق مجلس البلدة الجسر القديم قبل الفجر. وقال المهندسون إن الجسر الجديد بني لمثل هذا الفيضان.\n\n" +
			"وطلب من سكان الضفة الشرقية نقل سياراتهم إلى أرض مرتفعة حتى تنخفض المياه مرة أخرى، وسيعاد فتح الجسر بعد الفحص.\n",
			title: "النهر يغلق الجسر القديم", textHas: []string{"ارتفع النهر مترين", "بعد الفحص."}, textLacks: []string{"الرئيسية"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseDoc(tt.in)
			if a.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Title, tt.title)
			}
			for _, s := range tt.textHas {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text lacks %q:\n%.300s", s, a.Text)
				}
			}
			for _, s := range tt.textLacks {
				if strings.Contains(a.Text, s) {
					t.Errorf("text holds %q:\n%.300s", s, a.Text)
				}
			}
			if strings.ContainsAny(a.Text, "\r\f\t\u00a0") || strings.Contains(a.Text, "  ") {
				t.Errorf("text keeps raw white space: %q", a.Text[:min(len(a.Text), 200)])
			}
			if a.Text != "" && a.WordCount == 0 {
				t.Error("word count is 0 for a non-empty text")
			}
		})
	}
}

// TestIsDateLine checks which lines are taken for datelines: a date with a
// few words around it, not a sentence that mentions a day.
func TestIsDateLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Posted at 7:16 AM, Jun 17, 2024", true},
		{"9:49 AM, Jun 06, 2024", true},
		{"Friday 25 December 2015", true},
		{"17. Juni 2024, 13:05 Uhr", true},
		{"By Ann Lee | March 3, 2020", true},
		{"2017年3月10日", true},
		{"Riverside PressMarch 3, 2020", true},
		{"Ann LeeMay 4, 2021", true},
		{"Von Anna MüllerMärz 4, 2021", true},
		{"iPhone and MacBook", false},
		{"The council first met on March 3, 2020, and again a year later to vote on the new bridge.", false},
		{"Call 555-1234 now", false},
		{"In 1999 we moved", false},
		{"Home", false},
	}
	for _, tt := range tests {
		l := splitLines(tt.in)[0]
		if got := isDateLine(&l); got != tt.want {
			t.Errorf("isDateLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestUnglue(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Riverside PressMarch 3, 2020", "Riverside Press March 3, 2020", true},
		{"McKenzie LeeMay 4, 2021", "McKenzie Lee May 4, 2021", true},
		{"Ann LeeDec. 4, 2021", "Ann Lee Dec. 4, 2021", true},
		{"Ann Lee | May 4, 2021", "Ann Lee | May 4, 2021", false},
		{"See the iPhone 15 deals", "See the iPhone 15 deals", false},
		{"UpdatedMay", "UpdatedMay", false},
		{"Visit McDonald 3 times", "Visit McDonald 3 times", false},
	}
	for _, tt := range tests {
		if got, ok := unglue(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("unglue(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSplitTags(t *testing.T) {
	known := "North Korea says Putin will arrive\nRussia confirmed the visit. South Korean officials said."
	tests := []struct {
		line string
		want []string
	}{
		{"North Korea Russia", []string{"North Korea", "Russia"}},
		{"Russia North Korea", []string{"Russia", "North Korea"}},
		{"Jason Bellini", nil},
		{"Korea", []string{"Korea"}},
	}
	for _, tt := range tests {
		if got := splitTags(tt.line, known); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitTags(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestSplitLines(t *testing.T) {
	lines := splitLines(textkit.CleanControls("a\r\nb\rc\fd\u2028e\n\n\t f \u00a0 g\t\n\n\nMit\u00adtel\u00adal\u00adter\n"))
	var got []string
	for _, l := range lines {
		got = append(got, l.text)
	}
	if want := []string{"a", "b", "c", "d", "e", "f g", "Mittelalter"}; !reflect.DeepEqual(got, want) {
		t.Errorf("lines = %q, want %q", got, want)
	}
	if !lines[5].blankBefore() || lines[4].blankBefore() {
		t.Errorf("blankBefore wrong: %+v", lines)
	}
}

// TestIsProse checks which lines read as running text.
func TestIsProse(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"The council met again today and the river kept rising through the night.", true},
		{"If we want to draw a chart of this data, we need to load the package first:", true},
		{"Read more on this topic:", false},
		{"Home", false},
		{"River closes old bridge", false},
	}
	for _, tt := range tests {
		l := textLine{text: tt.line}
		measureLine(&l)
		if got := l.isProse(); got != tt.want {
			t.Errorf("isProse(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestStorySpan checks which stretch of lines is taken for the story.
func TestStorySpan(t *testing.T) {
	p := func(n int) string {
		return strings.Repeat("The council met again today and the river kept rising through the night. ", n)
	}
	tests := []struct {
		name       string
		lines      []string
		start, end int // want [start, end) in line indexes
	}{
		{"menu story footer", []string{"Home", "News", "Sport", p(2), p(3), "Subheading", p(2), "About", "Contact"}, 3, 7},
		{"list between paragraphs", []string{"Menu", p(2), "One", "Two", "Three", p(2)}, 1, 6},
		{"bio island after the story", []string{p(6), p(6), p(6), "Share", "About the author",
			"Ann Lee writes about rivers, bridges and the towns along them. She lives by the sea with two cats and a boat.", "Contact"}, 0, 3},
		{"comments after the story", []string{p(2), p(2), "Bo says:", p(5), "Reply", "Cy says:", p(5)}, 0, 2},
		{"no prose", []string{"Home", "News"}, 0, 0},
		{"a cookie notice over the story", []string{"Home", "This site keeps cookies on your device to remember your settings, to count its readers and to pick the ads it shows you. " +
			"By using the site you agree to this, as described in our policy, which you may read at any time, and you can change your choice in the settings at the foot of every page.",
			"Accept", "Sign in", p(2), p(3), "About"}, 4, 6},
		{"a cookie notice set apart over the story", []string{"Home", "", "This site keeps cookies on your device to remember your settings, to count its readers and to pick the ads it shows you. " +
			"By using the site you agree to this, as described in our policy, which you may read at any time, and you can change your choice in the settings at the foot of every page.", "",
			"Accept", "Sign in", p(2), p(3), "About"}, 4, 6},
		{"a feed of timed items after the story", []string{"Home", p(5), p(5), "14:44 Storm closes the port", "14:32 Ferry late again",
			"14:10", p(2), "13:54 Council meets at noon", "13:43 Bridge reopens", "13:24", p(2), "About"}, 1, 3},
		{"teaser cards after the story", []string{"Home", p(5), p(5), "Harbour Daily", "Save", "More like this", p(2),
			"Harbour Daily", "Save", "More like this", p(2), "Harbour Daily", "Save", "More like this", p(2), "About"}, 1, 3},
		{"ingredients between paragraphs", []string{"Home", p(3), "200 g flour", "100 g sugar", "2 eggs", "1 pinch of salt",
			"50 g butter", "• a lemon's zest", "250 ml milk", "3 apples", "1 tsp cinnamon", "½ tsp vanilla", p(3), "About"}, 1, 13},
		{"code listing between paragraphs", append(append([]string{"Home", p(6)},
			strings.Split(strings.Repeat("  total := 0\n  for _, v := range xs {\n    total += v\n  }\n", 8), "\n")...), p(5), "About"), 1, 35},
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

// TestTextWordCount checks that the text front end counts words as the
// HTML front end does.
func TestTextWordCount(t *testing.T) {
	story := "The council's vote was close, and the mayor's plan — a new bridge — passed by one vote today.\n\n" +
		"Work on the bridge starts in May; the first lane opens in 2027, officials said (file_name, co-op).\n\n"
	tests := []struct{ name, doc string }{
		{"latin", "Home\nNews\n\nA headline for the test\n\n" + story},
		{"hard-wrapped", "A headline for the test\n\nThe council met on the bridge plans for the whole of the\nevening, and the vote was close in the end, said the clerk.\n\n" + story},
		{"cjk and hangul", "見出しのテスト\n\n市議会は今日、新しい橋の計画を承認しました。工事は五月に始まります。\n\n오늘 시의회는 새 다리 계획을 승인했습니다. 공사는 오월에 시작됩니다.\n\n" + story},
		{"no prose", "Home\nNews\nSport_Daily\nA list, of things"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseDoc(tt.doc)
			if a.Text == "" || a.WordCount != textkit.CountWords(a.Text) {
				t.Errorf("WordCount = %d, countWords = %d, text %q", a.WordCount, textkit.CountWords(a.Text), a.Text)
			}
		})
	}
}

// TestTextTitleCase checks that a headline in title case that ends like a
// sentence is the title, not the story's first paragraph.
func TestTextTitleCase(t *testing.T) {
	doc := "Home\nLog In\n\nFloods and Burst Pipes: How Winter Wears Down the Old Bridges of the Town.\n\n" +
		"The river rose by two metres overnight, and the town council closed the old bridge before dawn.\n\n" +
		"Engineers said the new bridge had been built for a flood of this size, and would stay open.\n"
	a := parseDoc(doc)
	if want := "Floods and Burst Pipes: How Winter Wears Down the Old Bridges of the Town."; a.Title != want {
		t.Errorf("title = %q, want %q", a.Title, want)
	}
	if strings.Contains(a.Text, "Floods and Burst Pipes") || !strings.HasPrefix(a.Text, "The river rose") {
		t.Errorf("text = %q, want it to open with the first paragraph", a.Text)
	}
}

// TestIsCreditLine checks which lines are taken for picture credits.
func TestIsCreditLine(t *testing.T) {
	if len(lexicon.CreditMarks) > 32 {
		t.Fatalf("%d credit marks; creditFirst holds 32", len(lexicon.CreditMarks))
	}
	for _, m := range lexicon.CreditMarks {
		l := textLine{text: "The old bridge at dawn " + m + " Ann Lee"}
		measureLine(&l)
		if !isCreditLine(&l) {
			t.Errorf("credit mark %q not found", m)
		}
	}
	tests := []struct {
		line string
		want bool
	}{
		{"Foto: Ann Lee", true},
		{"The old bridge at dawn. (Photo by Ann Lee on Unsplash)", true},
		{"Crowds on the quay (REUTERS/Bo Chan)", true},
		{"The late ferry at the quay in the evening. © Ann Lee / Bay Pictures", true},
		{"Die Fähre am Kai © Hafenblatt", true},
		{"Crowds on the quay watch the old ferry leave the harbour for the last time, after forty years of service, on Monday. Photo: Bo Chan", true},
		{"PARIS (AFP) — The council met again today and the river kept rising through the night.", false},
		{"The council met again today and the river kept rising through the night.", false},
	}
	for _, tt := range tests {
		l := textLine{text: tt.line}
		measureLine(&l)
		if got := isCreditLine(&l); got != tt.want {
			t.Errorf("isCreditLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestTextTitleOverStandfirst checks that a headline above a longer
// standfirst is the title: the standfirst reads as a sentence.
func TestTextTitleOverStandfirst(t *testing.T) {
	doc := "Home\nOpinion\n\nUna solución para el puente viejo\n" +
		"Los vecinos reclaman, con razón, por obras que siguen sin hacerse y por eso piden otra salida al problema\n\n" +
		"El puente viejo fue cerrado el martes después de que el río subiera dos metros durante la noche, dijo el concejo.\n\n" +
		"Los ingenieros dijeron que el puente nuevo fue construido para una crecida de este tamaño y que seguirá abierto.\n"
	a := parseDoc(doc)
	if want := "Una solución para el puente viejo"; a.Title != want {
		t.Errorf("title = %q, want %q", a.Title, want)
	}
}

// TestTextTeasersUnderHeader checks that a list of other stories between
// the header and the story ("Related", each teaser with its byline) gives
// neither the title nor the authors.
func TestTextTeasersUnderHeader(t *testing.T) {
	doc := "Home\nNews\nPort council votes to rebuild the old ferry pier\nMarch 10, 2025\n" +
		"Related\nStorm closes the coastal road for a week\nBy Bo Chan\nFerry timetable changes again this spring\nBy Cy Dee\n\n" +
		"The town council voted on Tuesday night to rebuild the old ferry pier, which the January storms damaged badly.\n\n" +
		"Councillors argued over who should pay for the ferry pier, and the vote was closer than residents expected.\n"
	a := parseDoc(doc)
	if want := "Port council votes to rebuild the old ferry pier"; a.Title != want {
		t.Errorf("title = %q, want %q", a.Title, want)
	}
	if a.Authors != nil {
		t.Errorf("authors = %q, want none: the bylines are the teasers'", a.Authors)
	}
	if !strings.HasPrefix(a.Text, "The town council voted") {
		t.Errorf("text = %q, want it to open with the story", a.Text)
	}
}

// parseDoc runs the front end on doc as parse does for a UTF-8 copy with
// no options, after decoding's clean of its controls and line ends.
func parseDoc(doc string) *record.Article {
	return Parse(textkit.CleanControls(doc), record.Options{})
}

func TestTextGluedDateLine(t *testing.T) {
	para := "The water rose over the old town walls on Tuesday night, and the council closed the bridge to all traffic until the morning. "
	story := "\n\n" + strings.Repeat(para, 4) + "\n\n" + strings.Repeat(para, 3) + "\n\nMore from News\n"
	tests := []struct {
		name, page, published string
	}{
		{"agency glued to the date", "Home\nNews\nRiver rises over the old town walls\nRiverside PressMarch 3, 2020" + story, "2020-03-03"},
		{"author glued to the date", "Home\nNews\nRiver rises over the old town walls\nAnn LeeMay 4, 2021" + story, "2021-05-04"},
		{"date apart", "Home\nNews\nRiver rises over the old town walls\nMay 4, 2021" + story, "2021-05-04"},
	}
	for _, tt := range tests {
		a := readText(tt.page, record.Options{})
		if a.Published != tt.published {
			t.Errorf("%s: published %q, want %q", tt.name, a.Published, tt.published)
		}
		if strings.Contains(a.Text, "2020") || strings.Contains(a.Text, "2021") {
			t.Errorf("%s: the date line is in the text: %q", tt.name, a.Text)
		}
	}
}
