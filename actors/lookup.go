package actors

import (
	"time"

	"github.com/annals-dev/annals/doc"
)

// Lookup resolves a whole phrase ("Serbia", "the Kremlin", "Aleksandar
// Vučić", "police") to an actor on date t, as the matcher would code it
// alone: names and aliases before adjectives, capitals, metonyms and agents;
// a person by the office held on t. Surnames and back-reference nouns
// ("the alliance") need a document and are not resolved here.
func (d *Dictionary) Lookup(text string, t time.Time) (doc.Actor, bool) {
	d.ensure()
	n := d.root
	var buf []byte
	for _, w := range splitWords(text) {
		if n.next == nil {
			return doc.Actor{}, false
		}
		buf = fold(buf[:0], w)
		if n = n.next[string(buf)]; n == nil {
			return doc.Actor{}, false
		}
	}
	var best *phrase
	for _, p := range n.terms {
		if p.kind == pSurname || p.kind == pNoun {
			continue
		}
		if best == nil || kindRank[p.kind] < kindRank[best.kind] {
			best = p
		}
	}
	if best == nil {
		return doc.Actor{}, false
	}
	e := best.e
	code := e.Code
	switch {
	case e.Kind == KindPerson:
		code, _ = e.CodeOn(t)
	case best.kind == pGov && e.Country != "":
		code = e.Country + "GOV"
	case best.kind == pAgent:
		return doc.Actor{Name: text, Code: code}, true
	}
	country := ""
	if len(code) >= 3 {
		if _, ok := d.countries[code[:3]]; ok {
			country = code[:3]
		}
	}
	return doc.Actor{ID: e.ID, Name: e.Name, Code: code, Country: country}, true
}
