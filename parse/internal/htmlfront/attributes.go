package htmlfront

import (
	"bytes"
	"strings"
	"unsafe"

	"github.com/artparse/artparse/parse/internal/htmllex"
	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/textkit"
	"golang.org/x/net/html/atom"
)

// attrInfo is what the tokenizer keeps of an element's attributes.
type attrInfo struct {
	flags       flags
	isLink      bool   // an <a> that is a real link
	isJSONLD    bool   // a <script type=application/ld+json>
	holdsAuthor bool   // the element holds an author's name
	isProfile   bool   // a link to an author's profile page
	lang        string // <html lang>
	src         string // <img src>
	alt         string // <img alt>, read for content only
	link        string // <a href>, read for content only
	// Metadata cues (cues.go).
	cue        cueKind
	prop       string // itemprop naming a date, headline or author
	val        string // datetime, or content for such an itemprop
	hasPubdate bool   // <time pubdate>
}

// readAttrs reads the current tag's attributes. It records the page-level
// metadata that <meta>, <link>, <base> and <time> carry and returns what the
// element itself contributes to its subtree.
func (t *tokenizer) readAttrs(a atom.Atom, raw []byte) attrInfo {
	var ai attrInfo
	var name, content, rel, href, itemprop string
	var names flags // from class and id
	var contentB []byte
	it := htmllex.NewAttrs(raw)
	for {
		k, v, ok := it.Next()
		if !ok {
			break
		}
		switch string(k) {
		case "class":
			// Read afresh each time: a per-page cache of values cost as
			// much CPU as it saved and 150 allocations a page.
			f, cue := readClass(v, true)
			names |= f
			ai.cue |= cue
		case "id":
			// Ids made from a heading's words ("why-we-shared-the-menu")
			// say nothing about the element's role.
			f, cue := readClass(v, true)
			if !isSlugLike(v) {
				names |= f
			}
			ai.cue |= cue
		case "role":
			ai.flags |= roleFlags(strings.ToLower(string(v)))
		case "hidden":
			ai.flags |= inHidden
		case "aria-hidden":
			if string(v) == "true" {
				ai.flags |= inHidden
			}
		case "style":
			if hidesElement(v) {
				ai.flags |= inHidden
			}
		case "itemprop":
			itemprop = strings.ToLower(string(v))
		case "itemtype":
			if isArticleType(string(v)) {
				ai.flags |= inArticle
			}
		case "href":
			if a == atom.A {
				// Only whether it leads somewhere matters; no copy.
				// A javascript: link is a button drawn as a link: its
				// text is no more a link's than a button's is.
				ai.isLink = len(v) > 0 && v[0] != '#' && !isScriptLink(v)
				ai.isProfile = ai.isLink && isProfileLink(v)
				if t.rich {
					ai.link = htmllex.AttrText(v)
				}
			} else {
				href = htmllex.AttrText(v)
			}
		case "rel":
			rel = strings.ToLower(string(v))
		case "name", "property", "http-equiv":
			if a == atom.Meta && name == "" {
				name = strings.ToLower(string(v))
			}
		case "content":
			// Kept as bytes until the element is known to need it: the
			// slices stay valid until the tokenizer's next token.
			contentB = v
		case "datetime":
			ai.val = htmllex.AttrText(v)
		case "pubdate":
			ai.hasPubdate = true
		case "lang", "xml:lang":
			if a == atom.Html && ai.lang == "" {
				ai.lang = htmllex.AttrText(v)
			}
		case "type":
			if a == atom.Script && strings.Contains(strings.ToLower(string(v)), "ld+json") {
				ai.isJSONLD = true
			}
		case "alt":
			if t.rich && a == atom.Img {
				ai.alt = htmllex.AttrText(v)
			}
		case "src", "data-src":
			if a == atom.Img && (ai.src == "" || string(k) == "data-src") {
				ai.src = htmllex.AttrText(v)
			}
		default:
			// A Unix time in a data attribute is a machine time like
			// <time datetime> (dates.go, epochAttr).
			if ai.val == "" {
				if d := epochAttr(k, v); d != "" {
					ai.val = d
					ai.cue |= cueTime
				}
			}
		}
	}
	// A name that says content outweighs boilerplate words in the other
	// attribute: id="toc-3" class="article-body" is article text.
	if names&goodClass != 0 {
		names &^= badClass
	}
	ai.flags |= names
	switch itemprop {
	case "":
	case "articlebody", "text":
		ai.flags |= inBody | goodClass
	case "description":
		// The lead of a story, which themes often call a "teaser".
		if a != atom.Meta {
			ai.flags = ai.flags&^badClass | goodClass
		}
	case "author", "creator":
		ai.holdsAuthor = a != atom.Meta && a != atom.Link
		if ai.holdsAuthor {
			ai.flags |= authorClass
		}
	}
	if strings.Contains(rel, "author") && a == atom.A {
		ai.holdsAuthor = true
	}
	if ai.isProfile && !ai.holdsAuthor {
		// Read only by the headline (cue.isProfile): elsewhere such links
		// are a menu's ("/user/login") or a comment's.
		ai.cue |= cueByline
	} else {
		ai.isProfile = false
	}
	if contentB != nil && (a == atom.Meta || itemprop != "") {
		content = htmllex.AttrText(contentB)
	}
	if content != "" && (a == atom.Link || a == atom.Meta) {
		t.microdataAuthor(a, itemprop, content)
	}
	ai.setCue(a, itemprop, content)
	switch a {
	case atom.Meta:
		key := name
		if key == "" {
			key = itemprop
		}
		if key != "" && content != "" {
			t.p.meta.metas = append(t.p.meta.metas, metaTag{key: key, content: content})
		}
	case atom.Link:
		switch {
		case hasWord(rel, "canonical"):
			if t.p.meta.canonical == "" {
				t.p.meta.canonical = href
			}
		case hasWord(rel, "image_src"):
			if t.p.meta.imageSrc == "" {
				t.p.meta.imageSrc = href
			}
		}
	case atom.Base:
		if t.p.meta.base == "" {
			t.p.meta.base = href
		}
	}
	return ai
}

