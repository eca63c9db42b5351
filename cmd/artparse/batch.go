package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"runtime/debug"
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
	maxMem    maxBytesFlag
	fields    fieldSet
	require   fieldSet
	args      []string
	io        streams
	// formatSet says --format was given: -o - and stream files have
	// their own default.
	formatSet bool

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
		maxMem: maxBytesFlag(batch.DefaultMaxMemory),
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
"/" is matched against the whole path, any other against the name.
Hidden files and folders (".name") are skipped and symbolic links are
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
it was. Under an output folder they are written as JSON Lines to one
file per archive: a/crawl.warc.gz becomes OUT/a/crawl.jsonl, whatever
--format says; in a stream they are records of the stream. A page
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

-o OUT is a folder that gets one record file per input: a file found by
walking a folder DIR keeps its path under DIR (saved/a/b.html becomes
OUT/a/b.json when saved is walked, whatever saved's own path), and a file
named on its own keeps its path as named (saved/a/b.html named becomes
OUT/saved/a/b.json; a leading "/" or "../" is dropped, as tar does, and an
absolute path inside the working folder is taken relative to it). When
two files of a folder would share an output name (page.html and
page.html.gz), both keep their full name instead: page.html.json and
page.html.gz.json. The output folder is never walked (naming it as an
input is a failure; met in a walked folder, it is skipped with a
notice). Nothing is written outside it: a symbolic link in it that leads
out of it fails the inputs whose records would go through it. No input is
ever replaced: when two inputs map to one output file (the same name in
two folders walked into one OUT), the first in input order is written and
the others fail, and so does an input whose output file is an input.

--format json (the default) and yaml write a record file each (.json,
.yaml); markdown writes a Markdown document with YAML front matter
(.md), text the body text alone (.txt). --fields keeps only the named
fields. A folder also keeps a small manifest (.artparse-batch) of the
options that shape its records.

-o - writes one stream of records to standard output instead, in input
order, an archive's records at the archive's place: JSON Lines unless
--format says otherwise (json: one array; yaml: documents; csv: a header
row and a row each; markdown: the documents one after the other; text:
the texts, separated by a form feed line). -o records.jsonl (a name
ending in .jsonl, .json, .yaml, .yml or .csv, in the format its name
says) writes that stream to one file, under a temporary name renamed
into place at the end of the run: an interrupted run leaves the file as
it was. End the name with "/" for a folder of that name.

A page where no article was found (no title and no text) fails ("no
article found") and is not written. --require fails a record that lacks
one of the named fields ("missing title, published"); it is still
written.

Each output file is written under a temporary hidden name and renamed into
place once complete, so an interrupted run leaves only whole files (a
killed one may leave temporary files, which the next run removes from the
folders it walks). --fsync also syncs each file to disk before its rename
and its folder after, so that records survive a power cut; it costs a
few disk writes per record. The first Ctrl-C (or SIGTERM) stops taking
new inputs, lets the pages being parsed finish (archives being read are
dropped, leaving nothing) and prints the summary; a second one exits at
once. --resume then skips inputs, archives included, whose output is
newer than the input. It refuses to go on in a folder whose records were
made with other options (--format, --fields, --input, --content,
--encoding, --url-prefix) or by another version of artparse, naming
them: run without --resume to redo every record.

A failed input is reported on standard error (and in --errors FILE as a
JSON line {"path": ..., "error": ...}) and does not stop the run;
--max-errors N stops taking inputs at the Nth failure (the inputs being
parsed then still finish). The --errors file is written under a
temporary name and put in place when the run ends; a FILE that is an
input, the --files-from list, or inside the output folder named like a
record is refused (exit status 2). The summary counts files, then the
records of archives: "3 ok, 0 failed, 0 skipped; 1 archive, 17 records:
4 written, 0 failed, 13 skipped (...)".

Exit status: 0 when every input was written, every page of an archive
included, 1 when any failed or when there was no input file at all, 2
for a bad command line (or --resume with other options), 130 when
interrupted.`,
		Example: `  artparse batch saved/ -o records/                  # saved/a/b.html: records/a/b.json
  artparse batch --resume --errors failed.jsonl saved/ -o records/
  artparse batch saved/ -o all.jsonl                 # one JSON Lines file
  artparse batch -f csv --fields title,published,url saved/ -o pages.csv
  artparse batch -f markdown saved/ -o notes/        # notes/a/b.md
  artparse batch -q --require title,published saved/ -o - > /dev/null   # a CI check
  artparse batch crawls/site.warc.gz -o records/     # records/crawls/site.jsonl
  find saved -name '*.html' -print0 | artparse batch --files-from - -0 -o -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.args = args
			opts.formatSet = cmd.Flags().Changed("format")
			return runBatch(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.out, "output", "o", "", "write a file per input under the folder `OUT`; or one stream of records to OUT named *.jsonl, *.json, *.yaml or *.csv, or to standard output for -")
	f.VarP(&opts.format, "format", "f", "record format: json, yaml, markdown or text; in a stream also jsonl (the default of -o -) or csv")
	f.Var(&opts.fields, "fields", fieldsUsage)
	f.Var(&opts.require, "require", requireUsage)
	f.Var(&opts.input, "input", "how to read inputs: auto, html or text")
	f.Var(&opts.enc, "encoding", encodingUsage)
	f.Var(&opts.content, "content", contentUsage)
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
	f.IntVar(&opts.maxErrors, "max-errors", 0, "stop taking inputs at the `N`th failure (0: never)")
	f.BoolVar(&opts.progress, "progress", false, "draw the progress bar even when standard error is not a terminal")
	f.BoolVarP(&opts.quiet, "quiet", "q", false, "print nothing but errors: no progress bar, no summary")
	f.Var(&opts.maxIn, "max-bytes", maxBytesUsage)
	f.Var(&opts.maxMem, "max-memory", "start a page only while the pages in flight, charged 7 times their size, fit in `SIZE` (a larger page runs alone); also the Go runtime's memory limit (0: no bound)")
	cmd.MarkFlagsMutuallyExclusive("progress", "quiet")
	_ = cmd.MarkFlagRequired("output")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(
		outputFormats, cobra.ShellCompDirectiveNoFileComp))
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
	case opts.resume && streamFileFormats[strings.ToLower(filepath.Ext(opts.out))] != "":
		return fmt.Errorf("--resume needs an output folder; -o %s writes one file, whole (end it with / for a folder)", opts.out)
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
	sh, err := resolveShape(opts)
	if err != nil {
		return usageError(err)
	}
	popt := parse.Options{Input: parse.Format(opts.input), Content: parse.Content(opts.content), Encoding: string(opts.enc), MaxBytes: int64(opts.maxIn)}
	if err := checkShape(sh.format, &popt, opts.fields); err != nil {
		return usageError(err)
	}
	if opts.filesFrom == input.StdinPath && input.IsTerminal(opts.io.stdin) {
		// A person at the keyboard: say what is awaited rather than
		// seem to hang.
		sep := "one a line"
		if opts.null {
			sep = "ended by NUL bytes"
		}
		fmt.Fprintf(opts.io.stderr, "artparse: reading the paths of inputs from standard input, %s; Ctrl-D ends them\n", sep)
	}
	encode, line, frame := batchEncoders(sh, opts.fields)
	require := opts.require
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
		StreamFile:    sh.toFile,
		Ext:           folderExts[sh.format],
		Encode:        encode,
		EncodeLine:    line,
		Frame:         frame,
		Check:         func(a *parse.Article) (bool, error) { return judgeArticle(a, require) },
		Parse:         popt,
		Jobs:          opts.jobs,
		MaxMemory:     int64(opts.maxMem),
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
	if !sh.toStdout && !sh.toFile {
		cfg.Settings = batchSettings(opts, sh.format, popt)
	}
	out, err := batch.Run(ctx, cfg)
	var se *batch.SettingsError
	var clash *batch.ClashError
	switch {
	case errors.As(err, &clash):
		return usageError(err)
	case out.Interrupted:
		return &exitError{code: exitInterrupted}
	case errors.As(err, &se):
		return usageError(err)
	case err != nil:
		return &exitError{code: exitFailure, err: err}
	case out.Failed > 0, out.FailedRecords > 0:
		return &exitError{code: exitFailure}
	}
	return nil
}

