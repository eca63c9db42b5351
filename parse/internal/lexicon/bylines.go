package lexicon

import "slices"

// Byline words. The two front ends read a byline's opening words for
// different ends. The text front end must tell a byline from any other
// line of a copy's header by its first words alone, so it takes the
// markers only (BylineMarkers), perhaps after a verb of writing
// (BylineVerbs). The HTML front end mostly reads text that its markup
// already gives as a byline (an author's <meta>, an element whose class
// names a byline) and strips the opening from the name, so it takes the
// wider BylineOpenings: the markers, "Written by" and its kin, and the
// labels "Autor:", "Text:". Merged, they change records: 13 when the text
// front end takes the 10 words of BylineOpenings that are not markers or
// verbs, 2 when it takes the 3 verbs only the HTML front end reads.

// BylineMarkers are the words that introduce a byline's names: "By Ann
// Lee", "Von Ann Lee", "Par Jean Dupont", "Door Jan de Vries". They are
// two to four ASCII letters, none a k or an s, which the text front end's
// quick test of a word's length relies on.
var BylineMarkers = []string{"by", "von", "par", "por", "door", "av", "di"}

// BylineVerbs are the openings of the words of writing that may stand
// before a byline's marker: "Written by", "Story by", "Geschrieben von".
var BylineVerbs = []string{"written", "posted", "text", "story", "geschrieben"}

// markupBylineVerbs are the verbs of writing that only the HTML front end
// reads before "by".
var markupBylineVerbs = []string{"published", "words", "reported"}

// markupBylineWords are the words other than markers that open a byline
// in markup: "Autor: Ann Lee", "Text: Ann Lee", a Danish "af".
var markupBylineWords = []string{
	"af", "autor", "autorin", "author", "authors", "text", "texte", "tekst", "от", "автор",
}

// BylineOpenings are what may open a byline in markup, lower-cased: each
// verb of writing with "by" after it ("written by"; "geschrieben by" is
// one no page writes, which costs nothing), the markers, and the words
// that label a byline. Each is followed by a space or a colon in a
// byline.
var BylineOpenings = func() []string {
	var verbs []string
	for _, v := range slices.Concat(BylineVerbs, markupBylineVerbs) {
		verbs = append(verbs, v+" by")
	}
	return slices.Concat(verbs, BylineMarkers, markupBylineWords)
}()

// FollowLabels are the labels of the states of an author's follow button,
// as pages print them, longest first where one begins another: a copy
// runs the states together ("FollowFollowing"), and they are read off
// the line one after another.
var FollowLabels = []string{"Following", "Followed", "Follow", "Unfollow", "Profile"}

// OrganisationSuffixes are the lower-case words that end a company's name
// ("Example Media Inc.", "Beispiel GmbH"): an author's <meta> naming one
// names the publisher, not the writer.
var OrganisationSuffixes = []string{
	"inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "corp", "corp.", "corporation", "co.", "plc", "s.a.", "ag", "k.k.",
}

// ProfilePaths are the path segments of a link to an author's profile
// page ("/author/ann-lee/", "/profile/ann-lee"): by the headline, such a
// link's text is the byline's name.
var ProfilePaths = []string{"/author/", "/authors/", "/profile/", "/people/", "/user/", "/autor/", "/auteur/", "/journalist/"}
