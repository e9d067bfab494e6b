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
	floors := map[string]float64{"lgl.xml": 88, "GeoVirus.xml": 77.5}
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
			t.Errorf("%s: acc161 %.2f below the floor %.0f", name, res.Acc161(), floor)
		}
	}
}
