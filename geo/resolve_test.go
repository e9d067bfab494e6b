package geo

import (
	"strings"
	"testing"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/text"
)

func TestResolve(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texas := doc.Place{Name: "Texas", Country: "USA", Lat: 31.2, Lon: -99.3, Feature: "region"}
	idaho := doc.Place{Name: "Idaho", Country: "USA", Lat: 44.5, Lon: -114.6, Feature: "region"}
	ontario := doc.Place{Name: "Ontario", Country: "CAN", Lat: 49.5, Lon: -84.5, Feature: "region"}
	tests := []struct {
		name    string
		ctx     Context
		ok      bool
		country string
		lat     float64
		lon     float64
		maxKm   float64
	}{
		{"Paris", Context{}, true, "FRA", 48.85, 2.35, 30},
		{"Paris", Context{Within: &texas}, true, "USA", 33.66, -95.56, 30},
		{"Paris", Context{Admin1: []string{"USA.TX"}}, true, "USA", 33.66, -95.56, 30},
		{"Georgia", Context{}, true, "", 0, 0, 0},
		{"Georgia", Context{Countries: []string{"RUS", "RUS"}}, true, "GEO", 42.2, 43.5, 300},
		{"Georgia", Context{Admin1: []string{"USA.AL", "USA.FL"}}, true, "USA", 32.7, -83.4, 300},
		{"Banjska", Context{}, false, "", 0, 0, 0},
		{"Banjska", Context{Countries: []string{"XKX"}}, false, "", 0, 0, 0},
		{"Belgrade", Context{}, true, "SRB", 44.80, 20.47, 20},
		{"Kosovo", Context{}, true, "XKX", 42.6, 20.9, 100},
		{"Moscow", Context{}, true, "RUS", 55.75, 37.62, 20},
		{"Moscow", Context{Within: &idaho}, true, "USA", 46.73, -117.0, 30},
		{"London", Context{}, true, "GBR", 51.5, -0.12, 20},
		{"London", Context{Within: &ontario}, true, "CAN", 42.98, -81.23, 30},
		{"London", Context{Admin1: []string{"CAN.08"}, Near: []doc.Place{{Name: "Sarnia", Country: "CAN", Lat: 42.97, Lon: -82.40}}}, true, "CAN", 42.98, -81.23, 30},
		{"Nablus", Context{Countries: []string{"PSE"}}, true, "PSE", 32.22, 35.25, 20},
		{"Serbian", Context{}, true, "SRB", 44.0, 20.9, 300},
		{"Xyzzyplugh", Context{}, false, "", 0, 0, 0},
		{"Sacramento River", Context{}, true, "USA", 38.58, -121.49, 100},
		{"Lake Ontario", Context{}, true, "", 43.7, -77.9, 100},
		{"Platte Co.", Context{Admin1: []string{"USA.NE"}}, true, "USA", 41.57, -97.52, 60},
		{"Anbar Province", Context{}, true, "IRQ", 33.4, 42.0, 200},
		{"South Darfur", Context{}, true, "SDN", 11.7, 25.0, 50}, // the division Southern Darfur, not Darfur
		{"Ohioans", Context{}, true, "USA", 40.3, -82.8, 200},
		// A facility named after its place is placed there, with support.
		{"Hue International Airport", Context{Countries: []string{"VNM"}}, true, "VNM", 16.46, 107.6, 30},
		{"Kandahar Airfield", Context{Countries: []string{"AFG", "AFG"}}, true, "AFG", 31.6, 65.7, 40},
		{"Xyzzyplugh Airport", Context{Countries: []string{"VNM"}}, false, "", 0, 0, 0},
		// Physical features (features.tsv), and a town of the same name
		// when the document is about its state.
		{"Motutapu", Context{}, true, "NZL", -36.76, 174.91, 20},
		{"Black Forest", Context{}, true, "DEU", 48.3, 8.2, 60},
		{"Black Forest", Context{Admin1: []string{"USA.CO", "USA.CO"}, Near: []doc.Place{{Name: "Colorado Springs", Country: "USA", Lat: 38.83, Lon: -104.82}}}, true, "USA", 39.01, -104.70, 20},
	}
	for _, tt := range tests {
		p, ok := g.Resolve(tt.name, tt.ctx)
		if ok != tt.ok {
			t.Errorf("Resolve(%q, %+v) ok = %v, want %v (got %+v)", tt.name, tt.ctx, ok, tt.ok, p)
			continue
		}
		if !ok || tt.country == "" {
			continue
		}
		if p.Country != tt.country {
			t.Errorf("Resolve(%q, %+v) = %+v, want country %s", tt.name, tt.ctx, p, tt.country)
			continue
		}
		if d := Distance(p, doc.Place{Lat: tt.lat, Lon: tt.lon}); d > tt.maxKm {
			t.Errorf("Resolve(%q, %+v) = %+v, %.0f km from (%.2f, %.2f), want <= %.0f", tt.name, tt.ctx, p, d, tt.lat, tt.lon, tt.maxKm)
		}
	}
	// Without context, Georgia is the country or the US state, but a capital
	// and country names beat namesakes.
	if p, _ := g.Resolve("Georgia", Context{}); p.Feature != "country" && p.Feature != "region" {
		t.Errorf("Resolve(Georgia) = %+v, want a country or a state", p)
	}
}

