package htmlfront

import (
	"bytes"
	"strings"
	"time"

	"github.com/artparse/artparse/parse/internal/datetext"
)

// dateLayouts are the machine-readable date forms pages put in metadata,
// each with the form the record writes it in: the offset is kept when the
// page gives one, no zone is added when it gives none, and a day alone
// stays a day. Forms with a zone abbreviation are left to datetext.Parse,
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

// A date value is minDateText to maxDateText bytes: "5/6/21" is the
// shortest a date is written, and a longer value is a sentence or a
// document that merely holds one.
const (
	minDateText = 6
	maxDateText = 200
)

// The years a stated publication date may fall in: earlier ones are a
// content system's empty value ("0001-01-01", "1900-01-01", a zero Unix
// time written west of UTC as 1969-12-31), later ones a typing error.
const (
	minDateYear = 1970
	maxDateYear = 2099
)

// minTimestampDigits is the length from which a value of digits alone is
// a Unix time or an id, never a date: a time in seconds since 2001 has
// ten digits, and eight are read as YYYYMMDD.
const minTimestampDigits = 10

// normalizeDate reads a date from a metadata value or an attribute and
// writes it in the record's form, or returns "" when s holds no plausible
// publication date. Machine forms are tried first; anything else is read
// as date text.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < minDateText || len(s) > maxDateText {
		return ""
	}
	// Only strings shaped like a layout's are tried: every failed
	// time.Parse allocates its error.
	isISO := len(s) >= 10 && s[4] == '-' && s[7] == '-' && isDigit(s[0])
	isRFC := len(s) > 20 && s[3] == ',' && s[0] >= 'A' && s[0] <= 'Z'
	if isISO || isRFC || len(s) == 8 && allDigits(s) {
		for _, l := range dateLayouts {
			if isISO != (len(l.in) >= 10 && l.in[4] == '-') || isRFC != (l.in[3] == ',') {
				continue
			}
			t, err := time.Parse(l.in, s)
			if err != nil {
				continue
			}
			if t.Year() < minDateYear || t.Year() > maxDateYear {
				return ""
			}
			return t.Format(l.out)
		}
	}
	if len(s) >= minTimestampDigits && isUnixTime(s) {
		return ""
	}
	d, _ := datetext.Parse(s)
	return d
}

// An epoch value in an attribute (data-time="1466522845") is read when it
// has epochSecondsDigits or epochMillisDigits digits: ten digits of
// seconds run from September 2001 to 2286, and the year must also lie
// before maxDateYear, so a count, a size or an id of another length is
// never read as a time.
const (
	epochSecondsDigits = 10
	epochMillisDigits  = 13
)

// epochNameStops are the words of an attribute's name that say its time
// is not the content's: the last change, an expiry, the time the server
// built or the browser loaded the page (a saved page's today).
var epochNameStops = [...]string{"updat", "modif", "edit", "expir", "server", "current", "now", "load", "render", "cache", "end"}

// epochAttr reads the value of a data attribute whose name says it holds a
// time or a date (data-time, data-utime, data-timestamp, data-date) and
// whose value is a Unix time in seconds or milliseconds, and returns it in
// the record's form, in UTC; "" for any other attribute or value. Pages
// print such a time in words ("Jun 21", "2 hrs") and leave the instant to
// their scripts.
func epochAttr(key, val []byte) string {
	if len(val) != epochSecondsDigits && len(val) != epochMillisDigits || !bytes.HasPrefix(key, []byte("data-")) {
		return ""
	}
	var n int64
	for _, c := range val {
		if c < '0' || c > '9' {
			return ""
		}
		n = n*10 + int64(c-'0')
	}
	name := key[len("data-"):]
	if !bytes.Contains(name, []byte("time")) && !bytes.Contains(name, []byte("date")) {
		return ""
	}
	for _, w := range epochNameStops {
		if bytes.Contains(name, []byte(w)) {
			return ""
		}
	}
	t := time.Unix(n, 0)
	if len(val) == epochMillisDigits {
		t = time.UnixMilli(n)
	}
	t = t.UTC()
	if t.Year() > maxDateYear {
		return ""
	}
	return t.Format(time.RFC3339)
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
	"dc.date.issued", "dc.issued", "originalpublicationdate", "article_date_original",
	"og:pubdate", "bt:pubdate", "cxenseparse:recs:publishtime",
}

