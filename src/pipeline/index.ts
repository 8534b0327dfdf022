// The ingest pipeline: read → clean → dedup → code events → store (one transaction per batch) → merge events.
// Streams documents; memory holds one batch plus the duplicate index (signatures only).
import { createHash } from 'node:crypto';
import type { Article, EventMention, InputError, RawDoc, StoryEvent } from '../types.js';
import { readInputs, expandPath, totalSize } from '../ingest/index.js';
import { cleanDocument } from '../clean/index.js';
import { initDedup, fingerprintWithShingles, DuplicateIndex, compareAge } from '../dedup/index.js';
import { codeWithinBudget } from './budget.js';
import { mergeMentions, timelineKey } from '../merge/index.js';
import { withDateText } from './date-text.js';
import type { Fingerprint, Store } from '../store/types.js';

export interface IngestProgress {
  /** The document being coded, when a long one reports how far it has got. */
  current?: { origin: string; fraction: number };
  articles: number;
  skipped: number;
  errors: number;
  bytesDone: number;
  bytesTotal: number;
  elapsedMs: number;
}

/** Default time budget of one document: past it, coding stops and the article is stored with its whole text. */
export const DOC_BUDGET_MS = 30_000;

export interface IngestSummary {
  /** Documents stored with their whole text but events from only the part coded within the time budget. */
  partial: InputError[];
  added: number;
  duplicates: number;
  skipped: number;
  errors: InputError[];
  mentions: number;
  events: number;
  elapsedMs: number;
}

export interface IngestOptions {
  stdin?: NodeJS.ReadableStream;
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
  onError?: (e: InputError) => void;
  /** A document stored with only part of its text coded (its time budget ran out). */
  onWarning?: (e: InputError) => void;
  /** Time budget of one document (cleaning and coding), in ms (default DOC_BUDGET_MS). */
  docBudgetMs?: number;
  /** Skip the merge step (bench of single stages). */
  noMerge?: boolean;
}

/** Key of an input's content: the same document ingested again (from any path) adds nothing. */
export function inputKey(raw: RawDoc): string {
  const h = createHash('sha256');
  for (const v of [raw.text ?? '', raw.html ?? '', raw.url ?? '', raw.title ?? '', raw.published ?? '', raw.source ?? '']) {
    h.update(v);
    h.update('\u0000');
  }
  return h.digest('hex');
}

export interface ProcessedDoc {
  inputKey: string;
  article: Article;
  mentions: EventMention[];
  fingerprint: Fingerprint;
  /** Set when the time budget ran out: what was coded, in words. */
  partial?: string;
}

export interface ProcessOptions {
  /** Time budget of the document in ms, counted from the start of its cleaning (default DOC_BUDGET_MS). */
  budgetMs?: number;
  /** How far the coding of a long document has got (share of its text). */
  onProgress?: (fraction: number) => void;
}

/** Clean + fingerprint + code one document. Throws with a clear message when nothing usable is left. */
/** What the pipeline knows of stored copies: each duplicate's original, each article's publication date. */
export interface CopyBook {
  dupOf: Map<string, string>;
  published: Map<string, string | null>;
  /** Originals replaced by an earlier copy found later: [old original, new original]. */
  repoints: [string, string][];
}

export function newCopyBook(): CopyBook {
  return { dupOf: new Map(), published: new Map(), repoints: [] };
}

/** Decides `duplicateOf` so that it always names the earliest copy (by publication date, then ingest order). */
function placeCopy(id: string, published: string | null, foundId: string | null, book: CopyBook): string | null {
  book.published.set(id, published);
  if (!foundId) return null;
  // The copy found may itself duplicate an earlier one: use the root of the chain.
  const root = book.dupOf.get(foundId) ?? foundId;
  const rootPublished = book.published.get(root) ?? null;
  if (compareAge({ published, order: 1 }, { published: rootPublished, order: 0 }) < 0) {
    // The new copy is older than the stored original: it becomes the original.
    for (const [k, v] of book.dupOf) if (v === root) book.dupOf.set(k, id);
    book.dupOf.set(root, id);
    book.repoints.push([root, id]);
    return null;
  }
  book.dupOf.set(id, root);
  return root;
}

