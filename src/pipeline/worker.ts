// A pool thread of `storyline ingest --workers N`: loads the cleaner, the time resolver and the event coder (with their
// data) once, when the thread starts, then cleans, fingerprints and codes one document per task.
import type { RawDoc } from '../types.js';
import { initProcessing, processDoc, type ProcessedDoc } from './process.js';

await initProcessing();

export interface Task {
  raw: RawDoc;
  key: string;
}

export default function work(task: Task): ProcessedDoc {
  return processDoc(task.raw, task.key);
}
