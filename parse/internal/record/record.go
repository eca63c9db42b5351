// Package record holds what passes between package parse and its front
// ends: the options a front end is asked with and the fields of the record
// it fills. It exists so that the front ends need not import parse, and
// parse's Article stays the one documented record for users.
package record

import "time"

// Article is the part of the record a front end fills: every field of
// parse.Article but Source, which parse fills from what it knows of the
// input. The fields mean what parse.Article's fields of the same names
// mean.
type Article struct {
	Title       string
	Description string
	Authors     []string
	Published   string
	Modified    string
	SiteName    string
	Section     string
	Tags        []string
	Language    string
	URL         string
	Image       string
	Text        string
	Content     string
	WordCount   int
}

// Content names the form of the content field a front end is asked for.
type Content string

// The content forms; the empty Content asks for no content.
const (
	Markdown Content = "markdown"
	HTML     Content = "html"
)

// Options is what the caller asks of a front end, with every limit
// already resolved to a positive number.
type Options struct {
	// URL is the page's own address, as Options.URL.
	URL string
	// Content asks for the content field in this form; empty for none.
	Content Content
	// MaxDepth, MaxJSONLD and MaxJSONLDDepth are Options' limits of the
	// same names, defaults applied.
	MaxDepth       int
	MaxJSONLD      int
	MaxJSONLDDepth int
}

// dateLayouts are the forms the record writes Published and Modified in: a
// day alone, a day and a time with no zone, or with the page's offset.
var dateLayouts = [...]string{time.DateOnly, "2006-01-02T15:04:05", time.RFC3339}

// ParseDate reads d, which is in one of the forms the record writes dates
// in, and reports whether it is: a real day (YYYY-MM-DD), alone or with a
// time (THH:MM:SS), and with an offset ("Z" or "+hh:mm") or not. Tests and
// tools use it to check what a front end wrote.
func ParseDate(d string) (time.Time, bool) {
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, d); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// IsDate reports whether d is in one of the forms ParseDate reads.
func IsDate(d string) bool {
	_, ok := ParseDate(d)
	return ok
}
