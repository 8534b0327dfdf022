// Row ⇄ record mapping and portable WHERE clauses, shared by the SQLite and PostgreSQL stores.
import type { Article, EventMention, Publication, StoredMention, StoryEvent } from '../types.js';
import type { EventFilter, Fingerprint } from './types.js';

export type Row = Record<string, unknown>;

const s = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * Values as the databases can keep them: a lone UTF-16 surrogate (JSON can carry one: "\ud800") becomes U+FFFD. Both
 * drivers write UTF-8, where it has no form: SQLite read it back as three replacement characters, shifting every
 * offset after it. One unit for one unit, so offsets into the text stay valid.
 */
export function storable(params: unknown[]): unknown[] {
  return params.map((v) => (typeof v === 'string' && LONE_SURROGATE.test(v) ? v.replace(LONE_SURROGATES, '\uFFFD') : v));
}

export function articleParams(a: Article, seq: number): unknown[] {
  return [a.id, seq, a.origin, a.url, a.source, a.siteName, a.title, a.description, a.author, a.published, a.publishedFrom, a.pageDate, a.language, a.text, a.duplicateOf, JSON.stringify(a.removed), JSON.stringify(a.dateCandidates), a.modified];
}
export const ARTICLE_COLUMNS = 'id, seq, origin, url, source, site_name, title, description, author, published, published_from, page_date, language, text, duplicate_of, removed, date_candidates, modified';
export const ARTICLE_COLUMN_COUNT = ARTICLE_COLUMNS.split(',').length;

/** A row of `SELECT id, published, duplicate_of, source FROM articles`. */
export function rowToPublication(r: Row): Publication {
  return { articleId: String(r.id), published: s(r.published), duplicateOf: s(r.duplicate_of), domain: s(r.source) };
}

export function rowToArticle(r: Row): Article {
  return {
    id: String(r.id),
    origin: String(r.origin),
    url: s(r.url),
    source: s(r.source),
    siteName: s(r.site_name),
    title: s(r.title),
    description: s(r.description),
    author: s(r.author),
    published: s(r.published),
    publishedFrom: s(r.published_from),
    pageDate: s(r.page_date),
    modified: s(r.modified),
    language: s(r.language),
    text: String(r.text),
    duplicateOf: s(r.duplicate_of),
    removed: JSON.parse(String(r.removed ?? '[]')),
    dateCandidates: JSON.parse(String(r.date_candidates ?? '[]')),
  };
}

export const MENTION_COLUMNS = 'id, article_id, seq, source, source_country, target, target_country, code, root, plover, goldstein, quad_class, date_start, date_end, date_precision, sentence, confidence, extra';

export function mentionParams(articleId: string, i: number, m: EventMention): unknown[] {
  const { source, sourceCountry, target, targetCountry, code, root, plover, goldstein, quadClass, date, sentence, confidence, ...extra } = m;
  return [`${articleId}:${i}`, articleId, i, source, sourceCountry, target, targetCountry, code, root, plover, goldstein, quadClass, date?.start ?? null, date?.end ?? null, date?.precision ?? null, sentence, confidence, JSON.stringify(extra)];
}

export function rowToMention(r: Row): StoredMention {
  // The column fields first, then the other fields of the mention (JSON in `extra`) where no column field has the
  // name. Spreading the parsed object into a literal (V8 re-shapes it for every mention) was the slowest part of
  // reading mentions back.
  const m: StoredMention = {
    id: String(r.id),
    articleId: String(r.article_id),
    origin: String(r.origin),
    url: s(r.url),
    published: s(r.published),
    duplicateOf: s(r.duplicate_of),
    source_domain: s(r.article_source),
    source: String(r.source),
    sourceCountry: s(r.source_country),
    target: String(r.target),
    targetCountry: s(r.target_country),
    code: String(r.code),
    root: String(r.root),
    plover: String(r.plover),
    goldstein: Number(r.goldstein),
    quadClass: Number(r.quad_class) as 1 | 2 | 3 | 4,
    date: r.date_start ? { start: String(r.date_start), end: String(r.date_end), precision: String(r.date_precision) as NonNullable<EventMention['date']>['precision'] } : null,
    sentence: String(r.sentence),
    confidence: Number(r.confidence),
  };
  const extra = JSON.parse(String(r.extra ?? '{}')) as Record<string, unknown>;
  for (const k in extra) {
    if (Object.hasOwn(m, k)) continue;
    if (k === '__proto__') Object.defineProperty(m, k, { value: extra[k], writable: true, enumerable: true, configurable: true });
    else (m as unknown as Record<string, unknown>)[k] = extra[k];
  }
  return m;
}

export const EVENT_COLUMNS = 'id, seq, sort_key, date_start, date_end, source, source_country, target, target_country, code, root, data';

/** `sortKey` orders listEvents (then `seq`): '' for a set given in its final order. */
export function eventParams(e: StoryEvent, seq: number, sortKey = ''): unknown[] {
  return [e.id, seq, sortKey, e.date?.start ?? null, e.date?.end ?? null, e.source, e.sourceCountry, e.target, e.targetCountry, e.code, e.root, JSON.stringify(e)];
}

