// `storyline time [FILE | -] [--ref YYYY-MM-DD] [--lang CODE] [--json]`: temporal expressions in text (one item per line
// or JSON Lines). The language of each item is --lang, else the one eld detects in it (else in the whole input), else
// English; a language without time rules is read as English.
import type { Command } from '../context.js';
import { writeJson } from '../context.js';
import { flagBool, flagString, UsageError } from '../args.js';
import { parseItems, readItemSource, detector, langFlag } from '../items.js';
import { findTimeExpressions, timeLanguages, type TimeOptions } from '../../time/index.js';
import { isDayString } from '../../util/calendar.js';
import type { TimeExpression } from '../../types.js';
import { pieces } from '../../util/pieces.js';

/** Longest text handed to the time stage at once: a longer item is read in pieces cut at sentence ends. */
export const TIME_PIECE_CHARS = 20_000;

/**
 * The time expressions of an item of any length: an item longer than TIME_PIECE_CHARS is read piece by piece (cut at
 * paragraph or sentence ends; offsets stay offsets into the item), since the time stage costs more than linearly in
 * the length of what it reads at once.
 */
export function itemExpressions(text: string, ref: string | null, opts: TimeOptions): TimeExpression[] {
  if (text.length <= TIME_PIECE_CHARS) return findTimeExpressions(text, ref, opts);
  return pieces(text, TIME_PIECE_CHARS).flatMap(([a, b]) => findTimeExpressions(text.slice(a, b), ref, opts).map((e) => ({ ...e, start: e.start + a, end: e.end + a })));
}

export const run: Command = async (args, ctx) => {
  const ref = flagString(args, 'ref') ?? null;
  if (args.flags.ref === true) throw new UsageError('--ref needs a date: --ref YYYY-MM-DD');
  if (ref !== null && !isDayString(ref)) throw new UsageError(`--ref must be a date YYYY-MM-DD, got "${ref}"`);
  const lang = langFlag(args);
  if (args.positional.length > 1) throw new UsageError(`time reads one FILE (or - for stdin), got ${args.positional.length}`);
  if (lang && !timeLanguages().includes(lang)) ctx.stderr.write(`storyline time: no time rules for "${lang}" (have ${timeLanguages().join(', ')}); reading as English\n`);
  const locale = flagString(args, 'locale');
  let content: string;
  try {
    content = await readItemSource(args.positional[0], ctx.stdin);
  } catch (e) {
    ctx.stderr.write(`storyline time: cannot read ${args.positional[0]}: ${(e as Error).message}\n`);
    return 1;
  }
  const { items, errors } = parseItems(content, ref, ['ref', 'date']);
  for (const err of errors) ctx.stderr.write(`storyline time: line ${err.line}: ${err.message}\n`);
  const detect = lang ? null : await detector();
  const whole = detect ? detect(items.map((i) => i.text).join('\n')) : null;
  const out = items.map((it) => {
    const itemLang = lang ?? detect?.(it.text) ?? whole ?? 'en';
    const opts = { lang: itemLang, ...(locale ? { locale } : {}) };
    return {
      id: it.id, lang: itemLang,
      expressions: itemExpressions(it.text, it.date, opts).map((e) => ({
        text: e.text, start: e.start, end: e.end, type: e.type, value: e.value, interval: e.interval, precision: e.precision,
        ...(e.anchored ? { anchored: true } : {}),
        ...(e.reason ? { reason: e.reason } : {}),
      })),
    };
  });
  if (flagBool(args, 'json')) writeJson(ctx, out);
  else {
    for (const [k, item] of out.entries()) {
      const date = items[k]!.date;
      ctx.stdout.write(`# ${item.id}${date ? ` (ref ${date})` : ''} [${item.lang}]\n`);
      if (!item.expressions.length) ctx.stdout.write('  (no temporal expressions)\n');
      for (const e of item.expressions) {
        const iv = e.interval ? (e.interval.start === e.interval.end ? e.interval.start : `${e.interval.start}..${e.interval.end}`) : '-';
        ctx.stdout.write(`  ${String(e.start).padStart(5)}-${String(e.end).padEnd(5)} ${JSON.stringify(e.text).padEnd(28)} ${e.type.padEnd(8)} ${String(e.value ?? 'null').padEnd(18)} ${iv}${e.precision ? ` (${e.precision})` : ''}${e.anchored ? ' anchored' : ''}${e.reason ? `  [${e.reason}]` : ''}\n`);
      }
    }
  }
  if (!items.length && errors.length) return 1;
  return 0;
};
