// The API's strict, documented interface (issue 14): unknown parameters are errors, list endpoints page with totals,
// an OpenAPI 3 description at /api, search over events, filters by QuadClass, news source and dated/undated.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { listen, type Running } from '../../src/serve/index.js';
import { ENDPOINTS } from '../../src/serve/openapi.js';
import { seededStore, bulkStore, type Seeded } from './fixture.js';

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

async function get(path: string, base = srv.url) {
  const res = await fetch(new URL(path, base));
  const text = await res.text();
  const json = (res.headers.get('content-type') ?? '').startsWith('application/json') ? JSON.parse(text) : null;
  return { res, status: res.status, text, json };
}

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
    const first = await get('/api/timeline?dyad=USA,VEN&limit=10', other.url);
    assert.equal(first.json.length, 10);
    assert.equal(first.res.headers.get('x-total-count'), '25');
    const link = first.res.headers.get('link')!;
    assert.match(link, /^<\/api\/timeline\?.*offset=10.*>; rel="next"$/);
    const second = await get(/<([^>]+)>/.exec(link)![1]!, other.url);
    assert.equal(second.json[0].id, 'bulk-10');
    const last = await get('/api/timeline?dyad=USA,VEN&limit=10&offset=20', other.url);
    assert.equal(last.json.length, 5);
    assert.equal(last.res.headers.get('link'), null, 'no next page after the last');
    assert.equal((await get('/api/events?limit=1', other.url)).res.headers.get('x-total-count'), '25');
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
