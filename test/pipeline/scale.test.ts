// Scaling without changing the result: worker threads, incremental merges, input order, and several ingest
// processes writing into one store at once (SQLite file; PostgreSQL when STORYLINE_TEST_PG is set).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.js';
import { ingest, remerge } from '../../src/pipeline/index.js';
import { runAsync, tempDir, withStore } from '../helpers.js';
import { stories, writeCorpus } from './corpus.js';
import { snapshot } from './snapshot.js';
import { SERVER, pgDatabase } from '../pg.js';

test('two worker threads give the store of one (articles, ids, duplicates, mentions, events)', async () => {
  // Through the built CLI: the pool's threads load the built worker module.
  const dir = tempDir();
  writeCorpus(join(dir, 'in'), stories(0, 8));
  const runs = await Promise.all([1, 2].map((w) => runAsync(['ingest', join(dir, 'in'), '--db', join(dir, `w${w}.db`), '--workers', String(w), '--batch', '7'])));
  for (const r of runs) assert.equal(r.code, 0, r.stderr);
  const summary = (r: { stderr: string }) => r.stderr.split('\n').filter((l) => l.startsWith('ingested')).join('\n').replace(/; [\d.]+ s, \d+ articles\/s/, '');
  assert.match(summary(runs[0]!), /ingested 24 new articles \((1[6-9]|2\d) near-duplicates of earlier ones\)/);
  assert.equal(summary(runs[1]!), summary(runs[0]!));
  const [one, two] = await Promise.all([1, 2].map((w) => withStore(join(dir, `w${w}.db`), async (s) => ({ snap: await snapshot(s), order: (await s.listArticles()).map((a) => [a.id, a.origin]) }))));
  assert.ok(one!.snap.events.length > 0);
  assert.deepEqual(two!.snap, one!.snap);
  // Same order and origins too: the writer stores documents in input order.
  assert.deepEqual(two!.order, one!.order);
});

test('ingesting in two steps, in either order, gives the store of one ingest; incremental merges equal a full merge', async () => {
  const dir = tempDir();
  // Overlapping halves: stories 4–7 in both, and the copies of a story split between them.
  const all = stories(0, 12);
  writeCorpus(join(dir, 'a'), all.filter((_, i) => i < 24 || i % 3 === 0));
  writeCorpus(join(dir, 'b'), all.filter((_, i) => i >= 12));
  const once = new SqliteStore(join(dir, 'once.db'));
  const ab = new SqliteStore(join(dir, 'ab.db'));
  const ba = new SqliteStore(join(dir, 'ba.db'));
  try {
    await ingest(once, [join(dir, 'a'), join(dir, 'b')], { batchSize: 5 });
    await ingest(ab, [join(dir, 'a')], { batchSize: 5 });
    await ingest(ab, [join(dir, 'b')], { batchSize: 5 });
    await ingest(ba, [join(dir, 'b')], { batchSize: 5 });
    const again = await ingest(ba, [join(dir, 'a')], { batchSize: 5 });
    assert.ok(again.skipped > 0 && again.added > 0);
    const want = await snapshot(once);
    assert.equal(want.articles.length, 36);
    assert.deepEqual(await snapshot(ab), want);
    assert.deepEqual(await snapshot(ba), want);
    // The incrementally merged events are those of a merge of everything.
    const incremental = await ba.listEvents();
    await remerge(ba);
    assert.deepEqual(await ba.listEvents(), incremental);
  } finally {
    await Promise.all([once.close(), ab.close(), ba.close()]);
  }
});

/** Two `storyline ingest` processes at once over overlapping inputs, then the store of one process over both. */
async function concurrentEqualsOne(target: (name: string) => Promise<string>) {
  const dir = tempDir();
  const all = stories(0, 16);
  // Each process gets most of the copies; a third of the records are in both inputs.
  writeCorpus(join(dir, 'x'), all.filter((_, i) => i % 3 !== 2), 4);
  writeCorpus(join(dir, 'y'), all.filter((_, i) => i % 3 !== 0).reverse(), 4);
  const shared = await target('shared');
  const runs = await Promise.all([
    runAsync(['ingest', join(dir, 'x'), '--db', shared, '--workers', '1', '--batch', '3', '--quiet']),
    runAsync(['ingest', join(dir, 'y'), '--db', shared, '--workers', '1', '--batch', '3', '--quiet']),
  ]);
  for (const r of runs) assert.equal(r.code, 0, r.stderr);
  const single = await target('single');
  const r = await runAsync(['ingest', join(dir, 'x'), join(dir, 'y'), '--db', single, '--workers', '1', '--quiet']);
  assert.equal(r.code, 0, r.stderr);
  const got = await withStore(shared, snapshot);
  const want = await withStore(single, snapshot);
  assert.equal(want.articles.length, 48);
  assert.equal(new Set(got.articles.map((a) => a.id)).size, got.articles.length, 'no article stored twice');
  assert.deepEqual(got.articles, want.articles);
  assert.deepEqual(got.mentions, want.mentions);
  assert.deepEqual(got.events, want.events);
}

test('two ingest processes into one SQLite file give the store of one process', async () => {
  const dir = tempDir();
  await concurrentEqualsOne(async (name) => join(dir, `${name}.db`));
});

describe('PostgreSQL: several ingest processes', { skip: SERVER ? false : 'STORYLINE_TEST_PG is not set' }, () => {
  const db = pgDatabase('storyline_scale');
  test('two concurrent ingests of overlapping inputs equal one ingest', async () => {
    await concurrentEqualsOne(db.fresh);
  });
});
