package geo

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-dev/annals/doc"
)

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.tsv", "# a user's villages\n"+
		"Qorvashtë\tQorvashte;Korvaš\t42.71\t21.02\tPPL\tXKX\t900\n"+
		"Bleak Ridge Camp\t\t3.10\t31.40\tRGN\tSSD\t5000\n")
	bad := write("bad.tsv", "Ulvenhout Mire\t\t51.5\t4.8\tRGN\tNLD\t100\n"+
		"# comment\n"+
		"Broken Line\t\t91.5\t4.8\tRGN\tNLD\t100\n")

	if d, err := Default(); err == nil {
		if err := d.LoadFile(good); err == nil {
			t.Error("LoadFile must refuse the shared default gazetteer")
		}
	}
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Qorvashte", "Bleak Ridge Camp", "Ulvenhout Mire"} {
		if _, ok := g.Resolve(name, Context{}); ok {
			t.Fatalf("%q resolves before the user file is loaded: the test names must be unknown", name)
		}
	}
	err = g.LoadFile(bad)
	if err == nil || !strings.Contains(err.Error(), "bad.tsv:3") {
		t.Errorf("a bad line must be an error naming file and line, got %v", err)
	}
	if _, ok := g.Resolve("Ulvenhout Mire", Context{}); ok {
		t.Error("a file with an error must add nothing, not even its valid lines")
	}
	if err := g.LoadFile(filepath.Join(dir, "missing.tsv")); err == nil {
		t.Error("a missing file must be an error")
	}
	if err := g.LoadFile(good); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name     string
		country  string
		lat, lon float64
	}{
		{"Qorvashtë", "XKX", 42.71, 21.02},
		{"Korvaš", "XKX", 42.71, 21.02},
		{"Bleak Ridge Camp", "SSD", 3.10, 31.40},
	} {
		p, ok := g.Resolve(tt.name, Context{})
		if !ok || p.Country != tt.country || Distance(p, doc.Place{Lat: tt.lat, Lon: tt.lon}) > 1 {
			t.Errorf("Resolve(%q) = %+v, %v; want %s at %.2f,%.2f", tt.name, p, ok, tt.country, tt.lat, tt.lon)
		}
	}
}
