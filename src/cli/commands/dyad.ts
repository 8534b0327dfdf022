// storyline dyad A B: per-period counts by QuadClass and Goldstein sum/mean in both directions, with a sparkline.
import type { Command } from '../context.js';
import { writeJson } from '../context.js';
import { flagBool, flagString, UsageError } from '../args.js';
import { withStore } from '../store.js';
import { dyadSeries, formatDyadTable, parseEventFilter, type Period } from '../../merge/index.js';
import { warnUnknownActors } from './events.js';

const PERIODS: Period[] = ['month', 'quarter', 'year'];

export const run: Command = async (args, ctx) => {
  let [a, b] = args.positional;
  if (!b && a?.includes(',')) [a, b] = a.split(',');
  if (!a || !b || args.positional.length > 2) throw new UsageError('dyad needs two actor codes, A B (or A,B)');
  const by = (flagString(args, 'by') ?? 'month') as Period;
  if (!PERIODS.includes(by)) throw new UsageError(`--by expects month, quarter or year, got "${by}"`);
  let filter;
  try {
    filter = parseEventFilter({ dyad: `${a},${b}` });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const [A, B] = filter.dyad!;
  return withStore(args, ctx, async (store) => {
    const events = await store.listEvents(filter);
    if (!events.length) await warnUnknownActors(store, filter, ctx);
    const series = dyadSeries(events, A, B, by);
    if (flagBool(args, 'json')) {
      writeJson(ctx, series.periods.map((p) => ({ period: p.period, a: A, b: B, ab: p.ab, ba: p.ba, total: p.total })));
      if (series.undated || series.coarser) ctx.stderr.write(`not in the series: ${series.undated} undated, ${series.coarser} dated less precisely than a ${by}\n`);
    } else ctx.stdout.write(formatDyadTable(series));
    return 0;
  });
};