func TestDirectional(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	i := int(g.countries["XKX"])
	nlat, nlon, ok := g.directional(i, "north")
	if !ok {
		t.Fatal("no northern Kosovo")
	}
	slat, _, ok := g.directional(i, "south")
	if !ok || slat >= nlat {
		t.Errorf("southern Kosovo lat %.2f not south of northern %.2f", slat, nlat)
	}
	// Banjska, in Zvečan municipality, is within 25 km of northern Kosovo's centre.
	if d := haversine(nlat, nlon, 42.95, 20.80); d > 25 {
		t.Errorf("northern Kosovo (%.2f, %.2f) is %.0f km from Banjska", nlat, nlon, d)
	}
}

func TestApproxKm(t *testing.T) {
	pts := [][4]float64{{44.80, 20.47, 42.95, 20.80}, {33.66, -95.56, 32.78, -96.80}, {60, 179.5, 60.5, -179.5}, {-33.9, 151.2, -34.9, 138.6}, {0, 0, 0, 0}}
	for _, p := range pts {
		h := haversine(p[0], p[1], p[2], p[3])
		a := approxKm(p[0], p[1], p[2], p[3])
		if d := a - h; d > 0.02*h+0.5 || d < -0.02*h-0.5 {
			t.Errorf("approxKm%v = %.1f, haversine %.1f", p, a, h)
		}
	}
}

// A division or country written after a comma contains the name before it.
func TestResolveContainer(t *testing.T) {
	s := testStage(t)
	tests := []struct {
		text, name, country, feature string
	}{
		{"Samples from Kabanjahe in Sumatra, Indonesia, went to the CDC in Atlanta, Georgia, for tests.", "Georgia", "USA", "region"},
		{"The recall covers a plant in Blakely, Georgia.", "Georgia", "USA", "region"},
		{"Talks in Tbilisi, Georgia, ended.", "Georgia", "GEO", "country"},
		{"Troops left Gori, Georgia, on Monday.", "Georgia", "GEO", "country"},
		{"Birds on the Atlantic coast of the Americas in Maine face the worst danger.", "Americas", "", "continent"},
		{"Sick birds were also reported in the Indian Ocean on Mauritius and on Reunion.", "Indian Ocean", "", "region"},
		// A town the gazetteer lacks in the named province is not its
		// namesake abroad: it falls back to the province.
		{"His truck was pulled over in Stroud, Ontario, Canada.", "Stroud", "CAN", "place"},
		{"Flights will link Moscow, Kiev, Minsk and Riga.", "Kiev", "UKR", "city"},
		{"She is due before a Bradford, Ontario judge next week.", "Bradford", "CAN", "place"},
	}
	for _, tt := range tests {
		d := &doc.Document{Text: tt.text}
		spans := spansOf(tt.text, "Kabanjahe", "Sumatra", "Indonesia", "Atlanta", "Blakely", "Tbilisi", "Gori", "Georgia", "Americas", "Alaska",
			"Stroud", "Ontario", "Canada", "Moscow", "Kiev", "Minsk", "Riga", "Bradford", "Indian Ocean", "Mauritius", "Reunion", "Maine")
		for _, pm := range s.ResolveSpans(d, spans) {
			if tt.text[pm.Span.Start:pm.Span.End] != tt.name {
				continue
			}
			if pm.Place.Country != tt.country || pm.Place.Feature != tt.feature {
				t.Errorf("%q: %s = %+v, want a %s in %s", tt.text, tt.name, pm.Place, tt.feature, tt.country)
			}
		}
	}
}