/**
 * The characters String.prototype.trim() removes (ECMAScript WhiteSpace and LineTerminator), for SQL trim(): the
 * pair key below must read "no country" exactly as the merge does (`country.trim()` empty).
 */
export const JS_TRIM_CHARS = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * SQL of a mention's pair key (columns prefixed with `p`, e.g. 'm.'): the unordered pair of its two sides, each the
 * actor's country or, without one, the actor code. This is the merge's block key without the code family
 * (see mergeMentions), so every merge block lies inside one key. `trim` is the engine's two-argument trim
 * (SQLite trim, PostgreSQL btrim). The same text is used in the expression index and in queries.
 */
export function pairKeySql(p: string, trim: 'trim' | 'btrim'): string {
  const side = (code: string, country: string) => `CASE WHEN ${trim}(${p}${country}, '${JS_TRIM_CHARS}') <> '' THEN ${p}${country} ELSE ${p}${code} END`;
  const a = side('source', 'source_country'), b = side('target', 'target_country');
  return `CASE WHEN ${a} <= ${b} THEN ${a} || '|' || ${b} ELSE ${b} || '|' || ${a} END`;
}

/** Every pair key of the stored mentions (`pk` column), and the wire-copy groups (mentions of one original and its
 *  copies with the same code and actors: one merge unit at most) whose mentions have more than one pair key. */
export function pairKeyQueries(pairKey: (p: string) => string): { keys: string; links: string } {
  return {
    keys: `SELECT DISTINCT ${pairKey('')} AS pk FROM mentions`,
    links: `WITH k AS (SELECT COALESCE(a.duplicate_of, m.article_id) AS g_root, m.code AS g_code, m.source AS g_source, m.target AS g_target, ${pairKey('m.')} AS pk
                       FROM mentions m JOIN articles a ON a.id = m.article_id)
            SELECT DISTINCT g_root, g_code, g_source, g_target, pk FROM k
            WHERE (g_root, g_code, g_source, g_target) IN (SELECT g_root, g_code, g_source, g_target FROM k GROUP BY g_root, g_code, g_source, g_target HAVING COUNT(DISTINCT pk) > 1)`,
  };
}

/**
 * Merge partitions: the pair keys, joined when one wire-copy group spans several (a merge unit takes the block of
 * its first mention, so its keys must be merged together). Each partition is a sorted list of keys; partitions
 * come in the order of their first key.
 */
