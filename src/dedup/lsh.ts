// Duplicate index: exact hashes + LSH banding over MinHash signatures, then an estimated-Jaccard / containment
// check. Hand-written (see minhash.ts for why); keeps only signatures, never text.
//
// ─── Parameters ────────────────────────────────────────────────────────────────────────────────────────────
//  shingles      5-word shingles, 128 MinHash values (minhash.ts).
//  bands × rows  42 × 3 (values 0–125). Two documents become candidates when any band agrees:
//                P(candidate | J) = 1 − (1 − J³)^42, an S-curve with its threshold (1/b)^(1/r) ≈ 0.29.
//  extra bands   16 × 2 over values 0–31: a second, lower-threshold band set (threshold ≈ 0.25) — the
//                containment route. Truncated copies have J ≈ kept fraction (half an article → J ≈ 0.5, 30 % →
//                0.3), and the classic 32 × 4 banding (threshold ≈ 0.42) misses 13 % of half-truncations.
//                Every aligned pair lies inside a triple, so together:
//                P(candidate | J) = 1 − (1 − J²)^16 · (1 − J³)^31
//                        J:   0.05   0.10   0.20   0.30   0.40   0.50    0.60
//                 42×3 only:  0.005  0.041  0.29   0.68   0.94   0.996   1.000
//                 with 16×2:  0.043  0.17   0.59   0.91   0.992  0.9998  1.000
//                Articles on the same story that are not copies have J ≈ 0.02–0.10 (shared quotes); the extra
//                candidates cost one 128-value comparison each. Memory ≈ 2.3 kB of postings per article
//                (58 small-integer Map entries) on top of the 512-byte signature.
//  nearJaccard   0.5: estimated Jaccard ≥ 0.5 → 'near' (equal-length copies sharing ≥ 2/3 of their shingles;
//                wire copies with a new header/footer, headline, typos or paragraphing score 0.75–0.98).
//  containment   0.8: the shorter text's shingles mostly inside the longer one → 'contained'. Estimated from
//                MinHash and the shingle counts: |A∩B|/|A| ≈ J·(|A|+|B|) / ((1+J)·|A|).
//  minContainRatio 0.25: containment is only trusted when the shorter text has ≥ 25 % of the longer one's
//                shingles (then J ≥ ~0.2 and the estimate rests on ≥ ~25 agreeing values; below that a shared
//                quote in a short brief would look "contained" by chance).
//  minTokens     20 words: shorter texts (captions, teasers, one-line briefs) are only ever exact duplicates.
// Measured on the generated wire-copy fixtures (test/dedup): see the test names for precision/recall.
import type { Fingerprint } from '../store/types.js';
import { NUM_HASHES, shingleCount, shingleHashes } from './minhash.js';
import { tokenize } from './normalize.js';
import { compareAge } from './order.js';

export interface DedupParams {
  bands: number;
  rows: number;
  /** Secondary, lower-threshold band set over the first extraBands × extraRows values (containment route). */
  extraBands: number;
  extraRows: number;
  nearJaccard: number;
  containment: number;
  minContainRatio: number;
  minTokens: number;
  /** A band bucket shared by more articles than this is skipped at lookup: such buckets come from text that many
   *  articles share (agency boilerplate, recurring quotes) and only add candidates that the check rejects, making
   *  lookups grow with the corpus. A real copy shares several of its 58 buckets, so recall is kept. */
  maxBucket: number;
}

export const DEFAULT_PARAMS: Readonly<DedupParams> = Object.freeze({
  bands: 42,
  rows: 3,
  extraBands: 16,
  extraRows: 2,
  nearJaccard: 0.5,
  containment: 0.8,
  minContainRatio: 0.25,
  minTokens: 20,
  maxBucket: 200,
});

export type DuplicateKind = 'exact' | 'near' | 'contained';

export interface DuplicateMatch {
  id: string;
  kind: DuplicateKind;
  /** 1 for exact; estimated Jaccard for 'near'; estimated containment of the shorter text for 'contained'. */
  similarity: number;
}

