// Wording similarity of two sentences: Jaccard overlap of their content words. Written by hand because
// it is a few lines over a set; the word lists it ignores live in data/merge/words.json.
import { mergeData } from './data.js';

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Content words of a sentence: lower case, ignored words and 1–2 letter words dropped, plural -s folded. */
export function contentWords(sentence: string, ignored: Set<string> = mergeData().ignoredWords): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.toLowerCase().matchAll(WORD_RE)) {
    let w = m[0];
    if (w.length < 3 || ignored.has(w)) continue;
    if (/^\d{4}$/.test(w)) continue; // years: dates are compared separately
    if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    out.add(w);
  }
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const w of small) if (large.has(w)) inter++;
  return inter / (a.size + b.size - inter);
}
