// The seed expectations (spec "Events" table and forbidden list) checked on codeArticle output of the cleaned seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { codeArticle } from '../../src/events/index.js';
import type { EventMention } from '../../src/types.js';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/events/seeds.json', import.meta.url), 'utf8')) as { articles: Record<string, { text: string; published: string | null }> };
const mentions: Record<string, EventMention[]> = {};
for (const [id, a] of Object.entries(fixture.articles)) mentions[id] = codeArticle({ text: a.text, published: a.published });

interface Want { countries: [string, string]; directed: boolean; roots: string[]; codes?: string[]; from?: string; to?: string; nullOk?: boolean }

function dyadOk(m: EventMention, w: Want): boolean {
  const [a, b] = w.countries;
  if (m.sourceCountry === a && m.targetCountry === b) return true;
  return (!w.directed || !!m.symmetric) && m.sourceCountry === b && m.targetCountry === a;
}
function dateOk(m: EventMention, w: Want): boolean {
  if (!m.date) return !!w.nullOk || (!w.from && !w.to);
  if (!w.from) return true;
  return m.date.start >= w.from && m.date.end <= w.to!;
}
function find(article: string, w: Want): EventMention[] {
  return mentions[article]!.filter((m) => dyadOk(m, w) && w.roots.includes(m.root) && (!w.codes || w.codes.includes(m.code)) && dateOk(m, w));
}

test('a: Venezuela and the US broke off relations (161, 2019) in 000, 003, 004', () => {
  for (const art of ['000', '003', '004']) {
    const hits = find(art, { countries: ['USA', 'VEN'], directed: false, roots: ['16'], codes: ['161', '160'], from: '2019-01-01', to: '2019-12-31' });
    assert.ok(hits.length >= 1, `article ${art}: ${JSON.stringify(mentions[art]!.map((m) => [m.source, m.code, m.target, m.date]))}`);
  }
});

test('b: US sanctions on Venezuela (163, 2019; April 2019 in 004)', () => {
  const w: Want = { countries: ['USA', 'VEN'], directed: true, roots: ['16'], codes: ['163', '160'], from: '2019-01-01', to: '2019-12-31' };
  assert.ok(find('003', w).length + find('004', w).length >= 1);
  const april = find('004', { ...w, from: '2019-04-01', to: '2019-04-30' });
  assert.ok(april.length >= 1, 'the April 2019 embargo in 004');
});

test('c: US officials visit Caracas / hold talks (root 04, 2022-03-04..07) in 003 and 004', () => {
  for (const art of ['003', '004']) {
    const hits = find(art, { countries: ['USA', 'VEN'], directed: false, roots: ['04'], from: '2022-03-04', to: '2022-03-07' });
    assert.ok(hits.length >= 1, `article ${art}`);
  }
});

test('d: Maduro says Venezuela is ready to normalise relations (VEN→USA root 03, 2023-01-01)', () => {
  assert.ok(find('000', { countries: ['VEN', 'USA'], directed: true, roots: ['03'], from: '2023-01-01', to: '2023-01-02' }).length >= 1, JSON.stringify(mentions['000']!.map((m) => [m.source, m.code, m.target, m.date])));
});

test('e: the US reinstates sanctions (163), undated without a publication date', () => {
  const hits = find('001', { countries: ['USA', 'VEN'], directed: true, roots: ['16'], codes: ['163', '160'], nullOk: true, from: '2024-04-01', to: '2024-04-30' });
  assert.ok(hits.length >= 1);
});

test('f: Venezuela and the US agree to improve relations (root 03/04/05), undated', () => {
  const hits = find('001', { countries: ['USA', 'VEN'], directed: false, roots: ['03', '04', '05'], nullOk: true });
  assert.ok(hits.length >= 1);
  assert.ok(hits.every((m) => m.date === null), 'no date without a publication date or expression');
});

test('g: US State Department officials visit Caracas (042/043), undated', () => {
  assert.ok(find('002', { countries: ['USA', 'VEN'], directed: true, roots: ['04'], codes: ['042', '043', '040', '046'], nullOk: true }).length >= 1);
});

test('h (stretch): the military abduction of Maduro (USA→VEN 181)', () => {
  assert.ok(find('002', { countries: ['USA', 'VEN'], directed: true, roots: ['18'], codes: ['181', '180'], nullOk: true }).length >= 1);
});

test('forbidden: no attack from "cancelled planned attacks"', () => {
  const bad = mentions['002']!.filter((m) => m.sentence.includes('cancelled planned attacks') && ['18', '19', '20'].includes(m.root));
  assert.deepEqual(bad, []);
});

test('forbidden: no statement from "did not comment"', () => {
  const bad = mentions['001']!.filter((m) => m.sentence.includes('did not comment') && m.root === '01');
  assert.deepEqual(bad, []);
});

test('forbidden: "threatening military pressure" is a threat, not force', () => {
  const ms = mentions['002']!.filter((m) => m.sentence.includes('threatening military pressure'));
  assert.ok(ms.every((m) => !['17', '18', '19', '20'].includes(m.root)));
  assert.ok(ms.some((m) => m.root === '13'), 'a threat is coded');
});

test('forbidden: no page dates', () => {
  for (const ms of Object.values(mentions)) for (const m of ms) {
    assert.ok(!m.date || (m.date.start !== '2022-11-29' && m.date.start !== '2024-04-26'));
  }
});

test('sentenceStart and spans point into the article text', () => {
  for (const [id, ms] of Object.entries(mentions)) {
    const text = fixture.articles[id]!.text;
    for (const m of ms) {
      assert.equal(text.slice(m.sentenceStart!, m.sentenceStart! + m.sentence.length), m.sentence);
      if (m.triggerSpan) assert.equal(m.sentence.slice(...m.triggerSpan), m.trigger);
    }
  }
});
