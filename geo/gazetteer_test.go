package geo

import (
	"testing"
)

func TestLoad(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() < 200000 {
		t.Errorf("gazetteer has %d entries, want >= 200000", g.Len())
	}
	tests := []struct {
		name, country, feature string
		kind                   MatchKind
	}{
		{"Kosovo", "XKX", "PCLI", MatchName},
		{"Belgrade", "SRB", "PPLC", MatchName},
		{"Beograd", "SRB", "PPLC", MatchAlternate},
		{"Texas", "USA", "ADM1", MatchName},
		{"Ky.", "USA", "ADM1", MatchAbbrev},
		{"Serbian", "SRB", "PCLI", MatchDemonym},
		{"West Bank", "PSE", "AREA", MatchName},
		{"Gaza Strip", "PSE", "AREA", MatchName},
		{"Donbas", "UKR", "RGN", MatchName},
		{"Darfur", "SDN", "RGN", MatchName},
		{"São Paulo", "BRA", "PPLA", MatchName},
		{"sao paulo", "BRA", "PPLA", MatchName},
		{"St. Louis", "USA", "PPLA2", MatchName},
		{"U.S.", "USA", "PCLI", MatchName},
		{"Rapides Parish", "USA", "ADM2", MatchName},
		{"DeSoto Parish", "USA", "ADM2", MatchName},
		{"Karo", "IDN", "ADM2", MatchName},
		{"De Soto Parish", "USA", "ADM2", MatchName},
		{"Lake Titicaca", "", "RGN", MatchName},
		{"Rügen", "DEU", "RGN", MatchName},
		{"Rugen", "DEU", "RGN", MatchName},
		{"Mount Kilimanjaro", "TZA", "RGN", MatchName},
		{"Mt. Kilimanjaro", "TZA", "RGN", MatchName},
		{"Sea of Cortez", "MEX", "RGN", MatchName},
		{"Guantanamo Bay", "CUB", "RGN", MatchName},
		{"Tahrir Square", "EGY", "RGN", MatchName},
		{"Oyu Tolgoi", "MNG", "RGN", MatchName},
		{"Central Plateau", "HTI", "ADM1", MatchName},
		{"Warab", "SSD", "ADM1", MatchName},
		{"Binh Phuoc", "VNM", "ADM1", MatchName}, // a province before Vietnam's 2025 reform
	}
	for _, tt := range tests {
		found := false
		for _, c := range g.Lookup(tt.name) {
			if c.Country == tt.country && c.Feature == tt.feature && c.Match == tt.kind {
				found = true
			}
		}
		if !found {
			t.Errorf("Lookup(%q): no %s %s with match kind %d; got %+v", tt.name, tt.country, tt.feature, tt.kind, g.Lookup(tt.name))
		}
	}
	if got := g.Lookup("Xyzzyplugh"); len(got) != 0 {
		t.Errorf("Lookup(nonsense) = %v", got)
	}
}

