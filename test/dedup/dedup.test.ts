import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_PARAMS,
  DuplicateIndex,
  NUM_HASHES,
  compareAge,
  compareFingerprints,
  containmentFromJaccard,
  earliest,
  estimateJaccard,
  fingerprint,
  initDedup,
  normalizeForHash,
  textHash,
  type DedupParams,
  type Fingerprint,
} from '../../src/dedup/index.js';
import { SAME_TOPIC_PAIRS, corpus, loadBases, rng, truncate } from './wirecopy.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

test('fingerprint() before initDedup() fails with a clear message', () => {
  assert.throws(() => fingerprint('x', 'some text', null), /initDedup/);
});

await initDedup();

// ── fixture metrics, computed once so the numbers can appear in the test names ──────────────────────────────
const docs = corpus();
const fps = new Map<string, Fingerprint>(docs.map((d) => [d.id, fingerprint(d.id, d.text, null)]));

function pairwise(): { tp: number; fp: number; fn: number; tn: number; misses: string[]; falses: string[] } {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const misses: string[] = [];
  const falses: string[] = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const a = docs[i]!, b = docs[j]!;
      const dup = compareFingerprints(fps.get(a.id)!, fps.get(b.id)!) !== null;
      const same = a.group === b.group;
      if (dup && same) tp++;
      else if (dup) { fp++; falses.push(`${a.id} ~ ${b.id}`); }
      else if (same) { fn++; misses.push(`${a.id} ~ ${b.id} J=${estimateJaccard(fps.get(a.id)!.signature, fps.get(b.id)!.signature)}`); }
      else tn++;
    }
  }
  return { tp, fp, fn, tn, misses, falses };
}
const pw = pairwise();
const precision = pw.tp / Math.max(1, pw.tp + pw.fp);
const recall = pw.tp / Math.max(1, pw.tp + pw.fn);

/** Index route: docs inserted in a shuffled order; each lookup must hit its own group (if already present). */
function indexRun(seed: number): { hits: number; expected: number; wrong: string[]; missed: string[] } {
  const r = rng(seed);
  const order = [...docs].sort(() => r() - 0.5);
  const index = new DuplicateIndex();
  const seen = new Set<string>();
  let hits = 0, expected = 0;
  const wrong: string[] = [], missed: string[] = [];
  const groupOf = new Map(docs.map((d) => [d.id, d.group]));
  for (const d of order) {
    const fp = fps.get(d.id)!;
    const m = index.find(fp, d.text);
    if (seen.has(d.group)) expected++;
    if (m) {
      if (groupOf.get(m.id) === d.group) hits++;
      else wrong.push(`${d.id} → ${m.id}`);
    } else if (seen.has(d.group)) missed.push(d.id);
    index.add(fp);
    seen.add(d.group);
  }
  return { hits, expected, wrong, missed };
}
const runs = [1, 2, 3, 4, 5].map(indexRun);
const idxHits = runs.reduce((s, x) => s + x.hits, 0);
const idxExpected = runs.reduce((s, x) => s + x.expected, 0);
const idxWrong = runs.flatMap((x) => x.wrong);

// ── normalisation and hashes ─────────────────────────────────────────────────────────────────────────────────
test('normalizeForHash lower-cases, strips punctuation/diacritics, collapses whitespace', () => {
  assert.equal(normalizeForHash('  Nicolás  MADURO’s "exploratory"\n\n talks—in São Paulo! '), 'nicolas maduros exploratory talks in sao paulo');
  assert.equal(normalizeForHash("The country's\tU.S. ties"), 'the countrys u s ties');
  assert.equal(normalizeForHash('Путин заявил: «мир»'), 'путин заявил мир');
  assert.equal(normalizeForHash('… — !'), '');
});

test('textHash: same for formatting-only differences, different otherwise; 64-bit hex', () => {
  const a = textHash('Talks resumed on Monday.\n\nBoth sides agreed.');
  assert.match(a, /^[0-9a-f]{16}$/);
  assert.equal(a, textHash('talks resumed on monday   both sides agreed'));
  assert.notEqual(a, textHash('Talks resumed on Tuesday. Both sides agreed.'));
});

test('fingerprint: deterministic signature of NUM_HASHES values, word count, no text kept', () => {
  const t = loadBases()[0]!.text;
  const a = fingerprint('a', t, '2024-05-01');
  const b = fingerprint('b', t, null);
  assert.equal(a.signature.length, NUM_HASHES);
  assert.deepEqual([...a.signature], [...b.signature]);
  assert.equal(a.tokens, normalizeForHash(t).split(' ').length);
  assert.equal(a.published, '2024-05-01');
  assert.deepEqual(Object.keys(a).sort(), ['articleId', 'published', 'signature', 'textHash', 'tokens']);
  const empty = fingerprint('e', ' ... ', null);
  assert.equal(empty.tokens, 0);
});

