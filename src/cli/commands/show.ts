import type { Command } from '../context.js';
import { writeJson } from '../context.js';
import { UsageError, flagBool } from '../args.js';
import { withStore } from '../store.js';
import { toContractArticle, toContractMention, formatDate } from '../format.js';

export const run: Command = async (args, ctx) => {
  const id = args.positional[0];
  if (!id) throw new UsageError('show needs an article ID (see `storyline articles`)');
  return withStore(args, ctx, async (store) => {
    const a = await store.getArticle(id);
    if (!a) {
      ctx.stderr.write(`no article with id ${id}\n`);
      return 1;
    }
    const mentions = await store.listMentions({ articleId: a.id });
    if (flagBool(args, 'json')) {
      writeJson(ctx, [{ ...toContractArticle(a), removed: a.removed, dateCandidates: a.dateCandidates, mentions: mentions.map(toContractMention) }]);
      return 0;
    }
    const w = (s: string) => ctx.stdout.write(s + '\n');
    w(`${a.title ?? '(no title)'}`);
    w(`id ${a.id}   origin ${a.origin}`);
    w(`url ${a.url ?? '-'}   source ${a.source ?? '-'}   site ${a.siteName ?? '-'}   author ${a.author ?? '-'}   language ${a.language ?? '-'}`);
    w(`published ${a.published ?? 'unknown'}${a.publishedFrom ? ` (from ${a.publishedFrom})` : ''}${a.pageDate ? `   page date ${a.pageDate} (not the publication date)` : ''}${a.modified ? `   updated ${a.modified}` : ''}`);
    if (a.duplicateOf) w(`near-duplicate of ${a.duplicateOf}`);
    if (a.description) w(`\n${a.description}`);
    w('\n' + a.text);
    if (a.dateCandidates.length) {
      w('\nDate evidence:');
      for (const c of a.dateCandidates) w(`  ${c.value}  ${c.from} (weight ${c.weight}): ${c.evidence.slice(0, 100)}`);
    }
    if (a.removed.length) {
      w(`\nRemoved (${a.removed.length}):`);
      for (const r of a.removed) w(`  [${r.reason}] ${r.text.replace(/\s+/g, ' ').slice(0, 110)}`);
    }
    if (mentions.length) {
      w(`\nEvent mentions (${mentions.length}):`);
      for (const m of mentions) w(`  ${formatDate(m.date).padEnd(10)} ${m.source} → ${m.target}  ${m.code}  “${m.sentence.slice(0, 100)}”`);
    }
    return 0;
  });
};
