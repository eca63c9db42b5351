package htmlfront

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// ldInfo is what a page's JSON-LD says about the article, already reduced
// to plain strings. Empty fields were not stated.
type ldInfo struct {
	headline, description string
	published, modified   string // as the page wrote them
	section, lang, url    string
	image                 string
	publisher, website    string   // publisher.name; the WebSite's name
	authors               []string // people, and authors of no stated type
	orgAuthors            []string // authors typed as organizations
	tags                  []string
}

// parseJSONLD reads every JSON-LD script of a page and returns what the
// most article-like item says, completed from the page-level item (a
// WebPage) for the fields the article leaves out. A script that cannot be
// read, even after repair, is skipped; it never stops the others.
func parseJSONLD(scripts []string) ldInfo {
	var roots []any
	for _, s := range scripts {
		roots = appendJSONValues(roots, s)
	}
	if len(roots) == 0 {
		return ldFallback(scripts)
	}
	var nodes []map[string]any
	ids := map[string]map[string]any{}
	for _, r := range roots {
		nodes = collectNodes(r, nodes, ids, 0)
	}
	var best, page map[string]any
	bestRank := 0
	for _, n := range nodes {
		r := typeRank(n)
		if r > bestRank {
			best, bestRank = n, r
		}
		if r == 1 && page == nil {
			page = n
		}
	}
	var info ldInfo
	for _, n := range nodes {
		if hasType(ldTypes(n), "WebSite") && info.website == "" {
			info.website = ldString(n["name"], ids)
		}
	}
	set := func(dst *string, v string) {
		if *dst == "" {
			*dst = metaText(v)
		}
	}
	if n := best; n != nil {
		set(&info.headline, firstNonEmpty(ldString(n["headline"], ids), ldString(n["name"], ids)))
		set(&info.description, ldString(n["description"], ids))
		set(&info.section, ldString(n["articleSection"], ids))
		set(&info.lang, ldString(n["inLanguage"], ids))
		set(&info.url, ldString(n["url"], ids))
		set(&info.publisher, ldString(n["publisher"], ids))
		info.authors, info.orgAuthors = ldNames(n["author"], ids, nil, nil)
		if len(info.authors)+len(info.orgAuthors) == 0 {
			info.authors, info.orgAuthors = ldNames(n["creator"], ids, nil, nil)
		}
		info.tags = ldKeywords(n["keywords"])
	}
	// The page item's name is the browser tab's, not the headline's; only
	// its dates and image complete an article item.
	for _, n := range []map[string]any{best, page} {
		if n == nil {
			continue
		}
		set(&info.published, firstNonEmpty(ldString(n["datePublished"], ids), ldString(n["dateCreated"], ids), ldString(n["uploadDate"], ids)))
		set(&info.modified, ldString(n["dateModified"], ids))
		set(&info.image, ldImage(n["image"], ids))
		set(&info.image, ldImage(n["thumbnailUrl"], ids))
	}
	return info
}

// appendJSONValues decodes s, which may hold several JSON values back to
// back, appending each to dst. Pages wrap JSON-LD in HTML comments or
// CDATA markers, leave trailing commas and put raw line breaks inside
// strings; those are repaired before a second attempt.
func appendJSONValues(dst []any, s string) []any {
	s = strings.TrimSpace(s)
	for _, w := range []string{"<!--", "//<![CDATA[", "<![CDATA["} {
		s = strings.TrimPrefix(strings.TrimSpace(s), w)
	}
	for _, w := range []string{"-->", "//]]>", "]]>"} {
		s = strings.TrimSuffix(strings.TrimSpace(s), w)
	}
	if s == "" {
		return dst
	}
	if out, ok := decodeAll(dst, []byte(s)); ok {
		return out
	}
	out, _ := decodeAll(dst, repairJSON(s))
	return out
}

// decodeAll decodes the JSON values of b in turn. It keeps the values read
// before an error and reports whether the whole input was read.
func decodeAll(dst []any, b []byte) ([]any, bool) {
	dec := json.NewDecoder(bytes.NewReader(b))
	for {
		var v any
		if err := dec.Decode(&v); err != nil {
			return dst, err.Error() == "EOF"
		}
		dst = append(dst, v)
	}
}

// repairJSON fixes the commonest faults of hand-made JSON-LD: control
// characters inside strings, commas before a closing bracket, and ";"
// between values.
func repairJSON(s string) []byte {
	out := make([]byte, 0, len(s))
	inStr, escaped := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inStr {
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inStr = false
			case c < 0x20:
				c = ' '
			}
			out = append(out, c)
			continue
		}
		switch c {
		case '"':
			inStr = true
		case '}', ']':
			// Drop a trailing comma before the closing bracket.
			j := len(out) - 1
			for j >= 0 && (out[j] == ' ' || out[j] == '\n' || out[j] == '\r' || out[j] == '\t') {
				j--
			}
			if j >= 0 && out[j] == ',' {
				out = append(out[:j], out[j+1:]...)
			}
		case ';':
			c = ' '
		}
		out = append(out, c)
	}
	return out
}

