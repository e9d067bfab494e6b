package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/annals-dev/annals/store"
)

// ACLEDColumns are the columns of ACLED's data export, in order.
//
// ACLED records political violence, demonstrations and some strategic
// developments only; events of other CAMEO families are not written (see
// ACLEDType). How Annals fills the columns (see also README.md):
//   - event_id_cnty: the place's (else the source actor's) ISO3 code and
//     the event id; event_date YYYY-MM-DD (the event day, else the first
//     report); time_precision 1 for a day date, 3 for a month or year.
//   - disorder_type, event_type, sub_event_type: from the CAMEO code
//     (ACLEDType).
//   - actor1/actor2: the actors' names; assoc_actor_1/2: empty (Annals
//     codes one actor a side); inter1/inter2: ACLED's numeric actor types
//     from the CAMEO roles (1 state forces, 2 rebels, 3 political militias,
//     5 rioters, 6 protesters, 7 civilians, 8 external forces; 0 unknown);
//     interaction: the two inter codes, smaller first.
//   - civilian_targeting: "Civilian targeting" when the target is civilian
//     in violent events.
//   - iso: ISO 3166-1 numeric; country: the country name; region, admin1,
//     admin2, admin3: not resolved, empty; location, latitude, longitude:
//     the place; geo_precision 1 city, 2 region, 3 country.
//   - source: the first article's URL or id; source_scale: empty; notes: a
//     generated summary with the counts; fatalities: not extracted, empty;
//     tags: empty; timestamp: when stored (Unix seconds).
var ACLEDColumns = []string{"event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
	"sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
	"civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
	"longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"}

// ACLEDType maps a CAMEO code to ACLED's disorder type, event type and
// sub-event type; ok is false for events ACLED does not record.
func ACLEDType(code string, target *store.EventActor) (disorder, event, sub string, ok bool) {
	const pv, demo, strat = "Political violence", "Demonstrations", "Strategic developments"
	base := store.BaseCode(code)
	switch {
	case base == "145":
		return demo, "Riots", "Violent demonstration", true
	case store.RootCode(code) == "14":
		return demo, "Protests", "Peaceful protest", true
	case code == "1821":
		return pv, "Violence against civilians", "Sexual violence", true
	case base == "181":
		return pv, "Violence against civilians", "Abduction/forced disappearance", true
	case code == "1831":
		return pv, "Explosions/Remote violence", "Suicide bomb", true
	case base == "183":
		return pv, "Explosions/Remote violence", "Remote explosive/landmine/IED", true
	case store.RootCode(code) == "18" || store.RootCode(code) == "20" && base != "204":
		if target == nil || roleOf(target, "CVL") || store.RootCode(code) == "20" {
			return pv, "Violence against civilians", "Attack", true
		}
		return pv, "Battles", "Armed clash", true
	case base == "204":
		return pv, "Explosions/Remote violence", "Chemical weapon", true
	case base == "194":
		return pv, "Explosions/Remote violence", "Shelling/artillery/missile attack", true
	case base == "195":
		return pv, "Explosions/Remote violence", "Air/drone strike", true
	case base == "192":
		return pv, "Battles", "Non-state actor overtakes territory", true
	case store.RootCode(code) == "19":
		return pv, "Battles", "Armed clash", true
	case base == "173":
		return strat, "Strategic developments", "Arrests", true
	case base == "171":
		return strat, "Strategic developments", "Looting/property destruction", true
	case base == "057" || code == "0871":
		return strat, "Strategic developments", "Agreement", true
	}
	return "", "", "", false
}

// roleOf reports whether an actor code carries a role code.
func roleOf(a *store.EventActor, role string) bool {
	if a == nil {
		return false
	}
	_, types := actorTypes(a)
	for _, t := range types {
		if t == role {
			return true
		}
	}
	return a.Code == role
}

// acledInter is ACLED's numeric actor type for an actor of an event.
func acledInter(a *store.EventActor, eventType, placeCountry string, source bool) int {
	if a == nil {
		return 0
	}
	switch {
	case roleOf(a, "GOV") || roleOf(a, "MIL") || roleOf(a, "COP") || roleOf(a, "SPY"):
		if placeCountry != "" && a.Country != "" && a.Country != placeCountry {
			return 8
		}
		return 1
	case roleOf(a, "REB") || roleOf(a, "INS"):
		return 2
	case roleOf(a, "UAF"):
		return 3
	case source && eventType == "Riots":
		return 5
	case source && eventType == "Protests":
		return 6
	case roleOf(a, "CVL"):
		return 7
	}
	return 0
}

type acledWriter struct{ cw *csv.Writer }

func newACLEDWriter(w io.Writer) (*acledWriter, error) {
	cw := csv.NewWriter(w)
	return &acledWriter{cw: cw}, cw.Write(ACLEDColumns)
}

func name(a *store.EventActor) string {
	if a == nil {
		return ""
	}
	return a.Name
}

// ACLEDRow returns the ACLED cells of an event, or nil when ACLED does not
// record events of its kind.
func ACLEDRow(e *store.Event) []string {
	disorder, typ, sub, ok := ACLEDType(e.CAMEO, e.Target)
	if !ok {
		return nil
	}
	var pc string
	if e.Location != nil {
		pc = e.Location.Country
	}
	cc := pc
	if cc == "" && e.Source != nil {
		cc = e.Source.Country
	}
	day := dayOf(e)
	prec := "3"
	if r, ok := store.ParseDateRange(e.Date); ok && r.Gran == store.Day {
		prec = "1"
	}
	i1, i2 := acledInter(e.Source, typ, pc, true), acledInter(e.Target, typ, pc, false)
	lo, hi := i1, i2
	if lo > hi {
		lo, hi = hi, lo
	}
	civ := ""
	if disorder == "Political violence" && roleOf(e.Target, "CVL") {
		civ = "Civilian targeting"
	}
	country, _ := LookupCountry(cc)
	var loc, lat, lon, geoPrec string
	if l := e.Location; l != nil {
		loc = l.Name
		if l.Resolved {
			lat, lon = strconv.FormatFloat(l.Lat, 'f', 4, 64), strconv.FormatFloat(l.Lon, 'f', 4, 64)
		}
		switch l.Feature {
		case "country", "continent":
			geoPrec = "3"
		case "region":
			geoPrec = "2"
		default:
			geoPrec = "1"
		}
	}
	notes := fmt.Sprintf("%s %s (CAMEO %s) %s; %d mentions in %d articles, reported %s to %s.",
		orDash(name(e.Source)), strings.ToLower(typ), e.CAMEO, orDash(name(e.Target)), e.NumMentions, e.NumArticles, e.FirstReport, e.LastReport)
	id := cc
	if id == "" {
		id = "XXX"
	}
	return []string{fmt.Sprintf("%s%d", id, e.ID), day.Format("2006-01-02"), day.Format("2006"), prec, disorder, typ, sub,
		name(e.Source), "", strconv.Itoa(i1), name(e.Target), "", strconv.Itoa(i2), strconv.Itoa(lo*10 + hi),
		civ, country.Numeric, "", country.Name, "", "", "", loc, lat, lon, geoPrec, e.URL, "", notes, "", "",
		strconv.FormatInt(e.Added.Unix(), 10)}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func (a *acledWriter) Write(e *store.Event) error {
	row := ACLEDRow(e)
	if row == nil {
		return nil
	}
	return a.cw.Write(row)
}

func (a *acledWriter) Close() error { a.cw.Flush(); return a.cw.Error() }
