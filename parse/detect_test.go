package parse

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/quality"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// tally counts the samples of one encoding and those decoded right.
type tally struct{ pages, right int }

// transcodeTarget is one encoding of the transcoded-corpus test: the
// pages it takes are those written in a script the encoding is for.
type transcodeTarget struct {
	name string
	enc  encoding.Encoding
	// script reports whether a page, by its counts of letters per
	// script, is one a site would have published in this encoding.
	script func(c scriptCounts) bool
}

// scriptCounts counts a page's non-ASCII letters by script.
type scriptCounts struct {
	latin, cyrillic, greek, arabic, han, kana, hangul int
	// central counts the Latin letters windows-1252 lacks (ł, ř, ő, ș):
	// those of central and eastern European languages.
	central int
	// ascii counts the ASCII letters, all every letter.
	ascii, all int
}

// mostly reports whether n letters are at least a quarter of all letters:
// a page in the script, not an English page quoting a few lines of it.
func (c scriptCounts) mostly(n int) bool { return n >= minLetters && 4*n >= c.all }

func countScripts(s string) scriptCounts {
	var c scriptCounts
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		c.all++
		if r < utf8.RuneSelf {
			c.ascii++
			continue
		}
		switch {
		case unicode.Is(unicode.Latin, r):
			c.latin++
			if _, ok := charmap.Windows1252.EncodeRune(r); !ok {
				c.central++
			}
		case unicode.Is(unicode.Cyrillic, r):
			c.cyrillic++
		case unicode.Is(unicode.Greek, r):
			c.greek++
		case unicode.Is(unicode.Arabic, r):
			c.arabic++
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			c.kana++
		case unicode.Is(unicode.Han, r):
			c.han++
		case unicode.Is(unicode.Hangul, r):
			c.hangul++
		}
	}
	return c
}

// minLetters is how many letters of its script a page needs to stand for
// an encoding: fewer, and a page in English with a name or two in it
// would count as Russian.
const minLetters = 50

// inJapanese reports whether a page is in Japanese: mostly kanji and kana,
// with kana at least a tenth of them, as in any Japanese prose. Without
// the kana, Chinese written in traditional characters would count too.
func inJapanese(c scriptCounts) bool {
	return c.mostly(c.kana+c.han) && c.kana >= minLetters/5 && 10*c.kana >= c.han
}

var transcodeTargets = []transcodeTarget{
	{"shift_jis", japanese.ShiftJIS, inJapanese},
	{"euc-jp", japanese.EUCJP, inJapanese},
	{"gbk", simplifiedchinese.GBK, func(c scriptCounts) bool { return c.mostly(c.han) && c.kana == 0 && c.hangul == 0 }},
	{"big5", traditionalchinese.Big5, func(c scriptCounts) bool { return c.mostly(c.han) && c.kana == 0 && c.hangul == 0 }},
	{"euc-kr", korean.EUCKR, func(c scriptCounts) bool { return c.mostly(c.hangul) }},
	{"windows-1251", charmap.Windows1251, func(c scriptCounts) bool { return c.mostly(c.cyrillic) }},
	{"koi8-r", charmap.KOI8R, func(c scriptCounts) bool { return c.mostly(c.cyrillic) }},
	// Latin-script languages write most letters in ASCII, so these
	// count only the non-ASCII ones. Central European pages are those
	// with letters that western ones lack: a German page fits in
	// ISO-8859-2 too, but is no test of telling the two apart.
	{"iso-8859-2", charmap.ISO8859_2, func(c scriptCounts) bool { return c.latin >= minLetters && c.central >= minLetters/5 }},
	{"windows-1256", charmap.Windows1256, func(c scriptCounts) bool { return c.mostly(c.arabic) }},
	{"iso-8859-7", charmap.ISO8859_7, func(c scriptCounts) bool { return c.mostly(c.greek) }},
	// The control: western pages must still come out as they did.
	{"windows-1252", charmap.Windows1252, func(c scriptCounts) bool { return c.latin >= minLetters }},
}

// declarations matches the ways a page names its encoding, which the
// test strips so that only the bytes are left to tell.
var declarations = regexp.MustCompile(`(?is)<meta\b[^>]*charset[^>]*>|<\?xml[^>]*\?>`)

// encodable reports whether enc can write at least 98% of the non-ASCII
// letters of s: a page whose letters the encoding cannot hold is not one
// anybody published in it.
func encodable(enc encoding.Encoding, s string) bool {
	e := enc.NewEncoder()
	letters, missing := 0, 0
	var buf [4]byte
	for _, r := range s {
		if r < utf8.RuneSelf || !unicode.IsLetter(r) {
			continue
		}
		letters++
		n := utf8.EncodeRune(buf[:], r)
		if _, err := e.Bytes(buf[:n]); err != nil {
			missing++
		}
	}
	return letters > 0 && missing*50 <= letters
}

