package textfront

import (
	"bytes"
	"compress/gzip"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// textCorpusLines returns the lines of the plain-text pages of the
// evaluation corpus (ARTPARSE_CORPUS, or ../shared/corpus next to the
// module root), raw and normalised, or skips the test without the corpus.
func textCorpusLines(t *testing.T) []string {
	t.Helper()
	dir := os.Getenv("ARTPARSE_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "..", "shared", "corpus")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "text", "*", "*.txt.gz"))
	if len(files) == 0 {
		t.Skipf("no text corpus under %s; set ARTPARSE_CORPUS to run", dir)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		doc, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, raw := range strings.Split(string(doc), "\n") {
			out = append(out, raw, normalizeSpace(raw))
		}
	}
	return out
}

// randomLines returns n lines drawn from pieces that exercise every branch
// of measureLine: words of each case, digits, joiners, punctuation of
// several scripts, odd spaces, control characters and broken UTF-8.
func randomLines(n int) []string {
	pieces := []string{"a", "b", "z", "A", "Q", "Z", "0", "7", " ", " ", "  ", "\t", "'", "-", "_", ".", "!", "?", ",", ";", ":",
		"\"", ")", "é", "É", "ß", "\u0301", "’", "中", "文", "한", "국", "٣", "。", "，", "、", "…", "؟", "\u00a0", "\u200b",
		"\ufeff", "\u00ad", "\xff", "\x00", "\x7f", "word", "Word", "don't", "well-known", "x_y", "2024", "»", "】"}
	r := rand.New(rand.NewSource(5))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := r.Intn(30); k > 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		out[i] = b.String()
		if i%2 == 1 {
			out[i] = normalizeSpace(out[i])
		}
	}
	return out
}

// TestMeasureLineSame pins measureLine to the straightforward version it
// was optimised from: every feature and the clean flag must be the same.
func TestMeasureLineSame(t *testing.T) {
	check := func(lines []string) {
		t.Helper()
		for _, s := range lines {
			got, want := textLine{text: s}, textLine{text: s}
			gok, wok := measureLine(&got), measureLineRef(&want)
			if gok != wok || got != want {
				t.Fatalf("measureLine(%q) = %v %+v, want %v %+v", s, gok, got, wok, want)
			}
		}
	}
	check(randomLines(200000))
	check(textCorpusLines(t))
}

// measureLineRef is measureLine as it was before its fast paths, kept to
// check that they change nothing.
func measureLineRef(l *textLine) bool {
	s := l.text
	if len(s) > 0 && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return false
	}
	// The counts live in locals, written to l once at the end: through
	// the pointer, every byte would cost a load and a store per count.
	var size, words, letters, digits, caps, stops, commas int32
	// inWord follows the words of the features, which an apostrophe or a
	// hyphen does not end; inToken follows countWords's, which it does.
	inWord := false
	// The token count is kept branch-free, in a local: a branch at every
	// word start would double the cost of this loop, which reads every
	// byte of the input. inToken is 0 or 1.
	var tokens, inToken uint32
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			size++
			k := asciiClass[c]
			tok := uint32(k) >> 7
			tokens += tok &^ inToken
			inToken = tok
			if k&clsWord != 0 {
				if !inWord {
					words++
					if k&clsUpper != 0 {
						caps++
					}
				}
				inWord = true
				if k&clsDigit != 0 {
					digits++
				} else {
					letters++
				}
				continue
			}
			switch {
			case c == ' ':
				if s[i] == ' ' {
					return false
				}
			case k&clsCtrl != 0:
				return false
			case k&clsStop != 0:
				stops++
			case k&clsComma != 0:
				commas++
			}
			// An apostrophe or hyphen inside a word does not end it.
			inWord = inWord && k&clsJoin != 0 && i < len(s) && textkit.IsASCIILetter(s[i])
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case textkit.IsIdeograph(r):
			size += 2
			letters += 2
			words++
			tokens++
			inWord, inToken = false, 1
		case r >= 0xAC00 && r <= 0xD7A3: // Hangul: a syllable is a word of the features only
			size += 2
			letters += 2
			words++
			if inToken == 0 {
				tokens++
			}
			inWord, inToken = false, 1
		case unicode.IsLetter(r) || unicode.IsMark(r):
			size++
			letters++
			if !inWord {
				words++
				if unicode.IsUpper(r) {
					caps++
				}
			}
			if inToken == 0 {
				tokens++
			}
			inWord, inToken = true, 1
		case unicode.IsDigit(r):
			size++
			digits++
			if !inWord {
				words++
			}
			if inToken == 0 {
				tokens++
			}
			inWord, inToken = true, 1
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == softHyphen || r == utf8.RuneError && n == 1:
			return false
		default:
			inToken = 0
			size++
			switch r {
			case '。', '！', '？', '…', '؟', '।':
				stops++
			case '，', '、', '،', '；', '؛':
				commas++
			}
			inWord = inWord && r == '’' && i < len(s) && textkit.IsASCIILetter(s[i])
		}
	}
	l.size, l.words, l.letters, l.tokens = size, words, letters, int32(tokens)
	l.digits, l.caps, l.stops, l.commas = sat16(digits), sat16(caps), sat16(stops), sat16(commas)
	l.end = lastMark(s)
	return true
}