// batchShape is how a run writes its records, decided from -o and
// --format by resolveShape.
type batchShape struct {
	format outputFormat
	// toStdout and toFile say the records go to one stream, on standard
	// output or in one file; neither: one file per input under a folder.
	toStdout, toFile bool
}

// streamFileFormats maps the extensions that make -o name one stream file,
// rather than a folder, to the format the file holds. Names of pages
// (.txt, .html) are not among them: a file of records named like a page
// would be taken as one by the next walk of its folder. Neither is .md:
// a Markdown file holds one document, and -f markdown writes one per input.
var streamFileFormats = map[string]outputFormat{
	".jsonl": formatJSONL,
	".json":  formatJSON,
	".yaml":  formatYAML,
	".yml":   formatYAML,
	".csv":   formatCSV,
}

// folderExts are the extensions of the record files each format writes
// under an output folder, one per input; the formats missing write one
// stream.
var folderExts = map[outputFormat]string{
	formatJSON:     ".json",
	formatYAML:     ".yaml",
	formatMarkdown: ".md",
	formatText:     ".txt",
}

// resolveShape decides where and how records go: -o - streams them,
// JSON Lines unless --format says otherwise; -o NAME.jsonl (and the
// other streamFileFormats) writes one stream file in the format its name
// says; any other -o is a folder of one file per input. Its errors are
// usage errors.
func resolveShape(opts *batchOptions) (batchShape, error) {
	sh := batchShape{format: opts.format}
	ext := strings.ToLower(filepath.Ext(opts.out))
	named, isFile := streamFileFormats[ext]
	switch {
	case opts.out == input.StdinPath:
		sh.toStdout = true
		if !opts.formatSet {
			sh.format = formatJSONL
		}
	case isFile:
		sh.toFile = true
		if opts.formatSet && opts.format != named {
			return sh, fmt.Errorf("-o %s writes %s, as its name says; --format %s does not go with it (name the file for its format, or end it with / for a folder)", opts.out, named, opts.format)
		}
		sh.format = named
	case opts.format == formatJSONL || opts.format == formatCSV:
		return sh, fmt.Errorf("--format %s writes one stream of records, not a file per input: name a file (-o records.%s) or use -o -", opts.format, map[outputFormat]string{formatJSONL: "jsonl", formatCSV: "csv"}[opts.format])
	}
	return sh, nil
}

