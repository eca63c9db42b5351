package htmlfront

import (
	"bytes"
	"hash/maphash"
)

// A classCache holds what readClass found in the class values of one page:
// pages repeat the same few values on hundreds of elements (every item of
// a list, every cell of a grid), and finding a value again costs a hash
// and a comparison where reading it costs a pass over each of its bytes
// for words and another for cue words. Values are kept in one buffer, not
// as a string each: a map of strings cost an allocation a value.
type classCache struct {
	seed  maphash.Seed
	slots *[classSlots]classSlot // made at the first value
	keys  []byte                 // the values, end to end
	n     int                    // slots taken
}

// classSlot is one value of a classCache, in 16 bytes.
type classSlot struct {
	check uint32 // the hash's high half; its low bits chose the slot
	off   uint32 // the value, in classCache.keys
	n     uint16
	taken bool
	cue   cueKind
	f     flags
}

const (
	classSlots     = 512            // a power of two
	maxClassValues = classSlots / 2 // values kept, so that most are found at the first slot tried
	maxClassProbes = 8              // slots tried for a value before it is read unkept
	maxCachedClass = maxCueClass    // the longest value kept; longer ones seldom repeat
	classKeysStart = 4096           // the buffer's first size, which most pages' values fit
)

// read returns readClass(v, true), from the cache if v was read before.
func (c *classCache) read(v []byte) (flags, cueKind) {
	if len(v) > maxCachedClass {
		return readClass(v, true)
	}
	if c.slots == nil {
		c.slots = new([classSlots]classSlot)
		c.seed = maphash.MakeSeed()
		c.keys = make([]byte, 0, classKeysStart)
	}
	h := maphash.Bytes(c.seed, v)
	check := uint32(h >> 32)
	free := -1
	for i := range maxClassProbes {
		k := int(h+uint64(i)) & (classSlots - 1)
		s := &c.slots[k]
		if !s.taken {
			free = k
			break
		}
		if s.check == check && bytes.Equal(c.keys[s.off:s.off+uint32(s.n)], v) {
			return s.f, s.cue
		}
	}
	f, cue := readClass(v, true)
	if free >= 0 && c.n < maxClassValues {
		c.slots[free] = classSlot{check: check, off: uint32(len(c.keys)), n: uint16(len(v)), taken: true, cue: cue, f: f}
		c.keys = append(c.keys, v...)
		c.n++
	}
	return f, cue
}
