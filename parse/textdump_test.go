package parse_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/artparse/artparse/parse"
	"github.com/artparse/artparse/parse/internal/quality"
)

// TestTextDump writes the record of every page of the text corpora, one
// JSON line a page, to the folder named by ARTPARSE_TEXT_DUMP: run it on
// two versions of the code and compare the files to prove a change (a
// speed-up, say) leaves every record as it was. It skips without the
// variable or without the corpus.
func TestTextDump(t *testing.T) {
	out := os.Getenv("ARTPARSE_TEXT_DUMP")
	if out == "" {
		t.Skip("set ARTPARSE_TEXT_DUMP to a folder to dump the text corpora's records")
	}
	_, dir := quality.CorpusDir(t)
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, s := range quality.Corpora {
		if !s.Text {
			continue
		}
		c, err := quality.Load(dir, s)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(out, strings.ReplaceAll(s.Name, "/", "_")+".jsonl")
		f, err := os.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriter(f)
		enc := json.NewEncoder(w)
		for _, p := range c.Pages {
			a, err := parse.ParseBytes(p.Data, parse.Options{Input: parse.FormatText, URL: p.Truth.URL})
			rec := struct {
				ID      string
				Err     string
				Article *parse.Article
			}{ID: p.ID, Article: a}
			if err != nil {
				rec.Err = err.Error()
			}
			if err := enc.Encode(rec); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d records in %s", s.Name, len(c.Pages), name)
	}
}
