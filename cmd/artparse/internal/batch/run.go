// Package batch is the engine of "artparse batch": it lists the inputs of
// a run (folders walked, files named, a --files-from list), parses them on
// a pool of workers and writes one record per page, as a file each under
// an output folder (see outname.go for where) or as one stream on standard
// output or in a stream file (see stream.go), then reports what became of
// them. A web archive (WARC or WACZ) is one input that gives one record
// per page captured in it, all in one JSON Lines file (see archive.go).
//
// It guarantees, whatever the number of workers or of inputs:
//   - results are reported, and JSON Lines printed, in input order (an
//     archive's records in archive order, at the archive's place);
//   - memory is bounded by a fixed window of inputs in flight, not by the
//     number of files, and for an archive by its largest record, not by
//     the archive;
//   - a record file is written under a temporary name and renamed into
//     place, so an interrupted run leaves only whole records, and no input
//     is ever replaced by a record (nor by the --errors file);
//   - nothing is written outside the output folder, even through a
//     symbolic link inside it;
//   - a failed input is reported and does not stop the others;
//   - the first interrupt (SIGINT, SIGTERM) winds the run down and still
//     reports; a second one ends the process at once through Config.Exit.
//
// The package holds no state between runs: everything a run needs comes
// in its Config, so runs can be made in-process by tests.
package batch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/artparse/artparse/cmd/artparse/internal/input"
	"github.com/artparse/artparse/parse"
)

// Config is everything one run needs. The command fills it from its flags
// and rejects the combinations that make no sense (a YAML stream, --resume
// to standard output, a bad glob) before calling Run, which takes them as
// given. Encode, Getenv, Exit and the streams the run uses must be set:
// the engine reaches for no process global of its own.
type Config struct {
	// Inputs are the folders and files named on the command line, in
	// order.
	Inputs []string
	// FilesFrom, when not "", names a file that lists more inputs, one a
	// line; "-" reads Stdin. With NullSeparated its paths end in NUL bytes
	// instead of newlines, so that names may hold newlines.
	FilesFrom     string
	NullSeparated bool
	// Include replaces the extensions a walk takes with glob patterns, and
	// Exclude leaves out the files and folders that match. A pattern with
	// a "/" is matched against the whole path, any other against the name.
	// Patterns must be valid for path.Match: a bad one matches nothing.
	Include, Exclude []string
	// Follow follows symbolic links while walking; loops are detected.
	Follow bool
	// Companions walks the folder of a saved page's files (Story_files/
	// beside Story.html) too; without it such a folder is left out and
	// counted as skipped.
	Companions bool
	// URLPrefix, when set, gives each page found by walking a folder an
	// address: the prefix followed by the page's path under that folder,
	// so that a mirror laid out by host ("https://" over
	// example.com/news/story.html) resolves its links.
	URLPrefix string

	// Out is the output folder, created if missing, or "-" for a stream
	// of records on Stdout, or with StreamFile the file that gets that
	// stream.
	Out string
	// StreamFile says Out names one file that gets the stream Stdout
	// would, written under a temporary name beside it and renamed into
	// place once the run ends (not when it is interrupted), so that it is
	// whole or absent, never a part.
	StreamFile bool
	// Ext is the extension of the record files under Out (".json",
	// ".yaml", ".md", ".txt"); --resume and clash detection compare
	// paths with it.
	Ext string
	// Encode renders one article as it is stored: a whole record file
	// under an output folder, or one record of a stream, which Frame
	// puts together. The workers call it at the same time, so it must
	// keep no state.
	Encode func(*parse.Article) ([]byte, error)
	// EncodeLine renders one article as one JSON line ending in a
	// newline, as the records of a web archive are written under an
	// output folder whatever the format (in a stream they are Encode's,
	// at the archive's place); like Encode, it must keep no state.
	EncodeLine func(*parse.Article) ([]byte, error)
	// Frame is what a stream puts around and between Encode's records;
	// its zero value, nothing, is right for JSON Lines.
	Frame Frame
	// Check, when not nil, judges each parsed page before it is written
	// (a page of a web archive too): write says whether its record is
	// written, and a non-nil err fails the input (or the archive's page)
	// with that reason, written or not.
	Check func(*parse.Article) (write bool, err error)
	// Settings are the options that shape the records, with the
	// program's version. Under an output folder they are kept in a
	// manifest file, and a run with Resume refuses to go on from records
	// made with other settings (see manifest.go). Nil writes no manifest.
	Settings []Setting
	// Parse is how pages are parsed; its MaxBytes also bounds what is read
	// of an input (negative: no limit), and of each record of a web
	// archive, not of the archive.
	Parse parse.Options

	// Jobs is how many inputs are parsed at a time; 0 means one per CPU
	// this process may use.
	Jobs int
	// MaxMemory is the memory in bytes the run aims to stay within; 0
	// means DefaultMaxMemory, and a negative value no bound. A worker
	// starts an input only when what the inputs in flight are charged
	// (see memBudget) leaves room for it, and the Go runtime's soft
	// memory limit is set to it unless GOMEMLIMIT is set.
	MaxMemory int64
	// Resume skips inputs whose record file exists and is newer.
	Resume bool
	// ErrorsFile, when not "", gets each failure as a JSON line {"path":
	// ..., "error": ...}, written atomically when the run ends (see
	// errorLog); Run refuses with a *ClashError a file it must not
	// replace.
	ErrorsFile string
	// Fsync syncs each record file to disk before its rename and its
	// folder after, and the --errors file likewise, so that what a run
	// wrote survives a power cut.
	Fsync bool
	// MaxErrors stops the run after that many failed inputs; 0 never does.
	MaxErrors int
	// Progress draws the progress bar even when Stderr is not a terminal.
	Progress bool
	// Quiet prints failures only: no progress bar, notice or summary.
	Quiet bool

	// Stdin is read for FilesFrom "-"; Stdout gets JSON Lines for Out "-";
	// Stderr gets failures, notices, the progress bar and the summary.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Getenv reads the environment: GOGC, GOMEMLIMIT, and CI and TERM to decide
	// whether to draw a progress bar. It is a field so that nothing in a
	// run reaches for process globals.
	Getenv func(string) string
	// Exit ends the process on a second interrupt, once the temporary
	// files being written are removed; it must not return.
	Exit func()
}

