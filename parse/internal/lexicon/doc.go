// Package lexicon holds the words the front ends read a page by: the
// words that open a byline and the role words that end one (bylines.go,
// roles.go), the words around a byline's names that are no names
// (weekdays, affiliations, wire services, desk credits: bylinenoise.go),
// the openings of a page's interface lines (interface.go), the phrases of site notices (notices.go) and of what a site
// sets right below or above a story (edges.go), the openings and
// marks of picture credits (credits.go), the labels of a page's controls
// and of the sections that follow a story (labels.go, and for a copy in
// the languages labels.go lacks, sections.go), the words of a
// comment section (comments.go), and the openings of links to other
// stories and of reading times (links.go). Month names are not here: they
// belong to the printed dates of package datetext.
//
// It keeps one list per concept. Where the HTML and the plain-text front
// ends need a concept's words to differ, because a copy has no markup to
// tell a heading or a caption by, the concept's file holds the words both
// read once and each front end's others apart, named for where they are
// read (Block… and Heading… in markup, Line… in a copy), and says why they
// differ and how many records merging them changes. The front ends keep
// the logic of how a list is read: where in a page, how long a text may
// be, what follows a match.
//
// Every list, table and set is read-only. A front end may build faster
// tables of its own from a list when the package is loaded, never a
// second copy of its words.
//
// Case: a list compared ignoring case is written in lower case, as
// strings.ToLower writes it. Prefixes, the one matcher of the package,
// folds the case of ASCII letters only, so a word whose capital is not
// ASCII ("Über") matches only as written. A list compared exactly
// ("Getty Images", "Photo by ") is written as pages print it, each case it
// wants listed. lists_test.go checks every list against the form its
// matcher needs.
package lexicon
