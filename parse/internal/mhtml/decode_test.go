package mhtml

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
)

func TestDecodeQuotedPrintable(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"a=3Db", "a=b"},
		{"a=3db", "a=b"},
		{"soft=\r\nbreak", "softbreak"},
		{"soft=\nbreak", "softbreak"},
		{"soft= \t\r\nbreak", "softbreak"},
		{"hard\r\nbreak\nmixed", "hard\r\nbreak\nmixed"},
		{"padding  \r\nline\t\n", "padding\r\nline\n"},
		{"=E2=80=\r\n=94", "\u2014"},
		{"caf=C3=\n=A9", "café"},
		{"a = b", "a = b"},
		{"=G1=4", "=G1=4"},
		{"ends with =", "ends with "},
		{"==", "="},
		{"=\r\n", ""},
		{"raw \xe9 and \x0c stay", "raw \xe9 and \x0c stay"},
		{"=0D=0A", "\r\n"},
		{strings.Repeat("long", 2000) + "=3D", strings.Repeat("long", 2000) + "="},
	} {
		if got := string(decodeQuotedPrintable([]byte(tc.in))); got != tc.want {
			t.Errorf("decodeQuotedPrintable(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDecodeBase64(t *testing.T) {
	long := strings.Repeat("<p>x</p>", 300) // no padding, over three chunks
	for _, tc := range []struct{ in, want string }{
		{"PGh0bWw+", "<html>"},
		{"PGh0\r\nbWw+\r\n", "<html>"},
		{"PGh0\n  bWw+\t", "<html>"},
		{"PGI+", "<b>"},
		{"PGI", "<b"},
		{"PA==", "<"},
		{"PA", "<"},
		{"PA=\r\n", "<"},
		{"", ""},
		{"PHA+eDwvcD4", "<p>x</p>"},
		// More than one chunk, so that chunks join right.
		{encode64(long), long},
	} {
		got, err := decodeBase64([]byte(tc.in))
		if err != nil || string(got) != tc.want {
			t.Errorf("decodeBase64(%.40q) = %.40q, %v; want %.40q", tc.in, got, err, tc.want)
		}
	}
	for _, in := range []string{"P", "PGh0*bWw+", "PA==PA==", "PGh0bWw+-", "PGh0bWw+\x00"} {
		if got, err := decodeBase64([]byte(in)); !errors.Is(err, ErrBase64) {
			t.Errorf("decodeBase64(%q) = %q, %v; want ErrBase64", in, got, err)
		}
	}
	// The offset an error gives counts base64 characters across chunks.
	in := encode64(long) + "!"
	_, err := decodeBase64([]byte(in))
	if want := "character " + strconv.Itoa(len(strings.ReplaceAll(encode64(long), "\r\n", ""))); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v does not name %s", err, want)
	}
}

func TestDecodeBody(t *testing.T) {
	for _, cte := range []string{"", "7bit", "8bit", "binary", " 8BIT "} {
		if got, err := decodeBody([]byte("a=3D\xe9"), cte); err != nil || string(got) != "a=3D\xe9" {
			t.Errorf("decodeBody(%q) = %q, %v", cte, got, err)
		}
	}
	_, err := decodeBody(nil, strings.Repeat("x", 100))
	if !errors.Is(err, ErrEncoding) || len(err.Error()) > 100 {
		t.Errorf("decodeBody of a long unknown name: %v", err)
	}
}

// encode64 returns s in base64 broken into lines, as Build writes it.
func encode64(s string) string {
	var b bytes.Buffer
	writeBase64(&b, []byte(s))
	return b.String()
}