// weakDateKeys name a date without saying which: content systems fill
// them with the creation or the last change of the page, so a date shown
// next to the headline is trusted over them.
var weakDateKeys = []string{
	"dc.date.created", "dc.created", "dc.date", "date", "datecreated", "date.created", "created",
	"dc.date.available",
}

// modifiedKeys are the names that state the last modification time.
var modifiedKeys = []string{
	"article:modified_time", "article:modified", "og:updated_time", "datemodified", "dc.date.modified",
	"dc.modified", "last-modified", "lastmod", "modified", "sailthru.lastmodified", "article.updated",
}

// How a date shown by the headline is weighed against the stated ones
// (see chooseDates):
const (
	// byHeadline is how many blocks from the headline a shown date is
	// right by it, with only a kicker, a byline or a standfirst between.
	byHeadline = 3
	// datelineBelow is how many blocks below the headline its dateline
	// may sit: a standfirst or a byline may come between.
	datelineBelow = 2
	// maxTimeLine is the longest line taken as nothing but a <time>: a
	// date and its time ("12.03.2021 um 10:15 Uhr"), with no sentence.
	maxTimeLine = 24
)

// How the first printed date of a block is taken when no date is stated
// (see chooseDates):
const (
	// maxDateBlock is the length above which a block is prose, whose
	// dates are mentions of other days.
	maxDateBlock = 400
	// maxShortDateBlock is the length up to which a block with a date is
	// a dateline or a byline, whose date is the story's unless a
	// sentence mentions it; a longer one needs a publication word.
	maxShortDateBlock = 120
	// publishWordReach is how many bytes after a date are searched for a
	// publication word placed after it, as German and Dutch place it.
	publishWordReach = 40
)

