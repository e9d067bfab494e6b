package postag

import (
	"strings"
	"testing"

	"github.com/annals-dev/annals/doc"
)

func newTagger(t testing.TB) *Tagger {
	t.Helper()
	tg, err := New()
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return tg
}

// TestNewsTags checks tags that matter to event coding: verbs against
// nouns, passives, modals, proper nouns. Each case gives a sentence and the
// expected tags of some of its words (word@index=TAG when a word repeats).
func TestNewsTags(t *testing.T) {
	tg := newTagger(t)
	cases := []struct {
		sent string
		want map[int]string // token index → tag
	}{
		{"Rebels will attack the town tonight .", map[int]string{1: "MD", 2: "VB", 4: "NN"}},
		{"The attack killed 12 soldiers .", map[int]string{1: "NN", 2: "VBD", 3: "CD", 4: "NNS"}},
		{"The army attacks the rebels every night .", map[int]string{1: "NN", 2: "VBZ", 4: "NNS"}},
		{"Three attacks were reported in the capital .", map[int]string{1: "NNS", 2: "VBD", 3: "VBN"}},
		{"Peace talks resumed in Geneva on Monday .", map[int]string{1: "NNS", 2: "VBD", 4: "NNP", 6: "NNP"}},
		{"He talks to reporters every week .", map[int]string{1: "VBZ", 3: "NNS"}},
		{"On Tuesday police arrested the suspect .", map[int]string{1: "NNP", 2: "NNS", 3: "VBD", 5: "NN"}},
		{"The spokesman said the talks had failed .", map[int]string{1: "NN", 2: "VBD", 4: "NNS", 5: "VBD", 6: "VBN"}},
		{"The journalist was detained by security forces .", map[int]string{2: "VBD", 3: "VBN", 4: "IN", 6: "NNS"}},
		{"Kosovo has been recognized by more than 100 countries .", map[int]string{0: "NNP", 1: "VBZ", 2: "VBN", 3: "VBN"}},
		{"Serbia will ask the United Nations to intervene .", map[int]string{0: "NNP", 1: "MD", 2: "VB", 4: "NNP", 5: "NNPS", 6: "TO", 7: "VB"}},
		{"Aleksandar Vucic met Vladimir Putin in Moscow .", map[int]string{0: "NNP", 1: "NNP", 2: "VBD", 3: "NNP", 4: "NNP", 6: "NNP"}},
		{"The government imposed sanctions on Russia 's banks .", map[int]string{2: "VBD", 3: "NNS", 5: "NNP", 6: "POS", 7: "NNS"}},
		{"They do n't want a war .", map[int]string{0: "PRP", 1: "VBP", 2: "RB", 3: "VB", 5: "NN"}},
		{"Police arrested the suspect on Tuesday .", map[int]string{0: "NNS", 1: "VBD", 3: "NN", 5: "NNP"}},
		{"New York officials arrested two men .", map[int]string{0: "NNP", 1: "NNP", 2: "NNS", 3: "VBD"}},
		{"SERBIA RECALLS AMBASSADOR FROM MONTENEGRO", map[int]string{0: "NNP", 1: "VBZ", 2: "NN", 3: "IN", 4: "NNP"}},
		{"NATO TROOPS CLASH WITH PROTESTERS IN KOSOVO", map[int]string{1: "NNS", 3: "IN", 4: "NNS", 6: "NNP"}},
		{"The fighting lasted from 1998-02-28 to 10:30 on 1999-06-10 .", map[int]string{4: "CD", 6: "CD", 8: "CD"}},
		{"Officials had consistently said the deal was dead .", map[int]string{1: "VBD", 2: "RB", 3: "VBN"}},
		{"Yeltsin has said any deal must wait .", map[int]string{1: "VBZ", 2: "VBN"}},
		{"Two journalists got killed in the crossfire .", map[int]string{2: "VBD", 3: "VBN"}},
		{"Rescuers found at least ten survivors .", map[int]string{4: "CD", 5: "NNS"}},
		// data/fixed.txt: single words and a word before the next.
		{"Police fired rubber bullets and tear gas at the crowd .", map[int]string{5: "NN", 6: "NN"}},
		{"Le Drian called the junta illegitimate .", map[int]string{5: "JJ"}},
		{"They were beaten and briefly detained .", map[int]string{4: "RB"}},
		{"Serbia \u2019s leader said \u201c we do n\u2019t accept it \u201d \u2014 and left .", map[int]string{1: "POS", 4: "``", 6: "VBP", 7: "RB", 10: "''", 11: ":"}},
		{"The protesters are demanding new elections .", map[int]string{1: "NNS", 2: "VBP", 3: "VBG", 5: "NNS"}},
		// A noun or adjective reading of a verb form between a subject and an
		// object, after "be", or before "and" + a verb is retagged as the verb.
		{"Unidentified gunmen shot Anton Moroz in Kharkiv .", map[int]string{1: "NNS", 2: "VBD", 3: "NNP"}},
		{"A teenager fatally shot three classmates at a mall .", map[int]string{1: "NN", 3: "VBD", 4: "CD"}},
		{"Bishara , a communist activist , shot Lahd at his house .", map[int]string{6: "VBD", 7: "NNP"}},
		{"Soldiers shot and killed a farmer .", map[int]string{1: "VBD", 3: "VBD"}},
		{"Three guards were shot and badly injured .", map[int]string{3: "VBN", 6: "VBN"}},
		{"A gang shot to death two shopkeepers .", map[int]string{2: "VBD", 3: "TO"}},
		{"Dutch marine units shot several Malian smugglers .", map[int]string{3: "VBD", 4: "JJ"}},
		{"Hutu gunmen shot at Goma airport on Friday .", map[int]string{2: "VBD", 3: "IN"}},
		{"A band of masked raiders attacked police stations .", map[int]string{4: "NNS", 5: "VBD", 7: "NNS"}},
		{"Turkey captures the island of Psara .", map[int]string{1: "VBZ"}},
		{"He took a shot at the goal .", map[int]string{3: "NN"}},
		{"The army patrol boats left the port .", map[int]string{2: "NN"}},
		{"Swedish telecoms group LM Ericsson said .", map[int]string{2: "NN"}},
		// Two past verbs joined by "and" after a bare plural subject, and
		// an irregular past the same as its base after "and".
		{"Soldiers shot and killed five protesters .", map[int]string{1: "VBD", 3: "VBD"}},
		{"Security forces arrested and tortured hundreds of activists .", map[int]string{2: "VBD", 4: "VBD"}},
		{"Police arrested and beat dozens of protesters .", map[int]string{1: "VBD", 3: "VBD"}},
		{"Troops stormed the camp and burned the huts .", map[int]string{1: "VBD", 5: "VBD"}},
		{"Warplanes destroyed several tanks and armoured vehicles .", map[int]string{5: "JJ"}},
		{"Security forces beat and tear-gassed Buddhist monks .", map[int]string{2: "VBD", 4: "VBD"}},
		{"Police tear-gassed protesters .", map[int]string{1: "VBD"}},
		{"Chavez said his government would not recognise Franco and suspended oil shipments to Paraguay .", map[int]string{9: "VBD"}},
		{"He would be arrested and charged with murder .", map[int]string{5: "VBN"}},
		// A form that can only be a simple past is no noun or adjective.
		{"The Serbs withdrew from the town .", map[int]string{2: "VBD"}},
		{"Bosnian Serb forces withdrew .", map[int]string{3: "VBD"}},
		{"Rebels took the airport .", map[int]string{1: "VBD"}},
		{"Talks between the two sides began on Monday .", map[int]string{5: "VBD"}},
		// A participle after a relative clause set off by commas, with no
		// verb for the subject before it, is the main verb.
		{"Prime Minister Kenny Anthony of Saint Lucia , where bananas earn most export income , accused Washington of bullying .", map[int]string{15: "VBD"}},
		{"The talks , which began in May , ended Friday .", map[int]string{3: "WDT"}},
	}
	for _, c := range cases {
		words := strings.Fields(c.sent)
		tags := tg.TagWords(words)
		if len(tags) != len(words) {
			t.Fatalf("%q: %d tags for %d words", c.sent, len(tags), len(words))
		}
		for i, want := range c.want {
			if tags[i] != want {
				t.Errorf("%q: %s tagged %s, want %s (all: %v)", c.sent, words[i], tags[i], want, tags)
			}
		}
	}
}

