// MinHash fingerprints over word shingles.
//
// Written by hand on purpose: no well-kept npm package offers MinHash + LSH with stable, persistable signatures
// (the few that exist are unmaintained or pull in big dependencies). Hashing itself comes from `xxhash-wasm`;
// only the small amount of MinHash arithmetic lives here.
//
// Signature scheme (changing any of it invalidates stored fingerprints — bump DEDUP_VERSION):
// - text → normalizeForHash → words; each word hashed once with xxh32 (seed WORD_SEED);
// - shingles = every run of SHINGLE_SIZE consecutive words (a text shorter than that is one shingle);
//   a shingle's 32-bit base hash h combines its word hashes in order (see shingleHashes);
// - NUM_HASHES permutations π_i(h) = fmix32(a_i·h + b_i mod 2^32), a_i odd: a bijection on 32 bits
//   (odd multiplier, then the Murmur3 finaliser) with good avalanche, so the minima behave like independent
//   min-wise hashes. a_i, b_i come from a fixed splitmix32 stream so signatures are stable across runs.
// - signature[i] = min over shingles of π_i(h); P(sigA[i] = sigB[i]) = Jaccard(shinglesA, shinglesB).
import xxhash from 'xxhash-wasm';
import type { Fingerprint } from '../types.js';
import { normalizeForHash } from './normalize.js';

export const DEDUP_VERSION = 'minhash-w5-128-v1';
/** Words per shingle. 5 words: long enough that two articles on the same topic rarely share one by chance,
 *  short enough that one typo only spoils 5 shingles. */
export const SHINGLE_SIZE = 5;
/** Signature length. Standard error of the Jaccard estimate is √(J(1−J)/128) ≤ 0.044. */
export const NUM_HASHES = 128;

const WORD_SEED = 0x5eed0001;
const EMPTY = 0xffffffff;

type XX = Awaited<ReturnType<typeof xxhash>>;
let xx: XX | null = null;
let loading: Promise<XX> | null = null;

/** Loads xxhash-wasm once; call (and await) before fingerprint()/textHash(). Safe to call repeatedly. */
export async function initDedup(): Promise<void> {
  if (xx) return;
  loading ??= xxhash();
  xx = await loading;
}

function api(): XX {
  if (!xx) throw new Error('dedup: call `await initDedup()` before fingerprinting');
  return xx;
}

/** Murmur3 32-bit finaliser: a bijection on uint32 with full avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** splitmix32: deterministic stream for the permutation constants. */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

const PERM_A = new Int32Array(NUM_HASHES);
const PERM_B = new Int32Array(NUM_HASHES);
{
  const next = splitmix32(0x0dd5eed5);
  for (let i = 0; i < NUM_HASHES; i++) {
    PERM_A[i] = next() | 1;
    PERM_B[i] = next() | 0;
  }
}

/** 64-bit xxhash (hex) of the normalised text: equal for texts that differ only in case, punctuation,
 *  diacritics or whitespace. Needs initDedup(). */
export function textHash(text: string): string {
  return api().h64ToString(normalizeForHash(text));
}

/** Distinct 32-bit shingle hashes of a word sequence. */
export function shingleHashes(words: readonly string[], k: number = SHINGLE_SIZE): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const h32 = api().h32;
  const wh = new Uint32Array(words.length);
  const cache = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let v = cache.get(w);
    if (v === undefined) {
      v = h32(w, WORD_SEED) >>> 0;
      cache.set(w, v);
    }
    wh[i] = v;
  }
  const n = words.length < k ? 1 : words.length - k + 1;
  const width = Math.min(k, words.length);
  const hs = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    // Order-sensitive combination of the word hashes (rotate-xor-multiply), then avalanche.
    let h = width;
    for (let j = 0; j < width; j++) {
      h = Math.imul((h << 5) | (h >>> 27), 0x9e3779b1) ^ wh[i + j]!;
    }
    hs[i] = fmix32(h);
  }
  return distinctSorted(hs);
}

/** The distinct values of `a`, ascending (sorts `a` in place and returns a view of its start). Sorting a typed array
 *  and dropping neighbours is cheaper than a Set of numbers, which allocates a heap number for each hash of 2^30 or
 *  more; the callers read the hashes as a set (a minimum per permutation, a count). */
function distinctSorted(a: Uint32Array): Uint32Array {
  a.sort();
  let m = 0;
  for (let i = 0; i < a.length; i++) if (m === 0 || a[i] !== a[m - 1]) a[m++] = a[i]!;
  return a.subarray(0, m);
}

/** MinHash signature of a set of shingle hashes (all 0xffffffff for an empty set). */
export function minhash(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES);
  const n = shingles.length;
  // Permutation-major loop with fmix32 inlined: the minimum stays in a register (≈ 2× faster than
  // shingle-major order with a typed-array write per comparison). Two permutations per pass over the shingles
  // (NUM_HASHES is even): each shingle is read once for both, and the two independent chains of multiplications
  // overlap in the processor.
  for (let i = 0; i < NUM_HASHES; i += 2) {
    const a0 = PERM_A[i]!, b0 = PERM_B[i]!, a1 = PERM_A[i + 1]!, b1 = PERM_B[i + 1]!;
    let m0 = EMPTY, m1 = EMPTY;
    for (let s = 0; s < n; s++) {
      const x = shingles[s]!;
      const h0 = permuted(a0, b0, x), h1 = permuted(a1, b1, x);
      if (h0 < m0) m0 = h0;
      if (h1 < m1) m1 = h1;
    }
    sig[i] = m0;
    sig[i + 1] = m1;
  }
  return sig;
}

/** A shingle hash under one permutation: a·x + b, then fmix32 (small enough for V8 to inline into the loop). */
function permuted(a: number, b: number, x: number): number {
  let h = (Math.imul(a, x) + b) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Number of shingles of a text of `tokens` words (what containment estimates use for |A|). */
export function shingleCount(tokens: number, k: number = SHINGLE_SIZE): number {
  if (tokens <= 0) return 0;
  return tokens < k ? 1 : tokens - k + 1;
}

/**
 * Fingerprint of an article's cleaned text (synchronous; needs `await initDedup()` first).
 * `tokens` is the number of words after normalisation. No text is kept.
 */
export function fingerprint(articleId: string, text: string, published: string | null): Fingerprint {
  return fingerprintWithShingles(articleId, text, published).fp;
}

/** fingerprint() and the text's exact number of distinct shingles (what DuplicateIndex.find computes from the
 *  text otherwise: pass it there to spare a second tokenization). */
export function fingerprintWithShingles(articleId: string, text: string, published: string | null): { fp: Fingerprint; shingles: number } {
  const norm = normalizeForHash(text);
  const words = norm ? norm.split(' ') : [];
  const shingles = shingleHashes(words);
  return {
    fp: {
      articleId,
      textHash: api().h64ToString(norm),
      signature: minhash(shingles),
      tokens: words.length,
      published,
    },
    shingles: shingles.length,
  };
}
