package ingest

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals/doc"
)

const pageHTML = `<!DOCTYPE html>
<html><head>
<title>Floods hit the north | Example News</title>
<meta property="og:title" content="Floods hit the north">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-09-24T08:15:00+02:00">
<link rel="canonical" href="https://news.example.org/floods">
<script>var tracking = "Do not read me.";</script>
<style>p { color: red }</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World news and other sections of the site</a></nav></header>
<div class="layout">
 <aside><p>Most read: a story about something else entirely, with many words to tempt the extractor.</p></aside>
 <article>
  <h1>Floods hit the north</h1>
  <div class="byline">By A. Reporter</div>
  <div class="body">
   <p>Heavy rain caused rivers to burst their banks in the north of the country on Saturday, officials said.</p>
   <p>Rescue teams evacuated more than 2,000 people &amp; their livestock from villages near the river.</p>
   <figure><img src="x.jpg"><figcaption>A flooded street, photo caption.</figcaption></figure>
   <p>The government promised emergency aid.</p>
  </div>
 </article>
</div>
<footer><p>Copyright Example News. All rights reserved, and this is a long footer line.</p></footer>
</body></html>`

func TestParseHTML(t *testing.T) {
	d, err := ParseHTML([]byte(pageHTML), "floods.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "Heavy rain caused rivers to burst their banks in the north of the country on Saturday, officials said.\n\n" +
		"Rescue teams evacuated more than 2,000 people & their livestock from villages near the river.\n\n" +
		"The government promised emergency aid."
	if d.Text != want {
		t.Errorf("text:\n%q\nwant\n%q", d.Text, want)
	}
	if d.Title != "Floods hit the north" || d.Source != "Example News" || d.URL != "https://news.example.org/floods" || d.ID != "floods.html" {
		t.Errorf("metadata: %+v", d)
	}
	if got := d.Date.Format("2006-01-02"); got != "2023-09-24" {
		t.Errorf("date %s", got)
	}
}

func TestHTMLDates(t *testing.T) {
	body := `<body><p>Police arrested four men after a robbery at a bank in the city centre on Friday.</p></body>`
	tests := []struct {
		name, head, body string
		want             string
	}{
		{"meta name date", `<meta name="date" content="2021-05-06">`, body, "2021-05-06"},
		{"itemprop", `<meta itemprop="datePublished" content="2021-05-07T10:00:00Z">`, body, "2021-05-07"},
		{"json-ld", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-05-08T01:02:03.000Z"}</script>`, body, "2021-05-08"},
		{"time element", "", `<body><time datetime="2021-05-09">9 May</time><p>Police arrested four men after a robbery at a bank.</p></body>`, "2021-05-09"},
		{"rfc1123", `<meta name="pubdate" content="Mon, 10 May 2021 09:00:00 GMT">`, body, "2021-05-10"},
		{"bad first, good second", `<meta name="date" content="yesterday"><meta name="dc.date" content="2021-05-11">`, body, "2021-05-11"},
	}
	for _, tt := range tests {
		d, err := ParseHTML([]byte("<html><head>"+tt.head+"</head>"+tt.body+"</html>"), "x.html", Options{})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := d.Date.Format("2006-01-02"); got != tt.want {
			t.Errorf("%s: date %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestHTMLWithoutDate(t *testing.T) {
	b := []byte(`<html><body><p>Police arrested four men after a robbery at a bank in the city centre.</p></body></html>`)
	if _, err := ParseHTML(b, "x.html", Options{}); !errors.Is(err, ErrNoDate) {
		t.Errorf("error %v, want ErrNoDate", err)
	}
	def := time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)
	d, err := ParseHTML(b, "x.html", Options{DefaultDate: def})
	if err != nil || !d.Date.Equal(def) {
		t.Errorf("with --date: %v %v", d, err)
	}
	if _, err := ParseHTML([]byte(`<html><body><nav>Home</nav></body></html>`), "x.html", Options{DefaultDate: def}); err == nil {
		t.Error("a pageHTML without text: no error")
	}
}

// collect walks paths and returns the documents and errors.
func collectAll(t *testing.T, paths []string, opts Options) ([]*doc.Document, []error) {
	t.Helper()
	var docs []*doc.Document
	var errs []error
	err := Walk(paths, opts, func(d *doc.Document, err error) error {
		if err != nil {
			errs = append(errs, err)
		} else {
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs, errs
}

func TestWalkDispatchesMarkup(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.html", pageHTML)
	write("b.rss", rss)
	write("c.txt", "date 2023-01-02\n\nTroops withdrew from the border town on Monday.")
	write("d", pageHTML) // no extension: sniffed
	write("e.htm", "<html><body><p>An undated pageHTML with enough words to count as text.</p></body></html>")
	docs, errs := collectAll(t, []string{dir}, Options{})
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	want := "a.html https://news.example.org/1 https://news.example.org/2 c.txt d"
	if strings.Join(ids, " ") != want {
		t.Errorf("ids %q, want %q", strings.Join(ids, " "), want)
	}
	// The feed's undated item and the undated pageHTML are reported.
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), "b.rss") || !strings.Contains(errs[1].Error(), "e.htm") {
		t.Errorf("errors: %v", errs)
	}
}

func TestWalkURL(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/pageHTML", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(pageHTML))
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		w.Write([]byte(atomFeedText))
	})
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("date 2023-01-02\n\nTroops withdrew from the border town on Monday."))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	docs, errs := collectAll(t, []string{srv.URL + "/pageHTML", srv.URL + "/feed", srv.URL + "/missing", srv.URL + "/text"}, Options{})
	// The feed's empty entry and the missing page are reported.
	if len(docs) != 5 || len(errs) != 2 {
		t.Fatalf("%d docs, errors %v", len(docs), errs)
	}
	if docs[0].ID != srv.URL+"/pageHTML" || docs[0].URL != "https://news.example.org/floods" || docs[0].Date.Format("2006-01-02") != "2023-09-24" {
		t.Errorf("pageHTML: %+v", docs[0])
	}
	if docs[1].Title != "Ceasefire agreed" || docs[1].Source != "Example Atom" {
		t.Errorf("feed entry: %+v", docs[1])
	}
	if docs[4].URL != srv.URL+"/text" || docs[4].Text != "Troops withdrew from the border town on Monday." {
		t.Errorf("text: %+v", docs[4])
	}
	if !strings.Contains(errs[1].Error(), "404") {
		t.Errorf("error %v, want the HTTP status", errs[1])
	}
}

func TestHTMLLatin1(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"meta charset", "<html><head><meta charset=\"iso-8859-1\"><meta name=\"date\" content=\"2021-01-01\"></head><body><p>Caf\xe9 owners protested in the capital on Monday morning.</p></body></html>",
			"Café owners protested in the capital on Monday morning."},
		{"http-equiv", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><meta name=\"date\" content=\"2021-01-01\"></head><body><p>Jos\xe9 Mart\xednez was arrested in the capital on Monday.</p></body></html>",
			"José Martínez was arrested in the capital on Monday."},
		{"valid UTF-8 under a latin-1 declaration", "<html><head><meta charset=\"iso-8859-1\"><meta name=\"date\" content=\"2021-01-01\"></head><body><p>Café owners protested in the capital on Monday morning.</p></body></html>",
			"Café owners protested in the capital on Monday morning."},
	}
	for _, tt := range tests {
		d, err := ParseHTML([]byte(tt.page), "x.html", Options{})
		if err != nil || d.Text != tt.want {
			t.Errorf("%s: %q, %v", tt.name, d.Text, err)
		}
	}
}
