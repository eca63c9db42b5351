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
// yields a name: JSON-LD, <meta> names, then byline elements (rel=author,
// itemprop=author, class names such as "byline"), those near the headline
// first. The site's own name is dropped from byline text and from JSON-LD
// organizations, but kept when a page names it as its author in <meta>,
// as personal sites do.
//
// A company's name in <meta> (one ending in "Inc." or "GmbH", or the
// holder the page's copyright <meta> names) is the publisher's, and gives
// way to the byline printed by the headline (h, from header.go): a byline
// line ("By Ann Lee") or a lone "By" and the name after it.
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
	for _, k := range []string{"dc.creator", "author", "article:author", "og:article:author", "byl",
		"parsely-author", "sailthru.author", "citation_author", "book:author"} {
		vals := metaValues(p.meta.metas, k)
		if k == "dc.creator" || k == "citation_author" {
			for i, v := range vals {
				vals[i] = invertName(v)
			}
		}
		names := cleanAuthors(vals, nil, true)
		names = slices.DeleteFunc(names, func(n string) bool { return isOrganisation(n, mt["copyright"]) })
		if len(names) > 0 {
			return names
		}
	}
	if names := printedByline(p, h, skip); len(names) > 0 {
		return names
	}
	for pass := 0; pass < 2; pass++ {
		for _, c := range p.meta.cues {
			if c.kind&cueByline == 0 && c.prop != "author" && c.prop != "creator" || c.text == "" || isOtherStory(c.flags) ||
				pass == 1 && c.isProfile {
				continue
			}
			isNear := titleBlock >= 0 && int(c.block) >= titleBlock-blocksAboveTitle && int(c.block) <= titleBlock+blocksBelowTitle
			if pass == 0 && !isNear {
				continue
			}
			if names := cleanAuthors([]string{c.text}, skip, true); len(names) > 0 {
				return names
			}
		}
	}
	return cleanAuthors(p.meta.authors, skip, true)
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
	low := strings.ToLower(strings.TrimSpace(s))
	for _, p := range lexicon.BylineOpenings {
		if len(low) > len(p)+1 && strings.HasPrefix(low, p) && (low[len(p)] == ' ' || low[len(p)] == ':') {
			return len(cleanAuthors([]string{s}, nil, true)) > 0
		}
	}
	return false
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
	for changed := true; changed; {
		changed = false
		low := strings.ToLower(s)
		for _, p := range lexicon.BylineOpenings {
			if strings.HasPrefix(low, p) && len(s) > len(p) {
				rest := s[len(p):]
				if c := rest[0]; c == ' ' || c == ':' || c == '\u00a0' {
					s = strings.TrimLeft(rest, " :\u00a0")
					changed = true
					break
				}
			}
		}
	}
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '.' && r != ')' })
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
	if strict && lexicon.HasRoleWord(words) {
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

// printedByline reads the byline printed by the headline, between the
// few blocks above it and the story's first paragraph: a short line that
// opens with "By" and its kin, or such a word alone with the name in the
// block after it, as markup sets "<span>By</span> <a>Name</a>".
func printedByline(p *page, h storyHeader, skip []string) []string {
	if h.headline < 0 {
		return nil
	}
	for i := max(0, h.headline-blocksAboveTitle); i < h.first; i++ {
		b := &p.blocks[i]
		if b.chars > maxLeadLabel || p.nodes[b.node].boxed && b.flags&(inNav|inFooter) != 0 {
			continue
		}
		if isLoneOpening(b.text) && i+1 < len(p.blocks) {
			if names := cleanAuthors([]string{p.blocks[i+1].text}, skip, true); len(names) > 0 {
				return names
			}
		}
		if isByline(b.text) {
			if names := cleanAuthors([]string{b.text}, skip, true); len(names) > 0 {
				return names
			}
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
