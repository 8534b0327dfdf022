import { readFile, stat } from 'node:fs/promises';
import type { Command, CommandContext } from '../context.js';
import type { ParsedArgs } from '../args.js';
import { UsageError, flagBool, flagInt, flagString } from '../args.js';
import { withStore } from '../store.js';
import { ingest, ingestItems } from '../../pipeline/index.js';
import { expandPath, loadFeedReader } from '../../ingest/index.js';
import { isPostgresTarget, resolveDbTarget } from '../../store/index.js';
import { progressReporter } from '../progress.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** `ingest --queue`: puts the inputs in the PostgreSQL job queue for `storyline worker` processes. */
async function enqueue(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const target = resolveDbTarget(flagString(args, 'db'), ctx);
  if (!isPostgresTarget(target)) throw new UsageError('--queue needs a PostgreSQL store: --db postgres://… (or STORYLINE_DB)');
  const { JobQueue, groupFiles } = await import('../../queue/index.js');
  flagInt(args, 'job-files'); // checked before anything is read
  const files: { path: string; size: number }[] = [];
  let errors = 0;
  for (const p of args.positional) {
    if (p === '-') {
      files.push({ path: '-', size: 0 });
      continue;
    }
    const x = await expandPath(p);
    for (const e of x.errors) {
      errors++;
      ctx.stderr.write(`error: ${e.origin}: ${e.message}\n`);
    }
    for (const f of x.files) files.push({ path: f, size: (await stat(f).catch(() => ({ size: 0 }))).size });
  }
  const queue = await JobQueue.open(target);
  let jobs = 0, queued = 0, bytes = 0;
  try {
    for (const group of groupFiles(files, undefined, flagInt(args, 'job-files'))) {
      const contents: { origin: string; bytes: Buffer }[] = [];
      for (const f of group) {
        try {
          contents.push({ origin: f.path === '-' ? 'stdin' : f.path, bytes: f.path === '-' ? await readAll(ctx.stdin) : await readFile(f.path) });
        } catch (e) {
          errors++;
          ctx.stderr.write(`error: ${f.path}: ${(e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (e as Error).message}\n`);
        }
      }
      if (!contents.length) continue;
      const label = contents.length === 1 ? contents[0]!.origin : `${contents[0]!.origin} +${contents.length - 1}`;
      await queue.enqueue(label, contents);
      jobs++;
      queued += contents.length;
      bytes += contents.reduce((n, c) => n + c.bytes.length, 0);
    }
  } finally {
    await queue.close();
  }
  ctx.stderr.write(`queued ${queued} file${queued === 1 ? '' : 's'} (${(bytes / 1048576).toFixed(1)} MB) as ${jobs} job${jobs === 1 ? '' : 's'}${errors ? `, ${errors} error${errors === 1 ? '' : 's'}` : ''}; ` +
    `run \`storyline worker --db …\` on any machine to ingest them, \`storyline jobs --db …\` to watch\n`);
  return jobs > 0 ? 0 : 1;
}

export const run: Command = async (args, ctx) => {
  const feed = flagString(args, 'feed');
  if (args.flags.feed === true) throw new UsageError('--feed needs a URL or a FILE');
  if (!args.positional.length && !feed) throw new UsageError('ingest needs at least one PATH (file, folder, or - for stdin), or --feed URL|FILE');
  if (args.positional.length && feed) throw new UsageError('give either PATHs or --feed URL|FILE, not both');
  const batchSize = flagInt(args, 'batch');
  const workers: number | 'auto' = flagInt(args, 'workers') ?? 'auto';
  const budget = flagInt(args, 'budget');
  const quiet = flagBool(args, 'quiet');
  if (flagBool(args, 'queue')) {
    if (feed) throw new UsageError('--queue takes PATHs, not --feed');
    return enqueue(args, ctx);
  }
  return withStore(args, ctx, async (store) => {
    const progress = progressReporter(ctx.stderr as NodeJS.WritableStream & { isTTY?: boolean });
    const opts = {
      stdin: ctx.stdin,
      batchSize,
      workers,
      onProgress: quiet ? undefined : (p: Parameters<typeof progress.update>[0]) => progress.update(p),
      onError: (e: { origin: string; message: string }) => ctx.stderr.write(`error: ${e.origin}: ${e.message}\n`),
      onWarning: (e: { origin: string; message: string }) => ctx.stderr.write(`warning: ${e.origin}: ${e.message}\n`),
      docBudgetMs: budget === undefined ? undefined : budget * 1000,
    };
    let s;
    if (feed) {
      const { readFeed } = await loadFeedReader();
      s = await ingestItems(store, readFeed(feed, { cwd: ctx.cwd }), opts);
    } else s = await ingest(store, args.positional, opts);
    progress.done();
    const rate = s.elapsedMs > 0 ? ((s.added + s.skipped) * 1000) / s.elapsedMs : 0;
    ctx.stderr.write(
      `ingested ${s.added} new article${s.added === 1 ? '' : 's'}` +
        (s.duplicates ? ` (${s.duplicates} near-duplicate${s.duplicates === 1 ? '' : 's'} of earlier ones)` : '') +
        `, ${s.skipped} already stored, ${s.errors.length} error${s.errors.length === 1 ? '' : 's'}` +
        (s.partial.length ? `, ${s.partial.length} coded only in part (time budget)` : '') + '; ' +
        `${s.mentions} event mentions, ${s.events} events in store; ${(s.elapsedMs / 1000).toFixed(1)} s, ${rate.toFixed(0)} articles/s\n`,
    );
    if (s.errors.length || s.partial.length) {
      ctx.stderr.write(`problems:\n${[...s.errors, ...s.partial].map((e) => `  ${e.origin}: ${e.message}`).join('\n')}\n`);
    }
    return s.added + s.skipped > 0 ? 0 : 1;
  }, { create: true });
};
