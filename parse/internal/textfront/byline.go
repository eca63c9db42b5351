package textfront

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/datetext"
	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// The plain-text front end, the byline: the names a header line gives as
// the story's authors, read by the line's form ("By Ann Lee", a name alone
// under the headline, a name before the date).

// A byline is at most maxBylineSize bytes, where a sentence that
// mentions "by" runs longer, and its marker is among its first
// maxMarkerAt+1 words: after a date ("on March 10, 2015 by") or a verb
// ("Written by") at most.
const maxBylineSize, maxMarkerAt = 200, 6

// markerReach is how many words hasBylineMarker reads for a marker, and
// how many a line that ends in one (endsInMarker) may have: a word more
// than bylineNames takes, so that the cheap test never turns a byline
// away.
const markerReach = 8

// maxMarkerLine is the longest line, in bytes, that endsInMarker takes
// for a byline that leaves its names to the next line.
const maxMarkerLine = 80

// A person's name is minNameWords to maxNameWords words: a given name and
// a surname, perhaps with a middle name or a particle ("Jan de Vries").
// One capitalised word alone is as often a label, five a phrase.
const minNameWords, maxNameWords = 2, 4

// bylineNames returns the authors a byline names ("By Ann Lee and Bo Chan",
// "Par Jean Dupont | 3 mai 2015", "on March 10, 2015 by Nikhil Marathe"),
// or nil when the line is not a byline. The marker word must open the line
// or follow a date or a few words at most, so a sentence that mentions
// "by" is not taken for one.
func bylineNames(s string) []string {
	if len(s) > maxBylineSize || !hasBylineMarker(s) {
		return nil
	}
	s = strings.TrimLeft(s, "/-–—|•· ")
	words := strings.Fields(s)
	at := -1
	for i, w := range words {
		if i > maxMarkerAt {
			break
		}
		if isBylineMarker(w) {
			at = i
			break
		}
	}
	if at < 0 || at+1 >= len(words) {
		return nil
	}
	// What stands before the marker must be a date or a verb like
	// "Written", not a sentence.
	if at > 0 && !isBylineLead(words[:at]) {
		return nil
	}
	return nameList(words[at+1:])
}

// isBylineLead reports whether words, what stands before a byline's marker,
// can open a byline rather than a sentence: a date ("on March 10, 2015
// by"), a verb of writing ("Written by"), or both, the date perhaps without
// its year ("Written on Mar 17 by"), as a reader sees the year is this one.
func isBylineLead(words []string) bool {
	// A date printed for people has a figure; words without one are
	// not joined to be asked about, as most lines here have none.
	for _, w := range words {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			if _, ok := datetext.Parse(strings.Join(words, " ")); ok {
				return true
			}
			break
		}
	}
	k := 0
	if bylineVerbOpeners.HasPrefix(words[0]) {
		k = 1
	}
	if k == len(words) {
		return k == 1
	}
	if w := strings.ToLower(words[k]); w == "on" || w == "am" || w == "le" {
		k++
	}
	hasMonth := false
	for ; k < len(words); k++ {
		w := strings.ToLower(strings.Trim(words[k], ",."))
		if datetext.IsMonth(w) {
			hasMonth = true
			continue
		}
		if len(w) == 0 || len(w) > 2 || !startsWithDigit(w) || len(w) == 2 && !startsWithDigit(w[1:]) {
			return false
		}
	}
	return hasMonth
}

// bylineVerbOpeners are lexicon.BylineVerbs, which open the first word
// of a byline's lead in either case.
var bylineVerbOpeners = lexicon.NewFoldPrefixes(lexicon.BylineVerbs...)

// isByline reports whether a line is a byline (bylineNames finds names in
// it). Several stages ask about the same line; the answer is kept on it.
func isByline(l *textLine) bool {
	if l.bylineMemo == memoUnasked {
		l.bylineMemo = memoOf(bylineNames(l.text) != nil)
	}
	return l.bylineMemo == memoYes
}

// hasBylineMarker reports, without allocating, whether one of the first
// markerReach words of s is a byline marker: the cheap test before the
// parse.
func hasBylineMarker(s string) bool {
	for n := 0; n < markerReach && s != ""; n++ {
		s = trimBylineLead(s)
		end := strings.IndexByte(s, ' ')
		if end < 0 {
			end = len(s)
		}
		if isMarkerWord(strings.TrimSuffix(s[:end], ":")) { // "by: Ann Lee"
			return true
		}
		s = s[end:]
	}
	return false
}

