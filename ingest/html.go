package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/annals-dev/annals/doc"
)

// HTTPClient fetches http(s) inputs. Its timeout bounds one fetch.
var HTTPClient = &http.Client{Timeout: 60 * time.Second}

// MaxFetch is the largest response body read from a URL, in bytes.
const MaxFetch = 32 << 20

// IsURL reports whether an input path is an http or https URL.
func IsURL(p string) bool {
	return strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://")
}

// readURL fetches a URL and reads it by its content type (or content): an
// RSS/Atom feed, an HTML page, JSON Lines or dated plain text.
func readURL(u string, opts Options, h Handler) error {
	resp, err := HTTPClient.Get(u)
	if err != nil {
		return h(nil, &InputError{File: u, Err: err})
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return h(nil, &InputError{File: u, Err: fmt.Errorf("HTTP %s", resp.Status)})
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, MaxFetch))
	if err != nil {
		return h(nil, &InputError{File: u, Err: err})
	}
	ct := strings.ToLower(resp.Header.Get("Content-Type"))
	kind := sniffMarkup(u, b)
	switch {
	case strings.Contains(ct, "rss") || strings.Contains(ct, "atom"):
		kind = "feed"
	case strings.Contains(ct, "html") && kind == "":
		kind = "html"
	}
	if kind == "html" {
		b = toUTF8(b, ct)
	}
	if kind != "" {
		return readMarkup(kind, b, u, u, opts, h)
	}
	if strings.Contains(ct, "json") || bytes.HasPrefix(bytes.TrimSpace(b), []byte("{")) {
		return ReadJSONL(bytes.NewReader(b), u, opts, h)
	}
	d, err := ParseText(b, u, opts)
	if err != nil {
		return h(nil, &InputError{File: u, Err: err})
	}
	d.URL = u
	return h(d, nil)
}

// sniffMarkup tells a feed ("feed") or an HTML page ("html") by the name's
// extension or the first bytes of the content; "" for anything else.
func sniffMarkup(name string, b []byte) string {
	head := b
	if len(head) > 2048 {
		head = head[:2048]
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.ToLower(bytes.TrimLeft(head, " \t\r\n"))
	if !bytes.HasPrefix(head, []byte("<")) {
		return ""
	}
	switch {
	case bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")) || bytes.Contains(head, []byte("<rdf:rdf")):
		return "feed"
	case bytes.Contains(head, []byte("<!doctype html")) || bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<body")) ||
		bytes.Contains(head, []byte("<head")) || bytes.Contains(head, []byte("<p>")):
		return "html"
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".rss", ".atom":
		return "feed"
	}
	return ""
}

// readMarkup reads a feed or an HTML page; url is its address, or "".
func readMarkup(kind string, b []byte, name, url string, opts Options, h Handler) error {
	if kind == "feed" {
		return ReadFeed(b, name, opts, h)
	}
	d, err := ParseHTML(b, filepath.Base(name), opts)
	if url != "" {
		if d != nil && d.URL == "" {
			d.URL = url
		}
		if d != nil {
			d.ID = url
		}
	}
	if err != nil {
		return h(nil, &InputError{File: name, Err: err})
	}
	return h(d, nil)
}

// toUTF8 converts a page declared (in contentType or a <meta> charset) as
// ISO 8859-1 or Windows-1252 to UTF-8 when it is not valid UTF-8 already;
// other pages are returned as they are (read as UTF-8).
func toUTF8(b []byte, contentType string) []byte {
	if utf8.Valid(b) {
		return b
	}
	head := b
	if len(head) > 2048 {
		head = head[:2048]
	}
	decl := strings.ToLower(contentType + " " + string(head))
	for _, cs := range []string{"iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252"} {
		if strings.Contains(decl, "charset="+cs) || strings.Contains(decl, "charset=\""+cs) {
			rs := make([]rune, len(b))
			for i, c := range b {
				rs[i] = rune(c)
			}
			return []byte(string(rs))
		}
	}
	return b
}

// ParseHTML reads an article from an HTML page: its main text (the
// paragraphs of the element holding most paragraph text, inside <article>
// or <main> when there is one), its title (og:title, the first <h1>, or
// <title>), its date (publication meta tags, JSON-LD datePublished, or a
// <time datetime>), its canonical URL and site name. A page without a date
// takes opts.DefaultDate, else it is an error wrapping ErrNoDate.
func ParseHTML(b []byte, id string, opts Options) (*doc.Document, error) {
	b = toUTF8(b, "")
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	p := &page{}
	p.scan(root)
	d := &doc.Document{ID: id, URL: p.url, Source: p.site}
	d.Title = firstNonEmpty(p.ogTitle, p.h1, p.title)
	d.Text = mainText(root)
	if d.Text == "" {
		return nil, fmt.Errorf("html: no article text found")
	}
	var date time.Time
	for _, s := range append(p.dates, p.times...) {
		if t, err := parseLooseDate(s); err == nil {
			date = t
			break
		}
	}
	if date.IsZero() {
		if opts.DefaultDate.IsZero() {
			return nil, fmt.Errorf("html: %w: no publication date in meta tags, JSON-LD or <time>", ErrNoDate)
		}
		date = opts.DefaultDate
	}
	d.Date = date
	return d, nil
}

// page gathers the metadata of an HTML page.
type page struct {
	title, ogTitle, h1, url, site string
	dates, times                  []string
}

// dateMeta are meta names/properties that carry a publication date, best first.
var dateMeta = map[string]bool{
	"article:published_time": true, "og:published_time": true, "datepublished": true, "date": true,
	"dc.date": true, "dc.date.issued": true, "dcterms.created": true, "dcterms.issued": true, "pubdate": true,
	"publishdate": true, "publish-date": true, "sailthru.date": true, "parsely-pub-date": true, "article.published": true,
	"og:updated_time": true, "article:modified_time": true, "datemodified": true,
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func (p *page) scan(n *html.Node) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Title:
			if p.title == "" {
				p.title = collapse(textOf(n))
			}
		case atom.H1:
			if p.h1 == "" {
				p.h1 = collapse(textOf(n))
			}
		case atom.Meta:
			key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
			val := strings.TrimSpace(attr(n, "content"))
			switch {
			case key == "og:title" && p.ogTitle == "":
				p.ogTitle = val
			case key == "og:url" && p.url == "":
				p.url = val
			case key == "og:site_name" && p.site == "":
				p.site = val
			case dateMeta[key] && val != "":
				p.dates = append(p.dates, val)
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && attr(n, "href") != "" {
				p.url = attr(n, "href")
			}
		case atom.Time:
			if v := firstNonEmpty(attr(n, "datetime"), collapse(textOf(n))); v != "" {
				if attr(n, "pubdate") != "" || strings.EqualFold(attr(n, "itemprop"), "datePublished") {
					p.times = append([]string{v}, p.times...)
				} else {
					p.times = append(p.times, v)
				}
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				p.dates = append(p.dates, jsonLDDates(textOf(n))...)
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.scan(c)
	}
}

// jsonLDDates finds datePublished values in a JSON-LD script.
func jsonLDDates(s string) []string {
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return nil
	}
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if d, ok := x["datePublished"].(string); ok {
				out = append(out, d)
			}
			for _, c := range x {
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	walk(v)
	return out
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// skipped are elements whose text is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Form: true, atom.Iframe: true, atom.Svg: true, atom.Button: true, atom.Figcaption: true,
	atom.Select: true, atom.Template: true, atom.Head: true,
}

func skip(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if skipped[n.DataAtom] {
		return true
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "banner", "contentinfo", "complementary":
		return true
	}
	return attr(n, "hidden") != "" || strings.EqualFold(attr(n, "aria-hidden"), "true")
}

// textOf is the text under n, skipping non-content elements.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if n.DataAtom != atom.Script && skip(c) {
				continue
			}
			walk(c)
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Br {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return b.String()
}

// collapse folds runs of white space into one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// find returns the first element with tag a under n (outside skipped ones).
func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if skip(c) {
			continue
		}
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}

