// npm run bench — generates a synthetic news corpus (text scrapes with boilerplate, HTML pages with menus, comments and
// JSON-LD) and measures each stage and the whole pipeline on one core: articles/s, sentences/s, expressions/s, peak memory;
// then worker threads (1 vs 2, and the main thread's share, which caps the speed-up), real news (Timeline17, beside one
// wink-nlp pass over the same texts) and the incremental merge on a synthesised store of 100 000 articles.
// Rates are given for wall time and for CPU time (process CPU: user + system of all its threads, which includes V8's
// GC helper threads); on a shared machine the CPU-time rate is the steadier figure.
// Usage: node dist/scripts/bench.js [--text N] [--html N] [--store N] [--keep DIR]
import { mkdirSync, writeFileSync, rmSync, mkdtempSync, readdirSync } from 'node:fs';
import { performance as perf } from 'node:perf_hooks';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readTimeline17 } from './lib/timeline17.js';
import { htmlPage, rng, textScrape } from './lib/corpus.js';
import type { Article, EventMention } from '../src/types.js';
import type { BatchItem } from '../src/store/types.js';
import { mergeStale, openProcessor, type Processor } from '../src/pipeline/index.js';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseArgs, flagString } from '../src/cli/args.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { ingest, remerge } from '../src/pipeline/index.js';
import { cleanDocument } from '../src/clean/index.js';
import { findTimeExpressions } from '../src/time/index.js';
import { codeSentences } from '../src/events/index.js';
import { initDedup, fingerprint } from '../src/dedup/index.js';

function mb(n: number) {
  return `${(n / 1048576).toFixed(0)} MB`;
}

/**
 * Peak rss while a stage runs, sampled every 10 ms by a worker thread (its own event loop keeps sampling while the
 * main thread is busy in synchronous work, such as the merge). reset() starts a new stage.
 */
