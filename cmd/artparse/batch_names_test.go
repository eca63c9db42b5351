//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
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

// TestBatchHostileNames walks, names and lists (--files-from -0) pages
// with hostile names, and checks that each gets its record under the same
// name, with its path in the record, and nothing else is written.
func TestBatchHostileNames(t *testing.T) {
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
	cases := []struct {
		name  string
		args  []string
		stdin string
	}{
		{"walked", []string{"batch", "-q", "in", "-o", "out-walk"}, ""},
		{"named", append([]string{"batch", "-q", "-o", "out-named", "--"}, named...), ""},
		{"files-from", []string{"batch", "-q", "--files-from", "-", "-0", "-o", "out-list"}, list.String()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			out := c.args[slices.Index(c.args, "-o")+1]
			if code := run(c.args, strings.NewReader(c.stdin), &stdout, &stderr); code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			ents, err := os.ReadDir(filepath.Join(out, "in"))
			if err != nil {
				t.Fatal(err)
			}
			if len(ents) != len(hostileNames) {
				t.Errorf("%d files in %s/in, want %d", len(ents), out, len(hostileNames))
			}
			for _, n := range hostileNames {
				rec := filepath.Join(out, "in", strings.TrimSuffix(n, ".html")+".json")
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
	if _, err := os.Stat("x.html"); err == nil {
		t.Error(`"--output=x.html" after "--" was taken as a flag`)
	}
}

// TestBatchHostileNameErrors checks that a failing input whose name holds
// a newline or an invalid byte still gets one line on stderr, with the
// name quoted so that the line cannot be split or mis-decoded.
func TestBatchHostileNameErrors(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, n := range []string{"new\nline.html", "bad\xffbyte.html", "plain name.html"} {
		if err := os.WriteFile(n, nil, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr bytes.Buffer
	code := run([]string{"batch", "-q", "new\nline.html", "bad\xffbyte.html", "plain name.html", "-o", "-"}, nil, &stdout, &stderr)
	if code != exitFailure {
		t.Fatalf("exit %d, want %d: %s", code, exitFailure, stderr.String())
	}
	want := `artparse: "new\nline.html": empty input` + "\n" +
		`artparse: "bad\xffbyte.html": empty input` + "\n" +
		"artparse: plain name.html: empty input\n"
	if got := stderr.String(); got != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", got, want)
	}
}
