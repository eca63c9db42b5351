package mhtml

import (
	"bytes"
	"io"
	"maps"
	"mime/multipart"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

// TestPartsMatchMultipart holds the part splitter to mime/multipart's
// Reader on well-formed archives, where the two must cut the same parts
// with the same headers and bodies; the splitter departs from it only on
// flaws the Reader refuses (see TestExtractLenient).
func TestPartsMatchMultipart(t *testing.T) {
	inputs := map[string][]byte{
		"built quoted-printable": Build([]byte("<p>a=b</p>\r\n\n--x"), "https://example.com/", "utf-8", "quoted-printable"),
		"built base64":           Build([]byte("<p>page</p>"), "", "", "base64"),
	}
	for _, name := range []string{"chrome.mhtml", "chrome-lf.mhtml", "firefox.mhtml", "ie.mht", "start.mht", "nested.mht"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		inputs[name] = b
	}
	for name, b := range inputs {
		head, body, ok := scanHeader(b)
		if !ok {
			t.Fatalf("%s: no header", name)
		}
		root, err := readHeader(head)
		if err != nil {
			t.Fatal(err)
		}
		boundary := mediaParams(root.Get("Content-Type"))["boundary"]
		var ours, theirs []string
		for raw := range parts(body, boundary) {
			h, body, err := readPart(raw)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			ours = append(ours, describe(h, body))
		}
		r := multipart.NewReader(bytes.NewReader(body), boundary)
		for {
			p, err := r.NextRawPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: multipart: %v", name, err)
			}
			body, err := io.ReadAll(p)
			if err != nil {
				t.Fatalf("%s: multipart: %v", name, err)
			}
			theirs = append(theirs, describe(p.Header, body))
		}
		if len(ours) < 2 || !reflect.DeepEqual(ours, theirs) {
			t.Errorf("%s: parts differ:\n%q\nmime/multipart:\n%q", name, ours, theirs)
		}
	}
}

// describe returns a part's header fields and body in one string, for
// comparing parts.
func describe(h map[string][]string, body []byte) string {
	var b bytes.Buffer
	for _, k := range slices.Sorted(maps.Keys(h)) {
		b.WriteString(k + ": " + h[k][0] + "\n")
	}
	b.WriteString("\n")
	b.Write(body)
	return b.String()
}
