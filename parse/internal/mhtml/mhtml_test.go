package mhtml

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractFiles reads the hand-written archives in testdata, one in the
// shape of each tool that writes them, and checks the page each gives.
func TestExtractFiles(t *testing.T) {
	chromeHTML := "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour ferry returns — The Example News</title></head><body>\n" +
		"<article><h1>Harbour ferry returns</h1>\n" +
		"<p>The café on the pier reopened on Monday, and the ferry’s first crossing was full.</p>\n" +
		"<p>A dash split by a soft break: — and an equals sign: 2 + 2 = 4.</p>\n" +
		"</article><iframe src=\"https://widgets.example.org/poll\"></iframe>\n" +
		"</body></html>"
	for _, tc := range []struct {
		file     string
		html     string
		charset  string
		location string
	}{
		// Chrome and Edge: Blink's header, quoted-printable page first,
		// then a stylesheet, an iframe's page and an image.
		{"chrome.mhtml", strings.ReplaceAll(chromeHTML, "\n", "\r\n"), "",
			"https://news.example.org/2024/05/harbour-ferry"},
		// The same with LF line ends, as a copy through a Unix tool leaves it.
		{"chrome-lf.mhtml", chromeHTML, "", "https://news.example.org/2024/05/harbour-ferry"},
		// A Firefox extension: unquoted boundary holding '=', padded
		// boundary lines, lower-case part headers, base64 without its
		// padding, and a relative Content-Location, so the message's
		// Content-Location is the address.
		{"firefox.mhtml", "<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>Trail notes</title></head>\n" +
			"<body><main><h1>Trail notes</h1><p>Snow above 1800 m — carry spikes.</p></main></body></html>",
			"UTF-8", "https://hiking.example.net/notes/trail"},
		// Internet Explorer: a preamble, a folded charset parameter, a
		// windows-1252 page whose bytes stay as they are.
		{"ie.mht", "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\r\n" +
			"<HTML><HEAD><TITLE>Rathaus \xf6ffnet wieder</TITLE>\r\n" +
			"<META http-equiv=Content-Type content=\"text/html; charset=windows-1252\">\r\n" +
			"</HEAD>\r\n<BODY>\r\n" +
			"<P>Das Rathaus \xf6ffnet am Montag. Die Stra\xdfe bleibt gesperrt \x96 bis Mittag.</P>\r\n" +
			"</BODY></HTML>\r\n",
			"windows-1252", "http://www.example.de/aktuell/rathaus.htm"},
		// A single-part message whose root is the page, in Shift_JIS, 8bit.
		{"single-sjis.mht", "<html><head><title>\x82\xa8\x92m\x82\xe7\x82\xb9</title></head>\n" +
			"<body><p>5\x8c\x8e17\x93\xfa\x82\xcd\x8bx\x8a\xd9\x82\xb5\x82\xdc\x82\xb7\x81B</p></body></html>\n",
			"shift_jis", "https://www.example.jp/news/0517.html"},
		// The start parameter names the second HTML part.
		{"start.mht", "<html><head><title>Council minutes</title></head><body><p>The council met at noon.</p></body></html>",
			"iso-8859-1", "https://archive.example/2024/05/17/minutes"},
		// A mail client's archive: the page is inside a
		// multipart/alternative, after its plain-text twin; no address.
		{"nested.mht", "<html><body><h1>Weekly letter</h1><p>Grüße from the editors.</p><img src=\"cid:masthead\"></body></html>",
			"utf-8", ""},
	} {
		t.Run(tc.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if !Is(b) {
				t.Errorf("Is = false")
			}
			p, err := Extract(b)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if string(p.HTML) != tc.html {
				t.Errorf("HTML =\n%q\nwant\n%q", p.HTML, tc.html)
			}
			if p.Charset != tc.charset {
				t.Errorf("Charset = %q, want %q", p.Charset, tc.charset)
			}
			if p.Location != tc.location {
				t.Errorf("Location = %q, want %q", p.Location, tc.location)
			}
		})
	}
}

