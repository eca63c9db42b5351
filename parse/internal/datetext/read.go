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
// of tokens it spans, or 0 tokens when none starts there. o says which
// uncertain numeric dates are read (see readOpts). The time is
// set only for a date that holds its time between the day and the year
// ("Aug 03 12:45:00 EDT 2015", as Java and Unix tools print one).
func readDate(toks []dtToken, i int, o readOpts) (dtDate, dtTime, int) {
	d, n := readDay(toks, i, o)
	if n > 0 {
		return d, dtTime{}, n
	}
	if toks[i].kind == dtWord {
		return readClockDate(toks, i)
	}
	return dtDate{}, dtTime{}, 0
}

// readClockDate reads a month name, a day, a time with its zone and a
// year: "Aug 03 12:45:00 EDT 2015" (Java's Date.toString and Unix date
// print the weekday before it). The time must have its seconds or a
// zone, as those tools print both, so that a day and an hour of a
// sentence ("June 5 10:30, 2024 guests") are not read as one.
func readClockDate(toks []dtToken, i int) (dtDate, dtTime, int) {
	m, n := monthAt(toks, i)
	j := i + n
	if m == 0 || j+1 >= len(toks) || toks[j].kind != dtNum || toks[j].digits > 2 {
		return dtDate{}, dtTime{}, 0
	}
	day := toks[j].num
	tm, k := readTime(toks, j+1)
	// The hour is at j+1 and its minutes at j+3; a colon at j+4 opens
	// the seconds.
	hasSeconds := k >= 5 && isSym(toks[j+4], ":")
	if k == 0 || !tm.hasZone && !hasSeconds {
		return dtDate{}, dtTime{}, 0
	}
	j += 1 + k
	if j < len(toks) && toks[j].kind == dtNum && toks[j].digits == 4 && ValidDay(toks[j].num, m, day) {
		return dtDate{toks[j].num, m, day}, tm, j + 1 - i
	}
	return dtDate{}, dtTime{}, 0
}

// readDay is readDate for the dates that hold no time.
func readDay(toks []dtToken, i int, o readOpts) (dtDate, int) {
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
			// Year, month name, day, as Hungarian writes it: "2024.
			// június 17.", "2024. jún. 17.".
			if isSym(at(i+1), ".") {
				if m, n := monthAt(toks, i+2); m > 0 {
					j := i + 2 + n
					if isSym(at(j), ".") {
						j++
					}
					if d := at(j); d.kind == dtNum && d.digits <= 2 && isSym(at(j+1), ".") && ValidDay(t.num, m, d.num) {
						return dtDate{t.num, m, d.num}, j + 2 - i
					}
				}
			}
			return dtDate{}, 0
		}
		if t.digits > 2 {
			return dtDate{}, 0
		}
		// Day and month as numbers: 17.06.2024, 17/06/2024, 6/17/2024,
		// and set apart by bars as some bylines are (17 | 06 | 2024),
		// whose order is as uncertain as a slash's.
		if s := at(i + 1); isSym(s, "./-|") && at(i+2).kind == dtNum && at(i+2).digits <= 2 &&
			isSym(at(i+3), string(s.sym)) && at(i+4).kind == dtNum &&
			!(isSym(at(i+5), string(s.sym)) && at(i+6).kind == dtNum) {
			y := at(i + 4)
			year := y.num
			switch {
			case y.digits == 4:
			case y.digits == 2 && s.sym == '.' && t.digits == 2 && at(i+2).digits == 2,
				y.digits == 2 && o.shortYear && (s.sym == '.' || s.sym == '/'):
				year = fullYear(year)
			default:
				return dtDate{}, 0
			}
			a, b := t.num, at(i+2).num
			switch {
			case s.sym == '.' || s.sym == '-' || a > 12 || o.dayFirst && b <= 12:
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
		switch {
		case isWord(at(j), "de", "of") || isSym(at(j), "-/"):
			j++
		case isWord(at(j), "d") && isSym(at(j+1), "'’"):
			// Catalan elides "de" before a vowel: "17 d'abril de 2024".
			j += 2
		}
		if m, n := monthAt(toks, j); m > 0 {
			j += n
			if isSym(at(j), ".") {
				j++
			}
			// "،" is the Arabic comma.
			if isWord(at(j), "de", "del") || isSym(at(j), ",-/،") {
				j++
			}
			if y := at(j); y.kind == dtNum && y.digits == 4 && ValidDay(y.num, m, t.num) {
				return dtDate{y.num, m, t.num}, j + 1 - i
			}
		}
	case dtWord:
		// Month name, then day: June 17, 2024; Jun. 17th 2024.
		m, n := monthAt(toks, i)
		if m == 0 {
			return dtDate{}, 0
		}
		j := i + n
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
		if isSym(at(j), ",.،") {
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
		// Whether the time is marked ante or post meridiem, and which.
		marked, pm := false, false
		if isWord(toks[j], "a", "p") && j+3 < len(toks) && isSym(toks[j+1], ".") && isWord(toks[j+2], "m") {
			marked, pm = true, isWord(toks[j], "p")
			j += 3
			if j < len(toks) && isSym(toks[j], ".") {
				j++
			}
		} else if isWord(toks[j], "am", "pm") {
			marked, pm = true, isWord(toks[j], "pm")
			j++
		}
		switch {
		case !marked || tm.h > 12 || tm.h == 0:
		case pm && tm.h < 12:
			tm.h += 12
		case !pm && tm.h == 12:
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
		var buf [maxLoweredWord]byte
		if z, ok = zoneOffsets[string(toks[j].lowered(buf[:0]))]; !ok {
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
