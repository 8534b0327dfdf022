// Loads the cleaner's linguistic knowledge from data/clean/*.json (phrase lists, function words).
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Walks up from this module's folder to the project root (works from src/ under tsx and from dist/). */
function findDataFile(rel: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const p = join(dir, rel);
    if (existsSync(p)) return p;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(`data file not found: ${rel}`);
}

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
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .trim();
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
  if (!bp) bp = compileBoilerplate(JSON.parse(readFileSync(findDataFile('data/clean/boilerplate.json'), 'utf8')) as RawBoilerplate);
  return bp;
}

let stop: Set<string> | null = null;
/** Function words of every language in data/clean/stopwords.json, merged (lowercase). */
export function stopWords(): Set<string> {
  if (!stop) {
    const raw = JSON.parse(readFileSync(findDataFile('data/clean/stopwords.json'), 'utf8')) as Record<string, unknown>;
    stop = new Set<string>();
    for (const [k, v] of Object.entries(raw)) if (k !== 'about' && Array.isArray(v)) for (const w of v) stop.add(String(w).toLowerCase());
  }
  return stop;
}

/** Raw JSON of a data file (for tests of the data files themselves). */
export function readDataJson(rel: string): unknown {
  return JSON.parse(readFileSync(findDataFile(rel), 'utf8'));
}
