package datetext

import (
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// dtKind is the kind of a date-text token.
type dtKind uint8

const (
	dtNum  dtKind = iota // a run of digits
	dtWord               // a run of letters, lower-cased
	dtSym                // any other single character that is not a space
)

// dtToken is one token of a date text.
type dtToken struct {
	kind   dtKind
	digits int8   // number of digits, for dtNum
	num    int    // value, for dtNum
	word   string // lower-cased text, for dtWord; the character, for dtSym
	sym    rune   // the character, for dtSym
	pos    int    // byte offset of the token in the text
}

// dateTokens splits s into tokens, appending to dst up to its capacity.
func dateTokens(s string, dst []dtToken) []dtToken {
	for i := 0; i < len(s) && len(dst) < cap(dst); {
		// ASCII, which most dates are written in, is told apart by the
		// byte: among the ASCII characters only A-Z and a-z are letters,
		// and only the six below are spaces.
		if c := s[i]; c < utf8.RuneSelf && c-'0' >= 10 {
			switch {
			case textkit.IsASCIILetter(c):
				j := dateWordEnd(s, i+1)
				dst = append(dst, dtToken{kind: dtWord, word: lowerWord(s[i:j]), pos: i})
				i = j
			case c == ' ' || c-'\t' <= '\r'-'\t':
				i++
			default:
				dst = append(dst, dtToken{kind: dtSym, sym: rune(c), pos: i})
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case digitValue(r) >= 0:
			t := dtToken{kind: dtNum, pos: i}
			for i < len(s) {
				r, size = utf8.DecodeRuneInString(s[i:])
				v := digitValue(r)
				if v < 0 {
					break
				}
				if t.digits < 9 {
					t.num = t.num*10 + v
				}
				t.digits++
				i += size
			}
			dst = append(dst, t)
		case isDateLetter(r):
			j := dateWordEnd(s, i+size)
			dst = append(dst, dtToken{kind: dtWord, word: lowerWord(s[i:j]), pos: i})
			i = j
		case unicode.IsSpace(r) || r == '\u00a0':
			i += size
		default:
			dst = append(dst, dtToken{kind: dtSym, sym: r, pos: i})
			i += size
		}
	}
	return dst
}

// digitValue returns the value of a decimal digit written in ASCII, in
// fullwidth form (CJK pages) or in Arabic-Indic or Eastern Arabic-Indic
// form (Arabic, Persian and Urdu pages), and -1 for any other character.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	case r >= '\u0660' && r <= '\u0669':
		return int(r - '\u0660')
	case r >= '\u06f0' && r <= '\u06f9':
		return int(r - '\u06f0')
	}
	return -1
}

// dateWordEnd returns where the word of dateTokens that goes on at s[i]
// ends: at the first character that is not a letter, or is an ideograph or
// Hangul, which dateTokens reads as symbols.
func dateWordEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !textkit.IsASCIILetter(c) {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isDateLetter(r) {
			return i
		}
		i += size
	}
	return i
}

// isDateLetter reports whether dateTokens reads r as a letter of a word.
func isDateLetter(r rune) bool {
	return unicode.IsLetter(r) && !textkit.IsIdeograph(r) && !unicode.Is(unicode.Hangul, r)
}

// lowerWord lower-cases a word, without allocating when it already is.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			b := make([]byte, 0, len(w))
			for _, r := range w {
				b = utf8.AppendRune(b, textkit.ToLower(r))
			}
			return string(b)
		}
	}
	return w
}

func isSym(t dtToken, syms string) bool {
	if t.kind != dtSym {
		return false
	}
	for _, r := range syms {
		if t.sym == r {
			return true
		}
	}
	return false
}

func isWord(t dtToken, words ...string) bool {
	if t.kind != dtWord {
		return false
	}
	for _, w := range words {
		if t.word == w {
			return true
		}
	}
	return false
}

// isJoiner reports whether a token may stand between a date and its time.
func isJoiner(t dtToken) bool {
	return isSym(t, ",-|–—/·•@") || isWord(t, "at", "um", "à", "a", "las", "alle", "ore", "om", "o", "в", "godz", "klo", "kl", "às", "on")
}

func onlyJoiners(toks []dtToken) bool {
	for _, t := range toks {
		if !isJoiner(t) {
			return false
		}
	}
	return true
}