// blocks are the paragraph-like elements whose text makes the article.
var blocks = map[atom.Atom]bool{atom.P: true, atom.Blockquote: true, atom.Pre: true, atom.H2: true, atom.H3: true, atom.H4: true}

// paragraphs lists the paragraph-like elements under n, in document order.
func paragraphs(n *html.Node, out []*html.Node) []*html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || skip(c) {
			continue
		}
		if blocks[c.DataAtom] {
			out = append(out, c)
			continue
		}
		out = paragraphs(c, out)
	}
	return out
}

// mainText extracts the article body: the paragraphs of the element that
// holds the most paragraph text, joined by blank lines; without paragraphs,
// the whole visible text of the body.
func mainText(root *html.Node) string {
	scope := root
	for _, a := range []atom.Atom{atom.Article, atom.Main} {
		if n := find(root, a); n != nil && len(paragraphs(n, nil)) > 0 {
			scope = n
			break
		}
	}
	ps := paragraphs(scope, nil)
	if len(ps) == 0 {
		body := find(root, atom.Body)
		if body == nil {
			body = root
		}
		return collapse(textOf(body))
	}
	// Score each paragraph's parent and grandparent by its text length.
	score := map[*html.Node]int{}
	text := make(map[*html.Node]string, len(ps))
	for _, p := range ps {
		t := collapse(textOf(p))
		text[p] = t
		if len(t) < 25 {
			continue
		}
		if p.Parent != nil {
			score[p.Parent] += len(t)
			if p.Parent.Parent != nil {
				score[p.Parent.Parent] += len(t) / 2
			}
		}
	}
	var best *html.Node
	for n, s := range score {
		if best == nil || s > score[best] || s == score[best] && depth(n) > depth(best) {
			best = n
		}
	}
	if best != nil {
		ps = paragraphs(best, nil)
	}
	var parts []string
	for _, p := range ps {
		t, ok := text[p]
		if !ok {
			t = collapse(textOf(p))
		}
		if t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, "\n\n")
}

func depth(n *html.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		d++
	}
	return d
}

// htmlText is the text of an HTML fragment (a feed item's description).
func htmlText(s string) string {
	if !strings.Contains(s, "<") {
		return strings.TrimSpace(html.UnescapeString(s))
	}
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return collapse(s)
	}
	return mainText(root)
}

// parseLooseDate reads the dates found in pages and feeds: those of
// ParseDate, RFC 822/1123 variants, RFC 3339 with fractions, and any text
// starting with YYYY-MM-DD.
func parseLooseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := ParseDate(s); err == nil {
		return t, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00", time.RFC1123Z, time.RFC1123,
		"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04:05 -0700", "02 Jan 2006 15:04:05 MST",
		time.RFC822, time.RFC822Z, "Mon, 02 Jan 2006", "January 2, 2006", "2 January 2006", "Jan 2, 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return ParseDate(t.Format("2006-01-02"))
		}
	}
	if len(s) > 10 {
		if t, err := ParseDate(s[:10]); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("cannot read %q as a date", s)
}
