// storyline timeline: chronological, cited timeline (undated last), as text lines, Markdown or contract JSON.
import type { Command } from '../context.js';
import { writeJson } from '../context.js';
import { flagBool, UsageError } from '../args.js';
import { withStore } from '../store.js';
import { contractEvent, filterEvents, formatTimeline, sortTimeline } from '../../merge/index.js';
import { codeName, filterFromArgs, warnUnknownActors } from './events.js';

export const run: Command = async (args, ctx) => {
  const filter = filterFromArgs(args);
  if (filter.actor && filter.dyad) throw new UsageError('use either --actor or --dyad, not both');
  if (flagBool(args, 'json') && flagBool(args, 'md')) throw new UsageError('use either --json or --md, not both');
  return withStore(args, ctx, async (store) => {
    const events = sortTimeline(filterEvents(await store.listEvents(filter), filter));
    if (!events.length) await warnUnknownActors(store, filter, ctx);
    if (flagBool(args, 'json')) writeJson(ctx, events.map(contractEvent));
    else {
      const who = filter.dyad ? `${filter.dyad[0]} – ${filter.dyad[1]}` : filter.actor ?? 'all actors';
      ctx.stdout.write(formatTimeline(events, { md: flagBool(args, 'md'), codeName, title: `Timeline: ${who}`, undated: flagBool(args, 'undated') }));
      if (!flagBool(args, 'md')) ctx.stderr.write(`${events.length} event${events.length === 1 ? '' : 's'}\n`);
    }
    return 0;
  });
};
