// Timeline17 (Tran et al. 2013) reader for evaluations: the articles of a topic (CSV `date,text`, Penn Treebank
// tokenized, one sentence per line), turned back into ordinary text, and the expert timeline (blocks of a YYYY-MM-DD
// line and that day's summary sentences, separated by dashed lines). Also date F1, the benchmark's date-selection
// score. Used by `npm run eval:timeline`; reusable by any evaluation that reads this benchmark's files. Reads nothing
// by itself at import time: callers pass paths or file contents.
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { findTimeExpressions } from '../../src/time/index.js';

/** PTB bracket tokens and escapes. */
const BRACKETS: Record<string, string> = { '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}' };

/** Clitics the tokenizer splits off the word before them. */
const CLITIC = /^(?:n't|'(?:s|re|ve|ll|d|m))$/i;
/** Punctuation that closes up to the word before it. */
const CLOSING = /^(?:[.,;:!?%)\]}]+|\.\.\.)$/;

/**
 * Undoes Penn Treebank tokenization of one sentence: bracket tokens (-LRB- …), `` '' and ` ' quotes, split clitics
 * ('s, n't, 're, 've, 'll, 'd, 'm; "ca n't", "wo n't", "can not"), escaped slashes and asterisks (\/ \*), spaces
 * before closing punctuation and after opening brackets, "$ 1" and "# 1" (PTB's pound sign) before an amount, a
 * plural possessive ("protesters ' demands"), and the full stop the tokenizer repeats after a final abbreviation
 * ("D.C. ." → "D.C.").
 */
