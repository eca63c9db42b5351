package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/artparse/artparse/parse"
	"gopkg.in/yaml.v3"
)

// markdownWriter prints each record as a Markdown document with YAML front
// matter, the form note-taking apps and static site generators read: the
// record's fields (all but text and content, or those --fields names)
// between "---" lines, then the body as Markdown. The command asks the
// parse for the Markdown body (Options.Content), so Content holds it.
type markdownWriter struct {
	w      io.Writer
	fields []string
}

// Write prints a as one document.
func (m *markdownWriter) Write(a *parse.Article) error {
	_, err := m.w.Write(markdownDocument(a, m.fields))
	return err
}

// Close has nothing to finish.
func (m *markdownWriter) Close() error { return nil }

// markdownDocument returns a as a Markdown document: front matter, a
// blank line and the body, ending in a newline.
func markdownDocument(a *parse.Article, fields []string) []byte {
	var front fieldList
	for _, f := range recordFields(a) {
		if f.name != "text" && f.name != "content" {
			front = append(front, f)
		}
	}
	if len(fields) > 0 {
		front = selectFields(front, fields, "")
	}
	var b strings.Builder
	b.WriteString("---\n")
	if len(front) > 0 {
		// Indented by two spaces, as -f yaml is; strings, lists and
		// numbers always encode.
		enc := yaml.NewEncoder(&b)
		enc.SetIndent(2)
		enc.Encode(front)
		enc.Close()
	}
	b.WriteString("---\n")
	if body := strings.TrimSpace(a.Content); body != "" {
		b.WriteString("\n" + body + "\n")
	}
	return []byte(b.String())
}

// textWriter prints the body text alone, for reading or for tools that
// take plain text. Records are separated by textSeparator.
type textWriter struct {
	w io.Writer
	n int
}

// textSeparator is the line between two records of -f text: one form
// feed (U+000C), which no record's text holds and which pagers and
// printers take as a page break.
const textSeparator = "\f\n"

// Write prints a's text, after a separator line for every record but the
// first.
func (t *textWriter) Write(a *parse.Article) error {
	sep := ""
	if t.n > 0 {
		sep = textSeparator
	}
	t.n++
	_, err := fmt.Fprintf(t.w, "%s%s\n", sep, a.Text)
	return err
}

// Close has nothing to finish.
func (t *textWriter) Close() error { return nil }

// csvWriter prints one row per record under a header row, for
// spreadsheets: every column of the record in record order (source's
// fields as "source.path" and so on), or those --fields names. Lists are
// joined with "; ".
type csvWriter struct {
	w       *csv.Writer
	columns []string
	header  bool
}

// newCSVWriter returns a csvWriter of the given fields' columns, or of
// every column.
func newCSVWriter(w io.Writer, fields []string) *csvWriter {
	var cols []string
	for _, n := range fieldNames() {
		if slices.Contains([]string{"source", "source.record"}, n) {
			continue // their fields are the columns
		}
		if len(fields) == 0 || slices.Contains(fields, n) || slices.ContainsFunc(fields, func(f string) bool { return strings.HasPrefix(n, f+".") }) {
			cols = append(cols, n)
		}
	}
	return &csvWriter{w: csv.NewWriter(w), columns: cols}
}

// Write prints a's row, after the header row for the first record.
func (c *csvWriter) Write(a *parse.Article) error {
	if !c.header {
		c.header = true
		if err := c.w.Write(c.columns); err != nil {
			return err
		}
	}
	if err := c.w.Write(c.row(a)); err != nil {
		return err
	}
	c.w.Flush()
	return c.w.Error()
}

// csvLine returns one CSV row, as a csvWriter prints it.
func csvLine(row []string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write(row) // A bytes.Buffer does not fail.
	w.Flush()
	return b.Bytes()
}

// row returns a's values in the writer's columns.
func (c *csvWriter) row(a *parse.Article) []string {
	values := map[string]string{}
	var flatten func(l fieldList, prefix string)
	flatten = func(l fieldList, prefix string) {
		for _, f := range l {
			switch v := f.value.(type) {
			case fieldList:
				flatten(v, prefix+f.name+".")
			case []string:
				values[prefix+f.name] = strings.Join(v, "; ")
			case string:
				values[prefix+f.name] = v
			case int:
				values[prefix+f.name] = strconv.Itoa(v)
			case int64:
				values[prefix+f.name] = strconv.FormatInt(v, 10)
			case bool:
				values[prefix+f.name] = strconv.FormatBool(v)
			default:
				values[prefix+f.name] = fmt.Sprint(v)
			}
		}
	}
	flatten(recordFields(a), "")
	row := make([]string, len(c.columns))
	for i, col := range c.columns {
		row[i] = values[col]
	}
	return row
}

// Close writes the header row when no record came, so the output is still
// a table, and flushes.
func (c *csvWriter) Close() error {
	if !c.header {
		c.header = true
		c.w.Write(c.columns)
	}
	c.w.Flush()
	return c.w.Error()
}
