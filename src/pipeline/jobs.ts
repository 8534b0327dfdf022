// `storyline worker`: takes ingest jobs from the PostgreSQL queue (src/queue) one after another and ingests each
// into the store, with the same pipeline (and thread pool) as `storyline ingest`.
import type { InputError } from '../types.js';
import { readBytes, type IngestItem } from '../ingest/index.js';
import type { Job, JobQueue } from '../queue/index.js';
import type { Store } from '../store/index.js';
import { ingestItems, loadCopyBook, type IngestSummary } from './index.js';
import type { Processor } from './pool.js';

export interface WorkerOptions {
  processor: Processor;
  /** Stop when no job is left (default: wait for more). */
  exitWhenEmpty?: boolean;
  /** How long to wait before looking for jobs again when there is none. */
  pollMs?: number;
  signal?: AbortSignal;
  batchSize?: number;
  onJob?: (job: Job, s: IngestSummary) => void;
  onError?: (job: Job, e: InputError) => void;
  onFailure?: (job: Job, message: string) => void;
}

/** The documents of a job's files, in order. */
async function* jobItems(queue: JobQueue, job: Job): AsyncGenerator<IngestItem> {
  for await (const f of queue.files(job)) yield* readBytes(f.origin, f.bytes);
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(t); resolve(); }, { once: true });
  });

/** Runs jobs until the signal aborts (or the queue is empty, with exitWhenEmpty); returns the number of jobs done. */
export async function runJobs(store: Store, queue: JobQueue, opts: WorkerOptions): Promise<number> {
  let done = 0;
  // One duplicate index for every job: loaded once, then brought up to date by each batch.
  let book = await loadCopyBook(store);
  while (!opts.signal?.aborted) {
    const job = await queue.claim();
    if (!job) {
      if (opts.exitWhenEmpty) break;
      await sleep(opts.pollMs ?? 2000, opts.signal);
      continue;
    }
    let last = 0;
    try {
      const s = await ingestItems(store, jobItems(queue, job), {
        processor: opts.processor,
        book,
        batchSize: opts.batchSize,
        onError: (e) => opts.onError?.(job, e),
        onProgress: (p) => {
          if (Date.now() - last < 2000) return;
          last = Date.now();
          queue.progress(job, { added: p.articles, skipped: p.skipped, errors: p.errors }).catch(() => {});
        },
      });
      await queue.finish(job, { added: s.added, skipped: s.skipped, errors: s.errors.length }, s.errors.length ? s.errors.slice(0, 20).map((e) => `${e.origin}: ${e.message}`).join('\n') : null);
      done++;
      opts.onJob?.(job, s);
    } catch (e) {
      const message = (e as Error).message;
      opts.onFailure?.(job, message);
      await queue.fail(job, message);
      // The book may hold decisions of a batch that was rolled back: start again from the store.
      book = await loadCopyBook(store);
    }
  }
  return done;
}
