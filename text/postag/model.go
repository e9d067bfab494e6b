package postag

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed model/perceptron.txt
var modelText string

//go:embed data/fixed.txt
var fixedText string

const (
	modelFile = "model/perceptron.txt"
	fixedFile = "data/fixed.txt"
)

// Feature templates, in the order of the model file's header.
const (
	tBias = iota
	tSuffix
	tPref1
	tPrevTag
	tPrev2Tag
	tTagBigram
	tWord
	tPrevTagWord
	tPrevWord
	tPrevSuffix
	tPrev2Word
	tNextWord
	tNextSuffix
	tNext2Word
	numTemplates
)

// templateNames maps the model file's template names to template ids and
// the number of parts that follow them.
var templateNames = map[string]struct{ id, parts int }{
	"bias":           {tBias, 0},
	"i_suffix":       {tSuffix, 1},
	"i_pref1":        {tPref1, 1},
	"i-1_tag":        {tPrevTag, 1},
	"i-2_tag":        {tPrev2Tag, 1},
	"i_tag+i-2_tag":  {tTagBigram, 2},
	"i_word":         {tWord, 1},
	"i-1_tag+i_word": {tPrevTagWord, 2},
	"i-1_word":       {tPrevWord, 1},
	"i-1_suffix":     {tPrevSuffix, 1},
	"i-2_word":       {tPrev2Word, 1},
	"i+1_word":       {tNextWord, 1},
	"i+1_suffix":     {tNextSuffix, 1},
	"i+2_word":       {tNext2Word, 1},
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// strHash is 64-bit FNV-1a of s.
func strHash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix folds a part's hash into a feature key.
func mix(h, x uint64) uint64 {
	h ^= x
	h *= 0x9E3779B97F4A7C15
	h ^= h >> 29
	return h
}

// seeds[t] starts the key of template t.
var seeds = func() (s [numTemplates]uint64) {
	for t := range s {
		s[t] = mix(fnvOffset, uint64(t+1))
	}
	return s
}()

// nonzero keeps 0 free as the hash table's empty marker.
func nonzero(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

func key1(t int, a uint64) uint64    { return nonzero(mix(seeds[t], a)) }
func key2(t int, a, b uint64) uint64 { return nonzero(mix(mix(seeds[t], a), b)) }

// table is an open-addressing hash table from feature keys to the range
// of the feature's weights.
type table struct {
	entries []tentry
	mask    uint64
}

type tentry struct {
	key    uint64
	lo, hi uint32
}

func newTable(n int) *table {
	size := 1
	for size < 2*n {
		size <<= 1
	}
	return &table{entries: make([]tentry, size), mask: uint64(size - 1)}
}

// insert adds k → [lo, hi) and reports false when k is already present.
func (t *table) insert(k uint64, lo, hi uint32) bool {
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		switch t.entries[i].key {
		case 0:
			t.entries[i] = tentry{k, lo, hi}
			return true
		case k:
			return false
		}
	}
}

// get returns k's weight range, empty when k is absent.
func (t *table) get(k uint64) (lo, hi uint32) {
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		e := &t.entries[i]
		switch e.key {
		case k:
			return e.lo, e.hi
		case 0:
			return 0, 0
		}
	}
}

// model is the loaded perceptron.
type model struct {
	classes []string         // tag names, indexed by class id
	tagIDs  map[string]int   // tag name (and -START-, -START2-) → id
	tagHash []uint64         // strHash of each tag id's name
	words   map[string]uint8 // unambiguous words → class id
	feats   *table           // feature key → range of w
	// w holds the weights: weight in thousandths << 6 | class id.
	w              []int32
	biasLo, biasHi uint32 // range of the bias feature's weights
	// common holds the normalized words whose i_word feature favours a
	// tag other than NNP and NNPS.
	common map[uint64]struct{}
	// fixed maps the normalized hashes of words to the tag they always
	// get.
	fixed map[uint64]uint8
	// fixedBefore maps the hash pair of a word and the word after it to
	// the tag the first always gets there ("tear" before "gas": NN).
	fixedBefore map[[2]uint64]uint8
	// Ids of tags the tagger assigns itself.
	startID, start2ID, cdID, symID, vbdID, vbnID, vbzID, vbpID, nnsID, rbID, nnpID int
	// aux holds the normalized hashes of forms of "be", "have" and "get",
	// after which a past tense is read as a participle.
	aux map[uint64]struct{}
	// Hashes of the normalized pseudo-words.
	hyphen, year, digits, start, start2, end, end2 normed
}

