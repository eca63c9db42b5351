package htmlfront

import (
	"strings"
	"unicode"

	"github.com/artparse/artparse/parse/internal/datetext"
	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/textkit"
	"golang.org/x/net/html/atom"
)

// Bylines that name no person, and the statements of one that the
// common author <meta> names miss. A page whose story no person signs
// credits a desk or the site's staff ("Example News Staff", "Metro
// Desk", a section with the site's name): that credit is its byline,
// taken only when no source names a person (chooseAuthors), and kept
// whole, since it is one name, not a list. Publishing platforms state
// the writer in their Twitter card's labelled data rather than in an
// author <meta>.

// maxCreditWords is the most words of a desk's credit: a longer line is
// a sentence or a section's blurb.
const maxCreditWords = 10

// deskCredit returns v, a byline's text, as a credit given to a desk, to
// the site's staff or to a wire service, or "" when it is not one:
// cleaned of its opening ("By"), of a date after it and of a label in
// lower case before it, it is a few words that end with a desk word
// (lexicon.DeskWords; "Example-Redaktion" is one word) or in the site's
// name after words of their own, or a wire service's name alone.
func deskCredit(v, site string) string {
	s := metaText(v)
	for cut := true; cut; {
		s, cut = cutOpening(s)
	}
	if _, at, _, ok := datetext.Find(s); ok && at > 0 {
		s = s[:at]
	}
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '.' })
	words := strings.Fields(s)
	// Words in lower case before the credit are a label ("vom Support
	// Team", "veröffentlicht von Example").
	for len(words) > 1 && strings.IndexFunc(words[0], func(r rune) bool { return !unicode.IsLower(r) }) < 0 {
		words = words[1:]
	}
	s = strings.Join(words, " ")
	if len(words) == 0 || len(words) > maxCreditWords || strings.ContainsAny(s, "@0123456789?!\"“”«»") ||
		looksLikeURL(s) || strings.Contains(s, "www.") {
		return ""
	}
	if len(words) == 1 && isWireService(words[0]) {
		// A story a wire service wrote, as the page prints it.
		return strings.TrimFunc(s, unicode.IsPunct)
	}
	if lexicon.HasDeskWord(words) && (len(words) > 1 || strings.Contains(s, "-")) || len(words) > 1 && holdsSiteName(s, site) {
		return s
	}
	return ""
}

// holdsSiteName reports whether s ends in the site's name after a dash
// ("Metro - Example News") or as the last part of a host name
// ("Example.ca" in "Zone Arts - ici.example.ca"), after words of its
// own: a section or a desk of the site. After a comma it follows a list
// of people ("Ann Lee and Jo Roe, Example News"), and a site's name
// first is a person's or a blog's name with a handle after it ("Ann's
// Kitchen (annk)").
func holdsSiteName(s, site string) bool {
	if site == "" {
		return false
	}
	fs, fsite := textkit.FoldText(s), textkit.FoldText(site)
	if fsite == "" || len(fs) <= len(fsite) || !strings.HasSuffix(fs, fsite) {
		return false
	}
	before := strings.TrimRight(fs[:len(fs)-len(fsite)], " ")
	return strings.HasSuffix(before, "-") || strings.HasSuffix(before, ".") && !strings.HasSuffix(before, " .")
}

// maxTwitterLabels is how many label and data pairs of a Twitter card
// are read ("twitter:label1" to "twitter:label4"): cards carry two.
const maxTwitterLabels = 4

// twitterByline returns the names a page's Twitter card gives under a
// byline's label ("twitter:label1" = "Written by", "twitter:data1" = the
// name).
func twitterByline(metas []metaTag) []string {
	for n := 1; n <= maxTwitterLabels; n++ {
		suffix := string(rune('0' + n))
		labels := metaValues(metas, "twitter:label"+suffix)
		if len(labels) == 0 || !isLoneOpening(labels[0]) {
			continue
		}
		if names := cleanAuthors(metaValues(metas, "twitter:data"+suffix), nil, true); len(names) > 0 {
			return names
		}
	}
	return nil
}

// microdataAuthor records an author that microdata states in an
// attribute rather than in text: a <link itemprop=author content=...>,
// read as the <meta> of the same form is, and the name given by a
// <link> or <meta itemprop=name> inside an itemprop=author element whose
// text is empty (<span itemprop=author><link itemprop=name
// content="Ann Lee"></span>).
func (t *tokenizer) microdataAuthor(a atom.Atom, itemprop, content string) {
	switch {
	case a == atom.Link && (itemprop == "author" || itemprop == "creator"):
		t.p.meta.metas = append(t.p.meta.metas, metaTag{key: "author", content: content})
	case itemprop == "name" && t.authorDepth > 0 && len(t.p.meta.authors) < maxCues:
		t.p.meta.authors = append(t.p.meta.authors, textkit.CollapseSpace(content))
	}
}
