// Package ingest reads articles from files, directories and standard input
// into doc.Documents: dated plain text, JSON Lines (optionally gzip-compressed).
//
// Plain text: the first non-blank line starts with "date YYYY-MM-DD"; the body
// may continue on that same line or start on the next. When the body starts on
// its own line, a short first line (no final period) followed by a blank line
// is the headline (Document.Title) and is not part of the body. All offsets later computed on Document.Text count from the first
// byte of the body.
//
// JSON Lines: one article per line with "id", "date" and "text", and optional
// "title", "url" and "source".
//
// An article without a usable date is an error naming the file (and the line,
// for JSON Lines) unless a default date is given. A bad record never stops
// the others: every error is passed to the caller's callback and reading goes
// on.
package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/annals-dev/annals/doc"
)

// Options control how articles are read.
type Options struct {
	// DefaultDate is used for articles without a usable date; the zero
	// value means such articles are errors.
	DefaultDate time.Time
}

// Handler receives each article read, or an error for an input (a file or a
// record) that could not be read. Returning a non-nil error stops reading.
type Handler func(d *doc.Document, err error) error

// InputError describes an input that could not be read: the file, the line
// (for JSON Lines, else 0) and the field at fault, if any.
type InputError struct {
	File  string
	Line  int
	Field string
	Err   error
}

func (e *InputError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, ": field %q", e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *InputError) Unwrap() error { return e.Err }

// ErrNoDate is wrapped by errors about articles without a usable date.
var ErrNoDate = errors.New("no usable date (give one with --date)")

// Walk reads every path in order: "-" is standard input (plain text, or JSON
// Lines when it starts with "{"), an http(s) URL is fetched (feed.go,
// html.go), a directory is read recursively in name
// order, and a file is read by its extension (.jsonl, .jsonl.gz, .json.gz,
// .ndjson as JSON Lines; RSS/Atom feeds and HTML pages by extension or
// content; anything else as dated plain text). Hidden files and
// files with other known data extensions (.json, .xml, .md) inside
// directories are skipped.
func Walk(paths []string, opts Options, h Handler) error {
	for _, p := range paths {
		if p == "-" {
			if err := readStream(os.Stdin, "<stdin>", "stdin", opts, h); err != nil {
				return err
			}
			continue
		}
		if IsURL(p) {
			if err := readURL(p, opts, h); err != nil {
				return err
			}
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			if herr := h(nil, &InputError{File: p, Err: err}); herr != nil {
				return herr
			}
			continue
		}
		if !st.IsDir() {
			if err := ReadFile(p, opts, h); err != nil {
				return err
			}
			continue
		}
		var files []string
		werr := filepath.WalkDir(p, func(path string, de fs.DirEntry, err error) error {
			if err != nil {
				return h(nil, &InputError{File: path, Err: err})
			}
			name := de.Name()
			if strings.HasPrefix(name, ".") && path != p {
				if de.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !de.IsDir() && isArticleFile(name) {
				files = append(files, path)
			}
			return nil
		})
		if werr != nil {
			return werr
		}
		sort.Strings(files)
		for _, f := range files {
			if err := ReadFile(f, opts, h); err != nil {
				return err
			}
		}
	}
	return nil
}

// isArticleFile reports whether a file found in a directory walk is an input.
func isArticleFile(name string) bool {
	if isJSONL(name) {
		return true
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", "", ".html", ".htm", ".rss", ".atom":
		return true
	}
	return false
}

func isJSONL(name string) bool {
	n := strings.ToLower(name)
	for _, s := range []string{".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json.gz"} {
		if strings.HasSuffix(n, s) {
			return true
		}
	}
	return false
}

// ReadFile reads one file by its extension.
func ReadFile(path string, opts Options, h Handler) error {
	f, err := os.Open(path)
	if err != nil {
		return h(nil, &InputError{File: path, Err: err})
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return h(nil, &InputError{File: path, Err: fmt.Errorf("gzip: %w", err)})
		}
		defer gz.Close()
		r = gz
	}
	if isJSONL(path) {
		return ReadJSONL(r, path, opts, h)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return h(nil, &InputError{File: path, Err: err})
	}
	if kind := sniffMarkup(path, b); kind != "" {
		return readMarkup(kind, b, path, "", opts, h)
	}
	d, err := ParseText(b, filepath.Base(path), opts)
	if err != nil {
		return h(nil, &InputError{File: path, Err: err})
	}
	return h(d, nil)
}

// readStream reads standard input: JSON Lines when the first non-blank byte
// is "{", else one dated plain-text article.
func readStream(r io.Reader, name, id string, opts Options, h Handler) error {
	br := bufio.NewReader(r)
	for {
		b, err := br.Peek(1)
		if err != nil {
			break
		}
		if b[0] == ' ' || b[0] == '\n' || b[0] == '\r' || b[0] == '\t' {
			br.ReadByte()
			continue
		}
		if b[0] == '{' {
			return ReadJSONL(br, name, opts, h)
		}
		break
	}
	all, err := io.ReadAll(br)
	if err != nil {
		return h(nil, &InputError{File: name, Err: err})
	}
	d, err := ParseText(all, id, opts)
	if err != nil {
		return h(nil, &InputError{File: name, Err: err})
	}
	return h(d, nil)
}

