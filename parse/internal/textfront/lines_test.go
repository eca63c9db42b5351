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
	"unsafe"

	"github.com/artparse/artparse/parse/internal/lexicon"
	"github.com/artparse/artparse/parse/internal/quality"
	"github.com/artparse/artparse/parse/internal/textkit"
)

// textCorpusDocs returns the plain-text pages of the evaluation corpus
// (found by quality.CorpusDir), or skips the test without the corpus.
func textCorpusDocs(t *testing.T) []string {
	t.Helper()
	_, dir := quality.CorpusDir(t)
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
		out = append(out, string(doc))
	}
	return out
}

// textCorpusLines returns the lines of the plain-text pages of the
// evaluation corpus, raw and normalised, or skips the test without the
// corpus.
func textCorpusLines(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, doc := range textCorpusDocs(t) {
		for _, raw := range strings.Split(doc, "\n") {
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

// TestMeasureLine checks the features measureLine finds on lines that
// show each of them, counted by hand, and the lines it refuses as not
// clean.
func TestMeasureLine(t *testing.T) {
	tests := []struct {
		text                         string
		size, words, tokens, letters int32
		digits, caps, stops, commas  int16
		end                          lineEnd
		cjk                          int16
	}{
		// An apostrophe and a hyphen inside a word join it for the
		// features; countWords starts a token after each.
		{"Ann Lee's well-known café, 12 rooms.", 36, 6, 8, 25, 2, 2, 1, 1, endSentence, 0},
		// An underscore joins a token too; a curly apostrophe joins a
		// word before an ASCII letter only.
		{"x_y don’t ’tis", 14, 3, 4, 9, 0, 0, 0, 0, endOther, 0},
		// Each ideograph is a word and a token, and counts twice in size;
		// a Hangul syllable is a word, its run a token; both are counted
		// for plainWords.
		{"中文 한국어 text", 16, 6, 4, 14, 0, 0, 0, 0, endOther, 5},
		{"你好。", 5, 2, 2, 4, 0, 0, 1, 0, endSentence, 2},
		{"Привет, Мир!", 12, 2, 2, 9, 0, 2, 1, 1, endSentence, 0},
		{"Ingredients (for 4):", 20, 3, 3, 14, 1, 1, 0, 0, endColon, 0},
		{"He said: \"Go.\" Then, «non»; 3.5", 31, 7, 7, 15, 2, 3, 2, 2, endOther, 0},
		{"A.B.C. - Z", 10, 4, 4, 4, 0, 4, 3, 0, endOther, 0},
	}
	for _, tt := range tests {
		l := textLine{text: tt.text}
		if !measureLine(&l) {
			t.Errorf("measureLine(%q) refused a clean line", tt.text)
			continue
		}
		want := textLine{text: tt.text, size: tt.size, words: tt.words, tokens: tt.tokens, letters: tt.letters,
			digits: tt.digits, caps: tt.caps, stops: tt.stops, commas: tt.commas, end: tt.end, cjk: tt.cjk}
		want.flags.set(flagProse, readsAsProse(&want))
		if l != want {
			t.Errorf("measureLine(%q) = %+v\nwant %+v", tt.text, l, want)
		}
	}
	for _, s := range []string{" lead", "trail ", "two  spaces", "tab\there", "nb\u00a0sp", "zw\u200bsp", "bom\ufeff",
		"soft\u00adhyphen", "bad\xffbyte", "cut\xe2\x80", "del\x7f", "nel\u0085", "ideographic\u3000space", "nul\x00"} {
		l := textLine{text: s}
		if measureLine(&l) {
			t.Errorf("measureLine(%q) took an unclean line for clean", s)
		}
	}
}

// TestMeasureLineFeatures holds measureLine, with its fast paths, to
// lineFeatures, which reads a line rune by rune as the features are
// defined, on random lines and the lines of the text corpus.
func TestMeasureLineFeatures(t *testing.T) {
	check := func(lines []string) {
		t.Helper()
		for _, s := range lines {
			checkLine(t, s)
		}
	}
	check(randomLines(200000))
	check(textCorpusLines(t))
}

// checkLine fails t when measureLine's answer on s differs from
// isCleanLine's and lineFeatures's.
func checkLine(t *testing.T, s string) {
	t.Helper()
	l := textLine{text: s}
	clean := measureLine(&l)
	if want := isCleanLine(s); clean != want {
		t.Fatalf("measureLine(%q) clean = %v, want %v", s, clean, want)
	}
	if want := lineFeatures(s); clean && l != want {
		t.Fatalf("measureLine(%q) = %+v\nwant %+v", s, l, want)
	}
}

// isCleanLine reports whether s is what measureLine calls clean: valid
// UTF-8 without control characters, spaces other than single ASCII ones
// between other characters, zero-width spaces, byte order marks or soft
// hyphens.
func isCleanLine(s string) bool {
	if !utf8.ValidString(s) || strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") || strings.Contains(s, "  ") {
		return false
	}
	return !strings.ContainsFunc(s, func(r rune) bool {
		return r < ' ' || r == 0x7f || r != ' ' && unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == softHyphen
	})
}

// lineFeatures measures a clean line as textLine's fields define its
// features, one rune at a time with unicode's tables. A CJK ideograph or
// a Hangul syllable is two of size and letters, and a word of its own; a
// word is a run of letters, marks and digits that an apostrophe, a hyphen
// or an underscore before an ASCII letter does not end; tokens are
// countWords's words, with every ideograph one of them.
func lineFeatures(s string) textLine {
	l := textLine{text: s, end: lastMark(s)}
	var digits, caps, stops, commas, cjk int32
	runes := []rune(s)
	inWord, inToken := false, false
	for i, r := range runes {
		ideograph := textkit.IsIdeograph(r)
		isWordRune := textkit.IsWordRune(r) || ideograph
		if isWordRune && (!inToken || ideograph) {
			l.tokens++
		}
		inToken = isWordRune
		switch {
		case ideograph || r >= 0xAC00 && r <= 0xD7A3:
			l.size += wideSize
			l.letters += wideSize
			l.words++
			cjk++
			inWord = false
			continue
		case unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r):
			if !inWord {
				l.words++
				if unicode.IsUpper(r) {
					caps++
				}
			}
			inWord = true
			if unicode.IsDigit(r) {
				digits++
			} else {
				l.letters++
			}
		default:
			inWord = inWord && strings.ContainsRune("'-_’", r) && i+1 < len(runes) && runes[i+1] < utf8.RuneSelf &&
				textkit.IsASCIILetter(byte(runes[i+1]))
			if strings.ContainsRune(".!?。！？…؟।", r) {
				stops++
			}
			if strings.ContainsRune(",;，、،；؛", r) {
				commas++
			}
		}
		l.size++
	}
	l.digits, l.caps, l.stops, l.commas, l.cjk = sat16(digits), sat16(caps), sat16(stops), sat16(commas), sat16(cjk)
	l.flags.set(flagProse, readsAsProse(&l))
	return l
}

// TestNormalizeSpace holds normalizeSpace, which copies runs of plain
// bytes whole, to normalizeSpaceSimple on random and corpus lines.
func TestNormalizeSpace(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"  a\t\tb \u00a0c\u200b\ufeffd\n", "a b c d"},
		{"soft\u00adhyphen \u00ad next", "softhyphen next"},
		{"bad\xff\xfe\u3000end\x00", "bad\ufffd\ufffd end"},
		{"keeps\x7fdel and \ufffd", "keeps\x7fdel and \ufffd"},
	} {
		if got := normalizeSpace(tt.in); got != tt.want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	check := func(lines []string) {
		t.Helper()
		for _, s := range lines {
			if got, want := normalizeSpace(s), normalizeSpaceSimple(s); got != want {
				t.Fatalf("normalizeSpace(%q) = %q, want %q", s, got, want)
			}
		}
	}
	check(randomLines(200000))
	check(textCorpusLines(t))
}

