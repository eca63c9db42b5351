package parse

import (
	"net/url"
	"strings"
	"unsafe"

	"github.com/artparse/artparse/parse/internal/record"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// cleanRecord holds what a front end found to what Article promises of
// every record, whatever the page held:
//
//   - no string holds a control character but tab and newline
//     (textkit.CleanControls). The decoded page has none, but character
//     references (&#27;) and JSON escapes (\u0000) in the page make them
//     after decoding; the front ends drop those they read into the body,
//     and this catches the rest. A list entry left empty is dropped.
//   - URL and Image are absolute http or https addresses, or empty.
//   - no string shares memory with the input or the decoded page, whose
//     bytes are the caller's (ParseBytes keeps no reference to them) or
//     would stay alive, all of a large page, for as long as the record.
//
// cleanText is false when the front end guarantees that Text holds no
// control already, as textfront.Parse does for a page decode has cleaned:
// then the body, the longest string, is not read for them again.
func cleanRecord(r *record.Article, cleanText bool, mem ...string) {
	unshare := func(s string) string {
		for _, m := range mem {
			if sharesMemory(s, m) {
				return strings.Clone(s)
			}
		}
		return s
	}
	clean := func(s string) string { return unshare(textkit.CleanControls(s)) }
	list := func(l []string) []string {
		out := l[:0]
		for _, s := range l {
			if s = strings.TrimSpace(clean(s)); s != "" {
				out = append(out, s)
			}
		}
		if len(out) == 0 {
			return nil
		}
		return out
	}
	r.Title = clean(r.Title)
	r.Description = clean(r.Description)
	r.Authors = list(r.Authors)
	r.Published = clean(r.Published)
	r.Modified = clean(r.Modified)
	r.SiteName = clean(r.SiteName)
	r.Section = clean(r.Section)
	r.Tags = list(r.Tags)
	r.Language = clean(r.Language)
	r.URL = webAddress(clean(r.URL))
	r.Image = webAddress(clean(r.Image))
	// The body is the longest string: read once for controls, unless the
	// front end has none in it by construction. A text without any comes
	// back as it was, and the comparison is then of one string with
	// itself.
	if cleanText {
		if text := textkit.CleanControls(r.Text); text != r.Text {
			// A control between two words becomes a space, so the count
			// may not change; it is made again all the same.
			r.Text = text
			r.WordCount = textkit.CountWords(r.Text)
		}
	}
	r.Text = unshare(r.Text)
	r.Content = clean(r.Content)
}

// webAddress returns u when it is an absolute http or https address with
// a host, and "" otherwise.
func webAddress(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Scheme != "http" && p.Scheme != "https" || p.Host == "" {
		return ""
	}
	return u
}

// sharesMemory reports whether s lies inside m's bytes.
func sharesMemory(s, m string) bool {
	if len(s) == 0 || len(m) == 0 {
		return false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	lo := uintptr(unsafe.Pointer(unsafe.StringData(m)))
	return p >= lo && p < lo+uintptr(len(m))
}
