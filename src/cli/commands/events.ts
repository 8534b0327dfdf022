// storyline events: merged real-world events with their sources, filtered by actor, dyad, dates and code.
import type { Command } from '../context.js';
import { writeJson } from '../context.js';
import { flagBool, flagString, UsageError, type ParsedArgs } from '../args.js';
import { withStore } from '../store.js';
import { contractEvent, filterEvents, formatTimelineLine, parseEventFilter } from '../../merge/index.js';
import { cameo } from '../../events/index.js';
import type { EventFilter } from '../../store/types.js';

/** --actor/--dyad/--from/--to/--code as an EventFilter; bad values are usage errors. */
export function filterFromArgs(args: ParsedArgs): EventFilter {
  try {
    return parseEventFilter({ actor: flagString(args, 'actor'), dyad: flagString(args, 'dyad'), from: flagString(args, 'from'), to: flagString(args, 'to'), code: flagString(args, 'code') });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export const codeName = (code: string): string | null => {
  try {
    return cameo(code)?.name ?? null;
  } catch {
    return null;
  }
};

export const run: Command = async (args, ctx) => {
  const filter = filterFromArgs(args);
  return withStore(args, ctx, async (store) => {
    // The store filters in SQL; filtering again here keeps one meaning for every store.
    const events = filterEvents(await store.listEvents(filter), filter);
    if (flagBool(args, 'json')) writeJson(ctx, events.map(contractEvent));
    else {
      for (const e of events) ctx.stdout.write(formatTimelineLine(e, { codeName }) + '\n');
      ctx.stderr.write(`${events.length} event${events.length === 1 ? '' : 's'}\n`);
    }
    return 0;
  });
};