// chooseDates picks the publication and modification times. The dates a
// page states for machines (JSON-LD, <meta>, microdata, <time pubdate>)
// come first, strongest first. When the page also shows a date by its
// headline, that day wins: the stated date on the same day (for its time
// and offset), else the shown date itself when a stated UTC time is a few
// hours from that day's midnight or the page's stated update falls on it
// (the page shows its update as its date). This sets aside a template's
// stale or generic date. Without a stated date: a full date in the
// address, the date shown by the headline, names such as "date" that do
// not say which date they are, elements whose class names a date, the
// first date printed in a short block, the JSON data of the page's
// scripts, a last edit the page shows, a date string that a script
// passes to a call or assigns to a name that says it is a date
// (scriptliterals.go), and last a date with a two-digit year in the
// byline ("von Ann Lee, 3.7.14"). Dates in navigation, sidebars, footers
// and comments are not used: they belong to other stories or to the visitor's
// today.
// Update dates ("Updated Jul 24") are taken for the publication only by a
// page that shows no other date: that version of the page was published
// then. Relative dates ("vor 2 Tagen") are never resolved, as a saved page
// has no today.
func chooseDates(p *page, doc string, mt metaIndex, ld *ldInfo, pageURL string, titleBlock int) (published, modified string) {
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

	// The dates the page states for machines, strongest first.
	var stated []string
	add := func(v string) {
		if d := normalizeDate(v); d != "" {
			stated = append(stated, localize(d, p, mt))
		}
	}
	add(zoneFromMeta(ld.published, mt))
	for _, k := range publishedKeys {
		add(mt[k])
	}
	for _, d := range cueDates(cues, titleBlock) {
		add(d)
	}
	strong := len(stated)
	for _, k := range weakDateKeys {
		add(mt[k])
	}
	dayFirst := isDayFirstLocale(firstNonEmpty(p.meta.lang, mt["og:locale"], mt["content-language"], mt["dc.language"]))
	near, nearAt := dateNearTitle(p, titleBlock, dayFirst)
	if near != "" && len(stated) > 0 {
		// The date shown by the headline is the one readers see; of the
		// stated dates, the one on the same day wins, for its time and
		// offset. A page whose stated dates all disagree with what it
		// shows (a template's stale date, a republished story) is taken
		// at its visible word.
		for _, d := range stated {
			if d[:10] == near[:10] {
				return d, modified
			}
		}
		// A UTC instant a few hours from midnight is the day the page
		// shows in its own zone ("2021-11-04T23:00:00Z" for a story
		// dated 5 November in Central Europe).
		for _, d := range stated {
			if isNearMidnight(d, near[:10]) {
				return near, modified
			}
		}
		// A page that shows its last update as its date, unlabelled by
		// the headline, is taken at its word: that is the day its readers
		// see.
		if len(modified) >= 10 && modified[:10] == near[:10] {
			return near, modified
		}
		// A page that states one instant as both its publication and its
		// last change states only the change; an earlier day shown right
		// by the headline is the story's first publication.
		if modified != "" && stated[0] == localize(modified, p, mt) && near[:10] < stated[0][:10] &&
			nearAt >= titleBlock-byHeadline && nearAt >= 0 && nearAt <= titleBlock+byHeadline {
			return near, modified
		}
		// A line right under the headline that holds nothing but a
		// <time> of that day is the article's dateline, marked up for
		// machines too; a <meta> date that disagrees with it is a
		// template's (the section's, or the site's last build).
		if nearAt > titleBlock && nearAt <= titleBlock+datelineBelow && p.blocks[nearAt].chars <= maxTimeLine && hasTimeCueOn(p, nearAt, near) {
			return near, modified
		}
	}
	if strong > 0 {
		return stated[0], modified
	}
	if d := urlDate(pageURL); d != "" {
		return d, modified
	}
	if near != "" {
		return near, modified
	}
	if len(stated) > 0 {
		return stated[0], modified
	}
	for _, c := range cues {
		if c.kind&(cueDate|cueTime|cueByline) != 0 && c.kind&cueItemprop == 0 && !isOtherStory(c.flags) {
			if d := normalizeDate(firstNonEmpty(c.val, c.text)); d != "" {
				return d, modified
			}
		}
	}
	// Last, the first date printed in a short block. The page header is
	// left out (it shows the visitor's today) unless it is the article's
	// own header.
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.chars > maxDateBlock || isOtherStory(b.flags) || b.flags&inHeader != 0 && b.flags&(inArticle|inMain) == 0 {
			continue
		}
		// An update's date is passed over for the one after it:
		// "Last changed: 31.10.2023 · Published: 01.11.2023".
		for text := b.text; text != "" && mayHoldDate(text); {
			d, at, end, ok := datetext.Find(text)
			if !ok {
				break
			}
			if !isUpdateText(text[:at]) {
				if b.chars <= maxShortDateBlock && !isMentionInSentence(text, at) || isPublishText(text[:at]) ||
					hasPublishWord(cutRunes(text[end:], publishWordReach)) {
					return d, modified
				}
				break
			}
			text = text[end:]
		}
	}
	if d := scriptDate(doc, p.meta.ignoredLD...); d != "" {
		return d, modified
	}
	// A page that shows no date but its last edit ("Last edited
	// 2019-11-10", "Aktualisiert: 30.12.2016"), even in its footer, was
	// published in this form that day.
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.chars > maxShortDateBlock || isOtherStory(b.flags) && b.flags&inFooter == 0 {
			continue
		}
		if !mayHoldDate(b.text) {
			continue
		}
		if d, at, _, ok := datetext.Find(b.text); ok && isUpdateText(b.text[:at]) {
			// The edit's date is the modification's too, so a record
			// whose two dates are equal says where its date came from.
			return d, firstNonEmpty(modified, d)
		}
	}
	// Then a date that the page's scripts would print.
	if d := scriptLiteralDate(doc, p.meta.ignoredLD...); d != "" {
		return d, modified
	}
	// Then a date with a two-digit year in the byline.
	if d := bylineShortDate(p, dayFirst); d != "" {
		return d, modified
	}
	// Last of all, a date the page's summary labels as the story's.
	return describedDate(mt), modified
}

// mayHoldDate reports whether s holds a digit, ASCII, fullwidth (whose
// UTF-8 begins with 0xEF) or Arabic-Indic: every date datetext.Find reads
// has a number, so text without one need not be tokenized. Most blocks of
// a page that shows no date are searched in vain, which made this search
// costly.
func mayHoldDate(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' || c == 0xEF || c >= 0xD9 && c <= 0xDB && datetext.IsArabicDigitAt(s, i) {
			return true
		}
	}
	return false
}

