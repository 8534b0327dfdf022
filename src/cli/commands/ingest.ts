import type { Command } from '../context.js';
import { UsageError, flagBool, flagInt } from '../args.js';
import { withStore } from '../store.js';
import { ingest } from '../../pipeline/index.js';
import { progressReporter } from '../progress.js';

export const run: Command = async (args, ctx) => {
  if (!args.positional.length) throw new UsageError('ingest needs at least one PATH (file, folder, or - for stdin)');
  const batchSize = flagInt(args, 'batch');
  const budget = flagInt(args, 'budget');
  const quiet = flagBool(args, 'quiet');
  return withStore(args, ctx, async (store) => {
    const progress = progressReporter(ctx.stderr as NodeJS.WritableStream & { isTTY?: boolean });
    const s = await ingest(store, args.positional, {
      stdin: ctx.stdin,
      batchSize,
      onProgress: quiet ? undefined : (p) => progress.update(p),
      onError: (e) => ctx.stderr.write(`error: ${e.origin}: ${e.message}\n`),
      onWarning: (e) => ctx.stderr.write(`warning: ${e.origin}: ${e.message}\n`),
      docBudgetMs: budget === undefined ? undefined : budget * 1000,
    });
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
