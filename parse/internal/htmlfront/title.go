package htmlfront

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// titleSeparators are the marks that join a headline and a site name in a
// page title, widest first so that " :: " is not read as " : ".
// The marks that CJK titles use without spaces ("：", ":", "_") come
// last, and cut a title only where the part they set off names the site
// or the other part is a headline stated elsewhere.
var titleSeparators = []string{" | ", " :: ", " - ", " – ", " — ", " · ", " » ", " « ", " / ", " : ", " ~ ", "｜", "：", ":", "_"}

// A bare <title> gives way to the <h1> when the <h1> has minH1Words
// words or more and the title has maxSiteTitleWords or fewer: one or two
// words name a site ("Example", "Example News"), three are a headline.
const (
	minH1Words        = 3
	maxSiteTitleWords = 2
)

// chooseTitle picks the headline: the first title the page states for
// machines (JSON-LD headline, Dublin Core, OpenGraph, Twitter, Parse.ly,
// then <title>), with the site's name cut off when the page's other
// titles or its site name show where the headline ends.
func chooseTitle(p *page, mt metaIndex, ld *ldInfo, site string) string {
	h1 := textkit.CollapseSpace(firstHeading(p))
	for _, c := range p.meta.cues {
		if c.prop == "headline" && c.text != "" && !isOtherStory(c.flags) {
			h1 = c.text
			break
		}
	}
	og := firstNonEmpty(mt["og:title"], mt["twitter:title"])
	headline := ld.headline
	if headline != "" && !isConfirmed(headline, h1, og, p.meta.title) {
		// Some pages put a summary in the JSON-LD headline; one that no
		// other title of the page bears out is not the headline.
		headline = ""
	}
	raw := firstNonEmpty(headline, mt["dc.title"], og, mt["parsely-title"], mt["sailthru.title"], p.meta.title)
	if raw == "" {
		return h1
	}
	refs := []string{h1, headline, og, p.meta.title}
	t := cleanTitle(raw, site, refs)
	if h1 != "" && raw == p.meta.title && len(strings.Fields(h1)) >= minH1Words && !isConfirmed(t, h1) &&
		(isSiteName(t, site) || len(strings.Fields(t)) <= maxSiteTitleWords) {
		// A bare <title> that only names the site ("Example", "Example
		// News") says nothing of the story; the page's <h1> does.
		return h1
	}
	if raw != p.meta.title && h1 != "" && p.meta.title != "" && site != "" &&
		strings.Contains(textkit.FoldText(raw), textkit.FoldText(site)) && !isConfirmed(t, h1, p.meta.title) {
		// A template's og:title that names the site ("Example News -
		// Latest News") and that neither the <h1> nor the tab bears out
		// is not the story's; the tab's headline is, when the <h1> bears
		// it out.
		if alt := cleanTitle(p.meta.title, site, refs); alt != "" && isConfirmed(alt, h1) && !isSiteName(alt, site) {
			return alt
		}
	}
	return t
}

// isConfirmed reports whether a title is borne out by one of the others: it
// reads the same as one, or one contains it. Empty others confirm nothing,
// and a title with no other to check against is taken as it is.
func isConfirmed(title string, others ...string) bool {
	t := textkit.FoldText(title)
	hasOthers := false
	for _, o := range others {
		if o == "" {
			continue
		}
		hasOthers = true
		if f := textkit.FoldText(o); f == t || strings.Contains(f, t) || strings.Contains(t, f) {
			return true
		}
	}
	return !hasOthers
}

// Without a known site name, the last part of a title is taken for one
// when it has at most maxSiteNameWords words and the rest at least
// minHeadlineWords: "Headline of the story | Example News".
const (
	maxSiteNameWords = 3
	minHeadlineWords = 4
)

// cleanTitle drops a site name that a title carries before or after the
// headline ("Headline | Site", "Site - Headline", "Headline :: Site"). A
// part is dropped when it is the site's name, or when the other part is
// the headline some other source states (refs: the <h1>, og:title). With
// neither, a short last part after a strong separator (" | ", " – ") is
// taken for a site name when the rest is clearly a headline.
func cleanTitle(title, site string, refs []string) string {
	// Each reference is folded once (textkit.FoldText, as SameText
	// compares), not again for every separator and part it is held to.
	folded := make([]string, len(refs))
	for i, r := range refs {
		if r != "" {
			folded[i] = textkit.FoldText(r)
		}
	}
	return cleanTitleFolded(title, site, refs, folded)
}