// How deep into a JSON-LD value its items are looked for: collectNodes
// reaches the page's items, their @graph and main entity, and indexIDs
// the items they refer to by @id, which may nest a little deeper (an
// author inside a list of authors). Deeper items describe other things.
const (
	maxItemDepth = 8
	maxIDDepth   = 10
)

// collectNodes gathers the items of a JSON-LD value: the value itself, the
// members of arrays and of @graph, and the mainEntity of a page. Other
// nested items (isPartOf, hasPart, itemListElement) are often other
// articles and are indexed by @id only.
func collectNodes(v any, nodes []map[string]any, ids map[string]map[string]any, depth int) []map[string]any {
	if depth > maxItemDepth {
		return nodes
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			nodes = collectNodes(e, nodes, ids, depth+1)
		}
	case map[string]any:
		indexIDs(x, ids, depth)
		if g, ok := x["@graph"]; ok {
			nodes = collectNodes(g, nodes, ids, depth+1)
		}
		if _, ok := x["@type"]; ok {
			nodes = append(nodes, x)
		}
		if m, ok := x["mainEntity"]; ok {
			nodes = collectNodes(m, nodes, ids, depth+1)
		}
	}
	return nodes
}

// indexIDs records every item with an @id and more than that, so that
// references such as "author": {"@id": "#person"} can be followed.
func indexIDs(v any, ids map[string]map[string]any, depth int) {
	if depth > maxIDDepth {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			indexIDs(e, ids, depth+1)
		}
	case map[string]any:
		if id, ok := x["@id"].(string); ok && len(x) > 1 {
			if _, seen := ids[id]; !seen {
				ids[id] = x
			}
		}
		for k, e := range x {
			if k != "@context" {
				switch e.(type) {
				case map[string]any, []any:
					indexIDs(e, ids, depth+1)
				}
			}
		}
	}
}

// typeRank says how likely an item is the article itself: 3 for the kinds
// of article, 2 for other creative works that pages use as their main
// item, 1 for the web page, 0 for anything else.
func typeRank(n map[string]any) int {
	rank := 0
	for _, t := range ldTypes(n) {
		r := 0
		switch {
		case strings.HasSuffix(t, "Article"), strings.HasSuffix(t, "BlogPosting"),
			strings.HasSuffix(t, "Posting"), t == "Report", t == "Blog" && n["headline"] != nil:
			r = 3
		case t == "VideoObject", t == "Recipe", t == "Review", t == "CreativeWork",
			t == "PodcastEpisode", t == "Book", t == "Episode", t == "Guide", t == "HowTo":
			r = 2
		case strings.HasSuffix(t, "Page"):
			r = 1
		}
		rank = max(rank, r)
	}
	return rank
}

// ldTypes returns an item's @type values without a schema.org prefix.
func ldTypes(n map[string]any) []string {
	var out []string
	add := func(v any) {
		if s, ok := v.(string); ok {
			s = s[strings.LastIndexAny(s, "/:")+1:]
			out = append(out, s)
		}
	}
	switch t := n["@type"].(type) {
	case []any:
		for _, e := range t {
			add(e)
		}
	default:
		add(t)
	}
	return out
}

func hasType(types []string, want string) bool {
	for _, t := range types {
		if t == want {
			return true
		}
	}
	return false
}

// ldString reads a text value: a string, the first of a list, or the name
// (or @value) of an item, following an @id reference.
func ldString(v any, ids map[string]map[string]any) string {
	switch x := v.(type) {
	case string:
		return x
	case float64:
		return ""
	case []any:
		for _, e := range x {
			if s := ldString(e, ids); s != "" {
				return s
			}
		}
	case map[string]any:
		if s, ok := x["@value"].(string); ok {
			return s
		}
		if s, ok := x["name"].(string); ok {
			return s
		}
		if id, ok := x["@id"].(string); ok {
			if ref := ids[id]; ref != nil && !sameMap(ref, x) {
				if s, ok := ref["name"].(string); ok {
					return s
				}
			}
		}
	}
	return ""
}

// sameMap reports whether a and b are the same map, so that an item that
// refers to its own @id does not loop.
func sameMap(a, b map[string]any) bool {
	return len(a) == len(b) && a["@id"] == b["@id"] && a["name"] == b["name"]
}

