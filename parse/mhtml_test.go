package parse_test

import (
	"reflect"
	"testing"

	"github.com/artparse/artparse/parse"
	"github.com/artparse/artparse/parse/internal/mhtml"
	"github.com/artparse/artparse/parse/internal/quality"
)

// TestMHTMLTwins saves every page of the readability corpus as MHTML, the
// way Chrome's "Webpage, Single File" does, and checks that the twin gives
// the record of the page itself read with the address it was saved from:
// once quoted-printable with no charset on the part (the page's own
// declaration decides), once base64 with the charset the page was read in.
func TestMHTMLTwins(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a whole corpus")
	}
	_, dir := quality.CorpusDir(t)
	c, err := quality.Load(dir, quality.Corpora[1])
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range c.Pages {
		loc := "https://example.com/saved/" + p.ID
		want, err := parse.ParseBytes(p.Data, parse.Options{URL: loc})
		if err != nil {
			t.Errorf("%s: %v", p.ID, err)
			continue
		}
		for _, form := range []struct{ encoding, charset string }{
			{"quoted-printable", ""},
			{"base64", want.Source.Encoding},
		} {
			got, err := parse.ParseBytes(mhtml.Build(p.Data, loc, form.charset, form.encoding), parse.Options{})
			if err != nil {
				t.Errorf("%s as %s MHTML: %v", p.ID, form.encoding, err)
				continue
			}
			if got.Source.Container != parse.ContainerMHTML {
				t.Errorf("%s as %s MHTML: container %q", p.ID, form.encoding, got.Source.Container)
			}
			got.Source.Container = ""
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s as %s MHTML: record differs\ngot  %+v\nwant %+v", p.ID, form.encoding, *got, *want)
			}
		}
	}
}
