import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { listen, type Running } from '../../src/serve/index.js';
import { serve } from '../../src/cli/commands/serve.js';
import { parseArgs, UsageError } from '../../src/cli/args.js';
import type { Store } from '../../src/store/types.js';
import { cameo } from '../../src/events/index.js';
import { seededStore, bulkStore, type Seeded, XSS_TITLE, XSS_SENTENCE, ARTICLES } from './fixture.js';
import { ENDPOINTS } from '../../src/serve/openapi.js';

let seeded: Seeded;
let srv: Running;

before(async () => {
  seeded = await seededStore();
  srv = await listen(seeded.store, 0, '127.0.0.1', { log: () => undefined });
});
after(async () => {
  await srv?.close();
  await seeded?.cleanup();
});

async function get(path: string, init?: RequestInit) {
  const res = await fetch(new URL(path, srv.url), init);
  const text = await res.text();
  let json: any = null;
  if ((res.headers.get('content-type') ?? '').startsWith('application/json')) json = JSON.parse(text);
  return { res, status: res.status, text, json };
}

const ARTICLE_KEYS = ['id', 'origin', 'url', 'source', 'siteName', 'title', 'description', 'author', 'published', 'publishedFrom', 'pageDate', 'modified', 'language', 'text', 'duplicateOf'];
const EVENT_KEYS = ['id', 'date', 'source', 'sourceCountry', 'target', 'targetCountry', 'code', 'root', 'plover', 'goldstein', 'quadClass', 'summary', 'mentions'];