// trimBylineLead is strings.TrimLeft(s, " /-–—|•·") without the rune
// decoding that a cutset outside ASCII costs at every call.
func trimBylineLead(s string) string {
	for s != "" {
		switch c := s[0]; {
		case c == ' ' || c == '/' || c == '-' || c == '|':
			s = s[1:]
		case c == 0xe2 && len(s) >= 3 && s[1] == 0x80 && (s[2] == 0x93 || s[2] == 0x94 || s[2] == 0xa2): // – — •
			s = s[3:]
		case c == 0xc2 && len(s) >= 2 && s[1] == 0xb7: // ·
			s = s[2:]
		default:
			return s
		}
	}
	return s
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
		ok := len(cur) > 0 && len(cur) <= maxNameWords
		if ok && afterComma && (len(cur) < minNameWords || lexicon.HasRoleWord(cur)) {
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
		core, endsName := nameWord(w)
		// "By Ann Lee March 3": the date begins. A month's name followed by
		// no number is a name's ("Laura June Topolsky").
		if datetext.IsMonth(strings.ToLower(strings.TrimSuffix(core, "."))) && len(cur) > 0 &&
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
		if endsName && strings.HasSuffix(w, ",") && core == strings.TrimSuffix(w, ",") {
			if !flush() {
				break
			}
			afterComma = true
			continue
		}
		if endsName {
			break // glued to a date or a handle: the names are over
		}
	}
	flush()
	if len(names) == 0 {
		return nil
	}
	return names
}

// startsWithDigit reports whether w opens with an ASCII digit, as a date,
// a time or an age does.
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
	if l.digits > 0 || l.words < minNameWords || l.words > maxNameWords || l.caps < minNameWords ||
		int32(l.stops) > l.words/2 || l.commas > 0 {
		return ""
	}
	names := nameList(strings.Fields(l.text))
	if len(names) != 1 || names[0] != l.text {
		return ""
	}
	return names[0]
}

// authorName returns the line as an author's name: a bareName without the
// label of a button or a menu in it. The story's edges still treat such a
// line as a name, as they always have; only the record does not take it.
func authorName(l *textLine) string {
	name := bareName(l)
	for rest := name; rest != ""; {
		w := rest
		if i := strings.IndexByte(rest, ' '); i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if isInterfaceWord(w) {
			return ""
		}
	}
	return name
}

// isInterfaceWord reports whether w, in any case, is one of
// interfaceWords. It lower-cases into a buffer on the stack: a name's
// words are asked about on every header line.
func isInterfaceWord(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	return interfaceWords[textkit.LowerInto(buf[:0], w)]
}

// interfaceWords are the labels of a page's buttons and menus, and the
// networks its share buttons name, which a copy runs together into lines
// of capitalised words ("Social Share", "Search Go", "Follow" over
// "Facebook Twitter") but which no person is named.
var interfaceWords = map[string]bool{
	"share": true, "tweet": true, "email": true, "e-mail": true, "print": true, "comment": true,
	"comments": true, "search": true, "go": true, "done": true, "login": true, "menu": true,
	"subscribe": true, "follow": true, "reply": true, "playlist": true, "video": true, "posts": true,
	"newsletter": true, "teilen": true, "twittern": true, "kommentieren": true, "startseite": true,
	"drucken": true, "suche": true, "partager": true, "compartir": true,
	"facebook": true, "twitter": true, "instagram": true, "linkedin": true, "whatsapp": true,
	"youtube": true, "pinterest": true, "tiktok": true,
}

// maxNameLineWords is the most words of a line that leadingName reads a
// name from: the name and a time, a date or a handle after it ("Ann Lee
// | @annlee | March 3, 2015"); a longer line is a sentence.
const maxNameLineWords = 8

// leadingName returns the person's name a short header line holds: the
// whole line, or what stands before a dot, bar or dash that sets it off
// from a time or a handle ("Ann Lee • 8h", "Ann Lee | @annlee"); or "".
func leadingName(l *textLine) string {
	if name := authorName(l); name != "" {
		return name
	}
	if l.words > maxNameLineWords {
		return ""
	}
	cut := strings.IndexAny(l.text, "|•·–—")
	if cut <= 0 {
		if name := timedName(l.text); name != "" {
			return name
		}
		return nameBeforeRole(l.text)
	}
	// What follows must be a time, a date or a handle, not another label.
	_, n := utf8.DecodeRuneInString(l.text[cut:])
	if rest := strings.TrimSpace(l.text[cut+n:]); !startsWithDigit(rest) && !strings.HasPrefix(rest, "@") {
		if _, ok := datetext.Parse(rest); !ok {
			return ""
		}
	}
	head := textLine{text: strings.TrimSpace(l.text[:cut])}
	if !measureLine(&head) {
		return ""
	}
	return authorName(&head)
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
	if name := authorName(&l); name != "" {
		return []string{name}
	}
	return nil
}

// maxRoleWords is the most words of the role that nameBeforeRole takes
// after a name: "Staff Reporter", "Senior Editor, Politics"; more is a
// sentence going on after a name.
const maxRoleWords = 4

