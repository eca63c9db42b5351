package batch

import (
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/artparse/artparse/cmd/artparse/internal/batch/batchtest"
)

// TestMemBudgetBounds charges inputs of many sizes from many goroutines
// at once and checks that what is charged at any moment stays within the
// budget, and that a charge over the whole budget still goes through,
// alone.
func TestMemBudgetBounds(t *testing.T) {
	const size = 1000
	b := newMemBudget(size, false)
	var held, most atomic.Int64
	var wg sync.WaitGroup
	for i := range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cost := int64(i%7*150 + 1)
			if i%50 == 0 {
				cost = 5 * size // over the budget: cut to it
			}
			giveBack := b.take(cost)
			now := held.Add(min(cost, size))
			for {
				m := most.Load()
				if now <= m || most.CompareAndSwap(m, now) {
					break
				}
			}
			time.Sleep(100 * time.Microsecond)
			held.Add(-min(cost, size))
			giveBack()
		}()
	}
	wg.Wait()
	if m := most.Load(); m > size {
		t.Errorf("%d charged at once, budget %d", m, size)
	}
	if m := most.Load(); m < size/2 {
		t.Errorf("at most %d charged at once: the budget let too little run (budget %d)", m, size)
	}
	var none *memBudget
	none.take(1 << 40)() // no budget: nothing to wait for
}

// peakRE finds the helper's peak resident memory (see printPeak).
var peakRE = regexp.MustCompile(`(?m)^peak-rss (\d+)$`)

// TestMaxMemory runs a batch over three pages of about 17 MB each on three
// workers, in a process of its own, under a budget that holds one such
// page at a time, and reads its peak resident memory: it must stay within
// the budget, give or take a half (charges are estimates). With no
// budget the three run at once and the collector's target of 400% lets
// the heap grow to 500 MB and more.
func TestMaxMemory(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the peak is read from /proc")
	}
	if testing.Short() {
		t.Skip("parses 50 MB of pages")
	}
	dir := t.TempDir()
	if err := batchtest.GenPages(filepath.Join(dir, "in"), 3, bigPageParas); err != nil {
		t.Fatal(err)
	}
	peak := func(maxMem int64) int64 {
		cmd := helperCmd(t, dir, "-j", "3", "-m", strconv.FormatInt(maxMem, 10), "-o", "out"+strconv.FormatInt(maxMem, 10), "in")
		cmd.Env = append(cmd.Env, peakEnv+"=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%v: %s", err, out)
		}
		if _, ok, _ := summary(t, string(out)); ok != 3 {
			t.Fatalf("%d ok, want 3:\n%s", ok, out)
		}
		m := peakRE.FindSubmatch(out)
		if m == nil {
			t.Fatalf("no peak in the output:\n%s", out)
		}
		n, _ := strconv.ParseInt(string(m[1]), 10, 64)
		return n
	}
	fi, err := os.Stat(filepath.Join(dir, "in", "d0000", "p000000.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := fi.Size()
	budget := PageCost(page) + page/2 // one page, not two
	bounded := peak(budget)
	t.Logf("pages of %d MB: peak %d MB under a budget of %d MB", page>>20, bounded>>20, budget>>20)
	if bounded > budget*3/2 {
		t.Errorf("peak %d MB, over the budget of %d MB by more than a half", bounded>>20, budget>>20)
	}
}