export function partitionPairKeys(keys: Iterable<string>, links: Iterable<Row>): string[][] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let x = k; x !== r; ) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  for (const k of keys) parent.set(k, k);
  const groups = new Map<string, string>();
  for (const r of links) {
    const pk = String(r.pk);
    if (!parent.has(pk)) parent.set(pk, pk);
    const g = JSON.stringify([r.g_root, r.g_code, r.g_source, r.g_target]);
    const first = groups.get(g);
    if (first === undefined) groups.set(g, pk);
    else {
      const a = find(first), b = find(pk);
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const parts = new Map<string, string[]>();
  for (const k of [...parent.keys()].sort()) {
    const r = find(k);
    const l = parts.get(r);
    if (l) l.push(k);
    else parts.set(r, [k]);
  }
  return [...parts.values()].sort((x, y) => (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : 0));
}

export function rowToEvent(r: Row): StoryEvent {
  return JSON.parse(String(r.data)) as StoryEvent;
}

export function fingerprintParams(f: Fingerprint): unknown[] {
  return [f.articleId, f.textHash, Buffer.from(f.signature.buffer, f.signature.byteOffset, f.signature.byteLength).toString('hex'), f.tokens, f.published];
}

export function rowToFingerprint(r: Row): Fingerprint {
  const buf = Buffer.from(String(r.signature), 'hex');
  const sig = new Uint32Array(buf.length / 4);
  for (let i = 0; i < sig.length; i++) sig[i] = buf.readUInt32LE(i * 4);
  const fp: Fingerprint = { articleId: String(r.article_id), textHash: String(r.text_hash), signature: sig, tokens: Number(r.tokens), published: s(r.published), duplicateOf: s(r.duplicate_of) };
  if (r.seq !== undefined && r.seq !== null) fp.seq = Number(r.seq);
  return fp;
}

/**
 * WHERE clause for an event filter over the events/mentions columns (prefix `p` = table alias with dot).
 * `ph(i)` renders the i-th placeholder (`?` for SQLite, `$i` for PostgreSQL).
 */
export function eventWhere(f: EventFilter | undefined, p: string, ph: (i: number) => string): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (v: unknown) => {
    params.push(v);
    return ph(params.length);
  };
  // LIKE patterns: the user's text is escaped so % and _ stay literal (ESCAPE works on SQLite and PostgreSQL).
  const like = (prefix: string) => `${add(prefix.replace(/[\\%_]/g, (c) => '\\' + c) + '%')} ESCAPE '\\'`;
  const actor = (code: string) => {
    const c = code.toUpperCase();
    return `(${p}source LIKE ${like(c)} OR ${p}target LIKE ${like(c)} OR ${p}source_country = ${add(c)} OR ${p}target_country = ${add(c)})`;
  };
  const side = (col: 'source' | 'target', code: string) => {
    const c = code.toUpperCase();
    return `(${p}${col} LIKE ${like(c)} OR ${p}${col}_country = ${add(c)})`;
  };
  if (f?.actor) parts.push(actor(f.actor));
  if (f?.dyad) {
    const [a, b] = f.dyad;
    parts.push(`((${side('source', a)} AND ${side('target', b)}) OR (${side('source', b)} AND ${side('target', a)}))`);
  }
  if (f?.from) parts.push(`${p}date_end >= ${add(f.from)}`);
  if (f?.to) parts.push(`${p}date_start <= ${add(f.to)}`);
  if (f?.code) parts.push(`${p}code LIKE ${like(f.code)}`);
  if (f?.articleId) parts.push(`${p}article_id = ${add(f.articleId)}`);
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/**
 * SQL of the writer's and the merge session's statements, shared by both engines. `pairKey` renders the pair-key
 * expression for a column prefix, `ph(i)` the i-th placeholder, `list(i)` an IN operand for a list of strings given
 * as the i-th parameter. Placeholders are numbered in the order they appear (SQLite binds `?` by position).
 */
export function sessionSql(pairKey: (p: string) => string, ph: (i: number) => string, list: (i: number) => string) {
  return {
    /** Fingerprints written after an order number, in order, with the article's current duplicateOf. */
    fingerprintsSince: `SELECT f.*, a.duplicate_of, a.seq FROM fingerprints f JOIN articles a ON a.id = f.article_id WHERE a.seq > ${ph(1)} ORDER BY a.seq`,
    movesSince: `SELECT from_id, to_id FROM copy_moves WHERE at_seq > ${ph(1)} ORDER BY at_seq`,
    /** Articles a move re-points: the old original and its duplicates (params: from, from, to). */
    movedIds: `SELECT id FROM articles WHERE (id = ${ph(1)} OR duplicate_of = ${ph(2)}) AND id <> ${ph(3)}`,
    /** params: to, from, from, to */
    move: `UPDATE articles SET duplicate_of = ${ph(1)} WHERE (id = ${ph(2)} OR duplicate_of = ${ph(3)}) AND id <> ${ph(4)}`,
    logMove: `INSERT INTO copy_moves (at_seq, from_id, to_id) VALUES (${ph(1)}, ${ph(2)}, ${ph(3)})`,
    /** Marks stale, at order number (param 1), the pair keys of the mentions of the articles listed (param 2). */
    markDirty: `INSERT INTO merge_dirty (pair_key, at_seq) SELECT DISTINCT ${pairKey('m.')}, CAST(${ph(1)} AS INTEGER) FROM mentions m WHERE m.article_id IN ${list(2)} ON CONFLICT DO NOTHING`,
    dirty: 'SELECT pair_key, at_seq FROM merge_dirty',
    allKeys: `SELECT DISTINCT ${pairKey('')} AS pk FROM mentions`,
    unpartitioned: `SELECT 1 AS x FROM events WHERE part = '' LIMIT 1`,
    partsOf: `SELECT pair_key, part FROM merge_keys WHERE pair_key IN ${list(1)}`,
    keysOfParts: `SELECT pair_key FROM merge_keys WHERE part IN ${list(1)}`,
    copyGroups: `WITH r AS (SELECT DISTINCT COALESCE(a.duplicate_of, a.id) AS root FROM mentions m JOIN articles a ON a.id = m.article_id WHERE ${pairKey('m.')} IN ${list(1)}),
                      c AS (SELECT root AS id FROM r UNION SELECT a.id FROM articles a WHERE a.duplicate_of IN (SELECT root FROM r))
                 SELECT DISTINCT COALESCE(a.duplicate_of, m.article_id) AS g_root, m.code AS g_code, m.source AS g_source, m.target AS g_target, ${pairKey('m.')} AS pk
                 FROM c JOIN articles a ON a.id = c.id JOIN mentions m ON m.article_id = a.id`,
    deleteEventsOf: `DELETE FROM events WHERE part IN ${list(1)}`,
    deleteKeysOf: `DELETE FROM merge_keys WHERE part IN ${list(1)}`,
    insertKey: `INSERT INTO merge_keys (pair_key, part) VALUES (${ph(1)}, ${ph(2)}) ON CONFLICT (pair_key) DO UPDATE SET part = excluded.part`,
    clearDirty: `DELETE FROM merge_dirty WHERE at_seq <= ${ph(1)}`,
    countEvents: 'SELECT COUNT(*) AS n FROM events',
  };
}

export type SessionSql = ReturnType<typeof sessionSql>;
