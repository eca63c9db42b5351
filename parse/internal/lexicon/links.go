package lexicon

// Furniture of a copy that is not a label alone: links to other stories,
// the time a story takes to read, a run of controls. Only the text front
// end reads these; the HTML front end finds the same furniture by its
// markup.

// ReadMoreOpenings are the lower-case openings of a line that points to
// another story: "Read more: The other headline". Such a line is a link,
// not the story.
var ReadMoreOpenings = []string{
	"read more:", "read also:", "see also:", "also read:", "related:", "watch:", "more:",
	"lesen sie auch:", "lies auch:", "mehr zum thema:", "auch interessant:", "zum thema:", "siehe auch:",
	"auch lesen:", "lire aussi", "à lire aussi", "voir aussi", "lea más:", "lea también:", "lea:", "lee también:", "leer también:", "te puede interesar:",
	"dowiedz się więcej:", "czytaj też:", "czytaj także:", "zobacz też:", "zobacz także:", "leggi anche:",
	"le puede interesar:", "puedes ver:", "vea también:", "ver también:", "mira:", "lesen sie hier:", "lesen sie mehr:",
	"leia mais:", "leia também:", "veja também:", "see more:", "more on this:", "recommended:", "related reading:",
	">> ", "vergrößern ", "bild anzeigen", "zum shop", "beitrag teilen", "externer inhalt", "rezept drucken",
}

// ReadingTimes are lower-case phrases of the "4 min read" lines that
// tools put under a headline.
var ReadingTimes = []string{
	"min read", "minute read", "minutes read", "lesezeit", "minutes de lecture", "min de lectura",
	"minuti di lettura", "przeczytasz",
}

// ControlPhrases are the labels of a page's controls, as pages print
// them, which a copy glues together into one line ("Skip to contentSkip
// to site index").
var ControlPhrases = []string{
	"Skip to", "Jump to", "Continue reading", "Share this", "Share to", "permalink", "Sign in", "Sign In",
	"Log in", "Subscribe", "Print", "Supported by",
}
