package geo

import "strings"

// Loose lookups: when a name has no entry as written, ResolveSpans tries
// forms a gazetteer of populated places and divisions can answer:
//
//   - without a leading "town of", "city of", ... ("Town of Groton");
//   - "Co." as "County" ("Platte Co.");
//   - without a trailing division word ("Nyanza Province");
//   - with an abbreviated direction spelled out ("W. Columbia");
//   - without a direction ("South Los Angeles" → Los Angeles);
//   - a plural demonym's base ("Ohioans" → Ohio, "New Londoners" → New London);
//   - a feature named after a place: "Lake Ontario" → Ontario, "Sacramento
//     River" → Sacramento, "Port of Los Angeles" → Los Angeles.
//
// Each rule is tried in that order and the first that finds entries wins.

var (
	loosePrefixes = []string{"town of ", "city of ", "village of ", "township of ", "county of ",
		"province of ", "state of ", "republic of ", "port of ", "greater ", "downtown ", "the "}
	looseSuffixes = []string{" province", " region", " district", " governorate", " state", " prefecture",
		" oblast", " department", " municipality", " city", " township", " twp"}
	looseDirs     = map[string]string{"n": "north", "s": "south", "e": "east", "w": "west"}
	looseDirWords = []string{"north ", "south ", "east ", "west ", "northern ", "southern ", "eastern ", "western ",
		"central ", "northeast ", "northwest ", "southeast ", "southwest ", "upper ", "lower "}
	looseFeatures        = []string{"lake ", "mount ", "mt ", "fort ", "camp "}
	looseFeatureSuffixes = []string{" river", " valley", " lake", " harbor", " harbour", " bay", " county",
		" park", " islands", " island", " mountains", " creek", " falls", " sound"}
	looseDemonymEnds = []string{"ians", "ans", "ers", "ites", "ns", "s"}
)

// lookupLoose returns candidates for the first loose form of key that has
// any (see above), or nil.
func (g *Gazetteer) lookupLoose(key string) []Candidate {
	try := func(k string) []Candidate {
		if k == "" || k == key {
			return nil
		}
		return g.lookupKey([]byte(k), nil)
	}
	for _, p := range loosePrefixes {
		if rest, ok := strings.CutPrefix(key, p); ok {
			if c := try(rest); c != nil {
				return c
			}
		}
	}
	if rest, ok := strings.CutSuffix(key, " co"); ok {
		if c := try(rest + " county"); c != nil {
			return c
		}
	}
	for _, s := range looseSuffixes {
		if rest, ok := strings.CutSuffix(key, s); ok {
			if c := try(rest); c != nil {
				return c
			}
		}
	}
	if first, rest, ok := strings.Cut(key, " "); ok {
		if d, ok := looseDirs[first]; ok {
			if c := try(d + " " + rest); c != nil {
				return c
			}
		}
	}
	for _, d := range looseDirWords {
		if rest, ok := strings.CutPrefix(key, d); ok {
			if c := onlyAreasOrPlaces(try(rest)); c != nil {
				return c
			}
		}
	}
	for _, e := range looseDemonymEnds {
		if base, ok := strings.CutSuffix(key, e); ok && len(base) >= 3 {
			for _, b := range []string{base, base + "a", base + "e"} {
				if c := onlyAreasOrPlaces(try(b)); c != nil {
					return c
				}
			}
		}
	}
	for _, p := range looseFeatures {
		if rest, ok := strings.CutPrefix(key, p); ok {
			if c := try(rest); c != nil {
				return c
			}
		}
	}
	for _, s := range looseFeatureSuffixes {
		if rest, ok := strings.CutSuffix(key, s); ok {
			if c := try(rest); c != nil {
				return c
			}
		}
	}
	return nil
}

// onlyAreasOrPlaces drops demonym matches.
func onlyAreasOrPlaces(cs []Candidate) []Candidate {
	out := cs[:0]
	for _, c := range cs {
		if c.Match != MatchDemonym {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
