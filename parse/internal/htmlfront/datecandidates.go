package htmlfront

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/datetext"
)

// This file collects the date candidates that chooseDates weighs: the
// microdata and <time> cues of the body, the date printed by the
// headline, the words around a printed date that say whether it is a
// publication or an update, and the date in the address.

// cueDates returns the publication dates that microdata (itemprop
// datePublished or dateCreated) and <time pubdate> state in the body,
// microdata first. Listings mark every teaser so: when the dates name
// more than one day, only those by the headline are kept, and none when
// none is there.
func cueDates(cues []cue, titleBlock int) []string {
	var out []string
	var isNear []bool
	for pass := 0; pass < 2; pass++ {
		for _, c := range cues {
			isItem := c.kind&cueItemprop != 0 && (c.prop == "datepublished" || c.prop == "datecreated")
			if (pass == 0 && isItem || pass == 1 && c.hasPubdate && !isItem) && isOwnCue(c, titleBlock) {
				if d := normalizeDate(firstNonEmpty(c.val, c.text)); d != "" {
					out = append(out, d)
					isNear = append(isNear, isByTitle(c, titleBlock))
				}
			}
		}
	}
	isMixed, anyNear := false, false
	for i, d := range out {
		isMixed = isMixed || d[:10] != out[0][:10]
		anyNear = anyNear || isNear[i]
	}
	if !isMixed {
		return out
	}
	kept := out[:0]
	for i, d := range out {
		if isNear[i] {
			kept = append(kept, d)
		}
	}
	return kept
}

// The blocks around the headline where pages put their bylines and
// datelines: a few above it (a kicker, a section's name) and more below
// it (a standfirst, a picture and its credit, a share bar, the byline).
const (
	blocksAboveTitle = 3
	blocksBelowTitle = 12
)

// isByTitle reports whether a cue sits among the few blocks around the
// headline, where bylines and datelines are.
func isByTitle(c cue, titleBlock int) bool {
	return titleBlock >= 0 && int(c.block) >= titleBlock-blocksAboveTitle && int(c.block) < titleBlock+blocksBelowTitle
}

// isOwnCue reports whether a cue is the article's own: outside the regions
// of other stories, or by the headline and outside menus, where pages put
// their byline and date in an <aside> of the article's header.
func isOwnCue(c cue, titleBlock int) bool {
	if !isOtherStory(c.flags) {
		return true
	}
	return isByTitle(c, titleBlock) && c.flags&inNav == 0
}

// isOtherStory reports whether an element sits where dates belong to other
// stories or to the visitor: navigation, sidebars, footers, comments.
func isOtherStory(f flags) bool {
	return f&(inNav|inAside|inFooter|inComments) != 0
}

// How dateNearTitle reads the blocks around the headline:
const (
	// datelinesAboveTitle is how many blocks above the headline are
	// read: a dateline above it may sit over a kicker and a section's
	// name.
	datelinesAboveTitle = 5
	// maxMenuItem is the longest block inside a menu that is passed
	// over: a longer one is prose that a tabbed layout wraps in a menu.
	maxMenuItem = 200
	// maxWholeDateBlock is the longest block read whole; of a longer
	// one, only the first datelineReach bytes are, since a dateline
	// opens its paragraph and a date further in is a mention.
	maxWholeDateBlock = 100
	datelineReach     = 40
)

