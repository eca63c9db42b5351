package htmlfront

import (
	"slices"
	"strings"
	"unicode"

	"github.com/artparse/artparse/parse/internal/datetext"
	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// chooseAuthors picks the article's authors from the strongest source that
// yields a name: JSON-LD, <meta> names and the Twitter card's byline
// label, then byline elements (rel=author, itemprop=author, class names
// such as "byline"), those near the headline first. The site's own name
// is dropped from byline text and from JSON-LD organizations, but kept
// when a page names it as its author in <meta>, as personal sites do.
//
// A company's name in <meta> (one ending in "Inc." or "GmbH", or the
// holder the page's copyright <meta> names) is the publisher's, and gives
// way to the byline printed by the headline (h, from header.go): a byline
// line ("By Ann Lee") or a lone "By" and the name after it.
//
// A credit to a desk or to the site's staff (deskCredit) is the byline
// only of a page that names no person in any of these.
func chooseAuthors(p *page, mt metaIndex, ld *ldInfo, site string, titleBlock int, h storyHeader) []string {
	var skip []string
	for _, s := range []string{site, ld.publisher, ld.website} {
		if s != "" {
			skip = append(skip, s)
		}
	}
	if names := cleanAuthors(ld.authors, nil, false); len(names) > 0 {
		return names
	}
	if names := cleanAuthors(ld.orgAuthors, skip, false); len(names) > 0 {
		return names
	}
	credit := ""
	noteCredit := func(v string) bool {
		c := deskCredit(v, site)
		if credit == "" {
			credit = c
		}
		return c != ""
	}
	// The site's own name as the author <meta> names it is the author
	// of a personal site, and the publisher's where a person signs the
	// story: held until the other meta names and the header are read.
	var held []string
	for _, k := range metaAuthorKeys {
		vals := metaValues(p.meta.metas, k)
		if k == "dc.creator" || k == "citation_author" {
			for i, v := range vals {
				vals[i] = invertName(v)
			}
		}
		vals = slices.DeleteFunc(vals, noteCredit)
		for _, v := range vals {
			// Held whole, though a site's name may hold a role
			// word ("Example News") or a separator ("Q & A").
			if n := cleanName(metaText(v), false); held == nil && n != "" && isSkipped(n, skip) {
				held = []string{n}
			}
		}
		vals = slices.DeleteFunc(vals, func(v string) bool { return isSkipped(metaText(v), skip) })
		names := cleanAuthors(vals, nil, true)
		names = slices.DeleteFunc(names, func(n string) bool { return isOrganisation(n, mt["copyright"]) })
		if len(names) > 0 {
			return names
		}
	}
	if names := twitterByline(p.meta.metas); len(names) > 0 {
		return names
	}
	if names := printedByline(p, h, skip, noteCredit); len(names) > 0 {
		return names
	}
	// Three passes over the byline elements: those in the story's
	// header (between the blocks above its headline and its first
	// paragraph), those near the stated title, then any but a profile
	// link, so that a byline of a card of other stories by the headline
	// does not beat the story's own.
	for pass := 0; pass < 3; pass++ {
		if pass == 2 && held != nil {
			if credit != "" {
				return []string{credit}
			}
			return held
		}
		if names := bylineCues(p, h, titleBlock, pass, skip, noteCredit); len(names) > 0 {
			return names
		}
	}
	if names := cleanAuthors(p.meta.authors, skip, true); len(names) > 0 || credit == "" {
		return names
	}
	return []string{credit}
}

// metaAuthorKeys are the <meta> names of an author, read in this order.
var metaAuthorKeys = []string{"dc.creator", "author", "article:author", "og:article:author", "byl",
	"parsely-author", "sailthru.author", "citation_author", "book:author"}

// bylineCues returns the names of the first byline element of a pass
// (see chooseAuthors) that yields one: pass 0 reads those in the story's
// header, pass 1 those near the stated title (titleBlock), pass 2 any
// but a profile link, none in a menu, a sidebar, a footer or comments.
// A profile link inside a paragraph is a mention, not a byline. A desk's
// credit in the header or near the title is handed to noteCredit.
func bylineCues(p *page, h storyHeader, titleBlock, pass int, skip []string, noteCredit func(string) bool) []string {
	for _, c := range p.meta.cues {
		if c.kind&cueByline == 0 && c.prop != "author" && c.prop != "creator" || c.text == "" || isOtherStory(c.flags) ||
			pass == 2 && c.isProfile {
			continue
		}
		if c.isProfile && int(c.block) < len(p.blocks) && isMention(&p.blocks[c.block]) {
			continue
		}
		inHeader := h.headline >= 0 && int(c.block) >= h.headline-bylinesAboveHeadline && int(c.block) < h.first
		isNear := titleBlock >= 0 && int(c.block) >= titleBlock-blocksAboveTitle && int(c.block) <= titleBlock+blocksBelowTitle
		if pass == 0 && !inHeader || pass == 1 && !isNear {
			continue
		}
		if (inHeader || isNear) && noteCredit(c.text) {
			continue
		}
		if names := cleanAuthors([]string{c.text}, skip, true); len(names) > 0 {
			return names
		}
	}
	return nil
}

// maxGivenNames is the most words after the comma that invertName reads
// as a person's given names and initials ("Jong, Michiel de", "Doe, J.
// R. R."); more are a list of people.
const maxGivenNames = 3

// invertName turns a name written surname first, as library catalogues
// and Dublin Core creators write it ("Jong, Michiel de", "Kooman, F."),
// into the order it is read in, so that the comma does not split one
// person into two. A value with another comma, or whose first part is
// more than one word, is a list and is returned as it is.
func invertName(v string) string {
	last, first, ok := strings.Cut(v, ",")
	last, first = strings.TrimSpace(last), strings.TrimSpace(first)
	if !ok || strings.Contains(first, ",") || last == "" || first == "" ||
		strings.Contains(last, " ") || len(strings.Fields(first)) > maxGivenNames {
		return v
	}
	return first + " " + last
}

// authorSeparators split a list of names.
var authorSeparators = []string{
	",", ";", "&", "|", "/", "•", "·", "、", "，", " and ", " und ", " et ", " y ", " e ", " i ",
	" en ", " og ", " och ", " и ", " with ", " mit ",
	// Co-authors in brackets after the lead author, and an editor's
	// credit run on after the writer's ("Rob Ewaschuk Edited by Betsy
	// Beyer"): split so that each name stands alone.
	"(with ", "(avec ", "(mit ", "(con ", " edited by ",
}

// isByline reports whether a line opens with a word that introduces a
// byline ("By", "Von", "Par", "Por") followed by a name.
func isByline(s string) bool {
	if _, ok := cutOpening(strings.TrimSpace(s)); ok {
		return len(cleanAuthors([]string{s}, nil, true)) > 0
	}
	return false
}

// cutOpening returns s without the byline opening it starts with ("By ",
// "Written by: "), and whether it had one. An opening printed twice and
// run together, as markup that gives one "By" to screen readers and one
// to the eye does ("Byby Ann Lee"), is cut whole. Some text must follow
// the opening.
func cutOpening(s string) (string, bool) {
	for _, p := range lexicon.BylineOpenings {
		if !hasPrefixFold(s, p) {
			continue
		}
		n := len(p)
		if hasPrefixFold(s[n:], p) {
			n += len(p)
		}
		if len(s) <= n+1 {
			continue
		}
		if c := s[n]; c == ' ' || c == ':' || strings.HasPrefix(s[n:], "\u00a0") {
			return strings.TrimLeft(s[n:], " :\u00a0"), true
		}
		// "By" run into the name of the element after it ("ByAnn
		// Lee"), which the page's style alone spaces: a capital right
		// after a lower-case "y". The other openings begin names too
		// ("DiCaprio", "VonDerHaar").
		if p == "by" && s[n-1] == 'y' && s[n] >= 'A' && s[n] <= 'Z' {
			return s[n:], true
		}
	}
	return s, false
}

// maxBylineValue is the longest byline value read for names, in bytes: a
// longer one is an author's biography or a paragraph of the story.
const maxBylineValue = 300

// cleanAuthors turns raw byline values into names: it drops "By" and its
// kin, dates, e-mail addresses, links and the names in skip (the site's
// own), and splits lists of names. With strict, pieces holding a role word
// ("Staff Writer") are dropped too; structured sources such as JSON-LD
// name their authors on purpose and are not held to that. Names in
// scripts without letter case are kept as written.
func cleanAuthors(raws []string, skip []string, strict bool) []string {
	var out []string
	for _, raw := range raws {
		raw = metaText(raw)
		if raw == "" || len(raw) > maxBylineValue || looksLikeURL(raw) {
			continue
		}
		raw = dropURLs(raw)
		if h, _ := cutOpening(raw); isHandle(h) {
			out = appendUnique(out, h)
			continue
		}
		if _, by := cutOpening(raw); strict || by {
			// "By Ann Lee in Politics": the section the story is
			// filed in follows its byline. A structured source
			// that holds the printed byline, "By" and all, is read
			// as a byline.
			if i := strings.Index(raw, " in "); i > 0 {
				raw = raw[:i]
			}
			// "Ann Lee for Example News": the paper a freelance
			// writes for; "Organization for Example Works" is one
			// name.
			if i := indexFold(raw, " for "); i > 0 && len(strings.Fields(raw[:i])) >= minNameWordsLeft {
				raw = raw[:i]
			}
		}
		// A byline that runs on into its date ("By Jane Doe March 25,
		// 2015") ends where the date starts; one that opens with its
		// date ("Wednesday January 18, 2017 by Jane Doe") starts after
		// it.
		if _, at, end, ok := datetext.Find(raw); ok && at > 0 {
			if by := markerAfter(raw[end:]); by >= 0 && !isByline(raw) {
				raw = raw[end+by:]
			} else {
				raw = raw[:at]
			}
		}
		for _, part := range splitAny(raw, authorSeparators) {
			name := cleanName(part, strict)
			if name == "" || isSkipped(name, skip) {
				continue
			}
			out = appendUnique(out, name)
		}
	}
	return out
}

// hasPrefixFold reports whether s begins with prefix, ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// splitAny splits s at every occurrence of any separator, ignoring case.
func splitAny(s string, seps []string) []string {
	parts := []string{s}
	for _, sep := range seps {
		var next []string
		for _, p := range parts {
			for {
				i := indexFold(p, sep)
				if i < 0 {
					break
				}
				next = append(next, p[:i])
				p = p[i+len(sep):]
			}
			next = append(next, p)
		}
		parts = next
	}
	return parts
}

// indexFold is strings.Index ignoring ASCII case.
func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

// A name is at most maxNameBytes long and maxNameWords words: a longer
// piece of a byline is a title, a role or a sentence.
const (
	maxNameBytes = 80
	maxNameWords = 6
)

// firstCaselessRune is where the Latin script ends: from it on, most
// letters belong to scripts without letter case, whose names have no
// capital to look for.
const firstCaselessRune = 0x250

// cleanName reduces one piece of a byline to a name, or returns "" when
// the piece is not a name.
func cleanName(s string, strict bool) string {
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '.' && r != ')' })
	for cut := true; cut; {
		s, cut = cutOpening(s)
	}
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '.' && r != ')' })
	if isLoneOpening(s) {
		// The label alone, its name in another element.
		return ""
	}
	s = dropNoiseWords(s)
	if strings.HasSuffix(s, ")") && !strings.Contains(s, "(") {
		s = strings.TrimRight(s, ")")
	}
	if s == "" || len(s) > maxNameBytes || strings.ContainsAny(s, "@0123456789:?!\"“”«»") ||
		strings.Contains(s, "http") || strings.Contains(s, "www.") {
		return ""
	}
	words := strings.Fields(s)
	if len(words) > maxNameWords {
		return ""
	}
	if strict && (lexicon.HasRoleWord(words) || lexicon.HasAffiliationWord(words)) {
		return ""
	}
	// A Latin-script name has a capital somewhere; an all-lower-case run
	// of several words is a sentence fragment.
	hasUpper, hasOther := false, false
	for _, r := range s {
		switch {
		case !unicode.IsLetter(r):
		case r >= firstCaselessRune:
			hasOther = true
		case unicode.IsUpper(r):
			hasUpper = true
		}
	}
	if !hasOther && !hasUpper && len(words) > 1 {
		return ""
	}
	return s
}