// auxForms are the forms of "be", "have" and "get" that make a following
// past tense a participle ("has said", "was detained", "got killed").
var auxForms = []string{
	"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m",
	"have", "has", "had", "having", "'ve", "'d",
	"get", "gets", "got", "gotten", "getting",
}

// normed is a normalized word's hash and the hash of its last three bytes.
type normed struct{ h, suf uint64 }

// Pseudo-tags of the positions before a sentence.
const (
	tagStart  = "-START-"
	tagStart2 = "-START2-"
)

func hashNormed(s string) normed {
	return normed{strHash(s), strHash(s[max(0, len(s)-3):])}
}

// loadModel parses the model file text.
func loadModel(text string) (*model, error) {
	m := &model{
		tagIDs:      map[string]int{},
		words:       map[string]uint8{},
		common:      map[uint64]struct{}{},
		fixed:       map[uint64]uint8{},
		fixedBefore: map[[2]uint64]uint8{},
		hyphen:      hashNormed("!HYPHEN"),
		year:        hashNormed("!YEAR"),
		digits:      hashNormed("!DIGITS"),
		start:       hashNormed("-START-"),
		start2:      hashNormed("-START2-"),
		end:         hashNormed("-END-"),
		end2:        hashNormed("-END2-"),
	}
	nfeat := strings.Count(text, "\nfeat\t")
	m.feats = newTable(nfeat)
	m.w = make([]int32, 0, strings.Count(text, ":"))
	lineNo := 0
	for len(text) > 0 {
		lineNo++
		var line string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			line, text = text, ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		if err := m.parseLine(line); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", modelFile, lineNo, err)
		}
	}
	if len(m.classes) == 0 {
		return nil, fmt.Errorf("%s: no classes line", modelFile)
	}
	var err error
	if m.cdID, err = m.tagID("CD"); err != nil {
		return nil, fmt.Errorf("%s: %w", modelFile, err)
	}
	if m.symID, err = m.tagID("SYM"); err != nil {
		return nil, fmt.Errorf("%s: %w", modelFile, err)
	}
	m.startID, m.start2ID = m.tagIDs[tagStart], m.tagIDs[tagStart2]
	if m.vbdID, err = m.tagID("VBD"); err != nil {
		return nil, fmt.Errorf("%s: %w", modelFile, err)
	}
	if m.vbnID, err = m.tagID("VBN"); err != nil {
		return nil, fmt.Errorf("%s: %w", modelFile, err)
	}
	if m.vbpID, err = m.tagID("VBP"); err != nil {
		return nil, err
	}
	if m.vbzID, err = m.tagID("VBZ"); err != nil {
		return nil, fmt.Errorf("%s: %w", modelFile, err)
	}
	if m.nnsID, err = m.tagID("NNS"); err != nil {
		return nil, fmt.Errorf("%s: %w", modelFile, err)
	}
	if m.rbID, err = m.tagID("RB"); err != nil {
		return nil, fmt.Errorf("%s: %w", modelFile, err)
	}
	if m.nnpID, err = m.tagID("NNP"); err != nil {
		return nil, fmt.Errorf("%s: %w", modelFile, err)
	}
	m.aux = map[uint64]struct{}{}
	for _, w := range auxForms {
		m.aux[strHash(w)] = struct{}{}
	}
	return m, nil
}

