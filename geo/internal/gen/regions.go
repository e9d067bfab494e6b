package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"sort"
	"strings"
)

// Land centres of continents and of the UN subregions news names, computed
// from the country outlines of npm world-countries (ODbL 1.0): the centre of
// mass on the sphere of all the land of the member countries (every polygon,
// islands included, holes left out). Run with -regions to print them in the
// layout of data/regions.tsv; they are copied there by hand.
//
// Membership follows world-countries' region and subregion fields (the UN
// M49 grouping), with Russia split at the Urals (longitude 60° E): its land
// west of it is in Europe, east of it in Asia.

// regionDef defines one region: the countries of the listed world-countries
// regions or subregions ("region:Africa", "subregion:Caribbean") or codes
// ("RUS"), each optionally limited to a band of longitudes ("RUS<60",
// "RUS>60"); "!CODE" after a region leaves that country out.
type regionDef struct {
	name    string
	members []string
}

var regionDefs = []regionDef{
	{"Africa", []string{"region:Africa"}},
	{"Europe", []string{"region:Europe!RUS", "RUS<60"}},
	{"Asia", []string{"region:Asia", "RUS>60"}},
	{"North America", []string{"subregion:North America", "subregion:Central America", "subregion:Caribbean"}},
	{"South America", []string{"subregion:South America"}},
	{"Oceania", []string{"region:Oceania"}},
	{"Americas", []string{"region:Americas"}},
	{"Central America", []string{"subregion:Central America"}},
	{"Caribbean", []string{"subregion:Caribbean"}},
	{"Latin America", []string{"subregion:South America", "subregion:Central America", "subregion:Caribbean", "MEX"}},
	{"West Africa", []string{"subregion:Western Africa"}},
	{"East Africa", []string{"subregion:Eastern Africa"}},
	{"Central Africa", []string{"subregion:Middle Africa"}},
	{"North Africa", []string{"subregion:Northern Africa"}},
	{"Southern Africa", []string{"subregion:Southern Africa"}},
	{"Western Europe", []string{"subregion:Western Europe"}},
	{"Northern Europe", []string{"subregion:Northern Europe"}},
	{"Southern Europe", []string{"subregion:Southern Europe"}},
	{"Central Asia", []string{"subregion:Central Asia"}},
	// South Asia as news uses it: the subcontinent (the SAARC members), not
	// the UN's Southern Asia, which adds Iran.
	{"South Asia", []string{"AFG", "BGD", "BTN", "IND", "LKA", "MDV", "NPL", "PAK"}},
	{"Southeast Asia", []string{"subregion:South-Eastern Asia"}},
	{"East Asia", []string{"subregion:Eastern Asia"}},
}

// regions prints the land centre of every region of regionDefs.
func regions(src string, w io.Writer) error {
	var countries []struct {
		CCA3      string `json:"cca3"`
		Region    string `json:"region"`
		Subregion string `json:"subregion"`
	}
	if err := readJSON(filepath.Join(src, "world-countries", "countries.json"), &countries); err != nil {
		return err
	}
	outlines := map[string][][][2]float64{}
	outline := func(cca3 string) ([][][2]float64, error) {
		if r, ok := outlines[cca3]; ok {
			return r, nil
		}
		r, err := readRings(filepath.Join(src, "world-countries", "data", strings.ToLower(cca3)+".geo.json"))
		if err != nil {
			return nil, err
		}
		outlines[cca3] = r
		return r, nil
	}
	for _, def := range regionDefs {
		var acc landSum
		for _, m := range def.members {
			lonLo, lonHi := -180.0, 180.0
			var codes []string
			switch {
			case strings.HasPrefix(m, "region:") || strings.HasPrefix(m, "subregion:"):
				field, val, _ := strings.Cut(m, ":")
				val, except, _ := strings.Cut(val, "!")
				for _, c := range countries {
					v := c.Region
					if field == "subregion" {
						v = c.Subregion
					}
					if v == val && c.CCA3 != except {
						codes = append(codes, c.CCA3)
					}
				}
			case strings.Contains(m, "<"):
				c, lim, _ := strings.Cut(m, "<")
				codes, lonHi = []string{c}, atof(lim)
			case strings.Contains(m, ">"):
				c, lim, _ := strings.Cut(m, ">")
				codes, lonLo = []string{c}, atof(lim)
			default:
				codes = []string{m}
			}
			if len(codes) == 0 {
				return fmt.Errorf("region %s: member %s matches no country", def.name, m)
			}
			for _, c := range codes {
				rings, err := outline(c)
				if err != nil {
					return fmt.Errorf("region %s: %w", def.name, err)
				}
				acc.add(rings, lonLo, lonHi)
			}
		}
		lat, lon, ok := acc.centre()
		if !ok {
			return fmt.Errorf("region %s: no land", def.name)
		}
		fmt.Fprintf(w, "%s\t%.1f\t%.1f\n", def.name, lat, lon)
	}
	return nil
}