// A division in a list of divisions stays a division; alone it is its
// same-named seat.
func TestResolveDivisionList(t *testing.T) {
	s := testStage(t)
	tests := []struct {
		text, feature string
		lat, lon      float64
	}{
		{"Cases were reported in Oregon, Washington and California.", "region", 47.3, -120.2},
		{"Cases were reported in Idaho, Washington and Oregon.", "region", 47.3, -120.2},
		{"Cases: twelve in Oregon, eight in Idaho, and one in Washington.", "region", 47.3, -120.2},
		{"Officials in Washington said the talks with Moscow would resume.", "city", 38.9, -77.04},
	}
	for _, tt := range tests {
		d := &doc.Document{Text: tt.text}
		spans := spansOf(tt.text, "Oregon", "Washington", "Idaho", "California", "Moscow")
		for _, pm := range s.ResolveSpans(d, spans) {
			if tt.text[pm.Span.Start:pm.Span.End] != "Washington" {
				continue
			}
			if pm.Place.Feature != tt.feature || Distance(pm.Place, doc.Place{Lat: tt.lat, Lon: tt.lon}) > 100 {
				t.Errorf("%q: Washington = %+v, want a %s at %.2f,%.2f", tt.text, pm.Place, tt.feature, tt.lat, tt.lon)
			}
		}
	}
}

// A place known only by an alternate name does not outweigh an entry of the
// very name because the document names its region.
func TestResolveAlternateSupport(t *testing.T) {
	s := testStage(t)
	text := "Scientists at a lab in San Diego, California, ran the trial. " +
		"A surgeon at the Children's Hospital of Pittsburgh backed it. Doctors in Sacramento, California, and in Los Angeles, California, did not."
	d := &doc.Document{Text: text}
	spans := spansOf(text, "San Diego", "Pittsburgh", "Los Angeles", "Sacramento")
	for i := 0; ; {
		j := strings.Index(text[i:], "California")
		if j < 0 {
			break
		}
		spans = append(spans, doc.Span{Start: i + j, End: i + j + len("California")})
		i += j + 1
	}
	for _, pm := range s.ResolveSpans(d, spans) {
		if text[pm.Span.Start:pm.Span.End] == "Pittsburgh" {
			if d := Distance(pm.Place, doc.Place{Lat: 40.44, Lon: -80.0}); d > 50 {
				t.Errorf("Pittsburgh = %+v, %.0f km from Pittsburgh, Pennsylvania", pm.Place, d)
			}
		}
	}
}

