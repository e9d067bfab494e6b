package store

import (
	"context"
	"errors"
	"time"

	"github.com/annals-dev/annals/doc"
)

// Store keeps coded articles, their annotations, event mentions and the
// events they are merged into. Implementations must be safe for concurrent
// use by several goroutines.
type Store interface {
	// PutArticles stores coded documents in one transaction: each article
	// with its sentences, timexes, actor and place mentions, and its event
	// mentions, which are merged into events (see the package
	// documentation). An article whose content hash is already stored is
	// skipped. Either the whole batch is committed or none of it is.
	PutArticles(ctx context.Context, docs []*doc.Document) ([]PutResult, error)
	// HasArticle reports whether an article with this content hash (see
	// Hash) is stored.
	HasArticle(ctx context.Context, hash string) (bool, error)
	// Article returns one stored article with its annotations.
	Article(ctx context.Context, id int64) (*Article, error)
	// Events returns the events that pass f, in id order, at most f.Limit.
	Events(ctx context.Context, f Filter) ([]Event, error)
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store.
	Close() error
}

// ErrNotFound is returned when a requested record does not exist.
var ErrNotFound = errors.New("not found")

// PutResult tells what happened to one article of a PutArticles batch.
type PutResult struct {
	// ArticleID is the stored article's id (also for a skipped one).
	ArticleID int64
	// Hash is the article's content hash.
	Hash string
	// New is false when the article was already stored and was skipped.
	New bool
	// NearDuplicateOf is the id of the earlier article this one nearly
	// duplicates, or 0.
	NearDuplicateOf int64
	// Mentions is the number of event mentions stored.
	Mentions int
	// NewEvents counts mentions that started an event; Merged counts
	// mentions attached to an existing event.
	NewEvents, Merged int
}

// Filter selects events. Zero fields do not filter.
type Filter struct {
	// From and To bound the event date (YYYY-MM-DD, inclusive); an event
	// dated to a month or year passes when its range overlaps.
	From, To string
	// Actor matches either actor's id, code or name (case-insensitive
	// substring of the name, prefix of the code).
	Actor string
	// Country is an ISO 3166-1 alpha-3 code of either actor or the place.
	Country string
	// Role is a CAMEO role code (GOV, MIL, REB ...) in either actor's code.
	Role string
	// CAMEO is a prefix of the event code; Root its two-digit root.
	CAMEO, Root string
	// Quad is the quad class 1-4.
	Quad int
	// Plover is the PLOVER event type (ASSAULT, PROTEST ...).
	Plover string
	// Place is a case-insensitive substring of the place name.
	Place string
	// Text is a full-text query (SQLite FTS5 syntax) over the sentences
	// of the event's mentions.
	Text string
	// AfterID pages: only events with an id greater than AfterID.
	AfterID int64
	// Limit caps the number of events returned; 0 means no cap.
	Limit int
	// WithMentions loads each event's mentions.
	WithMentions bool
}

// EventActor is an event participant as merged.
type EventActor struct {
	// Key is what the merge rule compares: the entity id, else the code.
	Key     string `json:"key"`
	ID      string `json:"id,omitempty"`
	Name    string `json:"name"`
	Code    string `json:"code"`
	Country string `json:"country,omitempty"`
}

// Place is a stored event location.
type Place struct {
	Name      string  `json:"name"`
	Country   string  `json:"country,omitempty"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid,omitempty"`
	Feature   string  `json:"feature,omitempty"`
	// Resolved reports whether Lat and Lon are known.
	Resolved bool `json:"resolved"`
}

// Event is one real-world event: all the mentions merged into it.
type Event struct {
	ID int64 `json:"id"`
	// Date is the most specific date its mentions give: YYYY, YYYY-MM or
	// YYYY-MM-DD.
	Date      string      `json:"date"`
	Source    *EventActor `json:"source"`
	Target    *EventActor `json:"target"`
	CAMEO     string      `json:"cameo"`
	Root      string      `json:"root"`
	QuadClass int         `json:"quad_class"`
	Goldstein float64     `json:"goldstein"`
	Plover    doc.Plover  `json:"plover"`
	Location  *Place      `json:"location"`
	// NumMentions counts every mention; NumArticles the distinct articles
	// not counting near-duplicates; NumSources the distinct sources.
	NumMentions int `json:"num_mentions"`
	NumArticles int `json:"num_articles"`
	NumSources  int `json:"num_sources"`
	// FirstReport and LastReport are the earliest and latest article
	// dates (YYYY-MM-DD).
	FirstReport string `json:"first_report"`
	LastReport  string `json:"last_report"`
	// IsRoot reports whether a mention is in an article's first sentence.
	IsRoot bool `json:"is_root"`
	// URL is the first article's URL (or its id when it has none).
	URL string `json:"url"`
	// Added is when the event was first stored.
	Added time.Time `json:"added"`
	// Mentions are filled when Filter.WithMentions is set.
	Mentions []Mention `json:"mentions,omitempty"`
}

// Mention is one report of an event: a coded event of one sentence.
type Mention struct {
	ID        int64  `json:"id"`
	ArticleID int64  `json:"article_id"`
	Article   string `json:"article"`
	// ArticleDate is the reporting article's date.
	ArticleDate string `json:"article_date"`
	Source      string `json:"source,omitempty"`
	Sentence    int    `json:"sentence"`
	Text        string `json:"text"`
	Trigger     string `json:"trigger"`
	// TriggerStart and TriggerEnd are byte offsets into the article text.
	TriggerStart int     `json:"trigger_start"`
	TriggerEnd   int     `json:"trigger_end"`
	CAMEO        string  `json:"cameo"`
	Date         string  `json:"date"`
	DateSource   string  `json:"date_source"`
	SourceText   string  `json:"source_text,omitempty"`
	TargetText   string  `json:"target_text,omitempty"`
	PlaceText    string  `json:"place_text,omitempty"`
	Rule         string  `json:"rule"`
	NearDupOf    int64   `json:"near_duplicate_of,omitempty"`
	Goldstein    float64 `json:"goldstein"`
}

// Article is a stored article with its annotations (no tokens).
type Article struct {
	ID              int64
	Hash            string
	Doc             *doc.Document
	NearDuplicateOf int64
	Added           time.Time
}

// Stats counts stored records.
type Stats struct {
	Articles        int64 `json:"articles"`
	NearDuplicates  int64 `json:"near_duplicates"`
	Sentences       int64 `json:"sentences"`
	Mentions        int64 `json:"mentions"`
	Events          int64 `json:"events"`
	MergedEvents    int64 `json:"merged_events"`
	SchemaVersion   int   `json:"schema_version"`
	FullTextSupport bool  `json:"full_text"`
}

// PageSize is how many events Each reads at a time.
const PageSize = 1000

// Each calls fn for every event of s passing f, in id order, reading
// PageSize events at a time (paging on Filter.AfterID) so that memory stays
// bounded; f.Limit still caps the total.
func Each(ctx context.Context, s Store, f Filter, fn func(*Event) error) error {
	limit := f.Limit
	n := 0
	for {
		page := f
		page.Limit = PageSize
		if limit > 0 && limit-n < PageSize {
			page.Limit = limit - n
		}
		evs, err := s.Events(ctx, page)
		if err != nil {
			return err
		}
		for i := range evs {
			if err := fn(&evs[i]); err != nil {
				return err
			}
		}
		n += len(evs)
		if len(evs) < page.Limit || limit > 0 && n >= limit {
			return nil
		}
		f.AfterID = evs[len(evs)-1].ID
	}
}
