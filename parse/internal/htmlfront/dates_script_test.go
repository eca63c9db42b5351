package htmlfront

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/artparse/artparse/parse/internal/datetext"
)

// scriptDateSearch is scriptDate as first written, one search of the page
// per key and quote; the one-pass scriptDate must agree with it.
func scriptDateSearch(doc string) string {
	for _, k := range scriptKeys {
		for _, q := range []string{`"`, "&quot;"} {
			pat := q + k + q
			rest := doc
			for n := 0; n < 3; n++ {
				i := strings.Index(rest, pat)
				if i < 0 {
					break
				}
				rest = rest[i+len(pat):]
				v := strings.TrimLeft(rest, " \t\r\n")
				if !strings.HasPrefix(v, ":") {
					continue
				}
				v = strings.TrimLeft(v[1:], " \t\r\n")
				if !strings.HasPrefix(v, q) {
					continue
				}
				v = v[len(q):]
				if j := strings.Index(v, q); j > 0 && j <= 40 {
					if d := normalizeDate(v[:j]); len(d) >= 10 && d[4] == '-' {
						return d
					}
				}
			}
		}
	}
	return ""
}

// TestScriptDateOnePass compares scriptDate with the search per key on
// pages made of random runs of keys, quotes, colons, spaces and values.
func TestScriptDateOnePass(t *testing.T) {
	pieces := []string{`"`, `&quot;`, `&`, `:`, ` `, "\n", `,`, `{`, `}`, `x`,
		"datePublished", "pubDate", "createdAt", "created_at", "uploadDate", "publish", "date",
		"2020-01-02", "2021-03-04T05:06:07Z", "12. März 2019", "gestern", "2020-01",
		strings.Repeat("y", 30),
		`"datePublished":"`, `"pubDate" : "`, `"createdAt":"`, `"uploadDate"`, `"created_at":`,
		`&quot;pubDate&quot;:&quot;`, `&quot;datePublished&quot;:&quot;`, `&quot;uploadDate&quot;`,
		`2020-01-02"`, `2019-05-06&quot;`, `2018-07-08T09:10:11+02:00"`}
	rng := rand.New(rand.NewSource(1))
	var b strings.Builder
	found := 0
	for n := 0; n < 50000; n++ {
		b.Reset()
		for m := rng.Intn(16); m >= 0; m-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		doc := b.String()
		got, want := scriptDate(doc), scriptDateSearch(doc)
		if got != want {
			t.Fatalf("scriptDate(%q) = %q; the search per key gives %q", doc, got, want)
		}
		if got != "" {
			found++
		}
	}
	if found < 100 {
		t.Fatalf("only %d pages state a date; the comparison is too weak", found)
	}
	t.Logf("%d of 50000 pages state a date", found)
}

// TestMayHoldDate checks the premise of mayHoldDate: text it passes over
// holds no date findDateText reads, in either order, while text with a
// number, ASCII or fullwidth, is read.
func TestMayHoldDate(t *testing.T) {
	words := []string{"June", "Jun.", "th", "März", "Juni", "janvier", "年", "月", "日", ",", ".", "/", "-", ":", " ",
		"Uhr", "p.m.", "de", "published", "Aktualisiert", "gestern", "today", "五月", "sept", "ⅩⅡ", "٢٠٢٤", "\xff"}
	rng := rand.New(rand.NewSource(2))
	var b strings.Builder
	for n := 0; n < 20000; n++ {
		b.Reset()
		for m := rng.Intn(10); m >= 0; m-- {
			b.WriteString(words[rng.Intn(len(words))])
		}
		s := b.String()
		if mayHoldDate(s) {
			t.Fatalf("mayHoldDate(%q) = true for text without digits", s)
		}
		for _, dayFirst := range []bool{false, true} {
			if d, _, _, ok := datetext.FindOrder(s, dayFirst); ok {
				t.Fatalf("findDateTextOrder(%q, %v) = %q: a date without digits", s, dayFirst, d)
			}
		}
	}
	for _, s := range []string{"June 17, 2024", "17.06.2024", "２０２４年６月１７日", "Feb 182009"} {
		if !mayHoldDate(s) {
			t.Errorf("mayHoldDate(%q) = false", s)
		}
		if _, _, _, ok := datetext.Find(s); !ok {
			t.Errorf("findDateText(%q) reads no date; the case tests nothing", s)
		}
	}
}
