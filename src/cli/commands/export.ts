// storyline export: one row per event (GDELT-like columns) or, with --mentions, one per mention; CSV or JSON Lines.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from '../context.js';
import { flagBool, flagString, UsageError } from '../args.js';
import { withStore } from '../store.js';
import { EVENT_COLUMNS, MENTION_COLUMNS, eventRow, mentionRows, toCsv, toJsonl } from '../../merge/index.js';

export const run: Command = async (args, ctx) => {
  const format = flagString(args, 'format');
  if (format !== 'csv' && format !== 'jsonl') throw new UsageError(format === undefined ? '--format csv or --format jsonl is required' : `--format must be csv or jsonl, got "${format.slice(0, 40)}"`);
  const out = flagString(args, 'out');
  return withStore(args, ctx, async (store) => {
    const events = await store.listEvents();
    const withMentions = flagBool(args, 'mentions');
    const rows = withMentions ? mentionRows(await store.listMentions(), events) : events.map(eventRow);
    const columns = withMentions ? MENTION_COLUMNS : EVENT_COLUMNS;
    const text = format === 'csv' ? toCsv(rows, columns) : toJsonl(rows);
    if (out) {
      await writeFile(resolve(ctx.cwd, out), text, 'utf8');
      ctx.stderr.write(`wrote ${rows.length} ${withMentions ? 'mention' : 'event'} row${rows.length === 1 ? '' : 's'} to ${out}\n`);
    } else ctx.stdout.write(text);
    return 0;
  });
};
