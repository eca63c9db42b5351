package parse

import (
	"strings"
	"time"
)

// dateLayouts are the machine-readable date forms pages put in metadata,
// each with the form the record writes it in: the offset is kept when the
// page gives one, no zone is added when it gives none, and a day alone
// stays a day. Forms with a zone abbreviation are left to parseDateText,
// since time.Parse would invent an offset for an abbreviation it does not
// know.
var dateLayouts = []struct{ in, out string }{
	{time.RFC3339Nano, time.RFC3339},
	{"2006-01-02T15:04:05.999999999Z0700", time.RFC3339},
	{"2006-01-02T15:04:05.999999999Z07", time.RFC3339},
	{"2006-01-02T15:04Z07:00", time.RFC3339},
	{"2006-01-02T15:04Z0700", time.RFC3339},
	{"2006-01-02 15:04:05.999999999Z07:00", time.RFC3339},
	{"2006-01-02 15:04:05Z0700", time.RFC3339},
	{"2006-01-02 15:04:05 Z07:00", time.RFC3339},
	{"2006-01-02 15:04:05 -0700", time.RFC3339},
	{"2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05"},
	{"2006-01-02 15:04:05.999999999", "2006-01-02T15:04:05"},
	{"2006-01-02T15:04", "2006-01-02T15:04:05"},
	{"2006-01-02 15:04", "2006-01-02T15:04:05"},
	{"2006-01-02", "2006-01-02"},
	{"20060102", "2006-01-02"},
	{"Mon, 2 Jan 2006 15:04:05 -0700", time.RFC3339},
	{"Mon, 2 Jan 2006 15:04:05 Z07:00", time.RFC3339},
}

// normalizeDate reads a date from a metadata value or an attribute and
// writes it in the record's form, or returns "" when s holds no plausible
// publication date. Machine forms are tried first; anything else is read
// as date text.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 6 || len(s) > 200 {
		return ""
	}
	if c := s[0]; c >= '0' && c <= '9' || c == 'M' || c == 'T' || c == 'W' || c == 'F' || c == 'S' {
		for _, l := range dateLayouts {
			t, err := time.Parse(l.in, s)
			if err != nil {
				continue
			}
			if t.Year() < 1970 || t.Year() > 2099 {
				return ""
			}
			return t.Format(l.out)
		}
	}
	if len(s) >= 10 && isUnixTime(s) {
		return ""
	}
	d, _ := parseDateText(s)
	return d
}

