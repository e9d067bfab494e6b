package actors

import "github.com/annals-dev/annals/doc"

// Summary is one actor of a document with its mentions.
type Summary struct {
	// Actor is the actor as first mentioned.
	Actor doc.Actor
	// Codes lists the distinct codes the actor's mentions carry, in order
	// (a person may appear as "SRBGOV" and, by title, as "SRBGOVMIL").
	Codes []string
	// Mentions are indices into Document.Actors, in text order.
	Mentions []int
}

// Summarize groups a document's actor mentions by actor: by dictionary ID,
// or by code and name for agents and guesses. Summaries are in order of
// first mention.
func Summarize(d *doc.Document) []Summary {
	var out []Summary
	index := map[string]int{}
	for i, m := range d.Actors {
		k := "id:" + m.Actor.ID
		if m.Actor.ID == "" {
			k = "code:" + m.Actor.Code + "|" + m.Actor.Name
		}
		j, ok := index[k]
		if !ok {
			j = len(out)
			index[k] = j
			out = append(out, Summary{Actor: m.Actor})
		}
		s := &out[j]
		s.Mentions = append(s.Mentions, i)
		seen := false
		for _, c := range s.Codes {
			if c == m.Actor.Code {
				seen = true
			}
		}
		if !seen {
			s.Codes = append(s.Codes, m.Actor.Code)
		}
	}
	return out
}
