package parse

import (
	"math/rand"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// checkBinaryScanned fails t when binaryScanned, given scanText's answer,
// and isBinary judge b differently, with no hints and with an override.
func checkBinaryScanned(t *testing.T, b []byte) {
	t.Helper()
	for _, h := range []charsetHints{{}, {override: charmap.Windows1252, overrideName: "windows-1252"}} {
		if got, want := binaryScanned(b, h, scanText(b, FormatText)), isBinary(b, h); got != want {
			t.Fatalf("binaryScanned(%.80q, override %v) = %v, isBinary says %v", b, h.override != nil, got, want)
		}
	}
}

// TestBinaryScanned holds binaryScanned to isBinary on the openings that
// its shortcut turns on: binary formats' marks, with and without a UTF-8
// byte order mark before them, controls and zero bytes inside and outside
// the rule's window, UTF-16 marks and text.
func TestBinaryScanned(t *testing.T) {
	opens := []string{"", "\ufeff", "%PDF-", "\ufeff%PDF-", "\x89PNG", "MZ", "\xff\xfe", "\xfe\xff", "a\x00b\x00c\x00", "\x1f\x8b", "PK\x03\x04"}
	fills := []string{"text and more text ", "caf\u00e9 \u4e2d ", "\x00\x01\x02\x03"}
	for _, o := range opens {
		for _, f := range fills {
			for _, size := range []int{0, 10, binaryWindow - 20, binaryWindow, binaryWindow + 5, 3 * binaryWindow} {
				body := strings.Repeat(f, size/len(f)+1)[:size]
				checkBinaryScanned(t, []byte(o+body))
				for _, at := range []int{size / 2, binaryWindow - 1, binaryWindow + 2, binaryWindow + 3} {
					if at < len(body) {
						checkBinaryScanned(t, []byte(o+body[:at]+strings.Repeat("\x01", 120)+body[at:]))
					}
				}
			}
		}
	}
	r := rand.New(rand.NewSource(5))
	alphabet := "ab \n\x00\x01\xc2\x85\xef\xbb\xbf%PDF-\xff\xfe"
	for n := 0; n < 5000; n++ {
		b := make([]byte, r.Intn(64))
		for i := range b {
			b[i] = alphabet[r.Intn(len(alphabet))]
		}
		checkBinaryScanned(t, b)
	}
}

// FuzzBinaryScanned is TestBinaryScanned on any input.
func FuzzBinaryScanned(f *testing.F) {
	for _, s := range []string{"plain text\n", "\ufeff%PDF-1.4", "\x00\x01\x02", "\xff\xfea\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) { checkBinaryScanned(t, b) })
}
