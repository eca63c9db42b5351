package htmlfront

import (
	"strings"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// Boilerplate wording. Inside the chosen container, the paragraphs that
// are not the article's are mostly short notices written the same way on
// every site: a copyright line, an advertisement label, a call to
// subscribe or to follow, a "read more". They are recognised by that
// wording, in the commonest languages of the web, and only when short: a
// paragraph of the story may well mention a newsletter.

// maxNoticeChars is the length above which a block is never judged by its
// wording alone.
const maxNoticeChars = 160

// maxNumericNotice is the longest line of digits and signs without a word
// that is dropped as a notice: a date or a time on its own line, where a
// longer one is a table's row or a formula.
const maxNumericNotice = 30

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
	"war der artikel", "artikel teilen", "share this article",
	"vorschau auf den nächsten", "pour lire la suite", "unterstützen sie",
	"support our journalism", "keep up with me", "noch keine bewertung",
	"support our work", "supporting our work", "rely on your support",
	"letter to the editor", "push notification", "for ios and android",
	"benachrichtigung aktivieren", "benachrichtigungen aktivieren",
	"registrieren sie sich", "werden sie mitglied", "hazte miembro",
	"affiliate link", "enthält werbung", "canal de telegram",
	"canal de youtube", "verfügbar bis", "weitere infos unter",
	"findest du hier", "subskrypcj",
}

// noticePrefixes are lower-case openings that make a short block a credit
// or a label line.
var noticePrefixes = []string{
	"foto:", "fotos:", "photo:", "photos:", "bild:", "quelle:", "credit:",
	"credits:", "crédits", "source:", "titelbild", "beitragsbild", "tagged:",
	"tags:", "kategorie:", "category:", "schlagwörter:", "aktualisiert",
	"last modified", "last updated", "letzte änderung", "release date",
	"erstellt am", "veröffentlicht am", "published on", "updated on",
	"anzeige -", "anzeige:", "anzeige |", "*werbung", "werbung:",
	"zurück zur ", "zurück zum ",
}

// noticeLabels are lower-case texts that make a block a notice when they
// are the whole of it, being common words otherwise.
var noticeLabels = []string{
	"advertisement", "anzeige", "werbung", "publicité", "publicidad",
	"pubblicità", "reklama", "sponsored", "ad", "teilen", "share",
	"kontakt", "contact", "weitere informationen", "more information",
	"inhaltsverzeichnis", "keine kommentare", "no comments", "pdf",
	"vorheriges", "nächstes", "previous", "next", "previous post", "next post",
	"zurück", "weiter", "mehr", "more",
}

// isNotice reports whether a block is a short notice by its wording.
func isNotice(b *block) bool {
	if b.chars > maxNoticeChars || b.kind == kindHeading {
		return false
	}
	if b.kind == kindPara && b.chars <= maxNumericNotice && isNumeric(b.text) {
		return true // a date or a time on its own line
	}
	var buf [4 * maxNoticeChars]byte
	s := textkit.LowerInto(buf[:0], b.text)
	have := letterMask(s)
	for i, p := range noticePhrases {
		// Most blocks lack a letter of most phrases: a mask test is
		// cheaper than the search.
		if noticeMasks[i]&^have == 0 && strings.Contains(s, p) {
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

// noticeMasks holds the letterMask of each of noticePhrases.
var noticeMasks = func() []uint32 {
	m := make([]uint32, len(noticePhrases))
	for i, p := range noticePhrases {
		m[i] = letterMask(p)
	}
	return m
}()

// letterMask returns a set of the ASCII letters a to z in s, one bit
// each.
func letterMask(s string) uint32 {
	var m uint32
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			m |= 1 << (c - 'a')
		}
	}
	return m
}

// isNumeric reports whether s has digits and no letters.
func isNumeric(s string) bool {
	hasDigit := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			hasDigit = true
		case textkit.IsWordRune(r):
			return false
		}
	}
	return hasDigit
}

// tailHeadings are lower-case headings of the sections that follow a
// story on its page: comments, related stories, the author's box.
var tailHeadings = []string{
	"comments", "comment", "leave a reply", "leave a comment", "responses",
	"related", "related articles", "related posts", "related stories",
	"related content", "you may also like", "more stories", "read more",
	"read next", "recommended", "more from", "about the author",
	"share this", "share this article", "tags", "newsletter",
	"kommentare", "kommentar", "kommentieren", "schreibe einen kommentar",
	"das könnte sie auch interessieren", "das könnte dich auch interessieren",
	"mehr zum thema", "weitere artikel", "lesen sie auch", "auch interessant",
	"über den autor", "über die autorin", "schlagwörter", "empfehlungen",
	"commentaires", "laisser un commentaire", "articles similaires",
	"à lire aussi", "comentarios", "deja un comentario",
	"artículos relacionados", "noticias relacionadas", "te puede interesar",
	"commenti", "articoli correlati", "komentarze", "podobne artykuły",
	"weitere informationen", "mehr informationen", "zusatzinformationen",
	"more information", "further information", "quellen", "quellenangaben",
	"sources", "originalpublikation", "ansprechpartner", "ansprechpartnerin",
	"ansprechpartnerin zum thema", "ansprechpartner zum thema", "kontakt",
	"vous aimerez aussi", "à lire également", "lire aussi", "see also",
	"siehe auch", "weiterführende links", "related links",
}

// maxTailHeading is the longest heading read as the opening of a section
// after the story: the headings of comments and related stories are a
// few words, with a count or a name at most.
const maxTailHeading = 60

// isTailHeading reports whether a heading opens a section that follows the
// story, such as its comments.
func isTailHeading(b *block) bool {
	if b.chars > maxTailHeading {
		return false
	}
	var buf [4 * maxTailHeading]byte
	s := strings.TrimRight(strings.TrimSpace(textkit.LowerInto(buf[:0], b.text)), " :.!?")
	for _, h := range tailHeadings {
		if s == h {
			return true
		}
	}
	// "2 comments", "12 Kommentare zu ...", "One response to ..."
	if i := strings.IndexByte(s, ' '); i > 0 && i < len(s)-1 && isNumberWord(s[:i]) {
		rest := s[i+1:]
		for _, w := range []string{"comment", "kommentar", "response", "gedanke", "commentaire", "comentario", "reply", "replies", "antwort"} {
			if strings.HasPrefix(rest, w) {
				return true
			}
		}
	}
	return false
}

// isNumberWord reports whether w is a count: digits, or "one" / "ein(e)".
func isNumberWord(w string) bool {
	switch w {
	case "one", "ein", "eine", "un", "une", "uno", "una":
		return true
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// tailShare is the most prose, relative to the prose before it, that may
// follow a heading such as "Comments" for the body to end at the heading:
// a "Related" box set in the middle of a story is followed by the rest of
// the story.
const tailShare = 0.4

// proseChars sums the runes of the blocks of bs that read like prose.
func proseChars(bs []*block) int {
	n := 0
	for _, b := range bs {
		if readsAsProse(b) {
			n += int(b.chars)
		}
	}
	return n
}

// hasProse reports whether bs holds a block that reads like prose.
func hasProse(bs []*block) bool {
	for _, b := range bs {
		if readsAsProse(b) {
			return true
		}
	}
	return false
}
