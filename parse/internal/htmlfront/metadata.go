package htmlfront

import (
	"html"
	"net/url"
	"strings"

	"github.com/artparse/artparse/parse/internal/datetext"
	"github.com/artparse/artparse/parse/internal/record"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// fillMetadata sets the record's metadata fields from what the page states
// in its head and markup (doc is the page's text, read only for the
// dates in its scripts). Sources are tried strongest first; a field stays
// empty rather than guessed when the page does not state it.
//
// chosen marks the body containers (chooseContainers), by which the
// story's printed header is found (header.go): its headline and
// standfirst win over the stated ones where they differ.
func fillMetadata(a *record.Article, p *page, doc string, opt record.Options, chosen []bool) {
	m := &p.meta
	mt := newMetaIndex(m.metas)
	ld := parseJSONLD(m.jsonLD)
	base := pageBase(m, opt)

	a.SiteName = firstNonEmpty(ld.publisher, mt["og:site_name"], ld.website, mt["application-name"], mt["apple-mobile-web-app-title"], mt["dc.publisher"])
	hdr := findHeader(p, chosen)
	a.Title = preferPrinted(chooseTitle(p, mt, &ld, a.SiteName), p, hdr, mt, &ld, a.SiteName)
	titleBlock := findTitleBlock(p, a.Title)
	descs := []string{ld.description, mt["dc.description"], mt["og:description"], mt["description"],
		mt["twitter:description"], mt["sailthru.description"]}
	a.Description = firstNonEmpty(hdr.dek, fullerValue(firstNonEmpty(descs...), descs...))
	a.Authors = chooseAuthors(p, mt, &ld, a.SiteName, titleBlock, hdr)
	a.URL = firstWebURL(base, m.canonical, mt["og:url"], ld.url, opt.URL)
	a.Published, a.Modified = chooseDates(p, doc, mt, &ld, firstNonEmpty(opt.URL, a.URL), titleBlock)
	a.Section = firstNonEmpty(mt["article:section"], ld.section, mt["parsely-section"], mt["section"])
	for _, t := range metaValues(m.metas, "article:tag") {
		a.Tags = appendUnique(a.Tags, t)
	}
	if len(a.Tags) == 0 {
		a.Tags = ld.tags
	}
	if len(a.Tags) == 0 {
		for _, k := range strings.Split(firstNonEmpty(mt["keywords"], mt["news_keywords"], mt["parsely-tags"], mt["sailthru.tags"]), ",") {
			a.Tags = appendUnique(a.Tags, textkit.CollapseSpace(k))
		}
	}
	a.Language = languageTag(firstNonEmpty(m.lang, mt["og:locale"], mt["content-language"], mt["dc.language"], ld.lang))
	a.Image = firstWebURL(base, mt["og:image"], mt["og:image:url"], mt["og:image:secure_url"], mt["twitter:image"],
		mt["twitter:image:src"], ld.image, m.imageSrc, mt["thumbnail"])
	if a.Image == "" {
		a.Image = bodyImage(base, m.images)
	}
}

// metaIndex maps a <meta> name or property to the first non-empty value
// the page gives it. Dublin Core names are folded to the "dc." form
// ("DC.title", "dc:title" and "dcterms.title" all read as "dc.title"), and
// an attribute naming several properties ("dc:title og:title") counts for
// each.
type metaIndex map[string]string

func newMetaIndex(metas []metaTag) metaIndex {
	mt := make(metaIndex, len(metas))
	for _, t := range metas {
		v := metaText(t.content)
		if v == "" {
			continue
		}
		for k := range strings.FieldsSeq(t.key) {
			k = normMetaKey(k)
			if _, ok := mt[k]; !ok {
				mt[k] = v
			}
		}
	}
	return mt
}

// metaText cleans a metadata value: white space collapsed and character
// references decoded. The tokenizer has decoded the attribute once; many
// pages escape their metadata twice ("&amp;quot;"), so what remains is
// decoded again.
func metaText(s string) string {
	if strings.IndexByte(s, '&') >= 0 && strings.IndexByte(s, ';') >= 0 {
		s = html.UnescapeString(s)
	}
	return textkit.CollapseSpace(s)
}

// normMetaKey folds the spellings of Dublin Core names to "dc.".
func normMetaKey(k string) string {
	for _, p := range []string{"dcterms.", "dcterms:", "dcterm:", "dcterm.", "dc:"} {
		if strings.HasPrefix(k, p) {
			return "dc." + k[len(p):]
		}
	}
	return k
}

// metaValues returns every value the page gives the <meta> name key, for
// names that may repeat, such as citation_author or article:tag.
func metaValues(metas []metaTag, key string) []string {
	var out []string
	// A name that reads as key holds it, less the "dc." that
	// normMetaKey may have put in front: one search turns away most of a
	// page's names, which authors and bylines ask for a dozen keys.
	needle := strings.TrimPrefix(key, "dc.")
	for _, t := range metas {
		if strings.Contains(t.key, needle) && namesKey(t.key, key) {
			if v := metaText(t.content); v != "" {
				out = append(out, v)
			}
		}
	}
	return out
}

// namesKey reports whether one of the space-separated names of a <meta>
// reads as key (normMetaKey).
func namesKey(names, key string) bool {
	for k := range strings.FieldsSeq(names) {
		if normMetaKey(k) == key {
			return true
		}
	}
	return false
}

// maxLeadLabel is the length below which a paragraph holding a date or
// opening with "By" is a byline or a dateline, not the story's lead.
const maxLeadLabel = 120

// leadParagraph returns the text of the body's first paragraph, which
// stands in for a description when the page states none. Short lines that
// carry a date or open with "By" are the byline and dateline, not the
// lead, and are passed over.
func leadParagraph(body []*block) string {
	for _, b := range body {
		if b.kind != kindPara {
			continue
		}
		if b.chars < maxLeadLabel {
			if _, ok := datetext.Parse(b.text); ok || isByline(b.text) {
				continue
			}
		}
		return textkit.CollapseSpace(b.text)
	}
	return ""
}

// bodyImage picks the first image in the body that is not an icon, a logo,
// an avatar, a tracking pixel or a stand-in for a missing picture (a
// reader's default face), judged by its address, and returns its
// address made absolute against base; images whose address is not an
// http(s) one are passed over.
func bodyImage(base *url.URL, srcs []string) string {
	for _, s := range srcs {
		l := strings.ToLower(s)
		if strings.HasPrefix(l, "data:") || strings.HasSuffix(l, ".svg") || strings.HasSuffix(l, ".gif") {
			continue
		}
		bad := false
		for _, w := range []string{"logo", "icon", "avatar", "pixel", "sprite", "spacer", "blank", "badge", "emoji", "gravatar", "placeholder", "missing"} {
			if strings.Contains(l, w) {
				bad = true
				break
			}
		}
		if u := webURL(base, s); !bad && u != "" {
			return u
		}
	}
	return ""
}

// pageBase is the address relative links resolve against: the page's
// <base href> over the address the caller gave.
func pageBase(m *pageMeta, opt record.Options) *url.URL {
	u, _ := url.Parse(opt.URL)
	if m.base != "" {
		if b, err := url.Parse(m.base); err == nil {
			if u != nil {
				return u.ResolveReference(b)
			}
			return b
		}
	}
	return u
}

// firstWebURL returns the first of refs that webURL makes an address of,
// or "": a page that states a javascript: canonical link and an http
// og:url has its og:url taken.
func firstWebURL(base *url.URL, refs ...string) string {
	for _, ref := range refs {
		if u := webURL(base, ref); u != "" {
			return u
		}
	}
	return ""
}

// webURL resolves ref against base and returns it when it is an absolute
// http or https address with a host, or "" otherwise: the record promises
// addresses a reader can open, and a javascript:, vbscript:, data: or
// file: one is none of them (and some run code). A reference that cannot
// be made absolute is dropped, unless it is protocol-relative ("//host/"),
// which is read as https.
func webURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil && base.IsAbs() {
		r = base.ResolveReference(r)
	}
	if !r.IsAbs() && strings.HasPrefix(ref, "//") {
		r.Scheme = "https"
	}
	if r.Scheme != "http" && r.Scheme != "https" || r.Host == "" {
		return ""
	}
	return r.String()
}

// languageTag turns a language value such as "en_US" or "EN-us" into a BCP
// 47 tag ("en-US"). It returns "" for values that are not language tags.
func languageTag(v string) string {
	v = strings.TrimSpace(v)
	if i := strings.IndexAny(v, ",; "); i >= 0 {
		v = v[:i]
	}
	v = strings.ReplaceAll(v, "_", "-")
	parts := strings.Split(v, "-")
	if len(parts[0]) < 2 || len(parts[0]) > 3 {
		return ""
	}
	for i, s := range parts {
		for _, c := range s {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return ""
			}
		}
		switch {
		case i == 0:
			parts[i] = strings.ToLower(s)
		case len(s) == 2:
			parts[i] = strings.ToUpper(s)
		case len(s) == 4:
			parts[i] = strings.ToUpper(s[:1]) + strings.ToLower(s[1:])
		default:
			parts[i] = strings.ToLower(s)
		}
	}
	return strings.Join(parts, "-")
}

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "/")
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// appendUnique appends v to list unless it is empty or already there,
// ignoring case.
func appendUnique(list []string, v string) []string {
	if v == "" {
		return list
	}
	for _, s := range list {
		if strings.EqualFold(s, v) {
			return list
		}
	}
	return append(list, v)
}
