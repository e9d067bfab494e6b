package lemma

import (
	"strings"
	"testing"

	"github.com/annals-dev/annals/doc"
)

func TestLemma(t *testing.T) {
	cases := []struct{ word, tag, want string }{
		// Verbs: irregular.
		{"was", "VBD", "be"},
		{"Were", "VBD", "be"},
		{"is", "VBZ", "be"},
		{"are", "VBP", "be"},
		{"'s", "VBZ", "be"},
		{"been", "VBN", "be"},
		{"had", "VBD", "have"},
		{"has", "VBZ", "have"},
		{"fought", "VBD", "fight"},
		{"sought", "VBN", "seek"},
		{"left", "VBD", "leave"},
		{"lay", "VBD", "lie"},
		{"lay", "VBP", "lay"},
		{"slept", "VBP", "sleep"},
		{"found", "VBP", "found"},
		{"laid", "VBN", "lay"},
		{"saw", "VBD", "see"},
		{"saw", "NN", "saw"},
		{"found", "VBD", "find"},
		{"led", "VBN", "lead"},
		{"fled", "VBD", "flee"},
		{"struck", "VBD", "strike"},
		{"withdrew", "VBD", "withdraw"},
		{"wo", "MD", "will"},
		{"ca", "MD", "can"},
		{"n't", "RB", "not"},
		{"n\u2019t", "RB", "not"},
		{"\u2019s", "VBZ", "be"},
		{"O\u2019Brien", "NNP", "o'brien"},
		// Verbs: regular, chosen with the lexicon.
		{"detained", "VBN", "detain"},
		{"stopped", "VBD", "stop"},
		{"described", "VBN", "describe"},
		{"lobbed", "VBD", "lob"},
		{"called", "VBD", "call"},
		{"agreed", "VBD", "agree"},
		{"freed", "VBN", "free"},
		{"died", "VBD", "die"},
		{"tied", "VBN", "tie"},
		{"tried", "VBD", "try"},
		{"used", "VBN", "use"},
		{"caused", "VBD", "cause"},
		{"hoped", "VBD", "hope"},
		{"hopped", "VBD", "hop"},
		{"waged", "VBD", "wage"},
		{"planned", "VBN", "plan"},
		{"visited", "VBD", "visit"},
		{"recognized", "VBN", "recognize"},
		{"guaranteed", "VBD", "guarantee"},
		{"hoping", "VBG", "hope"},
		{"hopping", "VBG", "hop"},
		{"dying", "VBG", "die"},
		{"saying", "VBG", "say"},
		{"making", "VBG", "make"},
		{"attacks", "VBZ", "attack"},
		{"tries", "VBZ", "try"},
		{"goes", "VBZ", "go"},
		{"fixes", "VBZ", "fix"},
		{"reaches", "VBZ", "reach"},
		{"uses", "VBZ", "use"},
		{"focuses", "VBZ", "focus"},
		// Verb forms whose stem is no verb but which are words themselves.
		{"incoming", "VBG", "incoming"},
		{"ongoing", "VBG", "ongoing"},
		// Verbs: not in the lexicon, guessed by shape.
		{"blorked", "VBD", "blork"},
		{"frobbed", "VBD", "frob"},
		{"zanduced", "VBD", "zanduce"},
		// Base forms only lower-case.
		{"Attack", "VB", "attack"},
		{"ask", "VB", "ask"},
		{"need", "VBP", "need"},
		{"focus", "VB", "focus"},
		// Inflected forms mis-tagged as base forms.
		{"recovered", "VBP", "recover"},
		{"protesters", "NN", "protester"},
		{"troops", "NN", "troops"}, // WordNet lists "troops"
		{"news", "NN", "news"},
		{"bonus", "NN", "bonus"},
		{"Kosovars", "NN", "kosovars"},
		// Nouns.
		{"talks", "NNS", "talk"},
		{"sanctions", "NNS", "sanction"},
		{"forces", "NNS", "force"},
		{"police", "NNS", "police"},
		{"casualties", "NNS", "casualty"},
		{"people", "NNS", "people"},
		{"movies", "NNS", "movie"},
		{"wolves", "NNS", "wolf"},
		{"caves", "NNS", "cave"},
		{"knives", "NNS", "knife"},
		{"objectives", "NNS", "objective"},
		{"buses", "NNS", "bus"},
		{"houses", "NNS", "house"},
		{"boxes", "NNS", "box"},
		{"churches", "NNS", "church"},
		{"headaches", "NNS", "headache"},
		{"heroes", "NNS", "hero"},
		{"crises", "NNS", "crisis"},
		{"women", "NNS", "woman"},
		{"policemen", "NNS", "policeman"},
		{"Troops", "NNS", "troop"},
		{"status", "NNS", "status"},
		{"gurus", "NNS", "guru"},
		{"Iraqis", "NNS", "iraqi"},
		{"taxis", "NNS", "taxi"},
		{"measles", "NNS", "measles"},
		{"schoolchildren", "NNS", "schoolchild"},
		{"1990s", "NNS", "1990s"},
		{"shed", "VBD", "shed"},
		{"cut", "VBN", "cut"},
		{"need", "VBD", "need"},
		{"attack", "NN", "attack"},
		// Proper nouns are lower-cased only.
		{"Serbia", "NNP", "serbia"},
		{"Nations", "NNPS", "nations"},
		{"U.S.", "NNP", "u.s."},
		{"Brnabić", "NNP", "brnabić"},
		// Adjectives and adverbs.
		{"bigger", "JJR", "big"},
		{"larger", "JJR", "large"},
		{"happiest", "JJS", "happy"},
		{"better", "JJR", "good"},
		{"better", "RBR", "well"},
		{"worst", "JJS", "bad"},
		{"former", "JJR", "former"},
		{"detained", "JJ", "detained"},
		{"faster", "RBR", "fast"},
		// Others.
		{"The", "DT", "the"},
		{"'s", "POS", "'s"},
		{"13,500", "CD", "13,500"},
		{"Talks", "", "talks"},
	}
	for _, c := range cases {
		if got := Lemma(c.word, c.tag); got != c.want {
			t.Errorf("Lemma(%q, %q) = %q, want %q", c.word, c.tag, got, c.want)
		}
	}
}

