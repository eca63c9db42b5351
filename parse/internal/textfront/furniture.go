package textfront

import (
	"bytes"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// Page furniture in words. A copied page keeps the labels of its buttons
// and the headings of its other sections; a reader skips them by what they
// say, in whatever site they appear, and so does this. The lists hold the
// common wording of the web's main languages, never one site's.

// furniture are whole short lines that are controls or section labels,
// lower-cased and without trailing punctuation.
var furniture = map[string]bool{
	"share": true, "share this": true, "share this article": true, "share this story": true, "tweet": true,
	"print": true, "email": true, "e-mail": true, "pin it": true, "save": true, "copy link": true,
	"advertisement": true, "ad": true, "sponsored": true, "anzeige": true, "werbung": true, "publicité": true, "publicidad": true,
	"teilen": true, "drucken": true, "versenden": true, "merken": true, "artikel teilen": true, "diesen artikel teilen": true,
	"partager": true, "imprimer": true, "compartir": true, "imprimir": true, "condividi": true,
	"comments": true, "comment": true, "reply": true, "antworten": true, "kommentare": true, "kommentieren": true,
	"leave a reply": true, "leave a comment": true, "post a comment": true, "add a comment": true,
	"schreibe einen kommentar": true, "kommentar schreiben": true, "laisser un commentaire": true, "deja un comentario": true,
	"related": true, "related articles": true, "related posts": true, "related stories": true, "related content": true,
	"more stories": true, "more from": true, "you may also like": true, "you might also like": true, "recommended": true,
	"read more": true, "read next": true, "weiterlesen": true, "mehr lesen": true, "lesen sie auch": true, "auch interessant": true,
	"mehr zum thema": true, "weitere artikel": true, "ähnliche artikel": true, "das könnte sie auch interessieren": true,
	"à lire aussi": true, "lire aussi": true, "sur le même sujet": true, "te puede interesar": true, "lee también": true,
	"newsletter": true, "subscribe": true, "sign up": true, "abonnieren": true, "follow us": true, "folgen sie uns": true,
	"impressum": true, "datenschutz": true, "privacy policy": true, "terms of use": true, "kontakt": true, "contact us": true,
	"tags": true, "schlagworte": true, "themen": true, "topics": true, "back to top": true, "nach oben": true,
	"suche": true, "search": true, "reklama": true, "polecamy": true, "zobacz także": true, "bild anzeigen": true,
	"previous post": true, "next post": true, "vorheriger beitrag": true, "nächster beitrag": true, "informate más": true,
	"most popular": true, "most read": true, "meistgelesen": true, "trending": true, "popular posts": true,
	"latest news": true, "top stories": true, "recent posts": true, "neueste artikel": true, "neueste beiträge": true,
	"letzte beiträge": true, "schon gelesen": true, "empfehlungen aus der redaktion": true, "das könnte dich auch interessieren": true,
	"podziel się": true, "udostępnij": true, "mit freunden teilen": true, "ausgabe kaufen": true, "auf einer seite lesen": true,
	"share on facebook": true, "share on twitter": true, "share via email": true, "listen to this article": true,
	"facebook": true, "twitter": true, "instagram": true, "linkedin": true, "whatsapp": true, "pinterest": true, "xing": true,
	"telegram": true, "reddit": true, "flipboard": true, "schreib einen kommentar": true, "kommentar hinzufügen": true,
	"add comment": true, "pdf version": true, "download pdf": true, "suchen": true, "menu": true, "menü": true,
	"login": true, "log in": true, "anmelden": true, "registrieren": true, "zurück": true, "weiter": true,
	"kontakt aufnehmen": true, "télécharger": true, "imprimer cet article": true, "partager sur facebook": true,
	"inhaltsverzeichnis": true, "table of contents": true, "contents": true, "sommaire": true, "índice": true,
	"vorschau auf den nächsten artikel": true, "weitere beiträge zu diesem artikel": true,
	"permalink": true, "newsletter abonnieren": true, "jetzt registrieren": true, "newsticker": true, "affiliatelink": true,
	"etiquetas": true, "getaggt mit": true, "folgen sie uns auf": true, "buch bestellen": true, "weitere informationen": true,
	"alle angaben ohne gewähr": true, "kostenlos registrieren und weiterlesen": true, "schon registriert? hier einloggen": true,
	"was passiert mit meinen daten": true, "empfohlener redaktioneller inhalt": true,
}

// readingTimes are phrases of the "4 min read" lines that tools put under a
// headline.
var readingTimes = []string{"min read", "minute read", "minutes read", "lesezeit", "minutes de lecture", "min de lectura", "minuti di lettura", "przeczytasz"}

// isReadingTime reports whether a short line tells how long the story takes
// to read.
func isReadingTime(l *textLine) bool {
	return l.words <= 8 && readingTimeOpeners.AtWordStart(l.text)
}

// storyEnds are the furniture labels that open what follows a story:
// comments and links to other stories. The story does not go on after one.
var storyEnds = map[string]bool{
	"comments": true, "kommentare": true, "leave a reply": true, "leave a comment": true, "post a comment": true,
	"add a comment": true, "schreibe einen kommentar": true, "kommentar schreiben": true, "laisser un commentaire": true,
	"deja un comentario": true, "related": true, "related articles": true, "related posts": true, "related stories": true,
	"related content": true, "more stories": true, "you may also like": true, "you might also like": true,
	"read next": true, "lesen sie auch": true, "mehr zum thema": true, "weitere artikel": true, "ähnliche artikel": true,
	"das könnte sie auch interessieren": true, "à lire aussi": true, "sur le même sujet": true, "te puede interesar": true,
	"share this": true, "share this article": true, "share this story": true, "teilen": true, "artikel teilen": true,
	"diesen artikel teilen": true, "zobacz także": true, "polecamy": true, "most popular": true, "most read": true,
	"meistgelesen": true, "trending": true, "popular posts": true, "latest news": true, "top stories": true,
	"recent posts": true, "neueste artikel": true, "neueste beiträge": true, "letzte beiträge": true, "schon gelesen": true,
	"empfehlungen aus der redaktion": true, "das könnte dich auch interessieren": true,
	"ähnliche beiträge": true, "beliebte beiträge": true, "weitere beiträge": true, "über den autor": true, "about the author": true,
	"gefällt mir": true, "teile mich": true, "sharen mit": true, "teilen mit": true, "teile dies": true, "like this": true,
	"share this post": true, "veja também": true, "leia também": true, "lea también": true, "ver también": true,
	"artículos relacionados": true, "notas relacionadas": true, "articles similaires": true, "dans la même rubrique": true,
	"czytaj także": true, "zobacz również": true, "podobne artykuły": true, "lees ook": true, "gerelateerd": true,
	"leggi anche": true, "articoli correlati": true, "related reading": true, "more from this author": true,
	"hinterlassen sie eine antwort": true, "kommentieren sie": true, "was denkst du": true, "diese geschichte teilen": true,
	"write a comment": true,
}

// readMore are the openings of a line that points to another story:
// "Read more: The other headline". The line is a link, not the story.
var readMore = []string{
	"read more:", "read also:", "see also:", "also read:", "related:", "watch:", "more:",
	"lesen sie auch:", "lies auch:", "mehr zum thema:", "auch interessant:", "zum thema:", "siehe auch:",
	"lire aussi", "à lire aussi", "voir aussi", "lea más:", "lea:", "lee también:", "leer también:", "te puede interesar:",
	"dowiedz się więcej:", "czytaj też:", "czytaj także:", "zobacz też:", "zobacz także:", "leggi anche:",
	"le puede interesar:", "puedes ver:", "vea también:", "ver también:", "mira:", "lesen sie hier:", "lesen sie mehr:",
	"leia mais:", "leia também:", "veja também:", "see more:", "more on this:", "recommended:", "related reading:",
	">> ", "vergrößern ", "bild anzeigen", "zum shop", "beitrag teilen", "externer inhalt", "rezept drucken",
}

// creditOpenings start a picture credit: "Foto: Ann Lee", "Bild: dpa".
var creditOpenings = []string{"foto:", "fotos:", "photo:", "photos:", "bild:", "bilder:", "fot.", "image:", "credit:", "crédit", "quelle:", "source:", "copyright:"}

// isCreditLine reports whether a short line credits a picture, which a copy
// keeps under the picture but a reader skips: a credit alone, or a caption
// of a sentence or two that ends in one.
func isCreditLine(l *textLine) bool {
	s := l.text
	if l.size > 200 {
		return false
	}
	if creditOpeners.HasPrefix(s) {
		return true
	}
	// Each byte is looked up once with the next; only the marks that
	// begin with those two are compared. Every mark has two bytes. A
	// caption longer than a credit ends in its credit.
	from := 0
	if l.size > 120 {
		from = max(0, len(s)-creditTail)
	}
	for i := from; i+1 < len(s); i++ {
		for m := creditFirst[s[i]] & creditSecond[s[i+1]]; m != 0; m &= m - 1 {
			if strings.HasPrefix(s[i:], creditMarks[bits.TrailingZeros32(m)]) {
				return true
			}
		}
	}
	return false
}

// creditTail is how far from its end a caption's credit may begin, in
// bytes: a photographer's name and an agency's.
const creditTail = 64

// creditFirst maps a byte to the set of creditMarks, as bits of their
// index, that begin with it; so creditMarks holds at most 32 marks
// (TestNotices checks).
var creditFirst = func() (t [256]uint32) {
	for k, m := range creditMarks {
		t[m[0]] |= 1 << k
	}
	return t
}()

// creditSecond is creditFirst for the second byte.
var creditSecond = func() (t [256]uint32) {
	for k, m := range creditMarks {
		t[m[1]] |= 1 << k
	}
	return t
}()

// creditOpeners and readMoreOpeners are creditOpenings and readMore by
// their first byte.
var creditOpeners, readMoreOpeners = lexicon.NewFoldPrefixes(creditOpenings...), lexicon.NewFoldPrefixes(readMore...)

// creditMarks are the marks of a picture credit anywhere in a caption: a
// label, an agency with a photographer's name after a slash, a stock
// library. An agency's name alone, as in a dateline "PARIS (AFP)", is not
// one: that opens a story's paragraph.
var creditMarks = []string{
	"Getty Images", "Shutterstock", "ShutterStock", "iStock", "Unsplash", "Pixabay", "picture alliance", "(Symbolbild)",
	"Photo by ", "Foto von ", "stock.adobe.com",
	"Foto:", "Fotos:", "Photo:", "Photos:", "Bild:", "Źródło:", "Quelle:", "Crédito:", "crédito:",
	"Credit:", "Image:", "REUTERS/", "Reuters/", "/Reuters", "/AFP", "AFP/", "/dpa", "dpa/", "PAP/",
}

// isReadMore reports whether a line points to another story.
func isReadMore(l *textLine) bool {
	if l.size > 200 {
		return false
	}
	return readMoreOpeners.HasPrefix(l.text)
}

// The kinds of label a short line can be, as bits of textLine.labels.
const (
	labelKnown     = 1 << iota // labels has been computed
	labelFurniture             // in furniture
	labelStoryEnd              // in storyEnds
	labelComment               // in commentLabels
	labelRelated               // in relatedLabels
)

// labelBits returns which label sets a short line belongs to, lower-cased
// and without the punctuation, digits and symbols around it. The answer is
// computed once per line and kept on it: several stages ask. The text is
// lowered into a buffer on the stack, and the lookups convert it without a
// copy.
func labelBits(l *textLine) uint8 {
	if l.labels != 0 {
		return l.labels
	}
	l.labels = labelKnown
	if l.words > 6 || l.size > 48 || len(l.text) > 64 {
		return l.labels
	}
	var buf [128]byte
	if key, ok := asciiLabelKey(l.text, &buf); ok {
		if mayBeLabel(key) {
			l.labels |= labelSets[string(key)]
		}
		return l.labels
	}
	b := buf[:0]
	for _, r := range l.text {
		if r < utf8.RuneSelf {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
			continue
		}
		if len(b)+utf8.UTFMax > len(buf) {
			return l.labels
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	b = bytes.TrimFunc(b, isLabelEdge)
	l.labels |= labelSets[string(b)]
	return l.labels
}

// asciiLabelKey returns labelBits's key for a line of ASCII, lower-cased
// in buf and trimmed of what is not a letter at either end, which for
// ASCII is all isLabelEdge trims; ok is false when s is not ASCII. Most
// short lines are ASCII, and a byte loop costs a fraction of the rune
// loop and TrimFunc that other scripts need.
func asciiLabelKey(s string, buf *[128]byte) (key []byte, ok bool) {
	if len(s) > len(buf) {
		return nil, false
	}
	b := buf[:len(s)]
	for i := range b {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	for len(b) > 0 && !textkit.IsASCIILetter(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && !textkit.IsASCIILetter(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b, true
}

// labelShapes holds, for each length of a key of labelSets, a bit for
// each of its keys' first bytes and, in the upper word, each of their
// last bytes, each taken modulo 32 (a collision only costs a lookup).
// Most short lines are not labels, and this check turns nearly all of
// them away without hashing them for the map.
var labelShapes = func() (t [129]uint64) {
	for k := range labelSets {
		if len(k) > 0 && len(k) < len(t) {
			t[len(k)] |= 1<<(k[0]%32) | 1<<(32+k[len(k)-1]%32)
		}
	}
	return t
}()

// mayBeLabel reports whether key may be a key of labelSets: false means
// it is not one.
func mayBeLabel(key []byte) bool {
	if len(key) == 0 || len(key) >= len(labelShapes) {
		_, ok := labelSets[string(key)]
		return ok
	}
	m := labelShapes[len(key)]
	return m&(1<<(key[0]%32)) != 0 && m&(1<<(32+key[len(key)-1]%32)) != 0
}

// labelSets maps each label of furniture, storyEnds and commentLabels to
// its bits, so labelBits makes one lookup per line instead of three.
var labelSets = func() map[string]uint8 {
	m := make(map[string]uint8, len(furniture)+len(storyEnds)+len(commentLabels))
	for k := range furniture {
		m[k] |= labelFurniture
	}
	for k := range storyEnds {
		// A label that opens what follows the story is no part of it.
		m[k] |= labelStoryEnd | labelFurniture
	}
	for k := range commentLabels {
		m[k] |= labelComment
	}
	for _, k := range relatedLabels {
		m[k] |= labelRelated | labelStoryEnd | labelFurniture
	}
	return m
}()

// relatedLabels are the storyEnds labels that open a list of other
// stories, as opposed to share buttons or comments: a page may put such a
// list between its header and its story.
var relatedLabels = []string{
	"related", "related articles", "related posts", "related stories", "related content", "more stories",
	"you may also like", "you might also like", "read next", "lesen sie auch", "mehr zum thema", "weitere artikel",
	"ähnliche artikel", "das könnte sie auch interessieren", "à lire aussi", "sur le même sujet", "te puede interesar",
	"zobacz także", "polecamy", "most popular", "most read", "meistgelesen", "trending", "popular posts",
	"latest news", "top stories", "recent posts", "veja também", "leia também", "lea también", "ver también",
	"artículos relacionados", "notas relacionadas", "articles similaires", "dans la même rubrique", "czytaj także",
	"zobacz również", "podobne artykuły", "lees ook", "gerelateerd", "leggi anche", "articoli correlati",
	"related reading", "more from this author",
	"related coverage", "explore further", "verwandte artikel", "die meistgelesenen artikel", "zum weiterlesen",
	"auch lesen", "mehr themen", "weitere themen", "aktuelle news", "empfohlen für dich", "top themen der redaktion",
	"beliebte beiträge zum thema", "das thema könnte dich auch interessieren", "otras noticias", "más noticias",
	"pour approfondir", "ezek is érdekelhetnek", "themen in diesem artikel", "noch mehr infos für dich", "weitere beiträge zu",
	"lo más leído", "lo más visto", "más leídas", "más leídos", "las más leídas", "los más leídos", "mais lidas", "mais lidos",
	"les plus lus", "articles les plus lus", "les plus populaires", "i più letti", "più letti", "najczęściej czytane",
	"meist gelesen", "meistgelesene artikel", "beliebte artikel", "am beliebtesten", "meest gelezen",
}

// opensRelated reports whether a line is a label that opens a list of
// other stories.
func opensRelated(l *textLine) bool { return labelBits(l)&labelRelated != 0 }

func isLabelEdge(r rune) bool {
	if r < utf8.RuneSelf {
		return !textkit.IsASCIILetter(byte(r))
	}
	return unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsDigit(r) || unicode.IsSymbol(r)
}

// isFurniture reports whether a line is a control or a section label.
func isFurniture(l *textLine) bool { return labelBits(l)&labelFurniture != 0 }

// endsStory reports whether a line is a label that opens what follows a
// story: comments, links to other stories.
func endsStory(l *textLine) bool { return labelBits(l)&labelStoryEnd != 0 }

// commentLabels are the controls under each reader comment.
var commentLabels = map[string]bool{
	"reply": true, "antworten": true, "répondre": true, "responder": true, "rispondi": true, "beantworten": true,
	"report": true, "melden": true, "like": true, "reply ↓": true, "antwort": true, "odpowiedz": true,
}

// commentVerbs end the header line of a reader comment: "Ann says:".
var commentVerbs = []string{" says:", " said:", " wrote:", " sagt:", " schreibt:", " meint:", " dit :", " dit:", " dice:", " scrive:", " escribió:"}

// isCommentHead reports whether a line opens or closes a reader comment.
func isCommentHead(l *textLine) bool { return commentHead(l) != 0 }

// The kinds of comment head commentHead tells apart.
const (
	headNone  = iota
	headVerb  // a header: "Ann says:"
	headLabel // a control under the comment: "Reply"
)

// commentHead returns the kind of comment head a line is, or headNone.
func commentHead(l *textLine) int {
	if l.words > 8 || l.size > 80 {
		return headNone
	}
	// A comment's header is a name and the verb; a sentence announcing a
	// quote ("In an interview, the mayor said:") is longer or has commas.
	if l.end == endColon && l.words <= 5 && l.commas == 0 {
		for _, v := range commentVerbs {
			if strings.HasSuffix(l.text, v) {
				return headVerb
			}
		}
	}
	// Most short lines have more or fewer letters than any comment label
	// (the label is the line less what is not a letter at its ends), and
	// so need no label key.
	if l.letters < commentLetters[0] || l.letters > commentLetters[1] || !mayOpenComment(l.text) {
		return headNone
	}
	if labelBits(l)&labelComment != 0 {
		return headLabel
	}
	return headNone
}

// mayOpenComment reports whether s may be a comment label by its first
// letter: false when it is an ASCII letter no label begins with. The
// label key is the line less what is not a letter at its ends, lower-cased;
// a line whose first letter is not ASCII may lower to anything, and passes.
func mayOpenComment(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return true
		case textkit.IsASCIILetter(c):
			return commentFirst[c|0x20]
		}
	}
	return true
}

// commentFirst holds the first letters of the comment labels; all of
// them when a label begins otherwise than with an ASCII letter, which
// leaves mayOpenComment no test.
var commentFirst = func() (t [256]bool) {
	for k := range commentLabels {
		if k == "" || !textkit.IsASCIILetter(k[0]) || k[0] >= utf8.RuneSelf {
			for c := range t {
				t[c] = true
			}
			return t
		}
		t[k[0]|0x20] = true
	}
	return t
}()

// commentLetters holds the fewest and the most letters of a key of
// commentLabels, counted as measureLine counts a line's.
var commentLetters = func() (r [2]int32) {
	r[0] = 1 << 30
	for k := range commentLabels {
		l := textLine{text: k}
		measureLine(&l)
		r[0], r[1] = min(r[0], l.letters), max(r[1], l.letters)
	}
	return r
}()

// bioVerbs are the verbs that follow an author's name in a note about
// them: "Ann Lee is a reporter", "Ann Lee ist Redakteurin".
var bioVerbs = []string{"is", "was", "ist", "war", "est", "es", "è", "é", "jest"}

// notNames are capitalised words that open sentences, not names.
var notNames = []string{"the", "this", "that", "it", "he", "she", "there", "der", "die", "das", "er", "sie", "es",
	"le", "la", "il", "el", "lo", "ce", "à", "o", "a", "een", "het", "de"}

// isBio reports whether a paragraph opens as a note about its author does:
// a name of two to four capitalised words, then a verb of being.
func isBio(l *textLine) bool {
	s := l.text
	names := 0
	for names <= 4 {
		n := strings.IndexByte(s, ' ')
		if n <= 0 {
			return false
		}
		w := s[:n]
		s = s[n+1:]
		if names >= 2 {
			for _, v := range bioVerbs {
				if w == v {
					return true
				}
			}
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, x := range notNames {
			if len(w) == len(x) && textkit.HasFoldPrefix(w, x) {
				return false
			}
		}
		names++
	}
	return false
}

// aboutOpenings open the heading of a box about the author or the site
// under a story: "About Ann Lee", "Über uns", "À propos de Ann".
var aboutOpenings = []string{"about ", "über ", "Über ", "à propos de ", "À propos de ", "acerca de ", "sobre "}

// opensAbout reports whether a short line heads a box about the author or
// the site: one of aboutOpenings and a name of one to three words.
func opensAbout(l *textLine) bool {
	if l.words < 2 || l.words > 5 || l.size > 48 || l.stops > 0 || l.commas > 0 {
		return false
	}
	for _, p := range aboutOpenings {
		if textkit.HasFoldPrefix(l.text, p) {
			r, _ := utf8.DecodeRuneInString(l.text[len(p):])
			return unicode.IsUpper(r) || textkit.HasFoldPrefix(l.text[len(p):], "us") || textkit.HasFoldPrefix(l.text[len(p):], "uns")
		}
	}
	return false
}
