package htmlfront

import (
	"slices"
	"testing"
)

// metaValuesByField is the reference metaValues is held to: the names of
// every <meta> compared with key, with no search to turn any away first.
func metaValuesByField(metas []metaTag, key string) []string {
	var out []string
	for _, t := range metas {
		if v := metaText(t.content); v != "" && namesKey(t.key, key) {
			out = append(out, v)
		}
	}
	return out
}

// metaTestMetas are names of several fields, Dublin Core spellings and
// names that hold a key inside a longer one.
var metaTestMetas = []metaTag{
	{"author", "Ann Lee"}, {"article:author", "Bo Ek"}, {"dc:creator dcterms.creator", "Lee, Ann"},
	{"og:article:author", "Cy Ode"}, {"twitter:label1", "Written by"}, {"twitter:data1", "Di Fox"},
	{"twitter:label10", "x"}, {"dcterms:creator", "  Ed   Gu  "}, {"citation_author", "Fay, Hu"},
	{"article:tag", "a"}, {"og:title article:tag", "b &amp;amp; c"}, {"article:tags", "no"},
	{"dc.creator", ""}, {"authors", "Gil Ix"}, {"dc:title", "T"}, {"creator", "Ho Jo"},
}

// TestMetaValuesSameAsByField compares metaValues with its reference for
// the keys the front end asks and keys made to sit inside others.
func TestMetaValuesSameAsByField(t *testing.T) {
	keys := append([]string{"article:tag", "twitter:label1", "twitter:data1", "twitter:label2", "creator",
		"dc.title", "dc.", "", "tag", "author:", "dc.creator dc.title"}, metaAuthorKeys...)
	for _, k := range keys {
		if got, want := metaValues(metaTestMetas, k), metaValuesByField(metaTestMetas, k); !slices.Equal(got, want) {
			t.Errorf("metaValues(%q) = %q; field by field %q", k, got, want)
		}
	}
	if got := metaValues(metaTestMetas, "dc.creator"); len(got) != 2 {
		t.Errorf("metaValues(dc.creator) = %q, want the values of the two Dublin Core names that have one", got)
	}
}

// FuzzMetaValues holds metaValues to metaValuesByField for any name and
// key.
func FuzzMetaValues(f *testing.F) {
	f.Add("dc:creator dcterms.creator", "dc.creator")
	f.Add("twitter:label1", "twitter:label10")
	f.Add("og:title article:tag", "article:tag")
	f.Fuzz(func(t *testing.T, name, key string) {
		metas := append([]metaTag{{name, "v"}}, metaTestMetas...)
		if got, want := metaValues(metas, key), metaValuesByField(metas, key); !slices.Equal(got, want) {
			t.Errorf("metaValues(%q) over %q = %q; field by field %q", key, name, got, want)
		}
	})
}
