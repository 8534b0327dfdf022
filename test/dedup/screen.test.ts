// The index screens band candidates on the low bytes of their signature values before deciding them in full.
// The screen must never change a decision: these fingerprints sit right at the 'near' and 'contained' thresholds,
// with disagreeing values that share their low byte (the screen's worst case) or not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_PARAMS, DuplicateIndex, NUM_HASHES, compareFingerprints, fingerprint, fingerprintWithShingles, initDedup, type Fingerprint } from '../../src/dedup/index.js';

await initDedup();

/** A signature that agrees with `base` on the first `agree` values (so they share bands) and differs elsewhere:
 *  in the high bytes only when `sameLowByte`, else in every byte. */
function variant(base: Uint32Array, agree: number, sameLowByte: boolean): Uint32Array {
  const sig = Uint32Array.from(base);
  for (let k = agree; k < NUM_HASHES; k++) sig[k] = sameLowByte ? (base[k]! ^ 0x5a5a5a00) >>> 0 : (base[k]! ^ 0x5a5a5a5a) >>> 0;
  return sig;
}

const fp = (id: string, signature: Uint32Array, tokens: number, textHash = id): Fingerprint => ({ articleId: id, textHash, signature, tokens, published: null });

test('the candidate screen never changes a decision at the near/contained thresholds', () => {
  const base = Uint32Array.from({ length: NUM_HASHES }, (_, k) => (Math.imul(k + 1, 0x9e3779b1) ^ (k << 3)) >>> 0);
  // Sizes (tokens): equal (only 'near' possible), 1:2 and 1:4 (containment reachable below nearJaccard), 1:5 (too small).
  const sizes = [[400, 400], [200, 400], [100, 400], [401, 100], [80, 400]];
  let checked = 0, matched = 0;
  for (const [qa, qb] of sizes) {
    for (let agree = 10; agree <= 80; agree++) {
      for (const sameLow of [true, false]) {
        const index = new DuplicateIndex();
        const stored = fp('stored', variant(base, agree, sameLow), qb!);
        index.add(stored);
        const query = fp('query', base, qa!);
        const expected = compareFingerprints(query, stored);
        const found = index.findAll(query);
        assert.deepEqual(found, expected ? [{ id: 'stored', ...expected }] : [], `tokens ${qa}/${qb}, ${agree} agreeing values, same low byte: ${sameLow}`);
        checked++;
        if (expected) matched++;
      }
    }
  }
  assert.ok(matched > 20 && matched < checked - 20, `both outcomes exercised (${matched}/${checked})`);
});

test('same text hash is always decided in full (exact), whatever the signatures', () => {
  const index = new DuplicateIndex();
  const a = Uint32Array.from({ length: NUM_HASHES }, (_, k) => k * 7 + 1);
  const b = Uint32Array.from({ length: NUM_HASHES }, (_, k) => k * 7 + 2);
  index.add(fp('stored', a, 300, 'h'));
  assert.deepEqual(index.findAll(fp('query', b, 300, 'h')), [{ id: 'stored', kind: 'exact', similarity: 1 }]);
});

test('fingerprintWithShingles gives the fingerprint and the distinct-shingle count find() would compute', () => {
  const text = 'one two three four five six seven one two three four five six seven eight nine ten eleven twelve thirteen';
  const { fp: f, shingles } = fingerprintWithShingles('x', text, '2024-01-01');
  assert.deepEqual(f, fingerprint('x', text, '2024-01-01'));
  const index = new DuplicateIndex({ ...DEFAULT_PARAMS, minTokens: 5 });
  index.add(fingerprint('y', text + ' fourteen', null));
  assert.deepEqual(index.findAll(f, shingles), index.findAll(f, text));
  assert.equal(shingles, 13); // 20 words → 16 windows, 3 repeated ("one two three four five" … "three … seven")
});
