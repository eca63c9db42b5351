// Package langid tells the language of a text from the text alone, as a
// reader tells it at a glance: by its script, and for the languages that
// share the Latin script by their commonest words. It is for pages that do
// not say their language: a plain-text copy, which has no lang attribute,
// and an HTML page without one. It names a language only when it is
// clear, and otherwise says nothing rather than guess.
package langid

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/artparse/artparse/parse/internal/textkit"
)

// Detect returns the language of a story's text as a BCP 47 primary tag,
// or "" when neither its script nor its common words tell it.
func Detect(s string) string {
	if lang := scriptLanguage(s); lang != "" {
		return lang
	}
	return wordLanguage(s)
}

// The languages wordLanguage tells apart, as indexes into langTags.
const (
	langEN = iota
	langDE
	langFR
	langES
	langIT
	langPT
	langNL
	langPL
	langCS
	langSV
	numLangs
)

// langTags are the BCP 47 tags of the languages wordLanguage tells apart.
var langTags = [numLangs]string{"en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sv"}

// commonWords maps the commonest short words of each Latin-script
// language (articles, conjunctions, prepositions, auxiliaries) to the
// languages, as bits, whose text uses them often. A word of several
// languages ("de", "la", "que") tells only that the text is in one of
// them; the words of one language tell which.
var commonWords = func() map[string]uint16 {
	lists := [numLangs][]string{
		langEN: {"the", "and", "of", "to", "is", "that", "with", "for", "this", "was", "are", "have", "you", "not", "from", "which", "they", "it", "be", "has"},
		langDE: {"der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auch", "ein", "eine", "dem", "wird", "auf", "für", "von", "den", "zu", "im", "sie"},
		langFR: {"le", "les", "des", "est", "une", "et", "du", "dans", "pour", "qui", "pas", "sur", "au", "avec", "sont", "ce", "aux", "ou", "plus", "cette"},
		langES: {"el", "los", "las", "del", "por", "es", "lo", "como", "más", "pero", "y", "su", "al", "sus", "fue", "muy", "este", "esta", "entre", "sobre"},
		langIT: {"il", "della", "che", "di", "per", "sono", "gli", "è", "nel", "anche", "alla", "dei", "delle", "ha", "questo", "non", "si", "ed", "più", "degli"},
		langPT: {"os", "da", "do", "não", "uma", "com", "em", "é", "dos", "das", "mais", "ao", "na", "no", "ser", "foi", "também", "pelo", "pela", "seu"},
		langNL: {"het", "een", "van", "dat", "niet", "op", "voor", "met", "zijn", "ook", "om", "aan", "er", "bij", "naar", "wordt", "maar", "dit", "nog", "wel"},
		langPL: {"się", "nie", "na", "że", "jest", "jak", "przez", "dla", "oraz", "w", "z", "i", "do", "od", "po", "czy", "jego", "ich", "być", "tym"},
		langCS: {"se", "je", "že", "jako", "ale", "pro", "jsou", "které", "také", "byl", "v", "a", "s", "k", "o", "jsem", "být", "ve", "by", "jeho"},
		// Only the words Swedish does not share with Norwegian and Danish.
		langSV: {"och", "att", "är", "för", "inte", "till", "jag", "ett", "från", "också", "eller", "när", "hur", "sig"},
	}
	shared := []struct {
		word  string
		langs []int
	}{
		{"de", []int{langES, langFR, langPT, langNL}}, {"la", []int{langES, langFR, langIT}},
		{"que", []int{langES, langFR, langPT}}, {"en", []int{langES, langFR, langNL, langSV}},
		{"un", []int{langES, langFR, langIT}}, {"una", []int{langES, langIT, langPT}},
		{"con", []int{langES, langIT}}, {"para", []int{langES, langPT}}, {"in", []int{langEN, langDE, langIT, langNL}},
		{"a", []int{langEN, langIT, langPT, langCS}}, {"e", []int{langIT, langPT}}, {"les", []int{langFR}},
	}
	m := make(map[string]uint16, 220)
	for lang, words := range lists {
		for _, w := range words {
			m[w] |= 1 << lang
		}
	}
	for _, sh := range shared {
		for _, lang := range sh.langs {
			m[sh.word] |= 1 << lang
		}
	}
	return m
}()

// wordTable is commonWords as an open-addressed table keyed by a word's
// bytes packed into a uint64, the first byte lowest: the words are of one
// to six bytes, none of them NUL, so no two pack alike. A lookup costs a
// multiply and a compare or two, a fraction of a map's string hashing,
// and wordLanguage makes one for each word it reads.
type wordTable struct {
	keys [wordSlots]uint64 // 0 is an empty slot
	vals [wordSlots]uint16
}

// wordSlots is a power of two well above twice the number of common words.
const wordSlots = 1024