func TestMalformedLines(t *testing.T) {
	g := &Gazetteer{index: newNameIndex(16), admin1: map[string]int32{}, admin2: map[string]int32{}, countries: map[string]int32{}}
	if err := g.loadRegions("r.tsv", "# c\nA\t\t1\t2\tRGN\t\t10\nB\t\tx\t2\tRGN\t\t10\n"); err == nil || err.Error() != "geo: r.tsv:3: bad name, coordinates, feature or country" {
		t.Errorf("bad latitude: err = %v", err)
	}
	if err := g.loadPlaces("p.tsv", "1\tA\n"); err == nil || err.Error() != "geo: p.tsv:1: want 13 tab-separated columns" {
		t.Errorf("short line: err = %v", err)
	}
	if err := g.loadRegions("m.tsv", "A\t\tmean\tUSA.ZZ\tRGN\tUSA\t10\n"); err == nil || err.Error() != "geo: m.tsv:1: bad name, coordinates, feature or country" {
		t.Errorf("mean of a missing division: err = %v", err)
	}
	if err := g.loadRegions("m.tsv", "A\t\tmean\t\tRGN\tUSA\t10\n"); err == nil {
		t.Errorf("mean of no division: no error")
	}
	if err := g.loadAliases("a.tsv", "X\tNowhere\tUSA\tADM1\tname\n"); err == nil {
		t.Errorf("alias to a missing place: no error")
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"São Paulo":        "sao paulo",
		"Winston-Salem":    "winston salem",
		"St. John's":       "st johns",
		"  Ky. ":           "ky",
		"Zvečan":           "zvecan",
		"Priština":         "pristina",
		"Washington, D.C.": "washington dc",
		// Apostrophes and ayin marks of every kind fold away.
		"Ma'an":    "maan",
		"Ma’an":    "maan",
		"Ma‘an":    "maan",
		"Maʿan":    "maan",
		"Al-Qa’im": "al qaim",
	} {
		if got := string(appendFold(nil, in)); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// First-level divisions lie where they are, even when the places coded in
// them straddle the antimeridian, include remote islands or follow another
// edition of the division codes.
func TestDivisionPoints(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, country string
		lat, lon      float64
	}{
		{"Chukotka", "RUS", 66, 170},
		{"Heilongjiang", "CHN", 47.5, 128},
		{"Valparaiso", "CHL", -33, -71.5},
		{"Texas", "USA", 31, -99},
	}
	for _, tt := range tests {
		found := false
		for _, c := range g.Lookup(tt.name) {
			if c.Feature == "ADM1" && c.Country == tt.country {
				found = true
				if d := haversine(c.Lat, c.Lon, tt.lat, tt.lon); d > 300 {
					t.Errorf("%s at %.2f,%.2f: %.0f km from %.1f,%.1f", tt.name, c.Lat, c.Lon, d, tt.lat, tt.lon)
				}
			}
		}
		if !found {
			t.Errorf("%s: no ADM1 in %s", tt.name, tt.country)
		}
	}
}

// The lesser places of the supplementary extract are not found by Lookup
// (nor in running text) but resolve a given name that no other entry has,
// when the document names their country.
func TestMinorPlaces(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if got := g.Lookup("Cacuaco"); len(got) != 0 {
		t.Errorf("Lookup(Cacuaco) = %+v, want nothing from the main index", got)
	}
	tests := []struct {
		name     string
		ctx      Context
		ok       bool
		country  string
		lat, lon float64
	}{
		{"Cacuaco", Context{Countries: []string{"AGO"}}, true, "AGO", -8.78, 13.37},
		{"Dadaab", Context{Countries: []string{"KEN", "SOM"}}, true, "KEN", 0.05, 40.31},
		{"Cacuaco", Context{}, false, "", 0, 0},                          // no support for a place of unknown size
		{"Dadaab", Context{Countries: []string{"FRA"}}, false, "", 0, 0}, // nor from another country
	}
	for _, tt := range tests {
		p, ok := g.Resolve(tt.name, tt.ctx)
		if ok != tt.ok {
			t.Errorf("Resolve(%q, %+v) ok = %v, want %v (%+v)", tt.name, tt.ctx, ok, tt.ok, p)
			continue
		}
		if ok && (p.Country != tt.country || haversine(p.Lat, p.Lon, tt.lat, tt.lon) > 20) {
			t.Errorf("Resolve(%q) = %+v, want %s near %.2f,%.2f", tt.name, p, tt.country, tt.lat, tt.lon)
		}
	}
}

// A region made of whole first-level divisions lies at the mean of their
// points.
func TestRegionMeanOfDivisions(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	point := func(name, feature string) (float64, float64) {
		for _, c := range g.Lookup(name) {
			if c.Feature == feature && c.Country == "USA" && c.Match == MatchName {
				return c.Lat, c.Lon
			}
		}
		t.Fatalf("no %s %s", feature, name)
		return 0, 0
	}
	var lat, lon float64
	for _, s := range []string{"Washington", "Oregon", "Idaho"} {
		la, lo := point(s, "ADM1")
		lat, lon = lat+la/3, lon+lo/3
	}
	la, lo := point("Pacific Northwest", "RGN")
	if d := haversine(la, lo, lat, lon); d > 1 {
		t.Errorf("Pacific Northwest at %.2f,%.2f, %.1f km from the mean of its states %.2f,%.2f", la, lo, d, lat, lon)
	}
}

// TestCountryTypo checks that a misspelt country name finds the country
// only when one country name lies within an edit or two of it.
func TestCountryTypo(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"Britian":     "GBR", // an alias ("Britain") with two letters swapped
		"Mauritious":  "MUS",
		"Phillipines": "PHL", // two edits in a long name
		"Argentinia":  "ARG",
		"Kansas":      "", // no country within one edit
		"Chad":        "", // too short to tell
		"Nigera":      "NGA",
	} {
		got := ""
		if cs := g.countryTypo(string(appendFold(nil, in))); len(cs) == 1 {
			got = cs[0].Country
		}
		if got != want {
			t.Errorf("countryTypo(%q) = %q, want %q", in, got, want)
		}
	}
	for _, tt := range []struct {
		a, b string
		d    int
	}{{"britain", "britian", 1}, {"abc", "abc", 0}, {"kitten", "sitting", 3}, {"ab", "ba", 1}} {
		if d := editDistance(tt.a, tt.b, 5); d != tt.d {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, d, tt.d)
		}
	}
}

// TestLooseAlternates checks that a looser form of a name finds a place
// known only by an alternate name when it is a large city or the same name
// transliterated, not a small town's other name.
func TestLooseAlternates(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]string{
		"fallujah city": "IRQ", // Al Fallujah, a large city
		"zwisel city":   "",    // Zwiesel's other spelling, a small town
		"zwiesel city":  "DEU", // its very name
	} {
		got := ""
		for _, c := range g.lookupLoose(key) {
			if c.Country == want {
				got = want
			}
			if want == "" {
				got = c.Country
			}
		}
		if got != want {
			t.Errorf("lookupLoose(%q): country %q, want %q", key, got, want)
		}
	}
}