// dateNearTitle looks for a date printed in the few short blocks around
// the headline, where bylines and datelines sit. A date that follows an
// update word ("Updated Jul 24") is the modification's and is passed
// over, and so is a date that the block's microdata states as the
// modification's. When a <time> in the same block gives that day with a
// time and offset, its value is used for the precision. The block the date
// was read in is returned too, -1 for a <time> found on the second pass.
// With dayFirst (the page's locale writes days first), an ambiguous slash
// date is read day-first.
func dateNearTitle(p *page, titleBlock int, dayFirst bool) (string, int) {
	if titleBlock < 0 {
		return "", -1
	}
	lo, hi := max(titleBlock-datelinesAboveTitle, 0), min(titleBlock+blocksBelowTitle, len(p.blocks))
	// Near the headline, only menus are foreign: an article's own footer
	// carries its date, and class names mislabel whole articles as
	// comments or sidebars.
	own := p.blocks[titleBlock].flags
	isForeign := func(f flags) bool { return (f&^own)&inNav != 0 }
	// Nearest first, the line below the headline before the one above
	// it: a dateline above the headline may close the teaser before it.
	for k := 1; k < 2*(hi-lo); k++ {
		i := titleBlock + (k+1)/2
		if k%2 == 0 {
			i = titleBlock - k/2
		}
		if i < lo || i >= hi {
			continue
		}
		b := &p.blocks[i]
		// A paragraph of prose is no menu item, whatever landmark a
		// tabbed layout wraps it in.
		if isForeign(b.flags) && (b.chars <= maxMenuItem || b.flags&inLink != 0) {
			continue
		}
		text := b.text
		if b.chars > maxWholeDateBlock {
			// A dateline opens a paragraph: "01.02.2022 – The ...";
			// a date further into a sentence or caption is a mention.
			text = cutRunes(text, datelineReach)
		}
		for text != "" && mayHoldDate(text) {
			d, at, end, ok := datetext.FindOrder(text, dayFirst)
			if !ok {
				break
			}
			if isMentionInSentence(text, at) {
				break
			}
			if !isUpdateText(text[:at]) && !isModifiedCueDay(p, i, d) {
				for _, c := range p.meta.cues {
					if int(c.block) == i && c.kind&cueTime != 0 && c.kind&cueUpdated == 0 {
						if v := normalizeDate(c.val); len(v) > 10 && v[:10] == d[:10] {
							return v, i
						}
					}
				}
				return d, i
			}
			// Look past the update's date for the publication's.
			text = text[end:]
		}
		// A <time> whose text does not read as a date ("vor 2 Tagen",
		// or two dates run together) still gives its value.
		if d := timeCueIn(p, i, i+1, isForeign); d != "" {
			return d, i
		}
	}
	return timeCueIn(p, lo, hi, isForeign), -1
}

// isMentionInSentence reports whether the date at byte at of a block's text
// is mentioned in a sentence ("The next meeting is on Wed. 5 February
// 2020 at 7 pm.") rather than stated as a dateline: the text ends as a
// sentence does, the date comes after minMentionWords words or more, and
// no publication word leads up to it.
func isMentionInSentence(text string, at int) bool {
	t := strings.TrimSpace(text)
	if t == "" || !strings.ContainsAny(t[len(t)-1:], ".!?") {
		return false
	}
	return len(strings.Fields(text[:at])) >= minMentionWords && !isPublishText(text[:at])
}

// minMentionWords is the fewest words before a date that make it a
// mention in a sentence: a dateline's label has fewer ("Published on",
// "Zuletzt aktualisiert am").
const minMentionWords = 4

// The words before a date that say what it is are read in its last
// publishLead or updateLead bytes: "Dieser Artikel wurde am" and "Last
// updated on" fit, where the words of a sentence further back say
// nothing of the date.
const (
	publishLead = 32
	updateLead  = 24
)

// isDayFirstLocale reports whether a page's language tag names a locale
// that writes a numeric date day first (02/10/2020 for 2 October): every
// language but English, and English outside the United States, Canada and
// the Philippines when the tag names the region. A bare "en" says
// nothing of the order.
func isDayFirstLocale(tag string) bool {
	tag = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(tag), "_", "-"))
	lang, region, _ := strings.Cut(tag, "-")
	switch {
	case lang == "":
		return false
	case lang != "en":
		return true
	}
	return region != "" && region != "us" && region != "ca" && region != "ph"
}

// isModifiedCueDay reports whether block i holds microdata that states
// day d (the first ten bytes of d) as the modification date: a page that
// prints "2018-08-29 14:15:57" from itemprop="dateModified" before its
// publication date shows the update, not the story's date.
func isModifiedCueDay(p *page, i int, d string) bool {
	for _, c := range p.meta.cues {
		if int(c.block) == i && c.kind&cueItemprop != 0 && (c.prop == "datemodified" || c.prop == "dateupdated") {
			if v := normalizeDate(firstNonEmpty(c.val, c.text)); len(v) >= 10 && v[:10] == d[:10] {
				return true
			}
		}
	}
	return false
}

// hasTimeCueOn reports whether block i holds a <time> whose value falls on
// the day of d, and is not marked as an update.
func hasTimeCueOn(p *page, i int, d string) bool {
	for _, c := range p.meta.cues {
		if int(c.block) == i && c.kind&cueTime != 0 && c.kind&cueUpdated == 0 {
			if v := normalizeDate(c.val); len(v) >= 10 && v[:10] == d[:10] {
				return true
			}
		}
	}
	return false
}

