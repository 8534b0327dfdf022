// A pool thread of `storyline ingest --workers N`: loads the cleaner, the time resolver and the event coder (with their
// data) once, when the thread starts, then cleans, fingerprints and codes one document per task.
import type { MessagePort } from 'node:worker_threads';
import type { RawDoc } from '../types.js';
import { initProcessing, processDoc, type ProcessedDoc } from './process.js';

await initProcessing();

export interface Task {
  raw: RawDoc;
  key: string;
  /** The document's time budget in ms (default: processDoc's). */
  budgetMs?: number;
  /** Where the share of a long document coded so far is posted (a number per piece). */
  progress?: MessagePort;
}

/** A task, or null: the warm-up call that returns once the thread has loaded everything (see pool.ts). */
export default function work(task: Task | null): ProcessedDoc | null {
  if (!task) return null;
  const { progress } = task;
  try {
    return processDoc(task.raw, task.key, { budgetMs: task.budgetMs, onProgress: progress ? (f) => progress.postMessage(f) : undefined });
  } finally {
    progress?.close();
  }
}
