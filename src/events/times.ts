// Time expressions of a sentence for the events stage, remembered for the stage's second reader of the same sentence.
import type { TimeExpression } from '../types.js';
import { findTimeExpressionsAnchored } from '../time/index.js';

/** The last sentences read by the time stage without an anchor, by language, reference date and text. The coder reads
 *  the sentences of its mentions, and withDateText reads those sentences again right after (same call, same result:
 *  the time stage is a pure function of these arguments): this memo saves that second run of the time tagger.
 *  Bounded: cleared when full. The expressions are shared, and read only. */
const timesMemo = new Map<string, { expressions: TimeExpression[]; anchor: string | null }>();
export function sentenceTimes(s: string, published: string | null, lang: string | null): { expressions: TimeExpression[]; anchor: string | null } {
  const key = `${lang ?? '\u0001'}\u0000${published ?? '\u0001'}\u0000${s}`;
  let r = timesMemo.get(key);
  if (!r) {
    r = findTimeExpressionsAnchored(s, published, { anchor: null, lang });
    if (timesMemo.size >= 256) timesMemo.clear();
    timesMemo.set(key, r);
  }
  return r;
}
