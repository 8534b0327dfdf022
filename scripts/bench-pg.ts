// npm run bench:pg — several writers on one PostgreSQL (STORYLINE_BENCH_PG = a server where the bench may CREATE
// DATABASE). Generates text scrapes and measures, through the CLI as users run it: one `storyline ingest` process;
// two processes at once over the two halves (and checks they leave the store of the one process); the job queue with
// two `storyline worker` processes. While writers run, pg_stat_activity is sampled every 20 ms: the share of samples
// in which a writer waits for the store's writer or merge lock says how much the serialisation costs.
// Usage: STORYLINE_BENCH_PG=postgres://… node dist/scripts/bench-pg.js [--text N] [--workers N]
import { mkdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { parseArgs, flagString } from '../src/cli/args.js';
import { openStore } from '../src/store/index.js';
import { textScrape } from './lib/corpus.js';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'storyline.js');

function cli(args: string[]): Promise<void> {
  return new Promise((res, rej) => {
    const c = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, STORYLINE_DB: '' } });
    let err = '';
    c.stderr.on('data', (d) => (err += d));
    c.on('close', (code) => (code === 0 ? res() : rej(new Error(`storyline ${args[0]} exited ${code}: ${err}`))));
  });
}

/** Samples the database's sessions every 20 ms while `work` runs: share of samples with a session waiting on an advisory lock. */
async function sampled(admin: pg.Client, db: string, work: Promise<unknown>): Promise<{ ms: number; waiting: number }> {
  const t0 = Date.now();
  let done = false, samples = 0, waiting = 0;
  work.finally(() => (done = true)).catch(() => {});
  while (!done) {
    const r = await admin.query(`SELECT COUNT(*) FILTER (WHERE wait_event_type = 'Lock' AND wait_event = 'advisory') AS w FROM pg_stat_activity WHERE datname = $1`, [db]);
    samples++;
    if (Number(r.rows[0].w) > 0) waiting++;
    await new Promise((r2) => setTimeout(r2, 20));
  }
  await work;
  return { ms: Date.now() - t0, waiting: samples ? waiting / samples : 0 };
}

async function snapshot(url: string): Promise<string> {
  const s = await openStore(url);
  try {
    const arts = (await s.listArticles()).map((a) => [a.id, a.duplicateOf]).sort();
    const events = (await s.listEvents()).map((e) => ({ ...e, mentions: e.mentions.map(({ origin: _, ...m }) => m) }));
    return JSON.stringify({ arts, events });
  } finally {
    await s.close();
  }
}

async function main() {
  const server = process.env.STORYLINE_BENCH_PG;
  if (!server) {
    console.log('bench:pg: set STORYLINE_BENCH_PG to a postgres:// URL of a server where the bench may CREATE DATABASE');
    return;
  }
  const args = parseArgs(process.argv.slice(2));
  const n = Number(flagString(args, 'text') ?? 2000);
  const workers = flagString(args, 'workers') ?? '1';
  const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-pg-'));
  for (const half of ['a', 'b']) mkdirSync(join(dir, half));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, i % 2 ? 'b' : 'a', `t${i}.txt`), textScrape(i));
  const db = `storyline_bench_${randomBytes(4).toString('hex')}`;
  const root = new pg.Client({ connectionString: server });
  await root.connect();
  await root.query(`CREATE DATABASE ${db}`);
  const u = new URL(server);
  u.pathname = `/${db}`;
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  const schema = async (name: string) => {
    await admin.query(`CREATE SCHEMA ${name}`);
    const s = new URL(u);
    s.searchParams.set('options', `-c search_path=${name}`);
    return s.toString();
  };
  try {
    console.log(`${n} text scrapes; each process ${workers} worker thread(s); one PostgreSQL on this machine`);
    const one = await schema('one');
    const r1 = await sampled(admin, db, cli(['ingest', join(dir, 'a'), join(dir, 'b'), '--db', one, '--workers', workers, '--quiet']));
    console.log(`one ingest process:        ${(r1.ms / 1000).toFixed(1)} s, ${((n * 1000) / r1.ms).toFixed(0)} articles/s`);
    const two = await schema('two');
    const r2 = await sampled(admin, db, Promise.all([cli(['ingest', join(dir, 'a'), '--db', two, '--workers', workers, '--quiet']), cli(['ingest', join(dir, 'b'), '--db', two, '--workers', workers, '--quiet'])]));
    const same = (await snapshot(one)) === (await snapshot(two));
    console.log(`two ingest processes:      ${(r2.ms / 1000).toFixed(1)} s, ${((n * 1000) / r2.ms).toFixed(0)} articles/s; a writer waited for a lock in ${(100 * r2.waiting).toFixed(0)} % of the samples; store ${same ? 'equal to' : 'DIFFERENT from'} the one process's`);
    const q = await schema('queue');
    const t0 = Date.now();
    await cli(['ingest', '--queue', join(dir, 'a'), join(dir, 'b'), '--db', q, '--job-files', String(Math.ceil(n / 20))]);
    const enq = Date.now() - t0;
    const r3 = await sampled(admin, db, Promise.all([0, 1].map(() => cli(['worker', '--db', q, '--workers', workers, '--exit-when-empty']))));
    const sameQ = (await snapshot(one)) === (await snapshot(q));
    console.log(`queue, two workers:        enqueue ${(enq / 1000).toFixed(1)} s (20 jobs); ${(r3.ms / 1000).toFixed(1)} s, ${((n * 1000) / r3.ms).toFixed(0)} articles/s; lock waits in ${(100 * r3.waiting).toFixed(0)} % of the samples; store ${sameQ ? 'equal to' : 'DIFFERENT from'} the one process's`);
  } finally {
    await admin.end();
    await root.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await root.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
