package textfront

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/artparse/artparse/parse/internal/textkit"
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

// hasNoticeSimple is hasNotice's search as its comments state it: a
// copyright mark at the start, or, in a line of prose's size and no
// longer than maxNoticeLine, a notice's phrase at a word start (the
// line's first byte or one after a space) that leaves a byte after it
// within noticeReach.
func hasNoticeSimple(l *textLine) bool {
	s := l.text
	if strings.HasPrefix(s, "©") || strings.HasPrefix(s, "(c)") || strings.HasPrefix(s, "Copyright") {
		return true
	}
	if len(s) > maxNoticeLine || l.size < minProseSize {
		return false
	}
	lim := min(len(s)-1, noticeReach)
	for p := 0; p < lim; p++ {
		if p > 0 && s[p-1] != ' ' {
			continue
		}
		for _, n := range notices {
			if textkit.HasFoldPrefix(s[p:], n) {
				return true
			}
		}
	}
	return false
}

// checkHasNotice fails t when hasNotice and hasNoticeSimple differ on
// the line s.
func checkHasNotice(t *testing.T, s string) {
	t.Helper()
	l := textLine{text: s}
	measureLine(&l)
	if got, want := hasNotice(&l), hasNoticeSimple(&l); got != want {
		t.Fatalf("hasNotice(%q) = %v, want %v", s, got, want)
	}
}

// TestHasNoticeSameAsSimple holds hasNotice's eight-byte search for word
// starts, with its tables of first, second and third letters, to the
// search at every word start, on lines made of notice phrases cut short,
// in capitals, at every offset and near noticeReach.
func TestHasNoticeSameAsSimple(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	words := []string{"the", "we", "use", "river", "a", "", " ", "Sub", "SIGN", "co", "©"}
	for _, n := range notices {
		words = append(words, n, n[:len(n)-1], n[:2], strings.ToUpper(n))
	}
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for w := r.Intn(60); w > 0; w-- {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteByte(" .,"[r.Intn(3)])
		}
		checkHasNotice(t, strings.TrimSpace(b.String()))
	}
	for _, n := range notices {
		for pad := noticeReach - 12; pad < noticeReach+4; pad++ {
			checkHasNotice(t, strings.Repeat("x", pad)+" "+n+" and more words after it to end the line.")
		}
	}
}

// FuzzHasNotice is TestHasNoticeSameAsSimple on any line.
func FuzzHasNotice(f *testing.F) {
	f.Add("We use cookies to give you the best experience on our website, and more.")
	f.Add("A story of the river and the town, with words enough to be prose here.")
	f.Fuzz(func(t *testing.T, s string) { checkHasNotice(t, s) })
}
