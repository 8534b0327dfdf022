// What every resolver of a rule kind gets (the match's named groups and its context) and gives back (a TIMEX3
// value), with the small context checks several kinds share.
import type { Precision, TimeExpression } from '../../types.js';
import { LEX } from '../lexicon.js';
import type { YMD } from '../dates.js';
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

export function modOf(s: string | undefined): Mod | undefined {
  if (!s) return undefined;
  const t = s.toLowerCase().replace(/\s+/g, ' ').replace(/-$/, '').trim();
  return LEX.fuzzyModifiers[t] ?? LEX.fuzzyModifiers[t + '-'] ?? undefined;
}

export function twoDigitYear(s: string): number {
  const t = s.replace(/^['‘’]/, '');
  const n = Number(t);
  if (t.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

export function podCode(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.toLowerCase().replace(/^mid[\s-]?(?=afternoon|morning)/, '');
  if (t === 'noon' || t === 'midday') return '12:00';
  if (t === 'midnight') return '24:00';
  return LEX.partsOfDay[t];
}

export function isDeadlinePrep(before: string): boolean {
  const m = /([A-Za-z]+)\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?$/.exec(before);
  return !!m && (LEX as unknown as { deadlinePrepositions: string[] }).deadlinePrepositions.includes(m[1]!.toLowerCase());
}

export function isTemporalPrep(before: string): boolean {
  const m = /([A-Za-z]+)[\s-]*$/.exec(before);
  if (!m) return false;
  return (LEX as unknown as { temporalPrepositions: string[] }).temporalPrepositions.includes(m[1]!.toLowerCase());
}

/** A month word is a month when capitalised; "may"/"march" etc. in lower case are verbs or nouns. */
export function checkMonthWord(word: string, ctx: Ctx, withDayOrYear: boolean): boolean {
  const lw = word.toLowerCase();
  if (/^[A-Z]/.test(word)) return true;
  if (LEX.monthFalseFriends.includes(lw)) return false;
  return withDayOrYear;
}

/** A capitalised unit word opening a quotation is a title ("ABC's “This Week”", "CBS's ''60 Minutes''"), not a time. */
export function isQuotedTitle(unitWord: string, ctx: Ctx): boolean {
  return /^[A-Z]/.test(unitWord) && /(?:["“‘]|'')\s*$/.test(ctx.before);
}
