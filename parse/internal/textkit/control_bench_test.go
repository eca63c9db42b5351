package textkit

import (
	"strings"
	"testing"
)

var cleanSink string

// BenchmarkCleanControls cleans a page of markup saved with CR LF line
// ends (every line holds a control to drop) and the same with LF ends
// (nothing to drop, one scan).
func BenchmarkCleanControls(b *testing.B) {
	const line = `<div class="story"><p>Some words of a story, with a <a href="/x">link</a> in it.</p></div>`
	for _, end := range []struct{ name, s string }{{"crlf", "\r\n"}, {"lf", "\n"}} {
		s := strings.Repeat(line+end.s, 2000)
		b.Run(end.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				cleanSink = CleanControls(s)
			}
		})
	}
}
