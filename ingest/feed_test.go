package ingest

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/annals-dev/annals/doc"
)

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
 <title>Example News</title>
 <item>
  <title>Talks resume</title>
  <link>https://news.example.org/1</link>
  <guid>https://news.example.org/1</guid>
  <pubDate>Tue, 05 Mar 2024 14:00:00 +0000</pubDate>
  <description>&lt;p&gt;Negotiators met in Geneva on Tuesday.&lt;/p&gt;&lt;p&gt;No agreement was reached.&lt;/p&gt;</description>
 </item>
 <item>
  <title>Strike called off</title>
  <link>https://news.example.org/2</link>
  <dc:date>2024-03-06T09:00:00Z</dc:date>
  <content:encoded><![CDATA[<p>Unions called off the national strike after the government raised wages.</p>]]></content:encoded>
  <description>Short teaser.</description>
 </item>
 <item>
  <title>Undated</title>
  <description>This item has no date at all&nbsp;and must be reported.</description>
 </item>
</channel>
</rss>`

const atomFeedText = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
 <title>Example Atom</title>
 <entry>
  <title>Ceasefire agreed</title>
  <id>urn:uuid:1</id>
  <link rel="alternate" href="https://atom.example.org/ceasefire"/>
  <published>2024-04-01T12:00:00Z</published>
  <updated>2024-04-02T12:00:00Z</updated>
  <content type="html">&lt;p&gt;The two sides agreed a ceasefire on Monday.&lt;/p&gt;</content>
 </entry>
 <entry>
  <title>Only updated</title>
  <id>urn:uuid:2</id>
  <updated>2024-04-03T00:00:00Z</updated>
  <summary>Aid convoys reached the city.</summary>
 </entry>
 <entry>
  <title>XHTML</title>
  <id>urn:uuid:4</id>
  <updated>2024-04-04T00:00:00Z</updated>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Talks <b>resumed</b> in Doha.</p></div></content>
 </entry>
 <entry>
  <title>Empty</title>
  <id>urn:uuid:3</id>
  <updated>2024-04-03T00:00:00Z</updated>
 </entry>
</feed>`

func readFeed(t *testing.T, text string, opts Options) ([]*doc.Document, []error) {
	t.Helper()
	var docs []*doc.Document
	var errs []error
	err := ReadFeed([]byte(text), "feed.xml", opts, func(d *doc.Document, err error) error {
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

func TestReadRSS(t *testing.T) {
	docs, errs := readFeed(t, rss, Options{})
	if len(docs) != 2 || len(errs) != 1 {
		t.Fatalf("%d docs, errors %v", len(docs), errs)
	}
	d := docs[0]
	if d.ID != "https://news.example.org/1" || d.Title != "Talks resume" || d.Source != "Example News" ||
		d.Date.Format("2006-01-02") != "2024-03-05" || d.Text != "Negotiators met in Geneva on Tuesday.\n\nNo agreement was reached." {
		t.Errorf("item 1: %+v", d)
	}
	if docs[1].Text != "Unions called off the national strike after the government raised wages." || docs[1].Date.Format("2006-01-02") != "2024-03-06" {
		t.Errorf("item 2 (content:encoded, dc:date): %+v", docs[1])
	}
	if !errors.Is(errs[0], ErrNoDate) || !strings.Contains(errs[0].Error(), "feed.xml") || !strings.Contains(errs[0].Error(), "item 3") {
		t.Errorf("error %v", errs[0])
	}
	// With a default date the undated item is read.
	docs, errs = readFeed(t, rss, Options{DefaultDate: time.Date(2024, 3, 7, 0, 0, 0, 0, time.UTC)})
	if len(docs) != 3 || len(errs) != 0 || docs[2].Text != "This item has no date at all\u00a0and must be reported." {
		t.Errorf("with a default date: %d docs %v, %+v", len(docs), errs, docs)
	}
}

func TestReadAtom(t *testing.T) {
	docs, errs := readFeed(t, atomFeedText, Options{})
	if len(docs) != 3 || len(errs) != 1 || !errors.Is(errs[0], errNoText) {
		t.Fatalf("%d docs, errors %v", len(docs), errs)
	}
	if d := docs[0]; d.URL != "https://atom.example.org/ceasefire" || d.Date.Format("2006-01-02") != "2024-04-01" || d.Text != "The two sides agreed a ceasefire on Monday." {
		t.Errorf("entry 1: %+v", d)
	}
	if d := docs[1]; d.Date.Format("2006-01-02") != "2024-04-03" || d.Text != "Aid convoys reached the city." {
		t.Errorf("entry 2: %+v", d)
	}
	if d := docs[2]; d.Text != "Talks resumed in Doha." {
		t.Errorf("entry 3 (xhtml): %q", d.Text)
	}
}

func TestReadFeedErrors(t *testing.T) {
	for _, bad := range []string{"<html><body>not a feed</body></html>", "", "<?xml version=\"1.0\" encoding=\"koi8-r\"?><rss></rss>"} {
		_, errs := readFeed(t, bad, Options{})
		if len(errs) != 1 || !strings.Contains(errs[0].Error(), "feed.xml") {
			t.Errorf("%q: errors %v", bad, errs)
		}
	}
	latin := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>X</title><item><pubDate>2024-01-01</pubDate><description>Caf\xe9 owners protested.</description></item></channel></rss>"
	docs, errs := readFeed(t, latin, Options{})
	if len(errs) != 0 || len(docs) != 1 || docs[0].Text != "Café owners protested." || docs[0].ID != "feed.xml#1" {
		t.Errorf("latin-1 feed: %v %+v", errs, docs)
	}
}
