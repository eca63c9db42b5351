package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/artparse/artparse/parse"
	"gopkg.in/yaml.v3"
)

// outputFormat is the --format flag: how records are printed. It implements
// pflag.Value so a bad name is rejected while flags are parsed, which makes
// it a usage error like any other flag error.
type outputFormat string

// The output formats.
const (
	formatJSON     outputFormat = "json"
	formatJSONL    outputFormat = "jsonl"
	formatYAML     outputFormat = "yaml"
	formatMarkdown outputFormat = "markdown"
	formatText     outputFormat = "text"
	formatCSV      outputFormat = "csv"
)

// outputFormats lists the --format values, for help and shell completion.
var outputFormats = []string{string(formatJSON), string(formatJSONL), string(formatYAML),
	string(formatMarkdown), string(formatText), string(formatCSV)}

// String returns the format's name.
func (f *outputFormat) String() string { return string(*f) }

// Set accepts one of outputFormats.
func (f *outputFormat) Set(s string) error {
	for _, name := range outputFormats {
		if s == name {
			*f = outputFormat(s)
			return nil
		}
	}
	return errors.New("want json, jsonl, yaml, markdown, text or csv")
}

// Type names the value in help output.
func (f *outputFormat) Type() string { return "format" }

// recordWriter prints records as they are parsed, so a long run shows
// progress and a failure part-way keeps what came before. Close finishes
// the output (for example the closing bracket of a JSON array) and must be
// called even when no record was written.
type recordWriter interface {
	Write(a *parse.Article) error
	Close() error
}

// newRecordWriter returns the writer for format. inputs is the number of
// inputs named on the command line: json prints a bare object for one input
// and an array for several, decided up front so the shape of the output
// does not depend on which inputs happen to fail. fields, when not empty,
// are the only fields printed (--fields).
func newRecordWriter(w io.Writer, format outputFormat, inputs int, fields []string) (recordWriter, error) {
	view := viewOf(fields)
	switch format {
	case formatJSON:
		if inputs == 1 {
			return &jsonWriter{w: w, view: view}, nil
		}
		return &jsonArrayWriter{w: w, view: view}, nil
	case formatJSONL:
		return &jsonlWriter{w: w, view: view}, nil
	case formatYAML:
		return newYAMLWriter(w, view), nil
	case formatMarkdown:
		return &markdownWriter{w: w, fields: fields}, nil
	case formatText:
		return &textWriter{w: w}, nil
	case formatCSV:
		return newCSVWriter(w, fields), nil
	}
	return nil, fmt.Errorf("unknown output format %q", format)
}

// recordView is what a writer prints of a record: the record itself, or
// only the fields --fields names.
type recordView func(*parse.Article) any

// viewOf returns the view that prints fields, or the whole record when
// fields is empty.
func viewOf(fields []string) recordView {
	if len(fields) == 0 {
		return func(a *parse.Article) any { return a }
	}
	return func(a *parse.Article) any { return selectFields(recordFields(a), fields, "") }
}

// encodeJSON marshals a without HTML escaping (records are for people and
// tools, not for embedding in HTML, so "<" stays "<") and without the
// trailing newline json.Encoder adds. json.Encoder also replaces invalid
// UTF-8 with U+FFFD, so the output is always valid UTF-8.
func encodeJSON(a any, prefix, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, indent)
	if err := enc.Encode(a); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// jsonWriter prints each record as an object indented by two spaces. It is
// used for a single input, so it prints at most one object.
type jsonWriter struct {
	w    io.Writer
	view recordView
}

// Write prints a as an indented object and a newline.
func (j *jsonWriter) Write(a *parse.Article) error {
	b, err := encodeJSON(j.view(a), "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(j.w, "%s\n", b)
	return err
}

// Close has nothing to finish.
func (j *jsonWriter) Close() error { return nil }

// jsonArrayWriter prints the records of several inputs as one indented JSON
// array. Commas go before every record but the first, so a failed input is
// simply absent and the array stays valid.
type jsonArrayWriter struct {
	w    io.Writer
	view recordView
	n    int
}

// What a JSON array of records holds besides its elements, each indented
// by two spaces: what opens it, what comes between two elements, what
// ends it, and what an empty one is.
const (
	arrayOpen  = "[\n  "
	arraySep   = ",\n  "
	arrayClose = "\n]\n"
	arrayEmpty = "[]\n"
)

// arrayElement returns a as an element of a JSON array of records.
func arrayElement(view recordView, a *parse.Article) ([]byte, error) {
	return encodeJSON(view(a), "  ", "  ")
}

// Write prints a as the next array element, opening the array first.
func (j *jsonArrayWriter) Write(a *parse.Article) error {
	b, err := arrayElement(j.view, a)
	if err != nil {
		return err
	}
	sep := arraySep
	if j.n == 0 {
		sep = arrayOpen
	}
	j.n++
	_, err = fmt.Fprintf(j.w, "%s%s", sep, b)
	return err
}

// Close ends the array; with no records it prints an empty array.
func (j *jsonArrayWriter) Close() error {
	end := arrayClose
	if j.n == 0 {
		end = arrayEmpty
	}
	_, err := io.WriteString(j.w, end)
	return err
}

// jsonlWriter prints one compact object per line (JSON Lines), the format
// for streaming records into line-oriented tools.
type jsonlWriter struct {
	w    io.Writer
	view recordView
}

// Write prints a on one line.
func (j *jsonlWriter) Write(a *parse.Article) error {
	b, err := encodeJSON(j.view(a), "", "")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(j.w, "%s\n", b)
	return err
}

// Close has nothing to finish.
func (j *jsonlWriter) Close() error { return nil }

// yamlWriter prints one YAML document per record; yaml.v3 separates the
// documents with "---" lines.
type yamlWriter struct {
	enc  *yaml.Encoder
	view recordView
	n    int
}

// newYAMLWriter returns a yamlWriter that indents by two spaces, like the
// JSON output.
func newYAMLWriter(w io.Writer, view recordView) *yamlWriter {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	return &yamlWriter{enc: enc, view: view}
}

// Write prints a as the next document.
func (y *yamlWriter) Write(a *parse.Article) error {
	y.n++
	return y.enc.Encode(y.view(a))
}

// Close flushes the encoder. With no document written there is nothing to
// flush, and yaml.v3 would report a stream that never started.
func (y *yamlWriter) Close() error {
	if y.n == 0 {
		return nil
	}
	return y.enc.Close()
}
