import type { Command } from '../context.js';
import { writeJson } from '../context.js';
import { flagBool } from '../args.js';
import { withStore } from '../store.js';
import { toContractMention, formatDate } from '../format.js';
import { filterFromArgs, warnUnknownActors } from './events.js';

export const run: Command = async (args, ctx) => {
  const filter = filterFromArgs(args);
  return withStore(args, ctx, async (store) => {
    const mentions = await store.listMentions(filter);
    if (!mentions.length) await warnUnknownActors(store, filter, ctx);
    if (flagBool(args, 'json')) writeJson(ctx, mentions.map(toContractMention));
    else {
      for (const m of mentions) ctx.stdout.write(`${formatDate(m.date).padEnd(12)} ${m.source.padEnd(8)} ${m.code} ${m.target.padEnd(8)} ${m.origin}: ${m.sentence.replace(/\s+/g, ' ').slice(0, 120)}\n`);
      ctx.stderr.write(`${mentions.length} mention${mentions.length === 1 ? '' : 's'}\n`);
    }
    return 0;
  });
};