// cleanTitleFolded is cleanTitle with its references folded.
func cleanTitleFolded(title, site string, refs, folded []string) string {
	title = textkit.CollapseSpace(title)
	ft := textkit.FoldText(title)
	for i, r := range refs {
		if r != "" && r != title && folded[i] == ft {
			return title
		}
	}
	for _, sep := range titleSeparators {
		head, tail, lead, rest, ok := titleParts(title, sep)
		if !ok {
			continue
		}
		switch {
		case isSiteName(tail, site):
			return cleanTitleFolded(head, site, refs, folded)
		case isSiteName(lead, site):
			return cleanTitleFolded(rest, site, refs, folded)
		}
		// A heading that matches the part that is not the longer one is
		// likely the site's logo, not the headline: the part kept must be
		// strictly longer than the part dropped.
		isLonger := func(keep, drop string) bool { return len([]rune(keep)) > len([]rune(drop)) }
		var fh, frest, flead string // the parts folded, at the first reference they are held to
		for i, r := range refs {
			if r == "" || folded[i] == ft {
				continue
			}
			if fh == "" && frest == "" && flead == "" {
				fh, frest, flead = textkit.FoldText(head), textkit.FoldText(rest), textkit.FoldText(lead)
			}
			switch {
			case folded[i] == fh && isLonger(head, tail):
				return head
			case folded[i] == frest && isLonger(rest, lead):
				return rest
			case folded[i] == flead && isLonger(lead, rest):
				return lead
			}
		}
	}
	return cutUnnamedSite(title)
}

// titleParts splits a title at the last separator sep (head, tail) and at
// the first (lead, rest); ok is false when sep does not follow some text.
func titleParts(title, sep string) (head, tail, lead, rest string, ok bool) {
	first, last := strings.Index(title, sep), strings.LastIndex(title, sep)
	if first <= 0 {
		return "", "", "", "", false
	}
	head, tail = strings.TrimSpace(title[:last]), strings.TrimSpace(title[last+len(sep):])
	lead, rest = strings.TrimSpace(title[:first]), strings.TrimSpace(title[first+len(sep):])
	return head, tail, lead, rest, true
}

// cutUnnamedSite is cleanTitle where nothing names the site: a short last
// part after a strong separator, with a clear headline before it, is
// taken for the site's name. With several such parts ("Headline | Section
// | Site") only the last goes.
func cutUnnamedSite(title string) string {
	for _, sep := range []string{" | ", " – ", " — ", " :: ", " · "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := title[:i], title[i+len(sep):]
		if n := len(strings.Fields(tail)); n >= 1 && n <= maxSiteNameWords && len(strings.Fields(head)) >= minHeadlineWords &&
			!strings.ContainsAny(tail, "0123456789") {
			return strings.TrimSpace(head)
		}
	}
	return cutCategoryAffix(title)
}

// A CJK title sets its site's name and its section's after the headline
// with underscores and no spaces ("Headline_Section_Site"): each part
// after the first has at most maxAffixRunes runes, and the first at least
// affixHeadlineMul times as many as the longest of them.
const (
	maxAffixRunes    = 12
	affixHeadlineMul = 2
)

// cutCategoryAffix returns the headline of a title written in a script
// without spaces between words that ends in "_Section_Site" parts, and
// the title otherwise.
func cutCategoryAffix(title string) string {
	parts := strings.Split(title, "_")
	if len(parts) < 2 {
		return title
	}
	head := strings.TrimSpace(parts[0])
	if !hasCaseless(head) {
		return title
	}
	longest := 0
	for _, p := range parts[1:] {
		n := utf8.RuneCountInString(strings.TrimSpace(p))
		if n == 0 || n > maxAffixRunes {
			return title
		}
		longest = max(longest, n)
	}
	if utf8.RuneCountInString(head) < affixHeadlineMul*longest {
		return title
	}
	return head
}