function rssSampler(): { reset(): void; peak(): number; stop(): Promise<number> } {
  const shared = new Float64Array(new SharedArrayBuffer(16)); // [peak, stop flag]
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const a = new Float64Array(workerData);
     const t = setInterval(() => { const r = process.memoryUsage.rss(); if (r > a[0]) a[0] = r; if (a[1]) clearInterval(t); }, 10);`,
    { eval: true, workerData: shared.buffer },
  );
  const now = () => process.memoryUsage.rss();
  return {
    reset: () => { shared[0] = now(); },
    peak: () => Math.max(shared[0]!, now()),
    stop: async () => { shared[1] = 1; await worker.terminate(); return shared[0]!; },
  };
}

/** Wall and CPU time of a stage; rate(n) = "n/s wall, n/s CPU". */
function timer() {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  return {
    done() {
      const wallMs = performance.now() - t0;
      const c = process.cpuUsage(c0);
      const cpuMs = (c.user + c.system) / 1000;
      return { wallMs, cpuMs, rate: (n: number, unit: string) => `${((n * 1000) / wallMs).toFixed(0)} ${unit}/s wall, ${((n * 1000) / cpuMs).toFixed(0)} ${unit}/s CPU` };
    },
  };
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const nText = Number(flagString(args, 'text') ?? 20000);
  const nHtml = Number(flagString(args, 'html') ?? 2000);
  const dir = flagString(args, 'keep') ?? mkdtempSync(join(tmpdir(), 'storyline-bench-'));
  const textDir = join(dir, 'text');
  const htmlDir = join(dir, 'html');
  const t = Date.now();
  const texts: string[] = [];
  for (let i = 0; i < nText; i++) {
    const sub = join(textDir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const s = textScrape(i);
    if (i < 2000) texts.push(s);
    writeFileSync(join(sub, `a${i}.txt`), s);
  }
  mkdirSync(htmlDir, { recursive: true });
  for (let i = 0; i < nHtml; i++) writeFileSync(join(htmlDir, `p${i}.html`), htmlPage(i));
  console.log(`corpus: ${nText} text scrapes + ${nHtml} HTML pages generated in ${((Date.now() - t) / 1000).toFixed(1)} s (${dir})`);
  console.log(`node ${process.version}, one core (single-threaded pipeline)`);

  // Stage figures on in-memory documents.
  let tm = timer();
  const cleaned = texts.map((text, i) => cleanDocument({ origin: `t${i}`, text }));
  console.log(`clean (text):  ${tm.done().rate(texts.length, 'articles')}`);

  let exprs = 0;
  tm = timer();
  for (const c of cleaned) exprs += findTimeExpressions(c.text, c.published ?? '2024-06-01').length;
  const timeT = tm.done();
  console.log(`time:          ${timeT.rate(cleaned.length, 'documents')}; ${((exprs * 1000) / timeT.cpuMs).toFixed(0)} expressions/s CPU`);

  const sentences = cleaned.flatMap((c) => c.text.split(/\n\n+/)).slice(0, 10000);
  tm = timer();
  let coded = 0;
  for (const s of sentences) coded += codeSentences(s, '2024-06-01').length;
  const codeT = tm.done();
  const sentCount = sentences.reduce((n, p) => n + (p.match(/[.!?](\s|$)/g)?.length ?? 1), 0);
  console.log(`code:          ${codeT.rate(sentCount, 'sentences')} (${coded} mentions from ${sentCount} sentences)`);

  await initDedup();
  tm = timer();
  let shingled = 0;
  for (const c of cleaned) { fingerprint(c.origin, c.text, c.published); shingled++; }
  const fpT = tm.done();
  console.log(`dedup fingerprint: ${fpT.rate(shingled, 'articles')} (${((fpT.cpuMs) / Math.max(1, shingled)).toFixed(3)} ms CPU per article)`);

  // End to end through the CLI's pipeline into SQLite, text then HTML, then the (streaming) merge, with memory samples.
  const dbDir = mkdtempSync(join(tmpdir(), 'storyline-bench-db-'));
  const store = new SqliteStore(join(dbDir, 'bench.db'));
  const rss = rssSampler();
  let overall = 0;
  const samples: string[] = [];
  let lastSample = 0;
  gc();
  rss.reset();
  tm = timer();
  // One worker, in this thread; the time spent cleaning and coding (what workers take over) is measured apart, so the
  // rest is the main thread's share: reading, input keys, near-duplicate decisions, storage.
  const inline = await openProcessor(1);
  let processMs = 0;
  const timed: Processor = { threads: 1, close: () => inline.close(), run: async (raw, key) => {
    const t0 = perf.now();
    try { return await inline.run(raw, key); } finally { processMs += perf.now() - t0; }
  } };
  const sText = await ingest(store, [textDir], {
    noMerge: true,
    processor: timed,
    onProgress: (p) => {
      if (p.articles >= lastSample + nText / 4) {
        lastSample = p.articles;
        samples.push(`${p.articles}: ${mb(process.memoryUsage.rss())}`);
      }
    },
  });
  const textT = tm.done();
  overall = Math.max(overall, rss.peak());
  console.log(`ingest text:   ${sText.added} articles: ${textT.rate(sText.added, 'articles')} (clean, dedup, time, code, store); ${sText.duplicates} near-duplicates, ${sText.mentions} mentions`);
  console.log(`  memory (rss) as the corpus grows: ${samples.join(', ')}; stage peak ${mb(rss.peak())}`);
  gc();
  rss.reset();
  tm = timer();
  const sHtml = await ingest(store, [htmlDir], { noMerge: true });
  const htmlT = tm.done();
  overall = Math.max(overall, rss.peak());
  console.log(`ingest HTML:   ${sHtml.added} pages: ${htmlT.rate(sHtml.added, 'pages')}; stage peak ${mb(rss.peak())}`);
  gc();
  const before = process.memoryUsage.rss();
  rss.reset();
  tm = timer();
  const events = await remerge(store);
  const mergeT = tm.done();
  const mergePeak = rss.peak();
  overall = Math.max(overall, mergePeak);
  console.log(`merge:         ${sText.mentions + sHtml.mentions} mentions → ${events} events in ${(mergeT.wallMs / 1000).toFixed(1)} s wall, ${(mergeT.cpuMs / 1000).toFixed(1)} s CPU (streamed by actor-pair partition); peak ${mb(mergePeak)} rss, ${mb(mergePeak - before)} above the rss before the stage`);
  const n = sText.added + sHtml.added;
  const wall = textT.wallMs + htmlT.wallMs + mergeT.wallMs;
  const cpu = textT.cpuMs + htmlT.cpuMs + mergeT.cpuMs;
  console.log(`end to end:    ${((n * 1000) / wall).toFixed(0)} articles/s wall, ${((n * 1000) / cpu).toFixed(0)} articles/s CPU (ingest → clean → time → code → store → merge)`);
  await rss.stop();
  console.log(`peak memory:   ${mb(overall)} rss during the pipeline (process maxRSS ${mb(process.resourceUsage().maxRSS * 1024)}, includes the stage figures above)`);
  await store.close();

  await workerScaling(textDir, dbDir, textT, processMs, sText.added);
  await parallelCeiling(sentences.slice(0, 1500));
  await realNews(dbDir);
  await incrementalMerge(dbDir, Number(flagString(args, 'store') ?? 100_000));
  rmSync(dbDir, { recursive: true, force: true });
  if (!flagString(args, 'keep')) rmSync(dir, { recursive: true, force: true });
}

/**
 * Worker threads: the text corpus again with 2 workers, into a fresh store, against the 1-worker run above. In that run
 * the time outside cleaning and coding is the main thread's work (reading, input keys, near-duplicate decisions,
 * storage), which stays on one thread whatever the number of workers: its share s of the 1-worker time caps the
 * speed-up at 1/s workers (a pipeline runs at the pace of its slowest stage).
 */
async function workerScaling(textDir: string, dbDir: string, one: { wallMs: number; cpuMs: number }, processMs: number, n: number) {
  const { SqliteStore: S } = await import('../src/store/sqlite.js');
  const mainShare = 1 - processMs / one.wallMs;
  console.log(`  main thread: ${(((one.wallMs - processMs) / n)).toFixed(2)} ms per article of ${(one.wallMs / n).toFixed(2)} (${(100 * mainShare).toFixed(1)} % of the 1-worker time: reading, input keys, near-duplicates, storage) → caps the speed-up at ${(1 / mainShare).toFixed(1)} workers`);
  const st = new S(join(dbDir, 'workers2.db'));
  let tm = timer();
  const pool = await openProcessor(2);
  const startup = tm.done();
  const sample = readdirSync(join(textDir, '000')).slice(0, 400).map((f) => join(textDir, '000', f));
  const warm = await warmUp(pool, sample, join(dbDir, 'workers2-warm.db'));
  gc();
  tm = timer();
  const s = await ingest(st, [textDir], { noMerge: true, processor: pool });
  const t = tm.done();
  await pool.close();
  await st.close();
  console.log(`workers:       2 workers: ${s.added} articles: ${t.rate(s.added, 'articles')}; speed-up over 1 worker ${(one.wallMs / t.wallMs).toFixed(2)}× wall (target ≥ 1.7×; ${n === s.added ? 'same articles' : 'DIFFERENT article count'}); ` +
    `thread start-up (once per run: every thread loads the coder's data) ${(startup.wallMs / 1000).toFixed(1)} s wall, then a warm-up of ${sample.length} articles ${(warm.wallMs / 1000).toFixed(1)} s wall before the clock`);
}

/** Runs a sample through the processor into a throwaway store before the clock. Pool threads start cold (their JIT and
 *  caches empty) while the 1-worker pass runs in a thread already warmed by the earlier stages: timing cold threads
 *  against it measured their warm-up, not their throughput (two fresh workers took 17.5 s CPU for what they do in
 *  9–10 s once warm). The warm-up time is printed beside the start-up. */
async function warmUp(processor: Processor, paths: string[], dbPath: string): Promise<{ wallMs: number; cpuMs: number }> {
  const st = new SqliteStore(dbPath);
  const tm = timer();
  await ingest(st, paths, { noMerge: true, processor });
  const t = tm.done();
  await st.close();
  return t;
}

/** Timeline17 (../shared/data/timeline17-dev): both topics ingested end to end, beside one wink-nlp pass over the same texts. */
/**
 * The machine's own ceiling for two workers: the coder's work (pure JavaScript, the largest share of an ingest) run by
 * one worker thread alone, then by two at once, each warmed and sharing nothing. Two workers cannot give more than
 * two such copies do, whatever the pipeline: V8's garbage-collector and compiler threads already run beside one
 * worker, so two cores are not two free cores.
 */
async function parallelCeiling(sentences: string[]) {
  const start = async () => {
    const w = new Worker(new URL('./lib/ceiling-worker.js', import.meta.url), { workerData: { sentences, rounds: 3 } });
    await new Promise((resolve) => w.once('message', resolve));
    return w;
  };
  const run = (ws: Worker[]) => Promise.all(ws.map((w) => new Promise<number>((resolve) => { w.once('message', resolve); w.postMessage('go'); })));
  // (each figure the best of three runs after a warm-up run: the first runs measure the JIT's tiering, not the work)
  const best = async (ws: Worker[]) => { await run(ws); let b = Infinity; for (let i = 0; i < 3; i++) b = Math.min(b, Math.max(...await run(ws))); return b; };
  const one = await start();
  const alone = await best([one]);
  const two = [one, await start()];
  const both = await best(two);
  await Promise.all(two.map((w) => w.terminate()));
  console.log(`parallel ceiling: the coder's work in 1 worker thread ${((3 * sentences.length * 1000) / alone).toFixed(0)} paragraphs/s, in 2 at once ${((6 * sentences.length * 1000) / both).toFixed(0)} paragraphs/s: ${((2 * alone) / both).toFixed(2)}× (no shared work: what 2 workers can gain on this machine at most)`);
}

async function realNews(dbDir: string) {
  let docs: { url: string; published: string; text: string }[];
  try {
    docs = ['egypt', 'iraq'].flatMap((t) => readTimeline17(t).map((a, i) => ({ url: `https://timeline17.example/${t}/${i}`, published: a.date, text: a.text })));
  } catch (e) {
    console.log(`real news:     skipped (${(e as Error).message})`);
    return;
  }
  const file = join(dbDir, 'timeline17.jsonl');
  writeFileSync(file, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  // (the warm-up sample: every tenth article, for 1 worker as for 2)
  const warmFile = join(dbDir, 'timeline17-warm.jsonl');
  writeFileSync(warmFile, docs.filter((_, i) => i % 10 === 0).map((d) => JSON.stringify(d)).join('\n') + '\n');
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  // One wink-nlp pass: sentences and parts of speech, the floor of any pipeline on that library.
  const nlp = winkNLP(model, ['sbd', 'pos']);
  for (const d of docs.slice(0, 20)) nlp.readDoc(d.text).tokens().out(nlp.its.pos); // warm-up (model caches)
  let tm = timer();
  let sentences = 0;
  for (const d of docs) {
    const doc = nlp.readDoc(d.text);
    sentences += doc.sentences().length();
    doc.tokens().out(nlp.its.pos);
  }
  const wink = tm.done();
  const line = (label: string, t: { wallMs: number; cpuMs: number }) =>
    `${label}: ${((docs.length * 1000) / t.wallMs).toFixed(1)} articles/s wall, ${((docs.length * 1000) / t.cpuMs).toFixed(1)} articles/s CPU, ${(bytes / 1048576 / (t.wallMs / 1000)).toFixed(2)} MB/s wall`;
  console.log(`real news:     Timeline17 egypt + iraq, ${docs.length} articles, ${mb(bytes)} (${(bytes / 1048576).toFixed(1)} MB) of text, ${sentences} sentences`);
  console.log(`  ${line('wink-nlp pass (sentences + POS)', wink)}`);
  for (const workers of [1, 2]) {
    const { SqliteStore: S } = await import('../src/store/sqlite.js');
    const st = new S(join(dbDir, `t17-${workers}.db`));
    // Threads started (and their data loaded) and warmed up before the clock starts, for 1 worker as for 2.
    const pool = await openProcessor(workers);
    await warmUp(pool, [warmFile], join(dbDir, `t17-warm-${workers}.db`));
    let processMs = 0;
    const processor: Processor = workers > 1 ? pool : { threads: 1, close: () => pool.close(), run: async (raw, key) => {
      const t0 = perf.now();
      try { return await pool.run(raw, key); } finally { processMs += perf.now() - t0; }
    } };
    gc();
    tm = timer();
    const s = await ingest(st, [file], { processor });
    const t = tm.done();
    await pool.close();
    await st.close();
    // (the cores the process keeps busy: one worker already uses more than one, V8's collector and compiler threads
    //  running beside it; on two cores that bounds what a second worker can add)
    const share = (workers === 1 ? `; main thread ${(100 * (1 - processMs / t.wallMs)).toFixed(1)} % of the time` : '') + `; ${(t.cpuMs / t.wallMs).toFixed(2)} cores busy`;
    console.log(`  ${line(`storyline ingest, ${workers} worker${workers > 1 ? 's' : ' '}`, t)}; ${s.mentions} mentions, ${s.events} events; ratio to the wink pass ${(wink.wallMs / t.wallMs).toFixed(3)} wall, ${(wink.cpuMs / t.cpuMs).toFixed(3)} CPU${workers === 1 ? ' (target ≥ 0.33)' : ''}${share}`);
  }
}

/**
 * Incremental merge: a store of `size` synthetic articles (two mentions each, over many actor pairs, written directly:
 * no text to code) is merged in full once, then 100 new articles are added and merged incrementally. The increment
 * re-merges only the partitions of the new mentions' actor pairs, whatever the store's size; a store ten times
 * smaller gives the comparison.
 */
async function incrementalMerge(dbDir: string, size: number) {
  const { SqliteStore: S } = await import('../src/store/sqlite.js');
  const r = rng(7);
  const codes = Array.from({ length: 1500 }, (_, i) => `X${String(i).padStart(4, '0')}`);
  const cameo = ['042', '043', '051', '061', '111', '112', '163', '173'];
  const article = (id: string, day: number): BatchItem => {
    const published = fromDay(day);
    const a: Article = { id, origin: `synthetic/${id}`, url: null, source: `s${id.length % 7}.example`, siteName: null, title: null, description: null, author: null, published, publishedFrom: 'record', pageDate: null, modified: null, language: 'en', text: `Synthetic article ${id}.`, duplicateOf: null, removed: [], dateCandidates: [] };
    const mention = (): EventMention => {
      const x = codes[Math.floor(r() * codes.length)]!, y = codes[Math.floor(r() * codes.length)]!;
      const code = cameo[Math.floor(r() * cameo.length)]!;
      return { source: x + 'GOV', sourceCountry: x, target: y + 'GOV', targetCountry: y, code, root: code.slice(0, 2), plover: 'CONSULT', goldstein: 1, quadClass: 1, date: { start: published, end: published, precision: 'day' }, sentence: `${x} and ${y} (${id}).`, confidence: 0.8 };
    };
    const sig = new Uint32Array(128).map(() => Math.floor(r() * 2 ** 32));
    return { inputKey: `k-${id}`, article: a, mentions: [mention(), mention()], fingerprint: { articleId: id, textHash: id, signature: sig, tokens: 5, published } };
  };
  const fromDay = (d: number) => new Date(Date.UTC(2020, 0, 1) + d * 86400000).toISOString().slice(0, 10);
  for (const n of [Math.round(size / 10), size]) {
    const st = new S(join(dbDir, `merge-${n}.db`));
    let tm = timer();
    for (let i = 0; i < n; i += 1000) await st.saveBatch(Array.from({ length: Math.min(1000, n - i) }, (_, k) => article(`a${i + k}`, (i + k) % 1500)));
    const fill = tm.done();
    tm = timer();
    const events = await mergeStale(st);
    const full = tm.done();
    await st.saveBatch(Array.from({ length: 100 }, (_, k) => article(`new${k}`, (k * 13) % 1500)));
    const touched = new Set((await st.mergeSession(async (x) => (await x.dirtyKeys()).keys)));
    tm = timer();
    const after = await mergeStale(st);
    const inc = tm.done();
    await st.close();
    console.log(`merge, incremental: store of ${n} articles (${2 * n} mentions over ${codes.length} actors, written in ${(fill.wallMs / 1000).toFixed(1)} s): full merge ${(full.wallMs / 1000).toFixed(2)} s → ${events} events; ` +
      `+100 articles (${touched.size} actor pairs): ${inc.wallMs.toFixed(0)} ms wall, ${inc.cpuMs.toFixed(0)} ms CPU → ${after} events`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
