package lexicon

// Labels: the short texts a page prints on their own, as a button, a menu
// item or a section's heading ("Share", "Related Stories", "Leave a
// reply"), which a reader skips by what they say. Each label is listed
// once, with the ways the front ends read it.
//
// The front ends read labels in different places. The text front end
// sees every short line of a copy, with nothing to tell a heading from a
// line, and a label it takes for the start of what follows a story ends
// the story there. The HTML front end reads such a label only as a
// heading, and ends the body there only when little prose follows it;
// most controls it drops by their markup before their words are read,
// and the labels it reads as a whole block are notices of markup ("PDF",
// "Next"). So the lists differ, and merged they change records.
//
// Of the labels that open what follows a story (the text front end's
// 122, the HTML front end's 69), the two share 30. The HTML front end's
// other 39 are 11 that the text front end reads as controls ("Tags",
// "Newsletter") and 28 it does not read; with them, 56 text records
// change. With the text front end's other 92, 7 HTML records change (a
// "Trending" box set inside a story among them).
//
// Of the labels the text front end reads as controls and nothing more,
// 16 make a whole block of markup a notice too, and so does "Teilen",
// which the text front end reads as a story end. The HTML front end reads
// 12 more as notices, the text front end 105 more as controls; with the
// other's, 16 text and 26 HTML records change.

// LabelUse is a set of the ways a front end reads a label.
type LabelUse uint8

const (
	// LineControl: the text front end reads a line that is the label as
	// a control or a section label, no part of the story.
	LineControl LabelUse = 1 << iota
	// LineStoryEnd: the text front end reads the label as the start of
	// what follows a story (comments, sharing), which the story does not
	// go on after.
	LineStoryEnd
	// LineRelated: the text front end reads the label as the heading of
	// a list of other stories, which a page may also put between its
	// header and its story.
	LineRelated
	// LineCommentControl: the text front end reads the label as a control
	// under a reader's comment ("Reply").
	LineCommentControl
	// HeadingStoryEnd: the HTML front end reads a heading that is the
	// label as the start of what follows the story.
	HeadingStoryEnd
	// BlockNotice: the HTML front end reads a block that is the label as
	// a notice, no part of the story.
	BlockNotice
	// LineReadOn: the text front end reads a line that is the label as
	// a link that carries on reading elsewhere ("Read more", "Mehr
	// erfahren"), with which a teaser's card ends.
	LineReadOn
)

// Labels maps each label, lower-cased and without what is not a letter
// at either end, to the ways the front ends read it.
var Labels = func() map[string]LabelUse {
	m := make(map[string]LabelUse, 300)
	for _, g := range labelGroups {
		for _, k := range g.labels {
			m[k] |= g.use
		}
	}
	return m
}()