// normalizeSpaceSimple is normalizeSpace as its doc defines it, in
// library calls: soft hyphens dropped, every space, control character up
// to the ASCII space, zero-width space and byte order mark read as a
// space (strings.Map turns each broken byte into U+FFFD on the way), and
// the words joined by single spaces.
func normalizeSpaceSimple(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == softHyphen:
			return -1
		case r <= ' ' || unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// TestForWords holds forWords, which hashes each word as it reads it, to
// wordHashes on random and corpus lines.
func TestForWords(t *testing.T) {
	check := func(lines []string) {
		t.Helper()
		for _, s := range lines {
			checkWords(t, s)
		}
	}
	check([]string{"", "The Bridge, the BRIDGE and the bridge’s keeper", "Straße STRASSE ÉTÉ été", "日本語のテキスト word_with_under 1234"})
	check(randomLines(200000))
	check(textCorpusLines(t))
}

// checkWords fails t when forWords and wordHashes disagree on s.
func checkWords(t *testing.T, s string) {
	t.Helper()
	var got []uint64
	forWords(s, func(h uint64) { got = append(got, h) })
	if want := wordHashes(s); !slices.Equal(got, want) {
		t.Fatalf("forWords(%q) = %x, want %x", s, got, want)
	}
}

// wordHashes is forWords as its doc defines it, in library calls: the
// words of four runes or more, split where a rune is no word rune,
// lower-cased, each hashed by FNV-1a over the bytes of its runes' code
// points, lowest first.
func wordHashes(s string) []uint64 {
	var hs []uint64
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !textkit.IsWordRune(r) }) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		h := uint64(14695981039346656037)
		for _, r := range strings.ToLower(w) {
			for ; r > 0; r >>= 8 {
				h = (h ^ uint64(r&0xff)) * 1099511628211
			}
		}
		hs = append(hs, h)
	}
	return hs
}

