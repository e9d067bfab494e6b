package store

import (
	"context"
	"errors"
)

// Aggregator is implemented by stores that can answer the exploration
// queries of the HTTP API (package server): sorted, cursor-paged event lists
// with a bounding-box filter, time series, the dyad matrix, top actors and
// places, and the mentions of one event or article with their spans.
// Every method takes a Query whose zero fields do not filter.
type Aggregator interface {
	// EventPage returns at most q.Limit events that pass q in q's order,
	// after q.After when it is set, and the cursor of the next page (nil on
	// the last page).
	EventPage(ctx context.Context, q Query) ([]Event, *Cursor, error)
	// Counts counts the events that pass q per time bucket (Interval) and
	// split value (Split). Events dated more coarsely than the interval
	// (a month-dated event in a daily series) are counted in Coarser only.
	Counts(ctx context.Context, q Query, interval Interval, split Split) (*Series, error)
	// Dyads returns the at most limit most frequent source-target pairs of
	// the events that pass q (both actors present), with their mean
	// Goldstein score.
	Dyads(ctx context.Context, q Query, limit int) ([]Dyad, error)
	// TopActors returns the at most limit actors taking part (as source or
	// target) in the most events that pass q.
	TopActors(ctx context.Context, q Query, limit int) ([]ActorCount, error)
	// TopPlaces returns the at most limit places of the most events that
	// pass q, with the count per quad class.
	TopPlaces(ctx context.Context, q Query, limit int) ([]PlaceCount, error)
	// EventMentions returns the mentions of one event with the spans of
	// their trigger, actors, place and date in the sentence; ErrNotFound
	// when there is no such event.
	EventMentions(ctx context.Context, eventID int64) ([]MentionSpans, error)
	// ArticleMentions returns the event mentions of one article with their
	// event ids and spans (byte offsets into the article text).
	ArticleMentions(ctx context.Context, articleID int64) ([]MentionSpans, error)
}

// ErrBadQuery is wrapped by errors about a query the store cannot run (such
// as a full-text query in a build without full-text support, or a cursor of
// another sort order).
var ErrBadQuery = errors.New("bad query")

// Sort orders of Query.Sort: the whitelist of sortable columns.
const (
	SortID        = "id"
	SortDate      = "date"
	SortGoldstein = "goldstein"
	SortMentions  = "mentions"
	SortArticles  = "articles"
)

// SortKeys lists the valid Query.Sort values.
var SortKeys = []string{SortID, SortDate, SortGoldstein, SortMentions, SortArticles}

// BBox is a geographic bounding box in decimal degrees. West may exceed East
// for a box that crosses the antimeridian.
type BBox struct {
	West, South, East, North float64
}

// Query is a Filter with the exploration options: a bounding box on the
// event place, a sort order and a cursor.
type Query struct {
	Filter
	// BBox keeps events whose resolved place lies in it; nil does not
	// filter.
	BBox *BBox
	// Sort is one of SortKeys ("" is SortID); Desc reverses it. Ties are
	// broken by event id in the same direction.
	Sort string
	Desc bool
	// After is the cursor of the previous page, nil for the first.
	After *Cursor
}

// Cursor is a position in an ordered event list: the sort key and id of the
// last event of a page.
type Cursor struct {
	Sort string `json:"s"`
	Desc bool   `json:"d,omitempty"`
	// Num is the last sort value for numeric keys, Str for the date key.
	Num float64 `json:"n,omitempty"`
	Str string  `json:"t,omitempty"`
	ID  int64   `json:"i"`
}

// Interval is a time-series bucket width.
type Interval string

// Intervals.
const (
	ByDay   Interval = "day"
	ByWeek  Interval = "week"
	ByMonth Interval = "month"
)

// Split is what a time series is split by.
type Split string

// Splits.
const (
	SplitQuad Split = "quad"
	SplitRoot Split = "root"
)

// Series is a time series of event counts.
type Series struct {
	Interval Interval `json:"interval"`
	Split    Split    `json:"split"`
	// Buckets are in date order; Start is the first day of the bucket
	// (weeks start on Monday).
	Buckets []Bucket `json:"buckets"`
	// Coarser counts events dated too coarsely for the interval.
	Coarser int64 `json:"coarser"`
}

// Bucket is one time bucket: the event count per split value (quad class
// "1".."4" or CAMEO root "01".."20").
type Bucket struct {
	Start  string           `json:"start"`
	Total  int64            `json:"total"`
	Counts map[string]int64 `json:"counts"`
}

// Dyad is a source-target pair with its event count and mean Goldstein.
type Dyad struct {
	Source        EventActor `json:"source"`
	Target        EventActor `json:"target"`
	Count         int64      `json:"count"`
	MeanGoldstein float64    `json:"mean_goldstein"`
}

// ActorCount is an actor with the number of events it takes part in.
type ActorCount struct {
	Actor    EventActor `json:"actor"`
	Count    int64      `json:"count"`
	AsSource int64      `json:"as_source"`
	AsTarget int64      `json:"as_target"`
}

// PlaceCount is a place with its number of events, per quad class too.
type PlaceCount struct {
	Place  Place    `json:"place"`
	Count  int64    `json:"count"`
	ByQuad [5]int64 `json:"by_quad"` // index 1..4; 0 is unused
}

// MentionSpans is an event mention with the spans of its parts: byte
// offsets into the article text; a missing part has Start = End = -1.
type MentionSpans struct {
	ID          int64  `json:"id"`
	EventID     int64  `json:"event_id"`
	ArticleID   int64  `json:"article_id"`
	ArticleDate string `json:"article_date"`
	Title       string `json:"title,omitempty"`
	Sentence    int    `json:"sentence"`
	// SentenceText is the sentence; SentenceStart its offset in the article.
	SentenceText  string  `json:"sentence_text"`
	SentenceStart int     `json:"sentence_start"`
	CAMEO         string  `json:"cameo"`
	Goldstein     float64 `json:"goldstein"`
	Date          string  `json:"date"`
	DateSource    string  `json:"date_source"`
	Rule          string  `json:"rule"`
	Trigger       Span    `json:"trigger"`
	Source        Span    `json:"source"`
	Target        Span    `json:"target"`
	Place         Span    `json:"place"`
	Timex         Span    `json:"timex"`
}

// Span is a byte range [Start, End) of an article text; -1, -1 when absent.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}
