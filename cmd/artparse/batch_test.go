package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// cmdBackdate runs "backdate FILE...": it sets the files' modification
// times an hour back, so that --resume sees outputs written after them,
// or (backdating an output) an input newer than its output.
func cmdBackdate(ts *testscript.TestScript, neg bool, args []string) {
	noNeg(ts, neg, "backdate")
	old := time.Now().Add(-time.Hour)
	for _, a := range args {
		ts.Check(os.Chtimes(ts.MkAbs(a), old, old))
	}
}

// cmdGenPages runs "gen-pages DIR N": it writes N small pages spread over
// subfolders of DIR, named so that their walk order is their number.
func cmdGenPages(ts *testscript.TestScript, neg bool, args []string) {
	noNeg(ts, neg, "gen-pages")
	if len(args) != 2 {
		ts.Fatalf("usage: gen-pages dir n")
	}
	n, err := strconv.Atoi(args[1])
	ts.Check(err)
	ts.Check(genPages(ts.MkAbs(args[0]), n, 1))
}

// genPages writes n pages under dir, 100 to a subfolder, each with paras
// paragraphs of body text.
func genPages(dir string, n, paras int) error {
	var body strings.Builder
	for i := range paras {
		fmt.Fprintf(&body, "<p>Paragraph %d of a generated article, long enough to be kept as body text by the extractor, with a few more words.</p>\n", i)
	}
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("d%04d", i/100))
		if err := os.MkdirAll(sub, 0o777); err != nil {
			return err
		}
		page := fmt.Sprintf("<html><head><title>Page %06d</title></head><body><article><h1>Page %06d</h1>\n%s</article></body></html>\n", i, i, body.String())
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("p%06d.html", i)), []byte(page), 0o666); err != nil {
			return err
		}
	}
	return nil
}

// cmdOutputs runs "outputs DIR N": DIR must hold exactly N record files,
// each a whole JSON object with a source path, and no temporary file.
func cmdOutputs(ts *testscript.TestScript, neg bool, args []string) {
	noNeg(ts, neg, "outputs")
	if len(args) != 2 {
		ts.Fatalf("usage: outputs dir n")
	}
	want, err := strconv.Atoi(args[1])
	ts.Check(err)
	got, err := checkOutputs(ts.MkAbs(args[0]))
	ts.Check(err)
	if got != want {
		ts.Fatalf("%s: %d record files, want %d", args[0], got, want)
	}
}

// checkOutputs counts the record files under dir, failing on any file that
// is not a whole JSON record and on any leftover temporary file.
func checkOutputs(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") {
			return fmt.Errorf("temporary file left: %s", p)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var rec struct {
			Source struct {
				Path string `json:"path"`
			} `json:"source"`
		}
		if err := json.Unmarshal(b, &rec); err != nil || rec.Source.Path == "" {
			return fmt.Errorf("%s: not a whole record (%v)", p, err)
		}
		n++
		return nil
	})
	return n, err
}

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

// TestBatchJobsInvariant runs the same tree with 1 and 8 workers, to stdout
// and to a folder, and requires identical results.
func TestBatchJobsInvariant(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := genPages(in, 250, 1); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "d0001", "broken.html.gz"), []byte("this is not gzip data at all"), 0o666); err != nil {
		t.Fatal(err)
	}
	var outs, errs [2]bytes.Buffer
	var trees [2]map[string]string
	for i, jobs := range []string{"1", "8"} {
		code := run([]string{"batch", "-j", jobs, in, "-o", "-"}, nil, &outs[i], &errs[i])
		if code != exitFailure {
			t.Fatalf("-j %s -o -: exit %d, want %d; stderr:\n%s", jobs, code, exitFailure, errs[i].String())
		}
		od := filepath.Join(dir, "out"+jobs)
		var stderr bytes.Buffer
		if code := run([]string{"batch", "-q", "-j", jobs, in, "-o", od}, nil, nil, &stderr); code != exitFailure {
			t.Fatalf("-j %s -o DIR: exit %d; stderr:\n%s", jobs, code, stderr.String())
		}
		trees[i] = readTree(t, od)
	}
	if !bytes.Equal(outs[0].Bytes(), outs[1].Bytes()) {
		t.Error("-o - output differs between -j 1 and -j 8")
	}
	lines := strings.Split(strings.TrimSuffix(outs[0].String(), "\n"), "\n")
	if len(lines) != 250 {
		t.Fatalf("%d records, want 250", len(lines))
	}
	for i, line := range lines {
		if want := fmt.Sprintf(`"title":"Page %06d"`, i); !strings.Contains(line, want) {
			t.Fatalf("record %d out of order: %.80s", i, line)
		}
	}
	// The summary's time differs between runs; the failure line may not.
	for i := range errs {
		first, _, _ := strings.Cut(errs[i].String(), "\n")
		if want := "artparse: " + filepath.Join(in, "d0001", "broken.html.gz") + ": corrupt gzip data"; first != want {
			t.Errorf("stderr starts %q, want %q", first, want)
		}
	}
	if len(trees[0]) != 250 || !reflect.DeepEqual(trees[0], trees[1]) {
		t.Errorf("output folders differ between -j 1 and -j 8 (%d and %d files)", len(trees[0]), len(trees[1]))
	}
}

// readTree returns the files under dir by relative path.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := make(map[string]string)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		m[rel] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestProgressBar checks what the bar draws once the total is known, and
// that it is off by default on a non-terminal and always with --quiet.
func TestProgressBar(t *testing.T) {
	env := func(string) string { return "" }
	var buf bytes.Buffer
	if p := newProgress(&batchOptions{getenv: env}, &buf); p.enabled() {
		t.Error("bar drawn on a buffer without --progress")
	}
	if p := newProgress(&batchOptions{getenv: env, progress: true, quiet: true}, &buf); p.enabled() {
		t.Error("bar drawn with --quiet")
	}
	p := newProgress(&batchOptions{getenv: env, progress: true}, &buf)
	p.total.Store(3)
	p.add(false)
	p.add(true) // dropped: not counted as done
	p.add(false)
	// Redraws are throttled, so only the first draw is certain.
	if got := buf.String(); !strings.Contains(got, "/3, ") || !strings.Contains(got, "parsing") {
		t.Errorf("bar output %q, want a count out of 3", got)
	}
	p.finish()
	p.add(false) // after finish: draws nothing
}
