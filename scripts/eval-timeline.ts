// Timeline summarisation, date selection: `npm run eval:timeline`. For each Timeline17 development topic in
// ../shared/data/timeline17-dev/ (never shipped; see scripts/lib/timeline17.ts for the format), ingests the articles
// into a fresh SQLite store, selects K days, K the number of days of the expert timeline, and scores date F1 against
// the expert's days. Four selections, computed in the same run:
//   - publication count: the K days on which most articles were published (baseline);
//   - sentence references: the K days most sentences refer to, by the time stage's expressions (baseline);
//   - article count: Storyline's events ranked by how many articles report them, one per day (the ranking before
//     the salience score);
//   - `storyline timeline --top K --json`: the key moments by salience (the command itself, run in-process).
// Usage: node dist/scripts/eval-timeline.js [--dir PATH] [--topic NAME]... [--cache DIR] [--json]
//   --cache DIR keeps each topic's store in DIR/<topic>.db and reuses it (re-ingest is idempotent).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { main as cli } from '../src/cli/main.js';
import { projectRoot } from '../src/util/data.js';
import { articleText, byArticleCount, dateF1, eventDayCeiling, publicationCounts, readTopicFiles, sentenceReferenceCounts, topKeys, type DatedEvent } from './lib/timeline17.js';

/** Runs a storyline command in this process; returns its stdout (throws on a non-zero exit). */
async function storyline(args: string[]): Promise<string> {
  let out = '';
  let err = '';
  const sink = (f: (s: string) => void) => new Writable({ write(chunk, _enc, cb) { f(String(chunk)); cb(); } });
  const code = await cli(args, { stdout: sink((s) => (out += s)) as unknown as NodeJS.WriteStream, stderr: sink((s) => (err += s)) as unknown as NodeJS.WriteStream, env: { ...process.env, STORYLINE_DB: '' } });
  if (code !== 0) throw new Error(`storyline ${args.join(' ')} exited ${code}: ${err.trim()}`);
  return out;
}

/** A selected event's day: its date when it is one day, else its period (which matches no expert day). */
const dayOf = (e: DatedEvent) => (e.date ? (e.date.precision === 'day' ? e.date.start : `${e.date.start}/${e.date.end}`) : 'undated');

interface Scored extends DatedEvent { salience: number; salienceEvidence?: { sources: number } }

/** Of the event days in ranked order, the share of expert days among the first H, H the number of expert days there
 *  are among them (1 = every expert day ranked above every other day). */
function rPrecisionOf(rankedDays: string[], expert: string[]): { value: number; hits: number; days: number } {
  const gold = new Set(expert);
  const days = [...new Set(rankedDays)];
  const h = days.filter((d) => gold.has(d)).length;
  return { value: h ? days.slice(0, h).filter((d) => gold.has(d)).length / h : 0, hits: h, days: days.length };
}

interface TopicResult { topic: string; articles: number; events: number; k: number; scores: Record<string, number>; rPrecision: Record<'articleCount' | 'salience', { value: number; hits: number; days: number }>; seconds: number }

const METHODS = [
  ['publication', 'baseline: days by articles published'],
  ['references', 'baseline: days by sentences referring to them'],
  ['articleCount', 'Storyline events by article count (before)'],
  ['salience', 'Storyline timeline --top K (salience)'],
  ['ceiling', '(ceiling: best any ranking of these events could reach)'],
] as const;

async function evalTopic(dir: string, topic: string, cache: string): Promise<TopicResult> {
  const t0 = Date.now();
  const { articles, timeline } = readTopicFiles(join(dir, `${topic}.articles.csv.gz`), join(dir, `${topic}.timeline.txt`));
  const expert = timeline.map((d) => d.date);
  const k = expert.length;
  const jsonl = join(cache, `${topic}.jsonl`);
  writeFileSync(jsonl, articles.map((a) => JSON.stringify({ text: articleText(a), published: a.date })).join('\n') + '\n');
  const db = join(cache, `${topic}.db`);
  await storyline(['ingest', jsonl, '--db', db, '--quiet']);
  const events = JSON.parse(await storyline(['events', '--json', '--db', db])) as DatedEvent[];
  const top = JSON.parse(await storyline(['timeline', '--top', String(k), '--json', '--db', db])) as DatedEvent[];
  const all = JSON.parse(await storyline(['timeline', '--min', '0', '--json', '--db', db])) as Scored[];
  const scores: Record<string, number> = {
    publication: dateF1(topKeys(publicationCounts(articles), k), expert).f1,
    references: dateF1(topKeys(sentenceReferenceCounts(articles), k), expert).f1,
    articleCount: dateF1(byArticleCount(events, k), expert).f1,
    ceiling: eventDayCeiling(events, expert),
    salience: dateF1(top.map(dayOf), expert).f1,
  };
  const ranked = all.filter((e) => e.date?.precision === 'day').sort((x, y) => y.salience - x.salience || (y.salienceEvidence?.sources ?? 0) - (x.salienceEvidence?.sources ?? 0) || y.mentions.length - x.mentions.length || (x.date!.start < y.date!.start ? -1 : 1));
  const rPrecision = { articleCount: rPrecisionOf(byArticleCount(events, Infinity), expert), salience: rPrecisionOf(ranked.map((e) => e.date!.start), expert) };
  return { topic, articles: articles.length, events: events.length, k, scores, rPrecision, seconds: (Date.now() - t0) / 1000 };
}

