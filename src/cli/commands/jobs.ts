import type { Command } from '../context.js';
import { UsageError, flagBool, flagString } from '../args.js';
import { writeJson } from '../context.js';
import { isPostgresTarget, resolveDbTarget } from '../../store/index.js';
import { JobQueue, type QueueStatus } from '../../queue/index.js';

export function formatStatus(st: QueueStatus, now = Date.now()): string {
  const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
  const total = st.queued + st.running.length + st.done + st.failed.length;
  const lines = [
    `jobs: ${total} (${st.done} done, ${st.running.length} running, ${st.queued} queued${st.orphaned ? `, ${st.orphaned} of them left by a stopped worker` : ''}, ${st.failed.length} failed); ` +
      `inputs ${mb(st.bytesDone)} of ${mb(st.bytes)} done`,
    `articles: ${st.added} new, ${st.skipped} already stored, ${st.errors} input errors`,
  ];
  for (const r of st.running) {
    const secs = r.startedAt ? Math.round((now - Date.parse(r.startedAt)) / 1000) : 0;
    lines.push(`  running job ${r.id} (${r.label}) on ${r.worker ?? '?'} for ${secs} s: ${r.added} new, ${r.skipped} already stored`);
  }
  for (const f of st.failed) lines.push(`  failed job ${f.id} (${f.label}) after ${f.attempts} attempts: ${f.message ?? ''}`);
  return lines.join('\n') + '\n';
}

/** `storyline jobs`: the ingest queue's progress (what `storyline worker` processes are doing). */
export const run: Command = async (args, ctx) => {
  const target = resolveDbTarget(flagString(args, 'db'), ctx);
  if (!isPostgresTarget(target)) throw new UsageError('jobs needs a PostgreSQL store: --db postgres://… (or STORYLINE_DB)');
  const queue = await JobQueue.open(target);
  try {
    const st = await queue.status();
    if (flagBool(args, 'json')) writeJson(ctx, st);
    else ctx.stdout.write(formatStatus(st));
    return 0;
  } finally {
    await queue.close();
  }
};