// A country or division listed next to names of its kind is one of them.
func TestResolveListed(t *testing.T) {
	s := testStage(t)
	tests := []struct {
		text, country string
	}{
		{"Salmonella was found in the U.S. The firm, in Lynchburg, also operates in Texas and Georgia.", "USA"},
		{"Monitors went to Armenia and Georgia.", "GEO"},
	}
	for _, tt := range tests {
		d := &doc.Document{Text: tt.text}
		spans := spansOf(tt.text, "Lynchburg", "U.S.", "Minnesota", "Texas", "Armenia", "Georgia")
		for _, pm := range s.ResolveSpans(d, spans) {
			if tt.text[pm.Span.Start:pm.Span.End] == "Georgia" && pm.Place.Country != tt.country {
				t.Errorf("%q: Georgia = %+v, want %s", tt.text, pm.Place, tt.country)
			}
		}
	}
}

// A world city named once keeps its name against a small namesake whose
// state the article names only far from it; the state named next to it
// wins.
func TestResolveFamousNamesake(t *testing.T) {
	seg, err := text.New()
	if err != nil {
		t.Fatal(err)
	}
	s := testStage(t)
	filler := " Doctors urged people to wash their hands. Clinics stayed open late. Vaccines ran short in some places. Schools closed early. "
	tests := []struct {
		text, name string
		lat, lon   float64
	}{
		{"The mayor of Boston declared an emergency." + filler + "The governor of New York declared one too.", "Boston", 42.36, -71.06},
		{"Travellers arriving at Cairo were checked." + filler + "Cases rose in Illinois and Kentucky.", "Cairo", 30.06, 31.25},
		{"Floods reached Cairo and Carbondale in Illinois.", "Cairo", 37.01, -89.18},
		// The same holds for a city of some size against a village.
		{"The recalled nuts were sold by a firm in Solon, near Cleveland." + filler + "The supplier, located in Lynchburg, denied it.", "Lynchburg", 37.41, -79.14},
	}
	for _, tt := range tests {
		d := &doc.Document{Text: tt.text}
		if err := seg.Process(d); err != nil {
			t.Fatal(err)
		}
		spans := spansOf(tt.text, "Boston", "New York", "Cairo", "Illinois", "Kentucky", "Carbondale", "Solon", "Cleveland", "Lynchburg")
		for _, pm := range s.ResolveSpans(d, spans) {
			if tt.text[pm.Span.Start:pm.Span.End] != tt.name {
				continue
			}
			if km := Distance(pm.Place, doc.Place{Lat: tt.lat, Lon: tt.lon}); km > 50 {
				t.Errorf("%q: %s = %+v, %.0f km from %.2f,%.2f", tt.text, tt.name, pm.Place, km, tt.lat, tt.lon)
			}
		}
	}
}

// Two names that only support each other settle in one place: "Paris" and
// "Henry County" in the same state, not one in Tennessee and the other in
// Illinois.
func TestResolveMutualSupport(t *testing.T) {
	seg, err := text.New()
	if err != nil {
		t.Fatal(err)
	}
	s := testStage(t)
	texts := []string{
		"Paris and Henry County is rich in history and art. The Leadership Henry County class toured the school. " +
			"Paris and Henry County have many classes. Henry County officials and Paris officials agreed. The Henry County fair opens.",
		"Paris and Henry County is rich in history. The Leadership Henry County class toured the school on Wednesday. " +
			"Every time I visit, I am impressed by its floors. The school has classes for youths and adults. " +
			"Many people in Henry County take part. The Henry County Arts Council helps. Classes in Paris start soon. " +
			"Ask Henry County officials. Paris has a long history. Leadership Henry County meets again. The Henry County class ends.",
	}
	for _, tx := range texts {
		d := &doc.Document{Text: tx}
		if err := seg.Process(d); err != nil {
			t.Fatal(err)
		}
		var spans []doc.Span
		for _, w := range []string{"Paris", "Henry County"} {
			for i := 0; ; {
				j := strings.Index(tx[i:], w)
				if j < 0 {
					break
				}
				spans = append(spans, doc.Span{Start: i + j, End: i + j + len(w)})
				i += j + len(w)
			}
		}
		var paris, henry *doc.Place
		for _, pm := range s.ResolveSpans(d, spans) {
			p := pm.Place
			switch tx[pm.Span.Start:pm.Span.End] {
			case "Paris":
				paris = &p
			case "Henry County":
				henry = &p
			}
		}
		if paris == nil || henry == nil || Distance(*paris, *henry) > 100 {
			t.Errorf("%q: Paris = %+v, Henry County = %+v: not together", tx, paris, henry)
		}
	}
}

