// Near-duplicate detection across articles: exact text hashes, MinHash signatures over word shingles and an
// LSH index with Jaccard / containment checks. Public entry of the dedup stage.
//
//   await initDedup();
//   const index = new DuplicateIndex();
//   for (const fp of await store.allFingerprints()) index.add(fp);
//   const fp = fingerprint(article.id, article.text, article.published);
//   const dup = index.find(fp, article.text);     // { id, kind, similarity } | null — earliest matching copy
//   index.add(fp);
export { normalizeForHash, tokenize } from './normalize.js';
export { DEDUP_VERSION, NUM_HASHES, SHINGLE_SIZE, fingerprint, fingerprintWithShingles, initDedup, shingleCount, textHash } from './minhash.js';
export {
  DEFAULT_PARAMS,
  DuplicateIndex,
  compareFingerprints,
  containmentFromJaccard,
  estimateJaccard,
  type DedupParams,
  type DuplicateKind,
  type DuplicateMatch,
} from './lsh.js';
export { compareAge, earliest, type Dated } from './order.js';
export type { Fingerprint } from '../types.js';