// nameBeforeRole returns the name that opens s when a comma sets it off
// from the author's role or handle ("Ann Lee, Staff Reporter", "Ann Lee,
// @annlee"), or "". What follows the comma must name a role, so a place
// ("Paris, Texas") is not taken for a name, and credit no picture, so a
// caption ("President Lee, Ann Lee / AFP") is not either.
func nameBeforeRole(s string) string {
	cut := strings.IndexByte(s, ',')
	if cut <= 0 {
		return ""
	}
	rest := strings.TrimSpace(s[cut+1:])
	if words := strings.Fields(rest); !strings.HasPrefix(rest, "@") && (len(words) > maxRoleWords || !lexicon.HasRoleWord(words) || isCredited(rest)) {
		return ""
	}
	head := textLine{text: strings.TrimSpace(s[:cut])}
	if !measureLine(&head) {
		return ""
	}
	return authorName(&head)
}

// timedName returns the name that opens s when the time since the story
// was posted follows it without a separator ("Ann Lee 1 day ago", "Ann
// Lee 8h"), or "". The words that label a time ("Last Updated 2 days
// ago") are no name.
func timedName(s string) string {
	if !mayBeTimed(s) {
		return ""
	}
	words := strings.Fields(s)
	k := 0
	for k < len(words) && !startsWithDigit(words[k]) {
		k++
	}
	if k < minNameWords || k > maxNameWords {
		return ""
	}
	switch rest := words[k:]; {
	case len(rest) == 3 && strings.EqualFold(rest[2], "ago"):
	case len(rest) == 1 && isShortAge(rest[0]):
	default:
		return ""
	}
	for _, w := range words[:k] {
		if timeLabels[strings.ToLower(w)] {
			return ""
		}
	}
	head := textLine{text: strings.Join(words[:k], " ")}
	if !measureLine(&head) {
		return ""
	}
	return authorName(&head)
}

// mayBeTimed reports, without allocating, whether s can be a name and an
// age: it ends in "ago" or in a word that starts with a digit, and the
// first digit opens its third to fifth word.
func mayBeTimed(s string) bool {
	s = strings.TrimRight(s, " ")
	last := s[strings.LastIndexByte(s, ' ')+1:]
	if !strings.EqualFold(last, "ago") && !startsWithDigit(last) {
		return false
	}
	words := 0
	for i := 0; i < len(s); i++ {
		if i == 0 || s[i-1] == ' ' && s[i] != ' ' {
			if s[i] >= '0' && s[i] <= '9' {
				return words >= minNameWords && words <= maxNameWords
			}
			words++
		}
	}
	return false
}

// timeLabels are the capitalised words that introduce a time in a header
// and could pass for a name's.
var timeLabels = map[string]bool{"updated": true, "published": true, "posted": true, "modified": true,
	"edited": true, "last": true, "created": true, "read": true, "reading": true, "time": true}

// maxAgeUnit is the most letters of an age's unit in its short form:
// "h", "d", "min", "hrs".
const maxAgeUnit = 3

// isShortAge reports whether w is an age in the short form of social
// pages: a number and one to maxAgeUnit letters ("8h", "12min").
func isShortAge(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 || len(w)-i < 1 || len(w)-i > maxAgeUnit {
		return false
	}
	for ; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// endsInMarker reports whether a line is a byline that leaves its names to
// the next line: it ends in a marker, alone or after a date or a verb
// ("by", "Written on Mar 17 by").
func endsInMarker(s string) bool {
	s = strings.TrimRight(s, " ")
	if len(s) > maxMarkerLine || !isBylineMarker(s[strings.LastIndexByte(s, ' ')+1:]) {
		return false
	}
	words := strings.Fields(s)
	n := len(words)
	if n == 0 || n > markerReach || !isBylineMarker(words[n-1]) {
		return false
	}
	return n == 1 || isBylineLead(words[:n-1])
}

// isBylineMarker reports whether w is one of lexicon.BylineMarkers, in
// any case, perhaps with a colon.
func isBylineMarker(w string) bool {
	return isMarkerWord(strings.TrimSuffix(w, ":"))
}

// isMarkerWord reports whether w is one of lexicon.BylineMarkers in any
// case, as strings.EqualFold compares them. The markers are two to four
// ASCII letters without a k or an s, the only ones that another rune
// folds to (the Kelvin sign, the long s): a word that matches is as
// long, in bytes, and made of those letters in either case. So a word
// is packed into a number, its letters lower-cased, and compared with
// the markers packed alike, where EqualFold was called for each marker.
func isMarkerWord(w string) bool {
	k, ok := markerKey(w)
	if !ok {
		return false
	}
	for _, m := range markerKeys {
		if k == m {
			return true
		}
	}
	return false
}

// markerKey packs a word of two to four ASCII letters into a number, a
// byte a letter, lower-cased; ok is false for any other word.
func markerKey(w string) (key uint32, ok bool) {
	if len(w) < 2 || len(w) > 4 {
		return 0, false
	}
	for i := 0; i < len(w); i++ {
		if !textkit.IsASCIILetter(w[i]) {
			return 0, false
		}
		key |= uint32(w[i]|0x20) << (8 * i)
	}
	return key, true
}

// markerKeys are lexicon.BylineMarkers packed by markerKey.
var markerKeys = func() (keys []uint32) {
	for _, m := range lexicon.BylineMarkers {
		k, _ := markerKey(m)
		keys = append(keys, k)
	}
	return keys
}()
