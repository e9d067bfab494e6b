package coder

import (
	"strings"

	"github.com/annals-dev/annals/doc"
)

// counterpartRoots are the roots of acts that are always addressed to
// someone: praise and recognition (05), demands (10), criticism (11),
// rejections (12), threats (13), shows of force (15) and cuts in relations
// (16). When the sentence names no target, a human coder takes the other
// side of the story.
var counterpartRoots = map[string]bool{"05": true, "10": true, "11": true, "12": true, "13": true, "15": true, "16": true}

// counterpartTargets gives each event in evs (the events of sentence si)
// that has a state, government, military or international-organization
// source but no target the story's counterpart: the country named most
// often up to this sentence other than the source's own, when it clearly
// leads ("China expressed strong dissatisfaction with the tests" in a story
// on India's nuclear tests targets India). The target is that country's
// last mention as a state; the rule says it was inferred.
func counterpartTargets(d *doc.Document, si int, evs []doc.Event) {
	for i := range evs {
		e := &evs[i]
		if e.Target != nil || e.Source == nil || !counterpartRoots[e.Root] {
			continue
		}
		src := e.Source
		igo := strings.HasPrefix(src.Actor.Code, "IGO")
		if !igo && !stateActor(src) {
			continue
		}
		if m, n := counterpart(d, si, src.Actor.Country); m != nil {
			t := *m
			t.Kind = "coreference"
			t.Rule = m.Rule + " +counterpart"
			e.Target = &t
			e.Rule += "; target: the story's counterpart, " + m.Actor.Country + " (named " + itoa(n) + " times so far)"
		}
	}
}

// counterpart returns the last mention as a state of the country other than
// own that the document names most often in sentences up to si, and how
// often, when it is named at least twice and more often than any other;
// else nil.
func counterpart(d *doc.Document, si int, own string) (*doc.ActorMention, int) {
	counts := map[string]int{}
	for j := range d.Actors {
		m := &d.Actors[j]
		if m.Sentence > si {
			break
		}
		if c := m.Actor.Country; c != "" && c != own {
			counts[c]++
		}
	}
	best, n, second := "", 0, 0
	for c, k := range counts {
		switch {
		case k > n:
			best, n, second = c, k, n
		case k > second:
			second = k
		}
	}
	if n < 2 || n == second {
		return nil, 0
	}
	var last *doc.ActorMention
	for j := range d.Actors {
		m := &d.Actors[j]
		if m.Sentence > si {
			break
		}
		if m.Actor.Country == best && m.Actor.Code == best {
			last = m
		}
	}
	if last == nil {
		return nil, 0
	}
	return last, n
}

// itoa formats a small non-negative number.
func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
