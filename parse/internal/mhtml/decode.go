package mhtml

import (
	"bytes"
	"encoding/base64"
	"strconv"
	"strings"
)

// encodingNameLimit bounds how much of an unknown Content-Transfer-Encoding
// an error quotes: real names are a word or two, and an error message
// should not carry a kilobyte of someone's header.
const encodingNameLimit = 40

// decodeBody undoes the Content-Transfer-Encoding cte of a part's body.
// The identity encodings (7bit, 8bit, binary, or none named) return body
// itself, whatever bytes it holds, since files labelled 7bit often are not.
func decodeBody(body []byte, cte string) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "", "7bit", "8bit", "binary":
		return body, nil
	case "quoted-printable":
		return decodeQuotedPrintable(body), nil
	case "base64":
		return decodeBase64(body)
	}
	name := strings.TrimSpace(cte)
	if len(name) > encodingNameLimit {
		name = name[:encodingNameLimit] + "..."
	}
	return nil, wrap(ErrEncoding, strconv.Quote(name))
}

// decodeQuotedPrintable undoes quoted-printable encoding (RFC 2045, section
// 6.7). It never fails, because every byte of quoted-printable text means
// something even when an encoder broke the rules, and it keeps whatever it
// cannot read as an escape:
//   - "=" and two hex digits, in either case, is the byte they spell;
//   - "=" last on a line (spaces and tabs after it aside), before CRLF, a
//     bare LF or the end of the body, is a soft line break and joins the
//     lines;
//   - spaces and tabs at the end of a line are transport padding and go;
//   - a hard line end stays as written, CRLF or LF, so that the decoded
//     page has the line ends it was saved with;
//   - any other byte, a lone "=", a control byte or one above 0x7F,
//     stands for itself.
//
// Unlike mime/quotedprintable's Reader it has no limit on the length of a
// line (that one fails on lines over 4 KiB, which encoders that do not
// wrap write) and does not stop at control bytes.
func decodeQuotedPrintable(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for len(b) > 0 {
		line, rest, hasEnd := bytes.Cut(b, []byte("\n"))
		b = rest
		lineEnd := ""
		if hasEnd {
			lineEnd = "\n"
			if n := len(line); n > 0 && line[n-1] == '\r' {
				line, lineEnd = line[:n-1], "\r\n"
			}
		}
		line = bytes.TrimRight(line, " \t")
		isSoftBreak := len(line) > 0 && line[len(line)-1] == '='
		if isSoftBreak {
			line = line[:len(line)-1]
		}
		for {
			i := bytes.IndexByte(line, '=')
			if i < 0 {
				out = append(out, line...)
				break
			}
			out = append(out, line[:i]...)
			if i+2 < len(line) && isHex(line[i+1]) && isHex(line[i+2]) {
				out = append(out, unhex(line[i+1])<<4|unhex(line[i+2]))
				line = line[i+3:]
			} else {
				out = append(out, '=')
				line = line[i+1:]
			}
		}
		if !isSoftBreak {
			out = append(out, lineEnd...)
		}
	}
	return out
}

// base64Chunk is how many base64 characters decodeBase64 gathers before
// decoding them at once: a multiple of four, so that each chunk decodes
// on its own, and small enough to sit on the stack.
const base64Chunk = 1024

// decodeBase64 undoes base64 encoding, reading past the white space that
// breaks its lines (spaces and tabs too, which some tools indent with) and
// padding that is missing or in excess at the end. Any other byte that is
// not of the base64 alphabet, or a "=" before the end, is an error.
func decodeBase64(b []byte) ([]byte, error) {
	b = bytes.TrimRight(b, " \t\r\n=")
	out := make([]byte, 0, base64.RawStdEncoding.DecodedLen(len(b)))
	var chunk [base64Chunk]byte
	n, done := 0, 0
	flush := func() error {
		k, err := base64.RawStdEncoding.Decode(out[len(out):cap(out)], chunk[:n])
		if err != nil {
			if e, ok := err.(base64.CorruptInputError); ok {
				return wrap(ErrBase64, "bad data at base64 character "+strconv.FormatInt(int64(done)+int64(e), 10))
			}
			return wrap(ErrBase64, err.Error())
		}
		out = out[:len(out)+k]
		done += n
		n = 0
		return nil
	}
	for _, c := range b {
		if isSpace(c) {
			continue
		}
		chunk[n] = c
		n++
		if n == len(chunk) {
			if err := flush(); err != nil {
				return nil, err
			}
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

// isHex reports whether c is a hexadecimal digit, in either case.
func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= lower(c) && lower(c) <= 'f'
}

// unhex returns the value of the hexadecimal digit c.
func unhex(c byte) byte {
	if c <= '9' {
		return c - '0'
	}
	return lower(c) - 'a' + 10
}
