package htmlfront

import (
	"strings"
)

// This file reads the last source of a publication date: a date string
// that a page's script hands to a function or assigns to a variable whose
// name says it is a date (showDate("2020/04/17 10:12"), var pubDate =
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
