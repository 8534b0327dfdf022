// Events stage: codes cleaned, dated text into CAMEO event mentions (who did what to whom, when).
// Entry points: codeArticle (an article: sentences with offsets into its text), codeSentences (plain text items for
// `storyline code`), cameo (ontology facts for a code).
import type { EventMention, TimeExpression } from '../types.js';
import { splitSentences, newDocContext } from '../actors/index.js';
import { findTimeExpressions } from '../time/index.js';
import { codeSentence } from './code.js';

export { cameo, isCameoCode, allCodes, type CameoInfo } from './ontology.js';
export { codeSentence } from './code.js';

export interface ArticleInput {
  text: string;
  title?: string | null;
  published: string | null;
}

export interface CodingOptions {
  /** Resolve temporal expressions with the time stage (default true). false = dates from publication only (benchmarks). */
  times?: boolean;
}

function timesFor(published: string | null): (s: string) => TimeExpression[] {
  return (s: string) => {
    try { return findTimeExpressions(s, published); } catch { return []; }
  };
}

function day(d: string | null): string | null {
  return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null;
}

/** Codes every sentence of a cleaned article (paragraphs separated by blank lines). `sentenceStart` is the offset of
 *  the sentence in `text`. The title is read for actor context only (headlines are not dated events). */
export function codeArticle(doc: ArticleInput, opts: CodingOptions = {}): EventMention[] {
  const published = day(doc.published);
  const ctx = newDocContext(published);
  const times = opts.times === false ? undefined : timesFor(published);
  const out: EventMention[] = [];
  for (const s of splitSentences(doc.text)) {
    const ms = codeSentence(s.text, s.tokens, ctx, { published, times });
    for (const m of ms) { m.sentenceStart = s.start; out.push(m); }
  }
  return out;
}

/** Codes a piece of text (one item of `storyline code`): every sentence, one shared document context. */
export function codeSentences(text: string, date: string | null, opts: CodingOptions = {}): EventMention[] {
  return codeArticle({ text, published: date }, opts);
}
