// `storyline watch DIR`: ingests the files already in DIR, then each new or changed file as it lands (chokidar),
// merging incrementally after each round. One thread pool and one duplicate index for the whole run: the coder's data
// and the stored fingerprints are loaded once, so a round costs in proportion to its files, not to the store.
// With --serve, the HTTP API and page run in the same process on their own connection, and show new events at once.
import { stat } from 'node:fs/promises';
import { resolve, basename } from 'node:path';
import chokidar from 'chokidar';
import type { Command, CommandContext } from '../context.js';
import type { ParsedArgs } from '../args.js';
import { untilStopped } from '../signals.js';
import { UsageError, flagBool, flagInt, flagString } from '../args.js';
import { openStore, resolveDbTarget } from '../../store/index.js';
import { defaultWorkers, ingest, loadCopyBook, openProcessor } from '../../pipeline/index.js';
import { listen } from '../../serve/index.js';

/** Files a watcher leaves alone: hidden files and the partial files of downloads and editors. */
export const IGNORED = (path: string): boolean => {
  const b = basename(path);
  return b.startsWith('.') || /(\.(part|partial|crdownload|tmp|swp)|~)$/i.test(b);
};

export const run: Command = (args, ctx) => untilStopped((signal) => watch(args, ctx, signal));

async function watch(args: ParsedArgs, ctx: CommandContext, signal: AbortSignal): Promise<number> {
  const dirArg = args.positional[0];
  if (!dirArg || args.positional.length > 1) throw new UsageError('watch needs exactly one DIR');
  const dir = resolve(ctx.cwd, dirArg);
  const st = await stat(dir).catch(() => null);
  if (!st?.isDirectory()) throw new UsageError(`${dirArg}: not a folder`);
  const workers = flagInt(args, 'workers') ?? defaultWorkers();
  const target = resolveDbTarget(flagString(args, 'db'), ctx);
  const store = await openStore(target);
  const processor = await openProcessor(workers);
  const pending = new Set<string>();
  let wake: (() => void) | null = null;
  const watcher = chokidar.watch(dir, { ignored: IGNORED, awaitWriteFinish: { stabilityThreshold: 300, pollInterval: 50 } });
  const queue = (path: string) => {
    pending.add(path);
    wake?.();
  };
  watcher.on('add', queue).on('change', queue).on('error', (e) => ctx.stderr.write(`storyline watch: ${(e as Error).message}\n`));
  let served: { close(): Promise<void> } | null = null;
  let serveStore: Awaited<ReturnType<typeof openStore>> | null = null;
  try {
    await new Promise<void>((ready) => watcher.once('ready', () => ready()));
    if (flagBool(args, 'serve')) {
      serveStore = await openStore(target);
      const running = await listen(serveStore, Number(flagString(args, 'port') ?? '8080'), flagString(args, 'host') ?? '127.0.0.1');
      served = running;
      ctx.stderr.write(`storyline: serving ${running.url}\n`);
    }
    // The copy book is loaded once and kept up to date by each round (with what other writers committed, too).
    const book = await loadCopyBook(store);
    ctx.stderr.write(`storyline watch: watching ${dir} (${workers} thread${workers === 1 ? '' : 's'}); Ctrl-C stops\n`);
    while (!signal.aborted) {
      if (!pending.size) {
        await new Promise<void>((r) => {
          wake = r;
          signal.addEventListener('abort', () => r(), { once: true });
        });
        wake = null;
        continue;
      }
      const paths = [...pending].sort();
      pending.clear();
      const s = await ingest(store, paths, { processor, book, onError: (e) => ctx.stderr.write(`error: ${e.origin}: ${e.message}\n`) });
      ctx.stderr.write(`${new Date().toISOString()} ${paths.length} file${paths.length === 1 ? '' : 's'}: ${s.added} new article${s.added === 1 ? '' : 's'}, ${s.skipped} already stored, ${s.errors.length} error${s.errors.length === 1 ? '' : 's'}; ${s.events} events in store\n`);
    }
    return 0;
  } finally {
    await watcher.close();
    await served?.close();
    await serveStore?.close();
    await processor.close();
    await store.close();
    ctx.stderr.write('storyline watch: stopped\n');
  }
}
