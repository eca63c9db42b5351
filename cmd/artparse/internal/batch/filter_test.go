package batch

import (
	"path/filepath"
	"testing"
)

// TestNameFilter checks the default extensions and the glob flags.
func TestNameFilter(t *testing.T) {
	def := newNameFilter(nil, nil)
	inc := newNameFilter([]string{"*.md", "keep/*/x.*"}, []string{"draft*"})
	tests := []struct {
		f     nameFilter
		path  string
		want  bool
		fname string
	}{
		{def, "a/p.html", true, "default html"},
		{def, "a/p.XHTML.gz", true, "default gz, any case"},
		{def, "a/p.shtml", true, "default shtml"},
		{def, "a/p.txt.gz", true, "default txt.gz"},
		{def, "a/p.md", false, "default skips md"},
		{def, "a/p.gz", false, "bare gz"},
		{def, "a/html", false, "no extension"},
		{def, "a/crawl.warc", true, "default warc"},
		{def, "a/crawl.WARC.GZ", true, "default warc.gz, any case"},
		{def, "a/crawl.wacz", true, "default wacz"},
		{def, "a/crawl.wacz.gz", false, "no gzipped wacz"},
		{def, "a/.warc", false, "a bare suffix is no archive"},
		{inc, "a/p.md", true, "include by name"},
		{inc, "a/p.html", false, "include replaces the defaults"},
		{inc, "keep/q/x.bin", true, "include by path"},
		{inc, "other/keep/q/x.bin", false, "path patterns match the whole path"},
		{inc, "a/draft.md", false, "exclude narrows"},
	}
	for _, tt := range tests {
		p := filepath.FromSlash(tt.path)
		if got := tt.f.takes(p, filepath.Base(p)); got != tt.want {
			t.Errorf("%s: takes(%q) = %v, want %v", tt.fname, tt.path, got, tt.want)
		}
	}
}