test('MinHash estimates Jaccard within sampling error on synthetic sets', () => {
  const r = rng(99);
  const vocab = Array.from({ length: 5000 }, (_, i) => `w${i}`);
  const words = Array.from({ length: 800 }, () => vocab[Math.floor(r() * vocab.length)]!);
  // A = words[0..600), B = words[200..800): shared 5-shingles ≈ 396, union ≈ 792 → J ≈ 0.5
  const a = fingerprint('a', words.slice(0, 600).join(' '), null);
  const b = fingerprint('b', words.slice(200).join(' '), null);
  const j = estimateJaccard(a.signature, b.signature);
  assert.ok(Math.abs(j - 396 / 792) < 0.15, `estimate ${j}`);
  assert.equal(estimateJaccard(a.signature, fingerprint('z', vocab.slice(0, 600).join(' '), null).signature) < 0.05, true);
});

// ── fixtures: wire copies (positives) and same-topic articles (negatives) ───────────────────────────────────
test(`wire-copy fixtures, pairwise: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (${pw.tp} TP, ${pw.fp} FP, ${pw.fn} FN, ${pw.tn} TN over ${docs.length} docs)`, () => {
  assert.deepEqual(pw.falses, [], 'false duplicates');
  assert.equal(precision, 1);
  assert.ok(recall >= 0.98, `missed: ${pw.misses.join('; ')}`);
});

test(`wire-copy fixtures, index lookups in shuffled order: recall ${(idxHits / idxExpected).toFixed(3)} (${idxHits}/${idxExpected}), wrong matches ${idxWrong.length}`, () => {
  assert.deepEqual(idxWrong, []);
  assert.ok(idxHits / idxExpected >= 0.98, runs.flatMap((x) => x.missed).join(', '));
});

test('every variant kind is recognised against its original', () => {
  const byId = new Map(docs.map((d) => [d.id, d] as const));
  for (const d of docs) {
    if (d.variant === 'original') continue;
    const orig = byId.get(`${d.group}/original`)!;
    const r = compareFingerprints(fps.get(d.id)!, fps.get(orig.id)!);
    assert.ok(r, `${d.id} not a duplicate of its original`);
    if (d.variant.includes('trunc50')) assert.ok(r.kind === 'contained' || r.kind === 'near', `${d.id}: ${r.kind}`);
    if (d.variant === 'reparagraphed') assert.equal(r.kind, 'exact');
    if (d.variant === 'agency' || d.variant === 'typos' || d.variant === 'headline') {
      assert.equal(r.kind, 'near');
      assert.ok(r.similarity >= 0.75, `${d.id}: ${r.similarity}`);
    }
  }
});

test('same-topic articles sharing quotes are not duplicates', (t) => {
  for (const [x, y] of SAME_TOPIC_PAIRS) {
    const a = fps.get(`${x}/original`)!, b = fps.get(`${y}/original`)!;
    const j = estimateJaccard(a.signature, b.signature);
    t.diagnostic(`${x} vs ${y}: estimated J = ${j}`);
    assert.equal(compareFingerprints(a, b), null);
    // and their truncated or re-headed copies neither
    assert.equal(compareFingerprints(fps.get(`${x}/agency+trunc50`)!, fps.get(`${y}/headline+trunc70`)!), null);
  }
});

function truncationRecall(fraction: number, params: Partial<DedupParams> = {}): { found: number; wrong: number } {
  const r = rng(7);
  const vocab = Array.from(new Set(loadBases().flatMap((b) => normalizeForHash(b.text).split(' '))));
  const index = new DuplicateIndex(params);
  const parts: Fingerprint[] = [];
  for (let i = 0; i < 300; i++) {
    const text = Array.from({ length: 200 + Math.floor(r() * 600) }, () => vocab[Math.floor(r() * vocab.length)]!).join(' ');
    index.add(fingerprint(`full${i}`, text, null));
    parts.push(fingerprint(`part${i}`, truncate(text, fraction), null));
  }
  let found = 0, wrong = 0;
  parts.forEach((h, i) => {
    const m = index.find(h);
    if (m?.id === `full${i}`) found++;
    else if (m) wrong++;
  });
  return { found, wrong };
}

test('LSH candidates catch truncated copies (300 synthetic articles each; S-curve predicts 99.98 % at 50 %, 90 % at 30 %)', (t) => {
  const half = truncationRecall(0.5);
  const third = truncationRecall(0.3);
  const halfPrimaryOnly = truncationRecall(0.5, { extraBands: 0 });
  t.diagnostic(`50 %: ${half.found}/300 (primary bands only: ${halfPrimaryOnly.found}/300); 30 %: ${third.found}/300; wrong: ${half.wrong + third.wrong}`);
  assert.equal(half.wrong + third.wrong, 0);
  assert.ok(half.found >= 298, `50 %: ${half.found}/300`);
  assert.ok(half.found >= halfPrimaryOnly.found);
  assert.ok(third.found >= 255, `30 %: ${third.found}/300`);
});

