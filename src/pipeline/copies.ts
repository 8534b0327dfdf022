// Which stored article each new one copies. Decided by the writer, inside the store's writer lock, in store order,
// after learning what other writers committed: concurrent ingests then make the same decisions as one ingest.
//
// Copies form groups (connected by near-duplicate matches); each group's original is its earliest copy: the earliest
// publication date (see compareAge), then the smallest article id. The id is a hash of the input's content, so the
// original does not depend on the order inputs arrive in, nor on which process ingested them.
import { DuplicateIndex, compareAge } from '../dedup/index.js';
import type { BatchItem, BatchPlan, Committed } from '../store/index.js';
import type { Fingerprint } from '../types.js';
import type { ProcessedDoc } from './process.js';

/** What the writer knows of stored copies: the duplicate index, each copy's original and publication date. */
export interface CopyBook {
  index: DuplicateIndex;
  dupOf: Map<string, string>;
  published: Map<string, string | null>;
  /** The store order number up to which the book has seen the store. */
  since: number;
}

export function newCopyBook(): CopyBook {
  return { index: new DuplicateIndex(), dupOf: new Map(), published: new Map(), since: 0 };
}

/** Adds stored articles' fingerprints (in store order) and other writers' re-pointed originals to the book. */
export function learn(book: CopyBook, committed: Committed): void {
  for (const fp of committed.fingerprints) addStored(book, fp);
  for (const [from, to] of committed.moves) move(book, from, to);
}

function addStored(book: CopyBook, fp: Fingerprint): void {
  book.index.add(fp);
  book.published.set(fp.articleId, fp.published);
  if (fp.duplicateOf) book.dupOf.set(fp.articleId, fp.duplicateOf);
  if (fp.seq !== undefined && fp.seq > book.since) book.since = fp.seq;
}

/** The original `from` and its copies now point at `to`. */
function move(book: CopyBook, from: string, to: string): void {
  for (const [k, v] of book.dupOf) if (v === from) book.dupOf.set(k, to);
  book.dupOf.set(from, to);
  book.dupOf.delete(to);
}

/** Negative when copy `a` is the earlier one (publication date, then id). */
export function compareCopies(a: { id: string; published: string | null }, b: { id: string; published: string | null }): number {
  return compareAge({ published: a.published }, { published: b.published }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Places a new article among the copies it matches: its group's original (null when it is the original itself).
 * Groups it bridges are joined, and an original replaced by an earlier copy is recorded in `moves`.
 */
export function placeCopy(book: CopyBook, id: string, published: string | null, matches: string[], moves: [string, string][]): string | null {
  book.published.set(id, published);
  const roots = new Set(matches.map((m) => book.dupOf.get(m) ?? m));
  roots.delete(id);
  if (!roots.size) return null;
  let first = { id, published };
  for (const r of roots) {
    const cand = { id: r, published: book.published.get(r) ?? null };
    if (compareCopies(cand, first) < 0) first = cand;
  }
  for (const r of roots) {
    if (r === first.id) continue;
    move(book, r, first.id);
    moves.push([r, first.id]);
  }
  if (first.id === id) return null;
  book.dupOf.set(id, first.id);
  return first.id;
}

/** The batch as the writer stores it, and which of its documents were new. Mutates the book. */
export function planBatch(book: CopyBook, docs: ProcessedDoc[]): { plan: BatchPlan; added: ProcessedDoc[] } {
  const items: BatchItem[] = [];
  const moves: [string, string][] = [];
  const added: ProcessedDoc[] = [];
  for (const d of docs) {
    const { article, fingerprint } = d;
    if (book.index.has(article.id)) {
      // Stored meanwhile by another writer: only the input is recorded.
      items.push({ inputKey: d.inputKey, article, mentions: [], fingerprint });
      continue;
    }
    const matches = book.index.findAll(fingerprint, d.shingles).map((m) => m.id);
    article.duplicateOf = placeCopy(book, article.id, article.published, matches, moves);
    book.index.add(fingerprint);
    items.push({ inputKey: d.inputKey, article, mentions: d.mentions, fingerprint });
    added.push(d);
  }
  return { plan: { items, moves }, added };
}
