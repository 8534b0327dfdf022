// Server store: PostgreSQL through `pg` (a Pool). Same schema and semantics as the SQLite store; only full-text
// search is engine-specific: a generated, weighted tsvector column (title A, text B) with a GIN index, queried with to_tsquery
// ('simple' configuration: lower-casing, no stemming, no stop words — language-neutral like SQLite's unicode61).
import pg from 'pg';
import type { Article, Publication, StoredMention, StoryEvent } from '../types.js';
import { MIGRATIONS } from './schema.js';
import {
  ARTICLE_COLUMNS, ARTICLE_COLUMN_COUNT, EVENT_COLUMNS, MENTION_COLUMNS, articleParams, eventParams, eventWhere, fingerprintParams, mentionParams,
  pairKeyQueries, pairKeySql, partitionPairKeys, rowToArticle, rowToEvent, rowToFingerprint, rowToMention, rowToPublication, sessionSql, storable, type Row,
} from './rows.js';
import type { ArticleFilter, BatchItem, BatchPlan, Committed, EventFilter, Fingerprint, MergeSession, SearchHit, Store } from './types.js';
import { ftsQuery } from './fts.js';
import { displayTarget, missingStore } from './target.js';

const ph = (i: number) => `$${i}`;
const pairKey = (p: string) => pairKeySql(p, 'btrim');
/** Events are written in chunks of at most this many rows while a streamed replacement runs. */
const EVENT_CHUNK = 1000;

/** `(…), (…)` value rows for `rows` rows of `width` parameters, numbered from $1. */
function valueRows(rows: number, width: number): string {
  const out: string[] = [];
  for (let r = 0; r < rows; r++) out.push(`(${Array.from({ length: width }, (_, c) => ph(r * width + c + 1)).join(', ')})`);
  return out.join(', ');
}

/** PostgreSQL caps a statement at 65535 parameters; stay well below. */
const MAX_PARAMS = 30000;

// Advisory lock keys (one namespace for this app; any two distinct bigints would do).
const LOCK_MIGRATE = 0x5354_4f52_0001; // "STOR" 1
const LOCK_SEQ = 0x5354_4f52_0002;
const LOCK_MERGE = 0x5354_4f52_0003;
const SQL = sessionSql(pairKey, ph, (i) => `(SELECT unnest(${ph(i)}::text[]))`);
/** Mentions with their article's fields, in listMentions order. */
const mentionsSql = (where: string) =>
  `SELECT m.*, a.origin, a.url, a.published, a.duplicate_of, a.source AS article_source FROM mentions m JOIN articles a ON a.id = m.article_id
   ${where} ORDER BY a.seq, m.seq`;

/** PostgreSQL TEXT cannot hold NUL characters (SQLite can): replace them by U+FFFD, which keeps string offsets; lone
 *  surrogates too (see storable). */
function clean(params: unknown[]): unknown[] {
  return storable(params).map((v) => (typeof v === 'string' && v.includes('\0') ? v.replace(/\0/g, '\uFFFD') : v));
}

/**
 * The SQLite-flavoured query from ftsQuery (`"w1 w2"` phrases, `"w"*` prefixes, ANDed) as a to_tsquery string:
 * phrases become `w1 <-> w2`, a trailing `*` puts `:*` on the phrase's last word. Words only contain letters and
 * digits (ftsQuery guarantees it), so no tsquery operator can come from user input.
 */
export function tsQuery(query: string): string {
  const terms: string[] = [];
  for (const m of ftsQuery(query).matchAll(/"([^"]*)"(\*?)/g)) {
    const words = (m[1]!.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length <= 256);
    if (!words.length) continue;
    if (m[2]) words[words.length - 1] += ':*';
    terms.push(words.length > 1 ? `(${words.join(' <-> ')})` : words[0]!);
  }
  return terms.join(' & ');
}

/**
 * Unicode punctuation (typographic quotes, dashes, ellipsis, guillemets, CJK and full-width marks) as a regex
 * bracket expression. In a database whose LC_CTYPE is plain "C", PostgreSQL's text-search parser takes every
 * non-ASCII character for a letter, so `“Hello,”` would index as `“hello` and `”`; blanking these characters first
 * makes the index independent of the database locale (under a UTF-8 locale the parser skips them anyway).
 */
