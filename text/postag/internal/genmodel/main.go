// Command genmodel converts the averaged-perceptron part-of-speech model that
// ships in the Go module github.com/jdkato/prose/v2 (MIT licence; see
// ../../model/LICENSE) into the plain-text model file embedded by package
// postag.
//
// Usage (from text/postag):
//
//	go run ./internal/genmodel -out model/perceptron.txt
//
// By default it locates the module with `go mod download -json` (the Go module
// proxy); -src names an unpacked module directory instead. The output is
// sorted, so regenerating it gives the same bytes.
package main

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

const module = "github.com/jdkato/prose/v2@v2.0.0"

// templates lists the feature templates of prose's featurize, longest name
// first where one is a prefix of another, with how many space-separated
// parts follow the name and the file's name for it.
var templates = []struct {
	prose string
	name  string
	parts int
}{
	{"bias", "bias", 0},
	{"i suffix", "i_suffix", 1},
	{"i pref1", "i_pref1", 1},
	{"i-1 tag+i word", "i-1_tag+i_word", 2},
	{"i-1 tag", "i-1_tag", 1},
	{"i-2 tag", "i-2_tag", 1},
	{"i tag+i-2 tag", "i_tag+i-2_tag", 2},
	{"i word", "i_word", 1},
	{"i-1 word", "i-1_word", 1},
	{"i-1 suffix", "i-1_suffix", 1},
	{"i-2 word", "i-2_word", 1},
	{"i+1 word", "i+1_word", 1},
	{"i+1 suffix", "i+1_suffix", 1},
	{"i+2 word", "i+2_word", 1},
}

func main() {
	src := flag.String("src", "", "unpacked "+module+" directory (default: go mod download)")
	out := flag.String("out", "model/perceptron.txt", "output file")
	flag.Parse()
	if err := run(*src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genmodel:", err)
		os.Exit(1)
	}
}

func download() (string, error) {
	tmp, err := os.MkdirTemp("", "genmodel")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	cmd := exec.Command("go", "mod", "download", "-json", module)
	cmd.Dir = tmp
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go mod download %s: %w", module, err)
	}
	var info struct{ Dir string }
	if err := json.Unmarshal(b, &info); err != nil {
		return "", fmt.Errorf("go mod download output: %w", err)
	}
	return info.Dir, nil
}