// minNameWordsLeft is the fewest words of a name that dropNoiseWords
// leaves: "Michael Bloomberg" and "Plácido Domingo" are names, not a
// name and an agency or a day.
const minNameWordsLeft = 2

// dropNoiseWords drops the words a byline prints after a name that are
// no part of it: a wire service's name ("Ann Lee (AP)") and a day of the
// week ("Ann Lee Monday"), while minNameWordsLeft words remain. A piece
// that is only such a word ("AP", "Monday") is no name, and "" is
// returned.
func dropNoiseWords(s string) string {
	words := strings.Fields(s)
	n := len(words)
	for n > 0 && (isWeekday(words[n-1]) || isWireService(words[n-1])) {
		if n == 1 {
			return ""
		}
		if n-1 < minNameWordsLeft {
			break
		}
		n--
		// The preposition a day's name follows ("Ann Lee am Montag",
		// "Ann Lee on Monday") is written in lower case, as no name's
		// last word is.
		for n > 1 && isLowerWord(words[n-1]) {
			n--
		}
	}
	if n == len(words) {
		return s
	}
	return strings.Join(words[:n], " ")
}

// isLowerWord reports whether a word has letters and all of them are
// lower-case.
func isLowerWord(w string) bool {
	return strings.IndexFunc(w, unicode.IsLetter) >= 0 && strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) && !unicode.IsLower(r) }) < 0
}

