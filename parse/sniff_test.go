package parse

import (
	"testing"
)

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Format
	}{
		{"doctype", "<!DOCTYPE html><p>x", FormatHTML},
		{"leading space and comment", "\n\n  <!-- saved --><html>", FormatHTML},
		{"xml declaration", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", FormatHTML},
		{"fragment starting with a tag", "<p>Hello</p><p>World</p>", FormatHTML},
		{"fragment starting with text", "Intro line <b>bold</b>\n<p>one</p>\n<p>two</p>", FormatHTML},
		{"utf-8 bom", "\xEF\xBB\xBF<html><body>x</body></html>", FormatHTML},
		{"utf-16le bom", "\xFF\xFE<\x00h\x00t\x00m\x00l\x00>\x00", FormatHTML},
		{"plain prose", "A headline\n\nSome text about the day.\nMore text.", FormatText},
		{"prose quoting a tag", "How to break a line\n\nUse the <br> element where a line must end.\nIt has no end tag.\nThat is all there is to it.\nMore prose follows here.", FormatText},
		{"angle bracket not a tag", "<3 from Berlin\nSee you soon.", FormatText},
		{"math", "if a < b and b > c then\nwe are done", FormatText},
		{"empty", "", FormatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sniff([]byte(tt.in)); got != tt.want {
				t.Errorf("Sniff(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}
