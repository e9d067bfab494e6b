package geo

import (
	"math"
	"sync"
)

// grid buckets populated places by whole degree for reverse lookups.
type grid struct {
	once  sync.Once
	cells map[[2]int16][]int32
}

func cellOf(lat, lon float64) [2]int16 {
	return [2]int16{int16(math.Floor(lat)), int16(math.Floor(lon))}
}

// CountryAt returns the alpha-3 code of the country of the populated place
// nearest to (lat, lon) within about 300 km, or "".
func (g *Gazetteer) CountryAt(lat, lon float64) string {
	g.grid.once.Do(func() {
		g.grid.cells = map[[2]int16][]int32{}
		for i := range g.entries {
			e := &g.entries[i]
			if e.id == 0 {
				continue
			}
			c := cellOf(float64(e.lat), float64(e.lon))
			g.grid.cells[c] = append(g.grid.cells[c], int32(i))
		}
	})
	c := cellOf(lat, lon)
	best, bestD := -1, math.Inf(1)
	for r := int16(1); r <= 3 && best < 0; r++ {
		for dy := -r; dy <= r; dy++ {
			for dx := -r; dx <= r; dx++ {
				lo := c[1] + dx
				if lo >= 180 {
					lo -= 360
				} else if lo < -180 {
					lo += 360
				}
				for _, i := range g.grid.cells[[2]int16{c[0] + dy, lo}] {
					e := &g.entries[i]
					if d := haversine(lat, lon, float64(e.lat), float64(e.lon)); d < bestD {
						best, bestD = int(i), d
					}
				}
			}
		}
	}
	if best < 0 {
		return ""
	}
	return g.entries[best].country
}
