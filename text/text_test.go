package text

import (
	"strings"
	"testing"

	"github.com/annals-dev/annals/doc"
)

func segment(t *testing.T, s string) *doc.Document {
	t.Helper()
	seg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{Text: s}
	if err := seg.Process(d); err != nil {
		t.Fatal(err)
	}
	return d
}

func tokenTexts(d *doc.Document) string {
	var b strings.Builder
	for i, tk := range d.Tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tk.Text)
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Serbia's participation", "Serbia 's participation"},
		{"We don't know.", "We do n't know ."},
		{"It can't be.", "It ca n't be ."},
		{"the U.S. and the E.U.", "the U.S. and the E.U."},
		{"Mr. Vucic met Gen. Smith", "Mr. Vucic met Gen. Smith"},
		{"The minister met Hun Sen.", "The minister met Hun Sen ."},
		{"He met Hun Sen.\nThe talks ended.", "He met Hun Sen . The talks ended ."},
		{"some 13,500 dead, 3.5 million", "some 13,500 dead , 3.5 million"},
		{"a 45-day UN relief airlift", "a 45-day UN relief airlift"},
		{"in 1998-1999 that", "in 1998-1999 that"},
		{`"We welcome it," he said.`, `" We welcome it , " he said .`},
		{"the [ethnic] Tamils [in Jaffna];", "the [ ethnic ] Tamils [ in Jaffna ] ;"},
		{"J. R. Smith said", "J. R. Smith said"},
		{"O'Brien's view", "O'Brien 's view"},
		{"they're here... now", "they 're here ... now"},
		{"Vučić’s office", "Vučić ’s office"},
		{"AT&T and 9/11", "AT&T and 9/11"},
		{"3 p.m. local time", "3 p.m. local time"},
	}
	for _, tt := range tests {
		d := segment(t, tt.in)
		if got := tokenTexts(d); got != tt.want {
			t.Errorf("tokenize(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
		for _, tk := range d.Tokens {
			if d.Text[tk.Start:tk.End] != tk.Text {
				t.Errorf("token %q has offsets [%d,%d) that do not point at it", tk.Text, tk.Start, tk.End)
			}
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"He left. She stayed.", []string{"He left.", "She stayed."}},
		{"Talks with the U.S. continued. The U.S. said no.", []string{"Talks with the U.S. continued.", "The U.S. said no."}},
		{"He lives in the U.S. The talks ended.", []string{"He lives in the U.S.", "The talks ended."}},
		{"Mr. Vucic met Dr. Smith in Belgrade.", []string{"Mr. Vucic met Dr. Smith in Belgrade."}},
		{`"We welcome the fact," Stoltenberg said. "It is good."`, []string{`"We welcome the fact," Stoltenberg said.`, `"It is good."`}},
		{`He said "no." Then he left.`, []string{`He said "no."`, "Then he left."}},
		{"the [ethnic] Tamils [in Jaffna. really] left. Next.", []string{"the [ethnic] Tamils [in Jaffna. really] left.", "Next."}},
		{"Headline here\n\nBody starts. Second.", []string{"Headline here", "Body starts.", "Second."}},
		{"A line that wraps\nin the middle of a sentence.", []string{"A line that wraps\nin the middle of a sentence."}},
		{"Is it? Yes!", []string{"Is it?", "Yes!"}},
		{"It rose 3.5 percent. Then it fell.", []string{"It rose 3.5 percent.", "Then it fell."}},
		{"J. R. Smith arrived.", []string{"J. R. Smith arrived."}},
		{"", nil},
	}
	for _, tt := range tests {
		d := segment(t, tt.in)
		var got []string
		for _, s := range d.Sentences {
			got = append(got, d.Text[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
		for i, s := range d.Sentences {
			for j := s.FirstToken; j < s.EndToken; j++ {
				if d.Tokens[j].Sentence != i {
					t.Errorf("%q: token %d has sentence %d, want %d", tt.in, j, d.Tokens[j].Sentence, i)
				}
			}
		}
	}
}

func TestLoadAbbreviationsErrors(t *testing.T) {
	s, _ := New()
	err := s.LoadAbbreviations(strings.NewReader("Gen title\nFoo bar\n"), "user.txt")
	if err == nil || !strings.Contains(err.Error(), "user.txt:2") {
		t.Fatalf("want an error naming user.txt:2, got %v", err)
	}
}

func BenchmarkSegment(b *testing.B) {
	text := strings.Repeat("The European Union and Georgia are discussing a renewed programme of joint customs training, bloc foreign policy chief Josep Borrell said on Monday in Tbilisi with Georgian Prime Minister Irakli Kobakhidze. ", 50)
	seg, _ := New()
	d := &doc.Document{Text: text}
	words := len(strings.Fields(text))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = seg.Process(d)
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}
