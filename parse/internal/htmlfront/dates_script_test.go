package htmlfront

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"

	"github.com/artparse/artparse/parse/internal/datetext"
	"github.com/artparse/artparse/parse/internal/record"
)

// TestScriptDateEdges pins scriptDate on the edges of its rule that
// metadata_test.go's TestScriptDate leaves: the quotes ranked below the
// keys, the count of occurrences kept per quote, where an occurrence may
// open, and the value's length and shape.
func TestScriptDateEdges(t *testing.T) {
	tests := []struct{ doc, want string }{
		{`{"datePublished" :` + "\n\t\r" + ` "2021-03-04T05:06:07Z"}`, "2021-03-04T05:06:07Z"},
		{`{"pubDate":"12. März 2019"}`, "2019-03-12"}, // date text, read as such
		// The key ranks before the quote.
		{`"uploadDate":"2019-01-01" &quot;datePublished&quot;:&quot;2018-01-01&quot;`, "2018-01-01"},
		{`"pubDate":"soon" &quot;pubDate&quot;:&quot;2018-01-01&quot;`, "2018-01-01"},
		// Three occurrences are read of each key in each quote.
		{`"pubDate":"a","pubDate":"b","pubDate":"c",&quot;pubDate&quot;:&quot;2020-01-02&quot;`, "2020-01-02"},
		// A value's closing quote may open the key's next occurrence.
		{`"pubDate":"x"pubDate":"2020-01-02"`, "2020-01-02"},
		// Around the colon only spaces, tabs and line ends.
		{`"pubDate"` + "\f" + `:"2020-01-02"`, ""},
		{`"pubDate":` + "\u00a0" + `"2020-01-02"`, ""},
		{`"pubDate"=>"2020-01-02"`, ""},
		// The value: at most 40 bytes, not a Unix time.
		{`"pubDate":"2020-01-02` + strings.Repeat(" ", 30) + `"`, "2020-01-02"},
		{`"pubDate":"2020-01-02` + strings.Repeat(" ", 31) + `"`, ""},
		{`"pubDate":"1577923200"`, ""},
	}
	for _, tt := range tests {
		if got := scriptDate(tt.doc); got != tt.want {
			t.Errorf("scriptDate(%q) = %q, want %q", tt.doc, got, tt.want)
		}
	}
}

// scriptValueAfter matches, for each of scriptQuotes, what follows a key
// when it states a value: a colon and the value in the same quote.
var scriptValueAfter = [len(scriptQuotes)]*regexp.Regexp{
	regexp.MustCompile(`^[ \t\r\n]*:[ \t\r\n]*"(?s)(.*?)"`),
	regexp.MustCompile(`^[ \t\r\n]*:[ \t\r\n]*&quot;(?s)(.*?)&quot;`),
}

// statesDate reports whether doc states the date d under one of
// scriptKeys, in one of scriptQuotes: some "key": "value" whose value
// normalizeDate reads as d.
func statesDate(doc, d string) bool {
	for qi, q := range scriptQuotes {
		for _, k := range scriptKeys {
			key := q + k + q
			for i := strings.Index(doc, key); i >= 0; {
				m := scriptValueAfter[qi].FindStringSubmatch(doc[i+len(key):])
				if m != nil && normalizeDate(m[1]) == d {
					return true
				}
				j := strings.Index(doc[i+1:], key)
				if j < 0 {
					break
				}
				i += 1 + j
			}
		}
	}
	return false
}

