package parse

import (
	"strings"
	"time"
)

// dateLayouts are the machine-readable date forms pages put in metadata,
// each with the form the record writes it in: the offset is kept when the
// page gives one, no zone is added when it gives none, and a day alone
// stays a day.
var dateLayouts = []struct{ in, out string }{
	{time.RFC3339Nano, time.RFC3339},
	{"2006-01-02T15:04:05.999999999Z0700", time.RFC3339},
	{"2006-01-02T15:04Z07:00", time.RFC3339},
	{"2006-01-02T15:04Z0700", time.RFC3339},
	{"2006-01-02 15:04:05Z07:00", time.RFC3339},
	{"2006-01-02 15:04:05 Z07:00", time.RFC3339},
	{"2006-01-02 15:04:05 -0700", time.RFC3339},
	{"2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05"},
	{"2006-01-02 15:04:05", "2006-01-02T15:04:05"},
	{"2006-01-02T15:04", "2006-01-02T15:04:05"},
	{"2006-01-02 15:04", "2006-01-02T15:04:05"},
	{"2006-01-02", "2006-01-02"},
	{"2006/01/02", "2006-01-02"},
	{"20060102", "2006-01-02"},
	{time.RFC1123Z, time.RFC3339},
	{time.RFC1123, time.RFC3339},
	{"Mon, 2 Jan 2006 15:04:05 -0700", time.RFC3339},
}

// normalizeDate reads a machine-readable date and writes it in the record's
// form, or returns "" when s is not such a date or is not a plausible
// publication date.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 8 {
		return ""
	}
	for _, l := range dateLayouts {
		t, err := time.Parse(l.in, s)
		if err != nil {
			continue
		}
		if t.Year() < 1990 || t.Year() > 2100 {
			return ""
		}
		return t.Format(l.out)
	}
	return ""
}
