package datetext

// maxDateTokens bounds the work on a long text: dates worth reading sit in
// short lines, and a caller passing a whole paragraph still gets its start.
const maxDateTokens = 96

// Parse finds the first calendar date in s, a text written for
// people, and returns it in the record's form: YYYY-MM-DD for a day alone,
// YYYY-MM-DDTHH:MM:SS when a time is printed next to the date, followed by
// an offset only when the text names a zone. Day-first and month-first
// numeric dates are read only where the order is certain (a dot means
// day-first; a slash date is read only when one part is above 12 or both
// are the same), so an ambiguous 05/06/2024 is not guessed. Years outside
// 1970-2099 are refused.
func Parse(s string) (string, bool) {
	d, _, _, ok := Find(s)
	return d, ok
}

// Find is Parse that also returns the byte offsets in s
// where the date (or the time printed before it) starts and where the date
// ends, so that callers can read the words that lead up to it or look on
// past it.
func Find(s string) (date string, start, end int, ok bool) {
	return FindOrder(s, false)
}

// FindOrder is Find for a page whose locale writes days
// first: with dayFirst, a slash date that could be read either way
// (02/10/2020) is read day-first, as in en-GB, de or fr.
func FindOrder(s string, dayFirst bool) (date string, start, end int, ok bool) {
	return find(s, readOpts{dayFirst: dayFirst})
}

// FindShortYear is FindOrder that also reads the numeric dates written
// with a two-digit year whose order is settled: d.m.yy with dots ("3.7.14"),
// day first in every language that writes it so, and d/m/yy with slashes
// ("27/11/15"), whose order is decided as FindOrder decides a slash
// date's. The year is read in the century that shortYearPivot gives it.
// Written so, a date is as often a version, a score or a reference
// number, so callers pass only text where a date is expected, such as a
// byline.
func FindShortYear(s string, dayFirst bool) (date string, start, end int, ok bool) {
	return find(s, readOpts{dayFirst: dayFirst, shortYear: true})
}

// readOpts are the numeric dates a reading takes beyond the certain ones.
type readOpts struct {
	dayFirst  bool // a slash date that could be read either way is day first (FindOrder)
	shortYear bool // a slash or dot date may have a two-digit year and one-digit parts (FindShortYear)
}

// find is FindOrder and FindShortYear.
func find(s string, o readOpts) (date string, start, end int, ok bool) {
	least := MinDigits
	if o.shortYear {
		least = minShortYearDigits
	}
	if !enoughDigits(s, least) {
		return "", 0, 0, false
	}
	// The token buffer lives on the stack and is zeroed on every call: a
	// short text, which has few tokens, gets a small one.
	if len(s) <= shortDateText {
		var buf [shortDateText]dtToken
		return readDateTokens(s, dateTokens(s, buf[:0]), o)
	}
	var buf [maxDateTokens]dtToken
	return readDateTokens(s, dateTokens(s, buf[:0]), o)
}

// shortDateText is the length up to which a text is tokenized into a small
// buffer: a text has no more tokens than bytes, so the small buffer holds
// all of them, as the large one (maxDateTokens) would.
const shortDateText = 40

// MinDigits is the fewest digits a date that readDate reads is written
// with: a day and a four-digit year (17 June 2024, June 17, 2024), a day
// and year run together (Feb 182009, five digits), or three numbers of
// which the year has four digits or all have two (17.06.24).
const MinDigits = 5

// minShortYearDigits is the fewest digits of a date that FindShortYear
// reads: a one-digit day and month and a two-digit year (3.7.14).
const minShortYearDigits = 4

// shortYearPivot is the two-digit year from which a year is read in the
// 1900s: 70 to 99 are 1970 to 1999, and 00 to 69 are 2000 to 2069. That
// is the one century that puts the year among the days ValidDay accepts,
// which begin in 1970 (the web is younger), and Go's time package and
// POSIX strptime read "%y" the same way (their pivot, 69, gives 1969,
// which ValidDay refuses anyway).
const shortYearPivot = 70

// fullYear returns the year that a two-digit year yy stands for (see
// shortYearPivot).
func fullYear(yy int) int {
	if yy >= shortYearPivot {
		return 1900 + yy
	}
	return 2000 + yy
}

// enoughDigits reports whether s may hold a date: whether it has at
// least least digits (MinDigits, or minShortYearDigits), counting a byte that is an ASCII digit, 0xEF
// (the first byte of a fullwidth digit, and of other characters, which
// only makes the test looser) or the first byte of an Arabic-Indic digit
// (see IsArabicDigitAt). Most lines and blocks asked about hold no date,
// and this saves tokenizing them.
func enoughDigits(s string, least int) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c-'0' < 10 || c == 0xEF || c >= 0xD9 && c <= 0xDB && IsArabicDigitAt(s, i) {
			n++
			if n == least {
				return true
			}
		}
	}
	return false
}

// IsArabicDigitAt reports whether s holds an Arabic-Indic digit
// (U+0660-U+0669, UTF-8 D9 A0-A9) or an Eastern Arabic-Indic one
// (U+06F0-U+06F9, UTF-8 DB B0-B9) at byte i. Callers that skip texts
// without a digit by their bytes use it so that Arabic and Persian dates
// are not skipped.
func IsArabicDigitAt(s string, i int) bool {
	if i+1 >= len(s) {
		return false
	}
	switch s[i] {
	case 0xD9:
		return s[i+1]-0xA0 < 10
	case 0xDB:
		return s[i+1]-0xB0 < 10
	}
	return false
}

// readDateTokens is find on the tokens of s.
func readDateTokens(s string, toks []dtToken, o readOpts) (date string, start, end int, ok bool) {
	lastTimeEnd, lastTimeStart := -1, 0
	var lastTime dtTime
	for i := 0; i < len(toks); i++ {
		if tm, n := readTime(toks, i); n > 0 {
			lastTime, lastTimeEnd, lastTimeStart = tm, i+n, toks[i].pos
			i += n - 1
			continue
		}
		d, inner, n := readDate(toks, i, o)
		if n == 0 {
			continue
		}
		end := len(s)
		if i+n < len(toks) {
			end = toks[i+n].pos
		}
		if inner.ok {
			return d.format(inner), toks[i].pos, end, true
		}
		// A time printed after the date, else one printed just before it.
		if tm, ok := timeAfter(toks, i+n); ok {
			return d.format(tm), toks[i].pos, end, true
		}
		if lastTimeEnd >= 0 && i-lastTimeEnd <= 2 && onlyJoiners(toks[lastTimeEnd:i]) {
			return d.format(lastTime), lastTimeStart, end, true
		}
		return d.format(dtTime{}), toks[i].pos, end, true
	}
	return "", 0, 0, false
}

// FormatDay writes the day y-m-d as the record writes a date without a
// time: YYYY-MM-DD.
func FormatDay(y, m, d int) string { return dtDate{y, m, d}.format(dtTime{}) }

// ValidDay reports whether y-m-d is a real, plausible publication day.
func ValidDay(y, m, d int) bool {
	if y < 1970 || y > 2099 || m < 1 || m > 12 || d < 1 {
		return false
	}
	days := [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if m == 2 && d == 29 {
		return y%4 == 0 && (y%100 != 0 || y%400 == 0)
	}
	return d <= days[m]
}