// loadFixed parses the fixed-tag list.
func (m *model) loadFixed(text string) error {
	lineNo := 0
	for len(text) > 0 {
		lineNo++
		var line string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			line, text = text, ""
		}
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		plain := func(w string) bool { return w == strings.ToLower(w) && m.normalize(w, new([]byte)).h == strHash(w) }
		if len(f) < 2 || len(f) > 3 || !plain(f[0]) || len(f) == 3 && !plain(f[1]) {
			return fmt.Errorf("%s:%d: want: WORD [NEXT] TAG, words lower-case without digits or inner hyphens", fixedFile, lineNo)
		}
		tag := f[len(f)-1]
		id, err := m.tagID(tag)
		if err != nil || id >= len(m.classes) {
			return fmt.Errorf("%s:%d: unknown tag %q", fixedFile, lineNo, tag)
		}
		if len(f) == 3 {
			m.fixedBefore[[2]uint64{strHash(f[0]), strHash(f[1])}] = uint8(id)
			continue
		}
		m.fixed[strHash(f[0])] = uint8(id)
	}
	return nil
}

func (m *model) tagID(name string) (int, error) {
	id, ok := m.tagIDs[name]
	if !ok {
		return 0, fmt.Errorf("unknown tag %q", name)
	}
	return id, nil
}

// splitTabs splits line at tabs into buf, returning nil when it has more
// fields than buf holds.
func splitTabs(line string, buf []string) []string {
	n := 0
	for {
		if n == len(buf) {
			return nil
		}
		i := strings.IndexByte(line, '\t')
		if i < 0 {
			buf[n] = line
			return buf[:n+1]
		}
		buf[n], line = line[:i], line[i+1:]
		n++
	}
}

