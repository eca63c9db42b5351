package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/artparse/artparse/parse"
)

// repoRoot is the root module's folder, from this package's.
const repoRoot = "../.."

// buildCLI builds the artparse command from the root module, whose output
// the pipeline's is compared with, and returns the binary's path.
func buildCLI(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command, to build artparse: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "artparse")
	cmd := exec.Command(goTool, "build", "-o", bin, "./cmd/artparse")
	cmd.Dir = repoRoot
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/artparse: %v\n%s", err, out)
	}
	return bin
}

// batchError is a line of "artparse batch --errors".
type batchError struct {
	Path  string `json:"path"`
	Error string `json:"error"`
}

// runBatch runs "artparse batch -o - dir" and returns the JSON lines it
// prints and the failures it reports. It exits 1 when some input failed,
// which the fixtures make sure of.
func runBatch(t *testing.T, cli, dir string) ([]string, []batchError) {
	t.Helper()
	errFile := filepath.Join(t.TempDir(), "errors.jsonl")
	cmd := exec.Command(cli, "batch", "-q", "--errors", errFile, "-o", "-", dir)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) {
		t.Fatalf("artparse batch %s: %v\n%s", dir, err, stderr.Bytes())
	}
	var failures []batchError
	b, err := os.ReadFile(errFile)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	for _, l := range lines(b) {
		var e batchError
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("--errors line %q: %v", l, err)
		}
		failures = append(failures, e)
	}
	return lines(stdout.Bytes()), failures
}

// lines splits JSON Lines output into its lines.
func lines(b []byte) []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

// isArchiveName reports whether name is one of the web archives of the
// fixtures, which "artparse batch" may not read.
func isArchiveName(name string) bool {
	return strings.HasSuffix(name, ".warc") || strings.HasSuffix(name, ".warc.gz") || strings.HasSuffix(name, ".wacz")
}

// archiveWant is what the library makes of the archives of a folder,
// read one by one as the pipeline is expected to read them.
type archiveWant struct {
	records  []string
	failures []failure
	skipped  int64
}

// readArchives reads every archive in dir with parse.OpenArchive and
// parse.ParseCapture.
func readArchives(t *testing.T, dir string) archiveWant {
	t.Helper()
	var w archiveWant
	names, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if !isArchiveName(name) {
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		fi, _ := f.Stat()
		a, err := parse.OpenArchive(f, fi.Size(), parse.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for {
			c, err := a.Next()
			if err == io.EOF {
				break
			}
			var re *parse.RecordError
			if errors.As(err, &re) {
				w.failures = append(w.failures, failure{Path: name, Record: &failedRecord{URL: re.URL, ArchiveRecord: re.Record}})
				continue
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			art, err := parse.ParseCapture(c, parse.Options{})
			if err != nil {
				w.failures = append(w.failures, failure{Path: name, Record: &failedRecord{URL: c.URL, ArchiveRecord: c.Record}})
				continue
			}
			art.Source.Path = name
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(art); err != nil {
				t.Fatal(err)
			}
			w.records = append(w.records, strings.TrimSuffix(buf.String(), "\n"))
		}
		for _, n := range a.Skipped() {
			w.skipped += int64(n)
		}
		a.Close()
		f.Close()
	}
	return w
}

// readOutput reads the n record shards and the failures file of prefix,
// checking that they and nothing else (no temporary file) are there.
func readOutput(t *testing.T, prefix string, n int) (records []string, failures []failure) {
	t.Helper()
	want := map[string]bool{shardName(prefix+"-failures", 0, 1): true}
	for i := range n {
		want[shardName(prefix, i, n)] = true
	}
	entries, err := os.ReadDir(filepath.Dir(prefix))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := filepath.Join(filepath.Dir(prefix), e.Name())
		if !want[name] {
			t.Errorf("output folder holds %s, which is no shard of %s", e.Name(), prefix)
			continue
		}
		delete(want, name)
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) > 0 && b[len(b)-1] != '\n' {
			t.Errorf("%s does not end with a newline", name)
		}
		if !strings.Contains(name, "-failures-") {
			records = append(records, lines(b)...)
			continue
		}
		for _, l := range lines(b) {
			var f failure
			if err := json.Unmarshal([]byte(l), &f); err != nil {
				t.Fatalf("failure line %q: %v", l, err)
			}
			failures = append(failures, f)
		}
	}
	for name := range want {
		t.Errorf("shard %s was not written", name)
	}
	return records, failures
}

// sameLines reports, as a test error, the lines that are in one list and
// not the other, counting repeats.
func sameLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	count := map[string]int{}
	for _, l := range got {
		count[l]++
	}
	for _, l := range want {
		count[l]--
	}
	var extra, missing []string
	for l, n := range count {
		for ; n > 0; n-- {
			extra = append(extra, l)
		}
		for ; n < 0; n++ {
			missing = append(missing, l)
		}
	}
	sort.Strings(extra)
	sort.Strings(missing)
	for _, l := range extra {
		t.Errorf("%s: the pipeline wrote a line not expected:\n%s", what, shorten(l))
	}
	for _, l := range missing {
		t.Errorf("%s: the pipeline did not write:\n%s", what, shorten(l))
	}
}

// shorten keeps a line's start and its source, enough to tell records
// apart in a test's output.
func shorten(l string) string {
	if len(l) < 400 {
		return l
	}
	i := strings.LastIndex(l, `"source":`)
	if i < 0 {
		return l[:400] + "..."
	}
	return l[:200] + " ... " + l[i:]
}

// union returns the lines of a, and those of b that a does not hold:
// "artparse batch" may or may not read archives, and where it does its
// records must be the library's.
func union(a, b []string) []string {
	in := map[string]bool{}
	for _, l := range a {
		in[l] = true
	}
	out := append([]string(nil), a...)
	for _, l := range b {
		if !in[l] {
			out = append(out, l)
		}
	}
	return out
}

// fixture files written into the test folder.
func writeFile(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// gzipped returns b compressed.
func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	z.Write(b)
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// makeWACZ packs a WARC as a WACZ holds one: in archive/, stored.
func makeWACZ(t *testing.T, warc []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, err := z.Create("datapackage.json")
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, `{"resources": []}`)
	if w, err = z.CreateHeader(&zip.FileHeader{Name: "archive/crawl.warc.gz", Method: zip.Store}); err != nil {
		t.Fatal(err)
	}
	w.Write(warc)
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// httpRecord is a WARC response record for url whose HTTP response has
// the given extra header lines and body.
func httpRecord(url, id, header, body string) string {
	block := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + header +
		fmt.Sprintf("Content-Length: %d\r\n\r\n", len(body)) + body
	return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url +
		"\r\nWARC-Date: 2025-03-01T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + id +
		">\r\nContent-Type: application/http; msgtype=response\r\n" +
		fmt.Sprintf("Content-Length: %d\r\n\r\n", len(block)) + block + "\r\n\r\n"
}

// runPipeline runs the pipeline on Prism, with flags as a user gives them,
// and returns its counters.
func runPipeline(t *testing.T, input, output string, shards int) counters {
	t.Helper()
	opts := options{input: input, output: output, shards: shards, inputFormat: "auto", maxBytes: parse.DefaultMaxBytes}
	cfg, err := opts.config(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c, err := execute(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !c.found {
		t.Fatal("Prism reported no counters")
	}
	return c
}