// ldNames reads an author value (a string, an item, an @id reference, or a
// list of those) into the names of people and of organizations.
func ldNames(v any, ids map[string]map[string]any, people, orgs []string) ([]string, []string) {
	switch x := v.(type) {
	case string:
		people = append(people, x)
	case []any:
		for _, e := range x {
			people, orgs = ldNames(e, ids, people, orgs)
		}
	case map[string]any:
		item := x
		if id, ok := x["@id"].(string); ok && ids[id] != nil && x["name"] == nil {
			item = ids[id]
		}
		name := ldString(x, ids)
		if name == "" {
			if g, ok := item["givenName"].(string); ok {
				f, _ := item["familyName"].(string)
				name = strings.TrimSpace(g + " " + f)
			}
		}
		switch {
		case name == "":
		case hasType(ldTypes(item), "Organization") || hasType(ldTypes(item), "NewsMediaOrganization"):
			orgs = append(orgs, name)
		default:
			people = append(people, name)
		}
	}
	return people, orgs
}

// ldImage reads an image value: an address, an ImageObject (url or
// contentUrl), a reference to one, or a list of those.
func ldImage(v any, ids map[string]map[string]any) string {
	switch x := v.(type) {
	case string:
		if ref := ids[x]; ref != nil {
			return ldImage(ref, ids)
		}
		return x
	case []any:
		for _, e := range x {
			if s := ldImage(e, ids); s != "" {
				return s
			}
		}
	case map[string]any:
		for _, k := range []string{"url", "contentUrl"} {
			if s, ok := x[k].(string); ok && s != "" {
				return s
			}
		}
		if id, ok := x["@id"].(string); ok {
			if ref := ids[id]; ref != nil && !sameMap(ref, x) {
				return ldImage(ref, ids)
			}
		}
	}
	return ""
}

// ldKeywords reads keywords given as one comma-separated string or as a
// list.
func ldKeywords(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		for _, k := range strings.Split(x, ",") {
			out = appendUnique(out, textkit.CollapseSpace(k))
		}
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = appendUnique(out, textkit.CollapseSpace(s))
			}
		}
	}
	return out
}

// ldFallback reads the plainest fields straight from the text of scripts
// that no repair could make into JSON, so a broken script still gives its
// headline and dates.
func ldFallback(scripts []string) ldInfo {
	var info ldInfo
	for _, s := range scripts {
		if info.headline == "" {
			info.headline = ldRawField(s, "headline")
		}
		if info.published == "" {
			info.published = ldRawField(s, "datePublished")
		}
		if info.modified == "" {
			info.modified = ldRawField(s, "dateModified")
		}
	}
	return info
}

// ldRawField returns the string value of the first "key": "value" pair in
// s, unescaped, or "".
func ldRawField(s, key string) string {
	i := strings.Index(s, `"`+key+`"`)
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(s[i+len(key)+2:], " \t\r\n")
	if !strings.HasPrefix(rest, ":") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if !strings.HasPrefix(rest, `"`) {
		return ""
	}
	for j := 1; j < len(rest); j++ {
		switch rest[j] {
		case '\\':
			j++
		case '"':
			var out string
			if err := json.Unmarshal([]byte(rest[:j+1]), &out); err != nil {
				return textkit.CollapseSpace(rest[1:j])
			}
			return textkit.CollapseSpace(out)
		}
	}
	return ""
}

// capJSONLD drops the scripts longer than maxLen bytes or nested deeper than
// maxDepth, keeping the others in place, and notes where the dropped ones
// lie in the page so that no later step reads them (scriptDate reads the
// whole page). The JSON decoder's own limit is thousands of levels, and a
// script of megabytes is data, not the description of one article; either
// would cost time and memory for nothing.
func capJSONLD(m *pageMeta, maxLen, maxDepth int) {
	keep, at := m.jsonLD[:0], m.jsonLDAt[:0]
	for i, s := range m.jsonLD {
		if len(s) <= maxLen && jsonDepth(s) <= maxDepth {
			keep, at = append(keep, s), append(at, m.jsonLDAt[i])
		} else {
			m.ignoredLD = append(m.ignoredLD, m.jsonLDAt[i])
		}
	}
	m.jsonLD, m.jsonLDAt = keep, at
}

// jsonDepth returns how deeply the arrays and objects of s nest, reading
// brackets outside strings. It is meant for unchecked input: unbalanced
// brackets only make the count approximate.
func jsonDepth(s string) int {
	depth, deepest := 0, 0
	inStr := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case inStr:
			switch c {
			case '\\':
				i++
			case '"':
				inStr = false
			}
		case c == '"':
			inStr = true
		case c == '[' || c == '{':
			depth++
			deepest = max(deepest, depth)
		case c == ']' || c == '}':
			depth--
		}
	}
	return deepest
}
