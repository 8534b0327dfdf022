// storyline timeline: chronological, cited timeline (undated last), as text lines, Markdown or contract JSON. With
// --top N (or --min S): the key moments, the most salient events, one per day unless --per-day K says otherwise.
import type { Command } from '../context.js';
import { writeJson } from '../context.js';
import { flagBool, flagInt, flagString, UsageError, type ParsedArgs } from '../args.js';
import { withStore } from '../store.js';
import { contractEvent, filterEvents, formatTimeline, sortTimeline } from '../../merge/index.js';
import { keyMoments, salienceFields, scoredEvents, type KeyMomentOptions } from '../../salience/index.js';
import { codeName, filterFromArgs, warnUnknownActors } from './events.js';

/** --top N, --per-day K, --min S as key-moment options, or null when none is given. */
export function keyMomentArgs(args: ParsedArgs): KeyMomentOptions | null {
  const top = flagInt(args, 'top', 1);
  const perDay = flagInt(args, 'per-day', 1);
  const m = flagString(args, 'min') ?? (args.flags.min === true ? '' : undefined);
  let min: number | undefined;
  if (m !== undefined) {
    if (!/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(m.trim())) throw new UsageError(`--min must be a salience between 0 and 1, got "${m.slice(0, 40)}"`);
    min = Number(m);
  }
  if (top === undefined && min === undefined) {
    if (perDay !== undefined) throw new UsageError('--per-day needs --top N or --min S (it limits the key moments per day)');
    return null;
  }
  return { top, perDay, min };
}

export const run: Command = async (args, ctx) => {
  const filter = filterFromArgs(args);
  if (filter.actor && filter.dyad) throw new UsageError('use either --actor or --dyad, not both');
  if (flagBool(args, 'json') && flagBool(args, 'md')) throw new UsageError('use either --json or --md, not both');
  const key = keyMomentArgs(args);
  return withStore(args, ctx, async (store) => {
    const who = filter.dyad ? `${filter.dyad[0]} – ${filter.dyad[1]}` : filter.actor ?? 'all actors';
    if (key) {
      const { events: candidates, scores } = await scoredEvents(store, filter);
      const events = keyMoments(candidates, scores, key);
      if (!events.length) await warnUnknownActors(store, filter, ctx);
      if (flagBool(args, 'json')) writeJson(ctx, events.map((e) => ({ ...contractEvent(e), ...salienceFields(scores.get(e.id)) })));
      else {
        ctx.stdout.write(formatTimeline(events, { md: flagBool(args, 'md'), codeName, title: `Key moments: ${who}`, salience: (e) => scores.get(e.id)?.salience, undated: true }));
        if (!flagBool(args, 'md')) ctx.stderr.write(`${events.length} key moment${events.length === 1 ? '' : 's'} of ${candidates.length} event${candidates.length === 1 ? '' : 's'}\n`);
      }
      return 0;
    }
    const events = sortTimeline(filterEvents(await store.listEvents(filter), filter));
    if (!events.length) await warnUnknownActors(store, filter, ctx);
    if (flagBool(args, 'json')) writeJson(ctx, events.map(contractEvent));
    else {
      ctx.stdout.write(formatTimeline(events, { md: flagBool(args, 'md'), codeName, title: `Timeline: ${who}`, undated: flagBool(args, 'undated') }));
      if (!flagBool(args, 'md')) ctx.stderr.write(`${events.length} event${events.length === 1 ? '' : 's'}\n`);
    }
    return 0;
  });
};
