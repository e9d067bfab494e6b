package postag

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// conllPath is the CoNLL-2003 English development file, read-only
// third-party data used for evaluation only.
var conllPath = filepath.Join("..", "..", "..", "shared", "data", "conll2003_en", "eng.testa")

// readCoNLL returns the sentences of a CoNLL-2003 file as words and their
// POS column.
func readCoNLL(t testing.TB, path string) (sents [][]string, gold [][]string) {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		t.Skipf("skipping: %s is absent (the read-only ../shared data is not beside the repository)", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ws, gs []string
	flush := func() {
		if len(ws) > 0 {
			sents, gold = append(sents, ws), append(gold, gs)
		}
		ws, gs = nil, nil
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 || fields[0] == "-DOCSTART-" {
			flush()
			continue
		}
		ws, gs = append(ws, fields[0]), append(gs, fields[1])
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	flush()
	return sents, gold
}

// sameTag compares a predicted tag with CoNLL's, which writes `"` for both
// quote tags.
func sameTag(pred, gold string) bool {
	if gold == `"` {
		return pred == "``" || pred == "''"
	}
	return pred == gold
}

// TestCoNLLAccuracy measures tagging accuracy against the POS column of
// eng.testa (itself automatic tags) and asserts a floor just under the
// measured figure.
func TestCoNLLAccuracy(t *testing.T) {
	sents, gold := readCoNLL(t, conllPath)
	tg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var n, ok int
	confusion := map[string]int{}
	for i, ws := range sents {
		tags := tg.TagWords(ws)
		for j, g := range gold[i] {
			n++
			if sameTag(tags[j], g) {
				ok++
			} else {
				confusion[g+"->"+tags[j]]++
			}
		}
	}
	acc := float64(ok) / float64(n)
	t.Logf("eng.testa POS accuracy: %.4f (%d/%d tokens, %d sentences)", acc, ok, n, len(sents))
	if testing.Verbose() {
		type kv struct {
			k string
			v int
		}
		var top []kv
		for k, v := range confusion {
			top = append(top, kv{k, v})
		}
		for i := 0; i < len(top); i++ {
			for j := i + 1; j < len(top); j++ {
				if top[j].v > top[i].v {
					top[i], top[j] = top[j], top[i]
				}
			}
		}
		for i := 0; i < len(top) && i < 20; i++ {
			t.Logf("  %-12s %d", top[i].k, top[i].v)
		}
	}
	const floor = 0.92
	if acc < floor {
		t.Errorf("accuracy %.4f below floor %.2f", acc, floor)
	}
}
