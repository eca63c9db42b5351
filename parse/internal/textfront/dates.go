package textfront

import (
	"github.com/artparse/artparse/parse/internal/datetext"
)

// isDateLine reports whether a line is a dateline: a date with at most a
// few words around it ("Posted at", "Updated", a weekday), not a sentence
// that mentions a date. The date itself is read by parseDateText
// (datetext.go), which the metadata stage shares.
func isDateLine(l *textLine) bool {
	// A date is written with minDateDigits digits at least, which
	// measureLine has counted (fullwidth ones too).
	if l.digits < datetext.MinDigits || l.words > 12 || l.size > 90 {
		return false
	}
	// Several stages ask about the same line; the answer is kept on it.
	if l.dated == 0 {
		l.dated = 1
		if _, ok := datetext.Parse(l.text); ok {
			l.dated = 2
		}
	}
	return l.dated == 2
}
