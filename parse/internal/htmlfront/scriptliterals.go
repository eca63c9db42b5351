package htmlfront

import (
	"sort"
	"strings"
)

// This file reads the publication dates that only a page's scripts hold:
// the JSON data of application state (scriptDate), and a date string
// that a script hands to a function or assigns to a variable whose name
// says it is a date (showDate("2020/04/17 10:12"), var pubDate =
// '2020-04-17'). Such pages print their date only when the script runs,
// so a saved copy or a reader without scripts shows none.

// How many candidate literals scriptLiteralDate weighs: the page's own
// date is set early in its scripts, and a page with hundreds of quoted
// values after a '(' or '=' is a bundle of library code, not worth
// reading to its end.
const maxScriptLiterals = 64

// literalNameStops are the words of a variable's or function's name that
// say its date is not the story's: the visitor's today (the request, the
// session), a countdown's end, an expiry, the last change.
var literalNameStops = [...]string{
	"now", "today", "current", "server", "request", "session", "expir", "updat", "modif", "edit",
	"end", "start", "countdown", "deadline", "cookie", "build", "load", "render", "cache",
}

// scriptLiteralDate returns the first whole day that the page's <script>
// elements pass as a string to a call, or assign to a name, where the name
// says it is a date (it holds "date", "time", "publish", "posted" or
// "created", none of literalNameStops, and is not the Date constructor),
// in the record's form; "" when there is none. The spans of doc in skip
// (JSON-LD set aside as too large or too deep) are not read.
func scriptLiteralDate(doc string, skip ...[2]int) string {
	seen := 0
	for at := 0; at < len(doc); {
		open := strings.Index(doc[at:], "<script")
		if open < 0 {
			return ""
		}
		open += at
		body := strings.IndexByte(doc[open:], '>')
		if body < 0 {
			return ""
		}
		body += open + 1
		end := strings.Index(doc[body:], "</script")
		if end < 0 {
			end = len(doc)
		} else {
			end += body
		}
		at = end
		if inSpans(body, skip) {
			continue
		}
		d, n := literalDateIn(doc[body:end], maxScriptLiterals-seen)
		if d != "" {
			return d
		}
		if seen += n; seen >= maxScriptLiterals {
			return ""
		}
	}
	return ""
}

// literalDateIn reads the script text s for scriptLiteralDate, weighing at
// most limit quoted values that follow a '(', an '=' or a ':', and returns
// the date found and how many values it weighed.
func literalDateIn(s string, limit int) (string, int) {
	n := 0
	for i := 0; i < len(s) && n < limit; i++ {
		j := strings.IndexAny(s[i:], "(=:")
		if j < 0 {
			break
		}
		i += j
		op := s[i]
		if op == '=' && (i > 0 && strings.IndexByte("=!<>", s[i-1]) >= 0 || i+1 < len(s) && (s[i+1] == '=' || s[i+1] == '>')) {
			continue
		}
		v := strings.TrimLeft(s[i+1:], " \t\r\n")
		if v == "" || v[0] != '"' && v[0] != '\'' {
			continue
		}
		n++
		q := v[0]
		v = v[1:]
		k := strings.IndexByte(v, q)
		if k <= 0 || k > maxScriptValue {
			continue
		}
		if !isDateName(nameBefore(s[:i])) {
			continue
		}
		if d := normalizeDate(v[:k]); len(d) >= 10 && d[4] == '-' {
			return d, n
		}
	}
	return "", n
}

// nameBefore returns the identifier that ends s, after any white space: the
// function called, the variable assigned or the key of an object literal,
// with its dotted path ("page.meta.pubDate").
func nameBefore(s string) string {
	s = strings.TrimRight(s, " \t\r\n")
	i := len(s)
	for i > 0 {
		c := s[i-1]
		if c == '_' || c == '$' || c == '.' || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z' {
			i--
			continue
		}
		break
	}
	return s[i:]
}

// dateNameWords are the words of a name that say it holds a date.
var dateNameWords = [...]string{"date", "time", "publish", "posted", "created"}

