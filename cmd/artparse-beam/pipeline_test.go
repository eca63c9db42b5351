package main

import (
	"context"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs"
)

// TestMain lets Beam set itself up, as main does: the pipelines of the
// tests run on Prism in this process.
func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// testdataInputs fills dir with the pages of testdata/pages, a gzipped
// copy of one, wget's web archive as a WARC and inside a WACZ, an archive
// with records that fail, pages that fail, and files the pipeline passes
// over. It returns how many files the pipeline should pass over.
func testdataInputs(t *testing.T, dir string) int64 {
	t.Helper()
	pages, err := filepath.Glob(filepath.Join(repoRoot, "testdata/pages/*"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages in testdata/pages: %v", err)
	}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, filepath.Base(p)), b)
	}
	page, err := os.ReadFile(pages[0])
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "copy.html.gz"), gzipped(t, page))
	warc, err := os.ReadFile(filepath.Join(repoRoot, "testdata/archives/wget.warc.gz"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "wget.warc.gz"), warc)
	writeFile(t, filepath.Join(dir, "crawl.wacz"), makeWACZ(t, warc))
	// An archive whose second record is in a content coding the library
	// does not read and whose third is an empty page: two failures with
	// their records, between two good pages.
	story := "<html><head><title>Tide tables change</title></head><body><article><h1>Tide tables change</h1>" +
		"<p>The harbour office printed new tide tables on Monday, after the survey of the channel found it deeper than the old charts said.</p></article></body></html>"
	writeFile(t, filepath.Join(dir, "mixed.warc"), []byte(
		httpRecord("https://example.org/tides", "1", "", story)+
			httpRecord("https://example.org/brotli", "2", "Content-Encoding: br\r\n", "\x8b\x02\x80not brotli")+
			httpRecord("https://example.org/blank", "3", "", "   ")+
			httpRecord("https://example.org/tides-again", "4", "", story)))
	// Pages that fail, as they fail for artparse batch.
	writeFile(t, filepath.Join(dir, "empty.html"), nil)
	writeFile(t, filepath.Join(dir, "image.html"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	gz := gzipped(t, page)
	writeFile(t, filepath.Join(dir, "cut.html.gz"), gz[:len(gz)/2])
	// Files passed over: not a page by name, and hidden.
	writeFile(t, filepath.Join(dir, "index.json"), []byte(`{}`))
	writeFile(t, filepath.Join(dir, ".draft.html"), page)
	return 2
}

// TestPipelineMatchesBatch runs the pipeline on Prism over a folder of
// pages and archives and checks that its records are those "artparse
// batch -o -" prints for the pages and those the library makes of each
// archive capture, byte for byte; that its failures are batch's and the
// archive records' that fail; and that its counters add up. With the
// evaluation corpus present, it does the same over its readability pages.
func TestPipelineMatchesBatch(t *testing.T) {
	cli := buildCLI(t)
	t.Run("testdata", func(t *testing.T) {
		dir := t.TempDir()
		skippedFiles := testdataInputs(t, dir)
		checkAgainstBatch(t, cli, dir, 3, skippedFiles)
	})
	t.Run("corpus", func(t *testing.T) {
		corpus := os.Getenv("ARTPARSE_CORPUS")
		if corpus == "" {
			corpus = filepath.Join(repoRoot, "../shared/corpus")
		}
		dir, err := filepath.Abs(filepath.Join(corpus, "readability/pages"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(dir); err != nil {
			t.Skipf("no corpus at %s (set ARTPARSE_CORPUS): %v", dir, err)
		}
		checkAgainstBatch(t, cli, dir, 4, 0)
	})
}

// checkAgainstBatch runs the pipeline over dir into shards files and
// compares it with artparse batch and the library.
func checkAgainstBatch(t *testing.T, cli, dir string, shards int, skippedFiles int64) {
	out := filepath.Join(t.TempDir(), "out", "rec")
	c := runPipeline(t, filepath.Join(dir, "*"), out, shards)
	records, failures := readOutput(t, out, shards)

	batchRecords, batchFailures := runBatch(t, cli, dir)
	archives := readArchives(t, dir)
	if len(batchRecords) == 0 {
		t.Fatal("artparse batch printed no record")
	}
	sameLines(t, dir, records, union(batchRecords, archives.records))

	// Failures: batch's, each worded as batch words it, and the archive
	// records', each with where it is.
	var gotPages, wantPages []string
	var gotRecords, wantRecords []string
	for _, f := range failures {
		if f.Record == nil {
			gotPages = append(gotPages, f.Path)
			continue
		}
		gotRecords = append(gotRecords, f.Path+" "+f.Record.URL+" "+f.Record.ID)
	}
	for _, f := range batchFailures {
		if !isArchiveName(f.Path) {
			wantPages = append(wantPages, f.Path)
		}
	}
	for _, f := range archives.failures {
		wantRecords = append(wantRecords, f.Path+" "+f.Record.URL+" "+f.Record.ID)
	}
	sameLines(t, "failed pages", gotPages, wantPages)
	sameLines(t, "failed archive records", gotRecords, wantRecords)
	for _, bf := range batchFailures {
		for _, f := range failures {
			if f.Path == bf.Path && f.Record == nil && !strings.Contains(f.Error, bf.Error) {
				t.Errorf("%s: error %q, artparse batch says %q", f.Path, f.Error, bf.Error)
			}
		}
	}

	var size int64
	names, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, n := range names {
		if takes(n) {
			fi, err := os.Stat(n)
			if err != nil {
				t.Fatal(err)
			}
			size += fi.Size()
		}
	}
	if c.ok != int64(len(records)) || c.failed != int64(len(failures)) {
		t.Errorf("counters: %d ok and %d failed, the output holds %d records and %d failures", c.ok, c.failed, len(records), len(failures))
	}
	if c.skipped != archives.skipped {
		t.Errorf("counters: %d archive records skipped, the archives have %d to skip", c.skipped, archives.skipped)
	}
	if c.files != skippedFiles {
		t.Errorf("counters: %d files skipped, want %d", c.files, skippedFiles)
	}
	// Every byte of every file taken is read; a WACZ's first bytes are
	// read twice, once to tell what it is.
	if c.nbytes < size {
		t.Errorf("counters: %d bytes read, the files taken hold %d", c.nbytes, size)
	}
	t.Logf("%s: %d records in %d shards, %d failures, %d archive records skipped, %d bytes read",
		dir, len(records), shards, len(failures), c.skipped, c.nbytes)
}

// TestPipelineObjectStore runs the pipeline with its input and output on
// a file system other than the local one (Beam's in-memory one), as on
// gs:// or s3://: a WACZ is copied to a temporary file to be read, and
// shards are written under temporary names, then renamed.
func TestPipelineObjectStore(t *testing.T) {
	warc, err := os.ReadFile(filepath.Join(repoRoot, "testdata/archives/wget.warc.gz"))
	if err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(repoRoot, "testdata/pages/news-nav-footer.url.html"))
	if err != nil {
		t.Fatal(err)
	}
	memfs.Write("memfs://bucket/in/crawl.wacz", makeWACZ(t, warc))
	memfs.Write("memfs://bucket/in/story.html", page)
	memfs.Write("memfs://bucket/in/empty.html", nil)

	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "crawl.wacz"), makeWACZ(t, warc))
	want := readArchives(t, dir)

	cfg := config{Input: "memfs://bucket/in/*", Output: "memfs://bucket/out/rec", Shards: 2}
	c, err := execute(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	fs, err := filesystem.New(ctx, "memfs://bucket/")
	if err != nil {
		t.Fatal(err)
	}
	names, err := fs.List(ctx, "memfs://bucket/out/*")
	if err != nil {
		t.Fatal(err)
	}
	wantNames := []string{"rec-00000-of-00002.jsonl", "rec-00001-of-00002.jsonl", "rec-failures-00000-of-00001.jsonl"}
	var got []string
	var records int
	for _, n := range names {
		got = append(got, strings.TrimPrefix(n, "memfs://bucket/out/"))
		r, err := fs.OpenRead(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(n, "failures") {
			records += len(lines(b))
		} else if !strings.Contains(string(b), `"path":"memfs://bucket/in/empty.html"`) {
			t.Errorf("failures: %s", b)
		}
	}
	sameLines(t, "output files", got, wantNames)
	if records != len(want.records)+1 || c.ok != int64(records) || c.failed != 1 {
		t.Errorf("%d records (counted %d, %d failed), want the WACZ's %d and the page", records, c.ok, c.failed, len(want.records))
	}
}

// TestTakes checks which names the pipeline reads.
func TestTakes(t *testing.T) {
	for name, want := range map[string]bool{
		"a/page.html": true, "a/PAGE.HTM": true, "page.xhtml": true, "p.shtml.gz": true,
		"saved.mhtml": true, "saved.mht": true, "copy.txt": true, "copy.txt.gz": true,
		"gs://b/crawl.warc.gz": true, "crawl.warc": true, "crawl.wacz": true,
		"index.json": false, "crawl.cdx.gz": false, "a/.hidden.html": false, "x.gz": false,
		"out/.rec-00000-of-00001.jsonl.tmp-X": false, "page.html/": false,
	} {
		if got := takes(name); got != want {
			t.Errorf("takes(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestShardNames checks the output names and temporary names.
func TestShardNames(t *testing.T) {
	if got := shardName("gs://b/out/rec", 3, 12); got != "gs://b/out/rec-00003-of-00012.jsonl" {
		t.Errorf("shardName = %q", got)
	}
	for final, prefix := range map[string]string{
		"gs://b/out/rec-00000-of-00001.jsonl": "gs://b/out/.rec-00000-of-00001.jsonl.tmp-",
		"rec-00000-of-00001.jsonl":            ".rec-00000-of-00001.jsonl.tmp-",
	} {
		a, b := tempName(final), tempName(final)
		if !strings.HasPrefix(a, prefix) || a == b {
			t.Errorf("tempName(%q) = %q, then %q", final, a, b)
		}
	}
}

// TestConfigErrors checks that bad flags are refused before anything
// runs, each with its own message.
func TestConfigErrors(t *testing.T) {
	good := options{input: "in/*", output: "out/rec", shards: 1, inputFormat: "auto", maxBytes: 1}
	for _, tc := range []struct {
		change func(o *options)
		want   string
	}{
		{func(o *options) { o.input = "" }, "--input GLOB is required"},
		{func(o *options) { o.output = "" }, "--output PREFIX is required"},
		{func(o *options) { o.output = "out/" }, "want a prefix of file names"},
		{func(o *options) { o.shards = 0 }, "--shards 0"},
		{func(o *options) { o.input = "ftp://host/x" }, "no file system"},
		{func(o *options) { o.inputFormat = "pdf" }, "--input-format pdf"},
		{func(o *options) { o.content = "rtf" }, "--content rtf"},
		{func(o *options) { o.encoding = "klingon" }, "--encoding klingon"},
		{func(o *options) { o.maxBytes = -5 }, "--max-bytes -5"},
	} {
		o := good
		tc.change(&o)
		_, err := o.config(context.Background())
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: error %v, want one saying %q", o, err, tc.want)
		}
	}
	cfg, err := good.config(context.Background())
	if err != nil || cfg.Parse.MaxBytes != 1 {
		t.Errorf("good flags: %+v, %v", cfg, err)
	}
	o := good
	o.maxBytes = 0
	if cfg, _ := o.config(context.Background()); cfg.Parse.MaxBytes >= 0 {
		t.Errorf("--max-bytes 0 gives MaxBytes %d, want no limit", cfg.Parse.MaxBytes)
	}
}
