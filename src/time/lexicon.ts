// Loads the time stage's word lists (data/time/lexicon.json) and recognition rules (data/time/patterns.json),
// expanding {PLACEHOLDERS} in the rule regexes from the word lists. Loaded once per process.
import { readData } from '../util/data.js';
import { type RuleKind, isRuleKind } from './kinds/list.js';

export interface Lexicon {
  months: Record<string, number>;
  monthFalseFriends: string[];
  weekdays: Record<string, number>;
  weekdayAbbrev: Record<string, number>;
  numbers: Record<string, number>;
  vagueQuantities: string[];
  units: Record<string, string>;
  unitPlurals: Record<string, string>;
  ordinals: Record<string, number>;
  seasons: Record<string, string>;
  seasonFalseFriends: string[];
  partsOfDay: Record<string, string>;
  decadeWords: Record<string, number>;
  fuzzyModifiers: Record<string, 'START' | 'MID' | 'END'>;
  refWords: Record<string, string>;
  refWordsNeedContext: string[];
  refWordsNotAttributive: string[];
  refWordsDiscourse: string[];
  refWordsNotInPast: string[];
  dayWords: Record<string, number>;
  relativeDays: Record<string, number>;
  setAdverbs: Record<string, string>;
  setAdverbsNotAttributive: string[];
  functionWords: string[];
  reportingVerbs: string[];
  futureMarkers: string[];
  /** Future-in-the-past markers ('would'): not for a possessive date, which names the event of its own noun phrase. */
  weakFutureMarkers: string[];
  pastMarkers: string[];
  tenseStopWords: string[];
  /** Approximators kept in an expression's extent: before any expression, and (prepositions too) only before a count. */
  approximators: { any: string[]; counts: string[] };
}

export interface RuleSpec {
  id: string;
  /** How a match is resolved (src/time/resolve.ts); the loader refuses a kind that has no resolver. */
  kind: RuleKind;
  re: string;
  flags?: string;
  priority?: number;
  examples?: string[];
}

export interface Rule extends RuleSpec {
  regex: RegExp;
  priority: number;
}

export interface PatternFile {
  rules: RuleSpec[];
  holidays: Record<string, string>;
}

export const LEX: Lexicon = readData<Lexicon>('time/lexicon.json');
export const PATTERNS: PatternFile = readData<PatternFile>('time/patterns.json');

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of phrases, longest first so the regex prefers the longest phrase; spaces match any whitespace. */
function alt(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => escapeRe(w).replace(/ /g, '\\s+')).join('|');
}

const NUM_WORDS = Object.keys(LEX.numbers).filter((w) => !/^(a|an)$/.test(w));
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS_ALL = [...Object.keys(LEX.units), ...Object.keys(LEX.unitPlurals)];

export const PLACEHOLDERS: Record<string, string> = {
  MONTH: alt(Object.keys(LEX.months)),
  WEEKDAY: alt(Object.keys(LEX.weekdays)),
  NUM: `(?:(?:${TENS.join('|')})[\\s-](?:one|two|three|four|five|six|seven|eight|nine)|${alt(NUM_WORDS)}|a|an|\\d+(?:\\.\\d+)?)`,
  VAGUE: alt(LEX.vagueQuantities),
  UNITS: alt(UNITS_ALL),
  UNIT: alt(Object.keys(LEX.units)),
  SEASON: alt(Object.keys(LEX.seasons)),
  DECADEWORD: alt(Object.keys(LEX.decadeWords)),
  FUZZY: alt(Object.keys(LEX.fuzzyModifiers)),
  RELDAY: alt(Object.keys(LEX.relativeDays)),
  SETADV: alt(Object.keys(LEX.setAdverbs)),
  REFWORD: alt(Object.keys(LEX.refWords)),
  HOLIDAY: alt(Object.keys(PATTERNS.holidays)),
  // a year in words: "nineteen ninety-six", "nineteen oh five", "twenty ten"
  SPELLEDYEAR: `(?:nineteen|twenty)[\\s-]+(?:(?:${TENS.join('|')})(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|oh[\\s-](?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`,
};

export function expand(re: string): string {
  return re.replace(/\{([A-Z]+)\}/g, (m, name: string) => {
    const p = PLACEHOLDERS[name];
    if (p === undefined) throw new Error(`time rule: unknown placeholder ${m}`);
    return `(?:${p})`;
  });
}

/** Compiles rule specs; a rule whose kind has no resolver is an error, not a rule that silently never fires. */
export function compileRules(specs: RuleSpec[]): Rule[] {
  return specs.map((r) => {
    if (!isRuleKind(r.kind)) throw new Error(`time rule ${r.id}: unknown kind "${r.kind}" (see src/time/kinds/list.ts)`);
    return { ...r, priority: r.priority ?? 5, regex: new RegExp(expand(r.re), r.flags ?? 'gi') };
  });
}

export const RULES: Rule[] = compileRules(PATTERNS.rules);

/** Parses a number phrase ("two", "twenty-five", "3", "a") → number, or null for vague quantities. */
export function parseNumber(s: string): number | null {
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t in LEX.numbers) return LEX.numbers[t]!;
  const m = /^([a-z]+)[ -]([a-z]+)$/.exec(t);
  if (m && m[1]! in LEX.numbers && m[2]! in LEX.numbers) return LEX.numbers[m[1]!]! + LEX.numbers[m[2]!]!;
  return null;
}

export function monthNumber(s: string): number | null {
  const t = s.toLowerCase().replace(/\.$/, '');
  return LEX.months[t] ?? null;
}

export function weekdayNumber(s: string): number | null {
  const t = s.toLowerCase().replace(/'s$/, '');
  return LEX.weekdays[t] ?? LEX.weekdayAbbrev[t] ?? null;
}

/** A year written in words ("nineteen ninety-six" → 1996, "twenty ten" → 2010), or null. */
export function spelledYear(s: string): number | null {
  const m = /^(nineteen|twenty)[\s-]+(.+)$/i.exec(s.trim());
  if (!m) return null;
  const lo = parseNumber(m[2]!.toLowerCase().replace(/^oh[\s-]/, '').replace(/\s+/g, ' '));
  if (lo === null || lo >= 100) return null;
  return (m[1]!.toLowerCase() === 'nineteen' ? 1900 : 2000) + lo;
}

/** Singular unit name ("years" → "year"), or null. */
export function unitName(s: string): string | null {
  const t = s.toLowerCase().replace(/'s$/, '').replace(/^fiscal\s+/, '');
  if (t in LEX.units) return t;
  if (t in LEX.unitPlurals) return LEX.unitPlurals[t]!;
  return null;
}
