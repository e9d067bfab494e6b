package server

import (
	"net/http"
	"sync"
	"time"
)

// cache keeps recent GET API responses for a short time, so that many
// clients asking the same aggregate share one query.
type cache struct {
	mu  sync.Mutex
	ttl time.Duration
	max int // entries
	// maxBytes bounds the bodies held; size is their total.
	maxBytes, size int
	m              map[string]entry
	// inflight holds the computations under way: concurrent misses of one
	// key wait for the first instead of all querying the store.
	inflight map[string]*flight
}

// flight is one computation of a cache entry.
type flight struct {
	done chan struct{}
	e    entry
	ok   bool // e is a cacheable (200) response
}

type entry struct {
	status  int
	header  http.Header
	body    []byte
	expires time.Time
}

// cacheMaxBytes bounds the response bodies a cache holds.
const cacheMaxBytes = 64 << 20

func newCache(ttl time.Duration, max int) *cache {
	return &cache{ttl: ttl, max: max, maxBytes: cacheMaxBytes, m: map[string]entry{}, inflight: map[string]*flight{}}
}

// staleFactor bounds how old (in TTLs) a stale entry may be served while
// it is recomputed.
const staleFactor = 10

// Cache entry states.
const (
	missing = iota
	stale   // expired: serve it, and recompute in the background
	fresh
)

// lookup returns key's entry and its state.
func (c *cache) lookup(key string) (entry, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[key]
	now := time.Now()
	switch {
	case !ok || now.After(e.expires.Add((staleFactor-1)*c.ttl)):
		return entry{}, missing
	case now.After(e.expires):
		return e, stale
	}
	return e, fresh
}

// get returns a fresh entry.
func (c *cache) get(key string) (entry, bool) {
	e, st := c.lookup(key)
	return e, st == fresh
}

func (c *cache) put(key string, e entry) {
	if len(e.body) > c.maxBytes/8 {
		return // too large to keep
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	now := time.Now()
	if old, ok := c.m[key]; ok {
		c.size -= len(old.body)
		delete(c.m, key)
	}
	if len(c.m) >= c.max || c.size+len(e.body) > c.maxBytes {
		// Drop entries too old to serve, then everything if still full:
		// simple and bounded.
		for k, v := range c.m {
			if now.After(v.expires.Add((staleFactor - 1) * c.ttl)) {
				c.size -= len(v.body)
				delete(c.m, k)
			}
		}
		if len(c.m) >= c.max || c.size+len(e.body) > c.maxBytes {
			clear(c.m)
			c.size = 0
		}
	}
	e.expires = now.Add(c.ttl)
	c.m[key] = e
	c.size += len(e.body)
}

func (c *cache) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.m)
	c.size = 0
}

// join returns the flight computing key and whether the caller must compute
// it (it is the first to ask); the leader must call finish.
func (c *cache) join(key string) (*flight, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if f, ok := c.inflight[key]; ok {
		return f, false
	}
	f := &flight{done: make(chan struct{})}
	c.inflight[key] = f
	return f, true
}

// finish ends a flight, storing a cacheable result.
func (c *cache) finish(key string, f *flight, e entry, ok bool) {
	if ok {
		c.put(key, e)
	}
	c.mu.Lock()
	delete(c.inflight, key)
	c.mu.Unlock()
	f.e, f.ok = e, ok
	close(f.done)
}
