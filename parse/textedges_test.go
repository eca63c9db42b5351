package parse

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
	a, err := ParseBytes([]byte(doc), Options{Input: FormatText})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Text, "For years the morning ferry") {
		t.Errorf("text does not open with the story's first paragraph:\n%.300s", a.Text)
	}
}

// TestQuantity checks which lines open with an ingredient's quantity.
func TestQuantity(t *testing.T) {
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
		if got := quantity(&l); got != tt.want {
			t.Errorf("quantity(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
