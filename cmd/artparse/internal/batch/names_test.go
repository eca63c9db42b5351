//go:build unix

package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hostileNames are file names batch must carry through unchanged: they
// cannot all be written by a testscript archive (a newline ends a file
// name there, and archives are text).
var hostileNames = []string{
	"with space.html",
	"new\nline.html",
	"bad\xffbyte.html",
	"-dash.html",
	"--output=x.html",
}

// TestHostileNames walks, names and lists (--files-from -0) pages with
// hostile names, and checks that each gets its record under the same
// name, with its path in the record, and nothing else is written.
func TestHostileNames(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, n := range hostileNames {
		page := "<html><head><title>T</title></head><body><p>Body of " + n + ".</p></body></html>"
		if err := os.MkdirAll("in", 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("in", n), []byte(page), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	var list bytes.Buffer
	var named []string
	for _, n := range hostileNames {
		list.WriteString(filepath.Join("in", n) + "\x00")
		named = append(named, filepath.Join("in", n))
	}
	listed := testConfig("out-list")
	listed.FilesFrom, listed.NullSeparated, listed.Stdin = "-", true, &list
	// A walked folder's files go straight under the output folder, files
	// named one by one under their own path.
	cases := []struct {
		name, sub string
		cfg       Config
	}{
		{"walked", "", testConfig("out-walk", "in")},
		{"named", "in", testConfig("out-named", named...)},
		{"files-from", "in", listed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stderr bytes.Buffer
			c.cfg.Quiet, c.cfg.Stderr = true, &stderr
			out := c.cfg.Out
			if res, err := Run(context.Background(), c.cfg); err != nil || res.Failed > 0 {
				t.Fatalf("%d failed, %v: %s", res.Failed, err, stderr.String())
			}
			recs := filepath.Join(out, c.sub)
			ents, err := os.ReadDir(recs)
			if err != nil {
				t.Fatal(err)
			}
			var files int
			for _, e := range ents {
				if e.Name() != ManifestName {
					files++
				}
			}
			if files != len(hostileNames) {
				t.Errorf("%d files in %s, want %d", files, recs, len(hostileNames))
			}
			for _, n := range hostileNames {
				rec := filepath.Join(recs, strings.TrimSuffix(n, ".html")+".json")
				b, err := os.ReadFile(rec)
				if err != nil {
					t.Errorf("%q: %v", n, err)
					continue
				}
				var a struct {
					Source struct{ Path string }
					Text   string
				}
				if err := json.Unmarshal(b, &a); err != nil {
					t.Errorf("%q: %v", rec, err)
					continue
				}
				// JSON strings are UTF-8: an invalid byte comes back as U+FFFD.
				want := strings.ToValidUTF8(filepath.Join("in", n), "\uFFFD")
				if a.Source.Path != want {
					t.Errorf("%q: source path %q, want %q", rec, a.Source.Path, want)
				}
				if !strings.Contains(a.Text, "Body of") {
					t.Errorf("%q: text %q lacks the page's body", rec, a.Text)
				}
			}
		})
	}
}

// TestHostileNameErrors checks that a failing input whose name holds a
// newline or an invalid byte still gets one line on stderr, with the name
// quoted so that the line cannot be split or mis-decoded.
func TestHostileNameErrors(t *testing.T) {
	t.Chdir(t.TempDir())
	names := []string{"new\nline.html", "bad\xffbyte.html", "plain name.html"}
	for _, n := range names {
		if err := os.WriteFile(n, nil, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	var stderr bytes.Buffer
	cfg := testConfig("-", names...)
	cfg.Quiet, cfg.Stderr = true, &stderr
	if res, err := Run(context.Background(), cfg); err != nil || res.Failed != len(names) {
		t.Fatalf("%d failed, %v; want %d failed: %s", res.Failed, err, len(names), stderr.String())
	}
	want := `artparse: "new\nline.html": empty input` + "\n" +
		`artparse: "bad\xffbyte.html": empty input` + "\n" +
		"artparse: plain name.html: empty input\n"
	if got := stderr.String(); got != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", got, want)
	}
}
