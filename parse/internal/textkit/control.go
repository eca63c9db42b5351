package textkit

import (
	"math/bits"
	"unsafe"
)

// Control characters are the Unicode category Cc: C0 (U+0000 to U+001F),
// DEL (U+007F) and C1 (U+0080 to U+009F). A record holds none of them but
// tab and newline: a NUL makes PostgreSQL refuse the JSON, an ESC lets a
// page drive the terminal that prints the record, and none of them is
// text a reader sees.

// IsControl reports whether r is a control character other than tab and
// newline.
func IsControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' || r >= 0x7F && r <= 0x9F
}

// HasControl reports whether s holds a control character other than tab
// and newline, in UTF-8.
func HasControl[S ~string | ~[]byte](s S) bool { return firstControl(s) < len(s) }

// firstControl returns the index in s of the first control character
// other than tab and newline, or len(s) when there is none. Every page of
// plain text and every text of an HTML page is scanned so, so the scan
// marks the controls of eight bytes at a time (controlBytes8), and looks
// at a marked byte on its own only when it is a C2, which is a control
// only before 0x80 to 0x9F. An earlier filter that let through every byte
// over 0x7F, and then tab and newline, and marked them with four zero
// tests, made it a twentieth of a plain-text parse.
func firstControl[S ~string | ~[]byte](s S) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s[i : i+8])
		if printable8(x) {
			continue
		}
		for m := controlBytes8(x); m != 0; m &= m - 1 {
			if j := i + bits.TrailingZeros64(m)>>3; controlAt(s, j) {
				return j
			}
		}
	}
	for ; i < len(s); i++ {
		if controlAt(s, i) {
			return i
		}
	}
	return len(s)
}

// controlAt reports whether s holds at i a control character other than
// tab and newline, or the first byte of one.
func controlAt[S ~string | ~[]byte](s S, i int) bool {
	switch c := s[i]; {
	case c < 0x20:
		return c != '\t' && c != '\n'
	case c == 0x7F:
		return true
	case c == 0xC2:
		// U+0080 to U+009F are C2 80 to C2 9F.
		return i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9F
	}
	return false
}

// printable8 reports whether the eight bytes of x are all ASCII from the
// space to the tilde, as most runs of eight bytes of a page are: it
// tells them in six operations, where controlBytes8 takes a dozen, and
// sends the tabs and newlines, with the rest, to it. No byte over 0x7E
// passes (adding one sets DEL's top bit), nor one under 0x20 (taking 0x20
// from each byte borrows first at the lowest of those, whose top bit it
// sets).
func printable8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return ((x-0x20*ones)&^x|(x+ones)|x)&highs == 0
}

// controlBytes8 returns the top bit of each of the eight bytes of x that
// is below the space but for tab and newline, a DEL or a C2: exactly
// those. Each byte is compared on its low seven bits, where adding a
// bound carries into no other byte (0x7F plus the largest, 0x77, is under
// 0x100), and the top bit is tested apart: an ASCII byte is under b when
// adding 0x80-b leaves its top bit clear, so tab (0x09) and newline
// (0x0A) are left out as the bytes neither under 0x09 nor from 0x0B on,
// and DEL is the one byte that adding one carries into the top bit.
// (It is kept small enough for the scan's loop to inline it.)
func controlBytes8(x uint64) uint64 {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	low := x & lows
	under9, from0B, under20 := low+(0x80-0x09)*ones, low+(0x80-0x0B)*ones, low+(0x80-0x20)*ones
	ascii := (^under9 | from0B&^under20 | (low + ones)) &^ x
	c2 := ^((low ^ 0x42*ones) + lows) & x // 0xC2 is the top bit and 0x42
	return (ascii | c2) & highs
}

