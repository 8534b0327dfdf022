import type { Command } from '../context.js';
import { writeJson } from '../context.js';
import { flagBool, flagInt } from '../args.js';
import { withStore } from '../store.js';
import { toContractArticle } from '../format.js';

export const run: Command = async (args, ctx) => {
  const limit = flagInt(args, 'limit');
  return withStore(args, ctx, async (store) => {
    const articles = await store.listArticles({ limit });
    if (flagBool(args, 'json')) writeJson(ctx, articles.map(toContractArticle));
    else {
      for (const a of articles) {
        const dup = a.duplicateOf ? `  [duplicate of ${a.duplicateOf}]` : '';
        ctx.stdout.write(`${a.id}  ${(a.published ?? 'undated').slice(0, 10).padEnd(10)}  ${(a.source ?? '-').padEnd(22).slice(0, 22)}  ${a.title ?? '(no title)'}${dup}\n`);
      }
      ctx.stderr.write(`${articles.length} article${articles.length === 1 ? '' : 's'}\n`);
    }
    return 0;
  });
};