func (m *model) parseLine(line string) error {
	var buf [6]string
	fields := splitTabs(line, buf[:])
	if fields == nil {
		return fmt.Errorf("too many fields")
	}
	switch fields[0] {
	case "classes":
		if len(fields) != 2 || len(m.classes) > 0 {
			return fmt.Errorf("malformed or repeated classes line")
		}
		m.classes = strings.Fields(fields[1])
		if len(m.classes) > 62 {
			return fmt.Errorf("too many classes (%d)", len(m.classes))
		}
		for i, c := range m.classes {
			m.tagIDs[c] = i
		}
		m.tagIDs[tagStart] = len(m.classes)
		m.tagIDs[tagStart2] = len(m.classes) + 1
		m.tagHash = make([]uint64, len(m.classes)+2)
		for name, id := range m.tagIDs {
			m.tagHash[id] = strHash(name)
		}
		return nil
	case "word":
		if len(fields) != 3 {
			return fmt.Errorf("word line wants 3 fields, has %d", len(fields))
		}
		id, err := m.tagID(fields[2])
		if err != nil || id >= len(m.classes) {
			return fmt.Errorf("word %q: unknown tag %q", fields[1], fields[2])
		}
		m.words[fields[1]] = uint8(id)
		return nil
	case "feat":
	default:
		return fmt.Errorf("unknown record %q", fields[0])
	}
	if len(m.classes) == 0 {
		return fmt.Errorf("feat before classes line")
	}
	if len(fields) < 3 {
		return fmt.Errorf("feat line too short")
	}
	tmpl, ok := templateNames[fields[1]]
	if !ok {
		return fmt.Errorf("unknown template %q", fields[1])
	}
	if len(fields) != 3+tmpl.parts {
		return fmt.Errorf("template %s wants %d parts, has %d", fields[1], tmpl.parts, len(fields)-3)
	}
	parts := fields[2 : 2+tmpl.parts]
	var k uint64
	switch tmpl.id {
	case tBias:
		k = nonzero(seeds[tBias])
	case tPrevTag, tPrev2Tag:
		id, err := m.tagID(parts[0])
		if err != nil {
			return err
		}
		k = key1(tmpl.id, m.tagHash[id])
	case tTagBigram:
		a, err := m.tagID(parts[0])
		if err != nil {
			return err
		}
		b, err := m.tagID(parts[1])
		if err != nil {
			return err
		}
		k = key2(tmpl.id, m.tagHash[a], m.tagHash[b])
	case tPrevTagWord:
		a, err := m.tagID(parts[0])
		if err != nil {
			return err
		}
		k = key2(tmpl.id, m.tagHash[a], strHash(parts[1]))
	default:
		k = key1(tmpl.id, strHash(parts[0]))
	}
	lo := uint32(len(m.w))
	var best, bestW = -1, math.Inf(-1)
	for rest := fields[len(fields)-1]; rest != ""; {
		var cw string
		if i := strings.IndexByte(rest, ' '); i >= 0 {
			cw, rest = rest[:i], rest[i+1:]
		} else {
			cw, rest = rest, ""
		}
		if cw == "" {
			continue
		}
		i := strings.LastIndexByte(cw, ':')
		if i <= 0 {
			return fmt.Errorf("malformed weight %q", cw)
		}
		id, err := m.tagID(cw[:i])
		if err != nil || id >= len(m.classes) {
			return fmt.Errorf("weight %q: unknown tag", cw)
		}
		w, err := strconv.ParseFloat(cw[i+1:], 64)
		if err != nil || math.Abs(w) > 1e5 {
			return fmt.Errorf("weight %q: bad number", cw)
		}
		if w > bestW {
			best, bestW = id, w
		}
		m.w = append(m.w, int32(math.Round(w*1000))<<6|int32(id))
	}
	hi := uint32(len(m.w))
	if !m.feats.insert(k, lo, hi) {
		return fmt.Errorf("duplicate feature (or hash collision) %q", strings.Join(fields[1:2+tmpl.parts], " "))
	}
	if tmpl.id == tBias {
		m.biasLo, m.biasHi = lo, hi
	}
	if tmpl.id == tWord && best >= 0 && m.classes[best] != "NNP" && m.classes[best] != "NNPS" {
		m.common[strHash(parts[0])] = struct{}{}
	}
	return nil
}

// isCommon reports whether the model knows the normalized word h as a
// common (not proper) word.
func (m *model) isCommon(h uint64) bool {
	_, ok := m.common[h]
	return ok
}

// isYear reports whether strconv.Atoi accepts w and len(w) == 4.
func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	i := 0
	if w[0] == '+' || w[0] == '-' {
		i = 1
	}
	for ; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w[0] != '+' && w[0] != '-' || len(w) > 1
}

// normalize returns the hashes of prose's normalized form of w: !HYPHEN,
// !YEAR, !DIGITS or the lower-cased word. buf is scratch space for
// lower-casing non-ASCII words.
func (m *model) normalize(w string, buf *[]byte) normed {
	switch {
	case w == "":
		return normed{strHash(""), strHash("")}
	case w[0] != '-' && strings.IndexByte(w, '-') >= 0:
		return m.hyphen
	case isYear(w):
		return m.year
	case w[0] >= '0' && w[0] <= '9':
		return m.digits
	}
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		h := uint64(fnvOffset)
		for i := 0; i < len(w); i++ {
			h ^= uint64(lowerASCII(w[i]))
			h *= fnvPrime
		}
		s := uint64(fnvOffset)
		for i := max(0, len(w)-3); i < len(w); i++ {
			s ^= uint64(lowerASCII(w[i]))
			s *= fnvPrime
		}
		return normed{h, s}
	}
	b := (*buf)[:0]
	for _, r := range w {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	*buf = b
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	s := uint64(fnvOffset)
	for _, c := range b[max(0, len(b)-3):] {
		s ^= uint64(c)
		s *= fnvPrime
	}
	return normed{h, s}
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
