package store

import (
	"crypto/sha256"
	"encoding/hex"
	"hash/fnv"
	"math"
	"math/bits"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/annals-dev/annals/doc"
)

// Merge and near-duplicate thresholds.
const (
	// NearDupDistance is the largest SimHash Hamming distance between
	// near-duplicate articles.
	NearDupDistance = 3
	// NearDupDays is the largest date difference between near-duplicates.
	NearDupDays = 7
	// NearDupMinShingles is the fewest word 3-shingles an article needs to
	// be compared (shorter texts give unreliable SimHashes).
	NearDupMinShingles = 8
	// NearbyKm is how far apart two places of one event may be.
	NearbyKm = 50
	// NearbyRegionKm is the distance allowed when one place is a region.
	NearbyRegionKm = 200
)

// Hash is an article's content hash: hex SHA-256 of its date (YYYY-MM-DD),
// a newline and its text.
func Hash(d *doc.Document) string {
	h := sha256.New()
	h.Write([]byte(d.Date.Format("2006-01-02")))
	h.Write([]byte{'\n'})
	h.Write([]byte(d.Text))
	return hex.EncodeToString(h.Sum(nil))
}

// SimHash returns the 64-bit SimHash of text over lower-cased word
// 3-shingles (words are runs of letters and digits) and the number of
// shingles. Texts with fewer than three words hash their words.
func SimHash(text string) (uint64, int) {
	var v [64]int
	var words [3]string
	n, shingles := 0, 0
	var buf []byte
	add := func(s string) {
		h := fnv.New64a()
		h.Write([]byte(s))
		x := h.Sum64()
		for i := 0; i < 64; i++ {
			if x&(1<<uint(i)) != 0 {
				v[i]++
			} else {
				v[i]--
			}
		}
		shingles++
	}
	flush := func() {
		if len(buf) == 0 {
			return
		}
		words[0], words[1], words[2] = words[1], words[2], string(buf)
		buf = buf[:0]
		n++
		if n >= 3 {
			add(words[0] + " " + words[1] + " " + words[2])
		}
	}
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		} else {
			flush()
		}
	}
	flush()
	if n < 3 {
		for i := 3 - n; i < 3; i++ {
			add(words[i])
		}
	}
	var x uint64
	for i := 0; i < 64; i++ {
		if v[i] > 0 {
			x |= 1 << uint(i)
		}
	}
	return x, shingles
}

// Distance is the Hamming distance between two SimHashes.
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// Bands splits a SimHash into four 16-bit bands: two hashes within
// NearDupDistance (< 4) bits share at least one band.
func Bands(x uint64) [4]int64 {
	return [4]int64{int64(x & 0xffff), int64(x >> 16 & 0xffff), int64(x >> 32 & 0xffff), int64(x >> 48)}
}

// ActorKey is the key the merge rule compares: the entity id, else the code;
// "" for a missing actor.
func ActorKey(m *doc.ActorMention) string {
	if m == nil {
		return ""
	}
	if m.Actor.ID != "" {
		return m.Actor.ID
	}
	return m.Actor.Code
}

// Granularity of a date.
const (
	Year  = 1
	Month = 2
	Day   = 3
)

// DateRange is the range of days [Lo, Hi] a date stands for.
type DateRange struct {
	Lo, Hi time.Time
	Gran   int
}

// ParseDateRange reads "YYYY", "YYYY-MM" or "YYYY-MM-DD".
func ParseDateRange(s string) (DateRange, bool) {
	switch len(s) {
	case 10:
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			return DateRange{}, false
		}
		return DateRange{t, t, Day}, true
	case 7:
		t, err := time.Parse("2006-01", s)
		if err != nil {
			return DateRange{}, false
		}
		return DateRange{t, t.AddDate(0, 1, -1), Month}, true
	case 4:
		t, err := time.Parse("2006", s)
		if err != nil {
			return DateRange{}, false
		}
		return DateRange{t, t.AddDate(1, 0, -1), Year}, true
	}
	return DateRange{}, false
}

// Contains reports whether r contains o.
func (r DateRange) Contains(o DateRange) bool { return !o.Lo.Before(r.Lo) && !o.Hi.After(r.Hi) }

// DatesCompatible reports whether two event dates may be the same event's:
// day dates at most one day apart, or one date containing the other.
func DatesCompatible(a, b DateRange) bool {
	if a.Gran == Day && b.Gran == Day {
		d := a.Lo.Sub(b.Lo)
		return d <= 24*time.Hour && d >= -24*time.Hour
	}
	return a.Contains(b) || b.Contains(a)
}

