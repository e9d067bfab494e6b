package doc

import "fmt"

// Pipeline is an ordered list of stages.
type Pipeline []Stage

// Process runs every stage on d in order, stopping at the first error, which
// names the stage and the document.
func (p Pipeline) Process(d *Document) error {
	for _, s := range p {
		if err := s.Process(d); err != nil {
			return fmt.Errorf("%s: stage %s: %w", d.ID, s.Name(), err)
		}
	}
	return nil
}

// StageFunc adapts a function to the Stage interface.
type StageFunc struct {
	StageName string
	Fn        func(*Document) error
}

// Name implements Stage.
func (f StageFunc) Name() string { return f.StageName }

// Process implements Stage.
func (f StageFunc) Process(d *Document) error { return f.Fn(d) }
