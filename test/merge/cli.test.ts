// The events / timeline / dyad / export commands against a real SQLite store filled with fixture mentions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { openStore } from '../../src/store/index.js';
import { mergeMentions } from '../../src/merge/index.js';
import { scenario, storeMentions } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'sl-merge-cli-'));
const db = join(dir, 'test.db');

before(async () => {
  const ms = [...scenario('background'), ...scenario('weekendMeeting'), ...scenario('undatedJoins').filter((m) => m.articleId !== 'a1'), ...scenario('visitHost')];
  ms.push({ ...scenario('weekendMeeting')[0]!, id: 'q1:0', articleId: 'q1', origin: 'corpus/q1.txt', url: 'https://q.example/a?x=1,2', source_domain: 'q.example', code: '163', root: '16', goldstein: -8, quadClass: 4, date: { start: '2022-05-10', end: '2022-05-10', precision: 'day' }, sentence: 'The US said "new sanctions, effective today" hit Caracas.' });
  const store = await openStore(db);
  await storeMentions(store, ms);
  await store.replaceEvents(mergeMentions(await store.listMentions()));
  await store.close();
});

after(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const sink = (f: (s: string) => void) => new Writable({ write(c, _e, cb) { f(String(c)); cb(); } });
  const code = await main([...args, '--db', db], { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), env: {}, cwd: dir });
  return { code, out, err };
}

test('events --json: contract shape, actor filter by country and code prefix', async () => {
  const r = await cli(['events', '--json']);
  assert.equal(r.code, 0, r.err);
  const all = JSON.parse(r.out) as Record<string, unknown>[];
  assert.ok(all.length >= 5);
  for (const k of ['id', 'date', 'source', 'sourceCountry', 'target', 'targetCountry', 'code', 'root', 'plover', 'goldstein', 'quadClass', 'summary', 'mentions']) assert.ok(k in all[0]!, k);
  const usa = JSON.parse((await cli(['events', '--json', '--actor', 'USA'])).out) as { source: string; target: string }[];
  assert.ok(usa.length >= 4 && usa.length < all.length);
  assert.ok(usa.every((e) => e.source.startsWith('USA') || e.target.startsWith('USA')));
  const gov = JSON.parse((await cli(['events', '--json', '--actor', 'ARGGOV'])).out) as unknown[];
  assert.equal(gov.length, 2);
});

test('events filters: --dyad, --from/--to (partial dates), --code', async () => {
  const dy = JSON.parse((await cli(['events', '--json', '--dyad', 'VEN,USA'])).out) as { code: string; date: { start: string } | null }[];
  assert.ok(dy.length >= 4);
  const y2019 = JSON.parse((await cli(['events', '--json', '--dyad', 'USA,VEN', '--from', '2019', '--to', '2019'])).out) as { code: string }[];
  assert.deepEqual(y2019.map((e) => e.code).sort(), ['161', '163']);
  const c04 = JSON.parse((await cli(['events', '--json', '--code', '04', '--from', '2022-03'])).out) as { code: string }[];
  assert.ok(c04.length >= 2 && c04.every((e) => e.code.startsWith('04')));
  const bad = await cli(['events', '--from', 'last week']);
  assert.equal(bad.code, 2);
});

