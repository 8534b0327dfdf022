// Tense of the clause around a time expression: decides whether a bare weekday/month points back (news default) or ahead.
// Written by hand because chrono-node has no notion of tense; the marker words live in the language's lexicon.json and
// the patterns that tell a past form from an adjective or a passive in its cues.json.
import { type Language, english } from './language.js';

export type Tense = 'future' | 'past' | null;

const SENT_END = /[.!?;]\s|[\n\r]/g;

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let s = 0;
  SENT_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  let e = text.length;
  while ((m = SENT_END.exec(text))) {
    if (m.index + m[0].length <= start) s = m.index + m[0].length;
    else if (m.index >= end) { e = m.index; break; }
  }
  return [s, e];
}

interface Hit { dist: number; tense: 'future' | 'past'; at: number; attribution?: boolean }

/** False when a past marker at `at` is no past verb: an adjective, a passive or a plan (see the tense cues). */
function isPastVerb(lang: Language, seg: string, m: RegExpExecArray): boolean {
  const c = lang.cues;
  const w = m[0], i = m.index;
  if (c.notPastForm.test(w)) return false;
  // an -ed form after a determiner ("a still unspecified date", "the revised plan") modifies a noun: no past verb
  if (c.regularPastEnd.test(w) && c.attributiveDeterminerBefore.test(seg.slice(Math.max(0, i - 24), i))) return false;
  // a participle after "be"/"been" ("will be held") takes its tense from the auxiliary
  if (c.passiveBeBefore.test(seg.slice(Math.max(0, i - 8), i))) return false;
  // a participle after a present-tense "is"/"are" is a present passive ("when the case is heard")
  if (c.presentAuxBefore.test(seg.slice(Math.max(0, i - 20), i))) return false;
  // "were planning to", "was expected to": the auxiliary only carries the future-in-past of the marker after it
  return !(c.pastAux.test(w) && c.futureAfterAux.test(seg.slice(i + w.length, i + w.length + 24)));
}

function hits(lang: Language, re: RegExp, seg: string, offset: number, from: number, to: number, tense: 'future' | 'past'): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg))) {
    if (tense === 'past' && !isPastVerb(lang, seg, m)) continue;
    // ("agreed to a ceasefire on Wednesday"): a marker the language's cue reads as a noun phrase's verb marks no future
    if (tense === 'future' && lang.cues.nounAfterTo.test(seg.slice(m.index, m.index + m[0].length + 24))) continue;
    // "had been scheduled to expire Friday", "had been due to": a plan that lies in the past
    const t: 'future' | 'past' = tense === 'future' && lang.cues.pluperfectBefore.test(seg.slice(Math.max(0, m.index - 10), m.index)) ? 'past' : tense;
    const a = offset + m.index, b = a + m[0].length;
    const dist = b <= from ? from - b : a >= to ? a - to : 0;
    // ", officials said" after the expression attributes the clause; its tense is the report's, not the clause's
    const attribution = a >= to && lang.tense.reporting.test(m[0]) && /[,'"’”]/.test(seg.slice(to - offset, m.index));
    out.push({ dist, tense: t, at: a, attribution });
  }
  return out;
}

/** The tense nearest to [start,end) inside its sentence: nearest future or past marker wins; null when there is none. */
export function tenseAt(text: string, start: number, end: number, lang: Language = english()): Tense {
  const [s, e] = sentenceBounds(text, start, end);
  const from = Math.max(s, start - 80), to = Math.min(e, end + 80);
  const seg = text.slice(from, to);
  // A future-in-the-past marker ("said it would vote Thursday") governs what follows it in its clause: a date before
  // it belongs to the report ("said on Friday it would cut jobs"), and so does a possessive date, the time of its
  // noun's own event ("would get around Wednesday's ruling").
  const possessive = lang.cues.possessiveAfter.test(text.slice(end, end + 3));
  const weak = possessive ? [] : hits(lang, lang.tense.weakFuture, seg, from, start, end, 'future').filter((h) => h.at < start);
  const all = [...hits(lang, lang.tense.future, seg, from, start, end, 'future'), ...weak, ...hits(lang, lang.tense.past, seg, from, start, end, 'past')];
  // Markers inside the expression itself ("last", "next") are handled by the rules, not here; an attribution after
  // the clause ("…, the envoy said") counts only when the clause itself has no marker before it ("In May, it said
  // it plans to …" keeps "said").
  let outside = all.filter((h) => h.dist > 0);
  if (!outside.length) return null;
  const report = outside.find((h) => h.attribution);
  if (report && outside.some((h) => !h.attribution && h.at < report.at)) outside = outside.filter((h) => !h.attribution);
  outside.sort((a, b) => a.dist - b.dist || (a.tense === 'future' ? -1 : 1));
  return outside[0]!.tense;
}
