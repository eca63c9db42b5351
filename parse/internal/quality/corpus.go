package quality

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
)

// Kind says which metrics apply to a corpus.
type Kind int

// The corpus kinds.
const (
	// Snippets: body judged by `with`/`without` snippets (boilerplate/).
	Snippets Kind = iota
	// Readability: body judged by shingles against `body`, plus the
	// title, byline, excerpt, published, site_name and lang fields.
	Readability
	// Dates: publication day judged against `date`.
	Dates
	// Postlight: the printed header judged against `title`, `byline`,
	// `published`, `image` and `dek` (postlight/).
	Postlight
)

// Spec describes one corpus inside the corpus root: where its truth and its
// pages live, and how its pages are read.
type Spec struct {
	// Name is the corpus's name in figures and benchmarks, such as
	// "boilerplate" or "text/readability".
	Name string
	// Truth is the truth.jsonl path, relative to the corpus root.
	Truth string
	// Pages is the folder holding the pages, relative to the corpus root.
	Pages string
	// Ext is the page files' suffix; a page's id is its file name without it.
	Ext string
	// Text is true when the pages are plain-text browser copies rather than
	// HTML.
	Text bool
	// Kind says which metrics apply.
	Kind Kind
}

// Corpora lists the measured corpora in a fixed order: the three HTML
// corpora, then the text copies of boilerplate/ and readability/, which
// share their HTML twin's truth file, then postlight/ and its text copy.
var Corpora = []Spec{
	{Name: "boilerplate", Truth: "boilerplate/truth.jsonl", Pages: "boilerplate/pages", Ext: ".html.gz", Kind: Snippets},
	{Name: "readability", Truth: "readability/truth.jsonl", Pages: "readability/pages", Ext: ".html.gz", Kind: Readability},
	{Name: "dates", Truth: "dates/truth.jsonl", Pages: "dates/pages", Ext: ".html.gz", Kind: Dates},
	{Name: "text/boilerplate", Truth: "boilerplate/truth.jsonl", Pages: "text/boilerplate", Ext: ".txt.gz", Text: true, Kind: Snippets},
	{Name: "text/readability", Truth: "readability/truth.jsonl", Pages: "text/readability", Ext: ".txt.gz", Text: true, Kind: Readability},
	{Name: "postlight", Truth: "postlight/truth.jsonl", Pages: "postlight", Ext: ".html.gz", Kind: Postlight},
	{Name: "text/postlight", Truth: "postlight/truth.jsonl", Pages: "text/postlight", Ext: ".txt.gz", Text: true, Kind: Postlight},
}

// Truth is one line of a truth.jsonl file. Fields a corpus does not have,
// and JSON nulls, read as the zero value, so "" means "no truth".
type Truth struct {
	ID        string   `json:"id"`
	URL       string   `json:"url"`
	With      []string `json:"with"`
	Without   []string `json:"without"`
	Title     string   `json:"title"`
	Byline    string   `json:"byline"`
	Excerpt   string   `json:"excerpt"`
	SiteName  string   `json:"site_name"`
	Published string   `json:"published"`
	Lang      string   `json:"lang"`
	Body      string   `json:"body"`
	Date      string   `json:"date"`
	Image     string   `json:"image"`
	Dek       string   `json:"dek"`
}

// Page is one page of a corpus with its truth.
type Page struct {
	// ID is the page's id, its file name without the suffix.
	ID string
	// Data is the page's uncompressed bytes.
	Data []byte
	// Truth is the page's truth line.
	Truth Truth
}

// Corpus is a loaded corpus: its spec and its pages sorted by id.
type Corpus struct {
	// Spec is the spec the corpus was loaded from.
	Spec Spec
	// Pages holds every page, sorted by id, each with its truth.
	Pages []Page
}

// Bytes returns the total uncompressed size of the corpus's pages.
func (c *Corpus) Bytes() int64 {
	var n int64
	for _, p := range c.Pages {
		n += int64(len(p.Data))
	}
	return n
}

// ReadTruth reads a truth.jsonl file into a map keyed by id. It fails on a
// line that is not a JSON object, on a missing id and on a repeated id.
func ReadTruth(path string) (map[string]Truth, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := make(map[string]Truth)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var t Truth
		if err := json.Unmarshal(b, &t); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if t.ID == "" {
			return nil, fmt.Errorf("%s:%d: no id", path, line)
		}
		if _, dup := out[t.ID]; dup {
			return nil, fmt.Errorf("%s:%d: id %q repeated", path, line, t.ID)
		}
		out[t.ID] = t
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// Load reads the corpus s from the corpus root: its truth and every page,
// gunzipped (in parallel). The result's pages are sorted by id. It fails
// when a page has no truth line or a truth line has no page, so a partial
// corpus is never measured by mistake.
func Load(root string, s Spec) (*Corpus, error) {
	truth, err := ReadTruth(filepath.Join(root, s.Truth))
	if err != nil {
		return nil, err
	}
	dir := filepath.Join(root, s.Pages)
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var pages []Page
	for _, e := range ents {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, s.Ext) {
			continue
		}
		id := strings.TrimSuffix(name, s.Ext)
		t, ok := truth[id]
		if !ok {
			return nil, fmt.Errorf("%s: page %s has no truth line in %s", s.Name, name, s.Truth)
		}
		pages = append(pages, Page{ID: id, Truth: t})
	}
	if len(pages) != len(truth) {
		have := make(map[string]bool, len(pages))
		for _, p := range pages {
			have[p.ID] = true
		}
		for id := range truth {
			if !have[id] {
				return nil, fmt.Errorf("%s: truth id %q has no page %s%s in %s", s.Name, id, id, s.Ext, s.Pages)
			}
		}
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })

	errs := make([]error, len(pages))
	Parallel(len(pages), 0, func(i int) {
		pages[i].Data, errs[i] = readGzip(filepath.Join(dir, pages[i].ID+s.Ext))
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return &Corpus{Spec: s, Pages: pages}, nil
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}

// Parallel calls f(i) for every i in [0, n) on up to workers goroutines
// (GOMAXPROCS when workers < 1) and returns when all calls have returned.
func Parallel(n, workers int, f func(i int)) {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	if workers > n {
		workers = n
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// ModuleRoot returns the nearest directory at or above dir that holds a
// go.mod file, or an error when there is none.
func ModuleRoot(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		if fi, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil && !fi.IsDir() {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod at or above the working directory")
		}
		dir = parent
	}
}

// CorpusDir returns the module root and the evaluation corpus folder: the
// ARTPARSE_CORPUS environment variable (a relative path is taken from the
// module root), which must exist, or else ../shared/corpus next to
// the module root, whose absence skips the test.
func CorpusDir(tb testing.TB) (root, dir string) {
	tb.Helper()
	wd, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	root, err = ModuleRoot(wd)
	if err != nil {
		tb.Fatal(err)
	}
	if env := os.Getenv("ARTPARSE_CORPUS"); env != "" {
		// Relative to the module root, like the default, so the same value
		// works whichever package folder go test runs in.
		if !filepath.IsAbs(env) {
			env = filepath.Join(root, env)
		}
		if fi, err := os.Stat(env); err != nil || !fi.IsDir() {
			tb.Fatalf("ARTPARSE_CORPUS=%s is not a corpus folder (err %v)", env, err)
		}
		return root, env
	}
	dir = filepath.Clean(filepath.Join(root, "..", "shared", "corpus"))
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("no evaluation corpus at %s (the default: ../shared/corpus from the module root); set ARTPARSE_CORPUS to measure", dir)
	}
	return root, dir
}
