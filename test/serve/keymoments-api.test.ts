// GET /api/timeline?top=N and GET /api/digest over a real SQLite store of hand-made mentions (test/salience/helpers.ts).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listen, type Running } from '../../src/serve/index.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { seed } from '../salience/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'sl-keymoments-api-'));
let store: Store;
let srv: Running;

before(async () => {
  await seed(join(dir, 'k.db'));
  store = await openStore(join(dir, 'k.db'));
  srv = await listen(store, 0, '127.0.0.1', { log: () => undefined });
});
after(async () => {
  await srv?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string) {
  const res = await fetch(new URL(path, srv.url));
  return { status: res.status, json: (await res.json()) as any };
}

test('GET /api/timeline?top=N: key moments in date order with salience and its evidence; without top the timeline is unchanged', async () => {
  const r = await get('/api/timeline?top=3');
  assert.equal(r.status, 200);
  assert.deepEqual(r.json.map((e: any) => `${e.date.start} ${e.code}`), ['2011-01-25 190', '2011-02-02 193', '2011-02-11 0831']);
  const e = r.json[0];
  for (const k of ['id', 'date', 'source', 'target', 'code', 'summary', 'mentions', 'sources', 'dateLabel', 'codeName', 'salience', 'salienceEvidence']) assert.ok(k in e, k);
  assert.equal(e.salienceEvidence.sources, 3);
  assert.deepEqual(Object.keys(e.salienceEvidence.features).sort(), ['actors', 'coverage', 'day', 'goldstein', 'reports', 'type']);
  const plain = await get('/api/timeline');
  assert.ok(plain.json.length > 3);
  assert.ok(!('salience' in plain.json[0]));
  // the CLI and the API choose the same moments
  const two = await get('/api/timeline?top=10&perDay=2');
  assert.equal(two.json.filter((x: any) => x.date.start === '2011-01-25').length, 2);
  const floor = r.json[2].salience;
  const above = await get(`/api/timeline?min=${floor}`);
  assert.ok(above.json.every((x: any) => x.salience >= floor));
  assert.ok(above.json.length >= 3);
  const dyad = await get('/api/timeline?top=5&dyad=USA,EGY');
  assert.deepEqual(dyad.json.map((x: any) => x.code), ['042']);
});

test('GET /api/timeline: bad key-moment parameters are 400 with a message', async () => {
  for (const [q, msg] of [['top=0', /"top" must be between 1/], ['top=x', /"top" must be a whole number/], ['perDay=2', /"perDay" needs "top" or "min"/], ['min=1.5', /"min" must be between 0 and 1/], ['min=abc', /"min" must be a number/], ['top=2&top=3', /given 2 times/]] as const) {
    const r = await get('/api/timeline?' + q);
    assert.equal(r.status, 400, q);
    assert.match(r.json.error, msg, q);
  }
});

test('GET /api/digest: periods with readable sentences and numbered sources; by month; bad by', async () => {
  const r = await get('/api/digest');
  assert.equal(r.status, 200);
  assert.equal(r.json.by, 'week');
  assert.deepEqual(r.json.periods.map((p: any) => p.period), ['2011-W04', '2011-W05', '2011-W06']);
  const first = r.json.periods[0].events[0];
  assert.equal(first.sentence, 'Police fought protesters in Suez on Tuesday.');
  assert.deepEqual(first.citations, [1, 2, 3]);
  assert.equal(first.dateLabel, '2011-01-25');
  assert.equal(first.codeName, 'Use conventional military force');
  assert.deepEqual(r.json.sources.slice(0, 3).map((s: any) => s.articleId), ['a1', 'a2', 'a3']);
  const m = await get('/api/digest?by=month&top=1');
  assert.deepEqual(m.json.periods.map((p: any) => [p.period, p.events.length]), [['2011-01', 1], ['2011-02', 1]]);
  const bad = await get('/api/digest?by=year');
  assert.equal(bad.status, 400);
  assert.match(bad.json.error, /"by" must be one of week, month/);
  const both = await get('/api/digest?actor=USA&dyad=USA,EGY');
  assert.equal(both.status, 400);
});
