package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/artparse/artparse/cmd/artparse/internal/input"
	"github.com/artparse/artparse/parse"
	"github.com/spf13/cobra"
)

// streamOptions is everything "artparse stream" needs: the flag values and
// the streams. Flags fill it directly, as they do parseOptions.
type streamOptions struct {
	input   inputFormat
	content contentForm
	enc     encodingLabel
	maxIn   maxBytesFlag
	io      streams
}

// newStreamCmd builds the "stream" command, which binds its flags to a
// fresh streamOptions and hands it to runStream.
func newStreamCmd(s streams) *cobra.Command {
	opts := &streamOptions{
		input: inputFormat(parse.FormatAuto),
		maxIn: defaultMaxBytes,
		io:    s,
	}
	cmd := &cobra.Command{
		Use:   "stream",
		Short: "Answer JSON Lines of pages on standard input with one record line each",
		Long: `Stream reads JSON Lines on standard input, one page a line, and writes one
JSON line for each, in order, as soon as it is parsed: for programs that
run artparse as a worker and talk to it line by line (Hadoop streaming,
Spark's rdd.pipe, a subprocess of another language).

Each input line is a JSON object with exactly one of
  "html": the page's HTML, as a string
  "text": a plain-text copy of a page, as a string
  "path": a file to read, as "parse" reads it (gzip, MHTML ...)
and optionally "url" (the page's own absolute http(s) address) and "id"
(any JSON value, echoed back as the answer's first field). Other fields
are ignored.

The answer is the record "parse -f jsonl" prints, or, when the line
cannot be answered with one (bad JSON, a blank line, none or several of
html, text and path, a missing file, an empty, binary or too large page),
{"error": "...", "input": N}, N being the line's number from 1. No line
goes unanswered, and a failed line never stops the stream.

--input applies to "path" records ("html" and "text" say how to read
their page), and so does --encoding: a JSON string is already Unicode.
--max-bytes limits each page, and a line to six times that plus 4 KiB.

Exit status: 0 when standard input was read to its end (whatever the
records' fate), 1 when standard input could not be read or the answers
could not be written, 2 for a bad command line.`,
		Example: `  printf '%s\n' '{"id": 1, "html": "<title>Hi</title><p>Hello.</p>"}' '{"path": "saved/page.html"}' | artparse stream`,
		Args:    cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			return runStream(opts)
		},
	}
	f := cmd.Flags()
	f.Var(&opts.input, "input", `how to read "path" records: auto, html or text`)
	f.Var(&opts.enc, "encoding", `read "path" records in the encoding `+"`label`"+` (utf-8, windows-1252, shift_jis, ...) whatever they declare`)
	f.Var(&opts.content, "content", "also print the body with its structure as `markdown` or html, in the content field")
	f.Var(&opts.maxIn, "max-bytes", maxBytesUsage)
	_ = cmd.RegisterFlagCompletionFunc("input", cobra.FixedCompletions(
		[]string{string(parse.FormatAuto), string(parse.FormatHTML), string(parse.FormatText)}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("content", cobra.FixedCompletions(
		[]string{string(parse.ContentMarkdown), string(parse.ContentHTML)}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// runStream answers every line of standard input with one line on standard
// output, in order. Each answer is written with a single Write straight to
// the output, never kept in a buffer, because the caller may wait for it
// before sending the next line. Only a failure to read the input or write
// the output ends the run early (exitFailure); a line that cannot be
// parsed is answered with an error object and the stream goes on.
func runStream(opts *streamOptions) error {
	lines := newLineReader(opts.io.stdin, lineLimit(int64(opts.maxIn)))
	for n := 1; ; n++ {
		line, tooLong, err := lines.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return &exitError{code: exitFailure, err: fmt.Errorf("read standard input: line %d: %w", n, err)}
		}
		answer := answerLine(line, tooLong, n, opts)
		if _, err := opts.io.stdout.Write(answer); err != nil {
			return &exitError{code: exitFailure, err: fmt.Errorf("write output: answer to line %d: %w", n, err)}
		}
	}
}

// answerLine returns the answer to input line n, newline included: the
// page's record, or an error object saying why there is none.
func answerLine(line []byte, tooLong bool, n int, opts *streamOptions) []byte {
	if tooLong {
		limit := lineLimit(int64(opts.maxIn))
		return errorAnswer(n, nil, fmt.Sprintf("line longer than %s (--max-bytes)", input.FormatSize(limit)))
	}
	rec, err := decodeRecord(line)
	if err != nil {
		return errorAnswer(n, rec.id, err.Error())
	}
	a, reason := parseRecord(rec, opts)
	if a == nil {
		return errorAnswer(n, rec.id, reason)
	}
	b, err := encodeJSON(a, "", "")
	if err != nil {
		return errorAnswer(n, rec.id, "encode: "+err.Error())
	}
	if len(rec.id) > 0 {
		b = withID(b, rec.id)
	}
	return append(b, '\n')
}

// streamRecord is one input line, checked: exactly one of page (with the
// front end its field names) and path is set.
type streamRecord struct {
	id     json.RawMessage // compact JSON, or nil when the line gave none
	url    string
	format parse.Format // FormatHTML or FormatText for page; "" for path
	page   []byte
	path   string
}

// decodeRecord reads one input line. The id is returned whenever it could
// be read, even with an error, so that the error answer carries it too.
// Field names are matched exactly (unlike encoding/json's struct fields,
// which also take "HTML"), so that a field artparse does not know is
// ignored and never taken for one it does.
func decodeRecord(line []byte) (streamRecord, error) {
	var rec streamRecord
	if len(bytes.TrimSpace(line)) == 0 {
		return rec, errors.New("blank line")
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(line, &fields); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return rec, fmt.Errorf("want a JSON object, not %s", te.Value)
		}
		return rec, fmt.Errorf("bad JSON: %v", err)
	}
	if fields == nil {
		return rec, errors.New("want a JSON object, not null")
	}
	if raw, ok := fields["id"]; ok && !isNull(raw) {
		id, err := compactValue(raw)
		if err != nil {
			return rec, fmt.Errorf("id: %v", err)
		}
		rec.id = id
	}
	// given lists which of html, text and path the line has: exactly one
	// names the page.
	var given []string
	strs := make(map[string]string, 4)
	for _, name := range []string{"url", "html", "text", "path"} {
		raw, ok := fields[name]
		if !ok || isNull(raw) {
			continue
		}
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return rec, fmt.Errorf("%s: want a string", name)
		}
		strs[name] = s
		if name != "url" {
			given = append(given, name)
		}
	}
	switch len(given) {
	case 0:
		return rec, errors.New("want one of html, text or path")
	case 1:
	default:
		return rec, fmt.Errorf("want only one of html, text and path, not %s", strings.Join(given, " and "))
	}
	if u, ok := strs["url"]; ok {
		var pu pageURL
		if err := pu.Set(u); err != nil {
			return rec, fmt.Errorf("url: %v", err)
		}
		rec.url = u
	}
	switch given[0] {
	case "html":
		rec.format, rec.page = parse.FormatHTML, []byte(strs["html"])
	case "text":
		rec.format, rec.page = parse.FormatText, []byte(strs["text"])
	case "path":
		rec.path = strs["path"]
		switch rec.path {
		case "":
			return rec, errors.New("path: empty")
		case input.StdinPath:
			// Standard input carries the stream itself.
			return rec, errors.New(`path: "-" would be standard input, which carries the stream (./- names a file called -)`)
		}
	}
	return rec, nil
}

// isNull reports whether raw is JSON null, which stands for an absent
// field, as it does for most JSON producers' optional fields.
func isNull(raw json.RawMessage) bool { return string(bytes.TrimSpace(raw)) == "null" }

// compactValue returns the JSON value raw in compact form and valid UTF-8,
// numbers as written, for echoing back: raw is a slice of the caller's
// line, which may hold white space, and strings with bytes that are not
// UTF-8 that the answer must not repeat.
func compactValue(raw json.RawMessage) (json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// withID puts "id" first in the JSON object b. A record always has a
// source, so b is never the empty object, but that case is kept right.
func withID(b []byte, id json.RawMessage) []byte {
	out := make([]byte, 0, len(b)+len(id)+8)
	out = append(out, `{"id":`...)
	out = append(out, id...)
	rest := b[1:]
	if len(rest) > 0 && rest[0] != '}' {
		out = append(out, ',')
	}
	return append(out, rest...)
}

// streamError is the answer to a line that has no record. ID comes first,
// as it does in a record, so a caller finds it in the same place.
type streamError struct {
	ID    json.RawMessage `json:"id,omitempty"`
	Error string          `json:"error"`
	Input int             `json:"input"`
}

// errorAnswer returns the error object for line n, newline included.
func errorAnswer(n int, id json.RawMessage, msg string) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(streamError{ID: id, Error: msg, Input: n}); err != nil {
		// Only the id can fail to encode, and compactValue made it
		// valid; drop it rather than leave the line unanswered.
		buf.Reset()
		_ = enc.Encode(streamError{Error: msg, Input: n})
	}
	return buf.Bytes()
}

// parseRecord parses the page rec names, or returns why it could not, in
// the words "parse" uses (for a file, after its path). A path is read as
// "parse" reads a file; a page given in the line is already Unicode, so it
// is read as UTF-8 whatever --encoding says or the page declares.
func parseRecord(rec streamRecord, opts *streamOptions) (*parse.Article, string) {
	popt := parse.Options{
		Input:    parse.Format(opts.input),
		URL:      rec.url,
		Content:  parse.Content(opts.content),
		Encoding: string(opts.enc),
		MaxBytes: int64(opts.maxIn),
	}
	if rec.format == "" {
		// No stdin: decodeRecord refuses "-", and no other path reads it.
		a, err := parseInput(rec.path, streams{}, popt)
		if err != nil {
			return nil, rec.path + ": " + input.Reason(err)
		}
		return a, ""
	}
	if popt.MaxBytes >= 0 && int64(len(rec.page)) > popt.MaxBytes {
		return nil, fmt.Sprintf("input larger than %s (--max-bytes)", input.FormatSize(popt.MaxBytes))
	}
	popt.Input, popt.Encoding = rec.format, "utf-8"
	a, err := parse.ParseBytes(rec.page, popt)
	if err != nil {
		return nil, input.Reason(&input.Error{Step: "parse", Err: err})
	}
	return a, ""
}

// Line limits. A line holds a page as a JSON string, where a byte can take
// up to six (a control byte written \u0001; Go escapes "<" as \u003c, and
// Python writes "é", two bytes, as \u00e9), so a line may be that many
// times --max-bytes: every page --max-bytes lets through fits, however its
// sender escaped it, and is then held to --max-bytes once decoded.
const (
	// jsonEscapeFactor is the most bytes JSON spends on one byte of text.
	jsonEscapeFactor = 6
	// lineSlack is room for the rest of a line: the field names, the
	// url, the id. Real addresses are well under it.
	lineSlack = 4 << 10
	// lineBufferSize is the read buffer; a line longer than it is
	// gathered from several reads.
	lineBufferSize = 64 << 10
	// keepLineBuffer is the largest line buffer kept for the next line, so
	// that one large page does not pin its size for the rest of a stream.
	keepLineBuffer = 1 << 20
)

// lineLimit returns the longest line accepted with --max-bytes maxBytes
// (negative: no limit), or -1 for none.
func lineLimit(maxBytes int64) int64 {
	if maxBytes < 0 || maxBytes > (math.MaxInt64-lineSlack)/jsonEscapeFactor {
		return -1
	}
	return maxBytes*jsonEscapeFactor + lineSlack
}

// lineReader reads lines of at most max bytes (negative: any length). A
// longer line is read to its end and dropped, not held, so it costs no
// more memory than the limit and the next line is read as usual.
// bufio.Scanner cannot do this: a line over its limit ends the scan.
type lineReader struct {
	r   *bufio.Reader
	max int64
	buf []byte
}

// newLineReader returns a lineReader of r with the limit max.
func newLineReader(r io.Reader, max int64) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, lineBufferSize), max: max}
}

// next returns the next line without its "\n"; the slice is valid until
// the next call. tooLong reports a line over the limit, whose bytes are
// not returned. A last line without "\n" is a line; io.EOF means there
// are no more. next returns as soon as a whole line has arrived, without
// waiting for more input.
func (l *lineReader) next() (line []byte, tooLong bool, err error) {
	if cap(l.buf) > keepLineBuffer {
		l.buf = nil
	}
	l.buf = l.buf[:0]
	var seen int64
	for {
		frag, err := l.r.ReadSlice('\n')
		ended := err == nil
		if ended {
			frag = frag[:len(frag)-1]
		}
		if len(frag) > 0 && !tooLong {
			if l.max >= 0 && seen+int64(len(frag)) > l.max {
				tooLong, l.buf = true, l.buf[:0]
			} else {
				l.buf = append(l.buf, frag...)
			}
		}
		seen += int64(len(frag))
		switch {
		case ended:
			return l.buf, tooLong, nil
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && seen > 0:
			return l.buf, tooLong, nil
		default:
			return nil, false, err
		}
	}
}
