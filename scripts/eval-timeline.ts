// Timeline summarisation, date selection: `npm run eval:timeline`. For each Timeline17 development topic in
// ../shared/data/timeline17-dev/ (never shipped; see scripts/lib/timeline17.ts for the format), ingests the articles
// into a fresh SQLite store, selects K days, K the number of days of the expert timeline, and scores date F1 against
// the expert's days. Four selections, computed in the same run:
//   - publication count: the K days on which most articles were published (baseline);
//   - sentence references: the K days most sentences refer to, by the time stage's expressions (baseline);
//   - article count: Storyline's events ranked by how many articles report them, one per day (the ranking before
//     the salience score);
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

interface TopicResult { topic: string; articles: number; events: number; k: number; scores: Record<string, number>; seconds: number }

const METHODS = [
  ['publication', 'baseline: days by articles published'],
  ['references', 'baseline: days by sentences referring to them'],
  ['articleCount', 'Storyline events by article count (before)'],
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
  const scores: Record<string, number> = {
    publication: dateF1(topKeys(publicationCounts(articles), k), expert).f1,
    references: dateF1(topKeys(sentenceReferenceCounts(articles), k), expert).f1,
    articleCount: dateF1(byArticleCount(events, k), expert).f1,
    ceiling: eventDayCeiling(events, expert),
  };
  return { topic, articles: articles.length, events: events.length, k, scores, seconds: (Date.now() - t0) / 1000 };
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
}

run().catch((e) => {
  console.error(`eval-timeline: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