export function processDoc(raw: RawDoc, key: string, index: DuplicateIndex, book: CopyBook, opts: ProcessOptions = {}): ProcessedDoc {
  const t0 = Date.now();
  const budget = opts.budgetMs ?? DOC_BUDGET_MS;
  const clean = cleanDocument(raw);
  if (!clean.text.trim()) throw new Error('no article text found after cleaning');
  const id = key.slice(0, 16);
  const { fp, shingles } = fingerprintWithShingles(id, clean.text, clean.published);
  const dup = index.find(fp, shingles);
  const duplicateOf = placeCopy(id, clean.published, dup ? dup.id : null, book);
  // The cleaned record becomes the article (same fields and order as a copy; spreading a big record is slow in V8).
  const article: Article = Object.assign(clean, { id, duplicateOf });
  index.add(fp);
  const coding = codeWithinBudget({ text: article.text, title: article.title, published: article.published }, t0 + budget, opts.onProgress);
  const mentions = withDateText(coding.mentions, article.published);
  const done: ProcessedDoc = { inputKey: key, article, mentions, fingerprint: fp };
  if (!coding.complete) {
    done.partial = `the ${budget >= 1000 ? `${Math.round(budget / 1000)} s` : `${budget} ms`} time budget ran out after coding ${Math.floor((100 * coding.coded) / article.text.length)} % of its ${formatChars(article.text.length)}; stored with its whole text and the ${mentions.length} event mention${mentions.length === 1 ? '' : 's'} found so far`;
  }
  return done;
}

const formatChars = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} million characters` : `${n} characters`);

export async function ingest(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = Date.now();
  const batchSize = opts.batchSize ?? 200;
  await initDedup();
  const index = new DuplicateIndex();
  const book = newCopyBook();
  for (const fp of await store.allFingerprints()) {
    index.add(fp);
    book.published.set(fp.articleId, fp.published);
    if (fp.duplicateOf) book.dupOf.set(fp.articleId, fp.duplicateOf);
  }

  const files: string[] = [];
  for (const p of paths) files.push(...(await expandPath(p)).files);
  const bytesTotal = await totalSize(files);

  const summary: IngestSummary = { partial: [], added: 0, duplicates: 0, skipped: 0, errors: [], mentions: 0, events: 0, elapsedMs: 0 };
  const seen = new Set<string>();
  let batch: ProcessedDoc[] = [];
  let bytesDoneFiles = 0;
  let currentFile = '';
  let currentBytes = 0;
  const report = (e: InputError) => {
    summary.errors.push(e);
    opts.onError?.(e);
  };
  const flush = async () => {
    if (!batch.length) return;
    await store.saveBatch(batch);
    batch = [];
    for (const [from, to] of book.repoints) await store.repointDuplicates(from, to);
    book.repoints = [];
  };
  for await (const item of readInputs(paths, { stdin: opts.stdin })) {
    if (item.file !== currentFile) {
      bytesDoneFiles += currentBytes;
      currentFile = item.file;
      currentBytes = 0;
    }
    currentBytes = item.bytesRead;
    if (item.error) report(item.error);
    else if (item.doc) {
      const key = inputKey(item.doc);
      if (seen.has(key) || (await store.hasInput(key))) summary.skipped++;
      else {
        seen.add(key);
        try {
          const origin = item.doc.origin;
          const onProgress = (fraction: number) =>
            opts.onProgress?.({ current: { origin, fraction }, articles: summary.added, skipped: summary.skipped, errors: summary.errors.length, bytesDone: bytesDoneFiles + currentBytes, bytesTotal, elapsedMs: Date.now() - t0 });
          const done = processDoc(item.doc, key, index, book, { budgetMs: opts.docBudgetMs, onProgress });
          if (done.partial) {
            const w = { origin, message: done.partial };
            summary.partial.push(w);
            opts.onWarning?.(w);
          }
          batch.push(done);
          summary.added++;
          if (done.article.duplicateOf) summary.duplicates++;
          summary.mentions += done.mentions.length;
        } catch (e) {
          report({ origin: item.doc.origin, message: (e as Error).message });
        }
        if (batch.length >= batchSize) await flush();
      }
    }
    opts.onProgress?.({ articles: summary.added, skipped: summary.skipped, errors: summary.errors.length, bytesDone: bytesDoneFiles + currentBytes, bytesTotal, elapsedMs: Date.now() - t0 });
  }
  await flush();
  if (!opts.noMerge && (summary.added > 0 || summary.skipped > 0)) summary.events = await remerge(store);
  summary.elapsedMs = Date.now() - t0;
  return summary;
}

/**
 * Recomputes the merged events from every stored mention; returns their number. Streams: one merge partition
 * (a set of actor pairs, see Store.mentionPartitions) is read, merged and written at a time, so memory holds the
 * largest partition rather than every mention. The events are those of mergeMentions over all the mentions, in
 * timeline order.
 */
export async function remerge(store: Store): Promise<number> {
  const partitions = await store.mentionPartitions();
  let n = 0;
  async function* merged(): AsyncGenerator<StoryEvent[]> {
    for (const keys of partitions) {
      const events = mergeMentions(await store.listPartitionMentions(keys));
      n += events.length;
      yield events;
    }
  }
  await store.replaceEventsStream(merged(), timelineKey);
  return n;
}
