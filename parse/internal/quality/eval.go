package quality

import (
	"fmt"
	"strings"
	"time"
)

// Record is the part of an extracted article that the metrics read. The
// zero Record is an extraction that found nothing.
type Record struct {
	Text        string
	Title       string
	Description string
	Authors     []string
	Published   string
	SiteName    string
	Language    string
	Image       string
}

// The metadata field names, as used in PageScore.Fields and in figures.
const (
	FieldTitle        = "title"
	FieldByline       = "byline"
	FieldExcerpt      = "excerpt"
	FieldPublished    = "published"
	FieldSiteName     = "site_name"
	FieldLang         = "lang"
	FieldPublishedDay = "published_day"
	FieldImage        = "image"
	FieldDek          = "dek"
)

// PageScore is the judgement of one page's extraction.
type PageScore struct {
	// Err reports that the extraction failed (and was judged as empty).
	Err bool
	// Snippets is the snippet judgement (Snippets corpora).
	Snippets Counts
	// Shingles is the body comparison (Readability corpora).
	Shingles ShingleResult
	// Fields holds, for each metadata field whose truth is non-empty (not
	// null and not only white space), whether the extraction got it right.
	// Fields without truth are absent.
	Fields map[string]bool
}

// Evaluate judges one page's extraction by the metrics of its corpus kind.
// A non-nil err makes the extraction count as the zero Record: an empty
// body that finds nothing, and every metadata field wrong. Metadata fields
// compare as follows: title, excerpt and dek (against Description) and
// site_name by SameTitle; byline by SameByline; published and
// published_day by SameDay; lang by SameLang; image by SameImage.
func Evaluate(kind Kind, t Truth, rec Record, err error) PageScore {
	ps := PageScore{Err: err != nil}
	if err != nil {
		rec = Record{}
	}
	field := func(name, truth string, same func(string) bool) {
		if strings.TrimSpace(truth) == "" {
			return
		}
		if ps.Fields == nil {
			ps.Fields = make(map[string]bool)
		}
		ps.Fields[name] = same(truth)
	}
	switch kind {
	case Snippets:
		ps.Snippets = SnippetCounts(rec.Text, err == nil, t.With, t.Without)
	case Readability:
		ps.Shingles = CompareShingles(rec.Text, t.Body)
		field(FieldTitle, t.Title, func(v string) bool { return SameTitle(v, rec.Title) })
		field(FieldByline, t.Byline, func(v string) bool { return SameByline(v, rec.Authors) })
		field(FieldExcerpt, t.Excerpt, func(v string) bool { return SameTitle(v, rec.Description) })
		field(FieldPublished, t.Published, func(v string) bool { return SameDay(v, rec.Published) })
		field(FieldSiteName, t.SiteName, func(v string) bool { return SameTitle(v, rec.SiteName) })
		field(FieldLang, t.Lang, func(v string) bool { return SameLang(v, rec.Language) })
	case Dates:
		field(FieldPublishedDay, t.Date, func(v string) bool { return SameDay(v, rec.Published) })
	case Postlight:
		field(FieldTitle, t.Title, func(v string) bool { return SameTitle(v, rec.Title) })
		field(FieldByline, t.Byline, func(v string) bool { return SameByline(v, rec.Authors) })
		field(FieldPublished, t.Published, func(v string) bool { return SameDay(v, rec.Published) })
		field(FieldImage, t.Image, func(v string) bool { return SameImage(v, rec.Image) })
		field(FieldDek, t.Dek, func(v string) bool { return SameTitle(v, rec.Description) })
	}
	return ps
}

// Figure is one measured figure of a corpus.
type Figure struct {
	// Name is the figure's name within its corpus, such as "snippet_f1".
	Name string
	// Value is the figure, in [0, 1].
	Value float64
	// N is the number of pages (for metadata shares: pages with truth) or,
	// for snippet figures, of snippets the figure is computed over.
	N int
}