// A bare name is the town rather than the county of that name: news
// writes "Oakland County".
func TestResolveBareCounty(t *testing.T) {
	s := testStage(t)
	tests := []struct {
		text, name, feature string
		lat, lon            float64
	}{
		{"Police in Oakland arrested two men on Friday.", "Oakland", "city", 37.80, -122.27},
		{"Deputies in Oakland County arrested two men on Friday.", "Oakland County", "region", 42.66, -83.38},
	}
	for _, tt := range tests {
		d := &doc.Document{Text: tt.text}
		i := strings.Index(tt.text, tt.name)
		pm := s.ResolveSpans(d, []doc.Span{{Start: i, End: i + len(tt.name)}})[0]
		if pm.Place.Feature != tt.feature || Distance(pm.Place, doc.Place{Lat: tt.lat, Lon: tt.lon}) > 50 {
			t.Errorf("%q: %s = %+v, want a %s at %.2f,%.2f", tt.text, tt.name, pm.Place, tt.feature, tt.lat, tt.lon)
		}
	}
}

// A place written before a second-level division after a comma is in or
// near that division.
func TestResolveWithinDistrict(t *testing.T) {
	s := testStage(t)
	text := "Sick pigs were found in Santa Maria, Davao del Sur."
	spans := spansOf(text, "Santa Maria", "Davao del Sur")
	pm := s.ResolveSpans(&doc.Document{Text: text}, spans)[0]
	if km := Distance(pm.Place, doc.Place{Lat: 6.55, Lon: 125.46}); km > 100 {
		t.Errorf("Santa Maria = %+v, %.0f km from Santa Maria, Davao del Sur", pm.Place, km)
	}
}

// A place found only by a looser form of the name needs support from the
// document: "Islington Bay" near Auckland is not Islington, London.
func TestResolveLooseLonely(t *testing.T) {
	s := testStage(t)
	text := "Ferries from Auckland to Islington Bay were cancelled, officials in Wellington, New Zealand said."
	spans := spansOf(text, "Islington Bay", "Auckland", "Wellington", "New Zealand")
	pm := s.ResolveSpans(&doc.Document{Text: text}, spans)[0]
	if pm.Resolved && pm.Place.Country != "NZL" {
		t.Errorf("Islington Bay = %+v, want unresolved or in New Zealand", pm.Place)
	}
}

// A foreign place that nothing in a local article supports is the local
// namesake when the other names lie near it; named once and far from the
// other names, a world city keeps its name.
func TestResolveHomeNamesake(t *testing.T) {
	seg, err := text.New()
	if err != nil {
		t.Fatal(err)
	}
	s := testStage(t)
	tests := []struct {
		text     string
		lat, lon float64
	}{
		{"She was born in Jackson Township in 1930. Her son lives in Lebanon. A sister lives in Grantville. " +
			"A brother lives in Myerstown. Services will be held in Lebanon on Monday.", 40.34, -76.41},
		{"Travellers arriving from Paris were screened. Doctors urged people to wash their hands. Clinics stayed open late. " +
			"Vaccines ran short. Hospitals in Dallas and Houston reported new cases.", 48.85, 2.35},
	}
	for _, tt := range tests {
		d := &doc.Document{Text: tt.text}
		if err := seg.Process(d); err != nil {
			t.Fatal(err)
		}
		spans := spansOf(tt.text, "Paris", "Dallas", "Houston", "Jackson Township", "Lebanon", "Grantville", "Myerstown")
		for _, pm := range s.ResolveSpans(d, spans) {
			if name := tt.text[pm.Span.Start:pm.Span.End]; name == "Paris" || name == "Lebanon" {
				if km := Distance(pm.Place, doc.Place{Lat: tt.lat, Lon: tt.lon}); km > 50 {
					t.Errorf("%q: %s = %+v, %.0f km from %.2f,%.2f", tt.text, name, pm.Place, km, tt.lat, tt.lon)
				}
			}
		}
	}
}

