package parse

import (
	"errors"
	"testing"
	"unicode/utf8"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		format   Format
		wantText string
		wantEnc  string
		wantErr  error
	}{
		{"utf-8", "héllo", FormatText, "héllo", "utf-8", nil},
		{"utf-8 bom stripped", "\xEF\xBB\xBFhi", FormatText, "hi", "utf-8", nil},
		{"utf-16be bom", "\xFE\xFF\x00h\x00\xE9", FormatText, "hé", "utf-16be", nil},
		{"windows-1252 fallback", "caf\xE9 \x93q\x94", FormatText, "café “q”", "windows-1252", nil},
		{"meta charset", `<meta charset="koi8-r"><p>` + "\xF0\xD2\xC9", FormatHTML, `<meta charset="koi8-r"><p>При`, "koi8-r", nil},
		{"http-equiv", `<meta http-equiv="content-type" content="text/html; charset=iso-8859-2"><p>` + "\xB1", FormatHTML, `<meta http-equiv="content-type" content="text/html; charset=iso-8859-2"><p>ą`, "iso-8859-2", nil},
		{"meta in text is not a declaration", `<meta charset="koi8-r">`, FormatText, `<meta charset="koi8-r">`, "utf-8", nil},
		{"page converted to utf-8 keeps its old declaration", `<meta charset="gb2312"><p>新闻`, FormatHTML, `<meta charset="gb2312"><p>新闻`, "utf-8", nil},
		{"ascii page follows its declaration", `<meta charset="iso-8859-2"><p>a`, FormatHTML, `<meta charset="iso-8859-2"><p>a`, "iso-8859-2", nil},
		{"declared utf-16 read as utf-8", `<meta charset="utf-16"><p>é`, FormatHTML, `<meta charset="utf-16"><p>é`, "utf-8", nil},
		{"declared utf-8 with bad bytes", "<meta charset=utf-8><p>a\xFFb", FormatHTML, "<meta charset=utf-8><p>a\uFFFDb", "utf-8", nil},
		{"empty", "", FormatText, "", "", ErrEmpty},
		{"white space only", " \n\t\r\n", FormatHTML, "", "", ErrEmpty},
		{"bom only", "\xEF\xBB\xBF", FormatText, "", "", ErrEmpty},
		{"nul bytes", "abc\x00def", FormatText, "", "", ErrBinary},
		{"pdf", "%PDF-1.7\n...", FormatHTML, "", "", ErrBinary},
		{"png", "\x89PNG\r\n\x1a\n", FormatHTML, "", "", ErrBinary},
		{"control codes", "\x01\x02\x03\x04\x05\x06 text", FormatText, "", "", ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := decode([]byte(tt.in), tt.format)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if got != tt.wantText || enc != tt.wantEnc {
				t.Errorf("decode(%q) = %q, %q; want %q, %q", tt.in, got, enc, tt.wantText, tt.wantEnc)
			}
			if !utf8.ValidString(got) {
				t.Errorf("output is not valid UTF-8: %q", got)
			}
		})
	}
}
