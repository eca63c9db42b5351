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
	upper  bool   // for dtWord: word has a byte that lowering may change (see isWord)
	month  int8   // for dtWord: the month that the word alone names (monthNames), or 0
	num    int    // value, for dtNum
	word   string // the text as written, for dtWord
	sym    rune   // the character, for dtSym
	pos    int    // byte offset of the token in the text
}

// wordToken returns the token of the word w at byte pos. The word is kept
// as written, a substring of the text: lower-casing it here cost an
// allocation for every capitalised word ("Posted", "By", a name), though
// few words are ever compared with anything. It is looked up among the
// month names once, lower-cased into a buffer on the stack.
func wordToken(w string, pos int) dtToken {
	t := dtToken{kind: dtWord, word: w, pos: pos, upper: hasUpperByte(w)}
	var buf [maxLoweredWord]byte
	t.month = int8(monthNames[string(t.lowered(buf[:0]))])
	return t
}

// maxLoweredWord is the size of the buffers on the stack that words are
// lower-cased into to be compared: longer than every word compared with.
// A longer word is lower-cased all the same, on the heap.
const maxLoweredWord = 32

// hasUpperByte reports whether w has a byte that lowerWord may change: an
// ASCII capital or any byte past ASCII.
func hasUpperByte(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}

// lowered appends the word of t lower-cased, as lowerWord returns it, to
// buf.
func (t *dtToken) lowered(buf []byte) []byte {
	if !t.upper {
		return append(buf, t.word...)
	}
	return appendLower(buf, t.word)
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
				dst = append(dst, wordToken(s[i:j], i))
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
			dst = append(dst, wordToken(s[i:j], i))
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
	if !hasUpperByte(w) {
		return w
	}
	return string(appendLower(make([]byte, 0, len(w)), w))
}

// appendLower appends w lower-cased, rune by rune, to b. An ASCII byte
// is lowered as it is, without decoding: textkit.ToLower changes none of
// them but the capitals.
func appendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		b = utf8.AppendRune(b, textkit.ToLower(r))
		i += n
	}
	return b
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

// isWord reports whether t is a word that, lower-cased, is one of words.
// A word written in lower case is compared as it is; another is
// lower-cased into a buffer on the stack first.
func isWord(t dtToken, words ...string) bool {
	if t.kind != dtWord {
		return false
	}
	w := t.word
	var buf [maxLoweredWord]byte
	var lw []byte
	if t.upper {
		lw = t.lowered(buf[:0])
	}
	for _, x := range words {
		if t.upper && string(lw) == x || !t.upper && w == x {
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
