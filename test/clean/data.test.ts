// The cleaner's data files: well-formed, compilable, no duplicates, and the phrase lists do their job.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boilerplate, phraseKey, readDataJson, stopWords } from '../../src/clean/data.js';

test('boilerplate.json: lists present, patterns compile, no duplicate phrases', () => {
  const raw = readDataJson('data/clean/boilerplate.json') as Record<string, unknown>;
  for (const k of ['lines', 'contains', 'commentStart', 'teaserHeadings', 'patterns']) assert.ok(Array.isArray(raw[k]), k);
  for (const k of ['lines', 'contains', 'commentStart', 'teaserHeadings']) {
    const keys = (raw[k] as string[]).map(phraseKey);
    assert.equal(new Set(keys).size, keys.length, `duplicates in ${k}`);
    assert.ok(keys.every((x) => x.length > 0), `empty phrase in ${k}`);
  }
  const bp = boilerplate();
  assert.ok(bp.patterns.length > 0 && bp.patterns.every((p) => p.reason.length > 0));
  assert.ok(bp.commentStart.has('leave a comment') && bp.teaserHeadings.has('related articles'));
});

test('stopwords.json: several languages, lowercase', () => {
  const raw = readDataJson('data/clean/stopwords.json') as Record<string, unknown>;
  const langs = Object.keys(raw).filter((k) => k !== 'about');
  assert.ok(langs.length >= 5);
  for (const l of langs) assert.ok((raw[l] as string[]).every((w) => w === w.toLowerCase()), l);
  assert.ok(stopWords().has('the') && stopWords().has('und'));
});

test('abbreviations.json: lowercase, no final period', () => {
  const raw = readDataJson('data/clean/abbreviations.json') as { abbreviations: string[] };
  assert.ok(raw.abbreviations.every((a) => a === a.toLowerCase() && !a.endsWith('.')));
});

test('dates.json: modified and published labels, lowercase, disjoint', () => {
  const raw = readDataJson('data/clean/dates.json') as { modified: string[]; published: string[] };
  assert.ok(raw.modified.length > 5 && raw.published.length > 5);
  for (const w of [...raw.modified, ...raw.published]) assert.equal(w, w.toLowerCase());
  assert.ok(!raw.modified.some((w) => raw.published.includes(w)));
});
