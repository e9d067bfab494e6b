package sqlite

// migrations are the schema versions, applied in order; the version reached
// is recorded in schema_migrations. A migration is never edited once
// released: a change is a new migration. The SQL is kept portable (INTEGER
// PRIMARY KEY ids, TEXT dates YYYY-MM-DD, no SQLite-only types) except for
// WITHOUT ROWID on tables keyed by a composite primary key (a PostgreSQL
// schema simply drops it) and the FTS5 table, which has its own migration so
// that a build without FTS5 can fall back to LIKE.
var migrations = []string{
	// 1: articles, annotations, events and mentions.
	`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
	id INTEGER PRIMARY KEY,
	hash TEXT NOT NULL UNIQUE,          -- hex SHA-256 of date, newline, text
	ext_id TEXT NOT NULL,               -- Document.ID (file name, record id)
	title TEXT NOT NULL DEFAULT '',
	url TEXT NOT NULL DEFAULT '',
	source TEXT NOT NULL DEFAULT '',
	date TEXT NOT NULL,                 -- article date YYYY-MM-DD
	body TEXT NOT NULL,                 -- every offset is a byte offset into it
	minhash BLOB NOT NULL,              -- store.Signature.Bytes
	shingles INTEGER NOT NULL,
	dup_of INTEGER REFERENCES articles(id),  -- near-duplicate of (the original)
	dup_similarity REAL,               -- estimated Jaccard similarity to it
	added TEXT NOT NULL                 -- RFC 3339 UTC
);
-- Near-duplicate candidates: the LSH band keys (store.LSHKeys) of articles
-- with enough shingles.
CREATE TABLE article_lsh (
	lsh_key INTEGER NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles(id),
	PRIMARY KEY (lsh_key, article_id)
) WITHOUT ROWID;
CREATE TABLE sentences (
	id INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles(id),
	idx INTEGER NOT NULL,
	start_off INTEGER NOT NULL, end_off INTEGER NOT NULL,
	UNIQUE (article_id, idx)
);
CREATE TABLE timexes (
	article_id INTEGER NOT NULL REFERENCES articles(id),
	idx INTEGER NOT NULL,
	start_off INTEGER NOT NULL, end_off INTEGER NOT NULL,
	type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT NOT NULL, rule TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE TABLE actor_mentions (
	article_id INTEGER NOT NULL REFERENCES articles(id),
	idx INTEGER NOT NULL,
	sentence INTEGER NOT NULL,
	start_off INTEGER NOT NULL, end_off INTEGER NOT NULL,
	first_token INTEGER NOT NULL, end_token INTEGER NOT NULL,
	entity_id TEXT NOT NULL, name TEXT NOT NULL, code TEXT NOT NULL, country TEXT NOT NULL,
	kind TEXT NOT NULL, rule TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE TABLE place_mentions (
	article_id INTEGER NOT NULL REFERENCES articles(id),
	idx INTEGER NOT NULL,
	sentence INTEGER NOT NULL,
	start_off INTEGER NOT NULL, end_off INTEGER NOT NULL,
	first_token INTEGER NOT NULL, end_token INTEGER NOT NULL,
	name TEXT NOT NULL, country TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
	geonameid INTEGER NOT NULL, feature TEXT NOT NULL, resolved INTEGER NOT NULL, rule TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE TABLE events (
	id INTEGER PRIMARY KEY,
	source_key TEXT NOT NULL, target_key TEXT NOT NULL,   -- '' when absent
	source_id TEXT NOT NULL, source_name TEXT NOT NULL, source_code TEXT NOT NULL, source_country TEXT NOT NULL,
	target_id TEXT NOT NULL, target_name TEXT NOT NULL, target_code TEXT NOT NULL, target_country TEXT NOT NULL,
	code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
	plover_type TEXT NOT NULL, plover_mode TEXT NOT NULL, plover_context TEXT NOT NULL,
	date TEXT NOT NULL,                 -- YYYY, YYYY-MM or YYYY-MM-DD
	date_lo TEXT NOT NULL, date_hi TEXT NOT NULL,   -- the days it covers
	place_name TEXT, place_country TEXT NOT NULL DEFAULT '', lat REAL, lon REAL,
	geonameid INTEGER NOT NULL DEFAULT 0, place_feature TEXT NOT NULL DEFAULT '', place_resolved INTEGER NOT NULL DEFAULT 0,
	num_mentions INTEGER NOT NULL DEFAULT 0, num_articles INTEGER NOT NULL DEFAULT 0, num_sources INTEGER NOT NULL DEFAULT 0,
	first_report TEXT NOT NULL DEFAULT '', last_report TEXT NOT NULL DEFAULT '',
	is_root INTEGER NOT NULL DEFAULT 0,
	url TEXT NOT NULL DEFAULT '',
	added TEXT NOT NULL
);
CREATE INDEX events_merge ON events(source_key, target_key, root, date_lo);
CREATE INDEX events_date ON events(date_lo, date_hi);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_root ON events(root);
CREATE INDEX events_quad ON events(quad);
CREATE INDEX events_plover ON events(plover_type);
CREATE INDEX events_source_country ON events(source_country);
CREATE INDEX events_target_country ON events(target_country);
CREATE INDEX events_place_country ON events(place_country);
CREATE TABLE mentions (
	id INTEGER PRIMARY KEY,
	event_id INTEGER NOT NULL REFERENCES events(id),
	article_id INTEGER NOT NULL REFERENCES articles(id),
	sentence INTEGER NOT NULL,
	sentence_id INTEGER NOT NULL REFERENCES sentences(id),
	trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
	code TEXT NOT NULL, goldstein REAL NOT NULL,
	date TEXT NOT NULL, date_source TEXT NOT NULL,
	timex INTEGER NOT NULL,             -- index into the article's timexes, or -1
	source_mention INTEGER NOT NULL,    -- index into its actor mentions, or -1
	target_mention INTEGER NOT NULL,
	place_mention INTEGER NOT NULL,     -- index into its place mentions, or -1
	rule TEXT NOT NULL,
	article_date TEXT NOT NULL,
	canon_article INTEGER NOT NULL,     -- the article, or the original it nearly duplicates
	report_source TEXT NOT NULL         -- what num_sources counts
);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_sentence ON mentions(sentence_id);`,
	// 2: full text over sentences (contentless: the text stays in articles.body).
	`CREATE VIRTUAL TABLE sentence_fts USING fts5(text, content='', columnsize=0);`,
	// 3: the summary tables of the aggregates (summary.go), filled from the
	// events.
	summarySchema + summaryFill(),
	// 4: full text over the sentences of event mentions (rowid = mention
	// id), so that a text filter reads the matching mentions only rather
	// than every matching sentence. Skipped without FTS5.
	`CREATE VIRTUAL TABLE mention_fts USING fts5(text, content='', columnsize=0);
INSERT INTO mention_fts (rowid, text)
	SELECT m.id, CAST(substr(CAST(a.body AS BLOB), s.start_off + 1, s.end_off - s.start_off) AS TEXT)
	FROM mentions m JOIN sentences s ON s.id = m.sentence_id JOIN articles a ON a.id = m.article_id;`,
	// 5: each event's columns packed as the event lists read them
	// (pack.go) and its JSON as the API writes it, kept by PutArticles with
	// the event: a page then reads stored values instead of building them.
	// The JSON is written by Go (fillJSON) after the migrations. Indexes
	// for the sort orders.
	`ALTER TABLE events ADD COLUMN packed TEXT;
ALTER TABLE events ADD COLUMN json TEXT;
CREATE INDEX events_nojson ON events(id) WHERE json IS NULL;
-- The sort orders of EventPage (ties by id, which every index ends with).
CREATE INDEX events_sort_date ON events(date_lo);
CREATE INDEX events_sort_goldstein ON events(goldstein);
CREATE INDEX events_sort_mentions ON events(num_mentions);
CREATE INDEX events_sort_articles ON events(num_articles);
UPDATE events AS e SET packed = ` + eventPacked + `;`,
}
