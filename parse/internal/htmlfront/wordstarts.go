package htmlfront

// A wordStarts is the set of the first three bytes of a list of words,
// ASCII letters of either case alike and hyphens. A value's bytes are
// looked up in it three at a time, rolling, with two table reads a byte:
// it turns away almost every place of a value before any word of the list
// is compared there, where most letters begin one of the words.
type wordStarts [1 << (2 * startCodeBits)]uint32

// startCodeBits is the width of a byte's startCode.
const startCodeBits = 5

// startCode numbers the ASCII letters 1 to 26, either case alike, and the
// hyphen 27; any other byte is 0, which no word of a list begins with.
var startCode = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = uint8(c-'a') + 1
		t[c-'a'+'A'] = uint8(c-'a') + 1
	}
	t['-'] = 27
	return t
}()

// add adds the first three bytes of w, of letters and hyphens, the first
// a letter.
func (p *wordStarts) add(w string) {
	p[startPair(uint(startCode[w[0]]), startCode[w[1]])&startMask] |= 1 << startCode[w[2]]
}

// startPair rolls the code of a value's next byte into the codes of the two
// bytes before it: the index of wordStarts that the byte after is looked
// up in.
func startPair(pair uint, c uint8) uint {
	return pair<<startCodeBits | uint(c)
}

// startMask keeps the codes of the last two bytes of a rolled pair.
const startMask = 1<<(2*startCodeBits) - 1

// at reports whether a word of the list may begin two bytes before the one
// coded c, the bytes before which roll into pair (startPair).
func (p *wordStarts) at(pair uint, c uint8) bool {
	return p[pair&startMask]&(1<<(c&31)) != 0
}
