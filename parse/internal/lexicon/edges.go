package lexicon

import "slices"

// EdgePhrases are lower-case phrases of what a site sets right after a
// story, or right above it, and never in it: a call to support, join or
// follow the site or to get its app, an invitation to write to it, a
// post's filing line, a licence line, a citation to copy. The HTML front
// end reads them in a block of prose below the story's last paragraph
// or above its first, anywhere in the block, and the text front end in a
// line as long outside the story's prose core; the notices of
// BlockNoticePhrases are short, these stand in a paragraph of a few
// sentences. Inside the story they are not looked for.
var EdgePhrases = []string{
	// Support and membership.
	"support us", "we need your help", "help us continue", "become a member",
	"become a supporter", "make a donation", "donate now", "unterstütze uns", "unterstützen sie uns", "jetzt unterstützen",
	"jetzt spenden",
	"hazte miembro", "apóyanos", "apoya el periodismo", "soutenez-nous", "faites un don",
	"gefällt dir unser", "gefällt ihnen unser", "keine bezahlschranke",
	// Following, apps and newsletters.
	"straight to your phone", "download our app", "download the app", "on twitter and",
	"on facebook and", "send us a message", "sign up here", "do you want to be informed",
	"nichts mehr verpassen", "nichts mehr versäumen",
	// Writing to the site.
	"fragen und anregungen", "mit uns in kontakt", "vous êtes invité à proposer",
	// Filing, licence and citation lines.
	"abgelegt unter", "filed under", "der beitrag wurde am", "veröffentlicht unter der lizenz",
	"suggested citation", "zitiervorschlag",
}

// LineFormPhrases are lower-case phrases of a form's or a shop's call
// that a copy of a page keeps as a line of text where the HTML front end
// sees the form itself (an input for an address, a button to order): a
// box to get a newsletter, an offer of the magazine's issue. The text
// front end reads them with EdgePhrases, at the same places.
var LineFormPhrases = []string{
	"enter your email", "email address below", "e-mail-adresse ein", "to our newsletter", "for our newsletter",
	"newsletter abonnieren", "unseren newsletter", "order now", "order your copy", "hier bestellen",
	"jetzt bestellen", "versandkostenfrei bestellen",
}

// readOnBoth are the lower-case words of a link that carries on reading
// elsewhere that both front ends read: the HTML front end as notices
// (BlockNoticePhrases), the text front end at a line's end
// (LineReadOnPhrases).
var readOnBoth = []string{"read more", "continue reading", "weiterlesen", "lire la suite", "leer más"}

// LineReadOnPhrases are the lower-case words of a link that carries on
// reading elsewhere, with which a teaser's summary in a copy ends ("...
// Seht selbst! Weiterlesen"); a story's own paragraph never ends so. Read
// only at a line's end, they may be more common words than a notice's.
var LineReadOnPhrases = slices.Concat(readOnBoth, []string{"mehr lesen", "leggi tutto"})
