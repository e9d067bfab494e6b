package geo

import "hash/maphash"

// nameIndex maps folded names to postings (entry<<2 | MatchKind). It is an
// open-addressing table keyed by a 64-bit hash of the name, so that neither
// loading nor lookups allocate a string per name; two names colliding on 64
// bits among the ~500,000 indexed is vanishingly unlikely.
type nameIndex struct {
	seed   maphash.Seed
	hashes []uint64 // 0: empty slot
	heads  []int32  // first posting of the slot
	mask   uint64
	n      int      // used slots
	vals   []uint32 // postings
	next   []int32  // next posting of the same name, -1 at the end
}

func newNameIndex(slots int) *nameIndex {
	size := 1
	for size < slots {
		size <<= 1
	}
	return &nameIndex{seed: maphash.MakeSeed(), hashes: make([]uint64, size), heads: make([]int32, size), mask: uint64(size - 1)}
}

func (x *nameIndex) hash(key []byte) uint64 {
	h := maphash.Bytes(x.seed, key)
	if h == 0 {
		h = 1
	}
	return h
}

// slot returns the slot of hash h and whether it is in use.
func (x *nameIndex) slot(h uint64) (int, bool) {
	i := h & x.mask
	for {
		switch x.hashes[i] {
		case 0:
			return int(i), false
		case h:
			return int(i), true
		}
		i = (i + 1) & x.mask
	}
}

func (x *nameIndex) grow() {
	old, oldHeads := x.hashes, x.heads
	size := len(old) * 2
	x.hashes, x.heads, x.mask = make([]uint64, size), make([]int32, size), uint64(size-1)
	for i, h := range old {
		if h != 0 {
			j, _ := x.slot(h)
			x.hashes[j], x.heads[j] = h, oldHeads[i]
		}
	}
}

// add records posting v for key; an entry already listed under key keeps
// the strongest (lowest) match kind. It reports whether key is new.
func (x *nameIndex) add(key []byte, v uint32) bool {
	if 10*(x.n+1) > 7*len(x.hashes) {
		x.grow()
	}
	h := x.hash(key)
	i, used := x.slot(h)
	if used {
		for p := x.heads[i]; p >= 0; p = x.next[p] {
			if x.vals[p]>>2 == v>>2 {
				if x.vals[p]&3 > v&3 {
					x.vals[p] = v
				}
				return false
			}
		}
	} else {
		x.hashes[i], x.heads[i] = h, -1
		x.n++
	}
	x.vals = append(x.vals, v)
	x.next = append(x.next, x.heads[i])
	x.heads[i] = int32(len(x.vals) - 1)
	return !used
}

// postings calls f with each posting of key.
func (x *nameIndex) postings(key []byte, f func(v uint32)) {
	i, used := x.slot(x.hash(key))
	if !used {
		return
	}
	for p := x.heads[i]; p >= 0; p = x.next[p] {
		f(x.vals[p])
	}
}

func (x *nameIndex) has(key []byte) bool {
	_, used := x.slot(x.hash(key))
	return used
}
