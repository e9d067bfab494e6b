package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return code, o.String(), e.String()
}

func TestCodeCommand(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("date 2023-11-21 Serbian police arrested two Kosovo officials in Belgrade on Monday."), 0o644)
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("There is no date line here."), 0o644)
	jl := filepath.Join(dir, "x.jsonl")
	os.WriteFile(jl, []byte(`{"id":"j1","date":"2022-02-24","text":"Russia invaded Ukraine."}`+"\n{oops\n"), 0o644)

	code, out, errOut := runCLI("code", "--format", "jsonl", good, bad, jl)
	if code != 1 {
		t.Errorf("exit code %d, want 1 (one input failed)", code)
	}
	if !strings.Contains(errOut, "bad.txt") || !strings.Contains(errOut, "x.jsonl:2") {
		t.Errorf("errors must name the file and line; stderr:\n%s", errOut)
	}
	var arts []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r map[string]any
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("not JSON: %q", l)
		}
		arts = append(arts, r["article"].(string))
	}
	if !strings.Contains(strings.Join(arts, ","), "good.txt") {
		t.Errorf("no event from good.txt: %s", out)
	}

	code, out, _ = runCLI("code", "--format", "tsv", good)
	if code != 0 || !strings.HasPrefix(out, "article\tsentence\t") {
		t.Errorf("tsv: exit %d, output %q", code, out)
	}
	code, _, _ = runCLI("code", "--date", "2020-01-01", bad)
	if code != 0 {
		t.Errorf("--date should date an undated article; exit %d", code)
	}
}

func TestUsageErrors(t *testing.T) {
	if code, _, e := runCLI("frobnicate"); code != 2 || !strings.Contains(e, "unknown command") {
		t.Errorf("unknown command: exit %d, %q", code, e)
	}
	if code, _, _ := runCLI("code"); code != 2 {
		t.Errorf("code without paths: exit %d", code)
	}
	if code, _, e := runCLI("code", "--format", "xml", "x"); code != 2 || !strings.Contains(e, "format") {
		t.Errorf("bad format: exit %d %q", code, e)
	}
	if code, _, e := runCLI("code", "--date", "yesterday", "x"); code != 2 || !strings.Contains(e, "--date") {
		t.Errorf("bad date: exit %d %q", code, e)
	}
}

func TestExplainAndDemo(t *testing.T) {
	code, out, _ := runCLI("explain", "--date", "2023-11-21", "The blogger was briefly detained in Montenegro.")
	if code != 0 || !strings.Contains(out, "detained") || !strings.Contains(out, "EVENT 173") || !strings.Contains(out, "== events: 1") {
		t.Errorf("explain: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI("demo", "--serve=false", "--format", "jsonl")
	if code != 0 || strings.Count(out, "\n") < 10 {
		t.Errorf("demo: exit %d, %d events", code, strings.Count(out, "\n"))
	}
}

// TestPlacesFlag: --places adds a user gazetteer file; its places are found
// in text and given to events, and a malformed file stops with its name and
// line.
func TestPlacesFlag(t *testing.T) {
	dir := t.TempDir()
	art := filepath.Join(dir, "a.txt")
	os.WriteFile(art, []byte("date 2023-11-21 Serbian police arrested two men in Qorvashte on Monday."), 0o644)
	places := filepath.Join(dir, "places.tsv")
	os.WriteFile(places, []byte("# user villages\nQorvashte\t\t42.71\t21.02\tPPL\tXKX\t900\n"), 0o644)
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte("Qorvashte\t42.71\t21.02\n"), 0o644)

	placeOf := func(out string) string {
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var r struct {
				Place *struct {
					Name    string
					Country *string
				} `json:"location"`
			}
			if json.Unmarshal([]byte(l), &r) == nil && r.Place != nil && r.Place.Country != nil {
				return r.Place.Name + "/" + *r.Place.Country
			}
		}
		return ""
	}
	code, out, errOut := runCLI("code", "--format", "jsonl", art)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if p := placeOf(out); p != "" {
		t.Fatalf("the built-in gazetteer already places the test village (%s); pick another name", p)
	}
	code, out, errOut = runCLI("code", "--format", "jsonl", "--places", places, art)
	if code != 0 {
		t.Fatalf("--places: exit %d: %s", code, errOut)
	}
	if p := placeOf(out); p != "Qorvashte/XKX" {
		t.Errorf("--places: event place %q, want Qorvashte/XKX; output:\n%s", p, out)
	}
	code, _, errOut = runCLI("code", "--format", "jsonl", "--places", bad, art)
	if code == 0 || !strings.Contains(errOut, "bad.tsv:1") {
		t.Errorf("a malformed places file: exit %d, stderr %q; want an error naming bad.tsv:1", code, errOut)
	}
}

// TestTimexCommand: a dated article is tagged against its own date (its
// body only, offsets into the body), --date overrides it, and a bad date
// line is an error naming the file.
func TestTimexCommand(t *testing.T) {
	dir := t.TempDir()
	art := filepath.Join(dir, "a.txt")
	os.WriteFile(art, []byte("date 2019-02-21\nOn Monday, attorneys general from sixteen states filed a lawsuit."), 0o644)
	code, out, errOut := runCLI("timex", art)
	if code != 0 || !strings.HasPrefix(out, "3-9\tDATE") || !strings.Contains(out, "2019-02-18") {
		t.Errorf("article date: code %d, out %q, err %q", code, out, errOut)
	}
	if _, out, _ = runCLI("timex", "--date", "2019-01-01", art); !strings.Contains(out, "2018-12-31") {
		t.Errorf("--date must win over the article's date: %q", out)
	}
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("date 2019-13-45 On Monday they met."), 0o644)
	if code, _, errOut = runCLI("timex", bad); code == 0 || !strings.Contains(errOut, "bad.txt") {
		t.Errorf("bad date line: code %d, stderr %q", code, errOut)
	}
}