// TestProcess checks that Process tags every token of every sentence,
// tells opening from closing quotes by the text, and leaves no tag empty.
func TestProcess(t *testing.T) {
	tg := newTagger(t)
	d := benchDoc(1)
	if err := tg.Process(d); err != nil {
		t.Fatal(err)
	}
	for _, tok := range d.Tokens {
		if tok.Tag == "" {
			t.Fatalf("token %q untagged", tok.Text)
		}
	}
	var quotes []string
	for _, tok := range d.Tokens {
		if tok.Text == `"` {
			quotes = append(quotes, tok.Tag)
		}
	}
	if len(quotes) != 2 || quotes[0] != "``" || quotes[1] != "''" {
		t.Errorf("quote tags = %v, want [`` '']", quotes)
	}
	// Same tags as TagWords on each sentence.
	for _, s := range d.Sentences {
		var words []string
		for _, tok := range d.Tokens[s.FirstToken:s.EndToken] {
			words = append(words, tok.Text)
		}
		tags := tg.TagWords(words)
		for i, tok := range d.Tokens[s.FirstToken:s.EndToken] {
			if tags[i] != tok.Tag {
				t.Errorf("%q: Process gave %s, TagWords %s", tok.Text, tok.Tag, tags[i])
			}
		}
	}
}