// TestHasBylineMarker holds hasBylineMarker, which skips words by their
// length, to hasBylineMarkerSimple, on every marker in several places and
// dresses, on lines that fold to a marker only outside ASCII, and on
// random and corpus lines.
func TestHasBylineMarker(t *testing.T) {
	lines := randomLines(100000)
	for _, m := range lexicon.BylineMarkers {
		lines = append(lines, m+" Ann Lee", strings.ToUpper(m)+": Bo Chan", "— "+m+" Jean", "Photo "+m+"x Ann",
			"One two three four five six seven "+m+" Ann", "1 2 3 4 5 6 7 8 "+m)
	}
	lines = append(lines, "\u212aby Ann", "bY Ann", "ſby", "•by Ann", "· by Ann", "–by Ann", "/|- — By Ann", "\xe2\x80by Ann", "\xc2by Ann")
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"By Ann Lee", true},
		{"— by: Ann Lee", true},
		{"Posted on March 3 by Ann", true},
		{"One two three four five six seven by Ann", true},
		{"One two three four five six seven eight by Ann", false},
		{"Bystanders saw the flood", false},
		{"Ann-by Lee", false},
	} {
		if got := hasBylineMarker(tt.in); got != tt.want {
			t.Errorf("hasBylineMarker(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	check := func(lines []string) {
		t.Helper()
		for _, s := range lines {
			if got, want := hasBylineMarker(s), hasBylineMarkerSimple(s); got != want {
				t.Fatalf("hasBylineMarker(%q) = %v, want %v", s, got, want)
			}
		}
	}
	check(lines)
	check(textCorpusLines(t))
}

// hasBylineMarkerSimple is hasBylineMarker as its doc defines it: one of
// the first eight words of s, less the dashes, bars and bullets that lead
// it and a colon that ends it, is a marker in any case.
func hasBylineMarkerSimple(s string) bool {
	n := 0
	for _, w := range strings.Split(s, " ") {
		if w = strings.TrimLeft(w, "/-–—|•·"); w == "" {
			continue
		}
		if n++; n > 8 {
			return false
		}
		w = strings.TrimSuffix(w, ":")
		if slices.ContainsFunc(lexicon.BylineMarkers, func(m string) bool { return strings.EqualFold(w, m) }) {
			return true
		}
	}
	return false
}

// TestCreditsAndControls checks which lines credit a picture and which
// are the page's controls glued together.
func TestCreditsAndControls(t *testing.T) {
	for _, tt := range []struct {
		in                string
		credited, control bool
	}{
		{"The mayor on the bridge. Photo: Ann Lee", true, false},
		{"A photograph of the quay at dawn", true, false},
		{"Bild: dpa", true, false},
		{"(c) Ann Lee", true, false},
		{"© 2024 The River Times", true, false},
		{"Getty Images / AFP", true, false},
		{"Skip to contentSkip to site index", false, true},
		{"Sign InSubscribe", false, true},
		{"Continue reading the main story", false, true},
		{"Supported by", false, true},
		{"The council met on Monday to vote on the bridge.", false, false},
		{"sign in and skip to", false, false},
		{"", false, false},
	} {
		if got := isCredited(tt.in); got != tt.credited {
			t.Errorf("isCredited(%q) = %v, want %v", tt.in, got, tt.credited)
		}
		if got := isControl(tt.in); got != tt.control {
			t.Errorf("isControl(%q) = %v, want %v", tt.in, got, tt.control)
		}
	}
}

// FuzzLine holds measureLine, normalizeSpace, forWords and
// hasBylineMarker to their simple definitions on any line.
func FuzzLine(f *testing.F) {
	for _, s := range []string{"Ann Lee's well-known café, 12 rooms.", "中文 한국어 text", "  a\t\tb \u00a0c\u200b", "— by: Ann", "bad\xffbyte"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkLine(t, s)
		if n := normalizeSpace(s); n != normalizeSpaceSimple(s) {
			t.Fatalf("normalizeSpace(%q) = %q, want %q", s, n, normalizeSpaceSimple(s))
		} else {
			checkLine(t, n)
		}
		checkWords(t, s)
		if got, want := hasBylineMarker(s), hasBylineMarkerSimple(s); got != want {
			t.Fatalf("hasBylineMarker(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestPrintablePrefix8 holds printablePrefix8 to its definition, byte
// by byte, on words made of bytes at the edges of its ranges.
func TestPrintablePrefix8(t *testing.T) {
	edges := []byte{0x00, 0x1f, ' ', '!', 'a', 0x7f, 0x80, 0xa0, 0xa1, 0xff}
	for i := 0; i < 1<<16; i++ {
		var w [8]byte
		k := i
		for b := range w {
			w[b] = edges[k%len(edges)]
			k /= len(edges)
		}
		want := 0
		for want < 8 && w[want] > ' ' && w[want] < utf8.RuneSelf {
			want++
		}
		if got := printablePrefix8(textkit.Load64(string(w[:]))); got != want {
			t.Fatalf("printablePrefix8(% x) = %d, want %d", w, got, want)
		}
	}
}

// TestIsPlainASCII8 holds isPlainASCII8 to its definition, byte by byte, on
// every word made of bytes at the edges of its ranges.
func TestIsPlainASCII8(t *testing.T) {
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
		if got := isPlainASCII8(textkit.Load64(string(w[:]))); got != want {
			t.Fatalf("isPlainASCII8(%q) = %v, want %v", w[:], got, want)
		}
		n++
	}
	walk(0)
	if n != 1<<24 {
		t.Fatalf("%d words checked", n)
	}
}

// TestNoteAfterStop checks that a line ending in a short note in brackets
// after its last sentence ends a sentence, and that a caption's credit, a
// form's controls or a bracket without a stop before it do not.
func TestNoteAfterStop(t *testing.T) {
	tests := []struct {
		line string
		want lineEnd
	}{
		{"The results were published in the journal on Monday. (Editing by Ann Lee)", endSentence},
		{"结果发表在科学刊物上。（编译/林靖东）", endSentence},
		{"The ferry at the quay on Monday. (Photo Ann Roe/Wire)", endOther},
		{"You are commenting using your account. ( Log Out / Change )", endOther},
		{"The ferry sails at noon (weather permitting)", endOther},
	}
	for _, tt := range tests {
		if got := lastMark(tt.line); got != tt.want {
			t.Errorf("lastMark(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestIsDrawnRow checks the rows of a table drawn in text against lines
// that hold the same bytes in other characters (an em dash ends in the
// box-drawing characters' second byte).
func TestIsDrawnRow(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"2 │ -0.757 │ t", true},
		{"───┼────────┼───", true},
		{"status_code │ last_value", false},
		{"The ferry — late again — left at noon — and the crew", false},
		{"Home | News | Sport", false},
	}
	for _, tt := range tests {
		if got := isDrawnRow(tt.line); got != tt.want {
			t.Errorf("isDrawnRow(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestTextLineSize holds textLine to 48 bytes. The plain-text front end
// allocates one for each line of a text, and they make about half of
// the bytes that the plain-text benchmarks allocate; the six yes-or-no
// features packed into flags and the fields ordered by size leave no
// padding. A field added or a flag turned back into a bool shows here.
func TestTextLineSize(t *testing.T) {
	if got := unsafe.Sizeof(textLine{}); got != 48 {
		t.Errorf("unsafe.Sizeof(textLine{}) = %d, want 48: every line of a text costs one, so keep the flags packed and the fields without padding", got)
	}
}
