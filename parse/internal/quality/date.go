package quality

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Date is a parsed date or date-time.
type Date struct {
	// Time is the instant. A value without an offset is read as UTC; a
	// date-only value is midnight UTC.
	Time time.Time
	// HasTime reports a time of day in the value.
	HasTime bool
	// HasZone reports an offset (or Z) in the value.
	HasZone bool
}

// Day returns the value's own calendar day as written (not moved to UTC),
// in the form YYYY-MM-DD.
func (d Date) Day() string { return dayOf(d.Time) }

func dayOf(t time.Time) string { return t.Format("2006-01-02") }

var dateRE = regexp.MustCompile(`(?i)^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?)?$`)

// ParseDate parses YYYY-MM-DD and RFC 3339 date-times, leniently: the time
// may lack seconds, have a fraction of up to 9 digits, be separated by a
// space instead of "T", and have no offset, an offset of Z, ±hh, ±hhmm or
// ±hh:mm. Surrounding white space is ignored. Anything else, and any
// impossible date or time, is an error.
func ParseDate(s string) (Date, error) {
	m := dateRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return Date{}, fmt.Errorf("not a date: %q", s)
	}
	n := func(i int) int { v, _ := strconv.Atoi(m[i]); return v }
	y, mo, d := n(1), n(2), n(3)
	var h, mi, sec, nsec int
	var out Date
	if m[4] != "" {
		out.HasTime = true
		h, mi, sec = n(4), n(5), n(6)
		if m[7] != "" {
			frac := m[7] + strings.Repeat("0", 9-len(m[7]))
			nsec, _ = strconv.Atoi(frac)
		}
	}
	loc := time.UTC
	if z := strings.ToUpper(m[8]); z != "" {
		out.HasZone = true
		if z != "Z" {
			digits := strings.ReplaceAll(z[1:], ":", "")
			oh, _ := strconv.Atoi(digits[:2])
			om := 0
			if len(digits) == 4 {
				om, _ = strconv.Atoi(digits[2:])
			}
			if oh > 23 || om > 59 {
				return Date{}, fmt.Errorf("bad offset in %q", s)
			}
			off := oh*3600 + om*60
			if z[0] == '-' {
				off = -off
			}
			loc = time.FixedZone("", off)
		}
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60 {
		return Date{}, fmt.Errorf("out of range: %q", s)
	}
	if sec == 60 {
		sec = 59 // leap second: same day
	}
	out.Time = time.Date(y, time.Month(mo), d, h, mi, sec, nsec, loc)
	if out.Time.Day() != d { // e.g. 2019-02-30
		return Date{}, fmt.Errorf("no such day: %q", s)
	}
	return out, nil
}

// SameDay reports whether an extracted date names the true day, as the
// README defines it:
//
//   - a date-only truth matches the extracted value's own calendar day (as
//     written, whatever its offset);
//   - a truth with a time (one without an offset is read as UTC) matches
//     when the extracted instant, in UTC, falls on the truth's UTC day;
//     an extracted value without an offset (date-only, or a time with no
//     zone, which may be local) also matches when its own day is the UTC
//     day of the truth shifted by anything from -14 to +14 hours.
//
// An empty or unparseable value, on either side, never matches.
func SameDay(truth, got string) bool {
	t, err := ParseDate(truth)
	if err != nil {
		return false
	}
	g, err := ParseDate(got)
	if err != nil {
		return false
	}
	if !t.HasTime {
		return g.Day() == t.Day()
	}
	tu := t.Time.UTC()
	if dayOf(g.Time.UTC()) == dayOf(tu) {
		return true
	}
	if g.HasZone {
		return false
	}
	d := g.Day()
	lo, hi := dayOf(tu.Add(-14*time.Hour)), dayOf(tu.Add(14*time.Hour))
	return lo <= d && d <= hi // YYYY-MM-DD strings sort as days do
}
