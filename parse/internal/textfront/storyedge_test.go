package textfront

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/artparse/artparse/parse/internal/record"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// TestDropEdges checks that a line of lexicon.EdgePhrases is left out
// over the story's first paragraph and under its last, and kept inside
// the story, where the same words are the story's.
func TestDropEdges(t *testing.T) {
	p := func(n int) string {
		return strings.TrimSpace(strings.Repeat("The ferry crossed the bay twice this morning, and the harbour master counted the cars. ", n))
	}
	app := "Get the harbour news straight to your phone: download the app for free."
	follow := "Follow the Bay Courier on Twitter and on Facebook for more news from the coast."
	support := "Our reporting is free to read. Support us and become a member from two euros a month."
	youtube := "¡Mira los vídeos del puerto en nuestro canal de YouTube!"
	unsub := "The harbour master wants the ferry company to unsubscribe from the old booking system by June."
	long := "The harbour master said the new timetable, which the council will read more closely next week, " +
		"keeps the early crossing and adds a late one on Fridays, when the bay is busiest and the cars queue to the church."
	filed := "Filed under: Harbour, Ferries, Coast."
	teaser := "Summer is here, and the islands fill with boats and visitors from the mainland, who queue for the first ferry of the day and sleep on the deck until the boat leaves. See for yourself! Read more"
	readOn := "The harbour master asked readers to read more of the timetable before they travel, as the late ferry leaves from the other quay " +
		"on Fridays and the early one waits for the train from the city."
	letter := "Missing out on the harbour's news? Enter your email below to receive the timetables in your inbox; a confirmation will be sent before the first one arrives."
	offer := "The ferry's story from its first crossing to today fills our spring issue, with maps of every quay. Order your copy here, postage free."
	inside := "The port authority asked travellers to download the app, which now shows the ferry's position in real time."
	tests := []struct {
		name       string
		lines      []string
		kept, left []string // lines the text must hold, and must not
	}{
		{"an appeal under the story", []string{"Home", "", p(4), "", p(4), "", app, "", "About"},
			[]string{p(4)}, []string{app}},
		{"a call to follow and a filing line under the story", []string{"Home", "", p(4), "", p(4), "", follow, "", filed, "", "About"},
			[]string{p(4)}, []string{follow, filed}},
		{"an appeal over the story", []string{"Home", "", support, "", p(4), "", p(4), "", "About"},
			[]string{p(4)}, []string{support}},
		{"a short notice under the story", []string{"Home", "", p(4), "", p(4), "", youtube, "", "About"},
			[]string{p(4)}, []string{youtube}},
		// A notice's common word is read at a word start only, and in a
		// short line only.
		{"a notice's word inside another under the story", []string{"Home", "", p(4), "", p(4), "", unsub, "", "About"},
			[]string{p(4), unsub}, nil},
		{"a notice's word in a long line under the story", []string{"Home", "", p(4), "", p(4), "", long, "", "About"},
			[]string{p(4), long}, nil},
		{"a teaser's summary that ends in a link to read on, under the story", []string{"Home", "", p(4), "", p(4), "", "Islands Fill Up!", "", teaser, "", "About"},
			[]string{p(4)}, []string{teaser}},
		{"the words of a link to read on inside a line under the story", []string{"Home", "", p(4), "", p(4), "", readOn, "", "About"},
			[]string{p(4), readOn}, nil},
		{"a newsletter's box and a shop's offer under the story", []string{"Home", "", p(4), "", p(4), "", letter, "", offer, "", "About"},
			[]string{p(4)}, []string{letter, offer}},
		{"the same words inside the story", []string{"Home", "", p(4), "", inside, "", p(4), "", "About"},
			[]string{p(4), inside}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkText(t, readText(strings.Join(tt.lines, "\n"), record.Options{}).Text, tt.kept, tt.left)
		})
	}
}

// checkText reports each line of kept that text lacks and each of left
// that it holds.
func checkText(t *testing.T, text string, kept, left []string) {
	t.Helper()
	for _, s := range kept {
		if !strings.Contains(text, s) {
			t.Errorf("text lacks %.50q", s)
		}
	}
	for _, s := range left {
		if strings.Contains(text, s) {
			t.Errorf("text holds %.50q", s)
		}
	}
}