// ── rules ────────────────────────────────────────────────────────────────────────────────────────────────────
test('very short texts are duplicates only when exact', () => {
  const a = fingerprint('a', 'Police said the two men were arrested on Monday evening near the station.', null);
  const b = fingerprint('b', 'Police said the two men were arrested on Monday night near the station.', null);
  const c = fingerprint('c', 'POLICE SAID: the two men were arrested on Monday evening, near the station', null);
  assert.ok(a.tokens < DEFAULT_PARAMS.minTokens);
  assert.equal(compareFingerprints(a, b), null);
  assert.deepEqual(compareFingerprints(a, c), { kind: 'exact', similarity: 1 });
  const index = new DuplicateIndex();
  index.add(a);
  assert.equal(index.find(b), null);
  assert.equal(index.find(c)?.kind, 'exact');
});

test('containment estimate from Jaccard and set sizes', () => {
  assert.equal(containmentFromJaccard(0.5, 100, 200), 1); // A ⊂ B, |B| = 2|A|
  assert.ok(Math.abs(containmentFromJaccard(1 / 3, 100, 100) - 0.5) < 1e-9); // half shared, equal sizes
  assert.equal(containmentFromJaccard(0, 100, 300), 0);
});

test('earliest(): publication date first, undated after dated, then ingest order', () => {
  const a = { id: 'a', published: '2024-03-02', order: 5 };
  const b = { id: 'b', published: '2024-03-01T23:00:00Z', order: 9 };
  const c: { id: string; published: string | null; order: number } = { id: 'c', published: null, order: 0 };
  const d = { id: 'd', published: '2024-03-02T08:00:00+00:00', order: 1 };
  assert.equal(earliest(a, b).id, 'b');
  assert.equal(earliest(c, a).id, 'a');
  assert.equal(earliest(a, d).id, 'd'); // same day, one without time → ingest order
  assert.equal(earliest({ published: null, order: 3 }, { published: null, order: 2 }).order, 2);
  assert.ok(compareAge(b, a) < 0 && compareAge(a, b) > 0);
  const sorted = [a, b, c, d].sort(compareAge).map((x) => x.id);
  assert.deepEqual(sorted, ['b', 'd', 'a', 'c']);
});

test('find() points at the earliest matching copy and never at the article itself', () => {
  const base = docs.find((d) => d.id === 'base-summit/original')!;
  const late = fingerprint('late', base.text, '2024-06-03');
  const early = fingerprint('early', docs.find((d) => d.id === 'base-summit/agency')!.text, '2024-06-01');
  const undated = fingerprint('undated', docs.find((d) => d.id === 'base-summit/typos')!.text, null);
  const index = new DuplicateIndex();
  index.add(undated);
  index.add(late);
  index.add(early);
  const q = fingerprint('q', docs.find((d) => d.id === 'base-summit/headline')!.text, '2024-06-05');
  assert.equal(index.find(q)?.id, 'early');
  assert.equal(index.findAll(q).length, 3);
  assert.equal(index.find(late)?.id, 'early'); // itself excluded
  index.add(late); // re-adding a known id is a no-op
  assert.equal(index.size, 3);
});

test('add() rejects signatures made with other parameters', () => {
  const fp = fingerprint('x', loadBases()[0]!.text, null);
  assert.throws(() => new DuplicateIndex().add({ ...fp, signature: fp.signature.slice(0, 64) }), /MinHash values/);
  assert.throws(() => new DuplicateIndex({ bands: 64, rows: 3 }), /bands/);
});

// ── seeds ────────────────────────────────────────────────────────────────────────────────────────────────────
const seedFiles = readdirSync(EXAMPLES).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort();
const seed = (prefix: string) => readFileSync(join(EXAMPLES, seedFiles.find((f) => f.startsWith(prefix))!), 'utf8');

test('seed 002 with its second half removed is a near-duplicate/contained copy of 002', () => {
  const whole = seed('002_');
  const firstSeven = whole.split('\n').slice(0, 7).join('\n');
  const index = new DuplicateIndex();
  index.add(fingerprint('002', whole, null));
  const m = index.find(fingerprint('002-half', firstSeven, null), firstSeven);
  assert.ok(m && m.id === '002' && (m.kind === 'near' || m.kind === 'contained'), JSON.stringify(m));
  // the other direction too (the shorter copy ingested first)
  const rev = new DuplicateIndex();
  rev.add(fingerprint('002-half', firstSeven, null));
  assert.equal(rev.find(fingerprint('002', whole, null), whole)?.id, '002-half');
});

test('the five seeds are not duplicates of each other', () => {
  assert.equal(seedFiles.length, 5);
  const index = new DuplicateIndex();
  for (const f of seedFiles) {
    const text = readFileSync(join(EXAMPLES, f), 'utf8');
    const fp = fingerprint(f, text, null);
    assert.equal(index.find(fp, text), null, f);
    index.add(fp);
  }
});

