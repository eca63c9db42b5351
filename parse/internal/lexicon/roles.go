package lexicon

import (
	"strings"
	"unicode"
)

// roleWords mark a piece of a byline that is a role, a date or a call to
// action rather than a name.
var roleWords = []string{
	"staff", "writer", "editor", "reporter", "correspondent", "contributor", "columnist",
	"photographer", "photo", "published", "updated", "posted", "minute", "read", "follow",
	"share", "email", "e-mail", "twitter", "subscribe", "comment", "redaktion", "team",
	"news", "agency", "press", "associated", "reuters", "afp", "dpa", "view", "more",
	"contact", "profile", "senior", "chief", "director", "professor", "manager", "all",
}

// HasRoleWord reports whether any word, lower-cased and without a plural
// s, is a role word.
func HasRoleWord(words []string) bool {
	for _, w := range words {
		w = strings.ToLower(strings.TrimFunc(w, unicode.IsPunct))
		for _, r := range roleWords {
			if w == r || w == r+"s" {
				return true
			}
		}
	}
	return false
}