// TestEndsReadOn checks which lines end in a link to read on.
func TestEndsReadOn(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"see for yourself! read more", true},
		{"the ferry was late again... weiterlesen →", true},
		{"la suite du voyage. lire la suite »", true},
		{"the ferry was late again... mehr lesen ...", true},
		{"the ferry was late again, read more on the harbour's page.", false},
		{"readers who read more novels sleep better, the study found.", false},
		{"read more", false}, // a label alone is left to the notices' lists
		{"thereadmore", false},
	}
	for _, tt := range tests {
		if got := endsReadOn(tt.line); got != tt.want {
			t.Errorf("endsReadOn(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestReadOnEnd checks that the story ends above a list of teasers whose
// cards each end in a link to read on ("Read more", "Mehr erfahren"),
// with the first card's summary cut short, and goes on under such a link
// when its paragraphs resume below it, or when the link is the story's
// only one and a paragraph follows it.
func TestReadOnEnd(t *testing.T) {
	p := func(n int) string {
		return strings.TrimSpace(strings.Repeat("The ferry crossed the bay twice this morning, and the harbour master counted the cars on the quay. ", n))
	}
	last := "In the evening the harbour master closed the gate, wrote the day's count into the ledger and walked home along the quay."
	card := func(head, sum, link string) []string {
		return []string{head, "Harbour", "Ferries", "", sum, "", link}
	}
	sum1 := "Islands fill with boats in summer, and the first ferry of the day is full before…"
	sum2 := "The old lighthouse opens to visitors again, and the keeper shows them the lamp and…"
	sum3 := "Sie wollen wissen, wie die Fähre im Winter fährt? Dann sind Sie hier richtig. Der…"
	resume := "The harbour master said the timetable would hold through the winter, and that the late crossing on Fridays, which " +
		"the islanders had asked for since spring, would run until the end of March, when the council meets again to decide " +
		"whether the boat keeps its evening run or the company sells it to the mainland line that has wanted it for years."
	// The site's own words under the cards, long enough to draw the
	// stretch over them.
	about := "We are three friends who have sailed the bay since we were children, and we write about its ferries, its " +
		"islands and its people in our spare time, from the first crossing in spring to the last in autumn, when the boats go into the yard. " +
		"If you have a story about the bay, write to us."
	page := func(tail string, below ...[]string) string {
		ls := []string{"Home", "", p(5), "", p(5), "", p(4), "", last, "", "You may enjoy these too"}
		for _, b := range below {
			ls = append(ls, b...)
		}
		return strings.Join(append(ls, "", "Sailing notes", "", tail, "", tail, "", "Contact"), "\n")
	}
	tests := []struct {
		name       string
		doc        string
		kept, left []string
	}{
		{"cards that each end in a link to read on",
			page(about, card("Summer on the islands", sum1, "Read more"), card("The lighthouse reopens", sum2, "Read more »")),
			[]string{p(5), last}, []string{sum1, sum2, "The lighthouse reopens"}},
		{"German cards",
			page(about, card("Die Fähre im Winter", sum3, "Mehr erfahren"), card("Der Leuchtturm", sum2, "Mehr erfahren")),
			[]string{p(5), last}, []string{sum3, sum2}},
		{"a link to a related story inside it, then its paragraphs",
			page("Write to us.", []string{"READ MORE", "Islands fill with boats in summer", "", resume, "", p(3)}),
			[]string{p(5), last, resume}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkText(t, readText(tt.doc, record.Options{}).Text, tt.kept, tt.left)
		})
	}
}

// TestEdgeInTail checks that an appeal of the site's under the story is
// left out with the paragraph that carries it on, which reads as the
// story's, and that a picture's caption with its credit among the
// story's last paragraphs is no such appeal.
func TestEdgeInTail(t *testing.T) {
	p := func(n int) string {
		return strings.TrimSpace(strings.Repeat("The ferry crossed the bay twice this morning, and the harbour master counted the cars on the quay. ", n))
	}
	appeal := "Do you like the Bay Courier? We want no paywall, so support us with a few euros a month."
	onward := "To stay free of the big advertisers and to bring you more stories from the coast, we count on readers like you."
	caption := "The late ferry at the quay in the evening. © Ann Lee"
	last := "The harbour master expects the new timetable to hold until the spring, when the islands fill up again."
	tests := []struct {
		name       string
		lines      []string
		kept, left []string
	}{
		{"an appeal carried on by a paragraph", []string{"Home", "", p(4), "", p(4), "", appeal, "", onward, "", "About"},
			[]string{p(4)}, []string{appeal, onward}},
		{"a caption with its credit over the story's last paragraph", []string{"Home", "", p(4), "", p(4), "", caption, "", last, "", "About"},
			[]string{p(4), last}, nil},
		{"an appeal over more of the story", []string{"Home", "", p(4), "", appeal, "", p(4), "", p(3), "", "About"},
			[]string{p(4), p(3), appeal}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkText(t, readText(strings.Join(tt.lines, "\n"), record.Options{}).Text, tt.kept, tt.left)
		})
	}
}

// dropEdgesSimple is dropEdges as first written, the reference it is
// held to: it asks isEdgeLine again of the kept prose lines outside the
// core, which isCore has already found to be edge lines.
func dropEdgesSimple(lines []textLine, keep []bool, start, end int) {
	isCore := func(i int) bool { return keep[i] && lines[i].isProse() && !isEdgeLine(&lines[i]) }
	first := start
	for first < end && !isCore(first) {
		first++
	}
	if first == end {
		return
	}
	last := end - 1
	for !isCore(last) {
		last--
	}
	end = edgeInTail(lines, keep, first, last, end)
	for i := start; i < end; i++ {
		if i == first {
			i = last
			continue
		}
		if keep[i] && isEdgeLine(&lines[i]) {
			keep[i] = false
		}
	}
}

// TestDropEdgesSameAsSimple holds dropEdges to dropEdgesSimple on every
// plain-text test page, over the whole page with several patterns of
// kept lines.
func TestDropEdgesSameAsSimple(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "pages", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no plain-text test pages (%v)", err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines := reflow(splitLines(textkit.CleanControls(string(b))))
		for step := 1; step <= 4; step++ {
			keep := make([]bool, len(lines))
			for i := range keep {
				keep[i] = step == 1 || i%step != 0
			}
			want := slices.Clone(keep)
			dropEdgesSimple(lines, want, 0, len(lines))
			dropEdges(lines, keep, 0, len(lines))
			if !slices.Equal(keep, want) {
				t.Errorf("%s, every %dth line unkept: dropEdges keeps %v, dropEdgesSimple %v", p, step, keep, want)
			}
		}
	}
}
