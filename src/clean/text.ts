// Text primitives for the cleaner: normalisation, paragraph and sentence splitting, tokens and prose features.
// Written by hand because the splitting rules depend on scrape layout (blank lines vs single newlines, hard
// wrapping) which no sentence/paragraph library models; the word-level work is plain Unicode regexes.
import { readDataJson, stopWords } from './data.js';
import { NON_ASCII } from '../util/ascii.js';

/** Normalises line ends and invisible/odd spaces; keeps line structure. */
export function normalizeText(s: string): string {
  return s
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\u2000-\u200a\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\u2060]/g, '')
    .replace(/[ \t]+$/gm, '');
}

/** Collapses inner whitespace of one paragraph. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Splits a text scrape into paragraphs. Blocks are separated by blank lines; inside a block every line is a
 * paragraph (scrapes often put one paragraph per line) unless the block is hard-wrapped prose (several lines
 * of similar width that break mid-sentence), which is joined back.
 */
export function splitParagraphs(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
    if (!lines.length) continue;
    if (isHardWrapped(lines)) out.push(squash(lines.join(' ')));
    else for (const l of lines) out.push(squash(l));
  }
  return out.filter((p) => p.length > 0);
}

function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const body = lines.slice(0, -1);
  const lens = body.map((l) => l.length);
  const max = Math.max(...lens);
  if (max > 120 || max < 40) return false;
  const near = lens.filter((n) => n >= max * 0.7).length;
  const midSentence = body.filter((l) => !/[.!?:"”»)]$/.test(l)).length;
  return near >= body.length * 0.8 && midSentence >= body.length * 0.5;
}

let abbrev: Set<string> | null = null;
function abbreviations(): Set<string> {
  if (!abbrev) abbrev = new Set(((readDataJson('data/clean/abbreviations.json') as { abbreviations: string[] }).abbreviations).map((s) => s.toLowerCase()));
  return abbrev;
}

/** Sentence spans of a paragraph: [start, end) offsets. Splits after . ! ? … (plus closing quotes) before a capital, digit or quote. */
export function sentenceSpans(p: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /([.!?…]+)(["'”’»)\]]*)(\s+)(?=["'“‘«([]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p))) {
    const endOfSentence = m.index + m[1]!.length + m[2]!.length;
    if (m[1] === '.' && !m[2]) {
      // The word before the full stop, looked for in the last 100 characters only: the pattern tried from every start
      // of a long sentence cost quadratic time (18 000 characters of letters: seconds), and no abbreviation is longer.
      const before = p.slice(Math.max(start, m.index - 100), m.index);
      const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
      const lw = lastWord.toLowerCase();
      // Initials ("J. Smith", "U.S.") and listed abbreviations do not end a sentence.
      if (/^\p{Lu}$/u.test(lastWord) || abbreviations().has(lw) || /^(\p{L}\.)+\p{L}$/u.test(lastWord)) continue;
    }
    spans.push([start, endOfSentence]);
    start = m.index + m[0].length;
  }
  if (start < p.length) spans.push([start, p.length]);
  return spans.filter(([a, b]) => p.slice(a, b).trim().length > 0);
}

export function splitSentences(p: string): string[] {
  return sentenceSpans(p).map(([a, b]) => p.slice(a, b).trim());
}

/** Lowercase word tokens (letters/digits, inner apostrophes and hyphens kept). */
export function words(s: string): string[] {
  // ASCII text: its letters and digits are [a-z0-9] once lower-cased, and the cheaper pattern matches the same words.
  if (!NON_ASCII.test(s)) return s.toLowerCase().match(/[a-z0-9]+(?:['\-.][a-z0-9]+)*/g) ?? [];
  return s.toLowerCase().match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Content tokens: words minus function words. */
export function contentWords(s: string): string[] {
  const stop = stopWords();
  return words(s).filter((w) => !stop.has(w));
}

/** Crude language-neutral stem: the first five characters (enough to match "normalizing"/"normalization"). */
export function stem(w: string): string {
  return w.length > 5 ? w.slice(0, 5) : w;
}

/**
 * Word count and function-word share of recent strings: the passes ask them of the same paragraph many times
 * (prose tests, title and footer shapes). Bounded so long runs stay flat.
 */
const shapeCache = new Map<string, { n: number; stop: number }>();
function shape(s: string): { n: number; stop: number } {
  let r = shapeCache.get(s);
  if (r === undefined) {
    const ws = words(s);
    let k = 0;
    if (ws.length) {
      const stop = stopWords();
      for (const w of ws) if (stop.has(w)) k++;
    }
    r = { n: ws.length, stop: ws.length ? k / ws.length : 0 };
    if (shapeCache.size >= 4096) shapeCache.clear();
    shapeCache.set(s, r);
  }
  return r;
}

export function stopRatio(s: string): number {
  return shape(s).stop;
}

export function wordCount(s: string): number {
  return shape(s).n;
}

/** Ends like a sentence: terminal punctuation, possibly followed by closing quotes/brackets. */
export function endsLikeSentence(s: string): boolean {
  return /[.!?…]["'”’»)\]]*$/.test(s.trim()) || /[.!?]["'”’»]$/.test(s.trim());
}

/** Ends with an ellipsis: a truncated teaser or summary. */
export function endsWithEllipsis(s: string): boolean {
  return /(\.\.\.|…)["'”’»)]*$/.test(s.trim());
}

/**
 * Prose: a sentence-shaped paragraph of running text (enough words, function words present, terminal
 * punctuation). Menus, tags, captions-as-labels, headlines and contact lines are not prose.
 */
export function isProse(s: string, minWords = 12): boolean {
  const n = wordCount(s);
  if (n < minWords) return false;
  if (!endsLikeSentence(s)) return false;
  return stopRatio(s) >= 0.12;
}

/** Overlap of a's token set with b's (|a∩b| / |a|). */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / a.size;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size && !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n);
}

/** Key for exact-repeat detection: lowercase letters and digits only. */
export function repeatKey(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase().replace(/[^a-z0-9]+/g, ''); // same key, cheaper pattern (see words)
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
