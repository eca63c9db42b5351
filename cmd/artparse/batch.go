package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path"
	"runtime"
	"runtime/debug"
	"time"

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
	jobs      int
	include   []string
	exclude   []string
	follow    bool
	filesFrom string
	null      bool
	resume    bool
	errors    string
	maxErrors int
	progress  bool
	quiet     bool
	maxIn     maxBytesFlag
	args      []string
	io        streams

	// getenv reads the environment (CI, TERM) to decide whether to draw a
	// progress bar; exit ends the process on a second interrupt. Both are
	// fields so that nothing in runBatch reaches for process globals.
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
		Short: "Write the article records of whole folders of pages",
		Long: `Batch walks each DIR (and takes each FILE) and writes one article record
per input page, in parallel.

Walked folders give their *.html, *.htm, *.xhtml, *.shtml and *.txt files,
gzipped or not (*.html.gz ...). --include replaces that list with glob
patterns, --exclude removes files and folders that match; a pattern with a
"/" is matched against the whole path, any other against the name. Hidden
files and folders (".name") are skipped and symbolic links are not followed,
unless named on the command line or --follow is given. FILEs named on the
command line or in --files-from are always taken.

-o DIR mirrors the inputs' paths under DIR: a/b/page.html is written to
DIR/a/b/page.json (or .yaml). A leading "/" or "../" is dropped from the
path, as tar does, and an absolute path inside the working folder is taken
relative to it. When two files of a walked folder would share an output
name (page.html and page.html.gz), both keep their full name instead:
page.html.json and page.html.gz.json. The output folder is never walked
(naming it as an input is a failure). No input is ever replaced: when two
inputs map to one output file, the first in input order is written and
the others fail, and so does an input whose output file is an input.
-o - writes JSON Lines to standard output instead, one record per input,
in input order.

Each output file is written under a temporary hidden name and renamed into
place once complete, so an interrupted run leaves only whole files (a
killed one may leave temporary files, which the next run removes from the
folders it walks). The
first Ctrl-C (or SIGTERM) stops taking new inputs, lets the ones being
parsed finish and prints the summary; a second one exits at once. --resume
then skips inputs whose output is newer than the input.

A failed input is reported on standard error (and in --errors FILE as a
JSON line {"path": ..., "error": ...}) and does not stop the run.

Exit status: 0 when every input was written, 1 when any failed, 2 for a
bad command line, 130 when interrupted.`,
		Example: `  artparse batch saved/ -o records/
  artparse batch --resume --errors failed.jsonl saved/ -o records/
  find saved -name '*.html' -print0 | artparse batch --files-from - -0 -o -`,
		RunE: func(_ *cobra.Command, args []string) error {
			opts.args = args
			return runBatch(opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.out, "output", "o", "", "write records under `DIR`, or JSON Lines to standard output for -")
	f.VarP(&opts.format, "format", "f", "record file format: json or yaml")
	f.Var(&opts.input, "input", "how to read inputs: auto, html or text")
	f.Var(&opts.content, "content", "also write the body with its structure as `markdown` or html, in the content field")
	f.IntVarP(&opts.jobs, "jobs", "j", 0, "parse `N` inputs at a time (default: one per CPU)")
	f.StringArrayVar(&opts.include, "include", nil, "walk only files matching `GLOB` (repeatable; replaces the default list)")
	f.StringArrayVar(&opts.exclude, "exclude", nil, "skip files and folders matching `GLOB` (repeatable)")
	f.BoolVar(&opts.follow, "follow", false, "follow symbolic links while walking (loops are detected)")
	f.StringVar(&opts.filesFrom, "files-from", "", "read input paths from `FILE` (- for standard input), one per line")
	f.BoolVarP(&opts.null, "null", "0", false, "--files-from paths are separated by NUL bytes, not lines")
	f.BoolVar(&opts.resume, "resume", false, "skip inputs whose output exists and is newer than the input")
	f.StringVar(&opts.errors, "errors", "", "also write each failure to `FILE` as a JSON line {path, error}")
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
	toStdout := opts.out == stdinPath
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

// batchStats are the figures of the closing summary line.
type batchStats struct {
	ok, failed, skipped int
	bytes               int64
	start               time.Time
}

// batchGCPercent is the garbage collector's target while a batch runs,
// unless GOGC is set. Parsing a page allocates about four times its size
// in short-lived garbage (580 KB for a typical page) while little survives
// it, so at the default of 100 the collector runs every few pages and
// takes a fifth of the CPU time, on the core a second worker would use.
// At 400 it runs a quarter as often: CPU per page fell by about 20% in
// BenchmarkBatch. The price is memory: the heap may grow to five times what is live instead of twice, and what is
// live is bounded by the pages in flight (jobs x the largest page, plus
// the ordering window), so memory stays bounded and independent of the
// number of files. A memory limit instead (GOGC off) would fill the limit
// whatever the pages, and choosing one needs the machine's memory.
const batchGCPercent = 400

// runBatch walks the inputs, parses them on opts.jobs workers and writes
// the records, then prints the summary. See the command's help for the
// behaviour; the exit status comes back as an *exitError.
//
// The work flows through three stages: one goroutine lists the inputs
// (batch_walk.go), the workers read, parse and write them (batch_pool.go),
// and this goroutine collects the results in input order to report them.
// At most a fixed window of inputs is between the first and the last stage
// at any time, which bounds memory by jobs x the largest page whatever the
// number of inputs.
func runBatch(opts *batchOptions) error {
	if err := checkBatchOptions(opts); err != nil {
		return usageError(err)
	}
	if opts.jobs == 0 {
		// The CPUs this process may use (affinity, cgroup quota), which
		// is what a CPU-bound pool can keep busy.
		opts.jobs = runtime.GOMAXPROCS(0)
	}
	if opts.getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(batchGCPercent))
	}
	stats := batchStats{start: time.Now()}
	stderr := opts.io.stderr

	var sink *outputSink
	if opts.out != stdinPath {
		var err error
		if sink, err = newOutputSink(opts.out, opts.format); err != nil {
			return &exitError{code: exitFailure, err: err}
		}
	}
	rep := &reporter{stderr: stderr, quiet: opts.quiet, stats: &stats}
	if opts.errors != "" {
		f, err := os.Create(opts.errors)
		if err != nil {
			return &exitError{code: exitFailure, err: fmt.Errorf("--errors: %w", err)}
		}
		defer f.Close()
		rep.errLog = f
	}
	cwd, _ := os.Getwd() // Without it, absolute inputs just keep their full path.
	lister := &inputLister{
		args:   opts.args,
		null:   opts.null,
		filter: newNameFilter(opts.include, opts.exclude),
		follow: opts.follow,
		cwd:    cwd,
	}
	switch opts.filesFrom {
	case "":
	case stdinPath:
		lister.list = opts.io.stdin
	default:
		f, err := os.Open(opts.filesFrom)
		if err != nil {
			return &exitError{code: exitFailure, err: fmt.Errorf("--files-from: %w", err)}
		}
		defer f.Close()
		lister.list = f
	}
	if sink != nil {
		lister.skipDir, lister.outRoot, lister.outExt = sink.dirInfo, sink.root, sink.ext
		lister.claims = newOutputClaims(cwd, sink.ext, len(opts.args) > 1 || lister.list != nil)
		lister.sweep = sink.sweep
	}
	if f, ok := rep.errLog.(*os.File); ok {
		lister.skipLog, _ = f.Stat() // Without it the log may be walked, no worse.
	}

	// stop ends the listing early (interrupt, --max-errors, a broken
	// output); the inputs already handed out still finish.
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	sig := watchSignals(stop, func() {
		if sink != nil {
			sink.abandon()
		}
		fmt.Fprintln(stderr, "artparse: interrupted again, stopping now")
		opts.exit(exitInterrupted)
	})
	defer sig.close()

	bar := newProgress(opts, stderr)
	if bar.enabled() && opts.filesFrom == "" {
		// Counting is a second, cheaper walk; the bar shows the total once
		// it is known, and a bare count until then.
		go bar.setTotal(ctx, lister.count)
	}

	rep.bar = bar
	var writeErr error
	pool := newWorkerPool(ctx, opts, sink, lister)
	for res := range pool.results() {
		switch {
		case res.dropped:
		case res.skipped:
			stats.skipped++
		case res.err != nil:
			stats.failed++
			rep.failure(res.path, res.err)
			if opts.maxErrors > 0 && stats.failed >= opts.maxErrors {
				stop()
			}
		case writeErr != nil:
			// Stdout is broken: this record was parsed but not written.
		default:
			stats.ok++
			stats.bytes += res.size
			if sink == nil {
				if _, err := opts.io.stdout.Write(res.record); err != nil {
					writeErr = err
					stop()
				}
			}
		}
		if res.warning != "" {
			rep.warn(res.path, res.warning)
		}
		bar.add(res.dropped)
		pool.release()
	}
	bar.finish()

	interrupted := sig.received()
	if !opts.quiet {
		rep.summary(interrupted, opts.maxErrors > 0 && stats.failed >= opts.maxErrors)
	}
	switch {
	case interrupted:
		return &exitError{code: exitInterrupted}
	case writeErr != nil:
		return &exitError{code: exitFailure, err: fmt.Errorf("write output: %w", writeErr)}
	case stats.failed > 0:
		return &exitError{code: exitFailure}
	}
	return nil
}
