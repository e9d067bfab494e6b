package ingest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/annals-dev/annals/doc"
)

// rssFeed is an RSS 2.0 document (or RSS 1.0/RDF, whose items sit at the
// root).
type rssFeed struct {
	Channel struct {
		Title string    `xml:"title"`
		Items []rssItem `xml:"item"`
	} `xml:"channel"`
	Items []rssItem `xml:"item"`
}

type rssItem struct {
	Title       string `xml:"title"`
	Link        string `xml:"link"`
	GUID        string `xml:"guid"`
	Description string `xml:"description"`
	Content     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	PubDate     string `xml:"pubDate"`
	DCDate      string `xml:"http://purl.org/dc/elements/1.1/ date"`
	Source      string `xml:"source"`
}

// atomFeed is an Atom feed.
type atomFeed struct {
	Title   string      `xml:"title"`
	Entries []atomEntry `xml:"entry"`
}

type atomEntry struct {
	Title string `xml:"title"`
	ID    string `xml:"id"`
	Links []struct {
		Href string `xml:"href,attr"`
		Rel  string `xml:"rel,attr"`
	} `xml:"link"`
	Published string   `xml:"published"`
	Updated   string   `xml:"updated"`
	Summary   atomText `xml:"summary"`
	Content   atomText `xml:"content"`
}

// atomText is an Atom text construct: text, escaped HTML, or inline XHTML.
type atomText struct {
	Type  string `xml:"type,attr"`
	Text  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

// html returns the construct as HTML (or plain text).
func (t atomText) html() string {
	if t.Type == "xhtml" {
		return t.Inner
	}
	return t.Text
}

// feedItem is one article of a feed before dating.
type feedItem struct {
	id, title, url, text, date string
}

func newXMLDecoder(b []byte) *xml.Decoder {
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		switch strings.ToLower(label) {
		case "utf-8", "utf8", "us-ascii", "ascii":
			return r, nil
		case "iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252":
			return latin1Reader(r)
		}
		return nil, fmt.Errorf("unsupported charset %q", label)
	}
	return dec
}

// latin1Reader converts ISO 8859-1 to UTF-8 (Windows-1252's extra
// punctuation in 0x80-0x9F comes out as C1 controls).
func latin1Reader(r io.Reader) (io.Reader, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return strings.NewReader(string(rs)), nil
}

// ReadFeed reads the items of an RSS (0.9x, 1.0, 2.0) or Atom feed as
// articles: the item's content (or description/summary, HTML reduced to its
// text) is the body, pubDate (dc:date, published, updated) the date, the
// link the URL and the feed's title the source. An item without text or
// without a usable date (and no opts.DefaultDate) is reported as an error
// naming the feed and the item; the other items go on.
func ReadFeed(b []byte, name string, opts Options, h Handler) error {
	items, source, err := parseFeed(b)
	if err != nil {
		return h(nil, &InputError{File: name, Err: err})
	}
	for i, it := range items {
		d, err := it.document(opts)
		if err != nil {
			if herr := h(nil, &InputError{File: name, Err: fmt.Errorf("item %d (%s): %w", i+1, firstNonEmpty(it.title, it.id, it.url), err)}); herr != nil {
				return herr
			}
			continue
		}
		d.Source = source
		if d.ID == "" {
			d.ID = fmt.Sprintf("%s#%d", filepath.Base(name), i+1)
		}
		if err := h(d, nil); err != nil {
			return err
		}
	}
	return nil
}

func parseFeed(b []byte) ([]feedItem, string, error) {
	dec := newXMLDecoder(b)
	for {
		tok, err := dec.Token()
		if err != nil {
			return nil, "", fmt.Errorf("feed: no <rss>, <rdf:RDF> or <feed> element: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch strings.ToLower(se.Name.Local) {
		case "rss", "rdf":
			var f rssFeed
			if err := dec.DecodeElement(&f, &se); err != nil {
				return nil, "", fmt.Errorf("feed: %w", err)
			}
			var out []feedItem
			for _, it := range append(f.Channel.Items, f.Items...) {
				out = append(out, feedItem{id: firstNonEmpty(it.GUID, it.Link), title: strings.TrimSpace(it.Title), url: strings.TrimSpace(it.Link),
					text: htmlText(firstNonEmpty(it.Content, it.Description)), date: firstNonEmpty(it.PubDate, it.DCDate)})
			}
			return out, strings.TrimSpace(f.Channel.Title), nil
		case "feed":
			var f atomFeed
			if err := dec.DecodeElement(&f, &se); err != nil {
				return nil, "", fmt.Errorf("feed: %w", err)
			}
			var out []feedItem
			for _, e := range f.Entries {
				link := ""
				for _, l := range e.Links {
					if l.Rel == "" || l.Rel == "alternate" {
						link = l.Href
						break
					}
				}
				out = append(out, feedItem{id: firstNonEmpty(e.ID, link), title: strings.TrimSpace(e.Title), url: link,
					text: htmlText(firstNonEmpty(e.Content.html(), e.Summary.html())), date: firstNonEmpty(e.Published, e.Updated)})
			}
			return out, strings.TrimSpace(f.Title), nil
		default:
			return nil, "", fmt.Errorf("feed: root element <%s> is not rss, rdf:RDF or feed", se.Name.Local)
		}
	}
}

var errNoText = errors.New("no text")

func (it feedItem) document(opts Options) (*doc.Document, error) {
	if it.text == "" {
		return nil, errNoText
	}
	d := &doc.Document{ID: it.id, Title: it.title, URL: it.url, Text: it.text}
	var t time.Time
	if it.date != "" {
		var err error
		if t, err = parseLooseDate(it.date); err != nil && opts.DefaultDate.IsZero() {
			return nil, fmt.Errorf("%w: %v", ErrNoDate, err)
		}
	}
	if t.IsZero() {
		if opts.DefaultDate.IsZero() {
			return nil, ErrNoDate
		}
		t = opts.DefaultDate
	}
	d.Date = t
	return d, nil
}
