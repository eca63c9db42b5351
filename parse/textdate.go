package parse

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Dates written for readers, as plain text shows them: "Posted at 7:16 AM,
// Jun 17, 2024", "17. Juni 2024, 13:05", "2017-03-10 09:58", "2017年3月10日".
// The metadata stage reads machine dates from markup (dates.go); this reads
// the human forms a text copy has instead.
//
// TODO(merge): the metadata branch adds parseDateText for the same job on
// HTML pages; when it lands, one of the two should call the other.

// dateToken is one piece of a date text: a number, a word or a separator.
type dateToken struct {
	num  int    // value of a number token, -1 for other tokens
	nd   int    // digits in a number token
	word string // a word token, lower-cased (dateTokens reads lower-cased text)
	sep  rune   // a separator token
}

// monthNames maps the month names and abbreviations of the languages most
// common on the web to month numbers. Ambiguous short forms are left out.
var monthNames = map[string]int{
	"jan": 1, "january": 1, "januar": 1, "jänner": 1, "janvier": 1, "enero": 1, "gennaio": 1, "janeiro": 1, "januari": 1, "ene": 1,
	"feb": 2, "february": 2, "februar": 2, "février": 2, "fevrier": 2, "febrero": 2, "febbraio": 2, "fevereiro": 2, "februari": 2, "fév": 2, "févr": 2,
	"mar": 3, "march": 3, "märz": 3, "mars": 3, "marzo": 3, "março": 3, "maart": 3, "mär": 3,
	"apr": 4, "april": 4, "avril": 4, "abril": 4, "aprile": 4, "avr": 4, "abr": 4,
	"may": 5, "mai": 5, "mayo": 5, "maggio": 5, "maio": 5, "mei": 5,
	"jun": 6, "june": 6, "juni": 6, "juin": 6, "junio": 6, "giugno": 6, "junho": 6,
	"jul": 7, "july": 7, "juli": 7, "juillet": 7, "julio": 7, "luglio": 7, "julho": 7, "juil": 7,
	"aug": 8, "august": 8, "août": 8, "aout": 8, "agosto": 8, "augustus": 8,
	"sep": 9, "sept": 9, "september": 9, "septembre": 9, "septiembre": 9, "settembre": 9, "setembro": 9,
	"oct": 10, "october": 10, "oktober": 10, "octobre": 10, "octubre": 10, "ottobre": 10, "outubro": 10, "okt": 10,
	"nov": 11, "november": 11, "novembre": 11, "noviembre": 11, "novembro": 11,
	"stycznia": 1, "styczeń": 1, "lutego": 2, "luty": 2, "marca": 3, "marzec": 3, "kwietnia": 4, "kwiecień": 4,
	"maja": 5, "maj": 5, "czerwca": 6, "czerwiec": 6, "lipca": 7, "lipiec": 7, "sierpnia": 8, "sierpień": 8,
	"września": 9, "wrzesień": 9, "października": 10, "październik": 10, "listopada": 11, "listopad": 11, "grudnia": 12, "grudzień": 12,
	"ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7, "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
	"dec": 12, "december": 12, "dezember": 12, "décembre": 12, "decembre": 12, "diciembre": 12, "dicembre": 12, "dezembro": 12, "dez": 12, "déc": 12,
}

// zoneOffsets are the zone abbreviations news pages print after a time.
var zoneOffsets = map[string]string{
	"utc": "Z", "gmt": "Z", "z": "Z",
	"et": "", "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
	"mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00",
	"cet": "+01:00", "cest": "+02:00", "bst": "+01:00",
}

// maxDateTokens bounds the tokens read from a text: a date and a time fit
// in far fewer, and a fixed bound keeps the tokens on the stack.
const maxDateTokens = 40

// dateTokens cuts s, which must be lower-cased, into number, word and
// separator tokens, appending to toks up to its capacity. CJK date characters (年 月 日) are separators,
// so 2017年3月10日 reads as numbers.
func dateTokens(toks []dateToken, s string) []dateToken {
	for i := 0; i < len(s) && len(toks) < cap(toks); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			v, j := 0, i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' && j-i < 9 {
				v = v*10 + int(s[j]-'0')
				j++
			}
			toks = append(toks, dateToken{num: v, nd: j - i})
			i = j
		case unicode.IsLetter(r) && !isIdeograph(r):
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) || isIdeograph(r2) {
					break
				}
				j += n2
			}
			toks = append(toks, dateToken{num: -1, word: s[i:j]})
			i = j
		case r == ' ':
			i += n
		default:
			toks = append(toks, dateToken{num: -1, sep: r})
			i += n
		}
	}
	return toks
}

// parseTextDate finds a calendar date, and a time of day when one is
// given, in a short human-written text. It returns the date in the
// record's form: YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS with the zone only
// when the text names one. The first date in s wins; times may stand
// before or after it.
func parseTextDate(s string) (string, bool) {
	var buf [maxDateTokens]dateToken
	toks := dateTokens(buf[:0], strings.ToLower(s)) // one copy at most, none for lower-case text
	y, m, d, at := findDay(toks)
	if y == 0 {
		return "", false
	}
	day := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if day.Day() != d || y < 1990 || y > 2100 {
		return "", false
	}
	hh, mm, ss, zone, ok := findTime(toks, at)
	if !ok {
		return day.Format("2006-01-02"), true
	}
	return day.Add(time.Duration(hh)*time.Hour+time.Duration(mm)*time.Minute+time.Duration(ss)*time.Second).
		Format("2006-01-02T15:04:05") + zone, true
}