test('timeline --json is in date order with undated last; text has one line per event', async () => {
  const r = await cli(['timeline', '--dyad', 'USA,VEN', '--json']);
  assert.equal(r.code, 0, r.err);
  const ev = JSON.parse(r.out) as { date: { start: string } | null; mentions: unknown[]; summary: string }[];
  const dated = ev.filter((e) => e.date).map((e) => e.date!.start);
  assert.deepEqual(dated, [...dated].sort());
  const firstUndated = ev.findIndex((e) => !e.date);
  assert.ok(firstUndated > 0 && ev.slice(firstUndated).every((e) => !e.date));
  const text = await cli(['timeline', '--dyad', 'USA,VEN']);
  const lines = text.out.trim().split('\n');
  assert.equal(lines.length, ev.length);
  assert.match(lines[0]!, /^2019\s/);
  assert.match(text.out, /^2022-03-05\s.*042.*USAGOV → VENGOV.*\[3 sources: /m);
  assert.match(lines[lines.length - 1]!, /^undated/);
  assert.match(text.out, /background/);
});

test('timeline --md is a Markdown document with numbered sources', async () => {
  const r = await cli(['timeline', '--actor', 'VEN', '--md']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^# Timeline: VEN/);
  assert.match(r.out, /^## 2019$/m);
  assert.match(r.out, /^## Undated$/m);
  assert.match(r.out, /^- \*\*2022-03-05\*\*: .*\[1\]|\[\d+\]/m);
  assert.match(r.out, /^## Sources$/m);
  assert.match(r.out, /^\d+\. <https:\/\/outlet-one\.example\/a1>, published 2022-03-08/m);
  const bad = await cli(['timeline', '--actor', 'VEN', '--dyad', 'USA,VEN']);
  assert.equal(bad.code, 2);
});

test('dyad: per-period counts both directions, Goldstein sums and means', async () => {
  const r = await cli(['dyad', 'USA', 'VEN', '--by', 'month', '--json']);
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out) as { period: string; ab: { events: number; quadClass: number[]; goldsteinSum: number; goldsteinMean: number }; ba: { events: number }; total: { events: number; goldsteinMean: number } }[];
  assert.deepEqual(rows.map((x) => x.period), ['2019-04', '2019-05', '2019-06', '2019-07', '2019-08', '2019-09', '2019-10', '2019-11', '2019-12', '2020-01', '2020-02', '2020-03', '2020-04', '2020-05', '2020-06', '2020-07', '2020-08', '2020-09', '2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07', '2021-08', '2021-09', '2021-10', '2021-11', '2021-12', '2022-01', '2022-02', '2022-03', '2022-04', '2022-05']);
  const apr = rows[0]!;
  assert.equal(apr.ab.events, 1); // the April 2019 embargo
  assert.deepEqual(apr.ab.quadClass, [0, 0, 0, 1]);
  const mar = rows.find((x) => x.period === '2022-03')!;
  assert.equal(mar.ab.events, 1);
  assert.equal(mar.ab.goldsteinSum, 1.9);
  const may = rows.find((x) => x.period === '2022-05')!;
  assert.equal(may.total.goldsteinMean, -8);
  const year = JSON.parse((await cli(['dyad', 'USA', 'VEN', '--by', 'year', '--json'])).out) as { period: string; total: { events: number; goldsteinSum: number; goldsteinMean: number } }[];
  assert.deepEqual(year.map((x) => x.period), ['2019', '2020', '2021', '2022']);
  assert.equal(year[0]!.total.events, 2); // the 2019 break (year) and the April embargo
  assert.equal(year[0]!.total.goldsteinSum, -12);
  assert.equal(year[0]!.total.goldsteinMean, -6);
  const t = await cli(['dyad', 'USA', 'VEN', '--by', 'quarter']);
  assert.match(t.out, /^2019-Q2 /m);
  assert.match(t.out, /Goldstein mean 2019-Q2 \S.* 2022-Q2/);
  assert.match(t.out, /undated event/);
  assert.equal((await cli(['dyad', 'USA'])).code, 2);
  assert.equal((await cli(['dyad', 'USA', 'VEN', '--by', 'week'])).code, 2);
});

test('export csv: RFC 4180 quoting; jsonl; --mentions; --out', async () => {
  const r = await cli(['export', '--format', 'csv']);
  assert.equal(r.code, 0, r.err);
  assert.ok(r.out.endsWith('\r\n'));
  const lines = r.out.split('\r\n');
  assert.equal(lines[0], 'id,date,date_start,date_end,date_precision,source,source_country,target,target_country,code,root,quad_class,goldstein,plover,num_mentions,num_articles,num_sources,first_reported,background,source_url,summary');
  assert.ok(r.out.includes('"https://q.example/a?x=1,2"'));
  assert.ok(r.out.includes('"The US said ""new sanctions, effective today"" hit Caracas."'));
  const j = await cli(['export', '--format', 'jsonl', '--mentions']);
  const rows = j.out.trim().split('\n').map((l) => JSON.parse(l) as { event_id: string | null; mention_id: string });
  assert.equal(rows.length, 13);
  assert.ok(rows.every((x) => x.event_id));
  const o = await cli(['export', '--format', 'csv', '--out', 'events.csv']);
  assert.equal(o.code, 0);
  assert.equal(readFileSync(join(dir, 'events.csv'), 'utf8'), r.out);
  assert.equal((await cli(['export', '--format', 'xml'])).code, 2);
});