// BaseCode is a CAMEO code's base: its first three digits (or the code when
// shorter).
func BaseCode(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// RootCode is a CAMEO code's two-digit root.
func RootCode(code string) string {
	if len(code) > 2 {
		return code[:2]
	}
	return code
}

// generic reports whether a base code is its root's generic code.
func generic(base string) bool { return len(base) < 3 || base[2] == '0' }

// CodesCompatible reports whether two CAMEO codes are of one family: same
// root, and the same base code or a generic base on either side.
func CodesCompatible(a, b string) bool {
	if RootCode(a) != RootCode(b) {
		return false
	}
	ba, bb := BaseCode(a), BaseCode(b)
	return ba == bb || generic(ba) || generic(bb)
}

// MoreSpecificCode returns whichever code is more specific (longer, or not
// generic), preferring a.
func MoreSpecificCode(a, b string) string {
	if generic(BaseCode(a)) && !generic(BaseCode(b)) {
		return b
	}
	if BaseCode(a) == BaseCode(b) && len(b) > len(a) {
		return b
	}
	return a
}

func coarsePlace(f string) bool { return f == "country" || f == "continent" }

// PlacesCompatible reports whether two event places may be one event's (see
// the package documentation); nil is compatible with anything.
func PlacesCompatible(a, b *Place) bool {
	if a == nil || b == nil {
		return true
	}
	if a.GeonameID != 0 && a.GeonameID == b.GeonameID {
		return true
	}
	if a.Country != "" && b.Country != "" && a.Country != b.Country {
		return a.Feature == "continent" || b.Feature == "continent"
	}
	if (coarsePlace(a.Feature) || coarsePlace(b.Feature)) && a.Country != "" && b.Country != "" {
		return true
	}
	if a.Resolved && b.Resolved {
		limit := float64(NearbyKm)
		if a.Feature == "region" || b.Feature == "region" {
			limit = NearbyRegionKm
		}
		return Km(a.Lat, a.Lon, b.Lat, b.Lon) <= limit
	}
	return strings.EqualFold(strings.TrimSpace(a.Name), strings.TrimSpace(b.Name))
}

// placeRank orders place specificity: none < continent < country < region < city.
func placeRank(p *Place) int {
	if p == nil {
		return 0
	}
	switch p.Feature {
	case "continent":
		return 1
	case "country":
		return 2
	case "region":
		return 3
	}
	return 4
}

// MoreSpecificPlace returns whichever place is more specific, preferring a.
func MoreSpecificPlace(a, b *Place) *Place {
	if placeRank(b) > placeRank(a) {
		return b
	}
	return a
}

// Km is the great-circle distance in kilometres.
func Km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// Candidate is the part of an event the merge rule compares.
type Candidate struct {
	ID       int64
	Code     string
	Date     DateRange
	Place    *Place
	Mentions int
}

// MentionKey is the part of a mention the merge rule compares.
type MentionKey struct {
	SourceKey, TargetKey string
	Code                 string
	Date                 DateRange
	Place                *Place
}

// Mergeable reports whether a mention may join an event at all: it needs
// at least one actor.
func (m MentionKey) Mergeable() bool { return m.SourceKey != "" || m.TargetKey != "" }

// Compatible reports whether mention m may join event c (their dyads are
// assumed equal: candidates are looked up by dyad).
func Compatible(m MentionKey, c Candidate) bool {
	return CodesCompatible(m.Code, c.Code) && DatesCompatible(m.Date, c.Date) && PlacesCompatible(m.Place, c.Place)
}

// Best picks the event a mention joins among candidates, or -1: the closest
// date, then the most mentions, then the oldest.
func Best(m MentionKey, cands []Candidate) int {
	best := -1
	var bestGap time.Duration
	for i, c := range cands {
		if !Compatible(m, c) {
			continue
		}
		gap := m.Date.Lo.Sub(c.Date.Lo)
		if gap < 0 {
			gap = -gap
		}
		if best < 0 || gap < bestGap || gap == bestGap && (c.Mentions > cands[best].Mentions ||
			c.Mentions == cands[best].Mentions && c.ID < cands[best].ID) {
			best, bestGap = i, gap
		}
	}
	return best
}