// findDay returns the first year, month and day in toks, and the index of
// the token where the date ends, or y == 0.
func findDay(toks []dateToken) (y, m, d, end int) {
	num := func(i, lo, hi int) bool { return i >= 0 && i < len(toks) && toks[i].num >= lo && toks[i].num <= hi }
	isSep := func(i int, seps string) bool {
		return i < len(toks) && toks[i].num < 0 && toks[i].word == "" && strings.ContainsRune(seps, toks[i].sep)
	}
	for i := range toks {
		t := toks[i]
		switch {
		case t.nd == 4 && isSep(i+1, "-/.年") && num(i+2, 1, 12) && isSep(i+3, "-/.月") && num(i+4, 1, 31):
			return t.num, toks[i+2].num, toks[i+4].num, i + 5
		case t.nd <= 2 && num(i, 1, 31) && isSep(i+1, "./-") && num(i+2, 1, 31) && isSep(i+3, "./-") && i+4 < len(toks) && (toks[i+4].nd == 4 || toks[i+4].nd == 2):
			a, b, yr := t.num, toks[i+2].num, toks[i+4].num
			if toks[i+4].nd == 2 {
				yr += 2000
			}
			// Day first, as most of the world writes it, except where only
			// month first fits, or with slashes, the American habit.
			if b > 12 || toks[i+1].sep == '/' && a <= 12 {
				a, b = b, a
			}
			if b > 12 {
				continue
			}
			return yr, b, a, i + 5
		case t.word != "":
			mo, ok := monthNames[t.word]
			if !ok {
				continue
			}
			j := i + 1
			if isSep(j, ".") {
				j++
			}
			// "June 17, 2024", "Jun 17th 2024"
			if num(j, 1, 31) && toks[j].nd <= 2 {
				k := j + 1
				for k < len(toks) && (isSep(k, ",.") || toks[k].word == "th" || toks[k].word == "st" || toks[k].word == "nd" || toks[k].word == "rd") {
					k++
				}
				if k < len(toks) && toks[k].nd == 4 {
					return toks[k].num, mo, toks[j].num, k + 1
				}
			}
			// "17 June 2024", "17. Juni 2024", "1 de diciembre de 2017"
			p := i - 1
			for p >= 0 && (isSep(p, ".") || toks[p].word == "de" || toks[p].word == "th") {
				p--
			}
			k := j
			for k < len(toks) && (isSep(k, ",") || toks[k].word == "de" || toks[k].word == "del") {
				k++
			}
			if num(p, 1, 31) && toks[p].nd <= 2 && k < len(toks) && toks[k].nd == 4 {
				return toks[k].num, mo, toks[p].num, k + 1
			}
		}
	}
	return 0, 0, 0, 0
}

// findTime returns the first time of day in toks, preferring one after the
// date (index at), and the zone named right after it.
func findTime(toks []dateToken, at int) (hh, mm, ss int, zone string, ok bool) {
	try := func(i int) bool {
		t := toks[i]
		if t.num < 0 || t.num > 23 || t.nd > 2 || i+2 >= len(toks) {
			return false
		}
		sep := toks[i+1]
		if !(sep.sep == ':' || sep.word == "h") || toks[i+2].nd != 2 || toks[i+2].num > 59 {
			return false
		}
		hh, mm = t.num, toks[i+2].num
		j := i + 3
		if j+1 < len(toks) && toks[j].sep == ':' && toks[j+1].nd == 2 {
			ss = toks[j+1].num
			j += 2
		}
		if j < len(toks) {
			w := toks[j].word
			if j+2 < len(toks) && toks[j+1].sep == '.' && (w == "a" || w == "p") {
				w += toks[j+2].word
				j += 2
			}
			switch w {
			case "pm", "p":
				if hh < 12 {
					hh += 12
				}
				j++
			case "am", "a":
				if hh == 12 {
					hh = 0
				}
				j++
			}
		}
		if j < len(toks) {
			zone = zoneOffsets[toks[j].word]
		}
		return true
	}
	for i := at; i < len(toks); i++ {
		if try(i) {
			return hh, mm, ss, zone, true
		}
	}
	for i := 0; i < at && i < len(toks); i++ {
		if try(i) {
			return hh, mm, ss, zone, true
		}
	}
	return 0, 0, 0, "", false
}

// isDateLine reports whether a line is a dateline: a date with at most a
// few words around it ("Posted at", "Updated", a weekday), not a sentence
// that mentions a date.
func isDateLine(l *textLine) bool {
	if l.digits == 0 || l.words > 12 || l.size > 90 {
		return false
	}
	// Several stages ask about the same line; the answer is kept on it.
	if l.dated == 0 {
		l.dated = 1
		if _, ok := parseTextDate(l.text); ok {
			l.dated = 2
		}
	}
	return l.dated == 2
}