func decode(path string, v any) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := gob.NewDecoder(f).Decode(v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func run(src, out string) error {
	if src == "" {
		var err error
		if src, err = download(); err != nil {
			return err
		}
	}
	dir := filepath.Join(src, "model", "AveragedPerceptron")
	var classes []string
	var tags map[string]string
	var weights map[string]map[string]float64
	if err := decode(filepath.Join(dir, "classes.gob"), &classes); err != nil {
		return err
	}
	if err := decode(filepath.Join(dir, "tags.gob"), &tags); err != nil {
		return err
	}
	if err := decode(filepath.Join(dir, "weights.gob"), &weights); err != nil {
		return err
	}
	sort.Strings(classes)

	var b bytes.Buffer
	b.WriteString(header)
	fmt.Fprintf(&b, "classes\t%s\n", strings.Join(classes, " "))

	words := make([]string, 0, len(tags))
	for w := range tags {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		if err := clean(w); err != nil {
			return err
		}
		fmt.Fprintf(&b, "word\t%s\t%s\n", w, tags[w])
	}

	type line struct{ key, text string }
	var lines []line
	for feat, ws := range weights {
		fields, err := split(feat)
		if err != nil {
			return err
		}
		ls := make([]string, 0, len(ws))
		for c := range ws {
			ls = append(ls, c)
		}
		sort.Strings(ls)
		var sb strings.Builder
		sb.WriteString("feat\t")
		sb.WriteString(strings.Join(fields, "\t"))
		sb.WriteByte('\t')
		n := 0
		for _, c := range ls {
			if ws[c] == 0 {
				continue
			}
			if n > 0 {
				sb.WriteByte(' ')
			}
			n++
			sb.WriteString(c)
			sb.WriteByte(':')
			sb.WriteString(strconv.FormatFloat(ws[c], 'f', -1, 64))
		}
		if n == 0 {
			continue
		}
		sb.WriteByte('\n')
		lines = append(lines, line{strings.Join(fields, "\x00"), sb.String()})
	}
	sort.Slice(lines, func(i, j int) bool { return lines[i].key < lines[j].key })
	for _, l := range lines {
		b.WriteString(l.text)
	}
	return os.WriteFile(out, b.Bytes(), 0o644)
}

// split turns a prose feature string into the template's file name and its
// parts.
func split(feat string) ([]string, error) {
	for _, t := range templates {
		if feat != t.prose && !strings.HasPrefix(feat, t.prose+" ") {
			continue
		}
		if t.parts == 0 {
			if feat != t.prose {
				return nil, fmt.Errorf("feature %q: unexpected parts", feat)
			}
			return []string{t.name}, nil
		}
		rest := strings.TrimPrefix(feat, t.prose+" ")
		fields := []string{t.name}
		if t.parts == 2 {
			// The first part is a tag, which holds no space.
			i := strings.IndexByte(rest, ' ')
			if i < 0 {
				return nil, fmt.Errorf("feature %q: missing part", feat)
			}
			fields = append(fields, rest[:i])
			rest = rest[i+1:]
		}
		fields = append(fields, rest)
		for _, f := range fields {
			if err := clean(f); err != nil {
				return nil, fmt.Errorf("feature %q: %w", feat, err)
			}
		}
		return fields, nil
	}
	return nil, fmt.Errorf("feature %q: unknown template", feat)
}

func clean(s string) error {
	if s == "" || strings.ContainsAny(s, "\t\n\r") {
		return fmt.Errorf("unrepresentable value %q", s)
	}
	return nil
}

const header = `# Averaged-perceptron part-of-speech model (Penn Treebank tags).
#
# GENERATED by text/postag/internal/genmodel from the model files
# model/AveragedPerceptron/{classes,tags,weights}.gob of the Go module
# github.com/jdkato/prose/v2 v2.0.0 (MIT licence, Copyright (c) 2017-2018
# Joseph Kato; the tagger design is Matthew Honnibal's textblob-aptagger, MIT).
# See LICENSE in this directory. Regenerate rather than edit by hand.
#
# Format: one record a line, fields separated by one TAB; '#' starts a
# comment line; blank lines are ignored.
#
#   classes<TAB>TAG TAG ...            the tag set, space-separated
#   word<TAB>WORD<TAB>TAG              a frequent, unambiguous word and its tag
#                                      (matched case-sensitively, not predicted)
#   feat<TAB>TEMPLATE[<TAB>PART...]<TAB>TAG:WEIGHT TAG:WEIGHT ...
#                                      one feature and its weight per tag
#
# Templates (PART values as the tagger computes them; "word" is the
# normalized word: !HYPHEN for words with an inner hyphen, !YEAR for 4-digit
# integers, !DIGITS for words starting with a digit, else lower case; the
# sentence is padded with -START- -START2- before and -END- -END2- after,
# and the previous two tags start as -START- -START2-):
#
#   bias                   always on
#   i_suffix     S         last 3 bytes of the word as written
#   i_pref1      C         first character of the word as written
#   i-1_tag      T         previous tag
#   i-2_tag      T         tag before the previous one
#   i_tag+i-2_tag T1 T2    previous tag and the one before it
#   i_word       W         normalized word
#   i-1_tag+i_word T W     previous tag and normalized word
#   i-1_word     W         previous normalized word
#   i-1_suffix   S         last 3 bytes of the previous normalized word
#   i-2_word     W         normalized word two before
#   i+1_word     W         next normalized word
#   i+1_suffix   S         last 3 bytes of the next normalized word
#   i+2_word     W         normalized word two after
#
# Words keep the Penn Treebank escapes of the training data: \/ for a slash,
# \* for an asterisk, ` + "``" + ` and '' for quotes.
`
