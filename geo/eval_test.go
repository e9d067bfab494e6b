package geo

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-dev/annals/text"
)

func TestReadGoldXML(t *testing.T) {
	lgl := `<articles><article docid="7"><text>Paris, Texas</text><toponyms>
<toponym><start>0</start><end>5</end><phrase>Paris</phrase><gaztag geonameid="4717560"><name>Paris</name>
<lat>33.66</lat><lon>-95.56</lon><country geonameid="6252001">United States</country></gaztag></toponym>
<toponym><start>7</start><end>12</end><phrase>Texas</phrase></toponym></toponyms></article></articles>`
	arts, layout, err := ReadGoldXML(strings.NewReader(lgl))
	if err != nil || layout != "lgl" || len(arts) != 1 || arts[0].ID != "7" || len(arts[0].Toponyms) != 2 {
		t.Fatalf("lgl: %v %q %+v", err, layout, arts)
	}
	if tp := arts[0].Toponyms[0]; !tp.HasCoord || tp.Country != "United States" || tp.Lat != 33.66 {
		t.Errorf("lgl toponym = %+v", tp)
	}
	if arts[0].Toponyms[1].HasCoord {
		t.Errorf("toponym without gaztag has coordinates")
	}
	gv := `<articles><article><source>x</source><text>In Pandi, Bulacan.</text><locations>
<location><name>Pandi</name><start>4</start><end>9</end><lat>14.87</lat><lon>120.95</lon></location></locations></article></articles>`
	arts, layout, err = ReadGoldXML(strings.NewReader(gv))
	if err != nil || layout != "geovirus" || arts[0].ID != "0" {
		t.Fatalf("geovirus: %v %q %+v", err, layout, arts)
	}
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var pred bytes.Buffer
	res, err := Evaluate(NewStage(g), arts, nil, &pred)
	if err != nil {
		t.Fatal(err)
	}
	// The offsets are shifted by one (as in GeoVirus) and realigned.
	if res.Toponyms != 1 || res.Within161 != 1 || !strings.Contains(pred.String(), `"country":"PHL"`) {
		t.Errorf("Evaluate = %+v, predictions %s", res, pred.String())
	}
	// Nested and start-tag-less <location> elements, as in parts of GeoVirus.
	bad := `<articles><article><text>Ilocos Sur, Philippines and Zambales</text><locations>
<location><location><name>Ilocos Sur</name><start>1</start><end>11</end><lat>17.33</lat><lon>120.58</lon></location>
<location><name>Philippines</name><start>13</start><end>24</end><lat>13</lat><lon>122</lon></location>
<name>Zambales</name><start>29</start><end>37</end><lat>15.33</lat><lon>120.17</lon></location>
</locations></article><article><text>Cairo</text><locations><location><name>Cairo</name><start>1</start><end>6</end>
<lat>30.04</lat><lon>31.23</lon></location></locations></article></articles>`
	arts, _, err = ReadGoldXML(strings.NewReader(bad))
	if err != nil || len(arts) != 2 {
		t.Fatalf("malformed geovirus: %v %+v", err, arts)
	}
	var names []string
	for _, tp := range arts[0].Toponyms {
		if !tp.HasCoord {
			t.Errorf("malformed geovirus: %+v without coordinates", tp)
		}
		names = append(names, tp.Text)
	}
	if got := strings.Join(names, "|"); got != "Ilocos Sur|Philippines|Zambales" || len(arts[1].Toponyms) != 1 || arts[1].Toponyms[0].Lat != 30.04 {
		t.Errorf("malformed geovirus: %s; second article %+v", got, arts[1].Toponyms)
	}
	if _, _, err := ReadGoldXML(strings.NewReader("<articles><article><text>x</text></article></articles>")); err == nil {
		t.Error("a file without toponyms: no error")
	}
}

// TestEvalDev runs the evaluation on the development sets in ../shared
// (read-only third-party data, absent outside the project's workplace).
func TestEvalDev(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the geoparse evaluation")
	}
	dir := filepath.Join("..", "..", "shared", "data", "geoparse_dev")
	floors := map[string]float64{"lgl.xml": 90.5, "GeoVirus.xml": 90.1}
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	seg, err := text.New()
	if err != nil {
		t.Fatal(err)
	}
	for name, floor := range floors {
		f, err := os.Open(filepath.Join(dir, name))
		if os.IsNotExist(err) {
			t.Skipf("%s absent (../shared is not available here): skipping the geoparse evaluation", filepath.Join(dir, name))
		}
		if err != nil {
			t.Fatal(err)
		}
		arts, _, err := ReadGoldXML(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		res, err := Evaluate(NewStage(g), arts, seg.Process, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: acc161 %.2f, %d toponyms", name, res.Acc161(), res.Toponyms)
		if res.Acc161() < floor {
			t.Errorf("%s: acc161 %.2f below the floor %.1f", name, res.Acc161(), floor)
		}
	}
}