// ParseText parses a dated plain-text article. id becomes Document.ID.
func ParseText(b []byte, id string, opts Options) (*doc.Document, error) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")) // UTF-8 byte-order mark
	s := string(b)
	// Skip leading blank lines and spaces.
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	d := &doc.Document{ID: id}
	rest := s[i:]
	if strings.HasPrefix(rest, "date ") || strings.HasPrefix(rest, "date\t") || strings.HasPrefix(rest, "DATE ") {
		rest = strings.TrimLeft(rest[5:], " \t")
		end := 0
		for end < len(rest) && rest[end] != ' ' && rest[end] != '\t' && rest[end] != '\n' && rest[end] != '\r' {
			end++
		}
		t, err := ParseDate(rest[:end])
		if err != nil {
			if opts.DefaultDate.IsZero() {
				return nil, fmt.Errorf("line 1: %w: %v", ErrNoDate, err)
			}
			t = opts.DefaultDate
		}
		d.Date = t
		rest = rest[end:]
	} else if opts.DefaultDate.IsZero() {
		return nil, fmt.Errorf("line 1: %w: the first line must start with \"date YYYY-MM-DD\"", ErrNoDate)
	} else {
		d.Date = opts.DefaultDate
	}
	// The body starts after spaces on the date line, or on the next line;
	// only a body that starts on its own line can open with a headline.
	rest = strings.TrimLeft(rest, " \t")
	onDateLine := rest != "" && rest[0] != '\n' && rest[0] != '\r'
	rest = strings.TrimLeft(rest, " \t\r\n")
	if !onDateLine {
		d.Title, rest = splitHeadline(rest)
	}
	d.Text = strings.TrimRight(rest, " \t\r\n")
	return d, nil
}

// splitHeadline separates a short first line followed by a blank line.
func splitHeadline(s string) (title, body string) {
	nl := strings.IndexByte(s, '\n')
	if nl < 0 {
		return "", s
	}
	line := strings.TrimRight(s[:nl], " \t\r")
	after := s[nl+1:]
	j := 0
	for j < len(after) && (after[j] == ' ' || after[j] == '\t' || after[j] == '\r') {
		j++
	}
	if j >= len(after) || after[j] != '\n' {
		return "", s // no blank line after the first line
	}
	if len(line) == 0 || len(line) > 200 || strings.HasSuffix(line, ".") {
		return "", s
	}
	return line, strings.TrimLeft(after, " \t\r\n")
}

// record is one JSON Lines article.
type record struct {
	ID    json.RawMessage `json:"id"`
	Date  *string         `json:"date"`
	Text  *string         `json:"text"`
	Title string          `json:"title"`
	URL   string          `json:"url"`
	// Source may be anything in other people's JSON (an object, a list);
	// only a string is taken as the article's source.
	Source json.RawMessage `json:"source"`
}

// ReadJSONL reads JSON Lines articles from r; name is the file name used in
// errors and as a fallback id prefix.
func ReadJSONL(r io.Reader, name string, opts Options, h Handler) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		d, field, err := parseRecord(b, opts)
		if err != nil {
			if herr := h(nil, &InputError{File: name, Line: line, Field: field, Err: err}); herr != nil {
				return herr
			}
			continue
		}
		if d.ID == "" {
			d.ID = fmt.Sprintf("%s:%d", filepath.Base(name), line)
		}
		if err := h(d, nil); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return h(nil, &InputError{File: name, Line: line + 1, Err: err})
	}
	return nil
}

func parseRecord(b []byte, opts Options) (*doc.Document, string, error) {
	var rec record
	if err := json.Unmarshal(b, &rec); err != nil {
		return nil, "", fmt.Errorf("not a JSON object: %w", err)
	}
	d := &doc.Document{Title: rec.Title, URL: rec.URL}
	if len(rec.Source) > 0 && rec.Source[0] == '"' {
		json.Unmarshal(rec.Source, &d.Source)
	}
	if len(rec.ID) > 0 && string(rec.ID) != "null" {
		var s string
		if err := json.Unmarshal(rec.ID, &s); err == nil {
			d.ID = s
		} else {
			var n json.Number
			if err := json.Unmarshal(rec.ID, &n); err != nil {
				return nil, "id", errors.New("must be a string or a number")
			}
			d.ID = n.String()
		}
	}
	if rec.Text == nil {
		return nil, "text", errors.New("missing")
	}
	d.Text = strings.TrimRight(*rec.Text, " \t\r\n")
	switch {
	case rec.Date != nil && *rec.Date != "":
		t, err := ParseDate(*rec.Date)
		if err != nil {
			if opts.DefaultDate.IsZero() {
				return nil, "date", fmt.Errorf("%w: %v", ErrNoDate, err)
			}
			t = opts.DefaultDate
		}
		d.Date = t
	case !opts.DefaultDate.IsZero():
		d.Date = opts.DefaultDate
	default:
		return nil, "date", ErrNoDate
	}
	return d, "", nil
}

// ParseDate reads an article date: YYYY-MM-DD, optionally followed by a time
// (RFC 3339), or RFC 1123 as in feeds. The result is the date at midnight UTC.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", time.RFC1123Z, time.RFC1123, "20060102"} {
		if t, err := time.Parse(layout, s); err == nil {
			y, m, dd := t.Date()
			if y < 1000 || y > 2999 {
				return time.Time{}, fmt.Errorf("year %d out of range", y)
			}
			return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("cannot read %q as a date (want YYYY-MM-DD)", s)
}
