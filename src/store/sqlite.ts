// Embedded store: SQLite through better-sqlite3 (WAL, one transaction per batch) with an FTS5 full-text index.
import Database from 'better-sqlite3';
import type { Article, Publication, StoredMention, StoryEvent } from '../types.js';
import { MIGRATIONS } from './schema.js';
import {
  ARTICLE_COLUMNS, ARTICLE_COLUMN_COUNT, EVENT_COLUMNS, MENTION_COLUMNS, articleParams, eventParams, eventWhere, fingerprintParams, mentionParams,
  pairKeyQueries, pairKeySql, partitionPairKeys, rowToArticle, rowToEvent, rowToFingerprint, rowToMention, rowToPublication, sessionSql, storable, type Row,
} from './rows.js';
import type { ArticleFilter, BatchItem, BatchPlan, Committed, EventFilter, Fingerprint, MergeSession, SearchHit, Store } from './types.js';
import { ftsQuery, stemmedFtsQuery } from './fts.js';
import { hasStemmer, stemText, stemWord } from '../nlp/index.js';

const q = () => '?';
const pairKey = (p: string) => pairKeySql(p, 'trim');
const placeholders = (n: number) => Array.from({ length: n }, q).join(', ');
const SQL = sessionSql(pairKey, q, () => '(SELECT value FROM json_each(?))');
const json = (xs: string[]) => JSON.stringify(xs);

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private db: Database.Database;
  /** Statements compiled once per connection (prepare() parses the SQL again on every call). */
  private readonly stmts = new Map<string, Database.Statement>();

  /** True when the file holds a Storyline database (or was made one); false for another SQLite database. */
  readonly isStoryline: boolean;
  /** True when the file held no table at all when opened. */
  readonly isEmpty: boolean;

  /** `create: false` opens an existing file only, and leaves a file that is not a Storyline database unchanged. */
  constructor(path: string, opts: { create?: boolean } = {}) {
    const create = opts.create ?? true;
    this.db = new Database(path, { fileMustExist: !create && path !== ':memory:' });
    this.db.pragma('busy_timeout = 5000');
    const tables = this.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
    this.isEmpty = tables.length === 0;
    this.isStoryline = tables.includes('schema_version') || create;
    if (!this.isStoryline) return;
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // Other processes may hold the write lock for a batch or a merge: wait for them rather than fail.
    this.db.pragma('busy_timeout = 60000');
    this.migrate();
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    // The version is read inside the write transaction (BEGIN IMMEDIATE): two processes opening a new file at once
    // must not both apply the same migrations.
    const apply = this.db.transaction(() => {
      const row = this.db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
      for (let v = row.v ?? 0; v < MIGRATIONS.length; v++) {
        for (const stmt of MIGRATIONS[v]!) this.db.exec(stmt);
        if (v === 0) this.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')`);
        if (v === 1) this.db.exec(`CREATE INDEX IF NOT EXISTS mentions_pair ON mentions ((${pairKey('')}))`);
        // Mentions stored before merges were incremental: their events are recomputed by the next merge.
        if (v === 3) this.db.exec(`INSERT INTO merge_dirty (pair_key, at_seq) SELECT DISTINCT ${pairKey('')}, 0 FROM mentions`);
        if (v === 4) this.addStems();
        this.db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(v + 1);
      }
    });
    apply.immediate();
  }

  /** The stemmed index (FTS5 has no Spanish stemmer): the stems of the title and text of each article whose language
   *  has a stemmer, under the article's seq; filled for the articles already stored. */
  private addStems(): void {
    this.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS articles_stems USING fts5(stems, tokenize = 'unicode61 remove_diacritics 2')`);
    const ins = this.db.prepare('INSERT INTO articles_stems (rowid, stems) VALUES (?, ?)');
    for (const r of this.db.prepare('SELECT seq, title, text, language FROM articles').iterate() as Iterable<{ seq: number; title: string | null; text: string; language: string | null }>) {
      if (hasStemmer(r.language)) ins.run(r.seq, stemText(`${r.title ?? ''}\n${r.text}`, r.language!));
    }
  }

  private stmt(sql: string): Database.Statement {
    let st = this.stmts.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.stmts.set(sql, st);
    }
    return st;
  }

  async hasInput(inputKey: string): Promise<boolean> {
    return !!this.stmt('SELECT 1 FROM inputs WHERE input_key = ?').get(inputKey);
  }

  async saveBatch(batch: BatchItem[]): Promise<void> {
    await this.writeBatch(null, () => ({ items: batch, moves: [] }));
  }

  async writeBatch(since: number | null, plan: (committed: Committed) => BatchPlan): Promise<number> {
    const insInput = this.stmt('INSERT INTO inputs (input_key, article_id, origin) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
    const insArticle = this.stmt(`INSERT INTO articles (${ARTICLE_COLUMNS}) VALUES (${placeholders(ARTICLE_COLUMN_COUNT)}) ON CONFLICT DO NOTHING`);
    const insFts = this.stmt('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
    const insStems = this.stmt('INSERT INTO articles_stems (rowid, stems) VALUES (?, ?)');
    const insFp = this.stmt('INSERT INTO fingerprints (article_id, text_hash, signature, tokens, published) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING');
    const insMention = this.stmt(`INSERT INTO mentions (${MENTION_COLUMNS}) VALUES (${placeholders(18)}) ON CONFLICT DO NOTHING`);
    const nextSeq = this.stmt('SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM articles');
    const tx = this.db.transaction((): number => {
      const committed: Committed = since === null
        ? { fingerprints: [], moves: [] }
        : {
            fingerprints: (this.stmt(SQL.fingerprintsSince).pluck(false).all(since) as Row[]).map(rowToFingerprint),
            moves: (this.stmt(SQL.movesSince).pluck(false).all(since) as Row[]).map((r) => [String(r.from_id), String(r.to_id)]),
          };
      const { items, moves } = plan(committed);
      let seq = (nextSeq.get() as { n: number }).n;
      const touched: string[] = [];
      for (const { inputKey, article, mentions, fingerprint } of items) {
        insInput.run(...(storable([inputKey, article.id, article.origin]) as never[]));
        const r = insArticle.run(...(storable(articleParams(article, seq)) as never[]));
        if (r.changes === 0) continue; // same article already stored
        insFts.run(...(storable([seq, article.title ?? '', article.text]) as never[]));
        if (hasStemmer(article.language)) insStems.run(...(storable([seq, stemText(`${article.title ?? ''}\n${article.text}`, article.language!)]) as never[]));
        seq++;
        insFp.run(...(storable(fingerprintParams(fingerprint)) as never[]));
        mentions.forEach((m, i) => insMention.run(...(storable(mentionParams(article.id, i, m)) as never[])));
        touched.push(article.id);
      }
      const last = seq - 1;
      for (const [from, to] of moves) {
        touched.push(...(this.stmt(SQL.movedIds).pluck().all(from, from, to) as string[]));
        this.stmt(SQL.move).run(to, from, from, to);
        this.stmt(SQL.logMove).run(last, from, to);
      }
      if (touched.length) this.stmt(SQL.markDirty).run(last, json(touched));
      return last;
    });
    // IMMEDIATE: take the write lock before reading what others committed, so nothing commits in between.
    return tx.immediate();
  }

  async allFingerprints(): Promise<Fingerprint[]> {
    return (this.db.prepare('SELECT f.*, a.duplicate_of, a.seq FROM fingerprints f JOIN articles a ON a.id = f.article_id ORDER BY a.seq').all() as Row[]).map(rowToFingerprint);
  }

  async mergeSession<T>(fn: (s: MergeSession) => Promise<T>): Promise<T> {
    // pluck(false): statements are cached per SQL text, and another method may have set the same one to pluck mode.
    const all = (sql: string, ...params: unknown[]) => this.stmt(sql).pluck(false).all(...(params as never[])) as Row[];
    const session: MergeSession = {
      dirtyKeys: async () => {
        const rows = all(SQL.dirty);
        return { keys: [...new Set(rows.map((r) => String(r.pair_key)))], upTo: rows.reduce((m, r) => Math.max(m, Number(r.at_seq)), -1) };
      },
      allKeys: async () => all(SQL.allKeys).map((r) => String(r.pk)),
      hasUnpartitionedEvents: async () => all(SQL.unpartitioned).length > 0,
      partsOf: async (keys) => new Map(all(SQL.partsOf, json(keys)).map((r) => [String(r.pair_key), String(r.part)])),
      keysOfParts: async (parts) => all(SQL.keysOfParts, json(parts)).map((r) => String(r.pair_key)),
      copyGroups: async (keys) => (keys ? all(SQL.copyGroups, json(keys)) : all(pairKeyQueries(pairKey).links)),
      mentions: async (keys) => this.listPartitionMentions(keys),
      clearEvents: async (parts) => {
        if (parts === 'all') {
          this.db.exec('DELETE FROM events');
          this.db.exec('DELETE FROM merge_keys');
        } else if (parts.length) {
          this.stmt(SQL.deleteEventsOf).run(json(parts));
          this.stmt(SQL.deleteKeysOf).run(json(parts));
        }
      },
      writePartition: async (part, keys, events, order) => {
        const ins = this.stmt(`INSERT INTO events (${EVENT_COLUMNS}, part) VALUES (${placeholders(13)})`);
        events.forEach((e, i) => ins.run(...(storable([...eventParams(e, i, order(e)), part]) as never[])));
        for (const k of keys) this.stmt(SQL.insertKey).run(k, part);
      },
      clearDirty: async (upTo) => void this.stmt(SQL.clearDirty).run(upTo),
      countEvents: async () => Number((this.stmt(SQL.countEvents).get() as Row).n),
    };
    // One write transaction across the awaits (every statement above is synchronous on this connection).
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const out = await fn(session);
      this.db.exec('COMMIT');
      return out;
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw e;
    }
  }

  async listArticles(f: ArticleFilter = {}): Promise<Article[]> {
    const rows = this.db.prepare(`SELECT * FROM articles ORDER BY seq LIMIT ? OFFSET ?`).all(f.limit ?? -1, f.offset ?? 0) as Row[];
    return rows.map(rowToArticle);
  }

  async countArticles(): Promise<number> {
    return Number(this.stmt('SELECT count(*) FROM articles').pluck().get());
  }

  async listPublications(): Promise<Publication[]> {
    const rows = this.db.prepare('SELECT id, published, duplicate_of, source FROM articles ORDER BY seq').all() as Row[];
    return rows.map(rowToPublication);
  }

  async getArticle(id: string): Promise<Article | null> {
    const r = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    if (r) return rowToArticle(r);
    // Unique id prefix, like git.
    if (!id) return null;
    const rows = this.db.prepare('SELECT * FROM articles WHERE substr(id, 1, length(?)) = ? LIMIT 2').all(id, id) as Row[];
    return rows.length === 1 ? rowToArticle(rows[0]!) : null;
  }

  async countSearch(query: string): Promise<number> {
    const match = ftsQuery(query);
    if (!match) return 0;
    const exact = Number(this.stmt('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck().get(match));
    const stems = stemmedFtsQuery(query, (w) => stemWord(w, 'es'));
    return exact + (stems ? Number(this.stmt(`SELECT count(*) FROM articles_stems WHERE articles_stems MATCH ? AND rowid NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`).pluck().get(stems, match)) : 0);
  }

  /** Exact (word) matches first, by rank; then articles found only through their stems (another form of the word:
   *  "protestaron" for "protestas"). A page may straddle the two lists. */
  async search(query: string, limit = 20, offset = 0): Promise<SearchHit[]> {
    const match = ftsQuery(query);
    if (!match) return [];
    const rows = this.db
      .prepare(
        `SELECT a.id, a.title, a.origin, a.published, snippet(articles_fts, 1, '[', ']', '…', 16) AS snip, bm25(articles_fts) AS score
         FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY score, a.seq LIMIT ? OFFSET ?`,
      )
      .all(match, limit, offset) as Row[];
    const hits = rows.map((r) => ({ articleId: String(r.id), title: r.title as string | null, origin: String(r.origin), published: r.published as string | null, snippet: String(r.snip), score: -Number(r.score) }));
    if (hits.length < limit) {
      const exactCount = rows.length ? offset + rows.length : Number(this.stmt('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck().get(match));
      hits.push(...this.searchStems(query, match, limit - hits.length, Math.max(0, offset - exactCount)));
    }
    return hits;
  }

  /** Spanish articles whose stems match the query's stems and whose words do not, with a snippet around the first
   *  matching word. */
  private searchStems(query: string, exact: string, limit: number, offset: number): SearchHit[] {
    const stem = (w: string) => stemWord(w, 'es');
    const match = stemmedFtsQuery(query, stem);
    if (!match) return [];
    const rows = this.db
      .prepare(
        `SELECT a.id, a.title, a.origin, a.published, a.text, bm25(articles_stems) AS score
         FROM articles_stems JOIN articles a ON a.seq = articles_stems.rowid
         WHERE articles_stems MATCH ? AND articles_stems.rowid NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)
         ORDER BY score, a.seq LIMIT ? OFFSET ?`,
      )
      .all(match, exact, limit, offset) as Row[];
    const wanted = new Set([...match.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]));
    return rows.map((r) => ({
      articleId: String(r.id), title: r.title as string | null, origin: String(r.origin), published: r.published as string | null,
      snippet: stemSnippet(String(r.text), wanted, stem), score: -Number(r.score),
    }));
  }

  async listMentions(f?: EventFilter): Promise<StoredMention[]> {
    const w = eventWhere(f, 'm.', q);
    return this.mentionsWhere(w.sql, w.params);
  }

  private mentionsWhere(where: string, params: unknown[]): StoredMention[] {
    const rows = this.stmt(
      `SELECT m.*, a.origin, a.url, a.published, a.duplicate_of, a.source AS article_source FROM mentions m JOIN articles a ON a.id = m.article_id
       ${where} ORDER BY a.seq, m.seq`,
    ).all(...(params as never[])) as Row[];
    return rows.map(rowToMention);
  }

  async mentionPartitions(): Promise<string[][]> {
    const sql = pairKeyQueries(pairKey);
    const keys = (this.stmt(sql.keys).pluck().all() as unknown[]).map(String);
    return partitionPairKeys(keys, this.stmt(sql.links).all() as Row[]);
  }

  async listPartitionMentions(pairKeys: string[]): Promise<StoredMention[]> {
    // Read through the expression index on the pair key (the same expression text as the index).
    return this.mentionsWhere(`WHERE ${pairKey('m.')} IN (SELECT value FROM json_each(?))`, [JSON.stringify(pairKeys)]);
  }

  async replaceEvents(events: StoryEvent[]): Promise<void> {
    const ins = this.stmt(`INSERT INTO events (${EVENT_COLUMNS}) VALUES (${placeholders(12)})`);
    this.db.transaction(() => {
      this.db.exec('DELETE FROM events');
      events.forEach((e, i) => ins.run(...(storable(eventParams(e, i)) as never[])));
    })();
  }

  async replaceEventsStream(chunks: AsyncIterable<StoryEvent[]>, order: (e: StoryEvent) => string): Promise<void> {
    const ins = this.stmt(`INSERT INTO events (${EVENT_COLUMNS}) VALUES (${placeholders(12)})`);
    // One transaction held open across the awaits: the producer's reads on this connection see the mentions,
    // other connections keep seeing the old events until COMMIT.
    this.db.exec('BEGIN IMMEDIATE');
    try {
      this.db.exec('DELETE FROM events');
      let seq = 0;
      for await (const chunk of chunks) for (const e of chunk) ins.run(...(storable(eventParams(e, seq++, order(e))) as never[]));
      this.db.exec('COMMIT');
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw e;
    }
  }

  async listEvents(f?: EventFilter): Promise<StoryEvent[]> {
    const w = eventWhere(f, '', q);
    return (this.db.prepare(`SELECT data FROM events ${w.sql} ORDER BY sort_key, seq`).all(...(w.params as never[])) as Row[]).map(rowToEvent);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** About 16 words of `text` around the first word whose stem is wanted, that word in [brackets], as FTS5 snippets are. */
function stemSnippet(text: string, wanted: Set<string>, stem: (w: string) => string): string {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  if (!words.length) return text.slice(0, 120);
  const k = Math.max(0, words.findIndex((m) => wanted.has(stem(m[0]))));
  const from = words[Math.max(0, k - 7)]!, hit = words[k]!, to = words[Math.min(words.length - 1, k + 8)]!;
  const start = from.index!, end = to.index! + to[0].length;
  return `${start > 0 ? '…' : ''}${text.slice(start, hit.index)}[${hit[0]}]${text.slice(hit.index! + hit[0].length, end)}${end < text.length ? '…' : ''}`;
}