// timeCueIn returns the date of the first cue in blocks lo to hi-1 that
// is a <time> (its value) or an element whose class names a date (its
// text), and is not an update's nor in a foreign region.
func timeCueIn(p *page, lo, hi int, isForeign func(flags) bool) string {
	for _, c := range p.meta.cues {
		if int(c.block) < lo || int(c.block) >= hi || isForeign(c.flags) || c.kind&cueUpdated != 0 ||
			isUpdateInText(c.text) || isUpdateInBlock(p, c) {
			continue
		}
		v := ""
		switch {
		case c.kind&cueTime != 0:
			v = c.val
		case c.kind&cueDate != 0:
			v = c.text
		}
		if d := normalizeDate(v); d != "" {
			return d
		}
	}
	return ""
}

// publishWords say that the date after them is the publication's: the
// verbs, and the labels of a news item's date ("Meldung vom", "Notizia
// del"), which name the day it was put out.
var publishWords = []string{
	"published", "posted", "veröffentlicht", "erschienen", "wurde am", "publié", "publicado",
	"publicada", "pubblicato", "gepubliceerd", "geplaatst", "opublikowano", "опубликовано",
	"meldung vom", "nachricht vom", "notizia del", "noticia del", "nouvelle du", "bericht van",
}

// describedDate is the source chooseDates tries last: a date in the
// page's summary (meta or og:description) that words right before it
// label as the publication's ("... (Notizia del 3 Marzo 2021)",
// "Published 3 May 2011: ..."). Unlabelled, a date in a summary is as
// often the day of the event the page announces.
func describedDate(mt metaIndex) string {
	for _, k := range []string{"description", "og:description"} {
		text := mt[k]
		if !mayHoldDate(text) {
			continue
		}
		if d, at, _, ok := datetext.Find(text); ok && isPublishText(text[:at]) {
			return d
		}
	}
	return ""
}

// isPublishText reports whether the words just before a date (the last
// publishLead bytes of lead) say that it is the publication's: "Published
// on", "Dieser Artikel wurde am".
func isPublishText(lead string) bool {
	if len(lead) > publishLead {
		lead = lead[len(lead)-publishLead:]
	}
	return hasPublishWord(lead)
}

