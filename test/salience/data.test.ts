// data/salience/*.json: well-formed, and meaning what the salience code assumes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseWeights, FEATURES, digestRules, readableSentence } from '../../src/salience/index.js';
import { MERGE_RULES } from '../../src/merge/index.js';

const raw = () => JSON.parse(readFileSync(fileURLToPath(new URL('../../data/salience/weights.json', import.meta.url)), 'utf8'));

test('weights.json parses: weights sum to 1, every CAMEO root and precision has a value 0 … 1', () => {
  const w = parseWeights(raw());
  assert.equal(Math.round(FEATURES.reduce((s, f) => s + w.weights[f], 0) * 1e9) / 1e9, 1);
  assert.equal(Object.keys(w.type).length, 20);
  assert.equal(w.precision.day, 1);
});

test('weights.json means what the score assumes', () => {
  const w = parseWeights(raw());
  assert.equal(w.reports.backgroundDays, MERGE_RULES.backgroundDays, 'background as the merge stage defines it');
  assert.equal(w.reports.background, 0, 'recalling an old event adds nothing');
  assert.ok(w.reports.fresh >= w.reports.later && w.reports.later > w.reports.background);
  assert.ok(w.precision.day > w.precision.week && w.precision.week >= w.precision.month && w.precision.month >= w.precision.year);
  // deeds over words: each material class outweighs the verbal class of the same sign on average
  const mean = (roots: number[]) => roots.reduce((s, r) => s + w.type[String(r).padStart(2, '0')]!, 0) / roots.length;
  assert.ok(mean([6, 7, 8, 9]) > mean([1, 2, 3, 4, 5]), 'material cooperation > verbal cooperation');
  assert.ok(mean([15, 16, 17, 18, 19, 20]) > mean([10, 11, 12, 13, 14]), 'material conflict > verbal conflict');
  assert.equal(Math.max(...Object.values(w.type)), w.type['20']);
  assert.equal(Math.min(...Object.values(w.type)), w.type['01']);
});

test('parseWeights names the problem in a bad file', () => {
  const bad = (edit: (f: any) => void, msg: RegExp) => {
    const f = raw();
    edit(f);
    assert.throws(() => parseWeights(f), msg);
  };
  bad((f) => { f.weights.reports = 0.9; }, /sum to 1/);
  bad((f) => { f.weights.fame = 0; }, /unknown weights fame/);
  bad((f) => { delete f.type['13']; }, /type\.13/);
  bad((f) => { f.precision.week = 2; }, /precision\.week/);
  bad((f) => { f.reports.freshDays = 40; }, /freshDays must be less/);
  bad((f) => { f.reports.later = -1; }, /reports\.later/);
  bad((f) => { f.wireCopy.minWords = 0; }, /wireCopy\.minWords/);
});

test('digest.json: every pattern compiles, is anchored, and removes what its example shows', () => {
  const file = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/salience/digest.json', import.meta.url)), 'utf8')) as { leading: { pattern: string; example: string }[] };
  assert.equal(digestRules().length, file.leading.length);
  for (const r of file.leading) {
    assert.ok(r.pattern.startsWith('^'), r.pattern);
    const re = new RegExp(r.pattern, 'u');
    const m = re.exec(r.example);
    assert.ok(m && m[0].length > 0, `${r.pattern} matches its example`);
    assert.notEqual(readableSentence(r.example), r.example.replace(/\s+/g, ' ').trim(), r.example);
  }
});
