// The word lists of a language's time rules (data/time/<lang>/lexicon.json) and what the code asks of them: numbers, month
// and weekday numbers, units, relation and direction words. Every function takes the Language whose words it reads.
import type { Language } from './language.js';

export type Relation =
  | 'LAST' | 'PREVIOUS' | 'PRECEDING' | 'NEXT' | 'FOLLOWING' | 'THIS' | 'SAME' | 'LATEST' | 'YEAR_AGO' | 'COMPARABLE' | 'DEFINITE';
export type Direction = 'AGO' | 'HENCE' | 'LATER' | 'EARLIER' | 'BEFORE';
/** TIMEX3 unit designators (and FN fortnight, Q quarter, DE decade, CE century, which ISO 8601 lacks). */
export type UnitCode = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'FN' | 'M' | 'Q' | 'Y' | 'DE' | 'CE';
export type PeriodAdjective = 'YEAR_END' | 'YEAR_END_MOD' | 'YEAR_AGO';

export interface Lexicon {
  /** The chrono-node locale that parses the language's explicit dates and clock times ("en", "es"). */
  chronoLocale: string;
  /** Month and weekday names are written with a capital (English); lower-case ones are other words. */
  namesCapitalised: boolean;
  /** 'unicode': letters with accents are word characters (rules compiled with the u flag). */
  wordBoundary: 'ascii' | 'unicode';
  numericDates: { order: 'DMY' | 'MDY' | null; monthFirstLocales?: string };
  months: Record<string, number>;
  monthFalseFriends: string[];
  monthsNeedPreposition: string[];
  monthAbbreviations: string[];
  weekdays: Record<string, number>;
  weekdayAbbrev: Record<string, number>;
  numbers: Record<string, number>;
  numberPatterns: {
    compound?: string; compoundSplit?: string; spelledYear?: string; spelledYearCenturies?: Record<string, number>;
    spelledYearZero?: string; yearWordsBase?: number;
  };
  articles: string[];
  vagueQuantities: string[];
  units: Record<string, UnitCode>;
  unitPlurals: Record<string, string>;
  ordinals: Record<string, number>;
  halves: Record<string, 1 | 2>;
  halvesNeedYear: string[];
  centuryOrdinals: Record<string, number>;
  seasons: Record<string, string>;
  seasonFalseFriends: string[];
  partsOfDay: Record<string, string>;
  clockWords: Record<string, string>;
  decadeWords: Record<string, number>;
  fuzzyModifiers: Record<string, 'START' | 'MID' | 'END'>;
  relations: Record<string, Relation>;
  directions: Record<string, Direction>;
  refWords: Record<string, string>;
  refWordsNeedContext: string[];
  refWordsNotAttributive: string[];
  refWordsDiscourse: string[];
  refWordsNotInPast: string[];
  dayWords: Record<string, number>;
  dayWordPod: Record<string, string>;
  relativeDays: Record<string, number>;
  setAdverbs: Record<string, string>;
  setAdverbsNotAttributive: string[];
  setCounts: Record<string, number>;
  setUnits: Record<string, string>;
  rateQuantifiers: string[];
  periodAdjectives: Record<string, PeriodAdjective>;
  functionWords: string[];
  reportingVerbs: string[];
  futureMarkers: string[];
  /** Future-in-the-past markers ('would'): not for a possessive date, which names the event of its own noun phrase. */
  weakFutureMarkers: string[];
  pastMarkers: string[];
  temporalPrepositions: string[];
  deadlinePrepositions: string[];
  yearBlockers: { previous: string[] };
  /** Approximators kept in an expression's extent: before any expression, and (prepositions too) only before a count. */
  approximators: { any: string[]; counts: string[] };
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Parses a number phrase ("two", "twenty-five", "3", "a") → number, or null for vague quantities. */
export function parseNumber(lang: Language, s: string): number | null {
  const t = norm(s);
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const { numbers } = lang.lex;
  if (t in numbers) return numbers[t]!;
  const m = lang.compoundSplit?.exec(t);
  if (m && m[1]! in numbers && m[2]! in numbers) return numbers[m[1]!]! + numbers[m[2]!]!;
  return null;
}

export function monthNumber(lang: Language, s: string): number | null {
  return lang.lex.months[s.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function weekdayNumber(lang: Language, s: string): number | null {
  const t = s.toLowerCase().replace(lang.cues.possessiveEnd, '');
  return lang.lex.weekdays[t] ?? lang.lex.weekdayAbbrev[t] ?? null;
}

/** A year written in words ("nineteen ninety-six" → 1996, "twenty ten" → 2010), or null. */
export function spelledYear(lang: Language, s: string): number | null {
  const p = lang.lex.numberPatterns;
  const t = norm(s.replace(/-/g, ' '));
  const century = Object.keys(p.spelledYearCenturies ?? {}).find((c) => t.startsWith(c + ' '));
  if (!century) return null;
  let rest = t.slice(century.length + 1);
  if (p.spelledYearZero && rest.startsWith(p.spelledYearZero + ' ')) rest = rest.slice(p.spelledYearZero.length + 1);
  const lo = parseNumber(lang, rest);
  if (lo === null || lo >= 100) return null;
  return p.spelledYearCenturies![century]! + lo;
}

/** The unit a word names ("years" → Y, "fiscal year" → Y, "year's" → Y), or null. */
export function unitCode(lang: Language, s: string): UnitCode | null {
  const t = s.toLowerCase().replace(lang.cues.unitNoise, '').replace(lang.cues.unitNoise, '');
  const { units, unitPlurals } = lang.lex;
  if (t in units) return units[t]!;
  if (t in unitPlurals) return units[unitPlurals[t]!] ?? null;
  return null;
}

/** True when the unit word is singular ("year", not "years"). */
export function isSingularUnit(lang: Language, s: string): boolean {
  return s.toLowerCase() in lang.lex.units;
}

export function relationOf(lang: Language, s: string | undefined): Relation | undefined {
  return s ? lang.lex.relations[norm(s)] : undefined;
}

export function directionOf(lang: Language, s: string | undefined): Direction | undefined {
  return s ? lang.lex.directions[norm(s)] : undefined;
}

/** A month or weekday name as the language writes names: capitalised where it capitalises them (English). */
export function isName(lang: Language, word: string): boolean {
  return !lang.lex.namesCapitalised || /^\p{Lu}/u.test(word);
}

/** True when the word is one of the language's indefinite articles ("a", "an"). */
export function isArticle(lang: Language, word: string): boolean {
  return lang.lex.articles.includes(word.toLowerCase());
}
