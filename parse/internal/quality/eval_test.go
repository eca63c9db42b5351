package quality

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestQualityEvaluate(t *testing.T) {
	tr := Truth{Title: "A Title", Byline: " ", Excerpt: "x", Published: "2020-01-02",
		Lang: "en", Body: "one two three four five"}
	rec := Record{Text: "one two three four five", Title: "a title.", Description: "y",
		Published: "2020-01-02T23:00:00-05:00", Language: "EN", Authors: []string{"Nobody"}}
	got := Evaluate(Readability, tr, rec, nil)
	want := PageScore{
		Shingles: ShingleResult{Shared: 2, Equal: true},
		Fields:   map[string]bool{FieldTitle: true, FieldExcerpt: false, FieldPublished: true, FieldLang: true},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Evaluate = %+v, want %+v", got, want)
	}
	got = Evaluate(Readability, tr, rec, errors.New("boom"))
	want = PageScore{
		Err:      true,
		Shingles: ShingleResult{Missing: 2},
		Fields:   map[string]bool{FieldTitle: false, FieldExcerpt: false, FieldPublished: false, FieldLang: false},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Evaluate with error = %+v, want %+v", got, want)
	}
	got = Evaluate(Snippets, Truth{With: []string{"two three"}, Without: []string{"five"}}, rec, errors.New("boom"))
	if want := (PageScore{Err: true, Snippets: Counts{FN: 1, TN: 1}}); !reflect.DeepEqual(got, want) {
		t.Errorf("Evaluate snippets with error = %+v, want %+v", got, want)
	}
	got = Evaluate(Dates, Truth{Date: "2020-01-03"}, rec, nil)
	if want := (PageScore{Fields: map[string]bool{FieldPublishedDay: false}}); !reflect.DeepEqual(got, want) {
		t.Errorf("Evaluate dates = %+v, want %+v", got, want)
	}
}

func TestQualityAggregate(t *testing.T) {
	snip := Aggregate(Snippets, []PageScore{
		{Snippets: Counts{TP: 2, FP: 1, FN: 1, TN: 1}},
		{Err: true, Snippets: Counts{FN: 3, TN: 2}},
	})
	wantSnip := []Figure{{"snippet_precision", 2.0 / 3, 3}, {"snippet_recall", 2.0 / 6, 6}, {"snippet_f1", 4.0 / 9, 10}}
	if !reflect.DeepEqual(snip, wantSnip) {
		t.Errorf("snippets: %+v, want %+v", snip, wantSnip)
	}
	rd := Aggregate(Readability, []PageScore{
		{Shingles: ShingleResult{Shared: 1, Extra: 1, Missing: 1}, Fields: map[string]bool{FieldTitle: true, FieldLang: false}},
		{Shingles: ShingleResult{Shared: 2, Equal: true}, Fields: map[string]bool{FieldTitle: false}},
		{Shingles: ShingleResult{Missing: 4}, Fields: map[string]bool{FieldTitle: true, FieldByline: true}},
	})
	p, r := 1.5/2, 1.5/3
	wantRd := []Figure{
		{"body_precision", p, 2}, {"body_recall", r, 3}, {"body_f1", 2 * p * r / (p + r), 3}, {"body_accuracy", 1.0 / 3, 3},
		{"title", 2.0 / 3, 3}, {"byline", 1, 1}, {"excerpt", 0, 0}, {"published", 0, 0}, {"site_name", 0, 0}, {"lang", 0, 1},
	}
	if len(rd) != len(wantRd) {
		t.Fatalf("readability: %+v, want %+v", rd, wantRd)
	}
	for i := range rd {
		if rd[i].Name != wantRd[i].Name || !near(rd[i].Value, wantRd[i].Value) || rd[i].N != wantRd[i].N {
			t.Errorf("readability figure %d = %+v, want %+v", i, rd[i], wantRd[i])
		}
	}
	dt := Aggregate(Dates, []PageScore{{Fields: map[string]bool{FieldPublishedDay: true}}, {Fields: map[string]bool{FieldPublishedDay: false}}, {}})
	if want := []Figure{{"published_day", 0.5, 2}}; !reflect.DeepEqual(dt, want) {
		t.Errorf("dates: %+v, want %+v", dt, want)
	}
}

func TestQualityResult(t *testing.T) {
	res := []Result{
		{Corpus: "a", Pages: 2, Bytes: 3_000_000, Parse: 1500 * time.Millisecond, Figures: []Figure{{"f1", 0.25, 2}}},
		{Corpus: "text/b", Pages: 1, Errors: 1, Figures: []Figure{{"x", 1, 1}, {"y", 0, 0}}},
	}
	if !near(res[0].MBps(), 2) || res[1].MBps() != 0 {
		t.Errorf("MBps = %v, %v, want 2, 0", res[0].MBps(), res[1].MBps())
	}
	if got, want := Figures(res), map[string]float64{"a.f1": 0.25, "text/b.x": 1, "text/b.y": 0}; !reflect.DeepEqual(got, want) {
		t.Errorf("Figures = %v, want %v", got, want)
	}
	tab := Table(res)
	for _, s := range []string{"corpus", "text/b", "2.0", "f1", "0.250", "x", "1.000"} {
		if !strings.Contains(tab, s) {
			t.Errorf("table lacks %q:\n%s", s, tab)
		}
	}
}
