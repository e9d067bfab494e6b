package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/annals-dev/annals/store"
	"github.com/annals-dev/annals/store/sqlite"
)

func dbStats(t *testing.T, path string) store.Stats {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestIngestEventsExport(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(in, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "date 2022-03-07\n\nRussian troops attacked Ukrainian positions near Kharkiv on Monday. Residents fled.")
	write("b.txt", "date 2022-03-08\n\nOn Monday, Russian troops attacked Ukrainian positions near Kharkiv, officials said.")
	write("c.txt", "date 2022-04-02\n\nChilean police arrested two protesters in Santiago on Saturday.")
	write("nodate.txt", "There is no date line here.")
	write("page.html", "<html><body><p>Police arrested four men after a robbery at a bank in the city centre.</p></body></html>")
	write("x.jsonl", `{"id":"j1","date":"2022-02-24","text":"Russia invaded Ukraine on Thursday."}`+"\n{oops\n")
	db := filepath.Join(dir, "annals.db")

	code, _, errOut := runCLI("ingest", "--db", db, in)
	if code != 1 {
		t.Errorf("exit code %d, want 1 (inputs failed)", code)
	}
	for _, s := range []string{"nodate.txt", "page.html", "x.jsonl:2", "7 articles read: 4 stored, 0 skipped (already stored), 0 near-duplicates, 3 failed"} {
		if !strings.Contains(errOut, s) {
			t.Errorf("stderr lacks %q:\n%s", s, errOut)
		}
	}
	first := dbStats(t, db)
	if first.Articles != 4 || first.Events == 0 {
		t.Fatalf("stats after the first run: %+v", first)
	}
	_, events1, _ := runCLI("events", "--db", db, "--format", "csv")

	// A second run changes nothing.
	code, _, errOut = runCLI("ingest", "--db", db, in)
	if code != 1 || !strings.Contains(errOut, "7 articles read: 0 stored, 4 skipped (already stored)") {
		t.Errorf("second run: exit %d\n%s", code, errOut)
	}
	if second := dbStats(t, db); second != first {
		t.Errorf("second run changed the store: %+v -> %+v", first, second)
	}
	_, events2, _ := runCLI("events", "--db", db, "--format", "csv")
	if events1 != events2 || strings.Count(events1, "\n") != int(first.Events)+1 {
		t.Errorf("events changed or miscounted:\n%s\n---\n%s", events1, events2)
	}

	// Filters and formats.
	code, out, errOut := runCLI("events", "--db", db, "--format", "jsonl", "--country", "CHL", "--text", "Santiago")
	if code != 0 || strings.Count(out, "\n") < 1 || strings.Contains(out, "Kharkiv") {
		t.Errorf("filtered events: exit %d %s\n%s", code, errOut, out)
	}
	for _, f := range []string{"gdelt", "acled", "plover", "jsonl", "csv", "parquet"} {
		o := filepath.Join(dir, "out."+f)
		if code, _, errOut := runCLI("export", "--db", db, "--format", f, "-o", o); code != 0 {
			t.Errorf("export %s: exit %d: %s", f, code, errOut)
		}
		b, err := os.ReadFile(o)
		if err != nil || len(b) == 0 && f != "acled" && f != "plover" {
			t.Errorf("export %s: %d bytes, %v", f, len(b), err)
		}
		if f == "gdelt" {
			for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
				if n := len(strings.Split(line, "\t")); n != 61 {
					t.Errorf("gdelt row with %d columns", n)
				}
			}
		}
	}
	code, _, errOut = runCLI("ingest", "--db", filepath.Join(dir, "other.db"), "--dict", filepath.Join(dir, "missing.txt"), filepath.Join(in, "a.txt"))
	if code == 0 || !strings.Contains(errOut, "loading the pipeline") || strings.Count(errOut, "missing.txt") != 1 {
		t.Errorf("a pipeline that cannot load: exit %d\n%s", code, errOut)
	}
	for _, args := range [][]string{
		{"export", "--db", db, "--format", "xml"},
		{"events", "--db", db, "--from", "March"},
		{"events", "--db", db, "--quad", "7"},
		{"events", "--db", filepath.Join(dir, "missing.db")},
		{"ingest", "--db", db},
	} {
		if code, _, _ := runCLI(args...); code == 0 {
			t.Errorf("%v: exit 0", args)
		}
	}
}

