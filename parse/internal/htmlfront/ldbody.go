package htmlfront

import (
	"encoding/json"
	"html"
	"strings"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// JSON-LD articleBody as evidence. Publishers that fill schema.org's
// articleBody put there the text of the story and nothing else, so the
// blocks of the page that it contains are the body, wherever they sit in
// the markup, and the blocks of the chosen container that it does not
// contain, before or after its span, are not.

// minLDBody is the length below which an articleBody is taken to be a
// summary, not the story.
const minLDBody = 200

// ldArticleBody returns the longest articleBody among the page's JSON-LD
// scripts, as plain text with white space collapsed, or "".
func ldArticleBody(scripts []string) string {
	best := ""
	for _, s := range scripts {
		for rest := s; ; {
			i := strings.Index(rest, `"articleBody"`)
			if i < 0 {
				break
			}
			rest = rest[i+len(`"articleBody"`):]
			v, ok := jsonStringAfterColon(rest)
			if ok && len(v) > len(best) {
				best = v
			}
		}
	}
	if best == "" {
		return ""
	}
	if strings.IndexByte(best, '<') >= 0 {
		best = stripTags(best)
	}
	return textkit.CollapseSpace(html.UnescapeString(best))
}

// jsonStringAfterColon reads `: "..."` at the start of s and returns the
// decoded string. It reads that one value only, so a script that is not
// valid JSON elsewhere still yields it.
func jsonStringAfterColon(s string) (string, bool) {
	s = strings.TrimLeft(s, " \t\r\n")
	if !strings.HasPrefix(s, ":") {
		return "", false
	}
	s = strings.TrimLeft(s[1:], " \t\r\n")
	if !strings.HasPrefix(s, `"`) {
		return "", false
	}
	end := 1
	for end < len(s) && s[end] != '"' {
		if s[end] == '\\' {
			end++
		}
		end++
	}
	if end >= len(s) {
		return "", false
	}
	var v string
	if err := json.Unmarshal([]byte(s[:end+1]), &v); err != nil {
		return "", false
	}
	return v, true
}

// stripTags removes markup from a string, leaving a space where each tag
// was.
func stripTags(s string) string {
	var sb strings.Builder
	inTag := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '<':
			inTag = true
		case c == '>' && inTag:
			inTag = false
			sb.WriteByte(' ')
		case !inTag:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// minLDMatch is the length from which a block is looked up in the
// articleBody: "Share" or a date occur in any long text.
const minLDMatch = 30

// ldPrefixBytes is how much of a block's text, from its start, must occur
// in the articleBody: pages and their JSON-LD differ in quotes and
// trailing punctuation more often than in words, and a prefix this long
// is enough evidence.
const ldPrefixBytes = 120

// ldCoverShare is the share of the articleBody's bytes that the chosen
// body must hold to stand, and that the page's blocks found in the
// articleBody must cover to stand in for it: half the story is the story
// with its boxes dropped, less is a part of it or another text.
const ldCoverShare = 0.5

// isInLDBody reports whether a block's text occurs in the articleBody. Short
// blocks are not judged.
func isInLDBody(ld string, b *block) bool {
	if b.chars < minLDMatch {
		return false
	}
	t := b.text
	if strings.ContainsAny(t, "\n\t") || strings.Contains(t, "  ") {
		t = textkit.CollapseSpace(t)
	}
	if n := ldPrefixBytes; len(t) > n {
		for n > 0 && t[n]&0xC0 == 0x80 {
			n-- // do not cut a character in two
		}
		t = t[:n]
	}
	return strings.Contains(ld, t)
}

// ldBodyFallback returns the body to use instead of out when the markup holds
// little of the articleBody ld: the page's blocks that ld contains when
// they cover most of it, or else ld itself as one block (its paragraph
// breaks are not kept by JSON-LD writers reliably). It returns out when
// out already holds a fair share of ld.
func ldBodyFallback(p *page, out []*block, ld string) []*block {
	have := 0
	for _, b := range out {
		have += len(b.text)
	}
	if float64(have) >= ldCoverShare*float64(len(ld)) {
		return out
	}
	var matched []*block
	covered := 0
	for i := range p.blocks {
		b := &p.blocks[i]
		if isInLDBody(ld, b) {
			matched = append(matched, b)
			covered += len(b.text)
		}
	}
	if covered > have && float64(covered) >= ldCoverShare*float64(len(ld)) {
		return matched
	}
	b := block{text: ld, node: 0}
	measure(&b)
	return []*block{&b}
}