// load64 reads the first eight bytes of w, the first as the lowest, in
// one load. Its callers pass the eight bytes they read as w, s[i:i+8]:
// so the compiler checks the bounds once, where given s and i it had
// checked each of the eight, a third of the steps of a scan.
func load64[S ~string | ~[]byte](w S) uint64 {
	_ = w[7]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// CleanControls returns s without control characters but tab and newline,
// or s itself when it holds none:
//
//   - the line ends other than LF (CR LF, CR, and the controls that end a
//     line: VT, FF and NEL, U+0085) become LF;
//   - an ESC is dropped, and with it the terminal control sequence it may
//     open (ESC '[', parameter bytes 0x30 to 0x3F, a final byte 0x40 to
//     0x7E, such as the "ESC[2J" that clears a screen or the "ESC[1m" of
//     bold type), since such a sequence formats text and is no part of it;
//   - any other control, or run of them, becomes one space where it stands
//     between two characters that are not white space (it stood for
//     something there, and "one\x00two" is two words, not "onetwo") and is
//     dropped elsewhere.
func CleanControls[S ~string | ~[]byte](s S) S {
	return CleanControlsFrom(s, firstControl(s))
}

// CleanControlsFrom is CleanControls for an s whose first control
// character other than tab and newline is at i, or that holds none when i
// is len(s), as ScanUTF8 finds it: a caller that has scanned s so need not
// have it scanned again. Given any other i, what it returns is undefined.
func CleanControlsFrom[S ~string | ~[]byte](s S, i int) S {
	if i == len(s) {
		return s
	}
	// The text between two controls is copied whole. Copied a byte at a
	// time, an HTML page saved with CR LF line ends, the common case,
	// spent a fifth of its parse here.
	out := make([]byte, 0, len(s))
	out = append(out, s[:i]...)
	for i < len(s) {
		if n := lineEndLen(s, i); n > 0 {
			out = append(out, '\n')
			i += n
		} else {
			j, separates := i, false
			for j < len(s) {
				n := controlLen(s, j)
				if n == 0 {
					break
				}
				separates = separates || s[j] != 0x1B
				j += n
			}
			if separates && len(out) > 0 && !isSpaceByte(out[len(out)-1]) && j < len(s) && !isSpaceByte(s[j]) && lineEndLen(s, j) == 0 {
				out = append(out, ' ')
			}
			i = j
		}
		next := i + firstControl(s[i:])
		out = append(out, s[i:next]...)
		i = next
	}
	// out is new and never written again, so for a string it becomes
	// one in place: S(out) would copy the whole page a second time. (A
	// string's header is the first two words of a slice's.)
	return *(*S)(unsafe.Pointer(&out))
}

// lineEndLen returns the length of the line end other than LF that s
// holds at i (CR LF, CR, VT, FF or NEL), or 0.
func lineEndLen[S ~string | ~[]byte](s S, i int) int {
	switch s[i] {
	case '\r':
		if i+1 < len(s) && s[i+1] == '\n' {
			return 2
		}
		return 1
	case '\v', '\f':
		return 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0x85 {
			return 2
		}
	}
	return 0
}

// controlLen returns the length of the control character that s holds at
// i, with the rest of the terminal sequence when it is an ESC that opens
// one, or 0 when s[i] opens no control; line ends are not counted here
// (see lineEndLen).
func controlLen[S ~string | ~[]byte](s S, i int) int {
	switch c := s[i]; {
	case c == 0x1B:
		return escapeLen(s, i)
	case c < 0x20:
		if c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			return 0
		}
		return 1
	case c == 0x7F:
		return 1
	case c == 0xC2:
		if i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9F && s[i+1] != 0x85 {
			return 2
		}
	}
	return 0
}

// escapeLen returns the length of the terminal control sequence ("ESC [",
// parameter bytes, a final byte) that starts at s[i], an ESC, or 1 for an
// ESC that opens none.
func escapeLen[S ~string | ~[]byte](s S, i int) int {
	j := i + 1
	if j >= len(s) || s[j] != '[' {
		return 1
	}
	for j++; j < len(s) && s[j] >= 0x30 && s[j] <= 0x3F; j++ {
	}
	if j < len(s) && s[j] >= 0x40 && s[j] <= 0x7E {
		return j + 1 - i
	}
	return 1
}

// isSpaceByte reports whether c is ASCII white space.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}
