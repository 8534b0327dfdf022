// `npm run fuzz`: the nightly-style fuzzing run. Every target (readers, cleaners, time tagger, coder) gets an equal
// share of the cases (default 100 000 in all), each run in a worker thread watched from here: a case that takes
// longer than --hang seconds is stopped and counted as a hang, and the run goes on with the next case. Prints the
// cases run, crashes, hangs and the slowest input per target; writes each failing and the slowest input to --out.
//   npm run fuzz -- [--cases N] [--targets a,b] [--seed S] [--hang SECONDS] [--out DIR]
import { Worker } from 'node:worker_threads';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TARGETS, targetNamed } from './fuzz/targets.js';
import { batchOf, BATCH, type WorkerJob, type WorkerMessage } from './fuzz/worker.js';

interface Options { cases: number; targets: string[]; seed: number; hangMs: number; out: string }

function options(argv: string[]): Options {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (name: string, def: number) => {
    const v = get(name);
    if (v === undefined) return def;
    if (!/^\d+$/.test(v)) throw new Error(`--${name} must be a whole number, got "${v}"`);
    return Number(v);
  };
  for (const a of argv) if (a.startsWith('--') && !['--cases', '--targets', '--seed', '--hang', '--out'].includes(a)) throw new Error(`unknown flag ${a} (flags: --cases, --targets, --seed, --hang, --out)`);
  const targets = get('targets')?.split(',').filter(Boolean) ?? TARGETS.map((t) => t.name);
  for (const t of targets) targetNamed(t);
  return { cases: num('cases', 100_000), targets, seed: num('seed', Date.now() % 1_000_000), hangMs: num('hang', 10) * 1000, out: get('out') ?? 'fuzz-findings' };
}

interface Report { target: string; cases: number; crashes: number; hangs: number; slowestMs: number; slowestIndex: number; seconds: number; findings: string[] }

/** Runs cases [0, n) of one target, restarting the worker after a hang. */
async function fuzzTarget(name: string, n: number, o: Options): Promise<Report> {
  const r: Report = { target: name, cases: 0, crashes: 0, hangs: 0, slowestMs: 0, slowestIndex: -1, seconds: 0, findings: [] };
  const t0 = Date.now();
  const save = (kind: string, i: number, note: string) => {
    mkdirSync(o.out, { recursive: true });
    const input = batchOf(name, o.seed, Math.floor(i / BATCH))[i % BATCH];
    const file = join(o.out, `${name}-${kind}-seed${o.seed}-case${i}${Buffer.isBuffer(input) ? '.bin' : '.json'}`);
    writeFileSync(file, Buffer.isBuffer(input) ? input : JSON.stringify({ note, input }, null, 1));
    r.findings.push(`${kind}: case ${i} (${file}): ${note.split('\n')[0]}`);
  };
  let next = 0;
  while (next < n) {
    const job: WorkerJob = { target: name, seed: o.seed, from: next, to: n };
    next = await new Promise<number>((resolve) => {
      const w = new Worker(new URL('./fuzz/worker.js', import.meta.url), { workerData: job });
      let current = job.from;
      let timer: NodeJS.Timeout | undefined;
      w.on('message', (m: WorkerMessage) => {
        if (m.type === 'start') {
          current = m.i;
          timer = setTimeout(() => {
            r.hangs++;
            r.cases++;
            save('hang', current, `no answer after ${o.hangMs / 1000} s`);
            void w.terminate();
            resolve(current + 1);
          }, o.hangMs);
        } else if (m.type === 'done') {
          clearTimeout(timer);
          r.cases++;
          if (m.ms > r.slowestMs) { r.slowestMs = m.ms; r.slowestIndex = m.i; }
          if (m.error) { r.crashes++; save('crash', m.i, m.error); }
          if (r.cases % 5000 === 0) process.stderr.write(`  ${name}: ${r.cases} cases\n`);
        } else {
          void w.terminate();
          resolve(n);
        }
      });
      w.on('error', (e) => {
        clearTimeout(timer);
        r.crashes++;
        r.cases++;
        save('crash', current, `worker died: ${e.message}`);
        resolve(current + 1);
      });
    });
  }
  r.seconds = (Date.now() - t0) / 1000;
  if (r.slowestIndex >= 0) save('slowest', r.slowestIndex, `${r.slowestMs.toFixed(0)} ms`);
  return r;
}

async function main(): Promise<number> {
  const o = options(process.argv.slice(2));
  const per = Math.ceil(o.cases / o.targets.length);
  process.stderr.write(`fuzz: ${per * o.targets.length} cases over ${o.targets.length} targets, seed ${o.seed}, hang after ${o.hangMs / 1000} s\n`);
  const reports: Report[] = [];
  for (const t of o.targets) {
    const r = await fuzzTarget(t, per, o);
    reports.push(r);
    process.stderr.write(`  ${t}: ${r.cases} cases, ${r.crashes} crashes, ${r.hangs} hangs, slowest ${r.slowestMs.toFixed(0)} ms (case ${r.slowestIndex}), ${r.seconds.toFixed(0)} s\n`);
  }
  const total = (k: 'cases' | 'crashes' | 'hangs') => reports.reduce((s, r) => s + r[k], 0);
  const slowest = reports.reduce((a, b) => (b.slowestMs > a.slowestMs ? b : a));
  console.log(`fuzz seed ${o.seed}: ${total('cases')} cases, ${total('crashes')} crashes, ${total('hangs')} hangs; slowest input ${slowest.slowestMs.toFixed(0)} ms (${slowest.target}, case ${slowest.slowestIndex})`);
  console.log('| target | cases | crashes | hangs | slowest | seconds |');
  console.log('|---|---|---|---|---|---|');
  for (const r of reports) console.log(`| ${r.target} | ${r.cases} | ${r.crashes} | ${r.hangs} | ${r.slowestMs.toFixed(0)} ms | ${r.seconds.toFixed(0)} |`);
  for (const r of reports) for (const f of r.findings) if (!f.startsWith('slowest')) console.log(`${r.target} ${f}`);
  return total('crashes') + total('hangs') ? 1 : 0;
}

main().then((code) => process.exit(code), (e: Error) => {
  console.error(`fuzz: ${e.message}`);
  process.exit(2);
});