const UNICODE_PUNCT = '[\u00a0\u00a1\u00a7\u00ab\u00b6\u00b7\u00bb\u00bf\u2000-\u206f\u2e00-\u2e7f\u3000-\u3003\u3008-\u3011\u3014-\u301f\ufe10-\ufe19\ufe30-\ufe4f\ufe50-\ufe6b\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]';
/**
 * SQL for the text of `col` as indexed (immutable, so usable in a generated column). A tsvector holds at most 1 MB,
 * so only the first 200,000 characters are indexed (far beyond any news article; a huge page must not fail its batch).
 */
const searchable = (col: string) => `regexp_replace(left(COALESCE(${col}, ''), 200000), '${UNICODE_PUNCT}', ' ', 'g')`;

/** Marks a cut with … at either end, like SQLite's snippet(): compares the headline with the text's ends. */
function ellipsize(snip: string, head: string, tail: string): string {
  const norm = (t: string) => t.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
  const s = norm(snip);
  if (!s) return snip;
  const n = Math.min(30, s.length);
  const atStart = norm(head).startsWith(s.slice(0, n));
  const atEnd = norm(tail).endsWith(s.slice(-n));
  return `${atStart ? '' : '…'}${snip.trim()}${atEnd ? '' : '…'}`;
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;

  private constructor(private readonly pool: pg.Pool) {}

  /** Connects and brings the schema up to date (concurrent openers are serialized by an advisory lock). */
  static async open(url: string, opts: { create?: boolean } = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    // An idle client losing its connection must not crash the process; the pool drops it and reconnects later.
    pool.on('error', () => {});
    const store = new PostgresStore(pool);
    try {
      // Read-only use (create: false) never creates the schema: no schema_version table means no Storyline database.
      if (opts.create === false && !(await pool.query<{ t: string | null }>(`SELECT to_regclass('schema_version') AS t`)).rows[0]?.t) throw missingStore(displayTarget(url));
      await store.migrate();
    } catch (e) {
      await pool.end().catch(() => {});
      throw e;
    }
    return store;
  }

  /** Runs `fn` in one transaction on one connection; rolls back on any error. */
  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch((re: Error) => {
        broken = re; // connection unusable: destroy it instead of returning it to the pool
      });
      throw e;
    } finally {
      c.release(broken);
    }
  }

  private async migrate(): Promise<void> {
    await this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK_MIGRATE]);
      await c.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
      const { rows } = await c.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_version');
      for (let v = rows[0]?.v ?? 0; v < MIGRATIONS.length; v++) {
        for (const stmt of MIGRATIONS[v]!) await c.query(stmt);
        if (v === 0) {
          // REAL is 4-byte in PostgreSQL (8-byte in SQLite): widen so computed scores read back exactly as written.
          await c.query('ALTER TABLE mentions ALTER COLUMN goldstein TYPE DOUBLE PRECISION, ALTER COLUMN confidence TYPE DOUBLE PRECISION');
          await c.query(
            `ALTER TABLE articles ADD COLUMN IF NOT EXISTS fts tsvector GENERATED ALWAYS AS
               (setweight(to_tsvector('simple', ${searchable('title')}), 'A') || setweight(to_tsvector('simple', ${searchable('text')}), 'B')) STORED`,
          );
          await c.query('CREATE INDEX IF NOT EXISTS articles_fts ON articles USING GIN (fts)');
          // Prefix lookups of ids (LIKE 'abc%') whatever the database collation.
          await c.query('CREATE INDEX IF NOT EXISTS articles_id_prefix ON articles (id text_pattern_ops)');
          await c.query('CREATE INDEX IF NOT EXISTS mentions_seq ON mentions (article_id, seq)');
        }
        if (v === 1) {
          await c.query(`CREATE INDEX IF NOT EXISTS mentions_pair ON mentions ((${pairKey('')}))`);
          // Event order keys compare bytewise, like SQLite's and JavaScript's (ASCII keys), whatever the database collation.
          await c.query('ALTER TABLE events ALTER COLUMN sort_key TYPE TEXT COLLATE "C"');
        }
        // Mentions stored before merges were incremental: their events are recomputed by the next merge.
        if (v === 3) await c.query(`INSERT INTO merge_dirty (pair_key, at_seq) SELECT DISTINCT ${pairKey('')}, 0 FROM mentions`);
        if (v === 4) {
          // Spanish articles are also indexed stemmed, in PostgreSQL's 'spanish' configuration (Snowball); others not.
          await c.query(
            `ALTER TABLE articles ADD COLUMN IF NOT EXISTS fts_stem tsvector GENERATED ALWAYS AS
               (CASE WHEN language = 'es' THEN setweight(to_tsvector('spanish', ${searchable('title')}), 'A') || setweight(to_tsvector('spanish', ${searchable('text')}), 'B')
                ELSE ''::tsvector END) STORED`,
          );
          await c.query('CREATE INDEX IF NOT EXISTS articles_fts_stem ON articles USING GIN (fts_stem)');
        }
        await c.query('INSERT INTO schema_version (version) VALUES ($1)', [v + 1]);
      }
    });
  }

  async hasInput(inputKey: string): Promise<boolean> {
    const r = await this.pool.query('SELECT 1 FROM inputs WHERE input_key = $1', [inputKey]);
    return (r.rowCount ?? 0) > 0;
  }

  async saveBatch(batch: BatchItem[]): Promise<void> {
    if (batch.length) await this.writeBatch(null, () => ({ items: batch, moves: [] }));
  }

  async writeBatch(since: number | null, plan: (committed: Committed) => BatchPlan): Promise<number> {
    return this.tx(async (c) => {
      // Serialize writers: `seq` stays dense and unique across concurrent ingests, the "already stored?" check
      // below cannot race another writer, and `plan` sees every batch committed before this one.
      await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK_SEQ]);
      const committed: Committed = since === null
        ? { fingerprints: [], moves: [] }
        : {
            fingerprints: (await c.query<Row>(SQL.fingerprintsSince, [since])).rows.map(rowToFingerprint),
            moves: (await c.query<Row>(SQL.movesSince, [since])).rows.map((r) => [String(r.from_id), String(r.to_id)]),
          };
      const { items: batch, moves } = plan(committed);
      const ids = clean([...new Set(batch.map((b) => b.article.id))]);
      const seen = new Set((await c.query<{ id: string }>('SELECT id FROM articles WHERE id = ANY($1)', [ids])).rows.map((r) => r.id));
      const { rows } = await c.query<{ n: number }>('SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM articles');
      let seq = Number(rows[0]!.n);
      // Same outcome as inserting one by one (the SQLite store): every input is recorded; an article already stored,
      // or seen earlier in this batch, is skipped with its fingerprint and mentions.
      const fresh: typeof batch = [];
      for (const b of batch) {
        const id = clean([b.article.id])[0] as string;
        if (seen.has(id)) continue;
        seen.add(id);
        fresh.push(b);
      }
      await this.insertRows(c, 'inputs (input_key, article_id, origin)', 3, batch.map((b) => clean([b.inputKey, b.article.id, b.article.origin])), true);
      await this.insertRows(c, `articles (${ARTICLE_COLUMNS})`, ARTICLE_COLUMN_COUNT, fresh.map((b) => clean(articleParams(b.article, seq++))), true);
      await this.insertRows(c, 'fingerprints (article_id, text_hash, signature, tokens, published)', 5, fresh.map((b) => clean(fingerprintParams(b.fingerprint))), true);
      await this.insertRows(c, `mentions (${MENTION_COLUMNS})`, 18, fresh.flatMap((b) => b.mentions.map((m, i) => clean(mentionParams(b.article.id, i, m)))), true);
      const last = seq - 1;
      const touched = fresh.map((b) => clean([b.article.id])[0] as string);
      for (const [from, to] of moves) {
        touched.push(...(await c.query<Row>(SQL.movedIds, [from, from, to])).rows.map((r) => String(r.id)));
        await c.query(SQL.move, [to, from, from, to]);
        await c.query(SQL.logMove, [last, from, to]);
      }
      if (touched.length) await c.query(SQL.markDirty, [last, touched]);
      return last;
    });
  }

  async mergeSession<T>(fn: (s: MergeSession) => Promise<T>): Promise<T> {
    return this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK_MERGE]);
      const all = async (sql: string, params: unknown[] = []) => (await c.query<Row>(sql, clean(params))).rows;
      const session: MergeSession = {
        dirtyKeys: async () => {
          const rows = await all(SQL.dirty);
          return { keys: [...new Set(rows.map((r) => String(r.pair_key)))], upTo: rows.reduce((m, r) => Math.max(m, Number(r.at_seq)), -1) };
        },
        allKeys: async () => (await all(SQL.allKeys)).map((r) => String(r.pk)),
        hasUnpartitionedEvents: async () => (await all(SQL.unpartitioned)).length > 0,
        partsOf: async (keys) => new Map((await all(SQL.partsOf, [keys])).map((r) => [String(r.pair_key), String(r.part)])),
        keysOfParts: async (parts) => (await all(SQL.keysOfParts, [parts])).map((r) => String(r.pair_key)),
        copyGroups: async (keys) => (keys ? all(SQL.copyGroups, [keys]) : all(pairKeyQueries(pairKey).links)),
        mentions: async (keys) => (await all(mentionsSql(`WHERE ${pairKey('m.')} = ANY($1::text[])`), [keys])).map(rowToMention),
        clearEvents: async (parts) => {
          if (parts === 'all') {
            await c.query('DELETE FROM events');
            await c.query('DELETE FROM merge_keys');
          } else if (parts.length) {
            await c.query(SQL.deleteEventsOf, [parts]);
            await c.query(SQL.deleteKeysOf, [parts]);
          }
        },
        writePartition: async (part, keys, events, order) => {
          const rows = events.map((e, i) => clean([...eventParams(e, i, order(e)), part]));
          await this.insertRows(c, `events (${EVENT_COLUMNS}, part)`, 13, rows, false);
          await this.insertRows(c, 'merge_keys (pair_key, part)', 2, keys.map((k) => clean([k, part])), true);
        },
        clearDirty: async (upTo) => void (await c.query(SQL.clearDirty, [upTo])),
        countEvents: async () => Number((await all(SQL.countEvents))[0]!.n),
      };
      return fn(session);
    });
  }

  /** Multi-row INSERT of `rows` (each `width` values) in as few statements as the parameter limit allows. */
  private async insertRows(c: pg.PoolClient, into: string, width: number, rows: unknown[][], ignoreConflicts: boolean): Promise<void> {
    const per = Math.floor(MAX_PARAMS / width);
    for (let i = 0; i < rows.length; i += per) {
      const chunk = rows.slice(i, i + per);
      await c.query(`INSERT INTO ${into} VALUES ${valueRows(chunk.length, width)}${ignoreConflicts ? ' ON CONFLICT DO NOTHING' : ''}`, chunk.flat());
    }
  }

  async allFingerprints(): Promise<Fingerprint[]> {
    const r = await this.pool.query<Row>('SELECT f.*, a.duplicate_of, a.seq FROM fingerprints f JOIN articles a ON a.id = f.article_id ORDER BY a.seq');
    return r.rows.map(rowToFingerprint);
  }

  async listArticles(f: ArticleFilter = {}): Promise<Article[]> {
    const r = await this.pool.query<Row>(`SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY seq LIMIT $1 OFFSET $2`, [
      f.limit ?? null, // LIMIT NULL = no limit
      f.offset ?? 0,
    ]);
    return r.rows.map(rowToArticle);
  }

  async countArticles(): Promise<number> {
    return Number((await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM articles')).rows[0]!.n);
  }

  async listPublications(): Promise<Publication[]> {
    const r = await this.pool.query<Row>('SELECT id, published, duplicate_of, source FROM articles ORDER BY seq');
    return r.rows.map(rowToPublication);
  }

  async getArticle(id: string): Promise<Article | null> {
    const exact = await this.pool.query<Row>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, clean([id]));
    if (exact.rows[0]) return rowToArticle(exact.rows[0]);
    if (!id) return null;
    // Unique id prefix, like git. The prefix is matched literally (LIKE wildcards escaped).
    const pattern = id.replace(/[\\%_]/g, (ch) => '\\' + ch) + '%';
    const r = await this.pool.query<Row>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id LIKE $1 ESCAPE '\\' LIMIT 2`, clean([pattern]));
    return r.rows.length === 1 ? rowToArticle(r.rows[0]!) : null;
  }

  async countSearch(query: string): Promise<number> {
    const tsq = tsQuery(query);
    if (!tsq) return 0;
    return Number((await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM articles a WHERE a.fts @@ to_tsquery('simple', $1) OR a.fts_stem @@ to_tsquery('spanish', $1)`, [tsq])).rows[0]!.n);
  }

  async search(query: string, limit = 20, offset = 0): Promise<SearchHit[]> {
    const tsq = tsQuery(query);
    if (!tsq) return [];
    // Rank first, then build headlines only for the rows returned (ts_headline re-parses the text).
    // (a Spanish article also matches through its stems: "protestas" finds "protestaron"; exact matches rank first)
    const headline = `'StartSel=[, StopSel=], MaxWords=24, MinWords=8, ShortWord=1, MaxFragments=2, FragmentDelimiter=" … "'`;
    const r = await this.pool.query<Row>(
      `SELECT h.id, h.title, h.origin, h.published, h.score, left(h.text, 80) AS head, right(h.text, 80) AS tail,
              CASE WHEN h.exact THEN ts_headline('simple', h.text, h.q, ${headline}) ELSE ts_headline('spanish', h.text, h.qs, ${headline}) END AS snip
       FROM (SELECT a.id, a.title, a.origin, a.published, a.text, a.seq, q.q, qs.qs, a.fts @@ q.q AS exact,
                    CASE WHEN a.fts @@ q.q THEN ts_rank(a.fts, q.q, 1) ELSE 0 END AS score, ts_rank(a.fts_stem, qs.qs, 1) AS stem_score
             FROM articles a, to_tsquery('simple', $1) AS q(q), to_tsquery('spanish', $1) AS qs(qs)
             WHERE a.fts @@ q.q OR a.fts_stem @@ qs.qs
             ORDER BY a.fts @@ q.q DESC, score DESC, stem_score DESC, a.seq LIMIT $2 OFFSET $3) h
       ORDER BY h.exact DESC, h.score DESC, h.seq`,
      [tsq, limit, offset],
    );
    return r.rows.map((row) => ({
      articleId: String(row.id),
      title: (row.title as string | null) ?? null,
      origin: String(row.origin),
      published: (row.published as string | null) ?? null,
      snippet: ellipsize(String(row.snip), String(row.head), String(row.tail)),
      score: Number(row.score),
    }));
  }

  async listMentions(f?: EventFilter): Promise<StoredMention[]> {
    const w = eventWhere(f, 'm.', ph);
    return this.mentionsWhere(w.sql, w.params);
  }

  private async mentionsWhere(where: string, params: unknown[]): Promise<StoredMention[]> {
    const r = await this.pool.query<Row>(mentionsSql(where), clean(params));
    return r.rows.map(rowToMention);
  }

  async mentionPartitions(): Promise<string[][]> {
    const sql = pairKeyQueries(pairKey);
    const keys = (await this.pool.query<Row>(sql.keys)).rows.map((r) => String(r.pk));
    return partitionPairKeys(keys, (await this.pool.query<Row>(sql.links)).rows);
  }

  async listPartitionMentions(pairKeys: string[]): Promise<StoredMention[]> {
    return this.mentionsWhere(`WHERE ${pairKey('m.')} = ANY($1::text[])`, [pairKeys]);
  }

  async replaceEvents(events: StoryEvent[]): Promise<void> {
    await this.tx(async (c) => {
      // Readers see either the old set or the new one: DELETE + INSERT commit together.
      await c.query('DELETE FROM events');
      await this.insertRows(c, `events (${EVENT_COLUMNS})`, 12, events.map((e, i) => clean(eventParams(e, i))), false);
    });
  }

  async replaceEventsStream(chunks: AsyncIterable<StoryEvent[]>, order: (e: StoryEvent) => string): Promise<void> {
    // The producer reads through the pool (other connections) while this transaction holds one.
    await this.tx(async (c) => {
      await c.query('DELETE FROM events');
      let seq = 0;
      let rows: unknown[][] = [];
      const write = async () => {
        await this.insertRows(c, `events (${EVENT_COLUMNS})`, 12, rows, false);
        rows = [];
      };
      for await (const chunk of chunks) {
        for (const e of chunk) rows.push(clean(eventParams(e, seq++, order(e))));
        if (rows.length >= EVENT_CHUNK) await write();
      }
      await write();
    });
  }

  async listEvents(f?: EventFilter): Promise<StoryEvent[]> {
    const w = eventWhere(f, '', ph);
    const r = await this.pool.query<Row>(`SELECT data FROM events ${w.sql} ORDER BY sort_key, seq`, clean(w.params));
    return r.rows.map(rowToEvent);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
