package htmlfront

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"strings"
	"testing"
	"unsafe"
)

// checkCacheReads reads each value through one classCache, twice over, and
// holds every answer to readClass's.
func checkCacheReads(t *testing.T, c *classCache, values [][]byte) {
	t.Helper()
	for range 2 {
		for _, v := range values {
			f, cue := c.read(v)
			if wf, wcue := readClass(v, true); f != wf || cue != wcue {
				t.Errorf("cached read of %q = %#x, %#x; readClass %#x, %#x", v, f, cue, wf, wcue)
			}
		}
	}
	if c.n > maxClassValues {
		t.Errorf("%d values kept, more than %d", c.n, maxClassValues)
	}
}

// TestClassCacheSameAsReadClass reads values that repeat, values that
// differ by a byte or in case, a value too long to keep, and more values
// than a page's cache keeps.
func TestClassCacheSameAsReadClass(t *testing.T) {
	values := [][]byte{[]byte("entry-content"), []byte("entry-contents"), []byte("Entry-Content"),
		[]byte("post-share"), []byte(""), []byte("byline author"), []byte("ad"), []byte("entry-content"),
		[]byte(strings.Repeat("x", maxCachedClass) + " share"), []byte(strings.Repeat("y", maxCachedClass-5) + " nav")}
	var c classCache
	checkCacheReads(t, &c, values)
	if c.n != len(values)-2 {
		t.Errorf("%d values kept; want %d (one repeated, one too long)", c.n, len(values)-2)
	}
	for i := range 3 * maxClassValues {
		values = append(values, fmt.Appendf(nil, "item-%d %s", i, []string{"share", "post", "date", "dek"}[i%4]))
	}
	checkCacheReads(t, &c, values)
	if c.n != maxClassValues {
		t.Errorf("%d values kept; want the cache full, %d", c.n, maxClassValues)
	}
	if n := unsafe.Sizeof(classSlot{}); n != 16 {
		t.Errorf("a slot takes %d bytes, not 16", n)
	}
}

// TestClassCacheProbesTaken fills every slot with other values: a value is
// then read, not found in a wrong slot, and not kept.
func TestClassCacheProbesTaken(t *testing.T) {
	var c classCache
	c.read([]byte("first"))
	v := []byte("post-share")
	h := maphash.Bytes(c.seed, v)
	for i := range c.slots {
		// The value's own hash over the bytes of another value.
		c.slots[i] = classSlot{check: uint32(h >> 32), off: 0, n: 5, taken: true, cue: cueDate, f: goodClass}
	}
	n := c.n
	if f, cue := c.read(v); f != badClass || cue != 0 {
		t.Errorf("read(%q) = %#x, %#x with every slot taken; want %#x, 0", v, f, cue, badClass)
	}
	if c.n != n {
		t.Errorf("a value was kept with every slot taken")
	}
}

// FuzzClassCache reads the values of any list, split at NUL, through one
// cache, against readClass.
func FuzzClassCache(f *testing.F) {
	f.Add([]byte("entry-content\x00post-share\x00entry-content\x00Entry-Content"))
	f.Fuzz(func(t *testing.T, list []byte) {
		var c classCache
		checkCacheReads(t, &c, bytes.Split(list, []byte{0}))
	})
}