// FuzzScriptDate reads arbitrary script text: a date read is a whole day
// in the record's form that the text states under a key, the same when
// read twice and when the text is moved on by bytes that hold no quote.
func FuzzScriptDate(f *testing.F) {
	for _, s := range []string{
		`{"datePublished":"2020-01-02"}`,
		`{"uploadDate":"2019-01-01","datePublished" : "2018-07-08T09:10:11+02:00"}`,
		`&quot;pubDate&quot;:&quot;2019-05-06&quot; "createdAt":"12. März 2019"`,
		`"pubDate":"a","pubDate":"b","pubDate":"c","pubDate":"2020-01-02"`,
		`"pubDate":"x"pubDate":"2020-01-02"`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		d := scriptDate(doc)
		if again := scriptDate(doc); again != d {
			t.Fatalf("scriptDate(%q) = %q, then %q", doc, d, again)
		}
		if moved := scriptDate("x \n" + doc); moved != d {
			t.Fatalf("scriptDate(%q) = %q, but %q after a line", doc, d, moved)
		}
		if d == "" {
			return
		}
		if !record.IsDate(d) || len(d) < 10 || d[4] != '-' {
			t.Fatalf("scriptDate(%q) = %q, not a whole day in the record's form", doc, d)
		}
		if !statesDate(doc, d) {
			t.Fatalf("scriptDate(%q) = %q, which no key states", doc, d)
		}
	})
}

// TestMayHoldDate checks the premise of mayHoldDate: text it passes over
// holds no date findDateText reads, in either order, while text with a
// number, ASCII, fullwidth or Arabic-Indic, is read.
func TestMayHoldDate(t *testing.T) {
	words := []string{"June", "Jun.", "th", "März", "Juni", "janvier", "年", "月", "日", ",", ".", "/", "-", ":", " ",
		"Uhr", "p.m.", "de", "published", "Aktualisiert", "gestern", "today", "五月", "sept", "ⅩⅡ", "يونيو", "تشرين", "\xff"}
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
	for _, s := range []string{"June 17, 2024", "17.06.2024", "２０２４年６月１７日", "Feb 182009", "١٧ يونيو ٢٠٢٤", "۱۷ يونيو ۲۰۲۴"} {
		if !mayHoldDate(s) {
			t.Errorf("mayHoldDate(%q) = false", s)
		}
		if _, _, _, ok := datetext.Find(s); !ok {
			t.Errorf("findDateText(%q) reads no date; the case tests nothing", s)
		}
	}
}

func TestScriptLiteralDate(t *testing.T) {
	tests := []struct{ doc, want string }{
		{`<script>showDate("2020/04/17 10:12");</script>`, "2020-04-17T10:12:00"},
		{`<script type="text/javascript">var pubDate = '2020-04-17';</script>`, "2020-04-17"},
		{`<script>page.meta.postedTime = "2020-04-17T10:12:00+02:00";</script>`, "2020-04-17T10:12:00+02:00"},
		{`<script>render({publishDate: "17.04.2020"})</script>`, "2020-04-17"},
		// Names that do not say a date, or say another one.
		{`<script>track("2020-04-17");</script>`, ""},
		{`<script>var today = "2020-04-17";</script>`, ""},
		{`<script>var serverTime = "2020-04-17 10:00:00";</script>`, ""},
		{`<script>window.cfg.requestTimeStr = "2020-04-17_10-00";</script>`, ""},
		{`<script>countdownDate("2020-04-17");</script>`, ""},
		{`<script>var d = new Date("2020-04-17");</script>`, ""},
		// Comparisons and arrows are not assignments.
		{`<script>if (pubDate == "2020-04-17") {}</script>`, ""},
		{`<script>var pubDate = x => "2020-04-17";</script>`, ""},
		// A value that is no whole day, or too long.
		{`<script>showDate("2020-04");</script>`, ""},
		{`<script>showDate("2020-04-17 and a long tail of text after the date");</script>`, ""},
		// Outside a script, nothing is read.
		{`<p>showDate("2020/04/17")</p>`, ""},
		{`<script>showDate("2020/04/17"`, "2020-04-17"},
		{`<script`, ""},
		{``, ""},
	}
	for _, tt := range tests {
		if got := scriptLiteralDate(tt.doc); got != tt.want {
			t.Errorf("scriptLiteralDate(%q) = %q; want %q", tt.doc, got, tt.want)
		}
	}
	// A set-aside JSON-LD span is not read.
	doc := `<script>showDate("2020/04/17");</script>`
	if got := scriptLiteralDate(doc, [2]int{8, len(doc)}); got != "" {
		t.Errorf("scriptLiteralDate in a skipped span = %q; want none", got)
	}
}
