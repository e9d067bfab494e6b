package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"github.com/annals-dev/annals/store"
)

// EventWriter writes merged events (store.Event) in one format. Close
// flushes buffered output (and, for Parquet, writes the footer).
type EventWriter interface {
	Write(e *store.Event) error
	Close() error
}

// EventFormats lists the formats of NewEventWriter.
var EventFormats = []string{"table", "jsonl", "csv", "gdelt", "acled", "plover", "parquet"}

// NewEventWriter returns a writer of merged events for format "table",
// "jsonl", "csv" (Annals' own event schema), "gdelt" (GDELT 2.0 event
// table), "acled" (ACLED export columns), "plover" (PLOVER JSON Lines) or
// "parquet" (Annals' event schema).
func NewEventWriter(w io.Writer, format string) (EventWriter, error) {
	switch format {
	case "jsonl", "json":
		bw := bufio.NewWriterSize(w, 64<<10)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		return &eventJSONL{bw: bw, enc: enc}, nil
	case "csv":
		cw := csv.NewWriter(w)
		return &eventCSV{cw: cw}, cw.Write(EventCSVHeader)
	case "table":
		return &eventTable{tw: tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)}, nil
	case "gdelt":
		return newGDELTWriter(w), nil
	case "acled":
		return newACLEDWriter(w)
	case "plover":
		return newPloverWriter(w), nil
	case "parquet":
		return newParquetWriter(w), nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %v)", format, EventFormats)
}

type eventJSONL struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

func (j *eventJSONL) Write(e *store.Event) error { return j.enc.Encode(e) }
func (j *eventJSONL) Close() error               { return j.bw.Flush() }

// EventCSVHeader names the columns of the events CSV layout.
var EventCSVHeader = []string{"id", "date", "source_name", "source_code", "source_country", "source_id",
	"target_name", "target_code", "target_country", "target_id", "cameo", "root", "quad_class", "goldstein",
	"plover_type", "plover_mode", "plover_context", "place_name", "place_country", "lat", "lon", "geonameid",
	"num_mentions", "num_articles", "num_sources", "first_report", "last_report", "is_root", "url"}

func actorFields(a *store.EventActor) []string {
	if a == nil {
		return []string{"", "", "", ""}
	}
	return []string{a.Name, a.Code, a.Country, a.ID}
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// EventRow returns the CSV cells of an event, in EventCSVHeader order.
func EventRow(e *store.Event) []string {
	row := []string{strconv.FormatInt(e.ID, 10), e.Date}
	row = append(row, actorFields(e.Source)...)
	row = append(row, actorFields(e.Target)...)
	row = append(row, e.CAMEO, e.Root, strconv.Itoa(e.QuadClass), ftoa(e.Goldstein), e.Plover.Type, e.Plover.Mode, e.Plover.Context)
	if l := e.Location; l != nil {
		lat, lon := "", ""
		if l.Resolved {
			lat, lon = ftoa(l.Lat), ftoa(l.Lon)
		}
		gid := ""
		if l.GeonameID != 0 {
			gid = strconv.Itoa(l.GeonameID)
		}
		row = append(row, l.Name, l.Country, lat, lon, gid)
	} else {
		row = append(row, "", "", "", "", "")
	}
	root := "0"
	if e.IsRoot {
		root = "1"
	}
	row = append(row, strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumArticles), strconv.Itoa(e.NumSources), e.FirstReport, e.LastReport, root, e.URL)
	return row
}

type eventCSV struct{ cw *csv.Writer }

func (c *eventCSV) Write(e *store.Event) error { return c.cw.Write(EventRow(e)) }
func (c *eventCSV) Close() error               { c.cw.Flush(); return c.cw.Error() }

type eventTable struct {
	tw     *tabwriter.Writer
	header bool
}

func (t *eventTable) Write(e *store.Event) error {
	if !t.header {
		fmt.Fprintln(t.tw, "ID\tDATE\tSOURCE\tEVENT\tTARGET\tPLACE\tMENTIONS\tARTICLES\tREPORTED")
		t.header = true
	}
	name := func(a *store.EventActor) string {
		if a == nil {
			return "-"
		}
		return short(a.Name, 22) + " (" + a.Code + ")"
	}
	place := "-"
	if e.Location != nil {
		place = short(e.Location.Name, 18)
	}
	rep := e.FirstReport
	if e.LastReport != e.FirstReport {
		rep += ".." + e.LastReport
	}
	_, err := fmt.Fprintf(t.tw, "%d\t%s\t%s\t%s %s\t%s\t%s\t%d\t%d\t%s\n", e.ID, e.Date, name(e.Source), e.CAMEO, short(e.Plover.Type, 10),
		name(e.Target), place, e.NumMentions, e.NumArticles, rep)
	return err
}
func (t *eventTable) Close() error { return t.tw.Flush() }
