package main

import (
	"errors"
	"fmt"
	"net/url"

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
	files   []string
	io      streams
}

// newParseCmd builds the "parse" command, which binds its flags to a fresh
// parseOptions and hands it to runParse.
func newParseCmd(s streams) *cobra.Command {
	opts := &parseOptions{
		input:  inputFormat(parse.FormatAuto),
		format: formatJSON,
		maxIn:  defaultMaxBytes,
		io:     s,
	}
	cmd := &cobra.Command{
		Use:   "parse [FILE...]",
		Short: "Print the article record of each FILE",
		Long: `Parse reads each FILE (standard input when there is none, or for "-"),
decompressing gzip data, and prints its article record.

With --format json (the default) one input gives one object and several
inputs give an array; jsonl prints one object per line; yaml prints one
document per input. An input that cannot be parsed is reported on standard
error and left out; the others are still printed. An input larger than
--max-bytes (64 MiB unless given), as stored or once decompressed, is
refused without being read whole.

Exit status: 0 when every input was parsed, 1 when at least one failed,
2 for a bad command line.`,
		Example: `  artparse parse page.html
  artparse parse --format jsonl saved/*.html.gz
  curl -s https://example.com/post | artparse parse --url https://example.com/post`,
		RunE: func(_ *cobra.Command, args []string) error {
			opts.files = args
			return runParse(opts)
		},
	}
	f := cmd.Flags()
	f.Var(&opts.input, "input", "how to read inputs: auto, html or text")
	f.VarP(&opts.format, "format", "f", "output format: json, jsonl or yaml")
	f.Var(&opts.url, "url", "the page's own absolute http(s) `URL`, to resolve relative links")
	f.Var(&opts.enc, "encoding", encodingUsage)
	f.Var(&opts.content, "content", "also print the body with its structure as `markdown` or html, in the content field")
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
	out, err := newRecordWriter(opts.io.stdout, opts.format, len(files))
	if err != nil {
		return usageError(err)
	}
	popt := parse.Options{Input: parse.Format(opts.input), URL: string(opts.url), Content: parse.Content(opts.content), Encoding: string(opts.enc), MaxBytes: int64(opts.maxIn)}
	failed := false
	for _, path := range files {
		a, err := parseInput(path, opts.io, popt)
		if err != nil {
			fmt.Fprintf(opts.io.stderr, "artparse: %s: %s\n", path, input.Reason(err))
			failed = true
			continue
		}
		if err := out.Write(a); err != nil {
			return &exitError{code: exitFailure, err: fmt.Errorf("write output: %w", err)}
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

// parseInput reads, decompresses and parses one input, and records where it
// came from in Source.Path (the path as given, "-" for stdin).
func parseInput(path string, s streams, popt parse.Options) (*parse.Article, error) {
	b, err := input.Read(path, s.stdin, popt.MaxBytes)
	if err != nil {
		return nil, err
	}
	a, err := parse.ParseBytes(b, popt)
	if err != nil {
		return nil, &input.Error{Path: path, Step: "parse", Err: err}
	}
	a.Source.Path = path
	return a, nil
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
func (f *inputFormat) Type() string { return "format" }

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
