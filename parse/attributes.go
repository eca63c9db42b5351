package parse

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// attrInfo is what the tokenizer keeps of an element's attributes.
type attrInfo struct {
	flags  flags
	href   bool   // an <a> that is a real link
	jsonLD bool   // a <script type=application/ld+json>
	author bool   // the element holds an author's name
	lang   string // <html lang>
	src    string // <img src>
	// Metadata cues (cues.go).
	cue     cueKind
	prop    string // itemprop naming a date, headline or author
	val     string // datetime, or content for such an itemprop
	pubdate bool   // <time pubdate>
}

// readAttrs reads the current tag's attributes. It records the page-level
// metadata that <meta>, <link>, <base> and <time> carry and returns what the
// element itself contributes to its subtree.
func (t *tokenizer) readAttrs(a atom.Atom) attrInfo {
	var ai attrInfo
	var name, content, rel, href, itemprop string
	var contentB []byte
	for more := true; more; {
		var k, v []byte
		k, v, more = t.z.TagAttr()
		switch string(k) {
		case "class", "id":
			ai.flags |= classFlags(v)
			ai.cue |= cueClass(v)
		case "role":
			ai.flags |= roleFlags(strings.ToLower(string(v)))
		case "hidden":
			ai.flags |= inHidden
		case "aria-hidden":
			if string(v) == "true" {
				ai.flags |= inHidden
			}
		case "style":
			if hiddenStyle(v) {
				ai.flags |= inHidden
			}
		case "itemprop":
			itemprop = strings.ToLower(string(v))
		case "itemtype":
			if articleType(string(v)) {
				ai.flags |= inArticle
			}
		case "href":
			href = string(v)
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
			ai.val = string(v)
		case "pubdate":
			ai.pubdate = true
		case "lang":
			if a == atom.Html {
				ai.lang = string(v)
			}
		case "type":
			if a == atom.Script && strings.Contains(strings.ToLower(string(v)), "ld+json") {
				ai.jsonLD = true
			}
		case "src", "data-src":
			if a == atom.Img && (ai.src == "" || string(k) == "data-src") {
				ai.src = string(v)
			}
		}
	}
	switch itemprop {
	case "":
	case "articlebody", "text":
		ai.flags |= inBody | goodClass
	case "author", "creator":
		ai.author = a != atom.Meta && a != atom.Link
	}
	if strings.Contains(rel, "author") && a == atom.A {
		ai.author = true
	}
	if contentB != nil && (a == atom.Meta || itemprop != "") {
		content = string(contentB)
	}
	ai.setCue(a, itemprop, content)
	switch a {
	case atom.A:
		ai.href = href != "" && !strings.HasPrefix(href, "#")
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

// hasWord reports whether the space-separated list s contains w.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

// articleType reports whether a microdata itemtype is a schema.org kind of
// article.
func articleType(v string) bool {
	return strings.HasSuffix(v, "Article") || strings.HasSuffix(v, "BlogPosting") ||
		strings.HasSuffix(v, "Report")
}

// hiddenStyle reports whether an inline style hides the element.
func hiddenStyle(v []byte) bool {
	s := strings.ToLower(string(v))
	if !strings.Contains(s, "none") && !strings.Contains(s, "hidden") {
		return false
	}
	s = strings.ReplaceAll(s, " ", "")
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// classFlags reads a class or id value for words that mark boilerplate or
// content. It looks at whole words of the value (split at anything that is
// not a letter or digit), so "ad" matches "ad-slot" but not "header".
func classFlags(v []byte) flags {
	var f flags
	start := -1
	for i := 0; i <= len(v); i++ {
		if i < len(v) && isClassByte(v[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			f |= classWordFlags(v[start:i])
			start = -1
		}
	}
	if f&(badClass|inComments) != 0 {
		f &^= goodClass
	}
	return f
}

func isClassByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// classWordFlags classifies one word of a class or id value.
func classWordFlags(w []byte) flags {
	if len(w) < 2 || len(w) > 40 {
		return 0
	}
	var buf [40]byte
	for i, c := range w {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	s := string(buf[:len(w)]) // does not escape: the compiler avoids the copy
	switch s {
	case "ad", "ads", "advert", "advertisement", "advertising", "sponsored",
		"nav", "navbar", "navigation", "menu", "submenu", "breadcrumb",
		"breadcrumbs", "footer", "sidebar", "aside", "widget", "widgets",
		"share", "sharing", "social", "related", "recommended", "promo",
		"newsletter", "subscribe", "subscription", "signup", "cookie",
		"cookies", "consent", "banner", "popup", "modal", "masthead",
		"pagination", "pager", "toolbar", "tags", "tagcloud", "byline",
		"author", "meta", "skip", "outbrain", "taboola", "disclaimer",
		"teaser", "teasers", "more", "trending", "popular", "login", "hidden",
		"print", "rating", "paywall", "follow", "jump", "toc":
		return badClass
	case "comment", "comments", "discussion", "respond", "replies", "disqus":
		return inComments
	case "article", "content", "entry", "post", "story", "body", "text",
		"main", "prose", "blog", "articlebody", "postbody", "entrycontent":
		return goodClass
	}
	switch {
	case strings.HasPrefix(s, "comment"):
		return inComments
	case strings.Contains(s, "sidebar"), strings.Contains(s, "footer"),
		strings.Contains(s, "share"), strings.Contains(s, "social"),
		strings.Contains(s, "related"), strings.Contains(s, "newsletter"),
		strings.Contains(s, "breadcrumb"), strings.Contains(s, "advert"),
		strings.Contains(s, "promo"), strings.Contains(s, "sponsor"),
		strings.Contains(s, "cookie"), strings.Contains(s, "navbar"),
		strings.Contains(s, "menu"), strings.Contains(s, "widget"):
		return badClass
	case strings.Contains(s, "article"), strings.Contains(s, "content"),
		strings.Contains(s, "story"):
		return goodClass
	}
	return 0
}