// TestExtractLenient checks the flaws of real files that Extract reads
// past, each on a small message written for it.
func TestExtractLenient(t *testing.T) {
	const root = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n"
	const html = "Content-Type: text/html\r\n\r\n<p>page</p>"
	for _, tc := range []struct {
		name, msg, html, location string
	}{
		{"byte order mark, blank lines, folded fields",
			"\xef\xbb\xbf\r\n \r\nmime-version:\r\n 1.0\r\ncontent-type:\r\n\tmultipart/related;\r\n\tboundary=B\r\n\r\n--B\r\n" + html + "\r\n--B--\r\n",
			"<p>page</p>", ""},
		{"no closing boundary", root + "--B\r\n" + html + "\r\n", "<p>page</p>\r\n", ""},
		{"cut inside the page", root + "--B\r\n" + html + "<p>more", "<p>page</p><p>more", ""},
		{"boundary lines padded", root + "--B \t\r\n" + html + "\r\n--B-- \r\n", "<p>page</p>", ""},
		{"CRLF header, LF parts", root + "--B\nContent-Type: text/html\n\n<p>page</p>\n--B\nContent-Type: image/png\n\nxx\n--B--\n",
			"<p>page</p>", ""},
		{"a boundary-like line that is not one", root + "--B\r\n" + html + "\r\n--Bx\r\n--B extra\r\n--B--\r\n",
			"<p>page</p>\r\n--Bx\r\n--B extra", ""},
		{"start names no part", strings.Replace(root, "boundary", "start=\"<gone>\"; boundary", 1) +
			"--B\r\nContent-Type: image/png\r\n\r\nxx\r\n--B\r\n" + html + "\r\n--B--\r\n", "<p>page</p>", ""},
		{"start names an image", strings.Replace(root, "boundary", "start=\"<img>\"; boundary", 1) +
			"--B\r\nContent-Type: image/png\r\nContent-ID: <img>\r\n\r\nxx\r\n--B\r\n" + html + "\r\n--B--\r\n", "<p>page</p>", ""},
		{"start without brackets", strings.Replace(root, "boundary", "start=p2; boundary", 1) +
			"--B\r\n" + html + "\r\n--B\r\nContent-Type: text/html\r\nContent-ID: <p2>\r\n\r\n<p>two</p>\r\n--B--\r\n", "<p>two</p>", ""},
		{"part with no header first", root + "--B\r\n\r\n<p>untyped</p>\r\n--B\r\n" + html + "\r\n--B--\r\n", "<p>page</p>", ""},
		{"XHTML page", root + "--B\r\nContent-Type: application/xhtml+xml\r\n\r\n<html/>\r\n--B--\r\n", "<html/>", ""},
		{"type in capitals, encoding in capitals", root + "--B\r\nContent-Type: TEXT/HTML\r\nContent-Transfer-Encoding: QUOTED-PRINTABLE\r\n\r\na=3Db\r\n--B--\r\n",
			"a=b", ""},
		{"folded Content-Location", root + "--B\r\nContent-Type: text/html\r\nContent-Location: https://example.com/a/very/\r\n long/path\r\n\r\nx\r\n--B--\r\n",
			"x", "https://example.com/a/very/long/path"},
		{"cid: and file: addresses give no location", "MIME-Version: 1.0\r\nSnapshot-Content-Location: file:///C:/page.html\r\n" +
			"Content-Type: multipart/related; boundary=B\r\n\r\n--B\r\nContent-Type: text/html\r\nContent-Location: cid:frame\r\n\r\nx\r\n--B--\r\n",
			"x", ""},
		{"part address wins over snapshot", "MIME-Version: 1.0\r\nSnapshot-Content-Location: https://example.com/old\r\n" +
			"Content-Type: multipart/related; boundary=B\r\n\r\n--B\r\nContent-Type: text/html\r\nContent-Location: HTTPS://example.com/new\r\n\r\nx\r\n--B--\r\n",
			"x", "HTTPS://example.com/new"},
		{"snapshot when the part has none", "MIME-Version: 1.0\r\nSnapshot-Content-Location: https://example.com/snap\r\n" +
			"Content-Type: multipart/related; boundary=B\r\n\r\n--B\r\n" + html + "\r\n--B--\r\n",
			"<p>page</p>", "https://example.com/snap"},
		{"MIME-Version with a comment", "MIME-Version: 1.0 (produced by a tool)\r\nContent-Type: text/html\r\n\r\nx", "x", ""},
		{"empty part header then 8bit", root + "--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\xe9t\xe9\r\n--B--",
			"\xe9t\xe9", ""},
		{"header-only part before the page", root + "--B\r\nContent-Type: image/gif\r\n--B\r\n" + html + "\r\n--B--\r\n", "<p>page</p>", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := []byte(tc.msg)
			if !Is(b) {
				t.Errorf("Is = false")
			}
			p, err := Extract(b)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if string(p.HTML) != tc.html || p.Location != tc.location {
				t.Errorf("Extract = %q at %q, want %q at %q", p.HTML, p.Location, tc.html, tc.location)
			}
		})
	}
}