// Aggregate computes a corpus's figures from its page scores, in a fixed
// order that depends only on kind, and always all of them (a share over
// no page is 0). For Snippets: snippet_precision, snippet_recall,
// snippet_f1 over the summed counts. For Readability: body_precision,
// body_recall, body_f1, body_accuracy (ShingleScore), then the shares of
// right title, byline, excerpt, published, site_name and lang. For Dates:
// the share of right published_day. For Postlight: the shares of right
// title, byline, published, image and dek.
func Aggregate(kind Kind, scores []PageScore) []Figure {
	share := func(name string) Figure {
		var right, n int
		for _, s := range scores {
			if ok, has := s.Fields[name]; has {
				n++
				if ok {
					right++
				}
			}
		}
		return Figure{Name: name, Value: ratio(right, n), N: n}
	}
	switch kind {
	case Snippets:
		var c Counts
		for _, s := range scores {
			c = c.Add(s.Snippets)
		}
		return []Figure{
			{"snippet_precision", c.Precision(), c.TP + c.FP},
			{"snippet_recall", c.Recall(), c.TP + c.FN},
			{"snippet_f1", c.F1(), c.TP + c.FP + c.FN + c.TN},
		}
	case Readability:
		var sh ShingleScore
		for _, s := range scores {
			sh.Add(s.Shingles)
		}
		return []Figure{
			{"body_precision", sh.Precision(), sh.nP},
			{"body_recall", sh.Recall(), sh.nR},
			{"body_f1", sh.F1(), sh.n},
			{"body_accuracy", sh.Accuracy(), sh.n},
			share(FieldTitle), share(FieldByline), share(FieldExcerpt),
			share(FieldPublished), share(FieldSiteName), share(FieldLang),
		}
	case Dates:
		return []Figure{share(FieldPublishedDay)}
	case Postlight:
		return []Figure{share(FieldTitle), share(FieldByline), share(FieldPublished), share(FieldImage), share(FieldDek)}
	}
	return nil
}

// Result is one corpus's measurement: its figures and its speed.
type Result struct {
	// Corpus is the corpus name (Spec.Name).
	Corpus string
	// Pages is the number of pages parsed, Errors how many failed.
	Pages, Errors int
	// Bytes is the total uncompressed input size.
	Bytes int64
	// Parse is the time spent inside the parser, summed over calls.
	Parse time.Duration
	// Figures are the corpus's figures, as Aggregate returns them.
	Figures []Figure
}

// MBps returns the throughput in MB/s (10^6 bytes per second of Parse
// time), or 0 when no time was measured.
func (r Result) MBps() float64 {
	if r.Parse <= 0 {
		return 0
	}
	return float64(r.Bytes) / 1e6 / r.Parse.Seconds()
}

// Key returns the floors-file key of a corpus figure: "corpus.figure".
func Key(corpus, figure string) string { return corpus + "." + figure }

// Figures returns all results' figures keyed by Key.
func Figures(results []Result) map[string]float64 {
	m := make(map[string]float64)
	for _, r := range results {
		for _, f := range r.Figures {
			m[Key(r.Corpus, f.Name)] = f.Value
		}
	}
	return m
}

// Table renders results as an aligned plain-text table: one line per corpus
// with pages, errors, MB, MB/s, then each figure as name=value (n).
func Table(results []Result) string {
	var b strings.Builder
	w := 0
	for _, r := range results {
		w = max(w, len(r.Corpus))
	}
	fmt.Fprintf(&b, "%-*s %6s %6s %8s %8s  figures (value, over n)\n", w, "corpus", "pages", "errors", "MB", "MB/s")
	for _, r := range results {
		fmt.Fprintf(&b, "%-*s %6d %6d %8.1f %8.1f ", w, r.Corpus, r.Pages, r.Errors, float64(r.Bytes)/1e6, r.MBps())
		for i, f := range r.Figures {
			if i > 0 && i%4 == 0 {
				fmt.Fprintf(&b, "\n%-*s %6s %6s %8s %8s ", w, "", "", "", "", "")
			}
			fmt.Fprintf(&b, " %-17s %.3f %-7s", f.Name, f.Value, fmt.Sprintf("(%d)", f.N))
		}
		b.WriteByte('\n')
	}
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}
