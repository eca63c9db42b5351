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
			f, cue := t.classes.read(v)
			names |= f
			ai.cue |= cue
		case "id":
			// An id names one element: it is not kept in t.classes,
			// which it would only fill.
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

// readClass reads a class or id value: its flags, and, with cues, its
// metadata cue. Each is found in its own loop (classNameFlags, cuesIn):
// one loop doing both kept more state than registers and spent most of
// its instructions moving it to the stack and back at every byte.
func readClass(v []byte, cues bool) (flags, cueKind) {
	var cue cueKind
	if cues && len(v) >= minCueWord && len(v) <= maxCueClass {
		cue = cueResult(cuesIn(v))
	}
	return classNameFlags(v), cue
}

// classNameFlags reads a class or id value for words that mark boilerplate
// or content. The flags come from whole words (split at anything that is
// not a letter or digit), so "ad" matches "ad-slot" but not "header".
// Within one class name a boilerplate word wins ("post-share" is a share
// bar); across the names of one value, a name that only says content
// wins, because content wrappers carry taxonomy and layout names such as
// "category-newsletter" or "field--label-hidden" that mean nothing about
// their text.
func classNameFlags(v []byte) flags {
	var all, name, pureGood flags
	negated := false // the word before said "has", "with" or "no"
	for i := 0; i < len(v); {
		if !isClassByte(v[i]) {
			if isClassSpace(v[i]) {
				negated = false
				if name&(badClass|inComments) == 0 {
					pureGood |= name & goodClass
				}
				all |= name
				name = 0
			}
			i++
			continue
		}
		start := i
		for i++; i < len(v) && isClassByte(v[i]); i++ {
		}
		w := v[start:i]
		f := classWordFlags(w)
		// "has-ads", "no-sidebar" and BEM modifiers such as
		// "section--ads" state a property of a layout element,
		// not that the element is the ad.
		if negated || start >= 2 && v[start-1] == '-' && v[start-2] == '-' {
			f &^= badClass | frameClasses
		}
		negated = isNegatingWord(w)
		name |= f
	}
	if name&(badClass|inComments) == 0 {
		pureGood |= name & goodClass
	}
	return valueFlags(all|name, pureGood)
}

// valueFlags is what the names of a value say together, all their flags
// and pureGood the content flags of the names that say only content.
func valueFlags(all, pureGood flags) flags {
	if pureGood != 0 {
		return all&^badClass | goodClass
	}
	if all&(badClass|inComments) != 0 {
		all &^= goodClass
	}
	return all
}

// isClassSpace reports whether c separates the names of a class value.
func isClassSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
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

// isClassByte reports whether c is a letter or digit, part of a word of a
// class or id value.
func isClassByte(c byte) bool {
	return classLower[c] != 0
}

// classLower maps each ASCII letter and digit to itself lower-cased, and
// every other byte to 0: one table read both tells a word's bytes and
// lowers them.
var classLower = func() (t [256]byte) {
	for c := range t {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			t[c] = byte(c)
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()

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
		buf[i] = classLower[c]
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
// glue to others ("sharebar", "mainmenu", "articlebody"), gluedWords, in
// one pass over s, a lower-case word of letters and digits. A boilerplate
// word wins over a content word.
func substringFlags(s string) flags {
	// "commentary" is a kind of article: an opinion piece.
	if strings.HasPrefix(s, "comment") && !strings.HasPrefix(s, "commentar") {
		return inComments
	}
	var found flags
	pair := startPair(uint(startCode[s[0]]), startCode[s[1]])
	for i := 2; i < len(s); i++ {
		c := startCode[s[i]]
		if gluedStarts.at(pair, c) {
			for _, k := range gluedByFirst[s[i-2]] {
				if w := gluedWords[k]; strings.HasPrefix(s[i-2:], w.word) {
					found |= w.f
				}
			}
		}
		pair = startPair(pair, c)
	}
	switch {
	case found&badClass != 0 && s != "shared":
		return badClass
	case found&goodClass != 0:
		return goodClass
	}
	return 0
}

// gluedWords are the words substringFlags finds inside class words, and
// the flag each gives. "shared" is not a share bar.
var gluedWords = [...]struct {
	word string
	f    flags
}{
	{"advert", badClass}, {"article", goodClass}, {"breadcrumb", badClass},
	{"cookie", badClass}, {"carousel", badClass}, {"content", goodClass},
	{"footer", badClass}, {"menu", badClass}, {"newsletter", badClass},
	{"navbar", badClass}, {"promo", badClass}, {"related", badClass},
	{"sidebar", badClass}, {"social", badClass}, {"sponsor", badClass},
	{"share", badClass}, {"story", goodClass}, {"teaser", badClass},
}

// gluedByFirst lists the indexes of gluedWords by their first letter.
var gluedByFirst = func() (t [256][]uint8) {
	for k, w := range gluedWords {
		t[w.word[0]] = append(t[w.word[0]], uint8(k))
	}
	return t
}()

// gluedStarts are the first three letters of gluedWords.
var gluedStarts = func() (p wordStarts) {
	for _, w := range gluedWords {
		p.add(w.word)
	}
	return p
}()

// isProfileLink reports whether an address leads to an author's profile
// page (lexicon.ProfilePaths), with a name after the path's segment. It
// reads the attribute's raw bytes: most links are not, and need no copy.
func isProfileLink(v []byte) bool {
	// Every path opens with a slash, and an address holds a few: each is
	// asked whether a path begins there (profilePaths compares the paths
	// only after a slash whose next byte begins one), where searching the
	// address once a path cost every link eight scans. The address's last
	// byte is not asked about, so a path must be followed by a name.
	for i := bytes.IndexByte(v, '/'); i >= 0; {
		rest := v[i:]
		if profilePaths.HasPrefix(bytesString(rest[:len(rest)-1])) {
			return true
		}
		j := bytes.IndexByte(rest[1:], '/')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// profilePaths finds lexicon.ProfilePaths at the start of a text.
var profilePaths = lexicon.NewPrefixes(lexicon.ProfilePaths...)