// TestProcessWithoutSentences tags a token layer that has no sentence layer.
func TestProcessWithoutSentences(t *testing.T) {
	tg := newTagger(t)
	d := benchDoc(1)
	d.Sentences = nil
	if err := tg.Process(d); err != nil {
		t.Fatal(err)
	}
	for _, tok := range d.Tokens {
		if tok.Tag == "" {
			t.Fatalf("token %q untagged", tok.Text)
		}
	}
	var empty doc.Document
	if err := tg.Process(&empty); err != nil {
		t.Fatal(err)
	}
}

// TestEdgeWords checks words outside the model's usual input: empty,
// non-ASCII, slashes, numbers.
func TestEdgeWords(t *testing.T) {
	tg := newTagger(t)
	cases := []struct {
		words []string
		i     int
		want  string
	}{
		{[]string{"He", "paid", "13,500", "dinars", "."}, 2, "CD"},
		{[]string{"Prime", "Minister", "Ana", "Brnabić", "resigned", "."}, 4, "VBD"},
		{[]string{"the", "and/or", "clause"}, 0, "DT"},
		{[]string{"", "x"}, 0, "SYM"},
	}
	for _, c := range cases {
		tags := tg.TagWords(c.words)
		if tags[c.i] != c.want {
			t.Errorf("%v: %q tagged %s, want %s", c.words, c.words[c.i], tags[c.i], c.want)
		}
	}
}

// TestOddTokens checks that unusual tokens get a tag from the model's tag
// set and do not upset the tagger.
func TestOddTokens(t *testing.T) {
	tg := newTagger(t)
	words := []string{"\xff", "\xc3", "ÿes", "Ünal", "-", "--", "'", "''", "`", "$", "%", "@user",
		"http://x.org/a", "***", "a/b/c", strings.Repeat("x", 300), "İstanbul", "ΑΘΗΝΑ", "1-", "-1", "+1234"}
	valid := map[string]bool{}
	for _, c := range tg.m.classes {
		valid[c] = true
	}
	tags := tg.TagWords(words)
	for i, tag := range tags {
		if !valid[tag] {
			t.Errorf("%q tagged %q, not a model tag", words[i], tag)
		}
	}
	if got := tg.TagWords(nil); len(got) != 0 {
		t.Errorf("TagWords(nil) = %v", got)
	}
	// A fresh scratch state, as a new pool item would be.
	st := new(state)
	st.reset(0)
	if ids := tg.tag(st); len(ids) != 0 {
		t.Errorf("tag on empty state = %v", ids)
	}
}

// TestLoadErrors checks that malformed model lines are reported with the
// file name and line number.
func TestLoadErrors(t *testing.T) {
	cases := []struct{ text, want string }{
		{"# c\nclasses\tNN VB\nbogus\tx\n", "model/perceptron.txt:3: unknown record"},
		{"classes\tNN VB\nfeat\ti_word\tx\tNN:abc\n", ":2: weight"},
		{"classes\tNN VB\nfeat\ti_word\tx\tJJ:1\n", ":2: weight"},
		{"classes\tNN VB\nfeat\tnope\tx\tNN:1\n", ":2: unknown template"},
		{"classes\tNN VB\nfeat\ti_word\tx\tNN:1\nfeat\ti_word\tx\tNN:1\n", ":3: duplicate"},
		{"classes\tNN VB\nword\tx\tJJ\n", ":2: word"},
		{"feat\ti_word\tx\tNN:1\n", ":1: feat before classes"},
		{"# only a comment\n", "no classes"},
		{"classes\tNN\n", "unknown tag \"CD\""},
	}
	for _, c := range cases {
		_, err := loadModel(c.text)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("loadModel(%q) error = %v, want containing %q", c.text, err, c.want)
		}
	}
	m, err := loadModel("classes\tCD NN NNP NNS RB SYM VBD VBN VBP VBZ\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"# c\nten CD\nTen CD\n", "data/fixed.txt:3: want"},
		{"ten XX\n", "data/fixed.txt:1: unknown tag"},
		{"ten\n", "data/fixed.txt:1: want"},
		{"tear Gas NN\n", "data/fixed.txt:1: want"},
		{"tear gas NN extra\n", "data/fixed.txt:1: want"},
		{"tear gas XX\n", "data/fixed.txt:1: unknown tag"},
	} {
		err := m.loadFixed(c.text)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("loadFixed(%q) error = %v, want containing %q", c.text, err, c.want)
		}
	}
}

