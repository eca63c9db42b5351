package textfront

import (
	"strings"
	"testing"

	"github.com/artparse/artparse/parse/internal/record"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// controlSeeds are pages with every kind of control and break the decoder
// cleans, and the white space and broken bytes the front end rewrites.
var controlSeeds = []string{
	"River closes old bridge\r\n\r\nThe council closed the old bridge on Monday, after engineers found cracks in two of its piers.\r\n",
	"Title\fbody\vmore\u0085text\u2028line\u2029para\n\nA paragraph that runs on and on, as a story's first paragraph does here.",
	"nul\x00between words\x01and \x1b[1mbold\x1b[0m text\x7f and C1 \u0080\u0081\u009f here, with a full stop at the end of it all.",
	"tab\tcells\tin a row\n\u00a0 no-break\u00a0spaces \u200b and soft\u00adhyphens, in a sentence that ends as prose does.",
	"bad\xffbyte and a cut rune \xc2\n\xc2\x85 and \xe2\x80 across lines, in a sentence that is long enough to be prose.",
	strings.Repeat("A paragraph of the story, with words enough to read as prose, ends here.\n\n", 4) + "Share\nTweet\n",
}

// FuzzTextKeepsNoControls holds Parse to what its doc promises and what
// ParseBytes counts on when it leaves a text record's body as it is: a
// doc without controls, as decoding leaves it, gives a text without
// them, whatever the front end keeps of it, in every content form.
func FuzzTextKeepsNoControls(f *testing.F) {
	for _, s := range controlSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := textkit.CleanControls(s)
		if textkit.HasControl(doc) {
			// Dropping a control from invalid UTF-8 may join a C2 to
			// the byte after into one (C2 1B 80 leaves U+0080); a
			// decoded page is valid UTF-8, so this is no doc it gives.
			t.Skip()
		}
		for _, form := range []record.Content{"", record.Markdown, record.HTML} {
			a := Parse(doc, record.Options{Content: form})
			if textkit.HasControl(a.Text) {
				t.Fatalf("Parse(%q).Text = %q holds a control", doc, a.Text)
			}
		}
	})
}

// TestTextKeepsNoControls is FuzzTextKeepsNoControls over its seeds with
// their controls kept, to show that the seeds reach the text: without
// decoding's clean, some of them do carry a control into it.
func TestTextKeepsNoControls(t *testing.T) {
	reached := false
	for _, s := range controlSeeds {
		reached = reached || textkit.HasControl(Parse(s, record.Options{}).Text)
	}
	if !reached {
		t.Error("no seed carries a control into the text when left uncleaned: the fuzz target's seeds test nothing")
	}
}
