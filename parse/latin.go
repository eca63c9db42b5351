package parse

import (
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
)

// latinEncoding is one of the single-byte encodings of Latin-script
// languages that the statistical detector cannot tell apart reliably.
type latinEncoding struct {
	name string
	cm   *charmap.Charmap
	// alphabets are the letters beyond ASCII of the languages written in
	// this encoding, lower case, one string per language.
	alphabets []string
}

// latinEncodings are tried in this order, and a tie goes to the first:
// western European text is by far the most common.
var latinEncodings = []latinEncoding{
	{"windows-1252", charmap.Windows1252, []string{
		"àâæçéèêëîïôœùûüÿ", // French
		"äöüß",             // German
		"áéíñóúüºª",        // Spanish
		"áâãàçéêíóôõúºª",   // Portuguese
		"àèéìíîòóùúºª",     // Italian
		"áéèëïóöü",         // Dutch
		"åäöé",             // Swedish, Finnish
		"æøåé",             // Danish, Norwegian
		"áðéíóúýþæö",       // Icelandic
		"àçèéíïòóúü",       // Catalan
	}},
	{"windows-1250", charmap.Windows1250, centralAlphabets},
	{"iso-8859-2", charmap.ISO8859_2, centralAlphabets},
	{"windows-1254", charmap.Windows1254, []string{
		"çğıöşüâî", // Turkish
	}},
}

// centralAlphabets are the letters of the central European languages
// that windows-1250 and ISO-8859-2 were made for.
var centralAlphabets = []string{
	"ąćęłńóśźż",         // Polish
	"áčďéěíňóřšťúůýž",   // Czech
	"áäčďéíĺľňóôŕšťúýž", // Slovak
	"áéíóöőúüű",         // Hungarian
	"ăâîşţșț",           // Romanian
	"čćđšž",             // Croatian, Bosnian, Slovene
}

// chooseLatin decides which single-byte Latin encoding sample is in,
// once the detector has said that it is one of them. It reads the sample
// in each and asks which reading fits the alphabets of its languages
// best: text read in the wrong encoding comes out with letters that no
// one language uses together (Polish "się" in windows-1252 is "siê", a
// French "très" in ISO-8859-2 is "trčs") or with symbols inside words
// ("by³o"). A reading scores the letters that some language of its
// encoding has, plus those of the one language that fits best (pages mix
// languages, but most of a page is in one), less twice what fits none.
// The answer depends on the bytes alone, so the same input always gets
// the same encoding, which the detector's own language models, run
// concurrently, do not promise.
func chooseLatin(sample []byte) string {
	// windows-1250 and ISO-8859-2 differ where windows-1250 puts letters
	// in 0x80-0x9F, which ISO-8859-2 leaves to control codes: text with
	// bytes there is not ISO-8859-2.
	c1 := false
	for _, c := range sample {
		if c >= 0x80 && c <= 0x9F {
			c1 = true
			break
		}
	}
	best, bestScore := "", 0
	for _, le := range latinEncodings {
		if le.name == "iso-8859-2" && c1 || le.name == "windows-1250" && !c1 {
			continue
		}
		letters, misfit := readHighLetters(sample, le.cm)
		some, one := 0, 0
		for r, n := range letters {
			fits := 0
			for _, alphabet := range le.alphabets {
				if strings.ContainsRune(alphabet, r) {
					fits = n
					break
				}
			}
			if fits == 0 {
				misfit += n
			}
			some += fits
		}
		for _, alphabet := range le.alphabets {
			n := 0
			for r, k := range letters {
				if strings.ContainsRune(alphabet, r) {
					n += k
				}
			}
			one = max(one, n)
		}
		if score := some + one - 2*misfit; best == "" || score > bestScore {
			best, bestScore = le.name, score
		}
	}
	return best
}

// readHighLetters reads the bytes of sample at or above 0x80 that stand
// between two ASCII letters in the encoding cm, and counts the letters
// they give, in lower case; it returns as misfits those that give
// anything else. Only bytes inside words are read, so that the context
// is the same in every reading: at a word's edge, a byte that one
// encoding reads as a quotation mark ("»Wort«" in German) another reads
// as a letter, and the letter would win.
func readHighLetters(sample []byte, cm *charmap.Charmap) (letters map[rune]int, misfit int) {
	letters = map[rune]int{}
	for i := 1; i+1 < len(sample); i++ {
		c := sample[i]
		if c < 0x80 || !isASCIILetter(sample[i-1]) || !isASCIILetter(sample[i+1]) {
			continue
		}
		if r := cm.DecodeByte(c); unicode.IsLetter(r) {
			letters[unicode.ToLower(r)]++
		} else {
			misfit++
		}
	}
	return letters, misfit
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
