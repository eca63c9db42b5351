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
