package textfront

import (
	"fmt"
	"strings"
	"testing"

	"github.com/artparse/artparse/parse/internal/record"
)

// TestSlideCounter checks the counters that open a slide's line.
func TestSlideCounter(t *testing.T) {
	for _, c := range []struct {
		s    string
		k, n int
		ok   bool
	}{
		{"3/40 The east quay at dawn", 3, 40, true},
		{"12 / 40", 12, 40, true},
		{"1/5", 1, 5, true},
		{"41/40 More", 0, 0, false},     // past the total
		{"0/40 More", 0, 0, false},      // slides count from one
		{"3/40s were dry", 0, 0, false}, // a decade, not a total
		{"1/2 cup of flour", 1, 2, true},
		{"2024/25 season", 0, 0, false}, // too many digits
		{"The 3/40 ratio", 0, 0, false},
		{"3-40 More", 0, 0, false},
	} {
		k, n, ok := slideCounter(c.s)
		if ok != c.ok || ok && (k != c.k || n != c.n) {
			t.Errorf("slideCounter(%q) = %d, %d, %v, want %d, %d, %v", c.s, k, n, ok, c.k, c.n, c.ok)
		}
	}
}

// gallery returns the lines of a slideshow of n slides, each a counter
// with its title, a caption and, on every other slide, a credit.
func gallery(n int) string {
	var b strings.Builder
	b.WriteString("Harbour life in pictures\n12 show all\n\n")
	for k := 1; k <= n; k++ {
		fmt.Fprintf(&b, "%d/%d Boat number %d comes in\n\n", k, n, k)
		fmt.Fprintf(&b, "Caption %d: the crew of the trawler unloads the morning's catch on the east quay while gulls circle over the market hall and the first buyers arrive with their vans.\n\n", k)
		if k%2 == 0 {
			b.WriteString("Photo Agency\n\n")
		}
	}
	return b.String()
}

// TestSlideshowInStory checks that a gallery wedged between a story's
// paragraphs is left out of its text, the story's paragraphs under it
// kept, and that a page that is a gallery keeps its slides.
func TestSlideshowInStory(t *testing.T) {
	para := func(s string) string {
		return s + " The harbour master said the boats now leave earlier in the morning, before the tide turns, and come back by noon with fuller holds than in any year she remembers.\n\n"
	}
	story := "The harbour at dawn\n\nBy Ann Lee\nMay 4, 2021\n\n" +
		para("First, the fishermen of the east quay have had their best spring in a decade.") +
		para("Second, the market hall has opened two more stalls to keep up with the catch.") +
		gallery(6) +
		"3. The buyers come from further away\n\n" +
		para("Third, restaurants from the city now send their own vans to the quay.") +
		para("Finally, the town council plans to widen the road down to the harbour.")
	a := readText(story, record.Options{})
	for _, want := range []string{"First, the fishermen", "Second, the market", "3. The buyers come", "Third, restaurants", "Finally, the town"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("story with a gallery: text lacks %q:\n%s", want, a.Text)
		}
	}
	for _, unwanted := range []string{"Caption", "Boat number", "Photo Agency", "show all", "in pictures"} {
		if strings.Contains(a.Text, unwanted) {
			t.Errorf("story with a gallery: text holds %q:\n%s", unwanted, a.Text)
		}
	}
	// A page that is a gallery, a lead line over its slides: the
	// captions are its story.
	page := "The harbour at dawn\n\nMay 4, 2021\n\nClick through the pictures of the spring's catch.\n\n" + gallery(6)
	a = readText(page, record.Options{})
	for k := 1; k <= 6; k++ {
		if want := fmt.Sprintf("Caption %d:", k); !strings.Contains(a.Text, want) {
			t.Errorf("gallery page: text lacks %q:\n%s", want, a.Text)
		}
	}
}
