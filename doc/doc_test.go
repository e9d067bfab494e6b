package doc

import "testing"

func TestOffsets(t *testing.T) {
	d := &Document{Text: "Vučić met Kurti. Then left."}
	d.Sentences = []Sentence{{Span: Span{0, 17}}, {Span: Span{18, 28}}}
	d.Tokens = []Token{{Span: Span{0, 7}}, {Span: Span{8, 11}}, {Span: Span{12, 17}}}
	tests := []struct {
		byteOff, char, sent, tok int
	}{
		{0, 0, 0, 0},
		{7, 5, 0, -1}, // after "Vučić": 7 bytes, 5 code points; a space
		{8, 6, 0, 1},
		{19, 17, 1, -1},
		{100, 27, -1, -1},
	}
	for _, tt := range tests {
		if got := d.CharOffset(tt.byteOff); got != tt.char {
			t.Errorf("CharOffset(%d) = %d, want %d", tt.byteOff, got, tt.char)
		}
		if got := d.SentenceOf(tt.byteOff); got != tt.sent {
			t.Errorf("SentenceOf(%d) = %d, want %d", tt.byteOff, got, tt.sent)
		}
		if got := d.TokenAt(tt.byteOff); got != tt.tok {
			t.Errorf("TokenAt(%d) = %d, want %d", tt.byteOff, got, tt.tok)
		}
	}
}

func TestSpan(t *testing.T) {
	a, b, c := Span{0, 5}, Span{4, 8}, Span{5, 6}
	if !a.Overlaps(b) || a.Overlaps(c) || !b.Contains(c) || a.Contains(b) || a.Len() != 5 {
		t.Error("span relations are wrong")
	}
}
