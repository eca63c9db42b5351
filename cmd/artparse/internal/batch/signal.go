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
type signalWatcher struct {
	ch   chan os.Signal
	done chan struct{}
	n    atomic.Int32
}

// watchSignals starts watching for interrupts.
func watchSignals(stop, force func()) *signalWatcher {
	w := &signalWatcher{ch: make(chan os.Signal, 2), done: make(chan struct{})}
	signal.Notify(w.ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		for {
			select {
			case <-w.done:
				return
			case <-w.ch:
				if w.n.Add(1) == 1 {
					stop()
				} else {
					force()
				}
			}
		}
	}()
	return w
}

// received reports whether an interrupt arrived.
func (w *signalWatcher) received() bool { return w.n.Load() > 0 }

// close restores the default handling of interrupts.
func (w *signalWatcher) close() {
	signal.Stop(w.ch)
	close(w.done)
}
