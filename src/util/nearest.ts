// "Did you mean …": the nearest valid names to a misspelt one, by edit distance (fastest-levenshtein), for unknown
// flags, unknown API parameters and actor codes that match nothing.
import { distance } from 'fastest-levenshtein';

/** Candidates ordered by edit distance to `word` (case-insensitive), then alphabetically; at most `limit`. */
export function nearest(word: string, candidates: Iterable<string>, limit = 1): string[] {
  const w = word.toLowerCase();
  return [...new Set(candidates)]
    .map((c) => ({ c, d: distance(w, c.toLowerCase()) }))
    .sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : x.c > y.c ? 1 : 0))
    .slice(0, limit)
    .map((x) => x.c);
}

/** Candidates within `max` edits of `word` (default: a third of its length, at least one), closest first. */
export function closeMatches(word: string, candidates: Iterable<string>, opts: { limit?: number; max?: number } = {}): string[] {
  const w = word.toLowerCase();
  const max = opts.max ?? Math.max(1, Math.floor(w.length / 3));
  return nearest(word, candidates, Infinity).filter((c) => distance(w, c.toLowerCase()) <= max).slice(0, opts.limit ?? 5);
}
