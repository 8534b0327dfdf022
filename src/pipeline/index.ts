// The ingest pipeline: read → clean → dedup → code events → store (one transaction per batch) → merge events.
//
// Threads: reading, input keys, near-duplicate decisions and storage run in the calling thread, in input order;
// cleaning, fingerprinting and coding (nearly all the work) run in `workers` threads (pool.ts) and come back in input
// order. So any number of workers gives the same store as one: the same article ids, duplicates and events.
// Processes: each batch is decided and committed inside the store's writer lock after learning what other writers
// committed (copies.ts), and the merge recomputes only stale partitions inside the merge lock (merge.ts); so several
// ingests into one store give the store of one ingest over the same inputs.
// Memory holds the batches in flight plus the duplicate index (signatures only).
import type { InputError } from '../types.js';
import { readInputs, expandPath, totalSize, type IngestItem } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import { learn, newCopyBook, planBatch, type CopyBook } from './copies.js';
import { mergeStale } from './merge.js';
import { defaultWorkers, openProcessor, type Processor } from './pool.js';
import { inputKey, type ProcessedDoc } from './process.js';

export { inputKey, processDoc, articleIdOf, DOC_BUDGET_MS, type ProcessedDoc, type ProcessOptions } from './process.js';
export { newCopyBook, placeCopy, planBatch, learn, compareCopies, type CopyBook } from './copies.js';
export { remerge, mergeStale } from './merge.js';
export { runJobs } from './jobs.js';
export { withDateText } from '../events/index.js';
export { defaultWorkers, openProcessor, type Processor } from './pool.js';

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
  /** Threads that clean and code (default 1: the calling thread). 'auto': one per core, or the calling thread alone
   *  for inputs too small to repay starting threads (each loads the coder's data). */
  workers?: number | 'auto';
  /** A processor to reuse across calls (`workers` is then ignored; the caller closes it). */
  processor?: Processor;
  /** A copy book to reuse across calls on the same store (kept up to date by each batch; default: loaded from the
   *  store, which reads every stored fingerprint). */
  book?: CopyBook;
  onProgress?: (p: IngestProgress) => void;
  onError?: (e: InputError) => void;
  /** A document stored with only part of its text coded (its time budget ran out). */
  onWarning?: (e: InputError) => void;
  /** Time budget of one document (cleaning and coding), in ms (default DOC_BUDGET_MS). */
  docBudgetMs?: number;
  /** Skip the merge step (bench of single stages). */
  noMerge?: boolean;
}

/** Loads the copy book from the store: every stored fingerprint, in store order. */
export async function loadCopyBook(store: Store): Promise<CopyBook> {
  const book = newCopyBook();
  learn(book, { fingerprints: await store.allFingerprints(), moves: [] });
  return book;
}

export async function ingest(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const files: string[] = [];
  for (const p of paths) files.push(...(await expandPath(p)).files);
  const bytesTotal = await totalSize(files);
  const workers = opts.workers === 'auto' ? autoWorkers(bytesTotal, files.includes('-')) : opts.workers;
  return ingestItems(store, readInputs(paths, { stdin: opts.stdin }), { ...opts, workers, bytesTotal });
}

/** Inputs below this size are ingested in the calling thread by `workers: 'auto'`: thread start-up (a second or two
 *  per thread) would cost more than it saves. */
export const SMALL_INPUT_BYTES = 1024 * 1024;

/** One thread per core, except for small inputs (stdin's size is unknown: cores). */
export function autoWorkers(bytesTotal: number, stdin = false): number {
  return !stdin && bytesTotal < SMALL_INPUT_BYTES ? 1 : defaultWorkers();
}

/** Ingests documents from any source of input items (files, a feed, a watched folder), in their order. */
export async function ingestItems(store: Store, items: AsyncIterable<IngestItem>, opts: IngestOptions & { bytesTotal?: number } = {}): Promise<IngestSummary> {
  const t0 = Date.now();
  const batchSize = opts.batchSize ?? 200;
  const processor = opts.processor ?? (await openProcessor(opts.workers === 'auto' ? defaultWorkers() : (opts.workers ?? 1)));
  // Documents in flight: enough to keep every thread busy while the writer stores a batch.
  const inFlight = Math.max(4, processor.threads * 8);
  const summary: IngestSummary = { partial: [], added: 0, duplicates: 0, skipped: 0, errors: [], mentions: 0, events: 0, elapsedMs: 0 };
  const bytesTotal = opts.bytesTotal ?? 0;
  const report = (e: InputError) => {
    summary.errors.push(e);
    opts.onError?.(e);
  };
  try {
    const book = opts.book ?? (await loadCopyBook(store));
    const seen = new Set<string>();
    const pending: { origin: string; done: Promise<ProcessedDoc> }[] = [];
    let batch: ProcessedDoc[] = [];
    let bytesDoneFiles = 0;
    let currentFile = '';
    let currentBytes = 0;
    const progress = () =>
      // Articles processed so far: stored, or waiting in the batch for the next commit.
      opts.onProgress?.({ articles: summary.added + batch.length, skipped: summary.skipped, errors: summary.errors.length, bytesDone: bytesDoneFiles + currentBytes, bytesTotal, elapsedMs: Date.now() - t0 });
    const flush = async () => {
      if (!batch.length) return;
      const docs = batch;
      batch = [];
      let added: ProcessedDoc[] = [];
      book.since = await store.writeBatch(book.since, (committed) => {
        learn(book, committed);
        const planned = planBatch(book, docs);
        added = planned.added;
        return planned.plan;
      });
      summary.added += added.length;
      summary.skipped += docs.length - added.length;
      for (const d of added) {
        if (d.article.duplicateOf) summary.duplicates++;
        summary.mentions += d.mentions.length;
      }
    };
    // The oldest document in flight, in input order.
    const settleOne = async () => {
      const { origin, done } = pending.shift()!;
      try {
        const doc = await done;
        if (doc.partial) {
          const w = { origin, message: doc.partial };
          summary.partial.push(w);
          opts.onWarning?.(w);
        }
        batch.push(doc);
      } catch (e) {
        report({ origin, message: (e as Error).message });
      }
      if (batch.length >= batchSize) await flush();
      progress();
    };
    for await (const item of items) {
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
          const origin = item.doc.origin;
          const onProgress = opts.onProgress
            ? (fraction: number) => opts.onProgress!({ current: { origin, fraction }, articles: summary.added + batch.length, skipped: summary.skipped, errors: summary.errors.length, bytesDone: bytesDoneFiles + currentBytes, bytesTotal, elapsedMs: Date.now() - t0 })
            : undefined;
          const done = processor.run(item.doc, key, { budgetMs: opts.docBudgetMs, onProgress });
          done.catch(() => {}); // handled in order by settleOne
          pending.push({ origin: item.doc.origin, done });
          while (pending.length >= inFlight) await settleOne();
        }
      }
      progress();
    }
    while (pending.length) await settleOne();
    await flush();
  } finally {
    if (!opts.processor) await processor.close();
  }
  if (!opts.noMerge && (summary.added > 0 || summary.skipped > 0)) summary.events = await mergeStale(store);
  summary.elapsedMs = Date.now() - t0;
  return summary;
}