// TestLemmaAllocs checks that lower-case words whose lemma is the word, a
// prefix of it or a listed form allocate nothing.
func TestLemmaAllocs(t *testing.T) {
	cases := []struct{ word, tag string }{
		{"detained", "VBN"}, {"was", "VBD"}, {"talks", "NNS"}, {"described", "VBN"},
		{"police", "NNS"}, {"the", "DT"}, {"hoping", "VBG"}, {"casualties", "NNS"},
	}
	for _, c := range cases {
		Lemma(c.word, c.tag)
		if n := testing.AllocsPerRun(50, func() { Lemma(c.word, c.tag) }); n != 0 {
			t.Errorf("Lemma(%q, %q) allocates %.1f times", c.word, c.tag, n)
		}
	}
}

func TestStage(t *testing.T) {
	text := "Police detained 12 protesters ."
	d := &doc.Document{Text: text}
	tags := []string{"NNS", "VBD", "CD", "NNS", "."}
	off := 0
	for i, w := range strings.Fields(text) {
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: off, End: off + len(w)}, Text: w, Tag: tags[i]})
		off += len(w) + 1
	}
	var s Stage
	if s.Name() != "lemma" {
		t.Errorf("Name = %q", s.Name())
	}
	if err := s.Process(d); err != nil {
		t.Fatal(err)
	}
	want := []string{"police", "detain", "12", "protester", "."}
	for i, tok := range d.Tokens {
		if tok.Lemma != want[i] {
			t.Errorf("token %q: lemma %q, want %q", tok.Text, tok.Lemma, want[i])
		}
	}
}

// TestParseErrors checks that malformed data lines are reported with the
// file name and line number.
func TestParseErrors(t *testing.T) {
	good := map[string]string{
		fileIrregular: "verb go went gone\n",
		fileRules:     "rule V ed - e\n",
		fileLexicon:   "go\tV\n",
		fileExtra:     "",
	}
	if _, err := parseTables(good); err != nil {
		t.Fatalf("good data: %v", err)
	}
	cases := []struct{ file, text, want string }{
		{fileIrregular, "# c\nverb go\n", "data/irregular.txt:2: verb wants"},
		{fileIrregular, "noun Men man\n", "irregular.txt:1: form"},
		{fileIrregular, "form XYZ foo bar\n", "irregular.txt:1: unknown tag"},
		{fileIrregular, "verb lie lay lain\nform VBD lay lay\n", "irregular.txt:2: form \"lay\" has lemmas"},
		{fileIrregular, "adverb x y\n", "irregular.txt:1: unknown record"},
		{fileRules, "rule X ed -\n", "rules.txt:1: unknown class"},
		{fileRules, "rule N s ?\n", "rules.txt:1: candidate ?"},
		{fileRules, "rule V ed *- *e\n", "rules.txt:1: two default"},
		{fileRules, "rule V ed -\nrule V ed e\n", "rules.txt:2: duplicate rule"},
		{fileRules, "rule V ed\n", "rules.txt:1: rule wants"},
		{fileLexicon, "go V\n", "lexicon.txt:1: want WORD<TAB>CLASSES"},
		{fileExtra, "go\tQ\n", "extra.txt:1: unknown class"},
	}
	for _, c := range cases {
		files := map[string]string{}
		for k, v := range good {
			files[k] = v
		}
		files[c.file] = c.text
		_, err := parseTables(files)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %q: error %v, want containing %q", c.file, c.text, err, c.want)
		}
	}
}