export function detokenize(line: string): string {
  const toks = line.trim().split(/\s+/).filter(Boolean).map((t) => BRACKETS[t] ?? t.replace(/\\([/*])/g, '$1'));
  const out: string[] = [];
  /** The next token closes up to the last one (after an opening bracket, quote or currency sign). */
  let glueNext = false;
  /** A straight double quote opens (true) or closes (false). */
  let quoteOpens = true;
  /** A ` single quote is open. */
  let singleOpen = false;
  const glue = (s: string) => {
    if (out.length) out[out.length - 1] += s;
    else out.push(s);
  };
  for (let i = 0; i < toks.length; i++) {
    let t = toks[i]!;
    const prev = out.length ? out[out.length - 1]! : null;
    const next = toks[i + 1];
    if (t === '``' || (t === '"' && quoteOpens)) {
      if (glueNext) glue('"'); else out.push('"');
      glueNext = true;
      quoteOpens = false;
      continue;
    }
    if (t === "''" || t === '"') {
      glue('"');
      glueNext = false;
      quoteOpens = true;
      continue;
    }
    if (t === '`') {
      if (glueNext) glue("'"); else out.push("'");
      glueNext = true;
      singleOpen = true;
      continue;
    }
    if (t === "'" && singleOpen && prev !== null) {
      glue(t);
      glueNext = false;
      singleOpen = false;
      continue;
    }
    if (prev !== null && !glueNext) {
      if (CLITIC.test(t) || (t.toLowerCase() === 'not' && prev.toLowerCase() === 'can')) { glue(t); continue; }
      // a plural possessive: "protesters ' demands"
      if (t === "'" && /s$/i.test(prev) && next !== undefined && /^[\p{L}\p{N}]/u.test(next)) { glue(t); continue; }
      if (CLOSING.test(t)) {
        // the tokenizer repeats a sentence-final period after an abbreviation ("D.C. .")
        if (!(t === '.' && next === undefined && /\.$/.test(prev))) glue(t);
        continue;
      }
    }
    if (t === '#' && next !== undefined && /^\d/.test(next)) t = '£';
    if (glueNext) glue(t); else out.push(t);
    glueNext = /^[([{$£]$/.test(t);
  }
  return out.join(' ');
}

export interface Timeline17Article {
  /** Publication day, YYYY-MM-DD. */
  date: string;
  /** Sentences of the article, de-tokenized, in order. */
  sentences: string[];
}

/** Every data row of a topic's articles CSV as it stands: its date field and its text's lines, still tokenized (row
 *  and line indices are those of the file: evaluation sets refer to sentences by them). */
export function parseArticleRows(csv: string | Buffer): { date: string; lines: string[] }[] {
  const rows = parse(csv, { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
  return rows.map((r) => ({ date: (r.date ?? '').trim().slice(0, 10), lines: (r.text ?? '').split(/\r?\n/) }));
}

/** Reads a topic's `<topic>.articles.csv(.gz)` contents (CSV `date,text`; text one PTB sentence per line). */
export function parseArticles(csv: string | Buffer): Timeline17Article[] {
  const out: Timeline17Article[] = [];
  for (const r of parseArticleRows(csv)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.date)) continue;
    const sentences = r.lines.map(detokenize).filter((s) => s.length > 0);
    if (sentences.length) out.push({ date: r.date, sentences });
  }
  return out;
}

export interface TimelineDay {
  date: string;
  /** The expert's summary sentences for the day, de-tokenized. */
  sentences: string[];
}

/** Reads a topic's expert timeline: `YYYY-MM-DD` lines, each followed by its summary, blocks split by dashed lines. */
export function parseTimeline(text: string): TimelineDay[] {
  const days: TimelineDay[] = [];
  let cur: TimelineDay | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || /^-{5,}$/.test(line)) continue;
    if (/^\d{4}-\d{2}-\d{2}$/.test(line)) {
      cur = { date: line, sentences: [] };
      days.push(cur);
      continue;
    }
    if (cur) cur.sentences.push(...summaryLines(line).map(detokenize));
  }
  return days;
}

/** A summary line is a Python list literal of strings ("['a .', \"b 's .\"]") or plain text. */
function summaryLines(line: string): string[] {
  let s = line;
  if (/^".*"$/.test(s)) s = s.slice(1, -1).replace(/""/g, '"');
  if (!/^\[.*\]$/.test(s)) return [s];
  const items: string[] = [];
  const re = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
  for (let m; (m = re.exec(s)); ) items.push((m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
  return items.length ? items : [s];
}

/** The article as ingestable text: one sentence per line, as the benchmark gives it. */
export function articleText(a: Timeline17Article): string {
  return a.sentences.join('\n');
}

/** The folder of the development data: $TIMELINE17_DIR, else ../shared/data/timeline17-dev beside the repository. */
export function timeline17Dir(): string {
  if (process.env.TIMELINE17_DIR) return process.env.TIMELINE17_DIR;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return resolve(dir, '..', 'shared', 'data', 'timeline17-dev');
}

/** The articles of one topic ("egypt", "iraq") as ingestable records, in file order: text de-tokenized, one sentence
 *  per line (the data has lost the articles' paragraphs; a scrape's lines, each read as a short paragraph, are closer
 *  to them than one paragraph of fifty sentences). Throws naming the file when it is missing. */
export function readTimeline17(topic: string, dir: string = timeline17Dir()): { date: string; text: string }[] {
  const file = join(dir, `${topic}.articles.csv.gz`);
  if (!existsSync(file)) throw new Error(`${file}: not found (the Timeline17 development data is not shipped; set TIMELINE17_DIR)`);
  return parseArticles(gunzipSync(readFileSync(file))).map((a) => ({ date: a.date, text: articleText(a) }));
}

export function readTopicFiles(articlesPath: string, timelinePath: string): { articles: Timeline17Article[]; timeline: TimelineDay[] } {
  const raw = readFileSync(articlesPath);
  const csv = articlesPath.endsWith('.gz') ? gunzipSync(raw) : raw;
  return { articles: parseArticles(csv), timeline: parseTimeline(readFileSync(timelinePath, 'utf8')) };
}

/**
 * Date F1 of selected days against the expert's days: P = hits / selected, R = hits / expert, F1 their harmonic mean
 * (0 when nothing matches). Days are compared as YYYY-MM-DD strings; repeated days count once.
 */
export function dateF1(selected: Iterable<string>, expert: Iterable<string>): { precision: number; recall: number; f1: number; hits: number } {
  const sel = new Set(selected);
  const gold = new Set(expert);
  let hits = 0;
  for (const d of sel) if (gold.has(d)) hits++;
  const precision = sel.size ? hits / sel.size : 0;
  const recall = gold.size ? hits / gold.size : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, hits };
}

/** The `k` keys with the highest counts (ties: earlier key first), for the count baselines. */
export function topKeys(counts: Map<string, number>, k: number): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, k).map(([d]) => d);
}

// ---------- selections compared by the evaluation ----------

/** What the selections read of an event (the contract Event shape has these fields). */
export interface DatedEvent { date: { start: string; end: string; precision: string } | null; mentions: { articleId: string }[] }

/** Days by number of articles published on them. */
export function publicationCounts(articles: Timeline17Article[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const a of articles) n.set(a.date, (n.get(a.date) ?? 0) + 1);
  return n;
}

/** Days by number of sentences that refer to them: time expressions naming one day, resolved against the article's
 *  publication date by the time stage (a sentence counts once per day it names). */
export function sentenceReferenceCounts(articles: Timeline17Article[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const a of articles) {
    const text = articleText(a);
    const starts: number[] = [];
    let pos = 0;
    for (const s of a.sentences) { starts.push(pos); pos += s.length + 1; }
    const seen = new Set<string>();
    for (const e of findTimeExpressions(text, a.date)) {
      if (!e.interval || e.interval.start !== e.interval.end || (e.type !== 'DATE' && e.type !== 'TIME' && !e.anchored)) continue;
      let k = 0;
      while (k + 1 < starts.length && starts[k + 1]! <= e.start) k++;
      const key = k + '\u0001' + e.interval.start;
      if (seen.has(key)) continue;
      seen.add(key);
      n.set(e.interval.start, (n.get(e.interval.start) ?? 0) + 1);
    }
  }
  return n;
}

/** Storyline's ranking before the salience score: events by number of articles reporting them, one per day. */
export function byArticleCount(events: DatedEvent[], k: number): string[] {
  const best = new Map<string, number>();
  for (const e of events) {
    if (!e.date || e.date.precision !== 'day') continue;
    const n = new Set(e.mentions.map((m) => m.articleId)).size;
    const d = e.date.start;
    best.set(d, Math.max(best.get(d) ?? 0, n));
  }
  return topKeys(best, k);
}

/**
 * The best date F1 any one-event-per-day ranking of these events could reach: all event days that are expert days
 * selected first, then the others up to K (the coder's recall bounds it, not the ranking).
 */
export function eventDayCeiling(events: DatedEvent[], expert: string[]): number {
  const gold = new Set(expert);
  const days = new Set(events.filter((e) => e.date?.precision === 'day').map((e) => e.date!.start));
  const selected = Math.min(days.size, gold.size);
  return dateF1([...[...days].filter((d) => gold.has(d)), ...[...days].filter((d) => !gold.has(d))].slice(0, selected), expert).f1;
}