// TestProcessAllocs checks that tagging a document allocates nothing once
// the scratch space is warm.
func TestProcessAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("skipping: the race detector makes sync.Pool drop items")
	}
	tg := newTagger(t)
	d := benchDoc(3)
	if err := tg.Process(d); err != nil {
		t.Fatal(err)
	}
	allocs := testing.AllocsPerRun(20, func() { _ = tg.Process(d) })
	if allocs > 0.5 {
		t.Errorf("Process allocates %.1f times per document", allocs)
	}
}

func TestModelForm(t *testing.T) {
	cases := []struct{ in, want string }{
		{"\u201c", "``"}, {"\u201d", "''"}, {"\u2018", "`"}, {"\u2019", "'"},
		{"\u2014", "--"}, {"\u2026", "..."}, {"[", "("}, {"]", ")"},
		{"\u2019s", "'s"}, {"n\u2019t", "n't"}, {"O\u2019Brien", "O'Brien"},
		{"and/or", `and\/or`}, {"**", `\*\*`}, {"word", "word"},
	}
	for _, c := range cases {
		if got := modelForm(c.in); got != c.want {
			t.Errorf("modelForm(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestIsNumber(t *testing.T) {
	cases := []struct {
		w    string
		want bool
	}{
		{"1996-08-30", true}, {"6-4", true}, {"10:30", true}, {"3/4", true},
		{".462", true}, {"13,500", true}, {"3.5", true}, {"7", true},
		{"78-day", false}, {"3.", false}, {"-5", false}, {"1--2", false},
		{"", false}, {"F-16", false}, {".", false},
	}
	for _, c := range cases {
		if got := isNumber(c.w); got != c.want {
			t.Errorf("isNumber(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

func TestQuoteOpens(t *testing.T) {
	text := `He said "no," adding: "We wait." And " so " on`
	cases := []struct {
		off  int
		open bool // alternation state
		want bool
	}{
		{strings.Index(text, `"no`), false, true},
		{strings.Index(text, `," `) + 1, true, false},
		{strings.Index(text, `"We`), false, true},
		{strings.Index(text, `."`) + 1, true, false},
		{strings.Index(text, `" so`), true, true},   // spaces both sides
		{strings.Index(text, `" on`), false, false}, // spaces both sides
		{0, false, true},
	}
	for _, c := range cases {
		sp := doc.Span{Start: c.off, End: c.off + 1}
		if got := quoteOpens(text, sp, c.open); got != c.want {
			t.Errorf("quote at %d (%q): opens = %v, want %v", c.off, text[c.off:], got, c.want)
		}
	}
}

// TestConcurrent checks that one tagger gives the same tags when used from
// several goroutines at once.
func TestConcurrent(t *testing.T) {
	tg := newTagger(t)
	want := benchDoc(2)
	if err := tg.Process(want); err != nil {
		t.Fatal(err)
	}
	docs := make([]*doc.Document, 4)
	errs := make(chan error, len(docs))
	for i := range docs {
		docs[i] = benchDoc(2)
		go func(d *doc.Document) { errs <- tg.Process(d) }(docs[i])
	}
	for range docs {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range docs {
		for i, tok := range d.Tokens {
			if tok.Tag != want.Tokens[i].Tag {
				t.Fatalf("token %d %q: %s, want %s", i, tok.Text, tok.Tag, want.Tokens[i].Tag)
			}
		}
	}
}

func TestVerbsBeforeTo(t *testing.T) {
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words []string
		i     int
		want  string
	}{
		{[]string{"Japan", "plans", "to", "send", "aid", "."}, 1, "VBZ"},
		{[]string{"The", "government", "plans", "to", "impose", "a", "curfew", "."}, 2, "VBZ"},
		{[]string{"The", "plans", "to", "build", "a", "dam", "failed", "."}, 1, "NNS"},
	}
	for _, tt := range tests {
		if got := tg.TagWords(tt.words)[tt.i]; got != tt.want {
			t.Errorf("%v: %q tagged %s, want %s", tt.words, tt.words[tt.i], got, tt.want)
		}
	}
}
