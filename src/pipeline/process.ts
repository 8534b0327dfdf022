// The per-document work of ingest that needs no shared state: clean, fingerprint, code events. Runs in the main
// thread (one worker) or in pool threads (see pool.ts); the coder's data is loaded once per thread, on first import.
import { createHash } from 'node:crypto';
import type { Article, EventMention, RawDoc } from '../types.js';
import { cleanDocument } from '../clean/index.js';
import { initDedup, fingerprintWithShingles } from '../dedup/index.js';
import type { Fingerprint } from '../types.js';
import { codeWithinBudget } from './budget.js';
import { withDateText } from '../events/index.js';

/** A cleaned and coded document, before the writer decides whether it duplicates an earlier copy. */
export interface ProcessedDoc {
  inputKey: string;
  /** duplicateOf is null until the writer places the copy (see copies.ts). */
  article: Article;
  mentions: EventMention[];
  fingerprint: Fingerprint;
  /** Distinct shingles of the text (for the containment test of near-duplicate lookup). */
  shingles: number;
  /** Set when the time budget ran out: what was coded, in words. */
  partial?: string;
}

/** Default time budget of one document: past it, coding stops and the article is stored with its whole text. */
export const DOC_BUDGET_MS = 30_000;

export interface ProcessOptions {
  /** Time budget of the document in ms, counted from the start of its cleaning (default DOC_BUDGET_MS). */
  budgetMs?: number;
  /** How far the coding of a long document has got (share of its text). */
  onProgress?: (fraction: number) => void;
}

const formatChars = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} million characters` : `${n} characters`);

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

/**
 * Clean + fingerprint + code one document within its time budget (see codeWithinBudget): past it, the article keeps
 * its whole text and the events of the part coded, and `partial` says so. Throws with a clear message when nothing
 * usable is left.
 */
export function processDoc(raw: RawDoc, key: string, opts: ProcessOptions = {}): ProcessedDoc {
  const t0 = Date.now();
  const budget = opts.budgetMs ?? DOC_BUDGET_MS;
  const clean = cleanDocument(raw);
  if (!clean.text.trim()) throw new Error('no article text found after cleaning');
  const id = articleIdOf(key);
  const { fp, shingles } = fingerprintWithShingles(id, clean.text, clean.published);
  // The cleaned record becomes the article (same fields and order as a copy; spreading a big record is slow in V8).
  const article: Article = Object.assign(clean, { id, duplicateOf: null });
  const coding = codeWithinBudget({ text: article.text, title: article.title, published: article.published, language: article.language }, t0 + budget, opts.onProgress);
  const mentions = withDateText(coding.mentions, article.published, article.language ?? null);
  const done: ProcessedDoc = { inputKey: key, article, mentions, fingerprint: fp, shingles };
  if (!coding.complete) {
    done.partial = `the ${budget >= 1000 ? `${Math.round(budget / 1000)} s` : `${budget} ms`} time budget ran out after coding ${Math.floor((100 * coding.coded) / article.text.length)} % of its ${formatChars(article.text.length)}; stored with its whole text and the ${mentions.length} event mention${mentions.length === 1 ? '' : 's'} found so far`;
  }
  return done;
}