test('page and assets are served with security headers', async () => {
  const page = await get('/');
  assert.equal(page.status, 200);
  assert.match(page.res.headers.get('content-type')!, /^text\/html/);
  const csp = page.res.headers.get('content-security-policy')!;
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  assert.equal(page.res.headers.get('x-content-type-options'), 'nosniff');
  assert.match(page.text, /<script src="\/app\.js" defer><\/script>/);
  assert.doesNotMatch(page.text, /<script>(?!<)/, 'no inline script in the page');
  assert.doesNotMatch(page.text, /https?:\/\/(?!localhost)[^"]*\.(js|css)/, 'no CDN assets');
  const js = await get('/app.js');
  assert.equal(js.status, 200);
  assert.match(js.res.headers.get('content-type')!, /^text\/javascript/);
  assert.doesNotMatch(js.text, /\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=|document\.write/, 'the page script never writes HTML');
  const css = await get('/style.css');
  assert.match(css.res.headers.get('content-type')!, /^text\/css/);
  const again = await get('/app.js', { headers: { 'If-None-Match': js.res.headers.get('etag')! } });
  assert.equal(again.status, 304);
});

test('static files cannot be escaped by path traversal', async () => {
  for (const p of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/web/../../../package.json', '/%2e%2e%2f%2e%2e%2fetc/passwd', '/static/..%5c..%5cpackage.json', '/.hidden', '/api/../../../etc/passwd']) {
    const r = await get(p);
    assert.ok(r.status === 404 || r.status === 400, `${p} → ${r.status}`);
    assert.doesNotMatch(r.text, /"name": "storyline"|root:x:0/);
  }
  // raw request line (fetch normalises dots away)
  const { request } = await import('node:http');
  const raw = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const u = new URL(srv.url);
    const req = request({ host: u.hostname, port: u.port, path: '/../../package.json', method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
  assert.equal(raw.status, 404);
  assert.doesNotMatch(raw.body, /"name": "storyline"/);
});

test('GET /api/articles lists contract articles with limit and offset', async () => {
  const all = await get('/api/articles');
  assert.equal(all.status, 200);
  assert.equal(all.res.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(all.json.length, ARTICLES.length);
  assert.deepEqual(Object.keys(all.json[0]).sort(), [...ARTICLE_KEYS].sort());
  const page = await get('/api/articles?limit=1&offset=1');
  assert.equal(page.json.length, 1);
  assert.equal(page.json[0].id, all.json[1].id);
  for (const bad of ['limit=abc', 'limit=0', 'limit=-1', 'offset=x', 'limit=1&limit=2']) {
    const r = await get('/api/articles?' + bad);
    assert.equal(r.status, 400, bad);
    assert.equal(typeof r.json.error, 'string');
    assert.match(r.json.error, /limit|offset/);
  }
});

test('GET /api/articles/:id returns removals, date evidence and mentions; 404 otherwise', async () => {
  const r = await get('/api/articles/a1111111111111111');
  assert.equal(r.status, 200);
  for (const k of ARTICLE_KEYS) assert.ok(k in r.json, k);
  assert.equal(r.json.removed.length, 2);
  assert.equal(r.json.removed[0].reason, 'boilerplate');
  assert.equal(r.json.dateCandidates[0].from, 'meta:article:published_time');
  assert.equal(r.json.mentions.length, 2);
  assert.equal(r.json.mentions[0].articleId, 'a1111111111111111');
  assert.equal(r.json.mentions[0].dateLabel, '2022-03-05');
  const prefix = await get('/api/articles/a11111');
  assert.equal(prefix.json.id, 'a1111111111111111');
  const missing = await get('/api/articles/zzzz-no-such');
  assert.equal(missing.status, 404);
  assert.match(missing.json.error, /no article/);
  const badId = await get('/api/articles/%3Cscript%3E');
  assert.equal(badId.status, 400);
});

test('hostile article text comes back verbatim as JSON data', async () => {
  const r = await get('/api/articles/b2222222222222222');
  assert.match(r.res.headers.get('content-type')!, /^application\/json/);
  assert.equal(r.json.title, XSS_TITLE);
  assert.equal(r.json.mentions[0].sentence, XSS_SENTENCE);
});

test('GET /api/search finds articles and requires q', async () => {
  const r = await get('/api/search?q=sanctions');
  assert.equal(r.status, 200);
  assert.deepEqual(r.json.map((h: any) => h.articleId).sort(), ['a1111111111111111', 'c3333333333333333']);
  assert.ok(r.json[0].snippet.includes('[sanctions]'));
  assert.equal((await get('/api/search?q=nonexistentword')).json.length, 0);
  const none = await get('/api/search');
  assert.equal(none.status, 400);
  assert.match(none.json.error, /"q"/);
  const syntax = await get('/api/search?q=' + encodeURIComponent('" OR * NEAR( ) -'));
  assert.equal(syntax.status, 200, 'FTS syntax in the query is not an error');
});

test('GET /api/events filters by actor, dyad, dates and code', async () => {
  const all = await get('/api/events');
  assert.equal(all.json.length, 7);
  for (const k of EVENT_KEYS) assert.ok(k in all.json[0], k);
  assert.ok('codeName' in all.json[0] && 'dateLabel' in all.json[0]);
  const ids = async (qs: string) => (await get('/api/events?' + qs)).json.map((e: any) => e.id).sort();
  assert.deepEqual(await ids('dyad=USA,VEN'), ['ev-aid', 'ev-break', 'ev-ready', 'ev-threat', 'ev-undated', 'ev-visit']);
  assert.deepEqual(await ids('dyad=VEN,USA'), await ids('dyad=USA,VEN'), 'dyads are direction-insensitive');
  assert.deepEqual(await ids('actor=CHN'), ['ev-trade']);
  assert.deepEqual(await ids('actor=vengov'), ['ev-ready', 'ev-visit']);
  assert.deepEqual(await ids('dyad=USA,VEN&from=2022&to=2022'), ['ev-aid', 'ev-threat', 'ev-visit']);
  assert.deepEqual(await ids('dyad=USA,VEN&from=2022-03&to=2022-03'), ['ev-aid', 'ev-visit']);
  assert.deepEqual(await ids('code=16'), ['ev-break', 'ev-undated']);
  for (const [qs, word] of [['dyad=USA', 'dyad'], ['dyad=USA,VEN,CHN', 'dyad'], ['actor=U$A', 'actor'], ['from=2022-13', 'from'], ['to=yesterday', 'to'],
    ['from=2023&to=2022', 'after'], ['code=4x', 'code'], ['from=2022-02-30', 'from']] as const) {
    const r = await get('/api/events?' + qs);
    assert.equal(r.status, 400, qs);
    assert.ok(r.json.error.includes(word), `${qs}: ${r.json.error}`);
    assert.doesNotMatch(r.json.error, /at .*\.(ts|js):\d+/, 'no stack trace');
  }
});

test('GET /api/timeline sorts by date with undated events last', async () => {
  const r = await get('/api/timeline?dyad=USA,VEN');
  assert.equal(r.status, 200);
  assert.deepEqual(r.json.map((e: any) => e.id), ['ev-break', 'ev-visit', 'ev-aid', 'ev-threat', 'ev-ready', 'ev-undated']);
  assert.equal(r.json[0].dateLabel, '2019');
  assert.equal(r.json[1].codeName, cameo('043').name, 'CAMEO code names come from the ontology');
  assert.ok(r.json[1].codeName.length > 3);
  assert.equal(r.json.at(-1).date, null);
  const actor = await get('/api/timeline?actor=CHN');
  assert.deepEqual(actor.json.map((e: any) => e.id), ['ev-trade']);
  assert.equal(actor.json[0].dateLabel, '2022-06');
  assert.equal((await get('/api/timeline?actor=USA&dyad=USA,VEN')).status, 400);
});

test('GET /api/dyad gives per-period counts by QuadClass and Goldstein', async () => {
  const r = await get('/api/dyad?a=USA&b=VEN&by=month');
  assert.equal(r.status, 200);
  assert.equal(r.json.by, 'month');
  const march = r.json.periods.find((p: any) => p.period === '2022-03');
  assert.equal(march.total.events, 2);
  assert.deepEqual(march.total.quadClass, [1, 1, 0, 0]);
  assert.equal(march.total.goldsteinSum, 10.2);
  assert.equal(march.ab.events, 2);
  const may = r.json.periods.find((p: any) => p.period === '2022-05');
  assert.equal(may.ba.events, 1);
  assert.equal(may.ba.quadClass[2], 1);
  assert.ok(r.json.periods.some((p: any) => p.period === '2022-04' && p.total.events === 0), 'gaps are filled');
  assert.equal(r.json.undated, 1);
  assert.equal(r.json.coarser, 1, 'the year-only event is not put in a month');
  assert.equal(typeof r.json.aLabel, 'string');
  const byYear = await get('/api/dyad?dyad=USA,VEN&by=year');
  assert.deepEqual(byYear.json.periods.map((p: any) => p.period), ['2019', '2020', '2021', '2022', '2023']);
  assert.equal((await get('/api/dyad?a=USA&b=VEN&by=week')).status, 400);
  assert.equal((await get('/api/dyad?a=USA')).status, 400);
});

test('GET /api/mentions, /api/actors and /api/export.csv', async () => {
  const ms = await get('/api/mentions?actor=VENGOV');
  assert.equal(ms.status, 200);
  assert.equal(ms.json.length, 2);
  assert.ok(ms.json.every((m: any) => 'articleId' in m && 'origin' in m && 'sentence' in m && !('mentions' in m)));
  assert.equal((await get('/api/mentions?article=c3333333333333333')).json.length, 1);

  const actors = await get('/api/actors');
  const countries = actors.json.countries.map((c: any) => c.code);
  assert.deepEqual(countries.slice(0, 2).sort(), ['USA', 'VEN']);
  assert.ok(countries.includes('CHN'));
  assert.equal(actors.json.countries.find((c: any) => c.code === 'VEN').label, 'Venezuela');
  assert.ok(actors.json.actors.some((a: any) => a.code === 'VENGOV'));

  const csv = await get('/api/export.csv?dyad=USA,VEN');
  assert.equal(csv.status, 200);
  assert.match(csv.res.headers.get('content-type')!, /^text\/csv/);
  const lines = csv.text.trim().split('\r\n');
  assert.match(lines[0]!, /^id,/);
  assert.equal(lines.length, 1 + 6);
  assert.ok(csv.text.includes(`"'=HYPERLINK(""http://evil.example"") Southland threatens force."`), 'formula cells are defused');
});

test('unknown routes, methods and failures answer JSON errors without internals', async () => {
  const nope = await get('/api/nope');
  assert.equal(nope.status, 404);
  assert.match(nope.json.error, /no API endpoint/);
  const post = await get('/api/events', { method: 'POST', body: '{}' });
  assert.equal(post.status, 405);
  assert.equal(post.res.headers.get('allow'), 'GET, HEAD');
  const head = await fetch(new URL('/api/events', srv.url), { method: 'HEAD' });
  assert.equal(head.status, 200);

  const broken: Store = Object.create(seeded.store, {
    listEvents: { value: async () => { throw new Error('SQLITE_CORRUPT at /secret/path/db.sqlite'); } },
  });
  const lines: string[] = [];
  const other = await listen(broken, 0, '127.0.0.1', { log: (l) => lines.push(l) });
  try {
    const res = await fetch(new URL('/api/events', other.url));
    assert.equal(res.status, 500);
    const body = await res.json();
    assert.deepEqual(Object.keys(body), ['error']);
    assert.doesNotMatch(body.error, /secret|SQLITE|\.ts:/);
    assert.match(lines.join('\n'), /SQLITE_CORRUPT/, 'the failure is logged on the server side');
  } finally {
    await other.close();
  }
});

test('storyline serve: prints the URL, serves, stops on the signal, rejects bad flags', async () => {
  const err = new PassThrough();
  let stderr = '';
  err.on('data', (c) => (stderr += c));
  const ctx = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: err, env: {}, cwd: seeded.dir };
  const ac = new AbortController();
  const done = serve(parseArgs(['--db', seeded.path, '--port', '0']), ctx, ac.signal);
  for (let i = 0; i < 100 && !/http:\/\//.test(stderr); i++) await new Promise((r) => setTimeout(r, 20));
  const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr)?.[1];
  assert.ok(url, stderr);
  const res = await fetch(url + 'api/articles');
  assert.equal(res.status, 200);
  assert.equal((await res.json()).length, ARTICLES.length);
  ac.abort();
  assert.equal(await done, 0);
  await assert.rejects(fetch(url + 'api/articles'));
  await assert.rejects(serve(parseArgs(['--db', seeded.path, '--port', 'eighty']), ctx, ac.signal), UsageError);
  await assert.rejects(serve(parseArgs(['--db', seeded.path, '--port', '70000']), ctx, ac.signal), UsageError);
});

// ---- the strict, documented interface (issue 14): unknown parameters are errors, list endpoints page with totals,
// an OpenAPI 3 description at /api, search over events, filters by QuadClass, news source and dated/undated ----

test('an unknown query parameter is a 400 that names it and the nearest valid one', async () => {
  const r = await get('/api/events?dyad=USA,VEN&limt=5');
  assert.equal(r.status, 400);
  assert.match(r.json.error, /unknown parameter "limt"; the nearest valid one is "limit"/);
  const t = await get('/api/timeline?actr=USA');
  assert.equal(t.status, 400);
  assert.match(t.json.error, /"actr".*"actor"/);
  const a = await get('/api/actors?x=1');
  assert.equal(a.status, 400);
  assert.match(a.json.error, /unknown parameter "x"; this endpoint takes no parameters/);
  assert.equal((await get('/api/articles/a1111111111111111?foo=bar')).status, 400);
  assert.equal((await get('/api/export.csv?dayd=USA,VEN')).status, 400);
  assert.equal((await get('/api/mentions?quad=1')).status, 400, 'mentions take the store filter only');
});

test('the API is described in OpenAPI 3 at /api and /api/openapi.json, every endpoint with its parameters', async () => {
  const doc = await get('/api');
  assert.equal(doc.status, 200);
  assert.equal(doc.json.openapi, '3.1.0');
  assert.deepEqual((await get('/api/openapi.json')).json, doc.json);
  for (const e of ENDPOINTS) {
    const op = doc.json.paths[e.path]?.get;
    assert.ok(op, e.path);
    assert.deepEqual(op.parameters.filter((p: any) => p.in === 'query').map((p: any) => p.name), e.params.map((p) => p.name), e.path);
  }
  assert.ok(doc.json.paths['/api/events'].get.responses[200].headers['X-Total-Count']);
  assert.deepEqual(doc.json.components.schemas.Event.properties.date.properties.basis.enum, ['stated', 'inherited', 'published']);
  // every route the server answers is described: a request to each described path is not a 404
  for (const e of ENDPOINTS) {
    const path = e.path.replace('{id}', 'a1111111111111111');
    const r = await get(path + (e.params.some((p) => p.required) ? '?q=talks' : ''));
    assert.notEqual(r.status, 404, path);
  }
});

test('list endpoints page with limit and offset, with the total and a link to the next page', async () => {
  const bulk = await bulkStore(25);
  const other = await listen(bulk.store, 0, '127.0.0.1', { log: () => undefined });
  try {
    const at = async (path: string) => {
      const res = await fetch(new URL(path, other.url));
      return { res, json: await res.json() };
    };
    const first = await at('/api/timeline?dyad=USA,VEN&limit=10');
    assert.equal(first.json.length, 10);
    assert.equal(first.res.headers.get('x-total-count'), '25');
    const link = first.res.headers.get('link')!;
    assert.match(link, /^<\/api\/timeline\?.*offset=10.*>; rel="next"$/);
    const second = await at(/<([^>]+)>/.exec(link)![1]!);
    assert.equal(second.json[0].id, 'bulk-10');
    const last = await at('/api/timeline?dyad=USA,VEN&limit=10&offset=20');
    assert.equal(last.json.length, 5);
    assert.equal(last.res.headers.get('link'), null, 'no next page after the last');
    assert.equal((await at('/api/events?limit=1')).res.headers.get('x-total-count'), '25');
  } finally {
    await other.close();
    await bulk.cleanup();
  }
  const arts = await get('/api/articles?limit=1');
  assert.equal(arts.res.headers.get('x-total-count'), '3');
  const hits = await get('/api/search?q=sanctions&limit=1');
  assert.equal(hits.json.length, 1);
  assert.equal(hits.res.headers.get('x-total-count'), '2');
  const ms = await get('/api/mentions?limit=2');
  assert.equal(ms.res.headers.get('x-total-count'), '4');
});

test('search over events: summaries and evidence sentences, with the event filters', async () => {
  const r = await get('/api/search?in=events&q=relations');
  assert.equal(r.status, 200);
  assert.deepEqual(r.json.map((e: any) => e.id).sort(), ['ev-break', 'ev-ready', 'ev-threat'], 'in a summary or an evidence sentence');
  assert.ok(r.json.every((e: any) => typeof e.score === 'number' && e.codeName !== undefined));
  assert.deepEqual((await get('/api/search?in=events&q=' + encodeURIComponent('"break off"'))).json.map((e: any) => e.id), ['ev-break']);
  assert.deepEqual((await get('/api/search?in=events&q=relations&quad=1')).json.map((e: any) => e.id), ['ev-ready']);
  assert.deepEqual((await get('/api/search?in=events&q=sanction*')).json.map((e: any) => e.id).sort(), ['ev-break', 'ev-threat', 'ev-trade', 'ev-undated']);
  assert.equal((await get('/api/search?in=events&q=sanction*')).json[0].id, 'ev-undated', 'a match in the summary ranks first');
  assert.equal((await get('/api/search?in=places&q=x')).status, 400);
  assert.equal((await get('/api/search?q=relations&quad=1')).status, 400, 'event filters do not apply to article search');
});

test('events filter by CAMEO root or code, QuadClass, news source and dated or undated', async () => {
  const ids = async (qs: string) => (await get('/api/events?' + qs)).json.map((e: any) => e.id).sort();
  assert.deepEqual(await ids('code=04'), ['ev-visit']);
  assert.deepEqual(await ids('code=036'), ['ev-ready']);
  assert.deepEqual(await ids('quad=4'), ['ev-undated']);
  assert.deepEqual(await ids('quad=3&dyad=USA,VEN'), ['ev-break', 'ev-threat']);
  assert.deepEqual(await ids('outlet=example.org'), ['ev-aid', 'ev-break', 'ev-threat', 'ev-visit']);
  assert.deepEqual(await ids('dated=false'), ['ev-undated']);
  assert.equal((await ids('dated=true')).length, 6);
  for (const bad of ['quad=5', 'quad=x', 'dated=maybe', 'outlet=a%20b']) assert.equal((await get('/api/events?' + bad)).status, 400, bad);
  const sources = await get('/api/sources');
  assert.deepEqual(sources.json, [{ outlet: 'example.org', events: 4 }]);
});
