package parse

import "strings"

// Boilerplate wording. Inside the chosen container, the paragraphs that
// are not the article's are mostly short notices written the same way on
// every site: a copyright line, an advertisement label, a call to
// subscribe or to follow, a "read more". They are recognised by that
// wording, in the commonest languages of the web, and only when short: a
// paragraph of the story may well mention a newsletter.

// maxNoticeChars is the length above which a block is never judged by its
// wording alone.
const maxNoticeChars = 160

// noticePhrases are lower-case phrases that make a short block a notice.
var noticePhrases = []string{
	"©", "copyright", "all rights reserved", "alle rechte vorbehalten",
	"tous droits réservés", "todos los derechos reservados",
	"tutti i diritti riservati", "wszelkie prawa zastrzeżone",
	"subscribe", "sign up for", "newsletter", "abonnieren", "abonnez",
	"suscríbete", "follow us", "folgen sie uns", "share this", "share on",
	"read more", "continue reading", "weiterlesen", "lire la suite",
	"leer más", "könnte dich auch interessieren", "könnte sie auch interessieren",
	"auch interessant", "you may also like", "vous aimerez aussi",
	"lesen sie auch", "mehr zum thema", "schon gelesen", "about the author",
	"über den autor", "síguenos", "siguenos", "print recipe", "rezept drucken",
}

// noticePrefixes are lower-case openings that make a short block a credit
// or a label line.
var noticePrefixes = []string{
	"foto:", "fotos:", "photo:", "photos:", "bild:", "quelle:", "credit:",
	"credits:", "crédits", "source:", "titelbild", "beitragsbild", "tagged:",
	"tags:", "kategorie:", "category:", "schlagwörter:", "aktualisiert",
	"last modified", "last updated", "letzte änderung", "release date",
	"erstellt am", "veröffentlicht am", "published on", "updated on",
}

// noticeLabels are lower-case texts that make a block a notice when they
// are the whole of it, being common words otherwise.
var noticeLabels = []string{
	"advertisement", "anzeige", "werbung", "publicité", "publicidad",
	"pubblicità", "reklama", "sponsored", "ad", "teilen", "share",
	"kontakt", "contact", "weitere informationen", "more information",
	"inhaltsverzeichnis", "keine kommentare", "no comments", "pdf",
}

// notice reports whether a block is a short notice by its wording.
func notice(b *block) bool {
	if b.chars > maxNoticeChars || b.kind == kindHeading {
		return false
	}
	if b.kind == kindPara && b.chars <= 30 && numeric(b.text) {
		return true // a date or a time on its own line
	}
	var buf [4 * maxNoticeChars]byte
	s := lowerInto(buf[:0], b.text)
	for _, p := range noticePhrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	for _, p := range noticePrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	s = strings.Trim(s, " :.-–|")
	for _, p := range noticeLabels {
		if s == p {
			return true
		}
	}
	return false
}

// lowerInto appends s to buf with ASCII letters lower-cased, which is
// enough for the phrases above, and returns it as a string.
func lowerInto(buf []byte, s string) string {
	for i := 0; i < len(s) && len(buf) < cap(buf); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return string(buf)
}

// numeric reports whether s has digits and no letters.
func numeric(s string) bool {
	digit := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case isWordRune(r):
			return false
		}
	}
	return digit
}
