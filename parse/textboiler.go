package parse

import (
	"bytes"
	"strings"
	"unicode"
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
	"diesen artikel teilen": true,
}

// label returns a short line's text lower-cased without the punctuation
// around it, or "" for a line too long to be a label.
func label(l *textLine) string {
	if l.words > 6 || l.size > 48 {
		return ""
	}
	return strings.TrimFunc(strings.ToLower(l.text), func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsDigit(r) || unicode.IsSymbol(r)
	})
}

// isFurniture reports whether a line is a control or a section label.
func isFurniture(l *textLine) bool {
	s := label(l)
	return s != "" && furniture[s]
}

// isNotice reports whether a line is a site notice rather than the story:
// a copyright line, a cookie or comment-form notice. Only lines that
// could pass for prose are searched for the phrases; the search lower-cases
// ASCII into a buffer on the stack, so it allocates nothing.
func isNotice(l *textLine) bool {
	s := l.text
	if strings.HasPrefix(s, "©") || strings.HasPrefix(s, "(c)") || strings.HasPrefix(s, "Copyright") {
		return true
	}
	var buf [400]byte
	if len(s) > len(buf) || l.size < minProseSize {
		return false
	}
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	for _, k := range notices {
		if bytes.Contains(b, k) {
			return true
		}
	}
	return false
}

// notices are phrases of site notices that no story sentence needs.
var notices = [][]byte{
	[]byte("cookie"), []byte("all rights reserved"), []byte("alle rechte vorbehalten"), []byte("tous droits réservés"),
	[]byte("todos los derechos reservados"), []byte("will not be published"), []byte("wird nicht veröffentlicht"),
	[]byte("required fields are marked"), []byte("erforderliche felder"), []byte("notify me of"),
	[]byte("benachrichtige mich"), []byte("akismet"),
}
