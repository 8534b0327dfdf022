import type { Command } from '../context.js';
import { writeJson } from '../context.js';
import { UsageError, flagBool, flagInt } from '../args.js';
import { withStore } from '../store.js';

export const run: Command = async (args, ctx) => {
  const query = args.positional.join(' ').trim();
  if (!query) throw new UsageError('search needs a QUERY');
  const limit = flagInt(args, 'limit') ?? 20;
  return withStore(args, ctx, async (store) => {
    const hits = await store.search(query, limit);
    if (flagBool(args, 'json')) writeJson(ctx, hits);
    else {
      for (const h of hits) ctx.stdout.write(`${h.articleId}  ${(h.published ?? 'undated').slice(0, 10).padEnd(10)}  ${h.title ?? '(no title)'}\n    ${h.snippet.replace(/\s+/g, ' ')}\n`);
      ctx.stderr.write(`${hits.length} hit${hits.length === 1 ? '' : 's'}\n`);
    }
    return 0;
  });
};
