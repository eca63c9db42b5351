package htmlfront

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/datetext"
	"github.com/artparse/artparse/parse/internal/record"
)

// FuzzJSONLD reads arbitrary script bodies as JSON-LD: every field is
// valid UTF-8, the dates read from them are in the record's form, and a
// second read agrees.
func FuzzJSONLD(f *testing.F) {
	f.Add(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A","author":[{"@type":"Person","name":"B"}],"datePublished":"2024-06-17T10:00:00+02:00","image":{"url":"/i.jpg"},"keywords":"a, b"}`)
	f.Add(`{"@graph":[{"@type":"WebPage","@id":"#p","name":"P","datePublished":"2024-01-01"},{"@type":"Article","mainEntityOfPage":{"@id":"#p"},"author":{"@id":"#x"}},{"@id":"#x","@type":"Person","name":"X"}]}`)
	f.Add(`<!-- {"@type":"Article","headline":"h",} -->`)
	f.Add(`{"headline": "line
break", "datePublished": "2024-02-31"};{"@type":"Article"}`)
	f.Add(`{"@type":"Article","articleBody":"<p>body \u00e9</p>","headline":"\ud800"}`)
	f.Add(strings.Repeat(`{"a":[`, 40) + `{"@type":"Article","headline":"deep"}`)
	f.Fuzz(func(t *testing.T, s string) {
		scripts := []string{s}
		info := parseJSONLD(scripts)
		if again := parseJSONLD(scripts); !reflect.DeepEqual(info, again) {
			t.Fatalf("two reads differ: %+v, %+v", info, again)
		}
		fields := []string{info.headline, info.description, info.published, info.modified,
			info.section, info.lang, info.url, info.image, info.publisher, info.website}
		fields = append(fields, info.authors...)
		fields = append(fields, info.orgAuthors...)
		fields = append(fields, info.tags...)
		if utf8.ValidString(s) {
			for _, v := range fields {
				if !utf8.ValidString(v) {
					t.Errorf("field %q is not valid UTF-8", v)
				}
			}
		}
		body := ldArticleBody(scripts)
		if utf8.ValidString(s) && !utf8.ValidString(body) {
			t.Errorf("articleBody %q is not valid UTF-8", body)
		}
		if d := normalizeDate(info.published); d != "" && !record.IsDate(d) {
			t.Errorf("published %q normalized to %q", info.published, d)
		}
	})
}

// FuzzDates reads arbitrary strings as dates, in metadata, in text and in
// addresses: whatever is read is a real day in the record's form, within
// the years a publication can have, and the offsets point into the text.
func FuzzDates(f *testing.F) {
	for _, s := range []string{
		"2024-06-17T10:00:00+02:00", "2024-06-17", "20240617", "Mon, 17 Jun 2024 10:00:00 +0000",
		"0000-01-01", "99999-01-01", "2024-02-31", "31 February 2024", "Posted at 7:16 AM, Jun 17, 2024",
		"17. Juni 2024", "2024年6月17日", "05/06/2024", "29/02/2023", "1718611200",
		"https://example.com/2024/02/30/slug", "/2024-06-17-slug", "/17-06-2024/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := normalizeDate(s); d != "" && !record.IsDate(d) {
			t.Errorf("normalizeDate(%q) = %q", s, d)
		}
		d, start, end, ok := datetext.Find(s)
		if ok != (d != "") {
			t.Errorf("datetext.Find(%q) = %q, ok %v", s, d, ok)
		}
		if ok {
			if !record.IsDate(d) {
				t.Errorf("datetext.Find(%q) = %q", s, d)
			}
			if start < 0 || start > end || end > len(s) {
				t.Errorf("datetext.Find(%q): offsets %d, %d", s, start, end)
			}
		}
		if d := urlDate(s); d != "" && !record.IsDate(d) {
			t.Errorf("urlDate(%q) = %q", s, d)
		}
	})
}