// isDateName reports whether a script's name (see nameBefore) says that it
// holds the story's date: it has one of dateNameWords and none of
// literalNameStops, in either case, and is not the Date constructor, which
// scripts call for any time they compute.
func isDateName(name string) bool {
	if k := strings.LastIndexByte(name, '.'); k >= 0 {
		name = name[k+1:]
	}
	if name == "" || name == "Date" {
		return false
	}
	low := strings.ToLower(name)
	for _, w := range literalNameStops {
		if strings.Contains(low, w) {
			return false
		}
	}
	for _, w := range dateNameWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// scriptKeys are the keys under which the JSON data of page scripts
// (application state, not JSON-LD) states a publication time, strongest
// first.
var scriptKeys = [...]string{
	"datePublished", "publishedDate", "publishDate", "published_at", "publishedAt", "publish_date",
	"pubDate", "firstPublished", "dateCreated", "createdAt", "created_at", "uploadDate",
}

// scriptQuotes are the quotes of script data: plain in a script,
// HTML-escaped in an attribute. A plain one is read first.
var scriptQuotes = [...]string{`"`, "&quot;"}

// The JSON data of scripts is read for maxScriptReads occurrences of each
// key in each quoting, and for values of at most maxScriptValue bytes: the
// story's own date comes early in its data, and a date is short, where a
// long value is some other text.
const (
	maxScriptReads = 3
	maxScriptValue = 40
)

// scriptDate is the source of last resort: a publication time that the
// JSON data in the page's scripts states under one of scriptKeys, as
// "key":"value" (or HTML-escaped). Such data also describes other items
// (related stories, users), so it is read only when the page states and
// shows no date at all. Of each key in each quoting, the first three
// occurrences are read; the strongest key wins, then the plain quote.
//
// The page is read once per quote rather than once per key and quote:
// each quote is tried as the opening of every key, and the dates found
// are ranked at the end. Keys inside the spans of doc that skip lists
// (the JSON-LD scripts set aside as too large or too deep, which are
// ignored as if absent) are not read.
func scriptDate(doc string, skip ...[2]int) string {
	var found [len(scriptKeys)][len(scriptQuotes)]string
	var seen [len(scriptKeys)][len(scriptQuotes)]int8
	// next is where the next occurrence of a key may begin: one does not
	// open inside the previous one (at its closing quote).
	var next [len(scriptKeys)][len(scriptQuotes)]int
	for qi, q := range scriptQuotes {
		for i := 0; i < len(doc); i++ {
			j := strings.IndexByte(doc[i:], q[0])
			if j < 0 {
				break
			}
			i += j
			if !strings.HasPrefix(doc[i:], q) {
				continue
			}
			k, end := scriptKeyAt(doc, i+len(q), q)
			if k < 0 || i < next[k][qi] || seen[k][qi] >= maxScriptReads || inSpans(i, skip) {
				continue
			}
			seen[k][qi]++
			next[k][qi] = end
			if found[k][qi] == "" {
				found[k][qi] = scriptValue(doc[end:], q)
				if k == 0 && qi == 0 && found[k][qi] != "" {
					return found[k][qi] // nothing outranks it
				}
			}
		}
	}
	for k := range found {
		for qi := range found[k] {
			if found[k][qi] != "" {
				return found[k][qi]
			}
		}
	}
	return ""
}

// inSpans reports whether i lies in one of spans, each a start and an
// end, in the order of the page and apart. A binary search: a page may
// hold many such spans, each with keys.
func inSpans(i int, spans [][2]int) bool {
	k := sort.Search(len(spans), func(k int) bool { return spans[k][1] > i })
	return k < len(spans) && spans[k][0] <= i
}

// scriptKeyAt returns the index in scriptKeys of the key that doc states at
// i, closed by the quote q, and the end of its closing quote; -1 if none.
// No key followed by a quote begins another, so at most one matches.
func scriptKeyAt(doc string, i int, q string) (int, int) {
	if i >= len(doc) {
		return -1, 0
	}
	switch doc[i] {
	case 'd', 'p', 'f', 'c', 'u': // the first letters of scriptKeys
	default:
		return -1, 0
	}
	rest := doc[i:]
	for k, key := range scriptKeys {
		if strings.HasPrefix(rest, key) && strings.HasPrefix(rest[len(key):], q) {
			return k, i + len(key) + len(q)
		}
	}
	return -1, 0
}

// scriptValue reads the date of a key's value, rest being the text after
// the key: a colon, the value in the key's quote q, at most maxScriptValue
// bytes and a whole day; "" otherwise.
func scriptValue(rest, q string) string {
	v := strings.TrimLeft(rest, " \t\r\n")
	if !strings.HasPrefix(v, ":") {
		return ""
	}
	v = strings.TrimLeft(v[1:], " \t\r\n")
	if !strings.HasPrefix(v, q) {
		return ""
	}
	v = v[len(q):]
	// A closing quote past maxScriptValue bytes is not wanted: do not
	// look further.
	if len(v) > maxScriptValue+len(q) {
		v = v[:maxScriptValue+len(q)]
	}
	if j := strings.Index(v, q); j > 0 && j <= maxScriptValue {
		if d := normalizeDate(v[:j]); len(d) >= 10 && d[4] == '-' {
			return d
		}
	}
	return ""
}