func TestProgressLine(t *testing.T) {
	tests := []struct {
		n, total int64
		rate     float64
		want     string
	}{
		{50, 100, 10, "[===============               ] 50/100 articles  10.0/s  ETA 5s"},
		{0, -1, 0, "0 articles  0.0/s"},
		{120, 100, 10, "[==============================] 120/100 articles  10.0/s  ETA -2s"},
	}
	for _, tt := range tests {
		if got := progressLine(tt.n, tt.total, tt.rate); got != tt.want {
			t.Errorf("progressLine(%d, %d) = %q, want %q", tt.n, tt.total, got, tt.want)
		}
	}
}

// genArticles writes n small dated articles as JSON Lines: several report
// the same events (same actors, verb and day), so that merging happens.
func genArticles(t *testing.T, path string, n int) {
	t.Helper()
	countries := []string{"Russia", "Ukraine", "France", "Germany", "Kenya", "Chile", "India", "China", "Turkey", "Egypt"}
	templates := []string{
		"The president of %s met the prime minister of %s in talks on trade, officials said in report number %d.",
		"Troops from %s attacked positions held by %s forces near the border, witnesses said in dispatch %d.",
		"The government of %s accused %s of spreading false information, according to statement %d.",
		"Police in %s arrested protesters from %s during a march, said bulletin %d.",
	}
	var b bytes.Buffer
	for i := 0; i < n; i++ {
		a, c := countries[i%len(countries)], countries[(i/len(countries)+1+i)%len(countries)]
		if a == c {
			c = countries[(i+3)%len(countries)]
		}
		text := fmt.Sprintf(templates[(i/7)%len(templates)], a, c, i)
		date := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (i/40)%60).Format("2006-01-02")
		fmt.Fprintf(&b, `{"id":"gen-%d","date":%q,"text":%q}`+"\n", i, date, text)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestIngestSurvivesKill9 kills a real ingest process mid-way with SIGKILL,
// runs it again, and checks that the store ends as a clean run's would:
// nothing lost, nothing twice.
func TestIngestSurvivesKill9(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("needs SIGKILL")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "annals")
	gobin, err := exec.LookPath("go")
	if err != nil {
		gobin = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	if out, err := exec.Command(gobin, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	const n = 1500
	input := filepath.Join(dir, "gen.jsonl")
	genArticles(t, input, n)
	ingest := func(db string) *exec.Cmd {
		return exec.Command(bin, "ingest", "--db", db, "--batch", "50", "--workers", "2", input)
	}

	// waitFor starts an ingest into db and signals it once min articles are
	// committed; it returns the finished command and its stderr.
	waitFor := func(db string, min int64, sig syscall.Signal) (*exec.Cmd, string) {
		cmd := ingest(db)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		signaled := false
		deadline := time.Now().Add(60 * time.Second)
		for time.Now().Before(deadline) && !signaled {
			time.Sleep(20 * time.Millisecond)
			if _, err := os.Stat(db); err != nil {
				continue
			}
			s, err := sqlite.Open(context.Background(), db)
			if err != nil {
				continue
			}
			st, err := s.Stats(context.Background())
			s.Close()
			if err == nil && st.Articles >= min {
				cmd.Process.Signal(sig)
				signaled = true
			}
		}
		err := cmd.Wait()
		if !signaled {
			t.Fatalf("the ingest never committed %d articles: %v\n%s", min, err, stderr.String())
		}
		return cmd, stderr.String()
	}

	// Reference: one clean run.
	ref := filepath.Join(dir, "ref.db")
	if out, err := ingest(ref).CombinedOutput(); err != nil {
		t.Fatalf("reference run: %v\n%s", err, out)
	}
	want := dbStats(t, ref)
	if want.Articles != n || want.Events == 0 || want.MergedEvents == 0 {
		t.Fatalf("reference run stored %+v; want %d articles and merged events", want, n)
	}

	// Killed run.
	db := filepath.Join(dir, "killed.db")
	cmd, _ := waitFor(db, 200, syscall.SIGKILL)
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("the ingest was not killed (it finished first?): %v", cmd.ProcessState)
	}
	mid := dbStats(t, db)
	if mid.Articles >= n || mid.Articles%50 != 0 {
		t.Errorf("after the kill: %d articles; want a multiple of the batch size below %d", mid.Articles, n)
	}

	// Re-run completes the job.
	out, err := ingest(db).CombinedOutput()
	if err != nil {
		t.Fatalf("re-run: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), fmt.Sprintf("%d stored, %d skipped", n-mid.Articles, mid.Articles)) {
		t.Errorf("re-run summary:\n%s", out)
	}
	if got := dbStats(t, db); got != want {
		t.Errorf("after kill and re-run: %+v\nclean run:            %+v", got, want)
	}
	exportCSV := func(db string) [][]string {
		code, out, errOut := runCLI("export", "--db", db, "--format", "csv")
		if code != 0 {
			t.Fatalf("export: %s", errOut)
		}
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	a, b := exportCSV(ref), exportCSV(db)
	if len(a) != len(b) {
		t.Fatalf("%d events after the kill, %d in the clean run", len(b)-1, len(a)-1)
	}
	for i := range a {
		if strings.Join(a[i], ",") != strings.Join(b[i], ",") {
			t.Errorf("event row %d differs:\n%v\n%v", i, b[i], a[i])
			break
		}
	}

	// An interrupted run (Ctrl-C) commits what it has coded and says so;
	// a re-run completes it too.
	intr := filepath.Join(dir, "interrupted.db")
	cmd, errOut := waitFor(intr, 100, syscall.SIGINT)
	if cmd.ProcessState.ExitCode() != 1 || !strings.Contains(errOut, "interrupted") {
		t.Errorf("interrupted run: %v\n%s", cmd.ProcessState, errOut)
	}
	if out, err := ingest(intr).CombinedOutput(); err != nil {
		t.Fatalf("re-run after the interrupt: %v\n%s", err, out)
	}
	if got := dbStats(t, intr); got != want {
		t.Errorf("after interrupt and re-run: %+v\nclean run:                %+v", got, want)
	}
}

// TestIngestMergesReportsEndToEnd runs the real pipeline: two articles
// reporting one arrest make one event; the same arrest on another day, or in
// another city, stays apart.
func TestIngestMergesReportsEndToEnd(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt": "date 2023-11-21\n\nSerbian police arrested two Kosovo officials in Belgrade on Monday.",
		"b.txt": "date 2023-11-22\n\nTwo Kosovo officials were arrested by Serbian police in Belgrade on Monday, the ministry said.",
		"c.txt": "date 2023-11-25\n\nSerbian police arrested two Kosovo officials in Belgrade on Friday.",
		"d.txt": "date 2023-11-21\n\nSerbian police arrested two Kosovo officials in Nis on Monday.",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "x.db")
	if code, _, errOut := runCLI("ingest", "-q", "--db", db, dir); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	code, out, errOut := runCLI("export", "--db", db, "--format", "csv", "--actor", "SRBCOP", "--cameo", "17")
	if code != 0 {
		t.Fatalf("export: %s", errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows[1:] {
		// date, target, place, mentions, articles
		got = append(got, strings.Join([]string{r[1], r[7], r[17], r[22], r[23]}, " "))
	}
	want := []string{
		"2023-11-20 XKXGOV Belgrade 2 2",
		"2023-11-24 XKXGOV Belgrade 1 1",
		"2023-11-20 XKXGOV Niš 1 1",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events (date target place mentions articles):\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
