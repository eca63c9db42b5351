package htmlfront

import (
	"net/url"
	"strconv"
	"strings"
)

// savedScanLimit bounds how far into a page savedAddress looks. Browsers
// and archiving extensions write the address as the page's first comment,
// before or right after <html>, so a few kilobytes hold it on any page,
// and a long page costs no more than a short one.
const savedScanLimit = 8 << 10

// savedAddress returns the address a page was saved from, as the tool
// that saved it wrote it into the page: Internet Explorer's and Chrome's
// "<!-- saved from url=(0044)https://... -->" comment, whose number is the
// length of the address, or the header comment of the SingleFile extension,
// whose "url:" line holds it. It returns "" when the first comments of the
// page state no absolute http or https address.
func savedAddress(doc string) string {
	head := doc[:min(len(doc), savedScanLimit)]
	for {
		i := strings.Index(head, "<!--")
		if i < 0 {
			return ""
		}
		head = head[i+len("<!--"):]
		end := strings.Index(head, "-->")
		if end < 0 {
			end = len(head)
		}
		if u := addressInComment(head[:end]); u != "" {
			return u
		}
		head = head[end:]
	}
}

// addressInComment reads a saved page's address from the text of one
// comment, or returns "".
func addressInComment(c string) string {
	t := strings.TrimSpace(c)
	if rest, ok := strings.CutPrefix(t, "saved from url=("); ok {
		digits, after, ok := strings.Cut(rest, ")")
		n, err := strconv.Atoi(digits)
		if !ok || err != nil {
			return ""
		}
		// The length is the writer's, and some tools get it wrong; an
		// address also ends at the first space.
		if n > 0 && n <= len(after) {
			after = after[:n]
		}
		if i := strings.IndexAny(after, " \t\r\n"); i >= 0 {
			after = after[:i]
		}
		return absoluteWebURL(after)
	}
	if !strings.Contains(t, "SingleFile") {
		return ""
	}
	for line := range strings.Lines(t) {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "url:"); ok {
			return absoluteWebURL(strings.TrimSpace(rest))
		}
	}
	return ""
}

// absoluteWebURL returns s when it is an absolute http or https address
// with a host, and "" otherwise: an address that cannot resolve a page's
// links is not the page's.
func absoluteWebURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return s
}
