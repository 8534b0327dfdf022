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
import type { Fingerprint } from '../types.js';
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
    const shingles = shingleCount(fp.tokens);
    this.docs.push({ fp, shingles, order: idx });
    this.byId.set(fp.articleId, idx);
    this.reserve(idx + 1);
    this.rows[idx * ROW] = shingles;
    for (let k = 0; k < NUM_HASHES; k++) this.rowBytes[(idx * ROW + 1) * 4 + k] = fp.signature[k]! & 0xff;
    if (fp.tokens <= 0) return; // empty texts never match anything
    push(this.byHash, fp.textHash, idx);
    if (fp.tokens < this.params.minTokens) return; // short texts: exact matches only
    this.bandStarts.forEach(({ start, rows }, b) => push(this.bandMaps[b]!, bandKey(fp.signature, start, rows), idx));
  }

  // ─── Per-document columns for the candidate loop (typed arrays: no object to reach per candidate) ──────────
  /** Visit stamp of each document (the lookup number that last reached it): each candidate is gathered once. */
  private stamps = new Uint32Array(0);
  private lookups = 0;
  /** One row of ROW words per document, side by side (one contiguous read per candidate): its estimated distinct
   *  shingles (docs[i].shingles), then the low byte of each signature value, 4 per word. Equal values have equal
   *  low bytes, so the number of equal low bytes bounds the number of agreeing values from above. */
  private rows = new Uint32Array(0);
  private rowBytes = new Uint8Array(0);

  private reserve(n: number): void {
    if (this.stamps.length >= n) return;
    const cap = Math.max(1024, n, this.stamps.length * 2);
    const grow = (old: Uint32Array, len: number): Uint32Array<ArrayBuffer> => {
      const a = new Uint32Array(len);
      a.set(old);
      return a;
    };
    this.stamps = grow(this.stamps, cap);
    this.rows = grow(this.rows, cap * ROW);
    this.rowBytes = new Uint8Array(this.rows.buffer);
  }

  /** Appends the documents of posting `p` not yet reached in this lookup. */
  private visit(into: number[], p: Posting | undefined): void {
    if (p === undefined) return;
    const stamps = this.stamps, mark = this.lookups;
    if (typeof p === 'number') {
      if (stamps[p] !== mark) { stamps[p] = mark; into.push(p); }
      return;
    }
    for (let k = 0; k < p.length; k++) {
      const i = p[k]!;
      if (stamps[i] !== mark) { stamps[i] = mark; into.push(i); }
    }
  }

  /**
   * True when fewer signature values of document i can agree with the query's than any non-exact match needs
   * (decide() would return null). Counts equal low bytes, 4 per word, and stops once the values left cannot
   * reach the bound. The bound is one value below the exact threshold, so rounding never screens out a pair that
   * decide() accepts; pairs that pass are decided in full.
   */
  private screenedOut(qWords: Uint32Array, qShingles: number, i: number): boolean {
    const p = this.params;
    // Lowest Jaccard estimate that could still match: 'near', or 'contained' when the sizes allow it
    // (containment grows with j: c ≥ C ⟺ j ≥ C·s / ((1 − C)·s + l)).
    let j = p.nearJaccard;
    const rows = this.rows;
    const other = rows[i * ROW]!;
    const small = Math.min(qShingles, other), large = Math.max(qShingles, other);
    if (large > 0 && small / large >= p.minContainRatio && p.containment <= 1) j = Math.min(j, (p.containment * small) / ((1 - p.containment) * small + large));
    const need = Math.floor(j * NUM_HASHES) - 1;
    if (need <= 0) return false;
    const base = i * ROW + 1;
    let agree = 0;
    for (let k = 0; k < NUM_HASHES / 4; k++) {
      const x = qWords[k]! ^ rows[base + k]!;
      // High bit of each non-zero byte of x (a differing low byte); no carry crosses bytes.
      const differ = (((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x) & 0x80808080;
      agree += 4 - (Math.imul(differ >>> 7, 0x01010101) >>> 24);
      if ((k & 3) === 3 && agree + NUM_HASHES - 4 * (k + 1) < need) return true;
    }
    return agree < need;
  }

  /**
   * All indexed articles that `fp` duplicates (or that duplicate it), best first. `text`, when given, is the
   * query's cleaned text: its exact distinct-shingle count then replaces the estimate from the token count
   * (matters for texts that repeat passages); a number is that count already computed (fingerprintWithShingles).
   */
  findAll(fp: Fingerprint, text?: string | number): DuplicateMatch[] {
    if (fp.tokens <= 0) return [];
    const shingles = typeof text === 'number' ? text : text !== undefined ? shingleHashes(tokenize(text)).length : shingleCount(fp.tokens);
    const query: Side = { fp, shingles };
    this.reserve(this.docs.length);
    if (++this.lookups === 0xffffffff) {
      this.stamps.fill(0);
      this.lookups = 1;
    }
    // Candidates in any order (the matches are sorted below). Every indexed text with the query's hash is in its
    // hash posting, so the band candidates after them all have another text.
    const cands: number[] = [];
    this.visit(cands, this.byHash.get(fp.textHash));
    const sameText = cands.length;
    let qWords: Uint32Array | null = null;
    if (fp.tokens >= this.params.minTokens && fp.signature.length === NUM_HASHES) {
      for (let b = 0; b < this.bandStarts.length; b++) {
        const { start, rows } = this.bandStarts[b]!;
        const posting = this.bandMaps[b]!.get(bandKey(fp.signature, start, rows));
        if (typeof posting !== 'object' || posting.length <= this.params.maxBucket) this.visit(cands, posting);
      }
      const low = new Uint8Array(NUM_HASHES);
      for (let k = 0; k < NUM_HASHES; k++) low[k] = fp.signature[k]! & 0xff;
      qWords = new Uint32Array(low.buffer);
    }
    const out: (DuplicateMatch & { order: number })[] = [];
    for (let c = 0; c < cands.length; c++) {
      const i = cands[c]!;
      // Band candidates (both texts long enough, full signatures, different hashes) are screened first.
      if (c >= sameText && qWords && this.screenedOut(qWords, shingles, i)) continue;
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
  find(fp: Fingerprint, text?: string | number): DuplicateMatch | null {
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

/** Words per document row of the candidate screen (see DuplicateIndex.rows). */
const ROW = 1 + NUM_HASHES / 4;

/** Posting lists are a bare number while they hold one document (the common case: ≈ 3× less memory). */
type Posting = number | number[];

function push<K>(map: Map<K, Posting>, key: K, idx: number): void {
  const cur = map.get(key);
  if (cur === undefined) map.set(key, idx);
  else if (typeof cur === 'number') map.set(key, [cur, idx]);
  else cur.push(idx);
}
