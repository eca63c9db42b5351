package textfront

import (
	"strings"
	"unicode"

	"github.com/artparse/artparse/parse/internal/datetext"
)

// Dates in a copied page: the date line of a story's header or of a
// teaser card, and the time stamp in figures that a reader still takes
// for one.

// A date line has at most maxDateLineWords words and maxDateLineSize:
// the date, a weekday and a time, with a label ("Posted at", "Updated")
// or a place; a longer line that holds a date is a sentence about it.
const maxDateLineWords, maxDateLineSize = 12, 90

// isDateLine reports whether a line is a dateline: a date with at most a
// few words around it ("Posted at", "Updated", a weekday), not a sentence
// that mentions a date. The date itself is read by datetext.Parse, which
// the header's reading shares.
func isDateLine(l *textLine) bool {
	// A date is written with datetext.MinDigits digits at least, which
	// measureLine has counted (fullwidth ones too).
	if l.digits < datetext.MinDigits || l.size > maxDateLineSize {
		return false
	}
	// "2019年04月28日 08時00分" is a date of five words, not twelve.
	if l.words > maxDateLineWords && plainWords(l) > maxDateLineWords {
		return false
	}
	// Several stages ask about the same line; the answer is kept on it.
	if l.dateMemo == memoUnasked {
		_, ok := lineDate(l.text)
		l.dateMemo = memoOf(ok)
	}
	return l.dateMemo == memoYes
}

// lineDate reads the date in s, as datetext.Parse does, and, when it
// finds none, again with a space where a lower-case letter runs into a
// capitalised word followed by a number: a copied page glues the texts
// of two elements that sit side by side without a space between them
// ("Associated PressDecember 2, 2016", "Ann LeeMay 4, 2021"), which hides
// the month's name from a reader of words.
func lineDate(s string) (string, bool) {
	if d, ok := datetext.Parse(s); ok {
		return d, true
	}
	if t, ok := unglue(s); ok {
		return datetext.Parse(t)
	}
	return "", false
}

// minGlueLower is the fewest lower-case letters in a row before a capital
// that unglue parts from them: a name spelled with an inner capital after
// one ("McKenzie", "iPhone 15") is left whole, where a word glued to the
// next has more ("LeeMay 4").
const minGlueLower = 2

// unglue returns s with a space put between a lower-case letter and the
// capital that follows it, where the capital opens a word followed by a
// number (perhaps after a dot and a space): a month's name glued to the
// name or label before it. ok reports whether there was any.
func unglue(s string) (string, bool) {
	var b strings.Builder
	done, lower := 0, 0 // lower counts the lower-case letters in a row
	for i, r := range s {
		if lower >= minGlueLower && unicode.IsUpper(r) && opensNumberedWord(s[i:]) {
			b.WriteString(s[done:i])
			b.WriteByte(' ')
			done = i
		}
		if unicode.IsLower(r) {
			lower++
		} else {
			lower = 0
		}
	}
	if done == 0 {
		return s, false
	}
	b.WriteString(s[done:])
	return b.String(), true
}

// opensNumberedWord reports whether s opens with a word followed by a
// number, perhaps after a dot and a space: "May 4", "Dec. 4", "March2021".
func opensNumberedWord(s string) bool {
	k := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if k <= 0 {
		return false
	}
	s = strings.TrimPrefix(strings.TrimPrefix(s[k:], "."), " ")
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// A time stamp in figures has minStampDigits digits at least, a day and
// a month or an hour and minutes, and is at most maxStampSize long: a
// date, a time and AM or PM.
const minStampDigits, maxStampSize = 4, 40

// isStampLine reports whether a line is a date or a time in figures alone
// ("9/11/13 10:00AM"). datetext.Parse leaves it alone, since the order of
// its day and month is unknown, but a reader still sees a header's time
// stamp, and a name next to it as the author's.
func isStampLine(l *textLine) bool {
	if l.digits < minStampDigits || l.size > maxStampSize {
		return false
	}
	hasSep := false
	for i := 0; i < len(l.text); i++ {
		switch c := l.text[i]; {
		case c >= '0' && c <= '9', c == ' ', c == '.', c == '-':
		case c == '/', c == ':':
			hasSep = true
		case c|0x20 == 'a', c|0x20 == 'p', c|0x20 == 'm':
		default:
			return false
		}
	}
	return hasSep
}
