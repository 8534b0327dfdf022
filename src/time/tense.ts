// Tense of the clause around a time expression: decides whether a bare weekday/month points back (news default) or ahead.
// Written by hand because chrono-node has no notion of tense; the marker words live in data/time/lexicon.json.
import { LEX } from './lexicon.js';

export type Tense = 'future' | 'past' | null;

function markerRe(words: string[]): RegExp {
  const alt = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
  return new RegExp(`(?<![\\w'])(?:${alt})(?![\\w'])`, 'gi');
}

const FUTURE = markerRe(LEX.futureMarkers);
const WEAK_FUTURE = markerRe(LEX.weakFutureMarkers);
// Past markers: listed words plus regular past forms (-ed), excluding a few frequent -ed adjectives.
const PAST = new RegExp(`${markerRe(LEX.pastMarkers).source}|\\b[a-z]{2,}ed\\b`, 'g');
const NOT_PAST = /^(?:need|speed|united|indeed|red|bed|feed|seed|proceed|exceed|succeed|based|expected|scheduled|planned|supposed|concerned|interested|related|limited|detailed)$/i;

const ATTRIBUTIVE_DET = /\b(?:a|an|the|this|these|its|their|his|her|our|your)\s+(?:\w+ly\s+|still\s+|yet\s+|newly\s+)?$/i;

const FUTURE_AFTER_AUX = /^\s+(?:still\s+|also\s+)?(?:planning|planned|expected|scheduled|due|set|going|about|supposed)\b/i;

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

// ", officials said" after the expression attributes the clause; its tense is the report's, not the clause's
const REPORTING = new RegExp(`^(?:${LEX.reportingVerbs.join('|')})$`, 'i');

function hits(re: RegExp, seg: string, offset: number, from: number, to: number, tense: 'future' | 'past'): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg))) {
    if (tense === 'past' && NOT_PAST.test(m[0])) continue;
    // an -ed form after a determiner ("a still unspecified date", "the revised plan") modifies a noun: no past verb
    if (tense === 'past' && /ed$/i.test(m[0]) && ATTRIBUTIVE_DET.test(seg.slice(Math.max(0, m.index - 24), m.index))) continue;
    // a participle after "be"/"been" ("will be held") takes its tense from the auxiliary
    if (tense === 'past' && /\b(?:be|being)\s+$/i.test(seg.slice(Math.max(0, m.index - 8), m.index))) continue;
    // a participle after a present-tense "is"/"are" is a present passive ("when the case is heard")
    if (tense === 'past' && /\b(?:is|are|am)\s+(?:\w+ly\s+)?$/i.test(seg.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "were planning to", "was expected to": the auxiliary only carries the future-in-past of the marker after it
    if (tense === 'past' && /^(?:was|were)$/i.test(m[0]) && FUTURE_AFTER_AUX.test(seg.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    // "had been scheduled to expire Friday", "had been due to": a plan that lies in the past
    const t: 'future' | 'past' = tense === 'future' && /\bhad\s+(?:been\s+)?$/i.test(seg.slice(Math.max(0, m.index - 10), m.index)) ? 'past' : tense;
    const a = offset + m.index, b = a + m[0].length;
    const dist = b <= from ? from - b : a >= to ? a - to : 0;
    const attribution = a >= to && REPORTING.test(m[0]) && /[,'"’”]/.test(seg.slice(to - offset, m.index));
    out.push({ dist, tense: t, at: a, attribution });
  }
  return out;
}

/** The tense nearest to [start,end) inside its sentence: nearest future or past marker wins; null when there is none. */
export function tenseAt(text: string, start: number, end: number): Tense {
  const [s, e] = sentenceBounds(text, start, end);
  const from = Math.max(s, start - 80), to = Math.min(e, end + 80);
  const seg = text.slice(from, to);
  // A future-in-the-past marker ("said it would vote Thursday") governs what follows it in its clause: a date before
  // it belongs to the report ("said on Friday it would cut jobs"), and so does a possessive date, the time of its
  // noun's own event ("would get around Wednesday's ruling").
  const possessive = /^['’]s\b/.test(text.slice(end, end + 3));
  const weak = possessive ? [] : hits(WEAK_FUTURE, seg, from, start, end, 'future').filter((h) => h.at < start);
  const all = [...hits(FUTURE, seg, from, start, end, 'future'), ...weak, ...hits(PAST, seg, from, start, end, 'past')];
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
