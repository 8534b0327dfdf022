// `storyline code [FILE | -] [--date YYYY-MM-DD] [--lang CODE] [--json]`: codes sentences into CAMEO event mentions
// without storing them. Input: plain text (one item per non-empty line) or JSON Lines ({"id","text","date"}). The
// language of each item is --lang, else the one eld detects in it (else in the whole input) when the coder has data
// for it, else English.
import type { Command } from '../context.js';
import { writeJson } from '../context.js';
import { flagBool, flagString, UsageError } from '../args.js';
import { parseItems, readItemSource, detector, langFlag } from '../items.js';
import { codeSentences, hasEventLanguage, withDateText } from '../../events/index.js';
import { splitSentences } from '../../actors/index.js';
import type { EventMention } from '../../types.js';

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

function validDay(s: string): boolean {
  if (!DAY_RE.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function dateText(m: EventMention): string {
  if (!m.date) return 'undated';
  const days = m.date.start === m.date.end ? m.date.start : `${m.date.start}..${m.date.end}`;
  const planned = m.planned ? `, planned ${m.planned.start === m.planned.end ? m.planned.start : `${m.planned.start}..${m.planned.end}`}` : '';
  return (m.dateFrom === 'published' ? `${days} (publication date)` : m.dateText ? `${days} (“${m.dateText}”)` : days) + planned;
}

/** One line per event mention: actors, code, date with where it comes from, trigger, confidence. */
const eventLine = (m: EventMention) =>
  `    ${m.source} → ${m.target}  ${m.code} (${m.plover || 'statement'}, ${m.goldstein >= 0 ? '+' : ''}${m.goldstein})  ${dateText(m)}  «${m.trigger ?? ''}»  conf ${m.confidence}\n`;

/** Each sentence of an item (as the coder splits it), then the events coded from it, or "(no events)". */
function writeItem(ctx: Parameters<Command>[1], text: string, events: EventMention[], lang: string): void {
  for (const s of splitSentences(text, lang)) {
    ctx.stdout.write(`  ${s.text.replace(/\s+/g, ' ')}\n`);
    const here = events.filter((m) => m.sentenceStart === s.start);
    if (!here.length) ctx.stdout.write('    (no events)\n');
    for (const m of here) ctx.stdout.write(eventLine(m));
  }
}

export const run: Command = async (args, ctx) => {
  if (args.flags.date === true) throw new UsageError('--date needs a date: --date YYYY-MM-DD');
  const date = flagString(args, 'date') ?? null;
  if (date !== null && !validDay(date)) throw new UsageError(`--date must be a date YYYY-MM-DD, got "${date}"`);
  if (args.positional.length > 1) throw new UsageError(`code reads one FILE (or - for stdin), got ${args.positional.length}`);
  const lang = langFlag(args);
  if (lang && !hasEventLanguage(lang)) ctx.stderr.write(`storyline code: no event data for "${lang}"; reading as English\n`);
  let content: string;
  try {
    content = await readItemSource(args.positional[0], ctx.stdin);
  } catch (e) {
    ctx.stderr.write(`storyline code: cannot read ${args.positional[0]}: ${(e as Error).message}\n`);
    return 1;
  }
  const { items, errors } = parseItems(content, date, ['date']);
  for (const err of errors) ctx.stderr.write(`storyline code: line ${err.line}: ${err.message}\n`);
  const detect = lang ? null : await detector();
  const known = (l: string | null | undefined) => (l && hasEventLanguage(l) ? l : null);
  const whole = detect ? known(detect(items.map((i) => i.text).join('\n'))) : null;
  const out = items.map((it) => {
    const language = known(lang) ?? known(detect?.(it.text)) ?? whole ?? 'en';
    return { id: it.id, lang: language, events: withDateText(codeSentences(it.text, it.date, { language }), it.date, language) };
  });
  // (the JSON shape is unchanged: an item's language shows in the text output only)
  if (flagBool(args, 'json')) writeJson(ctx, out.map(({ id, events }) => ({ id, events })));
  else {
    out.forEach((item, i) => {
      ctx.stdout.write(`# ${item.id}${item.lang !== 'en' ? ` [${item.lang}]` : ''}\n`);
      writeItem(ctx, items[i]!.text, item.events, item.lang);
    });
    const n = out.reduce((a, o) => a + o.events.length, 0);
    ctx.stderr.write(`${out.length} item${out.length === 1 ? '' : 's'}, ${n} event mention${n === 1 ? '' : 's'}\n`);
  }
  if (!items.length && errors.length) return 1;
  return 0;
};
