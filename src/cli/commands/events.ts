// storyline events: merged real-world events with their sources, filtered by actor, dyad, dates and code.
import type { Command, CommandContext } from '../context.js';
import { writeJson } from '../context.js';
import { flagBool, flagString, UsageError, type ParsedArgs } from '../args.js';
import { withStore } from '../store.js';
import { contractEvent, filterEvents, formatTimelineLine, parseEventFilter } from '../../merge/index.js';
import { codeName } from '../../events/index.js';
import type { EventFilter, Store } from '../../store/index.js';
import { sideMatches } from '../../merge/index.js';
import { closeMatches } from '../../util/nearest.js';

/** --actor/--dyad/--from/--to/--code as an EventFilter; bad values are usage errors. */
export function filterFromArgs(args: ParsedArgs): EventFilter {
  try {
    return parseEventFilter({ actor: flagString(args, 'actor'), dyad: flagString(args, 'dyad'), from: flagString(args, 'from'), to: flagString(args, 'to'), code: flagString(args, 'code') });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/**
 * Warns on stderr about each --actor/--dyad code that matches no actor of the stored events (a misspelt or unknown
 * code gives an empty answer, not an error), with the close matches among the stored actors. Asked only when a
 * filtered listing came back empty, so a normal query pays nothing.
 */
export async function warnUnknownActors(store: Store, filter: EventFilter, ctx: CommandContext): Promise<void> {
  const asked = [...(filter.actor ? [filter.actor] : []), ...(filter.dyad ?? [])];
  if (!asked.length) return;
  const codes = new Set<string>();
  for (const e of await store.listEvents()) for (const c of [e.source, e.target, e.sourceCountry, e.targetCountry]) if (c) codes.add(c);
  for (const a of asked) {
    if ([...codes].some((c) => sideMatches(c, null, a))) continue;
    const near = closeMatches(a, codes, { max: 2 });
    ctx.stderr.write(`warning: no stored event has an actor "${a}"${near.length ? `; close matches: ${near.join(', ')}` : codes.size ? '' : ' (no events stored)'}\n`);
  }
}

export { codeName };

export const run: Command = async (args, ctx) => {
  const filter = filterFromArgs(args);
  return withStore(args, ctx, async (store) => {
    // The store filters in SQL; filtering again here keeps one meaning for every store.
    const events = filterEvents(await store.listEvents(filter), filter);
    if (!events.length) await warnUnknownActors(store, filter, ctx);
    if (flagBool(args, 'json')) writeJson(ctx, events.map(contractEvent));
    else {
      for (const e of events) ctx.stdout.write(formatTimelineLine(e, { codeName }) + '\n');
      ctx.stderr.write(`${events.length} event${events.length === 1 ? '' : 's'}\n`);
    }
    return 0;
  });
};
