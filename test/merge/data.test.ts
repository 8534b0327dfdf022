// The merge stage's data files: well-formed, consistent, and meaning what the merge code assumes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildMergeData, type CompatibleFile, type WordsFile } from '../../src/merge/data.js';
import { contentWords, jaccard } from '../../src/merge/similarity.js';

const read = <T>(f: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../data/merge/${f}`, import.meta.url)), 'utf8')) as T;
const compat = read<CompatibleFile>('compatible.json');
const words = read<WordsFile>('words.json');
const CAMEO = /^(0[1-9]|1\d|20)\d{0,2}$/;

test('compatible.json: codes are CAMEO codes; lists are non-empty and without repeats', () => {
  const all = [...compat.symmetric.codes, ...compat.reversed.pairs.flat(), ...compat.sameEvent.groups.flat()];
  for (const c of all) assert.match(c, CAMEO, c);
  assert.equal(new Set(compat.symmetric.codes).size, compat.symmetric.codes.length);
  for (const p of compat.reversed.pairs) assert.equal(p.length, 2);
  for (const g of compat.sameEvent.groups) {
    assert.ok(g.length >= 2);
    assert.equal(new Set(g).size, g.length);
  }
});

test('compatible.json: a reversed pair is directed, never symmetric', () => {
  for (const [x, y] of compat.reversed.pairs) {
    assert.ok(!compat.symmetric.codes.includes(x), x);
    assert.ok(!compat.symmetric.codes.includes(y), y);
  }
  assert.deepEqual(compat.reversed.pairs, [['042', '043']]);
});

test('compatible.json: the known symmetric actions are there, directed ones are not', () => {
  for (const c of ['040', '046', '057', '161', '036']) assert.ok(compat.symmetric.codes.includes(c), c);
  for (const c of ['042', '043', '163', '173', '112', '051']) assert.ok(!compat.symmetric.codes.includes(c), c);
});

test('buildMergeData: cross-root groups share a blocking family', () => {
  const d = buildMergeData(compat, words);
  assert.equal(d.rootFamily.get('17'), '16');
  assert.equal(d.rootFamily.get('16') ?? '16', '16');
  assert.equal(d.reversedOf.get('043'), '042');
  assert.ok(d.symmetric.has('046'));
});

test('words.json: lower case, no repeats within a list, no content verbs', () => {
  for (const list of [words.function, words.dateWords]) {
    for (const w of list) assert.equal(w, w.toLowerCase());
  }
  assert.equal(new Set(words.dateWords).size, words.dateWords.length);
  for (const w of ['meet', 'visit', 'talks', 'sanctions', 'agreement']) {
    assert.ok(!words.function.includes(w) && !words.dateWords.includes(w), w);
  }
});

test('wording similarity ignores function and date words', () => {
  const a = contentWords('Officials travelled to Caracas on Saturday for talks.');
  const b = contentWords('The officials travelled to Caracas at the weekend for talks.');
  assert.deepEqual([...a].sort(), ['caraca', 'official', 'talk', 'travelled']);
  assert.equal(jaccard(a, b), 1);
  assert.ok(jaccard(a, contentWords('Police arrested protesters in Lagos.')) === 0);
});

test('compatible.json: every code is in the CAMEO ontology', async () => {
  const { isCameoCode } = await import('../../src/events/index.js');
  for (const c of [...compat.symmetric.codes, ...compat.reversed.pairs.flat(), ...compat.sameEvent.groups.flat()]) assert.ok(isCameoCode(c), c);
});
