package batch

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/artparse/artparse/cmd/artparse/internal/batch/batchtest"
	"github.com/artparse/artparse/parse"
)

// TestStreamFile writes a stream file whole, framed, then stops a second
// run part-way: the file is left as the first run wrote it, and nothing
// else is left beside it.
func TestStreamFile(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := batchtest.GenPages("in", 50, 1); err != nil {
		t.Fatal(err)
	}
	cfg := testConfig("all.json", "in")
	cfg.StreamFile, cfg.Jobs, cfg.Encode = true, 4, testEncoder(true)
	cfg.Frame = Frame{Open: "[", Sep: ",", Close: "]\n", Empty: "[]\n"}
	if res, err := Run(context.Background(), cfg); err != nil || res.Failed > 0 {
		t.Fatalf("%d failed, %v", res.Failed, err)
	}
	first, err := os.ReadFile("all.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(first, []byte(`[{"title":"Page 000000"`)) || !bytes.HasSuffix(first, []byte("}\n]\n")) || bytes.Count(first, []byte("\n,")) != 49 {
		t.Errorf("stream file not framed as asked: %.80s ... %q", first, first[len(first)-20:])
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	enc := cfg.Encode
	cfg.Encode = func(a *parse.Article) ([]byte, error) {
		if strings.Contains(a.Title, "000020") {
			cancel()
		}
		return enc(a)
	}
	if _, err := Run(ctx, cfg); err != nil {
		t.Fatal(err)
	}
	again, err := os.ReadFile("all.json")
	if err != nil || !bytes.Equal(again, first) {
		t.Errorf("a stopped run changed the stream file (%v)", err)
	}
	ents, _ := os.ReadDir(".")
	for _, e := range ents {
		if e.Name() != "in" && e.Name() != "all.json" {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}
