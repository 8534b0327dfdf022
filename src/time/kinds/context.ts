// What every resolver of a rule kind gets (the match's named groups and its context) and gives back (a TIMEX3
// value), with the small context checks several kinds share.
import type { Precision, TimeExpression } from '../../types.js';
import type { YMD } from '../dates.js';
import type { Language } from '../language.js';
import type { Tense } from '../tense.js';

export type Mod = 'START' | 'MID' | 'END';

export interface Resolved {
  type: TimeExpression['type'];
  value: string | null;
  mod?: Mod;
  reason?: string;
  /** Explicit interval (durations anchored to the reference date); otherwise derived from value. */
  interval?: { start: string; end: string; precision: Precision } | null;
  /** True when the value does not depend on the reference date. */
  absolute?: boolean;
  /** True when the value was computed from the previous expression (it must not become the next anchor). */
  anaphoric?: boolean;
  /** A DURATION counted from another time ("three days later"): `interval` is the time it lands on. */
  anchored?: boolean;
}

export interface Anchor { value: string; precision: Precision; day?: YMD }

export interface Ctx {
  /** The language of the text: its words and context cues. */
  lang: Language;
  ref: YMD | null;
  tense: Tense;
  locale?: string;
  /** Last resolved expression in the text (for anaphoric expressions). */
  anchor: Anchor | null;
  /** The last quarter the text named (YYYY-Qn): the period a results report is about. */
  quarter?: string | null;
  /** Value of the expression just before this one in the same sentence, of any type (null when there is none). */
  sentencePrev?: string | null;
  /** Raw text of the match. */
  text: string;
  /** Text following the match (for context checks). */
  after: string;
  /** Text before the match. */
  before: string;
}

/** The named groups of a rule match. */
export type G = Record<string, string | undefined>;

/** Resolves one rule match; null when the match is rejected (not a time expression in this context). */
export type Resolver = (g: G, ctx: Ctx) => Resolved | null;

export const NO_REF = 'relative expression and no reference date';

export function modOf(lang: Language, s: string | undefined): Mod | undefined {
  if (!s) return undefined;
  const t = s.toLowerCase().replace(/\s+/g, ' ').replace(/-$/, '').trim();
  return lang.lex.fuzzyModifiers[t] ?? lang.lex.fuzzyModifiers[t + '-'] ?? undefined;
}

export function twoDigitYear(s: string): number {
  const t = s.replace(/^['‘’]/, '');
  const n = Number(t);
  if (t.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

/** The TIMEX3 code of a part of the day ("morning" MO, "night" NI) or the clock time it is ("noon" 12:00). */
export function podCode(lang: Language, s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.toLowerCase().replace(lang.cues.podPrefix, '');
  return lang.lex.clockWords[t] ?? lang.lex.partsOfDay[t];
}

/** A deadline preposition right before ("until", "by the end of"): the time lies ahead. */
export function isDeadlinePrep(ctx: Ctx): boolean {
  return ctx.lang.cues.deadlineBefore.test(ctx.before);
}

/** A word that introduces a time right before ("in", "since", "early"). */
export function isTemporalPrep(ctx: Ctx): boolean {
  return ctx.lang.cues.temporalPrepBefore.test(ctx.before);
}

/** A month word is a month when written as a name; "may"/"march" etc. in lower case are verbs or nouns. */
export function checkMonthWord(ctx: Ctx, word: string, withDayOrYear: boolean): boolean {
  if (ctx.lang.lex.namesCapitalised && /^\p{Lu}/u.test(word)) return true;
  if (ctx.lang.lex.monthFalseFriends.includes(word.toLowerCase())) return false;
  return withDayOrYear || !ctx.lang.lex.namesCapitalised;
}

// what may stand right before the first word of a sentence (or of a heading, a quotation, a parenthesis)
const SENTENCE_START = /(?:^|[.!?]["'”’»]*\s+|[\n:;(–—-]\s*|["“«¿¡]\s*)$/u;

/** Whether a word after `before` opens a sentence (a heading, a quotation, a parenthesis). */
export function opensSentence(before: string): boolean {
  return SENTENCE_START.test(before);
}

/**
 * Where the language does not capitalise month and weekday names, a capitalised one that no article, relation word or
 * modifier introduces (`introduced`) and that does not open a sentence is part of a name ("Santo Domingo", "Domingo
 * Vásquez", "Juan Abril"); an all-capitals word is a heading, not a name.
 */
export function isPartOfName(ctx: Ctx, word: string, introduced: boolean): boolean {
  if (ctx.lang.lex.namesCapitalised || introduced || !/^\p{Lu}\p{Ll}/u.test(word)) return false;
  return !opensSentence(ctx.before);
}

/** A capitalised unit word opening a quotation is a title ("ABC's “This Week”", "CBS's ''60 Minutes''"), not a time. */
export function isQuotedTitle(unitWord: string, ctx: Ctx): boolean {
  return /^\p{Lu}/u.test(unitWord) && /(?:["“‘]|'')\s*$/.test(ctx.before);
}
