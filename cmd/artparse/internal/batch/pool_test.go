package batch

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/artparse/artparse/cmd/artparse/internal/batch/batchtest"
)

// TestJobsInvariant runs the same tree with 1 and 8 workers, to stdout and
// to a folder, and requires identical results.
func TestJobsInvariant(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := batchtest.GenPages(in, 250, 1); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "d0001", "broken.html.gz"), []byte("this is not gzip data at all"), 0o666); err != nil {
		t.Fatal(err)
	}
	var outs, errs [2]bytes.Buffer
	var trees [2]map[string]string
	for i, jobs := range []int{1, 8} {
		cfg := testConfig("-", in)
		cfg.Jobs, cfg.Stdout, cfg.Stderr = jobs, &outs[i], &errs[i]
		if res, err := Run(context.Background(), cfg); err != nil || res.Failed != 1 {
			t.Fatalf("-j %d -o -: %d failed, %v; want 1 failed; stderr:\n%s", jobs, res.Failed, err, errs[i].String())
		}
		od := filepath.Join(dir, "out"+strconv.Itoa(jobs))
		var stderr bytes.Buffer
		cfg = testConfig(od, in)
		cfg.Jobs, cfg.Quiet, cfg.Stderr = jobs, true, &stderr
		if res, err := Run(context.Background(), cfg); err != nil || res.Failed != 1 {
			t.Fatalf("-j %d -o DIR: %d failed, %v; stderr:\n%s", jobs, res.Failed, err, stderr.String())
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
