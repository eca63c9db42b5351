package batch

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"sync/atomic"

	"github.com/artparse/artparse/cmd/artparse/internal/input"
	"github.com/artparse/artparse/parse"
)

// result is what became of one task, handed to the report in input order.
type result struct {
	seq     int
	path    string
	record  []byte // the record, when records go to a stream (even with err, see Config.Check)
	size    int64  // input bytes parsed (after decompression; an archive's pages)
	err     error
	warning string
	skipped bool // --resume found the output up to date, or nothing to do
	// companion marks a skipped folder of a saved page's files.
	companion bool
	dropped   bool // the run stopped before an archive was finished, or is exiting
	// archive is what became of a web archive read whole, nil for a page.
	archive *archiveResult
}

// workerPool runs the listing, the workers and the reordering of their
// results. Every input takes a slot of window from being listed until
// release is called for its result; that bound is what keeps memory flat
// however many inputs there are, and lets results be put back in input
// order with a buffer of at most the window's size.
type workerPool struct {
	window  chan struct{}
	ordered chan result
}

// failures counts what failed in a result: the input, or the pages of
// an archive.
func (r *result) failures() int {
	n := 0
	if r.err != nil {
		n++
	}
	if r.archive != nil {
		n += r.archive.failed
	}
	return n
}

// errorLimit stops the run once --max-errors failures have happened. It
// counts them as the workers meet them, not as they are reported: the
// report follows input order, behind the workers by up to the window, and
// stopping from there would let hundreds more inputs fail first. Inputs
// already being parsed still finish, so a run with N jobs may report up
// to N-1 failures more than the limit; none is started after it.
type errorLimit struct {
	max  int64 // 0: no limit
	n    atomic.Int64
	stop func()
}

// add counts n failures, and stops the run at the limit.
func (l *errorLimit) add(n int) {
	if l.max > 0 && n > 0 && l.n.Add(int64(n)) >= l.max {
		l.stop()
	}
}

// newWorkerPool starts listing the inputs and cfg.Jobs workers; read the
// results with results and call release after handling each one. limit
// counts the failures as they happen; budget (nil: none) bounds the
// memory of the inputs in flight.
func newWorkerPool(ctx context.Context, cfg *Config, sink *outputSink, spools *spooler, bar *progress, lister *inputLister, limit *errorLimit, budget *memBudget) *workerPool {
	// The window lets fast workers run ahead of a slow page (the corpus
	// has pages 17 times the median size) before ordering stalls them. A
	// result going to a folder holds no record, so its window can be wide;
	// one going to stdout holds its record until printed.
	size := 64 * cfg.Jobs
	if sink == nil {
		size = 8 * cfg.Jobs
	}
	p := &workerPool{window: make(chan struct{}, size), ordered: make(chan result)}
	tasks := make(chan task)
	unordered := make(chan result, size)

	go func() {
		defer close(tasks)
		seq := 0
		lister.listAll(ctx, func(t task) bool {
			select {
			case p.window <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			// Once the run is stopping nothing more is handed out; what
			// a worker has taken is in flight, and finishes.
			if ctx.Err() != nil {
				return false
			}
			t.seq = seq
			select {
			case tasks <- t:
			case <-ctx.Done():
				return false
			}
			seq++
			return true
		})
	}()

	w := &worker{
		sink:       sink,
		spools:     spools,
		bar:        bar,
		resume:     cfg.Resume,
		encode:     cfg.Encode,
		encodeLine: cfg.EncodeLine,
		check:      cfg.Check,
		popt:       cfg.Parse,
		budget:     budget,
	}
	if sink == nil {
		// In a stream an archive's records are records of the stream.
		w.encodeLine, w.sep = cfg.Encode, cfg.Frame.Sep
	}
	var wg sync.WaitGroup
	for range cfg.Jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// The worker's own: each input is read over the last one's
			// bytes, which its record no longer needs once encoded.
			var rd input.Reader
			for t := range tasks {
				r := w.do(ctx, t, &rd)
				limit.add(r.failures())
				unordered <- r
			}
		}()
	}
	go func() {
		wg.Wait()
		close(unordered)
	}()

	go func() {
		defer close(p.ordered)
		pending := make(map[int]result, size)
		next := 0
		for r := range unordered {
			pending[r.seq] = r
			for {
				r, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				p.ordered <- r
				next++
			}
		}
	}()
	return p
}

// results returns the results in input order; it is closed after the last.
func (p *workerPool) results() <-chan result { return p.ordered }

// release frees the window slot of a result that has been handled.
func (p *workerPool) release() { <-p.window }

// worker holds what every worker goroutine shares; it has no mutable state
// of its own, so one value serves them all.
type worker struct {
	sink       *outputSink // nil when records go to stdout
	spools     *spooler    // for what an archive gives, see archive.go
	bar        *progress   // counts archives' records as they are written
	resume     bool
	encode     func(*parse.Article) ([]byte, error) // Config.Encode
	encodeLine func(*parse.Article) ([]byte, error) // Config.EncodeLine, or Encode in a stream
	sep        string                               // between an archive's records: the stream's Frame.Sep
	check      func(*parse.Article) (bool, error)   // Config.Check, or nil
	popt       parse.Options
	budget     *memBudget // the memory of the inputs in flight; nil: none
}

// judge applies Config.Check to a: whether to write its record, and why
// it fails.
func (w *worker) judge(a *parse.Article) (write bool, err error) {
	if w.check == nil {
		return true, nil
	}
	return w.check(a)
}

// do reads (with rd, the worker's reader), parses and writes one input.
// A task is handed out only
// while the run goes on, and once taken it is done whatever ctx says: a
// check here would race with the worker's own start, and drop an input
// the run had already counted as in flight.
func (w *worker) do(ctx context.Context, t task, rd *input.Reader) result {
	r := result{seq: t.seq, path: t.path}
	switch {
	case t.err != nil:
		r.err = t.err
		return r
	case t.warning != "":
		r.warning, r.skipped = t.warning, true
		return r
	case t.companion:
		r.skipped, r.companion = true, true
		return r
	case w.resume && upToDate(t.out, t.path):
		r.skipped = true
		return r
	}
	if t.archive {
		// Charged a page at a time, as it holds them (captureLine).
		w.doArchive(ctx, t, &r, rd)
		return r
	}
	// Charged from the size it will be read at, once it is open.
	release := func() {}
	defer func() { release() }()
	b, err := rd.ReadCharged(t.path, nil, w.popt, func(hint int64) { release = w.budget.take(PageCost(hint)) })
	if err != nil {
		r.err = err
		return r
	}
	if bytes.HasPrefix(b, warcStart) {
		r.err = &input.Error{Path: t.path, Step: "read", Err: errArchiveAsPage}
		return r
	}
	popt := w.popt
	if t.url != "" {
		popt.URL = t.url
	}
	a, err := parse.ParseBytes(b, popt)
	if err != nil {
		r.err = &input.Error{Path: t.path, Step: "parse", Err: err}
		return r
	}
	a.Source.Path = t.path
	r.size = int64(len(b))
	write, judged := w.judge(a)
	if !write {
		r.err = judged
		return r
	}
	data, err := w.encode(a)
	if err != nil {
		r.err = &input.Error{Path: t.path, Step: "encode", Err: err}
		return r
	}
	if w.sink == nil {
		r.record, r.err = data, judged
		return r
	}
	switch err := w.sink.write(t.out, t.path, data); {
	case errors.Is(err, errAbandoned):
		r.dropped = true // the process is exiting on a second interrupt
	case err != nil:
		r.err = err
	default:
		r.err = judged
	}
	return r
}
