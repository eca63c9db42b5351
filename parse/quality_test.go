package parse_test

import (
	"flag"
	"fmt"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/artparse/artparse/parse"
	"github.com/artparse/artparse/parse/internal/quality"
)

var (
	updateQuality = flag.Bool("update-quality", false,
		"TestQuality: rewrite testdata/quality.json with today's figures, rounded down to 3 decimals")
	qualitySerial = flag.Bool("quality-serial", false,
		"TestQuality: parse pages on one goroutine (cleaner MB/s, slower test)")
)

// format returns the front end a corpus's pages are read with.
func format(s quality.Spec) parse.Format {
	if s.Text {
		return parse.FormatText
	}
	return parse.FormatHTML
}

func record(a *parse.Article) quality.Record {
	if a == nil {
		return quality.Record{}
	}
	return quality.Record{
		Text: a.Text, Title: a.Title, Description: a.Description, Authors: a.Authors,
		Published: a.Published, SiteName: a.SiteName, Language: a.Language,
		Image: a.Image,
	}
}

// parseOne runs the library on one page as a user would (--input and
// --url), timing the call; a panic becomes an error that names it.
func parseOne(s quality.Spec, p quality.Page) (a *parse.Article, d time.Duration, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	start := time.Now()
	a, err = parse.ParseBytes(p.Data, parse.Options{Input: format(s), URL: p.Truth.URL})
	return a, time.Since(start), err
}

// measure parses every page of c and judges it. Pages run in parallel
// unless -quality-serial; the speed is the total input over the sum of the
// per-call durations, so it is a one-goroutine figure either way. Page
// scores are aggregated in page order, so figures do not depend on
// scheduling.
func measure(t *testing.T, c *quality.Corpus) quality.Result {
	n := len(c.Pages)
	scores := make([]quality.PageScore, n)
	durs := make([]time.Duration, n)
	panics := make([]error, n)
	workers := 0
	if *qualitySerial {
		workers = 1
	}
	quality.Parallel(n, workers, func(i int) {
		p := c.Pages[i]
		a, d, err := parseOne(c.Spec, p)
		durs[i] = d
		if err != nil && strings.HasPrefix(err.Error(), "panic: ") {
			panics[i] = err
		}
		scores[i] = quality.Evaluate(c.Spec.Kind, p.Truth, record(a), err)
	})
	r := quality.Result{Corpus: c.Spec.Name, Pages: n, Bytes: c.Bytes()}
	shown := 0
	for i := range n {
		r.Parse += durs[i]
		if scores[i].Err {
			r.Errors++
		}
		if panics[i] != nil {
			if shown < 3 {
				t.Errorf("%s/%s: %v", c.Spec.Name, c.Pages[i].ID, panics[i])
			}
			shown++
		}
	}
	if shown > 3 {
		t.Errorf("%s: %d more panics", c.Spec.Name, shown-3)
	}
	r.Figures = quality.Aggregate(c.Spec.Kind, scores)
	return r
}

// checkTruth reports truth dates the metric cannot read, which would
// otherwise silently count as misses.
func checkTruth(t *testing.T, c *quality.Corpus) {
	for _, p := range c.Pages {
		for _, d := range []string{p.Truth.Published, p.Truth.Date} {
			if strings.TrimSpace(d) == "" {
				continue
			}
			if _, err := quality.ParseDate(d); err != nil {
				t.Errorf("%s/%s: truth date: %v", c.Spec.Name, p.ID, err)
			}
		}
	}
}

// TestQuality measures extraction quality and speed on the evaluation
// corpora (see the corpus README for the metrics) and holds every figure to
// its floor in testdata/quality.json. Run with -update-quality to pin
// today's figures there.
func TestQuality(t *testing.T) {
	root, dir := quality.CorpusDir(t)
	floorsPath := filepath.Join(root, "testdata", "quality.json")
	start := time.Now()
	var results []quality.Result
	for _, s := range quality.Corpora {
		c, err := quality.Load(dir, s)
		if err != nil {
			t.Fatalf("load %s: %v", s.Name, err)
		}
		if !s.Text {
			checkTruth(t, c)
		}
		results = append(results, measure(t, c))
	}
	t.Logf("corpus %s, %s in all; MB/s = input bytes / time inside ParseBytes, summed over calls\n%s",
		dir, time.Since(start).Round(time.Millisecond), quality.Table(results))

	figures := quality.Figures(results)
	if *updateQuality {
		// Precision and recall trade against each other as the engine
		// changes; the floors hold their balance (F1) and the metadata.
		// A floor of zero could never fail, so none is written.
		pinned := make(map[string]float64, len(figures))
		for k, v := range figures {
			if quality.FloorDown(v) > 0 && !strings.HasSuffix(k, "_precision") && !strings.HasSuffix(k, "_recall") {
				pinned[k] = v
			}
		}
		if err := quality.WriteFloors(floorsPath, pinned); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d floors to %s", len(pinned), floorsPath)
		return
	}
	floors, err := quality.ReadFloors(floorsPath)
	if err != nil {
		t.Fatalf("floors: %v (run go test ./parse -run TestQuality -update-quality to create them)", err)
	}
	for _, msg := range quality.CheckFloors(figures, floors) {
		t.Error(msg)
	}
}