// maxFoldedWire is the length up to which a wire service's name is
// compared exactly: "AP" and "PA" are letters a name may end in, in
// lower case.
const maxFoldedWire = 3

// isWeekday reports whether a word of a byline, without its punctuation,
// names a day of the week.
func isWeekday(w string) bool {
	return slices.Contains(lexicon.Weekdays, strings.ToLower(strings.TrimFunc(w, unicode.IsPunct)))
}

// isWireService reports whether a word of a byline, without its brackets
// and punctuation, names a wire service.
func isWireService(w string) bool {
	w = strings.TrimFunc(w, unicode.IsPunct)
	for _, ws := range lexicon.WireServices {
		if w == ws || len(ws) > maxFoldedWire && strings.EqualFold(w, ws) {
			return true
		}
	}
	return false
}

// maxHandlePrefix is the longest namespace a handle opens with ("u/"
// for a user, "r/" for a forum).
const maxHandlePrefix = 2

// isHandle reports whether s is a user's handle as forums print it, a
// short lower-case namespace and a name after a slash ("u/ann_lee"),
// which is kept whole rather than split at the slash.
func isHandle(s string) bool {
	i := strings.IndexByte(s, '/')
	if i < 1 || i > maxHandlePrefix || len(s)-i-1 < 2 {
		return false
	}
	for j := 0; j < len(s); j++ {
		c := s[j]
		switch {
		case j < i && (c < 'a' || c > 'z'):
			return false
		case j > i && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'):
			return false
		}
	}
	return true
}

