package store

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"strings"
	"time"
	"unicode"

	"github.com/annals-dev/annals/doc"
)

// Merge and near-duplicate thresholds.
const (
	// NearDupSimilarity is the least estimated Jaccard similarity of the
	// word 3-shingle sets of two near-duplicate articles.
	NearDupSimilarity = 0.7
	// NearDupDays is the largest date difference between near-duplicates.
	NearDupDays = 7
	// NearDupMinShingles is the fewest word 3-shingles an article needs to
	// be compared (shorter texts give unreliable signatures).
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

// MinHash signature size and its LSH banding: NumBands bands of BandRows
// values. Two texts of Jaccard similarity s share a band with probability
// 1-(1-s^BandRows)^NumBands: 0.96 at s = 0.7, 0.998 at 0.8, 0.54 at 0.5
// (candidates are then checked on the whole signature).
const (
	NumHashes = 48
	BandRows  = 4
	NumBands  = NumHashes / BandRows
)

// Signature is a MinHash signature.
type Signature [NumHashes]uint32

// mix is the SplitMix64 finalizer, a fast well-mixing 64-bit hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// MinHash returns the MinHash signature of text over its lower-cased word
// 3-shingles (words are runs of letters and digits), and the number of
// shingles. Texts of fewer than three words hash their words.
func MinHash(text string) (Signature, int) {
	var sig Signature
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	var words [3]uint64
	n, shingles := 0, 0
	add := func(h uint64) {
		shingles++
		for i := range sig {
			v := uint32(mix(h + uint64(i)*0x9e3779b97f4a7c15))
			if v < sig[i] {
				sig[i] = v
			}
		}
	}
	const offset, prime = 14695981039346656037, 1099511628211 // FNV-1a
	w := uint64(offset)
	inWord := false
	flush := func() {
		if !inWord {
			return
		}
		words[0], words[1], words[2] = words[1], words[2], w
		w, inWord = offset, false
		n++
		if n >= 3 {
			add(mix(words[0]) ^ mix(words[1]+1)<<1 ^ mix(words[2]+2)<<2)
		}
	}
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			r = unicode.ToLower(r)
			w = (w ^ uint64(r)) * prime
			inWord = true
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
	return sig, shingles
}

// Similarity estimates the Jaccard similarity of the texts of two
// signatures: the share of equal values.
func Similarity(a, b *Signature) float64 {
	eq := 0
	for i := range a {
		if a[i] == b[i] {
			eq++
		}
	}
	return float64(eq) / NumHashes
}

// LSHKeys are the band keys of a signature: texts sharing a key are
// near-duplicate candidates. A key hashes the band's number and values.
func LSHKeys(sig *Signature) [NumBands]int64 {
	var k [NumBands]int64
	for b := 0; b < NumBands; b++ {
		h := mix(uint64(b) + 1)
		for r := 0; r < BandRows; r++ {
			h = mix(h ^ uint64(sig[b*BandRows+r]))
		}
		k[b] = int64(h)
	}
	return k
}

// Bytes encodes a signature (little-endian) for storage.
func (s *Signature) Bytes() []byte {
	b := make([]byte, 4*NumHashes)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// SignatureFrom decodes Bytes; ok is false for a wrong length.
func SignatureFrom(b []byte) (Signature, bool) {
	var s Signature
	if len(b) != 4*NumHashes {
		return s, false
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s, true
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
