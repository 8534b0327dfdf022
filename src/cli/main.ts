// CLI entry: a registry of commands, each in its own module (loaded on demand so `storyline time` does not pay for SQLite).
import { parseArgs, flagBool, flagSpec, UsageError, type ParsedArgs } from './args.js';
import type { Command, CommandContext } from './context.js';
import { nearest } from '../util/nearest.js';

interface CommandInfo {
  load: () => Promise<{ run: Command }>;
  /** The usage line; its `--flags` are the flags the command accepts (see flagSpec). */
  usage: string;
  about: string;
  /** More lines for `storyline COMMAND --help`. */
  help?: string;
}

export const COMMANDS: Record<string, CommandInfo> = {
  ingest: { load: () => import('./commands/ingest.js'), usage: 'ingest PATH... | --feed URL|FILE [--db TARGET] [--workers N] [--batch N] [--budget SECONDS] [--queue [--job-files N]] [--quiet]', about: 'read files, folders (recursive), - (stdin) or an RSS/Atom feed: .txt, .html, .jsonl, .warc, any .gz; --queue: queue them for workers' },
  worker: { load: () => import('./commands/worker.js'), usage: 'worker --db postgres://… [--workers N] [--batch N] [--exit-when-empty] [--poll SECONDS]', about: 'ingest jobs queued by `ingest --queue` (run one per machine)' },
  jobs: { load: () => import('./commands/jobs.js'), usage: 'jobs --db postgres://… [--json]', about: 'progress of the ingest queue: jobs queued, running (where), done, failed' },
  watch: { load: () => import('./commands/watch.js'), usage: 'watch DIR [--db TARGET] [--workers N] [--serve [--port N] [--host H]]', about: 'ingest new and changed files as they land in DIR, merging incrementally' },
  articles: { load: () => import('./commands/articles.js'), usage: 'articles [--db TARGET] [--json] [--limit N]', about: 'list cleaned articles' },
  show: { load: () => import('./commands/show.js'), usage: 'show ID [--db TARGET] [--json]', about: 'one article, with date evidence and what was removed and why' },
  search: { load: () => import('./commands/search.js'), usage: 'search QUERY [--db TARGET] [--in articles|events] [--json] [--limit N]', about: 'full-text search of articles or events ("phrases", prefix*)' },
  mentions: { load: () => import('./commands/mentions.js'), usage: 'mentions [--db TARGET] [--json] [--actor CODE] [--dyad A,B] [--from DATE] [--to DATE] [--code CAMEO]', about: 'event mentions, one per coded clause' },
  events: { load: () => import('./commands/events.js'), usage: 'events [--db TARGET] [--json] [--actor CODE] [--dyad A,B] [--from DATE] [--to DATE] [--code CAMEO]', about: 'merged real-world events with their sources' },
  timeline: { load: () => import('./commands/timeline.js'), usage: 'timeline [--db TARGET] [--actor CODE | --dyad A,B] [--from DATE] [--to DATE] [--code CAMEO] [--top N [--per-day K] [--min S]] [--undated] [--json | --md]', about: 'chronological, cited timeline (undated events counted, listed with --undated); --top N: the N key moments by salience, one per day' },
  digest: { load: () => import('./commands/digest.js'), usage: 'digest [--db TARGET] [--by week|month] [--top N] [--per-day K] [--min S] [--actor CODE | --dyad A,B] [--from DATE] [--to DATE] [--code CAMEO] [--json | --md]', about: 'per week or month, the key events with one sentence each and numbered citations' },
  dyad: { load: () => import('./commands/dyad.js'), usage: 'dyad A B [--db TARGET] [--by month|quarter|year] [--json]', about: 'cooperation–conflict series for a pair of actors' },
  export: { load: () => import('./commands/export.js'), usage: 'export --format csv|jsonl [--mentions] [--out FILE] [--db TARGET]', about: 'events (or mentions) as CSV or JSON Lines' },
  serve: { load: () => import('./commands/serve.js'), usage: 'serve [--db TARGET] [--port N] [--host H]', about: 'HTTP API and web page',
    help: '  The API is described in OpenAPI 3 at /api (also /api/openapi.json): /api/events, /api/timeline, /api/search,\n  /api/articles, /api/mentions, /api/dyad, /api/actors, /api/codes, /api/sources, /api/export.csv and the\n  key-moment endpoints. Unknown parameters are errors (400).\n' },
  code: { load: () => import('./commands/code.js'), usage: 'code [FILE | -] [--date YYYY-MM-DD] [--lang CODE] [--json]', about: 'code sentences into CAMEO events without storing them (English, Spanish)' },
  time: { load: () => import('./commands/time.js'), usage: 'time [FILE | -] [--ref YYYY-MM-DD] [--lang CODE] [--locale BCP47] [--json]', about: 'temporal expressions in text (English, Spanish), resolved against a reference date' },
};

export function helpText(): string {
  const lines = ['storyline — who did what to whom, and when, from raw news', '', 'Usage: storyline COMMAND [options]', ''];
  for (const [, info] of Object.entries(COMMANDS)) lines.push(`  storyline ${info.usage}`, `      ${info.about}`);
  lines.push('', '--db defaults to $STORYLINE_DB, else ./storyline.db (SQLite); a postgres:// URL selects PostgreSQL.');
  return lines.join('\n') + '\n';
}

export async function main(argv: string[], ctx?: Partial<CommandContext>): Promise<number> {
  const c: CommandContext = {
    stdin: ctx?.stdin ?? process.stdin,
    stdout: ctx?.stdout ?? process.stdout,
    stderr: ctx?.stderr ?? process.stderr,
    env: ctx?.env ?? process.env,
    cwd: ctx?.cwd ?? process.cwd(),
  };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    c.stdout.write(helpText());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    c.stdout.write('storyline 0.1.0\n');
    return 0;
  }
  const info = COMMANDS[name];
  if (!info) {
    const [near] = nearest(name, Object.keys(COMMANDS));
    c.stderr.write(`storyline: unknown command "${name.slice(0, 40)}"${near ? `; the nearest is "${near}"` : ''}\n\n${helpText()}`);
    return 2;
  }
  try {
    // The flags a command accepts are those of its usage line: anything else is a usage error naming the nearest.
    const args: ParsedArgs = parseArgs(rest, flagSpec(info.usage));
    if (flagBool(args, 'help')) {
      c.stdout.write(`storyline ${info.usage}\n  ${info.about}\n${info.help ?? ''}`);
      return 0;
    }
    const mod = await info.load();
    return await mod.run(args, c);
  } catch (e) {
    if (e instanceof UsageError) {
      c.stderr.write(`storyline ${name}: ${e.message}\nusage: storyline ${info.usage}\n`);
      return 2;
    }
    c.stderr.write(`storyline ${name}: ${(e as Error).message}\n`);
    return 1;
  }
}
