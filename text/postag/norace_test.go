//go:build !race

package postag

// raceEnabled is true under the race detector, whose sync.Pool drops
// items at random.
const raceEnabled = false