// commonWordTable holds commonWords; it is never written after init.
var commonWordTable = func() *wordTable {
	t := new(wordTable)
	for w, m := range commonWords {
		if len(w) > 8 {
			continue // wordLanguage looks up six bytes at most
		}
		k := packWord([]byte(w))
		i := wordSlot(k)
		for t.keys[i] != 0 {
			i = (i + 1) % wordSlots
		}
		t.keys[i], t.vals[i] = k, m
	}
	return t
}()

// packWord packs the bytes of a word of at most eight bytes into a key,
// the first byte lowest.
func packWord(b []byte) uint64 {
	var k uint64
	for i, c := range b {
		k |= uint64(c) << (8 * i)
	}
	return k
}

// wordSlot is the slot of wordTable where the search for key k starts: the
// top ten bits of a multiplicative hash, one of wordSlots.
func wordSlot(k uint64) int { return int((k * 0x9e3779b97f4a7c15) >> (64 - 10)) }

// lookup returns the language bits of the lower-cased word b, of at most
// eight bytes: commonWords[string(b)].
func (t *wordTable) lookup(b []byte) uint16 { return t.lookupKey(packWord(b)) }

// lookupKey returns the language bits of the word packed into k as
// packWord packs it.
func (t *wordTable) lookupKey(k uint64) uint16 {
	if k == 0 {
		return 0
	}
	for i := wordSlot(k); ; i = (i + 1) % wordSlots {
		switch t.keys[i] {
		case k:
			return t.vals[i]
		case 0:
			return 0
		}
	}
}

// asciiLetters returns how many of the eight bytes of x, from the first
// (the lowest), are ASCII letters. Each byte is folded to lower case and
// compared with its top bit masked off, so that no carry runs from one
// byte into the next; a byte with its top bit set is not a letter.
func asciiLetters(x uint64) int {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	y := x&lows | 0x20*ones
	letter := (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones) &^ x & highs
	return bits.TrailingZeros64(^letter&highs) >> 3
}

// asciiLetterCount returns how many of the eight bytes of x, all ASCII,
// are letters, as asciiLetters tells them.
func asciiLetterCount(x uint64) int {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	y := x&lows | 0x20*ones
	letter := (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones) & highs
	return bits.OnesCount64(letter)
}

// Thresholds of wordLanguage: it reads up to langWords words, and names a
// language only when the words of it alone number at least langMinHits and
// outnumber the runner-up's langLead times, and all its common words make
// at least langMinShare of the words read: a wrong tag is worse than none.
const (
	langWords    = 400
	langMinHits  = 8
	langMinShare = 0.12
	langLead     = 2
)

// wordLanguage stops reading early, at every leadCheckWords words, when
// one language has clearLeadHits words of its own and clearLeadFactor
// times the runner-up's: three times langMinHits and twice langLead, a
// lead so far past the thresholds that reading on only costs time.
const leadCheckWords, clearLeadHits, clearLeadFactor = 64, 24, 4

// maxKeyBytes is the longest word, in bytes lower-cased, that
// wordLanguage looks up: every common word but "também" fits, and the
// longer words of a text, most of them, are passed over without a key
// built for them.
const maxKeyBytes = 6

// hasClearLead reports whether one language's own words are so many, and so
// far ahead of any other's, that reading on would not change the answer.
func hasClearLead(own *[numLangs]int) bool {
	best, second := 0, 0
	for _, n := range own {
		if n > best {
			best, second = n, best
		} else if n > second {
			second = n
		}
	}
	return best >= clearLeadHits && best >= clearLeadFactor*second
}

// wordLanguage names the Latin-script language of s by how often its
// commonest words occur, or returns "".
func wordLanguage(s string) string {
	t := tallyWords(s)
	return t.language()
}

// wordTally is what wordLanguage counts in a text: the words read, and
// for each language its common words (hits) and the common words of that
// language alone (own).
type wordTally struct {
	words     int
	hits, own [numLangs]int
}