// hasPublishWord reports whether s holds one of publishWords. Callers
// also pass the words just after a date, for languages that put the verb
// last ("am 3. Mai 2011 veröffentlicht").
func hasPublishWord(s string) bool {
	s = strings.ToLower(s)
	for _, w := range publishWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isUpdateInText reports whether the words before the first date of s say
// that it is an update's ("Updated Mar 12, 2020 @ 10:42 am"); a text with
// no date is judged by its last words.
func isUpdateInText(s string) bool {
	if _, at, _, ok := datetext.Find(s); ok {
		return isUpdateText(s[:at])
	}
	return isUpdateText(s)
}

// isUpdateInBlock reports whether the words before a cue's text in its
// block say that it is an update's date.
func isUpdateInBlock(p *page, c cue) bool {
	if c.text == "" || int(c.block) >= len(p.blocks) {
		return false
	}
	b := p.blocks[c.block].text
	i := strings.Index(b, c.text)
	return i > 0 && isUpdateText(b[:i])
}

// updateWords open a line that gives the time of an update rather than of
// publication, in the languages whose month names parseDateText reads.
var updateWords = []string{
	"updated", "update", "last updated", "modified", "edited", "aktualisiert", "zuletzt aktualisiert",
	"geändert", "zuletzt am", "änderung", "editiert", "mis à jour", "modifié", "actualizado", "actualizada", "aggiornato",
	"atualizado", "atualizada", "bijgewerkt", "gewijzigd", "zaktualizowano", "обновлено",
}

// isUpdateText reports whether the words just before a date (the text
// leading up to it, of which the last updateLead bytes are read) say that
// the date is an update's: "Updated", "Last updated on", "Aktualisiert am".
func isUpdateText(lead string) bool {
	if len(lead) > updateLead {
		lead = lead[len(lead)-updateLead:]
	}
	lead = strings.ToLower(lead)
	for _, w := range updateWords {
		if strings.Contains(lead, w) {
			return true
		}
	}
	return false
}

// bylineDateWords lead up to the date in a byline ("von fuchs am 27/11/15",
// "by Ann on 3.7.14", "par Ann le 3.7.14", "por Ann el 3.7.14"), in the
// languages whose pages write a date with a two-digit year.
var bylineDateWords = [...]string{"am", "on", "le", "el", "il", "em", "op"}

// bylineDateJoiners are the marks that set a byline's date apart from
// the author's name right before it: "Ann Lee, 3.7.14", "Ann Lee | 3.7.14".
const bylineDateJoiners = ",|·•–—-"

// bylineShortDate is the source chooseDates tries last: a date written with
// a two-digit year (datetext.FindShortYear) in the article's byline, right
// after the author's name or after a word that leads up to a date. Outside
// a byline such a figure is as often a version or a reference number, so
// it is read only in a short block where an element names its author
// (class "author" or "byline", rel=author, itemprop=author), outside the
// regions of other stories even by the headline (see isOwnCue), the first
// such block that holds one: a forum's first post comes before its
// replies. Every other date the page states or shows is taken before it.
func bylineShortDate(p *page, dayFirst bool) string {
	for _, c := range p.meta.cues {
		if c.kind&cueByline == 0 || isOtherStory(c.flags) || int(c.block) >= len(p.blocks) {
			continue
		}
		b := &p.blocks[c.block]
		if b.chars > maxShortDateBlock || !mayHoldDate(b.text) {
			continue
		}
		if d, at, _, ok := datetext.FindShortYear(b.text, dayFirst); ok && isBylineDateLead(b.text[:at]) {
			return d
		}
	}
	return ""
}

// isBylineDateLead reports whether lead, a byline's text before a date,
// sets the date in the byline's place: after a name and a joiner ("von
// Ann Lee,") or after a word that leads up to a date ("von fuchs am").
func isBylineDateLead(lead string) bool {
	words := strings.Fields(lead)
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	r, _ := utf8.DecodeLastRuneInString(last)
	if strings.ContainsRune(bylineDateJoiners, r) {
		// A name before the mark: a letter.
		return strings.IndexFunc(lead, unicode.IsLetter) >= 0
	}
	last = strings.ToLower(last)
	for _, w := range bylineDateWords {
		if last == w {
			return true
		}
	}
	return false
}

// minURLYear is the earliest year read from eight digits in an address:
// news sites put dates in their addresses from the mid-1990s, and an
// earlier "YYYYMMDD" is an article's number.
const minURLYear = 1995

// urlDate reads a full date from an address path: /2024/06/17/,
// /2024-06-17-slug, /20240617/, /2024/6/7/, /17-06-2024/. A year and month alone say
// no day, and a day-first date whose day could be a month is not guessed.
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
			if datetext.ValidDay(y, m, d) {
				return datetext.FormatDay(y, m, d)
			}
		}
		// YYYY/M/D with one-digit parts, as whole path segments.
		if u[i] == '/' && len(s) >= 8 && allDigits(s[:4]) && s[4] == '/' {
			if m, n := leadNum(s[5:]); n > 0 && 5+n < len(s) && s[5+n] == '/' {
				if d, k := leadNum(s[6+n:]); k > 0 && (6+n+k == len(s) || s[6+n+k] == '/') && (n == 1 || k == 1) {
					y := atoi(s[:4])
					if datetext.ValidDay(y, m, d) {
						return datetext.FormatDay(y, m, d)
					}
				}
			}
		}
		// DD-MM-YYYY as a whole path segment, when the day cannot be a
		// month.
		if len(s) >= 10 && allDigits(s[:2]) && s[2] == '-' && allDigits(s[3:5]) && s[5] == '-' && allDigits(s[6:10]) &&
			(len(s) == 10 || s[10] == '/' || s[10] == '.') && u[i] == '/' {
			y, m, d := atoi(s[6:10]), atoi(s[3:5]), atoi(s[:2])
			if d > 12 && datetext.ValidDay(y, m, d) {
				return datetext.FormatDay(y, m, d)
			}
		}
		// YYYYMMDD as a whole path segment or slug prefix.
		if len(s) >= 8 && allDigits(s[:8]) && (len(s) == 8 || s[8] == '/' || s[8] == '-' || s[8] == '_' || s[8] == '.') {
			y, m, d := atoi(s[:4]), atoi(s[4:6]), atoi(s[6:8])
			if y >= minURLYear && datetext.ValidDay(y, m, d) {
				return datetext.FormatDay(y, m, d)
			}
		}
	}
	return ""
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// leadNum reads the one or two digits s starts with, returning the number
// and how many digits there were (0 when s starts with none, or with
// more than two).
func leadNum(s string) (int, int) {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	if n == 0 || n > 2 {
		return 0, 0
	}
	return atoi(s[:n]), n
}

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

// cutRunes returns at most the first n bytes of s, cut at a rune boundary.
func cutRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