/** Fraction of agreeing signature values: the MinHash estimate of Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** |A∩B|/|A| from Jaccard and set sizes (A the smaller set). */
export function containmentFromJaccard(j: number, sizeA: number, sizeB: number): number {
  if (sizeA <= 0) return 0;
  return Math.min(1, (j * (sizeA + sizeB)) / ((1 + j) * sizeA));
}

interface Side {
  fp: Fingerprint;
  /** Distinct shingles (exact when the text was given, else from the token count). */
  shingles: number;
}

/** Pairwise decision (no index): is one of the two a duplicate of the other, and how. */
export function compareFingerprints(
  a: Fingerprint,
  b: Fingerprint,
  params: Partial<DedupParams> = {},
  shinglesA: number = shingleCount(a.tokens),
  shinglesB: number = shingleCount(b.tokens),
): { kind: DuplicateKind; similarity: number } | null {
  return decide({ fp: a, shingles: shinglesA }, { fp: b, shingles: shinglesB }, { ...DEFAULT_PARAMS, ...params });
}

function decide(a: Side, b: Side, p: DedupParams): { kind: DuplicateKind; similarity: number } | null {
  if (a.fp.tokens <= 0 || b.fp.tokens <= 0) return null;
  if (a.fp.textHash === b.fp.textHash) return { kind: 'exact', similarity: 1 };
  if (a.fp.tokens < p.minTokens || b.fp.tokens < p.minTokens) return null;
  if (a.fp.signature.length !== b.fp.signature.length) return null;
  const j = estimateJaccard(a.fp.signature, b.fp.signature);
  if (j >= p.nearJaccard) return { kind: 'near', similarity: round(j) };
  const small = Math.min(a.shingles, b.shingles);
  const large = Math.max(a.shingles, b.shingles);
  if (large <= 0 || small / large < p.minContainRatio) return null;
  const c = containmentFromJaccard(j, small, large);
  return c >= p.containment ? { kind: 'contained', similarity: round(c) } : null;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** 30-bit key of one band (r consecutive signature values): small-integer Map keys stay unboxed in V8.
 *  Collisions (≈ 1e-9 per pair and band) only add candidates, which the signature check then rejects. */
function bandKey(sig: Uint32Array, start: number, rows: number): number {
  let h = 0x811c9dc5 ^ start;
  for (let i = start; i < start + rows; i++) {
    h = Math.imul(h ^ sig[i]!, 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
  }
  return (h ^ (h >>> 16)) & 0x3fffffff;
}

/**
 * In-memory duplicate index. Rebuild it from stored fingerprints with add(); ask find() before adding a new
 * article. Lookup cost: one hash-map probe per band plus one signature comparison per candidate.
 */
export class DuplicateIndex {
  readonly params: Readonly<DedupParams>;
  private readonly docs: { fp: Fingerprint; shingles: number; order: number }[] = [];
  private readonly byId = new Map<string, number>();
  private readonly byHash = new Map<string, Posting>();
  /** One map per band: primary bands first, then the secondary (containment) bands. */
  private readonly bandMaps: Map<number, Posting>[];
  private readonly bandStarts: { start: number; rows: number }[];

  constructor(params: Partial<DedupParams> = {}) {
    const p = { ...DEFAULT_PARAMS, ...params };
    if (!(p.bands >= 1 && p.rows >= 1 && p.bands * p.rows <= NUM_HASHES)) {
      throw new RangeError(`dedup: bands × rows must be ≤ ${NUM_HASHES} (got ${p.bands} × ${p.rows})`);
    }
    this.params = Object.freeze(p);
    if (!(p.extraBands >= 0 && p.extraRows >= 1 && p.extraBands * p.extraRows <= NUM_HASHES)) {
      throw new RangeError(`dedup: extraBands × extraRows must be ≤ ${NUM_HASHES}`);
    }
    this.bandStarts = [
      ...Array.from({ length: p.bands }, (_, b) => ({ start: b * p.rows, rows: p.rows })),
      ...Array.from({ length: p.extraBands }, (_, b) => ({ start: b * p.extraRows, rows: p.extraRows })),
    ];
    this.bandMaps = this.bandStarts.map(() => new Map<number, Posting>());
  }

  get size(): number {
    return this.docs.length;
  }

  has(articleId: string): boolean {
    return this.byId.has(articleId);
  }

  /** Adds a fingerprint (ingest order = call order). Re-adding a known article id is a no-op. */
  add(fp: Fingerprint): void {
    if (this.byId.has(fp.articleId)) return;
    if (fp.signature.length !== NUM_HASHES) {
      throw new RangeError(
        `dedup: fingerprint of ${fp.articleId} has ${fp.signature.length} MinHash values, expected ${NUM_HASHES} ` +
          '(stored with other dedup parameters; re-fingerprint the articles)',
      );
    }
    const idx = this.docs.length;
    this.docs.push({ fp, shingles: shingleCount(fp.tokens), order: idx });
    this.byId.set(fp.articleId, idx);
    if (fp.tokens <= 0) return; // empty texts never match anything
    push(this.byHash, fp.textHash, idx);
    if (fp.tokens < this.params.minTokens) return; // short texts: exact matches only
    this.bandStarts.forEach(({ start, rows }, b) => push(this.bandMaps[b]!, bandKey(fp.signature, start, rows), idx));
  }

  /**
   * All indexed articles that `fp` duplicates (or that duplicate it), best first. `text`, when given, is the
   * query's cleaned text: its exact distinct-shingle count then replaces the estimate from the token count
   * (matters for texts that repeat passages).
   */
  findAll(fp: Fingerprint, text?: string): DuplicateMatch[] {
    if (fp.tokens <= 0) return [];
    const query: Side = { fp, shingles: text !== undefined ? shingleHashes(tokenize(text)).length : shingleCount(fp.tokens) };
    const candidates = new Set<number>();
    collect(candidates, this.byHash.get(fp.textHash));
    if (fp.tokens >= this.params.minTokens && fp.signature.length === NUM_HASHES) {
      this.bandStarts.forEach(({ start, rows }, b) => {
        const posting = this.bandMaps[b]!.get(bandKey(fp.signature, start, rows));
        if (typeof posting !== 'object' || posting.length <= this.params.maxBucket) collect(candidates, posting);
      });
    }
    const out: (DuplicateMatch & { order: number })[] = [];
    for (const i of candidates) {
      const d = this.docs[i]!;
      if (d.fp.articleId === fp.articleId) continue;
      const r = decide(query, d, this.params);
      if (r) out.push({ id: d.fp.articleId, ...r, order: d.order });
    }
    const rank: Record<DuplicateKind, number> = { exact: 0, near: 1, contained: 2 };
    out.sort((x, y) => rank[x.kind] - rank[y.kind] || y.similarity - x.similarity || x.order - y.order);
    return out.map(({ id, kind, similarity }) => ({ id, kind, similarity }));
  }

  /**
   * The copy `fp` duplicates, or null. Among several matching copies it returns the EARLIEST one (publication
   * date, then ingest order — see compareAge), which is what `duplicateOf` must point at.
   */
  find(fp: Fingerprint, text?: string): DuplicateMatch | null {
    const all = this.findAll(fp, text);
    let best: DuplicateMatch | null = null;
    let bestDoc: { published: string | null; order: number } | null = null;
    for (const m of all) {
      const d = this.docs[this.byId.get(m.id)!]!;
      const cur = { published: d.fp.published, order: d.order };
      if (!bestDoc || compareAge(cur, bestDoc) < 0) {
        best = m;
        bestDoc = cur;
      }
    }
    return best;
  }
}

/** Posting lists are a bare number while they hold one document (the common case: ≈ 3× less memory). */
type Posting = number | number[];

function push<K>(map: Map<K, Posting>, key: K, idx: number): void {
  const cur = map.get(key);
  if (cur === undefined) map.set(key, idx);
  else if (typeof cur === 'number') map.set(key, [cur, idx]);
  else cur.push(idx);
}

function collect(into: Set<number>, p: Posting | undefined): void {
  if (p === undefined) return;
  if (typeof p === 'number') into.add(p);
  else for (const i of p) into.add(i);
}
