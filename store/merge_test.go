package store

import (
	"strings"
	"testing"
)

func dr(t *testing.T, s string) DateRange {
	t.Helper()
	r, ok := ParseDateRange(s)
	if !ok {
		t.Fatalf("ParseDateRange(%q) failed", s)
	}
	return r
}

func TestDatesCompatible(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2019-01-04", "2019-01-04", true},
		{"2019-01-04", "2019-01-05", true},
		{"2019-01-04", "2019-01-03", true},
		{"2019-01-04", "2019-01-06", false},
		{"2019-01-31", "2019-02-01", true},
		{"2019-01", "2019-01-20", true},
		{"2019-01-20", "2019-01", true},
		{"2019-01", "2019-02-01", false},
		{"2019", "2019-07", true},
		{"2019", "2019-07-04", true},
		{"2019-12", "2020", false},
		{"2019-01", "2019-02", false},
	}
	for _, tt := range tests {
		if got := DatesCompatible(dr(t, tt.a), dr(t, tt.b)); got != tt.want {
			t.Errorf("DatesCompatible(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestParseDateRange(t *testing.T) {
	for _, s := range []string{"", "PAST_REF", "2019-13", "2019-02-30", "XXXX-01-02", "19"} {
		if _, ok := ParseDateRange(s); ok {
			t.Errorf("ParseDateRange(%q) accepted", s)
		}
	}
	r := dr(t, "2020-02")
	if r.Hi.Format("2006-01-02") != "2020-02-29" || r.Gran != Month {
		t.Errorf("2020-02 = %v", r)
	}
}

func TestCodesCompatible(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"193", "193", true},
		{"190", "193", true},
		{"193", "190", true},
		{"19", "195", true},
		{"193", "195", false},
		{"1823", "1822", true},
		{"1823", "183", false},
		{"0311", "031", true},
		{"0311", "032", false},
		{"190", "180", false},
		{"010", "013", true},
	}
	for _, tt := range tests {
		if got := CodesCompatible(tt.a, tt.b); got != tt.want {
			t.Errorf("CodesCompatible(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	if got := MoreSpecificCode("190", "193"); got != "193" {
		t.Errorf("MoreSpecificCode(190, 193) = %s", got)
	}
	if got := MoreSpecificCode("193", "190"); got != "193" {
		t.Errorf("MoreSpecificCode(193, 190) = %s", got)
	}
}

func TestPlacesCompatible(t *testing.T) {
	kyiv := &Place{Name: "Kyiv", Country: "UKR", Lat: 50.45, Lon: 30.52, GeonameID: 703448, Feature: "city", Resolved: true}
	kyiv2 := &Place{Name: "Kiev", Country: "UKR", Lat: 50.43, Lon: 30.50, Feature: "city", Resolved: true}
	brovary := &Place{Name: "Brovary", Country: "UKR", Lat: 50.51, Lon: 30.79, Feature: "city", Resolved: true}
	lviv := &Place{Name: "Lviv", Country: "UKR", Lat: 49.84, Lon: 24.03, Feature: "city", Resolved: true}
	ukraine := &Place{Name: "Ukraine", Country: "UKR", Lat: 49, Lon: 32, Feature: "country", Resolved: true}
	moscow := &Place{Name: "Moscow", Country: "RUS", Lat: 55.75, Lon: 37.62, Feature: "city", Resolved: true}
	bare1 := &Place{Name: "the camp"}
	bare2 := &Place{Name: "The Camp"}
	bare3 := &Place{Name: "the market"}
	tests := []struct {
		name string
		a, b *Place
		want bool
	}{
		{"nil", nil, kyiv, true},
		{"both nil", nil, nil, true},
		{"same id", kyiv, kyiv, true},
		{"same city, other spelling", kyiv, kyiv2, true},
		{"nearby town", kyiv, brovary, true},
		{"far city", kyiv, lviv, false},
		{"country contains city", ukraine, lviv, true},
		{"city in country", lviv, ukraine, true},
		{"other country", ukraine, moscow, false},
		{"unresolved same name", bare1, bare2, true},
		{"unresolved other name", bare1, bare3, false},
	}
	for _, tt := range tests {
		if got := PlacesCompatible(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: PlacesCompatible = %v, want %v", tt.name, got, tt.want)
		}
	}
	if MoreSpecificPlace(ukraine, lviv) != lviv || MoreSpecificPlace(lviv, ukraine) != lviv || MoreSpecificPlace(nil, ukraine) != ukraine {
		t.Error("MoreSpecificPlace does not prefer the finer place")
	}
}

func TestBest(t *testing.T) {
	m := MentionKey{SourceKey: "RUSMIL", Code: "193", Date: dr(t, "2022-03-07")}
	cands := []Candidate{
		{ID: 1, Code: "193", Date: dr(t, "2022-03-06"), Mentions: 5},
		{ID: 2, Code: "195", Date: dr(t, "2022-03-07"), Mentions: 9},
		{ID: 3, Code: "190", Date: dr(t, "2022-03-07"), Mentions: 1},
		{ID: 4, Code: "193", Date: dr(t, "2022-03-07"), Mentions: 2},
	}
	if b := Best(m, cands); b < 0 || cands[b].ID != 4 {
		t.Errorf("Best = %d, want the event with id 4 (same day, most mentions among compatible)", b)
	}
	if b := Best(m, cands[:2]); b < 0 || cands[b].ID != 1 {
		t.Errorf("Best = %d, want id 1 (the only compatible)", b)
	}
	if b := Best(m, cands[1:2]); b != -1 {
		t.Errorf("Best over an incompatible code = %d, want -1", b)
	}
	if (MentionKey{Code: "193"}).Mergeable() {
		t.Error("a mention without actors must not be mergeable")
	}
}

const wire = `Government forces and rebels exchanged heavy fire on the outskirts of the northern town on Tuesday,
residents said, a day after talks on a ceasefire broke down in the capital. The army said it had repelled an attack on
a checkpoint and that several fighters were killed, while a rebel spokesman said the group had captured two armoured
vehicles. Aid agencies warned that thousands of families had fled the fighting and were sheltering in schools and
mosques without enough food or water. The United Nations envoy urged both sides to return to the negotiating table and
to allow humanitarian convoys to reach the town, where the main hospital was reported to be running out of fuel.`

func TestMinHashNearDuplicates(t *testing.T) {
	a, n := MinHash(wire)
	if n < NearDupMinShingles {
		t.Fatalf("only %d shingles", n)
	}
	short := wire[:strings.Index(wire, "Aid agencies")]
	tests := []struct {
		name      string
		a, b      string
		near      bool
		sameBands bool
	}{
		{"identical", wire, wire, true, true},
		{"case", wire, strings.ToUpper(wire), true, true},
		{"words inserted", wire, strings.Replace(wire, "on Tuesday", "on Tuesday morning", 1), true, true},
		{"short text, words inserted", short, strings.Replace(short, "on Tuesday", "on Tuesday morning", 1), true, true},
		{"sentence dropped", wire, wire[:strings.LastIndex(wire, "The United Nations")], true, true},
		{"unrelated", wire, `The central bank raised its benchmark interest rate by half a percentage point on Wednesday, its third
increase this year, saying inflation was running well above its target and that further tightening might be needed.
Economists had expected a smaller move. The currency rose against the dollar after the announcement.`, false, false},
		{"same topic, other text", wire, `Rebels attacked an army checkpoint on the edge of the northern town on Tuesday and the
army said several fighters died. Families fled to schools. The UN envoy called for new talks in the capital.`, false, false},
	}
	for _, tt := range tests {
		sa, _ := MinHash(tt.a)
		sb, _ := MinHash(tt.b)
		sim := Similarity(&sa, &sb)
		if (sim >= NearDupSimilarity) != tt.near {
			t.Errorf("%s: similarity %.2f, near-duplicate %v", tt.name, sim, tt.near)
		}
		ka, kb := LSHKeys(&sa), LSHKeys(&sb)
		shared := false
		for i := range ka {
			shared = shared || ka[i] == kb[i]
		}
		if tt.sameBands && !shared {
			t.Errorf("%s: no LSH band shared", tt.name)
		}
	}
	b := a.Bytes()
	if back, ok := SignatureFrom(b); !ok || back != a {
		t.Error("signature does not round-trip through Bytes")
	}
	if _, ok := SignatureFrom(b[1:]); ok {
		t.Error("a short blob decodes")
	}
}
