// Schema migrations, written in SQL that both SQLite and PostgreSQL accept (TEXT, INTEGER, REAL, plain indexes).
// Full-text search is the one engine-specific part: FTS5 in SQLite, a tsvector index in PostgreSQL (see each store).
// Binary signatures are stored as hex TEXT so the same statement works on both engines.

export const MIGRATIONS: string[][] = [
  [
    `CREATE TABLE IF NOT EXISTS inputs (input_key TEXT PRIMARY KEY, article_id TEXT NOT NULL, origin TEXT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS articles (
      id TEXT PRIMARY KEY, seq INTEGER NOT NULL, origin TEXT NOT NULL, url TEXT, source TEXT, site_name TEXT,
      title TEXT, description TEXT, author TEXT, published TEXT, published_from TEXT, page_date TEXT, language TEXT,
      text TEXT NOT NULL, duplicate_of TEXT, removed TEXT NOT NULL, date_candidates TEXT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS articles_seq ON articles (seq)`,
    `CREATE TABLE IF NOT EXISTS fingerprints (article_id TEXT PRIMARY KEY, text_hash TEXT NOT NULL, signature TEXT NOT NULL,
      tokens INTEGER NOT NULL, published TEXT)`,
    `CREATE INDEX IF NOT EXISTS fingerprints_hash ON fingerprints (text_hash)`,
    `CREATE TABLE IF NOT EXISTS mentions (
      id TEXT PRIMARY KEY, article_id TEXT NOT NULL, seq INTEGER NOT NULL, source TEXT NOT NULL, source_country TEXT,
      target TEXT NOT NULL, target_country TEXT, code TEXT NOT NULL, root TEXT NOT NULL, plover TEXT NOT NULL,
      goldstein DOUBLE PRECISION NOT NULL, quad_class INTEGER NOT NULL, date_start TEXT, date_end TEXT, date_precision TEXT,
      sentence TEXT NOT NULL, confidence DOUBLE PRECISION NOT NULL, extra TEXT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id)`,
    `CREATE TABLE IF NOT EXISTS events (
      id TEXT PRIMARY KEY, seq INTEGER NOT NULL, date_start TEXT, date_end TEXT, source TEXT NOT NULL, source_country TEXT,
      target TEXT NOT NULL, target_country TEXT, code TEXT NOT NULL, root TEXT NOT NULL, data TEXT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS events_date ON events (date_start)`,
  ],
  // 2: repointing duplicates by index; events listed in an order given with them (a merge written partition by
  // partition). Each store adds its index on the mentions' pair key (an engine-specific expression, see rows.ts).
  [
    `CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles (duplicate_of)`,
    `ALTER TABLE events ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''`,
    `CREATE INDEX IF NOT EXISTS events_order ON events (sort_key, seq)`,
  ],
  // 3: the page's stated revision date, kept beside (never instead of) the publication date.
  [`ALTER TABLE articles ADD COLUMN modified TEXT`],
  // 4: incremental, concurrent merging. Events belong to a partition (a set of pair keys, named by its first key);
  // merge_keys records each pair key's partition; merge_dirty the pair keys whose events are stale, each marked with
  // the store's last article order number of the batch that made it stale; copy_moves the re-pointed originals, so
  // that a writer learns of the ones other writers made.
  [
    `ALTER TABLE events ADD COLUMN part TEXT NOT NULL DEFAULT ''`,
    `CREATE INDEX IF NOT EXISTS events_part ON events (part)`,
    `CREATE TABLE IF NOT EXISTS merge_keys (pair_key TEXT PRIMARY KEY, part TEXT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS merge_keys_part ON merge_keys (part)`,
    `CREATE TABLE IF NOT EXISTS merge_dirty (pair_key TEXT NOT NULL, at_seq INTEGER NOT NULL, PRIMARY KEY (pair_key, at_seq))`,
    `CREATE INDEX IF NOT EXISTS merge_dirty_seq ON merge_dirty (at_seq)`,
    `CREATE TABLE IF NOT EXISTS copy_moves (at_seq INTEGER NOT NULL, from_id TEXT NOT NULL, to_id TEXT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS copy_moves_seq ON copy_moves (at_seq)`,
  ],
];