// tallyWords counts the common words of each language among the first
// langWords words of s, runs of letters, and stops early when one
// language's lead is clear. Only words of up to six bytes are looked up,
// which all common words are; each is lower-cased and packed into a key
// as it is read, so reading costs no allocation.
func tallyWords(s string) wordTally {
	var t wordTally
	for i := 0; i < len(s) && t.words < langWords; {
		// Among ASCII bytes, which most of the spaces and punctuation
		// between words are, the letters are A-Z and a-z.
		if c := s[i]; c < utf8.RuneSelf {
			if !textkit.IsASCIILetter(c) {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(s[i:]); !unicode.IsLetter(r) {
			i += n
			continue
		}
		// A word: its lower-cased bytes are packed into key, as the
		// table's keys are, while they fit in six.
		var key uint64
		size, fits, read := 0, true, false
		// Most words are ASCII and shorter than eight letters: their
		// length and key are read from eight bytes at once.
		if i+8 <= len(s) {
			x := textkit.Load64(s[i : i+8])
			if n := asciiLetters(x); n < 8 && s[i+n] < utf8.RuneSelf {
				i += n
				if n <= maxKeyBytes {
					key = (x | 0x2020202020202020) & (1<<(8*n) - 1)
				} else {
					fits = false
				}
				read = true
			} else if n == 8 {
				// A word of eight ASCII letters or more is too long to
				// be looked up: its letters are skipped eight at a time,
				// and the loop below reads what is left of it.
				fits = false
				for i += 8; i+8 <= len(s); i += n {
					if n = asciiLetters(textkit.Load64(s[i : i+8])); n < 8 {
						i += n
						break
					}
				}
			}
		}
		for i < len(s) && !read {
			if c := s[i]; c < utf8.RuneSelf {
				// ASCII, most letters, needs neither decoding nor
				// unicode's tables.
				if !textkit.IsASCIILetter(c) {
					break
				}
				i++
				if fits && size < maxKeyBytes {
					key |= uint64(c|0x20) << (8 * size)
					size++
				} else {
					fits = false
				}
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				break
			}
			i += n
			if !fits {
				continue
			}
			var enc [utf8.UTFMax]byte
			k := utf8.EncodeRune(enc[:], textkit.ToLower(r))
			if size+k > maxKeyBytes {
				fits = false
				continue
			}
			for _, c := range enc[:k] {
				key |= uint64(c) << (8 * size)
				size++
			}
		}
		t.words++
		// A clear lead early on will not be overturned: stop reading.
		if t.words%leadCheckWords == 0 && hasClearLead(&t.own) {
			break
		}
		if !fits {
			continue
		}
		t.add(commonWordTable.lookupKey(key))
	}
	return t
}

// add counts a word that is common in the languages of the bits m.
func (t *wordTally) add(m uint16) {
	if bits.OnesCount16(m) == 1 {
		t.own[bits.TrailingZeros16(m)]++
	}
	for ; m != 0; m &= m - 1 {
		t.hits[bits.TrailingZeros16(m)]++
	}
}

// language returns the tag of the language whose own words are the most,
// when they pass wordLanguage's thresholds, or "".
func (t *wordTally) language() string {
	best := 0
	for k := range t.own {
		if t.own[k] > t.own[best] {
			best = k
		}
	}
	second := 0
	for k := range t.own {
		if k != best && t.own[k] > second {
			second = t.own[k]
		}
	}
	h := t.own[best]
	if h < langMinHits || float64(t.hits[best]) < langMinShare*float64(t.words) || h < langLead*second {
		return ""
	}
	return langTags[best]
}

// scriptLanguage reads the first scriptBytes of a text, a few paragraphs,
// and no more when its first latinRun letters are all Latin: a text that
// opens so is in a Latin script, whatever names and quotes follow. It
// names no language for fewer than minScriptLetters letters, too few to
// tell a script's text from a name or a word quoted in it; and it takes
// Han for Japanese when more than 1/kanaShareDen of it is kana, as
// Japanese text mixes kana into its Han and Chinese has none.
const scriptBytes, latinRun, minScriptLetters, kanaShareDen = 4096, 200, 20, 10

// scriptLanguage returns the language of a text when its script alone
// tells it, or "": kana mark Japanese, Hangul Korean, Han without kana
// Chinese; Cyrillic, Arabic and the scripts of one main language are named
// only by letters their neighbours lack. Latin and Devanagari texts are
// left unnamed, since their script is shared by many languages and a wrong
// tag is worse than none. It reads at most the first 4 KB, and stops at
// the two hundredth letter when all before it were Latin.
func scriptLanguage(s string) string {
	s = s[:min(len(s), scriptBytes)]
	var c scriptCounts
	// A text that opens with two hundred Latin letters and no other is in
	// a Latin script: reading stops there. (Once a letter of another
	// script is read, letters stays above latin, so the test may be made
	// after a count has passed latinRun, not only as it reaches it.)
	for i := 0; i < len(s); {
		// Eight ASCII bytes at a time: their letters are all Latin. Of
		// eight bytes that are not all ASCII, those before the first
		// byte past ASCII are counted so, with the others masked off (a
		// NUL is no letter).
		if i+8 <= len(s) {
			x := textkit.Load64(s[i : i+8])
			n := 8
			if high := x & 0x8080808080808080; high != 0 {
				n = bits.TrailingZeros64(high) >> 3
				x &= 1<<(8*n) - 1
			}
			if n > 0 {
				k := asciiLetterCount(x)
				c.letters += k
				c.latin += k
				if c.latinOnly() {
					return ""
				}
				i += n
				continue
			}
		}
		// The three-byte runes of CJK text, most of a Chinese or
		// Japanese page, are told without a call to decode them or to
		// ask unicode (textkit.DecodeCJK3: U+3000 to U+9FFF). The common
		// block of Han and the kana IsCommonIdeograph names are letters
		// (TestIsLetterRanges), the punctuation textkit.IsCJKPunct names
		// is not; any other rune goes the common way.
		if r, ok := textkit.DecodeCJK3(s, i); ok {
			switch {
			case r >= 0x4E00:
				c.letters++
				c.han++
				i += 3
				continue
			case textkit.IsCommonIdeograph(r):
				c.letters++
				c.kana++
				i += 3
				continue
			case textkit.IsCJKPunct(r):
				i += 3
				continue
			}
		}
		if b := s[i]; b < utf8.RuneSelf {
			if textkit.IsASCIILetter(b) {
				c.letters++
				c.latin++
				if c.latinOnly() {
					return ""
				}
			}
			i++
			continue
		}
		r, n := textkit.DecodeRune(s[i:])
		i += n
		if isLetter(r) && c.add(r) {
			return ""
		}
	}
	return c.language()
}

// scriptCounts are the letters scriptLanguage has read: all of them, and
// those of each script it tells, with the letters that tell apart the
// languages sharing Cyrillic or Arabic.
type scriptCounts struct {
	letters, latin, han, kana, hangul, cyr, arab, greek, hebrew, thai int
	hasRU, hasUK, hasBE, hasFA, hasUR                                 bool
}

// latinOnly reports whether the letters read are latinRun Latin letters
// or more and no other: scriptLanguage reads no further.
func (c *scriptCounts) latinOnly() bool { return c.latin >= latinRun && c.letters == c.latin }

// add counts the letter r, and reports whether the letters read are now
// latinOnly.
func (c *scriptCounts) add(r rune) bool {
	c.letters++
	if r < 0x250 { // the accented letters of Latin scripts
		c.latin++
		return c.latinOnly()
	}
	// The common block of Han is tested first: a Chinese or Japanese
	// text has most of its letters there. (The scripts' ranges do not
	// overlap, so the order changes no count.)
	switch {
	case r >= 0x4E00 && r <= 0x9FFF:
		c.han++
	case r >= 0x3040 && r <= 0x30FF:
		c.kana++
	case textkit.IsHangulSyllable(r) || r >= 0x1100 && r <= 0x11FF:
		c.hangul++
	case r >= 0x0400 && r <= 0x04FF:
		c.cyr++
		switch r {
		case 'ы', 'э', 'Ы', 'Э':
			c.hasRU = true
		case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ':
			c.hasUK = true
		case 'ў', 'Ў':
			c.hasBE = true
		}
	case r >= 0x0600 && r <= 0x06FF:
		c.arab++
		switch r {
		case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے':
			c.hasUR = true
		case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی':
			c.hasFA = true
		}
	case r >= 0x0370 && r <= 0x03FF:
		c.greek++
	case r >= 0x0590 && r <= 0x05FF:
		c.hebrew++
	case r >= 0x0E00 && r <= 0x0E7F:
		c.thai++
	case unicode.Is(unicode.Han, r):
		c.han++
	}
	return false
}

// language returns the language the counts name, as scriptLanguage says,
// or "".
func (c *scriptCounts) language() string {
	if c.letters < minScriptLetters {
		return ""
	}
	isMajority := func(n int) bool { return n*2 > c.letters }
	switch {
	case isMajority(c.han+c.kana) && c.kana*kanaShareDen > c.han+c.kana:
		return "ja"
	case isMajority(c.han) && c.kana == 0:
		return "zh"
	case isMajority(c.hangul+c.han) && c.hangul > c.han:
		return "ko"
	case isMajority(c.cyr) && c.hasRU && !c.hasUK && !c.hasBE:
		return "ru"
	case isMajority(c.cyr) && c.hasUK && !c.hasRU:
		return "uk"
	case isMajority(c.arab) && c.hasUR:
		return "ur"
	case isMajority(c.arab) && c.hasFA:
		return "fa"
	case isMajority(c.arab):
		return "ar"
	case isMajority(c.greek):
		return "el"
	case isMajority(c.hebrew):
		return "he"
	case isMajority(c.thai):
		return "th"
	}
	return ""
}

// isLetter is unicode.IsLetter with the blocks that Chinese, Japanese and
// Korean text is written in told by their ranges, all of whose runes are
// letters (TestIsLetterRanges): the letter table takes a binary search of
// hundreds of ranges for each of them.
func isLetter(r rune) bool {
	return textkit.IsCommonIdeograph(r) || textkit.IsHangulSyllable(r) || unicode.IsLetter(r)
}
