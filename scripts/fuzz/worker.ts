// One fuzzing worker: generates the cases of one target (fast-check, from a seed), runs them, and tells the main
// thread when each case starts and ends, so that the main thread can stop a case that hangs.
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { targetNamed } from './targets.js';

export interface WorkerJob {
  target: string;
  seed: number;
  /** Index of the first case to run (cases are generated in batches of BATCH from `seed`). */
  from: number;
  to: number;
}

export type WorkerMessage =
  | { type: 'start'; i: number }
  | { type: 'done'; i: number; ms: number; error?: string }
  | { type: 'end' };

export const BATCH = 500;

/** The cases [batch * BATCH, (batch + 1) * BATCH) of a target: the same values whenever they are generated again. */
export function batchOf(target: string, seed: number, batch: number): unknown[] {
  return fc.sample(targetNamed(target).arbitrary(), { numRuns: BATCH, seed: seed + batch * 7919 });
}

async function run(job: WorkerJob): Promise<void> {
  // warcio reports malformed records on console.warn; the reader names them itself
  console.warn = () => {};
  const target = targetNamed(job.target);
  let batch = -1;
  let cases: unknown[] = [];
  for (let i = job.from; i < job.to; i++) {
    const b = Math.floor(i / BATCH);
    if (b !== batch) { batch = b; cases = batchOf(job.target, job.seed, b); }
    parentPort!.postMessage({ type: 'start', i } satisfies WorkerMessage);
    const t0 = performance.now();
    let error: string | undefined;
    try {
      await target.check(cases[i % BATCH]);
    } catch (e) {
      error = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
    }
    parentPort!.postMessage({ type: 'done', i, ms: performance.now() - t0, ...(error ? { error } : {}) } satisfies WorkerMessage);
  }
  parentPort!.postMessage({ type: 'end' } satisfies WorkerMessage);
}

if (parentPort && workerData) void run(workerData as WorkerJob);
