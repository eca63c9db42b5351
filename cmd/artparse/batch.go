package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path"
	"strings"

	"github.com/artparse/artparse/cmd/artparse/internal/batch"
	"github.com/artparse/artparse/cmd/artparse/internal/input"
	"github.com/artparse/artparse/parse"
	"github.com/spf13/cobra"
)

// batchOptions is everything "artparse batch" needs: the flag values, the
// arguments, the streams and the few process hooks (environment, exit and
// signals) that tests replace. Flags fill it directly; runBatch checks the
// combinations a single flag cannot.
type batchOptions struct {
	out       string
	format    outputFormat
	input     inputFormat
	content   contentForm
	enc       encodingLabel
	jobs      int
	include   []string
	exclude   []string
	follow    bool
	companion bool
	urlPrefix urlPrefix
	filesFrom string
	null      bool
	resume    bool
	errors    string
	fsync     bool
	maxErrors int
	progress  bool
	quiet     bool
	maxIn     maxBytesFlag
	args      []string
	io        streams

	// getenv reads the environment (GOGC, CI, TERM) for the run; exit ends
	// the process on a second interrupt. Both are fields so that nothing in
	// runBatch reaches for process globals.
	getenv func(string) string
	exit   func(int)
}

// newBatchCmd builds the "batch" command, which binds its flags to a fresh
// batchOptions and hands it to runBatch.
func newBatchCmd(s streams) *cobra.Command {
	opts := &batchOptions{
		format: formatJSON,
		input:  inputFormat(parse.FormatAuto),
		maxIn:  defaultMaxBytes,
		io:     s,
		getenv: os.Getenv,
		exit:   os.Exit,
	}
	cmd := &cobra.Command{
		Use:   "batch [DIR|FILE]... -o OUT",
		Short: "Write the article records of whole folders of pages and web archives",
		Long: `Batch walks each DIR (and takes each FILE) and writes one article record
per input page, in parallel, and one per page captured in a web archive.

Walked folders give their *.html, *.htm, *.xhtml, *.shtml, *.mhtml, *.mht
and *.txt files, gzipped or not (*.html.gz ...), and their web archives,
*.warc, *.warc.gz and *.wacz. --include replaces that list with glob
patterns, --exclude removes files and folders that match; a pattern with a
"/" is matched against the whole path, any other against the name. Hidden files and folders (".name") are skipped and symbolic links are
not followed, unless named on the command line or --follow is given. The
folder a browser saves a page's files in (Story_files/ beside Story.html,
and its localized names such as Story-Dateien/) holds parts of that page,
its frames and widgets, not pages: it is left out, counted as skipped,
unless --companions is given. FILEs named on the command line or in
--files-from are always taken, and are read as archives or pages by what
they hold, whatever their names.

A web archive gives one record per page captured in it (an HTML or text
response with status 200; requests, revisits, redirects, errors, images
and scripts are skipped and counted), in archive order, with the page's
captured address as its url and source.record saying where in the archive
it was. They are written as JSON Lines to one file per archive:
a/crawl.warc.gz becomes DIR/a/crawl.jsonl, whatever --format says. A page
of an archive that cannot be read or parsed is reported like a failed
input (naming the archive and the record's offset) and the archive is read
on; an archive that breaks off before its end, or holds no page, fails
whole and nothing is written for it. --max-bytes bounds each record of an
archive, not the archive.

A saved page without an address of its own (no canonical link, no note of
where it was saved from) cannot resolve its relative links. For a mirror
laid out by host, as wget -r writes it (example.com/news/story.html),
--url-prefix https:// gives each walked page the address of its path:
https://example.com/news/story.html; --url-prefix https://example.com/
does the same for a mirror of one site. (An archive's pages keep the
addresses they were captured from.)

-o DIR mirrors the inputs' paths under DIR: a/b/page.html is written to
DIR/a/b/page.json (or .yaml). A leading "/" or "../" is dropped from the
path, as tar does, and an absolute path inside the working folder is taken
relative to it. When two files of a walked folder would share an output
name (page.html and page.html.gz), both keep their full name instead:
page.html.json and page.html.gz.json. The output folder is never walked
(naming it as an input is a failure; met in a walked folder, it is skipped
with a notice). Nothing is written outside it: a symbolic link in it that
leads out of it fails the inputs whose records would go through it. No input is ever replaced: when two
inputs map to one output file, the first in input order is written and
the others fail, and so does an input whose output file is an input.
-o - writes JSON Lines to standard output instead, one record per input,
in input order, an archive's records at the archive's place.

Each output file is written under a temporary hidden name and renamed into
place once complete, so an interrupted run leaves only whole files (a
killed one may leave temporary files, which the next run removes from the
folders it walks). --fsync also syncs each file to disk before its rename
and its folder after, so that records survive a power cut; it costs a
few disk writes per record. The
first Ctrl-C (or SIGTERM) stops taking new inputs, lets the pages being
parsed finish (archives being read are dropped, leaving nothing) and
prints the summary; a second one exits at once. --resume then skips
inputs, archives included, whose output is newer than the input.

A failed input is reported on standard error (and in --errors FILE as a
JSON line {"path": ..., "error": ...}) and does not stop the run. The
--errors file is written under a temporary name and put in place when the
run ends; a FILE that is an input, the --files-from list, or inside the
output folder named like a record is refused (exit status 2). The
summary counts files, then the records of archives: "3 ok, 0 failed,
0 skipped; 1 archive, 17 records: 4 written, 0 failed, 13 skipped (...)".

Exit status: 0 when every input was written, every page of an archive
included, 1 when any failed, 2 for a bad command line, 130 when
interrupted.`,
		Example: `  artparse batch saved/ -o records/
  artparse batch --resume --errors failed.jsonl saved/ -o records/
  artparse batch crawls/site.warc.gz -o records/     # records/crawls/site.jsonl
  find saved -name '*.html' -print0 | artparse batch --files-from - -0 -o -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.args = args
			return runBatch(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.out, "output", "o", "", "write records under `DIR`, or JSON Lines to standard output for -")
	f.VarP(&opts.format, "format", "f", "record file format: json or yaml (an archive's records are JSON Lines)")
	f.Var(&opts.input, "input", "how to read inputs: auto, html or text")
	f.Var(&opts.enc, "encoding", encodingUsage)
	f.Var(&opts.content, "content", "also write the body with its structure as `markdown` or html, in the content field")
	f.IntVarP(&opts.jobs, "jobs", "j", 0, "parse `N` inputs at a time (default: one per CPU)")
	f.StringArrayVar(&opts.include, "include", nil, "walk only files matching `GLOB` (repeatable; replaces the default list)")
	f.StringArrayVar(&opts.exclude, "exclude", nil, "skip files and folders matching `GLOB` (repeatable)")
	f.BoolVar(&opts.follow, "follow", false, "follow symbolic links while walking (loops are detected)")
	f.Var(&opts.urlPrefix, "url-prefix", "give each walked page the address `PREFIX` + its path under the folder walked (https:// for a mirror laid out by host)")
	f.BoolVar(&opts.companion, "companions", false, "also walk the folder of a saved page's files (Story_files/ beside Story.html)")
	f.StringVar(&opts.filesFrom, "files-from", "", "read input paths from `FILE` (- for standard input), one per line")
	f.BoolVarP(&opts.null, "null", "0", false, "--files-from paths are separated by NUL bytes, not lines")
	f.BoolVar(&opts.resume, "resume", false, "skip inputs whose output exists and is newer than the input")
	f.StringVar(&opts.errors, "errors", "", "also write each failure to `FILE` as a JSON line {path, error}")
	f.BoolVar(&opts.fsync, "fsync", false, "sync each record (and the --errors file) to disk, so that it survives a power cut; slower")
	f.IntVar(&opts.maxErrors, "max-errors", 0, "stop after `N` failed inputs (0: never)")
	f.BoolVar(&opts.progress, "progress", false, "draw the progress bar even when standard error is not a terminal")
	f.BoolVarP(&opts.quiet, "quiet", "q", false, "print nothing but errors: no progress bar, no summary")
	f.Var(&opts.maxIn, "max-bytes", maxBytesUsage)
	cmd.MarkFlagsMutuallyExclusive("progress", "quiet")
	_ = cmd.MarkFlagRequired("output")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(
		[]string{string(formatJSON), string(formatYAML)}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("input", cobra.FixedCompletions(
		[]string{string(parse.FormatAuto), string(parse.FormatHTML), string(parse.FormatText)}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// checkBatchOptions rejects flag combinations that make no sense; its
// errors are usage errors.
func checkBatchOptions(opts *batchOptions) error {
	toStdout := opts.out == input.StdinPath
	switch {
	case len(opts.args) == 0 && opts.filesFrom == "":
		return errors.New("no inputs: name folders or files, or use --files-from")
	case opts.jobs < 0:
		return fmt.Errorf("--jobs %d: want 1 or more, or 0 for one per CPU", opts.jobs)
	case opts.maxErrors < 0:
		return fmt.Errorf("--max-errors %d: want 0 (no limit) or more", opts.maxErrors)
	case opts.null && opts.filesFrom == "":
		return errors.New("-0 needs --files-from")
	case toStdout && opts.resume:
		return errors.New("--resume needs an output folder, not -o -")
	case toStdout && opts.format == formatYAML:
		return errors.New("-o - writes JSON Lines; --format yaml needs an output folder")
	case opts.format == formatMarkdown || opts.format == formatText || opts.format == formatCSV:
		return fmt.Errorf("--format %s is parse's; batch writes json or yaml records, or JSON Lines with -o -", opts.format)
	case !toStdout && opts.format == formatJSONL:
		return errors.New("--format jsonl: one record per file is json or yaml; use -o - for JSON Lines")
	}
	for _, p := range append(append([]string(nil), opts.include...), opts.exclude...) {
		if _, err := path.Match(p, ""); err != nil {
			return fmt.Errorf("bad glob pattern %q", p)
		}
	}
	return nil
}

// runBatch checks the options, hands them to the batch engine and turns
// how the run ended into the exit status, as an *exitError. See the
// command's help for the behaviour, and package batch for how it is done.
func runBatch(ctx context.Context, opts *batchOptions) error {
	if err := checkBatchOptions(opts); err != nil {
		return usageError(err)
	}
	cfg := batch.Config{
		Inputs:        opts.args,
		FilesFrom:     opts.filesFrom,
		NullSeparated: opts.null,
		Include:       opts.include,
		Exclude:       opts.exclude,
		Follow:        opts.follow,
		Companions:    opts.companion,
		URLPrefix:     string(opts.urlPrefix),
		Out:           opts.out,
		Ext:           "." + string(opts.format),
		Encode:        batchEncoder(opts.out == input.StdinPath, opts.format),
		EncodeLine:    batchEncoder(true, opts.format),
		Parse:         parse.Options{Input: parse.Format(opts.input), Content: parse.Content(opts.content), Encoding: string(opts.enc), MaxBytes: int64(opts.maxIn)},
		Jobs:          opts.jobs,
		Resume:        opts.resume,
		ErrorsFile:    opts.errors,
		Fsync:         opts.fsync,
		MaxErrors:     opts.maxErrors,
		Progress:      opts.progress,
		Quiet:         opts.quiet,
		Stdin:         opts.io.stdin,
		Stdout:        opts.io.stdout,
		Stderr:        opts.io.stderr,
		Getenv:        opts.getenv,
		Exit:          func() { opts.exit(exitInterrupted) },
	}
	out, err := batch.Run(ctx, cfg)
	var clash *batch.ClashError
	switch {
	case errors.As(err, &clash):
		return usageError(err)
	case out.Interrupted:
		return &exitError{code: exitInterrupted}
	case err != nil:
		return &exitError{code: exitFailure, err: err}
	case out.Failed > 0, out.FailedRecords > 0:
		return &exitError{code: exitFailure}
	}
	return nil
}

// batchEncoder returns how batch stores a record: a JSON line for stdout,
// else a whole JSON or YAML file. It lives here, by the parse command's
// writers, rather than in the engine, so that both commands print a record
// with the same encoders and the engine only stores bytes.
func batchEncoder(toStdout bool, format outputFormat) func(*parse.Article) ([]byte, error) {
	switch {
	case toStdout:
		return func(a *parse.Article) ([]byte, error) {
			b, err := encodeJSON(a, "", "")
			return append(b, '\n'), err
		}
	case format == formatYAML:
		return func(a *parse.Article) ([]byte, error) {
			var buf bytes.Buffer
			y := newYAMLWriter(&buf, viewOf(nil))
			if err := y.Write(a); err != nil {
				return nil, err
			}
			err := y.Close()
			return buf.Bytes(), err
		}
	}
	return func(a *parse.Article) ([]byte, error) {
		b, err := encodeJSON(a, "", "  ")
		return append(b, '\n'), err
	}
}

// urlPrefix is the --url-prefix flag. It implements pflag.Value and takes
// the start of an http or https address: a scheme alone ("https://") for a
// mirror whose first folder is the host, or a site's address for a mirror
// of one site.
type urlPrefix string

// String returns the prefix as given.
func (u *urlPrefix) String() string { return string(*u) }

// Set accepts a prefix that starts an http or https address.
func (u *urlPrefix) Set(s string) error {
	rest, ok := strings.CutPrefix(s, "https://")
	if !ok {
		rest, ok = strings.CutPrefix(s, "http://")
	}
	if !ok || strings.ContainsAny(rest, " ?#") {
		return errors.New("want the start of an http or https address, such as https:// or https://example.com/")
	}
	*u = urlPrefix(s)
	return nil
}

// Type names the value in help output.
func (u *urlPrefix) Type() string { return "PREFIX" }
