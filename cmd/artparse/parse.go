package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"runtime/debug"
	"strings"

	"github.com/artparse/artparse/cmd/artparse/internal/batch"
	"github.com/artparse/artparse/cmd/artparse/internal/input"
	"github.com/artparse/artparse/parse"
	"github.com/spf13/cobra"
)

// parseOptions is everything "artparse parse" needs: the flag values, the
// FILE arguments and the streams. Flags fill it directly (the flag types
// validate themselves), so runParse gets checked values and no globals.
type parseOptions struct {
	input   inputFormat
	format  outputFormat
	url     pageURL
	content contentForm
	enc     encodingLabel
	maxIn   maxBytesFlag
	fields  fieldSet
	require fieldSet
	files   []string
	io      streams
	// getenv reads the environment (GOGC, GOMEMLIMIT) for the run, a
	// field so that runParse reaches for no process globals.
	getenv func(string) string
}

// newParseCmd builds the "parse" command, which binds its flags to a fresh
// parseOptions and hands it to runParse.
func newParseCmd(s streams) *cobra.Command {
	opts := &parseOptions{
		input:  inputFormat(parse.FormatAuto),
		format: formatJSON,
		maxIn:  defaultMaxBytes,
		io:     s,
		getenv: os.Getenv,
	}
	cmd := &cobra.Command{
		Use:   "parse [FILE...]",
		Short: "Print the article record of each FILE",
		Long: `Parse reads each FILE (standard input when there is none, or for "-"),
decompressing gzip data, and prints its article record. A web archive
(WARC or WACZ) gives one record per page captured in it.

With --format json (the default) one input gives one object and several
inputs give an array; jsonl prints one object per line; yaml prints one
document per input; markdown prints each record as a Markdown document
with YAML front matter; text prints the body text alone, records
separated by a form feed line; csv prints a header row and one row per
record. --fields keeps only the named fields.

An input that cannot be parsed is reported on standard error and left
out; the others are still printed. So is a page where no article was
found (no title and no text). A record that lacks a field --require names
is printed and reported ("missing title"). An input larger than
--max-bytes (64 MiB unless given), as stored or once decompressed, is
refused without being read whole.

Exit status: 0 when every input was parsed, 1 when at least one failed,
2 for a bad command line.`,
		Example: `  artparse parse page.html
  artparse parse --format jsonl saved/*.html.gz
  artparse parse -f csv --fields title,authors,published,url saved/*.html > pages.csv
  artparse parse --require title,published page.html > /dev/null   # a CI check
  curl -s https://example.com/post | artparse parse --url https://example.com/post`,
		RunE: func(_ *cobra.Command, args []string) error {
			opts.files = args
			return runParse(opts)
		},
	}
	f := cmd.Flags()
	f.Var(&opts.input, "input", "how to read inputs: auto (sniff the content), html or text")
	f.VarP(&opts.format, "format", "f", "output format: json, jsonl, yaml, markdown, text or csv")
	f.Var(&opts.url, "url", "the page's own absolute http(s) `URL`, to resolve relative links")
	f.Var(&opts.enc, "encoding", encodingUsage)
	f.Var(&opts.content, "content", contentUsage)
	f.Var(&opts.fields, "fields", fieldsUsage)
	f.Var(&opts.require, "require", requireUsage)
	f.Var(&opts.maxIn, "max-bytes", maxBytesUsage)
	// Completion errors can only come from misspelt flag names here.
	_ = cmd.RegisterFlagCompletionFunc("input", cobra.FixedCompletions(
		[]string{string(parse.FormatAuto), string(parse.FormatHTML), string(parse.FormatText)}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(
		outputFormats, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("content", cobra.FixedCompletions(
		[]string{string(parse.ContentMarkdown), string(parse.ContentHTML)}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// runParse parses every input in order and prints the records. A failed
// input is reported as one line on stderr and skipped, so one bad file in a
// batch costs only its own record; the run then ends with exitFailure. A
// failure to write the output stops the run, since nothing more can be
// printed.
func runParse(opts *parseOptions) error {
	files := opts.files
	if len(files) == 0 {
		files = []string{input.StdinPath}
	}
	if opts.url != "" && len(files) > 1 {
		// One address for several pages would give each of them the
		// others' links and, without a canonical link, the same url.
		return usageError(errors.New("--url names one page's address; give it one input at a time"))
	}
	popt := parse.Options{Input: parse.Format(opts.input), URL: string(opts.url), Content: parse.Content(opts.content), Encoding: string(opts.enc), MaxBytes: int64(opts.maxIn)}
	if err := checkShape(opts.format, &popt, opts.fields); err != nil {
		return usageError(err)
	}
	if len(files) == 1 && files[0] == input.StdinPath && input.IsTerminal(opts.io.stdin) {
		// Nothing on the command line and a person at the keyboard: say
		// what is awaited rather than seem to hang.
		fmt.Fprintln(opts.io.stderr, "artparse: reading a page from standard input; Ctrl-D ends it (give FILEs to read files)")
	}
	// With one input, json prints a bare object unless the input is an
	// archive, which holds many pages: it is opened first to know.
	defer tuneCollector(popt.MaxBytes, opts.getenv)()
	// One reader for every input: each record is written before the next
	// input is read over the last one's bytes.
	var rd input.Reader
	var first *input.Opened
	var firstErr error
	outputs := len(files)
	if outputs == 1 {
		first, firstErr = rd.Open(files[0], opts.io.stdin, popt)
		if first != nil && first.Archive != nil {
			outputs = 2
		}
	}
	out, err := newRecordWriter(opts.io.stdout, opts.format, outputs, opts.fields)
	if err != nil {
		return usageError(err)
	}
	failed := false
	for i, path := range files {
		o, err := first, firstErr
		if i > 0 || len(files) > 1 {
			o, err = rd.Open(path, opts.io.stdin, popt)
		}
		if err == nil && o.Archive != nil && opts.url != "" {
			o.Close()
			return usageError(errors.New("--url names one page's address; the pages of an archive carry their own"))
		}
		if err == nil {
			err = parseOpened(path, o, popt, opts.require, out, opts.io.stderr)
			o.Close()
		}
		var we *writeError
		switch {
		case errors.Is(err, errCapturesFailed):
			failed = true // each failure is on stderr already
		case errors.As(err, &we):
			return &exitError{code: exitFailure, err: fmt.Errorf("write output: %w", we.err)}
		case err != nil:
			fmt.Fprintf(opts.io.stderr, "artparse: %s: %s%s\n", input.DisplayPath(path), input.Reason(err), hint(path, err))
			failed = true
		}
	}
	if err := out.Close(); err != nil {
		return &exitError{code: exitFailure, err: fmt.Errorf("write output: %w", err)}
	}
	if failed {
		// Each failure is already on stderr; report nothing more.
		return &exitError{code: exitFailure}
	}
	return nil
}

// tuneCollector runs the garbage collector as batch does, at
// batch.GCPercent under a soft memory limit of batch.DefaultMaxMemory, or
// of what a parse of the largest page maxBytes lets through is expected
// to hold if that is more, and returns what puts the settings back. At
// the default target of 100 the command took a third more CPU time over
// 400 corpus pages (1.00 s against 0.76 s, medians of five). GOGC or
// GOMEMLIMIT, when set, are the user's and left alone, and so is the
// collector without an input limit (maxBytes negative), when no limit
// can be known to fit the largest page.
func tuneCollector(maxBytes int64, getenv func(string) string) (restore func()) {
	if maxBytes < 0 || getenv("GOGC") != "" {
		return func() {}
	}
	prevPercent := debug.SetGCPercent(batch.GCPercent)
	if getenv("GOMEMLIMIT") != "" {
		return func() { debug.SetGCPercent(prevPercent) }
	}
	prevLimit := debug.SetMemoryLimit(max(batch.DefaultMaxMemory, batch.PageCost(maxBytes)))
	return func() {
		debug.SetMemoryLimit(prevLimit)
		debug.SetGCPercent(prevPercent)
	}
}

// parseInput reads, decompresses and parses one page, and records where it
// came from in Source.Path (the path as given, "-" for stdin). A web
// archive is refused: it holds many pages, and the caller wants one.
func parseInput(path string, s streams, popt parse.Options) (*parse.Article, error) {
	b, err := input.Read(path, s.stdin, popt)
	if err != nil {
		return nil, err
	}
	// (A WACZ, a zip, is refused as binary data by the parse.)
	if bytes.HasPrefix(b, []byte("WARC/")) {
		return nil, &input.Error{Path: path, Step: "parse", Err: errArchiveNotPage}
	}
	a, err := parse.ParseBytes(b, popt)
	if err != nil {
		return nil, &input.Error{Path: path, Step: "parse", Err: err}
	}
	a.Source.Path = input.RecordPath(path)
	return a, nil
}

// errArchiveNotPage refuses a web archive where one page is wanted.
var errArchiveNotPage = errors.New("a web archive holds many pages, not one: give it to parse or batch")

// writeError is a failure to write the output, which ends the run.
type writeError struct{ err error }

func (e *writeError) Error() string { return e.err.Error() }

// parseOpened parses an opened input and writes its records: the page's,
// or one per capture of an archive. A capture that fails is reported on
// stderr and the archive read on; the error returned is the input's own
// failure (a page that cannot be parsed, an archive that cannot be read
// on or holds no page, or any capture failing) or a *writeError.
func parseOpened(path string, o *input.Opened, popt parse.Options, require []string, out recordWriter, stderr io.Writer) error {
	if o.Archive == nil {
		a, err := parse.ParseBytes(o.Page, popt)
		if err != nil {
			return &input.Error{Path: path, Step: "parse", Err: err}
		}
		a.Source.Path = input.RecordPath(path)
		return writeChecked(a, require, out)
	}
	written, failed := 0, false
	for {
		c, err := o.Archive.Next()
		if err == io.EOF {
			break
		}
		var re *parse.RecordError
		if errors.As(err, &re) {
			fmt.Fprintf(stderr, "artparse: %s: %s\n", input.DisplayPath(path), input.Reason(err))
			failed = true
			continue
		}
		if err != nil {
			return &input.Error{Path: path, Step: "archive", Err: err}
		}
		a, err := parse.ParseCapture(c, popt)
		if err != nil {
			fmt.Fprintf(stderr, "artparse: %s: %s\n", input.DisplayPath(path), input.Reason(&parse.RecordError{URL: c.URL, Record: c.Record, Err: err}))
			failed = true
			continue
		}
		a.Source.Path = input.RecordPath(path)
		switch err := writeChecked(a, require, out); {
		case errors.As(err, new(*writeError)):
			return err
		case err != nil:
			fmt.Fprintf(stderr, "artparse: %s: %s\n", input.DisplayPath(path), input.Reason(&parse.RecordError{URL: c.URL, Record: c.Record, Err: err}))
			failed = true
		}
		written++
	}
	switch {
	case written == 0 && !failed:
		return errNoPage(o.Archive)
	case failed:
		return errCapturesFailed
	}
	return nil
}

// hint adds to the failure of an input what to do instead, when the
// input shows what the user meant: a web address, which artparse does not
// fetch, or a folder, which batch walks.
func hint(path string, err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist) && (strings.HasPrefix(path, "http://") || strings.HasPrefix(path, "https://")):
		return "; artparse reads files, not addresses: curl -s '" + path + "' | artparse parse --url '" + path + "' -"
	case errors.Is(err, input.ErrIsDir):
		return "; artparse batch DIR -o OUT reads folders"
	}
	return ""
}

// writeChecked writes a, unless no article was found in its page, and
// fails it (after writing it) when it lacks a field require names.
func writeChecked(a *parse.Article, require []string, out recordWriter) error {
	write, err := judgeArticle(a, require)
	if !write {
		return err
	}
	if werr := out.Write(a); werr != nil {
		return &writeError{werr}
	}
	return err
}

// judgeArticle says whether a's record is written, and why a fails: a
// page where no article was found is not written, a record that lacks a
// field require names is written and fails. parse and batch judge alike.
func judgeArticle(a *parse.Article, require []string) (write bool, err error) {
	if a.Title == "" && a.Text == "" {
		return false, errNoArticle
	}
	if missing := missingFields(a, require); len(missing) > 0 {
		return true, &missingError{missing}
	}
	return true, nil
}

// errNoArticle fails a page in which nothing of an article was found: no
// title and no text, as a login wall, an empty shell or a redirect stub
// give. Its record would hold only where it came from.
var errNoArticle = errors.New("no article found")

// missingError fails a record that lacks fields --require names.
type missingError struct{ fields []string }

func (e *missingError) Error() string { return "missing " + strings.Join(e.fields, ", ") }

// checkShape refuses the combinations of --format, --content and --fields
// that make no sense, and asks the parse for what a format prints: the
// Markdown body for -f markdown.
func checkShape(format outputFormat, popt *parse.Options, fields []string) error {
	switch format {
	case formatMarkdown:
		if popt.Content == parse.ContentHTML {
			return errors.New("-f markdown prints the body as Markdown; --content html does not go with it")
		}
		popt.Content = parse.ContentMarkdown
	case formatText:
		if len(fields) > 0 {
			return errors.New("-f text prints the body text alone; --fields does not go with it")
		}
	}
	return nil
}

// The help of flags that parse and batch share.
const (
	contentUsage = "also print the body with its structure in the content field: markdown or html"
	fieldsUsage  = "print only these `fields`, comma-separated, in record order (title,authors,published,source.path, ...)"
	requireUsage = "fail a record that lacks any of these `fields` (comma-separated): it is still printed, and reported as missing them"
)

// errCapturesFailed fails an archive some of whose captures failed; each
// is already reported, so it is not printed.
var errCapturesFailed = errors.New("some pages of the archive failed")

// errNoPage words an archive that held no page, with what it held.
func errNoPage(a *parse.Archive) error {
	return errors.New(input.NoPage(a.Records(), a.Skipped()))
}

// inputFormat is the --input flag. It implements pflag.Value, using the
// library's own list of names, so a bad name is a usage error.
type inputFormat parse.Format

// String returns the format's name.
func (f *inputFormat) String() string { return string(*f) }

// Set accepts the names parse.ParseFormat accepts: auto, html or text.
func (f *inputFormat) Set(s string) error {
	v, err := parse.ParseFormat(s)
	if err != nil {
		return errors.New("want auto, html or text")
	}
	*f = inputFormat(v)
	return nil
}

// Type names the value in help output.
func (f *inputFormat) Type() string { return "mode" }

// pageURL is the --url flag. It implements pflag.Value and accepts only an
// absolute http or https URL, since a relative or non-web base cannot
// resolve a page's links.
type pageURL string

// String returns the URL as given.
func (u *pageURL) String() string { return string(*u) }

// Set accepts an absolute http(s) URL with a host.
func (u *pageURL) Set(s string) error {
	p, err := url.Parse(s)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return errors.New("want an absolute http or https URL")
	}
	*u = pageURL(s)
	return nil
}

// Type names the value in help output.
func (u *pageURL) Type() string { return "URL" }

// contentForm is the --content flag. It implements pflag.Value and accepts
// the library's two renderings of the body, so a bad name is a usage error.
type contentForm parse.Content

// String returns the form's name.
func (c *contentForm) String() string { return string(*c) }

// Set accepts markdown or html.
func (c *contentForm) Set(s string) error {
	v, err := parse.ParseContent(s)
	if err != nil || v == parse.ContentNone {
		return errors.New("want markdown or html")
	}
	*c = contentForm(v)
	return nil
}

// Type names the value in help output.
func (c *contentForm) Type() string { return "form" }

// encodingLabel is the --encoding flag. It implements pflag.Value and
// accepts the labels the library knows, so a bad one is a usage error.
type encodingLabel string

// String returns the label as given.
func (e *encodingLabel) String() string { return string(*e) }

// Set accepts any label of an encoding the library reads.
func (e *encodingLabel) Set(s string) error {
	if _, err := parse.EncodingName(s); err != nil {
		return errors.New("want an encoding label such as utf-8, windows-1252, shift_jis or koi8-r")
	}
	*e = encodingLabel(s)
	return nil
}

// Type names the value in help output.
func (e *encodingLabel) Type() string { return "label" }

// encodingUsage is the --encoding flag's help, the same for every command.
const encodingUsage = "read inputs in the encoding `label` (utf-8, windows-1252, shift_jis, ...) whatever they declare"
