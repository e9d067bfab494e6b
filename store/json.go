package store

import (
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"
)

// AppendJSON appends e as encoding/json marshals it (the same bytes, or
// the same error) and returns the extended buffer. It writes a page of
// events several times faster than reflection; values encoding/json would
// reject or escape specially (NaN, strings with control, HTML or non-ASCII
// bytes) are handed to encoding/json. store/sqlite keeps this JSON with
// each event: changing it needs a schema migration there.
func (e *Event) AppendJSON(buf []byte) ([]byte, error) {
	var err error
	b := buf
	b = append(b, `{"id":`...)
	b = strconv.AppendInt(b, e.ID, 10)
	b = append(b, `,"date":`...)
	b = appendJSONString(b, e.Date, &err)
	b = append(b, `,"source":`...)
	b = e.Source.appendJSON(b, &err)
	b = append(b, `,"target":`...)
	b = e.Target.appendJSON(b, &err)
	b = append(b, `,"cameo":`...)
	b = appendJSONString(b, e.CAMEO, &err)
	b = append(b, `,"root":`...)
	b = appendJSONString(b, e.Root, &err)
	b = append(b, `,"quad_class":`...)
	b = strconv.AppendInt(b, int64(e.QuadClass), 10)
	b = append(b, `,"goldstein":`...)
	b = appendJSONFloat(b, e.Goldstein, &err)
	b = append(b, `,"plover":{"type":`...)
	b = appendJSONString(b, e.Plover.Type, &err)
	b = append(b, `,"mode":`...)
	b = appendJSONString(b, e.Plover.Mode, &err)
	b = append(b, `,"context":`...)
	b = appendJSONString(b, e.Plover.Context, &err)
	b = append(b, `},"location":`...)
	b = e.Location.appendJSON(b, &err)
	b = append(b, `,"num_mentions":`...)
	b = strconv.AppendInt(b, int64(e.NumMentions), 10)
	b = append(b, `,"num_articles":`...)
	b = strconv.AppendInt(b, int64(e.NumArticles), 10)
	b = append(b, `,"num_sources":`...)
	b = strconv.AppendInt(b, int64(e.NumSources), 10)
	b = append(b, `,"first_report":`...)
	b = appendJSONString(b, e.FirstReport, &err)
	b = append(b, `,"last_report":`...)
	b = appendJSONString(b, e.LastReport, &err)
	b = append(b, `,"is_root":`...)
	b = strconv.AppendBool(b, e.IsRoot)
	b = append(b, `,"url":`...)
	b = appendJSONString(b, e.URL, &err)
	b = append(b, `,"added":`...)
	b = appendJSONTime(b, e.Added, &err)
	if len(e.Mentions) > 0 {
		b = append(b, `,"mentions":`...)
		b = appendJSONValue(b, e.Mentions, &err)
	}
	if err != nil {
		return buf, err
	}
	return append(b, '}'), nil
}

func (p *Place) appendJSON(b []byte, err *error) []byte {
	if p == nil {
		return append(b, "null"...)
	}
	b = append(b, `{"name":`...)
	b = appendJSONString(b, p.Name, err)
	if p.Country != "" {
		b = append(b, `,"country":`...)
		b = appendJSONString(b, p.Country, err)
	}
	b = append(b, `,"lat":`...)
	b = appendJSONFloat(b, p.Lat, err)
	b = append(b, `,"lon":`...)
	b = appendJSONFloat(b, p.Lon, err)
	if p.GeonameID != 0 {
		b = append(b, `,"geonameid":`...)
		b = strconv.AppendInt(b, int64(p.GeonameID), 10)
	}
	if p.Feature != "" {
		b = append(b, `,"feature":`...)
		b = appendJSONString(b, p.Feature, err)
	}
	b = append(b, `,"resolved":`...)
	b = strconv.AppendBool(b, p.Resolved)
	return append(b, '}')
}

