// Package store keeps coded articles and the events merged from them behind
// the Store interface; store/sqlite implements it on an embedded SQLite file,
// and a PostgreSQL implementation can share the interface and the rules of
// this package: Hash, MinHash and LSHKeys, the merge predicates (Compatible,
// Best) and the paging helper Each are storage-independent. The SQL of
// store/sqlite is kept portable where it is easy; what a PostgreSQL port
// changes: $n placeholders, RETURNING instead of LastInsertId, a tsvector
// index instead of FTS5, no WITHOUT ROWID, ILIKE for the name filters.
//
// # Articles
//
// An article is keyed by its content hash (Hash: SHA-256 of its date and
// text), so that storing it again is a no-op. Its sentences, temporal
// expressions, actor mentions, place mentions and event mentions are stored
// with byte offsets into its text.
//
// # Near-duplicates
//
// Each article gets a MinHash signature (MinHash: 48 values) over its
// lower-cased word 3-shingles, indexed by locality-sensitive hashing
// (LSHKeys: 12 bands of 4 values). An article whose estimated Jaccard
// similarity (Similarity) to an earlier stored article dated at most
// NearDupDays days apart is at least NearDupSimilarity is linked to it as a
// near-duplicate (syndicated wire copy, lightly edited re-post); a copy of a
// copy links to the original when that is also within NearDupDays. A near-duplicate is stored and coded like any
// article, but counts as its original in an event's num_articles (and in
// num_sources when it names no source of its own).
//
// # Event merging
//
// Every coded event of a sentence is a mention. A mention joins an existing
// event when all of these hold (Compatible):
//
//   - same dyad: the source keys are equal and the target keys are equal,
//     where an actor's key is its entity id when resolved, else its CAMEO
//     code, and a missing actor has the empty key. A mention with neither
//     actor is never merged: it always starts its own event;
//   - same code family (CodesCompatible): the same CAMEO root and the same
//     base code (first three digits), or either base code is the root's
//     generic code (two digits, or three ending in 0: "190" joins "193");
//   - compatible dates (DatesCompatible): two day dates at most one day
//     apart, or one date containing the other at a coarser granularity
//     ("2019-01" contains "2019-01-04"; "2019" contains both);
//   - same or nearby place (PlacesCompatible): either mention has no place,
//     or both name the same GeoNames id, or one is a country (or continent)
//     and the other lies in it, or both have coordinates within
//     NearbyKm (NearbyRegionKm when one is a region), or, without
//     coordinates, they have the same name. Places in different countries
//     are never compatible.
//
// Among several compatible events (of the 500 most recent candidates), the
// one with the closest date wins, then the one with the most mentions, then
// the oldest. Merging happens at ingest
// time, in the batch's transaction: the candidates are looked up by dyad,
// CAMEO root and a date window. When a mention is more specific than its
// event (a day date for a month, a specific code for a generic one, a city
// for a country), the event takes the more specific value.
//
// Each event carries num_mentions (every mention), num_articles (distinct
// articles, a near-duplicate counting as its original), num_sources
// (distinct Document.Source values, else URL hosts, else original
// articles) and the first and last report (article) dates.
package store