// zoneFromMeta returns the page's publication <meta> time in place of a
// JSON-LD time ld that is labelled UTC ("Z" or +00:00) and shows the same
// wall clock as that <meta>, which names another offset: content systems
// that write a local time with a "Z" appended state a different instant,
// often on another day in UTC, and the <meta> that names the offset is the
// page's own reading. Otherwise ld is returned unchanged. (A JSON-LD time
// and a <meta> that state the same instant are reconciled by localize.)
func zoneFromMeta(ld string, mt metaIndex) string {
	// Most pages state no JSON-LD time in UTC: they are told by the
	// value's end without reading it as a date, which allocates.
	if t := strings.TrimSpace(ld); !strings.HasSuffix(t, "Z") && !strings.HasSuffix(t, "+00:00") && !strings.HasSuffix(t, "+0000") {
		return ld
	}
	d := normalizeDate(ld)
	if len(d) != len("2006-01-02T15:04:05Z") || d[19] != 'Z' {
		return ld
	}
	for _, k := range publishedKeys {
		m := normalizeDate(mt[k])
		if m == "" {
			continue
		}
		// The strongest <meta> that states a publication decides.
		if len(m) == len("2006-01-02T15:04:05+07:00") && m[:19] == d[:19] {
			return m
		}
		return ld
	}
	return ld
}

// The offsets a local time may have from UTC: the world's zones run from
// UTC-12 to UTC+14, in whole quarter hours (Nepal's is +05:45).
const (
	zoneStep      = 15 * time.Minute
	minZoneOffset = -12 * time.Hour
	maxZoneOffset = 14 * time.Hour
)

// localize restates a UTC publication time in the page's local offset
// when the page also states the same instant as local time: in a <meta>,
// a <time> or a printed date ("Nov 8, 2023 at 6:09 p.m."). The local form
// carries the calendar day the readers saw. A local time printed without a
// zone gives the offset by its difference from the UTC instant, which must
// be a whole quarter hour within ±14 hours; nothing is invented when the
// page states no such time.
func localize(d string, p *page, mt metaIndex) string {
	if !strings.HasSuffix(d, "Z") && !strings.HasSuffix(d, "+00:00") {
		return d
	}
	t0, err := time.Parse(time.RFC3339, d)
	if err != nil {
		return d
	}
	try := func(alt string) (string, bool) {
		n := normalizeDate(alt)
		if len(n) < 19 {
			return "", false
		}
		if len(n) > 19 {
			t, err := time.Parse(time.RFC3339, n)
			if err != nil || !strings.ContainsAny(n[19:], "+-") || strings.HasSuffix(n, "+00:00") {
				return "", false
			}
			if diff := t.Sub(t0); diff > -time.Minute && diff < time.Minute {
				return t0.In(t.Location()).Format(time.RFC3339), true
			}
			return "", false
		}
		wall, err := time.Parse("2006-01-02T15:04:05", n)
		if err != nil {
			return "", false
		}
		diff := wall.Sub(t0)
		off := diff.Round(zoneStep)
		if off == 0 || off < minZoneOffset || off > maxZoneOffset || (diff-off).Abs() >= time.Minute {
			return "", false
		}
		return t0.In(time.FixedZone("", int(off/time.Second))).Format(time.RFC3339), true
	}
	for _, keys := range [][]string{publishedKeys, weakDateKeys} {
		for _, k := range keys {
			if v, ok := try(mt[k]); ok {
				return v
			}
		}
	}
	for _, c := range p.meta.cues {
		if c.kind&(cueTime|cueItemprop|cueDate) == 0 || isOtherStory(c.flags) {
			continue
		}
		for _, alt := range []string{c.val, c.text} {
			if v, ok := try(alt); ok {
				return v
			}
		}
	}
	return d
}

// midnightShift is the farthest from UTC a page's zone is taken to be
// when its UTC time is read as a local midnight or late evening: far
// enough for the zones of Europe and Africa, near enough that few times
// stated in UTC on purpose move to another day by it.
const midnightShift = 3 * time.Hour

// isNearMidnight reports whether d, a time in UTC, falls on day (YYYY-MM-DD)
// in a zone at most midnightShift from UTC, and not on day in UTC itself: a
// local midnight or late-evening time written as UTC.
func isNearMidnight(d, day string) bool {
	if len(d) < 20 || !strings.HasSuffix(d, "Z") && !strings.HasSuffix(d, "+00:00") {
		return false
	}
	t, err := time.Parse(time.RFC3339, d)
	if err != nil {
		return false
	}
	for _, h := range []time.Duration{-midnightShift, midnightShift} {
		if t.Add(h).Format("2006-01-02") == day {
			return true
		}
	}
	return false
}