// isUnixTime reports whether s is all digits (a timestamp or an id), which
// is not read as date text.
func isUnixTime(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// publishedKeys are the <meta> names and properties that state the
// publication time, strongest first.
var publishedKeys = []string{
	"article:published_time", "article:published", "og:article:published_time", "og:published_time",
	"datepublished", "article.published", "published_time", "publishdate", "publish-date",
	"publish_date", "published-date", "published_date", "pubdate", "pub_date", "parsely-pub-date",
	"sailthru.date", "citation_publication_date", "citation_online_date", "citation_date",
	"dc.date.issued", "dc.issued", "dc.date.created", "dc.created", "dc.date", "date",
	"originalpublicationdate", "article_date_original", "datecreated", "date.created", "created",
	"dc.date.available", "og:pubdate", "bt:pubdate", "cxenseparse:recs:publishtime",
}

// modifiedKeys are the names that state the last modification time.
var modifiedKeys = []string{
	"article:modified_time", "article:modified", "og:updated_time", "datemodified", "dc.date.modified",
	"dc.modified", "last-modified", "lastmod", "modified", "sailthru.lastmodified", "article.updated",
}

// chooseDates picks the publication and modification times. Sources are
// tried strongest first: JSON-LD, <meta>, microdata, <time pubdate>, a
// full date in the address, then dates shown near the headline, elements
// whose class names a date, and the first <time> outside boilerplate.
// Dates in navigation, sidebars, footers and comments are never used: they
// belong to other stories or to the visitor's today.
func chooseDates(p *page, mt metaIndex, ld *ldInfo, pageURL string, titleBlock int) (published, modified string) {
	modified = normalizeDate(ld.modified)
	for _, k := range modifiedKeys {
		if modified != "" {
			break
		}
		modified = normalizeDate(mt[k])
	}
	cues := p.meta.cues
	for _, c := range cues {
		if modified == "" && c.kind&cueItemprop != 0 && (c.prop == "datemodified" || c.prop == "dateupdated") {
			modified = normalizeDate(firstNonEmpty(c.val, c.text))
		}
	}

	if d := normalizeDate(ld.published); d != "" {
		return d, modified
	}
	for _, k := range publishedKeys {
		if d := normalizeDate(mt[k]); d != "" {
			return d, modified
		}
	}
	for _, c := range cues {
		if c.kind&cueItemprop != 0 && (c.prop == "datepublished" || c.prop == "datecreated") && !otherStory(c.flags) {
			if d := normalizeDate(firstNonEmpty(c.val, c.text)); d != "" {
				return d, modified
			}
		}
	}
	for _, c := range cues {
		if c.pubdate && !otherStory(c.flags) {
			if d := normalizeDate(firstNonEmpty(c.val, c.text)); d != "" {
				return d, modified
			}
		}
	}
	if d := urlDate(pageURL); d != "" {
		return d, modified
	}
	if d := dateNearTitle(p, titleBlock); d != "" {
		return d, modified
	}
	for _, c := range cues {
		if c.kind&(cueDate|cueTime) != 0 && c.kind&cueItemprop == 0 && !otherStory(c.flags) {
			if d := normalizeDate(firstNonEmpty(c.val, c.text)); d != "" {
				return d, modified
			}
		}
	}
	return "", modified
}

// otherStory reports whether an element sits where dates belong to other
// stories or to the visitor: navigation, sidebars, footers, comments.
func otherStory(f flags) bool {
	return f&(inNav|inAside|inFooter|inComments) != 0
}

// dateNearTitle looks for a date printed in the few short blocks around
// the headline, where bylines and datelines sit, and in the <time>
// elements there.
func dateNearTitle(p *page, titleBlock int) string {
	if titleBlock < 0 {
		return ""
	}
	lo, hi := max(titleBlock-3, 0), min(titleBlock+12, len(p.blocks))
	for _, c := range p.meta.cues {
		if int(c.block) >= lo && int(c.block) < hi && c.val != "" && !otherStory(c.flags) && c.kind&cueTime != 0 {
			if d := normalizeDate(c.val); d != "" {
				return d
			}
		}
	}
	for i := lo; i < hi; i++ {
		b := &p.blocks[i]
		if i == titleBlock || b.chars > 200 || otherStory(b.flags) {
			continue
		}
		if d, ok := parseDateText(b.text); ok {
			return d
		}
	}
	return ""
}

// urlDate reads a full date from an address path: /2024/06/17/,
// /2024-06-17-slug, /20240617/. A year and month alone say no day.
func urlDate(u string) string {
	if u == "" {
		return ""
	}
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexByte(u, '/'); i >= 0 {
		u = u[i:]
	} else {
		return ""
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	for i := 0; i+8 <= len(u); i++ {
		if u[i] != '/' && u[i] != '-' && u[i] != '_' || !isDigit(u[i+1]) {
			continue
		}
		s := u[i+1:]
		// YYYY/MM/DD, YYYY-MM-DD, YYYY_MM_DD
		if len(s) >= 10 && allDigits(s[:4]) && (s[4] == '/' || s[4] == '-' || s[4] == '_') &&
			allDigits(s[5:7]) && s[7] == s[4] && allDigits(s[8:10]) && (len(s) == 10 || !isDigit(s[10])) {
			y, m, d := atoi(s[:4]), atoi(s[5:7]), atoi(s[8:10])
			if validDay(y, m, d) {
				return dtDate{y, m, d}.format(dtTime{})
			}
		}
		// YYYYMMDD as a whole path segment or slug prefix.
		if len(s) >= 8 && allDigits(s[:8]) && (len(s) == 8 || s[8] == '/' || s[8] == '-' || s[8] == '_' || s[8] == '.') {
			y, m, d := atoi(s[:4]), atoi(s[4:6]), atoi(s[6:8])
			if y >= 1995 && validDay(y, m, d) {
				return dtDate{y, m, d}.format(dtTime{})
			}
		}
	}
	return ""
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
