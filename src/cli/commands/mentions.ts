import type { Command } from '../context.js';
import { writeJson } from '../context.js';
import { flagBool, flagString } from '../args.js';
import { withStore } from '../store.js';
import { toContractMention, formatDate } from '../format.js';

export const run: Command = async (args, ctx) =>
  withStore(args, ctx, async (store) => {
    const dyad = flagString(args, 'dyad')?.split(',').map((s) => s.trim()) as [string, string] | undefined;
    const mentions = await store.listMentions({ actor: flagString(args, 'actor'), dyad: dyad?.length === 2 ? dyad : undefined, from: flagString(args, 'from'), to: flagString(args, 'to'), code: flagString(args, 'code') });
    if (flagBool(args, 'json')) writeJson(ctx, mentions.map(toContractMention));
    else {
      for (const m of mentions) ctx.stdout.write(`${formatDate(m.date).padEnd(12)} ${m.source.padEnd(8)} ${m.code} ${m.target.padEnd(8)} ${m.origin}: ${m.sentence.replace(/\s+/g, ' ').slice(0, 120)}\n`);
      ctx.stderr.write(`${mentions.length} mention${mentions.length === 1 ? '' : 's'}\n`);
    }
    return 0;
  });
