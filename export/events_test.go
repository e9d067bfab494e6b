package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/store"
)

func testEvents() []store.Event {
	added := time.Date(2022, 3, 9, 10, 11, 12, 0, time.UTC)
	return []store.Event{
		{ID: 1, Date: "2022-03-07", Source: &store.EventActor{Key: "RUSMIL", Name: "Russian forces", Code: "RUSMIL", Country: "RUS"},
			Target: &store.EventActor{Key: "UKRMIL", Name: "Ukrainian troops", Code: "UKRMIL", Country: "UKR"},
			CAMEO:  "194", Root: "19", QuadClass: 4, Goldstein: -10, Plover: doc.Plover{Type: "FIGHT", Mode: "artillery"},
			Location:    &store.Place{Name: "Kharkiv", Country: "UKR", Lat: 49.99, Lon: 36.23, GeonameID: 706483, Feature: "city", Resolved: true},
			NumMentions: 3, NumArticles: 2, NumSources: 2, FirstReport: "2022-03-07", LastReport: "2022-03-08", IsRoot: true,
			URL: "https://example.org/a", Added: added},
		{ID: 2, Date: "2022-04", Source: &store.EventActor{Key: "CHLEDU", Name: "Students, \"radical\"", Code: "CHLEDU", Country: "CHL"},
			Target: &store.EventActor{Key: "CHLGOV", Name: "government", Code: "CHLGOV", Country: "CHL"},
			CAMEO:  "141", Root: "14", QuadClass: 3, Goldstein: -6.5, Plover: doc.Plover{Type: "PROTEST", Mode: "demo", Context: "economic"},
			Location:    &store.Place{Name: "Chile", Country: "CHL", Feature: "country", Lat: -33, Lon: -71, Resolved: true},
			NumMentions: 1, NumArticles: 1, NumSources: 1, FirstReport: "2022-04-02", LastReport: "2022-04-02", URL: "p.txt", Added: added},
		{ID: 3, Date: "2022-04-05", Source: &store.EventActor{Key: "BARACK_OBAMA", ID: "BARACK_OBAMA", Name: "Barack\tObama", Code: "USAELI", Country: "USA"},
			CAMEO: "010", Root: "01", QuadClass: 1, NumMentions: 1, NumArticles: 1, NumSources: 1,
			FirstReport: "2022-04-05", LastReport: "2022-04-05", URL: "o.txt", Added: added},
	}
}

