package quality

import (
	"testing"
	"time"
)

func TestQualityParseDate(t *testing.T) {
	for _, c := range []struct {
		in        string
		utc       string // the instant in UTC, RFC 3339
		day       string
		time, zon bool
	}{
		{"2019-10-16", "2019-10-16T00:00:00Z", "2019-10-16", false, false},
		{" 2019-10-16\n", "2019-10-16T00:00:00Z", "2019-10-16", false, false},
		{"2021-11-01T10:52:50+0100", "2021-11-01T09:52:50Z", "2021-11-01", true, true},
		{"2017-11-03 03:01:00.000000", "2017-11-03T03:01:00Z", "2017-11-03", true, false},
		{"2018-04-05T06:00", "2018-04-05T06:00:00Z", "2018-04-05", true, false},
		{"2015-03-27T13:07:55.096Z", "2015-03-27T13:07:55.096Z", "2015-03-27", true, true},
		{"2015-07-10T21:53:00-04:00", "2015-07-11T01:53:00Z", "2015-07-10", true, true},
		{"2015-07-10t09:53z", "2015-07-10T09:53:00Z", "2015-07-10", true, true},
		{"2015-07-10T09:53+05", "2015-07-10T04:53:00Z", "2015-07-10", true, true},
	} {
		d, err := ParseDate(c.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", c.in, err)
			continue
		}
		if got := d.Time.UTC().Format(time.RFC3339Nano); got != c.utc || d.Day() != c.day || d.HasTime != c.time || d.HasZone != c.zon {
			t.Errorf("ParseDate(%q) = %s day %s time %v zone %v, want %s %s %v %v",
				c.in, got, d.Day(), d.HasTime, d.HasZone, c.utc, c.day, c.time, c.zon)
		}
	}
	for _, bad := range []string{"", "2019-02-30", "2019-13-01", "2019-00-10", "Oct 16, 2019",
		"2019-10-16T25:00", "2019-10-16T10:00+2500", "2019-10-16Z", "16.10.2019", "2019-10-16T10"} {
		if d, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", bad, d)
		}
	}
}

func TestQualitySameDay(t *testing.T) {
	for _, c := range []struct {
		truth, got string
		want       bool
	}{
		// Date-only truth: the extracted value's own calendar day.
		{"2019-10-16", "2019-10-16", true},
		{"2019-10-16", "2019-10-16T23:30:00-04:00", true},  // UTC would be the 17th
		{"2019-10-16", "2019-10-17T01:00:00+02:00", false}, // UTC would be the 16th
		{"2019-10-16", "2019-10-15", false},
		{"2019-10-16", "", false},
		{"2019-10-16", "yesterday", false},
		// Truth with a time, 04:36:09 UTC on the 24th.
		{"2015-07-24T05:36:09+01:00", "2015-07-24T05:36:09+01:00", true},
		{"2015-07-24T05:36:09+01:00", "2015-07-23T23:00:00-06:00", true},  // 05:00 UTC on the 24th
		{"2015-07-24T05:36:09+01:00", "2015-07-24T01:00:00+05:00", false}, // 20:00 UTC on the 23rd, zoned
		{"2015-07-24T05:36:09+01:00", "2015-07-23", true},                 // 14h before: the 23rd
		{"2015-07-24T05:36:09+01:00", "2015-07-23T20:00", true},           // no zone: own day
		{"2015-07-24T05:36:09+01:00", "2015-07-24", true},
		{"2015-07-24T05:36:09+01:00", "2015-07-25", false}, // 14h after: still the 24th
		{"2015-07-24T05:36:09+01:00", "2015-07-22", false},
		// 18:43:37 UTC on the 22nd: +14h reaches the 23rd, -14h stays on the 22nd.
		{"2016-12-22T10:43:37-08:00", "2016-12-23", true},
		{"2016-12-22T10:43:37-08:00", "2016-12-21", false},
		{"2016-12-22T10:43:37-08:00", "2016-12-23T00:30:00Z", false},
		// A truth time without a zone is read as UTC.
		{"2018-04-05T06:00", "2018-04-05T06:00:00-04:00", true},
		{"2018-04-05T06:00", "2018-04-05T22:00:00-04:00", false},
		{"2018-04-05T06:00", "2018-04-04", true},
		// The 14 hours are inclusive, both ways.
		{"2015-07-24T13:30:00Z", "2015-07-23", true},  // -14h: 23:30 on the 23rd
		{"2015-07-24T14:00:00Z", "2015-07-23", false}, // -14h: 00:00 on the 24th
		{"2015-07-24T10:00:00Z", "2015-07-25", true},  // +14h: 00:00 on the 25th
		{"2015-07-24T09:59:59Z", "2015-07-25", false}, // +14h: 23:59:59 on the 24th
		// Unparseable truth.
		{"April 2018", "2018-04-05", false},
	} {
		if got := SameDay(c.truth, c.got); got != c.want {
			t.Errorf("SameDay(%q, %q) = %v, want %v", c.truth, c.got, got, c.want)
		}
	}
}
