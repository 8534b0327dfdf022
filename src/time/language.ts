// A language of the time stage: its word lists, rules, context cues and tense markers, read from data/time/ and
// compiled once. Everything language-specific the time code uses comes from here.
import { existsSync, readdirSync } from 'node:fs';
import type * as chrono from 'chrono-node';
import { chronoLocale } from '../util/chrono.js';
import { join } from 'node:path';
import { findDataFile, readData } from '../util/data.js';
import { type RuleKind, isRuleKind } from './kinds/list.js';
import { CUE_NAMES, type CueSpec, type Cues, isCueName } from './cues.js';
import type { Lexicon } from './lexicon.js';

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

export interface Language {
  /** ISO 639-1 code. */
  code: string;
  lex: Lexicon;
  patterns: PatternFile;
  rules: Rule[];
  cues: Cues;
  /** Regex sources the rule patterns and cues use as {NAME}. */
  placeholders: Record<string, string>;
  /** Expands {PLACEHOLDERS} in a regex source (and, for 'unicode' languages, makes \b see accented letters). */
  expand: (re: string) => string;
  /** Compiles a regex source of this language's data with the given flags. */
  compile: (re: string, flags: string) => RegExp;
  compoundSplit: RegExp | null;
  /** chrono-node's casual parser of the language. */
  chrono: chrono.Chrono;
  approximators: { any: RegExp; count: RegExp };
  tense: { future: RegExp; weakFuture: RegExp; past: RegExp; reporting: RegExp };
}

const NEVER = '(?!)';

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of phrases, longest first so the regex prefers the longest phrase; spaces match any whitespace. */
export function alt(words: Iterable<string>): string {
  const a = [...new Set(words)].sort((x, y) => y.length - x.length).map((w) => escapeRe(w).replace(/ /g, '\\s+')).join('|');
  return a || NEVER;
}

function placeholders(lex: Lexicon, patterns: PatternFile): Record<string, string> {
  const articles = lex.articles;
  const numWords = Object.keys(lex.numbers).filter((w) => !articles.includes(w));
  const np = lex.numberPatterns;
  return {
    MONTH: alt(Object.keys(lex.months)),
    WEEKDAY: alt(Object.keys(lex.weekdays)),
    NUM: `(?:${np.compound ? `${np.compound}|` : ''}${alt(numWords)}|${articles.map(escapeRe).join('|') || NEVER}|\\d+(?:\\.\\d+)?)`,
    VAGUE: alt(lex.vagueQuantities),
    UNITS: alt([...Object.keys(lex.units), ...Object.keys(lex.unitPlurals)]),
    UNIT: alt(Object.keys(lex.units)),
    SEASON: alt(Object.keys(lex.seasons)),
    DECADEWORD: alt(Object.keys(lex.decadeWords)),
    FUZZY: alt(Object.keys(lex.fuzzyModifiers)),
    RELDAY: alt(Object.keys(lex.relativeDays)),
    SETADV: alt(Object.keys(lex.setAdverbs)),
    REFWORD: alt(Object.keys(lex.refWords)),
    HOLIDAY: alt(Object.keys(patterns.holidays)),
    // a year in words: "nineteen ninety-six", "nineteen oh five", "twenty ten"
    SPELLEDYEAR: np.spelledYear ?? NEVER,
    DEADLINEPREP: alt(lex.deadlinePrepositions),
    TEMPORALPREP: alt(lex.temporalPrepositions),
    YEARBLOCKER: alt(lex.yearBlockers.previous),
    FUNCTIONWORDS: alt(lex.functionWords),
    NOTNOUN: alt([...lex.functionWords, ...lex.temporalPrepositions]),
  };
}

// \b as JavaScript reads it knows only ASCII letters: for a language with accented letters it is replaced by a boundary
// between a letter, digit or underscore and anything else (the u flag is added)
const UNICODE_WORD = '[\\p{L}\\p{N}_]';
const UNICODE_B = `(?:(?<=${UNICODE_WORD})(?!${UNICODE_WORD})|(?<!${UNICODE_WORD})(?=${UNICODE_WORD}))`;

function expander(ph: Record<string, string>, unicode: boolean): (re: string) => string {
  return (re) => {
    // {NAME} is a placeholder, \p{L} a Unicode property
    let out = re.replace(/(?<!\\[pP])\{([A-Z]+)\}/g, (m, name: string) => {
      const p = ph[name];
      if (p === undefined) throw new Error(`time rule: unknown placeholder ${m}`);
      return `(?:${p})`;
    });
    if (unicode) out = out.replace(/(?<!\\)((?:\\\\)*)\\b/g, `$1${UNICODE_B}`);
    return out;
  };
}