// AppendJSON appends p as encoding/json marshals it (the same bytes, or
// the same error) and returns the extended buffer.
func (p *PlaceCount) AppendJSON(buf []byte) ([]byte, error) {
	var err error
	b := append(buf, `{"place":`...)
	b = p.Place.appendJSON(b, &err)
	b = append(b, `,"count":`...)
	b = strconv.AppendInt(b, p.Count, 10)
	b = append(b, `,"by_quad":[`...)
	for i, n := range p.ByQuad {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, n, 10)
	}
	if err != nil {
		return buf, err
	}
	return append(b, "]}"...), nil
}

func (a *EventActor) appendJSON(b []byte, err *error) []byte {
	if a == nil {
		return append(b, "null"...)
	}
	b = append(b, `{"key":`...)
	b = appendJSONString(b, a.Key, err)
	if a.ID != "" {
		b = append(b, `,"id":`...)
		b = appendJSONString(b, a.ID, err)
	}
	b = append(b, `,"name":`...)
	b = appendJSONString(b, a.Name, err)
	b = append(b, `,"code":`...)
	b = appendJSONString(b, a.Code, err)
	if a.Country != "" {
		b = append(b, `,"country":`...)
		b = appendJSONString(b, a.Country, err)
	}
	return append(b, '}')
}

// appendJSONString appends s quoted: directly when no byte of it needs
// escaping, else as encoding/json escapes it.
func appendJSONString(b []byte, s string, err *error) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c >= utf8.RuneSelf {
			return appendJSONValue(b, s, err)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// appendJSONFloat appends f as encoding/json formats a float64.
func appendJSONFloat(b []byte, f float64, err *error) []byte {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return appendJSONValue(b, f, err)
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 becomes e-9, as encoding/json writes it.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendJSONTime appends t as time.Time.MarshalJSON writes it: RFC 3339
// with nanoseconds, for years 0-9999 and zone offsets of whole minutes
// (other times are handed to encoding/json, which rejects some).
func appendJSONTime(b []byte, t time.Time, err *error) []byte {
	if _, off := t.Zone(); off%60 != 0 || t.Year() < 0 || t.Year() > 9999 {
		return appendJSONValue(b, t, err)
	}
	b = append(b, '"')
	b = t.AppendFormat(b, time.RFC3339Nano)
	return append(b, '"')
}

// appendJSONValue appends v as encoding/json marshals it; the first error
// is kept in *err.
func appendJSONValue(b []byte, v any, err *error) []byte {
	j, e := json.Marshal(v)
	if e != nil {
		if *err == nil {
			*err = e
		}
		return b
	}
	return append(b, j...)
}

// AppendJSON appends s as encoding/json marshals it (the same bytes, map
// keys sorted) and returns the extended buffer.
func (s *Series) AppendJSON(buf []byte) ([]byte, error) {
	var err error
	b := append(buf, `{"interval":`...)
	b = appendJSONString(b, string(s.Interval), &err)
	b = append(b, `,"split":`...)
	b = appendJSONString(b, string(s.Split), &err)
	b = append(b, `,"buckets":`...)
	if s.Buckets == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		var keys []string
		for i := range s.Buckets {
			bk := &s.Buckets[i]
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"start":`...)
			b = appendJSONString(b, bk.Start, &err)
			b = append(b, `,"total":`...)
			b = strconv.AppendInt(b, bk.Total, 10)
			b = append(b, `,"counts":`...)
			if bk.Counts == nil {
				b = append(b, "null"...)
			} else {
				keys = keys[:0]
				for k := range bk.Counts {
					keys = append(keys, k)
				}
				slices.Sort(keys)
				b = append(b, '{')
				for j, k := range keys {
					if j > 0 {
						b = append(b, ',')
					}
					b = appendJSONString(b, k, &err)
					b = append(b, ':')
					b = strconv.AppendInt(b, bk.Counts[k], 10)
				}
				b = append(b, '}')
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = append(b, `,"coarser":`...)
	b = strconv.AppendInt(b, s.Coarser, 10)
	if err != nil {
		return buf, err
	}
	return append(b, '}'), nil
}