// TestExtractAliases checks that a page stored without transfer encoding
// comes back as a slice of the input, not a copy.
func TestExtractAliases(t *testing.T) {
	b := []byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=B\r\n\r\n--B\r\nContent-Type: text/html\r\n\r\n<p>page</p>\r\n--B--\r\n")
	p, err := Extract(b)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(b, []byte("<p>page</p>"))
	if &p.HTML[0] != &b[i] {
		t.Errorf("HTML is a copy")
	}
}

// TestExtractErrors checks that each kind of broken or foreign input gets
// its own error, and no page.
func TestExtractErrors(t *testing.T) {
	const mv = "MIME-Version: 1.0\r\n"
	const root = mv + "Content-Type: multipart/related; boundary=B\r\n\r\n"
	for _, tc := range []struct {
		name, msg string
		err       error
	}{
		{"empty", "", ErrNotMHTML},
		{"HTML", "<!DOCTYPE html><html><head><title>x</title></head></html>", ErrNotMHTML},
		{"prose about headers", "Set the Content-Type: text/html header and MIME-Version: 1.0.\n\nThen send.", ErrNotMHTML},
		{"mail copied as text", "From: Ann <ann@example.com>\nSent: Monday, 3 June 2024 10:00\nTo: Bob\nSubject: Minutes\n\nHi Bob,", ErrNotMHTML},
		{"raw mail, not HTML", mv + "Content-Type: multipart/alternative; boundary=B\r\n\r\n--B\r\n", ErrNotMHTML},
		{"no MIME-Version", "Content-Type: multipart/related; boundary=B\r\n\r\n--B\r\n", ErrNotMHTML},
		{"MIME-Version 2", "MIME-Version: 2.0\r\nContent-Type: text/html\r\n\r\nx", ErrNotMHTML},
		{"HTTP response", "HTTP/1.1 200 OK\r\nMIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\nx", ErrNotMHTML},
		{"header never ends", mv + "Content-Type: text/html\r\n", ErrNotMHTML},
		{"space before a colon", mv + "Content-Type : text/html\r\n\r\nx", ErrNotMHTML},
		{"continuation first", " " + mv + "Content-Type: text/html\r\n\r\nx", ErrNotMHTML},
		{"control byte in a value", mv + "Subject: a\x01b\r\nContent-Type: text/html\r\n\r\nx", ErrNotMHTML},
		{"no boundary", mv + "Content-Type: multipart/related; type=\"text/html\"\r\n\r\n--B\r\n\r\n", ErrNoBoundary},
		{"boundary never appears", root + "-- B\r\nContent-Type: text/html\r\n\r\nx\r\n", ErrNoParts},
		{"boundary only mid-line", root + "x--B\r\nContent-Type: text/html\r\n\r\nx\r\n", ErrNoParts},
		{"no HTML part", root + "--B\r\nContent-Type: image/png\r\n\r\nxx\r\n--B\r\nContent-Type: text/css\r\n\r\np{}\r\n--B--\r\n", ErrNoHTML},
		{"closing boundary first", root + "--B--\r\n--B\r\nContent-Type: text/html\r\n\r\nx\r\n", ErrNoParts},
		{"broken base64", root + "--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\nPGh0b*WwK\r\n--B--\r\n", ErrBase64},
		{"base64 cut mid-quantum", root + "--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\nPGh0bWwK P\r\n--B--\r\n", ErrBase64},
		{"padding inside base64", root + "--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\nPA==PA==\r\n--B--\r\n", ErrBase64},
		{"unknown encoding", root + "--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\nbegin 644 x\r\n--B--\r\n", ErrEncoding},
		{"empty page", root + "--B\r\nContent-Type: text/html\r\n\r\n \r\n\r\n--B--\r\n", ErrEmptyHTML},
		{"empty single part", mv + "Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=\r\n", ErrEmptyHTML},
		{"broken part header", root + "--B\r\nContent-Type text/html\r\n\r\n<p>x</p>\r\n--B--\r\n", ErrHeader},
		{"part header never ends", root + "--B\r\nContent-Type: text/html\r\n" + strings.Repeat("X-Pad: "+strings.Repeat("x", 70)+"\r\n", 1000) + "--B--\r\n", ErrHeader},
		{"nested multipart without boundary", root + "--B\r\nContent-Type: multipart/alternative\r\n\r\n--C\r\n\r\n--B--\r\n", ErrNoHTML},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Extract([]byte(tc.msg))
			if !errors.Is(err, tc.err) {
				t.Fatalf("Extract error = %v, want %v", err, tc.err)
			}
			if p.HTML != nil || p.Charset != "" || p.Location != "" {
				t.Errorf("Extract gave a page with its error: %+v", p)
			}
			if is := Is([]byte(tc.msg)); is != (tc.err != ErrNotMHTML) {
				t.Errorf("Is = %v", is)
			}
			if !strings.HasPrefix(err.Error(), "mhtml: ") {
				t.Errorf("error %q does not say where it comes from", err)
			}
		})
	}
}

