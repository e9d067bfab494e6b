// Package pipeline assembles Annals' default pipeline from its stages:
// segmentation and tokenization, part-of-speech tagging, lemmatization,
// temporal expressions, actors, places and event coding.
package pipeline

import (
	"fmt"
	"runtime/debug"
	"sync"

	"github.com/annals-dev/annals/actors"
	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/geo"
	"github.com/annals-dev/annals/text"
	"github.com/annals-dev/annals/text/lemma"
	"github.com/annals-dev/annals/text/postag"
	"github.com/annals-dev/annals/timex"
)

// Options configure the default pipeline.
type Options struct {
	// ActorDicts are user actor dictionary files added to the built-in one.
	ActorDicts []string
	// VerbDicts are user verb/noun pattern files added to the built-in one.
	VerbDicts []string
	// PlaceFiles are user gazetteer files (the format of geo/data/features.tsv)
	// added to a gazetteer of this pipeline's own.
	PlaceFiles []string
	// UnknownSource keeps events whose source actor is unknown (see
	// coder.Coder.UnknownSource).
	UnknownSource bool
	// Actors, when not nil, replaces the built-in actor dictionary (for
	// instance one read with actors.Dictionary.LoadPetrarchActors);
	// ActorDicts are then added to it.
	Actors *actors.Dictionary
	// Verbs, when not nil, replaces the built-in verb/noun dictionary (for
	// instance one read with coder.Dictionary.LoadPetrarchVerbs); VerbDicts
	// are then added to it.
	Verbs *coder.Dictionary
}

// Annotator is the assembled pipeline with direct access to its stages.
type Annotator struct {
	Stages doc.Pipeline
	Text   *text.Segmenter
	Tagger *postag.Tagger
	Timex  *timex.Tagger
	Actors *actors.Matcher
	Geo    *geo.Stage
	Coder  *coder.Coder
}

// New builds the default pipeline.
func New(opts Options) (*Annotator, error) {
	a := &Annotator{}
	// The gazetteer is the largest load: it is read on another core while
	// the other components load here.
	type gazetteer struct {
		g   *geo.Gazetteer
		err error
	}
	gzc := make(chan gazetteer, 1)
	go func() {
		if len(opts.PlaceFiles) == 0 {
			g, err := geo.Default()
			gzc <- gazetteer{g, err}
			return
		}
		// The built-in gazetteer is shared; user files go into one of
		// this pipeline's own.
		g, err := geo.Load()
		for _, f := range opts.PlaceFiles {
			if err != nil {
				break
			}
			err = g.LoadFile(f)
		}
		gzc <- gazetteer{g, err}
	}()
	var err error
	if a.Text, err = text.New(); err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	if a.Tagger, err = postag.New(); err != nil {
		return nil, fmt.Errorf("postag: %w", err)
	}
	if a.Timex, err = timex.New(); err != nil {
		return nil, fmt.Errorf("timex: %w", err)
	}
	dict, err := actors.Default()
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	if opts.Actors != nil {
		dict = opts.Actors
	}
	if len(opts.ActorDicts) > 0 {
		if opts.Actors == nil {
			// The built-in dictionary is shared; user files go into a copy.
			dict, err = actors.Default()
			if err != nil {
				return nil, err
			}
		}
		for _, f := range opts.ActorDicts {
			if err := dict.LoadFile(f); err != nil {
				return nil, err
			}
		}
	}
	a.Actors = actors.NewMatcher(dict)
	gz := <-gzc
	if gz.err != nil {
		return nil, fmt.Errorf("geo: %w", gz.err)
	}
	a.Geo = geo.NewStage(gz.g)
	if a.Coder, err = coder.New(a.Geo, timex.DateOf); err != nil {
		return nil, fmt.Errorf("coder: %w", err)
	}
	if opts.Verbs != nil {
		a.Coder.Dict = opts.Verbs
	}
	a.Coder.UnknownSource = opts.UnknownSource
	a.Coder.IsPerson = a.Actors.IsPerson
	for _, f := range opts.VerbDicts {
		if err := a.Coder.LoadDict(f); err != nil {
			return nil, err
		}
	}
	a.Stages = doc.Pipeline{a.Text, a.Tagger, lemma.Stage{}, a.Timex, a.Actors, a.Geo, a.Coder}
	return a, nil
}

var (
	defaultOnce sync.Once
	defaultA    *Annotator
	defaultErr  error
)

// Default returns the shared default pipeline, built once.
func Default() (*Annotator, error) {
	defaultOnce.Do(func() { defaultA, defaultErr = New(Options{}) })
	return defaultA, defaultErr
}

// Process runs every stage on d. A defect that panics in a stage is
// returned as an error naming the article, so that one bad article does
// not stop a batch; d's annotations are then incomplete.
func (a *Annotator) Process(d *doc.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("article %q: internal error (please report it with this article): %v\n%s", d.ID, r, firstFrames(debug.Stack(), 12))
		}
	}()
	return a.Stages.Process(d)
}

// firstFrames keeps the first n lines of a stack trace.
func firstFrames(st []byte, n int) []byte {
	for i, c := range st {
		if c == '\n' {
			if n--; n == 0 {
				return st[:i]
			}
		}
	}
	return st
}
