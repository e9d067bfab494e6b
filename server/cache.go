package server

import (
	"sync"
	"time"
)

// cache keeps recent GET API responses for a short time, so that many
// clients asking the same aggregate share one query.
type cache struct {
	mu  sync.Mutex
	ttl time.Duration
	max int
	m   map[string]entry
}

type entry struct {
	status  int
	body    []byte
	expires time.Time
}

func newCache(ttl time.Duration, max int) *cache {
	return &cache{ttl: ttl, max: max, m: map[string]entry{}}
}

func (c *cache) get(key string) (entry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[key]
	if !ok || time.Now().After(e.expires) {
		return entry{}, false
	}
	return e, true
}

func (c *cache) put(key string, e entry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := time.Now()
	if len(c.m) >= c.max {
		// Drop expired entries, then everything if still full: simple
		// and bounded.
		for k, v := range c.m {
			if now.After(v.expires) {
				delete(c.m, k)
			}
		}
		if len(c.m) >= c.max {
			clear(c.m)
		}
	}
	e.expires = now.Add(c.ttl)
	c.m[key] = e
}

func (c *cache) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.m)
}
