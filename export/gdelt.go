package export

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/annals-dev/annals/store"
)

// GDELTColumns names the 61 columns of the GDELT 2.0 event table, in order.
//
// How Annals fills them (see also README.md):
//   - GlobalEventID: the store's event id. SQLDATE/MonthYear/Year/
//     FractionDate: the event date when it is a day, else its first report
//     date (GDELT has no coarser dates).
//   - ActorN Code/Name/CountryCode: the actor's CAMEO code, upper-case name
//     and CAMEO country (ISO3, as GDELT's actor countries are); Type1-3Code:
//     the role codes that follow the country in the actor code.
//     KnownGroupCode, EthnicCode, Religion1Code and Religion2Code: not
//     coded by Annals, empty.
//   - IsRootEvent: 1 when a mention is in an article's first sentence.
//   - EventCode/BaseCode/RootCode, QuadClass, GoldsteinScale: from the code.
//   - NumMentions, NumSources, NumArticles: the merged counts. AvgTone: not
//     computed, empty.
//   - ActorN Geo_*: Annals places events, not actors: empty, type 0.
//   - ActionGeo_*: the event place. Type 1 country, 2 US state, 3 US city,
//     4 world city, 5 world region (ADM1); CountryCode in FIPS 10-4;
//     ADM1Code the FIPS country code for a country and empty otherwise
//     (Annals does not resolve first-order divisions); ADM2Code empty;
//     FeatureID the GeoNames id (GDELT uses GNS/GNIS ids: another
//     namespace), the FIPS code for a country.
//   - DATEADDED: when the event was stored (UTC, YYYYMMDDHHMMSS); SOURCEURL:
//     the first article's URL, or its id when it has none.
var GDELTColumns = []string{"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL"}

type gdeltWriter struct{ bw *bufio.Writer }

func newGDELTWriter(w io.Writer) *gdeltWriter {
	return &gdeltWriter{bw: bufio.NewWriterSize(w, 64<<10)}
}

// dayOf is the day an event is filed under: its date when a day, else its
// first report.
func dayOf(e *store.Event) time.Time {
	if r, ok := store.ParseDateRange(e.Date); ok && r.Gran == store.Day {
		return r.Lo
	}
	t, _ := time.Parse("2006-01-02", e.FirstReport)
	return t
}

// actorTypes splits a CAMEO actor code into its country and role codes.
func actorTypes(a *store.EventActor) (country string, types []string) {
	code := a.Code
	country = a.Country
	if len(code) >= 3 {
		first := code[:3]
		_, isCountry := LookupCountry(first)
		if isCountry || first == a.Country || first == "IGO" || first == "NGO" || first == "NGM" || first == "MNC" {
			code = code[3:]
		}
	}
	for len(code) >= 3 && len(types) < 3 {
		types = append(types, code[:3])
		code = code[3:]
	}
	return country, types
}

func gdeltActor(a *store.EventActor) []string {
	if a == nil {
		return make([]string, 10)
	}
	country, types := actorTypes(a)
	row := []string{a.Code, strings.ToUpper(a.Name), country, "", "", "", ""}
	for i := 0; i < 3; i++ {
		if i < len(types) {
			row = append(row, types[i])
		} else {
			row = append(row, "")
		}
	}
	return row
}

// GDELTRow returns the 61 GDELT cells of an event.
func GDELTRow(e *store.Event) []string {
	day := dayOf(e)
	row := make([]string, 0, 61)
	// FractionDate: the year plus the share of it elapsed before the day.
	days := time.Date(day.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(day.Year(), 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24
	frac := float64(day.Year()) + float64(day.YearDay()-1)/days
	row = append(row, strconv.FormatInt(e.ID, 10), day.Format("20060102"), day.Format("200601"), day.Format("2006"),
		strconv.FormatFloat(frac, 'f', 4, 64))
	row = append(row, gdeltActor(e.Source)...)
	row = append(row, gdeltActor(e.Target)...)
	root := "0"
	if e.IsRoot {
		root = "1"
	}
	row = append(row, root, e.CAMEO, store.BaseCode(e.CAMEO), e.Root, strconv.Itoa(e.QuadClass), strconv.FormatFloat(e.Goldstein, 'f', 1, 64),
		strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles), "")
	empty := []string{"0", "", "", "", "", "", "", ""}
	row = append(row, empty...)
	row = append(row, empty...)
	row = append(row, gdeltGeo(e.Location)...)
	row = append(row, e.Added.UTC().Format("20060102150405"), e.URL)
	for i := range row {
		row[i] = clean(row[i])
	}
	return row
}

func gdeltGeo(p *store.Place) []string {
	if p == nil {
		return []string{"0", "", "", "", "", "", "", ""}
	}
	fips := FIPS(p.Country)
	typ := "4"
	switch {
	case p.Feature == "country":
		typ = "1"
	case p.Country == "USA" && p.Feature == "region":
		typ = "2"
	case p.Country == "USA":
		typ = "3"
	case p.Feature == "region":
		typ = "5"
	}
	full := p.Name
	if c, ok := LookupCountry(p.Country); ok && p.Feature != "country" {
		full += ", " + c.Name
	}
	adm1, fid := "", ""
	if typ == "1" {
		adm1, fid = fips, fips
	} else if p.GeonameID != 0 {
		fid = strconv.Itoa(p.GeonameID)
	}
	lat, lon := "", ""
	if p.Resolved {
		lat, lon = strconv.FormatFloat(p.Lat, 'f', 4, 64), strconv.FormatFloat(p.Lon, 'f', 4, 64)
	}
	return []string{typ, full, fips, adm1, "", lat, lon, fid}
}

func (g *gdeltWriter) Write(e *store.Event) error {
	_, err := g.bw.WriteString(strings.Join(GDELTRow(e), "\t") + "\n")
	return err
}

func (g *gdeltWriter) Close() error { return g.bw.Flush() }
