package datetext

// This file holds the month names that readDate reads, and the lookup of a
// month at a token, which may take two words.

// monthAt returns the month that the word or words at toks[j] name, 1 to
// 12, and how many tokens name it; 0 tokens when none does.
func monthAt(toks []dtToken, j int) (month, n int) {
	if j >= len(toks) || toks[j].kind != dtWord {
		return 0, 0
	}
	if m := toks[j].month; m > 0 {
		return int(m), 1
	}
	// The first words of monthPairs are written past ASCII.
	if !toks[j].upper || j+1 >= len(toks) || toks[j+1].kind != dtWord {
		return 0, 0
	}
	var buf [maxLoweredWord]byte
	if second, ok := monthPairs[string(toks[j].lowered(buf[:0]))]; ok {
		if m := second[string(toks[j+1].lowered(buf[:0]))]; m > 0 {
			return m, 2
		}
	}
	return 0, 0
}

// IsMonth reports whether word, lower-case, is a month's name or its usual
// abbreviation in one of the languages monthNames lists.
func IsMonth(word string) bool {
	_, ok := monthNames[word]
	return ok
}

// monthPairs are the month names of two words, by their first word: the
// Levant's Arabic "كانون الثاني" (January), "تشرين الأول" (October),
// "تشرين الثاني" (November) and "كانون الأول" (December), whose first
// word alone names no month. The second word is written with the hamza
// or without it.
var monthPairs = map[string]map[string]int{
	"كانون": {"الثاني": 1, "الأول": 12, "الاول": 12},
	"تشرين": {"الأول": 10, "الاول": 10, "الثاني": 11},
}

// monthNames maps month names and their usual abbreviations, lower-cased,
// in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish
// (nominative and genitive), Russian (nominative and genitive), Czech,
// Swedish, Danish and Norwegian, Finnish, Turkish, Indonesian, Romanian,
// Catalan, Hungarian, Greek (genitive, with and without accents),
// Ukrainian and Bulgarian, and the one-word Arabic names (those of Egypt
// and the Gulf, of the Maghreb, and of the Levant) to the month's number.
// Words that are also common words elsewhere ("may", "mar", "set", "noi")
// are safe because a month is read only between numbers.
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
	// Romanian (the other months are spelled as in English or German)
	"ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
	"septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
	"ian": 1, "iun": 6, "iul": 7, "noi": 11,
	// Catalan
	"gener": 1, "febrer": 2, "març": 3, "maig": 5, "juny": 6, "juliol": 7, "agost": 8,
	"setembre": 9, "desembre": 12,
	// Hungarian
	"január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
	"július": 7, "augusztus": 8, "szeptember": 9, "október": 10,
	"febr": 2, "márc": 3, "ápr": 4, "máj": 5, "jún": 6, "júl": 7, "szept": 9,
	// Greek (genitive, as dates write them; capitals drop the accents)
	"ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "ιουνίου": 6,
	"ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12,
	"ιανουαριου": 1, "φεβρουαριου": 2, "μαρτιου": 3, "απριλιου": 4, "μαιου": 5, "ιουνιου": 6,
	"ιουλιου": 7, "αυγουστου": 8, "σεπτεμβριου": 9, "οκτωβριου": 10, "νοεμβριου": 11, "δεκεμβριου": 12,
	// Ukrainian (genitive)
	"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
	"серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
	// Bulgarian (the other months are spelled as in Russian)
	"януари": 1, "февруари": 2, "април": 4, "юни": 6, "юли": 7, "септември": 9, "октомври": 10,
	"ноември": 11, "декември": 12,
	// Arabic: Egypt and the Gulf, with and without the hamza
	"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
	"يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
	"أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
	// Arabic: the Maghreb
	"جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8, "اوت": 8,
	// Arabic: the Levant (January, October, November and December are
	// two words: see monthPairs)
	"شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6, "تموز": 7,
	"آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9,
}