// isScriptLink reports whether an href runs a script instead of leading
// to a page.
func isScriptLink(v []byte) bool {
	for len(v) > 0 && (v[0] == ' ' || v[0] == '\t' || v[0] == '\n') {
		v = v[1:]
	}
	return textkit.HasFoldPrefix(v, "javascript:")
}

// hasWord reports whether the space-separated list s contains w.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

// isArticleType reports whether a microdata itemtype is a schema.org kind of
// article.
func isArticleType(v string) bool {
	return strings.HasSuffix(v, "Article") || strings.HasSuffix(v, "BlogPosting") ||
		strings.HasSuffix(v, "Report")
}

// hidesElement reports whether an inline style hides the element.
func hidesElement(v []byte) bool {
	s := strings.ToLower(string(v))
	if !strings.Contains(s, "none") && !strings.Contains(s, "hidden") {
		return false
	}
	s = strings.ReplaceAll(s, " ", "")
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// readClass reads a class or id value in one pass: its flags, and, with
// cues, its metadata cue (each byte is tried as the start of one of
// cueWords as the value's words are split; cues_test.go's cueClass, which
// reads the value for those words alone, is its reference).
//
// The flags come from whole words (split at anything that is not a letter
// or digit), so "ad" matches "ad-slot" but not "header". Within one class
// name a boilerplate word wins ("post-share" is a share bar); across the
// names of one value, a name that only says content wins, because content
// wrappers carry taxonomy and layout names such as "category-newsletter" or
// "field--label-hidden" that mean nothing about their text.
func readClass(v []byte, cues bool) (flags, cueKind) {
	var all, name, pureGood flags
	var found cueKind
	cues = cues && len(v) >= minCueWord && len(v) <= maxCueClass
	start := -1
	negated := false // the word before said "has", "with" or "no"
	for i := 0; i <= len(v); i++ {
		c := byte(' ')
		if i < len(v) {
			c = v[i]
			if cues && isCueFirst[c] && i+minCueWord <= len(v) && mayCueAt(v[i:]) {
				found |= cuesAt(v[i:], found)
			}
		}
		if isClassByte(c) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			f := classWordFlags(v[start:i])
			// "has-ads", "no-sidebar" and BEM modifiers such as
			// "section--ads" state a property of a layout element,
			// not that the element is the ad.
			if negated || start >= 2 && v[start-1] == '-' && v[start-2] == '-' {
				f &^= badClass | frameClasses
			}
			negated = isNegatingWord(v[start:i])
			name |= f
			start = -1
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			negated = false
			if name&(badClass|inComments) == 0 {
				pureGood |= name & goodClass
			}
			all |= name
			name = 0
		}
	}
	var cue cueKind
	if cues {
		cue = cueResult(found)
	}
	if pureGood != 0 {
		return all&^badClass | goodClass, cue
	}
	if all&(badClass|inComments) != 0 {
		all &^= goodClass
	}
	return all, cue
}

// isNegatingWord reports whether a class word says that what follows is a
// property of the element: "has", "with", "no", "without".
func isNegatingWord(w []byte) bool {
	switch string(w) {
	case "has", "with", "no", "without", "Has", "With", "No", "Without":
		return true
	}
	return false
}

// minSlugJoins is the fewest joins of an id made from a heading's words:
// four words, where the ids that name a role ("main-content",
// "related-posts-box") have fewer.
const minSlugJoins = 3