// TestNestLimit checks that pages nested deeper than nestLimit are not
// looked for, and those at the limit are.
func TestNestLimit(t *testing.T) {
	nest := func(depth int) []byte {
		inner := "Content-Type: text/html\r\n\r\n<p>deep</p>"
		for d := depth; d >= 1; d-- {
			b := string(rune('a' + d))
			typ := "multipart/alternative"
			if d == 1 {
				typ = "multipart/related"
			}
			inner = "Content-Type: " + typ + "; boundary=" + b + "\r\n\r\n--" + b + "\r\n" + inner + "\r\n--" + b + "--"
		}
		return []byte("MIME-Version: 1.0\r\n" + inner)
	}
	if _, err := Extract(nest(nestLimit)); err != nil {
		t.Errorf("depth %d: %v", nestLimit, err)
	}
	if _, err := Extract(nest(nestLimit + 1)); !errors.Is(err, ErrNoHTML) {
		t.Errorf("depth %d: error %v, want %v", nestLimit+1, err, ErrNoHTML)
	}
}

// TestIs checks the sniff on inputs near its edges; TestExtractFiles and
// TestExtractErrors hold it to more.
func TestIs(t *testing.T) {
	const head = "MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n"
	long := strings.Repeat("x", headerLimit)
	for _, tc := range []struct {
		name string
		in   string
		want bool
	}{
		{"smallest", head, true},
		{"LF only", "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=B\n\n", true},
		{"raw UTF-8 in a value", "Subject: Grüße\r\n" + head, true},
		{"type folded onto its own line", "MIME-Version: 1.0\r\nContent-Type:\r\n\tMultipart/Related;\r\n\tboundary=B\r\n\r\n", true},
		{"huge body after the header", head + long + long, true},
		{"header longer than the limit", "Subject: " + long + "\r\n" + head, false},
		{"plain-text mail", "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello", false},
		{"type as a comment only", "MIME-Version: 1.0\r\nContent-Type: (text/html)\r\n\r\n", false},
		{"text/htmlx", "MIME-Version: 1.0\r\nContent-Type: text/htmlx\r\n\r\n", false},
		{"HTML with a byte order mark", "\xef\xbb\xbf<!DOCTYPE html>\n<html></html>", false},
		{"a browser copy opening with a label", "Content-Type: text/html is what the server sent.\nMIME-Version: 1.0\n\nThen the page.", false},
		{"UTF-16", "\xff\xfeM\x00I\x00M\x00E\x00", false},
	} {
		if got := Is([]byte(tc.in)); got != tc.want {
			t.Errorf("%s: Is = %v, want %v", tc.name, got, tc.want)
		}
	}
	b, err := os.ReadFile(filepath.Join("testdata", "chrome.mhtml"))
	if err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(10, func() { Is(b) }); n != 0 {
		t.Errorf("Is allocates %v times", n)
	}
}