func writeAll(t *testing.T, format string) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := NewEventWriter(&b, format)
	if err != nil {
		t.Fatal(err)
	}
	evs := testEvents()
	for i := range evs {
		if err := w.Write(&evs[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestJSONLRoundTrip(t *testing.T) {
	out := writeAll(t, "jsonl")
	sc := bufio.NewScanner(bytes.NewReader(out))
	want := testEvents()
	i := 0
	for ; sc.Scan(); i++ {
		var e store.Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(e, want[i]) {
			t.Errorf("event %d: got %+v, want %+v", i, e, want[i])
		}
	}
	if i != len(want) {
		t.Errorf("%d lines, want %d", i, len(want))
	}
}

func TestCSVRoundTrip(t *testing.T) {
	rows, err := csv.NewReader(bytes.NewReader(writeAll(t, "csv"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || !reflect.DeepEqual(rows[0], EventCSVHeader) {
		t.Fatalf("rows %d, header %v", len(rows), rows[0])
	}
	col := func(r []string, name string) string {
		for i, h := range EventCSVHeader {
			if h == name {
				return r[i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	if got := col(rows[2], "source_name"); got != `Students, "radical"` {
		t.Errorf("quoted name read back as %q", got)
	}
	if col(rows[1], "lat") != "49.99" || col(rows[3], "lat") != "" || col(rows[1], "num_articles") != "2" || col(rows[1], "is_root") != "1" {
		t.Errorf("row 1: %v", rows[1])
	}
}

func TestGDELTColumns(t *testing.T) {
	if len(GDELTColumns) != 61 {
		t.Fatalf("%d GDELT columns", len(GDELTColumns))
	}
	lines := strings.Split(strings.TrimSuffix(string(writeAll(t, "gdelt")), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines", len(lines))
	}
	cell := func(line int, name string) string {
		cells := strings.Split(lines[line], "\t")
		if len(cells) != 61 {
			t.Fatalf("line %d: %d columns, want 61", line, len(cells))
		}
		for i, c := range GDELTColumns {
			if c == name {
				return cells[i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	tests := []struct {
		line       int
		col, value string
	}{
		{0, "GlobalEventID", "1"},
		{0, "Day", "20220307"},
		{0, "MonthYear", "202203"},
		{0, "FractionDate", "2022.1781"}, // 65 of 365 days elapsed,
		{0, "Actor1Code", "RUSMIL"},
		{0, "Actor1Name", "RUSSIAN FORCES"},
		{0, "Actor1CountryCode", "RUS"},
		{0, "Actor1Type1Code", "MIL"},
		{0, "Actor2CountryCode", "UKR"},
		{0, "IsRootEvent", "1"},
		{0, "EventCode", "194"},
		{0, "EventBaseCode", "194"},
		{0, "EventRootCode", "19"},
		{0, "QuadClass", "4"},
		{0, "GoldsteinScale", "-10.0"},
		{0, "NumMentions", "3"},
		{0, "NumSources", "2"},
		{0, "NumArticles", "2"},
		{0, "ActionGeo_Type", "4"},
		{0, "ActionGeo_FullName", "Kharkiv, Ukraine"},
		{0, "ActionGeo_CountryCode", "UP"},
		{0, "ActionGeo_Lat", "49.9900"},
		{0, "ActionGeo_FeatureID", "706483"},
		{0, "Actor1Geo_Type", "0"},
		{0, "DATEADDED", "20220309101112"},
		{0, "SOURCEURL", "https://example.org/a"},
		{1, "Day", "20220402"}, // a month date files under its first report
		{1, "ActionGeo_Type", "1"},
		{1, "ActionGeo_CountryCode", "CI"},
		{1, "ActionGeo_ADM1Code", "CI"},
		{1, "Actor1Type1Code", "EDU"},
		{2, "Actor1Name", "BARACK OBAMA"}, // tab cleaned
		{2, "Actor2Code", ""},
		{2, "ActionGeo_Type", "0"},
	}
	for _, tt := range tests {
		if got := cell(tt.line, tt.col); got != tt.value {
			t.Errorf("line %d %s = %q, want %q", tt.line, tt.col, got, tt.value)
		}
	}
}

func TestACLEDRoundTrip(t *testing.T) {
	rows, err := csv.NewReader(bytes.NewReader(writeAll(t, "acled"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// The statement (010) is no ACLED event.
	if len(rows) != 3 || len(rows[0]) != 31 || !reflect.DeepEqual(rows[0], ACLEDColumns) {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	get := func(r []string, name string) string {
		for i, c := range ACLEDColumns {
			if c == name {
				return r[i]
			}
		}
		return "?"
	}
	want := []map[string]string{
		{"event_id_cnty": "UKR1", "event_date": "2022-03-07", "time_precision": "1", "event_type": "Explosions/Remote violence",
			"sub_event_type": "Shelling/artillery/missile attack", "inter1": "8", "inter2": "1", "interaction": "18", "iso": "804",
			"country": "Ukraine", "location": "Kharkiv", "geo_precision": "1"},
		{"event_id_cnty": "CHL2", "event_date": "2022-04-02", "time_precision": "3", "disorder_type": "Demonstrations",
			"event_type": "Protests", "sub_event_type": "Peaceful protest", "inter1": "6", "inter2": "1", "interaction": "16",
			"iso": "152", "geo_precision": "3"},
	}
	for i, w := range want {
		for k, v := range w {
			if got := get(rows[i+1], k); got != v {
				t.Errorf("row %d %s = %q, want %q", i+1, k, got, v)
			}
		}
	}
}

func TestACLEDType(t *testing.T) {
	civ := &store.EventActor{Code: "SYRCVL", Country: "SYR"}
	mil := &store.EventActor{Code: "SYRMIL", Country: "SYR"}
	tests := []struct {
		code   string
		target *store.EventActor
		event  string
		sub    string
	}{
		{"145", nil, "Riots", "Violent demonstration"},
		{"1411", nil, "Protests", "Peaceful protest"},
		{"1823", civ, "Violence against civilians", "Attack"},
		{"1823", mil, "Battles", "Armed clash"},
		{"181", civ, "Violence against civilians", "Abduction/forced disappearance"},
		{"1831", civ, "Explosions/Remote violence", "Suicide bomb"},
		{"195", mil, "Explosions/Remote violence", "Air/drone strike"},
		{"190", mil, "Battles", "Armed clash"},
		{"173", civ, "Strategic developments", "Arrests"},
		{"057", nil, "Strategic developments", "Agreement"},
		{"042", nil, "", ""},
	}
	for _, tt := range tests {
		_, ev, sub, ok := ACLEDType(tt.code, tt.target)
		if ev != tt.event || sub != tt.sub || ok != (tt.event != "") {
			t.Errorf("ACLEDType(%s) = %q %q %v, want %q %q", tt.code, ev, sub, ok, tt.event, tt.sub)
		}
	}
}

func TestPloverRoundTrip(t *testing.T) {
	sc := bufio.NewScanner(bytes.NewReader(writeAll(t, "plover")))
	var recs []PloverRecord
	for sc.Scan() {
		var r PloverRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	// The statement has no PLOVER type.
	if len(recs) != 2 {
		t.Fatalf("%d records, want 2", len(recs))
	}
	r := recs[0]
	if r.EventType != "FIGHT" || r.EventMode != "artillery" || r.Actor == nil || r.Actor.Country != "RUS" ||
		!reflect.DeepEqual(r.Actor.Sectors, []string{"MIL"}) || r.Recipient == nil || r.Location == nil || r.Location.Lat == nil ||
		*r.Location.Lat != 49.99 || r.NumMentions != 3 || r.StoryDate != "2022-03-07" || r.DatePrecision != "day" {
		t.Errorf("record 0: %+v", r)
	}
	if recs[1].DatePrecision != "month" || !reflect.DeepEqual(recs[1].Context, []string{"economic"}) {
		t.Errorf("record 1: %+v", recs[1])
	}
}

func TestParquetRoundTrip(t *testing.T) {
	out := writeAll(t, "parquet")
	rows, err := parquet.Read[ParquetEvent](bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	evs := testEvents()
	if len(rows) != len(evs) {
		t.Fatalf("%d rows, want %d", len(rows), len(evs))
	}
	for i := range evs {
		if want := ParquetRow(&evs[i]); !reflect.DeepEqual(rows[i], want) {
			t.Errorf("row %d: got %+v, want %+v", i, rows[i], want)
		}
	}
	if rows[2].Lat != nil || rows[0].Lat == nil || *rows[0].Lat != 49.99 {
		t.Error("optional lat not kept")
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := NewEventWriter(&bytes.Buffer{}, "xml"); err == nil {
		t.Error("no error for an unknown format")
	}
}

func TestCountries(t *testing.T) {
	tests := []struct{ iso3, fips, num string }{
		{"UKR", "UP", "804"}, {"GBR", "UK", "826"}, {"DEU", "GM", "276"}, {"XKX", "KV", ""}, {"SRB", "RI", "688"}, {"usa", "US", "840"},
	}
	for _, tt := range tests {
		c, ok := LookupCountry(tt.iso3)
		if !ok || c.FIPS != tt.fips || c.Numeric != tt.num {
			t.Errorf("LookupCountry(%s) = %+v, %v", tt.iso3, c, ok)
		}
	}
	if _, ok := LookupCountry("ZZZ"); ok {
		t.Error("ZZZ found")
	}
	for _, bad := range []string{"UKR UP 804\n", "UKR UPX 804 Ukraine\n", "UKR UP 804 Ukraine\nUKR UP 804 Ukraine\n"} {
		_, err := parseCountries("c.txt", "# header\n"+bad)
		if err == nil || !strings.Contains(err.Error(), "c.txt:") {
			t.Errorf("%q: error %v, want one naming file and line", bad, err)
		}
	}
}

func TestTable(t *testing.T) {
	out := string(writeAll(t, "table"))
	if !strings.Contains(out, "Russian forces (RUSMIL)") || !strings.Contains(out, "2022-03-07..2022-03-08") || strings.Count(out, "\n") != 4 {
		t.Errorf("table:\n%s", out)
	}
}