// Outcome is how a run ended, which the command turns into its exit
// status; the details are already on Stderr.
type Outcome struct {
	// Interrupted says an interrupt stopped the run before its end.
	Interrupted bool
	// Failed counts the inputs that failed.
	Failed int
	// FailedRecords counts the pages of web archives that failed, in
	// archives that were otherwise written.
	FailedRecords int
	// OutputFailed says writing Stdout failed, which stopped the run; the
	// input whose record it was is counted in Failed.
	OutputFailed bool
}

// stats are the figures of the closing summary line.
type stats struct {
	ok, failed, skipped int
	companions          int // of skipped: folders of saved pages' files
	pages               int // records written: pages, and archives' pages
	bytes               int64
	start               time.Time
	archives            archiveStats
}

// archiveStats sum up the web archives written.
type archiveStats struct {
	n, records, written, failed int
	skipped                     map[string]int // by reason, as parse.Archive.Skipped
}

// add counts one archive written.
func (a *archiveStats) add(ar *archiveResult) {
	a.n++
	a.records += ar.records
	a.written += ar.written
	a.failed += ar.failed
	for k, v := range ar.skipped {
		if a.skipped == nil {
			a.skipped = make(map[string]int)
		}
		a.skipped[k] += v
	}
}

// failures counts the failures reported: inputs and archives' pages.
func (s *stats) failures() int { return s.failed + s.archives.failed }

// progressTick is how often the progress bar is redrawn while no input
// ends, so that the records of a long archive are seen to go up.
const progressTick = 250 * time.Millisecond

