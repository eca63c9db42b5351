package datetext

import (
	"testing"
	"time"
)

func TestParseDateText(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		// Numeric forms.
		{"2024-06-17", "2024-06-17"},
		{"Updated 2024/06/17 08:00", "2024-06-17T08:00:00"},
		{"17.06.2024", "2024-06-17"},
		{"17.06.24, 19:16 Uhr", "2024-06-17T19:16:00"},
		{"17.06.98", "1998-06-17"}, // a two-digit year from 70 is in the 1900s
		{"17.06.69", "2069-06-17"},
		{"3.7.14", ""},   // one-digit parts with a two-digit year: only FindShortYear
		{"27/11/15", ""}, // so is a slash date with one
		{"am 7.6.2024 um 9:05", "2024-06-07T09:05:00"},
		{"17/06/2024", "2024-06-17"},
		{"6/17/2024 3:04 PM", "2024-06-17T15:04:00"},
		{"05/06/2024", ""},                    // day or month first: not guessed
		{"08/08/2017 von Jane", "2017-08-08"}, // the same either way
		{"26 | 01 | 2022 | News", "2022-01-26"},
		{"05 | 06 | 2024", ""}, // as uncertain as a slash
		{"17 | 06 / 2024", ""}, // two separators
		{"version 1.2.3.2024", ""},
		{"call 12.34.5678", ""},
		// English.
		{"Posted at 7:16 AM, Jun 17, 2024", "2024-06-17T07:16:00"},
		{"June 17th, 2024 at 7:16 p.m. EDT", "2024-06-17T19:16:00-04:00"},
		{"Published Tuesday 17 June 2024 10:40 BST", "2024-06-17T10:40:00"},
		{"Mon, 17 Jun 2024 07:16:00 GMT", "2024-06-17T07:16:00Z"},
		{"17th of June, 2024", "2024-06-17"},
		{"Sept. 3, 2023", "2023-09-03"},
		{"May 2024", ""},             // no day
		{"Feb 182009", "2009-02-18"}, // day and year from two elements, run together
		{"Feb 52009", "2009-02-05"},
		{"Feb 312009", ""},   // no such day
		{"Mar 123456", ""},   // not a year
		{"Jun 172024.5", ""}, // a longer number
		{"© 2024 Example Media", ""},
		// Other languages.
		{"17. Juni 2024", "2024-06-17"},
		{"Veröffentlicht am 3. März 2023, 14:05 Uhr", "2023-03-03T14:05:00"},
		{"le 17 juin 2024 à 07:16", "2024-06-17T07:16:00"},
		{"1er août 2023", "2023-08-01"},
		{"17 de junio de 2024", "2024-06-17"},
		{"17 giugno 2024", "2024-06-17"},
		{"17 de junho de 2024", "2024-06-17"},
		{"17 juni 2024", "2024-06-17"},
		{"17 czerwca 2024", "2024-06-17"},
		{"17 июня 2024 г.", "2024-06-17"},
		{"2024年6月17日 07:16", "2024-06-17T07:16:00"},
		{"２０２４年６月１７日", "2024-06-17"},
		{"2024년 6월 17일", "2024-06-17"},
		{"17 ianuarie 2024", "2024-01-17"},
		{"Publicat: 3 noi. 2023, 14:05", "2023-11-03T14:05:00"},
		{"17 d'abril de 2024", "2024-04-17"},
		{"2024. június 17. 19:16", "2024-06-17T19:16:00"},
		{"2024. márc. 3.", "2024-03-03"},
		{"17 Ιουνίου 2024", "2024-06-17"},
		{"17 ΙΟΥΝΙΟΥ 2024", "2024-06-17"},
		{"17 червня 2024", "2024-06-17"},
		{"17 юни 2024", "2024-06-17"},
		{"17 يونيو 2024", "2024-06-17"},
		{"الاثنين ١٧ يونيو ٢٠٢٤ - ١٠:٣٠", "2024-06-17T10:30:00"},
		{"17 جوان 2024", "2024-06-17"},
		{"17 حزيران 2024", "2024-06-17"},
		{"17 تشرين الأول 2024", "2024-10-17"},
		{"5 كانون الثاني، 2024", "2024-01-05"},
		{"5 كانون 2024", ""}, // half of a two-word month
		// Java's and Unix's form: the time between the day and the year.
		{"Mon Aug 03 12:45:00 EDT 2015", "2015-08-03T12:45:00-04:00"},
		{"Tue Jun 17 07:16:30 2024", "2024-06-17T07:16:30"},
		{"Mon Aug 03 2015 12:45:00 GMT-0400 (Eastern Daylight Time)", "2015-08-03T12:45:00-04:00"},
		{"June 5 10:30, 2024 guests", ""}, // an hour in a sentence, no seconds nor zone
		{"Feb 30 12:00:00 UTC 2024", ""},
		// Zones and impossible days.
		{"2024-06-17 07:16 +02:00", "2024-06-17T07:16:00+02:00"},
		{"2024-06-17 07:16 UTC+0530", "2024-06-17T07:16:00+05:30"},
		{"February 30, 2024", ""},
		{"February 29, 2024", "2024-02-29"},
		{"February 29, 2023", ""},
		{"1 January 1950", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := Parse(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("parseDateText(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

// TestFindShortYear checks the numeric dates with a two-digit year that
// FindShortYear reads besides those FindOrder reads, in each order.
func TestFindShortYear(t *testing.T) {
	tests := []struct {
		in       string
		dayFirst bool
		want     string
		at       int
	}{
		{"von Ann Muster, 3.7.14", false, "2014-07-03", 16},
		{"von Ann Muster, 3.7.14", true, "2014-07-03", 16}, // dots are day first whatever the page's order
		{"von fuchs am 27/11/15, 09:12 pm", false, "2015-11-27T21:12:00", 13},
		{"by Ann on 11/27/15", false, "2015-11-27", 10}, // month first: 27 is no month
		{"by Ann on 05/06/13", false, "", 0},            // either order: not guessed
		{"von Ann am 05/06/13", true, "2013-06-05", 11}, // unless the page's language writes days first
		{"by Ann on 6/6/13", false, "2013-06-06", 10},   // the same either way
		{"Ann, 3.7.98", false, "1998-07-03", 5},
		{"Ann, 1.1.70", false, "1970-01-01", 5},
		{"Ann, 31.12.69", false, "2069-12-31", 5}, // below the pivot: the 2000s
		{"Ann, 3-7-14", false, "", 0},             // a dash with a two-digit year: a code
		{"Ann, 3.7.1", false, "", 0},              // a one-digit year
		{"Ann, 30.2.12", false, "", 0},            // no such day
		{"release 1.3.7.14", false, "", 0},        // a longer number
		{"release 3.7.14.3", false, "", 0},
		{"am 17. Juni 2024", false, "2024-06-17", 3}, // the certain shapes too
	}
	for _, tt := range tests {
		d, at, _, ok := FindShortYear(tt.in, tt.dayFirst)
		if d != tt.want || ok != (tt.want != "") || ok && at != tt.at {
			t.Errorf("FindShortYear(%q, %v) = %q at %d, %v; want %q at %d", tt.in, tt.dayFirst, d, at, ok, tt.want, tt.at)
		}
	}
}

// FuzzParseDateText checks that any text either yields no date or a date
// in the record's form that time.Parse reads back.
func FuzzParseDateText(f *testing.F) {
	for _, s := range []string{"Posted at 7:16 AM, Jun 17, 2024", "17. Juni 2024", "2024年6月17日", "6/17/2024 3:04 PM EDT", "12:00 +05:30 1.1.2020"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := Parse(s)
		if !ok {
			if d != "" {
				t.Fatalf("parseDateText(%q) = %q without ok", s, d)
			}
			return
		}
		layout := "2006-01-02"
		switch {
		case len(d) == 19:
			layout = "2006-01-02T15:04:05"
		case len(d) > 19:
			layout = time.RFC3339
		}
		if _, err := time.Parse(layout, d); err != nil {
			t.Fatalf("parseDateText(%q) = %q, which does not read back: %v", s, d, err)
		}
	})
}