func atof(s string) float64 {
	var v float64
	fmt.Sscan(s, &v)
	return v
}

// readPolygons reads the polygons of a GeoJSON outline (Polygon and
// MultiPolygon features), each as its rings: the outer ring first, then its
// holes.
func readPolygons(path string) ([][][][2]float64, error) {
	var fc struct {
		Features []struct {
			Geometry struct {
				Type        string          `json:"type"`
				Coordinates json.RawMessage `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	if err := readJSON(path, &fc); err != nil {
		return nil, err
	}
	var polys [][][][2]float64
	for _, f := range fc.Features {
		switch f.Geometry.Type {
		case "Polygon":
			var p [][][2]float64
			if err := json.Unmarshal(f.Geometry.Coordinates, &p); err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			polys = append(polys, p)
		case "MultiPolygon":
			var mp [][][][2]float64
			if err := json.Unmarshal(f.Geometry.Coordinates, &mp); err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			polys = append(polys, mp...)
		}
	}
	return polys, nil
}

// readRings reads every ring (outer and inner) of a GeoJSON outline.
func readRings(path string) ([][][2]float64, error) {
	polys, err := readPolygons(path)
	if err != nil {
		return nil, err
	}
	var rings [][][2]float64
	for _, p := range polys {
		rings = append(rings, p...)
	}
	return rings, nil
}

// landSum accumulates the centre of mass of land on the unit sphere.
type landSum struct{ x, y, z float64 }

// rowStep is the latitude step of the scan, in degrees.
const rowStep = 0.05

// add scans rings (one country's outline: an even-odd fill of all its
// rings) along parallels rowStep apart and adds the mass of the land between
// longitudes lonLo and lonHi, integrated exactly along each parallel.
func (s *landSum) add(rings [][][2]float64, lonLo, lonHi float64) {
	minLat, maxLat := 90.0, -90.0
	for _, r := range rings {
		for _, p := range r {
			minLat, maxLat = math.Min(minLat, p[1]), math.Max(maxLat, p[1])
		}
	}
	const rad = math.Pi / 180
	var xs []float64
	for lat := math.Floor(minLat/rowStep)*rowStep + rowStep/2; lat < maxLat; lat += rowStep {
		xs = xs[:0]
		for _, r := range rings {
			for i := 0; i+1 < len(r); i++ {
				a, b := r[i], r[i+1]
				if (a[1] <= lat) == (b[1] <= lat) {
					continue
				}
				xs = append(xs, a[0]+(lat-a[1])*(b[0]-a[0])/(b[1]-a[1]))
			}
		}
		sort.Float64s(xs)
		phi := lat * rad
		w := math.Cos(phi) * rowStep * rad // area of a band of unit width in radians of longitude
		for i := 0; i+1 < len(xs); i += 2 {
			lo, hi := math.Max(xs[i], lonLo), math.Min(xs[i+1], lonHi)
			if hi <= lo {
				continue
			}
			l0, l1 := lo*rad, hi*rad
			// ∫ (cosφ cosλ, cosφ sinλ, sinφ) dλ over [l0, l1], times the band's area.
			s.x += w * math.Cos(phi) * (math.Sin(l1) - math.Sin(l0))
			s.y += w * math.Cos(phi) * (math.Cos(l0) - math.Cos(l1))
			s.z += w * math.Sin(phi) * (l1 - l0)
		}
	}
}

// centre returns the direction of the accumulated mass as latitude and
// longitude, ok false when there is none.
func (s *landSum) centre() (lat, lon float64, ok bool) {
	h := math.Hypot(s.x, s.y)
	if h == 0 && s.z == 0 {
		return 0, 0, false
	}
	return math.Atan2(s.z, h) * 180 / math.Pi, math.Atan2(s.y, s.x) * 180 / math.Pi, true
}
