package batch

import (
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
)

// signalWatcher turns interrupts (SIGINT, SIGTERM) into the batch
// command's two-step stop: the first calls stop, so the run winds down and
// reports; the second calls force, which must not return. It is set up by
// Run and closed when it returns, so the process's signal handling is only
// changed while a batch runs, and tests can run batches in-process.
//
// The second interrupt is acted on at once, however busy the workers
// are: force runs on the watcher's own goroutine. One case it cannot see:
// the Go runtime keeps one pending interrupt of a kind, not a count, so
// two that arrive before the runtime has handed on the first (which can
// take a few hundred milliseconds while workers copy large pages, which
// the runtime cannot interrupt) count as one. That is why the first is
// acknowledged on stderr as soon as it is taken (see first): a third
// Ctrl-C after that line is a second one.
type signalWatcher struct {
	ch    chan os.Signal
	done  chan struct{}
	taken chan struct{} // closed when the first interrupt is taken
	n     atomic.Int32
}

// watchSignals starts watching for interrupts.
func watchSignals(stop, force func()) *signalWatcher {
	w := &signalWatcher{ch: make(chan os.Signal, 2), done: make(chan struct{}), taken: make(chan struct{})}
	signal.Notify(w.ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		for {
			select {
			case <-w.done:
				return
			case <-w.ch:
				if w.n.Add(1) == 1 {
					stop()
					close(w.taken)
				} else {
					force()
				}
			}
		}
	}()
	return w
}

// first returns a channel closed once the first interrupt is taken.
func (w *signalWatcher) first() <-chan struct{} { return w.taken }

// received reports whether an interrupt arrived.
func (w *signalWatcher) received() bool { return w.n.Load() > 0 }

// close restores the default handling of interrupts.
func (w *signalWatcher) close() {
	signal.Stop(w.ch)
	close(w.done)
}
