package parse

import (
	"go/build"
	"path/filepath"
	"strings"
	"testing"
)

// TestLayering holds the packages under parse/internal to the direction
// their imports must point: parse above the two front ends, which never
// import each other, above the shared pieces, above the leaves. A package
// listed here may import only the packages of the module named beside it.
func TestLayering(t *testing.T) {
	const module = "github.com/artparse/artparse/"
	allowed := map[string][]string{
		"htmlfront": {"datetext", "htmllex", "langid", "lexicon", "markdown", "record", "textkit"},
		"textfront": {"datetext", "htmllex", "langid", "lexicon", "markdown", "record", "textkit"},
		"langid":    {"textkit"},
		"htmllex":   {"textkit"},
		"datetext":  {"textkit"},
		"lexicon":   {"textkit"},
		"markdown":  nil,
		"mhtml":     nil,
		"textkit":   nil,
		"record":    nil,
	}
	for pkg, may := range allowed {
		p, err := build.ImportDir(filepath.Join("internal", pkg), 0)
		if err != nil {
			t.Fatalf("%s: %v", pkg, err)
		}
		for _, imp := range p.Imports {
			name, ok := strings.CutPrefix(imp, module+"parse/internal/")
			if !ok {
				if strings.HasPrefix(imp, module) {
					t.Errorf("internal/%s imports %s, above it", pkg, imp)
				}
				continue
			}
			found := false
			for _, m := range may {
				found = found || m == name
			}
			if !found {
				t.Errorf("internal/%s imports internal/%s; it may import only %v", pkg, name, may)
			}
		}
	}
}
