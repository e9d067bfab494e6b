package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
)

// Writer writes records in one format. Close flushes buffered output.
type Writer interface {
	Write(r *Record) error
	Close() error
}

// NewWriter returns a writer for format "jsonl", "tsv" or "table".
func NewWriter(w io.Writer, format string) (Writer, error) {
	switch format {
	case "jsonl", "json":
		bw := bufio.NewWriterSize(w, 64<<10)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		return &jsonlWriter{bw: bw, enc: enc}, nil
	case "tsv":
		bw := bufio.NewWriterSize(w, 64<<10)
		_, err := bw.WriteString(strings.Join(TSVHeader, "\t") + "\n")
		return &tsvWriter{bw: bw}, err
	case "table":
		return &tableWriter{tw: tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want jsonl, tsv or table)", format)
}

type jsonlWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

func (j *jsonlWriter) Write(r *Record) error { return j.enc.Encode(r) }
func (j *jsonlWriter) Close() error          { return j.bw.Flush() }

// TSVHeader names the columns of the TSV layout.
var TSVHeader = []string{"article", "sentence", "date", "date_source", "source_text", "source_name", "source_code", "source_country",
	"target_text", "target_name", "target_code", "target_country", "cameo", "root", "quad_class", "goldstein",
	"plover_type", "plover_mode", "plover_context", "trigger", "trigger_start", "trigger_end",
	"location_text", "location_name", "location_country", "lat", "lon", "rule", "text"}

type tsvWriter struct{ bw *bufio.Writer }

// clean makes a value safe for one TSV cell.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func actorCells(a *Actor) []string {
	if a == nil {
		return []string{"", "", "", ""}
	}
	return []string{a.Text, a.Name, a.Code, deref(a.Country)}
}

// Row returns the TSV cells of a record, in TSVHeader order.
func Row(r *Record) []string {
	row := []string{r.Article, strconv.Itoa(r.Sentence), r.Date, r.DateSource}
	row = append(row, actorCells(r.Source)...)
	row = append(row, actorCells(r.Target)...)
	row = append(row, r.CAMEO, r.Root, strconv.Itoa(r.QuadClass), strconv.FormatFloat(r.Goldstein, 'f', -1, 64),
		r.Plover.Type, r.Plover.Mode, r.Plover.Context, r.Trigger.Text, strconv.Itoa(r.Trigger.Start), strconv.Itoa(r.Trigger.End))
	if l := r.Location; l != nil {
		row = append(row, l.Text, l.Name, deref(l.Country), strconv.FormatFloat(l.Lat, 'f', 4, 64), strconv.FormatFloat(l.Lon, 'f', 4, 64))
	} else {
		row = append(row, "", "", "", "", "")
	}
	row = append(row, r.Rule, r.Text)
	for i := range row {
		row[i] = clean(row[i])
	}
	return row
}

func (t *tsvWriter) Write(r *Record) error {
	_, err := t.bw.WriteString(strings.Join(Row(r), "\t") + "\n")
	return err
}
func (t *tsvWriter) Close() error { return t.bw.Flush() }

type tableWriter struct {
	tw     *tabwriter.Writer
	header bool
}

func short(s string, n int) string {
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

func (t *tableWriter) Write(r *Record) error {
	if !t.header {
		fmt.Fprintln(t.tw, "ARTICLE\tDATE\tSOURCE\tEVENT\tTARGET\tPLACE\tTRIGGER")
		t.header = true
	}
	name := func(a *Actor) string {
		if a == nil {
			return "-"
		}
		return short(a.Name, 22) + " (" + a.Code + ")"
	}
	place := "-"
	if r.Location != nil {
		place = short(r.Location.Name, 18)
	}
	_, err := fmt.Fprintf(t.tw, "%s\t%s\t%s\t%s %s\t%s\t%s\t%s\n", short(r.Article, 24), r.Date, name(r.Source),
		r.CAMEO, short(r.Plover.Type, 10), name(r.Target), place, short(r.Trigger.Text, 20))
	return err
}
func (t *tableWriter) Close() error { return t.tw.Flush() }
