// Command world converts the Natural Earth 1:110m country shapes of the npm
// package world-atlas (TopoJSON, countries-110m.json) into the compact GeoJSON
// the web UI draws as its map background (server/ui/world.geojson).
//
// Coordinates are rounded to one decimal degree (about 11 km, finer than a
// pixel of the UI's map) and consecutive duplicate points are dropped.
//
// Usage (see gen.sh beside it, which installs world-atlas with npm first):
//
//	go run ./server/internal/gen/world node_modules/world-atlas/countries-110m.json > server/ui/world.geojson
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
)

type topology struct {
	Type      string `json:"type"`
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Objects map[string]struct {
		Geometries []geometry `json:"geometries"`
	} `json:"objects"`
	Arcs [][][2]float64 `json:"arcs"`
}

type geometry struct {
	Type       string            `json:"type"`
	Arcs       json.RawMessage   `json:"arcs"`
	ID         string            `json:"id"`
	Properties map[string]string `json:"properties"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: world countries-110m.json > world.geojson")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "world:", err)
		os.Exit(1)
	}
}

func run(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var t topology
	if err := json.Unmarshal(b, &t); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	obj, ok := t.Objects["countries"]
	if !ok {
		return fmt.Errorf("%s: no countries object", path)
	}
	// Decode the delta-encoded, quantized arcs into degrees.
	arcs := make([][][2]float64, len(t.Arcs))
	for i, a := range t.Arcs {
		var x, y float64
		pts := make([][2]float64, len(a))
		for j, p := range a {
			if t.Transform != nil {
				x += p[0]
				y += p[1]
				pts[j] = [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
			} else {
				pts[j] = p
			}
		}
		arcs[i] = pts
	}
	ring := func(idx []int) [][2]float64 {
		var out [][2]float64
		for _, i := range idx {
			var a [][2]float64
			if i >= 0 {
				a = arcs[i]
			} else {
				src := arcs[^i]
				a = make([][2]float64, len(src))
				for k := range src {
					a[k] = src[len(src)-1-k]
				}
			}
			if len(out) > 0 {
				a = a[1:] // shared point between consecutive arcs
			}
			out = append(out, a...)
		}
		return out
	}
	var sb strings.Builder
	sb.WriteString("{\"type\":\"FeatureCollection\",\"attribution\":\"Natural Earth (public domain) via world-atlas 2.0.2 (ISC, Copyright 2013-2019 Michael Bostock)\",\"features\":[\n")
	n := 0
	for _, g := range obj.Geometries {
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return err
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return err
			}
		default:
			continue
		}
		if n > 0 {
			sb.WriteString(",\n")
		}
		n++
		name, _ := json.Marshal(g.Properties["name"])
		fmt.Fprintf(&sb, "{\"type\":\"Feature\",\"id\":%q,\"properties\":{\"name\":%s},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[", g.ID, name)
		for pi, p := range polys {
			if pi > 0 {
				sb.WriteByte(',')
			}
			sb.WriteByte('[')
			for ri, r := range p {
				if ri > 0 {
					sb.WriteByte(',')
				}
				sb.WriteByte('[')
				last := [2]float64{math.NaN(), math.NaN()}
				k := 0
				for _, pt := range ring(r) {
					q := [2]float64{math.Round(pt[0]*10) / 10, math.Round(pt[1]*10) / 10}
					if q == last {
						continue
					}
					last = q
					if k > 0 {
						sb.WriteByte(',')
					}
					k++
					sb.WriteString("[" + strconv.FormatFloat(q[0], 'f', -1, 64) + "," + strconv.FormatFloat(q[1], 'f', -1, 64) + "]")
				}
				sb.WriteByte(']')
			}
			sb.WriteByte(']')
		}
		sb.WriteString("]}}")
	}
	sb.WriteString("\n]}\n")
	_, err = os.Stdout.WriteString(sb.String())
	return err
}
