package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The plain-text front end, the byline: the names a header line gives as
// the story's authors, read by the line's form ("By Ann Lee", a name alone
// under the headline, a name before the date).

// bylineNames returns the authors a byline names ("By Ann Lee and Bo Chan",
// "Par Jean Dupont | 3 mai 2015", "on March 10, 2015 by Nikhil Marathe"),
// or nil when the line is not a byline. The marker word must open the line
// or follow a date or a few words at most, so a sentence that mentions
// "by" is not taken for one.
func bylineNames(s string) []string {
	if len(s) > 200 || !hasBylineMarker(s) {
		return nil
	}
	s = strings.TrimLeft(s, "/-–—|•· ")
	words := strings.Fields(s)
	at := -1
	for i, w := range words {
		if i > 6 {
			break
		}
		switch strings.TrimSuffix(strings.ToLower(w), ":") {
		case "by", "von", "par", "por", "door", "av", "di":
			at = i
		}
		if at >= 0 {
			break
		}
	}
	if at < 0 || at+1 >= len(words) {
		return nil
	}
	// What stands before the marker must be a date or a verb like
	// "Written", not a sentence.
	if at > 0 {
		before := strings.Join(words[:at], " ")
		lower := strings.ToLower(before)
		if _, ok := parseDateText(before); !ok && !(at == 1 && (strings.HasPrefix(lower, "written") || strings.HasPrefix(lower, "posted") || strings.HasPrefix(lower, "text") || strings.HasPrefix(lower, "story") || strings.HasPrefix(lower, "geschrieben"))) {
			return nil
		}
	}
	return nameList(words[at+1:])
}

// isByline reports whether a line is a byline (bylineNames finds names in
// it). Several stages ask about the same line; the answer is kept on it.
func isByline(l *textLine) bool {
	if l.byline == 0 {
		l.byline = 1
		if bylineNames(l.text) != nil {
			l.byline = 2
		}
	}
	return l.byline == 2
}

// bylineMarkers are the words that introduce a byline's names.
var bylineMarkers = []string{"by", "von", "par", "por", "door", "av", "di"}

// hasBylineMarker reports, without allocating, whether one of the first
// eight words of s is a byline marker: the cheap test before the parse.
func hasBylineMarker(s string) bool {
	for n := 0; n < 8 && s != ""; n++ {
		s = strings.TrimLeft(s, " /-–—|•·")
		end := strings.IndexByte(s, ' ')
		if end < 0 {
			end = len(s)
		}
		w := strings.TrimSuffix(s[:end], ":") // "by: Ann Lee"
		// The markers are two to four ASCII letters without a k or an s,
		// the only ones that fold to a letter of another length: a word
		// of another length cannot match, and most words are skipped.
		if len(w) < 2 || len(w) > 4 {
			s = s[end:]
			continue
		}
		for _, m := range bylineMarkers {
			if strings.EqualFold(w, m) {
				return true
			}
		}
		s = s[end:]
	}
	return false
}

// nameList reads person names from the start of words: capitalised words
// and the particles of names, separated by "and", "&" or commas. It stops at
// the first word that cannot be part of a name (a date, a role, a handle),
// and at a comma followed by what is not a full name, such as a job title.
func nameList(words []string) []string {
	var names []string
	var cur []string
	afterComma := false
	flush := func() bool {
		ok := len(cur) > 0 && len(cur) <= 4
		if ok && afterComma && (len(cur) < 2 || hasRoleWord(cur)) {
			ok = false
		}
		if ok {
			names = append(names, strings.Join(cur, " "))
		}
		cur = cur[:0]
		return ok
	}
	for k, w := range words {
		lw := strings.ToLower(w)
		if lw == "and" || lw == "&" || lw == "und" || lw == "et" || lw == "y" || lw == "e" {
			flush()
			afterComma = false
			continue
		}
		core, tail := nameWord(w)
		// "By Ann Lee March 3": the date begins. A month's name followed by
		// no number is a name's ("Laura June Topolsky").
		if _, month := monthNames[strings.ToLower(strings.TrimSuffix(core, "."))]; month && len(cur) > 0 &&
			(k+1 == len(words) || startsWithDigit(words[k+1])) {
			break
		}
		if core == "" {
			if len(cur) > 0 && isParticle(lw) {
				cur = append(cur, w)
				continue
			}
			break
		}
		cur = append(cur, core)
		if tail && strings.HasSuffix(w, ",") && core == strings.TrimSuffix(w, ",") {
			if !flush() {
				break
			}
			afterComma = true
			continue
		}
		if tail {
			break // glued to a date or a handle: the names are over
		}
	}
	flush()
	if len(names) == 0 {
		return nil
	}
	return names
}

func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// nameWord returns the part of w that can be a word of a person's name (a
// capitalised run of letters, an initial like "C.", a hyphenated name), and
// whether the name ends with w (a comma or something glued on follows).
func nameWord(w string) (string, bool) {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return "", false
	}
	end := 0
	for i, r := range w {
		if unicode.IsLetter(r) || r == '-' || r == '\'' || r == '’' || r == '.' && i > 0 {
			end = i + utf8.RuneLen(r)
			continue
		}
		break
	}
	core := w[:end]
	return core, end < len(w)
}

func isParticle(w string) bool {
	switch w {
	case "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "del", "dos", "bin", "al", "ibn", "ter":
		return true
	}
	return false
}

// bareName returns the line as a person's name when it is nothing else: two
// to four capitalised words, no digits, no sentence punctuation.
func bareName(l *textLine) string {
	if l.digits > 0 || l.words < 2 || l.words > 4 || l.caps < 2 || int32(l.stops) > l.words/2 || l.commas > 0 {
		return ""
	}
	names := nameList(strings.Fields(l.text))
	if len(names) != 1 || names[0] != l.text {
		return ""
	}
	return names[0]
}

// leadingName returns the person's name a short header line holds: the
// whole line, or what stands before a dot, bar or dash that sets it off
// from a time or a handle ("Ann Lee • 8h", "Ann Lee | @annlee"); or "".
func leadingName(l *textLine) string {
	if name := bareName(l); name != "" {
		return name
	}
	if l.words > 8 {
		return ""
	}
	cut := strings.IndexAny(l.text, "|•·–—")
	if cut <= 0 {
		return ""
	}
	// What follows must be a time, a date or a handle, not another label.
	_, n := utf8.DecodeRuneInString(l.text[cut:])
	if rest := strings.TrimSpace(l.text[cut+n:]); !startsWithDigit(rest) && !strings.HasPrefix(rest, "@") {
		if _, ok := parseDateText(rest); !ok {
			return ""
		}
	}
	head := textLine{text: strings.TrimSpace(l.text[:cut])}
	if !measureLine(&head) {
		return ""
	}
	return bareName(&head)
}

// nameBeforeDate returns the name that opens a header's date line, set off
// from the date by a dash, a bar or a bullet ("Dan Goodin - Apr 16, 2015"),
// or nil.
func nameBeforeDate(s string) []string {
	cut := strings.IndexAny(s, "|•·–—")
	if i := strings.Index(s, " - "); i >= 0 && (cut < 0 || i < cut) {
		cut = i
	}
	if cut <= 0 {
		return nil
	}
	head := strings.TrimSpace(s[:cut])
	l := textLine{text: head}
	if !measureLine(&l) {
		return nil
	}
	if name := bareName(&l); name != "" {
		return []string{name}
	}
	return nil
}
