package lexicon

import "slices"

// Site notices: copyright lines, calls to subscribe, to follow or to
// donate, cookie and comment-form texts. The front ends look for their
// phrases in different places, and so need different phrases.
//
// The HTML front end asks only short blocks (htmlfront's maxNoticeChars)
// inside the container it chose for the story, where a phrase anywhere in
// the block settles it: common words of notices ("subscribe", "read
// more", "©") are safe there. The text front end asks every line of a copy
// that could pass for prose, up to a long paragraph, at the word starts of
// its first sentence or two; it needs phrases that no story sentence uses
// ("will not be published", "this entry was posted"), or it would drop the
// story's own sentences. Merged, the two lists change records: 61 text
// records when the text front end also takes the 56 phrases only the HTML
// front end had, 24 HTML records when the HTML front end takes the 32 only
// the text front end had.

// noticeBoth are the notice phrases both front ends read. Of them, the
// last five were one front end's only, and read in the other as before:
// each holds one of the HTML front end's shorter phrases ("subscribe",
// "abonnieren", "abonnez"), and "sign up for" begins with the text front
// end's "sign up".
var noticeBoth = []string{
	"all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
	"newsletter", "support our journalism", "suscríbete", "affiliate link", "enthält werbung",
	"subscribe to", "subscribe now", "abonnieren sie", "abonnez-vous", "sign up for",
}

// BlockNoticePhrases are lower-case phrases that make a short block of
// markup a notice wherever they stand in it.
var BlockNoticePhrases = slices.Concat(noticeBoth, readOnBoth, []string{
	"©", "copyright", "tutti i diritti riservati", "wszelkie prawa zastrzeżone",
	"subscribe", "abonnieren", "abonnez", "follow us", "folgen sie uns", "share this", "share on",
	"könnte dich auch interessieren", "könnte sie auch interessieren", "auch interessant",
	"you may also like", "vous aimerez aussi", "lesen sie auch", "mehr zum thema", "schon gelesen",
	"about the author", "über den autor", "síguenos", "siguenos", "print recipe", "rezept drucken",
	"war der artikel", "artikel teilen", "share this article", "vorschau auf den nächsten",
	"pour lire la suite", "unterstützen sie", "keep up with me", "noch keine bewertung",
	"support our work", "supporting our work", "rely on your support", "letter to the editor",
	"push notification", "for ios and android", "benachrichtigung aktivieren",
	"benachrichtigungen aktivieren", "registrieren sie sich", "werden sie mitglied", "hazte miembro",
	"canal de telegram", "canal de youtube", "verfügbar bis", "weitere infos unter",
	"findest du hier", "subskrypcj",
	// An archived story's warning that it may be out of date, set above
	// its first paragraph.
	"ne sont plus à jour", "may be out of date", "may contain outdated", "nicht mehr aktuell",
})

// LineNoticePhrases are lower-case phrases of site notices that no story
// sentence needs, which make a line of a copy a notice when one begins at
// a word start early in it. Each has three bytes at least.
var LineNoticePhrases = slices.Concat(noticeBoth, []string{
	"cookie", "will not be published", "wird nicht veröffentlicht", "required fields are marked",
	"erforderliche felder", "notify me of", "benachrichtige mich", "akismet",
	"sign up", "signing up", "jetzt anmelden", "jetzt spenden", "suscribite", "already a subscriber",
	"advertising disclosure", "comments are moderated", "para comentar", "trotz sorgfältiger",
	"chroniony prawem", "this entry was posted", "dieser eintrag wurde", "if you enjoyed",
	"we want to hear", "get regular updates", "this post contains", "you are using a browser",
	"submit your letter", "jede kleine spende",
})

// NoticeOpenings are lower-case openings that make a short block of
// markup a label line rather than the story's: a picture's name, tags, a
// time of update, an advertisement's label, a link back. The HTML front
// end reads them together with CreditOpenings.
var NoticeOpenings = []string{
	"titelbild", "beitragsbild", "tagged:", "tags:", "kategorie:", "category:", "schlagwörter:",
	"aktualisiert", "last modified", "last updated", "letzte änderung", "release date", "erstellt am",
	"veröffentlicht am", "published on", "updated on", "anzeige -", "anzeige:", "anzeige |",
	"*werbung", "werbung:", "zurück zur ", "zurück zum ",
}
