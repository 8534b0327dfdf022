// The per-document work of ingest that needs no shared state: clean, fingerprint, code events. Runs in the main
// thread (one worker) or in pool threads (see pool.ts); the coder's data is loaded once per thread, on first import.
import { createHash } from 'node:crypto';
import type { Article, EventMention, RawDoc } from '../types.js';
import { cleanDocument } from '../clean/index.js';
import { initDedup, fingerprintWithShingles } from '../dedup/index.js';
import { codeArticle } from '../events/index.js';
import type { Fingerprint } from '../store/types.js';

/** A cleaned and coded document, before the writer decides whether it duplicates an earlier copy. */
export interface ProcessedDoc {
  inputKey: string;
  /** duplicateOf is null until the writer places the copy (see copies.ts). */
  article: Article;
  mentions: EventMention[];
  fingerprint: Fingerprint;
  /** Distinct shingles of the text (for the containment test of near-duplicate lookup). */
  shingles: number;
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

/** The article id of an input key. */
export const articleIdOf = (key: string): string => key.slice(0, 16);

/** Loads what processDoc needs that is asynchronous (the hash function's WebAssembly); once per thread. */
export const initProcessing = initDedup;

/** Clean + fingerprint + code one document. Throws with a clear message when nothing usable is left. */
export function processDoc(raw: RawDoc, key: string): ProcessedDoc {
  const clean = cleanDocument(raw);
  if (!clean.text.trim()) throw new Error('no article text found after cleaning');
  const id = articleIdOf(key);
  const { fp, shingles } = fingerprintWithShingles(id, clean.text, clean.published);
  // The cleaned record becomes the article (same fields and order as a copy; spreading a big record is slow in V8).
  const article: Article = Object.assign(clean, { id, duplicateOf: null });
  const mentions = codeArticle({ text: article.text, title: article.title, published: article.published, language: article.language });
  return { inputKey: key, article, mentions, fingerprint: fp, shingles };
}