// TestTranscodedCorpus takes every valid UTF-8 page of the evaluation
// corpora (HTML and plain-text copies), strips its encoding declarations,
// and writes it in each national encoding whose script it is mostly in
// (transcodeTargets says which pages each takes), with the characters the
// encoding lacks as HTML character references, as browsers save them. The
// plain-text copies are also cut into pieces of about 2 KiB, which are
// harder: less text to judge. decode must read at least 95% of each
// encoding's samples back to exactly the text they hold, with the
// encoding marked as guessed, and give the same answer twice. Western
// pages written in windows-1252 are the control: the guess must not take
// them for anything else.
func TestTranscodedCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every corpus")
	}
	_, dir := quality.CorpusDir(t)
	tallies := map[string]*tally{}
	var wrong []string
	for _, s := range quality.Corpora {
		c, err := quality.Load(dir, s)
		if err != nil {
			t.Fatal(err)
		}
		format := FormatHTML
		if s.Text {
			format = FormatText
		}
		for _, p := range c.Pages {
			if !utf8.Valid(p.Data) {
				continue
			}
			page := declarations.ReplaceAllString(string(p.Data), "")
			// Letters are counted in the text, not the markup, whose
			// ASCII would outweigh any script.
			counts := countScripts(string(textSample([]byte(page), format, len(page))))
			for _, tg := range transcodeTargets {
				if !tg.script(counts) || !encodable(tg.enc, page) {
					continue
				}
				b, err := encoding.HTMLEscapeUnsupported(tg.enc.NewEncoder()).Bytes([]byte(page))
				if err != nil {
					t.Fatalf("%s/%s: encode %s: %v", s.Name, p.ID, tg.name, err)
				}
				if utf8.Valid(b) {
					continue // nothing left to guess
				}
				want, err := tg.enc.NewDecoder().Bytes(b)
				if err != nil {
					t.Fatal(err)
				}
				key := tg.name + " " + string(format)
				if format == FormatText {
					tallyChunks(t, tallies, tg, page)
				}
				if tallies[key] == nil {
					tallies[key] = &tally{}
				}
				tl := tallies[key]
				tl.pages++
				got, err := decode(b, format, charsetHints{})
				// The detector runs concurrently inside; its answer
				// must not depend on which of its parts finished first.
				if again, _ := decode(b, format, charsetHints{}); again.encoding != got.encoding {
					t.Errorf("%s/%s in %s: read as %s, then as %s", s.Name, p.ID, tg.name, got.encoding, again.encoding)
				}
				// decode drops control characters (see cleanDecoded).
				if err == nil && got.text == cleanDecoded(string(want), format) && got.guessed {
					tl.right++
					continue
				}
				wrong = append(wrong, fmt.Sprintf("%s/%s in %s: read as %s (%v)", s.Name, p.ID, tg.name, got.encoding, err))
			}
		}
	}
	keys := make([]string, 0, len(tallies))
	for k := range tallies {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var table strings.Builder
	for _, k := range keys {
		tl := tallies[k]
		fmt.Fprintf(&table, "%-20s %4d/%-4d %5.1f%%\n", k, tl.right, tl.pages, 100*float64(tl.right)/float64(tl.pages))
	}
	t.Logf("pages decoded back exactly, by encoding and input format:\n%s", table.String())
	for _, w := range wrong {
		t.Log(w)
	}
	for _, tg := range transcodeTargets {
		right, pages := 0, 0
		for _, f := range []string{string(FormatHTML), string(FormatText), "chunks"} {
			if tl := tallies[tg.name+" "+f]; tl != nil {
				right, pages = right+tl.right, pages+tl.pages
			}
		}
		if pages == 0 {
			t.Logf("%s: no corpus page is in its script", tg.name)
			continue
		}
		if right*100 < pages*95 {
			t.Errorf("%s: %d of %d pages decoded back, want at least 95%%", tg.name, right, pages)
		}
	}
}

// chunkSize is the size of the pieces tallyChunks cuts a page into.
const chunkSize = 2 << 10

// tallyChunks cuts a plain-text page into pieces of about chunkSize bytes
// at line ends, and tallies the decoding of each piece in the script of tg
// under "tg.name chunks": more, shorter, samples of the same languages
// than the corpus has pages.
func tallyChunks(t *testing.T, tallies map[string]*tally, tg transcodeTarget, page string) {
	for len(page) > 0 {
		n := min(len(page), chunkSize)
		if i := strings.IndexByte(page[n:], '\n'); i >= 0 {
			n += i + 1
		} else {
			n = len(page)
		}
		chunk := page[:n]
		page = page[n:]
		if !tg.script(countScripts(chunk)) || !encodable(tg.enc, chunk) {
			continue
		}
		b, err := encoding.HTMLEscapeUnsupported(tg.enc.NewEncoder()).Bytes([]byte(chunk))
		if err != nil || utf8.Valid(b) {
			continue
		}
		want, _ := tg.enc.NewDecoder().Bytes(b)
		key := tg.name + " chunks"
		if tallies[key] == nil {
			tallies[key] = &tally{}
		}
		tallies[key].pages++
		if got, err := decode(b, FormatText, charsetHints{}); err == nil && got.text == string(want) {
			tallies[key].right++
		}
	}
}