// hasCaseless reports whether s holds a letter of a script without letter
// case (Han, kana, Hangul, ...).
func hasCaseless(s string) bool {
	for _, r := range s {
		if r >= firstCaselessRune && unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// How a title part is compared with the site's name:
const (
	// minSitePart is the fewest runes of a part held in the site's
	// name that names the site: a shorter one ("AP", "TV") is a word
	// of many names.
	minSitePart = 3
	// maxSiteExtraWords is how many words a part may add to the site's
	// name and still name the site ("Example News Online").
	maxSiteExtraWords = 2
)

// isSiteName reports whether a title part names the site: it is the site
// name, contains it, or is contained in it ("Example" against "Example
// News"), or it is the site's domain.
func isSiteName(part, site string) bool {
	if part == "" || site == "" {
		return false
	}
	a, b := textkit.FoldText(part), textkit.FoldText(site)
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	if len([]rune(a)) >= minSitePart && (strings.HasPrefix(b, a+" ") || strings.HasSuffix(b, " "+a)) {
		return true
	}
	if strings.HasPrefix(a, b+" ") || strings.HasSuffix(a, " "+b) {
		return len(strings.Fields(a)) <= len(strings.Fields(b))+maxSiteExtraWords
	}
	if i := strings.LastIndexByte(a, '.'); i > 0 && !strings.Contains(a, " ") {
		return strings.ReplaceAll(a[:i], "www.", "") == strings.ReplaceAll(b, " ", "")
	}
	return false
}

// firstHeading returns the text of the page's first <h1>.
func firstHeading(p *page) string {
	for i := range p.blocks {
		if b := &p.blocks[i]; b.kind == kindHeading && b.level == 1 {
			return b.text
		}
	}
	return ""
}

// How findTitleBlock looks for the headline among the blocks:
const (
	// maxHeadlineChars is the length above which a block is prose,
	// never the headline.
	maxHeadlineChars = 400
	// maxHeadlineLevel is the lowest heading level (h3) that may show
	// the headline; an <h4> or lower is a box's or a section's.
	maxHeadlineLevel = 3
	// minTitleMatch is the fewest bytes of a heading that may match the
	// title loosely, by containment or by letters alone: a shorter one
	// ("News", "Home") is in too many titles.
	minTitleMatch = 8
	// A heading held in the title holds at least 1/partialTitleDiv of
	// it: a smaller part is a word of it, such as the section's name.
	partialTitleDiv = 2
)

// A text block (not a heading) can read the same as the title, once
// folded, only if its length is near the title's: at least
// 1/foldShrinkDiv of its bytes and at most foldGrowMul times them plus
// foldGrowPad. Folding drops punctuation and spaces and may change a
// letter's length in bytes, but not by this much; blocks farther off are
// not worth folding.
const (
	foldShrinkDiv = 2
	foldGrowMul   = 3
	foldGrowPad   = 16
)

// findTitleBlock returns the index of the block that shows the headline:
// a heading reading the same as the title, else a short block reading the
// same, else a heading that holds the title or is held in it, else the
// first <h1>; -1 when there is none of those. Of several headings reading
// the same, the most prominent wins: one that is not a link (teasers
// repeat the headline as links), then the highest level, then the first.
// Headings are also compared by their letters and digits alone, as a
// heading whose parts are set as separate lines reads "Part 1Part 2".
func findTitleBlock(p *page, title string) int {
	t := textkit.FoldText(title)
	tl := alnumOnly(t)
	tn := asciiAlnums(t)
	first, partial, plain, loose := -1, -1, -1, -1
	best, bestRank := -1, 0
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.chars > maxHeadlineChars || b.flags&inNav != 0 {
			continue
		}
		if b.kind != kindHeading && (len(b.text) < len(t)/foldShrinkDiv || len(b.text) > foldGrowMul*len(t)+foldGrowPad) {
			// Cannot read the same as the title: not worth folding.
			continue
		}
		if b.kind != kindHeading {
			// Most blocks are text, and folding them all cost more than
			// the rest of the search: fold only one that can read the same.
			if plain < 0 && t != "" && mayFoldTo(b.text, tn) && textkit.FoldText(b.text) == t {
				plain = i
			}
			continue
		}
		if b.level > maxHeadlineLevel {
			// Only the first <h1> is taken without reading the same.
			continue
		}
		f := ""
		if t != "" {
			f = textkit.FoldText(b.text)
		}
		if t != "" && f == t {
			rank := int(b.level)
			if b.flags&inLink != 0 {
				rank += maxHeadlineLevel // below every heading that is no link
			}
			if best < 0 || rank < bestRank {
				best, bestRank = i, rank
			}
			continue
		}
		if partial < 0 && t != "" && len(f) >= minTitleMatch &&
			(strings.Contains(f, t) || strings.Contains(t, f) && partialTitleDiv*len(f) >= len(t)) {
			partial = i
		}
		if loose < 0 && len(tl) >= minTitleMatch && isAlnumEqual(f, tl) {
			loose = i
		}
		if first < 0 && b.level == 1 {
			first = i
		}
	}
	switch {
	case best >= 0:
		return best
	case plain >= 0:
		return plain
	case loose >= 0:
		return loose
	case partial >= 0:
		return partial
	}
	return first
}

// mayFoldTo reports whether textkit.FoldText(s) can hold n ASCII letters and
// digits, without folding s: folding keeps those of s, drops none of them
// (it trims only punctuation and spaces) and adds at most one for each
// non-ASCII rune, which is two bytes or more, that lower-cases to ASCII
// (the Kelvin sign, the dotted capital I).
func mayFoldTo(s string, n int) bool {
	have, other := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			other++
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			have++
		}
	}
	return have <= n && n <= have+other
}

