// Package doc defines the Document, the unit of work of the Annals pipeline,
// and the annotation layers that pipeline stages add to it.
//
// A Document holds an article's original text and layered annotations:
// sentences, tokens, spans (temporal expressions, actor mentions, places,
// other entities) and events. Every offset is a byte offset into Document.Text,
// like a go/token position; Document.CharOffset converts one to a Unicode
// code-point offset for output.
//
// Layers are plain slices so that a stage can read them without allocation.
// A stage reads the layers it needs and fills one (see Stage).
package doc

import (
	"time"
	"unicode/utf8"
)

// Document is one article and its annotations.
type Document struct {
	// ID identifies the article: a file's base name or a JSONL record's id.
	ID string
	// Title is the headline, when the input has one.
	Title string
	// URL and Source describe where the article came from, when known.
	URL, Source string
	// Date is the article's date (the document creation time), midnight UTC.
	Date time.Time
	// Text is the article body exactly as read; all offsets point into it.
	Text string

	Sentences []Sentence
	Tokens    []Token
	Timexes   []Timex
	Actors    []ActorMention
	Places    []PlaceMention
	Entities  []Entity
	Events    []Event
}

// Span is a half-open byte range [Start, End) of Document.Text.
type Span struct {
	Start, End int
}

// Len reports the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Sentence is a sentence's byte span and its range of tokens
// [FirstToken, EndToken) in Document.Tokens.
type Sentence struct {
	Span
	FirstToken, EndToken int
}

// Token is one word or punctuation mark.
type Token struct {
	Span
	// Text is Document.Text[Start:End] (a substring, not a copy).
	Text string
	// Tag is a Penn Treebank part-of-speech tag, empty before tagging.
	Tag string
	// Lemma is the lower-case dictionary form, empty before lemmatization.
	Lemma string
	// Sentence is the index of the token's sentence.
	Sentence int
}

// TokenSpan is a token range [First, End) in Document.Tokens.
type TokenSpan struct {
	First, End int
}

// Timex is a TimeML TIMEX3 temporal expression.
type Timex struct {
	Span
	// Type is DATE, TIME, DURATION or SET.
	Type string
	// Value is the normalized TIMEX3 value: "2023-09-24", "2022-02", "P78D",
	// "XXXX-09-24", "PAST_REF" ...
	Value string
	// Mod is the TIMEX3 mod attribute (BEFORE, AFTER, START, ...), if any.
	Mod string
	// Rule names the rule that recognised the expression.
	Rule string
}

// Actor is a resolved actor: a canonical entity with a CAMEO-style code.
type Actor struct {
	// ID is the dictionary's identifier for the entity (e.g. "NATO",
	// "SRB", "ALEKSANDAR_VUCIC"); empty for unresolved actors.
	ID string `json:"id,omitempty"`
	// Name is the canonical name ("Serbia", "Aleksandar Vucic").
	Name string `json:"name"`
	// Code is a CAMEO-style code: country or IGO code plus roles
	// ("SRBGOV", "XKXCOP", "IGOEURNAT", "UAF").
	Code string `json:"code"`
	// Country is the ISO 3166-1 alpha-3 code of the actor's country, or "".
	Country string `json:"country,omitempty"`
	// Person reports an actor that is one person, known to a dictionary
	// or guessed from a name ("Fernando Lugo", "Lugo"), as opposed to a
	// country, an organization or a group.
	Person bool `json:"person,omitempty"`
}

// ActorMention is a span of text that names or refers to an actor.
type ActorMention struct {
	Span
	TokenSpan
	Sentence int
	Actor    Actor
	// Kind is how the mention was found: "name", "alias", "title",
	// "coreference", "pronoun", "agent", "guess".
	Kind string
	// Rule names the dictionary entry (file:line) or rule that produced it.
	Rule string
}

// Place is a geocoded place.
type Place struct {
	Name      string  `json:"name"`
	Country   string  `json:"country,omitempty"` // ISO 3166-1 alpha-3
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid,omitempty"`
	// Feature is a coarse feature type: "country", "region", "city", ...
	Feature string `json:"feature,omitempty"`
}

// PlaceMention is a span of text that names a place.
type PlaceMention struct {
	Span
	TokenSpan
	Sentence int
	Place    Place
	// Resolved reports whether Place carries coordinates.
	Resolved bool
	Rule     string
}

// Entity is a named-entity span (person, organization, location, misc) that
// later stages may resolve into an actor or a place.
type Entity struct {
	Span
	TokenSpan
	Sentence int
	// Label is PER, ORG, LOC or MISC.
	Label string
}

// Plover is an event's PLOVER coding.
type Plover struct {
	Type    string `json:"type"`
	Mode    string `json:"mode"`
	Context string `json:"context"`
}

// Event is a coded event: who did what to whom, when and where.
type Event struct {
	Sentence int
	// Trigger is the word or phrase that expresses the event.
	Trigger Span
	// Source and Target are the actors; nil when absent.
	Source, Target *ActorMention
	// Code is the CAMEO event code ("0312", "173"); Root its first two digits.
	Code, Root string
	// QuadClass is 1 verbal cooperation, 2 material cooperation, 3 verbal
	// conflict, 4 material conflict.
	QuadClass int
	Goldstein float64
	Plover    Plover
	// Date is the event's own date: "YYYY", "YYYY-MM" or "YYYY-MM-DD".
	Date string
	// DateSource is "timex" when Date came from a temporal expression,
	// "article" when it is the article's date.
	DateSource string
	// Timex is the index in Document.Timexes that dated the event, or -1.
	Timex int
	// Location is the event's place, nil when the text gives none.
	Location *PlaceMention
	// Rule names the dictionary entry (file:line) or rule that fired.
	Rule string
}

// Stage is one step of the pipeline: it reads some layers of a Document and
// adds one. Process must be safe to call from several goroutines on
// different Documents.
type Stage interface {
	// Name is a short identifier used in explanations and errors.
	Name() string
	// Process annotates d.
	Process(d *Document) error
}

// CharOffset converts a byte offset into d.Text into a count of Unicode code
// points from the start of the text.
func (d *Document) CharOffset(byteOff int) int {
	if byteOff > len(d.Text) {
		byteOff = len(d.Text)
	}
	return utf8.RuneCountInString(d.Text[:byteOff])
}

// SpanText returns the text of s.
func (d *Document) SpanText(s Span) string { return d.Text[s.Start:s.End] }

// SentenceOf returns the index of the sentence containing byte offset off, or
// -1 when off is outside every sentence.
func (d *Document) SentenceOf(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		s := d.Sentences[m]
		switch {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// TokenAt returns the index of the token containing byte offset off, or -1.
func (d *Document) TokenAt(off int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		t := d.Tokens[m]
		switch {
		case off < t.Start:
			hi = m
		case off >= t.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}