// A generic name ("North Side", "Western") that nothing else in the
// document supports is not taken abroad, and two such names do not vouch
// for each other.
func TestResolveGenericName(t *testing.T) {
	s := testStage(t)
	tests := []struct {
		text, name string
	}{
		{"Police patrolled the North Side after a shooting, officials in Pittsburgh, Pennsylvania said.", "North Side"},
		{"Cases rose in Kenya, in the Western and North Eastern provinces, officials in Nairobi said.", "Western"},
	}
	for _, tt := range tests {
		spans := spansOf(tt.text, "North Side", "Pittsburgh", "Pennsylvania", "Kenya", "Western", "North Eastern", "Nairobi")
		for _, pm := range s.ResolveSpans(&doc.Document{Text: tt.text}, spans) {
			if tt.text[pm.Span.Start:pm.Span.End] != tt.name {
				continue
			}
			if pm.Resolved && pm.Place.Country != "USA" && pm.Place.Country != "KEN" {
				t.Errorf("%q: %s = %+v, want unresolved or in the document's country", tt.text, tt.name, pm.Place)
			}
		}
	}
}

// testStage returns a Stage over the embedded gazetteer.
func testStage(t *testing.T) *Stage {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return NewStage(g)
}

// spansOf returns the spans of every occurrence of each word in text, word
// by word.
func spansOf(text string, words ...string) []doc.Span {
	var spans []doc.Span
	for _, w := range words {
		for i := 0; ; {
			j := strings.Index(text[i:], w)
			if j < 0 {
				break
			}
			spans = append(spans, doc.Span{Start: i + j, End: i + j + len(w)})
			i += j + len(w)
		}
	}
	return spans
}

// A name found only by a looser form ("Central Plateau" by "Plateau",
// Nigeria's Plateau State known without its division word) needs support
// from the document, however large the place.
func TestResolveLooseNeedsSupport(t *testing.T) {
	s := testStage(t)
	text := "Cholera spread through the Central Plateau and Nord regions, far from Port-au-Prince, Haiti, and reached Jacmel."
	d := &doc.Document{Text: text}
	for _, pm := range s.ResolveSpans(d, spansOf(text, "Central Plateau", "Nord", "Port-au-Prince", "Haiti", "Jacmel")) {
		if text[pm.Span.Start:pm.Span.End] == "Central Plateau" && pm.Resolved && pm.Place.Country != "HTI" {
			t.Errorf("Central Plateau = %+v, want unresolved or in Haiti", pm.Place)
		}
	}
	// A town named after the feature needs a name near it.
	text = "The sick hens came from Fraser Valley, a rural district east of Vancouver, British Columbia. Poultry sales to the United States were halted."
	d = &doc.Document{Text: text}
	for _, pm := range s.ResolveSpans(d, spansOf(text, "Fraser Valley", "Vancouver", "British Columbia", "United States")) {
		if text[pm.Span.Start:pm.Span.End] == "Fraser Valley" && pm.Resolved && pm.Place.Country != "CAN" {
			t.Errorf("Fraser Valley = %+v, want unresolved or in Canada", pm.Place)
		}
	}
}

