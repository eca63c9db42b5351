package textfront

import (
	"strings"
	"testing"
)

// TestNotices checks that every notice phrase fits in noticeFirst's bit
// sets and is found in a line.
func TestNotices(t *testing.T) {
	if len(notices) > 64 {
		t.Fatalf("%d notices; noticeFirst holds 64", len(notices))
	}
	for _, p := range notices {
		if len(p) < 3 {
			t.Errorf("notice %q: hasNoticeAt needs three bytes", p)
		}
		for _, text := range []string{
			"A line of a page that says " + p + " in the middle of it, as notices do.",
			strings.ToUpper(p[:1]) + p[1:] + " opens this line of a page, as notices do.",
			// Only ASCII letters are folded.
			"A LINE OF A PAGE THAT SAYS " + strings.Map(func(r rune) rune {
				if r >= 'a' && r <= 'z' {
					r -= 'a' - 'A'
				}
				return r
			}, p) + " IN CAPITALS, AS SOME NOTICES DO.",
		} {
			l := textLine{text: text}
			measureLine(&l)
			if !isNotice(&l) {
				t.Errorf("notice %q not found in %q", p, text)
			}
		}
	}
	// A notice's phrase comes early; deep in a paragraph, it is the story
	// talking about a newsletter or a sign-up sheet.
	for _, c := range []struct {
		text string
		want bool
	}{
		{"We use cookies to give you the best experience on our website, and to show you offers that may interest you.", true},
		{strings.Repeat("The library opened its new reading room on Monday, and the queue reached the corner. ", 3) +
			"Volunteers asked visitors to sign up for the autumn courses at the desk.", false},
		{strings.TrimSpace(strings.Repeat("Accept all cookies or choose which ones we may store on this device. ", 12)), true},
		{"This entry was posted in Rivers and tagged bridges, floods, the valley. Bookmark the permalink.", true},
		{"Dieser Eintrag wurde veröffentlicht in Flüsse und verschlagwortet mit Brücken, Hochwasser.", true},
		{"If you enjoyed this story about the valley, share it with a friend who likes rivers.", true},
		{"We want to hear from you: write to the letters desk about the plan for the east quay.", true},
		{"Get regular updates on the river levels and the bridge works in your inbox every Monday.", true},
		{"This post contains links to shops that pay us a small fee when you buy through them.", true},
		{"You are using a browser that is no longer supported. Please update it to read this site.", true},
		{"Submit your letter to the editor via this form, with your name and the town you live in.", true},
		{"Jede kleine Spende hilft uns, unabhängig über den Fluss und die Stadt zu berichten.", true},
	} {
		l := textLine{text: c.text}
		measureLine(&l)
		if got := isNotice(&l); got != c.want {
			t.Errorf("isNotice(%.60q...) = %v, want %v", c.text, got, c.want)
		}
	}
}