async function run(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dir = resolve(opt('--dir') ?? join(projectRoot(), '..', 'shared', 'data', 'timeline17-dev'));
  if (!existsSync(dir)) {
    console.log(`eval-timeline: Timeline17 development data not found at ${dir} (pass --dir PATH). Nothing to do.`);
    return;
  }
  const wanted = argv.flatMap((a, i) => (argv[i - 1] === '--topic' ? [a] : []));
  const topics = (wanted.length ? wanted : readdirSync(dir).filter((f) => f.endsWith('.articles.csv.gz')).map((f) => f.replace(/\.articles\.csv\.gz$/, ''))).sort();
  if (!topics.length) {
    console.log(`eval-timeline: no <topic>.articles.csv.gz in ${dir}. Nothing to do.`);
    return;
  }
  const keep = opt('--cache');
  const cache = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'storyline-tl17-'));
  mkdirSync(cache, { recursive: true });
  const results: TopicResult[] = [];
  try {
    for (const t of topics) {
      const r = await evalTopic(dir, t, cache);
      results.push(r);
      if (!argv.includes('--json')) console.error(`${t}: ${r.articles} articles, ${r.events} events, K = ${r.k}, ${r.seconds.toFixed(1)} s`);
    }
  } finally {
    if (!keep) rmSync(cache, { recursive: true, force: true });
  }
  const mean = (m: string) => results.reduce((s, r) => s + r.scores[m]!, 0) / results.length;
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ topics: results, mean: Object.fromEntries(METHODS.map(([m]) => [m, mean(m)])) }, null, 2));
    return;
  }
  const f = (x: number) => x.toFixed(3);
  console.log(`\nDate F1 at the expert timeline's length (K days), Timeline17 development topics\n`);
  console.log(`| selection | ${results.map((r) => `${r.topic} (K=${r.k})`).join(' | ')} | mean |`);
  console.log(`|---|${results.map(() => '---|').join('')}---|`);
  for (const [m, label] of METHODS) console.log(`| ${label} | ${results.map((r) => f(r.scores[m]!)).join(' | ')} | ${f(mean(m))} |`);
  const better = Math.max(mean('publication'), mean('references'));
  const gap = mean('salience') - better;
  const worst = Math.min(...results.map((r) => r.scores.salience! - Math.max(r.scores.publication!, r.scores.references!)));
  const sign = (x: number) => (x >= 0 ? '+' : '') + f(x);
  console.log(`\nsalience against the better baseline (mean): ${sign(gap)}; on its worst topic against that topic's best baseline: ${sign(worst)}`);
  console.log(`\nRanking of the days Storyline has events on (R-precision: expert days among the first H days, H = expert days among them; chance = H / days)\n`);
  console.log(`| ranking | ${results.map((r) => `${r.topic} (H=${r.rPrecision.salience.hits} of ${r.rPrecision.salience.days} days)`).join(' | ')} |`);
  console.log(`|---|${results.map(() => '---|').join('')}`);
  console.log(`| chance | ${results.map((r) => f(r.rPrecision.salience.hits / Math.max(1, r.rPrecision.salience.days))).join(' | ')} |`);
  console.log(`| by article count (before) | ${results.map((r) => f(r.rPrecision.articleCount.value)).join(' | ')} |`);
  console.log(`| by salience | ${results.map((r) => f(r.rPrecision.salience.value)).join(' | ')} |`);
}

run().catch((e) => {
  console.error(`eval-timeline: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