// batchEncoders returns how batch renders a record for shape: as one
// stream's record and the frame around them, or as one file under a
// folder (and then an archive's records as JSON lines). They live here,
// by the parse command's writers, rather than in the engine, so that both
// commands print a record alike and the engine only stores bytes.
func batchEncoders(sh batchShape, fields []string) (encode, line func(*parse.Article) ([]byte, error), frame batch.Frame) {
	view := viewOf(fields)
	line = func(a *parse.Article) ([]byte, error) {
		b, err := encodeJSON(view(a), "", "")
		return append(b, '\n'), err
	}
	toStream := sh.toStdout || sh.toFile
	switch sh.format {
	case formatJSONL:
		encode = line
	case formatJSON:
		if toStream {
			encode = func(a *parse.Article) ([]byte, error) { return arrayElement(view, a) }
			frame = batch.Frame{Open: arrayOpen, Sep: arraySep, Close: arrayClose, Empty: arrayEmpty}
			break
		}
		encode = func(a *parse.Article) ([]byte, error) {
			b, err := encodeJSON(view(a), "", "  ")
			return append(b, '\n'), err
		}
	case formatYAML:
		// One document each; a stream separates them as yaml.v3 does.
		encode = func(a *parse.Article) ([]byte, error) {
			var buf bytes.Buffer
			y := newYAMLWriter(&buf, view)
			if err := y.Write(a); err != nil {
				return nil, err
			}
			err := y.Close()
			return buf.Bytes(), err
		}
		frame.Sep = "---\n"
	case formatMarkdown:
		encode = func(a *parse.Article) ([]byte, error) { return markdownDocument(a, fields), nil }
	case formatText:
		encode = func(a *parse.Article) ([]byte, error) { return []byte(a.Text + "\n"), nil }
		frame.Sep = textSeparator
	case formatCSV:
		c := newCSVWriter(nil, fields)
		encode = func(a *parse.Article) ([]byte, error) { return csvLine(c.row(a)), nil }
		header := string(csvLine(c.columns))
		frame = batch.Frame{Open: header, Empty: header}
	}
	return encode, line, frame
}

// batchSettings are the options that shape a run's records, as the
// manifest of an output folder keeps them for --resume: the format,
// every option that changes what a record holds, and the version.
// --max-bytes and --require are not among them: they decide which inputs
// fail, and a failed input has no record to keep.
func batchSettings(opts *batchOptions, format outputFormat, popt parse.Options) []batch.Setting {
	or := func(v, none string) string {
		if v == "" {
			return none
		}
		return v
	}
	return []batch.Setting{
		{Name: "version", Value: buildVersion(version, debug.ReadBuildInfo)},
		{Name: "--format", Value: string(format)},
		{Name: "--fields", Value: or(strings.Join(opts.fields, ","), "all")},
		{Name: "--input", Value: string(popt.Input)},
		{Name: "--content", Value: or(string(popt.Content), "none")},
		{Name: "--encoding", Value: or(popt.Encoding, "as declared")},
		{Name: "--url-prefix", Value: or(string(opts.urlPrefix), "none")},
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
