// The PostgreSQL ingest queue: `storyline ingest --queue` + `storyline worker` processes give the store of one
// `storyline ingest` over the same inputs, with several workers at once, and when a worker is killed mid-job.
// Needs STORYLINE_TEST_PG (CI starts a server); skipped without it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import pg from 'pg';
import { groupFiles } from '../../src/queue/index.js';
import { runAsync, start, tempDir, withStore } from '../helpers.js';
import { SERVER, pgDatabase } from '../pg.js';
import { stories, writeCorpus } from '../pipeline/corpus.js';
import { snapshot } from '../pipeline/snapshot.js';

test('files are grouped into jobs by size and count, in order', () => {
  const f = (size: number) => ({ size });
  assert.deepEqual(groupFiles([f(5), f(5), f(5), f(20), f(1)], 10, 100).map((g) => g.map((x) => x.size)), [[5, 5], [5], [20], [1]]);
  assert.deepEqual(groupFiles([f(1), f(1), f(1)], 10, 2).map((g) => g.length), [2, 1]);
  assert.deepEqual(groupFiles([], 10, 2), []);
});

/** The store of one plain ingest of `dir`. */
async function reference(url: string, dir: string) {
  const r = await runAsync(['ingest', dir, '--db', url, '--workers', '1', '--quiet']);
  assert.equal(r.code, 0, r.stderr);
  return withStore(url, snapshot);
}

async function jobs(url: string): Promise<{ id: number; state: string; attempts: number; added: number }[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query('SELECT id, state, attempts, added FROM ingest_jobs ORDER BY id')).rows.map((r) => ({ id: Number(r.id), state: r.state, attempts: r.attempts, added: r.added }));
  } finally {
    await c.end();
  }
}

describe('PostgreSQL ingest queue', { skip: SERVER ? false : 'STORYLINE_TEST_PG is not set' }, () => {
  const db = pgDatabase('storyline_queue');
  const schemaUrl = db.fresh;

  test('two workers share the queued jobs and give the store of one ingest', async () => {
    const dir = tempDir();
    writeCorpus(join(dir, 'in'), stories(0, 12), 3);
    const url = await schemaUrl();
    const q = await runAsync(['ingest', '--queue', join(dir, 'in'), '--db', url, '--job-files', '2']);
    assert.equal(q.code, 0, q.stderr);
    assert.match(q.stderr, /queued 12 files \(.*\) as 6 jobs/);
    const ws = await Promise.all([0, 1].map(() => runAsync(['worker', '--db', url, '--workers', '1', '--exit-when-empty'])));
    for (const w of ws) assert.equal(w.code, 0, w.stderr);
    const js = await jobs(url);
    assert.equal(js.length, 6);
    assert.ok(js.every((j) => j.state === 'done'), JSON.stringify(js));
    const status = await runAsync(['jobs', '--db', url]);
    assert.equal(status.code, 0);
    const got = await withStore(url, snapshot);
    const want = await reference(await schemaUrl(), join(dir, 'in'));
    assert.equal(want.articles.length, 36);
    assert.deepEqual(got, want);
  });

  test('a worker killed mid-job: another retries the job, nothing lost or stored twice', async () => {
    const dir = tempDir();
    writeCorpus(join(dir, 'in'), stories(0, 16), 48);
    const url = await schemaUrl();
    assert.equal((await runAsync(['ingest', '--queue', join(dir, 'in'), '--db', url])).code, 0);
    // The first worker commits a few small batches of the one job, then is killed (SIGKILL: no clean-up at all).
    const first = start(['worker', '--db', url, '--workers', '1', '--batch', '2']);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    let stored = 0;
    try {
      for (let i = 0; i < 3000 && stored < 4; i++) {
        await new Promise((r) => setTimeout(r, 20));
        stored = Number((await c.query(`SELECT COUNT(*) AS n FROM articles`).catch(() => ({ rows: [{ n: 0 }] }))).rows[0].n);
      }
    } finally {
      await c.end();
    }
    first.child.kill('SIGKILL');
    const killed = await first.done;
    assert.equal(killed.signal, 'SIGKILL');
    assert.ok(stored >= 4 && stored < 48, `killed mid-job (${stored} of 48 articles stored)`);
    const before = await jobs(url);
    assert.equal(before[0]!.state, 'running', 'the job is left marked running');
    const orphan = await runAsync(['jobs', '--db', url, '--json']);
    assert.equal(orphan.code, 0, orphan.stderr);
    assert.equal(JSON.parse(orphan.stdout).orphaned, 1, 'status sees the job without a worker');
    // A second worker claims it at once (its lock died with the first worker's connection) and finishes it.
    const second = await runAsync(['worker', '--db', url, '--workers', '1', '--exit-when-empty']);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /job 1 .*: \d+ new, \d+ already stored/);
    const after = await jobs(url);
    assert.deepEqual(after.map((j) => [j.state, j.attempts]), [['done', 2]]);
    const got = await withStore(url, snapshot);
    const want = await reference(await schemaUrl(), join(dir, 'in'));
    assert.equal(want.articles.length, 48);
    assert.deepEqual(got, want);
  });
});
