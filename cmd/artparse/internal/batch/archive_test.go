package batch

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/artparse/artparse/cmd/artparse/internal/batch/batchtest"
	"github.com/artparse/artparse/cmd/artparse/internal/input"
	"github.com/artparse/artparse/parse"
)

// genWARC writes a plain WARC of n captures to path: HTML pages titled
// "Capture 000000" onwards, each after its request record, at
// http://example.com/NNNNNN.
func genWARC(path string, n int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	record := func(typ, uri, block string, id int) {
		fmt.Fprintf(w, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2025-01-02T03:04:05Z\r\n"+
			"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\nContent-Type: application/http; msgtype=%s\r\n"+
			"Content-Length: %d\r\n\r\n%s\r\n\r\n", typ, uri, id, typ, len(block), block)
	}
	for i := range n {
		uri := fmt.Sprintf("http://example.com/%06d", i)
		page := fmt.Sprintf("<html><head><title>Capture %06d</title></head><body><article><p>The body of capture %d, long enough to be read as the story of its page by the extractor.</p></article></body></html>", i, i)
		record("request", uri, "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n", 2*i)
		record("response", uri, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"+page, 2*i+1)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// emptyDir fails the test unless dir holds nothing: the spool files of a
// run are all removed by its end, however it ends.
func emptyDir(t *testing.T, dir string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		t.Errorf("left in %s: %s", dir, e.Name())
	}
}

// TestArchiveOrder runs a folder of pages and archives to stdout with 1
// and 8 workers: the output must be the same, each archive's records at
// its place and in its order, and no spool file left.
func TestArchiveOrder(t *testing.T) {
	dir := t.TempDir()
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	in := filepath.Join(dir, "in")
	if err := batchtest.GenPages(in, 150, 1); err != nil {
		t.Fatal(err)
	}
	// d0000.warc sorts between the folders d0000 and d0001.
	for name, n := range map[string]int{"d0000.warc": 300, "zz.warc": 5} {
		if err := genWARC(filepath.Join(in, name), n); err != nil {
			t.Fatal(err)
		}
	}
	var outs [2]bytes.Buffer
	for i, jobs := range []int{1, 8} {
		var stderr bytes.Buffer
		cfg := testConfig("-", in)
		cfg.Jobs, cfg.Stdout, cfg.Stderr = jobs, &outs[i], &stderr
		if res, err := Run(context.Background(), cfg); err != nil || res.Failed+res.FailedRecords > 0 {
			t.Fatalf("-j %d: %d failed, %v; stderr:\n%s", jobs, res.Failed, err, stderr.String())
		}
		if want := "; 2 archives, 610 records: 305 written, 0 failed, 305 skipped (305 request); "; !strings.Contains(stderr.String(), want) {
			t.Errorf("-j %d: summary lacks %q:\n%s", jobs, want, stderr.String())
		}
		emptyDir(t, tmp)
	}
	if !bytes.Equal(outs[0].Bytes(), outs[1].Bytes()) {
		t.Error("-o - output differs between -j 1 and -j 8")
	}
	var want []string
	for i := range 100 {
		want = append(want, fmt.Sprintf(`{"title":"Page %06d"`, i))
	}
	for i := range 300 {
		want = append(want, fmt.Sprintf(`{"title":"Capture %06d"`, i))
	}
	for i := 100; i < 150; i++ {
		want = append(want, fmt.Sprintf(`{"title":"Page %06d"`, i))
	}
	for i := range 5 {
		want = append(want, fmt.Sprintf(`{"title":"Capture %06d"`, i))
	}
	lines := strings.Split(strings.TrimSuffix(outs[0].String(), "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d records, want %d", len(lines), len(want))
	}
	for i, line := range lines {
		if !strings.HasPrefix(line, want[i]) {
			t.Fatalf("record %d is %.60s, want %s...", i, line, want[i])
		}
	}
}

// TestArchiveStopped stops a run while an archive is being read, as an
// interrupt does: the archive is dropped, neither printed in part nor
// written in part, and its spool and temporary files are removed.
func TestArchiveStopped(t *testing.T) {
	t.Chdir(t.TempDir())
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	page := "a.html"
	if err := os.WriteFile(page, []byte("<html><head><title>A</title></head><body><p>First.</p></body></html>"), 0o666); err != nil {
		t.Fatal(err)
	}
	archive := "big.warc"
	if err := genWARC(archive, 500); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{"-", "out"} {
		ctx, cancel := context.WithCancel(context.Background())
		var stdout, stderr bytes.Buffer
		cfg := testConfig(out, page, archive)
		// One worker, so that the page is done before the archive starts.
		cfg.Jobs, cfg.Stdout, cfg.Stderr = 1, &stdout, &stderr
		// Stop once the archive's first record is made: mid-archive. (In
		// a stream an archive's records are made by Encode, as pages'.)
		stopAtCapture := func(enc func(*parse.Article) ([]byte, error)) func(*parse.Article) ([]byte, error) {
			return func(a *parse.Article) ([]byte, error) {
				if a.Source.Record != nil {
					cancel()
				}
				return enc(a)
			}
		}
		cfg.Encode, cfg.EncodeLine = stopAtCapture(cfg.Encode), stopAtCapture(cfg.EncodeLine)
		_, err := Run(ctx, cfg)
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		if out == "-" {
			if n := strings.Count(stdout.String(), "\n"); n != 1 {
				t.Errorf("-o -: %d records printed, want the page's only", n)
			}
		} else {
			n, err := batchtest.CheckOutputs(out)
			if err != nil {
				t.Error(err)
			}
			if _, serr := os.Stat(filepath.Join(out, "big.jsonl")); !errors.Is(serr, os.ErrNotExist) || n != 1 {
				t.Errorf("-o DIR: %d files, big.jsonl: %v; want the page's only", n, serr)
			}
		}
		emptyDir(t, tmp)
	}
}

// TestArchiveWording checks the words of archives' failures and counts.
func TestArchiveWording(t *testing.T) {
	skipped := map[string]int{"request": 7, parse.SkipStatus: 2, "warcinfo": 1, "metadata": 1}
	tests := []struct{ got, want string }{
		{input.ReasonCounts(skipped), "7 request, 2 not status 200, 1 metadata, 1 warcinfo"},
		{(&archiveError{records: 11, skipped: skipped}).Error(), "no page in the archive (11 records: 7 request, 2 not status 200, 1 metadata, 1 warcinfo)"},
		{(&archiveError{}).Error(), "no page in the archive (0 records)"},
		{(&archiveError{records: 1, err: errors.New("not a WARC record at offset 9")}).Error(), "unreadable after 1 record, nothing written: not a WARC record at offset 9"},
		{(&archiveStats{}).summary(), ""},
		{(&archiveStats{n: 1, records: 3, written: 1, failed: 1, skipped: map[string]int{"request": 1}}).summary(), "; 1 archive, 3 records: 1 written, 1 failed, 1 skipped (1 request)"},
		{(&archiveStats{n: 2, records: 2, written: 2}).summary(), "; 2 archives, 2 records: 2 written, 0 failed, 0 skipped"},
		{displayReason(`unsupported content encoding "br"`), `unsupported content encoding "br"`},
		{displayReason("header: malformed line \"a\r\x00\xff\""), `header: malformed line \"a\r\x00\xff\"`},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got  %q\nwant %q", tt.got, tt.want)
		}
	}
}
