package mhtml

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"mime"
	"mime/quotedprintable"
	"net/url"
	"strconv"
)

// pixelPNG is a one-pixel PNG image, the resource part Build adds beside
// the page so that its message has the shape of a real archive.
const pixelPNG = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\b\x02\x00\x00\x00\x90wS\xde" +
	"\x00\x00\x00\x10IDATx\x9cb\xd2\xca\x9f\x0e\b\x00\x00\xff\xff\x01\xff\x013\x96y\xe4Z\x00\x00\x00\x00IEND\xaeB`\x82"

// base64LineLength is the length of the lines Build breaks base64 into,
// the longest RFC 2045 allows and what mail and archive tools write.
const base64LineLength = 76

// Build returns an MHTML message holding html as its page, in the shape
// Chrome's "Save as: Webpage, Single File" gives: a Blink-style message
// header with a Snapshot-Content-Location, a multipart/related body whose
// first part is the page, with a Content-ID and a Content-Location, and a
// second part, a small image in base64. It exists for tests and tools that
// need MHTML twins of HTML pages, such as a test that parses every corpus
// page both as HTML and as MHTML and compares the records.
//
// location is the page's address ("" for none), charset the charset label
// its part declares ("" for none), and encoding the transfer encoding of
// the page's part, "quoted-printable" or "base64". Quoted-printable is
// written in binary mode, line ends escaped as =0D and =0A, so that the
// page decodes to exactly html; hard line ends, which archivers write as
// CRLF, would turn a page's LF ones into CRLF. The result depends on its arguments
// only, so Build is deterministic: the boundary is made from a hash of
// them and lengthened in the rare case the encoded page holds it.
//
// For every html that is not all white space, and every location and
// charset Build accepts, Extract(Build(html, location, charset, encoding))
// returns html, charset, and location when it is an absolute http or https
// URL. Build panics when encoding is neither name, or when location or
// charset holds a space, a control byte or a byte above 0x7E, which no
// header can carry unencoded: it is meant for programs that pass it known
// values.
func Build(html []byte, location, charset, encoding string) []byte {
	if !isHeaderWord(location) || !isHeaderWord(charset) {
		panic("mhtml.Build: location and charset must be printable ASCII without spaces")
	}
	var body bytes.Buffer
	switch encoding {
	case "quoted-printable":
		// Most bytes of a page stand for themselves; the rest take three.
		body.Grow(len(html) + len(html)/4)
		w := quotedprintable.NewWriter(&body)
		w.Binary = true
		// A bytes.Buffer does not fail, so neither does the writer.
		_, _ = w.Write(html)
		_ = w.Close()
	case "base64":
		writeBase64(&body, html)
	default:
		panic("mhtml.Build: encoding must be quoted-printable or base64, not " + strconv.Quote(encoding))
	}
	contentType := "text/html"
	if charset != "" {
		contentType = mime.FormatMediaType("text/html", map[string]string{"charset": charset})
	}
	var pixel bytes.Buffer
	writeBase64(&pixel, []byte(pixelPNG))
	pixelLocation := "https://example.invalid/pixel.png"
	if u, err := url.Parse(location); err == nil && u.IsAbs() {
		pixelLocation = u.ResolveReference(&url.URL{Path: "pixel.png"}).String()
	}

	h := sha256.New()
	for _, s := range [][]byte{html, []byte(location), []byte(charset), []byte(encoding)} {
		h.Write(strconv.AppendInt(nil, int64(len(s)), 10))
		h.Write(s)
	}
	sum := h.Sum(nil)
	id := hex.EncodeToString(sum[:16])
	boundary := "----MultipartBoundary--" + hex.EncodeToString(sum[16:]) + "----"
	for bytes.Contains(body.Bytes(), []byte(boundary)) {
		boundary += "-" + id[:8]
	}

	var m bytes.Buffer
	m.Grow(body.Len() + pixel.Len() + 1024)
	line := func(s ...string) {
		for _, p := range s {
			m.WriteString(p)
		}
		m.WriteString("\r\n")
	}
	line("From: <Saved by Blink>")
	if location != "" {
		line("Snapshot-Content-Location: ", location)
	}
	line("Subject: Saved page")
	line("Date: Mon, 1 Jan 2024 00:00:00 -0000")
	line("MIME-Version: 1.0")
	line("Content-Type: multipart/related;")
	line("\ttype=\"text/html\";")
	line("\tboundary=\"", boundary, "\"")
	line()
	line()
	line("--", boundary)
	line("Content-Type: ", contentType)
	line("Content-ID: <frame-", id, "@mhtml.blink>")
	line("Content-Transfer-Encoding: ", encoding)
	if location != "" {
		line("Content-Location: ", location)
	}
	line()
	m.Write(body.Bytes())
	line()
	line("--", boundary)
	line("Content-Type: image/png")
	line("Content-Transfer-Encoding: base64")
	line("Content-Location: ", pixelLocation)
	line()
	m.Write(pixel.Bytes())
	line()
	line("--", boundary, "--")
	return m.Bytes()
}

// writeBase64 writes b in base64, in lines of base64LineLength characters
// ended by CRLF, the last line without its line end.
func writeBase64(w *bytes.Buffer, b []byte) {
	n := base64.StdEncoding.EncodedLen(len(b))
	w.Grow(n + n/base64LineLength*2)
	// Each line is 57 bytes of b, which encode to 76 characters.
	const per = base64LineLength / 4 * 3
	var line [base64LineLength]byte
	for len(b) > per {
		base64.StdEncoding.Encode(line[:], b[:per])
		w.Write(line[:])
		w.WriteString("\r\n")
		b = b[per:]
	}
	k := base64.StdEncoding.EncodedLen(len(b))
	base64.StdEncoding.Encode(line[:k], b)
	w.Write(line[:k])
}

// isHeaderWord reports whether s can stand in a header field as it is:
// printable ASCII with no space.
func isHeaderWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] > '~' {
			return false
		}
	}
	return true
}
