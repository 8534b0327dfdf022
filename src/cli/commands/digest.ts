// storyline digest: per week or month, the key events by salience with one readable sentence each and numbered
// citations — a Markdown brief (default, or --md) or JSON (--json).
import type { Command } from '../context.js';
import { writeJson } from '../context.js';
import { flagBool, flagString, UsageError } from '../args.js';
import { withStore } from '../store.js';
import { buildDigest, digestJson, formatDigest, scoredEvents, type DigestBy } from '../../salience/index.js';
import { actorLabel } from '../../serve/index.js';
import { codeName, filterFromArgs } from './events.js';
import { keyMomentArgs } from './timeline.js';

export const run: Command = async (args, ctx) => {
  const filter = filterFromArgs(args);
  if (filter.actor && filter.dyad) throw new UsageError('use either --actor or --dyad, not both');
  if (flagBool(args, 'json') && flagBool(args, 'md')) throw new UsageError('use either --json or --md, not both');
  const by = flagString(args, 'by') ?? (args.flags.by === true ? '' : 'week');
  if (by !== 'week' && by !== 'month') throw new UsageError(`--by must be week or month, got "${by.slice(0, 40)}"`);
  const key = keyMomentArgs(args) ?? {};
  return withStore(args, ctx, async (store) => {
    const { events, scores } = await scoredEvents(store, filter);
    const digest = buildDigest(events, scores, { by: by as DigestBy, top: key.top, perDay: key.perDay, min: key.min });
    if (flagBool(args, 'json')) writeJson(ctx, digestJson(digest));
    else {
      const who = filter.dyad ? `${filter.dyad[0]} – ${filter.dyad[1]}` : filter.actor ?? 'all actors';
      ctx.stdout.write(formatDigest(digest, { title: `Key events by ${by}: ${who}`, label: actorLabel, codeName }));
    }
    return 0;
  });
};