/** Compiles rule specs; a rule whose kind has no resolver is an error, not a rule that silently never fires. */
export function compileRules(specs: RuleSpec[], compile: (re: string, flags: string) => RegExp = (re, f) => new RegExp(re, f)): Rule[] {
  return specs.map((r) => {
    if (!isRuleKind(r.kind)) throw new Error(`time rule ${r.id}: unknown kind "${r.kind}" (see src/time/kinds/list.ts)`);
    return { ...r, priority: r.priority ?? 5, regex: compile(r.re, r.flags ?? 'gi') };
  });
}

function compileCues(specs: Record<string, CueSpec>, compile: (re: string, flags: string) => RegExp, code: string): Cues {
  for (const name of Object.keys(specs)) if (!isCueName(name)) throw new Error(`time cues (${code}): unknown cue "${name}" (see src/time/cues.ts)`);
  const out: Partial<Record<string, RegExp>> = {};
  for (const name of CUE_NAMES) out[name] = compile(specs[name]?.re ?? NEVER, specs[name]?.flags ?? 'i');
  return out as Cues;
}

/** Marker words as a regex that matches them as whole words (an apostrophe counts as part of a word). */
function markerSource(words: string[], unicode: boolean): string {
  const w = unicode ? "[\\p{L}\\p{N}_']" : "[\\w']";
  return `(?<!${w})(?:${alt(words)})(?!${w})`;
}

/** Compiles a language from its data files: data/time/<code>/lexicon.json, patterns.json and cues.json. */
export function buildLanguage(code: string, lex: Lexicon, patterns: PatternFile, cueSpecs: Record<string, CueSpec>): Language {
  const unicode = lex.wordBoundary === 'unicode';
  const ph = placeholders(lex, patterns);
  const expand = expander(ph, unicode);
  const compile = (re: string, flags: string): RegExp => new RegExp(expand(re), unicode && !flags.includes('u') ? flags + 'u' : flags);
  const cues = compileCues(cueSpecs, compile, code);
  const approx = (words: string[]) => compile(`(?:^|[^\\w'-])((?:${words.join('|')})\\s+)$`, 'i');
  const u = unicode ? 'u' : '';
  const parser = chronoLocale(lex.chronoLocale)?.casual;
  if (!parser) throw new Error(`time language ${code}: chrono-node has no locale "${lex.chronoLocale}"`);
  return {
    chrono: parser,
    code, lex, patterns, cues, placeholders: ph, expand, compile,
    rules: compileRules(patterns.rules, compile),
    compoundSplit: lex.numberPatterns.compoundSplit ? compile(lex.numberPatterns.compoundSplit, '') : null,
    approximators: { any: approx(lex.approximators.any), count: approx([...lex.approximators.any, ...lex.approximators.counts]) },
    tense: {
      // future markers: listed words plus future verb forms (the futureForm cue: Spanish "votará")
      future: new RegExp(`${markerSource(lex.futureMarkers, unicode)}|${cues.futureForm.source}`, 'gi' + u),
      weakFuture: new RegExp(markerSource(lex.weakFutureMarkers, unicode), 'gi' + u),
      // past markers: listed words plus regular past forms (the pastForm cue)
      past: new RegExp(`${markerSource(lex.pastMarkers, unicode)}|${cues.pastForm.source}`, 'g' + u),
      reporting: new RegExp(`^(?:${lex.reportingVerbs.join('|')})$`, 'i' + u),
    },
  };
}

const loaded = new Map<string, Language>();

/** The languages with time data (data/time/<code>/). */
export function timeLanguages(): string[] {
  return readdirSync(findDataFile('data/time')).filter((n) => /^[a-z]{2}$/.test(n) && existsSync(join(findDataFile('data/time'), n, 'lexicon.json'))).sort();
}

/** A language of the time stage by its ISO 639-1 code, read from data/time/<code>/ once; null when it has no data. */
export function loadLanguage(code: string): Language | null {
  const c = code.toLowerCase();
  const cached = loaded.get(c);
  if (cached) return cached;
  if (!/^[a-z]{2}$/.test(c) || !timeLanguages().includes(c)) return null;
  const cues = readData<{ cues: Record<string, CueSpec> }>(`time/${c}/cues.json`).cues;
  const l = buildLanguage(c, readData<Lexicon>(`time/${c}/lexicon.json`), readData<PatternFile>(`time/${c}/patterns.json`), cues);
  loaded.set(c, l);
  return l;
}

/** The English time language (data/time/en/). */
export function english(): Language {
  return loadLanguage('en')!;
}

/**
 * The language to read a text in: the one named (an ISO 639-1 code; a tag such as "es-VE" counts as "es"), else
 * English. A language without time data is read as English, as every text was before languages were data.
 */
export function languageFor(code: string | null | undefined): Language {
  const c = /^\s*([a-zA-Z]{2})(?:[-_]|$)/.exec(code ?? '')?.[1];
  return (c && loadLanguage(c)) || english();
}
