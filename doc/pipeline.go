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
