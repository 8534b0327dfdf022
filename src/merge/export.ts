// Export of events and mentions as CSV (RFC 4180) or JSON Lines, with GDELT-like columns.
import type { Article, StoredMention, StoryEvent } from '../types.js';

// The one CSV writer of `storyline export` and the API's /api/export.csv.
/** A cell a spreadsheet would run as a formula: leading = + - @, tab or CR (a plain number is only a number). */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * RFC 4180 field: quoted when it holds a comma, a quote, CR or LF (quotes doubled). Article text is untrusted, so a
 * cell that a spreadsheet would run as a formula gets a leading apostrophe.
 */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  if (FORMULA.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a header row; lines end with CRLF as RFC 4180 says. */
export function csvTable(columns: readonly string[], rows: unknown[][]): string {
  return [columns.map(csvField).join(','), ...rows.map((r) => r.map(csvField).join(','))].join('\r\n') + '\r\n';
}

export const EVENT_COLUMNS = [
  'id', 'date', 'date_start', 'date_end', 'date_precision', 'source', 'source_country', 'target', 'target_country',
  'code', 'root', 'quad_class', 'goldstein', 'plover', 'num_mentions', 'num_articles', 'num_sources', 'first_reported',
  'background', 'source_url', 'summary',
] as const;

export type ExportRow = Record<string, string | number | boolean | null>;

export function eventRow(e: StoryEvent): ExportRow {
  const first = e.mentions.find((m) => m.url) ?? e.mentions[0];
  return {
    id: e.id,
    date: e.date ? e.date.start.replace(/-/g, '') : null,
    date_start: e.date?.start ?? null,
    date_end: e.date?.end ?? null,
    date_precision: e.date?.precision ?? null,
    source: e.source,
    source_country: e.sourceCountry,
    target: e.target,
    target_country: e.targetCountry,
    code: e.code,
    root: e.root,
    quad_class: e.quadClass,
    goldstein: e.goldstein,
    plover: e.plover,
    num_mentions: e.mentions.length,
    num_articles: new Set(e.mentions.map((m) => m.articleId)).size,
    num_sources: e.sources,
    first_reported: e.firstReported,
    background: e.background,
    source_url: first ? first.url ?? first.origin : null,
    summary: e.summary.replace(/\s+/g, ' ').trim(),
  };
}

export const MENTION_COLUMNS = [
  'mention_id', 'event_id', 'article_id', 'origin', 'url', 'published', 'date_start', 'date_end', 'date_precision',
  'source', 'source_country', 'target', 'target_country', 'code', 'root', 'quad_class', 'goldstein', 'confidence', 'sentence',
] as const;

const mentionKey = (articleId: string, sentence: string) => articleId + '\u0001' + sentence;

/** Mention rows, each linked to the event that holds it (by article and sentence). */
export function mentionRows(mentions: StoredMention[], events: StoryEvent[]): ExportRow[] {
  const eventOf = new Map<string, string>();
  for (const e of events) for (const m of e.mentions) eventOf.set(mentionKey(m.articleId, m.sentence), e.id);
  return mentions.map((m) => ({
    mention_id: m.id,
    event_id: eventOf.get(mentionKey(m.articleId, m.sentence)) ?? null,
    article_id: m.articleId,
    origin: m.origin,
    url: m.url,
    published: m.published,
    date_start: m.date?.start ?? null,
    date_end: m.date?.end ?? null,
    date_precision: m.date?.precision ?? null,
    source: m.source,
    source_country: m.sourceCountry,
    target: m.target,
    target_country: m.targetCountry,
    code: m.code,
    root: m.root,
    quad_class: m.quadClass,
    goldstein: m.goldstein,
    confidence: m.confidence,
    sentence: m.sentence.replace(/\s+/g, ' ').trim(),
  }));
}

export function toCsv(rows: ExportRow[], columns: readonly string[]): string {
  return csvTable(columns, rows.map((r) => columns.map((c) => r[c] ?? null)));
}

export function toJsonl(rows: unknown[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
}

/** The contract's Event shape (key order as in the contract), with the merge stage's extra fields after it. */
export function contractEvent(e: StoryEvent) {
  return {
    id: e.id, date: e.date, source: e.source, sourceCountry: e.sourceCountry, target: e.target, targetCountry: e.targetCountry,
    code: e.code, root: e.root, plover: e.plover, goldstein: e.goldstein, quadClass: e.quadClass, summary: e.summary,
    mentions: e.mentions.map((m) => ({
      articleId: m.articleId, origin: m.origin, sentence: m.sentence, url: m.url, published: m.published, outlet: m.outlet ?? null,
      triggerSpan: m.triggerSpan ?? null, sourceSpan: m.sourceSpan ?? null, targetSpan: m.targetSpan ?? null,
    })),
    sources: e.sources, background: e.background, firstReported: e.firstReported, alternatives: e.alternatives ?? [],
  };
}

/** The contract's Article shape (internal fields such as removals stay out of `articles --json`). */
export function toContractArticle(a: Article) {
  return {
    id: a.id, origin: a.origin, url: a.url, source: a.source, siteName: a.siteName, title: a.title, description: a.description,
    author: a.author, published: a.published, publishedFrom: a.publishedFrom, pageDate: a.pageDate, modified: a.modified, language: a.language,
    text: a.text, duplicateOf: a.duplicateOf,
  };
}

/** The contract's Mention shape. */
export function toContractMention(m: StoredMention) {
  return {
    id: m.id, articleId: m.articleId, origin: m.origin, url: m.url, published: m.published,
    source: m.source, sourceCountry: m.sourceCountry, target: m.target, targetCountry: m.targetCountry,
    code: m.code, root: m.root, plover: m.plover, goldstein: m.goldstein, quadClass: m.quadClass, date: m.date,
    dateFrom: m.dateFrom ?? null, dateText: m.dateText ?? null, sentence: m.sentence, sentenceStart: m.sentenceStart ?? null, trigger: m.trigger ?? null,
    sourceSpan: m.sourceSpan ?? null, targetSpan: m.targetSpan ?? null, triggerSpan: m.triggerSpan ?? null, confidence: m.confidence,
  };
}