// labelGroups lists the labels by the ways they are read, each label in
// one group.
var labelGroups = [...]struct {
	use    LabelUse
	labels []string
}{
	// Lists of other stories, read in both front ends.
	{LineRelated | HeadingStoryEnd, []string{
		"related", "related articles", "related posts", "related stories", "related content",
		"more stories", "you may also like", "read next", "lesen sie auch", "mehr zum thema",
		"weitere artikel", "das könnte sie auch interessieren", "à lire aussi", "te puede interesar",
		"artículos relacionados", "articles similaires", "podobne artykuły", "articoli correlati",
	}},
	// Lists of other stories, read in a copy only.
	{LineRelated, []string{
		"you might also like", "ähnliche artikel", "sur le même sujet", "zobacz także", "polecamy",
		"most popular", "most read", "meistgelesen", "trending", "popular posts", "latest news",
		"top stories", "recent posts", "veja também", "leia também", "lea también", "ver también",
		"notas relacionadas", "dans la même rubrique", "czytaj także", "zobacz również", "lees ook",
		"gerelateerd", "leggi anche", "related reading", "more from this author", "related coverage",
		"explore further", "verwandte artikel", "die meistgelesenen artikel", "zum weiterlesen",
		"auch lesen", "mehr themen", "weitere themen", "aktuelle news", "empfohlen für dich",
		"top themen der redaktion", "beliebte beiträge zum thema",
		"das thema könnte dich auch interessieren", "otras noticias", "más noticias",
		"pour approfondir", "ezek is érdekelhetnek", "themen in diesem artikel",
		"noch mehr infos für dich", "weitere beiträge zu", "lo más leído", "lo más visto",
		"más leídas", "más leídos", "las más leídas", "los más leídos", "mais lidas", "mais lidos",
		"les plus lus", "articles les plus lus", "les plus populaires", "i più letti", "più letti",
		"najczęściej czytane", "meist gelesen", "meistgelesene artikel", "beliebte artikel",
		"am beliebtesten", "meest gelezen",
	}},
	// Comments, sharing, the author's box, read in both front ends.
	{LineStoryEnd | HeadingStoryEnd, []string{
		"comments", "kommentare", "leave a reply", "leave a comment", "schreibe einen kommentar",
		"laisser un commentaire", "deja un comentario", "share this", "share this article",
		"das könnte dich auch interessieren", "über den autor", "about the author",
	}},
	{LineStoryEnd | BlockNotice, []string{
		"teilen",
	}},
	// Comments, sharing, the author's box, read in a copy only.
	{LineStoryEnd, []string{
		"post a comment", "add a comment", "kommentar schreiben", "share this story", "artikel teilen",
		"diesen artikel teilen", "neueste artikel", "neueste beiträge", "letzte beiträge",
		"schon gelesen", "empfehlungen aus der redaktion", "ähnliche beiträge", "beliebte beiträge",
		"weitere beiträge", "gefällt mir", "teile mich", "sharen mit", "teilen mit", "teile dies",
		"like this", "share this post", "hinterlassen sie eine antwort", "kommentieren sie",
		"was denkst du", "diese geschichte teilen", "write a comment",
	}},
	// Labels that a copy reads as controls, and markup as the heading of
	// what follows the story.
	{LineControl | HeadingStoryEnd, []string{
		"comment", "kommentieren", "more from", "recommended", "auch interessant",
		"lire aussi", "newsletter", "tags",
	}},
	{LineControl | HeadingStoryEnd | BlockNotice, []string{
		"kontakt", "weitere informationen",
	}},
	{LineControl | HeadingStoryEnd | LineReadOn, []string{
		"read more",
	}},
	// Controls read in both front ends.
	{LineControl | BlockNotice, []string{
		"share", "advertisement", "ad", "sponsored", "anzeige", "werbung", "publicité", "publicidad",
		"reklama", "previous post", "next post", "zurück", "weiter", "inhaltsverzeichnis",
	}},
	// Controls read in a copy only.
	{LineControl, []string{
		"tweet", "print", "email", "e-mail", "pin it", "save", "copy link", "drucken", "versenden",
		"merken", "partager", "imprimer", "compartir", "imprimir", "condividi",
		"lee también", "subscribe", "sign up", "abonnieren", "follow us",
		"folgen sie uns", "impressum", "datenschutz", "privacy policy", "terms of use", "contact us",
		"schlagworte", "themen", "topics", "back to top", "nach oben", "suche", "search",
		"bild anzeigen", "vorheriger beitrag", "nächster beitrag", "informate más", "podziel się",
		"udostępnij", "mit freunden teilen", "ausgabe kaufen", "auf einer seite lesen",
		"share on facebook", "share on twitter", "share via email", "listen to this article",
		"facebook", "twitter", "instagram", "linkedin", "whatsapp", "pinterest", "xing", "telegram",
		"reddit", "flipboard", "schreib einen kommentar", "kommentar hinzufügen", "add comment",
		"pdf version", "download pdf", "suchen", "menu", "menü", "login", "log in", "anmelden",
		"registrieren", "kontakt aufnehmen", "télécharger", "imprimer cet article",
		"partager sur facebook", "table of contents", "contents", "sommaire", "índice",
		"vorschau auf den nächsten artikel", "weitere beiträge zu diesem artikel", "permalink",
		"newsletter abonnieren", "jetzt registrieren", "newsticker", "affiliatelink", "etiquetas",
		"getaggt mit", "folgen sie uns auf", "buch bestellen", "alle angaben ohne gewähr",
		"kostenlos registrieren und weiterlesen", "schon registriert? hier einloggen",
		"was passiert mit meinen daten", "empfohlener redaktioneller inhalt",
	}},
	// Links that carry on reading elsewhere, read in a copy only: a
	// control, and the last line of a teaser's card.
	{LineControl | LineReadOn, []string{
		"weiterlesen", "mehr lesen",
	}},
	{LineReadOn, []string{
		"continue reading", "learn more", "find out more", "mehr erfahren", "lesen sie mehr",
		"lire la suite", "en savoir plus", "leer más", "ver más", "leia mais", "leggi tutto",
		"czytaj więcej", "czytaj dalej", "lees meer",
	}},
	// Controls under a reader's comment.
	{LineControl | LineCommentControl, []string{
		"reply", "antworten",
	}},
	{LineCommentControl, []string{
		"répondre", "responder", "rispondi", "beantworten", "report", "melden", "like", "antwort",
		"odpowiedz",
	}},
	// Headings of what follows the story, read in markup only.
	{HeadingStoryEnd, []string{
		"responses", "kommentar", "über die autorin", "schlagwörter", "empfehlungen", "commentaires",
		"comentarios", "noticias relacionadas", "commenti", "komentarze", "mehr informationen",
		"zusatzinformationen", "further information", "quellen", "quellenangaben", "sources",
		"originalpublikation", "ansprechpartner", "ansprechpartnerin", "ansprechpartnerin zum thema",
		"ansprechpartner zum thema", "vous aimerez aussi", "à lire également", "see also",
		"siehe auch", "weiterführende links", "related links",
	}},
	{HeadingStoryEnd | BlockNotice, []string{
		"more information",
	}},
	// Notices alone in a block, read in markup only.
	{BlockNotice, []string{
		"pubblicità", "contact", "keine kommentare", "no comments", "pdf", "vorheriges", "nächstes",
		"previous", "next", "mehr", "more",
	}},
}
