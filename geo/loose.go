package geo

import (
	"sort"
	"strings"
)

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
//     River" → Sacramento, "Port of Los Angeles" → Los Angeles;
//   - a misspelt country name: the one country name (or alias) of six letters
//     or more within one edit (two from nine letters) of it ("Britian",
//     "Mauritious", "Phillipines"; see countryTypo).
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
		return namedOnly(g.lookupKey([]byte(k), nil), k)
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
	return g.countryTypo(key)
}

// countryKey is a folded country name or alias and its entry.
type countryKey struct {
	key   string
	entry int32
}

// countryTypo returns the country whose name or alias (aliases.tsv, kind
// "name") key misspells: key has six letters or more and lies within one
// edit (insertion, deletion, substitution or swap of neighbours) of
// exactly one country name, or within two from nine letters. It returns
// nil otherwise.
func (g *Gazetteer) countryTypo(key string) []Candidate {
	if len(key) < 6 {
		return nil
	}
	g.countryKeysOnce.Do(g.buildCountryKeys)
	limit := 1
	if len(key) >= 9 {
		limit = 2
	}
	found := int32(-1)
	for _, ck := range g.countryKeys {
		if ck.key == key || len(ck.key) < 6 {
			continue
		}
		if d := len(ck.key) - len(key); d > limit || -d > limit {
			continue
		}
		if editDistance(key, ck.key, limit) <= limit {
			if found >= 0 && found != ck.entry {
				return nil // two countries: no telling which
			}
			found = ck.entry
		}
	}
	if found < 0 {
		return nil
	}
	return []Candidate{g.candidate(int(found), MatchAlternate)}
}

// buildCountryKeys collects the folded names of the countries and the
// aliases of kind "name" that point to one.
func (g *Gazetteer) buildCountryKeys() {
	for _, i := range g.countries {
		g.countryKeys = append(g.countryKeys, countryKey{string(appendFold(nil, g.entries[i].name)), i})
	}
	b, err := dataFS.ReadFile("data/aliases.tsv")
	if err != nil {
		return // checked at load
	}
	var f []string
	_ = lines(string(b), func(n int, line string) error {
		var ok bool
		if f, ok = splitTabs(f, line, 5); !ok || f[3] != "PCLI" || f[4] != "name" {
			return nil
		}
		if i, ok := g.countries[f[2]]; ok {
			g.countryKeys = append(g.countryKeys, countryKey{string(appendFold(nil, f[0])), i})
		}
		return nil
	})
	sort.Slice(g.countryKeys, func(a, b int) bool { return g.countryKeys[a].key < g.countryKeys[b].key })
}

// editDistance returns the optimal-string-alignment distance between a and
// b (insertions, deletions, substitutions and swaps of neighbouring bytes),
// or limit+1 once it exceeds limit.
func editDistance(a, b string, limit int) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			low = min(low, v)
		}
		if low > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
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

// namedOnly drops the candidates known only by an alternate name, unless a
// large city or the same name transliterated (see spellingOf): a looser form
// of a name is too weak a match for them ("Pleasant City" is not a village
// once called "Pleasant"; "Fallujah City" is Al Fallujah).
func namedOnly(cs []Candidate, key string) []Candidate {
	out := cs[:0]
	for i := range cs {
		if c := cs[i]; c.Match != MatchAlternate || c.Population >= bigAltPop || spellingOf(key, cs[i:i+1]) {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