// isSkipped reports whether name is the site's or publisher's own name.
func isSkipped(name string, skip []string) bool {
	for _, s := range skip {
		if textkit.SameText(name, s) {
			return true
		}
	}
	return false
}

// dropURLs removes the web addresses that a byline gives after a name
// ("Jane Doe (https://example.com/jane/)"), with the brackets left
// empty, so that splitting at "/" does not make names of their parts.
func dropURLs(s string) string {
	for {
		i := strings.Index(s, "http://")
		if j := strings.Index(s, "https://"); j >= 0 && (i < 0 || j < i) {
			i = j
		}
		if i < 0 {
			return s
		}
		end := strings.IndexAny(s[i:], " )]>")
		if end < 0 {
			end = len(s) - i
		}
		s = s[:i] + s[i+end:]
		s = strings.ReplaceAll(strings.ReplaceAll(s, "()", ""), "[]", "")
	}
}

// isOrganisation reports whether an author's name is a company's: it ends
// in a word such as "Inc." or "GmbH", or the page's copyright notice
// names it.
func isOrganisation(name, copyright string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) > 1 && slices.Contains(lexicon.OrganisationSuffixes, words[len(words)-1]) {
		return true
	}
	return copyright != "" && strings.Contains(textkit.FoldText(copyright), textkit.FoldText(name))
}

// isMention reports whether a block that holds a link to a person's
// profile is a sentence that mentions the person rather than a byline:
// as long as a paragraph opening a story, and mostly not link text.
func isMention(b *block) bool {
	return b.words >= minStoryWords && b.linkDensity() < maxLinkDensity
}

// bylinesAboveHeadline is how many blocks above the headline a byline is
// looked for: over it a page may print a section's name, a date, a
// reading time and counts of votes and comments, each a block.
const bylinesAboveHeadline = 6

// printedByline reads the byline printed by the headline, between the
// few blocks above it and the story's first paragraph: a short line that
// opens with "By" and its kin, or such a word alone with the name in the
// block after it, as markup sets "<span>By</span> <a>Name</a>". Such a
// line that credits a desk or a wire service is handed to noteCredit.
func printedByline(p *page, h storyHeader, skip []string, noteCredit func(string) bool) []string {
	if h.headline < 0 {
		return nil
	}
	for i := max(0, h.headline-bylinesAboveHeadline); i < h.first; i++ {
		b := &p.blocks[i]
		if b.chars > maxLeadLabel || p.nodes[b.node].boxed && b.flags&(inNav|inFooter) != 0 {
			continue
		}
		line := b.text
		if isLoneOpening(b.text) && i+1 < len(p.blocks) {
			line = p.blocks[i+1].text
		} else if _, ok := cutOpening(line); !ok {
			continue
		}
		if noteCredit(line) {
			continue
		}
		if names := cleanAuthors([]string{line}, skip, true); len(names) > 0 {
			return names
		}
	}
	return nil
}

// isLoneOpening reports whether a block is a byline's opening word alone
// ("By", "Von:").
func isLoneOpening(s string) bool {
	s = strings.ToLower(strings.TrimRight(strings.TrimSpace(s), ":"))
	return slices.Contains(lexicon.BylineOpenings, s)
}

// markerAfter returns where a byline's marker ("by", "von") begins as a
// word in s, the text after a date, or -1.
func markerAfter(s string) int {
	low := strings.ToLower(s)
	for _, m := range lexicon.BylineMarkers {
		if i := strings.Index(low, " "+m+" "); i >= 0 {
			return i + 1
		}
	}
	return -1
}
