import type { Command, CommandContext } from '../context.js';
import type { ParsedArgs } from '../args.js';
import { untilStopped } from '../signals.js';
import { UsageError, flagBool, flagInt, flagString } from '../args.js';
import { isPostgresTarget, openStore, resolveDbTarget } from '../../store/index.js';
import { JobQueue } from '../../queue/index.js';
import { defaultWorkers, openProcessor } from '../../pipeline/index.js';
import { runJobs } from '../../pipeline/index.js';

/** `storyline worker`: ingests jobs queued by `storyline ingest --queue` until stopped (Ctrl-C, SIGTERM). */
export const run: Command = (args, ctx) => untilStopped((signal) => work(args, ctx, signal));

async function work(args: ParsedArgs, ctx: CommandContext, signal: AbortSignal): Promise<number> {
  const target = resolveDbTarget(flagString(args, 'db'), ctx);
  if (!isPostgresTarget(target)) throw new UsageError('worker needs a PostgreSQL store: --db postgres://… (or STORYLINE_DB)');
  const workers = flagInt(args, 'workers') ?? defaultWorkers();
  const pollMs = (flagInt(args, 'poll') ?? 2) * 1000;
  const exitWhenEmpty = flagBool(args, 'exit-when-empty');
  const batchSize = flagInt(args, 'batch');
  const store = await openStore(target);
  let queue: JobQueue | null = null;
  const processor = await openProcessor(workers);
  try {
    queue = await JobQueue.open(target);
    ctx.stderr.write(`storyline worker: taking jobs (${workers} thread${workers === 1 ? '' : 's'})${exitWhenEmpty ? ' until the queue is empty' : '; Ctrl-C stops after the current job'}\n`);
    const done = await runJobs(store, queue, {
      processor,
      batchSize,
      exitWhenEmpty,
      pollMs,
      signal,
      onJob: (job, s) => ctx.stderr.write(`job ${job.id} (${job.label}): ${s.added} new, ${s.skipped} already stored, ${s.errors.length} errors; ${s.events} events in store; ${(s.elapsedMs / 1000).toFixed(1)} s\n`),
      onError: (job, e) => ctx.stderr.write(`error: job ${job.id}: ${e.origin}: ${e.message}\n`),
      onFailure: (job, m) => ctx.stderr.write(`job ${job.id} (${job.label}) failed (attempt ${job.attempts}): ${m}\n`),
    });
    ctx.stderr.write(`storyline worker: ${done} job${done === 1 ? '' : 's'} done\n`);
    return 0;
  } finally {
    await processor.close();
    await queue?.close();
    await store.close();
  }
}
