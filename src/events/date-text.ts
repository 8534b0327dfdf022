// The words that date a mention ("on Saturday"): found again in its sentence when the coder gave the date of a time
// expression but not its words, so that an event's date can say which words state it (see merge's dateWithBasis).
import type { EventMention, TimeExpression } from '../types.js';
import { sentenceTimes } from './times.js';

/**
 * Sets `dateText` on each mention dated by a time expression (dateFrom "expression") that has none: the expression of
 * its sentence naming exactly the mention's days, the one nearest its trigger; null when none does (an expression
 * counted from an earlier sentence, "two days later"). Mentions are changed in place and returned.
 */
export function withDateText<T extends EventMention>(mentions: T[], published: string | null, lang: string | null = null): T[] {
  const bySentence = new Map<string, TimeExpression[]>();
  for (const m of mentions) {
    if (m.dateFrom !== 'expression' || !m.date || m.dateText !== undefined) continue;
    let found = bySentence.get(m.sentence);
    if (!found) {
      try {
        // (the coder has just read this sentence the same way: sentenceTimes remembers it)
        found = sentenceTimes(m.sentence, published ? published.slice(0, 10) : null, lang).expressions;
      } catch {
        // (the words are only a label of a date already given: a time-stage failure on one sentence leaves them unknown)
        found = [];
      }
      bySentence.set(m.sentence, found);
    }
    const at = m.triggerSpan?.[0] ?? 0;
    const same = found.filter((e) => e.interval && e.interval.start === m.date!.start && e.interval.end === m.date!.end);
    same.sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at));
    m.dateText = same[0]?.text ?? null;
  }
  return mentions;
}
