// A pool thread of `storyline ingest --workers N`: loads the cleaner, the time resolver and the event coder (with their
// data) once, when the thread starts, then cleans, fingerprints and codes one document per task.
import type { RawDoc } from '../types.js';
import { initProcessing, processDoc, type ProcessedDoc } from './process.js';

await initProcessing();

export interface Task {
  raw: RawDoc;
  key: string;
}

/** A task, or null: the warm-up call that returns once the thread has loaded everything (see pool.ts). */
export default function work(task: Task | null): ProcessedDoc | null {
  return task ? processDoc(task.raw, task.key) : null;
}