// A country or city abroad that nothing supports, in a local story whose
// one other name lies in one country, is that country's namesake near the
// name; a notable city named once keeps its name.
func TestResolveHomeNamesakeLocal(t *testing.T) {
	seg, err := text.New()
	if err != nil {
		t.Fatal(err)
	}
	s := testStage(t)
	tests := []struct {
		text, name, country string
	}{
		{"Jordan pupils win Target grant. The head of Jordan Elementary School held up the cheque. Target in Shakopee gave the money.", "Jordan", "USA"},
		{"Experts met in Geneva to review the data from Atlanta.", "Geneva", "CHE"},
	}
	for _, tt := range tests {
		d := &doc.Document{Text: tt.text}
		if err := seg.Process(d); err != nil {
			t.Fatal(err)
		}
		for _, pm := range s.ResolveSpans(d, spansOf(tt.text, "Jordan", "Shakopee", "Geneva", "Atlanta")) {
			if tt.text[pm.Span.Start:pm.Span.End] == tt.name && pm.Place.Country != tt.country {
				t.Errorf("%q: %s = %+v, want %s", tt.text, tt.name, pm.Place, tt.country)
			}
		}
	}
}

// A demonym whose country the document names is that country, even among
// names of a state that has a town of the demonym's name.
func TestResolveDemonymNamedCountry(t *testing.T) {
	seg, err := text.New()
	if err != nil {
		t.Fatal(err)
	}
	s := testStage(t)
	txt := "He grew up in Canada. He moved to Houston, Texas, and later to Mount Pleasant, Texas. \"I got tired of Canadian winters,\" he said."
	d := &doc.Document{Text: txt}
	if err := seg.Process(d); err != nil {
		t.Fatal(err)
	}
	for _, pm := range s.ResolveSpans(d, spansOf(txt, "Canada", "Houston", "Texas", "Mount Pleasant", "Canadian")) {
		if txt[pm.Span.Start:pm.Span.End] == "Canadian" && pm.Place.Country != "CAN" {
			t.Errorf("Canadian = %+v, want Canada", pm.Place)
		}
	}
}

// A generic name in a list of provinces is the province of that name in
// the country of the others.
func TestResolveGenericDivision(t *testing.T) {
	s := testStage(t)
	txt := "About 800 patients were counted in the provinces of Central, North Eastern, Nyanza and Western in Kenya."
	d := &doc.Document{Text: txt}
	want := map[string]bool{"North Eastern": true, "Western": true}
	for _, pm := range s.ResolveSpans(d, spansOf(txt, "Central", "North Eastern", "Nyanza", "Western", "Kenya")) {
		name := txt[pm.Span.Start:pm.Span.End]
		if want[name] && (pm.Place.Country != "KEN" || pm.Place.Feature != "region") {
			t.Errorf("%s = %+v, want a province of Kenya", name, pm.Place)
		}
	}
}

// A county gets more support from its state named in the same sentence
// than from another state named with a town later.
func TestResolveCountySameSentence(t *testing.T) {
	seg, err := text.New()
	if err != nil {
		t.Fatal(err)
	}
	s := testStage(t)
	txt := "Geese shot by hunters in Michigan along Lake Erie close to a wildlife refuge in Monroe County carried the virus. " +
		"Tissue went to a federal lab in Ames, Iowa."
	d := &doc.Document{Text: txt}
	if err := seg.Process(d); err != nil {
		t.Fatal(err)
	}
	for _, pm := range s.ResolveSpans(d, spansOf(txt, "Michigan", "Lake Erie", "Monroe County", "Ames", "Iowa")) {
		if txt[pm.Span.Start:pm.Span.End] == "Monroe County" {
			if km := Distance(pm.Place, doc.Place{Lat: 41.93, Lon: -83.49}); km > 50 {
				t.Errorf("Monroe County = %+v, want Monroe County, Michigan", pm.Place)
			}
		}
	}
}

