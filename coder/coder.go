// Package coder decides who did what to whom: it reads a Document's tokens
// (with tags and lemmas), actor mentions, temporal expressions and places, and
// adds coded events.
//
// For each sentence the coder finds verb groups (auxiliaries, modals,
// negation, voice), the clause around each, and noun triggers; it matches the
// verb and noun patterns of its dictionary (plain text, see data/verbs.txt) at
// each trigger, finds the source and target actors from the clause (subject,
// object, "by" agents, possessors, "with" partners, coordination), turns acts
// under intent or threat cues into intent or threat codes, drops negated
// events, and dates and places each event from its own clause. A hostile act
// in the future tense is a threat, except a cut in relations (16) announced
// by a verb of saying ("said they would expel Russian diplomats"), which is
// coded as the cut unless a warning or a condition goes with it.
//
// An event's date (dateFor in roles.go) is, in order of preference:
//   - an offset clause's: "two days after police stormed the embassy and
//     arrested him" is the main clause's date less two days; a sentence
//     that opens with "A day earlier," or "Two days later," and names no
//     other date is the story's last day so moved;
//   - the temporal expression that governs the trigger: the nearest DATE or
//     TIME in the sentence, counting the tokens between and more for each
//     clause boundary, quotation mark or coordinated clause crossed, and for
//     a date inside a comma-set relative clause the trigger is outside of. A
//     date that opens the sentence (before a comma, or after a preposition
//     with none: "On Sunday Sargsyan met ...") covers all of it; a verb
//     coordinated with another takes the better of their dates. Never a
//     dateline, a date that modifies a noun in an object ("in next
//     January's election"), a date inside what is said after the trigger
//     ("praised X and said the sanctions imposed in 2009 ..."),
//     or, for an intent or a threat, a date after the article's (the
//     intent is dated when it is expressed);
//   - a day or week span from the narrative ("a day earlier");
//   - the narrative's date: a simple past sentence with no date of its own
//     after one whose events agree on a past date (or, with no event, that
//     names one past day with "on": "Babis said on Saturday that ..."), or
//     the day of the
//     story's lead (one to three days before the article's) until another
//     day is named (a coarser background date or a look back does not
//     end it); "hours later" keeps the day just told;
//   - else the article's date (Event.DateSource "article").
//
// Every event records the dictionary entry that fired (Event.Rule); a Trace
// function, when set, receives every decision for "annals explain".
package coder

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"strings"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/ontology"
)

//go:embed data/verbs.txt
var verbsData []byte

// Locator finds the place of an event's own clause; geo.Stage implements it.
type Locator interface {
	PlaceFor(d *doc.Document, sentence int, trigger doc.Span) *doc.PlaceMention
}

// DateFunc converts a TIMEX3 value into an event date ("YYYY", "YYYY-MM" or
// "YYYY-MM-DD"); timex.DateOf implements it.
type DateFunc func(value string) (string, bool)

// Coder is the event-coding stage. Build one with New; it is safe for
// concurrent use by several goroutines on different documents, except that
// Trace, when set, is called from all of them.
type Coder struct {
	Dict    *Dictionary
	Ont     *ontology.Ontology
	Cues    *Cues
	Locator Locator
	DateOf  DateFunc
	// UnknownSource keeps events whose source actor cannot be found, with a
	// nil source ("a man was shot in Nablus"), as ACLED-style data does; by
	// default such events are dropped, as CAMEO coders do.
	UnknownSource bool
	// Literal codes exactly what the dictionary says, as PETRARCH and
	// TABARI do with their own dictionaries (whose patterns spell modality
	// out: "SAID WOULD *"): intent and threat cues do not rewrite codes, and
	// codes outside the ontology (WEIS or local codes) are emitted as
	// written, with the first two characters as root and no quad class,
	// Goldstein score or PLOVER mapping.
	Literal bool
	// PrepTargets takes the first actor after a verb as its target
	// whatever preposition introduces it, as PETRARCH does (its patterns
	// say "* FROM $" where "from" marks a source); by default actors in
	// place and time phrases (in, at, near, from, since) are no targets.
	PrepTargets bool
	// IsPerson tells persons from other actors, for pronoun resolution
	// (actors.Matcher.IsPerson); nil means no pronoun resolves to a person.
	IsPerson func(doc.ActorMention) bool
	// Trace, when not nil, receives a line for every decision.
	Trace func(format string, args ...any)
}

// New returns a coder with the built-in dictionaries and ontology.
func New(loc Locator, dateOf DateFunc) (*Coder, error) {
	ont := ontology.Default()
	d := NewDictionary()
	valid := func(code string) bool { _, ok := ont.Event(code); return ok }
	if err := d.Load(bytes.NewReader(verbsData), "coder/data/verbs.txt", valid); err != nil {
		return nil, err
	}
	cues, err := DefaultCues()
	if err != nil {
		return nil, err
	}
	return &Coder{Dict: d, Ont: ont, Cues: cues, Locator: loc, DateOf: dateOf}, nil
}

// LoadDict adds a user dictionary file in the verbs.txt format.
func (c *Coder) LoadDict(path string) error {
	return c.Dict.LoadFile(path, func(code string) bool { _, ok := c.Ont.Event(code); return ok })
}

// Name implements doc.Stage.
func (c *Coder) Name() string { return "coder" }

func (c *Coder) tracef(format string, args ...any) {
	if c.Trace != nil {
		c.Trace(format, args...)
	}
}

// Process implements doc.Stage: it fills d.Events.
func (c *Coder) Process(d *doc.Document) error {
	d.Events = d.Events[:0]
	// One working sentence per call, its buffers reused sentence after
	// sentence; Process stays safe for concurrent documents.
	actors, places := actorsBySentence(d), placesBySentence(d)
	placeActors(d, actors, places)
	s := &sentence{cues: c.Cues, isPerson: c.IsPerson}
	for si := range d.Sentences {
		s.reset(d, si, actors.of(si), places.of(si), c.Dict.verbs)
		c.codeSentence(s)
	}
	return nil
}

// WriteTrace is a helper for explain: it returns a Trace function writing to w.
func WriteTrace(w io.Writer) func(string, ...any) {
	bw := bufio.NewWriter(w)
	return func(format string, args ...any) {
		fmt.Fprintf(bw, "  "+format+"\n", args...)
		bw.Flush()
	}
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}
