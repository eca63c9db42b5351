package batch

import (
	"context"
	"runtime/debug"

	"golang.org/x/sync/semaphore"
)

// DefaultMaxMemory is the memory a run aims to stay within when
// Config.MaxMemory is 0: room for the largest pages the default
// --max-bytes lets through, two at a time, and for thousands of ordinary
// pages at once, so that it bounds only runs over very large pages.
const DefaultMaxMemory = 1 << 30

// costPerByte is what a parse is charged per byte of its page: the page
// itself, the parse's peak on top of it (3.6 times the page's size, 5.0
// times with Markdown content, by parse's TestPeakMemory) and the record
// made of it. A run of one 17 MB page of short paragraphs, indented JSON
// records, no limit but GOGC=100, peaked at 10 times the page's size in
// all, about twice what is live. A charge is an estimate; the runtime's
// memory limit, set to the budget, is what holds the total to it.
const costPerByte = 8

// costBase is charged for every input on top of its bytes: what a parse
// of even the smallest page holds (the front end's tables, the record).
const costBase = 64 << 10

// memBudget bounds the memory of the inputs in flight. Each input is
// charged, before it is read, what its parse is expected to hold at its
// peak, and its worker waits until the charge fits in what the inputs
// being parsed leave; waiting is first come, first served, so a large
// page is not passed over for ever by small ones. A charge larger than
// the whole budget is cut to it: such a page is parsed alone, never
// refused. The zero budget (a nil *memBudget) charges nothing.
//
// When the budget is also the runtime's soft memory limit (ownsLimit),
// a page charged more than the whole budget raises the limit to its
// charge while it runs: held to the budget, the collector would run
// without pause on a heap it cannot bring under it.
type memBudget struct {
	sem       *semaphore.Weighted
	size      int64
	ownsLimit bool
}

// newMemBudget returns a budget of size bytes, or nil (none) for size 0
// or less. ownsLimit says the runtime's memory limit is size, for take to
// raise.
func newMemBudget(size int64, ownsLimit bool) *memBudget {
	if size <= 0 {
		return nil
	}
	return &memBudget{sem: semaphore.NewWeighted(size), size: size, ownsLimit: ownsLimit}
}

// PageCost is the charge for a page expected to read size bytes: what
// its parse is expected to hold at its peak.
func PageCost(size int64) int64 {
	if size > (1<<62)/costPerByte {
		return 1 << 62
	}
	return size*costPerByte + costBase
}

// take waits until cost fits in the budget, charges it, and returns the
// function that gives it back. A task a worker has taken is in flight and
// must finish (see worker.do), so the wait ignores the run's end; it ends
// as the inputs being parsed finish.
func (b *memBudget) take(cost int64) (giveBack func()) {
	if b == nil {
		return func() {}
	}
	charge := min(cost, b.size)
	// Background never ends, so Acquire cannot fail.
	_ = b.sem.Acquire(context.Background(), charge)
	if cost <= b.size || !b.ownsLimit {
		return func() { b.sem.Release(charge) }
	}
	// Alone in the budget (it holds all of it), so no other page sets the
	// limit meanwhile.
	prev := debug.SetMemoryLimit(cost)
	return func() {
		debug.SetMemoryLimit(prev)
		b.sem.Release(charge)
	}
}