// isSlugLike reports whether an id value reads like words of text joined by
// hyphens or underscores, as generated from headings and titles: four
// words or more.
func isSlugLike(v []byte) bool {
	seps := 0
	for i, c := range v {
		if (c == '-' || c == '_') && i > 0 && v[i-1] != '-' && v[i-1] != '_' {
			seps++
		}
	}
	return seps >= minSlugJoins
}

func isClassByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// maxClassWord is the longest word of a class or id value that is read:
// longer ones are generated hashes, and the limit lets the word be
// lower-cased on the stack.
const maxClassWord = 40

// classWordFlags classifies one word of a class or id value.
func classWordFlags(w []byte) flags {
	if len(w) < 2 || len(w) > maxClassWord {
		return 0
	}
	var buf [maxClassWord]byte
	for i, c := range w {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	// A view of the buffer, not a copy: neither the switch nor
	// substringFlags keeps it.
	s := unsafe.String(&buf[0], len(w))
	// "widget" is not among the words: page builders call every block of
	// a page a widget, the story's text included.
	switch s {
	case "ad", "ads", "advert", "advertisement", "advertising", "sponsored",
		"nav", "navbar", "navigation", "menu", "submenu", "breadcrumb",
		"breadcrumbs", "footer", "sidebar", "aside",
		"share", "sharing", "social", "related", "recommended", "promo",
		"newsletter", "subscribe", "subscription", "signup", "cookie",
		"cookies", "consent", "banner", "popup", "modal", "masthead",
		"pagination", "pager", "toolbar", "tags", "tagcloud", "byline",
		"meta", "skip", "outbrain", "taboola", "disclaimer",
		"teaser", "teasers", "more", "trending", "popular", "login",
		"print", "rating", "follow":
		return badClass
	case "comment", "comments", "discussion", "respond", "replies", "disqus":
		return inComments
	// Captions, credits and the author's box frame a story: they are
	// dropped above and below it only (edges.go), since inside it the
	// same names mark its pictures and its quoted experts.
	case "caption", "captions", "figcaption":
		return captionClass
	case "credit", "credits":
		return creditClass
	case "author":
		return badClass | authorClass
	case "authors", "biography", "authorbox", "authorbio", "profile":
		return authorClass
	case "article", "content", "entry", "post", "story", "body", "text",
		"main", "prose", "blog", "articlebody", "postbody", "entrycontent":
		return goodClass
	}
	return substringFlags(s)
}

// substringFlags finds the boilerplate and content words that class names
// glue to others ("sharebar", "mainmenu", "articlebody") in one pass over
// s, looking further only at the letters those words start with.
func substringFlags(s string) flags {
	// "commentary" is a kind of article: an opinion piece.
	if strings.HasPrefix(s, "comment") && !strings.HasPrefix(s, "commentar") {
		return inComments
	}
	bad, good := false, false
	for i := 0; i+4 <= len(s) && !bad; i++ {
		r := s[i:]
		switch s[i] {
		case 'a':
			bad = strings.HasPrefix(r, "advert")
			good = good || strings.HasPrefix(r, "article")
		case 'b':
			bad = strings.HasPrefix(r, "breadcrumb")
		case 'c':
			bad = strings.HasPrefix(r, "cookie") || strings.HasPrefix(r, "carousel")
			good = good || strings.HasPrefix(r, "content")
		case 'f':
			bad = strings.HasPrefix(r, "footer")
		case 'm':
			bad = strings.HasPrefix(r, "menu")
		case 'n':
			bad = strings.HasPrefix(r, "newsletter") || strings.HasPrefix(r, "navbar")
		case 'p':
			bad = strings.HasPrefix(r, "promo")
		case 'r':
			bad = strings.HasPrefix(r, "related")
		case 's':
			bad = strings.HasPrefix(r, "sidebar") || strings.HasPrefix(r, "social") ||
				strings.HasPrefix(r, "sponsor") || strings.HasPrefix(r, "share") && s != "shared"
			good = good || strings.HasPrefix(r, "story")
		case 't':
			bad = strings.HasPrefix(r, "teaser")
		}
	}
	switch {
	case bad:
		return badClass
	case good:
		return goodClass
	}
	return 0
}

// isProfileLink reports whether an address leads to an author's profile
// page (lexicon.ProfilePaths), with a name after the path's segment. It
// reads the attribute's raw bytes: most links are not, and need no copy.
func isProfileLink(v []byte) bool {
	// Every path opens with a slash, and an address holds a few: each is
	// tried against the paths, where searching the address once a path
	// cost every link eight scans.
	for i := bytes.IndexByte(v, '/'); i >= 0; {
		rest := v[i:]
		for _, p := range lexicon.ProfilePaths {
			if len(rest) > len(p) && string(rest[:len(p)]) == p {
				return true
			}
		}
		j := bytes.IndexByte(rest[1:], '/')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}
