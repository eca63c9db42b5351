package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestContent renders the golden pages with structure as Markdown and as
// HTML and checks what each format must hold and must never hold.
func TestContent(t *testing.T) {
	tests := []struct {
		page        string
		format      Content
		want, never []string
	}{
		{"table-and-code.html", ContentMarkdown,
			[]string{"```\nfunc BenchmarkSum(b *testing.B) {\n\txs := make([]int, 1000)", "| Version | ns/op | allocs/op |\n| --- | --- | --- |\n| range loop | 312 | 0 |"},
			[]string{"Archive", "Feed", "Timing a loop in Go\n"}},
		{"table-and-code.html", ContentHTML,
			[]string{"<pre><code>func BenchmarkSum(b *testing.B) {", "<tr><th>Version</th><th>ns/op</th><th>allocs/op</th></tr>", "<tr><td>range loop</td><td>312</td><td>0</td></tr>"},
			[]string{"<nav", "Archive", "<td>Version</td>"}},
		{"headings-and-lists.html", ContentMarkdown,
			[]string{"## Shelter and sleep\n\n", "- A tent or tarp", "1. Porridge with milk powder for breakfast\n2. Nuts", "### Water"},
			[]string{"newsletter", "Subscribe"}},
		{"headings-and-lists.html", ContentHTML,
			[]string{"<h2>Shelter and sleep</h2>", "<ol>\n<li>Porridge", "<ul>\n<li>A tent"},
			[]string{"<form", "<input"}},
		{"inline-structure.url.html", ContentMarkdown,
			[]string{"*really* matters", "**bold claim**", "`go vet`", "[the manual](https://example.com/docs/manual)",
				"![A kestrel hovering](https://example.com/img/kestrel.jpg)", "> Quoted wisdom, with a comma, and a full stop.",
				`a\_b and 2 \* 3`},
			[]string{"javascript:", "onclick", "alert"}},
		{"inline-structure.url.html", ContentHTML,
			[]string{"<em>really</em> matters", "<strong>bold claim</strong>", `<a href="https://example.com/docs/manual">the manual</a>`,
				`<img src="https://example.com/img/kestrel.jpg" alt="A kestrel hovering">`, "<blockquote>\n<p>Quoted wisdom", "evil link"},
			[]string{"javascript:", "onclick", "<script", "style=", "alert"}},
	}
	for _, tt := range tests {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "pages", tt.page))
		if err != nil {
			t.Fatal(err)
		}
		opt := Options{Content: tt.format}
		if strings.HasSuffix(tt.page, ".url.html") {
			opt.URL = "https://example.com/" + strings.TrimSuffix(tt.page, ".url.html")
		}
		a, err := ParseBytes(b, opt)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			if !strings.Contains(a.Content, w) {
				t.Errorf("%s as %s: missing %q in\n%s", tt.page, tt.format, w, a.Content)
			}
		}
		for _, n := range tt.never {
			if strings.Contains(a.Content, n) {
				t.Errorf("%s as %s: holds %q:\n%s", tt.page, tt.format, n, a.Content)
			}
		}
		plain, _ := ParseBytes(b, Options{URL: opt.URL})
		if plain.Text != a.Text || plain.Content != "" {
			t.Errorf("%s: asking for content changed the text or filled content without asking", tt.page)
		}
	}
	if _, err := ParseBytes([]byte("<p>x</p>"), Options{Content: "rtf"}); err == nil {
		t.Error("unknown content format accepted")
	}
}
