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

var hasSink bool

// BenchmarkHasControl scans for controls, as decoding does before a page
// is read, markup indented with tabs around text in three scripts and
// no-break spaces, with LF line ends (no control) and with CR LF (a
// control at each line's end, which CleanControls copies around).
func BenchmarkHasControl(b *testing.B) {
	const lines = "\t\t<div class=\"story\">\n\t\t\t<p>Some words of a story,\u00a0with a <a href=\"/x\">link</a> in it.</p>\n" +
		"\t\t\t<p>Слова истории со\u00a0ссылкой и «кавычками» — в ней.</p>\n" +
		"\t\t\t<p>故事的一些文字，其中有一个链接。</p>\n\t\t</div>\n"
	for _, end := range []struct{ name, s string }{{"lf", "\n"}, {"crlf", "\r\n"}} {
		s := strings.Repeat(strings.ReplaceAll(lines, "\n", end.s), 1000)
		b.Run(end.name+"/clean", func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				cleanSink = CleanControls(s)
			}
		})
		b.Run(end.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				hasSink = HasControl(s)
			}
		})
	}
}