// A first-level division named like its country's largest city is the
// city when it holds a place of the city ("Queens, New York") or is named
// bare in news about other countries, and the division when the text says
// so (a division cue, a list of divisions, a place of the division away
// from the city before it after a comma) or the news is about the city's
// own country. A division named after a lesser city stays the division
// ("Oklahoma").
func TestResolveMetro(t *testing.T) {
	seg, err := text.New()
	if err != nil {
		t.Fatal(err)
	}
	s := testStage(t)
	nyc, okc := [2]float64{40.71, -74.01}, [2]float64{35.47, -97.52}
	tests := []struct {
		text, name string
		city       [2]float64
		isCity     bool
	}{
		{"Moscow found the virus in a woman back from a trip to New York.", "New York", nyc, true},
		{"Cases were confirmed at a school in Queens, New York, on Monday.", "New York", nyc, true},
		{"A girl from Rochester, New York, died of the flu.", "New York", nyc, false},
		{"The governor declared an emergency across New York state.", "New York", nyc, false},
		{"Patients came from Ohio, New York and Virginia.", "New York", nyc, false},
		// Local news of the city's own country names the state so.
		{"Doctors in Boston and Chicago said the patient had been in New York.", "New York", nyc, false},
		{"Moscow found the virus in a woman back from a trip to Oklahoma.", "Oklahoma", okc, false},
	}
	for _, tt := range tests {
		d := &doc.Document{Text: tt.text}
		if err := seg.Process(d); err != nil {
			t.Fatal(err)
		}
		spans := spansOf(tt.text, "Moscow", tt.name, "Queens", "Rochester", "Ohio", "Virginia", "Boston", "Chicago")
		found := false
		for _, pm := range s.ResolveSpans(d, spans) {
			if tt.text[pm.Span.Start:pm.Span.End] != tt.name {
				continue
			}
			found = true
			km := Distance(pm.Place, doc.Place{Lat: tt.city[0], Lon: tt.city[1]})
			isCity := pm.Place.Feature == "city" && km < 30
			if tt.isCity != isCity || !pm.Resolved || !isCity && pm.Place.Feature != "region" {
				t.Errorf("%q: %s = %+v, %.0f km from the city, want the city: %v", tt.text, tt.name, pm.Place, km, tt.isCity)
			}
		}
		if !found {
			t.Errorf("%q: no %s", tt.text, tt.name)
		}
	}
}

// TestResolveSpansOverlapping: spans a caller gives may overlap ("Haiti"
// inside "Cap-Haitien", or one span twice); they are resolved without a
// panic, one place mention per span.
func TestResolveSpansOverlapping(t *testing.T) {
	seg, err := text.New()
	if err != nil {
		t.Fatal(err)
	}
	s := testStage(t)
	txt := "Flooding hit Cap-Haitien in northern Haiti."
	d := &doc.Document{Text: txt}
	if err := seg.Process(d); err != nil {
		t.Fatal(err)
	}
	spans := []doc.Span{{Start: 13, End: 24}, {Start: 17, End: 22}, {Start: 37, End: 42}, {Start: 37, End: 42}}
	out := s.ResolveSpans(d, spans)
	if len(out) != len(spans) {
		t.Fatalf("got %d mentions for %d spans", len(out), len(spans))
	}
	if p := out[2].Place; !out[2].Resolved || p.Country != "HTI" {
		t.Errorf("Haiti = %+v, want HTI", out[2])
	}
}

// TestExonymInActorsCountry: a town known abroad by another name resolves
// to the town of the country the story's actors belong to ("Palmyra" in a
// story of the Syrian army is Tadmur), not to a smaller namesake with that
// native name elsewhere.
func TestExonymInActorsCountry(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := []*mention{{text: "Palmyra", key: "palmyra", container: -1, cands: g.lookupKey([]byte("palmyra"), nil)}}
	g.resolveAll(ms, []string{"SYR"})
	if ms[0].pick < 0 || ms[0].cands[ms[0].pick].Country != "SYR" {
		t.Errorf("Palmyra with Syrian actors: got %+v", ms[0])
	}
	ms = []*mention{{text: "Palmyra", key: "palmyra", container: -1, cands: g.lookupKey([]byte("palmyra"), nil)}}
	g.resolveAll(ms, nil)
	if ms[0].pick >= 0 && ms[0].cands[ms[0].pick].Country == "SYR" {
		t.Errorf("Palmyra alone should not go to Syria")
	}
}
