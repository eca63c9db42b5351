package datetext

import (
	"strconv"
)

// dtDate is a calendar day.
type dtDate struct{ y, m, d int }

// dtTime is a time of day with its zone, if the text gave one.
type dtTime struct {
	ok      bool
	h, min  int
	sec     int
	zone    string // "Z" or "+hh:mm"; "" when the text names none
	hasZone bool
}

func (d dtDate) format(t dtTime) string {
	b := make([]byte, 0, 25)
	b = appendPad(b, d.y, 4)
	b = append(b, '-')
	b = appendPad(b, d.m, 2)
	b = append(b, '-')
	b = appendPad(b, d.d, 2)
	if !t.ok {
		return string(b)
	}
	b = append(b, 'T')
	b = appendPad(b, t.h, 2)
	b = append(b, ':')
	b = appendPad(b, t.min, 2)
	b = append(b, ':')
	b = appendPad(b, t.sec, 2)
	b = append(b, t.zone...)
	return string(b)
}

func appendPad(b []byte, n, width int) []byte {
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// readDate reads a date starting at toks[i] and returns it with the number
// of tokens it spans, or 0 tokens when none starts there. With dayFirst,
// an ambiguous slash date is read day-first (see FindOrder).
func readDate(toks []dtToken, i int, dayFirst bool) (dtDate, int) {
	at := func(j int) dtToken {
		if j < len(toks) {
			return toks[j]
		}
		return dtToken{kind: dtSym}
	}
	t := toks[i]
	// A number glued to a preceding number by a separator is part of
	// something else (a version, a phone number, a longer date).
	if i > 0 && isSym(toks[i-1], "-/.:") && i > 1 && toks[i-2].kind == dtNum {
		return dtDate{}, 0
	}
	switch t.kind {
	case dtNum:
		// Year first: 2024-06-17, 2024/06/17, 2024.06.17, 2024年6月17日.
		if t.digits == 4 {
			if s := at(i + 1); isSym(s, "-/.") && at(i+2).kind == dtNum && at(i+2).digits <= 2 &&
				at(i+3).sym == s.sym && at(i+3).kind == dtSym && at(i+4).kind == dtNum && at(i+4).digits <= 2 &&
				!(isSym(at(i+5), "-/.") && at(i+6).kind == dtNum && s.sym != '.') {
				if ValidDay(t.num, at(i+2).num, at(i+4).num) {
					return dtDate{t.num, at(i + 2).num, at(i + 4).num}, 5
				}
			}
			if isSym(at(i+1), "年년") && at(i+2).kind == dtNum && isSym(at(i+3), "月월") &&
				at(i+4).kind == dtNum && isSym(at(i+5), "日일") {
				if ValidDay(t.num, at(i+2).num, at(i+4).num) {
					return dtDate{t.num, at(i + 2).num, at(i + 4).num}, 6
				}
			}
			return dtDate{}, 0
		}
		if t.digits > 2 {
			return dtDate{}, 0
		}
		// Day and month as numbers: 17.06.2024, 17/06/2024, 6/17/2024.
		if s := at(i + 1); isSym(s, "./-") && at(i+2).kind == dtNum && at(i+2).digits <= 2 &&
			isSym(at(i+3), string(s.sym)) && at(i+4).kind == dtNum &&
			!(isSym(at(i+5), string(s.sym)) && at(i+6).kind == dtNum) {
			y := at(i + 4)
			year := y.num
			switch {
			case y.digits == 4:
			case y.digits == 2 && s.sym == '.' && t.digits == 2 && at(i+2).digits == 2:
				year += 2000
			default:
				return dtDate{}, 0
			}
			a, b := t.num, at(i+2).num
			switch {
			case s.sym == '.' || s.sym == '-' || a > 12 || dayFirst && b <= 12:
				if ValidDay(year, b, a) {
					return dtDate{year, b, a}, 5
				}
			case b > 12 || a == b:
				if ValidDay(year, a, b) {
					return dtDate{year, a, b}, 5
				}
			}
			return dtDate{}, 0
		}
		// Day, then month name: 17 June 2024, 17. Juni 2024, 17 de junio
		// de 2024, 17th of June, 2024, 17 июня 2024 г.
		j := i + 1
		if isWord(at(j), "st", "nd", "rd", "th", "er", "e", "o", "º") || isSym(at(j), ".º") {
			j++
		}
		if isWord(at(j), "de", "of") || isSym(at(j), "-/") {
			j++
		}
		if m := monthOf(at(j)); m > 0 {
			j++
			if isSym(at(j), ".") {
				j++
			}
			if isWord(at(j), "de", "del") || isSym(at(j), ",-/") {
				j++
			}
			if y := at(j); y.kind == dtNum && y.digits == 4 && ValidDay(y.num, m, t.num) {
				return dtDate{y.num, m, t.num}, j + 1 - i
			}
		}
	case dtWord:
		// Month name, then day: June 17, 2024; Jun. 17th 2024.
		m := monthOf(t)
		if m == 0 {
			return dtDate{}, 0
		}
		j := i + 1
		if isSym(at(j), ".") {
			j++
		}
		d := at(j)
		if d.kind == dtNum && (d.digits == 5 || d.digits == 6) && !isSym(at(j+1), ":.,/-") {
			// Day and year set in separate elements and run together
			// in the text ("Feb 18" "2009" read as "Feb 182009").
			if y, day := d.num%10000, d.num/10000; y >= 1970 && ValidDay(y, m, day) {
				return dtDate{y, m, day}, j + 1 - i
			}
		}
		if d.kind != dtNum || d.digits > 2 {
			return dtDate{}, 0
		}
		j++
		if isWord(at(j), "st", "nd", "rd", "th") {
			j++
		}
		if isSym(at(j), ",.") {
			j++
		}
		if y := at(j); y.kind == dtNum && y.digits == 4 && ValidDay(y.num, m, d.num) {
			return dtDate{y.num, m, d.num}, j + 1 - i
		}
	}
	return dtDate{}, 0
}

// readTime reads a time of day at toks[i] (7:16, 07:16:30, 7:16 p.m.,
// 19:16 Uhr, 7:16 AM EDT) and returns it with the number of tokens it
// spans, or 0 tokens.
func readTime(toks []dtToken, i int) (dtTime, int) {
	if i+2 >= len(toks) {
		return dtTime{}, 0
	}
	h, c, m := toks[i], toks[i+1], toks[i+2]
	if h.kind != dtNum || h.digits > 2 || !isSym(c, ":") || m.kind != dtNum || m.digits != 2 || h.num > 23 || m.num > 59 {
		return dtTime{}, 0
	}
	tm := dtTime{ok: true, h: h.num, min: m.num}
	j := i + 3
	if j+1 < len(toks) && isSym(toks[j], ":") && toks[j+1].kind == dtNum && toks[j+1].digits == 2 && toks[j+1].num < 60 {
		tm.sec = toks[j+1].num
		j += 2
	}
	// am / pm, also written a.m. / p.m.
	if j < len(toks) && toks[j].kind == dtWord {
		w := toks[j].word
		if (w == "a" || w == "p") && j+3 < len(toks) && isSym(toks[j+1], ".") && isWord(toks[j+2], "m") {
			w += "m"
			j += 3
			if j < len(toks) && isSym(toks[j], ".") {
				j++
			}
		} else if w == "am" || w == "pm" {
			j++
		} else {
			w = ""
		}
		switch {
		case w == "" || tm.h > 12 || tm.h == 0:
		case w == "pm" && tm.h < 12:
			tm.h += 12
		case w == "am" && tm.h == 12:
			tm.h = 0
		}
	}
	if j < len(toks) && isWord(toks[j], "uhr", "h") {
		j++
	}
	if z, n := readZone(toks, j); n > 0 {
		tm.zone, tm.hasZone = z, true
		j += n
	}
	return tm, j - i
}

// zoneOffsets are the zone abbreviations whose offset is not in doubt.
var zoneOffsets = map[string]string{
	"utc": "Z", "gmt": "Z", "z": "Z",
	"est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
	"mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00",
	"cet": "+01:00", "cest": "+02:00", "mez": "+01:00", "mesz": "+02:00",
	"eet": "+02:00", "eest": "+03:00", "wet": "Z", "west": "+01:00",
	"jst": "+09:00", "kst": "+09:00", "msk": "+03:00",
	"aest": "+10:00", "aedt": "+11:00",
}

// readZone reads a zone after a time: an abbreviation, a numeric offset
// (+02:00, +0200, -5) or GMT/UTC followed by one.
func readZone(toks []dtToken, j int) (string, int) {
	n := 0
	z := ""
	if j < len(toks) && toks[j].kind == dtWord {
		var ok bool
		if z, ok = zoneOffsets[toks[j].word]; !ok {
			return "", 0
		}
		n = 1
	}
	if k := j + n; k+1 < len(toks) && isSym(toks[k], "+-−") && toks[k+1].kind == dtNum && (n == 1 || toks[k+1].digits == 4 || k+3 < len(toks) && isSym(toks[k+2], ":")) {
		if (n == 0 || z == "Z") && toks[k+1].digits <= 4 {
			sign := "+"
			if toks[k].sym != '+' {
				sign = "-"
			}
			hh, mm := toks[k+1].num, 0
			used := 2
			if toks[k+1].digits > 2 {
				hh, mm = toks[k+1].num/100, toks[k+1].num%100
			} else if k+3 < len(toks) && isSym(toks[k+2], ":") && toks[k+3].kind == dtNum && toks[k+3].digits == 2 {
				mm = toks[k+3].num
				used = 4
			}
			if hh <= 14 && mm < 60 {
				if hh == 0 && mm == 0 {
					return "Z", n + used
				}
				return sign + string(appendPad(nil, hh, 2)) + ":" + string(appendPad(nil, mm, 2)), n + used
			}
		}
	}
	return z, n
}

// timeAfter reads a time printed right after a date: "June 17, 2024 at
// 7:16 pm", "17.06.2024, 19:16 Uhr", "17 juin 2024 à 19h16" is not read.
func timeAfter(toks []dtToken, j int) (dtTime, bool) {
	for k := 0; k < 3 && j < len(toks); k++ {
		if tm, n := readTime(toks, j); n > 0 {
			return tm, true
		}
		if !isJoiner(toks[j]) {
			return dtTime{}, false
		}
		j++
	}
	return dtTime{}, false
}

// monthOf returns the month a word names, 1 to 12, or 0.
func monthOf(t dtToken) int {
	if t.kind != dtWord {
		return 0
	}
	return monthNames[t.word]
}

// IsMonth reports whether word, lower-case, is a month's name or its usual
// abbreviation in one of the languages monthNames lists.
func IsMonth(word string) bool {
	_, ok := monthNames[word]
	return ok
}

// monthNames maps month names and their usual abbreviations, lower-cased,
// in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish
// (nominative and genitive), Russian (nominative and genitive), Czech,
// Swedish, Danish and Norwegian, Finnish, Turkish and Indonesian to the
// month's number. Words that are also common words elsewhere ("may",
// "mar", "set") are safe because a month is read only between numbers.
var monthNames = map[string]int{
	// English
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
	// German
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6, "juli": 7,
	"oktober": 10, "dezember": 12, "jän": 1, "mär": 3, "mrz": 3, "okt": 10, "dez": 12,
	// French
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7,
	"août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
	"janv": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7, "déc": 12,
	// Spanish
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
	"agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"ene": 1, "abr": 4, "ago": 8, "dic": 12,
	// Italian
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
	"settembre": 9, "ottobre": 10, "dicembre": 12, "gen": 1, "mag": 5, "giu": 6, "lug": 7,
	"set": 9, "ott": 10,
	// Portuguese
	"janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
	"setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12, "fev": 2, "out": 10,
	// Dutch
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "mrt": 3,
	// Polish
	"styczeń": 1, "stycznia": 1, "luty": 2, "lutego": 2, "marzec": 3, "marca": 3,
	"kwiecień": 4, "kwietnia": 4, "maj": 5, "maja": 5, "czerwiec": 6, "czerwca": 6,
	"lipiec": 7, "lipca": 7, "sierpień": 8, "sierpnia": 8, "wrzesień": 9, "września": 9,
	"październik": 10, "października": 10, "listopad": 11, "listopada": 11,
	"grudzień": 12, "grudnia": 12,
	// Russian
	"январь": 1, "января": 1, "февраль": 2, "февраля": 2, "март": 3, "марта": 3,
	"апрель": 4, "апреля": 4, "май": 5, "мая": 5, "июнь": 6, "июня": 6, "июль": 7, "июля": 7,
	"август": 8, "августа": 8, "сентябрь": 9, "сентября": 9, "октябрь": 10, "октября": 10,
	"ноябрь": 11, "ноября": 11, "декабрь": 12, "декабря": 12,
	"янв": 1, "фев": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
	// Czech (genitive)
	"ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6,
	"července": 7, "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
	// Swedish, Danish, Norwegian
	"augusti": 8, "desember": 12,
	// Finnish (partitive, as in "17. kesäkuuta 2024")
	"tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
	"kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10,
	"marraskuuta": 11, "joulukuuta": 12,
	// Turkish
	"ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
	"ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
	// Indonesian (the other months are spelled as in Dutch)
	"agustus": 8,
}