// TestNormalizeSpaceSame pins normalizeSpace to the rune-by-rune version
// it was optimised from.
func TestNormalizeSpaceSame(t *testing.T) {
	check := func(lines []string) {
		t.Helper()
		for _, s := range lines {
			if got, want := normalizeSpace(s), normalizeSpaceRef(s); got != want {
				t.Fatalf("normalizeSpace(%q) = %q, want %q", s, got, want)
			}
		}
	}
	check(randomLines(200000))
	check(textCorpusLines(t))
}

// normalizeSpaceRef is normalizeSpace as it was before it copied runs of
// ASCII whole, kept to check that this changes nothing.
func normalizeSpaceRef(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		n := 1
		isSpace := c <= ' '
		bad := false
		if c >= utf8.RuneSelf {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			isSpace = r == '\u00a0' || r == '\u200b' || r == '\ufeff' || unicode.IsSpace(r)
			bad = r == utf8.RuneError && n == 1
			if r == softHyphen {
				// It splits a word for the reader's eye only, as the
				// HTML tokenizer leaves it out.
				i += n
				continue
			}
		}
		if isSpace {
			space = true
			i += n
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if bad {
			b.WriteString("\ufffd")
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// TestWordsSame pins forWords, which hashes each word as it reads it, to
// the rune loops it was optimised from: the words forWordsRef finds,
// hashed by foldHashRef.
func TestWordsSame(t *testing.T) {
	check := func(lines []string) {
		t.Helper()
		for _, s := range lines {
			var got, want []uint64
			forWords(s, func(h uint64) { got = append(got, h) })
			forWordsRef(s, func(w string) { want = append(want, foldHashRef(w)) })
			if !slices.Equal(got, want) {
				t.Fatalf("forWords(%q) = %x, want %x", s, got, want)
			}
		}
	}
	check(randomLines(200000))
	check(textCorpusLines(t))
}

// foldHashRef and forWordsRef are the word hash and forWords as they were
// before their ASCII fast paths, kept to check that these change nothing.
func foldHashRef(w string) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range w {
		if r < utf8.RuneSelf {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
		for ; r > 0; r >>= 8 {
			h ^= uint64(r & 0xff)
			h *= 1099511628211
		}
	}
	return h
}
func forWordsRef(s string, f func(w string)) {
	start, runes := -1, 0
	for i, r := range s {
		if textkit.IsWordRune(r) {
			if start < 0 {
				start, runes = i, 0
			}
			runes++
			continue
		}
		if start >= 0 && runes >= 4 {
			f(s[start:i])
		}
		start = -1
	}
	if start >= 0 && runes >= 4 {
		f(s[start:])
	}
}

// TestBylineMarkerSame pins hasBylineMarker to the version that compared
// every word with every marker.
func TestBylineMarkerSame(t *testing.T) {
	lines := randomLines(100000)
	for _, m := range lexicon.BylineMarkers {
		for _, s := range []string{m + " Ann Lee", strings.ToUpper(m) + ": Bo Chan", "— " + m + " Jean", "Photo " + m + "x Ann", "One two three four five six seven " + m + " Ann", "1 2 3 4 5 6 7 8 " + m} {
			lines = append(lines, s)
		}
	}
	lines = append(lines, "\u212aby Ann", "bY Ann", "ſby", "•by Ann", "· by Ann", "–by Ann", "/|- — By Ann", "\xe2\x80by Ann", "\xc2by Ann")
	check := func(lines []string) {
		t.Helper()
		for _, s := range lines {
			if got, want := hasBylineMarker(s), hasBylineMarkerRef(s); got != want {
				t.Fatalf("hasBylineMarker(%q) = %v, want %v", s, got, want)
			}
		}
	}
	check(lines)
	check(textCorpusLines(t))
}

// hasBylineMarkerRef is hasBylineMarker as it was before it skipped words
// by their length, kept to check that this changes nothing.
func hasBylineMarkerRef(s string) bool {
	for n := 0; n < 8 && s != ""; n++ {
		s = strings.TrimLeft(s, " /-–—|•·")
		end := strings.IndexByte(s, ' ')
		if end < 0 {
			end = len(s)
		}
		w := strings.TrimSuffix(s[:end], ":") // "by: Ann Lee"
		for _, m := range lexicon.BylineMarkers {
			if strings.EqualFold(w, m) {
				return true
			}
		}
		s = s[end:]
	}
	return false
}

// TestPhraseSetsSame pins isCredited and isControl to the versions that
// searched for each phrase in turn.
func TestPhraseSetsSame(t *testing.T) {
	lines := randomLines(100000)
	for _, p := range []string{"Photo", "photo", "Foto", "foto", "Getty", "AFP", "Reuters", "Source:", "Image", "Credit", "Bild:", "(c)", "©",
		"Skip to", "Jump to", "Continue reading", "Share this", "Share to", "permalink", "Sign in", "Sign In", "Log in", "Subscribe", "Print", "Supported by"} {
		lines = append(lines, p, "x"+p, p+" y", p[:len(p)-1], "A line with "+p[1:])
	}
	check := func(lines []string) {
		t.Helper()
		for _, s := range lines {
			if got, want := isCredited(s), isCreditedRef(s); got != want {
				t.Fatalf("isCredited(%q) = %v, want %v", s, got, want)
			}
			if got, want := isControl(s), isControlRef(s); got != want {
				t.Fatalf("isControl(%q) = %v, want %v", s, got, want)
			}
		}
	}
	check(lines)
	check(textCorpusLines(t))
}

// isCreditedRef and isControlRef are isCredited and isControl as they
// were before they searched in one pass, kept to check that this changes
// nothing.
func isCreditedRef(s string) bool {
	for _, k := range []string{"Photo", "photo", "Foto", "foto", "Getty", "AFP", "Reuters", "Source:", "Image", "Credit", "Bild:", "(c)", "©"} {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}
func isControlRef(s string) bool {
	for _, k := range []string{"Skip to", "Jump to", "Continue reading", "Share this", "Share to", "permalink", "Sign in", "Sign In", "Log in", "Subscribe", "Print", "Supported by"} {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// TestPlainASCII8 holds plainASCII8 to its definition, byte by byte, on
// every word made of bytes at the edges of its ranges.
func TestPlainASCII8(t *testing.T) {
	edges := []byte{0x00, 0x1f, ' ', '!', 'a', 0x7f, 0x80, 0xa0}
	var w [8]byte
	n := 0
	var walk func(k int)
	walk = func(k int) {
		if k < 8 {
			for _, c := range edges {
				w[k] = c
				walk(k + 1)
			}
			return
		}
		want := w[7] != ' '
		for i, c := range w {
			if c < ' ' || c >= 0x80 || c == ' ' && i > 0 && w[i-1] == ' ' {
				want = false
			}
		}
		if got := plainASCII8(textkit.Load64(string(w[:]))); got != want {
			t.Fatalf("plainASCII8(%q) = %v, want %v", w[:], got, want)
		}
		n++
	}
	walk(0)
	if n != 1<<24 {
		t.Fatalf("%d words checked", n)
	}
}
