package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http/httputil"
	"net/textproto"
	"strconv"
	"strings"
)

// Response is the HTTP response a response record holds, its body
// decoded of transfer and content coding.
type Response struct {
	// Status is the HTTP status code.
	Status int
	// MediaType is the Content-Type's media type, lower case ("text/html"),
	// and Charset its charset parameter as given, or "".
	MediaType, Charset string
	// Body is the payload as the server meant it: chunked transfer coding
	// undone, and gzip or deflate content coding.
	Body []byte
}

// ErrContentEncoding reports a body in a content coding the reader does
// not undo: br and zstd, which would need libraries of their own, and
// unknown ones.
var ErrContentEncoding = errors.New("unsupported content encoding")

// ReadResponse reads the HTTP response in block, the content of a
// response record. Its body is decoded of chunked transfer coding when it
// is chunked (archives keep what crossed the wire, and some writers store
// it already dechunked with the header left in place, so a body that does
// not parse as chunks is taken as it is), and of gzip or deflate content
// coding; no more than limit bytes of decoded body are accepted (negative:
// no limit).
func ReadResponse(block []byte, limit int64) (*Response, error) {
	src := bytes.NewReader(block)
	br := bufio.NewReader(src)
	tp := textproto.NewReader(br)
	line, err := tp.ReadLine()
	if err != nil {
		return nil, fmt.Errorf("http: status line: %w", err)
	}
	proto, rest, _ := strings.Cut(line, " ")
	code, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	status, err := strconv.Atoi(code)
	if !strings.HasPrefix(proto, "HTTP/") || err != nil {
		return nil, fmt.Errorf("http: bad status line %q", line)
	}
	h, err := tp.ReadMIMEHeader()
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("http: header: %w", err)
	}
	resp := &Response{Status: status}
	if ct := h.Get("Content-Type"); ct != "" {
		if mt, params, err := mime.ParseMediaType(ct); err == nil {
			resp.MediaType, resp.Charset = mt, params["charset"]
		} else {
			// A malformed parameter list still names its type.
			mt, _, _ := strings.Cut(ct, ";")
			resp.MediaType = strings.ToLower(strings.TrimSpace(mt))
		}
	}
	// The body is what the header left: what is still in the buffer and
	// what the buffer has not taken from the block.
	body := block[len(block)-src.Len()-br.Buffered():]
	if hasToken(h.Get("Transfer-Encoding"), "chunked") {
		// A body cut short keeps the chunks before the cut.
		b, err := io.ReadAll(limited(httputil.NewChunkedReader(bytes.NewReader(body)), limit))
		if err == nil || errors.Is(err, io.ErrUnexpectedEOF) && len(b) > 0 {
			body = b
		}
	}
	resp.Body, err = decodeContent(body, h.Get("Content-Encoding"), limit)
	if err != nil {
		return nil, err
	}
	return resp, nil
}

// ErrTooLarge reports a body that decodes to more than the limit.
var ErrTooLarge = errors.New("decoded body larger than the limit")

// decodeContent undoes the content codings of coding, in the order they
// were applied (the last listed first).
func decodeContent(body []byte, coding string, limit int64) ([]byte, error) {
	codings := strings.Split(coding, ",")
	for i := len(codings) - 1; i >= 0; i-- {
		var r io.Reader
		switch c := strings.ToLower(strings.TrimSpace(codings[i])); c {
		case "", "identity":
			continue
		case "gzip", "x-gzip":
			z, err := gzip.NewReader(bytes.NewReader(body))
			if err != nil {
				return nil, fmt.Errorf("http: gzip body: %w", err)
			}
			r = z
		case "deflate":
			// "deflate" is meant as zlib-wrapped data, but servers
			// have long sent raw deflate under the name too.
			if z, err := zlib.NewReader(bytes.NewReader(body)); err == nil {
				r = z
			} else {
				r = flate.NewReader(bytes.NewReader(body))
			}
		default:
			return nil, fmt.Errorf("%w %q", ErrContentEncoding, c)
		}
		b, err := io.ReadAll(limited(r, limit))
		if err != nil {
			return nil, fmt.Errorf("http: %s body: %w", strings.TrimSpace(codings[i]), err)
		}
		if limit >= 0 && int64(len(b)) > limit {
			return nil, ErrTooLarge
		}
		body = b
	}
	return body, nil
}

// limited reads at most one byte more than limit from r, so that a body
// over the limit is noticed without being read whole.
func limited(r io.Reader, limit int64) io.Reader {
	if limit < 0 {
		return r
	}
	return io.LimitReader(r, limit+1)
}

// hasToken reports whether the comma-separated list v holds token,
// ignoring case.
func hasToken(v, token string) bool {
	for _, t := range strings.Split(v, ",") {
		if strings.EqualFold(strings.TrimSpace(t), token) {
			return true
		}
	}
	return false
}