// GCPercent is the garbage collector's target while a batch (or the parse
// command) runs, unless GOGC is set. Parsing a page allocates about four times its size in
// short-lived garbage (580 KB for a typical page) while little survives
// it, so at the default of 100 the collector runs every few pages and
// takes a fifth of the CPU time, on the core a second worker would use.
// At 400 it runs a quarter as often: CPU per page fell by about 20% in
// BenchmarkBatch. The price is memory: the heap may grow to five times
// what is live instead of twice, and what is live is bounded by the pages
// in flight (jobs x the largest page, plus the ordering window), so memory
// stays bounded and independent of the number of files. A memory limit
// instead (GOGC off) would fill the limit whatever the pages; with both,
// the target rules while the heap is small and Config.MaxMemory's limit
// near it.
const GCPercent = 400

// Run walks the inputs, parses them on cfg.Jobs workers and writes the
// records, then prints the summary; ctx ending stops it like an interrupt
// does, without the interrupt's exit status. The error is what kept the
// run from starting (the output folder, the --errors or --files-from
// file; a *ClashError for an --errors file it must not replace) or from
// putting the --errors file in place; each failed input is reported on
// Stderr and counted in the Outcome instead, and so is a failure to write
// Stdout, which stops the run (Outcome.OutputFailed).
//
// The work flows through three stages: one goroutine lists the inputs
// (walk.go), the workers read, parse and write them (pool.go), and this
// goroutine collects the results in input order to report them. At most a
// fixed window of inputs is between the first and the last stage at any
// time, which bounds memory by jobs x the largest page whatever the number
// of inputs.
func Run(ctx context.Context, cfg Config) (Outcome, error) {
	if cfg.Jobs == 0 {
		// The CPUs this process may use (affinity, cgroup quota), which
		// is what a CPU-bound pool can keep busy.
		cfg.Jobs = runtime.GOMAXPROCS(0)
	}
	if cfg.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(GCPercent))
	}
	if cfg.MaxMemory == 0 {
		cfg.MaxMemory = DefaultMaxMemory
	}
	ownsLimit := cfg.MaxMemory > 0 && cfg.Getenv("GOMEMLIMIT") == ""
	if ownsLimit {
		// The collector's target alone lets the heap reach five times
		// what is live; the limit holds it to the budget, collecting
		// more often only when the pages in flight come near it.
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(cfg.MaxMemory))
	}
	st := stats{start: time.Now()}
	stderr := cfg.Stderr

	filter := newNameFilter(cfg.Include, cfg.Exclude)
	if cfg.ErrorsFile != "" {
		// Before anything is written, the output folder included.
		if err := checkErrorsFile(&cfg, filter); err != nil {
			return Outcome{}, err
		}
	}
	var sink *outputSink
	var stream *streamFile
	switch {
	case cfg.StreamFile:
		var err error
		if stream, err = openStreamFile(cfg.Out, cfg.Fsync); err != nil {
			return Outcome{}, err
		}
		// Removed unless the run gets to its end; see below.
		defer func() {
			if stream != nil {
				stream.finish(false)
			}
		}()
	case cfg.Out != input.StdinPath:
		var err error
		if sink, err = newOutputSink(cfg.Out, cfg.Ext, cfg.Fsync); err != nil {
			return Outcome{}, err
		}
		if cfg.Settings != nil {
			if err := sink.checkManifest(cfg.Settings, cfg.Resume); err != nil {
				return Outcome{}, err
			}
		}
	}
	spools := &spooler{}
	rep := &reporter{stderr: stderr, quiet: cfg.Quiet, stats: &st, spools: spools, maxErrors: cfg.MaxErrors, frame: cfg.Frame}
	switch {
	case stream != nil:
		rep.stdout = stream
	case sink == nil:
		rep.stdout = cfg.Stdout
	}
	cwd, _ := os.Getwd() // Without it, absolute inputs just keep their full path.
	lister := &inputLister{
		args:       cfg.Inputs,
		null:       cfg.NullSeparated,
		filter:     filter,
		follow:     cfg.Follow,
		companions: cfg.Companions,
		urlPrefix:  cfg.URLPrefix,
		cwd:        cwd,
	}
	switch cfg.FilesFrom {
	case "":
	case input.StdinPath:
		lister.list = cfg.Stdin
	default:
		f, err := os.Open(cfg.FilesFrom)
		if err != nil {
			return Outcome{}, fmt.Errorf("--files-from: %w", err)
		}
		defer f.Close()
		lister.list = f
	}
	if sink != nil {
		lister.skipDir, lister.outRoot, lister.outExt = sink.dirInfo, sink.root, sink.ext
		lister.claims = newOutputClaims(cwd, sink.ext, len(cfg.Inputs) > 1 || lister.list != nil)
		lister.sweep = sink.sweep
	}
	var errLog *errorLog
	if cfg.ErrorsFile != "" {
		var err error
		if errLog, err = createErrorLog(cfg.ErrorsFile, cfg.Fsync); err != nil {
			return Outcome{}, err
		}
		rep.errLog, lister.log = errLog, errLog
	}

	// stop ends the listing early (interrupt, --max-errors, a broken
	// output); the inputs already handed out still finish.
	parent := ctx
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	rep.stop = stop
	sig := watchSignals(stop, func() {
		if sink != nil {
			sink.abandon()
		}
		if stream != nil {
			stream.abandon()
		}
		spools.abandon()
		fmt.Fprintln(stderr, "artparse: interrupted again, stopping now")
		if errLog != nil {
			if err := errLog.finish(); err != nil {
				fmt.Fprintf(stderr, "artparse: %v\n", err)
			}
		}
		cfg.Exit()
	})
	defer sig.close()

	bar := newProgress(&cfg)
	if bar.enabled() && cfg.FilesFrom == "" {
		// Counting is a second, cheaper walk; the bar shows the total once
		// it is known, and a bare count until then.
		go bar.setTotal(ctx, lister.count)
	}

	rep.bar = bar
	limit := &errorLimit{max: int64(cfg.MaxErrors), stop: stop}
	pool := newWorkerPool(ctx, &cfg, sink, spools, bar, lister, limit, newMemBudget(cfg.MaxMemory, ownsLimit))
	var tick <-chan time.Time
	interrupted := sig.first()
	if cfg.Quiet {
		interrupted = nil
	}
	if bar.enabled() {
		t := time.NewTicker(progressTick)
		defer t.Stop()
		tick = t.C
	}
	for results := pool.results(); results != nil; {
		select {
		case res, ok := <-results:
			if !ok {
				results = nil
				break
			}
			rep.handle(res)
			bar.add(res.dropped)
			pool.release()
		case <-tick:
			bar.refresh()
		case <-interrupted:
			// Said at once, so that who pressed Ctrl-C twice in quick
			// succession sees whether both counted (see signalWatcher).
			interrupted = nil
			bar.clear()
			fmt.Fprintln(stderr, "artparse: interrupted: finishing the inputs in flight; interrupt again to stop now")
		}
	}
	bar.finish(!sig.received() && parent.Err() == nil && rep.writeErr == nil && !rep.tooManyErrors())

	out := Outcome{Interrupted: sig.received(), Failed: st.failed, FailedRecords: st.archives.failed, OutputFailed: rep.writeErr != nil}
	if !out.Interrupted && rep.writeErr == nil && st.ok+st.failed+st.skipped == 0 {
		// A wrong path or pattern in a script must not pass as a run
		// with nothing to do.
		return out, ErrNoInputs
	}
	if !out.Interrupted {
		rep.endStream()
	}
	if stream != nil {
		// An interrupted run (or one whose ctx ended) leaves the stream
		// file as it was: what is there is then either the last whole
		// run's or nothing.
		err := stream.finish(!out.Interrupted && parent.Err() == nil && rep.writeErr == nil)
		stream = nil
		if err != nil && rep.writeErr == nil {
			rep.writeErr = err
		}
	}
	if !cfg.Quiet {
		rep.summary(out.Interrupted, rep.tooManyErrors())
	}
	if errLog != nil {
		if err := errLog.finish(); err != nil {
			return out, err
		}
	}
	return out, nil
}

// ErrNoInputs ends a run that found nothing to read: the folders walked
// hold no page or web archive that the patterns take, and no file was
// named (a --files-from list may be empty). It is a failure, so that a wrong path in a script is seen.
var ErrNoInputs = errors.New("no input files: no page or web archive in the folders and lists given (see --include)")
