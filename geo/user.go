package geo

import (
	"errors"
	"fmt"
	"os"
)

// LoadFile adds the places of a user gazetteer file to g, for names the
// built-in data lacks (a village, a camp, a district's local name) or that a
// user wants to place differently. The file has the format of the built-in
// data/regions.tsv and data/features.tsv, documented at the top of each:
// one place per line, 7 tab-separated columns (name; ';'-separated alternate
// names; latitude and longitude; feature code; ISO alpha-3 country;
// importance), '#' starting a comment line. A malformed line is an error
// naming the file and line, and nothing of a file with an error is kept
// half-added: entries are added only when every line is valid.
//
// LoadFile must be called on a Gazetteer from Load, before NewStage: the one
// Default returns is shared and is never changed.
func (g *Gazetteer) LoadFile(path string) error {
	if g == nil {
		return errors.New("geo: LoadFile on a nil Gazetteer")
	}
	if g == defaultGaz {
		return errors.New("geo: LoadFile on the shared default gazetteer; use Load for a gazetteer of your own")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("geo: %w", err)
	}
	// Validate the whole file on a scratch gazetteer first, so that a bad
	// line leaves g as it was.
	scratch := &Gazetteer{index: newNameIndex(64), minor: newNameIndex(16), admin1: g.admin1,
		admin2: g.admin2, countries: g.countries, entries: g.entries[:len(g.entries):len(g.entries)]}
	if err := scratch.loadRegions(path, string(b)); err != nil {
		return err
	}
	return g.loadRegions(path, string(b))
}
