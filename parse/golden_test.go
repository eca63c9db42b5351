package parse_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/artparse/artparse/parse"
)

var update = flag.Bool("update", false, "rewrite the golden records in testdata/golden")

// TestGolden parses every page in testdata/pages and compares the record
// with testdata/golden/NAME.json. A page whose name ends in .url.html (or
// .url.txt) is parsed with Options.URL set to https://example.com/NAME, as
// if --url had been given. Run with -update to rewrite the goldens, then
// review them in the diff.
func TestGolden(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("..", "testdata", "pages", "*"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages in testdata/pages: %v", err)
	}
	for _, path := range pages {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var opt parse.Options
			stem := strings.TrimSuffix(name, filepath.Ext(name))
			if strings.HasSuffix(stem, ".url") {
				opt.URL = "https://example.com/" + strings.TrimSuffix(stem, ".url")
			}
			a, err := parse.ParseBytes(b, opt)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			var got bytes.Buffer
			enc := json.NewEncoder(&got)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(a); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("..", "testdata", "golden", stem+".json")
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./parse -run TestGolden -update to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("record differs from %s\ngot:\n%s\nwant:\n%s", golden, got.Bytes(), want)
			}
		})
	}
}

// contentPages are the pages whose --content renderings are pinned: the
// ones that hold every structure the renderers know (headings, lists,
// tables, code, quotes, emphasis, links and images), and a plain-text page.
var contentPages = []string{
	"headings-and-lists.html",
	"inline-structure.url.html",
	"table-and-code.html",
	"text-news-teaser.txt",
}

// TestGoldenContent renders contentPages as Markdown and as HTML and
// compares each with testdata/golden/content/STEM.md or STEM.html; -update
// rewrites them.
func TestGoldenContent(t *testing.T) {
	for _, name := range contentPages {
		for _, format := range []parse.Content{parse.ContentMarkdown, parse.ContentHTML} {
			t.Run(name+"/"+string(format), func(t *testing.T) {
				b, err := os.ReadFile(filepath.Join("..", "testdata", "pages", name))
				if err != nil {
					t.Fatal(err)
				}
				stem := strings.TrimSuffix(name, filepath.Ext(name))
				opt := parse.Options{Content: format}
				if strings.HasSuffix(stem, ".url") {
					opt.URL = "https://example.com/" + strings.TrimSuffix(stem, ".url")
				}
				a, err := parse.ParseBytes(b, opt)
				if err != nil {
					t.Fatalf("parse: %v", err)
				}
				if a.Content == "" {
					t.Fatal("no content rendered")
				}
				ext := map[parse.Content]string{parse.ContentMarkdown: ".md", parse.ContentHTML: ".html"}[format]
				golden := filepath.Join("..", "testdata", "golden", "content", stem+ext)
				got := []byte(a.Content + "\n")
				if *update {
					if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, got, 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test ./parse -run TestGoldenContent -update to create it)", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("content differs from %s\ngot:\n%s\nwant:\n%s", golden, got, want)
				}
			})
		}
	}
}
