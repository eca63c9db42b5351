package batch

import (
	"path/filepath"
	"reflect"
	"testing"
)

// TestMirrorPath checks where inputs land under the output folder.
func TestMirrorPath(t *testing.T) {
	cwd := filepath.FromSlash("/home/u/work")
	tests := []struct{ in, want string }{
		{"a/b", "a/b"},
		{"./a/b/", "a/b"},
		{".", "."},
		{"../x/a", "x/a"},
		{"../../a", "a"},
		{"..", "."},
		{"/home/u/work/saved", "saved"},
		{"/home/u/work", "."},
		{"/data/saved", "data/saved"},
		{"/", "."},
		{"a/../../b", "b"},
	}
	for _, tt := range tests {
		got := mirrorPath(filepath.FromSlash(tt.in), cwd)
		if got != filepath.FromSlash(tt.want) {
			t.Errorf("mirrorPath(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestOutNames checks output names, and that colliding inputs of one
// folder keep distinct names.
func TestOutNames(t *testing.T) {
	tests := []struct {
		files []string
		want  map[string]string
	}{
		{[]string{"a.html", "b.HTM.GZ", "c.txt", "README"},
			map[string]string{"a.html": "a.json", "b.HTM.GZ": "b.json", "c.txt": "c.json", "README": "README.json"}},
		{[]string{"page.html", "page.html.gz", "other.htm"},
			map[string]string{"page.html": "page.html.json", "page.html.gz": "page.html.gz.json", "other.htm": "other.json"}},
		// page.html.txt's stem is page.html, which is page.html's full
		// name once page.html and page.htm collide: all three go full.
		{[]string{"page.htm", "page.html", "page.html.txt"},
			map[string]string{"page.htm": "page.htm.json", "page.html": "page.html.json", "page.html.txt": "page.html.txt.json"}},
		{[]string{"v1.2.html"}, map[string]string{"v1.2.html": "v1.2.json"}},
		// An archive's records go to a .jsonl, which a page's record
		// does not clash with; two forms of one archive do clash.
		{[]string{"crawl.html", "crawl.warc", "site.wacz"},
			map[string]string{"crawl.html": "crawl.json", "crawl.warc": "crawl.jsonl", "site.wacz": "site.jsonl"}},
		{[]string{"crawl.warc", "crawl.warc.gz", "crawl.WACZ", "crawl.htm"},
			map[string]string{"crawl.warc": "crawl.warc.jsonl", "crawl.warc.gz": "crawl.warc.gz.jsonl", "crawl.WACZ": "crawl.WACZ.jsonl", "crawl.htm": "crawl.json"}},
	}
	extOf := func(f string) string {
		if isArchiveName(f) {
			return archiveExt
		}
		return ".json"
	}
	for _, tt := range tests {
		if got := outNames(tt.files, extOf); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("outNames(%q) = %v, want %v", tt.files, got, tt.want)
		}
	}
}
