package parse

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
)

// The memory a parse takes, measured. BenchmarkLargePage reports the bytes
// allocated per parse (-benchmem) of generated pages of several sizes, and
// TestPeakMemory runs one parse of a large page in a child process and
// holds the growth of its peak resident size to a multiple of the page's
// size plus peakAllowance.

// largePage returns an HTML page of about n bytes, built in one buffer of
// that size so that making it leaves no garbage behind: a head with
// metadata and a JSON-LD script, then sections of a story (paragraphs
// with links and emphasis, a list, a table row, a script of page data, a
// menu) repeated until the page is n bytes long.
func largePage(n int) []byte {
	b := make([]byte, 0, n+4096)
	b = append(b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The long page | Example News</title>`+
		`<meta property="og:image" content="https://example.com/lead.jpg"><link rel="canonical" href="https://example.com/news/long">`+
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"The long page","datePublished":"2024-06-17T07:16:00Z","author":{"@type":"Person","name":"Jane Roe"}}</script>`+
		`</head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav><article><h1>The long page</h1>`...)
	section := []string{
		`<p>The council met on <b>Tuesday evening</b> to discuss the new bridge, which has been <a href="/delay">delayed for two years</a> by a dispute over its cost. Residents filled the hall and many of them <em>spoke against</em> the plan.</p>`,
		`<p>Engineers said the crossing would carry 12,000 cars a day once built; the firm that won the contract has built three similar bridges upriver, and <a href="https://example.org/report">its report</a> lists their costs.</p>`,
		`<ul><li>Cost: 41 million</li><li>Length: 220 metres</li><li><a href="/timeline">Timeline</a> of the works</li></ul>`,
		`<table><tr><td>2022</td><td>Plan approved</td><td>Council</td></tr></table>`,
		`<script>window.__state = {"id": 4471, "related": [{"title": "Other story", "url": "/other"}], "datePublished": "2024-06-17"};</script>`,
		`<div class="share"><a href="/s/fb">Share</a> <a href="/s/tw">Post</a> <a href="/s/mail">Mail</a></div>`,
	}
	for i := 0; len(b) < n-64; i++ {
		s := section[i%len(section)]
		if len(b)+len(s) > n-64 {
			s = "<p>" + strings.Repeat("x", max(0, n-64-len(b)-8)) + "</p>"
		}
		b = append(b, s...)
	}
	return append(b, "</article></body></html>"...)
}

// BenchmarkLargePage parses generated pages of 1, 8 and 32 MB; with
// -benchmem, B/op is the memory one parse allocates, and B/op/size that
// divided by the page's size.
func BenchmarkLargePage(b *testing.B) {
	for _, mb := range []int{1, 8, 32} {
		for _, content := range []Content{ContentNone, ContentMarkdown} {
			name := fmt.Sprintf("%dMB", mb)
			if content != ContentNone {
				name += "-" + string(content)
			}
			b.Run(name, func(b *testing.B) {
				page := largePage(mb << 20)
				b.SetBytes(int64(len(page)))
				b.ReportAllocs()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				for range b.N {
					if _, err := ParseBytes(page, Options{Content: content}); err != nil {
						b.Fatal(err)
					}
				}
				runtime.ReadMemStats(&after)
				b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(len(page)), "B/op/size")
			})
		}
	}
}

// peakChildEnv names the variable that makes TestPeakMemory the child
// that parses; its value is the page's size in bytes.
const peakChildEnv = "ARTPARSE_PEAK_CHILD"

// TestPeakMemory parses a large page in a child process (a fresh heap, and
// a peak resident size of its own) and checks that the parse raised the
// peak by at most maxPeakRatio times the page's size plus peakAllowance.
func TestPeakMemory(t *testing.T) {
	if v := os.Getenv(peakChildEnv); v != "" {
		peakChild(t, v)
		return
	}
	if testing.Short() {
		t.Skip("parses a 32 MB page in a child process")
	}
	if _, ok := maxRSS(); !ok {
		t.Skip("no peak resident size on this system")
	}
	for _, content := range []Content{ContentNone, ContentMarkdown} {
		const size = 32 << 20
		ratio := maxPeakRatio
		if content != ContentNone {
			ratio = maxPeakRatioContent
		}
		cmd := exec.Command(os.Args[0], "-test.run=^TestPeakMemory$", "-test.v")
		cmd.Env = append(os.Environ(), peakChildEnv+"="+strconv.Itoa(size)+","+string(content))
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("child: %v\n%s", err, out)
		}
		var before, after int64
		i := bytes.Index(out, []byte("peak "))
		if i < 0 {
			t.Fatalf("child printed no peak:\n%s", out)
		}
		if _, err := fmt.Sscanf(string(out[i:]), "peak %d %d", &before, &after); err != nil {
			t.Fatalf("child's peak: %v\n%s", err, out)
		}
		grew := after - before
		t.Logf("content %q: a %d MB page raised the peak resident size from %d MB to %d MB, by %.2f times its size",
			content, size>>20, before>>20, after>>20, float64(grew)/size)
		if limit := int64(ratio*size) + peakAllowance; grew > limit {
			t.Errorf("content %q: the parse raised the peak by %d MB, over the %d MB allowed", content, grew>>20, limit>>20)
		}
	}
}

// A parse may raise the peak resident size by maxPeakRatio times the
// page's size (maxPeakRatioContent with content asked for) plus
// peakAllowance (the code and tables a first parse touches, and the
// runtime's own). The generated page is dense, a block every hundred
// bytes, the worst case for the parse's memory: at 32 MB the parse
// raised the peak by 3.6 times its size, and by 5.0 times with Markdown.
const (
	maxPeakRatio        = 4.0
	maxPeakRatioContent = 5.5
	peakAllowance       = 16 << 20
)

// peakChild is TestPeakMemory in the child: it builds the page, notes the
// peak resident size, parses the page and prints both peaks.
func peakChild(t *testing.T, arg string) {
	sizeText, content, _ := strings.Cut(arg, ",")
	size, err := strconv.Atoi(sizeText)
	if err != nil {
		t.Fatal(err)
	}
	page := largePage(size)
	debug.FreeOSMemory()
	before, _ := maxRSS()
	if _, err := ParseBytes(page, Options{Content: Content(content)}); err != nil {
		t.Fatal(err)
	}
	after, _ := maxRSS()
	runtime.KeepAlive(page)
	fmt.Printf("peak %d %d\n", before, after)
}
