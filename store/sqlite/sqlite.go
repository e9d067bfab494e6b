// Package sqlite implements store.Store on an embedded SQLite database
// (modernc.org/sqlite: pure Go, no cgo) in WAL mode.
//
// Writes go through PutArticles, one transaction per batch: a process killed
// mid-batch leaves the database as of the last committed batch, and a re-run
// skips the articles already stored (their content hash is unique). The
// same transaction keeps what the reads are served from: the summary tables
// of the aggregates (summary.go), each event's packed row and JSON (pack.go)
// and the full-text index of the mentions' sentences.
//
// Reads go through a pool of query_only connections, in parallel with each
// other and with the one writer.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/store"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// DB is a SQLite store.
type DB struct {
	// db is the write pool: one connection, so that writers queue in Go
	// rather than on SQLite's busy timeout. rd is the read pool: several
	// query_only connections, which WAL lets read in parallel with each
	// other and with the writer.
	db, rd *sql.DB
	fts    bool
	// noSummaries makes the aggregates query the events (tests compare).
	noSummaries bool

	mu    sync.Mutex
	stmts map[string]*sql.Stmt // prepared read queries by SQL text
}

// maxStmts bounds the prepared read queries kept (a query's text depends
// only on which filters are set, so few are ever made).
const maxStmts = 512

// query runs a read query, through a statement prepared once per SQL text
// (parsing the longer queries costs as much as running them).
func (s *DB) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	s.mu.Lock()
	st := s.stmts[q]
	s.mu.Unlock()
	if st == nil {
		var err error
		if st, err = s.rd.PrepareContext(ctx, q); err != nil {
			return nil, err
		}
		s.mu.Lock()
		switch old := s.stmts[q]; {
		case old != nil:
			st.Close()
			st = old
		case len(s.stmts) < maxStmts:
			s.stmts[q] = st
		default:
			s.mu.Unlock()
			st.Close()
			return s.rd.QueryContext(ctx, q, args...)
		}
		s.mu.Unlock()
	}
	return st.QueryContext(ctx, args...)
}

// Pool sizes and per-connection pragmas. A read connection costs its page
// cache (cacheKiB) at most; the pages themselves are shared through mmap.
const (
	readConns = 64
	cacheKiB  = 16 << 10
	mmapBytes = 1 << 30
)

// dsn is the driver's data source name for path with the common pragmas
// and extra ones.
func dsn(path string, extra ...string) string {
	q := url.Values{}
	for _, p := range append([]string{"journal_mode(WAL)", "busy_timeout(10000)", "synchronous(NORMAL)", "foreign_keys(1)",
		fmt.Sprintf("cache_size(-%d)", cacheKiB), fmt.Sprintf("mmap_size(%d)", mmapBytes), "temp_store(MEMORY)"}, extra...) {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

var _ store.Store = (*DB)(nil)

// Open opens (creating it if needed) the database file at path and brings
// its schema up to date.
func Open(ctx context.Context, path string) (*DB, error) {
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	s := &DB{db: db}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// The read pool is opened once the schema is up to date. Idle
	// connections are kept (as many as may be open) so that a burst of
	// requests does not reopen them and lose their page cache.
	rd, err := sql.Open("sqlite", dsn(path, "query_only(1)"))
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	rd.SetMaxOpenConns(readConns)
	rd.SetMaxIdleConns(readConns)
	s.rd = rd
	s.stmts = map[string]*sql.Stmt{}
	return s, nil
}

// SchemaVersion is the schema version this package writes.
func SchemaVersion() int { return len(migrations) }

func (s *DB) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	var v int
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		return fmt.Errorf("schema version: %w", err)
	}
	// Each step reads the version again inside its own write (immediate)
	// transaction, so that two processes opening a new file at once do not
	// both apply a migration; an up-to-date file takes no write lock.
	for v != len(migrations) {
		done, err := s.step(ctx)
		if err != nil {
			return err
		}
		if done {
			break
		}
	}
	var fts string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'fts'`).Scan(&fts)
	s.fts = errors.Is(err, sql.ErrNoRows)
	return s.fillJSON(ctx)
}

// step applies the next migration, if any; done is true when none is left.
func (s *DB) step(ctx context.Context) (done bool, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("schema: %w", err)
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		return false, fmt.Errorf("schema version: %w", err)
	}
	if v > len(migrations) {
		return false, fmt.Errorf("schema version %d is newer than this program's %d", v, len(migrations))
	}
	if v == len(migrations) {
		return true, nil
	}
	_, err = tx.ExecContext(ctx, migrations[v])
	if err != nil && (v == 1 || v == 3) && strings.Contains(err.Error(), "no such module") {
		// No FTS5 in this build: record it, full text falls back to LIKE.
		_, err = tx.ExecContext(ctx, `INSERT OR REPLACE INTO meta (key, value) VALUES ('fts', '0')`)
	}
	if err == nil {
		_, err = tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied) VALUES (?, ?)`, v+1, time.Now().UTC().Format(time.RFC3339))
	}
	if err == nil {
		err = tx.Commit()
	}
	if err != nil {
		return false, fmt.Errorf("migration %d: %w", v+1, err)
	}
	return false, nil
}

// FullText reports whether SQLite FTS5 serves full-text queries (else LIKE).
func (s *DB) FullText() bool { return s.fts }

// Close closes the database.
func (s *DB) Close() error {
	s.mu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.mu.Unlock()
	err := s.rd.Close()
	if err2 := s.db.Close(); err == nil {
		err = err2
	}
	return err
}

// HasArticle reports whether an article with this content hash is stored.
func (s *DB) HasArticle(ctx context.Context, hash string) (bool, error) {
	var id int64
	err := s.rd.QueryRowContext(ctx, `SELECT id FROM articles WHERE hash = ?`, hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("has article: %w", err)
	}
	return true, nil
}

// Stats counts what is stored.
func (s *DB) Stats(ctx context.Context) (store.Stats, error) {
	st := store.Stats{SchemaVersion: len(migrations), FullTextSupport: s.fts}
	for _, q := range []struct {
		sql string
		dst *int64
	}{
		{`SELECT COUNT(*) FROM articles`, &st.Articles},
		{`SELECT COUNT(*) FROM articles WHERE dup_of IS NOT NULL`, &st.NearDuplicates},
		{`SELECT COUNT(*) FROM sentences`, &st.Sentences},
		{`SELECT COUNT(*) FROM mentions`, &st.Mentions},
		{`SELECT COUNT(*) FROM events`, &st.Events},
		{`SELECT COUNT(*) FROM events WHERE num_mentions > 1`, &st.MergedEvents},
	} {
		if err := s.rd.QueryRowContext(ctx, q.sql).Scan(q.dst); err != nil {
			return st, fmt.Errorf("stats: %w", err)
		}
	}
	return st, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// reportSource is what num_sources counts for an article.
func reportSource(d *doc.Document, canon int64) string {
	if d.Source != "" {
		return "s:" + strings.ToLower(d.Source)
	}
	if u, err := url.Parse(d.URL); err == nil && u.Host != "" {
		return "h:" + strings.ToLower(strings.TrimPrefix(u.Host, "www."))
	}
	return fmt.Sprintf("a:%d", canon)
}
