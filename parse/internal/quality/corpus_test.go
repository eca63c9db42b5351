package quality

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
)

func writeGz(t *testing.T, path, s string) {
	t.Helper()
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write([]byte(s))
	z.Close()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// fakeCorpus builds a two-page corpus of invented pages.
func fakeCorpus(t *testing.T) (string, Spec) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "x"), 0o755)
	truth := `{"id": "b", "title": null, "with": ["w"], "url": "http://example.com/b"}
{"id": "a", "title": "T", "byline": "By Me", "published": null, "date": "2020-01-02"}
`
	os.WriteFile(filepath.Join(root, "x/truth.jsonl"), []byte(truth), 0o644)
	writeGz(t, filepath.Join(root, "x/pages/a.html.gz"), "<p>page a</p>")
	writeGz(t, filepath.Join(root, "x/pages/b.html.gz"), "<p>page bb</p>")
	return root, Spec{Name: "x", Truth: "x/truth.jsonl", Pages: "x/pages", Ext: ".html.gz"}
}

func TestQualityLoad(t *testing.T) {
	root, spec := fakeCorpus(t)
	c, err := Load(root, spec)
	if err != nil {
		t.Fatal(err)
	}
	want := []Page{
		{ID: "a", Data: []byte("<p>page a</p>"), Truth: Truth{ID: "a", Title: "T", Byline: "By Me", Date: "2020-01-02"}},
		{ID: "b", Data: []byte("<p>page bb</p>"), Truth: Truth{ID: "b", With: []string{"w"}, URL: "http://example.com/b"}},
	}
	if !reflect.DeepEqual(c.Pages, want) {
		t.Errorf("Load = %+v, want %+v", c.Pages, want)
	}
	if c.Bytes() != 27 {
		t.Errorf("Bytes = %d, want 27", c.Bytes())
	}

	// A page without truth, and truth without a page, are errors.
	writeGz(t, filepath.Join(root, "x/pages/c.html.gz"), "c")
	if _, err := Load(root, spec); err == nil || !strings.Contains(err.Error(), "c.html.gz has no truth") {
		t.Errorf("extra page: err = %v", err)
	}
	os.Remove(filepath.Join(root, "x/pages/c.html.gz"))
	os.Remove(filepath.Join(root, "x/pages/a.html.gz"))
	if _, err := Load(root, spec); err == nil || !strings.Contains(err.Error(), `"a" has no page`) {
		t.Errorf("missing page: err = %v", err)
	}
	// A corrupt page is an error.
	os.WriteFile(filepath.Join(root, "x/pages/a.html.gz"), []byte("not gzip"), 0o644)
	if _, err := Load(root, spec); err == nil {
		t.Errorf("corrupt page: no error")
	}
}

func TestQualityReadTruthErrors(t *testing.T) {
	dir := t.TempDir()
	for _, bad := range []string{`{"id": "a"}` + "\n" + `{"id": "a"}`, `{"title": "x"}`, `not json`} {
		p := filepath.Join(dir, "t.jsonl")
		os.WriteFile(p, []byte(bad), 0o644)
		if _, err := ReadTruth(p); err == nil {
			t.Errorf("ReadTruth(%q): no error", bad)
		}
	}
}

func TestQualityParallel(t *testing.T) {
	for _, workers := range []int{0, 1, 3, 100} {
		var sum atomic.Int64
		seen := make([]int32, 50)
		Parallel(50, workers, func(i int) { sum.Add(int64(i)); atomic.AddInt32(&seen[i], 1) })
		if sum.Load() != 49*50/2 {
			t.Errorf("workers %d: sum %d", workers, sum.Load())
		}
		for i, n := range seen {
			if n != 1 {
				t.Errorf("workers %d: index %d ran %d times", workers, i, n)
			}
		}
	}
	Parallel(0, 2, func(int) { t.Error("called for n = 0") })
}

func TestQualityModuleRoot(t *testing.T) {
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "go.mod"), []byte("module x\n"), 0o644)
	sub := filepath.Join(root, "a", "b")
	os.MkdirAll(sub, 0o755)
	for _, d := range []string{root, sub} {
		if got, err := ModuleRoot(d); err != nil || got != root {
			t.Errorf("ModuleRoot(%s) = %s, %v, want %s", d, got, err, root)
		}
	}
	// A directory named go.mod does not count.
	other := t.TempDir()
	os.MkdirAll(filepath.Join(other, "go.mod"), 0o755)
	if got, err := ModuleRoot(other); err == nil && got == other {
		t.Errorf("ModuleRoot took a go.mod directory")
	}
}
