package htmllex

import (
	"testing"

	"github.com/artparse/artparse/parse/internal/quality"
)

// TestLexerMatchesXNetOnCorpus holds the lexer to golang.org/x/net/html's
// tokenizer on every page of the evaluation corpus's HTML folders: real
// pages carry the malformed markup that hand-written cases miss. It is
// skipped where the corpus is absent, as the quality test is.
func TestLexerMatchesXNetOnCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the whole corpus")
	}
	_, dir := quality.CorpusDir(t)
	pages := 0
	for _, s := range quality.Corpora {
		if s.Text {
			continue
		}
		c, err := quality.Load(dir, s)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range c.Pages {
			pages++
			if err := lexSame(string(p.Data)); err != nil {
				t.Errorf("%s/%s: %v", s.Name, p.ID, err)
			}
		}
	}
	t.Logf("%d pages lexed alike", pages)
}