func BenchmarkLemma(b *testing.B) {
	words := []struct{ w, t string }{
		{"The", "DT"}, {"police", "NNS"}, {"detained", "VBD"}, {"12", "CD"},
		{"protesters", "NNS"}, {"in", "IN"}, {"Belgrade", "NNP"}, {"after", "IN"},
		{"clashes", "NNS"}, {"described", "VBN"}, {"as", "IN"}, {"the", "DT"},
		{"worst", "JJS"}, {"in", "IN"}, {"years", "NNS"}, {",", ","},
		{"officials", "NNS"}, {"said", "VBD"}, {"was", "VBD"}, {".", "."},
	}
	Lemma("x", "NN")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			Lemma(w.w, w.t)
		}
	}
	b.ReportMetric(float64(len(words))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// TestOddWords checks inputs outside ordinary words: empty, invalid UTF-8,
// long words (past the lower-casing buffer), unknown tags.
func TestOddWords(t *testing.T) {
	long := strings.Repeat("a", 100) + "ed"
	cases := []struct{ word, tag, want string }{
		{"", "NN", ""},
		{"", "VBD", ""},
		{"ed", "VBD", "ed"},
		{"s", "NNS", "s"},
		{"\xff", "NN", "\ufffd"},
		{"ÉLYSÉE", "NNP", "élysée"},
		{long, "VBD", strings.Repeat("a", 100)},
		{strings.ToUpper(long), "VBD", strings.Repeat("a", 100)},
		{"Attacks", "XYZ", "attacks"},
	}
	for _, c := range cases {
		if got := Lemma(c.word, c.tag); got != c.want {
			t.Errorf("Lemma(%q, %q) = %q, want %q", c.word, c.tag, got, c.want)
		}
	}
}

// TestIsVerbForm checks which words can be which verb forms.
func TestIsVerbForm(t *testing.T) {
	cases := []struct {
		word, tag string
		want      bool
	}{
		{"shot", "VBD", true},      // irregular past of shoot
		{"shot", "VBN", true},      // and its participle
		{"shot", "VB", false},      // no base form
		{"patrolled", "VBD", true}, // regular past
		{"patrol", "VBP", true},
		{"captures", "VBZ", true},
		{"captures", "VBD", false}, // an -s form is no past
		{"condemns", "VBD", false},
		{"unidentified", "VBD", false}, // no verb "unidentify"
		{"school", "VBZ", false},       // no -s
		{"Killed", "VBD", true},
	}
	for _, c := range cases {
		if got := IsVerbForm(c.word, c.tag); got != c.want {
			t.Errorf("IsVerbForm(%q, %q) = %v, want %v", c.word, c.tag, got, c.want)
		}
	}
}

// TestHyphenatedForms: a hyphenated word the data does not list inflects on
// its last part; a listed one keeps its own entry.
func TestHyphenatedForms(t *testing.T) {
	cases := []struct{ word, tag, want string }{
		{"tear-gassed", "VBD", "tear-gas"},
		{"baton-charged", "VBD", "baton-charge"},
		{"re-elected", "VBN", "re-elect"},
		{"so-called", "JJ", "so-called"},
		{"beaten-up", "JJ", "beaten-up"},
	}
	for _, c := range cases {
		if got := Lemma(c.word, c.tag); got != c.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", c.word, c.tag, got, c.want)
		}
	}
	if !IsVerbForm("tear-gassed", "VBD") || IsVerbForm("so-called", "VBD") {
		t.Error("IsVerbForm: tear-gassed is a past form, so-called is not")
	}
}

// TestIsSimplePast checks which irregular pasts can only be verbs.
func TestIsSimplePast(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"withdrew", true}, {"Took", true}, {"began", true},
		{"fought", false}, // also the participle
		{"hit", false},    // also the base
		{"withdrawn", false},
		{"walked", false},
		{"table", false},
	} {
		if got := IsSimplePast(c.word); got != c.want {
			t.Errorf("IsSimplePast(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}
