package export

import (
	"io"

	"github.com/parquet-go/parquet-go"

	"github.com/annals-dev/annals/store"
)

// ParquetEvent is the Parquet row of an event: Annals' event schema, the
// columns of EventCSVHeader with their types (lat/lon null when unknown).
type ParquetEvent struct {
	ID             int64    `parquet:"id"`
	Date           string   `parquet:"date"`
	SourceName     string   `parquet:"source_name"`
	SourceCode     string   `parquet:"source_code"`
	SourceCountry  string   `parquet:"source_country"`
	SourceID       string   `parquet:"source_id"`
	TargetName     string   `parquet:"target_name"`
	TargetCode     string   `parquet:"target_code"`
	TargetCountry  string   `parquet:"target_country"`
	TargetID       string   `parquet:"target_id"`
	CAMEO          string   `parquet:"cameo"`
	Root           string   `parquet:"root"`
	QuadClass      int32    `parquet:"quad_class"`
	Goldstein      float64  `parquet:"goldstein"`
	PloverType     string   `parquet:"plover_type"`
	PloverMode     string   `parquet:"plover_mode"`
	PloverContext  string   `parquet:"plover_context"`
	PlaceName      string   `parquet:"place_name"`
	PlaceCountry   string   `parquet:"place_country"`
	Lat            *float64 `parquet:"lat,optional"`
	Lon            *float64 `parquet:"lon,optional"`
	GeonameID      int64    `parquet:"geonameid"`
	NumMentions    int32    `parquet:"num_mentions"`
	NumArticles    int32    `parquet:"num_articles"`
	NumSources     int32    `parquet:"num_sources"`
	FirstReport    string   `parquet:"first_report"`
	LastReport     string   `parquet:"last_report"`
	IsRoot         bool     `parquet:"is_root"`
	URL            string   `parquet:"url"`
	AddedUnixMilli int64    `parquet:"added_unix_ms"`
}

// ParquetRow converts an event to its Parquet row.
func ParquetRow(e *store.Event) ParquetEvent {
	r := ParquetEvent{ID: e.ID, Date: e.Date, CAMEO: e.CAMEO, Root: e.Root, QuadClass: int32(e.QuadClass), Goldstein: e.Goldstein,
		PloverType: e.Plover.Type, PloverMode: e.Plover.Mode, PloverContext: e.Plover.Context,
		NumMentions: int32(e.NumMentions), NumArticles: int32(e.NumArticles), NumSources: int32(e.NumSources),
		FirstReport: e.FirstReport, LastReport: e.LastReport, IsRoot: e.IsRoot, URL: e.URL, AddedUnixMilli: e.Added.UnixMilli()}
	if a := e.Source; a != nil {
		r.SourceName, r.SourceCode, r.SourceCountry, r.SourceID = a.Name, a.Code, a.Country, a.ID
	}
	if a := e.Target; a != nil {
		r.TargetName, r.TargetCode, r.TargetCountry, r.TargetID = a.Name, a.Code, a.Country, a.ID
	}
	if l := e.Location; l != nil {
		r.PlaceName, r.PlaceCountry, r.GeonameID = l.Name, l.Country, int64(l.GeonameID)
		if l.Resolved {
			lat, lon := l.Lat, l.Lon
			r.Lat, r.Lon = &lat, &lon
		}
	}
	return r
}

// parquetWriter buffers rows into row groups of parquetGroup events,
// compressed with Zstandard.
type parquetWriter struct {
	w   *parquet.GenericWriter[ParquetEvent]
	buf []ParquetEvent
}

const parquetGroup = 4096

func newParquetWriter(w io.Writer) *parquetWriter {
	return &parquetWriter{w: parquet.NewGenericWriter[ParquetEvent](w, parquet.Compression(&parquet.Zstd))}
}

func (p *parquetWriter) Write(e *store.Event) error {
	p.buf = append(p.buf, ParquetRow(e))
	if len(p.buf) >= parquetGroup {
		return p.flush()
	}
	return nil
}

func (p *parquetWriter) flush() error {
	if len(p.buf) == 0 {
		return nil
	}
	_, err := p.w.Write(p.buf)
	p.buf = p.buf[:0]
	return err
}

func (p *parquetWriter) Close() error {
	if err := p.flush(); err != nil {
		return err
	}
	return p.w.Close()
}