// asciiAlnums counts the ASCII letters and digits of s.
func asciiAlnums(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			n++
		}
	}
	return n
}

// isAlnumEqual reports whether the letters and digits of s, in order, are
// exactly alnum, without building the string.
func isAlnumEqual(s, alnum string) bool {
	j := 0
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		c, n := utf8.DecodeRuneInString(alnum[j:])
		if n == 0 || c != r {
			return false
		}
		j += n
	}
	return j == len(alnum)
}

// alnumOnly returns the letters and digits of s.
func alnumOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// minSharedWords is the share of a printed headline's words that the
// titles the page states must hold, together, to bear it out when none of
// them reads the same: a feed's rewrite keeps most of the words ("As It
// Plummets" for "as It Flings"), a section's name or a subheading in the
// story shares few.
const minSharedWords = 2.0 / 3

// preferPrinted returns the headline the page prints above its story
// (header.go) where it differs from t, the title the page states for
// machines: a title rewritten for search or social feeds, cut short, or
// carrying the site's name is not what a reader sees. The printed heading
// wins only when the page bears it out, since the <h1> nearest a story is
// also a section's name or a box's: microdata names it the headline, or
// one of the stated titles (<title>, og:title, twitter:title, the JSON-LD
// headline) reads the same, holds it whole, or holds most of its words.
// A heading microdata calls the alternative headline is a kicker.
func preferPrinted(t string, p *page, h storyHeader, mt metaIndex, ld *ldInfo, site string) string {
	if h.headline < 0 {
		return t
	}
	// A heading's permalink mark ("¶", "#") is no part of it.
	printed := strings.TrimRight(textkit.CollapseSpace(p.blocks[h.headline].text), " ¶#§")
	if printed == "" || isSiteName(printed, site) || textkit.SameText(printed, t) {
		return t
	}
	marked := false
	for _, c := range p.meta.cues {
		if int(c.block) == h.headline {
			switch c.prop {
			case "headline":
				marked = true
			case "alternativeheadline":
				return t
			}
		}
	}
	stated := []string{p.meta.title, mt["og:title"], mt["twitter:title"], ld.headline, mt["dc.title"]}
	if marked || isBorneOut(printed, stated) {
		return printed
	}
	return t
}

// isBorneOut reports whether a printed headline is borne out by the stated
// titles (see preferPrinted).
func isBorneOut(printed string, stated []string) bool {
	f := textkit.FoldText(printed)
	letters := alnumOnly(f)
	words := map[string]bool{}
	for _, s := range stated {
		if s == "" {
			continue
		}
		sf := textkit.FoldText(s)
		if sf == f || strings.Contains(sf, f) && partialTitleDiv*len(f) >= len(sf) || alnumOnly(sf) == letters {
			return true
		}
		for _, w := range strings.FieldsFunc(sf, isNotWordRune) {
			words[w] = true
		}
	}
	pw := strings.FieldsFunc(f, isNotWordRune)
	if len(pw) < minH1Words {
		return false
	}
	n := 0
	for _, w := range pw {
		if words[w] {
			n++
		}
	}
	return float64(n) >= minSharedWords*float64(len(pw))
}

func isNotWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
