package parse

import (
	"net/url"
	"strings"
)

// fillMetadata sets the record's metadata fields from what the page states
// in its head and markup. Sources are tried strongest first; a field stays
// empty rather than guessed when the page does not state it.
func fillMetadata(a *Article, p *page, opt Options) {
	m := &p.meta
	get := func(keys ...string) string {
		for _, k := range keys {
			for _, t := range m.metas {
				if t.key == k {
					if v := collapseSpace(t.content); v != "" {
						return v
					}
				}
			}
		}
		return ""
	}
	base := pageBase(m, opt)

	a.SiteName = get("og:site_name", "application-name")
	a.Title = cleanTitle(firstNonEmpty(get("og:title", "twitter:title"), m.title, firstHeading(p)), a.SiteName)
	a.Description = get("description", "og:description", "twitter:description", "dc.description")
	a.Published = normalizeDate(get("article:published_time", "og:published_time", "datepublished",
		"date", "pubdate", "publish-date", "dc.date.issued", "dc.date"))
	a.Modified = normalizeDate(get("article:modified_time", "og:updated_time", "datemodified", "last-modified"))
	if a.Published == "" {
		for _, t := range m.times {
			if d := normalizeDate(t); d != "" {
				a.Published = d
				break
			}
		}
	}
	a.Section = get("article:section")
	for _, t := range m.metas {
		if t.key == "article:tag" {
			a.Tags = appendUnique(a.Tags, collapseSpace(t.content))
		}
	}
	if len(a.Tags) == 0 {
		for _, k := range strings.Split(get("keywords", "news_keywords"), ",") {
			a.Tags = appendUnique(a.Tags, collapseSpace(k))
		}
	}
	if v := get("author", "article:author", "byl", "dc.creator"); v != "" && !looksLikeURL(v) {
		a.Authors = appendUnique(a.Authors, strings.TrimSpace(strings.TrimPrefix(v, "By ")))
	} else {
		for _, v := range m.authors {
			a.Authors = appendUnique(a.Authors, strings.TrimSpace(strings.TrimPrefix(v, "By ")))
		}
	}
	a.Language = languageTag(firstNonEmpty(m.lang, get("og:locale", "content-language", "dc.language")))
	a.URL = absURL(base, firstNonEmpty(m.canonical, get("og:url")))
	if a.URL == "" && opt.URL != "" {
		a.URL = opt.URL
	}
	img := firstNonEmpty(get("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"), m.imageSrc)
	if img == "" && len(m.images) > 0 {
		img = m.images[0]
	}
	a.Image = absURL(base, img)
}

// pageBase is the address relative links resolve against: the page's
// <base href> over the address the caller gave.
func pageBase(m *pageMeta, opt Options) *url.URL {
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

// absURL resolves ref against base. A reference that cannot be made
// absolute is returned only if it already is; otherwise it is dropped, since
// the record promises absolute addresses.
func absURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "data:") || strings.HasPrefix(strings.ToLower(ref), "javascript:") {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil && base.IsAbs() {
		r = base.ResolveReference(r)
	}
	if !r.IsAbs() {
		if strings.HasPrefix(ref, "//") {
			return "https:" + ref
		}
		return ""
	}
	return r.String()
}

// cleanTitle drops a site name that a title carries before or after the
// headline, such as "Headline | Site" or "Site - Headline".
func cleanTitle(title, site string) string {
	title = collapseSpace(title)
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · ", " : "} {
		if i := strings.LastIndex(title, sep); i > 0 && sameText(title[i+len(sep):], site) {
			return strings.TrimSpace(title[:i])
		}
		if i := strings.Index(title, sep); i > 0 && sameText(title[:i], site) {
			return strings.TrimSpace(title[i+len(sep):])
		}
	}
	return title
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
