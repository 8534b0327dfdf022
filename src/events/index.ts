// Events stage: codes cleaned, dated text into CAMEO event mentions (who did what to whom, when).
// Entry points: codeArticle (an article: sentences with offsets into its text), codeSentences (plain text items for
// `storyline code`), cameo (ontology facts for a code).
import type { EventMention, TimeExpression } from '../types.js';
import { splitSentences, newDocContext } from '../actors/index.js';
import { findTimeExpressionsAnchored } from '../time/index.js';
import { sentenceTimes } from './times.js';
import { codeSentence } from './code.js';
import { eventLanguage } from './language.js';
import { shiftDay } from '../util/calendar.js';

export { cameo, codeName, isCameoCode, allCodes, type CameoInfo } from './ontology.js';
export { codeSentence } from './code.js';
export { withDateText } from './date-text.js';
export { eventLanguage, hasEventLanguage, type EventLanguage } from './language.js';

export interface ArticleInput {
  text: string;
  title?: string | null;
  published: string | null;
  /** ISO 639-1 language of the text (default English); a language the coder has no data for codes no events. */
  language?: string | null;
}

export interface CodingOptions {
  /** Resolve temporal expressions with the time stage (default true). false = dates from publication only (benchmarks). */
  times?: boolean;
}

type TimesOf = (s: string, anchor: string | null) => { expressions: TimeExpression[]; anchor: string | null };
function timesFor(published: string | null, lang: string): TimesOf {
  return (s, anchor) => (anchor === null ? sentenceTimes(s, published, lang) : findTimeExpressionsAnchored(s, published, { anchor, lang }));
}

function day(d: string | null): string | null {
  return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null;
}

/** Codes every sentence of a cleaned article (paragraphs separated by blank lines). `sentenceStart` is the offset of
 *  the sentence in `text`. The title is read for actor context only (headlines are not dated events). */
export function codeArticle(doc: ArticleInput, opts: CodingOptions = {}): EventMention[] {
  const L = eventLanguage(doc.language);
  if (!L) return [];
  const published = day(doc.published);
  const ctx = newDocContext(published, L.lang);
  const timesOf = opts.times === false ? undefined : timesFor(published, L.lang);
  const out: EventMention[] = [];
  const sentences = splitSentences(doc.text, L.lang);
  // First sentence of each one's paragraph.
  const paraOf: number[] = new Array(sentences.length);
  for (let k = 0, prevEnd = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    paraOf[k] = k > 0 && !/\n\s*\n/.test(doc.text.slice(prevEnd, s.start)) ? paraOf[k - 1]! : k;
    prevEnd = s.start + s.text.length;
  }
  // Time expressions are found lazily, per sentence, when a mention asks for them: most sentences code no event,
  // and the time stage is one of the costliest (each sentence is read at most twice). A relative expression ("Two
  // days later, …") counts from the date the paragraph's earlier sentences last resolved to, as the time stage would
  // if it read the whole paragraph: a sentence with expressions is read again with that anchor, when there is one.
  const times: ({ expressions: TimeExpression[]; anchor: string | null } | undefined)[] = new Array(sentences.length);
  const scan = (k: number): { expressions: TimeExpression[]; anchor: string | null } => {
    const done = times[k];
    if (done) return done;
    if (!timesOf) return (times[k] = { expressions: [], anchor: null });
    let r = timesOf(sentences[k]!.text, null);
    if (r.expressions.length && k > paraOf[k]!) {
      const before = anchorAfter(k - 1);
      if (before) r = timesOf(sentences[k]!.text, before);
    }
    return (times[k] = r);
  };
  // the date the paragraph has last resolved to at the end of sentence k
  const anchorAfter = (k: number): string | null => scan(k).anchor ?? (k > paraOf[k]! ? anchorAfter(k - 1) : null);
  const timesAt = (k: number): TimeExpression[] => scan(k).expressions;
  // A paragraph anchored in the past by an earlier sentence ("Relations collapsed in 2019. Washington, in turn,
  // imposed sanctions …"): its later simple-past clauses are background, not news of the publication day. The
  // anchor is the one of the nearest earlier sentence of the paragraph that has one (none: not background).
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const from = paraOf[k]!;
    const pastAnchor = () => {
      for (let j = k - 1; j >= from; j--) {
        const anchor = anchorOf(timesAt(j), published);
        if (anchor !== null) return anchor;
      }
      return false;
    };
    if (k > 0 && paraOf[k] === k) ctx.paragraphNo++;
    const ms = codeSentence(L, s.text, s.tokens, ctx, { published, times: timesOf ? () => timesAt(k) : undefined, background: timesOf ? pastAnchor : false });
    for (const m of ms) { m.sentenceStart = s.start; out.push(m); }
  }
  return out;
}

/** Whether a sentence's time expressions anchor the text in the past (true), at the present (false), or not at all
 *  (null). Past = the latest dated expression ends more than two weeks before publication. */
export function anchorOf(times: TimeExpression[], published: string | null): boolean | null {
  if (!published) return null;
  let latest: string | null = null;
  for (const t of times) {
    if (t.type !== 'DATE' && t.type !== 'TIME' && !t.anchored || !t.interval) continue;
    if (!latest || t.interval.end > latest) latest = t.interval.end;
  }
  if (!latest) return null;
  const cutoff = shiftDay(published, -14);
  return latest < cutoff;
}

/** Codes a piece of text (one item of `storyline code`): every sentence, one shared document context. */
export function codeSentences(text: string, date: string | null, opts: CodingOptions & { language?: string | null } = {}): EventMention[] {
  return codeArticle({ text, published: date, language: opts.language }, opts);
}
