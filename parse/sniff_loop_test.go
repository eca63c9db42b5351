package parse

import (
	"bytes"
	"testing"

	"github.com/artparse/artparse/parse/internal/htmllex"
	"github.com/artparse/artparse/parse/internal/quality"
)

// sniffByteLoop is Sniff as it was before it searched with
// bytes.IndexByte: one byte at a time. TestSniffSameAsByteLoop holds the
// two to the same answers.
func sniffByteLoop(b []byte) Format {
	// The same framing as Sniff's: only the loop below is being compared.
	if enc, name, n := unicodeFrame(b); enc != nil && name != "utf-8" {
		// UTF-16: look at the ASCII bytes only, which is enough for tags.
		b = bytes.ReplaceAll(b[n:min(len(b), sniffLimit)], []byte{0}, nil)
	} else {
		b = b[n:min(len(b), sniffLimit)]
	}
	b = bytes.TrimLeft(b, " \t\r\n\f")
	opensWithTag := false
	if len(b) > 1 && b[0] == '<' {
		switch c := b[1] | 0x20; {
		case b[1] == '!' || b[1] == '?':
			return FormatHTML
		case c >= 'a' && c <= 'z':
			opensWithTag = htmllex.KnownTagAt(b[1:])
			// A document's own root or head is markup, attributes or not.
			for _, root := range []string{"html", "head", "body"} {
				if opensWithTag && len(b) > len(root)+1 && bytes.EqualFold(b[1:1+len(root)], []byte(root)) && !htmllex.IsTagNameByte(b[1+len(root)]) {
					return FormatHTML
				}
			}
		}
	}
	tags, lines, tagged, marked := 0, 0, 0, 0
	lineTagged, lineText := false, false
	endLine := func() {
		if lineText {
			lines++
			if lineTagged {
				tagged++
			}
		}
		lineTagged, lineText = false, false
	}
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case '\n':
			endLine()
		case '<':
			lineText = true
			j := i + 1
			closing := j < len(b) && b[j] == '/'
			if closing {
				j++
			}
			if j >= len(b) || !htmllex.KnownTagAt(b[j:]) {
				continue
			}
			tags++
			lineTagged = true
			if closing || hasAttribute(b[j:]) {
				marked++
			}
			// The body of a script or a style is not lines of the page,
			// and its end tag, skipped with it, is markup.
			if !closing {
				if k, closed := rawTextEnd(b, j); k > i {
					if closed {
						marked++
					}
					i = k - 1
				}
			}
		case ' ', '\t', '\r', '\f':
		default:
			lineText = true
		}
	}
	endLine()
	// Markup puts tags on most lines, with attributes and end tags; prose
	// that quotes HTML has bare tags on a few.
	if marked > 0 && (tags >= 3 && tagged*4 >= lines || opensWithTag && tagged*10 >= lines) {
		return FormatHTML
	}
	return FormatText
}

// TestSniffSameAsByteLoop runs Sniff and the byte loop it replaced over
// every corpus page, HTML and text, whole and cut at many points (a cut
// lands inside tags, scripts and lines), and requires the same answer.
func TestSniffSameAsByteLoop(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every corpus")
	}
	_, dir := quality.CorpusDir(t)
	_ = htmllex.KnownTagAt
	_ = bytes.Equal
	n := 0
	for _, s := range quality.Corpora {
		c, err := quality.Load(dir, s)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range c.Pages {
			b := p.Data[:min(len(p.Data), sniffLimit+100)]
			for cut := len(b); cut > 0; cut = cut * 7 / 8 {
				n++
				if got, want := Sniff(b[:cut]), sniffByteLoop(b[:cut]); got != want {
					t.Errorf("%s/%s cut at %d: Sniff %s, byte loop %s", s.Name, p.ID, cut, got, want)
				}
				if cut < 64 {
					break
				}
			}
		}
	}
	t.Logf("%d inputs compared", n)
}

// FuzzSniffSameAsByteLoop holds Sniff to the byte loop on any input.
func FuzzSniffSameAsByteLoop(f *testing.F) {
	f.Add([]byte("<p>a</p>\n<script>x\n</script>\ntext\n"))
	f.Add([]byte("line one\n<b>bold</b> <i>it</i>\n<a href=x>link</a>\n"))
	f.Add([]byte("<html><body>\n<style>\np{}\n</STYLE> after\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := Sniff(b), sniffByteLoop(b); got != want {
			t.Errorf("Sniff %s, byte loop %s", got, want)
		}
	})
}

// BenchmarkSniff times Sniff and the byte loop it replaced on a plain text
// page and an HTML page of the corpus.
func BenchmarkSniff(b *testing.B) {
	_, dir := quality.CorpusDir(b)
	for _, s := range []quality.Spec{quality.Corpora[1], quality.Corpora[4]} {
		c, err := quality.Load(dir, s)
		if err != nil {
			b.Fatal(err)
		}
		page := c.Pages[0].Data
		for _, impl := range []struct {
			name string
			f    func([]byte) Format
		}{{"IndexByte", Sniff}, {"byte-loop", sniffByteLoop}} {
			b.Run(s.Name+"/"+impl.name, func(b *testing.B) {
				b.SetBytes(int64(min(len(page), sniffLimit)))
				for range b.N {
					impl.f(page)
				}
			})
		}
	}
}
