import type { Command } from '../context.js';
import { writeJson } from '../context.js';
import { UsageError, flagBool, flagInt, flagString } from '../args.js';
import { withStore } from '../store.js';
import { contractEvent, formatTimelineLine, searchEvents } from '../../merge/index.js';
import { codeName } from './events.js';

export const run: Command = async (args, ctx) => {
  const query = args.positional.join(' ').trim();
  if (!query) throw new UsageError('search needs a QUERY');
  const limit = flagInt(args, 'limit') ?? 20;
  const where = flagString(args, 'in') ?? 'articles';
  if (where !== 'articles' && where !== 'events') throw new UsageError(`--in must be articles or events, got "${where.slice(0, 40)}"`);
  return withStore(args, ctx, async (store) => {
    if (where === 'events') {
      const hits = searchEvents(await store.listEvents(), query);
      const shown = hits.slice(0, limit);
      if (flagBool(args, 'json')) writeJson(ctx, shown.map((h) => ({ ...contractEvent(h.event), score: h.score })));
      else {
        for (const h of shown) ctx.stdout.write(formatTimelineLine(h.event, { codeName }) + '\n');
        ctx.stderr.write(`${hits.length} event${hits.length === 1 ? '' : 's'}${hits.length > shown.length ? `, the best ${shown.length} shown` : ''}\n`);
      }
      return 0;
    }
    const hits = await store.search(query, limit);
    if (flagBool(args, 'json')) writeJson(ctx, hits);
    else {
      for (const h of hits) ctx.stdout.write(`${h.articleId}  ${(h.published ?? 'undated').slice(0, 10).padEnd(10)}  ${h.title ?? '(no title)'}\n    ${h.snippet.replace(/\s+/g, ' ')}\n`);
      ctx.stderr.write(`${hits.length} hit${hits.length === 1 ? '' : 's'}\n`);
    }
    return 0;
  });
};
