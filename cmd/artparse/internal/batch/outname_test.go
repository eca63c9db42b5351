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

// TestOutStems checks output names, and that colliding inputs of one
// folder keep distinct names.
func TestOutStems(t *testing.T) {
	tests := []struct {
		files []string
		want  map[string]string
	}{
		{[]string{"a.html", "b.HTM.GZ", "c.txt", "README"},
			map[string]string{"a.html": "a", "b.HTM.GZ": "b", "c.txt": "c", "README": "README"}},
		{[]string{"page.html", "page.html.gz", "other.htm"},
			map[string]string{"page.html": "page.html", "page.html.gz": "page.html.gz", "other.htm": "other"}},
		// page.html.txt's stem is page.html, which is page.html's full
		// name once page.html and page.htm collide: all three go full.
		{[]string{"page.htm", "page.html", "page.html.txt"},
			map[string]string{"page.htm": "page.htm", "page.html": "page.html", "page.html.txt": "page.html.txt"}},
		{[]string{"v1.2.html"}, map[string]string{"v1.2.html": "v1.2"}},
	}
	for _, tt := range tests {
		if got := outStems(tt.files); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("outStems(%q) = %v, want %v", tt.files, got, tt.want)
		}
	}
}
