package htmlfront

import (
	"strings"
	"testing"
)

// edgePage builds a story of three paragraphs with before set above the
// first and after below the last, inside the story's own container.
func edgePage(before, middle, after string) string {
	para := "<p>" + strings.Repeat("The harbour board met on Monday and agreed to dredge the channel before the winter storms arrive. ", 3) + "</p>"
	return "<html><body><article><h1>Harbour to be dredged</h1><div class=story>" +
		before + para + para + middle + para + after + "</div></article></body></html>"
}

func TestTrimEdges(t *testing.T) {
	const (
		label    = "Quayside at dawn, Port Ellen"
		sentence = "The dredger arrived at the quay on Sunday night. Photo: Jane Roe"
		credit   = "Pictures supplied by the Harbour Board press office, Port Ellen"
		bio      = "Sam Lee writes about ports and shipping for the paper and has covered the coast since 2009."
		promo    = "Local reporting costs money, and the harbour news has no paywall. We need your help: " +
			"a few pounds a month keep our two reporters on the quayside, at the council and in the courts."
	)
	tests := []struct {
		name, before, middle, after string
		text                        string
		kept                        bool
	}{
		{"a caption above the story goes",
			`<div class="wp-caption"><p class="wp-caption-text">` + label + `</p></div>`, "", "", label, false},
		{"a caption that says what happened stays",
			`<div class="image-caption">` + sentence + `</div>`, "", "", "The dredger arrived", true},
		{"a caption inside the story stays",
			"", `<div class="wp-caption"><p class="wp-caption-text">` + label + `</p></div>`, "", label, true},
		{"a credit below the story goes",
			"", "", `<p class="story-credit">` + credit + `</p>`, credit, false},
		{"a credit inside the story stays",
			"", `<p class="photo-credits">` + credit + `</p>`, "", credit, true},
		{"the author's biography below the story goes",
			"", "", `<div class="authorbox"><p>` + bio + `</p></div>`, "Sam Lee writes", false},
		{"an element that holds the author, below the story, goes",
			"", "", `<div itemprop="author"><p>` + bio + `</p></div>`, "Sam Lee writes", false},
		{"a biography class inside the story stays",
			"", `<div class="authorbox"><p>` + bio + `</p></div>`, "", "Sam Lee writes", true},
		{"a call for support below the story goes",
			"", "", `<p>` + promo + `</p>`, "We need your help", false},
		{"a call for support above the story goes",
			`<p>` + promo + `</p>`, "", "", "We need your help", false},
		{"the same words inside the story stay",
			"", `<p>` + promo + `</p>`, "", "We need your help", true},
		{"a plain paragraph below the story stays",
			"", "", `<p>` + bio + `</p>`, "Sam Lee writes", true},
	}
	for _, tt := range tests {
		a := Parse(edgePage(tt.before, tt.middle, tt.after), testOptions)
		if got := strings.Contains(a.Text, tt.text); got != tt.kept {
			t.Errorf("%s: %q kept = %v, want %v; text:\n%s", tt.name, tt.text, got, tt.kept, a.Text)
		}
	}
}

func TestHoldsSentence(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The mayor opens the new bridge. Photo: J. Roe", true},
		{"Is this the end?", true},
		{"Quayside at dawn (Symbolbild).", false},
		{"(Credit: A.B.Press)", false},
		{"Port Ellen, 2019", false},
		{"港が開いた。", true},
	}
	for _, tt := range tests {
		if got := holdsSentence(tt.s); got != tt.want {
			t.Errorf("holdsSentence(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
