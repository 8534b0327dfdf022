// Where documents are cleaned and coded: in the calling thread (one worker), or in a pool of worker threads
// (piscina) that each load the coder's data once. Results come back in submission order whatever the threads' speed
// (the caller awaits them first in, first out), so the writer sees documents in input order.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import type { RawDoc } from '../types.js';
import type { ProcessedDoc, ProcessOptions } from './process.js';

export interface Processor {
  /** Threads doing the work (1: the calling thread). */
  readonly threads: number;
  /** Processes one document; `opts.onProgress` hears how far a long one has got, from whichever thread codes it. */
  run(raw: RawDoc, key: string, opts?: ProcessOptions): Promise<ProcessedDoc>;
  close(): Promise<void>;
}

/** The default number of workers: the cores this process may use. */
export const defaultWorkers = (): number => availableParallelism();

/** The worker module next to this one (worker.js when built, worker.ts when run from source). */
function workerFile(): string {
  const self = fileURLToPath(import.meta.url);
  return self.replace(/pool\.([cm]?[jt]s)$/, 'worker.$1');
}

export async function openProcessor(workers: number): Promise<Processor> {
  if (workers <= 1) {
    const { initProcessing, processDoc } = await import('./process.js');
    await initProcessing();
    return { threads: 1, run: async (raw, key, opts) => processDoc(raw, key, opts), close: async () => {} };
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina({ filename: workerFile(), minThreads: workers, maxThreads: workers, idleTimeout: 60_000, concurrentTasksPerWorker: 1 });
  // One warm-up call per thread (each idle thread takes one): resolves when every thread has loaded the cleaner's and
  // the coder's data, so the start-up is paid here, once per thread, and not by the first articles.
  try {
    await Promise.all(Array.from({ length: workers }, () => pool.run(null)));
  } catch (e) {
    await pool.destroy();
    throw e;
  }
  return {
    threads: workers,
    run: async (raw, key, opts = {}) => {
      if (!opts.onProgress) return (await pool.run({ raw, key, budgetMs: opts.budgetMs })) as ProcessedDoc;
      // The thread posts the share coded of a long document on a port of its own.
      const { port1, port2 } = new MessageChannel();
      const hear = opts.onProgress;
      port1.on('message', (f: number) => hear(f));
      try {
        return (await pool.run({ raw, key, budgetMs: opts.budgetMs, progress: port2 }, { transferList: [port2] })) as ProcessedDoc;
      } finally {
        port1.close();
      }
    },
    close: () => pool.destroy(),
  };
}
