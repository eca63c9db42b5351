package lexicon

import (
	"strings"
	"unicode"
)

// The words a byline prints around its names that are no names: the day
// of the week its date opens with, the affiliation or the wire service
// after a name, and the words of a credit given to a desk or to the
// site's staff rather than to a person. The HTML front end reads them
// where a byline's markup gives them in one run of text with the names
// ("By Ann Lee, University of Example", "By Ann Lee (AP) Monday").

// Weekdays are the lower-case names of the days of the week in the
// languages whose bylines run on into a date ("By Ann Lee Monday"): a
// day's name is dropped where datetext finds no date after it. The
// Spanish and Italian Sunday and Saturday are left out, since they are
// surnames too (Domingo, Sabato).
var Weekdays = []string{
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
	"lunes", "martes", "miércoles", "jueves", "viernes",
	"lunedì", "martedì", "mercoledì", "giovedì", "venerdì",
	"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
}

// WireServices are the news agencies whose name a byline adds after the
// writer's ("Ann Lee, AP", "Ann Lee (Reuters)"), as they print it: a
// short capital abbreviation is compared exactly, so that a name that
// ends in the same letters is not cut.
var WireServices = []string{
	"AP", "AFP", "Reuters", "dpa", "UPI", "ANSA", "EFE", "Kyodo", "Xinhua", "Yonhap", "TASS",
	"Bloomberg", "PA", "APA", "SDA", "ANP", "epd", "KNA",
}

// affiliationWords are the lower-case words of an institution's name: a
// piece of a byline that holds one names where the writer works
// ("University of Example", "Example Institute"), not the writer.
var affiliationWords = []string{
	"university", "universität", "université", "universidad", "università", "universiteit", "universidade",
	"college", "institute", "institut", "instituto", "istituto", "school", "hospital", "clinic",
	"foundation", "department", "laboratory", "laboratories", "centre", "center", "academy",
	"ministry", "council", "society", "association",
}

// HasAffiliationWord reports whether any word, lower-cased and without
// its punctuation, names an institution (affiliationWords).
func HasAffiliationWord(words []string) bool {
	for _, w := range words {
		w = strings.ToLower(strings.TrimFunc(w, unicode.IsPunct))
		for _, a := range affiliationWords {
			if w == a {
				return true
			}
		}
	}
	return false
}

// DeskWords are the lower-case words that end a credit given to a desk
// or to a site's staff rather than to a person ("Example News Staff",
// "Metro Desk", "Die Redaktion"): such a credit is the byline of a page
// that names no person.
var DeskWords = []string{
	"staff", "desk", "team", "newsroom", "redaktion", "rédaction", "redacción", "redazione",
	"redactie", "editors", "編集部", "编辑部",
}

// HasDeskWord reports whether the last word of a credit, lower-cased and
// without its punctuation, is a desk word (DeskWords) or ends in one
// after a hyphen ("Example-Redaktion"); a word of CJK script may end in
// one ("例ニュース編集部"). A desk word first is a role ("Staff Writer").
func HasDeskWord(words []string) bool {
	if len(words) == 0 {
		return false
	}
	w := strings.ToLower(strings.TrimFunc(words[len(words)-1], unicode.IsPunct))
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	for _, d := range DeskWords {
		if w == d || w == d+"s" || d[0] >= 0x80 && strings.HasSuffix(w, d) {
			return true
		}
	}
	return false
}
