// CLI entry: a registry of commands, each in its own module (loaded on demand so `storyline time` does not pay for SQLite).
import { parseArgs, flagBool, UsageError } from './args.js';
import type { Command, CommandContext } from './context.js';

interface CommandInfo {
  load: () => Promise<{ run: Command }>;
  usage: string;
  about: string;
}

export const COMMANDS: Record<string, CommandInfo> = {
  ingest: { load: () => import('./commands/ingest.js'), usage: 'ingest PATH... | --feed URL|FILE [--db TARGET] [--workers N] [--batch N] [--queue [--job-files N]] [--quiet]', about: 'read files, folders (recursive), - (stdin) or an RSS/Atom feed: .txt, .html, .jsonl, .warc, any .gz; --queue: queue them for workers' },
  worker: { load: () => import('./commands/worker.js'), usage: 'worker --db postgres://… [--workers N] [--batch N] [--exit-when-empty] [--poll SECONDS]', about: 'ingest jobs queued by `ingest --queue` (run one per machine)' },
  jobs: { load: () => import('./commands/jobs.js'), usage: 'jobs --db postgres://… [--json]', about: 'progress of the ingest queue: jobs queued, running (where), done, failed' },
  watch: { load: () => import('./commands/watch.js'), usage: 'watch DIR [--db TARGET] [--workers N] [--serve [--port N] [--host H]]', about: 'ingest new and changed files as they land in DIR, merging incrementally' },
  articles: { load: () => import('./commands/articles.js'), usage: 'articles [--db TARGET] [--json] [--limit N]', about: 'list cleaned articles' },
  show: { load: () => import('./commands/show.js'), usage: 'show ID [--db TARGET] [--json]', about: 'one article, with date evidence and what was removed and why' },
  search: { load: () => import('./commands/search.js'), usage: 'search QUERY [--db TARGET] [--json] [--limit N]', about: 'full-text search ("phrases", prefix*)' },
  mentions: { load: () => import('./commands/mentions.js'), usage: 'mentions [--db TARGET] [--json] [--actor CODE] [--dyad A,B] [--from DATE] [--to DATE] [--code CAMEO]', about: 'event mentions, one per coded clause' },
  events: { load: () => import('./commands/events.js'), usage: 'events [--db TARGET] [--json] [--actor CODE] [--dyad A,B] [--from DATE] [--to DATE] [--code CAMEO]', about: 'merged real-world events with their sources' },
  timeline: { load: () => import('./commands/timeline.js'), usage: 'timeline [--db TARGET] [--actor CODE | --dyad A,B] [--from DATE] [--to DATE] [--top N [--per-day K] [--min S]] [--json | --md]', about: 'chronological, cited timeline; --top N: the N key moments by salience, one per day' },
  digest: { load: () => import('./commands/digest.js'), usage: 'digest [--db TARGET] [--by week|month] [--top N] [--min S] [--actor CODE | --dyad A,B] [--from DATE] [--to DATE] [--json | --md]', about: 'per week or month, the key events with one sentence each and numbered citations' },
  dyad: { load: () => import('./commands/dyad.js'), usage: 'dyad A B [--db TARGET] [--by month|quarter|year] [--json]', about: 'cooperation–conflict series for a pair of actors' },
  export: { load: () => import('./commands/export.js'), usage: 'export --format csv|jsonl [--mentions] [--out FILE] [--db TARGET]', about: 'events (or mentions) as CSV or JSON Lines' },
  serve: { load: () => import('./commands/serve.js'), usage: 'serve [--db TARGET] [--port N] [--host H]', about: 'HTTP API and web page' },
  code: { load: () => import('./commands/code.js'), usage: 'code [FILE | -] [--date YYYY-MM-DD] [--lang CODE] [--json]', about: 'code sentences into CAMEO events without storing them (English, Spanish)' },
  time: { load: () => import('./commands/time.js'), usage: 'time [FILE | -] [--ref YYYY-MM-DD] [--lang CODE] [--json]', about: 'temporal expressions in text (English, Spanish), resolved against a reference date' },
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
    c.stderr.write(`storyline: unknown command "${name}"\n\n${helpText()}`);
    return 2;
  }
  const args = parseArgs(rest);
  if (flagBool(args, 'help')) {
    c.stdout.write(`storyline ${info.usage}\n  ${info.about}\n`);
    return 0;
  }
  try {
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
