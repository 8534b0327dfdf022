// Loads the cleaner's linguistic knowledge from data/clean/*.json (phrase lists, function words).
import { readFileSync } from 'node:fs';
import { findDataFile, readData } from '../util/data.js';
import { NON_ASCII } from '../util/ascii.js';


interface RawBoilerplate {
  maxWords: number;
  lines: string[];
  contains: string[];
  commentStart: string[];
  teaserHeadings: string[];
  patterns: { re: string; reason: string }[];
}

export interface Boilerplate {
  maxWords: number;
  lines: Set<string>;
  contains: string[];
  commentStart: Set<string>;
  teaserHeadings: Set<string>;
  patterns: { re: RegExp; reason: string }[];
}

/** Lowercase, straight quotes, single spaces, surrounding punctuation trimmed: the form phrase lists are matched on. */
export function phraseKey(s: string): string {
  if (!NON_ASCII.test(s)) return asciiPhraseKey(s);
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .trim();
}

/**
 * phraseKey of ASCII text (most paragraphs) without the Unicode property regex, which every paragraph paid: ASCII has
 * no curly quotes, its whitespace is all space after the collapse, and its \p{P} and \p{S} characters are exactly the
 * printable ones other than letters, digits and space (checked over all 128 in the cleaner's tests).
 */
function asciiPhraseKey(s: string): string {
  const t = s.toLowerCase().replace(/\s+/g, ' ');
  let a = 0, b = t.length;
  while (a < b && asciiTrimmable(t.charCodeAt(a))) a++;
  while (b > a && asciiTrimmable(t.charCodeAt(b - 1))) b--;
  return t.slice(a, b).trim();
}

/** An ASCII character of [\s\p{P}\p{S}]: whitespace, or punctuation and symbols (33–47, 58–64, 91–96, 123–126). */
export function asciiTrimmable(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

export function compileBoilerplate(raw: RawBoilerplate): Boilerplate {
  return {
    maxWords: raw.maxWords,
    lines: new Set(raw.lines.map(phraseKey)),
    contains: raw.contains.map((s) => s.toLowerCase()),
    commentStart: new Set(raw.commentStart.map(phraseKey)),
    teaserHeadings: new Set(raw.teaserHeadings.map(phraseKey)),
    patterns: raw.patterns.map((p) => ({ re: new RegExp(p.re, 'iu'), reason: p.reason })),
  };
}

let bp: Boilerplate | null = null;
export function boilerplate(): Boilerplate {
  if (!bp) bp = compileBoilerplate(readData<RawBoilerplate>('clean/boilerplate.json'));
  return bp;
}

let stop: Set<string> | null = null;
/** Function words of every language in data/clean/stopwords.json, merged (lowercase). */
export function stopWords(): Set<string> {
  if (!stop) {
    const raw = readData<Record<string, unknown>>('clean/stopwords.json');
    stop = new Set<string>();
    for (const [k, v] of Object.entries(raw)) if (k !== 'about' && Array.isArray(v)) for (const w of v) stop.add(String(w).toLowerCase());
  }
  return stop;
}

/** Raw JSON of a data file (for tests of the data files themselves). */
export function readDataJson(rel: string): unknown {
  return JSON.parse(readFileSync(findDataFile(rel), 'utf8')) as unknown;
}
